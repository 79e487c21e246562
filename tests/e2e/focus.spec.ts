// Focus rings are for the keyboard (issue 13): the screen title receives focus from the app on every
// screen change (so a screen reader announces it), and that must not draw an orange box around the
// heading as the app opens; a Tab to a control must draw one.
import { expect, test } from '@playwright/test';
import { openApp, type Session } from './helpers';

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

const outlineOf = (selector: string) => (element: Element | null) => (element === null ? `no ${selector}` : getComputedStyle(element).outlineStyle);

test('the title the app focuses has no ring; a control reached by Tab has one', async ({ page }) => {
  session = await openApp(page, 'ru');
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toBeFocused();
  expect(await title.evaluate(outlineOf('h1'))).toBe('none');

  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const element = document.activeElement;
    return element === null || element === document.body ? null : { tag: element.tagName, outline: getComputedStyle(element).outlineStyle };
  });
  expect(focused, 'Tab moves focus to a control').not.toBeNull();
  expect(focused!.tag).not.toBe('H1');
  expect(focused!.outline).toBe('solid');
});
