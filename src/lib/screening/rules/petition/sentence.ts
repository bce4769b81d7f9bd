/** Shared reading of the `sentence` answer for conviction and PBJ petitions. */
import type { KnownFacts } from '../../facts';

/** Still in jail or prison, or on probation or parole, for this case. */
export function sentenceRunning(facts: KnownFacts): boolean {
  return facts.sentence === 'incarcerated' || facts.sentence === 'supervision';
}
