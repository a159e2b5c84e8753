// Copies what tsc does not emit (the HTML template, the JSON report schema) into dist,
// and marks the CLI entry executable.
import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('dist/reporters/html', { recursive: true });
copyFileSync('reporters/html/report.hbs', 'dist/reporters/html/report.hbs');
mkdirSync('dist/schemas', { recursive: true });
copyFileSync('schemas/results.schema.json', 'dist/schemas/results.schema.json');
chmodSync('dist/src/cli/bin.js', 0o755);
