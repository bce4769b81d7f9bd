/**
 * "How the checker decides" names each verdict in words from content/, not by its id
 * ("not-yet", "outside-maryland"): a translation changes the words, never the ids. The ids
 * may appear only in addresses and in <code> (the facts, in the contract's field names).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DIST, requireDist } from '../support/dist';
import { parseFile } from '../support/html';
import { verdicts } from '../../src/lib/screening';

requireDist();

const ROOT = join(DIST, 'check/how-it-works');
const groups = readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
/** The ids that are not also English words. */
const ids = verdicts.filter((v) => v.includes('-'));

it.each(['', groups[0], groups.at(-1)!])('/check/how-it-works/%s shows no verdict id as a word', (group) => {
  const main = parseFile(join(ROOT, group, 'index.html')).querySelector('main')!;
  for (const code of main.querySelectorAll('code')) code.remove();
  const text = main.textContent;
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) expect(text, `/check/how-it-works/${group}`).not.toContain(id);
});
