import type { ReadResult } from '../facts/types';
import type { Reader, ReaderContext } from './types';

/** A reader that throws must not break the page or the other features: it yields an honest empty result. */
export function safeRead(reader: Reader, doc: Document, ctx: ReaderContext): ReadResult {
  try {
    return reader.read(doc, ctx);
  } catch {
    return { page: ctx.match.page, facts: {}, unreadable: [], lang: null, error: 'reader-failed' };
  }
}
