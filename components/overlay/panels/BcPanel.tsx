/**
 * Business Center panel (bc.members, bc.finance-roles, bc.ad-accounts):
 *   - Members / Finance roles: the signed-in user's basic and finance role as the page showed them, and what they
 *     can and cannot do in Business Center, from the ONE role table (utils/rules/roles.ts); when they cannot manage
 *     payment, who can give them the role and where.
 *   - Ad accounts (bulk audit): "read N ad accounts (of M shown / T in total), K need attention", the accounts that
 *     need attention (name as the page shows it, as text), and a note when the table is paginated: only what is
 *     shown was read.
 * Every string from the catalogue (docs/messages.account.en.json and the shared catalogue); page values only as
 * text children.
 */
import { Fragment } from 'preact';
import type { AccountStatus, FactValues, ReadResult } from '../../../utils/facts/types';
import type { Translator } from '../../../utils/i18n';
import { capabilitiesOf, whoCanGrant, type Capability } from '../../../utils/rules/roles';
import { freshFacts } from '../../../utils/checklists';
import type { PanelProps } from './types';

type Facts = Partial<FactValues>;

/** Fresh stored facts of the BC record, overlaid with what this page just read (newest wins). */
function bcFacts({ record, result, settings, now }: Pick<PanelProps, 'record' | 'result' | 'settings' | 'now'>): Facts {
  const out: Facts = record ? freshFacts(record, settings, now) : {};
  if (result && !result.error) for (const [k, v] of Object.entries(result.facts)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** The capabilities a Business Center role speaks to (ad work comes from the role on each ad account). */
const BC_CAPS: readonly Capability[] = ['manageFinance', 'viewFinance', 'manageMembers', 'addPartners', 'manageAccountSettings'];

export function RolesSection({ tr, facts, page }: { tr: Translator; facts: Facts; page: PanelProps['match']['page'] }) {
  const basic = facts['access.bcBasicRole'];
  const fin = facts['access.bcFinanceRole'];
  const known = basic !== undefined || fin !== undefined;
  // Only judge when the row that matters was read: both roles, or the finance role for finance questions.
  const caps = known ? capabilitiesOf({ bcBasicRole: basic ?? 'standard', bcFinanceRole: fin ?? 'none' }) : null;
  const capKnown = (c: Capability): boolean => {
    if (!known) return false;
    if (c === 'manageFinance' || c === 'viewFinance') return fin !== undefined;
    return basic !== undefined;
  };
  const grant = whoCanGrant('manageFinance');
  const canPay = caps?.has('manageFinance') && fin !== undefined;
  return (
    <section class="adr-section" data-testid="bc-roles" data-basic={basic ?? 'unknown'} data-finance={fin ?? 'unknown'}>
      <h3>{tr.t('panel.bc.roles.title')}</h3>
      {known ? (
        <dl class="adr-kv">
          <dt>{tr.t('panel.account.access.bcRole')}</dt>
          <dd class={basic ? undefined : 'adr-muted'}>{basic ? tr.t(`bcRole.${basic}`) : tr.t('panel.account.notRead')}</dd>
          <dt>{tr.t('panel.account.access.financeRole')}</dt>
          <dd class={fin ? undefined : 'adr-muted'}>{fin ? tr.t(`bcFinanceRole.${fin}`) : tr.t('panel.account.notRead')}</dd>
        </dl>
      ) : (
        <p class="adr-muted" data-testid="bc-roles-unread">
          {tr.t(page === 'bc.finance-roles' ? 'panel.bc.roles.unreadFinance' : 'panel.bc.roles.unread')}
        </p>
      )}
      {caps ? (
        <ul data-testid="bc-capabilities">
          {BC_CAPS.map((c) => {
            const k = capKnown(c);
            const yes = k && caps.has(c);
            return (
              <li key={c} data-cap={c} data-can={k ? String(yes) : 'unknown'}>
                {tr.t(k ? (yes ? 'panel.bc.can' : 'panel.bc.cannot') : 'panel.bc.canUnknown', { what: tr.t(`panel.bc.cap.${c}`) })}
              </li>
            );
          })}
        </ul>
      ) : null}
      {caps && fin !== undefined && !canPay ? (
        <div class="adr-warnbox" role="status" data-testid="bc-finance-grant">
          <p>{tr.t(fin === 'analyst' ? 'panel.account.access.verdict.view-only' : 'panel.account.access.verdict.bc-no-finance')}</p>
          <p>{tr.t('panel.account.access.howToGet', { page: tr.t(`page.${grant.page}`) })}</p>
          <ol>
            {grant.steps.map((s) => (
              <li key={s}>{tr.t(s)}</li>
            ))}
          </ol>
          <p>{tr.t(grant.who)}</p>
        </div>
      ) : null}
      <p class="adr-muted">{tr.t('panel.bc.roles.adWork')}</p>
    </section>
  );
}

export interface BulkSummary {
  read: number;
  shown: number | null;
  total: number | null;
  attention: { account: string; name: string | null; status: AccountStatus }[];
  partner: number;
  noStatus: number;
}

/** Counts over the rows this page showed (never more than what was read). */
export function bulkSummary(result: ReadResult | null): BulkSummary | null {
  if (!result || result.error || !result.rows) return null;
  const attention: BulkSummary['attention'] = [];
  let partner = 0;
  let noStatus = 0;
  for (const r of result.rows) {
    const st = r.facts['account.status'];
    if (st === undefined) noStatus++;
    else if (st !== 'approved') attention.push({ account: r.account, name: r.name ?? null, status: st });
    if (r.facts['access.ownership'] === 'partner') partner++;
  }
  return { read: result.rows.length, shown: result.rowsShown ?? null, total: result.rowsTotal ?? null, attention, partner, noStatus };
}

const ATTENTION_LIMIT = 10;

export function BulkSection({ tr, result }: { tr: Translator; result: ReadResult | null }) {
  const s = bulkSummary(result);
  if (!s) {
    return (
      <section class="adr-section" data-testid="bc-bulk-summary" data-read="0">
        <h3>{tr.t('panel.bc.bulk.title')}</h3>
        <p class="adr-muted">{tr.t('panel.bc.bulk.notRead')}</p>
      </section>
    );
  }
  const shown = s.shown ?? s.read;
  const paged = s.total !== null && s.total > shown;
  return (
    <section
      class="adr-section"
      data-testid="bc-bulk-summary"
      data-read={s.read}
      data-shown={shown}
      data-total={s.total ?? undefined}
      data-attention={s.attention.length}
    >
      <h3>{tr.t('panel.bc.bulk.title')}</h3>
      <p>
        {s.total !== null
          ? tr.tn('panel.bc.bulk.readOfTotal', s.read, { shown: tr.number(shown), total: tr.number(s.total) })
          : tr.tn('panel.bc.bulk.readOfShown', s.read, { shown: tr.number(shown) })}{' '}
        {tr.tn('panel.bc.bulk.attention', s.attention.length)}
      </p>
      {s.read < shown ? <p class="adr-muted">{tr.tn('panel.bc.bulk.noId', shown - s.read)}</p> : null}
      {s.partner ? <p class="adr-muted">{tr.tn('panel.bc.bulk.partner', s.partner)}</p> : null}
      {s.noStatus ? <p class="adr-muted">{tr.tn('panel.bc.bulk.noStatus', s.noStatus)}</p> : null}
      {paged ? (
        <p class="adr-warnbox" role="status" data-testid="bc-pagination-note">
          {tr.t('panel.bc.bulk.paginated', { shown: tr.number(shown), total: tr.number(s.total!) })}
        </p>
      ) : null}
      {s.attention.length ? (
        <dl class="adr-kv" data-testid="bc-attention">
          {s.attention.slice(0, ATTENTION_LIMIT).map((a) => (
            <Fragment key={a.account}>
              <dt title={a.name ?? undefined}>{a.name ?? a.account.slice(4)}</dt>
              <dd data-status={a.status}>{tr.t(`accountStatus.${a.status}`)}</dd>
            </Fragment>
          ))}
        </dl>
      ) : null}
      {s.attention.length > ATTENTION_LIMIT ? <p class="adr-muted">{tr.tn('panel.bc.bulk.more', s.attention.length - ATTENTION_LIMIT)}</p> : null}
      <p class="adr-muted">{tr.t('panel.bc.bulk.records')}</p>
    </section>
  );
}

export function BcPanel(props: PanelProps) {
  const { tr, match, result } = props;
  if (match.page === 'bc.ad-accounts') {
    return (
      <div data-testid="bc-panel">
        <BulkSection tr={tr} result={result} />
      </div>
    );
  }
  return (
    <div data-testid="bc-panel">
      <RolesSection tr={tr} facts={bcFacts(props)} page={match.page} />
    </div>
  );
}
