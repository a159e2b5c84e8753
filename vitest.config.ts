import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000, // demo scans of ~260 controls run several seconds each; more on a shared 2-core runner
    // As the CLI's bin does: no AWS SDK Node-version warning block in the test output (README "Install").
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
