/** The reliefs (paths) and verdicts of the screening contract. */

/** Most useful first: the order `assess` lists paths in. */
export const pathIds = [
  // First when it applies at all: only someone still in jail or prison for
  // cannabis possession gets it, and getting out comes before clearing a record.
  'resentencing',
  'automatic-expungement',
  'petition-expungement',
  'governor-pardon-2024',
  'federal-pardon',
] as const;
export type PathId = (typeof pathIds)[number];

export const verdicts = ['likely', 'not-yet', 'possibly', 'unlikely', 'outside-maryland'] as const;
export type Verdict = (typeof verdicts)[number];

export function sortPaths(paths: Iterable<PathId>): PathId[] {
  const set = new Set(paths);
  return pathIds.filter((id) => set.has(id));
}
