/**
 * A checklist (utils/checklists) as native checkboxes: items the page decides are shown ticked or not and cannot be
 * ticked; the others can be ticked by the user (saved per account through `onTick`). Message keys come from
 * `prefix`: `<prefix>.<state>`, `<prefix>.overridden`, `<prefix>.where`, `<prefix>.legacy`.
 */
import type { Translator } from '../../utils/i18n';
import type { EvaluatedItem } from '../../utils/checklists';
import type { PanelProps } from '../overlay/panels/types';

export function domId(s: string): string {
  return 'adr-' + s.replace(/[^A-Za-z0-9_-]/g, '-');
}

export function ChecklistItems({
  tr,
  items,
  onTick,
  prefix,
  idPrefix,
  whereWhen,
  testid,
  listId,
}: {
  tr: Translator;
  items: EvaluatedItem[];
  onTick: PanelProps['onTick'];
  prefix: string;
  idPrefix: string;
  /** When to say where the item is done (e.g. only while it is to do). */
  whereWhen: (state: EvaluatedItem['state']) => boolean;
  testid: string;
  listId?: string;
}) {
  return (
    <ul class="adr-checklist" data-testid={testid} data-list={listId}>
      {items.map((it) => {
        const id = domId(`${idPrefix}-${it.id}`);
        const pageSays = it.state === 'done' || it.state === 'todo';
        const hint = it.tickOverridden ? `${prefix}.overridden` : `${prefix}.${it.state}`;
        return (
          <li key={it.id} class="adr-check" data-state={it.state} data-item={it.id}>
            <input
              type="checkbox"
              id={id}
              checked={it.state === 'done' || it.state === 'user-done'}
              disabled={pageSays}
              aria-describedby={`${id}-hint`}
              onChange={(e) => onTick(it.id, (e.currentTarget as HTMLInputElement).checked ? true : null)}
            />
            <label for={id}>
              {tr.t(it.label)}
              {it.legacy ? (
                <>
                  {' '}
                  <span class="adr-pill-tag">{tr.t(`${prefix}.legacy`)}</span>
                </>
              ) : null}
              <br />
              <span class="adr-muted" id={`${id}-hint`}>
                {tr.t(hint)}
                {it.page && whereWhen(it.state) ? ` ${tr.t(`${prefix}.where`, { page: tr.t(`page.${it.page}`) })}` : ''}
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
