// One list of fridge event kinds (issue 15 item 2): FRIDGE_EVENT_KINDS in proto/index.ts, the
// oneof of fridge.proto in order, and no second copy in the edge or the cloud (there were
// three: edge/agent.ts, edge/outbox/outbox.ts, cloud/domain/fridge-events.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classify } from '../../edge/outbox/index.js';
import { FRIDGE_EVENT_KINDS, fridgeEventKind } from '../../proto/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

describe('fridge event kinds (unit)', () => {
  it("are the FridgeEvent body oneof of fridge.proto, in its order", () => {
    const proto = readFileSync(path.join(ROOT, 'proto/farmacy/fridge/v1/fridge.proto'), 'utf8');
    const body = /oneof body \{([^}]*)\}/.exec(proto)?.[1] ?? '';
    const fields = [...body.matchAll(/^\s*\w+ (\w+) = \d+;/gm)].map((m) => (m[1] as string).replace(/_(\w)/g, (_, c: string) => c.toUpperCase()));
    expect(fields.length).toBeGreaterThan(5);
    expect([...FRIDGE_EVENT_KINDS]).toEqual(fields);
  });

  it('are listed once: no other module of the edge, the cloud, the simulator or the benchmarks spells the list', () => {
    const copies = ['edge', 'cloud', 'simulator', 'bench'].flatMap((d) => tsFiles(path.join(ROOT, d)))
      .filter((f) => /'doorSession',\s*'snapshot',\s*'temperature'/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f));
    expect(copies).toEqual([]);
  });

  it('name a body, and place every kind in a compaction class', () => {
    expect(fridgeEventKind({ doorSession: {} })).toBe('doorSession');
    expect(fridgeEventKind({})).toBeUndefined();
    expect(FRIDGE_EVENT_KINDS.map((k) => classify({ [k]: {} }))).toEqual(['door_session', 'snapshot', 'telemetry', 'keep', 'keep', 'audit', 'keep', 'keep', 'report', 'keep', 'keep']);
  });
});
