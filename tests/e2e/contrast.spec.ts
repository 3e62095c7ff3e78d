import { expect, test } from "./fixtures";

/** WCAG 2.x contrast ratio of two CSS colours as getComputedStyle writes them ("rgb(…)" / "rgba(…)"). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour behind an element: the first ancestor with an opaque background (runs in the page). */
function backgroundOf(element: Element): string {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const color = getComputedStyle(node).backgroundColor;
    if (color !== "rgba(0, 0, 0, 0)" && color !== "transparent") return color;
  }
  return "rgb(255, 255, 255)";
}

// WCAG 1.4.11 (non-text contrast): what shows where a control is and where focus is needs 3:1.
test.describe("non-text contrast", () => {
  test("text fields' borders stand out 3:1 from what is around them", async ({ page }) => {
    await page.goto("/comunas");
    const input = page.getByRole("searchbox").or(page.getByRole("textbox")).first();
    const border = await input.evaluate((el) => getComputedStyle(el).borderTopColor);
    const around = await input.evaluate(backgroundOf);
    expect(contrast(border, around)).toBeGreaterThanOrEqual(3);
  });

  test("the focus outline of the footer's links stands out 3:1 from the footer", async ({ page }) => {
    await page.goto("/");
    const link = page.getByRole("contentinfo").getByRole("link").first();
    await link.focus();
    const style = await link.evaluate((el) => ({ color: getComputedStyle(el).outlineColor, style: getComputedStyle(el).outlineStyle, visible: el.matches(":focus-visible") }));
    expect(style.visible).toBe(true);
    expect(style.style).not.toBe("none");
    const footer = await page.getByRole("contentinfo").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(contrast(style.color, footer)).toBeGreaterThanOrEqual(3);
  });
});
