/**
 * html-validate (config: .htmlvalidate.json, html-validate:recommended) on the
 * built information pages, all checker pages that are not per-answer steps,
 * and a spread sample of ~50 checker step/answer pages (they share one template).
 * Rules switched off, if any, are justified in tests/build/README.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { expect, test } from 'vitest';
import { ROOT, htmlFiles, isCheckerStepPath, requireDist, sample, urlPathOf } from '../support/dist';

requireDist();

const config = JSON.parse(readFileSync(path.join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));
// long-title guards against titles cut off in search results; pages marked
// <meta name="robots" content="noindex"> (the checker's per-answer pages, the 404)
// never appear there, so for them it is off (see tests/build/README.md).
const noindexValidator = new HtmlValidate(new StaticConfigLoader({ ...config, rules: { ...config.rules, 'long-title': 'off' } }));
const NOINDEX = /<meta\s+name=["']?robots["']?\s+content=["'][^"']*noindex/i;

const all = htmlFiles();
const steps = all.filter((f) => isCheckerStepPath(urlPathOf(f)));
const FILES = [...all.filter((f) => !isCheckerStepPath(urlPathOf(f))), ...sample(steps, 50)];

test(`html-validate: ${FILES.length} pages (${steps.length} checker step pages sampled to ${Math.min(50, steps.length)})`, async () => {
  const problems: string[] = [];
  for (const file of FILES) {
    const html = readFileSync(file, 'utf8');
    const report = await (NOINDEX.test(html) ? noindexValidator : validator).validateString(html, file);
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
}, 120_000);
