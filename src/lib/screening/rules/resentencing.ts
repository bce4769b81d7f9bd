/**
 * Resentencing for someone serving a sentence for cannabis possession.
 * Law: HB 837 (2022): from January 1, 2023 a person incarcerated for cannabis
 * possession could ask the court to be resentenced; someone serving time only
 * for marijuana charges is to be resentenced to time served and released
 * (research §3.6). Its statute section and any amount limit are not confirmed,
 * so the words say "may" and point to a lawyer.
 */
import type { KnownFacts } from '../facts';
import { finding, type Citation, type RuleFinding } from './types';

const law = 'HB 837 (2022), resentencing for cannabis possession';

export const resentencingReasons = {
  'resentencing-incarcerated-for-possession': {
    law,
    sourceIds: ['baltsun-cannabis-expungement-copy', 'hb837-2022'],
  },
  'resentencing-only-for-possession': { law, sourceIds: ['baltsun-cannabis-expungement-copy'] },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof resentencingReasons;

export function resentencing(facts: KnownFacts): RuleFinding<Reason> {
  if (facts.outcome !== 'guilty') return finding('no', []);
  if (facts.sentence !== 'incarcerated') return finding('no', []);
  if (facts.charge !== 'possession') return finding('no', ['resentencing-only-for-possession']);
  return finding('applies', ['resentencing-incarcerated-for-possession']);
}
