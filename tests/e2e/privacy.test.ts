/**
 * The site keeps nothing about its visitors (the about page says so): no
 * cookies, no localStorage / sessionStorage (nor IndexedDB, Cache Storage or
 * service workers), and no request to any other origin.
 *
 * The recorder (tests/support/privacy.ts) wraps the storage APIs in an init
 * script and reads each page's storage back before leaving it.
 *
 * Covered here: the checker walked from /check/ through to a result with
 * JavaScript on and with JavaScript off, and the recorder itself. Every page
 * template (every page tests/e2e/pages.test.ts loads) is checked the same way there.
 */
import { describe, expect, test } from 'vitest';
import { useHarness, type OpenedPage } from '../support/browser';
import { walkScreening } from '../support/screening';
import { recordStorage, storedData } from '../support/privacy';

const h = useHarness();

/** A context with the storage recorder installed. */
async function openRecorded(javaScript: boolean): Promise<OpenedPage & { writes: string[] }> {
  const opened = await h.open(null, { javaScript });
  const writes = await recordStorage(opened.context);
  return Object.assign(opened, { writes });
}

async function expectNothingKept(opened: OpenedPage & { writes: string[] }, label: string, extra: string[] = []) {
  const cookies = await opened.context.cookies();
  const problems = [
    ...opened.writes.map((w) => `storage write: ${w}`),
    ...extra,
    ...cookies.map((c) => `cookie: ${c.name} (domain ${c.domain}, path ${c.path})`),
    ...opened.watch.foreignRequests.map((r) => `request to another origin: ${r}`),
  ];
  expect(problems, `${label}: the site kept data or contacted another origin:\n  ${problems.join('\n  ')}`).toEqual([]);
}

describe('privacy', () => {
  for (const javaScript of [true, false]) {
    test(`checker walked to a result with JavaScript ${javaScript ? 'on' : 'off'}: nothing kept`, async () => {
      const opened = await openRecorded(javaScript);
      const stored: string[] = [];
      const walks = [];
      // Two different routes: always the first answer, and always the last.
      for (const choose of [0, -1]) {
        const walk = await walkScreening(opened.page, h.server.url, {
          javaScript,
          choose,
          onStep: async (page) => {
            stored.push(...(await storedData(page)));
          },
        });
        walks.push(walk);
        expect(walk.reachedResult, `JS ${javaScript ? 'on' : 'off'}: did not reach a result (${walk.stoppedBecause}); visited ${walk.visited.join(' → ')}`).toBe(true);
      }
      await expectNothingKept(opened, `checker (JS ${javaScript ? 'on' : 'off'}; ${walks.map((w) => w.visited.join(' → ')).join(' | ')})`, stored);
      await opened.context.close();
    }, 120_000);
  }

  test('the recorder itself works (a write is caught)', async () => {
    // Guards against a silently broken init script: make a write on a site page and expect to see it.
    const opened = await openRecorded(true);
    await opened.goto('/');
    await opened.page.evaluate(() => {
      localStorage.setItem('probe', '1');
      document.cookie = 'probe=1';
    });
    expect(opened.writes.join('\n')).toContain('localStorage.setItem("probe")');
    expect(opened.writes.join('\n')).toContain('document.cookie = "probe=1"');
    expect((await opened.context.cookies()).map((c) => c.name)).toContain('probe');
    await opened.context.close();
  });
});
