// Measurements of the page's layout shared by the browser tests (issue 13): the sections fit their
// column, and Quick exit keeps its own place while every screen scrolls.
import { expect, type Page } from '@playwright/test';
import type { Session } from './helpers';

/** The two window sizes of issue 13: a usual laptop, and the smallest we design for. */
export const WINDOW_SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
] as const;

/** Every section and "Lock" in view, each on one line, in one column, with room for one more. */
export async function expectNavFits(page: Page, what: string): Promise<void> {
  const measured = await page.evaluate(() => {
    const nav = document.querySelector('nav.side-nav');
    if (nav === null) return null;
    const items = [...nav.querySelectorAll('.nav-item')].map((item) => item.getBoundingClientRect());
    const places = [...nav.querySelectorAll('li .nav-item')].map((item) => item.getBoundingClientRect());
    const lock = nav.querySelector('.nav-item.lock')!.getBoundingClientRect();
    const last = places[places.length - 1]!;
    return {
      count: items.length,
      lefts: new Set(items.map((r) => Math.round(r.left))).size,
      heights: items.map((r) => Math.round(r.height)),
      lowest: Math.max(...items.map((r) => r.bottom)),
      viewport: window.innerHeight,
      hidden: nav.scrollHeight - nav.clientHeight,
      spare: lock.top - last.bottom,
      itemHeight: last.height,
    };
  });
  expect(measured, `${what}: the side bar`).not.toBeNull();
  const m = measured!;
  expect(m.count, what).toBeGreaterThanOrEqual(9);
  expect(m.lefts, `${what}: one column`).toBe(1);
  // One line each: a label that wraps makes its button taller than the others.
  expect(Math.max(...m.heights) - Math.min(...m.heights), `${what}: every label on one line`).toBeLessThanOrEqual(1);
  expect(m.lowest, `${what}: all in view`).toBeLessThanOrEqual(m.viewport);
  expect(m.hidden, `${what}: nothing scrolled out of the column`).toBeLessThanOrEqual(0);
  expect(m.spare, `${what}: room for one more section`).toBeGreaterThanOrEqual(m.itemHeight);
}

interface QuickExitOverlap {
  /** Controls (tag and text) whose visible part meets Quick exit's box. */
  hits: string[];
  inBar: boolean;
  onTop: boolean;
  barTop: number;
}

/** At this scroll position: Quick exit lies in the top bar, nothing lies over it, the bar is at the
 *  top, and no control she can see and click meets Quick exit's box. What scrolls up under the bar
 *  cannot be seen or clicked there, so only a control's part below the bar counts (a control in the
 *  bar counts whole). */
async function quickExitOverlap(page: Page): Promise<QuickExitOverlap> {
  return page.evaluate(() => {
    const exit = document.querySelector('.quick-exit')!;
    const q = exit.getBoundingClientRect();
    const barElement = document.querySelector('.app-header')!;
    const bar = barElement.getBoundingClientRect();
    const hits: string[] = [];
    for (const element of document.querySelectorAll('button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')) {
      if (element === exit) continue;
      const r = element.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const top = barElement.contains(element) ? r.top : Math.max(r.top, bar.bottom);
      const meets = r.left < q.right && r.right > q.left && top < q.bottom && r.bottom > q.top;
      if (meets) hits.push(`${element.tagName} "${(element.textContent ?? '').trim().slice(0, 30)}"`);
    }
    const centre = document.elementFromPoint(q.left + q.width / 2, q.top + q.height / 2);
    return {
      hits,
      inBar: q.top >= bar.top && q.bottom <= bar.bottom && q.right <= window.innerWidth && q.left >= bar.left,
      onTop: centre !== null && exit.contains(centre),
      barTop: bar.top,
    };
  });
}

/** Scrolls the page (and a scrolling detail pane) from top to bottom in steps, checking each. */
export async function expectQuickExitClear(page: Page, screen: string): Promise<void> {
  const steps = 6;
  const height = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  for (let step = 0; step <= steps; step += 1) {
    await page.evaluate((y) => {
      window.scrollTo(0, y);
      for (const pane of document.querySelectorAll('.detail-pane')) pane.scrollTop = (pane.scrollHeight * y) / Math.max(1, document.documentElement.scrollHeight);
    }, Math.round((height * step) / steps));
    const found = await quickExitOverlap(page);
    const where = `${screen}, scrolled ${step}/${steps}`;
    expect(found.inBar, `${where}: Quick exit in the top bar`).toBe(true);
    expect(found.onTop, `${where}: nothing over Quick exit`).toBe(true);
    expect(found.barTop, `${where}: the bar stays at the top`).toBe(0);
    expect(found.hits, `${where}: controls under Quick exit`).toEqual([]);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Entries written the way the service takes them, a day apart (the newest first in the list). */
export async function seedEntries(s: Session, count: number): Promise<void> {
  const drafts = Array.from({ length: count }, (_, i) => ({
    kind: i % 3 === 0 ? 'economic' : 'incident',
    title: `Запись ${i + 1}: он кричал и забрал телефон`,
    text: `Он пришёл вечером, кричал и забрал телефон. Запись номер ${i + 1}. `.repeat(6),
    occurredAt: { at: new Date(Date.UTC(2024, 0, 1 + i, 17, 30)).toISOString(), zone: 'Europe/Minsk', precision: 'exact' },
    categories: i % 3 === 0 ? ['deprivation_of_funds'] : ['psychological'],
    ...(i % 3 === 0 ? { amount: { value: '150.00', currency: 'BYN' } } : {}),
  }));
  await s.harness.call('entries.createMany', { drafts });
  // The timeline reads the vault when it is shown.
  await s.page.getByRole('button', { name: s.t('common.navPeople'), exact: true }).click();
  await expect(s.page.getByRole('heading', { level: 1, name: s.t('people.title') })).toBeVisible();
  await s.page.getByRole('button', { name: s.t('common.navTimeline'), exact: true }).click();
  await expect(s.page.getByText(s.t('timeline.total', { count }), { exact: true })).toBeVisible();
}

