import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL(".", import.meta.url)) },
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", ".next/**", ".data/**", "e2e/**"],
    environment: "node",
    globalSetup: ["lib/db/test-global-setup.ts"],
    // Database suites create their own PGlite / PostgreSQL databases; give them room on 2 cores.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
