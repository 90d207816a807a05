import type { SiteKit } from '../kit';
import { RULES } from '../../rules';

/** ads: readers, panels and rules (filled as the site's features land). */
export const kit: SiteKit = {
  readers: [],
  panels: {},
  rules: RULES.filter((r) => r.sites.includes('ads')),
};
