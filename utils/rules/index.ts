/** The rule catalogue (ids are part of the export format). Adding a check = one rule + its tests. */
import type { Rule } from './types';
import { accountRules } from './account';

export const RULES: readonly Rule[] = [...accountRules];
