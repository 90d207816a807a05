/**
 * Page kits: the heavy, page-specific part of a content script (readers with their label tables, and the page's
 * panel) lives in a per-site module loaded on demand, only on pages that need it. Content scripts are single
 * bundles (no code splitting), so without this every page would parse every reader and panel of its site.
 *
 * The core content script (detect → route → pill → findings) stays small; it knows statically which pages have a
 * kit (`KIT_PAGES`) and imports `/kit-<site>.js` (a web-accessible resource of this extension, never the
 * network) the first time such a page is visited. The kit registers itself on the isolated world's global.
 */
import type { PageId, Site } from '../pages/routes';
import type { Reader } from '../readers/types';
import type { PanelProps } from '../../components/overlay/panels/types';

export interface SiteKit {
  readers: readonly Reader[];
  /** Pages this kit has a panel for. */
  panelPages: readonly PageId[];
  /** Renders (or with null, unmounts) the page's panel into `el` with the kit's own Preact. */
  renderPanel(el: Element, props: PanelProps | null): void;
}

/** Pages whose reader or panel lives in the site's kit (checked against the kits by a unit test). */
export const KIT_PAGES: Record<Site, readonly PageId[]> = {
  ads: ['ads.payment', 'ads.transactions', 'ads.invoices', 'ads.account-setup', 'ads.account-health'],
  bc: ['bc.payment', 'bc.members', 'bc.finance-roles', 'bc.ad-accounts', 'bc.billing-info', 'bc.overview', 'bc.select'],
  seller: ['seller.ads', 'seller.ads-creation', 'seller.users', 'seller.home', 'seller.onboarding'],
};

export const KIT_GLOBAL = '__adreadyKits';

type KitRegistry = Partial<Record<Site, SiteKit>>;

export function registerKit(site: Site, kit: SiteKit): void {
  const g = globalThis as unknown as Record<string, KitRegistry | undefined>;
  (g[KIT_GLOBAL] ??= {})[site] = kit;
}

export function registeredKit(site: Site): SiteKit | undefined {
  return (globalThis as unknown as Record<string, KitRegistry | undefined>)[KIT_GLOBAL]?.[site];
}
