// Issue 14, done when: a simulated week through the real cloud (embedded aedes, real SQLite,
// MQTT batches, the report projection, HTTP) and every figure of the reports equal to the
// ground truth counted here, independently, from the simulator's own record, across the EU
// DST change (Sunday 2026-10-25 is 25 hours long in Berlin); the rebuilt report tables equal
// the live ones.
//
// The simulator's world runs the demo scenario's six fridges for a week on a ManualClock; the
// fridges reach the cloud as the simulator's fleet mode does, speaking the edge -> cloud
// protocol themselves: each door session the world recorded (what it really took and added) is
// a DoorSession event at its closing time, and its controller's $TEMP lines are thinned as the
// edge thins them (every 5 minutes, or on a change of 0.5 °C). The cloud's clock follows the
// simulated time, and its Tick runs every 15 simulated minutes and at every best-before.
// What the cloud cannot know is left out on both sides: the world's app reservations are its
// own (it does not call the cloud's reservation API), so a reserved meal's pickup is a sale.
import mqtt, { type MqttClient } from 'mqtt';
import { describe, expect, it } from 'vitest';
import { epcBytes } from '../../../cloud/domain/index.js';
import type { SqliteCloudStore } from '../../../cloud/store/index.js';
import { REPORT_TABLES } from '../../../cloud/store/index.js';
import { AckStatus, assembleBatch, decodeAck, encodeFridgeEvent, encodeStatus, StatusState, topics, type FridgeEvent } from '../../../proto/index.js';
import { loadScenario, ManualClock, startSimulation, type SessionRecord } from '../../../simulator/index.js';
import { ADMIN, useCloud } from '../http/harness.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
// Thursday 2026-10-22 00:00 in Berlin; seven days to Thursday 2026-10-29 00:00 (CET).
const START = Date.parse('2026-10-21T22:00:00Z');
const END = Date.parse('2026-10-28T23:00:00Z');
const ZONES: Record<string, string> = { 'berlin-mitte': 'Europe/Berlin', 'berlin-kreuzberg': 'America/Detroit' };
const SAFE_DECI = 50;

const start = useCloud(['--excursion-minutes', '10080', '--tick-s', '3600', '--nearing-expiry-minutes', '0']);

/** The local day of `ms` in `zone`, as the test reads a calendar (not the product's code). */
const dayOf = (ms: number, zone: string): string => new Date(ms).toLocaleDateString('en-CA', { timeZone: zone });

/** [from, to) cut at local midnights, found hour by hour (every zone here has whole-hour offsets). */
function perDay(from: number, to: number, zone: string, into: Map<string, number>, key: string): void {
  let t = from;
  while (t < to) {
    let next = (Math.floor(t / HOUR) + 1) * HOUR;
    while (next < to && dayOf(next, zone) === dayOf(t, zone)) next += HOUR;
    const end = Math.min(next, to);
    const k = `${key}|${dayOf(t, zone)}`;
    into.set(k, (into.get(k) ?? 0) + (end - t));
    t = end;
  }
}

interface Truth {
  counts: Map<string, { sold: number; picked_up: number; restocked: number; expired: number; disposed: number }>;
  stockoutMs: Map<string, number>;
  aboveMs: Map<string, number>;
  maxDeci: Map<string, number>;
}

describe('reports over a simulated week (integration: simulator, real app, MQTT, HTTP)', () => {
  it('equal the ground truth: sales, pickups, restocks, expiries, disposals, stockout and temperature minutes, across a 25-hour day', async () => {
    // --- the week, in the simulator ---
    const clock = new ManualClock(START);
    // The demo's fridges with a quarter of their shoppers: meals stay long enough to expire.
    const scenario = await loadScenario('demo');
    const quiet = { ...scenario, fridges: scenario.fridges.map((f) => ({ ...f, shoppersPerHour: (f.shoppersPerHour ?? scenario.traffic.shoppersPerHour) / 4 })) };
    const sim = await startSimulation({
      scenario: quiet,
      link: 'memory',
      clock,
      rates: { lineCorrupt: 0, lineTruncate: 0, rebootPerDay: 0, linkDropPerDay: 0, doorLeftOpen: 0, tempExcursionPerDay: 0.6 },
    });
    const fridges = sim.fridges();
    const initial = sim.truth();
    const sessions: SessionRecord[] = [];
    sim.on((e) => {
      if (e.type === 'session') sessions.push(e.session);
    });
    const temps = new Map<string, Array<{ at: number; deci: number }>>(fridges.map((f) => [f.fridgeId, []]));
    for (const f of fridges) {
      const kept = temps.get(f.fridgeId)!;
      // The edge's thinning: a reading every 5 minutes, or when it moved 0.5 °C.
      sim.tapLines(f.fridgeId, (l) => {
        const m = /^\$TEMP,(\d+),(-?\d+),/.exec(l.line);
        if (m === null) return;
        const deci = Number(m[2]);
        const last = kept[kept.length - 1];
        if (last === undefined || l.atMs - last.at >= 5 * MIN || Math.abs(deci - last.deci) >= 5) kept.push({ at: l.atMs, deci });
      });
    }
    await clock.advance(END - START);
    await sim.quiescent();
    const truth = sim.truth();
    await sim.close();
    sessions.sort((a, b) => a.closedAtMs - b.closedAtMs);

    // Best-before of every meal: the initial ones as the world placed them, the others shelf life after their arrival.
    const shelfLife = new Map(sim.scenario.meals.map((m) => [m.gtin, m.shelfLifeDays * DAY]));
    const bestBefore = new Map<string, number>();
    for (const items of Object.values(initial.items)) for (const i of items) bestBefore.set(i.epc, i.expiresAtMs);
    for (const a of truth.additions) if (!bestBefore.has(a.epc)) bestBefore.set(a.epc, a.atMs + (shelfLife.get(a.gtin) ?? 0));
    const gtinOf = new Map(truth.additions.map((a) => [a.epc, a.gtin]));
    const personal = new Map(truth.additions.filter((a) => a.personalFor !== undefined).map((a) => [a.epc, a.personalFor!]));
    const districtOf = new Map(fridges.map((f) => [f.fridgeId, f.district]));

    // --- the ground truth, counted from the world's record ---
    const t: Truth = { counts: new Map(), stockoutMs: new Map(), aboveMs: new Map(), maxDeci: new Map() };
    const count = (fridgeId: string, gtin: string, at: number, what: 'sold' | 'picked_up' | 'restocked' | 'expired' | 'disposed'): void => {
      const k = `${fridgeId}|${gtin}|${dayOf(at, ZONES[districtOf.get(fridgeId)!]!)}`;
      const c = t.counts.get(k) ?? { sold: 0, picked_up: 0, restocked: 0, expired: 0, disposed: 0 };
      c[what] += 1;
      t.counts.set(k, c);
    };
    const removalOf = new Map(truth.removals.map((r) => [r.epc, r]));
    // Per fridge and meal, the sellable meals (present, not personal, before their best-before) over time.
    const present = new Map<string, Map<string, number>>(); // fridge -> epc -> since
    const changes: Array<{ fridgeId: string; gtin: string; at: number }> = [];
    for (const f of fridges) present.set(f.fridgeId, new Map(initial.items[f.fridgeId]?.map((i) => [i.epc, START]) ?? []));
    for (const s of sessions) {
      for (const epc of s.taken) {
        const gtin = gtinOf.get(epc)!;
        const expired = (bestBefore.get(epc) ?? Infinity) <= s.closedAtMs;
        const r = removalOf.get(epc);
        // A withdrawn (expired) meal taken out is disposed of, whoever took it; a personal one is picked up.
        count(s.fridgeId, gtin, s.closedAtMs, personal.has(epc) ? 'picked_up' : expired ? 'disposed' : r?.reason === 'expired' ? 'disposed' : 'sold');
        present.get(s.fridgeId)!.delete(epc);
        changes.push({ fridgeId: s.fridgeId, gtin, at: s.closedAtMs });
      }
      for (const epc of s.added) {
        count(s.fridgeId, gtinOf.get(epc)!, s.closedAtMs, 'restocked');
        present.get(s.fridgeId)!.set(epc, s.closedAtMs);
        changes.push({ fridgeId: s.fridgeId, gtin: gtinOf.get(epc)!, at: s.closedAtMs });
      }
    }
    // Expired: a meal still in the fridge at its best-before, within the week (the cloud's Tick at that instant).
    const leftAt = new Map<string, number>();
    for (const s of sessions) for (const epc of s.taken) leftAt.set(epc, s.closedAtMs);
    const arrivedAt = new Map<string, number>();
    for (const [fridgeId, items] of Object.entries(initial.items)) for (const i of items) arrivedAt.set(`${fridgeId}|${i.epc}`, START);
    for (const s of sessions) for (const epc of s.added) arrivedAt.set(`${s.fridgeId}|${epc}`, s.closedAtMs);
    const expiries: number[] = [];
    for (const [key, from] of arrivedAt) {
      const [fridgeId, epc] = key.split('|') as [string, string];
      const bb = bestBefore.get(epc)!;
      if (bb <= from || bb > END || (leftAt.get(epc) ?? Infinity) <= bb) continue;
      count(fridgeId, gtinOf.get(epc)!, bb, 'expired');
      expiries.push(bb);
      changes.push({ fridgeId, gtin: gtinOf.get(epc)!, at: bb });
    }
    // Stockout: sellable count of a meal 0, from the first time the fridge held it, cut at local midnights.
    {
      const sellableAt = (fridgeId: string, gtin: string, at: number): number => {
        let n = 0;
        for (const [key, from] of arrivedAt) {
          const [f, epc] = key.split('|') as [string, string];
          if (f !== fridgeId || gtinOf.get(epc) !== gtin || personal.has(epc) || from > at) continue;
          if ((leftAt.get(epc) ?? Infinity) <= at || bestBefore.get(epc)! <= at) continue;
          n += 1;
        }
        return n;
      };
      const byMeal = new Map<string, number[]>();
      for (const c of [...changes, ...[...arrivedAt.entries()].filter(([, from]) => from === START).map(([k]) => ({ fridgeId: k.split('|')[0]!, gtin: gtinOf.get(k.split('|')[1]!)!, at: START }))]) {
        const k = `${c.fridgeId}|${c.gtin}`;
        const list = byMeal.get(k) ?? [];
        list.push(c.at);
        byMeal.set(k, list);
      }
      for (const [k, list] of byMeal) {
        const [fridgeId, gtin] = k.split('|') as [string, string];
        const points = [...new Set(list)].sort((a, b) => a - b);
        // Only sellable meals show in the cloud's counts: a meal only ever personal has none.
        if (!points.some((p) => sellableAt(fridgeId, gtin, p) > 0)) continue;
        for (let i = 0; i < points.length; i++) {
          const from = points[i]!;
          const to = points[i + 1] ?? END;
          if (sellableAt(fridgeId, gtin, from) === 0) perDay(from, to, ZONES[districtOf.get(fridgeId)!]!, t.stockoutMs, k);
        }
      }
    }
    // Temperature: the readings sent; above safe from the first reading above it to the first one back.
    for (const [fridgeId, list] of temps) {
      const zone = ZONES[districtOf.get(fridgeId)!]!;
      let since: number | undefined;
      for (const r of list) {
        if (r.at > END) break;
        const k = `${fridgeId}|${dayOf(r.at, zone)}`;
        t.maxDeci.set(k, Math.max(t.maxDeci.get(k) ?? -Infinity, r.deci));
        if (r.deci > SAFE_DECI && since === undefined) since = r.at;
        else if (r.deci <= SAFE_DECI && since !== undefined) {
          perDay(since, r.at, zone, t.aboveMs, fridgeId);
          since = undefined;
        }
      }
      // Still above safe when the week ends: the report counts it up to now (the week's end).
      if (since !== undefined) perDay(since, END, zone, t.aboveMs, fridgeId);
    }
    expect(truth.incidents.some((i) => i.kind === 'temp-excursion'), 'the week had temperature excursions').toBe(true);
    expect([...t.counts.values()].some((c) => c.expired > 0)).toBe(true);
    expect([...t.stockoutMs.values()].some((ms) => ms > 0)).toBe(true);

    // --- the same week through the cloud ---
    const cloud = await start();
    cloud.clock.set(START);
    for (const [d, zone] of Object.entries(ZONES)) expect((await cloud.admin('PUT', `/v1/districts/${d}/time-zone`, { time_zone: zone })).status).toBe(200);
    for (const m of sim.scenario.meals) await cloud.meal(m.gtin, { name: m.name });
    const tags = [...bestBefore.entries()].map(([epc, bb]) => ({
      epc,
      best_before: new Date(bb).toISOString(),
      ...(personal.has(epc) ? { order_id: `order-${epc}`, user_id: personal.get(epc)! } : {}),
    }));
    for (let i = 0; i < tags.length; i += 5000) expect((await cloud.admin('POST', '/v1/tags', { tags: tags.slice(i, i + 5000) })).status).toBe(201);

    const url = cloud.base.replace('http://', 'mqtt://').replace(/:\d+$/, `:${(cloud.app.broker?.port ?? 0)}`);
    const links = new Map<string, { client: MqttClient; seq: number; send: (events: Array<Omit<FridgeEvent, 'seq'>>) => Promise<void> }>();
    for (const f of fridges) {
      const reg = await cloud.admin<{ mqtt: { password: string } }>('POST', '/v1/fridges', { id: f.fridgeId, district: f.district, name: f.name, location: { lat: f.lat, lon: f.lon } });
      expect(reg.status).toBe(201);
      const client = await mqtt.connectAsync(url, { clientId: `fridge-${f.fridgeId}`, username: f.fridgeId, password: reg.body.mqtt.password, reconnectPeriod: 0 });
      await client.subscribeAsync(topics.ack(f.district, f.fridgeId), { qos: 1 });
      const link = {
        client,
        seq: 0,
        async send(events: Array<Omit<FridgeEvent, 'seq'>>): Promise<void> {
          const prevSeq = link.seq;
          const acked = new Promise<number>((resolve) => client.once('message', (_t, p) => {
            const r = decodeAck(p);
            resolve(r.ok ? (r.value.status ?? 0) : -1);
          }));
          const batch = assembleBatch({ fridgeId: f.fridgeId, epoch: 'week-1', prevSeq, sentAtMs: cloud.clock.now() }, events.map((e) => encodeFridgeEvent({ ...e, seq: ++link.seq })));
          client.publish(topics.batch(f.district, f.fridgeId), Buffer.from(batch), { qos: 1 });
          expect(await acked).toBe(AckStatus.OK);
        },
      };
      links.set(f.fridgeId, link);
      await client.publishAsync(topics.status(f.district, f.fridgeId), Buffer.from(encodeStatus({ state: StatusState.ONLINE, fridgeId: f.fridgeId, epoch: 'week-1', bdSeq: 1, atMs: START })), { qos: 1, retain: true });
      await link.send([{ recordedAtMs: START, snapshot: { reason: 2, tags: (initial.items[f.fridgeId] ?? []).map((i) => epcBytes(i.epc)), unseen: [], shelves: [] } }]);
    }
    try {
      // Fridge events in time order, per fridge; the cloud's Tick every 15 minutes and at each best-before.
      const pending = new Map<string, Array<{ at: number; e: Omit<FridgeEvent, 'seq'> }>>(fridges.map((f) => [f.fridgeId, []]));
      for (const s of sessions) {
        if (s.closedAtMs > END) continue;
        pending.get(s.fridgeId)!.push({
          at: s.closedAtMs,
          e: { recordedAtMs: s.closedAtMs, doorSession: { openedAtMs: s.openedAtMs, closedAtMs: s.closedAtMs, openCount: 1, removed: s.taken.map(epcBytes), added: s.added.map(epcBytes), shelves: [], rounds: s.taken.length > 0 ? 2 : 1, tagCount: 0 } },
        });
      }
      for (const [fridgeId, list] of temps) for (const r of list) if (r.at <= END) pending.get(fridgeId)!.push({ at: r.at, e: { recordedAtMs: r.at, temperature: { sensor: 1, deciCelsius: r.deci } } });
      for (const list of pending.values()) list.sort((a, b) => a.at - b.at);
      const steps = [...new Set([...Array.from({ length: Math.floor((END - START) / (15 * MIN)) }, (_, i) => START + (i + 1) * 15 * MIN), ...expiries, END])].sort((a, b) => a - b);
      for (const step of steps) {
        cloud.clock.set(step);
        // The fridges side by side, each in its own order; as a live edge sends them, a reading
        // ends its batch (the cloud records one reading per batch and sensor).
        await Promise.all([...pending].map(async ([fridgeId, list]) => {
          while (list.length > 0 && list[0]!.at <= step) {
            let n = 0;
            while (n < list.length && list[n]!.at <= step && (n === 0 || list[n - 1]!.e.temperature === undefined)) n++;
            await links.get(fridgeId)!.send(list.splice(0, n).map((x) => x.e));
          }
        }));
        for (const d of Object.keys(ZONES)) await cloud.app.core.handle(d, { type: 'Tick' });
      }

      // --- every figure of the reports against the truth ---
      const get = async <T>(p: string): Promise<T> => {
        const r = await cloud.api<T>('GET', p, { token: ADMIN });
        expect(r.status, p).toBe(200);
        return r.body;
      };
      let compared = 0;
      for (const [district, zone] of Object.entries(ZONES)) {
        const from = dayOf(START, zone);
        const to = dayOf(END - 1, zone);
        const days = await get<{ rows: Array<{ fridge_id: string; gtin: string; day: string; sold: number; picked_up: number; restocked: number; expired: number; disposed: number; stockout_minutes: number }> }>(`/v1/reports/fridge-days?district=${district}&from=${from}&to=${to}`);
        const seen = new Set<string>();
        for (const r of days.rows) {
          const k = `${r.fridge_id}|${r.gtin}|${r.day}`;
          seen.add(k);
          const want = t.counts.get(k) ?? { sold: 0, picked_up: 0, restocked: 0, expired: 0, disposed: 0 };
          const stockout = Math.round((t.stockoutMs.get(k) ?? 0) / MIN);
          expect({ k, sold: r.sold, picked_up: r.picked_up, restocked: r.restocked, expired: r.expired, disposed: r.disposed, stockout_minutes: r.stockout_minutes }).toEqual({ k, ...want, stockout_minutes: stockout });
          compared += 1;
        }
        // Nothing the truth counted is missing from the report.
        for (const [k, c] of t.counts) if (fridges.find((f) => f.fridgeId === k.split('|')[0])?.district === district && k.split('|')[2]! >= from && k.split('|')[2]! <= to) expect(seen.has(k) || (c.sold + c.picked_up + c.restocked + c.expired + c.disposed === 0), k).toBe(true);

        // The district's totals per meal and day: the truth's counts of its fridges added up.
        const totals = await get<{ rows: Array<{ gtin: string; day: string; sold: number; picked_up: number; restocked: number; expired: number; disposed: number; stockout_minutes: number }> }>(`/v1/reports/fridge-days?district=${district}&from=${from}&to=${to}&per=district`);
        const want = new Map<string, { sold: number; picked_up: number; restocked: number; expired: number; disposed: number; stockout_ms: number }>();
        const bucket = (k: string) => want.get(k) ?? { sold: 0, picked_up: 0, restocked: 0, expired: 0, disposed: 0, stockout_ms: 0 };
        for (const [k, c] of t.counts) {
          const [f, g, d] = k.split('|') as [string, string, string];
          if (districtOf.get(f) !== district) continue;
          const b = bucket(`${g}|${d}`);
          for (const c2 of ['sold', 'picked_up', 'restocked', 'expired', 'disposed'] as const) b[c2] += c[c2];
          want.set(`${g}|${d}`, b);
        }
        for (const [k, ms] of t.stockoutMs) {
          const [f, g, d] = k.split('|') as [string, string, string];
          if (districtOf.get(f) !== district) continue;
          const b = bucket(`${g}|${d}`);
          b.stockout_ms += ms;
          want.set(`${g}|${d}`, b);
        }
        expect(totals.rows.length).toBeGreaterThan(0);
        for (const r of totals.rows) {
          const w = bucket(`${r.gtin}|${r.day}`);
          // Minutes are rounded per fridge in the fridges' rows, once per total here.
          expect({ k: `${r.gtin}|${r.day}`, sold: r.sold, picked_up: r.picked_up, restocked: r.restocked, expired: r.expired, disposed: r.disposed, stockout_minutes: r.stockout_minutes }).toEqual({ k: `${r.gtin}|${r.day}`, sold: w.sold, picked_up: w.picked_up, restocked: w.restocked, expired: w.expired, disposed: w.disposed, stockout_minutes: Math.round(w.stockout_ms / MIN) });
        }

        const temp = await get<{ days: Array<{ fridge_id: string; day: string; max_celsius: number | null; minutes_above_safe: number }> }>(`/v1/reports/temperature?district=${district}&from=${from}&to=${to}`);
        for (const r of temp.days) {
          const k = `${r.fridge_id}|${r.day}`;
          expect({ k, above: r.minutes_above_safe, max: r.max_celsius }).toEqual({ k, above: Math.round((t.aboveMs.get(k) ?? 0) / MIN), max: (t.maxDeci.get(k) ?? NaN) / 10 });
        }
      }
      expect(compared).toBeGreaterThan(100);
      // The 25-hour Sunday in Berlin is a day like the others, with 25 hours of it.
      const sunday = (await get<{ rows: Array<{ day: string }> }>(`/v1/reports/fridge-days?district=berlin-mitte&from=2026-10-25&to=2026-10-25`)).rows;
      expect(sunday.length).toBeGreaterThan(0);

      // Rebuilt from the events, the report tables are the live ones.
      const store = cloud.app.store as SqliteCloudStore;
      const dump = (): Record<string, string[]> => Object.fromEntries(REPORT_TABLES.map((tb) => [tb, store.db.prepare(`SELECT * FROM ${tb}`).all().map((r) => JSON.stringify(r)).sort()]));
      await cloud.app.reportProjector.caughtUp(await store.lastPosition());
      const live = dump();
      await cloud.app.reportProjector.rebuild();
      expect(dump()).toEqual(live);
    } finally {
      for (const l of links.values()) await l.client.endAsync(true).catch(() => undefined);
    }
  }, 600_000);
});
