import { Duplex } from 'node:stream';

/**
 * Two connected in-memory streams: what one writes, the other reads. The ingest talks MQTT to
 * the embedded broker through such a pair rather than a loopback socket: every batch and every
 * ack crossed the kernel twice more and waited for a poll of the event loop each way, which
 * in a fleet storm is a turn of the loop each, on the path of every live door session
 * (issue 12). Writes wait while the other side's buffer is full, as on a socket.
 */
export function inProcessPair(highWaterMark = 1024 * 1024): [Duplex, Duplex] {
  const ends: Duplex[] = [];
  const waiting: (((err?: Error | null) => void) | undefined)[] = [undefined, undefined];
  const end = (me: 0 | 1): Duplex => {
    const other = (1 - me) as 0 | 1;
    return new Duplex({
      readableHighWaterMark: highWaterMark,
      writableHighWaterMark: highWaterMark,
      write(chunk: Buffer, _enc, cb) {
        const peer = ends[other]!;
        if (peer.destroyed) return cb(new Error('the other end is closed'));
        if (peer.push(chunk)) cb();
        else waiting[me] = cb; // released when the peer reads again
      },
      final(cb) {
        ends[other]!.push(null);
        cb();
      },
      read() {
        const cb = waiting[other];
        waiting[other] = undefined;
        cb?.();
      },
      destroy(err, cb) {
        waiting[me] = undefined; // a write held for the peer's buffer is aborted with the stream
        const peer = ends[other]!;
        // The peer sees the end of the stream, then closes, as a socket's peer would.
        if (!peer.destroyed) {
          peer.push(null);
          peer.destroy();
        }
        cb(err);
      },
    });
  };
  ends.push(end(0), end(1));
  return [ends[0]!, ends[1]!];
}
