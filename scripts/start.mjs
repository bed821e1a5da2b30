// npm start: the product in one command. Until the cloud ingest lands (issue 4), it says so.
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../dist/cloud/main.js', import.meta.url))) {
  process.stdout.write(
    [
      'Farmacy Food fridge gateway',
      '',
      'The cloud ingest (fridge-cloud) is not built yet, so there is no product to start.',
      'What exists today:',
      '  - the edge agent:  node dist/edge/main.js --help',
      '  - the simulator:   npx tsx simulator/main.ts --scenario demo --link tcp',
      '  - the tests:       npm test',
      '',
    ].join('\n'),
  );
  process.exit(0);
}
await import('./start-product.mjs');
