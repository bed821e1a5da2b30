// The Reports page in a real browser (headless Chromium, driven by playwright-core) against a
// real cloud (embedded aedes, real SQLite) that a fridge's MQTT batches filled: a sale, a
// restock, a reservation, a disposal and a period above the safe temperature, drawn as SVG
// charts of sales per hour and per meal, waste and stockouts, and the fridge's temperature
// over 24 h with the safe line and the excursion; the live page links to it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { epcBytes } from '../../../cloud/domain/index.js';
import { ADMIN, LASAGNA, SALAD, useCloud } from '../http/harness.js';
import { hasChromium, launchChromium } from '../../support/chromium.js';
import { useCleanups } from '../../support/lifecycle.js';
import { useTmpDirs } from '../../support/tmp.js';

const tmp = useTmpDirs();
const start = useCloud(['--excursion-minutes', '1']);
// After useCloud: after-each hooks run last-registered first, so the browser closes before the cloud stops.
const cleanup = useCleanups();
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SCREENSHOT = path.join(ROOT, 'test-results', 'reports.png');
const epc = (n: number): string => '3074257BF7194E43' + n.toString(16).toUpperCase().padStart(8, '0');

describe.skipIf(!hasChromium() && process.env.CI === undefined)('reports page (system: real app, MQTT batches, headless Chromium)', () => {
  it('draws sales per hour and per meal, waste and stockouts, and the temperature with the safe line and the excursion', async () => {
    const cloud = await start();
    expect((await cloud.admin('PUT', '/v1/districts/mitte/time-zone', { time_zone: 'Europe/Berlin' })).status).toBe(200);
    await cloud.meal(LASAGNA, { name: 'Lasagna' });
    await cloud.meal(SALAD, { name: 'Salad' });
    const f = await cloud.fridge('fr-r', 'mitte', { lat: 52.52, lon: 13.4 });
    const t0 = Date.now() - 30 * 60_000;
    const later = new Date(t0 + 3 * 86_400_000).toISOString();
    expect((await cloud.admin('POST', '/v1/tags', { tags: [1, 2, 3].map((n) => ({ epc: epc(n), gtin: n === 3 ? SALAD : LASAGNA, best_before: later })) })).status).toBe(201);
    await f.send([{ recordedAtMs: t0, snapshot: { reason: 2, tags: [1, 2, 3].map((n) => epcBytes(epc(n))), unseen: [], shelves: [] } }]);
    // Two lasagnas sold (the last one: a stockout since), a temperature excursion that withdraws the salad, which is then thrown away.
    await f.send([{ recordedAtMs: t0 + 60_000, doorSession: { openedAtMs: t0 + 50_000, closedAtMs: t0 + 60_000, openCount: 1, removed: [epcBytes(epc(1)), epcBytes(epc(2))], added: [], shelves: [], rounds: 2, tagCount: 1 } }]);
    await f.send([{ recordedAtMs: t0 + 120_000, temperature: { sensor: 1, deciCelsius: 40 } }]);
    await f.send([{ recordedAtMs: t0 + 180_000, temperature: { sensor: 1, deciCelsius: 90 } }]);
    await f.send([{ recordedAtMs: t0 + 300_000, temperature: { sensor: 1, deciCelsius: 95 } }]);
    await f.send([{ recordedAtMs: t0 + 420_000, temperature: { sensor: 1, deciCelsius: 35 } }]);
    await f.send([{ recordedAtMs: t0 + 480_000, doorSession: { openedAtMs: t0 + 470_000, closedAtMs: t0 + 480_000, openCount: 1, removed: [epcBytes(epc(3))], added: [], shelves: [], rounds: 2, tagCount: 0 } }]);

    // The live page links to the Reports page.
    expect(await (await fetch(`${cloud.base}/dashboard/`)).text()).toContain('href="reports.html"');

    const browser = await launchChromium(tmp());
    cleanup(() => browser.close());
    const page = browser.pages()[0] ?? (await browser.newPage());
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(`${cloud.base}/dashboard/reports.html#token=${ADMIN}`);
    await page.locator('body[data-loaded="mitte"]').waitFor({ timeout: 30_000 });
    // The token left the address bar.
    expect(page.url()).not.toContain('token=');

    const counts = async (selector: string, attr: string): Promise<number[]> => page.locator(selector).evaluateAll((els, a) => els.map((e) => Number(e.getAttribute(a))), attr);
    expect(await page.locator('[data-testid="sales-total"]').textContent()).toBe('2 meals');
    expect((await counts('[data-testid="sales-chart"] rect[data-count]', 'data-count')).reduce((a, n) => a + n, 0)).toBe(2);
    expect(await counts(`[data-testid="meal-chart"] rect[data-gtin="${LASAGNA}"]`, 'data-count')).toEqual([2]);
    expect(await page.locator('[data-testid="waste-total"]').textContent()).toBe('1 meal wasted'); // withdrawn too warm (its disposal is the same meal)
    expect((await counts('[data-testid="waste-chart"] rect[data-stockout-minutes]', 'data-stockout-minutes')).reduce((a, n) => a + n, 0)).toBeGreaterThanOrEqual(29);

    const chart = '[data-testid="temp-chart-fr-r"]';
    expect(await counts(`${chart} polygon.temp-band`, 'data-max')).toEqual([9.5]);
    expect(await counts(`${chart} line.safe-line`, 'data-celsius')).toEqual([5]);
    expect(await counts(`${chart} rect.excursion`, 'data-peak')).toEqual([9.5]);
    expect(await page.locator('[data-testid="zone"]').textContent()).toBe('local days in Europe/Berlin');

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(problems).toEqual([]);

    // Without a token the page says what it needs instead of failing silently.
    const fresh = await browser.newPage();
    await fresh.goto(`${cloud.base}/dashboard/reports.html`);
    await fresh.locator('[data-testid="notice"]:not([hidden])').waitFor({ timeout: 10_000 });
    expect(await fresh.locator('[data-testid="notice"]').textContent()).toContain('#token=');
  }, 120_000);
});
