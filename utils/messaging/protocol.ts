/** Typed messages between content scripts / extension pages and the background (the single writer). */
import type { PageMatch } from '../pages/detect';
import type { ReadResult, AccountRecord } from '../facts/types';
import type { Catalog, UiLang } from '../i18n';

export type Request =
  | { type: 'catalog' }
  | { type: 'detected'; url: string; match: PageMatch | null }
  | { type: 'report'; url: string; match: PageMatch; result: ReadResult }
  | { type: 'tick'; account: string; item: string; value: boolean | null }
  | { type: 'import'; accounts: AccountRecord[] }
  | { type: 'clear-all' }
  | { type: 'recompute' }
  | { type: 'summary'; account: string }
  | { type: 'open-dashboard' };

export type CatalogResponse = { lang: UiLang; messages: Catalog; fallback: Catalog };
export type ReportResponse = { ok: true; account?: string; rows: number } | { ok: false; error: string };
