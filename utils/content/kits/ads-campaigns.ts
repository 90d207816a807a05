import { makeKit } from '../kit';
import { adsCampaignsReader, adsCreationReader } from '../../readers/campaigns';
import { CampaignsPanel } from '../../../components/overlay/panels/CampaignsPanel';

/** Ads Manager campaign pages: the campaign list and the creation flow. */
export const kit = makeKit([adsCampaignsReader, adsCreationReader], { 'ads.campaigns': CampaignsPanel, 'ads.creation': CampaignsPanel });
