/**
 * Automatic expungement of cannabis-possession-only cases.
 * Law: Criminal Procedure §10-112, added by HB 837 (2022): by July 1, 2024 the
 * Department of Public Safety and Correctional Services was to expunge every
 * case in which possession of cannabis (Criminal Law §5-601) was the only
 * charge, whatever the outcome.
 *
 * Open question (research §3.2): whether the cut-off is the charge date or the
 * end of the case. As the contract says, the checker uses "case ended before
 * July 1, 2023", which satisfies both readings; a case that ended later may
 * still be covered if it was charged earlier, so that result points to Case
 * Search instead of saying the case was cleared.
 * The sweep's completion is not confirmed either (research §7): hence "should
 * already have happened" and the advice to check Case Search.
 */
import { endedBeforeJuly2023Is, type KnownFacts } from '../facts';
import { hedgeForCivilCitation } from './civil-citation';
import { finding, type Citation, type RuleFinding } from './types';

const law = 'Criminal Procedure §10-112 (HB 837, 2022)';

export const automaticExpungementReasons = {
  'auto-possession-only-before-july-2023': {
    law,
    sourceIds: ['sb398-2025', 'hb837-2022', 'mvls-2023-cannabis-changes'],
  },
  'auto-civil-citation-unclear': {
    law: `${law}; Criminal Law §5-601.1`,
    sourceIds: ['sb398-2025', 'statute-cr-5-601-1'],
  },
  'auto-only-possession-cases': { law, sourceIds: ['sb398-2025', 'mvls-2023-cannabis-changes'] },
  'auto-other-charges-in-case': { law, sourceIds: ['sb398-2025', 'mvls-2023-cannabis-changes'] },
  'auto-case-ended-after-june-2023': {
    law,
    sourceIds: ['sb398-2025', 'baltsun-cannabis-expungement-copy'],
  },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof automaticExpungementReasons;

export function automaticExpungement(facts: KnownFacts): RuleFinding<Reason> {
  if (facts.charge !== 'possession' && facts.charge !== 'civil-citation') {
    return finding('no', ['auto-only-possession-cases']);
  }
  if (facts.otherCharges !== 'none') return finding('no', ['auto-other-charges-in-case']);
  // An open case has not ended; the contract's verdict order reports it before any rule.
  if (facts.outcome === 'pending') return finding('no', []);
  if (!endedBeforeJuly2023Is(facts.caseEnded)) return finding('no', ['auto-case-ended-after-june-2023']);
  return hedgeForCivilCitation(
    finding('applies', ['auto-possession-only-before-july-2023']),
    facts,
    'auto-civil-citation-unclear',
  );
}
