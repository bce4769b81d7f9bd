/**
 * Three-valued evaluation: a rule is written over fully known facts, and is
 * run here on every way the unsure answers could turn out (every
 * "completion"). The value lists are tiny, and a completion is only split on a
 * field when the rule actually reads it, so this stays fast.
 *
 * Only completions that fit the answers are tried (see facts.ts):
 * - a case whose end was given has ended, so its outcome is not 'pending';
 * - a charge comes no later than the end of its case;
 * - a case that ended before July 1, 2023 ended 3 or more years ago, and
 *   "less than 3 years ago" means it ended on or after July 1, 2023.
 */
import {
  chargeFitsEnd,
  factFields,
  knownValuesOf,
  UNSURE,
  yearsFitEnd,
  type FactField,
  type KnownFacts,
  type KnownValue,
  type NormalizedFacts,
  type Period,
} from './facts';

type Values = Partial<Record<FactField, string>>;

/** Pairs of fields that constrain each other, with the test a pair of known values must pass. */
const constraints: readonly { a: FactField; b: FactField; fits: (a: string, b: string) => boolean }[] = [
  { a: 'charged', b: 'caseEnded', fits: (charged, ended) => chargeFitsEnd(charged as Period, ended as Period) },
  { a: 'yearsSinceOutcome', b: 'caseEnded', fits: (years, ended) => yearsFitEnd(years as 'under-3', ended as Period) },
];

/** Whether `value` for `field` fits every constrained field whose value is known in `values`. */
function fitsKnown(field: FactField, value: string, values: Values): boolean {
  return constraints.every(({ a, b, fits }) => {
    if (field === a && values[b] !== undefined) return fits(value, values[b]!);
    if (field === b && values[a] !== undefined) return fits(values[a]!, value);
    return true;
  });
}

/**
 * For each field, the answers still possible: worked out when a rule first
 * reads the field, so that a field no rule reads is never looked at (which
 * lets ../assess.ts remember a decision by the fields it read).
 */
export class Domains {
  private readonly memo = new Map<FactField, readonly string[]>();
  constructor(private readonly facts: NormalizedFacts) {}

  of<F extends FactField>(field: F): readonly KnownValue<F>[] {
    let values = this.memo.get(field);
    if (!values) {
      values = this.compute(field);
      this.memo.set(field, values);
    }
    return values as readonly KnownValue<F>[];
  }

  private compute(field: FactField): readonly string[] {
    const value = this.facts[field];
    if (value !== UNSURE) return [value];
    const given: Values = {};
    for (const { a, b } of constraints) {
      const partner = field === a ? b : field === b ? a : undefined;
      if (partner && this.facts[partner] !== UNSURE) given[partner] = this.facts[partner] as string;
    }
    let values: readonly string[] = knownValuesOf(field).filter((v) => fitsKnown(field, v, given));
    // A case whose end was given has ended, so it is not open.
    if (field === 'outcome' && this.facts.caseEnded !== UNSURE) values = values.filter((o) => o !== 'pending');
    return values;
  }
}

export function domainsOf(facts: NormalizedFacts): Domains {
  return new Domains(facts);
}

interface Choice {
  values: readonly string[];
  index: number;
}

/**
 * Runs `rule` on every fitting completion of `domains` and returns one result
 * per group of completions that the rule cannot tell apart.
 *
 * Depth-first over the rule's own reads: the first time a run reads an open
 * field it takes that field's first fitting value and records a choice; the
 * next run replays the choices and moves the last one on. Rules are pure, so a
 * replayed run reads the same fields in the same order. One run per result.
 */
export function resultsOverCompletions<T>(domains: Domains, rule: (facts: KnownFacts) => T): T[] {
  const results: T[] = [];
  const choices: Choice[] = [];
  for (;;) {
    const fixed: Values = {};
    let depth = 0;
    /** A field's value when it has only one: chosen already, or the only one possible. */
    const known = (field: FactField): string | undefined => {
      if (fixed[field] === undefined && domains.of(field).length === 1) fixed[field] = domains.of(field)[0];
      return fixed[field];
    };
    const read = (field: FactField): string => {
      const single = known(field);
      if (single !== undefined) return single;
      let choice = choices[depth];
      if (choice === undefined) {
        const partners: Values = {};
        for (const { a, b } of constraints) {
          const partner = field === a ? b : field === b ? a : undefined;
          if (partner && known(partner) !== undefined) partners[partner] = fixed[partner];
        }
        choice = { values: (domains.of(field) as readonly string[]).filter((v) => fitsKnown(field, v, partners)), index: 0 };
        choices.push(choice);
      }
      depth++;
      return (fixed[field] = choice.values[choice.index]);
    };
    results.push(rule(readerOf(read)));
    while (choices.length > 0 && choices[choices.length - 1].index === choices[choices.length - 1].values.length - 1) {
      choices.pop();
    }
    if (choices.length === 0) return results;
    choices[choices.length - 1].index++;
  }
}

/** Known facts whose every field is read through `read`: one getter per field of the contract, made once. */
class Reader {
  constructor(readonly read: (field: FactField) => string) {}
}
for (const field of factFields) {
  Object.defineProperty(Reader.prototype, field, {
    get(this: Reader) {
      return this.read(field);
    },
  });
}

function readerOf(read: (field: FactField) => string): KnownFacts {
  return new Reader(read) as unknown as KnownFacts;
}
