// The dashboard in a real browser against a running demo: fridge-cloud (child process, port 0,
// temp data dir), simulated controllers behind real fridge-edge agents (children) on TCP
// serial links, set up through the admin API as `npm start` does (scripts/demo.ts), and
// headless Chromium (Debian's, driven by playwright-core) showing the page.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dashboardUrl, demoUserToken, packingRecords, registerFridges, registerMeals, type AdminApi } from '../../../scripts/demo.js';
import { loadScenario, PERFECT_RATES, RealClock, startSimulation } from '../../../simulator/index.js';
import { hasChromium, launchChromium } from '../../support/chromium.js';
import { CloudProcess } from '../../support/cloud-process.js';
import { EdgeProcess, edgeArgs } from '../../../testkit/edge-process.js';
import { FeedProcess } from '../../support/feed-process.js';
import { useCleanups } from '../../support/lifecycle.js';
import { useTmpDirs } from '../../support/tmp.js';

const tmp = useTmpDirs();
const cleanup = useCleanups();
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SCREENSHOT = path.join(ROOT, 'test-results', 'dashboard.png');
const WARM_SCREENSHOT = path.join(ROOT, 'test-results', 'dashboard-warm.png');
// One fridge in each of the demo's districts.
const FRIDGES = ['fr-mitte-hbf', 'fr-xberg-cowork'];

/** Waits until the element's text is `want`; on timeout says what it was instead. */
async function waitForText(page: Page, selector: string, want: string, what: string, timeoutMs = 30_000): Promise<void> {
  try {
    // Runs in the page (this project's TypeScript has no DOM types).
    await page.waitForFunction(
      ([sel, text]) => (globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }).document.querySelector(sel)?.textContent === text,
      [selector, want] as const,
      { timeout: timeoutMs },
    );
  } catch {
    const got = await page.locator(selector).first().textContent({ timeout: 1000 }).catch(() => '(no such element)');
    throw new Error(`${what}: wanted ${JSON.stringify(want)}, the page shows ${JSON.stringify(got)} (${selector})`);
  }
}

/** Waits until the element's text matches `pattern`; resolves with that text. */
async function waitForMatch(page: Page, selector: string, pattern: RegExp, what: string, timeoutMs = 30_000): Promise<string> {
  try {
    await page.waitForFunction(
      ([sel, source]) => new RegExp(source).test((globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }).document.querySelector(sel)?.textContent ?? ''),
      [selector, pattern.source] as const,
      { timeout: timeoutMs },
    );
  } catch {
    const got = await page.locator(selector).first().textContent({ timeout: 1000 }).catch(() => '(no such element)');
    throw new Error(`${what}: wanted text matching ${String(pattern)}, the page shows ${JSON.stringify(got)} (${selector})`);
  }
  return (await page.locator(selector).first().textContent()) ?? '';
}

/** "4.1 °C" → 41 (tenths of a degree, as the API and the feed count). */
const deciOf = (text: string): number => Math.round(Number(text.replace(/\s*°C$/, '')) * 10);

/**
 * The running demo: cloud, simulated controllers, edge agents, the demo user's token. With
 * `feedProcess`, as npm start runs it: the feed in a fridge-feed process on the cloud's store
 * (the cloud started once to create the store, then again with --feed off and --feed-url).
 */
async function startDemo(o: { feedProcess?: boolean } = {}) {
  const dir = tmp();
  let cloud = await CloudProcess.start(path.join(dir, 'cloud'));
  if (o.feedProcess === true) {
    await cloud.kill('SIGTERM');
    const feed = await FeedProcess.start(path.join(dir, 'cloud'));
    cleanup(() => feed.kill('SIGTERM'));
    cloud = await CloudProcess.start(path.join(dir, 'cloud'), ['--feed', 'off', '--feed-url', feed.url]);
  }
  const demo = { cloud };
  cleanup(() => demo.cloud.kill('SIGTERM'));
  const api: AdminApi = (method, p, body) => demo.cloud.api(method, p, body);

  const scenario = await loadScenario('demo');
  const sim = await startSimulation({
    scenario: { ...scenario, fridges: scenario.fridges.filter((f) => FRIDGES.includes(f.id)), subscribers: scenario.subscribers.filter((s) => FRIDGES.includes(s.fridge)) },
    link: 'tcp',
    clock: new RealClock(20, Date.now()),
    autopilot: false,
    rates: PERFECT_RATES,
  });
  cleanup(() => sim.close());
  await registerMeals(api, sim.scenario);
  const passwords = await registerFridges(api, sim.fridges());
  await packingRecords(api, sim)();
  for (const f of sim.fridges()) {
    const pw = path.join(dir, `${f.fridgeId}.pw`);
    writeFileSync(pw, passwords.get(f.fridgeId) ?? '');
    const edge = EdgeProcess.spawn(edgeArgs({ fridgeId: f.fridgeId, district: f.district, serial: sim.serialArg(f.fridgeId), mqtt: cloud.mqttUrl, dataDir: path.join(dir, `edge-${f.fridgeId}`), extra: ['--password-file', pw] }));
    cleanup(() => edge.kill('SIGTERM'));
  }
  const { token } = await demoUserToken(api, 'demo-user', 600);

  // A meal the first fridge holds at least two of (one for a shopper, one to reserve).
  const fridgeId = FRIDGES[0]!;
  const counts = new Map<string, number>();
  for (const i of sim.truth().items[fridgeId] ?? []) if (i.personalFor === undefined) counts.set(i.gtin, (counts.get(i.gtin) ?? 0) + 1);
  const [gtin, n] = [...counts.entries()].find(([, c]) => c >= 2) ?? ['', 0];
  expect(n).toBeGreaterThanOrEqual(2);

  const browser = await launchChromium(tmp());
  cleanup(() => browser.close());
  const page = browser.pages()[0] ?? (await browser.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));

  const fridge = `[data-testid="fridge"][data-fridge-id="${fridgeId}"]`;
  const row = `${fridge} [data-testid="meal-row"][data-gtin="${gtin}"]`;
  return {
    demo, sim, token, page, pageErrors, fridgeId, gtin, n,
    sel: { fridge, row, available: `${row} [data-testid="available"]`, reserved: `${row} [data-testid="reserved"]`, temp: `${fridge} [data-testid="fridge-temp"]`, connection: '[data-testid="connection"]' },
    /** Opens the dashboard as npm start prints it and waits for the fridge's stock. */
    async open(): Promise<void> {
      await page.goto(dashboardUrl(demo.cloud.base, token));
      await page.locator(`${fridge}[data-state="online"]`).waitFor({ timeout: 60_000 });
      await waitForText(page, `${row} [data-testid="available"]`, String(n), 'stock after the first inventory', 60_000);
    },
  };
}

// CI installs Chromium (.ci/run): there the test must run, and fail without it.
describe.skipIf(!hasChromium() && process.env.CI === undefined)('dashboard (system: cloud and edge children, simulated controllers, headless Chromium)', () => {
  it('finds the feed of a fridge-feed process (districts.json\'s feed_url, allowed by the page\'s CSP) and shows a shopper\'s take live', async () => {
    const { demo, sim, page, pageErrors, fridgeId, gtin, n, sel, open } = await startDemo({ feedProcess: true });
    // The cloud serves no feed itself.
    expect((await fetch(`${demo.cloud.base}/v1/feed`)).status).toBe(404);
    await open();
    expect(await page.locator(sel.connection).getAttribute('data-state')).toBe('live');
    await sim.shopperSession(fridgeId, { take: [gtin] });
    await waitForText(page, sel.available, String(n - 1), 'after the shopper took one');
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('shows the fridges live: a shopper taking a meal and a reservation change the counts on the page', async () => {
    const { sim, page, pageErrors, fridgeId, gtin, n, sel, open } = await startDemo();
    await open();
    await waitForText(page, sel.reserved, '0', 'nothing reserved yet');
    expect(await page.locator(sel.connection).getAttribute('data-state')).toBe('live');
    // The token left the address bar once read.
    expect(page.url()).not.toContain('token=');

    // A shopper opens the door and takes one: the count drops on the page.
    await sim.shopperSession(fridgeId, { take: [gtin] });
    await waitForText(page, sel.available, String(n - 1), 'after the shopper took one');
    await page.locator(`[data-testid="log-entry"][data-kind="stockUpdated"][data-fridge-id="${fridgeId}"][data-gtin="${gtin}"]`).first().waitFor();

    // Reserve: the demo user's hold shows in the counts (through the feed) and in the list.
    await page.locator(`${sel.row} [data-testid="reserve"]`).click();
    await waitForText(page, sel.reserved, '1', 'after reserving');
    await waitForText(page, sel.available, String(n - 2), 'available after reserving');
    await page.locator('[data-testid="hold"]').first().waitFor();
    await page.locator('[data-testid="log-entry"][data-kind="stockReserved"]').first().waitFor();

    // The catalog panel has the meal's facts from the catalog API.
    const facts = sim.scenario.meals.find((m) => m.gtin === gtin);
    await waitForText(page, `[data-testid="catalog-meal"][data-gtin="${gtin}"] h3`, facts?.name ?? '', 'catalog name');

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 150_000);

  it('shows each fridge\'s temperature, live: a warmer reading replaces it and is highlighted above the safe temperature', async () => {
    const { demo, sim, page, pageErrors, fridgeId, sel, open } = await startDemo();
    await open();
    // The controller reports every simulated minute (3 s here); the edge records the first sample.
    const first = await waitForMatch(page, sel.temp, /^-?\d+\.\d °C$/, 'a temperature on the card');
    expect(await page.locator(sel.temp).getAttribute('data-state')).toBe('ok');
    expect(await page.locator(sel.temp).getAttribute('title')).toMatch(/sensor 1: -?\d+\.\d °C at /);
    // What the page shows is the fridge's latest reading as the API has it (the edge records
    // again only after a 0.5 °C change or 5 minutes, and nothing warms this fridge yet).
    const api = await demo.cloud.api<{ temperatures: Array<{ sensor: number; deci_celsius: number }> }>('GET', `/v1/fridges/${fridgeId}`, undefined, null);
    expect(api.body.temperatures.map((t) => [t.sensor, t.deci_celsius])).toEqual([[1, deciOf(first)]]);
    expect(deciOf(first)).toBeLessThanOrEqual(50);

    // The cooling fails: the air warms towards 9.0 °C. Each 0.5 °C step the edge records comes
    // through the feed and replaces the reading; above 5.0 °C the card says so.
    sim.temperatureExcursion(fridgeId, 60 * 60_000, 90);
    await page.waitForFunction(
      ([s, was]) => {
        const t = (globalThis as unknown as { document: { querySelector(q: string): { textContent: string | null } | null } }).document.querySelector(s)?.textContent ?? '';
        return /^-?\d+\.\d °C$/.test(t) && t !== was;
      },
      [sel.temp, first] as const,
      { timeout: 30_000 },
    );
    const warmer = (await page.locator(sel.temp).textContent()) ?? '';
    expect(deciOf(warmer)).toBeGreaterThan(deciOf(first));
    await page.locator(`${sel.temp}[data-state="warm"]`).waitFor({ timeout: 60_000 });
    const warm = (await page.locator(sel.temp).textContent()) ?? '';
    expect(deciOf(warm)).toBeGreaterThan(50);
    expect(await page.locator(sel.temp).getAttribute('title')).toContain('above the safe 5.0 °C');
    await page.locator(`[data-testid="log-entry"][data-kind="temperatureRecorded"][data-fridge-id="${fridgeId}"]`, { hasText: 'too warm' }).first().waitFor();
    // The other fridge stays cool.
    expect(await page.locator(`[data-testid="fridge"][data-fridge-id="${FRIDGES[1]!}"] [data-testid="fridge-temp"]`).getAttribute('data-state')).not.toBe('warm');
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.locator('[data-testid="fridges"]').screenshot({ path: WARM_SCREENSHOT });
    expect(pageErrors).toEqual([]);
  }, 150_000);

  it('ignores what it cannot read: malformed frames and unknown messages do not stop the page', async () => {
    const { sim, page, pageErrors, fridgeId, gtin, n, sel, open } = await startDemo();
    // Between the page and the real feed, frames the page must survive, after the snapshot.
    const junk: Array<string | Buffer> = [
      'not JSON',
      '[]',
      '{"requestId":"x"}',
      '{"teleport":{"to":"mars"}}',
      '{"snapshot":"not an object"}',
      JSON.stringify({ event: { cursor: { epoch: 'e', position: 'abc' }, fridgeId, teleported: {} } }),
      JSON.stringify({ event: { fridgeId: 42, stockUpdated: { gtin: 'not a gtin', available: 'many' } } }),
      Buffer.from([0x08, 0x96, 0x01]),
    ];
    await page.routeWebSocket(/\/v1\/feed$/, (ws) => {
      const server = ws.connectToServer();
      server.onMessage((m) => {
        ws.send(m);
        if (typeof m === 'string' && m.includes('"snapshot"')) for (const j of junk) ws.send(j);
      });
    });
    await open();
    await page.locator('#log-count', { hasText: 'ignored' }).waitFor();
    expect(await page.locator(sel.connection).getAttribute('data-state')).toBe('live');
    // Still following: the next real change shows.
    await sim.shopperSession(fridgeId, { take: [gtin] });
    await waitForText(page, sel.available, String(n - 1), 'after the shopper took one');
    expect(pageErrors).toEqual([]);
  }, 150_000);

  it('reconnects when the cloud restarts and resumes the feed: a meal taken while it was down shows', async () => {
    const { demo, sim, page, pageErrors, fridgeId, gtin, n, sel, open } = await startDemo();
    await open();
    const { httpPort, mqttPort, dataDir } = demo.cloud;
    await demo.cloud.kill('SIGTERM');
    await page.locator(`${sel.connection}[data-state="reconnecting"]`).waitFor();

    // Taken while the cloud is down: it waits in the edge's outbox.
    await sim.shopperSession(fridgeId, { take: [gtin] });
    demo.cloud = await CloudProcess.start(dataDir, [], { http: httpPort, mqtt: mqttPort });
    await page.locator(`${sel.connection}[data-state="live"]`).waitFor({ timeout: 60_000 });
    await waitForText(page, sel.available, String(n - 1), 'after the cloud came back');
    // Resumed from the page's cursor (same store), not a new snapshot.
    await page.locator('[data-testid="log-entry"][data-kind="system"]', { hasText: 'resumed' }).first().waitFor();
    expect(pageErrors).toEqual([]);
  }, 150_000);
});
