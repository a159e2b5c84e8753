// `as unknown as` tells the compiler to stop checking. It is allowed only where a comment on the
// lines just above says why (third-party typings we cannot change): this check, part of
// `npm run check:structure` and so of `npm test`, names every other one as file:line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CAST = 'as unknown as';
const unexplained = [];
for (const root of ['src', 'reporters']) {
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.includes(CAST) || line.trimStart().startsWith('//')) return;
      const above = lines.slice(Math.max(0, i - 6), i).filter((l) => l.trimStart().startsWith('//'));
      if (!above.some((l) => l.includes(CAST))) unexplained.push(`${file}:${i + 1}`);
    });
  }
}
if (unexplained.length > 0) {
  console.error(`${CAST} without a comment just above saying why (it turns the type check off):\n  ${unexplained.join('\n  ')}`);
  process.exit(1);
}
console.log(`no unexplained "${CAST}" in src or reporters`);
