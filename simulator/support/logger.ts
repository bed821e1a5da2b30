import pino, { type Logger } from 'pino';

export type { Logger };

/** Silent unless asked: tests stay quiet, the CLI passes its own logger. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

/** The CLI's logger: stderr, because stdout carries the endpoint JSON lines. */
export function cliLogger(level: string): Logger {
  return pino({ level, base: { component: 'simulator' } }, pino.destination(2));
}
