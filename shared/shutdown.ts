import type { Logger } from 'pino';

/**
 * SIGINT/SIGTERM: run `stop` once (stop intake, flush, close), then exit 0, or 1 if it failed.
 * Shared by fridge-edge and fridge-cloud.
 */
export function exitCleanlyOnSignals(log: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}
