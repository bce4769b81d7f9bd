/**
 * Anchors stay put. Every old id listed in content/anchor-aliases.json still
 * exists on its page, next to the id it now means; every information page's
 * headings keep the ids they had at launch; source entries use frozen
 * anchors (#source-<source id>), not numbers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT, fileForPath, requireDist } from '../support/dist';

requireDist();

const aliases = JSON.parse(readFileSync(join(ROOT, 'content/anchor-aliases.json'), 'utf8')) as Record<string, Record<string, string> | string>;
const ids = (path: string) => {
  const file = fileForPath(path);
  if (!file) throw new Error(`${path} is not in dist/`);
  return new Set(parse(readFileSync(file, 'utf8')).querySelectorAll('[id]').map((el) => el.getAttribute('id')!));
};

/** Heading ids the pages had when the site launched (2026-11-25); people may have linked to any of them. */
const LAUNCH_IDS: Record<string, string[]> = {
  '/policy/': ['what-the-states-attorney-announced', 'why-she-made-the-change', 'what-did-not-change', 'police-still-made-arrests', 'selling-was-still-prosecuted', 'old-records-stayed', 'the-effort-to-vacate-5000-convictions', 'when-it-was-filed', 'not-every-case-was-simple', 'why-the-courts-said-no', 'judge-sweeneys-reasons', 'judge-piersons-reasons', 'what-happened-next', 'the-2019-law-on-motions-to-vacate', 'sources-disagree-about-marijuana', 'the-2020-and-2021-expansion', 'the-policy-ended-in-2023', 'what-the-law-is-now'],
  '/expungement/': ['find-your-case', 'work-out-which-path-applies', 'fill-in-the-form', 'the-general-waiver-and-release', 'where-to-file', 'fees-and-fee-waivers', 'what-happens-after-you-file', 'check-that-the-record-is-gone', 'what-you-may-say-afterwards', 'get-free-help'],
  '/relief/': ['automatic-expungement-of-possession-only-cases', 'automatic-expungement-of-dropped-cases', 'petition-for-expungement', 'the-2024-governors-pardon', 'resentencing', 'shielding', 'vacatur', 'federal-pardons'],
  '/help/': ['free-legal-help', 'maryland-courts-self-help-center', 'baltimore-city-district-court-self-help-resource-center', 'maryland-volunteer-lawyers-service-mvls', 'maryland-legal-aid', 'peoples-law-library', 'office-of-the-public-defender', 'federal-or-dc-cases', 'look-up-your-case'],
  '/history/': ['from-crime-to-fine', 'from-fine-to-legal', 'why-we-compare-other-cities', 'timeline', '2019-01-31-coram-nobis-petitions-filed'],
  '/': ['what-changed', 'your-record-may-not-clear-itself', 'who-this-site-is-for', 'where-to-start', 'key-dates'],
  '/about/': ['who-it-is-for', 'how-we-research-and-review', 'legal-information-not-legal-advice', 'privacy', 'how-the-checker-handles-your-answers', 'report-a-mistake', 'open-data'],
};

describe('anchors stay put', () => {
  it('every ## and ### heading in content/pages/ carries its frozen id ("{#id}")', () => {
    const missing: string[] = [];
    for (const file of readdirSync(join(ROOT, 'content/pages')).filter((f) => f.endsWith('.md'))) {
      const body = readFileSync(join(ROOT, 'content/pages', file), 'utf8').split(/^---$/m).slice(2).join('---');
      for (const line of body.split('\n')) if (/^#{2,3} /.test(line) && !/\{#[a-z0-9][a-z0-9-]*\}\s*$/.test(line)) missing.push(`${file}: ${line}`);
    }
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(LAUNCH_IDS))('%s still answers to every id it had at launch', (path, launch) => {
    const present = ids(path);
    expect(launch.filter((id) => !present.has(id))).toEqual([]);
  });

  it('every old id in content/anchor-aliases.json exists on its page, and so does the id it now means', () => {
    const problems: string[] = [];
    for (const [path, map] of Object.entries(aliases)) {
      if (typeof map === 'string') continue;
      const present = ids(path);
      for (const [old, target] of Object.entries(map)) {
        if (!present.has(old)) problems.push(`${path}#${old} (alias of ${target}) is missing`);
        if (!target.startsWith('source-') && !present.has(target)) problems.push(`${path}#${target} (target of ${old}) is missing`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('source entries have frozen, named anchors rather than numbers', () => {
    const html = readFileSync(join(DIST, 'policy/index.html'), 'utf8');
    const entries = parse(html).querySelectorAll('ol.source-list > li').map((li) => li.getAttribute('id')!);
    expect(entries.length).toBeGreaterThan(10);
    for (const id of entries) expect(id).toMatch(/^source-[a-z][a-z0-9-]*[a-z0-9]$/);
    expect(entries).toContain('source-baltsun-2019-04-29');
  });
});
