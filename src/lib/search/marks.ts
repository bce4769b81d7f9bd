/** Text with ranges to mark: shared by the search function and the island that renders its results. */

/** A piece of text and the [start, end) ranges to mark in it. */
export interface Marked { text: string; ranges: [number, number][] }

/** Splits marked text into plain and marked pieces, for rendering with <mark>. */
export function pieces(marked: Marked): { text: string; mark: boolean }[] {
  const out: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [s, e] of marked.ranges) {
    if (s > at) out.push({ text: marked.text.slice(at, s), mark: false });
    if (e > s) out.push({ text: marked.text.slice(Math.max(s, at), e), mark: true });
    at = Math.max(at, e);
  }
  if (at < marked.text.length) out.push({ text: marked.text.slice(at), mark: false });
  return out;
}
