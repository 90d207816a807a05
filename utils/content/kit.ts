/**
 * Page kits: the heavy, page-specific part of a content script (readers with their label tables, and the page's
 * panel) lives in a per-site module loaded on demand, only on pages that need it. Content scripts are single
 * bundles (no code splitting), so without this every page would parse every reader and panel of its site.
 *
 * The core content script (detect → route → pill → findings) stays small; it knows statically which pages have a
 * kit (`KITS`) and imports `/kit-<name>.js` (a web-accessible resource of this extension, never the
 * network) the first time such a page is visited. The kit registers itself on the isolated world's global.
 */
import { h, render, type ComponentType } from 'preact';
import type { PageId, Site } from '../pages/routes';
import type { Reader } from '../readers/types';
import type { PanelProps } from '../../components/overlay/panels/types';

export interface SiteKit {
  readers: readonly Reader[];
  /** The page panels of this kit. */
  panels: Partial<Record<PageId, ComponentType<PanelProps>>>;
  /** Pages this kit has a panel for. */
  panelPages: readonly PageId[];
  /** Renders (or with null, unmounts) the page's panel into `el` with the kit's own Preact. */
  renderPanel(el: Element, props: PanelProps | null): void;
}

/**
 * The kits and their pages (checked against the kits by tests/unit/kits.test.ts). Ads Manager has three, one per
 * page group, so that a page loads only its own readers and panel.
 */
export const KITS = {
  'ads-billing': { site: 'ads', pages: ['ads.payment', 'ads.transactions', 'ads.invoices'] },
  'ads-account': { site: 'ads', pages: ['ads.account-setup', 'ads.account-health'] },
  'ads-campaigns': { site: 'ads', pages: ['ads.campaigns', 'ads.creation'] },
  bc: { site: 'bc', pages: ['bc.payment', 'bc.members', 'bc.finance-roles', 'bc.ad-accounts', 'bc.billing-info', 'bc.overview', 'bc.select'] },
  seller: { site: 'seller', pages: ['seller.ads', 'seller.ads-creation', 'seller.users', 'seller.home', 'seller.onboarding'] },
} as const satisfies Record<string, { site: Site; pages: readonly PageId[] }>;

export type KitName = keyof typeof KITS;
export const KIT_NAMES = Object.keys(KITS) as KitName[];

/** The kit that serves `page`, or null (the page has no reader or panel of its own). */
export function kitFor(page: PageId): KitName | null {
  return KIT_NAMES.find((k) => (KITS[k].pages as readonly PageId[]).includes(page)) ?? null;
}

/** Every page with a kit, per site. */
export const KIT_PAGES: Record<Site, readonly PageId[]> = {
  ads: KIT_NAMES.filter((k) => KITS[k].site === 'ads').flatMap((k) => KITS[k].pages),
  bc: KIT_NAMES.filter((k) => KITS[k].site === 'bc').flatMap((k) => KITS[k].pages),
  seller: KIT_NAMES.filter((k) => KITS[k].site === 'seller').flatMap((k) => KITS[k].pages),
};

export const KIT_GLOBAL = '__adreadyKits';

type KitRegistry = Partial<Record<KitName, SiteKit>>;

export function registerKit(name: KitName, kit: SiteKit): void {
  const g = globalThis as unknown as Record<string, KitRegistry | undefined>;
  (g[KIT_GLOBAL] ??= {})[name] = kit;
}

export function registeredKit(name: KitName): SiteKit | undefined {
  return (globalThis as unknown as Record<string, KitRegistry | undefined>)[KIT_GLOBAL]?.[name];
}

/** A kit from its readers and its panels (rendered with the kit's own Preact into the overlay's slot). */
export function makeKit(readers: readonly Reader[], panels: Partial<Record<PageId, ComponentType<PanelProps>>>): SiteKit {
  return {
    readers,
    panels,
    panelPages: Object.keys(panels) as PageId[],
    renderPanel(el, props) {
      const Panel = props ? panels[props.match.page] : undefined;
      render(Panel && props ? h(Panel, props) : null, el);
    },
  };
}
