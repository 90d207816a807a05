/** The rule catalogue (ids are part of the export format). Adding a check = one rule + its tests. */
import type { Rule } from './types';
import { accountRules } from './account';
import { billingRules } from './billing';
import { accessRules } from './access';
import { sellerRules } from './seller';
import { promoteRules } from './promote';

export const RULES: readonly Rule[] = [...accountRules, ...billingRules, ...accessRules, ...sellerRules, ...promoteRules];
