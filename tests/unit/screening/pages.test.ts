/** The checker's addresses, and Change keeping the later answers that still apply (the island's replay). */
import { describe, expect, it } from 'vitest';
import { enumeratePaths, fullRoute, questions, type Answers, type FlowOption, type QuestionId } from '../../../src/lib/screening/route/route';
import { keptAnswer, replayKept } from '../../../src/lib/screening/route/keep';
import { codeFromLocation } from '../../../src/lib/screening/pages/urls';
import { sampleOf } from '../../support/fact-cases';
import { KEPT_ACROSS_VARIANTS, variantPairs } from '../../support/kept-answers';
import { expectResultAddress } from '../../support/route-checks';

const optionIds = (id: QuestionId) => (questions[id].options as readonly FlowOption[]).map((o) => o.id);

describe('addresses', () => {
  // Every route: tests/exhaustive/screening/pages.test.ts.
  it('a result lives on the page of its last question, at #if-<answer>, and reads back to its code (the first question’s results and 300 seeded routes)', () => {
    const paths = enumeratePaths();
    const first = paths.filter((p) => !p.code.includes('-'));
    expect(first.length).toBeGreaterThan(0);
    for (const path of [...first, ...sampleOf(paths, 300)]) {
      expectResultAddress(path);
    }
  });

  it('version 1 and 2 addresses and odd ones are not checker addresses', () => {
    for (const p of ['/check/step/md/', '/check/answers/md-pos-g-no-yes-done-b23-yes/', '/check/q/md-pos/', '/check/v3/MD/', '/check/v3/md/extra/', '/check/']) {
      expect(codeFromLocation(p)).toBeNull();
    }
    expect(codeFromLocation('/check/v3/md-pos/', '#if-BAD')).toEqual({ kind: 'question', code: 'md-pos' });
  });
});

describe('Change keeps the later answers that still apply', () => {
  it('keeps an answer across variants of a question exactly as tests/support/kept-answers.ts says, for every answer of every variant', () => {
    const pairs = variantPairs();
    expect(pairs.length).toBeGreaterThan(0);
    for (const [from, to] of pairs) {
      for (const answer of optionIds(from)) {
        const row = KEPT_ACROSS_VARIANTS[from]?.[answer];
        expect(row && to in row, `kept-answers.ts: say what ${from}=${answer} keeps for ${to}`).toBe(true);
        expect(keptAnswer(to, { [from]: answer } as Answers), `${from}=${answer} → ${to}`).toBe(row![to]);
        if (row![to] !== undefined) expect(optionIds(to)).toContain(row![to]);
      }
      // The question's own answer always wins over another variant's.
      for (const answer of optionIds(to)) expect(keptAnswer(to, { [from]: optionIds(from)[0], [to]: answer } as Answers)).toBe(answer);
    }
  });

  it('a new charge keeps the outcome and the only-charge answer, and maps the sentence to the variant the new route asks', () => {
    // Intent to distribute asks where the sentence is; possession only whether it is finished.
    const pwid = { court: 'maryland', charge: 'intent-to-distribute', outcome: 'guilty', onlyCharge: 'only-charge', sentence: 'completed-3-years-or-more', pendingCase: 'no' } as Answers;
    const start = { court: 'maryland', charge: 'possession' } as Answers;
    const toPossession = replayKept(fullRoute, start, { ...pwid, charge: 'possession' } as Answers);
    expect(toPossession.answers).toEqual({ ...start, outcome: 'guilty', onlyCharge: 'only-charge', sentenceDone: 'finished' });
    // When the case ended was never asked on the old route: that is the next question.
    expect(questions[toPossession.next!].slot).toBe('ended');

    // Back again: "finished" can mean three answers of the longer question, so it is asked again.
    const possession = { ...toPossession.answers, caseEnded: 'before-2023-01-01' } as Answers;
    const back = replayKept(fullRoute, { court: 'maryland', charge: 'intent-to-distribute' } as Answers, { ...possession, charge: 'intent-to-distribute' } as Answers);
    expect(back).toEqual({ answers: { court: 'maryland', charge: 'intent-to-distribute', outcome: 'guilty', onlyCharge: 'only-charge' }, next: 'sentence' });
  });

  it('a dropped charge changed to guilty asks about the sentence, which the old route never asked', () => {
    const dismissed = { court: 'maryland', charge: 'possession', outcome: 'dismissed', onlyCharge: 'only-charge', caseEndedAndYears: 'before-2023-01-01', pendingCase: 'no' } as Answers;
    const start = { court: 'maryland', charge: 'possession', outcome: 'guilty' } as Answers;
    expect(replayKept(fullRoute, start, { ...dismissed, outcome: 'guilty' } as Answers)).toEqual({ answers: { ...start, onlyCharge: 'only-charge' }, next: 'sentenceDone' });
  });

  it('a case moved to another state ends at once, whatever was answered after', () => {
    const answers = { court: 'maryland', charge: 'possession', outcome: 'dismissed', onlyCharge: 'only-charge' } as Answers;
    expect(replayKept(fullRoute, { court: 'other-state' } as Answers, { ...answers, court: 'other-state' } as Answers)).toEqual({ answers: { court: 'other-state' }, next: null });
  });
});
