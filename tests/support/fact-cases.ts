/**
 * Cases for the rules and route tests, derived from `factFields`/`factValues` only (never a
 * hand list of fields), so a new fact is enumerated and sampled as soon as facts.ts has it.
 * `npm test` runs seeded samples; `npm run test:exhaustive` runs the full enumerations.
 */
import { factFields, factValues, type FactField, type Facts } from '../../src/lib/screening';

/**
 * The one seed of the sampled tests: a failure names its case, and the same case fails again.
 * TEST_SEED=<number> draws other samples (to look further without running the exhaustive project).
 */
export const SEED = Number(process.env.TEST_SEED) || 20_261_207;

/** Every field but the court: a Maryland case's answers. */
export const marylandFields = factFields.filter((f) => f !== 'court');

/** Every combination of the given fields' values ('unsure' included) over `base`, with at most `maxUnsure` unsure. */
export function* factCases(fields: readonly FactField[], base: Facts, maxUnsure: number, unsure = 0): Generator<Facts> {
  if (fields.length === 0) {
    yield base;
    return;
  }
  const [field, ...rest] = fields;
  for (const value of factValues[field]) {
    const u = unsure + (value === 'unsure' ? 1 : 0);
    if (u <= maxUnsure) yield* factCases(rest, { ...base, [field]: value }, maxUnsure, u);
  }
}

export const unsureCount = (facts: Facts, fields: readonly FactField[] = factFields) => fields.filter((f) => facts[f] === 'unsure').length;

/** mulberry32: a small, fast PRNG; the same seed gives the same numbers on every machine. */
export function seededRandom(seed = SEED): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * `count` cases drawn uniformly from the whole answer space (every field, 'unsure' included),
 * with the fields of `fixed` held. About one case in twenty leaves a field out, as a route does.
 */
export function sampleFacts(count: number, seed = SEED, fixed: Facts = {}): Facts[] {
  const random = seededRandom(seed);
  const out: Facts[] = [];
  for (let i = 0; i < count; i++) {
    const facts: Record<string, string> = { ...(fixed as Record<string, string>) };
    for (const field of factFields) {
      if (field in fixed) continue;
      const values = factValues[field];
      const value = values[Math.floor(random() * values.length)];
      if (random() >= 0.05) facts[field] = value;
    }
    out.push(facts as Facts);
  }
  return out;
}

/** `count` distinct items drawn with the seed (all of them when there are fewer), in their original order. */
export function sampleOf<T>(items: readonly T[], count: number, seed = SEED): T[] {
  if (items.length <= count) return [...items];
  const random = seededRandom(seed);
  const picked = new Set<number>();
  while (picked.size < count) picked.add(Math.floor(random() * items.length));
  return [...picked].sort((a, b) => a - b).map((i) => items[i]);
}
