/**
 * Three-valued evaluation: a rule is written over fully known facts, and is
 * run here on every way the unsure answers could turn out (every
 * "completion"). The value lists are tiny, and a completion is only split on a
 * field when the rule actually reads it, so this stays fast.
 *
 * Two answers constrain each other, and impossible completions are left out:
 * - a case whose end date was given has ended, so its outcome is not 'pending';
 * - a case that ended before July 1, 2023 ended 3 or more years before the
 *   law-as-of date (2026-11-25), so `yearsSinceOutcome` is '3-or-more' (the
 *   date answer wins over a contradicting 'under-3': it is the one a person can
 *   check on Case Search), and 'under-3' means it ended on or after July 1, 2023.
 *   These hold for any later date too, so they never go stale.
 */
import {
  endedBeforeJuly2023Is,
  factFields,
  knownValuesOf,
  UNSURE,
  type CaseEnded,
  type FactField,
  type KnownFacts,
  type KnownValue,
  type NormalizedFacts,
} from './facts';

/** For each field, the answers still possible. */
export type Domains = { readonly [F in FactField]: readonly KnownValue<F>[] };

export function domainsOf(facts: NormalizedFacts): Domains {
  const d = {} as { [F in FactField]: readonly KnownValue<F>[] };
  for (const field of factFields) {
    const value = facts[field];
    (d as Record<FactField, readonly string[]>)[field] = value === UNSURE ? knownValuesOf(field) : [value];
  }
  if (facts.caseEnded !== UNSURE && facts.outcome === UNSURE) {
    d.outcome = d.outcome.filter((o) => o !== 'pending');
  }
  if (facts.caseEnded !== UNSURE && endedBeforeJuly2023Is(facts.caseEnded)) {
    d.yearsSinceOutcome = ['3-or-more'];
  } else if (facts.caseEnded === UNSURE && facts.yearsSinceOutcome === 'under-3') {
    d.caseEnded = ['on-or-after-2023-07-01'];
  }
  return d;
}

/** The one pairwise constraint between two fields that are both unsure. */
function coherent(caseEnded: CaseEnded | undefined, years: string | undefined): boolean {
  return !(caseEnded !== undefined && endedBeforeJuly2023Is(caseEnded) && years === 'under-3');
}

class NeedsAnswer {
  constructor(readonly field: FactField) {}
}

type Assignment = Partial<Record<FactField, string>>;

/**
 * Runs `rule` on every coherent completion of `domains` and returns one result
 * per group of completions that the rule cannot tell apart.
 */
export function resultsOverCompletions<T>(domains: Domains, rule: (facts: KnownFacts) => T): T[] {
  const results: T[] = [];
  const stack: Assignment[] = [{}];
  while (stack.length > 0) {
    const fixed = stack.pop() as Assignment;
    let needed: FactField | undefined;
    try {
      results.push(rule(reader(domains, fixed)));
    } catch (error) {
      if (!(error instanceof NeedsAnswer)) throw error;
      needed = error.field;
    }
    if (needed === undefined) continue;
    for (const value of domains[needed] as readonly string[]) {
      const next = { ...fixed, [needed]: value };
      if (coherent(valueIn(domains, next, 'caseEnded') as CaseEnded | undefined, valueIn(domains, next, 'yearsSinceOutcome'))) {
        stack.push(next);
      }
    }
  }
  return results;
}

function valueIn(domains: Domains, fixed: Assignment, field: FactField): string | undefined {
  if (field in fixed) return fixed[field];
  const domain = domains[field] as readonly string[];
  return domain.length === 1 ? domain[0] : undefined;
}

function reader(domains: Domains, fixed: Assignment): KnownFacts {
  const facts = {} as KnownFacts;
  for (const field of factFields) {
    Object.defineProperty(facts, field, {
      enumerable: true,
      get() {
        const value = valueIn(domains, fixed, field);
        if (value === undefined) throw new NeedsAnswer(field);
        return value;
      },
    });
  }
  return facts;
}
