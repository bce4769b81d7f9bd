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
import { QUESTIONS } from '../../../src/lib/screening/pages/urls';
import { lawWords, lookupWords, paraphernaliaOldSummary, pathWords, reasonWords, stepWords, waitWords } from '../../../content/screening/outcomes';

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

  it('never says "now" on a card whose status is not "applies", except the two conditional forms the contract asks for', () => {
    for (const { path, model } of models) {
      for (const card of model.cards.filter((c) => c.status !== 'applies')) {
        // "If …, you can … now; check … first" (a maybe on the person's own unsure answers), and the old paraphernalia conviction.
        const conditional = card.summary === pathWords[card.path].ifYourAnswers || card.summary === paraphernaliaOldSummary;
        if (conditional) expect(card.status, path.code).toBe('maybe');
        const summary = conditional ? '' : card.summary;
        const text = [summary, ...card.waits, ...card.steps.map((s) => s.text), ...card.reasons.map((r) => r.text)].join(' ');
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

  it('has a headline that never promises more than what applies (contract v3, change 6)', () => {
    const leaves = ['automatic-expungement', 'governor-pardon-2024', 'resentencing'];
    for (const { path, model } of models) {
      const { verdict, paths: listed, status } = path.assessment;
      const onlyLeaves = listed.length > 0 && listed.every((p) => leaves.includes(p));
      if ((verdict === 'likely' || verdict === 'possibly') && onlyLeaves) expect(model.headline, path.code).toMatch(/court record stays until a judge orders it expunged/);
      if (verdict === 'outside-maryland' && status['federal-pardon'] !== 'no') expect(model.headline, path.code).toMatch(/does not clear the record/);
      if (/ask a court to clear .* now/.test(model.headline)) expect(status['petition-expungement'], path.code).toBe('applies');
    }
  });

  it('says on every petition card where to file (a moved or appealed case too) and the fee for how the case ended', () => {
    for (const { path, model } of models) {
      const card = model.cards.find((c) => c.path === 'petition-expungement');
      if (!card) continue;
      const texts = card.reasons.map((r) => r.text);
      expect(texts, path.code).toContain(reasonWords['petition-where-to-file']);
      const outcome = path.assessment.facts.outcome;
      if (outcome === 'guilty') expect(texts).toContain(reasonWords['petition-fee-guilty']);
      else if (outcome !== 'unsure' && outcome !== 'pending') expect(texts).toContain(reasonWords['petition-fee-non-conviction']);
      expect(reasonWords['petition-where-to-file']).toMatch(/Circuit Court \(for example for a jury trial\) or was appealed/);
    }
  });

  it('warns of a later conviction only on the petitions it can bar, and always on paraphernalia and distribution convictions', () => {
    for (const { path, model } of models) {
      const card = model.cards.find((c) => c.path === 'petition-expungement');
      if (!card) continue;
      const { charge, outcome } = path.assessment.facts;
      const text = [card.summary, ...card.steps.map((s) => s.text), ...card.reasons.map((r) => r.text)].join(' ');
      const tenTen = outcome === 'guilty' && (charge === 'paraphernalia' || charge === 'distribution-or-cultivation');
      if (tenTen) expect(card.reasons.map((r) => r.text), path.code).toContain(reasonWords['petition-10-110-later-conviction-warning']);
      const canBar = tenTen || outcome === 'unsure' || charge === 'unsure' || (outcome === 'pbj' && charge !== 'possession' && charge !== 'civil-citation') || (outcome === 'guilty' && charge === 'intent-to-distribute');
      if (!canBar) expect(text, path.code).not.toMatch(/later conviction/i);
    }
  });

  it('names both grounds on a paraphernalia card, says what is not settled on a distribution card, and the objection on an intent-to-distribute card', () => {
    for (const { path, model } of models) {
      const card = model.cards.find((c) => c.path === 'petition-expungement');
      const { charge, outcome } = path.assessment.facts;
      if (!card || outcome !== 'guilty') continue;
      const texts = card.reasons.map((r) => r.text);
      if (charge === 'paraphernalia') expect(texts, path.code).toEqual(expect.arrayContaining([reasonWords['petition-paraphernalia-no-longer-a-crime'], reasonWords['petition-paraphernalia-wait-unsettled']]));
      if (charge === 'distribution-or-cultivation') expect(texts, path.code).toEqual(expect.arrayContaining([reasonWords['petition-distribution-unsettled'], reasonWords['petition-distribution-no-longer-a-crime']]));
      if (charge === 'intent-to-distribute') expect(texts, path.code).toContain(reasonWords['petition-10-110-objection']);
    }
  });

  it('puts the unasked conditions first on a federal or D.C. pardon card, and the defense lawyer first for an open case', () => {
    for (const { path, model } of models) {
      const card = model.cards.find((c) => c.path === 'federal-pardon');
      if (!card) continue;
      expect(card.reasons[0].text, path.code).toBe(reasonWords['federal-pardon-conditions-not-asked']);
      if (path.assessment.facts.outcome === 'pending') expect(model.actions[0].id, path.code).toBe('act-federal-open-case');
    }
  });

  it('keeps each wait under the kind of relief it belongs to', () => {
    for (const { path, model } of models) {
      for (const group of model.firstNeeded) {
        expect(path.assessment.status[group.path], path.code).toBe('later');
        expect(group.waits).toEqual((path.assessment.waits[group.path] ?? []).map((w) => waitWords[w]));
      }
    }
  });

  it('says a nolle prosequi with treatment follows other rules on the petition and dropped-charges cards', () => {
    for (const { path, model } of models.filter((m) => m.path.assessment.facts.outcome === 'nolle-prosequi' && m.path.assessment.facts.court === 'maryland')) {
      const reasons = (p: string) => model.cards.find((c) => c.path === p)?.reasons.map((r) => r.text) ?? [];
      expect(reasons('petition-expungement'), path.code).toContain(reasonWords['petition-nolle-prosequi-treatment']);
      if (model.cards.some((c) => c.path === 'dropped-charges-expungement')) expect(reasons('dropped-charges-expungement')).toContain(reasonWords['dropped-treatment-not-covered']);
    }
  });

  it('words a maybe that turns only on the person’s unsure answers as "if …, you can … now; check … first"', () => {
    let seen = 0;
    for (const { path, model } of models) {
      for (const card of model.cards.filter((c) => c.status === 'maybe' && path.assessment.maybeFrom[c.path] === 'answers')) {
        if (card.summary === paraphernaliaOldSummary) continue;
        expect(card.summary, path.code).toBe(pathWords[card.path].ifYourAnswers);
        expect(model.lookups.length, path.code).toBeGreaterThan(0);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('lists every answer given, with a way to change it', () => {
    for (const { path, model } of models) {
      expect(model.answers.length).toBe(Object.keys(path.answers).length);
      for (const row of model.answers) expect(row.changeHref.startsWith(QUESTIONS)).toBe(true);
    }
  });
});
