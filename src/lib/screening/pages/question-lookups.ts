/**
 * The glossary terms and sources that the questions link to (the only
 * glossary and bibliography data the questions need), and the bibliography
 * entries the results cite. Build-time only.
 */
import { getCollection } from 'astro:content';
import links from 'virtual:screening-question-links';
import { sourceDataOf, type SourceData } from './result';
import type { QuestionLookups } from './views';

let sourceData: Promise<Record<string, SourceData>> | undefined;

/** The glossary terms and sources the questions link to: the island's own copy, built once (src/integrations/screening-data.ts). */
export function questionLookups(): QuestionLookups {
  return links;
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
