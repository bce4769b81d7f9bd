/**
 * Automatic expungement of cannabis-possession-only cases.
 * Law: Criminal Procedure §10-112, added by HB 837 (2022): by July 1, 2024 the
 * Department of Public Safety and Correctional Services was to expunge every
 * case in which possession of cannabis (Criminal Law §5-601) was the only
 * charge. As the law reads, "expunge" here means removing the case from the
 * State's criminal-history database (the DPSCS Central Repository): court and
 * police records may remain, so the words always send the person to a
 * petition where one is possible (research §00 item 3). Whether the sweep was
 * completed is not confirmed.
 *
 * Contract v2: possession the only charge, any outcome but pending, charged
 * before July 1, 2023. 'applies' when the case also ended before July 1, 2023
 * (both readings of the unsettled date rule hold); 'maybe' when it ended
 * later, and for a civil citation (whether the section reaches civil
 * possession is not settled).
 */
import { beforeJuly2023, type KnownFacts } from '../facts';
import { amend, finding, type Citation, type RuleFinding } from './types';

const s10112 = ['statute-cp-10-112', 'hb837-2022', 'mvls-2023-cannabis-changes'];

export const automaticExpungementReasons = {
  'auto-possession-only-charged-before-july-2023': { law: 'cp-10-112', sources: s10112 },
  'auto-clears-state-record-only': { law: 'cp-10-112', sources: ['statute-cp-10-112', 'mvls-2023-cannabis-changes'] },
  'auto-ended-after-june-2023': { law: 'cp-10-112', sources: ['statute-cp-10-112', 'baltsun-cannabis-expungement-copy'] },
  'auto-civil-citation-unsettled': { law: 'cp-10-112', sources: ['statute-cp-10-112', 'statute-cr-5-601-1'] },
  'auto-only-possession': { law: 'cp-10-112', sources: s10112 },
  'auto-other-charges-in-case': { law: 'cp-10-112', sources: s10112 },
  'auto-charged-after-june-2023': { law: 'cp-10-112', sources: ['statute-cp-10-112', 'baltsun-cannabis-expungement-copy'] },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof automaticExpungementReasons;

export function automaticExpungement(facts: KnownFacts): RuleFinding<Reason> {
  if (facts.charge !== 'possession' && facts.charge !== 'civil-citation') return finding('no', ['auto-only-possession']);
  if (facts.otherCharges !== 'none') return finding('no', ['auto-other-charges-in-case']);
  // An open case has not ended; the contract's verdict order reports it before any rule.
  if (facts.outcome === 'pending') return finding('no', []);
  if (!beforeJuly2023(facts.charged)) return finding('no', ['auto-charged-after-june-2023']);

  let result: RuleFinding<Reason> = finding('applies', ['auto-possession-only-charged-before-july-2023', 'auto-clears-state-record-only']);
  if (!beforeJuly2023(facts.caseEnded)) result = amend(result, { status: 'maybe', reasons: ['auto-ended-after-june-2023'] });
  if (facts.charge === 'civil-citation') result = amend(result, { status: 'maybe', reasons: ['auto-civil-citation-unsettled'] });
  return result;
}
