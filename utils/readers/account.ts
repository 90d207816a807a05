/**
 * Readers for Ads Manager Account Setup (`ads.account-setup`) and Account health (`ads.account-health`). The
 * Business Center side of the area is in ./bc.ts (kept apart: each content script bundles only its own site).
 *
 * Fields are found by label (utils/readers/labels/account.ts, per language) and structure (find.ts); enum values
 * (statuses, health, roles) through per-language tables. A field whose label is not on the page, or whose value is
 * not one the tables know, goes to `unreadable`: nothing is guessed. Page text is kept as text.
 */
import type { FactKey, FactValues, ReadResult } from '../facts/types';
import type { Reader, ReaderContext } from './types';
import { declaredLang, isReaderLang } from './lang';
import {
  allLabels,
  buildLabelIndex,
  currencyIn,
  detailsFields,
  enumField,
  idIn,
  pickReadingLang,
  textField,
  type LabelTable,
} from './find';
import {
  ACCOUNT_ID_LABEL,
  ACCOUNT_NAME_LABEL,
  ACCOUNT_STATUS_LABEL,
  ACCOUNT_STATUSES,
  AD_ROLE_LABEL,
  AD_ROLES,
  BILLING_COUNTRY_LABEL,
  BUSINESS_FIELDS,
  CURRENCY_LABEL,
  EMPTY_VALUES,
  HEALTH_LABEL,
  HEALTH_VALUES,
  PROMOTE_STATE_LABEL,
  PROMOTE_STATES,
  TIMEZONE_LABEL,
} from './labels/account';

import { contentRendered, distinctLabelOnPage, noTable } from './structure';

const EMPTY = allLabels(EMPTY_VALUES);


// ───────────── ads.account-setup ─────────────

const SETUP_TABLES: LabelTable[] = [
  ACCOUNT_STATUS_LABEL,
  ACCOUNT_NAME_LABEL,
  ACCOUNT_ID_LABEL,
  CURRENCY_LABEL,
  TIMEZONE_LABEL,
  BILLING_COUNTRY_LABEL,
  AD_ROLE_LABEL,
  PROMOTE_STATE_LABEL,
  ...Object.values(BUSINESS_FIELDS),
];
const SETUP_STOP = SETUP_TABLES.flatMap(allLabels);

export const SETUP_EXPECTED: FactKey[] = [
  'account.status',
  'account.name',
  'account.id',
  'account.currency',
  'account.timezone',
  'account.billingCountry',
  'account.businessDetails',
];

function readSetup(doc: Document, ctx: Pick<ReaderContext, 'url' | 'match'>): ReadResult {
  const page = ctx.match.page;
  const root = doc.body ?? doc.documentElement;
  const declared = declaredLang(doc, ctx.url);
  const ix = buildLabelIndex(root);
  const { order: lang, matched } = pickReadingLang(ix, declared, SETUP_TABLES);
  if (!isReaderLang(declared) && (!matched || !distinctLabelOnPage(ix, SETUP_TABLES))) return noTable(page);

  const facts: Partial<FactValues> = {};
  const unreadable: FactKey[] = [];

  const status = enumField(ix, ACCOUNT_STATUS_LABEL, ACCOUNT_STATUSES, lang, SETUP_STOP);
  if (status.value) facts['account.status'] = status.value;

  const name = textField(ix, ACCOUNT_NAME_LABEL, lang, SETUP_STOP, EMPTY);
  if (name) facts['account.name'] = name;

  const idText = textField(ix, ACCOUNT_ID_LABEL, lang, SETUP_STOP, EMPTY);
  const id = idText ? idIn(idText) : null;
  if (id) facts['account.id'] = id;

  const cur = textField(ix, CURRENCY_LABEL, lang, SETUP_STOP, EMPTY);
  const code = cur ? currencyIn(cur) : null;
  if (code) facts['account.currency'] = code;

  const tz = textField(ix, TIMEZONE_LABEL, lang, SETUP_STOP, EMPTY);
  if (tz) facts['account.timezone'] = tz;

  const country = textField(ix, BILLING_COUNTRY_LABEL, lang, SETUP_STOP, EMPTY);
  if (country) facts['account.billingCountry'] = country;

  const details = detailsFields(ix, BUSINESS_FIELDS, lang, SETUP_STOP, EMPTY);
  if (details) facts['account.businessDetails'] = details;

  // Shown only on some accounts / layouts: read when there, never reported missing.
  const role = enumField(ix, AD_ROLE_LABEL, AD_ROLES, lang, SETUP_STOP);
  if (role.value) facts['access.adRole'] = role.value;
  const promote = enumField(ix, PROMOTE_STATE_LABEL, PROMOTE_STATES, lang, SETUP_STOP);
  if (promote.value) facts['promote.integrationState'] = promote.value;

  for (const k of SETUP_EXPECTED) if (facts[k] === undefined) unreadable.push(k);
  const result: ReadResult = { page, facts, unreadable, lang: matched };
  if (name) result.name = name;
  if (id && !ctx.match.account) result.account = `ads:${id}`;
  return result;
}

export const accountSetupReader: Reader = {
  pages: ['ads.account-setup'],
  ready: contentRendered,
  read: readSetup,
};

// ───────────── ads.account-health ─────────────

const HEALTH_TABLES: LabelTable[] = [HEALTH_LABEL, ACCOUNT_NAME_LABEL, ACCOUNT_ID_LABEL];
const HEALTH_STOP = HEALTH_TABLES.flatMap(allLabels);

function readHealth(doc: Document, ctx: Pick<ReaderContext, 'url' | 'match'>): ReadResult {
  const page = ctx.match.page;
  const root = doc.body ?? doc.documentElement;
  const declared = declaredLang(doc, ctx.url);
  const ix = buildLabelIndex(root);
  const { order: lang, matched } = pickReadingLang(ix, declared, HEALTH_TABLES);
  if (!isReaderLang(declared) && (!matched || !distinctLabelOnPage(ix, HEALTH_TABLES))) return noTable(page);
  const facts: Partial<FactValues> = {};
  const health = enumField(ix, HEALTH_LABEL, HEALTH_VALUES, lang, HEALTH_STOP);
  if (health.value) facts['account.health'] = health.value;
  const name = textField(ix, ACCOUNT_NAME_LABEL, lang, HEALTH_STOP, EMPTY);
  if (name) facts['account.name'] = name;
  const idText = textField(ix, ACCOUNT_ID_LABEL, lang, HEALTH_STOP, EMPTY);
  const id = idText ? idIn(idText) : null;
  if (id) facts['account.id'] = id;
  const result: ReadResult = { page, facts, unreadable: health.value ? [] : ['account.health'], lang: matched };
  if (name) result.name = name;
  if (id && !ctx.match.account) result.account = `ads:${id}`;
  return result;
}

export const accountHealthReader: Reader = {
  pages: ['ads.account-health'],
  ready: contentRendered,
  read: readHealth,
};

/** The Ads Manager readers of this area (utils/readers/registry.ts and the ads kit list them). */
export const accountReaders: Reader[] = [accountSetupReader, accountHealthReader];
