// The bundled AWS clients' output lists, at build time (npm run build, after tsc), into
// dist/src/providers/aws/aws-shapes.json: what src/providers/aws/shape-table.ts answers a
// snapshot scan with, so that judging an empty recorded page loads no SDK client. Each entry is
// computed by the same code the scan would run (clients.ts outputShape), from the installed client.
import { readFileSync, writeFileSync } from 'node:fs';
import { isBundledPackage, loadService } from '../dist/src/providers/aws/clients.js';
import { packageCandidates } from '../dist/src/providers/aws/names.js';
import { SHAPE_TABLE_FILE } from '../dist/src/providers/aws/shape-table.js';

// The SDK's multi-line Node version notice, off as bin.ts turns it off.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const names = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies).filter((n) => n.startsWith('@aws-sdk/client-') && isBundledPackage(n));
const table = {};
for (const name of names) {
  const module = await import(name);
  const service = Object.keys(module).find((k) => /^[A-Z][A-Za-z0-9]*Client$/.test(k) && typeof module[k] === 'function')?.replace(/Client$/, '');
  // Only a service whose name leads to this package first, as loadService finds it.
  if (!service || packageCandidates(service)[0] !== name) continue;
  const svc = await loadService(service);
  if (svc.name !== name) continue;
  const methods = Object.keys(module).filter((k) => k.endsWith('$') && Array.isArray(module[k]) && module[k][0] === 9).map((k) => k.slice(0, -1));
  const shapes = methods.map((m) => [m, svc.outputShape(m)]).filter(([, shape]) => shape !== undefined);
  const query = shapes.some(([, shape]) => shape.protocol === 'query');
  if (shapes.some(([, shape]) => (shape.protocol === 'query') !== query)) continue; // one protocol per client, or no entry
  const version = JSON.parse(readFileSync(new URL(import.meta.resolve(`${name}/package.json`)), 'utf8')).version;
  table[name] = { version, service, query, ...(query ? { lists: Object.fromEntries(shapes.map(([m, shape]) => [m, shape.lists])) } : {}) };
}
writeFileSync(`dist/src/providers/aws/${SHAPE_TABLE_FILE}`, JSON.stringify(table));
console.log(`tabled the output lists of ${Object.keys(table).length} bundled AWS clients into dist/src/providers/aws/${SHAPE_TABLE_FILE}`);
