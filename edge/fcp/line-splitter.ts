import { MAX_LINE_BYTES } from './messages.js';

/**
 * Splits a serial byte stream into lines at '\n'. A line that grows past a hard cap without
 * a newline (binary noise, a stuck transmitter) is cut off and reported as overlong instead
 * of growing the buffer without bound; the bytes up to the next '\n' are discarded.
 * Noise before '$' may make a line longer than the 200-byte frame limit, hence the slack.
 */
export class LineSplitter {
  private buf = '';
  private discarding = false;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly onOverflow: () => void,
    private readonly cap = MAX_LINE_BYTES * 4,
  ) {}

  push(chunk: Buffer | string): void {
    // latin1 maps every byte to one char, so binary noise cannot form multi-byte sequences
    // that swallow a following '\n' or '$'.
    let text = typeof chunk === 'string' ? chunk : chunk.toString('latin1');
    while (text.length > 0) {
      const nl = text.indexOf('\n');
      const piece = nl < 0 ? text : text.slice(0, nl);
      text = nl < 0 ? '' : text.slice(nl + 1);
      if (!this.discarding) {
        this.buf += piece;
        if (this.buf.length > this.cap) {
          this.buf = '';
          this.discarding = true;
          this.onOverflow();
        }
      }
      if (nl >= 0) {
        if (!this.discarding) this.onLine(this.buf);
        this.buf = '';
        this.discarding = false;
      }
    }
  }

  /** Drops a partial line (the device went away mid-line). */
  reset(): void {
    this.buf = '';
    this.discarding = false;
  }
}
