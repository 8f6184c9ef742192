import { defineConfig } from "vitest/config";

// `npm test` runs the fast tests: units, tables, goldens, schemas (no process, server, Redis or browser).
// `npm run test:system` (CLAIMLINE_TESTS=system) runs the rest: the CLI as processes, watch and run
// killed mid-way, queue tests on the real Redis, the review server and the browser, and the tests that
// measure how time grows with input size (they need a quiet machine more than the others).
export const SYSTEM_TESTS = [
  "test/browser.test.ts",
  "test/cli.test.ts",
  "test/embedded.test.ts",
  "test/hostile.test.ts",
  "test/intake.test.ts",
  "test/limits.test.ts",
  "test/queue.test.ts",
  "test/queue-configuration.test.ts",
  "test/review-cli.test.ts",
  "test/review-server.test.ts",
  // waits out the file system's timestamp tick (about 1 s per case) before it can trust a stamp
  "test/store-stamps.test.ts",
  // runs the CLI over one inbox several times, waiting out the timestamp tick between runs
  "test/add-one.test.ts",
  "test/watch*.test.ts",
  "test/*-linear.test.ts",
];

const system = process.env.CLAIMLINE_TESTS === "system";

export default defineConfig({
  test: {
    include: system ? SYSTEM_TESTS : ["test/**/*.test.ts"],
    exclude: system ? ["**/node_modules/**"] : ["**/node_modules/**", ...SYSTEM_TESTS],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
