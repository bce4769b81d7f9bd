import { readdirSync } from 'node:fs';

/** The bibliography ids: one file content/sources/<id>.yaml per source. */
export function readSourceIds(dir = 'content/sources'): Set<string> {
  return new Set(
    readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => name.replace(/\.yaml$/, '')),
  );
}
