import { defineConfig } from "@playwright/test";

// Test tooling may read process.env directly (lib/env.ts is the app's reader, not the runner's).
const PORT = Number(process.env.PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const CI = Boolean(process.env.CI);

// Playwright's own browser download is not available everywhere: use the system Chromium.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  // One server with an embedded database behind it: two workers keep it busy without starving it.
  workers: 2,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    {
      name: "desktop",
      use: { browserName: "chromium", viewport: { width: 1280, height: 800 } },
    },
    {
      name: "mobile",
      // Rights and account journeys do not depend on the screen: the desktop run covers them.
      testIgnore: [/access\.spec\.ts/, /accounts\.spec\.ts/, /cms\.spec\.ts/, /contact\.spec\.ts/, /network-membership\.spec\.ts/],
      use: {
        browserName: "chromium",
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
        userAgent:
          "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
      },
    },
  ],
  webServer: {
    // Migrate, seed and create one account per role (tests/e2e/accounts.ts), then start as users do.
    command: "tsx --conditions=react-server tests/e2e/prepare-server.ts && npm start",
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: !CI,
    timeout: 600_000,
    // DATABASE_URL, when set, passes through from the environment: the suite then runs on PostgreSQL.
    env: {
      PORT: String(PORT),
      SITE_URL: BASE_URL,
      DATA_DIR: ".test-data/e2e",
      DEMO_FORMATIONS: "300",
      // Alerts and imports are run by the tests themselves, not by a timer.
      SCHEDULER: "off",
    },
    // The server owns an embedded database: let it close its files instead of killing it mid-write.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
