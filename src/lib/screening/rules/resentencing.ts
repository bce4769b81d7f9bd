/**
 * Resentencing for someone serving a sentence for cannabis possession.
 * Law: HB 837 (2022): from January 1, 2023 a person in jail or prison for
 * cannabis possession could ask to be resentenced; someone serving time only
 * for marijuana charges is to be resentenced to time served (research §3.6).
 * Its statute section and any amount limit are not confirmed.
 *
 * Contract v2: 'applies' when charged before 2023; 'maybe' when charged
 * January–June 2023; 'no' when charged later (possession above the civil-use
 * amount is still a crime: the words send the person to their defense lawyer
 * about a motion to modify the sentence).
 */
import type { KnownFacts } from '../facts';
import { finding, type Citation, type RuleFinding } from './types';

const hb837 = ['hb837-2022', 'baltsun-cannabis-expungement-copy'];

export const resentencingReasons = {
  'resentencing-charged-before-2023': { law: 'hb837-2022', sources: hb837 },
  'resentencing-charged-early-2023': { law: 'hb837-2022', sources: hb837 },
  'resentencing-charged-after-june-2023': { law: 'hb837-2022', sources: hb837 },
  'resentencing-only-for-possession': { law: 'hb837-2022', sources: hb837 },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof resentencingReasons;

export function resentencing(facts: KnownFacts): RuleFinding<Reason> {
  if (facts.outcome !== 'guilty' || facts.sentence !== 'incarcerated') return finding('no', []);
  if (facts.charge !== 'possession') return finding('no', ['resentencing-only-for-possession']);
  switch (facts.charged) {
    case 'before-2023-01-01':
      return finding('applies', ['resentencing-charged-before-2023']);
    case '2023-01-01-to-2023-06-30':
      return finding('maybe', ['resentencing-charged-early-2023']);
    case 'on-or-after-2023-07-01':
      return finding('no', ['resentencing-charged-after-june-2023']);
  }
}
