#!/usr/bin/env node
// fridge-feed: the client feed in its own process (docs/feed.md, docs/operations.md).
// Bad configuration: code 2.
import pino from 'pino';
import { ConfigError, exitCleanlyOnSignals } from '../../shared/index.js';
import { FeedApp, FeedStoreMissing } from './app.js';
import { FEED_HELP, loadFeedConfig, type FeedConfig } from './config.js';

async function main(): Promise<void> {
  let cfg: FeedConfig | 'help';
  try {
    cfg = loadFeedConfig(process.argv.slice(2), process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`fridge-feed: ${err.message}\nTry fridge-feed --help.\n`);
      process.exit(2);
    }
    throw err;
  }
  if (cfg === 'help') {
    process.stdout.write(FEED_HELP);
    return;
  }
  const log = pino({ level: cfg.logLevel, base: { service: 'fridge-feed' } });
  const app = await FeedApp.open(cfg, log);
  exitCleanlyOnSignals(log, () => app.stop());
  const { httpPort, position } = await app.start();
  log.info({ httpPort, position, store: app.store.location }, 'feed ready');
}

main().catch((err: unknown) => {
  // Not a bug: the operator's to resolve, said plainly.
  if (err instanceof FeedStoreMissing) {
    process.stderr.write(`fridge-feed: ${err.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`fridge-feed: fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
