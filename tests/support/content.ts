/**
 * Reading content/ the way the build does, so tests derive their lists (pages,
 * sources, glossary terms…) from the content instead of keeping copies: a new
 * content/pages/x.md is a new page to test at /x/ without editing any test.
 * YAML is read with js-yaml, which ships with Astro (its content loaders use it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from './dist';

const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

export type Data = Record<string, unknown>;

export interface ContentEntry {
  /** The file name without extension: the entry's id (a page's address, a source's id). */
  id: string;
  file: string;
  data: Data;
  /** The Markdown body (after the front matter); '' for YAML entries. */
  body: string;
}

const folder = (dir: string) => path.join(ROOT, 'content', dir);

/**
 * The entries of content/<dir> with one of the extensions, sorted by id. A folder that does not
 * exist throws: a loop over a renamed folder would otherwise run zero times and pass.
 */
function entriesOf(dir: string, ext: RegExp, read: (text: string) => { data: Data; body: string }): ContentEntry[] {
  if (!existsSync(folder(dir))) throw new Error(`tests/support/content.ts: there is no folder content/${dir}`);
  return readdirSync(folder(dir))
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => {
      const file = path.join(folder(dir), f);
      return { id: f.replace(ext, ''), file, ...read(readFileSync(file, 'utf8')) };
    });
}

/** The YAML entries of content/<dir> (sources, timeline, glossary, updates). */
export function yamlEntries(dir: string): ContentEntry[] {
  return entriesOf(dir, /\.ya?ml$/, (text) => ({ data: (yaml.load(text) ?? {}) as Data, body: '' }));
}

/** The Markdown entries of content/<dir>, with their front matter. */
export function markdownEntries(dir: string): ContentEntry[] {
  return entriesOf(dir, /\.md$/, (text) => {
    const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
    return m ? { data: (yaml.load(m[1]) ?? {}) as Data, body: m[2] } : { data: {}, body: text };
  });
}

/** The ids in content/<dir> (file names without extension). */
export function contentIds(dir: string): string[] {
  return [...yamlEntries(dir), ...markdownEntries(dir)].map((e) => e.id);
}

export interface ContentPage extends ContentEntry {
  /** Its address: content/pages/index.md → "/", content/pages/policy.md → "/policy/". */
  url: string;
  title: string;
  lastReviewed: string;
  sources: string[];
}

/** The information pages: one per content/pages/*.md. */
export function contentPages(): ContentPage[] {
  return markdownEntries('pages').map((e) => ({
    ...e,
    url: e.id === 'index' ? '/' : `/${e.id}/`,
    title: String(e.data.title ?? ''),
    lastReviewed: String(e.data.lastReviewed ?? ''),
    sources: (e.data.sources as string[] | undefined) ?? [],
  }));
}
