import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000, // demo scans of ~260 controls run several seconds each; more on a shared 2-core runner
    // As the CLI's bin does: no AWS SDK Node-version warning block in the test output (README "Install").
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/browser/**'], sequence: { groupOrder: 0 } } },
      // The browser test times how fast the HTML report opens (issue 16: within 2 s at 100k resources): run
      // after the others, so it measures the page and not a machine busy with other tests.
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
