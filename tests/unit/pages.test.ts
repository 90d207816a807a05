import { describe, expect, it } from 'vitest';
import { detectPage } from '../../utils/pages/detect';
import { PAGE_IDS, type PageId } from '../../utils/pages/routes';
import { urlFor } from '../../utils/pages/urls';

const A = '7089362853240553474';
const B = '7223495844006363137';

/** Realistic URLs per page id (query strings from domain/tiktok-reference.md §1), with the expected account. */
const URLS: Record<PageId, [string, string | undefined][]> = {
  'ads.home': [
    ['https://ads.tiktok.com/i18n/home', undefined],
    ['https://ads.tiktok.com/i18n/home?lang=en', undefined],
    [`https://ads.tiktok.com/i18n/home?adv_id=${A}`, `ads:${A}`],
    [`https://ads.tiktok.com/i18n/home/?aadvid=${A}&adv_id=1234567`, `ads:${A}`],
  ],
  'ads.dashboard': [
    [`https://ads.tiktok.com/i18n/dashboard?aadvid=${A}`, `ads:${A}`],
    [`https://ads.tiktok.com/i18n/dashboard/?aadvid=${A}&lang=it`, `ads:${A}`],
    ['https://ads.tiktok.com/i18n/dashboard', undefined],
  ],
  'ads.campaigns': [
    [`https://ads.tiktok.com/i18n/perf/campaign?aadvid=${A}&campaign_id=1789`, `ads:${A}`],
    [`https://ads.tiktok.com/i18n/perf/adgroup?aadvid=${A}`, `ads:${A}`],
    [`https://ads.tiktok.com/i18n/perf?keyword=1789&aadvid=${A}`, `ads:${A}`],
    [`https://ads.tiktok.com/i18n/manage/campaign?aadvid=${A}&lang=en`, `ads:${A}`],
  ],
  'ads.creation': [
    [`https://ads.tiktok.com/i18n/creation/campaign?aadvid=${A}`, `ads:${A}`],
    [`https://ads.tiktok.com/i18n/creation/adgroup?aadvid=${A}&creation_type=create_new&temp_campaign_id=17`, `ads:${A}`],
    [`https://ads.tiktok.com/i18n/creation/1nn/create/campaign?aadvid=${A}&source=campaign_list&campaign_draft_id=9`, `ads:${A}`],
  ],
  'ads.payment': [
    [`https://ads.tiktok.com/i18n/account/payment?aadvid=${A}`, `ads:${A}`],
    [`https://ads.tiktok.com/i18n/account/payment/?aadvid=${A}&lang=fr#summary`, `ads:${A}`],
    [`https://ads.tiktok.com/i18n/account/payment/settings?aadvid=${A}`, `ads:${A}`],
  ],
  'ads.invoices': [
    [`https://ads.tiktok.com/i18n/account/payment_invoice?aadvid=${A}`, `ads:${A}`],
    [`https://ads.tiktok.com/i18n/account/invoice?aadvid=${A}`, `ads:${A}`],
    [`https://ads.tiktok.com/i18n/account/payment_invoice/?aadvid=${A}&lang=id`, `ads:${A}`],
  ],
  'ads.transactions': [
    [`https://ads.tiktok.com/i18n/account/transaction?aadvid=${A}&tab=2`, `ads:${A}`],
    [`https://ads.tiktok.com/i18n/account/transaction?aadvid=${A}`, `ads:${A}`],
    [`https://ads.tiktok.com/i18n/account/transaction/?aadvid=${A}&tab=1&lang=it`, `ads:${A}`],
  ],
  'ads.account-setup': [
    [`https://ads.tiktok.com/i18n/account/info?aadvid=${A}`, `ads:${A}`],
    [`https://ads.tiktok.com/i18n/account/info/?aadvid=${A}&lang=es`, `ads:${A}`],
    ['https://ads.tiktok.com/i18n/account/info', undefined],
  ],
  'ads.account-health': [
    [`https://ads.tiktok.com/i18n/account/health?aadvid=${A}`, `ads:${A}`],
    [`https://ads.tiktok.com/i18n/account/health/?aadvid=${A}&lang=de`, `ads:${A}`],
    ['https://ads.tiktok.com/i18n/account/health', undefined],
  ],
  'ads.events': [
    ['https://ads.tiktok.com/i18n/events_manager/', undefined],
    [`https://ads.tiktok.com/i18n/events_manager/datasource/list?aadvid=${A}`, `ads:${A}`],
    [`https://ads.tiktok.com/i18n/events_manager/datasource/pixel/detail/CABC123?org_id=${B}&open_from=bc_asset_pixel`, undefined],
  ],
  'bc.select': [
    ['https://business.tiktok.com/select', undefined],
    ['https://business.tiktok.com/select?lang=en', undefined],
    [`https://business.tiktok.com/select/?org_id=${B}`, `bc:${B}`],
  ],
  'bc.overview': [
    [`https://business.tiktok.com/manage/overview?org_id=${B}`, `bc:${B}`],
    [`https://business.tiktok.com/manage/overview?org_id=${B}&attr_source=TTAM_account_list&attr_type=web`, `bc:${B}`],
    [`https://business.tiktok.com/manage/overview/?org_id=${B}&aadvid=${A}`, `bc:${B}`],
  ],
  'bc.members': [
    [`https://business.tiktok.com/manage/users/members?org_id=${B}`, `bc:${B}`],
    [`https://business.tiktok.com/manage/users/members/?org_id=${B}&lang=fr`, `bc:${B}`],
    ['https://business.tiktok.com/manage/users/members', undefined],
  ],
  'bc.partners': [
    [`https://business.tiktok.com/manage/users/partners?org_id=${B}`, `bc:${B}`],
    [`https://business.tiktok.com/manage/users/partners/?org_id=${B}&lang=id`, `bc:${B}`],
    ['https://business.tiktok.com/manage/users/partners', undefined],
  ],
  'bc.ad-accounts': [
    [`https://business.tiktok.com/manage/accounts/adv?org_id=${B}`, `bc:${B}`],
    [`https://business.tiktok.com/manage/accounts/adv?org_id=${B}&show-adv-guide=yes&overviewfrom=bc_registration`, `bc:${B}`],
    [`https://business.tiktok.com/manage/accounts/adv/?org_id=${B}&lang=id`, `bc:${B}`],
  ],
  'bc.tiktok-accounts': [
    [`https://business.tiktok.com/manage/accounts/tiktok-accounts?org_id=${B}`, `bc:${B}`],
    [`https://business.tiktok.com/manage/accounts/tiktok-accounts/?org_id=${B}`, `bc:${B}`],
    ['https://business.tiktok.com/manage/accounts/tiktok-accounts', undefined],
  ],
  'bc.payment': [
    [`https://business.tiktok.com/manage/payment/v2?org_id=${B}`, `bc:${B}`],
    [`https://business.tiktok.com/manage/payment/v2?org_id=${B}&aadvid=${A}&filters=3,1,2,4,5&selectAccountType=1`, `bc:${B}`],
    [`https://business.tiktok.com/manage/payment?org_id=${B}`, `bc:${B}`],
  ],
  'bc.invoices': [
    ['https://business.tiktok.com/manage/billing/v2', undefined],
    [`https://business.tiktok.com/manage/billing/v2?org_id=${B}`, `bc:${B}`],
    [`https://business.tiktok.com/manage/billing?org_id=${B}`, `bc:${B}`],
  ],
  'bc.finance-roles': [
    [`https://business.tiktok.com/manage/financeRole?org_id=${B}`, `bc:${B}`],
    [`https://business.tiktok.com/manage/financeRole/?org_id=${B}&lang=en`, `bc:${B}`],
    ['https://business.tiktok.com/manage/financeRole', undefined],
  ],
  'bc.billing-info': [
    [`https://business.tiktok.com/manage/add-billing-info?org_id=${B}`, `bc:${B}`],
    [`https://business.tiktok.com/manage/add-billing-info?org_id=${B}&show-adv-guide=yes&overviewfrom=bc_registration`, `bc:${B}`],
    ['https://business.tiktok.com/manage/add-billing-info', undefined],
  ],
  'seller.home': [
    ['https://seller-us.tiktok.com/homepage?shop_region=US', 'seller:seller-us.tiktok.com:US'],
    ['https://seller-uk.tiktok.com/homepage?shop_region=gb', 'seller:seller-uk.tiktok.com:GB'],
    ['https://seller-id.tokopedia.com/homepage?shop_region=ID&shop_id=7495123456789', 'seller:seller-id.tokopedia.com:7495123456789'],
    ['https://seller-vn.tiktok.com/dashboard?shop_region=VN', 'seller:seller-vn.tiktok.com:VN'],
  ],
  'seller.onboarding': [
    ['https://seller-us.tiktok.com/settle/verification?is_new_connect=0&shop_region=US', 'seller:seller-us.tiktok.com:US'],
    ['https://seller.tiktok.com/settle/verification', undefined],
    ['https://seller-my.tiktok.com/settle/bank?shop_region=MY', 'seller:seller-my.tiktok.com:MY'],
  ],
  'seller.ads': [
    ['https://seller-us.tiktok.com/ads-creation/dashboard?shop_region=US&type=product', 'seller:seller-us.tiktok.com:US'],
    ['https://seller-uk.tiktok.com/ads-creation/dashboard?shop_region=GB&type=live&origin=SC_ads_tab_button_PC&mpa=1', 'seller:seller-uk.tiktok.com:GB'],
    [`https://seller-id.tokopedia.com/ads-creation/dashboard?shop_region=ID&aadvid=${A}&lang=id`, 'seller:seller-id.tokopedia.com:ID'],
    ['https://seller-eu.tiktok.com/ads-creation/dashboard?shop_region=DE&shop_id=7494000000001', 'seller:seller-eu.tiktok.com:7494000000001'],
  ],
  'seller.ads-creation': [
    ['https://seller-us.tiktok.com/ads-creation/creation?shop_region=US', 'seller:seller-us.tiktok.com:US'],
    ['https://seller-th.tiktok.com/ads-creation/creation', undefined],
    ['https://seller-id.tokopedia.com/ads-creation/creation?shop_region=ID', 'seller:seller-id.tokopedia.com:ID'],
  ],
  'seller.users': [
    ['https://seller-us.tiktok.com/account/user-management?shop_region=US', 'seller:seller-us.tiktok.com:US'],
    ['https://seller-uk.tiktok.com/account/user-management/?shop_region=GB', 'seller:seller-uk.tiktok.com:GB'],
    ['https://seller-id.tokopedia.com/account/user-management?shop_region=ID', 'seller:seller-id.tokopedia.com:ID'],
  ],
};

const NON_APP = [
  'https://ads.tiktok.com/help/article/track-your-billing-threshold-and-bill-date?lang=en',
  `https://ads.tiktok.com/help/article/automatic-payment?lang=it&aadvid=${A}`,
  'https://ads.tiktok.com/i18n/login',
  'https://ads.tiktok.com/i18n/login?lang=en',
  'https://ads.tiktok.com/business/creativecenter/inspiration/topads/pc/en',
  'https://ads.tiktok.com/marketing_api/docs?id=1739940583739393',
  'https://ads.tiktok.com/i18n/official/policy/terms',
  'https://ads.tiktok.com/i18n/common_pages/guide_page/account_status',
  `https://ads.tiktok.com/i18n/account/payment_invoiceX?aadvid=${A}`,
  `https://ads.tiktok.com/i18n/account/qualification_fulfillment_appeal?aadvid=${A}`,
  'https://ads.tiktok.com/',
  `http://ads.tiktok.com/i18n/account/payment?aadvid=${A}`,
  `https://ads.tiktok.com.example.net/i18n/account/payment?aadvid=${A}`,
  `https://ads-tiktok.com/i18n/account/payment?aadvid=${A}`,
  `https://evil.com/ads.tiktok.com/i18n/account/payment?aadvid=${A}`,
  `https://ads.tiktok.com:8443/i18n/account/payment?aadvid=${A}`,
  `https://user:pw@ads.tiktok.com/i18n/account/payment?aadvid=${A}`,
  'https://www.tiktok.com/@someone',
  'https://library.tiktok.com/ads',
  'https://business.tiktok.com/',
  `https://business.tiktok.com/account/create?source=TTBC_HOME`,
  `https://business.tiktok.com/manage/material/image?org_id=${B}`,
  'https://business.tiktok.com.evil.io/manage/overview',
  'https://seller-us-accounts.tiktok.com/account/login',
  'https://seller-uk-accounts.tiktok.com/account/register',
  'https://seller-us.tiktok.com/account/login',
  'https://seller-us.tiktok.com/university/essay?knowledge_id=123&lang=en',
  'https://seller-us.tiktok.com/order?shop_region=US',
  'https://seller-id.tokopedia.com/product/manage?shop_region=ID',
  'https://seller-zz.tiktok.com/ads-creation/dashboard?shop_region=US',
  'https://seller.tokopedia.com/ads-creation/dashboard',
  'https://shop.tiktok.com/ads-creation/dashboard',
  'not a url',
  '',
  'javascript:alert(1)',
  `file:///i18n/account/payment?aadvid=${A}`,
];

const ALL = Object.entries(URLS).flatMap(([id, list]) => list.map(([url, account]) => ({ id: id as PageId, url, account })));

describe('detectPage: cross matrix (every URL matches its own page id and no other)', () => {
  it('has at least 3 URLs for every page id of DESIGN §3', () => {
    for (const id of PAGE_IDS) expect(URLS[id].length, id).toBeGreaterThanOrEqual(3);
  });
  for (const { id, url } of ALL) {
    it(`${id} ← ${url}`, () => {
      const got = detectPage(url);
      expect(got, `${url} should be ${id}`).not.toBeNull();
      for (const other of PAGE_IDS) if (other !== id) expect(got!.page === other, `${url} must not match ${other}`).toBe(false);
      expect(got!.page).toBe(id);
    });
  }
});

describe('detectPage: account keys', () => {
  for (const { url, account } of ALL) {
    it(`${url} → ${account ?? 'no account'}`, () => {
      expect(detectPage(url)?.account).toBe(account);
    });
  }
  it('rejects non-numeric or absurd ids (never trusts page-controlled text as a key)', () => {
    expect(detectPage('https://ads.tiktok.com/i18n/account/payment?aadvid=<script>')?.account).toBeUndefined();
    expect(detectPage('https://ads.tiktok.com/i18n/account/payment?aadvid=1'.padEnd(80, '9'))?.account).toBeUndefined();
    expect(detectPage('https://seller-us.tiktok.com/homepage?shop_region=USA')?.account).toBeUndefined();
  });
  it('reads the lang hint', () => {
    expect(detectPage(`https://ads.tiktok.com/i18n/account/payment?aadvid=${A}&lang=pt_BR`)?.lang).toBe('pt-br');
    expect(detectPage(`https://ads.tiktok.com/i18n/account/payment?aadvid=${A}&lang=<b>`)?.lang).toBeUndefined();
  });
});

describe('detectPage: non-app URLs give null', () => {
  it('has at least 25 of them', () => expect(NON_APP.length).toBeGreaterThanOrEqual(25));
  for (const url of NON_APP) it(`null ← ${url || '(empty)'}`, () => expect(detectPage(url)).toBeNull());
});

describe('urlFor builds the fix page URL for an account', () => {
  it('round-trips through detectPage for every page id', () => {
    const accountFor = (id: PageId) =>
      id.startsWith('ads.') ? `ads:${A}` : id.startsWith('bc.') ? `bc:${B}` : 'seller:seller-us.tiktok.com:US';
    for (const id of PAGE_IDS) {
      const acc = accountFor(id);
      const url = urlFor(id, acc)!;
      const got = detectPage(url);
      expect(got?.page, url).toBe(id);
      if (!['bc.select'].includes(id) && id !== 'ads.events') expect(got?.account, url).toBe(acc);
    }
  });
  it('returns null for a seller page without a seller key', () => expect(urlFor('seller.ads', 'ads:1234')).toBeNull());
});
