import { describe, expect, it } from 'vitest';
import { KITS, KIT_NAMES, KIT_PAGES, kitFor } from '../../utils/content/kit';
import { ALL_KITS as kits } from '../../utils/content/kits';
import { PAGE_IDS } from '../../utils/pages/routes';

describe('page kits', () => {
  it('every kit is declared and built', () => expect(Object.keys(kits).sort()).toEqual([...KIT_NAMES].sort()));
  for (const name of KIT_NAMES) {
    const kit = kits[name];
    it(`${name}: KITS lists exactly the pages with a reader or a panel`, () => {
      const pages = new Set([...kit.readers.flatMap((r) => r.pages), ...kit.panelPages]);
      expect([...pages].sort()).toEqual([...KITS[name].pages].sort());
    });
    it(`${name}: every page belongs to the kit's site`, () => {
      for (const p of KITS[name].pages) expect(p.startsWith(`${KITS[name].site}.`), p).toBe(true);
    });
  }
  it('a page id is served by one kit and read by one reader only', () => {
    const all = Object.values(kits).flatMap((k) => k.readers.flatMap((r) => r.pages));
    expect(new Set(all).size).toBe(all.length);
    for (const p of PAGE_IDS) {
      const owners = KIT_NAMES.filter((k) => (KITS[k].pages as readonly string[]).includes(p));
      expect(owners.length, p).toBeLessThanOrEqual(1);
      expect(kitFor(p)).toBe(owners[0] ?? null);
    }
  });
  it('KIT_PAGES is the union per site', () => {
    expect(KIT_PAGES.ads).toEqual(['ads.payment', 'ads.transactions', 'ads.invoices', 'ads.account-setup', 'ads.account-health', 'ads.campaigns', 'ads.creation']);
  });
});
