/** When the checker's words were last reviewed: the newest review date of its outcome pages. Build-time only. */
import { getCollection } from 'astro:content';

let cached: string | undefined;
export async function checkerLastReviewed(): Promise<string> {
  if (cached) return cached;
  const pages = [...(await getCollection('screeningPaths')), ...(await getCollection('screeningVerdicts'))];
  cached = pages.map((p) => p.data.lastReviewed).sort().at(-1)!;
  return cached;
}
