/**
 * Account Setup / Account health panel (ads.account-setup, ads.account-health):
 *   1. (health page) the account health the page shows;
 *   2. the ad-account set-up checklist, ticked from what the page shows (the user ticks what it cannot show);
 *   3. the access diagnosis: who can fix billing and where (ad-account Admin manages payment; a Business Center
 *      Admin also needs a finance role; a partner-owned account is paid from the Business Center that owns it),
 *      with the user's own roles when a page showed them, judged by the ONE role table (utils/rules/roles.ts);
 *   4. the Promote ↔ Ads Manager integration guide (Indonesian source 001): its steps, the facts the app asks for
 *      ready to compare, the rule that billing details must be identical, what "in progress" means, and the
 *      integration state only when a page showed it.
 * Facts: the stored record's fresh facts, overlaid by this page's read (newest). Every string from the catalogue
 * (docs/messages.account.en.json and the shared catalogue); page values only as text children.
 */
import { Fragment } from 'preact';
import type { FactValues } from '../../../utils/facts/types';
import type { Translator } from '../../../utils/i18n';
import {
  ACCOUNT_SETUP_CHECKLIST,
  PROMOTE_CHECKLIST,
  checklistProgress,
  evaluateChecklist,
  freshFacts,
  type Checklist,
  type EvaluatedItem,
} from '../../../utils/checklists';
import { can, whoCanGrant, type RoleInput } from '../../../utils/rules/roles';
import type { PanelProps } from './types';
import { ChecklistItems } from '../../common/Checklist';

type Facts = Partial<FactValues>;

/** Fresh stored facts of the account, overlaid with what this page just read (newest wins). */
export function accountFacts({ record, result, settings, now }: Pick<PanelProps, 'record' | 'result' | 'settings' | 'now'>): Facts {
  const stored: Facts = record ? freshFacts(record, settings, now) : {};
  if (!result || result.error) return stored;
  const out: Facts = { ...stored };
  for (const [k, v] of Object.entries(result.facts)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** A checklist from utils/checklists as native checkboxes; items the page decides are not tickable. */
export function ChecklistView({
  tr,
  list,
  items,
  onTick,
  testid,
}: {
  tr: Translator;
  list: Checklist;
  items: EvaluatedItem[];
  onTick: PanelProps['onTick'];
  testid: string;
}) {
  const progress = checklistProgress(items);
  return (
    <>
      <p class="adr-muted" data-testid={`${testid}-progress`} data-done={progress.done} data-total={progress.total}>
        {tr.t('panel.account.progress', { done: progress.done, total: progress.total })}
      </p>
      <ChecklistItems tr={tr} items={items} onTick={onTick} prefix="panel.account.item" idPrefix={list.id} whereWhen={(st) => st === 'todo'} testid={testid} listId={list.id} />
    </>
  );
}

// ───────────────────────────── account health ─────────────────────────────

function HealthSection({ tr, facts }: { tr: Translator; facts: Facts }) {
  const h = facts['account.health'];
  return (
    <section class="adr-section" data-testid="account-health" data-state={h ?? 'unknown'}>
      <h3>{tr.t('panel.account.health.title')}</h3>
      {h ? (
        <>
          <p>
            <span class="adr-pill-tag">{tr.t(`panel.account.health.${h}`)}</span>
          </p>
          {h !== 'good' ? (
            <p class="adr-warnbox" role="status">
              {tr.t(`panel.account.health.${h}.hint`)}
            </p>
          ) : null}
        </>
      ) : (
        <p class="adr-muted">{tr.t('panel.account.health.unknown')}</p>
      )}
    </section>
  );
}

// ───────────────────────────── access diagnosis ─────────────────────────────

/** The verdict on "can the signed-in user fix billing for this account", from the role table only. */
export type AccessVerdict = 'partner' | 'can' | 'view-only' | 'bc-no-finance' | 'ad-role' | 'finance-unknown' | 'unknown';

export function accessVerdict(f: Facts): AccessVerdict {
  if (f['access.ownership'] === 'partner') return 'partner';
  const roles: RoleInput = {};
  if (f['access.adRole']) roles.adRole = f['access.adRole'];
  if (f['access.bcBasicRole']) roles.bcBasicRole = f['access.bcBasicRole'];
  if (f['access.bcFinanceRole']) roles.bcFinanceRole = f['access.bcFinanceRole'];
  if (!roles.adRole && !roles.bcBasicRole && !roles.bcFinanceRole) return 'unknown';
  if (can(roles, 'manageFinance')) return 'can';
  if (roles.bcBasicRole && !roles.bcFinanceRole) return 'finance-unknown';
  if (roles.bcFinanceRole === 'analyst') return 'view-only';
  if (roles.bcBasicRole) return 'bc-no-finance';
  return 'ad-role';
}

export function AccessDiagnosis({ tr, facts }: { tr: Translator; facts: Facts }) {
  const verdict = accessVerdict(facts);
  const grant = whoCanGrant('manageFinance');
  const adRole = facts['access.adRole'];
  const bcRole = facts['access.bcBasicRole'];
  const finRole = facts['access.bcFinanceRole'];
  const showGrant = verdict === 'view-only' || verdict === 'bc-no-finance' || verdict === 'ad-role';
  return (
    <section class="adr-section" data-testid="access-diagnosis" data-verdict={verdict}>
      <h3>{tr.t('panel.account.access.title')}</h3>
      {adRole || bcRole || finRole ? (
        <dl class="adr-kv">
          {adRole ? (
            <>
              <dt>{tr.t('panel.account.access.adRole')}</dt>
              <dd>{tr.t(`adRole.${adRole}`)}</dd>
            </>
          ) : null}
          {bcRole ? (
            <>
              <dt>{tr.t('panel.account.access.bcRole')}</dt>
              <dd>{tr.t(`bcRole.${bcRole}`)}</dd>
            </>
          ) : null}
          {finRole ? (
            <>
              <dt>{tr.t('panel.account.access.financeRole')}</dt>
              <dd>{tr.t(`bcFinanceRole.${finRole}`)}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <p class={verdict === 'can' ? '' : verdict === 'unknown' || verdict === 'finance-unknown' ? 'adr-muted' : 'adr-warnbox'} role={verdict === 'can' || verdict === 'unknown' ? undefined : 'status'} data-testid="access-verdict">
        {tr.t(`panel.account.access.verdict.${verdict}`)}
      </p>
      {showGrant ? (
        <>
          <p>{tr.t('panel.account.access.howToGet', { page: tr.t(`page.${grant.page}`) })}</p>
          <ol>
            {grant.steps.map((s) => (
              <li key={s}>{tr.t(s)}</li>
            ))}
          </ol>
          <p class="adr-muted">{tr.t(grant.who)}</p>
        </>
      ) : null}
      {verdict === 'partner' ? <p class="adr-muted">{tr.t('who.owningBcAdmin')}</p> : null}
      <h4>{tr.t('panel.account.access.rules.title')}</h4>
      <ul data-testid="access-rules">
        <li>{tr.t('panel.account.access.rules.adAdmin', { page: tr.t('page.ads.payment') })}</li>
        <li>{tr.t('panel.account.access.rules.bcFinance', { page: tr.t('page.bc.members') })}</li>
        <li>{tr.t('panel.account.access.rules.partner', { page: tr.t('page.bc.ad-accounts') })}</li>
      </ul>
    </section>
  );
}

// ───────────────────────────── Promote integration guide ─────────────────────────────

const PROMOTE_FIELDS = ['account.name', 'account.id', 'account.billingCountry', 'account.currency'] as const;

export function PromoteGuide({
  tr,
  facts,
  items,
  onTick,
  fallbackName,
  fallbackId,
}: {
  tr: Translator;
  facts: Facts;
  items: EvaluatedItem[];
  onTick: PanelProps['onTick'];
  fallbackName: string | null;
  fallbackId: string | null;
}) {
  const state = facts['promote.integrationState'];
  const details = facts['account.businessDetails'];
  const detailEntries = details ? Object.entries(details) : [];
  const missing = detailEntries.filter(([, ok]) => !ok).map(([k]) => k);
  const value = (k: (typeof PROMOTE_FIELDS)[number]): string | null => {
    const v = facts[k];
    if (typeof v === 'string' && v !== '') return v;
    if (k === 'account.name') return fallbackName;
    if (k === 'account.id') return fallbackId;
    return null;
  };
  return (
    <section class="adr-section" data-testid="promote-guide" data-state={state ?? 'unknown'}>
      <h3>{tr.t(PROMOTE_CHECKLIST.title)}</h3>
      <p class="adr-muted">{tr.t('panel.account.promote.intro')}</p>
      {state ? (
        <p data-testid="promote-state">
          {tr.t('panel.account.promote.state')} <span class="adr-pill-tag">{tr.t(`panel.account.promote.state.${state}`)}</span>
        </p>
      ) : (
        <p class="adr-muted" data-testid="promote-state-unknown">
          {tr.t('panel.account.promote.stateNotShown')}
        </p>
      )}
      {state === 'in-progress' ? (
        <p class="adr-warnbox" role="status" data-testid="promote-in-progress">
          {tr.t('panel.account.promote.inProgress')}
        </p>
      ) : null}
      <ChecklistView tr={tr} list={PROMOTE_CHECKLIST} items={items} onTick={onTick} testid="promote-checklist" />
      <h4>{tr.t('panel.account.promote.compare.title')}</h4>
      <p class="adr-muted">{tr.t('panel.account.promote.compare.intro')}</p>
      <dl class="adr-kv" data-testid="promote-facts">
        {PROMOTE_FIELDS.map((k) => {
          const v = value(k);
          return (
            <Fragment key={k}>
              <dt>{tr.t(`fact.${k}`)}</dt>
              <dd data-fact={k} class={v === null ? 'adr-muted' : undefined}>
                {v ?? tr.t('panel.account.notRead')}
              </dd>
            </Fragment>
          );
        })}
        <dt>{tr.t('fact.account.businessDetails')}</dt>
        <dd data-fact="account.businessDetails" class={details ? undefined : 'adr-muted'}>
          {!details
            ? tr.t('panel.account.notRead')
            : missing.length
              ? tr.t('panel.account.promote.detailsMissing', { fields: missing.map((m) => tr.t(`panel.account.field.${m}`)).join(', ') })
              : tr.t('panel.account.promote.detailsComplete', { count: detailEntries.length })}
        </dd>
      </dl>
      <p class="adr-warnbox" role="status" data-testid="promote-identical">
        {tr.t('panel.account.promote.identical')}
      </p>
      <ul>
        <li>{tr.t('panel.account.promote.billingUse')}</li>
        <li>{tr.t('panel.account.promote.noOrders')}</li>
        <li>{tr.t('panel.account.promote.done')}</li>
      </ul>
    </section>
  );
}

// ───────────────────────────── the panel ─────────────────────────────

export function AccountPanel(props: PanelProps) {
  const { tr, match, record, result, now, onTick } = props;
  const facts = accountFacts(props);
  const ticks = record?.ticks;
  const setupItems = evaluateChecklist(ACCOUNT_SETUP_CHECKLIST, facts, ticks, now);
  const promoteItems = evaluateChecklist(PROMOTE_CHECKLIST, facts, ticks, now);
  const account = result?.account ?? match.account ?? null;
  const fallbackId = account && account.startsWith('ads:') ? account.slice(4) : null;
  const fallbackName = result?.name ?? record?.name ?? null;
  return (
    <div data-testid="account-panel">
      {match.page === 'ads.account-health' ? <HealthSection tr={tr} facts={facts} /> : null}
      <section class="adr-section" data-testid="setup-section">
        <h3>{tr.t(ACCOUNT_SETUP_CHECKLIST.title)}</h3>
        {match.page !== 'ads.account-setup' ? <p class="adr-muted">{tr.t('panel.account.setup.fromRecord', { page: tr.t('page.ads.account-setup') })}</p> : null}
        <ChecklistView tr={tr} list={ACCOUNT_SETUP_CHECKLIST} items={setupItems} onTick={onTick} testid="setup-checklist" />
      </section>
      <AccessDiagnosis tr={tr} facts={facts} />
      <PromoteGuide tr={tr} facts={facts} items={promoteItems} onTick={onTick} fallbackName={fallbackName} fallbackId={fallbackId} />
    </div>
  );
}
