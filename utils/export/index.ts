/**
 * Export / import of the agency audit (DESIGN §5 dashboard, §8.2 contract; docs/export-format.md). Pure: the
 * dashboard turns the strings into downloads (`data-testid="export-json"`) and reads files for `parseImport`.
 */
export {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  FACT_CODECS,
  FACT_KEYS,
  accountIdOf,
  auditSchema,
  compareAccounts,
  exportAccount,
  isoOf,
  parseFactValue,
  rollUpRecords,
  serializeAuditExport,
  spendOf,
  summarizeAll,
  toAuditExport,
  type AuditExport,
  type ExportOptions,
  type ExportSummary,
  type ExportedAccount,
  type ExportedFact,
  type ExportedFinding,
} from './json';
export { CSV_BOM, CSV_COLUMNS, csvCell, csvTable, findingText, neutralizeFormula, quoteCsv, resolveParams, toCsv, type CsvColumn } from './csv';
export {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_CHARS,
  mergeForImport,
  mergeImported,
  parseExportedAccount,
  parseImport,
  type ImportError,
  type ImportOptions,
  type ImportResult,
  type MergeResult,
} from './import';

export const JSON_MIME = 'application/json';
/** `header=present` tells some tools the first row is a header; the BOM in the text marks UTF-8. */
export const CSV_MIME = 'text/csv;charset=utf-8;header=present';

/** `adready-audit-2026-05-04.json` / `.csv` (UTC date of the export). */
export function exportFileName(ext: 'json' | 'csv', now: number): string {
  const d = new Date(Number.isFinite(now) ? now : 0);
  const day = Number.isNaN(d.getTime()) ? '1970-01-01' : d.toISOString().slice(0, 10);
  return `adready-audit-${day}.${ext}`;
}
