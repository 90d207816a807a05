/** Checklists as data (DESIGN §2 `utils/checklists`): dated items, ticked from page facts where the page says. */
import type { FactValues } from '../facts/types';
import type { PageId, Site } from '../pages/routes';

export type ChecklistFacts = Partial<FactValues>;

export interface ChecklistItem {
  /** Globally unique (`<list>.<item>`); user ticks are stored per item id, so lists sharing an item share the tick. */
  id: string;
  /** Message key `check.<list>.<item>`. */
  label: string;
  /**
   * What the page says: true = done, false = to do, null = the page does not say (the user may tick it).
   * Absent = only the user can say.
   */
  auto?: (facts: ChecklistFacts, now: number) => boolean | null;
  /** The page where the item is done or can be seen. */
  page?: PageId;
  /** The item describes something the platform no longer offers since this date (`YYYY-MM-DD`). */
  legacy?: { since: string };
  /** The item applies from this date (`YYYY-MM-DD`); before it, it is left out. */
  validFrom?: string;
}

export interface Checklist {
  id: string;
  /** Message key of the title. */
  title: string;
  site: Site;
  /** Page where the checklist is shown first. */
  page: PageId;
  /** When the content was last checked against the platform (`YYYY-MM-DD`). */
  asOf: string;
  items: ChecklistItem[];
}

export type ItemState = 'done' | 'todo' | 'unknown' | 'user-done';

export interface EvaluatedItem {
  id: string;
  label: string;
  page?: PageId;
  state: ItemState;
  /** The page said `todo` although the user had ticked it (the tick is kept, the page wins). */
  tickOverridden?: true;
  /** Set when the item is legacy at `now`. */
  legacy?: { since: string };
}
