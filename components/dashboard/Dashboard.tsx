/**
 * Agency dashboard: every account seen, filters and search, account detail with evidence and fix steps,
 * export (JSON, CSV, printable report) and import, settings, clear all data.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from '../../utils/ui/store';
import type { PageData } from '../../utils/ui/data';
import { RULES } from '../../utils/rules';
import { rollUpEntries } from '../../utils/rules/account-index';
import type { Readiness } from '../../utils/rules/types';
import type { Translator } from '../../utils/i18n';
import { Mark } from '../common/Mark';
import { resolveParams } from '../common/FindingList';
import { applyQuery, DEFAULT_QUERY, toRows, type Query, type Row, type SortKey } from './model';
import { AccountDetail } from './AccountDetail';
import { Settings } from './Settings';
import { Report } from './Report';
import { ExportBar } from './ExportBar';

type View = { kind: 'list' } | { kind: 'account'; key: string } | { kind: 'settings' } | { kind: 'report' };

function viewFromHash(): View {
  const h = decodeURIComponent(location.hash.replace(/^#/, ''));
  if (h === 'settings') return { kind: 'settings' };
  if (h === 'report') return { kind: 'report' };
  if (h.startsWith('account/')) return { kind: 'account', key: h.slice(8) };
  return { kind: 'list' };
}

const STATES: Readiness[] = ['blocked', 'at-risk', 'unknown', 'ready'];

export function Dashboard({ store }: { store: StoreApi<PageData> }) {
  const { tr, entries, evaluatedAt, settings, loaded, quarantined } = useStore(store, (s) => s);
  const [view, setView] = useState<View>(viewFromHash);
  const [q, setQ] = useState<Query>(DEFAULT_QUERY);
  useEffect(() => {
    const on = () => setView(viewFromHash());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const now = evaluatedAt || Date.now();
  const rows = useMemo(() => toRows(entries), [entries]);
  const result = useMemo(() => applyQuery(rows, q, now), [rows, q, now]);
  const roll = useMemo(() => rollUpEntries(entries), [entries]);
  if (!tr || !loaded) return <main class="adr-dash" aria-busy="true" />;
  const go = (hash: string) => {
    location.hash = hash;
  };
  const set = (patch: Partial<Query>) => setQ({ ...q, page: 0, ...patch });
  const ruleIds = [...new Set(RULES.map((r) => r.id))].sort();

  return (
    <main class="adr-dash">
      <header class="adr-dash-head adr-noprint">
        <Mark size={28} />
        <h1>{tr.t('dash.title')}</h1>
        <ExportBar tr={tr} count={entries.length} settings={settings} />
      </header>
      <nav class="adr-tabs adr-noprint" role="tablist">
        <button type="button" role="tab" class="adr-tab" aria-selected={view.kind === 'list' || view.kind === 'account'} onClick={() => go('')}>
          {tr.t('dash.tab.accounts')}
        </button>
        <button type="button" role="tab" class="adr-tab" aria-selected={view.kind === 'report'} onClick={() => go('report')} data-testid="tab-report">
          {tr.t('dash.tab.report')}
        </button>
        <button type="button" role="tab" class="adr-tab" aria-selected={view.kind === 'settings'} onClick={() => go('settings')} data-testid="tab-settings">
          {tr.t('dash.tab.settings')}
        </button>
      </nav>
      {quarantined > 0 ? (
        <p class="adr-notice" role="status" data-testid="quarantine-notice">
          {tr.tn('dash.quarantined', quarantined)}
        </p>
      ) : null}
      {view.kind === 'settings' ? (
        <Settings tr={tr} settings={settings} />
      ) : view.kind === 'report' ? (
        <Report tr={tr} settings={settings} />
      ) : view.kind === 'account' ? (
        <AccountDetail tr={tr} accountKey={view.key} seen={entries.find((e) => e.key === view.key)?.lastSeen ?? 0} settings={settings} onBack={() => go('')} />
      ) : entries.length === 0 ? (
        <section class="adr-detail" data-testid="dash-empty">
          <p>{tr.t('dash.empty')}</p>
        </section>
      ) : (
        <>
          <section class="adr-rollup" aria-label={tr.t('dash.rollup')} data-testid="rollup">
            <div class="adr-stat">
              <span class="adr-muted">{tr.t('dash.total')}</span>
              <b>{tr.number(roll.total)}</b>
            </div>
            {roll.score !== null ? (
              <div class="adr-stat" data-testid="rollup-score">
                <span class="adr-muted">{tr.t('dash.avgScore')}</span>
                <b>{roll.score}</b>
              </div>
            ) : null}
            {STATES.map((s) => (
              <div class="adr-stat" key={s} data-state={s}>
                <span class="adr-state-cell">
                  <span class={`adr-dot adr-dot-${s}`} aria-hidden="true" />
                  {tr.t(`state.${s}`)}
                </span>
                <b>{tr.number(roll.counts[s])}</b>
              </div>
            ))}
          </section>
          <Filters tr={tr} q={q} set={set} ruleIds={ruleIds} />
          <p class="adr-muted" role="status" aria-live="polite" data-testid="showing">
            {tr.t('dash.showing', { shown: result.matched, total: result.total })}
          </p>
          <Table tr={tr} rows={result.rows} q={q} setQ={setQ} now={now} />
          {result.matched > q.pageSize ? (
            <div class="adr-pager">
              <button type="button" class="adr-btn adr-btn-quiet" disabled={q.page === 0} onClick={() => setQ({ ...q, page: q.page - 1 })}>
                {tr.t('dash.prev')}
              </button>
              <span>{tr.t('dash.page', { page: q.page + 1, pages: Math.ceil(result.matched / q.pageSize) })}</span>
              <button
                type="button"
                class="adr-btn adr-btn-quiet"
                disabled={(q.page + 1) * q.pageSize >= result.matched}
                onClick={() => setQ({ ...q, page: q.page + 1 })}
              >
                {tr.t('dash.next')}
              </button>
            </div>
          ) : null}
        </>
      )}
    </main>
  );
}

function Filters({ tr, q, set, ruleIds }: { tr: Translator; q: Query; set(p: Partial<Query>): void; ruleIds: string[] }) {
  return (
    <div class="adr-filters adr-noprint" role="search">
      <label>
        {tr.t('dash.search')}
        <input type="search" value={q.text} onInput={(e) => set({ text: (e.target as HTMLInputElement).value })} data-testid="search" />
      </label>
      <label>
        {tr.t('dash.filter.site')}
        <select value={q.site} onChange={(e) => set({ site: (e.target as HTMLSelectElement).value as Query['site'] })} data-testid="filter-site">
          <option value="all">{tr.t('dash.filter.all')}</option>
          {(['ads', 'bc', 'seller'] as const).map((s) => (
            <option key={s} value={s}>
              {tr.t(`site.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tr.t('dash.filter.state')}
        <select value={q.state} onChange={(e) => set({ state: (e.target as HTMLSelectElement).value as Query['state'] })} data-testid="filter-state">
          <option value="all">{tr.t('dash.filter.all')}</option>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {tr.t(`state.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tr.t('dash.filter.rule')}
        <select value={q.rule} onChange={(e) => set({ rule: (e.target as HTMLSelectElement).value })} data-testid="filter-rule">
          <option value="all">{tr.t('dash.filter.all')}</option>
          {ruleIds.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tr.t('dash.filter.lastSeen')}
        <select value={q.seen} onChange={(e) => set({ seen: (e.target as HTMLSelectElement).value as Query['seen'] })} data-testid="filter-seen">
          <option value="all">{tr.t('dash.filter.all')}</option>
          <option value="day">{tr.t('dash.filter.day')}</option>
          <option value="week">{tr.t('dash.filter.week')}</option>
          <option value="older">{tr.t('dash.filter.older')}</option>
        </select>
      </label>
    </div>
  );
}

function Table({ tr, rows, q, setQ, now }: { tr: Translator; rows: Row[]; q: Query; setQ(q: Query): void; now: number }) {
  const sortBtn = (key: SortKey, label: string) => (
    <button type="button" onClick={() => setQ({ ...q, sort: key, dir: q.sort === key ? (-q.dir as 1 | -1) : 1 })}>
      {label}
      {q.sort === key ? (q.dir === 1 ? ' ↑' : ' ↓') : ''}
    </button>
  );
  const ariaSort = (key: SortKey) => (q.sort === key ? (q.dir === 1 ? 'ascending' : 'descending') : undefined);
  return (
    <div class="adr-table-wrap">
      <table class="adr-table" data-testid="accounts-table">
        <thead>
          <tr>
            <th aria-sort={ariaSort('name')}>{sortBtn('name', tr.t('dash.col.account'))}</th>
            <th aria-sort={ariaSort('site')}>{sortBtn('site', tr.t('dash.col.site'))}</th>
            <th aria-sort={ariaSort('urgency')}>{sortBtn('urgency', tr.t('dash.col.state'))}</th>
            <th aria-sort={ariaSort('score')}>{sortBtn('score', tr.t('dash.col.score'))}</th>
            <th>{tr.t('dash.col.top')}</th>
            <th aria-sort={ariaSort('lastSeen')}>{sortBtn('lastSeen', tr.t('dash.col.lastSeen'))}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ e }) => (
            <tr key={e.key} data-account={e.key} data-state={e.readiness}>
              <td class="adr-name">
                <button type="button" onClick={() => (location.hash = `account/${encodeURIComponent(e.key)}`)}>
                  {e.name ?? e.key.split(':').pop()}
                </button>
                <div class="adr-id">{e.key}</div>
              </td>
              <td>{tr.t(`site.${e.site}`)}</td>
              <td>
                <span class="adr-state-cell">
                  <span class={`adr-dot adr-dot-${e.readiness}`} aria-hidden="true" />
                  {tr.t(`state.${e.readiness}`)}
                </span>
              </td>
              <td>{e.score}</td>
              <td class="adr-top" title={e.top?.rule}>
                {e.top ? tr.t(e.top.message, resolveParams(tr, e.top.params)) : '—'}
              </td>
              <td title={new Date(e.lastSeen).toISOString()}>{tr.relative(e.lastSeen, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
