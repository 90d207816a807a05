/** Page id → reader. Adding a page kind = one reader here + its fixtures. */
import type { PageId } from '../pages/routes';
import type { Reader } from './types';
import { genericReader } from './generic';
import { billingReaders } from './billing';
import { accountReaders } from './account';
import { bcReaders } from './bc';
import { sellerReaders } from './seller';
import { campaignReaders } from './campaigns';

const READERS: Reader[] = [
  ...billingReaders,
  ...accountReaders,
  ...bcReaders,
  ...sellerReaders,
  ...campaignReaders,
];

const byPage = new Map<PageId, Reader>();
for (const r of READERS) for (const p of r.pages) byPage.set(p, r);

export function readerFor(page: PageId): Reader {
  return byPage.get(page) ?? genericReader;
}

export { safeRead } from './safe';
