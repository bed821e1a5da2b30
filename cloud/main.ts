#!/usr/bin/env node
// fridge-cloud: the cloud ingest command. `fridge-cloud [serve]` runs it; `fridge-cloud
// rebuild` rebuilds the projections from the event store. Bad configuration: code 2.
import pino from 'pino';
import { ConfigError, exitCleanlyOnSignals } from '../edge/index.js';
import { CloudApp } from './app.js';
import { CLOUD_HELP, loadCloudConfig, type CloudConfig } from './config.js';
import { openStore } from './store/index.js';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const sub = argv[0] !== undefined && !argv[0].startsWith('-') ? argv.shift() : 'serve';
  let cfg: CloudConfig | 'help';
  try {
    if (sub !== 'serve' && sub !== 'rebuild' && sub !== 'help') throw new ConfigError(`unknown command "${sub}"`);
    cfg = sub === 'help' ? 'help' : loadCloudConfig(argv, process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`fridge-cloud: ${err.message}\nTry fridge-cloud --help.\n`);
      process.exit(2);
    }
    throw err;
  }
  if (cfg === 'help') {
    process.stdout.write(CLOUD_HELP);
    return;
  }
  const log = pino({ level: cfg.logLevel, base: { service: 'fridge-cloud' } });
  if (sub === 'rebuild') {
    const store = await openStore(cfg);
    const t0 = Date.now();
    const n = await store.rebuildProjections();
    await store.close();
    log.info({ events: n, ms: Date.now() - t0 }, 'projections rebuilt from the event store');
    return;
  }
  const app = await CloudApp.open(cfg, log);
  exitCleanlyOnSignals(log, () => app.stop());
  const { httpPort, mqttPort, mqttUrl } = await app.start();
  log.info({ httpPort, mqttPort, mqttUrl, districts: cfg.districts ?? 'all', dataDir: cfg.dataDir }, 'cloud ready');
}

main().catch((err: unknown) => {
  process.stderr.write(`fridge-cloud: fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
