import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { E2E_ACCOUNTS, E2E_PASSWORD, type E2EAccount } from "./accounts";

/**
 * Signs a page's browser context in through Auth.js's own endpoint (CSRF token, then the
 * credentials callback), as the form does, without spending a page load on the form.
 */
export async function signInAs(page: Page, account: E2EAccount) {
  await signInWith(page.request, E2E_ACCOUNTS[account].email, E2E_PASSWORD);
}

export async function signInWith(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/espace" },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in of ${email}`).toBe(302);
  expect(response.headers().location ?? "").not.toContain("error");
}

/** The newest email sent to an address, read by an administrator in the back-office outbox. */
export async function readLatestEmail(browser: Browser, baseURL: string, to: string): Promise<string> {
  const context = await browser.newContext({ baseURL });
  try {
    const page = await context.newPage();
    await signInAs(page, "admin");
    // Newest first; the subject links to the message, whose text version holds the links.
    await page.goto(`/admin/courriels?q=${encodeURIComponent(to)}`);
    const row = page.getByRole("table").getByRole("row").filter({ hasText: to }).first();
    await row.getByRole("link").first().click();
    await page.waitForURL(/\/admin\/courriels\/\d+$/);
    await expect(page.getByRole("heading", { name: "Version texte" })).toBeVisible();
    return (await page.getByRole("main").innerText()).trim();
  } finally {
    await context.close();
  }
}

export function linkIn(text: string, path: string): string {
  const match = text.match(new RegExp(`https?://[^\\s"]+${path.replace(/\//g, "\\/")}[^\\s"]*`));
  if (!match) throw new Error(`No link to ${path} in:\n${text}`);
  return new URL(match[0]).pathname + new URL(match[0]).search;
}
