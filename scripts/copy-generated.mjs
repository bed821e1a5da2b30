// tsc emits only what it compiles. The generated protobuf code is plain JS next to its
// .d.ts, so it is copied into dist/ where the compiled modules import it from; the
// dashboard's static files go to dist/cloud/dashboard, where dist/cloud/http/dashboard.js
// serves them from.
import { cpSync, mkdirSync } from 'node:fs';
mkdirSync('dist/proto/gen', { recursive: true });
cpSync('proto/gen', 'dist/proto/gen', { recursive: true });
mkdirSync('dist/cloud/dashboard', { recursive: true });
// Every module of the page (render/ too); not the type declarations, which only the type
// check reads (tsconfig.dashboard.json).
cpSync('cloud/dashboard', 'dist/cloud/dashboard', { recursive: true, filter: (src) => !src.endsWith('.d.ts') });
