import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000, // demo scans of ~260 controls run several seconds each; more on a shared 2-core runner
  },
});
