/** Printable report: summary, then each account's findings and fixes (prints cleanly to PDF). */
import type { Translator } from '../../utils/i18n';
import { rollUpRecords } from '../../utils/export';
import { FindingList } from '../common/FindingList';
import { URGENCY, summarize } from '../../utils/rules/engine';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../utils/store/schema';
import type { AccountRecord } from '../../utils/facts/types';
import { loadRecords } from '../../utils/ui/data';
import { RULES } from '../../utils/rules';

export function Report({ tr, settings }: { tr: Translator; settings: Settings }) {
  const [records, setRecords] = useState<AccountRecord[] | null>(null);
  useEffect(() => {
    void loadRecords().then(setRecords);
  }, []);
  if (!records) return <article class="adr-report" aria-busy="true" />;
  const now = Date.now();
  const rows = records.map((r) => ({ r, s: summarize(RULES, r, settings, now) }));
  const roll = rollUpRecords(records, new Map(rows.map((x) => [x.r.key, x.s] as const)));
  const sorted = [...rows].sort((a, b) => URGENCY[a.s.readiness] - URGENCY[b.s.readiness] || (a.r.name ?? a.r.key).localeCompare(b.r.name ?? b.r.key));
  return (
    <article class="adr-report" data-testid="report">
      <header>
        <h2>{tr.t('report.title')}</h2>
        <p class="adr-muted">{tr.t('report.generated', { date: tr.date(now, { dateStyle: 'long', timeStyle: 'short' }) })}</p>
        <p>
          {tr.t('report.summary', {
            total: roll.total,
            blocked: roll.counts.blocked,
            atRisk: roll.counts['at-risk'],
            ready: roll.counts.ready,
            unknown: roll.counts.unknown,
          })}
        </p>
        <button type="button" class="adr-btn adr-noprint" onClick={() => window.print()} data-testid="print">
          {tr.t('report.print')}
        </button>
      </header>
      {sorted.map(({ r, s }) => (
        <section class="adr-detail" key={r.key} data-account={r.key}>
          <h3>
            {/* <bdi>: a name holding bidi controls (U+202E) must not re-order the key shown after it. */}
            <bdi>{r.name ?? r.key.split(':').pop()}</bdi> <span class="adr-id">{r.key}</span>
          </h3>
          <p>
            <strong>{tr.t(`state.${s.readiness}`)}</strong> · {tr.t('overlay.score', { score: s.score })} ·{' '}
            {tr.t('popup.lastSeen', { when: tr.date(r.lastSeen) })}
          </p>
          <FindingList tr={tr} findings={s.findings.filter((f) => f.status !== 'pass')} />
          {s.findings.every((f) => f.status === 'pass') ? <p class="adr-muted">{tr.t('popup.noFindings')}</p> : null}
        </section>
      ))}
    </article>
  );
}
