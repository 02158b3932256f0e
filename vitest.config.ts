import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // generous: the slowest tests spawn the CLI several times (27 s alone on this 2-core machine); a limit is a
    // guard against a hang, not a speed check, and must hold when the machine is busy
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
