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

type Assignment = Partial<Record<FactField, string>>;

interface Choice {
  field: FactField;
  values: readonly string[];
  index: number;
}

/**
 * Runs `rule` on every coherent completion of `domains` and returns one result
 * per group of completions that the rule cannot tell apart.
 *
 * Depth-first over the rule's own reads: the first time a run reads an open
 * field it takes that field's first value and records a choice; the next run
 * replays the choices and moves the last one on. Rules are pure, so a replayed
 * run reads the same fields in the same order. One run per result.
 */
export function resultsOverCompletions<T>(domains: Domains, rule: (facts: KnownFacts) => T): T[] {
  const results: T[] = [];
  const choices: Choice[] = [];
  for (;;) {
    const fixed: Assignment = {};
    let depth = 0;
    const choose = (field: FactField): string => {
      let choice = choices[depth];
      if (choice === undefined) {
        const values = (domains[field] as readonly string[]).filter((value) => coherentWith(domains, fixed, field, value));
        choice = { field, values, index: 0 };
        choices.push(choice);
      }
      depth++;
      const value = choice.values[choice.index];
      fixed[field] = value;
      return value;
    };
    results.push(rule(new Reader(domains, fixed, choose) as unknown as KnownFacts));
    while (choices.length > 0 && choices[choices.length - 1].index === choices[choices.length - 1].values.length - 1) {
      choices.pop();
    }
    if (choices.length === 0) return results;
    choices[choices.length - 1].index++;
  }
}

function coherentWith(domains: Domains, fixed: Assignment, field: FactField, value: string): boolean {
  const next = { ...fixed, [field]: value };
  return coherent(valueIn(domains, next, 'caseEnded') as CaseEnded | undefined, valueIn(domains, next, 'yearsSinceOutcome'));
}

function valueIn(domains: Domains, fixed: Assignment, field: FactField): string | undefined {
  if (field in fixed) return fixed[field];
  const domain = domains[field] as readonly string[];
  return domain.length === 1 ? domain[0] : undefined;
}

/** Known facts backed by the answers; an open field is chosen on first read and then kept. */
class Reader {
  constructor(
    private readonly domains: Domains,
    private readonly fixed: Assignment,
    private readonly choose: (field: FactField) => string,
  ) {}
  private read(field: FactField): string {
    return valueIn(this.domains, this.fixed, field) ?? this.choose(field);
  }
  get court() { return this.read('court'); }
  get charge() { return this.read('charge'); }
  get otherCharges() { return this.read('otherCharges'); }
  get outcome() { return this.read('outcome'); }
  get caseEnded() { return this.read('caseEnded'); }
  get sentence() { return this.read('sentence'); }
  get yearsSinceOutcome() { return this.read('yearsSinceOutcome'); }
  get pendingCase() { return this.read('pendingCase'); }
  get stillVisible() { return this.read('stillVisible'); }
}
