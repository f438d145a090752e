#!/usr/bin/env node
// tsup writes the same declarations for ESM and CommonJS. In a .d.cts, a default import of a
// package typed with `export =` (stripe) needs esModuleInterop in the integrator's tsconfig;
// `import X = require('…')` is the CommonJS form that type-checks everywhere.
//
//   node scripts/cjs-types.mjs <file.d.cts> <package>...
import { readFileSync, writeFileSync } from 'node:fs';

const [file, ...modules] = process.argv.slice(2);
if (!file || modules.length === 0) {
  process.stderr.write('usage: node scripts/cjs-types.mjs <file.d.cts> <package>...\n');
  process.exit(2);
}
let text = readFileSync(file, 'utf8');
for (const name of modules) {
  const quoted = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const pattern = new RegExp(`^import (type )?(\\w+) from '${quoted}';$`, 'gm');
  text = text.replace(
    pattern,
    (_line, _type, binding) => `import ${binding} = require('${name}');`,
  );
}
writeFileSync(file, text);
