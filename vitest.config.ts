import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests boot real PostgreSQL clusters and servers: give them room, but never let one hang CI.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two cores: a few files at a time keeps cluster boots from starving each other.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
