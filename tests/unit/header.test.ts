import { describe, expect, it } from 'vitest';
import { readHeaderName } from '../../utils/readers/header';
import { detectPage } from '../../utils/pages/detect';

function doc(html: string): Document {
  const d = document.implementation.createHTMLDocument('');
  d.body.innerHTML = html;
  return d;
}
const ads = detectPage('https://ads.tiktok.com/i18n/dashboard?aadvid=7089362853240553474')!;

describe('readHeaderName', () => {
  it('takes the name beside the id in the header', () => {
    expect(readHeaderName(doc('<header><div><div>Lumen Coffee</div><div>ID: 7089362853240553474</div></div></header>'), ads)).toBe('Lumen Coffee');
    expect(readHeaderName(doc('<header><span>ID 7089362853240553474</span><span>Café <b>Lumière</b></span></header>'), ads)).toBe('Café Lumière');
  });
  it('keeps hostile names as text', () => {
    const d = doc('<header><div><div>&lt;img src=x onerror=alert(1)&gt;</div><div>7089362853240553474</div></div></header>');
    expect(readHeaderName(d, ads)).toBe('<img src=x onerror=alert(1)>');
  });
  it('returns undefined without a header, without the id, or with no sibling text', () => {
    expect(readHeaderName(doc('<div>Lumen</div><div>7089362853240553474</div>'), ads)).toBeUndefined();
    expect(readHeaderName(doc('<header><div>Lumen</div><div>ID: 1234567890</div></header>'), ads)).toBeUndefined();
    expect(readHeaderName(doc('<header><div><div>7089362853240553474</div></div></header>'), ads)).toBeUndefined();
    expect(readHeaderName(doc('<header>x</header>'), detectPage('https://ads.tiktok.com/i18n/home')!)).toBeUndefined();
  });
});

describe('readHeaderName in Seller Center', () => {
  const seller = detectPage('https://seller-us.tiktok.com/homepage?shop_region=US')!;
  it('takes the shop name beside the region tag', () => {
    expect(readHeaderName(doc('<header><div><span>Harbor &amp; Pine</span><span>US</span></div></header>'), seller)).toBe('Harbor & Pine');
  });
  it('needs the region as the whole text of its element', () => {
    expect(readHeaderName(doc('<header><div><span>Harbor</span><span>USA store</span></div></header>'), seller)).toBeUndefined();
  });
});

describe('readHeaderName in any script', () => {
  const ads = detectPage('https://ads.tiktok.com/i18n/dashboard?aadvid=7355102938475610243')!;
  it('keeps Japanese, Thai and Korean names', () => {
    for (const name of ['さくら雑貨店', 'ร้านกาแฟ', '서울 커피 로스터스', 'Café «Lumière»'])
      expect(readHeaderName(doc(`<header><div><div>${name}</div><div>ID: 7355102938475610243</div></div></header>`), ads)).toBe(name);
  });
  it('skips punctuation-only neighbours', () => {
    expect(readHeaderName(doc('<header><div><div>—</div><div>ID: 7355102938475610243</div></div></header>'), ads)).toBeUndefined();
  });
  it('uses the region tag when the seller key is a shop id', () => {
    const url = new URL('https://seller-us.tiktok.com/homepage?shop_region=US&shop_id=7495563384617453803');
    const m = detectPage(url)!;
    expect(readHeaderName(doc('<header><div><span>Harbor &amp; Pine Home</span><span>US</span></div></header>'), m, url)).toBe('Harbor & Pine Home');
  });
});
