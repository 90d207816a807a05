import '../../components/overlay/overlay.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { MATCHES } from '../../utils/pages/routes';
import { startContentScript } from '../../utils/content/runtime';

export default defineContentScript({
  matches: [...MATCHES.seller],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    startContentScript(ctx, 'seller');
  },
});
