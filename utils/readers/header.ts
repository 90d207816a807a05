/**
 * The account's display name from the app header, by structure only: the apps show the current account as a
 * name next to its id (Ads Manager's account switcher, Business Center's organisation switcher) or, in Seller
 * Center, the shop name next to its region tag. We look for the element whose text carries the account's numeric
 * id (or is exactly the region code) and take the nearest sibling text that is not the id.
 * Language-independent; returns undefined when nothing fits (the name is then left unknown, never guessed).
 */
import type { PageMatch } from '../pages/detect';

const MAX_NAME = 200;

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

export function readHeaderName(doc: Document, match: PageMatch, url?: URL): string | undefined {
  const fromKey = match.account?.split(':').pop();
  // Seller Center shows the shop's region tag, not its id: with a shop_id key, look for the region instead.
  const regionParam = url?.searchParams.get('shop_region')?.toUpperCase();
  const id = match.site === 'seller' && regionParam && /^[A-Z]{2}$/.test(regionParam) ? regionParam : fromKey;
  if (!id) return undefined;
  const region = /^[A-Z]{2}$/.test(id);
  if (!region && !/^\d{6,25}$/.test(id)) return undefined;
  const scope = doc.querySelector('header, [role="banner"]');
  if (!scope) return undefined;
  const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (region ? n.nodeValue?.trim() !== id : !n.nodeValue?.includes(id)) continue;
    const el = n.parentElement;
    if (!el || el.closest('adready-overlay')) continue;
    for (const sib of [el.previousElementSibling, el.nextElementSibling]) {
      const t = clean(sib?.textContent);
      if (t && !t.includes(id) && t.length <= MAX_NAME && !/^[\p{P}\p{S}\s]*$/u.test(t)) return t;
    }
  }
  return undefined;
}
