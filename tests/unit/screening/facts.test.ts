import { describe, expect, it } from 'vitest';
import { assess, factFields, factValues, normalizeFacts, readFacts, verdicts, type NormalizedFacts } from '../../../src/lib/screening';

const allUnsure = Object.fromEntries(factFields.map((f) => [f, 'unsure'])) as NormalizedFacts;

describe('normalizeFacts', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'maryland'],
    ['an array', ['maryland']],
    ['an empty object', {}],
    ['a function', () => 1],
  ])('turns %s into all-unsure facts', (_label, input) => {
    expect(normalizeFacts(input)).toEqual(allUnsure);
  });

  it('keeps every known value of every field', () => {
    for (const field of factFields) {
      for (const value of factValues[field]) {
        expect(normalizeFacts({ [field]: value })[field]).toBe(value);
      }
    }
  });

  it.each([
    ['a wrong string', 'Maryland'],
    ['a near miss', 'guilty '],
    ['a number', 1],
    ['null', null],
    ['a boolean', true],
    ['an object', { value: 'maryland' }],
    ['an array', ['maryland']],
  ])('reads %s as unsure', (_label, value) => {
    const facts = normalizeFacts(Object.fromEntries(factFields.map((f) => [f, value])));
    expect(facts).toEqual(allUnsure);
  });

  it('drops extra fields and ignores inherited ones', () => {
    const input = Object.create({ court: 'maryland' }) as Record<string, unknown>;
    input.extra = 'x';
    input.__proto__polluted = 'yes';
    expect(normalizeFacts(input)).toEqual(allUnsure);
    expect(Object.keys(normalizeFacts({ court: 'dc', extra: 1 }))).toEqual([...factFields]);
  });

  it('survives a getter that throws', () => {
    const input = {};
    Object.defineProperty(input, 'court', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(normalizeFacts(input).court).toBe('unsure');
  });
});

describe('assess never throws on malformed input', () => {
  const junk: unknown[] = [
    undefined, null, 0, NaN, '', 'maryland', [], [1, 2], {}, { court: null }, { court: 5 }, { court: 'MARYLAND' },
    { court: 'maryland', outcome: 'convicted', charge: {}, extra: true },
    { court: 'maryland', charge: 'possession', otherCharges: 'none', outcome: 'guilty', caseEnded: '2016-05-01' },
    Object.fromEntries(factFields.map((f) => [f, ['yes']])),
  ];
  it.each(junk.map((input, i) => [i, input] as const))('input #%i', (_i, input) => {
    const result = assess(input as never);
    expect(verdicts).toContain(result.verdict);
    expect(Array.isArray(result.paths)).toBe(true);
  });

  it('treats an unknown value exactly like unsure', () => {
    const base = { court: 'maryland', charge: 'possession', otherCharges: 'none', outcome: 'guilty' } as const;
    for (const field of factFields) {
      const junkResult = assess({ ...base, [field]: 'nonsense' } as never);
      const unsureResult = assess({ ...base, [field]: 'unsure' } as never);
      expect(junkResult).toEqual(unsureResult);
    }
  });

  it('treats a missing field exactly like unsure', () => {
    expect(assess({ court: 'maryland' })).toEqual(assess({ ...allUnsure, court: 'maryland' }));
  });

  it('is pure: the same answer twice, and the input is not changed', () => {
    const input = { court: 'maryland', charge: 'possession', outcome: 'stet' } as const;
    const copy = structuredClone(input);
    const a = assess(input);
    a.paths.push('federal-pardon');
    a.status.resentencing = 'maybe';
    a.reasons.length = 0;
    expect(assess(input)).not.toEqual(a);
    expect(assess(input)).toEqual(assess(copy));
    expect(input).toEqual(copy);
  });
});

describe('answers that contradict the end of the case are read as unsure', () => {
  const base = { court: 'maryland', charge: 'possession', otherCharges: 'none', outcome: 'guilty', sentence: 'none', pendingCase: 'no' } as const;

  it('a charge later than the end of its case: read as unsure, and resolved over the dates that fit', () => {
    expect(readFacts({ ...base, caseEnded: 'before-2023-01-01', charged: 'on-or-after-2023-07-01' }).charged).toBe('unsure');
    expect(readFacts({ ...base, caseEnded: '2023-01-01-to-2023-06-30', charged: 'on-or-after-2023-07-01' }).charged).toBe('unsure');
    expect(readFacts({ ...base, caseEnded: 'on-or-after-2023-07-01', charged: 'on-or-after-2023-07-01' }).charged).toBe('on-or-after-2023-07-01');
    // "When caseEnded is before-2023-01-01, charged is before-2023-01-01 whatever was said."
    const result = (charged: string) => {
      const { verdict, paths, status, reasons, waits } = assess({ ...base, caseEnded: 'before-2023-01-01', charged } as never);
      return { verdict, paths, status, reasons, waits };
    };
    for (const charged of factValues.charged) expect(result(charged)).toEqual(result('before-2023-01-01'));
  });

  it('"less than 3 years ago" for a case that ended before July 2023: read as unsure (3 or more years, at the law-as-of date)', () => {
    for (const caseEnded of ['before-2023-01-01', '2023-01-01-to-2023-06-30'] as const) {
      const stet = { ...base, outcome: 'stet', caseEnded } as const;
      expect(readFacts({ ...stet, yearsSinceOutcome: 'under-3' }).yearsSinceOutcome).toBe('unsure');
      expect(assess({ ...stet, yearsSinceOutcome: 'under-3' }).status).toEqual(assess({ ...stet, yearsSinceOutcome: '3-or-more' }).status);
    }
  });

  it('"less than 3 years ago" with an unsure end date means it ended on or after July 1, 2023', () => {
    const stet = { ...base, outcome: 'stet', caseEnded: 'unsure', yearsSinceOutcome: 'under-3' } as const;
    expect(assess(stet).status).toEqual(assess({ ...stet, caseEnded: 'on-or-after-2023-07-01' }).status);
  });

  it('an unsure charge date with a known end is resolved over the dates up to the end', () => {
    // Ended January–June 2023: charged before 2023 (pardon applies) or in 2023 (it does not): 'maybe'.
    expect(assess({ ...base, caseEnded: '2023-01-01-to-2023-06-30' }).status['governor-pardon-2024']).toBe('maybe');
    expect(assess({ ...base, caseEnded: '2023-01-01-to-2023-06-30', charged: 'before-2023-01-01' }).status['governor-pardon-2024']).toBe('applies');
  });

  it('the end of an open case is ignored', () => {
    const open = { court: 'maryland', charge: 'possession', outcome: 'pending' } as const;
    expect(readFacts({ ...open, caseEnded: 'before-2023-01-01', yearsSinceOutcome: '3-or-more' })).toEqual(readFacts(open));
  });

  it('the facts an assessment reports are the answers as read, so the words never assert a contradicted answer', () => {
    const a = assess({ ...base, caseEnded: 'before-2023-01-01', charged: 'on-or-after-2023-07-01' });
    expect(a.facts.charged).toBe('unsure');
  });
});
