/**
 * Not one of the five paths: a note the results add where it may apply.
 * Law: Criminal Procedure §10-105.1 (SB 201, 2021): since October 1, 2021, a
 * case in which every charge ended in acquittal, dismissal, not guilty or
 * nolle prosequi (not nolle prosequi with drug or alcohol treatment) is
 * expunged automatically 3 years after it ended; it names civil marijuana
 * citations too (research §0.1, §3.1, §6.6).
 * 'maybe' when other charges exist (all of them must have ended that way) or
 * the case ended before 2023 (it may have ended before October 1, 2021).
 */
import type { KnownFacts } from '../facts';
import { finding, type Citation, type RuleFinding } from './types';

export const nonConvictionAutomaticReasons = {
  'general-automatic-expungement-after-3-years': {
    law: 'Criminal Procedure §10-105.1 (SB 201, 2021)',
    sourceIds: ['statute-cp-10-105-1', 'sb201-2021-fiscal-note'],
  },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof nonConvictionAutomaticReasons;

export function nonConvictionAutomaticExpungement(facts: KnownFacts): RuleFinding<Reason> {
  if (facts.outcome !== 'not-guilty' && facts.outcome !== 'dismissed' && facts.outcome !== 'nolle-prosequi') {
    return finding('no', []);
  }
  const reasons: Reason[] = ['general-automatic-expungement-after-3-years'];
  if (facts.otherCharges !== 'none' || facts.caseEnded === 'before-2023-01-01') return finding('maybe', reasons);
  return finding('applies', reasons);
}
