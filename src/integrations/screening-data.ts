/**
 * Two Vite plugins that hand the checker island, at build time, the data it
 * needs to work in the browser without any request that could carry answers:
 * - `virtual:screening-route`: the whole route through the questions, packed
 *   (src/lib/screening/route/packed.ts), so the island ships no rules engine
 *   for the questions and no page carries the table in its HTML;
 * - `virtual:screening-sources`: the bibliography entries that results cite (the
 *   fields a result shows), read from content/sources/*.yaml, for its lazily
 *   loaded result chunk;
 * - `virtual:screening-question-links`: the glossary terms and sources the
 *   questions link to, so that no question page carries them in its HTML (they
 *   were the same 4 KB on each of thousands of pages).
 * The build's content schema (src/lib/content/schemas.ts) validates the files.
 * Loaded by astro.config.mjs (Astro reads TypeScript there).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { questionWords } from '../../content/screening/questions.ts';
import { reasonCatalog } from '../lib/screening/rules/index.ts';
import { sourceFieldsShown } from '../lib/screening/pages/source-fields.ts';
import { packedRoute } from '../lib/screening/route/route.ts';

interface Plugin {
  name: string;
  resolveId(id: string): string | undefined;
  load(this: { addWatchFile?: (file: string) => void }, id: string): string | undefined;
}

function virtualModule(name: string, code: (watch: (file: string) => void) => string): Plugin {
  const id = `virtual:${name}`;
  const resolved = `\0${id}`;
  return {
    name,
    resolveId: (requested) => (requested === id ? resolved : undefined),
    load(requested) {
      return requested === resolved ? code((file) => this.addWatchFile?.(file)) : undefined;
    },
  };
}

export function screeningRoute(): Plugin {
  return virtualModule('screening-route', () => `export default ${JSON.stringify(packedRoute())};`);
}

export function screeningSources(dir = 'content/sources'): Plugin {
  const cited = new Set(Object.values(reasonCatalog).flatMap((reason) => reason.sources));
  return virtualModule('screening-sources', (watch) => {
    const entries: Record<string, Record<string, unknown>> = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml') && cited.has(f.slice(0, -'.yaml'.length))).sort()) {
      watch(path.resolve(dir, file));
      const data = (parse(readFileSync(path.join(dir, file), 'utf8')) ?? {}) as Record<string, unknown>;
      entries[file.slice(0, -'.yaml'.length)] = Object.fromEntries(
        sourceFieldsShown.filter((k) => data[k] !== undefined && data[k] !== false && data[k] !== 'none-given').map((k) => [k, k === 'published' ? String(data[k]) : data[k]]),
      );
    }
    return `export default ${JSON.stringify(entries)};`;
  });
}

/** Reads content/<dir>/<id>.yaml for each id, and stops the build on an id that has no file. */
function readEntries(dir: string, ids: ReadonlySet<string>, what: string, watch: (file: string) => void): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const id of [...ids].sort()) {
    const file = path.resolve(dir, `${id}.yaml`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`content/screening/questions.ts ${what} "${id}", which has no file ${dir}/${id}.yaml`);
    }
    watch(file);
    out[id] = (parse(text) ?? {}) as Record<string, unknown>;
  }
  return out;
}

/** The glossary terms and sources the questions link to (src/lib/screening/pages/views.ts, QuestionLookups). */
export function screeningQuestionLinks(root = 'content'): Plugin {
  return virtualModule('screening-question-links', (watch) => {
    const words = Object.values(questionWords) as { glossary: readonly string[]; sources: readonly string[] }[];
    const terms = readEntries(`${root}/glossary`, new Set(words.flatMap((q) => q.glossary)), 'links the glossary term', watch);
    const sources = readEntries(`${root}/sources`, new Set(words.flatMap((q) => q.sources)), 'cites the source', watch);
    const links = {
      glossary: Object.fromEntries(Object.entries(terms).map(([id, t]) => [id, t.term])),
      // A source known only from a copy is linked to the copy.
      sources: Object.fromEntries(
        Object.entries(sources).map(([id, s]) => {
          const url = s.url ?? s.copyUrl;
          if (typeof url !== 'string') throw new Error(`content/screening/questions.ts cites "${id}", which has no address to link (read only on a reprint): cite another source`);
          return [id, { title: s.title, url }];
        }),
      ),
    };
    return `export default ${JSON.stringify(links)};`;
  });
}
