// Copies what tsc does not emit (the JSON report schemas) into dist, and marks the CLI entry
// executable.
import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('dist/schemas', { recursive: true });
for (const name of ['results.schema.json', 'results-1.0.schema.json']) copyFileSync(`schemas/${name}`, `dist/schemas/${name}`);
chmodSync('dist/src/cli/bin.js', 0o755);
