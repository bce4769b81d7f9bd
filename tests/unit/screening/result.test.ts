/**
 * The result model (what every result page and the island show) over every
 * route: the first screen's actions, the cards and their words, and the rules
 * of the contract's "What every result must also get right".
 */
import { describe, expect, it } from 'vitest';
import { pathIds, statuses } from '../../../src/lib/screening';
import { enumeratePaths, fullRoute } from '../../../src/lib/screening/route/route';
import { resultModel, type SourceData } from '../../../src/lib/screening/pages/result';
import { answerRows } from '../../../src/lib/screening/pages/views';
import { lawWords, lookupWords, pathWords, reasonWords, stepWords, waitWords } from '../../../content/screening/outcomes';

const paths = enumeratePaths();
// Any source data will do here: the build checks that every cited id exists.
const sources = new Proxy({} as Record<string, SourceData>, { get: (_t, id) => ({ title: String(id), publisher: 'p', url: 'https://example.org/' }) });
const models = paths.map((p) => ({ path: p, model: resultModel(p.code, p.assessment, answerRows(fullRoute, p.answers), sources) }));

describe('the words exist for everything the rules can say', () => {
  // That every reason, law, look-up and wait has words is the type's job (Record<ReasonId, string>…: astro check fails on a missing one).
  it('no reason, law, look-up or wait has blank words', () => {
    for (const words of [reasonWords, lawWords, lookupWords, waitWords]) {
      for (const [id, text] of Object.entries(words)) expect(text.trim(), id).not.toBe('');
    }
  });

  it('every path has a summary for every status it takes on some route', () => {
    for (const { path } of models) {
      for (const p of pathIds) {
        const s = path.assessment.status[p];
        if (s !== 'no') expect(pathWords[p].summary[s], `${p} ${s}`).toBeTruthy();
      }
    }
  });
});

describe(`every result (${models.length})`, () => {
  it('has one to three actions, each with a real link where one exists, and the verdict in one sentence', () => {
    for (const { model } of models) {
      expect(model.actions.length).toBeGreaterThanOrEqual(1);
      expect(model.actions.length).toBeLessThanOrEqual(3);
      expect(model.actions.some((a) => a.link)).toBe(true);
      expect(model.headline.split(/[.!?](\s|$)/).filter((x) => x && x.trim()).length).toBe(1);
    }
  });

  it('says "file … now" only where the petition applies, and then names the petition for how the case ended', () => {
    for (const { path, model } of models) {
      const petition = path.assessment.status['petition-expungement'];
      const files = model.actions.filter((a) => a.id.startsWith('act-file-petition'));
      expect(files.length > 0, path.code).toBe(petition === 'applies');
      const outcome = path.assessment.facts.outcome;
      for (const a of files) {
        expect(a.id).toBe(outcome === 'guilty' ? 'act-file-petition-guilty' : outcome === 'unsure' ? 'act-file-petition-either' : 'act-file-petition-non-conviction');
      }
    }
  });

  it('shows a card for every path that is not "no", applies first, then maybe, then later', () => {
    for (const { path, model } of models) {
      const shown = model.cards.map((c) => c.path).sort();
      expect(shown).toEqual(pathIds.filter((p) => path.assessment.status[p] !== 'no').sort());
      const order = model.cards.map((c) => statuses.indexOf(c.status));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('never says "now" on a card whose status is not "applies"', () => {
    for (const { path, model } of models) {
      for (const card of model.cards.filter((c) => c.status !== 'applies')) {
        const text = [card.summary, ...card.waits, ...card.steps.map((s) => s.text), ...card.reasons.map((r) => r.text)].join(' ');
        expect(text, `${path.code}: ${card.path} (${card.status})`).not.toMatch(/\bnow\b/i);
      }
    }
  });

  it('puts the petition among the first actions wherever automatic expungement or a pardon applies, with what it waits on', () => {
    for (const { path, model } of models) {
      const s = path.assessment.status;
      if (s['automatic-expungement'] !== 'applies' && s['governor-pardon-2024'] !== 'applies') continue;
      const ids = model.actions.map((a) => a.id);
      expect(ids.some((id) => id.startsWith('act-file-petition') || id === 'act-petition-ask-first' || id === 'act-petition-later'), path.code).toBe(true);
      if (s['petition-expungement'] === 'later') expect(model.firstNeeded.length, path.code).toBeGreaterThan(0);
    }
  });

  it('gives "not yet" results what must happen first', () => {
    for (const { path, model } of models.filter((m) => m.path.assessment.verdict === 'not-yet')) expect(model.firstNeeded.length, path.code).toBeGreaterThan(0);
  });

  it('cautions people who are not U.S. citizens, and explains what Case Search may not show on every Maryland result', () => {
    const caution = reasonWords['non-citizen-caution'];
    for (const { path, model } of models) {
      expect(model.callouts.map((c) => c.text)).toContain(caution);
      if (path.assessment.facts.court === 'maryland') expect(model.notes.map((n) => n.text)).toContain(reasonWords['case-search-may-hide']);
    }
  });

  it('with other charges in the case, says only the cannabis charge can be cleared', () => {
    for (const { path, model } of models.filter((m) => m.path.assessment.facts.court === 'maryland' && m.path.assessment.facts.outcome !== 'pending')) {
      if (path.assessment.facts.otherCharges !== 'none') expect(model.notes.map((n) => n.text), path.code).toContain(reasonWords['only-cannabis-charge-cleared']);
    }
  });

  it('sends a pardoned case to the clerk or the criminal history record, never to a pardon entry on Case Search', () => {
    for (const { path, model } of models.filter((m) => m.model.cards.some((c) => c.path === 'governor-pardon-2024'))) {
      const card = model.cards.find((c) => c.path === 'governor-pardon-2024')!;
      const text = card.steps.map((s) => s.text).join(' ');
      expect(text, path.code).toMatch(/clerk of the court/);
      expect(text).toMatch(/criminal history record/);
    }
  });

  it('with the §10-112 card, says what it did not clear and sends the person to a petition when one is possible', () => {
    for (const { path, model } of models.filter((m) => m.model.cards.some((c) => c.path === 'automatic-expungement'))) {
      const card = model.cards.find((c) => c.path === 'automatic-expungement')!;
      expect(card.reasons.map((r) => r.text), path.code).toContain(reasonWords['auto-clears-state-record-only']);
      if (path.assessment.status['petition-expungement'] !== 'no') expect(card.steps.map((s) => s.id)).toContain('auto-also-petition');
    }
  });

  it('names the General Waiver with what it gives up where it is offered, and good cause where the wait is for a stet or PBJ', () => {
    for (const { path, model } of models) {
      const card = model.cards.find((c) => c.path === 'petition-expungement');
      if (!card) continue;
      const reasons = path.assessment.reasons.filter((r) => r.path === 'petition-expungement').map((r) => r.id);
      if (reasons.includes('petition-general-waiver-now')) expect(card.steps.map((s) => s.id), path.code).toContain('petition-waiver');
      if (card.status === 'later' && reasons.includes('petition-good-cause-early')) expect(card.steps.map((s) => s.id)).toContain('petition-good-cause');
    }
    expect(stepWords['petition-waiver'].text).toMatch(/gives up claims/);
  });

  it('lists every answer given, with a way to change it', () => {
    for (const { path, model } of models) {
      expect(model.answers.length).toBe(Object.keys(path.answers).length);
      for (const row of model.answers) expect(row.changeHref).toMatch(/^\/check\/q\//);
    }
  });
});
