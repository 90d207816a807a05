/** Human-readable text for a fact value (text only; page values are never markup). */
import type { Translator } from '../../utils/i18n';
import type { FactKey, Money } from '../../utils/facts/types';

function isMoney(v: unknown): v is Money {
  return !!v && typeof v === 'object' && typeof (v as Money).amount === 'string' && typeof (v as Money).currency === 'string';
}

export function formatFactValue(tr: Translator, key: FactKey, v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (isMoney(v)) return tr.money(v.amount, v.currency);
  if (typeof v === 'boolean') return tr.t(v ? 'value.yes' : 'value.no');
  if (typeof v === 'number') return tr.number(v);
  if (typeof v === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return tr.date(v);
    const enumKey = `enum.${key}.${v}`;
    return tr.has(enumKey) ? tr.t(enumKey) : v;
  }
  if (Array.isArray(v)) return tr.tn('value.items', v.length);
  try {
    const s = JSON.stringify(v);
    return s.length > 200 ? `${s.slice(0, 200)}…` : s;
  } catch {
    return '—';
  }
}
