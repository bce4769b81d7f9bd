/**
 * A wrong content entry stops the build with a message that names the file
 * and the field. Runs `astro sync` (the content step of the build) on a copy
 * of the project with one broken entry.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ASTRO_TIMEOUT, astroIn, copyProject, removeCopies } from '../support/project-copy';

function syncWith(file: string, text: string): string {
  const dir = copyProject('content-check-');
  writeFileSync(join(dir, file), text);
  // Schema errors stop `astro sync`; a Markdown rendering error is printed and then stops the build when the page loads.
  const { ok, output } = astroIn(dir, ['sync']);
  return `${ok ? 'NO SCHEMA ERROR' : 'STOPPED'}\n${output}`;
}

afterAll(removeCopies);

// Each test runs one or two `astro sync`s on a copy of the project.
describe('content errors stop the build', { timeout: 2 * ASTRO_TIMEOUT }, () => {
  it('names the file and field of a citation of a source that does not exist', () => {
    const out = syncWith('content/timeline/2099-01-01-broken.yaml',
      'date: "2099-01-01"\ntitle: Broken\nwhere: maryland\nsummary: Test.\nsources: [no-such-source]\n');
    expect(out).toContain('2099-01-01-broken.yaml');
    expect(out).toContain('sources.0');
    expect(out).toContain('"no-such-source" does not exist');
  });

  it('names the file and field of a page without lastReviewed, and of a malformed date', () => {
    const missing = syncWith('content/pages/broken.md', '---\ntitle: Broken\nsummary: Test.\nsources: []\n---\nText.\n');
    expect(missing).toContain('content/pages/broken.md');
    expect(missing).toContain('lastReviewed');
    const malformed = syncWith('content/sources/broken.yaml',
      'title: T\npublisher: P\npublished: "2019-02-30"\nurl: https://example.org/\nread: "2026-11-25"\nkind: news\n');
    expect(malformed).toContain('content/sources/broken.yaml');
    expect(malformed).toContain('published');
    expect(malformed).toContain('does not exist on the calendar');
  });

  it('names the file and field of a source whose url is on a copy host, or carries a tracking parameter', () => {
    const copy = syncWith('content/sources/broken.yaml',
      'title: T\npublisher: P\nurl: https://lexace.ai/us/statute/maryland/CP-10-105\nread: "2026-11-25"\nkind: law\n');
    expect(copy).toContain('content/sources/broken.yaml');
    expect(copy).toMatch(/url: url is on lexace\.ai/);
    expect(copy).toContain('copyUrl');
    const tracked = syncWith('content/sources/broken.yaml',
      'title: T\npublisher: P\nurl: https://www.cbsnews.com/baltimore/news/x/?intcid=CNR-01-0623\nread: "2026-11-25"\nkind: news\n');
    expect(tracked).toContain('content/sources/broken.yaml');
    expect(tracked).toContain('tracking parameter "intcid"');
  });

  it('names the file and field of a source on a refused host (a scraper or content farm), even as a copy', () => {
    const refused = syncWith('content/sources/broken.yaml',
      'title: T\npublisher: P\ncopyUrl: http://dloxt.com/index-1504.html\ncopyNote: A repost.\nread: "2026-11-25"\nkind: news\n');
    expect(refused).toContain('content/sources/broken.yaml');
    expect(refused).toMatch(/copyUrl is on dloxt\.com .*a host this site refuses/);
  });

  it('names the file and heading of a content-page heading without a frozen id', () => {
    const out = syncWith('content/pages/broken.md',
      '---\ntitle: Broken\nsummary: Test.\nlastReviewed: "2026-11-25"\nsources: [dpscs-expungement]\n---\n## No id here\n\nText [@dpscs-expungement].\n');
    expect(out).toContain('content/pages/broken.md');
    expect(out).toContain('the heading "No id here" has no id');
    expect(out).toContain('{#no-id-here}');
  });
});
