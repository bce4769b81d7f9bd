/**
 * The newest publication date among some sources ("2025-06-19", "2025-06" or
 * "2025"), for the stamp that says how far the sources we read reach. Dates
 * written as far as the source gives them compare correctly as text. Null
 * when none of them gives a date.
 */
export function newestPublished(sources: readonly { published?: string | null }[]): string | null {
  let newest: string | null = null;
  for (const { published } of sources) {
    if (published && /^\d{4}/.test(published) && (newest === null || published > newest)) newest = published;
  }
  return newest;
}
