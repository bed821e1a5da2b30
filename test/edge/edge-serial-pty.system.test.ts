import path from 'node:path';
import { SerialPort } from 'serialport';
import { describe, expect, it } from 'vitest';
import { TestAcker } from '../../testkit/acker.js';
import { TestBroker } from '../../testkit/broker.js';
import { EdgeProcess, edgeArgs, edgeHealth } from '../../testkit/edge-process.js';
import { FakeController } from '../../testkit/fake-controller.js';
import { hasSocat, PtyPair } from '../../testkit/socat.js';
import { useTmpDirs } from '../support/tmp.js';
import { useCleanups } from '../support/lifecycle.js';

const tmp = useTmpDirs();
const epc = (i: number): string => `30742${String(i).padStart(19, '0')}`;
const hex = (b: Uint8Array | null | undefined): string => Buffer.from(b ?? []).toString('hex').toUpperCase();

const cleanup = useCleanups();

/** The controller's end of the cable: a real serial device opened with serialport. */
async function openController(devicePath: string): Promise<{ ctl: FakeController; port: SerialPort }> {
  const port = new SerialPort({ path: devicePath, baudRate: 115200, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
  const ctl = new FakeController((data) => port.write(data));
  port.on('data', (d: Buffer) => ctl.onData(d));
  port.on('error', () => {});
  return { ctl, port };
}

const closePort = (port: SerialPort): Promise<void> => new Promise((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve()));

// CI installs socat (.ci/run): there a missing socat fails the test instead of skipping it.
describe.skipIf(!hasSocat() && process.env.CI === undefined)('fridge-edge on a real serial device (system: socat PTY pair, child process, aedes)', () => {
  it('reads FCP/1 from the device, survives it vanishing and coming back, and loses nothing committed', async () => {
    const dir = tmp();
    const ctlDev = path.join(dir, 'ttyCTL');
    const edgeDev = path.join(dir, 'ttyEDGE');
    const broker = await TestBroker.start();
    const acker = await TestAcker.start(broker.url);
    cleanup(() => broker.down(), () => acker.stop());
    let pty = await PtyPair.open(ctlDev, edgeDev);
    cleanup(() => pty.close());
    let { ctl, port } = await openController(ctlDev);
    cleanup(() => closePort(port));
    for (let i = 1; i <= 4; i++) ctl.tags.add(epc(i));

    const edge = EdgeProcess.spawn(edgeArgs({ fridgeId: 'fr-pty', district: 'd9', serial: edgeDev, mqtt: broker.url, dataDir: tmp(), extra: ['--health-port', '0'] }));
    cleanup(() => edge.kill());
    await acker.waitFor(() => acker.committed.some((e) => e.event.snapshot), 20_000, 'startup snapshot over the PTY');
    ctl.send('HELLO,3.2.0,CTL-77');
    // Noise and corrupted lines on the wire are dropped and counted, and never stop the reader.
    port.write('\x00\xff\xfe garbage\n$DOOR,OPEN,1*00\n$TEMP,1,40\n');
    ctl.session([epc(1)]);
    await acker.waitFor(() => acker.committed.some((e) => e.event.doorSession), 20_000, 'door session');
    expect(acker.committed.find((e) => e.event.doorSession)!.event.doorSession!.removed!.map(hex)).toEqual([epc(1)]);
    expect(acker.committed.find((e) => e.event.booted)?.event.booted).toEqual({ firmwareVersion: '3.2.0', controllerSerial: 'CTL-77' });

    // Unplug: both devices disappear.
    await closePort(port);
    await pty.close();
    await acker.waitFor(() => acker.committed.some((e) => e.event.link?.state === 2), 20_000, 'link DOWN event');
    expect((await edgeHealth(edge)).serial).toBe(false);

    // Plug back in: same device names.
    pty = await PtyPair.open(ctlDev, edgeDev);
    ({ ctl, port } = await openController(ctlDev));
    for (let i = 2; i <= 4; i++) ctl.tags.add(epc(i));
    await acker.waitFor(() => acker.committed.filter((e) => e.event.link?.state === 1).length >= 2, 30_000, 'link UP again');
    ctl.temp(55);
    await acker.waitFor(() => acker.committed.some((e) => e.event.temperature?.deciCelsius === 55), 20_000, 'temperature after replug');

    const seqs = acker.eventsOf('fr-pty').map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    const metrics = await (await fetch(`http://127.0.0.1:${((await edge.waitForLog((l) => l.msg === 'health endpoint listening')).health as { port: number }).port}/metrics`)).text();
    expect(metrics).toMatch(/ff_edge_serial_lines_rejected_total\{reason="checksum"\} [1-9]/);
    expect(metrics).toMatch(/ff_edge_serial_lines_rejected_total\{reason="no_frame"\} [1-9]/);
    expect(metrics).toMatch(/ff_edge_serial_lines_rejected_total\{reason="malformed"\} [1-9]/);
    await closePort(port);
  }, 90_000);
});
