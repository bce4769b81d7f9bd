/**
 * Every information page (content/pages/) reads at US grade 8 or below
 * (Flesch–Kincaid, scripts/readability.mjs). Measured on the page's main
 * text as built: the prose and the data shown with it (timeline events,
 * glossary terms), without the numbered source list, the cite block, the
 * change list, the review dates and the citation marks, which are not prose.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { DIST, ROOT, requireDist } from '../support/dist';
import { fleschKincaidGrade, htmlToReadableText } from '../../scripts/readability.mjs';

requireDist();

const NOT_PROSE = ['.sources', '.source-list', '.cite-this', '.page-changes', '.page-meta', '.backlinks', 'sup.cite', '.section-link', '.visually-hidden', 'nav', 'script', 'code'];
const MAX_GRADE = 8;

/** The readable main text of a built page. */
export function mainText(html: string): string {
  const main = parse(html).querySelector('main');
  if (!main) throw new Error('no <main>');
  for (const selector of NOT_PROSE) for (const el of main.querySelectorAll(selector)) el.remove();
  return htmlToReadableText(main.innerHTML);
}

const pages = readdirSync(join(ROOT, 'content/pages')).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));

it.each(pages)('/%s/ reads at grade 8 or below', (name) => {
  const path = name === 'index' ? '' : `${name}/`;
  const grade = fleschKincaidGrade(mainText(readFileSync(join(DIST, path, 'index.html'), 'utf8')));
  expect(grade, `/${path}: Flesch–Kincaid grade ${grade}`).toBeLessThanOrEqual(MAX_GRADE);
  expect(grade).toBeGreaterThan(0);
});
