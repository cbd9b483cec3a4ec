import { defineConfig } from 'vitest/config';

// Real-browser tests: playwright-core drives Debian's Chromium against the production build
// (built by `npm run test:browser` into dist-test/ with a sub-path base).
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
  },
});
