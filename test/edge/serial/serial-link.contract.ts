// What every adapter of the edge's SerialLink (edge/serial/serial-link.ts) must do, against the
// controller's end of the same cable (simulator/link): STYLE.md, one contract suite that every
// adapter runs (issue 15 item 3).
import { describe, expect, it } from 'vitest';
import type { SerialLink } from '../../../edge/serial/index.js';
import type { SerialLink as ControllerEnd } from '../../../simulator/link/index.js';

export interface LinkPair {
  /** The controller's end: writes to the edge, reads what it sends, vanishes and comes back. */
  cable: ControllerEnd;
  /** A new edge adapter on this cable (unopened). */
  edge(): SerialLink;
  close(): Promise<void>;
}

/** Resolves once `bytes` bytes arrived, with all of them. */
function collect(link: SerialLink): { bytes: () => Buffer; until: (n: number, ms?: number) => Promise<Buffer> } {
  const chunks: Buffer[] = [];
  const waiters: Array<() => void> = [];
  link.onData((c) => {
    chunks.push(Buffer.from(c));
    for (const w of waiters.splice(0)) w();
  });
  const bytes = (): Buffer => Buffer.concat(chunks);
  const until = async (n: number, ms = 5_000): Promise<Buffer> => {
    const deadline = Date.now() + ms;
    while (bytes().length < n) {
      if (Date.now() > deadline) throw new Error(`${bytes().length} of ${n} bytes after ${ms} ms`);
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 50);
      });
    }
    return bytes();
  };
  return { bytes, until };
}

/** Bytes the controller end received from the edge. */
function fromEdge(cable: ControllerEnd): { until: (n: number) => Promise<Buffer> } {
  const chunks: Buffer[] = [];
  cable.onData((c) => chunks.push(Buffer.from(c)));
  return {
    until: async (n) => {
      const deadline = Date.now() + 5_000;
      while (Buffer.concat(chunks).length < n) {
        if (Date.now() > deadline) throw new Error(`${Buffer.concat(chunks).length} of ${n} bytes from the edge`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return Buffer.concat(chunks);
    },
  };
}

export function serialLinkContract(name: string, make: () => Promise<LinkPair>, o: { skip?: boolean } = {}): void {
  describe.skipIf(o.skip === true)(`SerialLink contract: ${name}`, () => {
    it('carries every byte value both ways, in order, split or in bursts', async () => {
      const pair = await make();
      try {
        const edge = pair.edge();
        const got = collect(edge);
        edge.onLost(() => {});
        await edge.open();
        await pair.cable.waitConnected();
        // Every byte value but LF in one line (FCP/1 noise may be any byte), then a burst.
        const noise = Array.from({ length: 255 }, (_, i) => String.fromCharCode(i + 1)).filter((c) => c !== '\n').join('');
        const burst = Array.from({ length: 200 }, (_, i) => `$TEMP,1,${i},${i}*00\n`).join('');
        pair.cable.write(noise.slice(0, 100));
        pair.cable.write(noise.slice(100) + '\n');
        pair.cable.write(burst);
        const want = Buffer.from(noise + '\n' + burst, 'latin1');
        expect((await got.until(want.length)).equals(want)).toBe(true);

        const sent = fromEdge(pair.cable);
        edge.write('$PING*1E\n');
        edge.write('$SCANREQ,7*4C\n');
        expect((await sent.until(23)).toString('latin1')).toBe('$PING*1E\n$SCANREQ,7*4C\n');
        await edge.close();
      } finally {
        await pair.close();
      }
    });

    it('closes without reporting a loss, twice without harm, and ignores writes after', async () => {
      const pair = await make();
      try {
        const edge = pair.edge();
        let lost = 0;
        edge.onData(() => {});
        edge.onLost(() => lost++);
        await edge.open();
        await edge.close();
        await edge.close();
        expect(() => edge.write('$PING*1E\n')).not.toThrow();
        await new Promise((r) => setTimeout(r, 100));
        expect(lost).toBe(0);
      } finally {
        await pair.close();
      }
    });

    it('reports the device vanishing once, refuses to open while it is gone, and opens again once it is back', async () => {
      const pair = await make();
      try {
        const edge = pair.edge();
        const losses: Array<Error | undefined> = [];
        const lostOnce = new Promise<void>((resolve) => edge.onLost((err) => {
          losses.push(err);
          resolve();
        }));
        edge.onData(() => {});
        await edge.open();
        await pair.cable.waitConnected();
        await pair.cable.vanish();
        await lostOnce;
        await new Promise((r) => setTimeout(r, 100));
        expect(losses).toHaveLength(1);
        expect(() => edge.write('$PING*1E\n')).not.toThrow();
        await edge.close();

        const early = pair.edge();
        early.onData(() => {});
        early.onLost(() => {});
        await expect(early.open()).rejects.toThrow();

        await pair.cable.restore();
        const again = pair.edge();
        const got = collect(again);
        again.onLost(() => {});
        await again.open();
        await pair.cable.waitConnected();
        pair.cable.write('$PONG*1A\n');
        expect((await got.until(9)).toString('latin1')).toBe('$PONG*1A\n');
        await again.close();
      } finally {
        await pair.close();
      }
    });
  });
}
