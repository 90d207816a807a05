import type { Finding } from '../../utils/rules/types';
import type { Translator } from '../../utils/i18n';

/** Params whose value starts with `@` name a catalogue key (enums are translated, page text is not). */
export function resolveParams(tr: Translator, params: Finding['params']): Record<string, string | number> | undefined {
  if (!params) return undefined;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'string' && v.startsWith('@') ? tr.t(v.slice(1)) : v;
  return out;
}

export function statusLabel(tr: Translator, s: Finding['status']): string {
  return tr.t(`status.${s}`);
}

/** Findings with evidence and fix steps; every string from the catalogue, page values as text only. */
export function FindingList({ tr, findings, showFix = true, limit }: { tr: Translator; findings: Finding[]; showFix?: boolean; limit?: number }) {
  const list = limit ? findings.slice(0, limit) : findings;
  if (!list.length) return null;
  return (
    <ul class="adr-findings">
      {list.map((f) => (
        <li key={f.rule} class={`adr-finding adr-${f.status}`} data-rule={f.rule} data-status={f.status}>
          <span class="adr-finding-status">{statusLabel(tr, f.status)}</span>
          <span class="adr-finding-text">
            {tr.t(f.message, resolveParams(tr, f.params))}
            {f.stale ? <span class="adr-stale"> · {tr.t('finding.stale')}</span> : null}
          </span>
          {showFix && f.fix && f.status !== 'pass' ? (
            <details class="adr-fix">
              <summary>{tr.t('fix.howTo', { page: tr.t(`page.${f.fix.page}`) })}</summary>
              <ol>
                {f.fix.steps.map((s) => (
                  <li key={s}>{tr.t(s)}</li>
                ))}
              </ol>
              {f.fix.who ? <p class="adr-who">{tr.t(f.fix.who)}</p> : null}
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
