/**
 * Our own cases for `assess`, beyond the contract's scenarios: every verdict,
 * every path, the order of the verdict rules, and the readings chosen where
 * the contract is silent.
 */
import { describe, expect, it } from 'vitest';
import { assess, factFields, factValues, lawAsOf, pathIds, type Facts } from '../../../src/lib/screening';

const md = { court: 'maryland' } as const;
const possessionOnly = { ...md, charge: 'possession', otherCharges: 'none' } as const;
const withOthers = { ...md, charge: 'possession', otherCharges: 'non-cannabis' } as const;

const ids = (facts: Facts) => assess(facts).reasons.map((r) => r.id);
const lookups = (facts: Facts) => assess(facts).lookups.map((l) => l.id);
const waits = (facts: Facts) => assess(facts).waitFor.map((w) => w.id);
function expectResult(facts: Facts, verdict: string, paths: string[]) {
  const result = assess(facts);
  expect({ verdict: result.verdict, paths: result.paths }).toEqual({ verdict, paths });
}

describe('the order of the verdict rules', () => {
  it('1. a federal or D.C. simple-possession conviction: outside-maryland with the federal pardon', () => {
    expectResult({ court: 'federal', charge: 'possession', outcome: 'guilty' }, 'outside-maryland', ['federal-pardon']);
    expectResult({ court: 'dc', charge: 'possession', outcome: 'guilty' }, 'outside-maryland', ['federal-pardon']);
  });
  it('1. any other federal, D.C. or other-state case: outside-maryland with no paths', () => {
    expectResult({ court: 'federal', charge: 'possession', outcome: 'pbj' }, 'outside-maryland', []);
    expectResult({ court: 'federal', charge: 'intent-to-distribute', outcome: 'guilty' }, 'outside-maryland', []);
    expectResult({ court: 'dc', charge: 'unsure', outcome: 'guilty' }, 'outside-maryland', []);
    expectResult({ court: 'dc' }, 'outside-maryland', []);
    expectResult({ court: 'other-state', charge: 'possession', outcome: 'guilty', caseEnded: 'before-2023-01-01' }, 'outside-maryland', []);
  });
  it('1 comes before 3: an open federal case is outside-maryland', () => {
    expectResult({ court: 'federal', charge: 'possession', outcome: 'pending' }, 'outside-maryland', []);
  });
  it('2. court unsure or missing: possibly, no paths, even when everything else would fit', () => {
    const rest = { charge: 'possession', otherCharges: 'none', outcome: 'guilty', caseEnded: 'before-2023-01-01' } as const;
    expectResult({ ...rest, court: 'unsure' }, 'possibly', []);
    expectResult(rest, 'possibly', []);
    expectResult({ court: 'unsure', outcome: 'pending' }, 'possibly', []);
    expect(lookups({ court: 'unsure' })).toEqual(['lookup-court']);
  });
  it('3. an open case: not-yet, waiting for it to end, whatever the charge', () => {
    for (const charge of factValues.charge) {
      expectResult({ ...md, charge, outcome: 'pending', pendingCase: 'no' }, 'not-yet', []);
    }
    expect(waits({ ...md, outcome: 'pending' })).toEqual(['current-case-ends']);
  });
  it('4. likely lists exactly the paths that apply whatever the unsure answers are', () => {
    // A petition may apply (still visible? open case?) but is not certain, so it is not listed.
    expectResult({ ...possessionOnly, outcome: 'dismissed', caseEnded: 'before-2023-01-01' }, 'likely', ['automatic-expungement']);
  });
  it('5. possibly lists the favourable paths; a distribution conviction is possibly with none', () => {
    expectResult({ ...md, charge: 'distribution-or-cultivation', outcome: 'guilty', otherCharges: 'none' }, 'possibly', []);
    expectResult({ ...md, charge: 'distribution-or-cultivation', outcome: 'guilty', pendingCase: 'yes' }, 'possibly', []);
    expect(ids({ ...md, charge: 'distribution-or-cultivation', outcome: 'guilty' })).toContain('petition-no-cannabis-route-for-distribution');
  });
  it('6. a petition later: not-yet, saying what must happen first', () => {
    const stet = { ...withOthers, outcome: 'stet', caseEnded: 'on-or-after-2023-07-01', yearsSinceOutcome: 'under-3', pendingCase: 'no' } as const;
    expectResult(stet, 'not-yet', []);
    expect(waits(stet)).toEqual(['three-years-after-stet']);
    expect(waits({ ...stet, pendingCase: 'yes' })).toEqual(['three-years-after-stet', 'other-open-case-ends']);
  });
});

describe('automatic expungement (§10-112)', () => {
  const done = { ...possessionOnly, outcome: 'guilty', sentence: 'none', pendingCase: 'no' } as const;
  it('covers possession-only cases that ended before July 1, 2023, any outcome', () => {
    for (const outcome of ['guilty', 'pbj', 'not-guilty', 'dismissed', 'nolle-prosequi', 'stet'] as const) {
      for (const caseEnded of ['before-2023-01-01', '2023-01-01-to-2023-06-30'] as const) {
        expect(assess({ ...possessionOnly, outcome, caseEnded }).paths).toContain('automatic-expungement');
      }
    }
  });
  it('an unsure outcome is no obstacle once the case has an end date (it cannot be open)', () => {
    expectResult({ ...possessionOnly, outcome: 'unsure', caseEnded: 'before-2023-01-01' }, 'likely', ['automatic-expungement']);
  });
  it('does not cover a case that ended on or after July 1, 2023, and says the charge date may still matter', () => {
    const late = { ...done, caseEnded: 'on-or-after-2023-07-01' } as const;
    expect(assess(late).status['automatic-expungement']).toBe('no');
    expect(ids(late)).toContain('auto-case-ended-after-june-2023');
  });
  it('does not cover a case with other charges, or other cannabis charges', () => {
    expect(assess({ ...withOthers, outcome: 'dismissed', caseEnded: 'before-2023-01-01' }).status['automatic-expungement']).toBe('no');
    expect(assess({ ...md, charge: 'paraphernalia', otherCharges: 'none', outcome: 'dismissed', caseEnded: 'before-2023-01-01' }).status['automatic-expungement']).toBe('no');
  });
  it('still visible: a petition applies too; not visible: no petition, and a warning that this proves nothing', () => {
    const early = { ...done, caseEnded: 'before-2023-01-01' } as const;
    expectResult({ ...early, stillVisible: 'yes' }, 'likely', ['automatic-expungement', 'petition-expungement', 'governor-pardon-2024']);
    expectResult({ ...early, stillVisible: 'no' }, 'likely', ['automatic-expungement', 'governor-pardon-2024']);
    expect(ids({ ...early, stillVisible: 'no' })).toContain('not-visible-does-not-prove-expungement');
    expect(lookups({ ...early, stillVisible: 'unsure' })).toEqual(['lookup-case-search-visible']);
  });
  it('still visible but an open case or a running sentence: the petition waits', () => {
    const early = { ...done, caseEnded: 'before-2023-01-01', stillVisible: 'yes' } as const;
    expect(assess({ ...early, pendingCase: 'yes' }).status['petition-expungement']).toBe('later');
    expect(assess({ ...early, sentence: 'supervision' }).status['petition-expungement']).toBe('later');
  });
});

describe('petition for expungement', () => {
  it('possession conviction: once the sentence is complete, even with other charges (unit rule exception)', () => {
    for (const sentence of ['completed-under-3-years', 'completed-3-years-or-more', 'none'] as const) {
      // The pardon may also apply (charged before 2023?) but is not certain, so likely lists only the petition.
      expectResult({ ...withOthers, outcome: 'guilty', caseEnded: 'on-or-after-2023-07-01', sentence, pendingCase: 'no' }, 'likely', [
        'petition-expungement',
      ]);
    }
    expect(ids({ ...withOthers, outcome: 'guilty', sentence: 'none', pendingCase: 'no' })).toContain('petition-possession-exception-to-unit-rule');
  });
  it('possession PBJ: the same', () => {
    expectResult({ ...withOthers, outcome: 'pbj', caseEnded: 'before-2023-01-01', sentence: 'none', pendingCase: 'no' }, 'likely', [
      'petition-expungement',
      'governor-pardon-2024',
    ]);
  });
  it('acquittal, dismissal, nolle prosequi: now, with the General Waiver and Release if under 3 years', () => {
    for (const outcome of ['not-guilty', 'dismissed', 'nolle-prosequi'] as const) {
      const facts = { ...withOthers, outcome, caseEnded: 'on-or-after-2023-07-01', yearsSinceOutcome: 'under-3', pendingCase: 'no' } as const;
      expectResult(facts, 'likely', ['petition-expungement']);
      expect(ids(facts)).toContain('petition-general-waiver-now');
      expect(ids({ ...facts, yearsSinceOutcome: '3-or-more' })).not.toContain('petition-general-waiver-now');
    }
  });
  it('stet: after 3 years', () => {
    const stet = { ...withOthers, outcome: 'stet', caseEnded: 'on-or-after-2023-07-01', pendingCase: 'no' } as const;
    expectResult({ ...stet, yearsSinceOutcome: '3-or-more' }, 'likely', ['petition-expungement']);
    expectResult({ ...stet, yearsSinceOutcome: 'under-3' }, 'not-yet', []);
    expectResult({ ...stet, yearsSinceOutcome: 'unsure' }, 'possibly', ['petition-expungement']);
  });
  it('a case that ended before July 2023 ended 3 or more years ago (the date wins over a contradicting answer)', () => {
    const stet = { ...withOthers, outcome: 'stet', caseEnded: '2023-01-01-to-2023-06-30', pendingCase: 'no' } as const;
    expectResult(stet, 'likely', ['petition-expungement']);
    expectResult({ ...stet, yearsSinceOutcome: 'under-3' }, 'likely', ['petition-expungement']);
  });
  it('intent to distribute: 3 years after the sentence', () => {
    const pwid = { ...md, charge: 'intent-to-distribute', otherCharges: 'none', outcome: 'guilty', pendingCase: 'no' } as const;
    expectResult({ ...pwid, sentence: 'completed-3-years-or-more' }, 'likely', ['petition-expungement']);
    expectResult({ ...pwid, sentence: 'completed-under-3-years' }, 'not-yet', []);
    expect(waits({ ...pwid, sentence: 'incarcerated' })).toEqual(['sentence-complete', 'three-years-after-sentence']);
    expectResult({ ...pwid, sentence: 'none', caseEnded: 'before-2023-01-01' }, 'likely', ['petition-expungement']);
    expectResult({ ...pwid, sentence: 'none', yearsSinceOutcome: 'under-3' }, 'not-yet', []);
  });
  it('intent to distribute with other charges: the unit rule may block it, so possibly', () => {
    const pwid = { ...md, charge: 'intent-to-distribute', otherCharges: 'non-cannabis', outcome: 'dismissed', pendingCase: 'no' } as const;
    expectResult(pwid, 'possibly', ['petition-expungement']);
    expect(ids(pwid)).toContain('petition-unit-rule-may-block');
  });
  it('PBJ for another charge: the later of the end of probation or 3 years', () => {
    const pbj = { ...md, charge: 'intent-to-distribute', otherCharges: 'none', outcome: 'pbj', pendingCase: 'no' } as const;
    expectResult({ ...pbj, sentence: 'completed-under-3-years', caseEnded: 'before-2023-01-01' }, 'likely', ['petition-expungement']);
    expectResult({ ...pbj, sentence: 'completed-under-3-years', yearsSinceOutcome: 'under-3' }, 'not-yet', []);
    expectResult({ ...pbj, sentence: 'completed-3-years-or-more' }, 'likely', ['petition-expungement']);
    expect(waits({ ...pbj, sentence: 'supervision' })).toEqual(['sentence-complete', 'three-years-after-pbj']);
    expectResult({ ...md, charge: 'distribution-or-cultivation', otherCharges: 'none', outcome: 'pbj', pendingCase: 'no', sentence: 'completed-3-years-or-more' }, 'likely', ['petition-expungement']);
  });
  it('paraphernalia conviction: the route is unsettled, so possibly, never likely', () => {
    const par = { ...md, charge: 'paraphernalia', otherCharges: 'none', outcome: 'guilty', pendingCase: 'no' } as const;
    expectResult({ ...par, sentence: 'none' }, 'possibly', ['petition-expungement']);
    expectResult({ ...par, sentence: 'supervision' }, 'not-yet', []);
  });
  it('an open case bars petitions only, not automatic expungement or pardons', () => {
    const facts = { ...withOthers, outcome: 'guilty', caseEnded: 'before-2023-01-01', sentence: 'none', pendingCase: 'yes' } as const;
    expectResult(facts, 'likely', ['governor-pardon-2024']);
    expect(waits(facts)).toEqual(['other-open-case-ends']);
    expect(ids(facts)).toContain('petition-open-case-bar');
    expect(lookups({ ...facts, pendingCase: 'unsure' })).toEqual(['lookup-open-cases']);
  });
});

describe('the 2024 pardon', () => {
  const conviction = { ...withOthers, outcome: 'guilty', sentence: 'supervision' } as const;
  it('covers possession, guilty or PBJ, charged before 2023', () => {
    expectResult({ ...conviction, caseEnded: 'before-2023-01-01' }, 'likely', ['governor-pardon-2024']);
    expectResult({ ...conviction, outcome: 'pbj', caseEnded: 'before-2023-01-01' }, 'likely', ['governor-pardon-2024']);
  });
  it('a case that ended in 2023 or later may or may not have been charged before 2023', () => {
    for (const caseEnded of ['2023-01-01-to-2023-06-30', 'on-or-after-2023-07-01'] as const) {
      const facts = { ...conviction, caseEnded } as const;
      expectResult(facts, 'possibly', ['governor-pardon-2024']);
      expect(ids(facts)).toContain('pardon-charge-date-unclear');
      expect(lookups(facts)).toContain('lookup-pardon-docket-entry');
    }
  });
  it('paraphernalia only when the other charges were cannabis (possession); never non-convictions', () => {
    const par = { ...md, charge: 'paraphernalia', outcome: 'guilty', caseEnded: 'before-2023-01-01', sentence: 'supervision' } as const;
    expectResult({ ...par, otherCharges: 'cannabis-only' }, 'likely', ['governor-pardon-2024']);
    expect(assess({ ...par, otherCharges: 'none' }).status['governor-pardon-2024']).toBe('no');
    expect(assess({ ...par, otherCharges: 'non-cannabis' }).status['governor-pardon-2024']).toBe('no');
    expect(assess({ ...possessionOnly, outcome: 'stet', caseEnded: 'before-2023-01-01' }).status['governor-pardon-2024']).toBe('no');
  });
  it('says the pardon does not erase the record', () => {
    expect(ids({ ...conviction, caseEnded: 'before-2023-01-01' })).toContain('pardon-does-not-erase');
  });
});

describe('resentencing', () => {
  it('applies to someone in jail or prison for possession, listed first', () => {
    const facts = { ...possessionOnly, outcome: 'guilty', caseEnded: 'before-2023-01-01', sentence: 'incarcerated' } as const;
    expectResult(facts, 'likely', ['resentencing', 'automatic-expungement', 'governor-pardon-2024']);
    expectResult({ ...withOthers, outcome: 'guilty', sentence: 'incarcerated', caseEnded: 'on-or-after-2023-07-01' }, 'likely', ['resentencing']);
  });
  it('not for other charges or a PBJ', () => {
    const pwid = { ...md, charge: 'intent-to-distribute', otherCharges: 'none', outcome: 'guilty', sentence: 'incarcerated' } as const;
    expect(assess(pwid).status.resentencing).toBe('no');
    expect(ids(pwid)).toContain('resentencing-only-for-possession');
    expect(assess({ ...possessionOnly, outcome: 'pbj', sentence: 'incarcerated' }).status.resentencing).toBe('no');
  });
});

describe('civil citations (a reading the contract leaves open)', () => {
  const citation = { ...md, charge: 'civil-citation', otherCharges: 'none', outcome: 'guilty', pendingCase: 'no' } as const;
  it('never "likely": automatic expungement and a petition are only "maybe"', () => {
    expectResult({ ...citation, caseEnded: 'before-2023-01-01' }, 'possibly', ['automatic-expungement', 'petition-expungement']);
    expectResult({ ...citation, caseEnded: 'on-or-after-2023-07-01' }, 'possibly', ['petition-expungement']);
    expect(ids(citation)).toContain('civil-citation-not-a-conviction');
  });
  it('no pardon, no resentencing: a citation is not a conviction', () => {
    const result = assess({ ...citation, caseEnded: 'before-2023-01-01', sentence: 'incarcerated' });
    expect(result.status['governor-pardon-2024']).toBe('no');
    expect(result.status.resentencing).toBe('no');
  });
  it('an open case makes the petition wait', () => {
    expectResult({ ...citation, caseEnded: 'on-or-after-2023-07-01', pendingCase: 'yes' }, 'not-yet', []);
  });
});

describe('notes and look-ups', () => {
  it('mentions the 3-year automatic expungement of dropped cases (§10-105.1) where it may apply', () => {
    expect(ids({ ...withOthers, outcome: 'dismissed' })).toContain('general-automatic-expungement-after-3-years');
    expect(ids({ ...withOthers, outcome: 'stet' })).not.toContain('general-automatic-expungement-after-3-years');
  });
  it('names what to look up for each unsure answer that matters, and only those', () => {
    expect(lookups({ ...md, charge: 'possession' })).toEqual(expect.arrayContaining(['lookup-disposition', 'lookup-other-charges']));
    expect(lookups({ court: 'federal' })).toEqual(['lookup-charge', 'lookup-disposition']);
    expect(lookups({ court: 'federal', charge: 'possession', outcome: 'guilty' })).toEqual([]);
  });
  it('every reason names its law and at least one source; ids are unique', () => {
    for (const facts of [{}, { ...md }, { ...possessionOnly, outcome: 'guilty' }, { court: 'federal', charge: 'possession', outcome: 'guilty' }] as Facts[]) {
      const reasons = assess(facts).reasons;
      expect(new Set(reasons.map((r) => r.id)).size).toBe(reasons.length);
      for (const r of reasons) {
        expect(r.law.length).toBeGreaterThan(0);
        expect(r.sourceIds.length).toBeGreaterThan(0);
        if (r.path) expect(pathIds).toContain(r.path);
      }
    }
  });
  it('reports the law-as-of date', () => {
    expect(lawAsOf).toBe('2026-11-25');
    expect(assess({}).lawAsOf).toBe('2026-11-25');
  });
});

describe('every value of every field', () => {
  const bases: Facts[] = [
    {},
    { ...md },
    { ...possessionOnly, outcome: 'guilty' },
    { ...md, charge: 'intent-to-distribute', outcome: 'pbj', otherCharges: 'none' },
    { ...md, charge: 'possession', outcome: 'stet', otherCharges: 'cannabis-only' },
  ];
  it('gives a valid result with paths in the documented order', () => {
    for (const base of bases) {
      for (const field of factFields) {
        for (const value of factValues[field]) {
          const result = assess({ ...base, [field]: value });
          const order = result.paths.map((p) => pathIds.indexOf(p));
          expect(order).toEqual([...order].sort((a, b) => a - b));
          if (result.verdict === 'not-yet' || result.verdict === 'unlikely') expect(result.paths).toEqual([]);
          if (result.verdict !== 'outside-maryland') expect(result.paths).not.toContain('federal-pardon');
        }
      }
    }
  });
});

describe('the cached verdict used by the questionnaire', () => {
  it('equals assess() on a spread of answer sets, including ones whose extra answers cannot matter', async () => {
    const { verdictAndPaths } = await import('../../../src/lib/screening/assess');
    const size = factFields.reduce((n, field) => n * factValues[field].length, 1);
    const nth = (i: number): Facts => {
      const facts: Record<string, string> = {};
      for (const field of factFields) {
        const values = factValues[field];
        facts[field] = values[i % values.length];
        i = Math.floor(i / values.length);
      }
      return facts as Facts;
    };
    const sample = Array.from({ length: Math.floor(size / 97) }, (_, k) => nth(k * 97));
    expect(sample.length).toBeGreaterThan(1500);
    for (const facts of sample) {
      const full = assess(facts);
      const quick = verdictAndPaths(facts);
      expect(`${quick.verdict}:${quick.paths.join()}`, JSON.stringify(facts)).toBe(`${full.verdict}:${full.paths.join()}`);
    }
  });
});
