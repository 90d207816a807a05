import type { ReadResult } from '../facts/types';
import type { PageMatch } from '../pages/detect';
import type { PageId } from '../pages/routes';

export interface ReaderContext {
  url: URL;
  match: PageMatch;
  now: number;
}

/**
 * One reader per page kind: Document → facts. Readers never guess: a field they cannot find goes to
 * `unreadable`. They find fields by label tables per language plus structure (see ./labels.ts).
 */
export interface Reader {
  pages: readonly PageId[];
  /** True once the page has rendered the content this reader needs (SPA pages render late). */
  ready(doc: Document): boolean;
  read(doc: Document, ctx: ReaderContext): ReadResult;
}
