/**
 * The presidential pardons for simple possession of marijuana (federal or
 * D.C. Superior Court cases only).
 * Law: Presidential Proclamation 10467 of October 6, 2022, extended by the
 * proclamation of December 22, 2023 (research §4). The pardon is automatic; the
 * Office of the Pardon Attorney issues certificates as proof. That the
 * application is still open in late 2026 is not confirmed, so the words link
 * to the Office rather than promise it.
 *
 * As the contract says, the path is listed only when a simple-possession
 * conviction is described: charge 'possession' and outcome 'guilty'.
 */
import type { KnownFacts } from '../facts';
import { finding, type Citation, type RuleFinding } from './types';

const law = 'Presidential Proclamation 10467 (October 6, 2022) and the proclamation of December 22, 2023';

export const federalPardonReasons = {
  'federal-pardon-simple-possession': {
    law,
    sourceIds: ['doj-marijuana-pardon', 'figueroa-2023-12-proclamation', 'fd-org-2023-pardon-certificates'],
  },
  'federal-pardon-needs-possession-conviction': { law, sourceIds: ['doj-marijuana-pardon'] },
  'federal-case-maryland-law-does-not-apply': { law, sourceIds: ['doj-marijuana-pardon'] },
  'other-state-not-covered': {
    law: 'Maryland Criminal Procedure Title 10 covers Maryland cases only',
    sourceIds: ['statute-cp-10-105', 'doj-marijuana-pardon'],
  },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof federalPardonReasons;

export function federalPardon(facts: KnownFacts): RuleFinding<Reason> {
  if (facts.court !== 'federal' && facts.court !== 'dc') return finding('no', ['other-state-not-covered']);
  if (facts.charge === 'possession' && facts.outcome === 'guilty') {
    return finding('applies', ['federal-pardon-simple-possession', 'federal-case-maryland-law-does-not-apply']);
  }
  return finding('no', ['federal-pardon-needs-possession-conviction', 'federal-case-maryland-law-does-not-apply']);
}
