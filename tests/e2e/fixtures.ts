import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page, type Response } from "@playwright/test";

/** The RGAA maps onto WCAG 2.1 A and AA; best-practice rules are advice, not failures. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export type AxeOptions = {
  /**
   * Leave this test's pages out of the scan, when another test already scans the same pages
   * (the refused-access matrix visits the same pages under every role).
   */
  skip?: boolean;
  /** Rule ids to skip, each with a reason in the spec that sets it. */
  disableRules: string[];
  /** CSS selectors left out of the scan (third-party embeds). */
  exclude: string[];
};

type Fixtures = {
  axeOptions: AxeOptions;
  /** Navigates to a path of the portal and returns the main response. */
  visit: (path: string) => Promise<Response | null>;
  /** Runs after every test: scans each page the test loaded. */
  axeAudit: void;
};

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

export const test = base.extend<Fixtures>({
  axeOptions: [{ disableRules: [], exclude: [] }, { option: true }],

  // Fixture callbacks are named `provide`, not `use`, so React's hook lint rule leaves them alone.
  visit: async ({ page }, provide) => {
    await provide((path) => page.goto(path));
  },

  axeAudit: [
    async ({ page, axeOptions }, provide, testInfo) => {
      const visited: string[] = [];
      // framenavigated, not load: client-side navigations (next/link) never fire a load event.
      page.on("framenavigated", (frame) => {
        if (frame !== page.mainFrame()) return;
        const url = frame.url();
        if (url.startsWith("http") && !visited.includes(url)) visited.push(url);
      });

      await provide();

      // A failed test already says what went wrong; scanning a broken page adds noise. (Compared
      // with "passed", not expectedStatus, so a test.fail() self-test still gets scanned.)
      if (testInfo.status !== "passed" || visited.length === 0 || axeOptions.skip) return;

      const report: string[] = [];
      // The page as the test left it first (open menus, filled forms), then every other page it
      // visited, reloaded: the state it was in has gone, but its markup is what users get first.
      const current = page.url();
      const targets = [current, ...visited.filter((url) => url !== current)];
      for (const url of targets) {
        if (url !== page.url()) await page.goto(url);
        await page.waitForLoadState("load");
        const violations = await scan(page, axeOptions);
        if (violations.length > 0) report.push(formatViolations(url, violations));
      }
      if (report.length > 0) {
        await testInfo.attach("axe-violations.txt", { body: report.join("\n\n"), contentType: "text/plain" });
        throw new Error(`Accessibility violations (axe, ${AXE_TAGS.join(", ")}):\n\n${report.join("\n\n")}`);
      }
    },
    { auto: true },
  ],
});

export { expect };

async function scan(page: Page, options: AxeOptions): Promise<Violation[]> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (options.disableRules.length > 0) builder = builder.disableRules(options.disableRules);
  for (const selector of options.exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations;
}

function formatViolations(url: string, violations: Violation[]): string {
  const lines = [`${url}: ${violations.length} rule(s) violated`];
  for (const violation of violations) {
    lines.push(`  [${violation.impact ?? "?"}] ${violation.id}: ${violation.help}`);
    lines.push(`    ${violation.helpUrl}`);
    for (const node of violation.nodes.slice(0, 5)) {
      lines.push(`    - ${node.target.join(" ")}`);
      const summary = node.failureSummary?.split("\n").slice(1).map((line) => line.trim()).join("; ");
      if (summary) lines.push(`      ${summary}`);
    }
    if (violation.nodes.length > 5) lines.push(`    … and ${violation.nodes.length - 5} more element(s)`);
  }
  return lines.join("\n");
}
