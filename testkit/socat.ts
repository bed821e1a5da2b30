import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export const hasSocat = (): boolean => spawnSync('socat', ['-V'], { stdio: 'ignore' }).status === 0;

/** A PTY pair made by socat: two linked serial devices, as a USB serial cable would give. */
export class PtyPair {
  private constructor(private readonly proc: ChildProcess, readonly a: string, readonly b: string) {}

  static async open(a: string, b: string): Promise<PtyPair> {
    const proc = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${a}`, `pty,raw,echo=0,link=${b}`], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    proc.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    const deadline = Date.now() + 10_000;
    // socat logs "starting data transfer loop" once both ends exist.
    while (!err.includes('starting data transfer loop') || !existsSync(a) || !existsSync(b)) {
      if (proc.exitCode !== null || Date.now() > deadline) throw new Error(`socat did not start: ${err}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return new PtyPair(proc, a, b);
  }

  /** Both devices vanish, as when the USB adapter is unplugged. */
  async close(): Promise<void> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    const exited = new Promise((r) => this.proc.once('exit', r));
    this.proc.kill('SIGTERM');
    await exited;
  }
}
