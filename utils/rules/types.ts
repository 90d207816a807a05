import type { AccountRecord, FactKey, FactValues } from '../facts/types';
import type { PageId, Site } from '../pages/routes';
import type { Settings } from '../store/schema';

export type FindingStatus = 'pass' | 'warn' | 'fail' | 'unknown';
export type Readiness = 'ready' | 'at-risk' | 'blocked' | 'unknown';

export interface Fix {
  /** Page id where the fix is done. */
  page: PageId;
  /** Message keys of the steps, in order (rendered through the catalogue). */
  steps: string[];
  /** Who can do it (message key), e.g. `who.adAdmin`. */
  who?: string;
}

export interface Finding {
  rule: string;
  status: FindingStatus;
  /** Fact keys the verdict rests on. */
  evidence: FactKey[];
  fix: Fix | null;
  /** Message key of the one-line verdict; `params` fill its placeholders. */
  message: string;
  params?: Record<string, string | number>;
  /** Points lost (0 for pass). */
  lost: number;
  /** Some evidence was stale, so the verdict became unknown. */
  stale?: boolean;
}

export type Verdict = Omit<Finding, 'rule' | 'lost' | 'stale'>;

export interface RuleContext {
  record: AccountRecord;
  now: number;
  settings: Settings;
  /** Fresh value of a fact, or undefined when absent or stale (the stale key is remembered). */
  get<K extends FactKey>(key: K): FactValues[K] | undefined;
  /** Value even when stale (for display), or undefined. */
  peek<K extends FactKey>(key: K): FactValues[K] | undefined;
  has(key: FactKey): boolean;
}

export interface Rule {
  id: string;
  sites: Site[];
  /** Points at stake (documented in docs/readiness.md). */
  weight: number;
  /** ISO dates: the platform behaviour this rule checks is current between these. */
  validFrom?: string;
  validUntil?: string;
  /** null = the rule does not apply to this account (left out of its findings). */
  evaluate(ctx: RuleContext): Verdict | null;
}
