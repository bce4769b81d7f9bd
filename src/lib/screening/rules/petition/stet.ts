/**
 * Petitions after a stet (the case put on the inactive docket): 3 years after
 * the stet was entered (Criminal Procedure §10-105; research §3.1). There is
 * no waiver route to file sooner.
 */
import type { KnownFacts } from '../../facts';
import { finding, type Citation, type RuleFinding } from '../types';
import { applyUnitRule } from './unit-rule';

export const stetPetitionReasons = {
  'petition-stet-after-3-years': {
    law: 'Criminal Procedure §10-105 (stet)',
    sourceIds: ['session-law-2004-expungement', 'judiciary-expungement-brochure'],
  },
} as const satisfies Record<string, Citation>;

export function stetPetition(facts: KnownFacts): RuleFinding<string> {
  const waited = facts.yearsSinceOutcome === '3-or-more';
  const result = waited
    ? finding('applies', ['petition-stet-after-3-years'])
    : finding('later', ['petition-stet-after-3-years'], ['three-years-after-stet']);
  return applyUnitRule(result, facts);
}
