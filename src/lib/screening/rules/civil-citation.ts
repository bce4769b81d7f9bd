/**
 * How the checker treats a civil citation (a ticket with a fine for a small
 * amount of cannabis, used from October 1, 2014). A reading chosen where the
 * contract is silent; see shared/research/maryland-law.md §0.1, §2, §3.1, §3.2.
 *
 * - A civil citation is "not a criminal conviction for any purpose"
 *   (Criminal Law §5-601.1), so neither the June 2024 pardon (which covers
 *   misdemeanor convictions) nor resentencing can reach it.
 * - It is still a charge under §5-601, and §10-105.1 names civil marijuana
 *   citations among the non-conviction cases it clears automatically after 3
 *   years. Whether §10-112 (possession-only cases) and the petition rules reach
 *   a citation is not settled in anything we could read.
 * So where a criminal possession charge would get 'applies' from §10-112, a
 * citation gets 'maybe'; and a petition for a citation is 'maybe' whatever the
 * outcome, sentence or time since (only an open case makes it 'later'). The
 * result says "possibly" and sends the person to free legal help, never a firm
 * "likely", and the checker asks nothing it could not use.
 */
import type { KnownFacts } from '../facts';
import { finding, type Citation, type RuleFinding } from './types';

export const civilCitationReasons = {
  'civil-citation-not-a-conviction': {
    law: 'Criminal Law §5-601.1',
    sourceIds: ['statute-cr-5-601-1', 'statute-cp-10-105-1'],
  },
  'petition-civil-citation-unclear': {
    law: 'Criminal Procedure §10-105; Criminal Law §5-601.1',
    sourceIds: ['statute-cp-10-105', 'statute-cr-5-601-1'],
  },
} as const satisfies Record<string, Citation>;

export function isCivilCitation(facts: KnownFacts): boolean {
  return facts.charge === 'civil-citation';
}

/** Turns a firm "applies" into "maybe" for a civil citation, adding the reason that says why. */
export function hedgeForCivilCitation<R extends string, C extends string>(
  result: RuleFinding<R>,
  facts: KnownFacts,
  caveat: C,
): RuleFinding<R | C> {
  if (!isCivilCitation(facts) || result.status === 'no') return result;
  return {
    status: result.status === 'applies' ? 'maybe' : result.status,
    reasons: [...result.reasons, caveat],
    waits: result.waits,
  };
}

/** A petition to expunge a civil citation: possible, but the route is unsettled. */
export function civilCitationPetition(): RuleFinding<'petition-civil-citation-unclear'> {
  return finding('maybe', ['petition-civil-citation-unclear']);
}
