// Shared pieces of the browser tests: a harness per test, the app's own translations for finding
// controls (so the same flow runs in every language), accessibility checks, screenshots, and a
// record of every request the page made.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Language } from '../../shared/appContract';
import { translator, type Translate } from '../../renderer/i18n';
import { launchHarness, type HarnessClient } from './harnessClient';

export const SCREENSHOTS = resolve(__dirname, '../../test-results/screens');

export interface Session {
  harness: HarnessClient;
  page: Page;
  t: Translate;
  /** Every URL the page asked for, to prove nothing left the harness. */
  requests: string[];
}

export async function openApp(page: Page, language: Language): Promise<Session> {
  const harness = await launchHarness(language);
  const requests: string[] = [];
  page.context().on('request', (request) => requests.push(request.url()));
  await page.goto(harness.url);
  const t = translator(language);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return { harness, page, t, requests };
}

/** Every request went to the harness (or stayed inside the page: blob:, data:, about:blank). */
export function expectOnlyLocalRequests(session: Session): void {
  const outside = session.requests.filter((url) => !url.startsWith(`${session.harness.origin}/`) && !/^(blob|data|about):/.test(url));
  expect(outside, 'requests outside the harness origin').toEqual([]);
}

/** Zero serious or critical accessibility violations (axe-core, WCAG 2.x A/AA rules). */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(serious, `axe on "${screen}"`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Axe and a screenshot: what every screen gets. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await screenshot(page, name);
}

/** A real 24×16 PNG (a photo stand-in) so previews and MIME sniffing see an image. */
export const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAABgAAAAQCAIAAACDRijCAAACoUlEQVR4nAXBoQ6FIABAUb+TRCKRTATHDATnbiA4ZiA4ZiA4ZiAYDIYXDAaDH/TOaYygE/QCJxgECLxgEsyCKFgEqyALNsEuqIJDcAouwU9wCx7BK/gEjZF0kl7iJIMEiZdMklkSJYtklWTJJtklVXJITskl+UluySN5JZ+kMYpO0SucYlCg8IpJMSuiYlGsiqzYFLuiKg7FqbgUP8WteBSv4lM0RtNpeo3TDBo0XjNpZk3ULJpVkzWbZtdUzaE5NZfmp7k1j+bVfJrGtHQtfYtrGVpo8S1Ty9wSW5aWtSW3bC17S205Ws6Wq+XXcrc8LW/L19IYQ2foDc4wGDB4w2SYDdGwGFZDNmyG3VANh+E0XIaf4TY8htfwGRpj6Sy9xVkGCxZvmSyzJVoWy2rJls2yW6rlsJyWy/Kz3JbH8lo+S2McnaN3OMfgwOEdk2N2RMfiWB3ZsTl2R3UcjtNxOX6O2/E4XsfnaMxIN9KPuJFhhBE/Mo3MI3FkGVlH8sg2so/UkWPkHLlGfiP3yDPyjnwjjfF0nt7jPIMHj/dMntkTPYtn9WTP5tk91XN4Ts/l+Xluz+N5PZ+nMYEu0AdcYAgQ8IEpMAdiYAmsgRzYAnugBo7AGbgCv8AdeAJv4As0JtJF+oiLDBEiPjJF5kiMLJE1kiNbZI/UyBE5I1fkF7kjT+SNfJHGJLpEn3CJIUHCJ6bEnIiJJbEmcmJL7ImaOBJn4kr8EnfiSbyJL9GYTJfpMy4zZMj4zJSZMzGzZNZMzmyZPVMzR+bMXJlf5s48mTfzZRpT6Ap9wRWGAgVfmApzIRaWwlrIha2wF2rhKJyFq/Ar3IWn8Ba+QmMqXaWvuMpQoeIrU2WuxMpSWSu5slX2Sq0clbNyVX6Vu/JU3spX+QOk1ZWfbzolWQAAAABJRU5ErkJggg==';

/** Drops a file on a drop zone the way a browser does after a real drag from the desktop. */
export async function dropFile(page: Page, selector: string, file: { name: string; type: string; base64: string }): Promise<void> {
  const dataTransfer = await page.evaluateHandle(({ name, type, base64 }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], name, { type }));
    return transfer;
  }, file);
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}


/** The picker seam: the harness answers the next dialog with `path` (what she would click in the
 *  system's dialog), then the test presses the chooser's button in the group named `label`, and the
 *  page shows the file's name, never its path. Nothing is typed. */
export async function chooseFile(page: Page, harness: Pick<HarnessClient, 'call'>, label: string, path: string): Promise<void> {
  await harness.call('harness.answerPicker', { path });
  const group = page.getByRole('group', { name: label, exact: true });
  await group.getByRole('button').click();
  await expect(group.locator('.file-name')).toHaveText(basename(path));
  await expect(page.locator('body')).not.toContainText(path);
}

/** Opens one of the entry form's optional sections by its title (it may have opened by itself). */
export async function openSection(page: Page, title: string): Promise<void> {
  const section = page.locator('details.form-section', { has: page.locator('summary', { hasText: title }) });
  if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
  await expect(section).toHaveAttribute('open', '');
}

/** A PDF's text as pdftotext reads it, whitespace folded to single spaces. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString('utf8').replace(/\s+/g, ' ');
}
