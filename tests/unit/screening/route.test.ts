/**
 * The route through the questions: its shape over every question page and result (cheap once
 * the tree is worked out), and the per-route checks on a seeded sample of routes. Every route
 * and every page: tests/exhaustive/screening/route.test.ts (`npm run test:exhaustive`).
 */
import { describe, expect, it } from 'vitest';
import { decisionKey, factValues, marylandPathIds, pathIds, verdicts } from '../../../src/lib/screening';
import {
  decodePath,
  encodePath,
  enumeratePaths,
  enumeratePrefixes,
  factsFrom,
  fullRoute,
  nextQuestion,
  packedRoute,
  questionIds,
  questions,
  type Answers,
  type FlowOption,
  type QuestionId,
} from '../../../src/lib/screening/route/route';
import { QUESTION_PAGES } from '../../../scripts/budgets.mjs';
import { sampleOf } from '../../support/fact-cases';
import { expectRouteResult } from '../../support/oracle-check';
import { expectCoversSafe, expectSkipsSafe } from '../../support/route-checks';
import { resultParts } from '../../../src/lib/screening/pages/urls';

const prefixes = enumeratePrefixes();
const paths = enumeratePaths();
const resultPages = new Set(paths.map((p) => resultParts(p.code).page));
const optionsOf = (id: QuestionId) => questions[id].options as readonly FlowOption[];
const periods = factValues.caseEnded.filter((v) => v !== 'unsure');
/** The routes the per-route checks walk in npm test (the same ones every run). */
const sampled = sampleOf(paths, 200);

console.log(`checker: ${prefixes.length} question pages (holding ${paths.length} results on ${resultPages.size} of them)`);

describe(`every route: ${prefixes.length} question pages, ${paths.length} results`, () => {
  it(`fits the page budget: one page per question, the results on their last question’s page, at most ${QUESTION_PAGES} in all (scripts/budgets.mjs)`, () => {
    const codes = new Set(prefixes.map((p) => p.code));
    for (const page of resultPages) expect(codes.has(page)).toBe(true);
    expect(prefixes.length).toBeLessThanOrEqual(QUESTION_PAGES);
  });

  it('starts with the court question at code ""', () => {
    expect(prefixes[0]).toMatchObject({ code: '', question: 'court' });
    expect(nextQuestion({})).toBe('court');
  });

  it(`a complete route ends in the contract's result (the oracle's) for the facts its answers set (${sampled.length} seeded routes)`, () => {
    for (const path of sampled) expectRouteResult(path);
  });

  it('asks a Maryland possession conviction about the other charges, then whether the sentence is finished, then when the case ended', () => {
    const steps: [QuestionId, string][] = [['court', 'maryland'], ['charge', 'possession'], ['outcome', 'guilty'], ['onlyCharge', 'only-charge'], ['sentenceDone', 'incarcerated']];
    let answers = {} as Answers;
    for (const [question, answer] of steps) {
      expect(nextQuestion(answers), JSON.stringify(answers)).toBe(question);
      answers = { ...answers, [question]: answer } as Answers;
    }
    expect(questions[nextQuestion(answers)!].slot).toBe('ended');
    // A charge dropped before 2023 needs the date and the 3-year line together, and then only the open-case question.
    const dropped = { court: 'maryland', charge: 'possession', outcome: 'dismissed', onlyCharge: 'only-charge' } as Answers;
    expect(nextQuestion(dropped)).toBe('caseEndedAndYears');
    expect(nextQuestion({ ...dropped, caseEndedAndYears: 'before-2023-01-01' } as Answers)).toBe('pendingCase');
    expect(nextQuestion({ ...dropped, caseEndedAndYears: 'before-2023-01-01', pendingCase: 'no' } as Answers)).toBeNull();
  });

  it('no question is unreachable, and every option of every question is chosen on some route', () => {
    const asked = new Set(prefixes.map((p) => p.question));
    expect([...asked].sort()).toEqual([...questionIds].sort());
    for (const id of questionIds) {
      const chosen = new Set(paths.map((p) => (p.answers as Record<string, string>)[id]).filter(Boolean));
      expect([...chosen].sort()).toEqual(optionsOf(id).map((o) => o.id).sort());
    }
  });

  it('reaches every path, every status of every Maryland path it can have, and every verdict except "unlikely"', () => {
    const reached = new Set(paths.flatMap((p) => p.assessment.paths));
    expect([...reached].sort()).toEqual([...pathIds].sort());
    const seen = new Set(paths.map((p) => p.assessment.verdict));
    // Every Maryland outcome other than a distribution conviction can be petitioned in
    // time, and that one is "possibly" by the contract, so no answers reach "unlikely".
    expect([...seen].sort()).toEqual(verdicts.filter((v) => v !== 'unlikely').sort());
    for (const p of marylandPathIds) {
      const statuses = new Set(paths.map((r) => r.assessment.status[p]));
      expect(statuses.has('applies') && statuses.has('no'), p).toBe(true);
    }
  });

  it('asks no question whose every route below ends in the same result', () => {
    // The results below each page, gathered in one pass over the routes (each route adds its result to every page it passes).
    const below = new Map<string, Set<string>>(prefixes.map((p) => [p.code, new Set<string>()]));
    for (const path of paths) {
      const key = decisionKey(path.assessment);
      const parts = path.code.split('-');
      for (let n = 0; n < parts.length; n++) below.get(parts.slice(0, n).join('-'))?.add(key);
    }
    for (const page of prefixes) expect(below.get(page.code)!.size, `question ${page.question} at "${page.code}"`).toBeGreaterThan(1);
  });

  it('ends at once for another state or an unknown court; a federal case needs only the charge and, for possession, the outcome and the offense date', () => {
    expect(nextQuestion({ court: 'other-state' })).toBeNull();
    expect(nextQuestion({ court: 'unsure' })).toBeNull();
    expect(nextQuestion({ court: 'federal', charge: 'intent-to-distribute' })).toBeNull();
    expect(nextQuestion({ court: 'federal', charge: 'possession' })).toBe('outcome');
    expect(nextQuestion({ court: 'federal', charge: 'possession', outcome: 'guilty' })).toBe('offense');
    expect(nextQuestion({ court: 'dc', charge: 'possession', outcome: 'pending' })).toBe('offense');
    expect(nextQuestion({ court: 'federal', charge: 'possession', outcome: 'dismissed' })).toBeNull();
    expect(nextQuestion({ court: 'federal', charge: 'possession', outcome: 'guilty', offense: 'unsure' })).toBeNull();
  });

  it('never asks a Maryland case for the offense date, or a federal one about its sentence or other cases', () => {
    for (const page of prefixes) {
      if (page.facts.court === 'maryland') expect(page.question).not.toBe('offense');
      else expect(['court', 'charge', 'outcome', 'offense']).toContain(questions[page.question].slot);
    }
  });

  it('asks about a later conviction only after a PBJ for a charge other than possession or a citation, or a guilty finding of intent to distribute', () => {
    const asked = prefixes.filter((p) => p.question === 'laterConviction');
    expect(asked.length).toBeGreaterThan(0);
    for (const p of asked) {
      const { outcome, charge } = p.facts;
      const pbj = (outcome === 'pbj' || outcome === 'unsure') && charge !== 'possession' && charge !== 'civil-citation';
      const intent = (outcome === 'guilty' || outcome === 'unsure') && (charge === 'intent-to-distribute' || charge === 'unsure');
      expect(pbj || intent, JSON.stringify(p.facts)).toBe(true);
      // Only an answer of "no" open case leaves a petition that a later conviction can change.
      expect(p.facts.pendingCase).toBe('no');
    }
    for (const charge of ['possession', 'civil-citation', 'paraphernalia', 'distribution-or-cultivation'] as const) {
      expect(asked.filter((p) => p.facts.charge === charge && p.facts.outcome === 'guilty')).toEqual([]);
    }
  });

  it('asks how the other charges ended only when there were other charges', () => {
    const asked = prefixes.filter((p) => p.question === 'otherOutcome');
    expect(asked.length).toBeGreaterThan(0);
    for (const p of asked) expect(p.facts.otherCharges).not.toBe('none');
  });

  it('an open case needs no more answers; a dropped case is never asked about a sentence', () => {
    expect(nextQuestion({ court: 'maryland', charge: 'possession', outcome: 'pending' })).toBeNull();
    const dismissed = paths.filter((p) => p.facts.outcome === 'dismissed');
    expect(dismissed.length).toBeGreaterThan(0);
    for (const p of dismissed) expect(p.facts.sentence).toBeUndefined();
  });

  it('asks when the person was charged only when the case ended in 2023 or later, or they are not sure when', () => {
    const asked = prefixes.filter((p) => questions[p.question].slot === 'charged');
    expect(asked.length).toBeGreaterThan(0);
    for (const page of asked) expect(page.facts.caseEnded ?? 'unsure').not.toBe('before-2023-01-01');
  });

  it('never offers a charge date later than the end of the case the person gave', () => {
    for (const page of prefixes.filter((p) => questions[p.question].slot === 'charged')) {
      const ended = page.facts.caseEnded ?? 'unsure';
      for (const o of optionsOf(page.question)) {
        const charged = o.sets.charged!;
        if (charged === 'unsure' || ended === 'unsure') continue;
        expect(periods.indexOf(charged), `${page.code}: ${o.id}`).toBeLessThanOrEqual(periods.indexOf(ended));
      }
      if (ended === 'on-or-after-2023-07-01' || ended === 'unsure') expect(optionsOf(page.question).some((o) => o.sets.charged === 'on-or-after-2023-07-01')).toBe(true);
    }
  });

  it('asks about other cases last (an open case, then a later conviction), so "your cannabis case" is never read as another one', () => {
    for (const path of paths) {
      const asked = Object.keys(path.answers);
      if (asked.includes('pendingCase')) expect(encodePath(path.answers).split('-').length).toBe(asked.length);
    }
    const order = (q: QuestionId) =>
      ['court', 'charge', 'outcome', 'offense', 'otherCharges', 'otherOutcome', 'sentence', 'ended', 'charged', 'pendingCase', 'laterConviction'].indexOf(
        questions[q].slot,
      );
    for (const path of paths) {
      const slots = (Object.keys(path.answers) as QuestionId[]).map(order);
      expect(slots).toEqual([...slots].sort((a, b) => a - b));
    }
  });
});

describe(`skipping is safe: the route and assess cannot disagree (${sampled.length} seeded routes; every route: tests/exhaustive/)`, () => {
  it('filling any skipped field with any value keeps the verdict and every status', () => {
    expect(expectSkipsSafe(sampled)).toBeGreaterThan(500);
  });

  it('every answer that stands for several gives the same result for each of them', () => {
    expect(expectCoversSafe(sampled)).toBeGreaterThan(5);
  });
});

describe('the packed route the island ships', () => {
  it('agrees with the route on seeded question pages and results', () => {
    for (const page of sampleOf(prefixes, 200)) expect(fullRoute.nextQuestion(page.answers)).toBe(page.question);
    for (const path of sampled) {
      expect(fullRoute.nextQuestion(path.answers)).toBeNull();
      expect(fullRoute.encodePath(path.answers)).toBe(path.code);
      expect(fullRoute.decodePath(path.code)).toEqual({ ok: true, answers: path.answers });
    }
  });

  it('is one character per page of the tree', () => {
    expect(packedRoute().length).toBe(prefixes.length + paths.length);
  });
});

describe('address codes', () => {
  it('each option has a code of lowercase letters and digits, unique within its question; "ns" is always "not sure"', () => {
    for (const id of questionIds) {
      const codes = optionsOf(id).map((o) => o.code);
      for (const code of codes) expect(code).toMatch(/^[a-z0-9]+$/);
      expect(new Set(codes).size).toBe(codes.length);
      expect(optionsOf(id).filter((o) => o.id === 'unsure').map((o) => o.code)).toEqual(['ns']);
    }
  });

  it('every code is unique, and seeded ones round-trip through decodePath', () => {
    const codes = [...prefixes, ...paths].map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const page of sampleOf(prefixes, 200)) expect(decodePath(page.code)).toEqual({ ok: true, answers: page.answers, complete: false });
    for (const path of sampled) expect(decodePath(path.code)).toEqual({ ok: true, answers: path.answers, complete: true });
  });

  it('encodePath and factsFrom ignore answers the route does not ask', () => {
    expect(encodePath({ court: 'other-state', charge: 'possession', sentence: 'none' } as Answers)).toBe('oth');
    expect(factsFrom({ court: 'other-state', charge: 'possession', sentence: 'none' } as Answers)).toEqual({ court: 'other-state' });
    // "More than 3 years ago" is the last period's later part: one answer records both facts.
    const stet = { court: 'maryland', charge: 'possession', outcome: 'stet', onlyCharge: 'other-charges' } as Answers;
    expect(nextQuestion(stet)).toBe('caseEndedAndYears');
    expect(factsFrom({ ...stet, caseEndedAndYears: 'over-3-years-ago' } as Answers)).toMatchObject({ court: 'maryland', outcome: 'stet', otherCharges: 'non-cannabis', caseEnded: 'on-or-after-2023-07-01', yearsSinceOutcome: '3-or-more' });
  });

  it.each([
    ['md-zzz', 'unknown-code', 1, 'md'],
    ['md--pos', 'unknown-code', 1, 'md'],
    ['MD', 'unknown-code', 0, ''],
    ['md-pos-ng-jail', 'not-asked', 3, 'md-pos-ng'],
    ['md-md', 'not-asked', 1, 'md'],
    ['md-ng', 'out-of-order', 1, 'md'],
    ['oth-pos', 'after-end', 1, 'oth'],
    ['md-pos-open-no', 'after-end', 3, 'md-pos-open'],
    ['fed-pwid-g', 'after-end', 2, 'fed-pwid'],
  ] as const)('rejects %s: %s at part %i, keeping "%s"', (code, problem, at, validPrefix) => {
    const result = decodePath(code);
    expect(result).toMatchObject({ ok: false, problem, at, validPrefix });
    if (!result.ok) expect(decodePath(result.validPrefix)).toMatchObject({ ok: true, answers: result.answers });
  });

  it('rejects answers after the end of a complete route (seeded routes)', () => {
    for (const path of sampled) expect(decodePath(`${path.code}-ns`)).toMatchObject({ ok: false, problem: 'after-end', validPrefix: path.code });
  });

  it('never throws on odd input', () => {
    for (const code of ['', '-', '--', 'ns-ns', 'md-pos-g-ns-ns-ns-ns-ns-ns-ns', ' md', 'md ', undefined, null, 5]) {
      expect(() => decodePath(code as string)).not.toThrow();
    }
    expect(decodePath('')).toEqual({ ok: true, answers: {}, complete: false });
  });
});
