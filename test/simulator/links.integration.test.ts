// Real serial links: TCP sockets (ports from the OS) and socat PTY pairs (temp dirs).
import { existsSync } from 'node:fs';
import net from 'node:net';
import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeCommand } from '../../edge/fcp/index.js';
import { socatAvailable, startSimulation, type Simulation } from '../../simulator/index.js';
import { LineCollector, body, tinyScenario } from './helpers.js';

let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(link: 'tcp' | 'pty'): Promise<Simulation> {
  // 200x: a controller round (400 ms simulated) takes 2 ms of real time.
  sim = await startSimulation({ scenario: tinyScenario(), link, timeScale: 200, autopilot: false });
  return sim;
}

function connect(port: number): Promise<{ socket: net.Socket; lines: LineCollector }> {
  return new Promise((resolve, reject) => {
    const lines = new LineCollector();
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.on('data', (c) => lines.push(c));
    socket.once('connect', () => resolve({ socket, lines }));
    socket.once('error', reject);
  });
}

function closed(socket: net.Socket): Promise<void> {
  return new Promise((r) => (socket.destroyed ? r() : socket.once('close', () => r())));
}

const is = (prefix: string) => (l: string): boolean => body(l).startsWith(prefix);

describe('serial links (integration)', () => {
  it('TCP: the controller listens, carries lines both ways, vanishes and comes back on the same port', async () => {
    const s = await start('tcp');
    const ep = s.endpoint('fr-1');
    if (ep.kind !== 'tcp') throw new Error('tcp expected');
    expect(ep.url).toBe(`tcp://127.0.0.1:${ep.port}`);
    expect(s.serialArg('fr-1')).toBe(ep.url);

    const a = await connect(ep.port);
    a.socket.write(encodeCommand({ type: 'PING' }));
    await a.lines.next(is('PONG'));
    a.socket.write(encodeCommand({ type: 'SCANREQ', scanId: 'tcp-1' }));
    expect(body(await a.lines.next(is('SCAN,END,tcp-1')))).toMatch(/^SCAN,END,tcp-1,14,\d+$/);

    const session = s.shopperSession('fr-1', { take: ['04012345000108'] });
    await a.lines.next(is('DOOR,CLOSED'));
    await session;
    expect(body(await a.lines.next(is('SCAN,END,1,')))).toMatch(/^SCAN,END,1,13,\d+$/);

    await s.reboot('fr-1', 2_000);
    await a.lines.next(is('HELLO,'));

    // One edge at a time: a new connection replaces the old one.
    const b = await connect(ep.port);
    await closed(a.socket);
    b.socket.write(encodeCommand({ type: 'PING' }));
    await b.lines.next(is('PONG'));

    await s.linkDown('fr-1');
    await closed(b.socket);
    await expect(connect(ep.port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await s.linkUp('fr-1');
    const c = await connect(ep.port);
    c.socket.write(encodeCommand({ type: 'PING' }));
    await c.lines.next(is('PONG'));
    await s.close();
    await closed(c.socket);
    await expect(connect(ep.port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it.skipIf(!socatAvailable())('PTY: the edge opens a real serial device; it vanishes with socat and comes back', async () => {
    const s = await start('pty');
    expect(s.linkKind).toBe('pty');
    const ep = s.endpoint('fr-1');
    if (ep.kind !== 'pty') throw new Error('pty expected');
    const open = async (): Promise<{ port: SerialPort; lines: LineCollector }> => {
      const lines = new LineCollector();
      const port = new SerialPort({ path: ep.path, baudRate: 115200, autoOpen: false });
      await new Promise<void>((res, rej) => port.open((e) => (e ? rej(e) : res())));
      port.on('data', (c: Buffer) => lines.push(c));
      port.on('error', () => {});
      return { port, lines };
    };
    const shut = (port: SerialPort): Promise<void> => new Promise((r) => (port.isOpen ? port.close(() => r()) : r()));

    const a = await open();
    a.port.write(encodeCommand({ type: 'PING' }));
    await a.lines.next(is('PONG'));
    a.port.write(encodeCommand({ type: 'SCANREQ', scanId: 'pty-1' }));
    expect(body(await a.lines.next(is('SCAN,END,pty-1')))).toMatch(/^SCAN,END,pty-1,14,\d+$/);
    await shut(a.port);

    await s.linkDown('fr-1');
    expect(existsSync(ep.path)).toBe(false);
    await s.linkUp('fr-1');
    expect(existsSync(ep.path)).toBe(true);
    const b = await open();
    b.port.write(encodeCommand({ type: 'PING' }));
    await b.lines.next(is('PONG'));
    await shut(b.port);
    await s.close();
    expect(existsSync(ep.path)).toBe(false);
    expect(existsSync(ep.controllerPath)).toBe(false);
  });
});
