/**
 * Governor Moore's cannabis pardon.
 * Law: Executive Clemency Order of June 17, 2024 (about 175,000 convictions),
 * with a second order of June 19, 2025 for 6,938 cases the first one missed.
 * Covers (research §2.1): a guilty finding or probation before judgment for
 * misdemeanor cannabis possession, or for paraphernalia where the case's only
 * other charge was cannabis possession, for charges before January 1, 2023.
 *
 * - The cut-off is the charge date. The checker only knows when the case
 *   ended: a case that ended before 2023 was charged before 2023 ('applies');
 *   one that ended later may or may not have been ('maybe').
 * - A pardon is noted on the docket; it does not erase the record (the person
 *   still petitions to expunge), and it does not depend on other open cases.
 * - 'paraphernalia' with other charges 'cannabis-only' is read as the order's
 *   "paraphernalia associated with possession and no other charges": when
 *   paraphernalia is the most serious cannabis charge, the other cannabis
 *   charges can only be possession (the contract's own example of
 *   'cannabis-only' is "possession plus paraphernalia"). The docket-entry
 *   reason tells the person to check. Read literally, a paraphernalia-only
 *   case (no possession charge) is not covered: 'no'.
 */
import type { KnownFacts } from '../facts';
import { finding, type Citation, type RuleFinding } from './types';

const law = 'Executive Clemency Order of June 17, 2024';
const order = ['governor-cannabis-pardon-order', 'governor-pardon-press-release'];

export const governorPardonReasons = {
  'pardon-possession-conviction-before-2023': { law, sourceIds: order },
  'pardon-paraphernalia-with-possession-only': { law, sourceIds: order },
  'pardon-charge-date-unclear': { law, sourceIds: ['governor-pardon-accomplishments', ...order] },
  'pardon-needs-guilty-or-pbj': { law, sourceIds: order },
  'pardon-charge-not-covered': { law, sourceIds: order },
  'pardon-does-not-erase': { law, sourceIds: ['governor-cannabis-pardon-order', 'midshore-pardon-now-what'] },
  'pardon-check-docket-entry': {
    law: `${law}; Executive Clemency Order of June 19, 2025`,
    sourceIds: ['governor-cannabis-pardon-order', 'norml-2025-06-21-second-pardon'],
  },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof governorPardonReasons;

export function governorPardon2024(facts: KnownFacts): RuleFinding<Reason> {
  if (facts.outcome !== 'guilty' && facts.outcome !== 'pbj') return finding('no', ['pardon-needs-guilty-or-pbj']);

  let covered: RuleFinding<Reason>;
  if (facts.charge === 'possession') {
    covered = finding('applies', ['pardon-possession-conviction-before-2023']);
  } else if (facts.charge === 'paraphernalia' && facts.otherCharges === 'cannabis-only') {
    covered = finding('applies', ['pardon-paraphernalia-with-possession-only']);
  } else {
    return finding('no', ['pardon-charge-not-covered']);
  }

  const notes: Reason[] = ['pardon-does-not-erase', 'pardon-check-docket-entry'];
  if (facts.caseEnded === 'before-2023-01-01') return finding(covered.status, [...covered.reasons, ...notes]);
  return finding('maybe', [...covered.reasons, 'pardon-charge-date-unclear', ...notes]);
}
