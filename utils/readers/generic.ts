/** Reader for pages that have no facts of their own yet: reports the page as seen (Business Center: read). */
import type { Reader } from './types';
import { declaredLang } from './lang';

export const genericReader: Reader = {
  pages: [],
  ready: (doc) => !!doc.body && doc.body.querySelector('main, [role="main"], #root > *, #app > *') !== null,
  read(doc, { match, url }) {
    return {
      page: match.page,
      facts: match.site === 'bc' ? { 'bc.pageRead': true } : {},
      unreadable: [],
      lang: declaredLang(doc, url),
    };
  },
};
