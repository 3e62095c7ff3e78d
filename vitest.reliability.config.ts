import path from "node:path";
import { defineConfig } from "vitest/config";

/** `npm run test:reliability`: fault and concurrency tests against the production build (run `next build` first). */
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    include: ["tests/reliability/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 300_000,
    setupFiles: ["tests/setup/server-only.ts"],
  },
});
