import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests run against the production build (`npm run test:e2e` builds first), once on the
 * embedded database and, when TEST_DATABASE_URL is set, once more on that PostgreSQL.
 */
const withPostgres = Boolean(process.env.TEST_DATABASE_URL);
const env = {
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789",
  // 32 bytes, hex: the PostgreSQL run is a production start, which requires a key.
  SOHBET_ENCRYPTION_KEY: "e2e0".repeat(16),
  // As most hosts run it: each workspace decides. Specs whose HTTP nodes call a server they
  // start on 127.0.0.1 turn their workspace's setting on (e2e/support/private-http.ts).
  SOHBET_HTTP_ALLOW_PRIVATE: "workspace",
};

// E2E_PORT_BASE lets several checkouts run their browser tests on one machine at once.
const portBase = Number(process.env.E2E_PORT_BASE ?? 3100);
/**
 * Each app server talks to its own Graph API emulator on `port + 50`, started here so every spec
 * can use it at once (e2e/support/emulator.ts drives it through its control API). Tests keep
 * apart by using phone number ids of their own.
 */
const emulatorPort = (port: number) => port + 50;
const backends = [
  { name: "pglite", port: portBase },
  ...(withPostgres ? [{ name: "postgres", port: portBase + 1 }] : []),
];

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    locale: "en-US",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    },
  },
  projects: backends.map(({ name, port }) => ({
    name,
    use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${port}`, channel: undefined },
  })),
  webServer: backends.flatMap(({ name, port }) => [
    {
      command: `npx tsx scripts/wa-emulator.ts --port ${emulatorPort(port)} --strict --quiet`,
      url: `http://127.0.0.1:${emulatorPort(port)}/__emulator/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe" as const,
      stderr: "pipe" as const,
    },
    {
      command: `npx tsx scripts/e2e-server.ts ${name} ${port}`,
      url: `http://127.0.0.1:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { ...env, WHATSAPP_GRAPH_API_URL: `http://127.0.0.1:${emulatorPort(port)}` },
      stdout: "pipe" as const,
      stderr: "pipe" as const,
    },
  ]),
});
