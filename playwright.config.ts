import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// "localhost", not 127.0.0.1: Next normalises loopback hosts to localhost when it builds URLs, and
// sign-in callbacks must match the address the browser uses.
export const BASE_URL = `http://localhost:${PORT}`;

// Playwright cannot download its own browser here: the suite drives Debian's Chromium.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // Two cores run the server, the browser and the test at once; allow for a loaded machine.
  timeout: 60_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: { baseURL: BASE_URL, locale: "es-CL", timezoneId: "America/Santiago", trace: "retain-on-failure" },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: chromium } }],
  webServer: {
    // The production build, as deployed: `next build` runs before this suite.
    command: `node scripts/serve.mjs -H 127.0.0.1 -p ${PORT}`,
    // A deadline-watch tick landing mid-test would notify coordinators and queue e-mails while specs
    // count them; the watcher and the retention job have tests of their own. The runner is this
    // server's reverse proxy: each test names its client address in X-Forwarded-For, so the sign-in
    // rate limit counts tests apart (tests/e2e/client-address.spec.ts covers a portal with no proxy).
    env: { JOB_SCHEDULES_DISABLED: "1", TRUSTED_PROXIES: "127.0.0.1" },
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
  },
});
