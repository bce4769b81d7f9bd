/**
 * Governor Moore's cannabis pardon.
 * Law: Executive Clemency Order of June 17, 2024 (about 175,000 convictions),
 * with a follow-up order of June 19, 2025 for people the first one missed (6,938 per
 * Marijuana Moment; "nearly 7,000" per NORML)
 * (research §2.1). It covers a guilty finding or probation before judgment for
 * misdemeanor cannabis possession, and for paraphernalia tied to possession
 * with no other charges, for charges before January 1, 2023. Only convictions
 * in the courts' electronic records were included. A pardon is not an
 * expungement: the person still petitions to remove the record. Since the 2025
 * Expungement Reform Act, Case Search may not show pardoned possession
 * convictions, so the words send the person to the clerk or their criminal
 * history record to confirm it.
 *
 * Contract v2: possession charged before 2023: 'applies' when the case ended
 * before July 1, 2023; 'maybe' when it ended later (the order covered a list
 * compiled in June 2024). Paraphernalia charged before 2023: 'maybe' (the
 * checker cannot tell whether the other charge was criminal possession or a
 * civil citation). A civil citation is not a conviction: 'no'.
 */
import { beforeJuly2023, type KnownFacts } from '../facts';
import { amend, finding, type Citation, type RuleFinding } from './types';

const order = ['governor-cannabis-pardon-order', 'governor-pardon-press-release'];

export const governorPardonReasons = {
  'pardon-possession-charged-before-2023': {
    law: 'pardon-orders',
    sources: [...order, 'governor-pardon-accomplishments', 'marijuanamoment-2025-06-19-second-pardon', 'norml-2025-06-21-second-pardon'],
  },
  'pardon-ended-after-june-2023': { law: 'pardon-orders', sources: ['governor-pardon-accomplishments', ...order] },
  'pardon-paraphernalia-unsettled': { law: 'pardon-orders', sources: order },
  'pardon-charged-2023-or-later': { law: 'pardon-orders', sources: ['governor-pardon-accomplishments'] },
  'pardon-needs-guilty-or-pbj': { law: 'pardon-orders', sources: order },
  'pardon-citation-not-a-conviction': { law: 'cr-5-601-1', sources: ['statute-cr-5-601-1'] },
  'pardon-charge-not-covered': { law: 'pardon-orders', sources: order },
  'pardon-does-not-erase': { law: 'pardon-orders', sources: ['governor-cannabis-pardon-order', 'midshore-pardon-now-what'] },
  'pardon-confirm-with-clerk': {
    law: 'sb432-2025',
    sources: ['sb432-2025', 'governor-cannabis-pardon-order', 'norml-2025-06-21-second-pardon'],
  },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof governorPardonReasons;

const notes: Reason[] = ['pardon-does-not-erase', 'pardon-confirm-with-clerk'];

export function governorPardon2024(facts: KnownFacts): RuleFinding<Reason> {
  if (facts.outcome !== 'guilty' && facts.outcome !== 'pbj') return finding('no', ['pardon-needs-guilty-or-pbj']);
  if (facts.charge === 'civil-citation') return finding('no', ['pardon-citation-not-a-conviction']);
  if (facts.charge !== 'possession' && facts.charge !== 'paraphernalia') return finding('no', ['pardon-charge-not-covered']);
  if (facts.charged !== 'before-2023-01-01') return finding('no', ['pardon-charged-2023-or-later']);
  if (facts.charge === 'paraphernalia') return finding('maybe', ['pardon-paraphernalia-unsettled', ...notes]);
  const covered = finding<Reason>('applies', ['pardon-possession-charged-before-2023', ...notes]);
  return beforeJuly2023(facts.caseEnded) ? covered : amend(covered, { status: 'maybe', reasons: ['pardon-ended-after-june-2023'] });
}
