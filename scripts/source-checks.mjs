/**
 * Counts over the bibliography (content/sources/*.yaml), shared by the build
 * (src/integrations/source-checks.ts) and `npm run bench` (bench/sources.mjs):
 *
 * - byline and date not yet checked: a source with no `author` (or no
 *   `published`) has not been checked against its stored copy. After
 *   checking, write the byline and date as the publication gives them, or
 *   `author: none-given` / `published: none-given` where it truly gives none.
 *   The target is 0; the build prints the counts.
 * - uncited: a source no page, timeline event, glossary term or checker rule
 *   cites. /sources/ says it lists the sources the site cites, so the build
 *   fails on one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** Where citations of a source id can appear (content anchors aside). */
const CITING = [['content', /\.(md|ya?ml|ts)$/], ['src/lib/screening', /\.ts$/]];

function filesUnder(dir, pattern) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, pattern));
    else if (pattern.test(name)) out.push(full);
  }
  return out;
}

/** @param {string} root the repository */
export function sourceChecks(root) {
  const dir = path.join(root, 'content', 'sources');
  const sources = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()
    .map((f) => ({ id: f.slice(0, -'.yaml'.length), data: parse(readFileSync(path.join(dir, f), 'utf8')) ?? {} }));
  const citingText = CITING.flatMap(([sub, pattern]) => filesUnder(path.join(root, sub), pattern))
    .filter((f) => !f.startsWith(dir + path.sep))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const cited = (id) => new RegExp(`(^|[^a-z0-9-])${id}(?![a-z0-9-])`).test(citingText);
  const bylineUnchecked = sources.filter((s) => s.data.author === undefined).map((s) => s.id);
  const dateUnchecked = sources.filter((s) => s.data.published === undefined).map((s) => s.id);
  return {
    total: sources.length,
    bylineUnchecked,
    dateUnchecked,
    noneGivenByline: sources.filter((s) => s.data.author === 'none-given').length,
    noneGivenDate: sources.filter((s) => s.data.published === 'none-given').length,
    readOnReprint: sources.filter((s) => s.data.readOnReprint === true).map((s) => s.id),
    readOnCopy: sources.filter((s) => s.data.copyUrl).length,
    uncited: sources.filter((s) => !cited(s.id)).map((s) => s.id),
  };
}
