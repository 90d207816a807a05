import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { MATCHES } from './utils/pages/routes';
import { KITS, KIT_NAMES } from './utils/content/kit';

/** Host access is exactly the TikTok hosts of DESIGN §3; see tests/unit/manifest.test.ts and docs/security.md. */
export const HOST_MATCHES = [...MATCHES.ads, ...MATCHES.bc, ...MATCHES.seller];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()], build: { target: 'es2022' } }),
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    optional_permissions: ['notifications'],
    action: { default_title: '__MSG_extName__' },
    // The per-site page kits, imported by the overlay on the pages that need them (utils/content/kit.ts).
    web_accessible_resources: (['ads', 'bc', 'seller'] as const).map((site) => ({
      resources: KIT_NAMES.filter((k) => KITS[k].site === site).map((k) => `kit-${k}.js`),
      matches: [...MATCHES[site]],
      use_dynamic_url: true,
    })),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'adready@adready.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
