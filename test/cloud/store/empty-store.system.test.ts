// A data dir that held a store and lost its file (issue 11 item 13): the cloud, a real child
// process, refuses to start an empty store in its place unless told to, with a message that
// says what happened and what to do. A brand-new data dir still starts as before.
import { existsSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, CloudProcess } from '../../support/cloud-process.js';
import { EdgeProcess } from '../../../testkit/edge-process.js';
import { useCleanups } from '../../support/lifecycle.js';
import { useTmpDirs } from '../../support/tmp.js';

const tmp = useTmpDirs();
const cleanup = useCleanups();

/**
 * `fridge-cloud` on a data dir, to its exit; one that starts serving instead is stopped and
 * reported as 'started' (the defect: it would run on with an empty store).
 */
async function startOrExit(dataDir: string): Promise<{ code: number | null; stderr: string } | 'started'> {
  const proc = EdgeProcess.spawnCommand('cloud', ['--data-dir', dataDir, '--http-port', '0', '--mqtt-port', '0', '--admin-token', ADMIN_TOKEN]);
  cleanup(() => proc.kill());
  let started = false;
  const ready = new Promise<'started'>((resolve) => {
    const check = (): void => {
      if (proc.logs.some((l) => l.msg === 'cloud ready')) resolve('started');
      else if (!started) setTimeout(check, 100).unref();
    };
    check();
  });
  const outcome = await Promise.race([proc.exited.then((e) => ({ code: e.code, stderr: proc.stderr })), ready]);
  started = true;
  return outcome;
}

/** A store with one fridge, made by a cloud that then stops cleanly. */
async function storeWithAFridge(): Promise<string> {
  const dataDir = tmp();
  const cloud = await CloudProcess.start(dataDir);
  cleanup(() => cloud.kill());
  await cloud.registerFridge('fr-1', 'mitte');
  expect(await cloud.kill('SIGTERM')).toMatchObject({ code: 0 });
  expect(readFileSync(path.join(dataDir, 'store.id'), 'utf8')).toMatch(/^[0-9a-f-]{36}\n$/);
  return dataDir;
}

describe('a lost store file is refused (system: real fridge-cloud processes)', () => {
  for (const [what, lose] of [
    ['truncated to 0 bytes', (f: string) => truncateSync(f, 0)],
    ['deleted', (f: string) => rmSync(f)],
  ] as const) {
    it(`refuses to start when cloud.db was ${what}, and starts empty with --allow-empty-store`, async () => {
      const dataDir = await storeWithAFridge();
      const db = path.join(dataDir, 'cloud.db');
      for (const suffix of ['-wal', '-shm']) rmSync(db + suffix, { force: true });
      lose(db);

      const refused = await startOrExit(dataDir);
      if (refused === 'started') throw new Error('the cloud started an empty store in place of the lost one');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/cloud\.db (is missing|is empty \(0 bytes\)), but .*store\.id says this data dir held a store: refusing to start an empty one/);
      expect(refused.stderr).toMatch(/--allow-empty-store/);
      expect(refused.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
      // Nothing was created in its place.
      expect(existsSync(db) ? readFileSync(db).length : 0).toBe(0);

      const fresh = await CloudProcess.start(dataDir, ['--allow-empty-store']);
      cleanup(() => fresh.kill());
      const ready = await fetch(`${fresh.base}/readyz`);
      expect(ready.status).toBe(200);
      expect((await fresh.api<unknown[]>('GET', '/v1/admin/fridges')).body).toEqual([]);
      expect(await fresh.kill('SIGTERM')).toMatchObject({ code: 0 });
      // The empty store it started is the data dir's store now: it starts without the option.
      const again = await CloudProcess.start(dataDir);
      cleanup(() => again.kill());
      expect((await fetch(`${again.base}/readyz`)).status).toBe(200);
    });
  }

  it('starts a brand-new data dir as before, and marks it', async () => {
    const dataDir = tmp();
    const cloud = await CloudProcess.start(dataDir);
    cleanup(() => cloud.kill());
    expect((await fetch(`${cloud.base}/readyz`)).status).toBe(200);
    expect(existsSync(path.join(dataDir, 'store.id'))).toBe(true);
  });
});
