// Time as a source of work: meal expiries, temperature excursion deadlines and reservation
// expiries are decided on a Tick for every district whose state is in memory.
import type { Logger } from 'pino';
import type { CommandHandler } from './command-handler.js';

export class Ticker {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly core: CommandHandler, private readonly everyMs: number, private readonly log: Logger) {}

  start(): void {
    this.timer = setInterval(() => this.tick(), this.everyMs);
    this.timer.unref();
  }

  tick(): void {
    for (const district of this.core.loaded()) {
      this.core.handle(district, { type: 'Tick' }).catch((err: unknown) => this.log.error({ err, district }, 'tick failed'));
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
