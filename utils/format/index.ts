/**
 * Locale-aware, pure parsing of amounts, dates and counts as TikTok Ads Manager, Business Center and Seller Center
 * show them. No `document`, no `browser`; every parser returns `Parsed<T>` and never throws.
 * See `money.ts` and `date.ts` for the accepted forms and the choices made for ambiguous input.
 */
export type { Money, Parsed } from './money';
export {
  parseMoney,
  parseInteger,
  compareMoney,
  moneyRatio,
  addMoney,
  subMoney,
  formatMoneyPlain,
} from './money';
export { parseDate, formatDatePlain } from './date';
