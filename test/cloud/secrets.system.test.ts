// Issue 11 item 15: fridge-cloud refuses weak secrets at start with a clear message naming
// where they came from (real child processes), and keeps its store and secrets owner-only.
import { spawn } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { CloudApp } from '../../cloud/app.js';
import { loadCloudConfig, type CloudConfig } from '../../cloud/config.js';
import { useTmpDirs } from '../support/tmp.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = useTmpDirs();
const GOOD_TOKEN = 'secrets-test-admin-token-0123456789';

/** `fridge-cloud serve` to its exit, or until it says it is ready (then stopped with SIGINT). */
function serve(args: readonly string[]): Promise<{ code: number | null; ready: boolean; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cloud/main.ts'), '--http-port', '0', '--mqtt-port', '0', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let ready = false;
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => {
    if (!ready && d.toString().includes('"msg":"cloud ready"')) {
      ready = true;
      child.kill('SIGINT');
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, ready, stderr }));
  });
}

describe('fridge-cloud refuses weak secrets (system: real processes)', () => {
  it('a one-character --jwt-secret-file', async () => {
    const dir = tmp();
    const file = path.join(dir, 'jwt');
    writeFileSync(file, 'x\n');
    const r = await serve(['--data-dir', dir, '--admin-token', GOOD_TOKEN, '--jwt-secret-file', file]);
    expect(r.ready).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--jwt-secret-file ${file}: the JWT secret is 1 bytes; it must be at least 32 bytes`);
  });

  it('an empty --admin-token-file, and a short --admin-token', async () => {
    const dir = tmp();
    const file = path.join(dir, 'token');
    writeFileSync(file, '\n');
    const r = await serve(['--data-dir', dir, '--admin-token-file', file]);
    expect(r.ready).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--admin-token-file ${file}: the admin token is empty; it must be at least 24 characters`);
    const short = await serve(['--data-dir', dir, '--admin-token', 'sixteen-chars-ok']);
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('--admin-token: the admin token is 16 characters; it must be at least 24 characters');
  });

  it('an empty admin-token file and a one-character jwt-secret in the data dir', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'admin-token'), '');
    const r = await serve(['--data-dir', dir]);
    expect(r.ready).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path.join(dir, 'admin-token')} (delete it to have one generated, or give --admin-token-file): the admin token is empty`);
    const dir2 = tmp();
    writeFileSync(path.join(dir2, 'jwt-secret'), 'x\n');
    const r2 = await serve(['--data-dir', dir2, '--admin-token', GOOD_TOKEN]);
    expect(r2.ready).toBe(false);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain(`${path.join(dir2, 'jwt-secret')} (delete it to have one generated, or give --jwt-secret-file): the JWT secret is 1 bytes`);
  });

  it('starts with the secrets it generates itself', async () => {
    const r = await serve(['--data-dir', tmp(), '--log-level', 'info']);
    expect(r.ready).toBe(true);
  });
});

describe('the data dir is owner-only (integration)', () => {
  it('creates cloud.db, its -wal and -shm and the generated secrets with mode 0600', async () => {
    const dir = tmp();
    const cfg = loadCloudConfig(['--data-dir', dir, '--http-port', '0', '--mqtt-port', '0', '--log-level', 'silent'], {}) as CloudConfig;
    const app = await CloudApp.open(cfg, pino({ level: 'silent' }));
    try {
      await app.start();
      for (const f of ['cloud.db', 'cloud.db-wal', 'cloud.db-shm', 'admin-token', 'jwt-secret']) {
        expect((statSync(path.join(dir, f)).mode & 0o777).toString(8), f).toBe('600');
      }
    } finally {
      await app.stop();
    }
  });
});
