import { defineConfig } from 'vitest/config';

// Unit tests run on source; build tests and browser tests read the built dist/ (npm test builds first).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
