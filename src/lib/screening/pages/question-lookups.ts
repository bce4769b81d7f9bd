/**
 * The glossary terms and sources that the questions link to (the only
 * glossary and bibliography data the questions need), and the bibliography
 * entries the results cite. Build-time only.
 */
import { getCollection } from 'astro:content';
import { questionWords } from '../../../../content/screening/questions';
import { sourceDataOf, type SourceData } from './result';
import type { QuestionLookups } from './views';

let lookups: Promise<QuestionLookups> | undefined;
let sourceData: Promise<Record<string, SourceData>> | undefined;

/** Worked out once per build: every question page needs them. */
export function questionLookups(): Promise<QuestionLookups> {
  if (import.meta.env.DEV) lookups = undefined; // content changes while `astro dev` runs
  lookups ??= loadQuestionLookups();
  return lookups;
}

async function loadQuestionLookups(): Promise<QuestionLookups> {
  const words = Object.values(questionWords) as { glossary: readonly string[]; sources: readonly string[] }[];
  const terms = new Set(words.flatMap((q) => q.glossary));
  const sourceIds = new Set(words.flatMap((q) => q.sources));
  const glossary = await getCollection('glossary', (entry) => terms.has(entry.id));
  const sources = await getCollection('sources', (entry) => sourceIds.has(entry.id));
  const missing = [...sourceIds].filter((id) => !sources.some((s) => s.id === id));
  if (missing.length) throw new Error(`content/screening/questions.ts cites unknown sources: ${missing.join(', ')}`);
  const missingTerms = [...terms].filter((id) => !glossary.some((t) => t.id === id));
  if (missingTerms.length) throw new Error(`content/screening/questions.ts links unknown glossary terms: ${missingTerms.join(', ')}`);
  return {
    glossary: Object.fromEntries(glossary.map((t) => [t.id, t.data.term])),
    // A source known only from a copy is linked to the copy.
    sources: Object.fromEntries(sources.map((s) => [s.id, { title: s.data.title, url: (s.data.url ?? s.data.copyUrl)! }])),
  };
}

/** Every bibliography entry, as a result shows it (once per build). */
export function resultSources(): Promise<Record<string, SourceData>> {
  if (import.meta.env.DEV) sourceData = undefined;
  sourceData ??= loadResultSources();
  return sourceData;
}

async function loadResultSources(): Promise<Record<string, SourceData>> {
  const sources = await getCollection('sources');
  return Object.fromEntries(sources.map((s) => [s.id, sourceDataOf(s.data)]));
}
