import { describe, expect, it } from 'vitest';
import { KIT_PAGES } from '../../utils/content/kit';
import { kit as ads } from '../../utils/content/kits/ads';
import { kit as bc } from '../../utils/content/kits/bc';
import { kit as seller } from '../../utils/content/kits/seller';
import { detectPage } from '../../utils/pages/detect';

describe('page kits', () => {
  const kits = { ads, bc, seller } as const;
  for (const [site, kit] of Object.entries(kits)) {
    it(`${site}: KIT_PAGES lists exactly the pages with a reader or a panel`, () => {
      const pages = new Set([...kit.readers.flatMap((r) => r.pages), ...kit.panelPages]);
      expect([...pages].sort()).toEqual([...KIT_PAGES[site as keyof typeof kits]].sort());
    });
    it(`${site}: every page belongs to the site`, () => {
      for (const p of KIT_PAGES[site as keyof typeof kits]) expect(p.startsWith(`${site}.`), p).toBe(true);
    });
  }
  it('a page id is read by one reader only', () => {
    const all = [ads, bc, seller].flatMap((k) => k.readers.flatMap((r) => r.pages));
    expect(new Set(all).size).toBe(all.length);
  });
  it('detectPage and kits agree on sites', () => {
    expect(detectPage('https://ads.tiktok.com/i18n/account/payment?aadvid=1234')?.site).toBe('ads');
  });
});
