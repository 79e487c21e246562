import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // Generous: the machines are shared, and a test that fails because the machine is busy proves
    // nothing (a load average of 20 took CLI tests that need ~10 s past 60 s). Speed is the bench's.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    // Argon2id takes 64 MiB per derivation; two cores: keep parallelism modest.
    maxWorkers: 2,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
