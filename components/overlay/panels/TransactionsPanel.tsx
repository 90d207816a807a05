/**
 * Transactions (ads.transactions) and Invoices (ads.invoices) panel: highlights failed payments and unpaid /
 * overdue invoices among the records this page shows, with the next step. Strings from the catalogue
 * (docs/messages.billing.en.json); page values (serials, amounts, dates) as text children only.
 */
import type { ComponentType } from 'preact';
import type { FactValues, Invoice, PaymentRecord } from '../../../utils/facts/types';
import type { Translator } from '../../../utils/i18n';
import type { PageId } from '../../../utils/pages/routes';
import { dayNumber, dayOf } from '../../../utils/rules/money';
import { BillingPanel, FailedPaymentsWarning, failedCount, money, panelFacts } from './BillingPanel';
import type { PanelProps } from './types';

type Facts = Partial<FactValues>;

function recordLine(tr: Translator, r: PaymentRecord): string {
  const parts = [r.date ? tr.date(r.date) : tr.t('billing.panel.noDate'), tr.t(`billing.panel.kind.${r.kind}`), r.amount ? money(tr, r.amount) : tr.t('billing.panel.noAmount')];
  return parts.join(' · ');
}

function PaymentsView({ tr, facts }: { tr: Translator; facts: Facts }) {
  const payments = facts['billing.payments'];
  if (!payments) {
    return (
      <p class="adr-muted" data-testid="payments-not-read">
        {tr.t('billing.panel.tx.notRead')}
      </p>
    );
  }
  const count = failedCount(facts) ?? 0;
  const failedVerification = payments.some((r) => r.status === 'failed' && r.kind === 'verification');
  const verification = payments.some((r) => r.kind === 'verification');
  const pending = payments.filter((r) => r.status === 'pending').length;
  return (
    <section class="adr-section" data-testid="transactions-panel">
      <h3>{tr.t('billing.panel.tx.title')}</h3>
      {count > 0 ? (
        <>
          <FailedPaymentsWarning tr={tr} count={count} />
          <h3>{tr.t('billing.panel.tx.failedList')}</h3>
          <ul data-testid="failed-payments-list">
            {payments
              .filter((r) => r.status === 'failed')
              .map((r, i) => (
                <li key={i} data-kind={r.kind} data-status={r.status}>
                  {recordLine(tr, r)} <span class="adr-pill-tag">{tr.t(`billing.panel.status.${r.status}`)}</span>
                </li>
              ))}
          </ul>
        </>
      ) : (
        <p class="adr-muted" data-testid="no-failed-payments">
          {tr.tn('billing.panel.tx.noneFailed', payments.length)}
        </p>
      )}
      {failedVerification ? (
        <p class="adr-warnbox" role="status" data-testid="verification-failed">
          {tr.t('billing.panel.tx.verificationFailed')}
        </p>
      ) : null}
      {pending ? (
        <p class="adr-muted" data-testid="payments-pending">
          {tr.tn('billing.panel.tx.pending', pending)}
        </p>
      ) : null}
      {verification ? (
        <p class="adr-muted" data-testid="verification-note">
          {tr.t('billing.panel.tx.verificationNote')}
        </p>
      ) : null}
    </section>
  );
}

function isOverdue(i: Invoice, now: number): boolean {
  if (i.status === 'overdue') return true;
  if (i.status !== 'unpaid' || !i.dueDate) return false;
  const d = dayNumber(i.dueDate);
  return d !== null && d < dayOf(now);
}

function InvoicesView({ tr, facts, now }: { tr: Translator; facts: Facts; now: number }) {
  const invoices = facts['billing.invoices'];
  if (!invoices) {
    return (
      <p class="adr-muted" data-testid="invoices-not-read">
        {tr.t('billing.panel.inv.notRead')}
      </p>
    );
  }
  const open = invoices
    .filter((i) => i.status !== 'paid')
    .map((i) => ({ inv: i, overdue: isOverdue(i, now) }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.inv.dueDate ?? '9999').localeCompare(b.inv.dueDate ?? '9999'));
  const anyOverdue = open.some((o) => o.overdue);
  return (
    <section class="adr-section" data-testid="invoices-panel">
      <h3>{tr.t('billing.panel.inv.title')}</h3>
      {open.length ? (
        <div class={anyOverdue ? 'adr-errbox' : 'adr-warnbox'} role="status" data-testid="unpaid-invoices-warning" data-count={open.length} data-overdue={anyOverdue ? 'true' : 'false'}>
          <strong>{tr.tn('billing.panel.inv.unpaid', open.length)}</strong>
          {anyOverdue ? <p>{tr.t('billing.panel.inv.overdueRisk')}</p> : null}
          <ul data-testid="unpaid-invoices-list">
            {open.map(({ inv, overdue }) => (
              <li key={inv.serial} data-status={overdue ? 'overdue' : inv.status}>
                {inv.serial}
                {inv.dueDate ? ` · ${tr.t('billing.panel.inv.due', { date: tr.date(inv.dueDate) })}` : ''}
                {inv.amount ? ` · ${money(tr, inv.amount)}` : ''}{' '}
                <span class="adr-pill-tag">{tr.t(`billing.panel.invoiceStatus.${overdue ? 'overdue' : inv.status}`)}</span>
              </li>
            ))}
          </ul>
          <ol>
            <li>{tr.t('billing.panel.inv.step.filter')}</li>
            <li>{tr.t('billing.panel.inv.step.payNow')}</li>
            <li>{tr.t('billing.panel.inv.step.restore')}</li>
          </ol>
        </div>
      ) : (
        <p class="adr-muted" data-testid="invoices-all-paid">
          {tr.tn('billing.panel.inv.allPaid', invoices.length)}
        </p>
      )}
    </section>
  );
}

export function TransactionsPanel(props: PanelProps) {
  const { tr, match, result, now } = props;
  // "Within the records shown": this page's read first; the stored facts only when it read nothing.
  const facts = result && Object.keys(result.facts).length ? result.facts : panelFacts(props);
  return match.page === 'ads.invoices' ? <InvoicesView tr={tr} facts={facts} now={now} /> : <PaymentsView tr={tr} facts={facts} />;
}

/** The billing area's panels, registered in ./index.ts. */
export const BILLING_PANELS: Partial<Record<PageId, ComponentType<PanelProps>>> = {
  'ads.payment': BillingPanel,
  'ads.transactions': TransactionsPanel,
  'ads.invoices': TransactionsPanel,
};
