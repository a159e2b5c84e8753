// Parses and checks the bundled controls, flows and frameworks once, at build time (npm run
// build, after tsc), into dist/src/load/content-cache.json: what src/load/content-cache.ts
// hands the catalog for a file of exactly that text, so a scan does not parse and check the
// same few hundred YAML files on every start. Only files that load without a problem are kept.
import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { checkFlow } from '../dist/src/flow/check-flow.js';
import { CACHE_FILE, textKey } from '../dist/src/load/content-cache.js';
import { yamlFiles } from '../dist/src/load/yaml-files.js';
import { parseYamlFile } from '../dist/src/load/yaml.js';
import { controlSchema } from '../dist/src/model/control.js';
import { frameworkSchema } from '../dist/src/model/framework.js';
import { validateSchema } from '../dist/src/model/validate.js';

const has = (value, key) => typeof value === 'object' && value !== null && !Array.isArray(value) && key in value;
const entries = {};
let skipped = 0;
for (const root of ['controls', 'flows']) {
  for (const file of ((await yamlFiles(root)) ?? []).sort()) {
    const text = readFileSync(file, 'utf8');
    const parsed = parseYamlFile(file, text);
    const value = parsed.value;
    // The cache holds JSON: a value JSON cannot carry exactly is parsed at run time instead.
    if (parsed.diagnostics.length > 0 || !isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value)) {
      skipped += 1;
      continue;
    }
    const before = JSON.stringify(value);
    let entry;
    if (has(value, 'nodes')) {
      const { nodes, problems } = checkFlow(value);
      const implicit = nodes.length === value.nodes.length + 1;
      const rebuilt = implicit ? [nodes[0], ...value.nodes] : value.nodes;
      if (problems.length === 0 && isDeepStrictEqual(rebuilt, nodes)) entry = { value, flow: implicit ? { trigger: nodes[0] } : {} };
    } else if (has(value, 'flow')) {
      if (validateSchema(controlSchema, value).length === 0) entry = { value, idLine: parsed.locate(['id'], { key: true }).line };
    } else if (has(value, 'requirements')) {
      entry = validateSchema(frameworkSchema, value).length === 0 ? { value, framework: true } : { value };
    }
    if (JSON.stringify(value) !== before) throw new Error(`${file}: checking changed the parsed value`);
    if (entry) entries[textKey(text)] = entry;
    else skipped += 1;
  }
}
// ASCII only (the few other characters as \u escapes): such a file decodes to a one-byte string,
// read faster at start-up than one with a single dash or dot in it (whose text is two bytes a character).
const ascii = JSON.stringify(entries).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(`dist/src/load/${CACHE_FILE}`, ascii);
console.log(`cached ${Object.keys(entries).length} bundled content files into dist/src/load/${CACHE_FILE}${skipped ? ` (${skipped} left to load at run time)` : ''}`);
