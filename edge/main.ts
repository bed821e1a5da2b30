#!/usr/bin/env node
// fridge-edge: the edge agent command. Bad configuration exits with code 2 and a message.
import pino from 'pino';
import { EdgeAgent } from './agent.js';
import { ConfigError, exitCleanlyOnSignals } from '../shared/index.js';
import { EDGE_HELP, loadEdgeConfig, type EdgeConfig } from './config.js';
import { OutboxFridgeMismatchError } from './outbox/index.js';

async function main(): Promise<void> {
  let cfg: EdgeConfig | 'help';
  try {
    cfg = loadEdgeConfig(process.argv.slice(2), process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`fridge-edge: ${err.message}\nTry fridge-edge --help.\n`);
      process.exit(2);
    }
    throw err;
  }
  if (cfg === 'help') {
    process.stdout.write(EDGE_HELP);
    return;
  }
  const log = pino({ level: cfg.logLevel, base: { service: 'fridge-edge' } });
  let agent: EdgeAgent;
  try {
    agent = new EdgeAgent(cfg, { log });
  } catch (err) {
    if (err instanceof OutboxFridgeMismatchError) {
      process.stderr.write(`fridge-edge: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  exitCleanlyOnSignals(log, () => agent.stop());
  await agent.start();
  if (agent.healthAddress) log.info({ health: agent.healthAddress }, 'health endpoint listening');
}

main().catch((err: unknown) => {
  process.stderr.write(`fridge-edge: fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
