/** The glossary terms the questions link to, as id → term: the only glossary data the island needs. Build-time only. */
import { getCollection } from 'astro:content';
import { questionWords } from '../../../content/checker/questions';
import type { GlossaryLabels } from './views';

export async function questionGlossaryLabels(): Promise<GlossaryLabels> {
  const used = new Set(Object.values(questionWords).flatMap((q) => q.glossary));
  const terms = await getCollection('glossary', (entry) => used.has(entry.id));
  return Object.fromEntries(terms.map((t) => [t.id, t.data.term]));
}
