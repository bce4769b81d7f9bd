/**
 * Every h2 and h3 in the built site can be linked to: it has an id that is
 * unique within its page, and contains a visible `a.section-link` whose href is
 * `#<that id>` (see src/lib/content/headings.ts). The checker's question and
 * result pages are the exception: nobody links to a section of one person's
 * result, so their headings carry no "#" (tests/build/screening-pages.test.ts
 * checks their ids and links).
 */
import { expect, test } from 'vitest';
import { EVERY_PAGE_TIMEOUT, htmlFiles, requireDist, urlPathOf } from '../support/dist';
import { idsOf, parseFile } from '../support/html';

requireDist();

test('every h2 and h3 has a unique id and an a.section-link to it', () => {
  const problems: string[] = [];
  let headings = 0;
  for (const file of htmlFiles()) {
    const page = urlPathOf(file);
    if (page.startsWith('/check/v3/')) continue;
    const root = parseFile(file);
    const idCounts = new Map<string, number>();
    for (const id of idsOf(root)) idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
    for (const h of root.querySelectorAll('h2, h3')) {
      headings++;
      const tag = h.tagName.toLowerCase();
      const text = h.text.replace(/\s+/g, ' ').trim().slice(0, 60);
      const id = h.getAttribute('id');
      if (!id) {
        problems.push(`${page}: <${tag}> "${text}" has no id`);
        continue;
      }
      const count = idCounts.get(id) ?? 0;
      if (count > 1) problems.push(`${page}: <${tag} id="${id}"> "${text}": id used ${count} times in the page`);
      const links = h.querySelectorAll('a.section-link');
      if (links.length === 0) problems.push(`${page}: <${tag} id="${id}"> "${text}" has no a.section-link`);
      else if (!links.some((a) => a.getAttribute('href') === `#${id}`)) {
        problems.push(`${page}: <${tag} id="${id}">: a.section-link href is "${links[0].getAttribute('href')}", not "#${id}"`);
      }
    }
  }
  expect(headings, 'no h2/h3 found in dist at all').toBeGreaterThan(0);
  expect(problems, `${problems.length} heading problem(s):\n  ${problems.slice(0, 100).join('\n  ')}${problems.length > 100 ? '\n  …' : ''}`).toEqual([]);
}, EVERY_PAGE_TIMEOUT);
