/** Export JSON / CSV and import JSON. Import is validated and merged by the background (never older over newer). */
import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Translator } from '../../utils/i18n';
import { loadRecords } from '../../utils/ui/data';
import type { Settings } from '../../utils/store/schema';
import { toAuditExport, toCsv, parseImport, MAX_IMPORT_BYTES } from '../../utils/export';
import { RULES } from '../../utils/rules';
import { summarize } from '../../utils/rules/engine';

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportBar({ tr, count, settings }: { tr: Translator; count: number; settings: Settings }) {
  const file = useRef<HTMLInputElement>(null);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const stamp = () => new Date().toISOString().slice(0, 10);
  const exportJson = async () => {
    const records = await loadRecords();
    const data = toAuditExport(records, settings, Date.now(), { version: browser.runtime.getManifest().version });
    download(`adready-audit-${stamp()}.json`, JSON.stringify(data, null, 2), 'application/json');
  };
  const exportCsv = async () => {
    const records = await loadRecords();
    const now = Date.now();
    const summaries = records.map((r) => summarize(RULES, r, settings, now));
    download(`adready-audit-${stamp()}.csv`, toCsv(records, summaries, tr), 'text/csv;charset=utf-8');
  };
  const onImport = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    if (f.size > MAX_IMPORT_BYTES) {
      setMsg({ ok: false, text: tr.t('import.error.too-large') });
      return;
    }
    const parsed = parseImport(await f.text());
    if (!parsed.ok) {
      setMsg({ ok: false, text: tr.t(`import.error.${parsed.error}`) });
      return;
    }
    const res = (await browser.runtime.sendMessage({ type: 'import', accounts: parsed.records })) as
      | { ok: boolean; added?: number; updated?: number; unchanged?: number }
      | undefined;
    if (!res?.ok) {
      setMsg({ ok: false, text: tr.t('import.error.invalid-accounts') });
      return;
    }
    setMsg({ ok: true, text: tr.t('import.result', { added: res.added ?? 0, updated: res.updated ?? 0, unchanged: res.unchanged ?? 0 }) });
  };
  return (
    <div class="adr-export adr-noprint">
      <button type="button" class="adr-btn" onClick={() => void exportJson()} data-testid="export-json" disabled={!count}>
        {tr.t('export.json')}
      </button>{' '}
      <button type="button" class="adr-btn adr-btn-quiet" onClick={() => void exportCsv()} data-testid="export-csv" disabled={!count}>
        {tr.t('export.csv')}
      </button>{' '}
      <button type="button" class="adr-btn adr-btn-quiet" onClick={() => file.current?.click()} data-testid="import-json">
        {tr.t('import.json')}
      </button>
      <input ref={file} type="file" accept="application/json,.json" class="adr-sr" onChange={(e) => void onImport(e)} data-testid="import-file" aria-label={tr.t('import.json')} tabIndex={-1} />
      {msg ? (
        <p class={msg.ok ? 'adr-notice' : 'adr-error'} role="status" data-testid="import-result">
          {msg.text}
        </p>
      ) : null}
    </div>
  );
}
