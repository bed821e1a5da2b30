import { describe, expect, it } from 'vitest';
import { TestAcker } from '../../testkit/acker.js';
import { TestBroker } from '../../testkit/broker.js';
import { EdgeProcess, edgeArgs } from '../../testkit/edge-process.js';
import { TcpControllerServer } from '../../testkit/fake-controller.js';
import { useTmpDirs } from '../support/tmp.js';
import { useCleanups } from '../support/lifecycle.js';

const tmp = useTmpDirs();
const epc = (i: number): string => `30742${String(i).padStart(19, '0')}`;
const hex = (b: Uint8Array | null | undefined): string => Buffer.from(b ?? []).toString('hex').toUpperCase();

const cleanup = useCleanups();

async function setup() {
  const broker = await TestBroker.start();
  const acker = await TestAcker.start(broker.url);
  const ctl = await TcpControllerServer.start();
  cleanup(() => broker.down(), () => acker.stop(), () => ctl.close());
  return { broker, acker, ctl };
}

function startEdge(o: { serial: string; mqtt: string; dataDir: string; extra?: string[] }): EdgeProcess {
  const edge = EdgeProcess.spawn(edgeArgs({ fridgeId: 'fr-1', district: 'd1', ...o }));
  cleanup(() => edge.kill());
  return edge;
}

describe('fridge-edge child process (system: real TCP serial link, real aedes broker)', () => {
  it('turns a door session into a DoorSession event with the removals, confirmed by two rounds', async () => {
    const { acker, ctl, broker } = await setup();
    for (let i = 1; i <= 5; i++) ctl.controller.tags.add(epc(i));
    const dataDir = tmp();
    const edge = startEdge({ serial: ctl.url, mqtt: broker.url, dataDir });
    await acker.waitFor(() => acker.committed.some((e) => e.event.snapshot), 20_000, 'startup snapshot');
    const snap = acker.committed.find((e) => e.event.snapshot)!;
    expect(snap.event.snapshot?.tags?.map(hex)).toEqual([1, 2, 3, 4, 5].map(epc));
    expect(acker.committed[0]!.event.outboxReset).toBeTruthy();

    ctl.controller.session([epc(2), epc(4)]);
    await acker.waitFor(() => acker.committed.some((e) => e.event.doorSession), 20_000, 'door session');
    const session = acker.committed.find((e) => e.event.doorSession)!.event.doorSession!;
    expect(session.removed?.map(hex)).toEqual([epc(2), epc(4)]);
    expect(session.rounds).toBe(2);
    // Seqs arrive in order, once each.
    const seqs = acker.eventsOf('fr-1').map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    await edge.kill('SIGTERM');
    expect((await edge.exited).code).toBe(0);
  });
});
