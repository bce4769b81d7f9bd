/**
 * The bibliography entries the results cite, as the static result pages show
 * them. Build-time only. (The glossary terms and sources the questions link to
 * are the virtual module `virtual:screening-question-links`, which the pages
 * and the island import: src/integrations/screening-data.ts.)
 */
import { getCollection } from 'astro:content';
import { sourceDataOf, type SourceData } from './result';

let sourceData: Promise<Record<string, SourceData>> | undefined;

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
