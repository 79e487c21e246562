// Timeline first paint with 10,000 entries, in the real UI (browser harness + Debian Chromium, real
// SQLCipher underneath). Called from tests/bench/run.ts; runnable alone: `npx tsx tests/bench/timeline.ts`.
//
// Measured from the click on "Timeline" (coming from another screen, vault already open) until the
// first entry row is on screen, and until the counts of all 10,000 are shown. Unlocking (Argon2id and
// the integrity check) is left out: the bench reports vault_open_ms on its own.
import { chromium } from '@playwright/test';
import { CATEGORIES_BY_KIND, type EntryDraftInput, type EntryKind } from '../../shared/domain';
import { translator } from '../../renderer/i18n';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { startHarness } from '../e2e/harness';
import globalSetup from '../e2e/globalSetup';

const ENTRIES = 10_000;
const RUNS = 3;
const PASSPHRASE = 'bench timeline river lamp winter';

export interface TimelineFigure {
  figure: string;
  value: number | null;
  goal: string;
  ok: boolean;
  runs?: number;
}

function drafts(count: number): EntryDraftInput[] {
  const kinds: EntryKind[] = ['incident', 'stalking', 'economic'];
  const start = Date.UTC(2019, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[i % 3]!;
    const common = {
      occurredAt: { at: new Date(start + ((i * 7_919) % (5 * 365)) * 86_400_000 + (i % 1440) * 60_000).toISOString(), zone: 'Europe/Minsk', precision: 'exact' as const },
      title: `Запись №${i + 1}`,
      text: 'Вечером он снова пришёл и начал кричать при детях. Соседка слышала крики и вызвала милицию. '.repeat(6),
      categories: [CATEGORIES_BY_KIND[kind][i % CATEGORIES_BY_KIND[kind].length] as never],
    };
    return kind === 'economic' ? { kind, ...common, amount: { value: `${100 + (i % 900)}.50`, currency: 'BYN' } } : { kind, ...common };
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number) => Math.round(value * 10) / 10;

export async function benchTimeline(): Promise<TimelineFigure[]> {
  globalSetup();
  const harness = await startHarness({ settings: { language: 'en' } });
  const t = translator('en');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const path = `${harness.dir}/bench.dossier`;
    await harness.service['vault.create']({ path, passphrase: PASSPHRASE });
    await harness.service['entries.createMany']({ drafts: drafts(ENTRIES) });
    await harness.service['vault.lock']({});

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(harness.url);
    await page.getByLabel(t('vault.location')).fill(path);
    await page.getByLabel(t('vault.passphrase'), { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: t('vault.unlockButton') }).click();
    await page.getByText(t('timeline.total', { count: ENTRIES })).waitFor({ timeout: 60_000 });

    const firstPaint: number[] = [];
    const allCounted: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.getByRole('button', { name: t('common.navHelp'), exact: true }).click();
      await page.getByRole('heading', { level: 1, name: t('help.title') }).waitFor();
      const started = performance.now();
      await page.getByRole('button', { name: t('common.navTimeline'), exact: true }).click();
      await page.locator('.timeline-row').first().waitFor({ state: 'visible' });
      firstPaint.push(performance.now() - started);
      await page.getByText(t('timeline.total', { count: ENTRIES })).waitFor({ timeout: 30_000 });
      allCounted.push(performance.now() - started);
    }
    // Only the rows near the screen exist in the page, however long the list.
    const rowsInPage = await page.locator('.timeline-row').count();
    const paint = median(firstPaint);
    const counted = median(allCounted);
    return [
      { figure: 'timeline_first_paint_10k_ms', value: round(paint), goal: '<= 1000', ok: paint <= 1000, runs: RUNS },
      { figure: 'timeline_all_counted_10k_ms', value: round(counted), goal: '<= 5000', ok: counted <= 5000, runs: RUNS },
      { figure: 'timeline_rows_in_page_10k', value: rowsInPage, goal: '<= 60 (virtualised)', ok: rowsInPage <= 60 },
    ];
  } finally {
    await browser.close();
    await harness.close();
  }
}

if (require.main === module) {
  benchTimeline().then(
    (figures) => {
      for (const figure of figures) process.stdout.write(`${JSON.stringify(figure)}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`bench timeline failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
