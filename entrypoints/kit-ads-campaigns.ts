import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerKit } from '../utils/content/kit';
import { kit } from '../utils/content/kits/ads-campaigns';

/** Loaded on demand by the content script on the pages this kit serves (see utils/content/kit.ts). */
export default defineUnlistedScript(() => {
  registerKit('ads-campaigns', kit);
});
