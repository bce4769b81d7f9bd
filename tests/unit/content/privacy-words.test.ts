/**
 * The checker's privacy words have one source, content/site/privacy.ts, which the start page
 * and /about/ render. The README cannot import it, so this checks that its "Privacy" section
 * holds every sentence, that its deploy notes turn off logs for the question prefix the code
 * uses (QUESTIONS), and that no page, word file or the README still promises what the
 * no-JavaScript flow does not keep (answers that "never leave the device").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkerPrivacy } from '../../../content/site/privacy';
import { QUESTIONS } from '../../../src/lib/screening/pages/urls';

const ROOT = process.cwd();
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** One `## ` section of a Markdown text, without its heading line. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no "## ${heading}" section`);
  const body = markdown.slice(start + heading.length + 5);
  const end = body.search(/\n## /);
  return end < 0 ? body : body.slice(0, end);
}

/** Markdown as plain text: no emphasis marks or code ticks, one space between words. */
const plain = (markdown: string) => markdown.replace(/\*\*|`/g, '').replace(/\s+/g, ' ');

/** Promises the no-JavaScript flow cannot keep (the island's own screens may say what it does). */
const OVERCLAIMS = /never leaves? (the|your) device|(is|are) never sent|nothing you answer is sent|stays? on (the|this|your) device/i;

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : []);
}

describe('the privacy words', () => {
  it('the README\'s "Privacy" section holds every sentence of content/site/privacy.ts', () => {
    const text = plain(section(readme, 'Privacy'));
    for (const mode of checkerPrivacy.modes) {
      expect(text, 'README.md "Privacy"').toContain(mode.label);
      for (const sentence of mode.sentences) expect(text, 'README.md "Privacy"').toContain(sentence);
    }
  });

  it('the README\'s deploy notes turn off access logs for the checker\'s question prefix', () => {
    const deploying = section(readme, 'Deploying');
    expect(deploying).toContain(`location ${QUESTIONS} {`);
    expect(deploying).toContain('access_log off;');
    expect(deploying).toContain(`SetEnvIf Request_URI "^${QUESTIONS}"`);
    expect(deploying).toMatch(/CustomLog .* env=!/);
    expect(deploying).toContain('your host may log page addresses: check its policy');
  });

  it('the detector finds an overclaim', () => {
    expect('Your answers never leave your device.').toMatch(OVERCLAIMS);
    expect('Nothing you answer is sent anywhere.').toMatch(OVERCLAIMS);
    expect('Your answers stay on your device.').toMatch(OVERCLAIMS);
    expect(checkerPrivacy.modes.flatMap((m) => m.sentences).join(' ')).not.toMatch(OVERCLAIMS);
  });

  it('no word file, page or the README promises that answers never leave the device', () => {
    // The change log (content/updates/) may quote what a page used to say.
    const files = [join(ROOT, 'README.md'), ...filesUnder(join(ROOT, 'content'), /\.(ts|md|ya?ml)$/)].filter((f) => !f.includes('/content/updates/'));
    const found = files.filter((file) => OVERCLAIMS.test(readFileSync(file, 'utf8')));
    expect(found.map((f) => f.slice(ROOT.length + 1))).toEqual([]);
  });
});
