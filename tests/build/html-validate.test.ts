/**
 * html-validate (config: .htmlvalidate.json, html-validate:recommended) on every
 * sitemap page, the 404 page, and a spread sample of each family of the checker's
 * per-answer pages (one template each: its largest page and 8 more, see
 * tests/support/pages.ts). Rules switched off, if any, are justified in tests/build/README.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { expect, test } from 'vitest';
import { EVERY_PAGE_TIMEOUT, ROOT, fileForPath, requireDist, urlPathOf } from '../support/dist';
import { headParsed, robotsOf } from '../support/html';
import { pageFamilies } from '../support/pages';

requireDist();

const config = JSON.parse(readFileSync(path.join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));
// long-title guards against titles cut off in search results; pages marked
// <meta name="robots" content="noindex"> (the checker's per-answer pages, the 404)
// never appear there, so for them it is off (see tests/build/README.md).
const noindexValidator = new HtmlValidate(new StaticConfigLoader({ ...config, rules: { ...config.rules, 'long-title': 'off' } }));

const families = pageFamilies('sitemap', { perAnswerSpread: 8 });
const FILES = [...families.flatMap((f) => f.tested), '/404.html'].map((p) => fileForPath(p)!);
const sampled = families.filter((f) => f.tested.length < f.pages.length).map((f) => `${f.key} ${f.tested.length} of ${f.pages.length}`);

test(`html-validate: ${FILES.length} pages (sampled: ${sampled.join(', ') || 'none'})`, async () => {
  const problems: string[] = [];
  for (const file of FILES) {
    const html = readFileSync(file, 'utf8');
    const noindex = /noindex/.test(robotsOf(headParsed(file)));
    const report = await (noindex ? noindexValidator : validator).validateString(html, file);
    for (const result of report.results) {
      for (const m of result.messages) {
        problems.push(`${urlPathOf(file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`);
      }
    }
  }
  // Group by rule so that one template bug repeated on many pages reads as one problem.
  const byRule = new Map<string, string[]>();
  for (const p of problems) {
    const rule = p.split(' ')[1].replace(/:$/, '');
    byRule.set(rule, [...(byRule.get(rule) ?? []), p]);
  }
  const summary = [...byRule]
    .map(([rule, list]) => `${rule}: ${list.length} problem(s) on ${new Set(list.map((p) => p.split(':')[0])).size} page(s), e.g.\n    ${list.slice(0, 4).join('\n    ')}`)
    .join('\n  ');
  expect(problems, `${problems.length} html-validate problem(s):\n  ${summary}`).toEqual([]);
}, EVERY_PAGE_TIMEOUT);
