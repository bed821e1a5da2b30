// The controller model and the edge's FCP/1 parser were written independently; they meet
// here, on the wire. Every line the simulated controller sends must parse, and with line
// noise on, exactly the damaged lines must be rejected.
import { describe, expect, it } from 'vitest';
import { encodeCommand, parseLine } from '../../edge/fcp/index.js';
import { ManualClock, frameCommand, startSimulation, type EmittedLine, type Simulation } from '../../simulator/index.js';
import { parseEdgeCommand } from '../../simulator/controller/index.js';
import { body } from './helpers.js';

const SCAN_ID = /^[A-Za-z0-9_.:-]{1,40}$/;

interface Run {
  sim: Simulation;
  clock: ManualClock;
  emitted: EmittedLine[];
  received: string;
}

/** Six busy demo fridges for a few simulated hours, the edge side asking for rounds and pings. */
async function busyDemo(noise: { lineCorrupt: number; lineTruncate: number }, hours: number): Promise<Run> {
  const clock = new ManualClock(Date.parse('2025-03-03T10:00:00Z'));
  const sim = await startSimulation({
    scenario: 'demo', link: 'memory', clock,
    rates: { rfidMiss: 0, rfidDuplicate: 0.05, weightNoiseG: 4, weightDriftGPerHour: 2, doorLeftOpen: 0.05, rebootPerDay: 4, linkDropPerDay: 0, tempExcursionPerDay: 2, ...noise },
    traffic: { shoppersPerHour: 12 },
    telemetry: { tempEveryMs: 120_000 },
  });
  const run: Run = { sim, clock, emitted: [], received: '' };
  const fridgeId = sim.fridges()[0]?.fridgeId ?? '';
  sim.tapLines(fridgeId, (l) => run.emitted.push(l));
  const ep = sim.endpoint(fridgeId);
  if (ep.kind !== 'memory') throw new Error('expected a memory link');
  ep.edge.onData((c) => {
    run.received += c;
  });
  // The edge's own encoder drives the controller: SCANREQ with its ids, PING, UNLOCK.
  for (let t = 0; t < hours * 60; t += 7) {
    await clock.advance(7 * 60_000);
    ep.edge.write(encodeCommand({ type: 'SCANREQ', scanId: `edge-${t}` }));
    ep.edge.write(encodeCommand({ type: 'PING' }));
    if (t % 70 === 0) ep.edge.write(encodeCommand({ type: 'UNLOCK', seconds: 20 }));
  }
  await sim.quiescent();
  return run;
}

describe('FCP/1 conformance against the edge parser (unit)', () => {
  it('every line of many sessions and rounds parses, and rounds are complete and consistent', async () => {
    const { sim, emitted, received } = await busyDemo({ lineCorrupt: 0, lineTruncate: 0 }, 8);
    try {
      const lines = received.split('\n');
      expect(lines.pop()).toBe(''); // every line ends in '\n'
      expect(lines.length).toBe(emitted.length);
      const byType = new Map<string, number>();
      let open: { id: string; epcs: Set<string>; tags: number } | undefined;
      let lastUptime = -1;
      for (const line of lines) {
        expect(line.length).toBeLessThanOrEqual(200);
        const r = parseLine(line);
        if (!r.ok) throw new Error(`rejected (${r.reason}): ${line}`);
        const m = r.msg;
        byType.set(m.type, (byType.get(m.type) ?? 0) + 1);
        if ('uptimeMs' in m) {
          expect(m.uptimeMs).toBeGreaterThanOrEqual(lastUptime);
          lastUptime = m.uptimeMs;
        }
        switch (m.type) {
          case 'HELLO':
            lastUptime = -1; // FCP/1: the uptime clock restarted
            open = undefined; // a reboot abandons a round
            break;
          case 'SCAN_BEGIN':
            expect(open).toBeUndefined();
            expect(m.scanId).toMatch(SCAN_ID);
            open = { id: m.scanId, epcs: new Set(), tags: 0 };
            break;
          case 'TAG':
            expect(m.scanId).toBe(open?.id);
            open?.epcs.add(m.epc);
            break;
          case 'SCAN_END':
            expect(m.scanId).toBe(open?.id);
            expect(m.tagCount).toBe(open?.epcs.size); // distinct tags, duplicates included once
            open = undefined;
            break;
          default:
            break;
        }
      }
      for (const t of ['HELLO', 'DOOR', 'SCAN_BEGIN', 'TAG', 'SCAN_END', 'WEIGHT', 'TEMP', 'PONG']) {
        expect(byType.get(t) ?? 0, t).toBeGreaterThan(0);
      }
      expect(byType.get('TAG')).toBeGreaterThan(1000);
      expect(sim.truth().sessions.length).toBeGreaterThan(20);
    } finally {
      await sim.close();
    }
  });

  it('with line noise on, exactly the damaged lines are rejected', async () => {
    const { sim, emitted, received } = await busyDemo({ lineCorrupt: 0.03, lineTruncate: 0.02 }, 4);
    try {
      const lines = received.split('\n');
      lines.pop();
      expect(lines.length).toBe(emitted.length);
      let damaged = 0;
      lines.forEach((line, i) => {
        const e = emitted[i];
        if (e === undefined) throw new Error('missing emitted line');
        expect(`${line}\n`).toBe(e.sent);
        const r = parseLine(line);
        if (e.damage === undefined) {
          expect(r.ok, line).toBe(true);
          // What the edge reads is what the firmware meant.
          expect(body(line)).toBe(body(e.line));
        } else {
          damaged++;
          expect(r.ok, `${e.damage}: ${JSON.stringify(line)} from ${JSON.stringify(e.line)}`).toBe(false);
        }
      });
      expect(damaged).toBeGreaterThan(50);
    } finally {
      await sim.close();
    }
  });

  it('accepts what the edge encoder sends and rejects damaged commands', () => {
    for (const cmd of [{ type: 'SCANREQ', scanId: 'a.b:c-1_2' }, { type: 'UNLOCK', seconds: 30 }, { type: 'PING' }] as const) {
      const wire = encodeCommand(cmd);
      expect(wire).toBe(frameCommand(cmd));
      expect(parseEdgeCommand(wire.slice(0, -1))).toEqual({ ok: true, cmd });
    }
    expect(parseEdgeCommand('noise$PING*10').ok).toBe(true); // bytes before '$' are noise
    expect(parseEdgeCommand('$PING*11').ok).toBe(false);
    expect(parseEdgeCommand('$SCANREQ,bad id*00').ok).toBe(false);
    expect(parseEdgeCommand('$PING').ok).toBe(false);
  });

  it('answers PING, runs a requested round with the edge scan id, and HELLOs after a reboot', async () => {
    const clock = new ManualClock();
    const sim = await startSimulation({ scenario: 'demo', link: 'memory', clock, autopilot: false, rates: { rfidMiss: 0, lineCorrupt: 0, lineTruncate: 0, rfidDuplicate: 0 } });
    try {
      const id = sim.fridges()[0]?.fridgeId ?? '';
      const ep = sim.endpoint(id);
      if (ep.kind !== 'memory') throw new Error('memory link expected');
      const got: string[] = [];
      ep.edge.onData((c) => got.push(...c.split('\n').filter((l) => l !== '')));
      ep.edge.write(encodeCommand({ type: 'PING' }));
      expect(got.map(body)).toEqual(['PONG']);
      ep.edge.write(encodeCommand({ type: 'SCANREQ', scanId: 'req-7' }));
      await sim.quiescent();
      const stock = sim.truth().stock[id] ?? [];
      expect(body(got[1] ?? '')).toMatch(/^SCAN,BEGIN,req-7,\d+$/);
      expect(body(got.at(-1) ?? '')).toMatch(new RegExp(`^SCAN,END,req-7,${stock.length},\\d+$`));
      expect(new Set(got.filter((l) => l.startsWith('$TAG')).map((l) => body(l).split(',')[2]))).toEqual(new Set(stock));
      got.length = 0;
      await sim.reboot(id, 5_000);
      ep.edge.write(encodeCommand({ type: 'PING' }));
      expect(got).toEqual([]); // silent while rebooting
      await sim.quiescent();
      expect(body(got[0] ?? '')).toMatch(/^HELLO,ffc-2\.4\.1,SIM0001/);
    } finally {
      await sim.close();
    }
  });
});
