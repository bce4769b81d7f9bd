import { describe, expect, it } from 'vitest';
import { CODE_SEPARATOR as FLOW_SEPARATOR, decodePath, enumeratePaths, enumeratePrefixes, questions } from '../../../src/lib/screening/flow';
import { flowRoute, packedFlowRoute } from '../../../src/lib/questionnaire/flow-route';
import { packRoute, unpackRoute } from '../../../src/lib/questionnaire/route-table';
import { answerRows, backHref, questionView } from '../../../src/lib/questionnaire/views';
import { CODE_SEPARATOR, answersHref, codeFromPath, stepHref } from '../../../src/lib/questionnaire/urls';
import { linkSitePaths } from '../../../src/lib/questionnaire/text';
import { questionWords } from '../../../content/checker/questions';
import { readSourceIds } from '../../../src/lib/content/source-ids';

const table = unpackRoute(packedFlowRoute());

describe('the packed route the browser uses', () => {
  it('agrees with the flow on every question page and every result', () => {
    for (const page of enumeratePrefixes()) {
      expect(table.nextQuestion(page.answers)).toBe(page.question);
      expect(table.encodePath(page.answers)).toBe(page.code);
      expect(table.decodePath(page.code).answers).toEqual(decodePath(page.code).answers);
    }
    for (const path of enumeratePaths()) {
      expect(table.nextQuestion(path.answers)).toBeNull();
      expect(table.encodePath(path.answers)).toBe(path.code);
    }
  });

  it('stays small enough to send with every question page', () => {
    expect(packedFlowRoute().length).toBeLessThan(4000);
  });

  it('rejects unknown codes, and a damaged table', () => {
    expect(table.decodePath('md-zzz').ok).toBe(false);
    expect(table.decodePath('oth-pos').ok).toBe(false);
    expect(() => unpackRoute('z')).toThrow(/damaged/);
  });

  it('packs any route: a one-question route is one question and its leaves', () => {
    const packed = packRoute({ nextQuestion: (answers) => (answers.court ? null : 'court') });
    expect(packed).toBe('0' + '.'.repeat(questions.court.options.length));
  });
});

describe('question and result views', () => {
  const labels = { glossary: { 'case-search': 'Case Search' }, sources: { 'laplata-sb364-2014': { title: 'SB 364', url: 'https://example.org/sb364' } } };

  it('shows the first question with links that lead to the next page or the result', () => {
    const view = questionView(flowRoute, {}, labels)!;
    expect(view.id).toBe('court');
    expect(view.number).toBe(1);
    expect(view.backHref).toBe('/check/');
    const byId = Object.fromEntries(view.options.map((o) => [o.id, o.href]));
    expect(byId.maryland).toBe('/check/step/md/');
    expect(byId['other-state']).toBe('/check/answers/oth/');
    expect(view.glossary.find((g) => g.id === 'case-search')?.label).toBe('Case Search');
  });

  it('shows the sources of what a hint states', () => {
    const view = questionView(flowRoute, decodePath('md').answers, labels)!;
    expect(view.id).toBe('charge');
    expect(view.sources).toEqual([{ title: 'SB 364', url: 'https://example.org/sb364' }]);
  });

  it('numbers later questions and links Back one answer up', () => {
    const view = questionView(flowRoute, decodePath('md-pos').answers, labels)!;
    expect(view.number).toBe(3);
    expect(view.backHref).toBe('/check/step/md/');
    expect(backHref('md')).toBe('/check/step/');
  });

  it('lists every answer with a link back to its question', () => {
    const path = enumeratePaths().find((p) => p.code.startsWith('md-pos-g'))!;
    const rows = answerRows(flowRoute, path.answers);
    expect(rows.map((r) => r.changeHref)[0]).toBe('/check/step/');
    expect(rows).toHaveLength(path.code.split('-').length);
    expect(rows[1].answerLabel).toMatch(/Possession/);
  });

  it('cites only sources that are in the bibliography', () => {
    const known = readSourceIds();
    for (const words of Object.values(questionWords)) for (const id of words.sources) expect(known).toContain(id);
  });

  it('has no question left after a complete route', () => {
    for (const path of enumeratePaths().slice(0, 50)) expect(questionView(flowRoute, path.answers, labels)).toBeNull();
  });
});

describe('addresses', () => {
  it('uses the flow’s separator', () => expect(CODE_SEPARATOR).toBe(FLOW_SEPARATOR));
  it('reads codes out of checker addresses and nothing else', () => {
    expect(codeFromPath('/check/step/')).toEqual({ kind: 'step', code: '' });
    expect(codeFromPath('/check/step/md-pos/')).toEqual({ kind: 'step', code: 'md-pos' });
    expect(codeFromPath('/check/answers/oth/')).toEqual({ kind: 'answers', code: 'oth' });
    expect(codeFromPath('/check/')).toBeNull();
    expect(codeFromPath('/check/step/<script>/')).toBeNull();
    expect(stepHref('')).toBe('/check/step/');
    expect(answersHref('oth')).toBe('/check/answers/oth/');
  });
  it('links site paths in checker sentences and escapes the rest', () => {
    expect(linkSitePaths('See /help/ or /relief/#shielding. <b>')).toBe(
      'See <a href="/help/">/help/</a> or <a href="/relief/#shielding">/relief/#shielding</a>. &lt;b&gt;',
    );
    expect(linkSitePaths('mdcourts.gov/casesearch')).toBe('mdcourts.gov/casesearch');
  });
});
