import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerKit } from '../utils/content/kit';
import { kit } from '../utils/content/kits/bc';

/** Loaded on demand by the bc content script (see utils/content/kit.ts). */
export default defineUnlistedScript(() => {
  registerKit('bc', kit);
});
