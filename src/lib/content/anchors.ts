/**
 * Alias anchors: when an id that people may have linked to must change (a
 * heading id, a source entry, a timeline event), the old id keeps working.
 * content/anchor-aliases.json maps, per page path, each old id to the id it
 * now means; the page renders an empty element with the old id at the new
 * target. tests/build/anchors.test.ts checks that every old id and its
 * target exist on the built page.
 */
import aliasData from '../../../content/anchor-aliases.json';

type AliasMap = Record<string, Record<string, string>>;
const ALIASES: AliasMap = Object.fromEntries(
  Object.entries(aliasData as Record<string, unknown>)
    .filter(([key]) => key.startsWith('/'))
    .map(([page, map]) => [page, map as Record<string, string>]),
);

/** Every alias: page path → old id → current id. */
export function allAliases(): AliasMap {
  return ALIASES;
}

/** The old ids that now point at `targetId` on the page at `pagePath` ("/policy/"). */
export function aliasesFor(pagePath: string, targetId: string): string[] {
  const map = ALIASES[pagePath] ?? {};
  return Object.keys(map).filter((old) => map[old] === targetId);
}

/** "…/content/pages/policy.md" → "/policy/"; "…/index.md" → "/"; null for files outside content/pages. */
export function sitePathOfPageFile(file: string): string | null {
  const m = file.replace(/\\/g, '/').match(/(?:^|\/)content\/pages\/([a-z0-9-]+)\.md$/);
  if (!m) return null;
  return m[1] === 'index' ? '/' : `/${m[1]}/`;
}
