// CLI: runs a scenario's simulated controllers and prints one JSON line per fridge with the
// endpoint to hand to its edge agent (--serial). Logs go to stderr.
//
//   npx tsx simulator/main.ts --scenario demo --time-scale 60 --link tcp
//   npx tsx simulator/main.ts --scenario fleet --mqtt mqtt://127.0.0.1:1883
import { parseArgs } from 'node:util';
import { cliLogger } from './support/logger.js';
import { loadScenario, ScenarioError } from './scenario/index.js';
import { runFleet } from './fleet/index.js';
import { startSimulation, type LinkKind } from './simulation.js';

const USAGE = `usage: simulator/main.ts [--scenario demo|outage|fleet|<file.json>] [--time-scale 60] [--link tcp|pty]
       [--seed N] [--no-autopilot] [--pty-dir DIR] [--log-level info]
       fleet mode: --mqtt mqtt://127.0.0.1:1883 [--fridges-per-district N] [--batches N]`;

function out(obj: unknown): void {
  process.stdout.write(`${JSON.stringify(obj)}\n`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'demo' },
      'time-scale': { type: 'string', default: '60' },
      link: { type: 'string', default: 'tcp' },
      seed: { type: 'string' },
      'no-autopilot': { type: 'boolean', default: false },
      'pty-dir': { type: 'string' },
      'log-level': { type: 'string', default: 'info' },
      mqtt: { type: 'string' },
      'fridges-per-district': { type: 'string' },
      batches: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  const log = cliLogger(values['log-level']);
  const link = values.link;
  if (link !== 'tcp' && link !== 'pty') {
    process.stderr.write(`--link must be tcp or pty\n${USAGE}\n`);
    return 2;
  }
  const timeScale = Number(values['time-scale']);
  if (!(timeScale > 0)) {
    process.stderr.write(`--time-scale must be a positive number\n`);
    return 2;
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed);

  const scenario = await loadScenario(values.scenario);
  if (values.mqtt !== undefined || (scenario.fleet !== undefined && scenario.fridges.length === 0)) {
    if (scenario.fleet === undefined) throw new Error(`scenario ${scenario.name} has no fleet section`);
    if (values.mqtt === undefined) throw new Error('fleet mode needs --mqtt mqtt://127.0.0.1:<port>');
    const f = scenario.fleet;
    const report = await runFleet({
      brokerUrl: values.mqtt,
      districts: scenario.districts.map((d) => d.id),
      fridgesPerDistrict: values['fridges-per-district'] ? Number(values['fridges-per-district']) : f.fridgesPerDistrict,
      batchesPerFridge: values.batches ? Number(values.batches) : f.batchesPerFridge,
      eventsPerBatch: f.eventsPerBatch,
      inflight: f.inflight,
      connectConcurrency: f.connectConcurrency,
      maxDurationMs: f.maxDurationMs,
      ackTimeoutMs: f.ackTimeoutMs,
      meals: scenario.meals,
      seed: seed ?? scenario.seed,
      logger: log,
    });
    out({ fleet: report });
    return report.complete ? 0 : 1;
  }

  const sim = await startSimulation({
    scenario: values.scenario,
    link: link as LinkKind,
    timeScale,
    autopilot: !values['no-autopilot'],
    logger: log,
    ...(seed !== undefined ? { seed } : {}),
    ...(values['pty-dir'] !== undefined ? { ptyDir: values['pty-dir'] } : {}),
  });
  for (const f of sim.fridges()) {
    out({ fridgeId: f.fridgeId, district: f.district, name: f.name, link: sim.linkKind, serial: sim.serialArg(f.fridgeId), endpoint: f.endpoint });
  }
  sim.on((e) => {
    if (e.type === 'network-outage') out({ event: 'network-outage', fridgeId: e.fridgeId, state: e.state, atMs: e.atMs });
  });
  await new Promise<void>((resolve) => {
    const stop = (signal: string): void => {
      log.info({ signal }, 'shutting down');
      resolve();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  await sim.close();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ScenarioError) process.stderr.write(`${err.message}\n`);
    else process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
