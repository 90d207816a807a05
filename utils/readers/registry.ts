/**
 * Page id → reader, across every site, derived from the page kits (utils/content/kits), which are the one list.
 * Used where all readers are needed at once (tests, hostile-input checks); content scripts load only their kit.
 */
import type { PageId } from '../pages/routes';
import type { Reader } from './types';
import { genericReader } from './generic';
import { ALL_KITS } from '../content/kits';

const byPage = new Map<PageId, Reader>();
for (const kit of Object.values(ALL_KITS)) for (const r of kit.readers) for (const p of r.pages) byPage.set(p, r);

export function readerFor(page: PageId): Reader {
  return byPage.get(page) ?? genericReader;
}

export { safeRead } from './safe';
