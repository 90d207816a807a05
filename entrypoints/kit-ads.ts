import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerKit } from '../utils/content/kit';
import { kit } from '../utils/content/kits/ads';

/** Loaded on demand by the ads content script (see utils/content/kit.ts). */
export default defineUnlistedScript(() => {
  registerKit('ads', kit);
});
