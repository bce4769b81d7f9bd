/**
 * One test per rule that contract version 3 added or changed, on hand-picked
 * facts with the statuses the contract's rule table gives (written out here,
 * not computed). Each failed on the version 2 engine (commit 80f1199), except
 * the open-case test: version 3 changed what counts as an open case (the
 * question's words), not what an open case does, and the test keeps it so.
 */
import { describe, expect, it } from 'vitest';
import { assess, type Facts } from '../../../src/lib/screening';

const md = (facts: Facts): Facts => ({ court: 'maryland', pendingCase: 'no', ...facts });
const status = (facts: Facts) => assess(facts).status;

describe('contract v3 rules', () => {
  it('§10-105.1 clears a dropped charge only when every other charge was dropped too', () => {
    const base = md({ charge: 'possession', outcome: 'dismissed', otherCharges: 'non-cannabis', caseEnded: '2023-01-01-to-2023-06-30' });
    expect(status({ ...base, otherOutcome: 'all-dropped' })['dropped-charges-expungement']).toBe('applies');
    expect(status({ ...base, otherOutcome: 'not-all-dropped' })['dropped-charges-expungement']).toBe('no');
    expect(status({ ...base, otherOutcome: 'unsure' })['dropped-charges-expungement']).toBe('maybe');
    // Under 3 years with an unsure other outcome: 'later' in one reading, 'no' in the other, so 'later', never 'maybe'.
    const recent = { ...base, caseEnded: 'on-or-after-2023-07-01', yearsSinceOutcome: 'under-3', otherOutcome: 'unsure' } as Facts;
    expect(status(recent)['dropped-charges-expungement']).toBe('later');
  });

  it('the unit rule spares any charge whose other charges were all dropped', () => {
    const pbj = md({ charge: 'intent-to-distribute', outcome: 'pbj', otherCharges: 'non-cannabis', sentence: 'completed-3-years-or-more', laterConviction: 'no' });
    expect(status({ ...pbj, otherOutcome: 'all-dropped' })['petition-expungement']).toBe('applies');
    expect(status({ ...pbj, otherOutcome: 'not-all-dropped' })['petition-expungement']).toBe('maybe');
    expect(status({ ...pbj, otherOutcome: 'unsure' })['petition-expungement']).toBe('maybe');
  });

  it('a later conviction turns a non-possession PBJ or an intent-to-distribute petition from applies into maybe, and nothing else', () => {
    const pbj = md({ charge: 'paraphernalia', outcome: 'pbj', otherCharges: 'none', sentence: 'completed-3-years-or-more' });
    expect(status({ ...pbj, laterConviction: 'no' })['petition-expungement']).toBe('applies');
    expect(status({ ...pbj, laterConviction: 'yes' })['petition-expungement']).toBe('maybe');
    const pwid = md({ charge: 'intent-to-distribute', outcome: 'guilty', otherCharges: 'none', sentence: 'completed-3-years-or-more' });
    expect(status({ ...pwid, laterConviction: 'no' })['petition-expungement']).toBe('applies');
    expect(status({ ...pwid, laterConviction: 'yes' })['petition-expungement']).toBe('maybe');
    expect(status({ ...pwid, laterConviction: 'unsure' })['petition-expungement']).toBe('maybe');
    // A possession conviction or PBJ is not barred by a later conviction.
    const possession = md({ charge: 'possession', outcome: 'guilty', otherCharges: 'none', sentence: 'completed-3-years-or-more', laterConviction: 'yes' });
    expect(status(possession)['petition-expungement']).toBe('applies');
    expect(status({ ...possession, outcome: 'pbj' })['petition-expungement']).toBe('applies');
  });

  it('a distribution conviction is maybe once the sentence is over and later while it is served (no dead end)', () => {
    const dist = md({ charge: 'distribution-or-cultivation', outcome: 'guilty', otherCharges: 'none' });
    expect(assess({ ...dist, sentence: 'completed-3-years-or-more' })).toMatchObject({ verdict: 'possibly', paths: ['petition-expungement'] });
    expect(status({ ...dist, sentence: 'none' })['petition-expungement']).toBe('maybe');
    expect(assess({ ...dist, sentence: 'incarcerated' })).toMatchObject({ verdict: 'not-yet', paths: [] });
    expect(status({ ...dist, sentence: 'supervision' })['petition-expungement']).toBe('later');
  });

  it('the federal and D.C. pardons reach offenses on or before December 22, 2023, open cases included', () => {
    const fed = { court: 'federal', charge: 'possession', outcome: 'guilty' } as Facts;
    expect(status({ ...fed, offense: 'on-or-before-2023-12-22' })['federal-pardon']).toBe('applies');
    expect(status({ ...fed, offense: 'after-2023-12-22' })['federal-pardon']).toBe('no');
    expect(status({ ...fed, offense: 'unsure' })['federal-pardon']).toBe('maybe');
    expect(assess({ court: 'dc', charge: 'possession', outcome: 'pending', offense: 'unsure' })).toMatchObject({ verdict: 'outside-maryland', paths: [] });
  });

  it('an open case holds back a petition that would or may apply, and not the automatic clearing or the pardon', () => {
    const facts = md({ charge: 'possession', outcome: 'guilty', otherCharges: 'none', caseEnded: 'before-2023-01-01', sentence: 'completed-3-years-or-more', pendingCase: 'yes' });
    expect(status(facts)).toMatchObject({ 'petition-expungement': 'later', 'automatic-expungement': 'applies', 'governor-pardon-2024': 'applies' });
  });

  it('says whether a maybe turns on the person’s own answers or on an unsettled rule', () => {
    const unsureOpen = assess(md({ charge: 'possession', outcome: 'guilty', otherCharges: 'none', caseEnded: 'before-2023-01-01', sentence: 'completed-3-years-or-more', pendingCase: 'unsure' }));
    expect(unsureOpen.maybeFrom['petition-expungement']).toBe('answers');
    const paraphernalia = assess(md({ charge: 'paraphernalia', outcome: 'guilty', otherCharges: 'none', sentence: 'completed-3-years-or-more' }));
    expect(paraphernalia.maybeFrom['petition-expungement']).toBe('law');
    // Unsure of a later conviction after an intent-to-distribute PBJ: with none, it applies now.
    const pbj = assess(md({ charge: 'intent-to-distribute', outcome: 'pbj', otherCharges: 'none', sentence: 'completed-3-years-or-more', laterConviction: 'unsure' }));
    expect(pbj.status['petition-expungement']).toBe('maybe');
    expect(pbj.maybeFrom['petition-expungement']).toBe('answers');
  });
});
