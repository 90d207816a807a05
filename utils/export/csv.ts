/**
 * CSV export (docs/export-format.md §CSV). Pure. One row per account × finding; an account without findings gets
 * one row with empty finding columns. RFC 4180 (CRLF, quotes doubled, fields with `,` `"` CR LF quoted), a UTF-8
 * BOM so spreadsheets read accents right, and formula injection neutralised: a cell that a spreadsheet would
 * evaluate gets a leading `'`.
 */
import type { AccountRecord } from '../facts/types';
import type { Params, Translator } from '../i18n';
import type { AccountSummary } from '../rules/engine';
import type { Finding } from '../rules/types';
import { accountIdOf, compareAccounts, isoOf } from './json';

/** Column ids; the header of each is `tr.t('csv.<id>')` (English in docs/messages.export.en.json). */
export const CSV_COLUMNS = [
  'account',
  'site',
  'id',
  'name',
  'readiness',
  'score',
  'lastSeen',
  'rule',
  'status',
  'finding',
  'fixPage',
  'fixSteps',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';
export const CSV_STEP_SEPARATOR = ' | ';

/**
 * Cells a spreadsheet would read as a formula (or DDE): starting with `=` `+` `-` `@`, TAB or CR, also after leading
 * whitespace or invisible format characters (bidi controls, zero-width spaces), and the full-width `＝＋－＠` that
 * some spreadsheet locales accept.
 */
const FORMULA_START = /^[\s\p{Cf}]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** Prefixes `'` to a cell that a spreadsheet would evaluate; anything else is returned unchanged. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180 field: quoted (quotes doubled) when it holds a comma, a quote, CR or LF. */
export function quoteCsv(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** One cell as written: formula guard first, then quoting. */
export function csvCell(value: string | number | null | undefined): string {
  return quoteCsv(neutralizeFormula(value === null || value === undefined ? '' : String(value)));
}

export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}

/** Params whose value starts with `@` name a catalogue key (enums are translated; page text is not). */
export function resolveParams(tr: Translator, params: Finding['params']): Params | undefined {
  if (!params) return undefined;
  const out: Params = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'string' && v.startsWith('@') ? tr.t(v.slice(1)) : v;
  return out;
}

export function findingText(tr: Translator, f: Pick<Finding, 'message' | 'params'>): string {
  return tr.t(f.message, resolveParams(tr, f.params));
}

function indexSummaries(s: ReadonlyMap<string, AccountSummary> | readonly AccountSummary[]): ReadonlyMap<string, AccountSummary> {
  return Array.isArray(s) ? new Map((s as readonly AccountSummary[]).map((x) => [x.key, x])) : (s as ReadonlyMap<string, AccountSummary>);
}

/** The rows of the CSV (header first) as plain strings, before guarding and quoting. */
export function csvTable(
  records: readonly AccountRecord[],
  summaries: ReadonlyMap<string, AccountSummary> | readonly AccountSummary[],
  tr: Translator,
): string[][] {
  const byKey = indexSummaries(summaries);
  const rows: string[][] = [CSV_COLUMNS.map((c) => tr.t(`csv.${c}`))];
  const ordered = records
    .map((r) => ({ r, s: byKey.get(r.key) }))
    .sort((a, b) =>
      compareAccounts(
        { key: a.r.key, name: a.r.name, ...(a.s ? { readiness: a.s.readiness } : {}) },
        { key: b.r.key, name: b.r.name, ...(b.s ? { readiness: b.s.readiness } : {}) },
      ),
    );
  for (const { r, s } of ordered) {
    const account = [
      r.key,
      r.site,
      accountIdOf(r.key),
      r.name ?? '',
      s?.readiness ?? '',
      s ? String(s.score) : '',
      isoOf(r.lastSeen) ?? '',
    ];
    const findings = s?.findings ?? [];
    if (!findings.length) {
      rows.push([...account, '', '', '', '', '']);
      continue;
    }
    for (const f of findings) {
      rows.push([
        ...account,
        f.rule,
        f.status,
        findingText(tr, f),
        f.fix?.page ?? '',
        f.fix ? f.fix.steps.map((k) => tr.t(k)).join(CSV_STEP_SEPARATOR) : '',
      ]);
    }
  }
  return rows;
}

/** The CSV file's text: BOM, header, rows, CRLF after every row. */
export function toCsv(
  records: readonly AccountRecord[],
  summaries: ReadonlyMap<string, AccountSummary> | readonly AccountSummary[],
  tr: Translator,
): string {
  return CSV_BOM + csvTable(records, summaries, tr).map((row) => csvRow(row) + CSV_EOL).join('');
}
