import { describe, expect, it } from 'vitest';
import { assess, factFields, factValues, normalizeFacts, type NormalizedFacts } from '../../../src/lib/screening';

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
    expect(['likely', 'not-yet', 'possibly', 'unlikely', 'outside-maryland']).toContain(result.verdict);
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
    a.reasons.length = 0;
    expect(assess(input)).not.toEqual(a);
    expect(assess(input)).toEqual(assess(copy));
    expect(input).toEqual(copy);
  });
});
