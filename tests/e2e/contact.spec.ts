import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { AXE_TAGS, expect, test } from "./fixtures";

// The data directory outlives local runs and the form is rate-limited per network address and per
// e-mail address: each run writes as a new visitor (its own address, behind the proxy header the
// server reads, and its own e-mail), so re-runs never hit the limits.
const run = randomBytes(4);
test.use({ extraHTTPHeaders: { "x-forwarded-for": `198.18.${run[0]}.${run[1]! % 254 + 1}` } });

test("a visitor sends a message: the captcha solves itself, the confirmation takes the focus", async ({ page, visit }) => {
  await visit("/contact?depuis=/formations&sujet=site");
  await expect(page.getByRole("heading", { level: 1, name: "Nous contacter" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Sujet de votre message (obligatoire)" })).toHaveValue("site");

  await page.getByRole("textbox", { name: "Votre nom (obligatoire)" }).fill("Camille Test");
  await page.getByRole("textbox", { name: "Votre adresse électronique (obligatoire)" }).fill(`contact-e2e-${run.toString("hex")}@exemple.fr`);
  await page.getByRole("textbox", { name: "Votre message (obligatoire)" }).fill("Bonjour, le lien vers le programme de cette formation ne fonctionne plus.");
  // Focusing the form started the proof of work: no box to tick.
  await expect(page.getByRole("checkbox", { name: "Vérification réussie" })).toBeChecked();
  // The filled form with the solved widget (the fixture scans the page as the test leaves it).
  expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);

  await page.getByRole("button", { name: "Envoyer le message" }).click();
  const confirmation = page.getByRole("status").filter({ hasText: "Votre message a bien été envoyé." });
  await expect(confirmation).toBeFocused();
  await expect(confirmation.getByRole("link", { name: "Revenir à la page que vous consultiez" })).toHaveAttribute("href", "/formations");
  // The axe scan of the confirmation runs in the fixture's teardown.
});
