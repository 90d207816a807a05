/**
 * Seller Center panel (seller.ads, seller.ads-creation, seller.users, seller.home, seller.onboarding):
 *   1. the diagnosis ("no Ads tab" / "cannot create Shop Ads"): the top cause with its fix steps and who can do
 *      them, the other causes ranked, or "we could not tell" with the one page to open;
 *   2. the Shop Ads set-up checklist, scenario A (the shop exists) or B (no shop yet), ticked from the page, with
 *      GMV Max as the current campaign type and the legacy items marked with their date;
 *   3. the under-performance hints with their evidence.
 * Facts: the stored record's fresh facts, overlaid by this page's read (newer). Every string from the catalogue;
 * page values only as text children.
 */
import type { FactKey, FactValues } from '../../../utils/facts/types';
import { diagnoseSeller, type Diagnosis, type RankedCause } from '../../../utils/rules/diagnosis';
import { campaignHints, type Hint } from '../../../utils/rules/hints';
import { SHOP_ADS_A, SHOP_ADS_B, checklistProgress, evaluateChecklist, freshFacts, type EvaluatedItem } from '../../../utils/checklists';
import type { Translator } from '../../../utils/i18n';
import { resolveParams } from '../../common/FindingList';
import type { PanelProps } from './types';
import { PageLink } from '../../common/PageLink';

type Facts = Partial<FactValues>;

/** Record facts that are still fresh, then this page's read on top (it is the newest). */
function currentFacts({ record, result, settings, now }: PanelProps): { facts: Facts; readAt: Partial<Record<FactKey, number>> } {
  const facts: Facts = record ? freshFacts(record, settings, now) : {};
  const readAt: Partial<Record<FactKey, number>> = {};
  if (record) for (const k of Object.keys(facts) as FactKey[]) readAt[k] = record.facts[k]?.readAt ?? now;
  if (result && !result.error) {
    for (const [k, v] of Object.entries(result.facts) as [FactKey, unknown][]) {
      if (v === undefined) continue;
      (facts as Record<string, unknown>)[k] = v;
      readAt[k] = now;
    }
  }
  return { facts, readAt };
}

/** Scenario B (no shop yet) when nothing says a shop exists, or the shop cannot sell yet; else A. */
function scenarioOf(f: Facts): 'A' | 'B' {
  const seen = (['seller.adsEntry', 'seller.roles', 'seller.onboarding', 'seller.canSell', 'seller.setupSteps', 'seller.campaigns', 'seller.errorBanner'] as const).some(
    (k) => f[k] !== undefined,
  );
  return !seen || f['seller.canSell'] === false ? 'B' : 'A';
}

function FixSteps({ tr, cause, account }: { tr: Translator; cause: RankedCause; account: string | undefined }) {
  return (
    <>
      <ol>
        {cause.fix.steps.map((s) => (
          <li key={s}>{tr.t(s)}</li>
        ))}
      </ol>
      {cause.fix.who ? <p class="adr-muted">{tr.t('panel.seller.who', { who: tr.t(cause.fix.who) })}</p> : null}
      <p>
        <PageLink tr={tr} page={cause.fix.page} account={account} text="panel.seller.fixHere" />
      </p>
    </>
  );
}

function DiagnosisSection({ tr, d, account }: { tr: Translator; d: Diagnosis; account: string | undefined }) {
  const top = d.next;
  const others = d.causes.filter((c) => c !== top && c.likelihood !== 'ruled-out');
  const ruledOut = d.causes.filter((c) => c.likelihood === 'ruled-out');
  const firstUnknown = d.causes.find((c) => c.likelihood === 'unknown' && c.checkPage);
  return (
    <section class="adr-section" data-testid="seller-diagnosis" data-scenario={d.scenario}>
      <h3>{tr.t('panel.seller.diagnosis.title')}</h3>
      <p>{tr.t(`panel.seller.scenario.${d.scenario}`)}</p>
      {d.bannerText !== undefined ? (
        <div class="adr-errbox" data-testid="seller-banner">
          <strong>{tr.t('panel.seller.banner')}</strong> <q><bdi>{d.bannerText}</bdi></q>
        </div>
      ) : null}
      {top ? (
        <div class="adr-warnbox" role="status" data-testid="top-cause" data-cause={top.id} data-likelihood={top.likelihood}>
          <p>
            <span class="adr-pill-tag">{tr.t(`panel.seller.likelihood.${top.likelihood}`)}</span> <strong>{tr.t(top.title)}</strong>
          </p>
          <p>{tr.t(top.message, resolveParams(tr, top.params))}</p>
          <FixSteps tr={tr} cause={top} account={account} />
        </div>
      ) : d.scenario === 'ok' && !firstUnknown ? (
        <p class="adr-muted">{tr.t('panel.seller.nothingBlocks')}</p>
      ) : (
        <div class="adr-warnbox" role="status" data-testid="could-not-tell">
          <p>{tr.t('panel.seller.couldNotTell')}</p>
          {firstUnknown?.checkPage ? (
            <p>
              <PageLink tr={tr} page={firstUnknown.checkPage} account={account} text="panel.seller.openToFind" />
            </p>
          ) : null}
        </div>
      )}
      {others.length ? (
        <>
          <h3>{tr.t('panel.seller.otherCauses')}</h3>
          <ol data-testid="other-causes">
            {others.map((c) => (
              <li key={c.id} data-cause={c.id} data-likelihood={c.likelihood}>
                <span class="adr-pill-tag">{tr.t(`panel.seller.likelihood.${c.likelihood}`)}</span> <strong>{tr.t(c.title)}</strong>
                <span class="adr-muted"> — {tr.t(c.message, resolveParams(tr, c.params))}</span>
                {c.likelihood === 'unknown' && c.checkPage ? (
                  <>
                    {' '}
                    <PageLink tr={tr} page={c.checkPage} account={account} text="panel.seller.checkOn" />
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {ruledOut.length ? (
        <p class="adr-muted" data-testid="ruled-out">
          {tr.t('panel.seller.ruledOut', { causes: ruledOut.map((c) => tr.t(c.title)).join(', ') })}
        </p>
      ) : null}
      {d.conflicts.length ? (
        <ul class="adr-muted" data-testid="conflicts">
          {d.conflicts.map((c) => (
            <li key={c.message}>{tr.t(c.message)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function CheckItem({ tr, item, onTick }: { tr: Translator; item: EvaluatedItem; onTick: PanelProps['onTick'] }) {
  const id = `adr-${item.id.replace(/[^\w-]/g, '-')}`;
  const fromPage = item.state === 'done' || item.state === 'todo';
  const legacy = item.legacy;
  return (
    <li class="adr-check" data-state={item.state} data-item={item.id} {...(legacy ? { 'data-legacy': legacy.since } : {})}>
      <input
        type="checkbox"
        id={id}
        checked={item.state === 'done' || item.state === 'user-done'}
        disabled={fromPage || !!legacy}
        onClick={(e) => onTick(item.id, (e.currentTarget as HTMLInputElement).checked ? true : null)}
      />
      <label for={id}>
        {tr.t(item.label)}
        {item.id === 'shopads.gmv-max' ? (
          <>
            {' '}
            <span class="adr-pill-tag">{tr.t('panel.seller.current')}</span>
          </>
        ) : null}
        {legacy ? (
          <>
            {' '}
            <span class="adr-pill-tag">{tr.t('panel.seller.legacySince', { date: tr.date(legacy.since) })}</span>
          </>
        ) : null}
        {fromPage ? <span class="adr-muted"> · {tr.t('panel.seller.fromPage')}</span> : null}
        {item.state === 'user-done' ? <span class="adr-muted"> · {tr.t('panel.seller.tickedByYou')}</span> : null}
        {item.tickOverridden ? <span class="adr-muted"> · {tr.t('panel.seller.tickOverridden')}</span> : null}
      </label>
    </li>
  );
}

function ChecklistSection({ tr, facts, ticks, now, onTick }: { tr: Translator; facts: Facts; ticks: Record<string, boolean> | undefined; now: number; onTick: PanelProps['onTick'] }) {
  const scenario = scenarioOf(facts);
  const list = scenario === 'A' ? SHOP_ADS_A : SHOP_ADS_B;
  const items = evaluateChecklist(list, facts, ticks, now);
  const p = checklistProgress(items);
  const pct = p.total ? Math.round((p.done / p.total) * 100) : 0;
  const current = items.filter((i) => !i.legacy);
  const legacy = items.filter((i) => i.legacy);
  return (
    <section class="adr-section" data-testid="shop-ads-checklist" data-scenario={scenario} data-checklist={list.id}>
      <h3>{tr.t(list.title)}</h3>
      <p class="adr-muted">{tr.t(`panel.seller.checklist.${scenario}`)}</p>
      <div
        class="adr-meter"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={p.total}
        aria-valuenow={p.done}
        aria-label={tr.t('panel.seller.progress', { done: p.done, total: p.total })}
        data-level={p.todo ? 'fail' : p.complete ? 'ok' : 'warn'}
      >
        <div class="adr-meter-bar" style={{ width: `${pct}%` }} />
      </div>
      <p class="adr-muted">{tr.t('panel.seller.progress', { done: p.done, total: p.total })}</p>
      <ul class="adr-checklist">
        {current.map((i) => (
          <CheckItem key={i.id} tr={tr} item={i} onTick={onTick} />
        ))}
      </ul>
      {legacy.length ? (
        <>
          <p class="adr-muted">{tr.t('panel.seller.legacyNote')}</p>
          <ul class="adr-checklist">
            {legacy.map((i) => (
              <CheckItem key={i.id} tr={tr} item={i} onTick={onTick} />
            ))}
          </ul>
        </>
      ) : null}
      <p class="adr-muted">{tr.t('panel.seller.asOf', { date: tr.date(list.asOf) })}</p>
    </section>
  );
}

function HintItem({ tr, hint }: { tr: Translator; hint: Hint }) {
  return (
    <li data-hint={hint.id} data-certainty={hint.certainty}>
      <p>
        {tr.t(hint.message, hint.params)}
        {hint.legacy ? (
          <>
            {' '}
            <span class="adr-pill-tag">{tr.t('panel.seller.legacySince', { date: tr.date(hint.legacy.since) })}</span>
          </>
        ) : null}
        {hint.certainty === 'unknown' ? (
          <>
            {' '}
            <span class="adr-pill-tag">{tr.t('panel.seller.hints.uncertain')}</span>
          </>
        ) : null}
      </p>
      <dl class="adr-kv">
        <dt>{tr.t('panel.seller.evidence.campaign')}</dt>
        <dd>{hint.evidence.campaign}</dd>
        {Object.entries(hint.evidence.values).map(([k, v]) => [
          <dt key={`${k}-t`}>{tr.t(`panel.seller.evidence.${k}`)}</dt>,
          <dd key={`${k}-d`}>{v}</dd>,
        ])}
      </dl>
      <ol>
        {hint.fix.steps.map((s) => (
          <li key={s}>{tr.t(s)}</li>
        ))}
      </ol>
    </li>
  );
}

function HintsSection({ tr, facts, now }: { tr: Translator; facts: Facts; now: number }) {
  const campaigns = facts['seller.campaigns'];
  let hints: Hint[];
  try {
    hints = campaigns ? campaignHints(campaigns, now, { page: 'seller.ads' }) : [];
  } catch {
    hints = [];
  }
  return (
    <section class="adr-section" data-testid="campaign-hints">
      <h3>{tr.t('panel.seller.hints.title')}</h3>
      {!campaigns ? (
        <p class="adr-muted">{tr.t('panel.seller.hints.notRead')}</p>
      ) : hints.length === 0 ? (
        <p class="adr-muted">{tr.tn('panel.seller.hints.none', campaigns.length)}</p>
      ) : (
        <ul>
          {hints.map((hint, i) => (
            <HintItem key={`${hint.id}-${i}`} tr={tr} hint={hint} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function SellerPanel(props: PanelProps) {
  const { tr, match, result, record, now, onTick } = props;
  const { facts, readAt } = currentFacts(props);
  let d: Diagnosis;
  try {
    d = diagnoseSeller(facts, { readAt });
  } catch {
    d = { scenario: 'unknown', causes: [], next: null, conflicts: [] };
  }
  const account = result?.account ?? match.account ?? record?.key;
  return (
    <>
      <DiagnosisSection tr={tr} d={d} account={account} />
      <ChecklistSection tr={tr} facts={facts} ticks={record?.ticks} now={now} onTick={onTick} />
      <HintsSection tr={tr} facts={facts} now={now} />
    </>
  );
}
