#!/usr/bin/env node
// fridge-cloud: the cloud ingest command. `fridge-cloud [serve]` runs it; `fridge-cloud
// rebuild` rebuilds the projections from the event store; the operations commands
// (`mosquitto-auth`, `backup`, `capacity`: docs/operations.md) live in cloud/ops/.
// Bad configuration: code 2.
import { existsSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { ConfigError, exitCleanlyOnSignals } from '../shared/index.js';
import { CloudApp } from './app.js';
import { CLOUD_HELP, loadCloudConfig, type CloudConfig } from './config.js';
import { backupCommand, STORE_FILE } from './ops/backup.js';
import { capacityCommand } from './ops/capacity.js';
import { ReportProjector } from './reports/index.js';
import { mosquittoAuthCommand } from './ops/mosquitto-auth.js';
import { EmptyStoreRefused, openStore, storeMarker } from './store/index.js';

const io = {
  out: (text: string): void => void process.stdout.write(text),
  err: (text: string): void => void process.stderr.write(text),
};

/** The operations commands: each parses its own options and returns an exit code. */
const OPS_COMMANDS: Record<string, (argv: readonly string[]) => Promise<number>> = {
  'mosquitto-auth': (argv) => mosquittoAuthCommand(argv, process.env, {
    ...io,
    now: Date.now,
    listFridges: async ({ dataDir, databaseUrl }) => {
      // Before the cloud's first start there is no registry yet: the ingest user alone lets
      // the broker and then the cloud start (docs/operations.md). Create nothing here. A data
      // dir whose store was lost is refused (EmptyStoreRefused), not taken for a first start.
      if (databaseUrl === undefined && !existsSync(path.join(dataDir, STORE_FILE)) && !existsSync(storeMarker(dataDir))) {
        io.err(`fridge-cloud: no event store in ${dataDir} yet: no fridges\n`);
        return [];
      }
      const store = await openStore({ dataDir, databaseUrl });
      try {
        return await store.listFridges();
      } finally {
        await store.close();
      }
    },
  }),
  backup: (argv) => backupCommand(argv, process.env, io),
  capacity: (argv) => capacityCommand(argv, process.env, io),
};

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const sub = argv[0] !== undefined && !argv[0].startsWith('-') ? argv.shift() : 'serve';
  const ops = sub !== undefined && Object.hasOwn(OPS_COMMANDS, sub) ? OPS_COMMANDS[sub] : undefined;
  if (ops !== undefined) {
    try {
      process.exitCode = await ops(argv);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      process.stderr.write(`fridge-cloud ${sub}: ${err.message}\nTry fridge-cloud ${sub} --help.\n`);
      process.exitCode = 2;
    }
    return;
  }
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
    // The reports' tables too, in their own pages (issue 14).
    const reportsAt = await new ReportProjector({ events: store, reports: store.reports, log: log.child({ component: 'reports' }) }).rebuild();
    log.info({ position: reportsAt }, 'report tables rebuilt');
    // District snapshots are derived too: the next start folds every district from its events.
    log.info({ dropped: await store.dropDistrictSnapshots() }, 'district snapshots dropped');
    // After a restore the store's positions will be used again for other events: feed clients
    // holding cursors of before must resync rather than resume (docs/feed.md epoch_unknown).
    log.info({ epoch: await store.renewStoreEpoch() }, 'store epoch renewed: feed clients resync');
    await store.close();
    log.info({ events: n, ms: Date.now() - t0 }, 'projections rebuilt from the event store');
    return;
  }
  let app: CloudApp;
  try {
    app = await CloudApp.open(cfg, log);
  } catch (err) {
    // A weak secret in the data dir is a configuration error like a bad flag (item 15).
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`fridge-cloud: ${err.message}\n`);
    process.exit(2);
  }
  exitCleanlyOnSignals(log, () => app.stop());
  const { httpPort, mqttPort, mqttUrl } = await app.start();
  log.info({ httpPort, mqttPort, mqttUrl, districts: cfg.districts ?? 'all', dataDir: cfg.dataDir }, 'cloud ready');
}

main().catch((err: unknown) => {
  // Not a bug: the operator's to resolve, said plainly (issue 11 item 13).
  if (err instanceof EmptyStoreRefused) {
    process.stderr.write(`fridge-cloud: ${err.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`fridge-cloud: fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
