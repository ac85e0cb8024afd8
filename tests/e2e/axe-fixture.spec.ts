import { test } from "./fixtures";

// The suite's accessibility guarantee rests on the fixture: prove it fails a page with a violation.
test("the automatic axe scan fails a page that breaks a WCAG rule", async ({ page, visit }) => {
  test.fail(true, "An image without a text alternative must make the axe scan fail.");
  await visit("/plan-du-site");
  await page.getByRole("main").evaluate((main) => {
    const img = document.createElement("img");
    img.src = "/icon.svg";
    main.append(img);
  });
});
