// Copies what tsc does not emit (the HTML template) next to the compiled reporters,
// and marks the CLI entry executable.
import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('dist/reporters/html', { recursive: true });
copyFileSync('reporters/html/report.hbs', 'dist/reporters/html/report.hbs');
chmodSync('dist/src/cli/bin.js', 0o755);
