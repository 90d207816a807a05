import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerKit } from '../utils/content/kit';
import { kit } from '../utils/content/kits/seller';

/** Loaded on demand by the seller content script (see utils/content/kit.ts). */
export default defineUnlistedScript(() => {
  registerKit('seller', kit);
});
