/** Page id → reader. Adding a page kind = one reader here + its fixtures. */
import type { PageId } from '../pages/routes';
import type { ReadResult } from '../facts/types';
import type { Reader, ReaderContext } from './types';
import { genericReader } from './generic';

const READERS: Reader[] = [];

const byPage = new Map<PageId, Reader>();
for (const r of READERS) for (const p of r.pages) byPage.set(p, r);

export function readerFor(page: PageId): Reader {
  return byPage.get(page) ?? genericReader;
}

/** A reader that throws must not break the page or the other features: it yields an honest empty result. */
export function safeRead(reader: Reader, doc: Document, ctx: ReaderContext): ReadResult {
  try {
    return reader.read(doc, ctx);
  } catch {
    return { page: ctx.match.page, facts: {}, unreadable: [], lang: null, error: 'reader-failed' };
  }
}
