// tsc emits only what it compiles; the generated protobuf code is plain JS next to its
// .d.ts, so it is copied into dist/ where the compiled modules import it from.
import { cpSync, mkdirSync } from 'node:fs';
mkdirSync('dist/proto/gen', { recursive: true });
cpSync('proto/gen', 'dist/proto/gen', { recursive: true });
