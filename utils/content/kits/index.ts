/** Every page kit, by name: the one list of which reader and which panel serve which page. */
import type { KitName, SiteKit } from '../kit';
import { kit as adsBilling } from './ads-billing';
import { kit as adsAccount } from './ads-account';
import { kit as adsCampaigns } from './ads-campaigns';
import { kit as bc } from './bc';
import { kit as seller } from './seller';

export const ALL_KITS: Record<KitName, SiteKit> = {
  'ads-billing': adsBilling,
  'ads-account': adsAccount,
  'ads-campaigns': adsCampaigns,
  bc,
  seller,
};
