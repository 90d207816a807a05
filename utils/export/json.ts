/**
 * The audit export (DESIGN §8.2, contract; documented in docs/export-format.md, schema in
 * docs/adready-audit.schema.json). Pure: records + settings + now → a plain JSON-able object.
 *
 * The shapes of fact values are defined once here as codecs: each codec both checks/copies a value (used by the
 * export, so a file always validates, and by the import, so nothing malformed reaches the store) and describes
 * itself as JSON Schema (the docs schema is generated from them and a test keeps the two identical). The codec
 * table is typed against `FactValues`, so a new fact key or a new field in a value type does not compile until
 * its codec, and then the schema, say what it looks like.
 */
import type {
  AccountHealth,
  AccountRecord,
  AccountStatus,
  AdRole,
  BcBasicRole,
  BcFinanceRole,
  BillingOption,
  Campaign,
  FactKey,
  FactValues,
  Funding,
  Invoice,
  Money,
  OnboardingTasks,
  PaymentMethod,
  PaymentRecord,
  SellerErrorBanner,
  SellerErrorKind,
  SellerRole,
  SellerSetupSteps,
  StepState,
} from '../facts/types';
import { PAGE_IDS, type PageId, type Site } from '../pages/routes';
import { rollUp, spendOf, summarize, URGENCY, type AccountSummary } from '../rules/engine';
import { RULES } from '../rules/index';
import type { Finding, FindingStatus, Fix, Readiness, Rule } from '../rules/types';
import type { Settings } from '../store/schema';

export const EXPORT_FORMAT = 'adready-audit';
export const EXPORT_VERSION = 1;

// ───────────────────────────── export types ─────────────────────────────

export interface ExportedFact {
  value: unknown;
  /** ISO 8601, UTC, milliseconds: `2026-05-04T09:15:00.000Z` */
  readAt: string;
  page: PageId;
  source: 'page' | 'user';
}

export interface ExportedFinding {
  rule: string;
  status: FindingStatus;
  evidence: FactKey[];
  fix: Fix | null;
  message: string;
  params?: Record<string, string | number>;
}

export interface ExportedAccount {
  key: string;
  site: Site;
  id: string;
  name: string | null;
  readiness: Readiness;
  score: number;
  lastSeen: string;
  findings: ExportedFinding[];
  facts: Partial<Record<FactKey, ExportedFact>>;
  ticks: Record<string, boolean>;
}

export interface ExportSummary {
  total: number;
  counts: Record<Readiness, number>;
  /** Roll-up score 0–100 (spend-weighted where known), null with no accounts. */
  score: number | null;
}

export interface AuditExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  generator: string;
  summary: ExportSummary;
  accounts: ExportedAccount[];
}

export interface ExportOptions {
  /** Extension version, e.g. `0.1.0` (`browser.runtime.getManifest().version`); the generator is `AdReady <version>`. */
  version: string;
  /** Rule catalogue (default: RULES). */
  rules?: readonly Rule[];
}

// ───────────────────────────── codecs ─────────────────────────────

export type JsonSchema = { [k: string]: unknown };

export interface Codec<T> {
  /** A clean copy of `v` (only known fields) when it has the documented shape, else undefined. */
  readonly parse: (v: unknown) => T | undefined;
  readonly schema: JsonSchema;
}
interface OptCodec<T> extends Codec<T> {
  readonly optional: true;
}
type Shape<T> = { [K in keyof T]-?: undefined extends T[K] ? OptCodec<Exclude<T[K], undefined>> : Codec<T[K]> };

/** Object keys never accepted from a file (prototype pollution). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const MAX_ITEMS = 10_000;
export const ISO_DATE = '^\\d{4}-\\d{2}-\\d{2}$';
export const DECIMAL = '^-?\\d+(\\.\\d+)?$';
export const CURRENCY = '^[A-Z]{3}$';
/** What `Date.prototype.toISOString` writes for years 0000–9999. */
export const ISO_DATETIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$';

function str(pattern?: string): Codec<string> {
  const re = pattern ? new RegExp(pattern, 'u') : null;
  return {
    parse: (v) => (typeof v === 'string' && (!re || re.test(v)) ? v : undefined),
    schema: pattern ? { type: 'string', pattern } : { type: 'string' },
  };
}

const bool: Codec<boolean> = { parse: (v) => (typeof v === 'boolean' ? v : undefined), schema: { type: 'boolean' } };

const count: Codec<number> = {
  parse: (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined),
  schema: { type: 'integer', minimum: 0 },
};

/** Enum from a complete `Record<T, true>`, so TypeScript keeps the list in step with the union type. */
function oneOf<T extends string>(all: Record<T, true>): Codec<T> {
  const values = Object.keys(all) as T[];
  const set = new Set<string>(values);
  return { parse: (v) => (typeof v === 'string' && set.has(v) ? (v as T) : undefined), schema: { type: 'string', enum: values } };
}

function opt<T>(c: Codec<T>): OptCodec<T> {
  return { ...c, optional: true };
}

function arr<T>(item: Codec<T>, max = MAX_ITEMS): Codec<T[]> {
  return {
    parse(v) {
      if (!Array.isArray(v) || v.length > max) return undefined;
      const out: T[] = [];
      for (const x of v) {
        const p = item.parse(x);
        if (p === undefined) return undefined;
        out.push(p);
      }
      return out;
    },
    schema: { type: 'array', maxItems: max, items: item.schema },
  };
}

function obj<T>(shape: Shape<T>): Codec<T> {
  const entries = Object.entries(shape) as [string, Codec<unknown> & { optional?: true }][];
  const required = entries.filter(([, c]) => !c.optional).map(([k]) => k);
  return {
    parse(v) {
      if (!isPlainObject(v)) return undefined;
      const out: Record<string, unknown> = {};
      for (const [k, c] of entries) {
        const raw = Object.prototype.hasOwnProperty.call(v, k) ? v[k] : undefined;
        if (raw === undefined) {
          if (c.optional) continue;
          return undefined;
        }
        const p = c.parse(raw);
        if (p === undefined) return undefined;
        out[k] = p;
      }
      // Unknown fields are dropped, not fatal: a later version may add optional fields (docs/export-format.md).
      return out as T;
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      ...(required.length ? { required } : {}),
      properties: Object.fromEntries(entries.map(([k, c]) => [k, c.schema])),
    },
  };
}

function dict<T>(item: Codec<T>): Codec<Record<string, T>> {
  return {
    parse(v) {
      if (!isPlainObject(v)) return undefined;
      const out: Record<string, T> = {};
      for (const [k, x] of Object.entries(v)) {
        if (FORBIDDEN_KEYS.has(k)) return undefined;
        const p = item.parse(x);
        if (p === undefined) return undefined;
        out[k] = p;
      }
      return out;
    },
    schema: { type: 'object', propertyNames: { not: { enum: [...FORBIDDEN_KEYS] } }, additionalProperties: item.schema },
  };
}

function nullable<T>(c: Codec<T>): Codec<T | null> {
  return {
    parse: (v) => (v === null ? null : c.parse(v)),
    schema: { anyOf: [{ type: 'null' }, c.schema] },
  };
}

const moneyShape = obj<Money>({ amount: str(DECIMAL), currency: str(CURRENCY) });
/** Money as stored: `{ amount: "<decimal string>", currency: "<ISO 4217>" }`. */
export const money: Codec<Money> = { parse: moneyShape.parse, schema: { $ref: '#/definitions/money' } };

const stepState = oneOf<StepState>({ done: true, todo: true });

const paymentMethod = obj<PaymentMethod>({
  brand: str(),
  funding: oneOf<Funding>({ credit: true, debit: true, prepaid: true, unknown: true }),
  // Last four digits only: an import can never bring a card number into the store.
  last4: opt(str('^\\d{4}$')),
  expiry: opt(str('^\\d{4}-\\d{2}$')),
  primary: bool,
  flaggedInvalid: opt(bool),
});

const paymentRecord = obj<PaymentRecord>({
  date: opt(str(ISO_DATE)),
  kind: oneOf<PaymentRecord['kind']>({ payment: true, verification: true, refund: true, 'add-balance': true, other: true }),
  status: oneOf<PaymentRecord['status']>({ success: true, failed: true, pending: true }),
  amount: opt(money),
});

const invoice = obj<Invoice>({
  serial: str(),
  dueDate: opt(str()),
  amount: opt(money),
  status: oneOf<Invoice['status']>({ paid: true, unpaid: true, overdue: true }),
});

const campaign = obj<Campaign>({
  name: str(),
  status: opt(str()),
  budget: opt(money),
  budgetPeriod: opt(oneOf<NonNullable<Campaign['budgetPeriod']>>({ daily: true, lifetime: true })),
  bidStrategy: opt(oneOf<NonNullable<Campaign['bidStrategy']>>({ 'cost-cap': true, 'max-delivery': true, 'roi-target': true, other: true })),
  bid: opt(money),
  roiTarget: opt(str()),
  scheduleStart: opt(str()),
  scheduleEnd: opt(str()),
  kind: opt(oneOf<NonNullable<Campaign['kind']>>({ 'gmv-max': true, live: true, video: true, product: true, other: true })),
});

/** One codec per fact key: the documented shape of every fact value. */
export const FACT_CODECS: { readonly [K in FactKey]: Codec<FactValues[K]> } = {
  'account.name': str(),
  'account.id': str(),
  'account.status': oneOf<AccountStatus>({
    approved: true,
    'in-review': true,
    suspended: true,
    disapproved: true,
    disabled: true,
    'not-effective': true,
  }),
  'account.health': oneOf<AccountHealth>({ good: true, attention: true, restricted: true, poor: true }),
  'account.currency': str(),
  'account.timezone': str(),
  'account.billingCountry': str(),
  'account.businessDetails': dict(bool),
  'billing.option': oneOf<BillingOption>({ automatic: true, manual: true, monthly: true }),
  'billing.methods': arr(paymentMethod),
  'billing.spendSoFar': money,
  'billing.threshold': money,
  'billing.billDate': str(ISO_DATE),
  'billing.cashBalance': money,
  'billing.adCredit': money,
  'billing.outstanding': money,
  'billing.payNowBanner': bool,
  'billing.currency': str(),
  'billing.payments': arr(paymentRecord),
  'billing.failedPayments': count,
  'billing.invoices': arr(invoice),
  'billing.bcManaged': bool,
  'billing.balanceAlert': bool,
  'access.adRole': oneOf<AdRole>({ admin: true, operator: true, analyst: true }),
  'access.bcBasicRole': oneOf<BcBasicRole>({ admin: true, standard: true }),
  'access.bcFinanceRole': oneOf<BcFinanceRole>({ manager: true, analyst: true, none: true }),
  'access.ownership': oneOf<FactValues['access.ownership']>({ owned: true, partner: true }),
  'ads.campaigns': arr(campaign),
  'bc.pageRead': bool,
  'bc.accountsListed': count,
  'seller.adsEntry': bool,
  'seller.roles': arr(
    oneOf<SellerRole>({
      owner: true,
      admin: true,
      'ads-manager': true,
      finance: true,
      marketing: true,
      affiliate: true,
      'customer-service': true,
      fulfillment: true,
      product: true,
      other: true,
    }),
  ),
  'seller.setupSteps': obj<SellerSetupSteps>({ businessCenter: opt(stepState), adAccount: opt(stepState), tiktokAccount: opt(stepState) }),
  'seller.errorBanner': nullable(
    obj<SellerErrorBanner>({
      kind: oneOf<SellerErrorKind>({ 'bc-admin': true, 'bc-bound-elsewhere': true, onboarding: true, 'ad-account-unlinked': true, unknown: true }),
      text: str(),
    }),
  ),
  'seller.adAccount': nullable(obj<{ name?: string; id?: string }>({ name: opt(str()), id: opt(str()) })),
  'seller.campaigns': arr(campaign),
  'seller.onboarding': obj<OnboardingTasks>({
    verification: opt(stepState),
    bankAccount: opt(stepState),
    addresses: opt(stepState),
    productLive: opt(stepState),
  }),
  'seller.canSell': bool,
  'seller.bcBinding': oneOf<FactValues['seller.bcBinding']>({ own: true, other: true, none: true }),
  'promote.integrationState': oneOf<FactValues['promote.integrationState']>({ 'not-started': true, 'in-progress': true, done: true }),
};

export const FACT_KEYS = Object.keys(FACT_CODECS) as FactKey[];
const FACT_KEY_SET: ReadonlySet<string> = new Set(FACT_KEYS);

export function isFactKey(k: string): k is FactKey {
  return FACT_KEY_SET.has(k);
}

/** A clean copy of a fact value when it has the documented shape for its key, else undefined. */
export function parseFactValue<K extends FactKey>(key: K, value: unknown): FactValues[K] | undefined {
  return (FACT_CODECS[key] as Codec<FactValues[K]>).parse(value);
}

// ───────────────────────────── schema ─────────────────────────────

const SITES: Site[] = ['ads', 'bc', 'seller'];
const READINESS: Readiness[] = ['blocked', 'at-risk', 'unknown', 'ready'];
const STATUSES: FindingStatus[] = ['pass', 'warn', 'fail', 'unknown'];
/** `ads:<id>`, `bc:<id>`, `seller:<host>:<shop id or REGION>`. */
export const ACCOUNT_KEY = '^(?:(?:ads|bc):[^:\\s]+|seller:[^:\\s]+:[^:\\s]+)$';
/** Rule ids are dotted kebab-case: `billing.threshold-headroom`. */
export const RULE_ID = '^[a-z][a-z0-9]*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+$';

/** JSON Schema (draft-07) of the export; docs/adready-audit.schema.json is this, frozen (see the unit test). */
export function auditSchema(): JsonSchema {
  const ref = (name: string) => ({ $ref: `#/definitions/${name}` });
  const readinessCounts = Object.fromEntries(READINESS.map((r) => [r, { type: 'integer', minimum: 0 }]));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'AdReady audit export, version 1',
    description: 'See docs/export-format.md. Generated from utils/export/json.ts (auditSchema); a unit test keeps them identical.',
    type: 'object',
    additionalProperties: false,
    required: ['format', 'version', 'exportedAt', 'generator', 'summary', 'accounts'],
    properties: {
      format: { const: EXPORT_FORMAT },
      version: { const: EXPORT_VERSION },
      exportedAt: ref('isoDateTime'),
      generator: { type: 'string', pattern: '^AdReady \\S' },
      summary: {
        type: 'object',
        additionalProperties: false,
        required: ['total', 'counts', 'score'],
        properties: {
          total: { type: 'integer', minimum: 0 },
          counts: { type: 'object', additionalProperties: false, required: READINESS, properties: readinessCounts },
          score: { anyOf: [{ type: 'null' }, ref('score')] },
        },
      },
      accounts: { type: 'array', items: ref('account') },
    },
    definitions: {
      isoDateTime: { type: 'string', pattern: ISO_DATETIME },
      score: { type: 'integer', minimum: 0, maximum: 100 },
      pageId: { type: 'string', enum: [...PAGE_IDS] },
      factKey: { type: 'string', enum: FACT_KEYS },
      money: moneyShape.schema,
      account: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'site', 'id', 'name', 'readiness', 'score', 'lastSeen', 'findings', 'facts', 'ticks'],
        properties: {
          key: { type: 'string', pattern: ACCOUNT_KEY },
          site: { type: 'string', enum: SITES },
          id: { type: 'string', minLength: 1, pattern: '^[^:\\s]+$' },
          name: { anyOf: [{ type: 'string' }, { type: 'null' }] },
          readiness: { type: 'string', enum: READINESS },
          score: ref('score'),
          lastSeen: ref('isoDateTime'),
          findings: { type: 'array', items: ref('finding') },
          facts: ref('facts'),
          ticks: { type: 'object', propertyNames: { not: { enum: [...FORBIDDEN_KEYS] } }, additionalProperties: { type: 'boolean' } },
        },
      },
      finding: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'status', 'evidence', 'fix', 'message'],
        properties: {
          rule: { type: 'string', pattern: RULE_ID },
          status: { type: 'string', enum: STATUSES },
          evidence: { type: 'array', items: ref('factKey') },
          fix: { anyOf: [{ type: 'null' }, ref('fix')] },
          message: { type: 'string', minLength: 1 },
          params: { type: 'object', additionalProperties: { anyOf: [{ type: 'string' }, { type: 'number' }] } },
        },
      },
      fix: {
        type: 'object',
        additionalProperties: false,
        required: ['page', 'steps'],
        properties: {
          page: ref('pageId'),
          steps: { type: 'array', items: { type: 'string', minLength: 1 } },
          who: { type: 'string', minLength: 1 },
        },
      },
      facts: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          FACT_KEYS.map((k) => [
            k,
            {
              type: 'object',
              additionalProperties: false,
              required: ['value', 'readAt', 'page', 'source'],
              properties: {
                value: FACT_CODECS[k].schema,
                readAt: ref('isoDateTime'),
                page: ref('pageId'),
                source: { type: 'string', enum: ['page', 'user'] },
              },
            },
          ]),
        ),
      },
    },
  };
}

// ───────────────────────────── export ─────────────────────────────

const ISO_RE = new RegExp(ISO_DATETIME);

/** Epoch ms → `2026-05-04T09:15:00.000Z`, or null when not a date the format can carry. */
export function isoOf(ms: number): string | null {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return null;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return null;
  const s = d.toISOString();
  return ISO_RE.test(s) ? s : null;
}

/** The id part of an account key: what follows the last `:`. */
export function accountIdOf(key: string): string {
  return key.slice(key.lastIndexOf(':') + 1);
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Urgency (blocked, at-risk, unknown, ready), then name (accounts without a name last), then key. */
export function compareAccounts(
  a: { key: string; name: string | null; readiness?: Readiness },
  b: { key: string; name: string | null; readiness?: Readiness },
): number {
  const u = (r?: Readiness) => (r ? URGENCY[r] : 4);
  const d = u(a.readiness) - u(b.readiness);
  if (d) return d;
  if (a.name !== b.name) {
    if (a.name === null) return 1;
    if (b.name === null) return -1;
    const c = collator.compare(a.name, b.name);
    if (c) return c;
    if (a.name < b.name) return -1;
    if (a.name > b.name) return 1;
  }
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export { spendOf };

/** The export's roll-up: `rollUp` (utils/rules/engine.ts) over the records that have a summary. */
export function rollUpRecords(records: readonly AccountRecord[], summaries: ReadonlyMap<string, AccountSummary>): ExportSummary {
  const items = records.flatMap((r) => {
    const summary = summaries.get(r.key);
    const spend = spendOf(r);
    return summary ? [{ summary, ...(spend ? { spend } : {}) }] : [];
  });
  const { counts, total, score } = rollUp(items);
  return { total, counts, score };
}

function exportFinding(f: Finding): ExportedFinding {
  const out: ExportedFinding = {
    rule: f.rule,
    status: f.status,
    evidence: [...f.evidence],
    fix: f.fix ? { page: f.fix.page, steps: [...f.fix.steps], ...(f.fix.who ? { who: f.fix.who } : {}) } : null,
    message: f.message,
  };
  if (f.params && Object.keys(f.params).length) out.params = { ...f.params };
  return out;
}

/** Facts with a known key and a value of the documented shape; the rest is left out so the file always validates. */
export function exportFacts(record: AccountRecord): Partial<Record<FactKey, ExportedFact>> {
  const out: Partial<Record<FactKey, ExportedFact>> = {};
  for (const key of Object.keys(record.facts).sort()) {
    if (!isFactKey(key)) continue;
    const f = record.facts[key];
    if (!f) continue;
    const value = parseFactValue(key, f.value);
    const readAt = isoOf(f.readAt);
    if (value === undefined || readAt === null || !(PAGE_IDS as readonly string[]).includes(f.page)) continue;
    out[key] = { value, readAt, page: f.page, source: f.source === 'user' ? 'user' : 'page' };
  }
  return out;
}

export function exportAccount(record: AccountRecord, summary: AccountSummary): ExportedAccount {
  const ticks: Record<string, boolean> = {};
  for (const [k, v] of Object.entries(record.ticks ?? {})) if (typeof v === 'boolean' && !FORBIDDEN_KEYS.has(k)) ticks[k] = v;
  return {
    key: record.key,
    site: record.site,
    id: accountIdOf(record.key),
    name: typeof record.name === 'string' ? record.name : null,
    readiness: summary.readiness,
    score: summary.score,
    lastSeen: isoOf(record.lastSeen) ?? '1970-01-01T00:00:00.000Z',
    findings: summary.findings.map(exportFinding),
    facts: exportFacts(record),
    ticks,
  };
}

/** Summaries of every record (readiness, score, findings) as the dashboard shows them. */
export function summarizeAll(records: readonly AccountRecord[], settings: Settings, now: number, rules: readonly Rule[] = RULES) {
  return new Map(records.map((r) => [r.key, summarize(rules, r, settings, now)] as const));
}

/** Builds the audit export (DESIGN §8.2). Accounts are sorted by urgency, then name. */
export function toAuditExport(records: readonly AccountRecord[], settings: Settings, now: number, opts: ExportOptions): AuditExport {
  const summaries = summarizeAll(records, settings, now, opts.rules ?? RULES);
  const accounts = records
    .map((r) => exportAccount(r, summaries.get(r.key)!))
    .sort(compareAccounts);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: isoOf(now) ?? new Date(0).toISOString(),
    generator: `AdReady ${opts.version}`,
    summary: rollUpRecords(records, summaries),
    accounts,
  };
}

/** The file's text: pretty-printed JSON with a final newline. */
export function serializeAuditExport(x: AuditExport): string {
  return `${JSON.stringify(x, null, 2)}\n`;
}
