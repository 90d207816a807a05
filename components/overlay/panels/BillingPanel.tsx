/**
 * Payment page panel (ads.payment): the autopay checklist ticked from the page (the user ticks what the page
 * cannot show), the threshold meter with the days to the bill date, failed-payment and outstanding-balance
 * warnings with the next step, and the switching rules to know before changing billing option.
 * "Could not read X" is rendered by the overlay shell from `result.unreadable`, not here.
 * Every string comes from the catalogue (docs/messages.billing.en.json); page values are text children only.
 */
import type { FactValues, Money, PaymentRecord } from '../../../utils/facts/types';
import type { Translator } from '../../../utils/i18n';
import type { Settings } from '../../../utils/store/schema';
import { AUTOPAY_CHECKLIST, checklistProgress, evaluateChecklist, freshFacts, type EvaluatedItem } from '../../../utils/checklists';
import { daysUntil, percentOf, signOf } from '../../../utils/rules/money';
import { subMoney } from '../../../utils/format';
import type { PanelProps } from './types';
import { ChecklistItems } from '../../common/Checklist';

type Facts = Partial<FactValues>;

/** Fresh stored facts of the account, overlaid with what this page just read (newest wins). */
export function panelFacts({ record, result, settings, now }: Pick<PanelProps, 'record' | 'result' | 'settings' | 'now'>): Facts {
  const stored = record ? freshFacts(record, settings, now) : {};
  return { ...stored, ...(result?.facts ?? {}) };
}

/** Failed bill payments on record: the page's count or the failed payment rows, whichever is larger. */
export function failedCount(facts: Facts): number | null {
  const n = facts['billing.failedPayments'];
  const rows = facts['billing.payments'];
  if (n === undefined && !rows) return null;
  const fromRows = rows ? rows.filter((r: PaymentRecord) => r.status === 'failed' && (r.kind === 'payment' || r.kind === 'other')).length : 0;
  return Math.max(n ?? 0, fromRows);
}

export function money(tr: Translator, m: Money): string {
  return tr.money(m.amount, m.currency);
}

export function whenText(tr: Translator, days: number): string {
  if (days === 0) return tr.t('billing.panel.days.today');
  return days > 0 ? tr.tn('billing.panel.days.in', days) : tr.tn('billing.panel.days.ago', -days);
}

// ───────────────────────────── (a) autopay checklist ─────────────────────────────

function AutopayChecklist({ tr, items, onTick }: { tr: Translator; items: EvaluatedItem[]; onTick: PanelProps['onTick'] }) {
  const progress = checklistProgress(items);
  return (
    <section class="adr-section" data-testid="autopay-section">
      <h3>{tr.t(AUTOPAY_CHECKLIST.title)}</h3>
      <p class="adr-muted" data-testid="autopay-progress" data-done={progress.done} data-total={progress.total}>
        {tr.t('billing.panel.autopay.progress', { done: progress.done, total: progress.total })}
      </p>
      <ChecklistItems tr={tr} items={items} onTick={onTick} prefix="billing.panel.item" idPrefix="check" whereWhen={(st) => st !== 'done'} testid="autopay-checklist" />
    </section>
  );
}

// ───────────────────────────── (b) threshold meter ─────────────────────────────

function ThresholdMeter({ tr, facts, settings, now }: { tr: Translator; facts: Facts; settings: Settings; now: number }) {
  const spend = facts['billing.spendSoFar'];
  const threshold = facts['billing.threshold'];
  const billDate = facts['billing.billDate'];
  const days = billDate ? daysUntil(billDate, now) : null;
  const pct = spend && threshold ? percentOf(spend, threshold) : null;
  const remaining = spend && threshold ? subMoney(threshold, spend) : null;

  let body;
  if (!spend || !threshold) {
    body = (
      <p class="adr-muted" data-testid="threshold-meter-unavailable">
        {tr.t('billing.panel.meter.unavailable')}
      </p>
    );
  } else if (pct === null) {
    body = (
      <p class="adr-muted" data-testid="threshold-meter-unavailable">
        {tr.t('billing.panel.meter.incomparable')}
      </p>
    );
  } else {
    const level = pct >= 100 ? 'fail' : pct >= settings.thresholdPct ? 'warn' : 'ok';
    const shown = Math.min(100, Math.max(0, pct));
    body = (
      <div
        class="adr-meter"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={shown}
        aria-valuetext={tr.t('billing.panel.meter.valuetext', { spend: money(tr, spend), threshold: money(tr, threshold), percent: pct })}
        aria-label={tr.t('billing.panel.meter.label')}
        data-testid="threshold-meter"
        data-state={level}
        data-level={level}
        data-percent={pct}
      >
        <div class="adr-meter-bar" style={{ width: `${shown}%` }} />
      </div>
    );
  }

  let first = null;
  if (pct !== null && pct >= 100) {
    first = { kind: 'threshold', text: tr.t('billing.panel.first.threshold') };
  } else if (remaining && signOf(remaining) === 1) {
    const rem = money(tr, remaining);
    if (billDate && days !== null && days >= 0)
      first = { kind: 'either', text: tr.t('billing.panel.first.either', { remaining: rem, date: tr.date(billDate), when: whenText(tr, days) }) };
    else if (!billDate) first = { kind: 'no-date', text: tr.t('billing.panel.first.noDate', { remaining: rem }) };
  }
  if (billDate && days !== null && days < 0) first = { kind: 'past', text: tr.t('billing.panel.first.past', { date: tr.date(billDate) }) };

  return (
    <section class="adr-section" data-testid="threshold-section">
      <h3>{tr.t('billing.panel.meter.title')}</h3>
      {body}
      <dl class="adr-kv">
        {spend ? (
          <>
            <dt>{tr.t('fact.billing.spendSoFar')}</dt>
            <dd data-testid="spend-so-far">{money(tr, spend)}</dd>
          </>
        ) : null}
        {threshold ? (
          <>
            <dt>{tr.t('fact.billing.threshold')}</dt>
            <dd data-testid="threshold">{money(tr, threshold)}</dd>
          </>
        ) : null}
        {pct !== null ? (
          <>
            <dt>{tr.t('billing.panel.meter.percent')}</dt>
            <dd data-testid="threshold-percent">{tr.t('billing.panel.meter.percentValue', { percent: pct })}</dd>
          </>
        ) : null}
        {remaining && signOf(remaining) === 1 ? (
          <>
            <dt>{tr.t('billing.panel.meter.remaining')}</dt>
            <dd>{money(tr, remaining)}</dd>
          </>
        ) : null}
        {billDate ? (
          <>
            <dt>{tr.t('billing.panel.billDate')}</dt>
            <dd data-testid="bill-date" data-days={days ?? undefined}>
              {tr.date(billDate)}
              {days !== null ? ` · ${whenText(tr, days)}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      {first ? (
        <p data-testid="first-charge" data-first={first.kind}>
          {first.text}
        </p>
      ) : null}
    </section>
  );
}

function BalanceSummary({ tr, facts }: { tr: Translator; facts: Facts }) {
  const cash = facts['billing.cashBalance'];
  const credit = facts['billing.adCredit'];
  if (!cash && !credit) return null;
  return (
    <section class="adr-section" data-testid="balance-summary">
      <h3>{tr.t('billing.panel.balance.title')}</h3>
      <dl class="adr-kv">
        {cash ? (
          <>
            <dt>{tr.t('fact.billing.cashBalance')}</dt>
            <dd data-testid="cash-balance">{money(tr, cash)}</dd>
          </>
        ) : null}
        {credit ? (
          <>
            <dt>{tr.t('fact.billing.adCredit')}</dt>
            <dd>{money(tr, credit)}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

// ───────────────────────────── (c) failed payments and outstanding balance ─────────────────────────────

export function FailedPaymentsWarning({ tr, count }: { tr: Translator; count: number }) {
  return (
    <div class={count > 2 ? 'adr-errbox' : 'adr-warnbox'} role="status" data-testid="failed-payments-warning" data-count={count}>
      <strong>{tr.tn('billing.panel.failed.title', count)}</strong>
      <p>{tr.t('billing.panel.failed.risk')}</p>
      <ol>
        <li>{tr.t('billing.panel.failed.step.open')}</li>
        <li>{tr.t('billing.panel.failed.step.payNow')}</li>
        <li>{tr.t('billing.panel.failed.step.card')}</li>
        <li>{tr.t('billing.panel.failed.step.browser')}</li>
      </ol>
    </div>
  );
}

function OutstandingWarning({ tr, outstanding }: { tr: Translator; outstanding: Money | null }) {
  return (
    <div class="adr-errbox" role="status" data-testid="outstanding-warning">
      <strong>{outstanding ? tr.t('billing.panel.outstanding.amount', { amount: money(tr, outstanding) }) : tr.t('billing.panel.outstanding.banner')}</strong>
      <ol>
        <li>{tr.t('billing.panel.outstanding.step.payNow')}</li>
        <li>{tr.t('billing.panel.outstanding.step.method')}</li>
      </ol>
      <p class="adr-muted">{tr.t('billing.panel.outstanding.step.onlyAuto')}</p>
    </div>
  );
}

// ───────────────────────────── (d) switching rules ─────────────────────────────

function SwitchRules({ tr, facts }: { tr: Translator; facts: Facts }) {
  const option = facts['billing.option'];
  const bc = facts['billing.bcManaged'] === true;
  const rules: { id: string; applies: boolean }[] = [
    { id: 'allowed', applies: option !== 'monthly' },
    { id: 'noWayBack', applies: option === 'manual' || option === 'automatic' },
    { id: 'thresholdChanges', applies: option === 'automatic' },
    { id: 'verification', applies: option === 'manual' || option === 'automatic' },
    { id: 'noPrepaid', applies: option === 'manual' || option === 'automatic' },
    { id: 'bcTopup', applies: bc },
    { id: 'monthlyEligibility', applies: option === 'manual' || option === 'automatic' },
  ];
  return (
    <section class="adr-section" data-testid="switch-rules">
      <h3>{tr.t('billing.panel.switch.title')}</h3>
      {option ? <p data-testid="current-option" data-option={option}>{tr.t('billing.panel.switch.current', { option: tr.t(`billingOption.${option}`) })}</p> : null}
      <ul>
        {rules.map((r) => (
          <li key={r.id} data-rule={r.id} data-applies={r.applies ? 'true' : 'false'}>
            {tr.t(`billing.panel.switch.rule.${r.id}`)}
            {r.applies && option ? (
              <>
                {' '}
                <span class="adr-pill-tag">{tr.t('billing.panel.switch.appliesHere')}</span>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

// ───────────────────────────── the panel ─────────────────────────────

export function BillingPanel(props: PanelProps) {
  const { tr, record, settings, now, onTick } = props;
  const facts = panelFacts(props);
  const option = facts['billing.option'];
  const items = evaluateChecklist(AUTOPAY_CHECKLIST, facts, record?.ticks, now);
  const failed = failedCount(facts);
  const outstanding = facts['billing.outstanding'];
  const owes = (outstanding && signOf(outstanding) === 1) || facts['billing.payNowBanner'] === true;
  const automatic = option === 'automatic' || (!option && !!facts['billing.threshold']);

  return (
    <div data-testid="billing-panel" data-option={option ?? 'unknown'}>
      {owes ? <OutstandingWarning tr={tr} outstanding={outstanding && signOf(outstanding) === 1 ? outstanding : null} /> : null}
      {failed ? <FailedPaymentsWarning tr={tr} count={failed} /> : null}
      {automatic ? <ThresholdMeter tr={tr} facts={facts} settings={settings} now={now} /> : null}
      {option === 'monthly' ? (
        <section class="adr-section" data-testid="monthly-summary">
          <h3>{tr.t('billing.panel.monthly.title')}</h3>
          <p class="adr-muted">{tr.t('billing.panel.monthly.note')}</p>
        </section>
      ) : null}
      {option === 'manual' || option === 'monthly' ? <BalanceSummary tr={tr} facts={facts} /> : null}
      <AutopayChecklist tr={tr} items={items} onTick={onTick} />
      <SwitchRules tr={tr} facts={facts} />
    </div>
  );
}
