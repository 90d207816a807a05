import { ROUTES, siteOfHost, type PageId, type Site } from './routes';

export interface PageMatch {
  page: PageId;
  site: Site;
  /** Account key (`ads:<aadvid>`, `bc:<org_id>`, `seller:<host>:<shop>`) when the URL carries it. */
  account?: string;
  host: string;
  /** UI language hint from `lang=` in the URL, lower-cased, when present and well-formed. */
  lang?: string;
}

const NUMERIC_ID = /^\d{3,25}$/;
const REGION = /^[A-Za-z]{2}$/;
const LANG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$/;

function normalisePath(pathname: string): string {
  const p = pathname.replace(/\/{2,}/g, '/');
  return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
}

function prefixMatches(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(prefix + '/');
}

function numericParam(params: URLSearchParams, name: string): string | undefined {
  const v = params.get(name)?.trim();
  return v && NUMERIC_ID.test(v) ? v : undefined;
}

function accountKey(site: Site, page: PageId, host: string, params: URLSearchParams): string | undefined {
  if (site === 'ads') {
    const id = numericParam(params, 'aadvid') ?? (page === 'ads.home' ? numericParam(params, 'adv_id') : undefined);
    return id ? `ads:${id}` : undefined;
  }
  if (site === 'bc') {
    const id = numericParam(params, 'org_id');
    return id ? `bc:${id}` : undefined;
  }
  const shop = numericParam(params, 'shop_id');
  if (shop) return `seller:${host}:${shop}`;
  const region = params.get('shop_region')?.trim();
  return region && REGION.test(region) ? `seller:${host}:${region.toUpperCase()}` : undefined;
}

/**
 * Pure page detection: host + path (+ query), never visible text. Returns null for every URL that is not an
 * app page AdReady knows (help centre, login, creative center, look-alike hosts, plain http …).
 */
export function detectPage(input: string | URL): PageMatch | null {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input) : input;
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || (url.port && url.port !== '443')) return null;
  const host = url.hostname.toLowerCase();
  const site = siteOfHost(host);
  if (!site) return null;
  const path = normalisePath(url.pathname);
  let best: { page: PageId; len: number } | null = null;
  for (const row of ROUTES) {
    if (row.site !== site) continue;
    for (const prefix of row.prefixes) {
      if (prefixMatches(path, prefix) && (!best || prefix.length > best.len)) best = { page: row.page, len: prefix.length };
    }
  }
  if (!best) return null;
  const match: PageMatch = { page: best.page, site, host };
  const account = accountKey(site, best.page, host, url.searchParams);
  if (account) match.account = account;
  const lang = url.searchParams.get('lang')?.trim();
  if (lang && LANG.test(lang)) match.lang = lang.toLowerCase().replace('_', '-');
  return match;
}
