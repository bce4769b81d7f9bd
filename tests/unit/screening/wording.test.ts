/**
 * Every id the checker can return has words, every law names a source that
 * exists, and the explanation pages follow the site's page rules.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookupWords, pathWords, reasonWords, verdictWords, waitWords } from '../../../content/checker/outcomes';
import { questionWords } from '../../../content/checker/questions';
import { citedIds } from '../../../src/lib/content/citations';
import { pageSchema } from '../../../src/lib/content/schemas';
import { readSourceIds } from '../../../src/lib/content/source-ids';
import { lookupIds, pathIds, reasonCatalog, reasonIds, verdicts, waitIds } from '../../../src/lib/screening';
import { enumeratePaths, questionIds, questions, type FlowOption } from '../../../src/lib/screening/flow';

const sourceIds = readSourceIds('content/sources');
const glossaryIds = new Set(readdirSync('content/glossary').map((f) => f.replace(/\.yaml$/, '')));
const sorted = (items: Iterable<string>) => [...items].sort();

describe('sources', () => {
  it('every source id a rule cites exists in content/sources/', () => {
    for (const [id, citation] of Object.entries(reasonCatalog)) {
      expect(citation.law, id).not.toBe('');
      expect(citation.sourceIds.length, id).toBeGreaterThan(0);
      for (const source of citation.sourceIds) expect(sourceIds.has(source), `${id} cites ${source}`).toBe(true);
    }
  });
});

describe('outcome words (content/checker/outcomes.ts)', () => {
  it('has words for every reason, look-up, wait, verdict and path, and no others', () => {
    expect(sorted(Object.keys(reasonWords))).toEqual(sorted(reasonIds));
    expect(sorted(Object.keys(lookupWords))).toEqual(sorted(lookupIds));
    expect(sorted(Object.keys(waitWords))).toEqual(sorted(waitIds));
    expect(sorted(Object.keys(verdictWords))).toEqual(sorted(verdicts));
    expect(sorted(Object.keys(pathWords))).toEqual(sorted(pathIds));
  });

  it('has words for every id any route through the checker returns', () => {
    for (const { assessment } of enumeratePaths()) {
      for (const r of assessment.reasons) expect(reasonWords[r.id], r.id).toBeTruthy();
      for (const l of assessment.lookups) expect(lookupWords[l.id], l.id).toBeTruthy();
      for (const w of assessment.waitFor) expect(waitWords[w.id], w.id).toBeTruthy();
      for (const p of assessment.paths) expect(pathWords[p], p).toBeTruthy();
      expect(verdictWords[assessment.verdict]).toBeTruthy();
    }
  });

  it('never promises', () => {
    const all = JSON.stringify([reasonWords, lookupWords, waitWords, verdictWords, pathWords]);
    expect(all).not.toMatch(/\b(guarantee|definitely|certainly|will be cleared|will be expunged)\b/i);
  });

  it('the petition steps name the confirmed forms, the fee, the 30 days and the 90 days', () => {
    const steps = pathWords['petition-expungement'].steps.join(' ');
    for (const words of ['CC-DC/CR-72', 'CC-DC/CR-78', 'clerk of the court where the case began', '$30 fee may apply per case', 'fee waiver', '30 days', '90 days', 'Case Search']) {
      expect(steps).toContain(words);
    }
  });

  it('each verdict has a one-sentence headline and something that could change it', () => {
    for (const v of verdicts) {
      expect(verdictWords[v].headline).toMatch(/^[^.]+\.$/);
      expect(verdictWords[v].whatCouldChange.length).toBeGreaterThan(0);
    }
  });
});

describe('question words (content/checker/questions.ts)', () => {
  it('has a question, a hint and a label for every option of every question', () => {
    expect(sorted(Object.keys(questionWords))).toEqual(sorted(questionIds));
    for (const id of questionIds) {
      const words = questionWords[id];
      expect(words.question).toMatch(/\?$/);
      expect(words.hint.length).toBeGreaterThan(0);
      const optionIds = (questions[id].options as readonly FlowOption[]).map((o) => o.id);
      expect(sorted(Object.keys(words.options))).toEqual(sorted(optionIds));
      for (const o of Object.values(words.options) as { label: string }[]) expect(o.label.length).toBeGreaterThan(0);
      expect((words.options as Record<string, { label: string }>).unsure.label).toBe("I'm not sure");
    }
  });

  it('links only glossary terms that exist in content/glossary/', () => {
    for (const id of questionIds) {
      for (const term of questionWords[id].glossary) expect(glossaryIds.has(term), `${id} links ${term}`).toBe(true);
    }
  });
});

describe('explanation pages (content/checker/paths and verdicts)', () => {
  const pages = [
    ...pathIds.map((id) => `content/checker/paths/${id}.md`),
    ...verdicts.map((id) => `content/checker/verdicts/${id}.md`),
  ];
  const schema = pageSchema(sourceIds);
  const resultIds = new Set<string>([...pathIds, ...verdicts]);

  it('there is one page per path and per verdict, and no other', () => {
    expect(sorted(readdirSync('content/checker/paths'))).toEqual(sorted(pathIds.map((id) => `${id}.md`)));
    expect(sorted(readdirSync('content/checker/verdicts'))).toEqual(sorted(verdicts.map((id) => `${id}.md`)));
  });

  it.each(pages)('%s', (file) => {
    expect(existsSync(file)).toBe(true);
    const { data, body } = readFrontMatter(readFileSync(file, 'utf8'));
    const parsed = schema.safeParse(data);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(data.lastReviewed).toBe('2026-11-25');
    expect(data.lawAsOf).toBe('2026-11-25');
    expect(citedIds(body), 'sources in order of first citation').toEqual(data.sources);
    for (const line of body.split('\n').filter((l) => l.startsWith('#'))) expect(line).toMatch(/^###? \S/);
    for (const [, id] of body.matchAll(/\/check\/result\/([a-z0-9-]+)\//g)) expect(resultIds.has(id), id).toBe(true);
    for (const [, term] of body.matchAll(/\/glossary\/#([a-z0-9-]+)/g)) expect(glossaryIds.has(term), term).toBe(true);
    expect(body).toContain('/help/');
  });
});

/** The front matter our pages use: quoted strings and [id, id] lists. */
function readFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no front matter');
  const data: Record<string, unknown> = {};
  for (const line of match[1].split('\n')) {
    const [, key, raw] = /^(\w+):\s*(.*)$/.exec(line) ?? [];
    if (!key) continue;
    data[key] = raw.startsWith('[') ? raw.slice(1, -1).split(',').map((s) => s.trim()).filter(Boolean) : JSON.parse(raw);
  }
  return { data, body: match[2] };
}
