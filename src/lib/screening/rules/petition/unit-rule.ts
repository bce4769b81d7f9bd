/**
 * The "unit rule": when a case has several charges, normally no charge in it
 * can be expunged unless all of them can (Criminal Procedure §10-107; Stoddard,
 * 2006). Since July 1, 2023 (HB 837) a cannabis possession charge can be
 * expunged even when other charges in the case cannot (research §3.3).
 * Whether that exception also covers intent to distribute or paraphernalia is
 * not settled (MVLS says "cannabis-related charges", a law firm "simple
 * possession"), so for any other charge with other charges in the case a
 * petition that would apply becomes 'maybe'.
 */
import type { KnownFacts } from '../../facts';
import { finding, type Citation, type RuleFinding } from '../types';

export const unitRuleReasons = {
  'petition-possession-exception-to-unit-rule': {
    law: 'Criminal Procedure §10-107 (unit rule), cannabis possession exception from HB 837 (2022)',
    sourceIds: ['mvls-2023-cannabis-changes', 'stoddard-2006'],
  },
  'petition-unit-rule-may-block': {
    law: 'Criminal Procedure §10-107 (unit rule)',
    sourceIds: ['stoddard-2006', 'mvls-2023-cannabis-changes'],
  },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof unitRuleReasons;

export function applyUnitRule<R extends string>(result: RuleFinding<R>, facts: KnownFacts): RuleFinding<R | Reason> {
  if (result.status === 'no' || facts.otherCharges === 'none') return result;
  if (facts.charge === 'possession') {
    return finding(result.status, [...result.reasons, 'petition-possession-exception-to-unit-rule'], result.waits);
  }
  const status = result.status === 'applies' ? 'maybe' : result.status;
  return finding(status, [...result.reasons, 'petition-unit-rule-may-block'], result.waits);
}
