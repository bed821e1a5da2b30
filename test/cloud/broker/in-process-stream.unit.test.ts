import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { inProcessPair } from '../../../cloud/broker/in-process-stream.js';

describe('in-process stream pair', () => {
  it('carries bytes both ways, in order', async () => {
    const [a, b] = inProcessPair();
    const atB: Buffer[] = [];
    const atA: Buffer[] = [];
    b.on('data', (c: Buffer) => atB.push(c));
    a.on('data', (c: Buffer) => atA.push(c));
    a.write(Buffer.from('one '));
    a.write(Buffer.from('two'));
    b.write(Buffer.from('back'));
    await new Promise((r) => setImmediate(r));
    expect(Buffer.concat(atB).toString()).toBe('one two');
    expect(Buffer.concat(atA).toString()).toBe('back');
    a.destroy();
  });

  it('holds a writer while the reader does not read, and lets it go when it does', async () => {
    const [a, b] = inProcessPair(16);
    let done = 0;
    for (let i = 0; i < 10; i++) a.write(Buffer.alloc(16), () => { done++; });
    await new Promise((r) => setImmediate(r));
    expect(done).toBeLessThan(10); // b is paused: its buffer filled and the writes wait
    let read = 0;
    const allWritten = new Promise<void>((resolve) => a.write(Buffer.alloc(0), () => resolve()));
    b.on('data', (c: Buffer) => { read += c.length; });
    await allWritten;
    expect(done).toBe(10);
    expect(read).toBe(160);
    a.destroy();
  });

  it('ends and closes the other side, as a socket peer would', async () => {
    const [a, b] = inProcessPair();
    b.resume();
    const ended = once(b, 'end');
    a.end();
    await ended;
    const [c, d] = inProcessPair();
    d.resume();
    const closed = once(d, 'close');
    c.destroy();
    await closed;
    expect(d.destroyed).toBe(true);
  });
});
