// `fridge-feed` as a child process on an OS-chosen port (issue 13 item 1).
import { EdgeProcess } from '../../testkit/edge-process.js';
import { ADMIN_TOKEN } from './cloud-process.js';

export class FeedProcess {
  private constructor(readonly proc: EdgeProcess, readonly httpPort: number) {}

  /** Started on `dataDir`'s store (or `--database-url` in `extra`); resolves once it serves. */
  static async start(dataDir: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<FeedProcess> {
    const proc = EdgeProcess.spawnCommand('feed', ['--data-dir', dataDir, '--http-port', '0', '--admin-token', ADMIN_TOKEN, ...extra], env);
    const ready = await proc.waitForLog((l) => l.msg === 'feed ready', 30_000);
    return new FeedProcess(proc, ready.httpPort as number);
  }

  get url(): string {
    return `ws://127.0.0.1:${this.httpPort}/v1/feed`;
  }

  get base(): string {
    return `http://127.0.0.1:${this.httpPort}`;
  }

  kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return this.proc.kill(signal);
  }
}
