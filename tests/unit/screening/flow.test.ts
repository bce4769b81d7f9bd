/**
 * Walks every route through the questionnaire: every question page and every
 * result page the site pre-renders.
 */
import { describe, expect, it } from 'vitest';
import { assess, pathIds, verdicts } from '../../../src/lib/screening';
import {
  decodePath,
  encodePath,
  enumeratePaths,
  enumeratePrefixes,
  factsFrom,
  nextQuestion,
  questionIds,
  questions,
  type Answers,
  type FlowOption,
  type QuestionId,
} from '../../../src/lib/screening/flow';

const prefixes = enumeratePrefixes();
const paths = enumeratePaths();
const total = prefixes.length + paths.length;
console.log(`checker pages: ${prefixes.length} question pages + ${paths.length} result pages = ${total} (limit 2,500)`);

const optionsOf = (id: QuestionId) => questions[id].options as readonly FlowOption[];

describe(`every route: ${prefixes.length} question pages + ${paths.length} result pages = ${total}`, () => {
  it('stays under 2,500 pre-rendered pages', () => {
    expect(total).toBeLessThan(2500);
  });

  it('starts with the court question at code ""', () => {
    expect(prefixes[0]).toMatchObject({ code: '', question: 'court' });
    expect(nextQuestion({})).toBe('court');
  });

  it('every complete route ends in a result equal to assess() of the facts it collected', () => {
    for (const path of paths) {
      expect(nextQuestion(path.answers)).toBeNull();
      const direct = assess(path.facts);
      expect(path.assessment.verdict).toBe(direct.verdict);
      expect(path.assessment.paths).toEqual(direct.paths);
      expect(path.assessment.reasons.map((r) => r.id)).toEqual(direct.reasons.map((r) => r.id));
      expect(factsFrom(path.answers)).toEqual(path.facts);
    }
  });

  it('every question page asks the question the route says comes next', () => {
    for (const page of prefixes) expect(nextQuestion(page.answers)).toBe(page.question);
  });

  it('no question is unreachable, and every option of every question is chosen on some route', () => {
    const asked = new Set(prefixes.map((p) => p.question));
    expect([...asked].sort()).toEqual([...questionIds].sort());
    for (const id of questionIds) {
      const chosen = new Set(paths.map((p) => (p.answers as Record<string, string>)[id]).filter(Boolean));
      expect([...chosen].sort()).toEqual(optionsOf(id).map((o) => o.id).sort());
    }
  });

  it('reaches every path and every verdict except "unlikely"', () => {
    const reached = new Set(paths.flatMap((p) => p.assessment.paths));
    expect([...reached].sort()).toEqual([...pathIds].sort());
    const seen = new Set(paths.map((p) => p.assessment.verdict));
    // Every Maryland outcome other than a distribution conviction can be petitioned in
    // time, and that one is "possibly" by the contract, so no answers reach "unlikely".
    expect([...seen].sort()).toEqual(verdicts.filter((v) => v !== 'unlikely').sort());
  });

  it('asks no question whose every route below ends in the same result', () => {
    for (const page of prefixes) {
      const below = paths.filter((p) => page.code === '' || p.code === page.code || p.code.startsWith(`${page.code}-`));
      const results = new Set(below.map((p) => `${p.assessment.verdict}:${p.assessment.paths.join()}`));
      expect(results.size, `question ${page.question} at "${page.code}"`).toBeGreaterThan(1);
    }
  });

  it('ends at once for another state or an unknown court; a federal case needs only the charge and outcome', () => {
    expect(nextQuestion({ court: 'other-state' })).toBeNull();
    expect(nextQuestion({ court: 'unsure' })).toBeNull();
    expect(nextQuestion({ court: 'federal', charge: 'intent-to-distribute' })).toBeNull();
    expect(nextQuestion({ court: 'federal', charge: 'possession' })).toBe('outcome');
    expect(nextQuestion({ court: 'federal', charge: 'possession', outcome: 'guilty' })).toBeNull();
  });

  it('an open case needs no more answers; a dismissed case is never asked about a sentence', () => {
    expect(nextQuestion({ court: 'maryland', charge: 'possession', outcome: 'pending' })).toBeNull();
    const dismissed = paths.filter((p) => p.facts.outcome === 'dismissed');
    expect(dismissed.length).toBeGreaterThan(0);
    for (const p of dismissed) expect(p.facts.sentence).toBeUndefined();
  });

  it('asks about Case Search only where automatic expungement may have applied', () => {
    for (const page of prefixes.filter((p) => p.question === 'stillVisible')) {
      expect(['possession', 'unsure']).toContain(page.facts.charge);
      expect(['none', 'unsure']).toContain(page.facts.otherCharges);
    }
  });
});

describe('URL codes', () => {
  it('each option has a code of lowercase letters and digits, unique within its question; "ns" is always "not sure"', () => {
    for (const id of questionIds) {
      const codes = optionsOf(id).map((o) => o.code);
      for (const code of codes) expect(code).toMatch(/^[a-z0-9]+$/);
      expect(new Set(codes).size).toBe(codes.length);
      const unsure = optionsOf(id).filter((o) => o.id === 'unsure');
      expect(unsure.map((o) => o.code)).toEqual(['ns']);
    }
  });

  it('every code is unique and round-trips through decodePath', () => {
    const codes = [...prefixes, ...paths].map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const page of prefixes) {
      expect(encodePath(page.answers)).toBe(page.code);
      expect(decodePath(page.code)).toEqual({ ok: true, answers: page.answers, complete: false });
    }
    for (const path of paths) {
      expect(encodePath(path.answers)).toBe(path.code);
      expect(decodePath(path.code)).toEqual({ ok: true, answers: path.answers, complete: true });
    }
  });

  it('encodePath ignores answers the route does not ask', () => {
    const answers = { court: 'other-state', charge: 'possession', sentence: 'none' } as Answers;
    expect(encodePath(answers)).toBe('oth');
  });

  it.each([
    ['md-zzz', 'unknown-code', 1, 'md'],
    ['md--pos', 'unknown-code', 1, 'md'],
    ['MD', 'unknown-code', 0, ''],
    ['md-pos-ng-jail', 'not-asked', 3, 'md-pos-ng'],
    ['md-md', 'not-asked', 1, 'md'],
    ['md-ng', 'out-of-order', 1, 'md'],
    ['md-pos-g-none', 'out-of-order', 3, 'md-pos-g'],
    ['oth-pos', 'after-end', 1, 'oth'],
    ['md-pos-open-no', 'after-end', 3, 'md-pos-open'],
    ['fed-pwid-g', 'after-end', 2, 'fed-pwid'],
  ] as const)('rejects %s: %s at part %i, keeping "%s"', (code, problem, at, validPrefix) => {
    const result = decodePath(code);
    expect(result).toMatchObject({ ok: false, problem, at, validPrefix });
    if (!result.ok) expect(decodePath(result.validPrefix)).toMatchObject({ ok: true, answers: result.answers });
  });

  it('rejects a contradiction: a sentence for an acquittal, on every acquittal route', () => {
    for (const page of prefixes.filter((p) => p.facts.outcome === 'not-guilty')) {
      expect(decodePath(`${page.code}-jail`)).toMatchObject({ ok: false, problem: 'not-asked' });
    }
  });

  it('rejects answers after the end of every complete route', () => {
    for (const path of paths.slice(0, 300)) {
      expect(decodePath(`${path.code}-ns`)).toMatchObject({ ok: false, problem: 'after-end', validPrefix: path.code });
    }
  });

  it('rejects an answer from the long form where the short form is asked', () => {
    const shortSentence = prefixes.find((p) => p.question === 'sentenceDone');
    expect(shortSentence).toBeDefined();
    expect(decodePath(`${shortSentence!.code}-fine`)).toMatchObject({ ok: false, problem: 'not-asked', validPrefix: shortSentence!.code });
  });

  it('never throws on odd input', () => {
    for (const code of ['', '-', '--', 'ns-ns', 'md-pos-g-ns-ns-ns-ns-ns-ns-ns', ' md', 'md ', 'md-pos-g-no-yes-done-b23-yes', undefined, null, 5]) {
      expect(() => decodePath(code as string)).not.toThrow();
    }
    expect(decodePath('')).toEqual({ ok: true, answers: {}, complete: false });
  });
});
