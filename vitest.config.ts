import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Four projects (run one with `vitest run --project unit`, or `npm run test:unit`):
 * - unit: the pure logic, on source; no build needed;
 * - build: tests that read the built dist/ (npm test builds first);
 * - e2e: tests in Debian's Chromium against dist/ served with the production headers;
 * - exhaustive: the runs over the whole answer space and every route, page and result
 *   (`npm run test:exhaustive`, after `npm test` in CI); `npm test` runs seeded samples of them.
 *
 * Vitest's default is one worker fewer than the cores, which is one on a 2-core machine:
 * every file would run after the other. Browser tests spend most of their time waiting on
 * Chromium (a separate process), so two workers keep both cores busy on such a machine;
 * VITEST_MAX_WORKERS overrides it.
 */
const maxWorkers = Number(process.env.VITEST_MAX_WORKERS) || Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    maxWorkers,
    // A timeout only catches a hang: on the shared 2-core machine at load 8-20 a test runs 3-6 times
    // slower than on a quiet one, so every test gets 2 minutes (the slow ones set more).
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      // Unit and build tests share one module registry per worker (isolate: false): they test pure
      // functions and read files, so nothing leaks, and it halves their time here (each file no
      // longer re-imports the rules, and build files share the parsed pages of tests/support/html.ts).
      // A test that changes module state (vi.mock, fake timers) must undo it, or belongs in its own project.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], isolate: false } },
      // Minutes each on a loaded machine, growing by multiplication with every question the checker
      // gains (checker version 3 adds three facts). A test may take the whole project's budget
      // (20 min, scripts/budgets.mjs; the bench's suite module times it); tests/exhaustive/build/ reads dist/.
      { extends: true, test: { name: 'exhaustive', include: ['tests/exhaustive/**/*.test.ts'], isolate: false, testTimeout: 1_200_000, hookTimeout: 1_200_000, execArgv: ['--max-old-space-size=8192'] } },
      // tests/e2e/pages.test.ts runs its tests two at a time (E2E_TABS pages); more would only wait for a page.
      // expect.poll waits up to 10 s (Vitest's default is 1 s): on a loaded 2-core machine a form
      // submission's navigation can take longer than a second, and a poll still fails when it never matches.
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], maxConcurrency: 2, expect: { poll: { timeout: 10_000 } } } },
    ],
  },
});
