/**
 * A Vite plugin: `import sources from 'virtual:checker-sources'` gives the
 * island the bibliography entries (title, publisher, date, address) that a
 * result cites, read from content/sources/*.yaml at build time. The island
 * renders results in the browser and may make no request that could carry
 * answers, so the data ships in its (lazily loaded) result chunk.
 * The build's content schema (src/lib/content/schemas.ts) validates the files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const ID = 'virtual:checker-sources';
const RESOLVED = `\0${ID}`;

export function checkerSources(dir = 'content/sources') {
  return {
    name: 'checker-sources',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const entries = {};
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
        this.addWatchFile?.(path.resolve(dir, file));
        const data = parse(readFileSync(path.join(dir, file), 'utf8')) ?? {};
        // The fields a result shows (src/lib/screening/pages/result.ts, SourceData).
        const shown = ['title', 'titleSupplied', 'author', 'publisher', 'published', 'url', 'copyUrl', 'copyNote'];
        entries[file.slice(0, -'.yaml'.length)] = Object.fromEntries(
          shown.filter((k) => data[k] !== undefined && data[k] !== false).map((k) => [k, k === 'published' ? String(data[k]) : data[k]]),
        );
      }
      return `export default ${JSON.stringify(entries)};`;
    },
  };
}
