/**
 * A petition asking a court to expunge the case: the only route to a court
 * order that binds the court, the police agency and the State's criminal
 * records agency alike (research §00 item 2). Its status follows its own rules
 * (contract v2 and v3): automatic expungement does not replace it, and "the
 * case no longer shows on Case Search" proves nothing, so the checker does not
 * ask. The timing by outcome is in ./petition/; what can hold it back (the
 * unit rule, a later conviction, an open case) in ./petition/bars.ts.
 */
import type { KnownFacts } from '../facts';
import { applyLaterConvictionBar, applyOpenCaseBar, applyUnitRule, petitionBarReasons } from './petition/bars';
import { convictionPetition, convictionPetitionReasons } from './petition/conviction';
import { droppedOrStetPetitionReasons, droppedPetition, stetPetition } from './petition/dropped-or-stet';
import { pbjPetition, pbjPetitionReasons } from './petition/probation-before-judgment';
import { amend, finding, type Citation, type RuleFinding } from './types';

export const petitionReasons = {
  'case-still-open': { law: 'cp-10-105', sources: ['statute-cp-10-105', 'peoples-law-expungement'] },
  'petition-where-to-file': { law: 'cp-10-105', sources: ['session-law-2004-expungement', 'judiciary-expungement-brochure'] },
  'petition-fee-guilty': { law: 'cp-10-105', sources: ['peoples-law-expungement', 'dpscs-expungement'] },
  'petition-fee-non-conviction': { law: 'cp-10-105', sources: ['peoples-law-expungement', 'clean-my-record-md-faq'] },
  ...droppedOrStetPetitionReasons,
  ...convictionPetitionReasons,
  ...pbjPetitionReasons,
  ...petitionBarReasons,
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof petitionReasons;

export function petitionExpungement(facts: KnownFacts): RuleFinding<Reason> {
  // A case cannot be expunged while it is open; the contract's verdict order reports it first.
  if (facts.outcome === 'pending') return finding('later', ['case-still-open', 'petition-where-to-file'], ['current-case-ends']);
  const result = applyOpenCaseBar(applyLaterConvictionBar(applyUnitRule(byOutcome(facts, facts.outcome), facts), facts), facts);
  // Every petition card says where to file and what it costs (contract v3, "the words").
  if (result.status === 'no') return result;
  return amend(result, { reasons: ['petition-where-to-file', facts.outcome === 'guilty' ? 'petition-fee-guilty' : 'petition-fee-non-conviction'] });
}

function byOutcome(facts: KnownFacts, outcome: Exclude<KnownFacts['outcome'], 'pending'>): RuleFinding<Reason> {
  switch (outcome) {
    case 'guilty':
      return convictionPetition(facts);
    case 'pbj':
      return pbjPetition(facts);
    case 'not-guilty':
    case 'dismissed':
    case 'nolle-prosequi':
      return droppedPetition(facts);
    case 'stet':
      return stetPetition(facts);
  }
}
