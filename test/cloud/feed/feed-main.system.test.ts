// fridge-feed as a command (issue 13 item 1): --help, configuration refused with code 2, and a
// start on a store the cloud has not created yet refused with a message.
import { describe, expect, it } from 'vitest';
import { FEED_HELP } from '../../../cloud/feed/config.js';
import { runFromSource } from '../../support/cloud-process.js';
import { useTmpDirs } from '../../support/tmp.js';

const tmp = useTmpDirs();

function fridgeFeed(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runFromSource('cloud/feed/main.ts', args, { FF_ADMIN_TOKEN: '', FF_ADMIN_TOKEN_FILE: '' });
}

describe('fridge-feed command (system)', () => {
  it('prints its help, every option with its variable', async () => {
    const r = await fridgeFeed(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(FEED_HELP);
    expect(r.stdout).toMatch(/^Usage: fridge-feed/m);
    for (const flag of ['--data-dir', '--database-url', '--http-port', '--poll-ms', '--history-ms', '--history-events', '--history-mb']) expect(r.stdout).toContain(flag);
  });

  it('refuses bad configuration with code 2 and a message', async () => {
    const dir = tmp();
    const bad = await fridgeFeed(['--data-dir', dir, '--admin-token', 'x'.repeat(30), '--http-port', 'eighty']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--http-port: "eighty" is not an integer/);
    const noToken = await fridgeFeed(['--data-dir', dir]);
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/no admin token/);
    const weak = await fridgeFeed(['--data-dir', dir, '--admin-token', 'short']);
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/at least 24 characters/);
  });

  it('does not create a store: a data dir without one is an error, and stays empty', async () => {
    const dir = tmp();
    const r = await fridgeFeed(['--data-dir', dir, '--admin-token', 'x'.repeat(30), '--http-port', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^fridge-feed: no event store at .*cloud\.db: start fridge-cloud on this data dir first/m);
    expect(r.stderr).not.toMatch(/fatal|\n\s+at /);
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dir)).toEqual([]);
  });
});
