import { describe, expect, it } from 'vitest';
import { loadEdgeConfig } from '../../edge/config.js';
import { ConfigError } from '../../shared/index.js';
import { EdgeProcess } from '../../testkit/edge-process.js';
import { useTmpDirs } from '../support/tmp.js';

const tmp = useTmpDirs();
const base = ['--fridge-id', 'f1', '--district', 'd1', '--serial', '/dev/ttyUSB0', '--mqtt', 'mqtt://127.0.0.1:1883'];

describe('edge configuration (unit)', () => {
  it('reads flags, environment variables and defaults, flags first', () => {
    const cfg = loadEdgeConfig([...base, '--data-dir', '/x', '--baud', '9600'], { FRIDGE_BAUD: '57600', FRIDGE_LINGER_MS: '50' });
    expect(cfg).toMatchObject({ fridgeId: 'f1', baud: 9600, lingerMs: 50, doorAlarmMs: 60_000, snapshotIntervalMs: 600_000, username: 'f1', healthPort: undefined });
  });

  it.each([
    [['--district', 'd1', '--serial', 's', '--mqtt', 'mqtt://h', '--data-dir', '/x'], /--fridge-id \(or FRIDGE_ID\) is required/],
    [[...base, '--data-dir', '/x', '--baud', 'fast'], /--baud: "fast" is not an integer/],
    [[...base, '--data-dir', '/x', '--mqtt', 'http://h'], /--mqtt: "http:\/\/h" must be an mqtt/],
    [[...base, '--data-dir', '/x', '--fridge-id', 'a/b'], /--fridge-id: "a\/b" must be 1-64/],
    [[...base, '--data-dir', '/x', '--bogus'], /Unknown option '--bogus'/],
    [[...base, '--data-dir', '/x', '--password-file', '/nonexistent/pw'], /--password-file: cannot read \/nonexistent\/pw: ENOENT/],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => loadEdgeConfig(argv, {})).toThrow(ConfigError);
    expect(() => loadEdgeConfig(argv, {})).toThrow(message);
  });
});

describe('fridge-edge command line (system: child process)', () => {
  it('exits with code 2 and a message, not a stack trace, on bad config', async () => {
    const p = EdgeProcess.spawn([...base, '--data-dir', tmp(), '--baud', 'x']);
    const { code } = await p.exited;
    expect(code).toBe(2);
    expect(p.stderr).toMatch(/^fridge-edge: --baud: "x" is not an integer/m);
    expect(p.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('documents every option in --help', async () => {
    const p = EdgeProcess.spawn(['--help']);
    let out = '';
    p.child.stdout?.removeAllListeners('data');
    p.child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    expect((await p.exited).code).toBe(0);
    for (const flag of ['--fridge-id', '--district', '--serial', '--baud', '--mqtt', '--username', '--password-file', '--data-dir', '--outbox-max-bytes', '--replay-rate', '--tls-ca']) {
      expect(out).toContain(flag);
    }
  });

  it('refuses another fridge\'s outbox with code 2 and keeps it', async () => {
    const dir = tmp();
    const { SqliteOutbox } = await import('../../edge/outbox/index.js');
    const pino = (await import('pino')).default;
    SqliteOutbox.open({ dir, fridgeId: 'other', log: pino({ level: 'silent' }) }).close();
    const p = EdgeProcess.spawn([...base, '--data-dir', dir]);
    expect((await p.exited).code).toBe(2);
    expect(p.stderr).toMatch(/belongs to fridge "other"/);
  });
});
