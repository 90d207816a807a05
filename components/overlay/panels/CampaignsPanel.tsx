/**
 * Ads Manager campaigns panel (ads.campaigns, ads.creation): the under-performance hints of utils/rules/hints.ts
 * (domain/tiktok-reference.md §6) for the campaigns the list shows, or for the campaign being set up:
 *   - Cost Cap with a budget under 10 × the bid; a schedule under 7 days (learning phase); a daily budget under
 *     50 USD per campaign (or a lifetime budget under 50 USD a day), other currencies said to be not compared;
 *   - each hint with its evidence (the campaign's name and the values compared) and its fix steps;
 *   - LIVE Shopping Ads schedule guidance shown apart, marked legacy (GMV Max only since 2025-07);
 *   - a "no hint" state that says how many campaigns were checked, and honest states for a list not read yet,
 *     an ad-group / ad level list (not read as campaigns: another budget minimum) and a layout we could not read.
 * Facts: the stored record's fresh facts, overlaid by this page's read (newest). Every string from the catalogue
 * (docs/messages.campaigns.en.json, plus the shared hint.* / fix.hint.* messages); page values only as text.
 */
import type { Translator } from '../../../utils/i18n';
import type { PageId } from '../../../utils/pages/routes';
import { campaignHints, type Hint } from '../../../utils/rules/hints';
import { accountFacts } from './AccountPanel';
import type { PanelProps } from './types';
import { PageLink } from '../../common/PageLink';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Evidence values that are enum ids (translated); the others are page values, shown as text. */
const ENUM_VALUES: Record<string, readonly string[]> = {
  budgetPeriod: ['daily', 'lifetime'],
  bidStrategy: ['cost-cap', 'max-delivery', 'roi-target', 'other'],
  kind: ['gmv-max', 'live', 'video', 'product', 'other'],
};

function valueText(tr: Translator, key: string, v: string): string {
  if (ENUM_VALUES[key]?.includes(v)) return tr.t(`panel.campaigns.value.${v}`);
  if ((key === 'scheduleStart' || key === 'scheduleEnd') && ISO_DATE.test(v)) return tr.date(v);
  return v;
}

function HintItem({ tr, hint, account }: { tr: Translator; hint: Hint; account: string | undefined }) {
  return (
    <li data-hint={hint.id} data-certainty={hint.certainty} {...(hint.legacy ? { 'data-legacy': hint.legacy.since } : {})}>
      <p>
        <span class="adr-pill-tag">{tr.t(hint.certainty === 'likely' ? 'panel.campaigns.likely' : 'panel.campaigns.uncertain')}</span>{' '}
        {tr.t(hint.message, hint.params)}
        {hint.legacy ? (
          <>
            {' '}
            <span class="adr-pill-tag">{tr.t('panel.campaigns.legacySince', { date: tr.date(hint.legacy.since) })}</span>
          </>
        ) : null}
      </p>
      <dl class="adr-kv" data-testid="hint-evidence">
        <dt>{tr.t('panel.campaigns.evidence.campaign')}</dt>
        <dd>
          <bdi>{hint.evidence.campaign}</bdi>
        </dd>
        {Object.entries(hint.evidence.values).map(([k, v]) => [
          <dt key={`${k}-t`}>{tr.t(`panel.campaigns.evidence.${k}`)}</dt>,
          <dd key={`${k}-d`}>{valueText(tr, k, v)}</dd>,
        ])}
      </dl>
      <p class="adr-muted">{tr.t('panel.campaigns.howTo')}</p>
      <ol>
        {hint.fix.steps.map((s) => (
          <li key={s}>{tr.t(s)}</li>
        ))}
      </ol>
      <p>
        <PageLink tr={tr} page={hint.fix.page} account={account} text="panel.campaigns.fixHere" />
      </p>
    </li>
  );
}

/**
 * What to say about this page before the hints: the list could not be read (its layout changed); the page is
 * another level of the list / another creation step (not read as campaigns); nothing read yet. null: nothing.
 */
function pageNote(props: PanelProps, fromPage: boolean, haveCampaigns: boolean): { key: string; warn: boolean; link: boolean } | null {
  const { match, result } = props;
  const here = result && !result.error ? result : null;
  if (here?.unreadable.includes('ads.campaigns')) return { key: 'panel.campaigns.unreadable', warn: true, link: false };
  if (here && here.lang !== null && !fromPage)
    return match.page === 'ads.creation'
      ? { key: 'panel.campaigns.otherStep', warn: false, link: !haveCampaigns }
      : { key: 'panel.campaigns.otherLevel', warn: false, link: false };
  if (!haveCampaigns) return { key: 'panel.campaigns.notRead', warn: true, link: true };
  return null;
}

export function CampaignsPanel(props: PanelProps) {
  const { tr, match, result, record, now } = props;
  const facts = accountFacts(props);
  const fromPage = !!result && !result.error && result.facts['ads.campaigns'] !== undefined;
  const campaigns = facts['ads.campaigns'];
  const account = result?.account ?? match.account ?? record?.key;
  const fixPage: PageId = match.page === 'ads.creation' ? 'ads.creation' : 'ads.campaigns';
  let hints: Hint[] = [];
  try {
    if (campaigns) hints = campaignHints(campaigns, now, { page: fixPage, level: 'campaign', ...(facts['account.timezone'] ? { timezone: facts['account.timezone'] } : {}) });
  } catch {
    hints = [];
  }
  const current = hints.filter((h) => !h.legacy);
  const legacy = hints.filter((h) => h.legacy);
  const note = pageNote(props, fromPage, campaigns !== undefined);
  const stored = record?.facts['ads.campaigns'];

  return (
    <section class="adr-section" data-testid="campaigns-panel" data-state={!campaigns ? 'missing' : hints.length ? 'hints' : 'none'}>
      <h3>{tr.t('panel.campaigns.title')}</h3>
      <p class="adr-muted">{tr.t('panel.campaigns.checked')}</p>
      {note ? (
        <div class={note.warn ? 'adr-warnbox' : 'adr-muted'} role="status" data-testid="campaigns-note" data-note={note.key.split('.').pop()}>
          <p>{tr.t(note.key)}</p>
          {note.link ? (
            <p>
              <PageLink tr={tr} page="ads.campaigns" account={account} text="panel.campaigns.openList" />
            </p>
          ) : null}
        </div>
      ) : null}
      {campaigns ? (
        <>
          {fromPage ? (
            match.page === 'ads.creation' ? (
              <p class="adr-muted" data-testid="campaigns-source">
                {tr.t('panel.campaigns.draft')}
              </p>
            ) : null
          ) : stored ? (
            <p class="adr-muted" data-testid="campaigns-source">
              {tr.t('panel.campaigns.lastRead', { page: tr.t(`page.${stored.page}`), when: tr.relative(stored.readAt, now) })}
            </p>
          ) : null}
          {campaigns.length === 0 ? (
            <p class="adr-muted" data-testid="campaigns-none">
              {tr.t('panel.campaigns.empty')}
            </p>
          ) : hints.length === 0 ? (
            <p class="adr-muted" data-testid="campaigns-none">
              {tr.tn('panel.campaigns.none', campaigns.length)}
            </p>
          ) : null}
          {current.length ? (
            <div class="adr-warnbox" role="status">
              <p>
                <strong>{tr.tn('panel.campaigns.found', current.length)}</strong>
              </p>
              <ul data-testid="campaign-hints">
                {current.map((h, i) => (
                  <HintItem key={`${h.id}-${i}`} tr={tr} hint={h} account={account} />
                ))}
              </ul>
            </div>
          ) : null}
          {legacy.length ? (
            <>
              <h3>{tr.t('panel.campaigns.legacyTitle')}</h3>
              <p class="adr-muted">{tr.t('panel.campaigns.legacyNote')}</p>
              <ul data-testid="legacy-hints">
                {legacy.map((h, i) => (
                  <HintItem key={`${h.id}-${i}`} tr={tr} hint={h} account={account} />
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
