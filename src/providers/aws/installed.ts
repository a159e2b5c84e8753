import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Problem } from '../../model/problem.js';
import { closest } from '../../model/validate.js';
import { isBundledPackage, resolvePackage } from './clients.js';
import { PAGING_KEYS } from './extract.js';
import { canonicalService, installHint, isCredentialReport, packageCandidates } from './names.js';

/**
 * What `validate` checks of an AWS call against the installed SDK, without loading it (a
 * client module takes up to a second to load; its type declarations are files to read): the
 * client package is installed, it has `<Service>Client` and `<Method>Command`, and the
 * response does not hold several lists when the flow names no `items:`. The declarations
 * (`dist-types/`) are how every SDK v3 client is published; where they cannot be read, only
 * what can be is checked, and the scan says ERROR for the rest.
 */
export function checkAwsCallInstalled(service: string, method: string, options: { items: boolean }): Problem[] {
  const name = canonicalService(service);
  const found = packageCandidates(service)
    .map((pkg) => ({ pkg, root: packageRoot(pkg) }))
    .find((p) => p.root !== undefined);
  if (!found?.root) {
    // A bundled client is inside the GitHub Action's bundle even where no node_modules exists.
    if (packageCandidates(service).some(isBundledPackage)) return [];
    return [{ path: ['service'], code: 'missing-client', message: `no AWS SDK client for service "${service}" is installed: ${installHint(service)}` }];
  }
  const types = join(found.root, 'dist-types');
  if (!existsSync(join(types, 'commands'))) return [];
  if (!existsSync(join(types, `${name}Client.d.ts`))) {
    const client = readdirSync(types).find((f) => /^[A-Z]\w*Client\.d\.ts$/.test(f))?.slice(0, -'Client.d.ts'.length);
    const hint = client ? ` (did you mean "${client}"?)` : '';
    return [{ path: ['service'], code: 'unknown-service', message: `${found.pkg} has no ${name}Client: name the service by its client class without "Client"${hint}` }];
  }
  const commands = commandsOf(types);
  if (!commands.includes(method)) {
    const near = closest(method, commands);
    return [{ path: ['method'], code: 'unknown-method', message: `${found.pkg} has no ${method}Command${near ? ` (did you mean "${near}"?)` : ''}` }];
  }
  if (options.items || isCredentialReport(service, method) || method === 'DescribeInstances') return [];
  const lists = responseLists(types, method);
  if (lists.length < 2) return [];
  return [
    {
      path: ['method'],
      code: 'ambiguous-items',
      message: `${name}.${method} answers several lists (${lists.join(', ')}): say which holds the items with items: (e.g. items: "$.${lists[0]}[*]"), or perItem single: true for the whole answer`,
    },
  ];
}

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

function packageRoot(pkg: string): string | undefined {
  return cached(`root:${pkg}`, () => {
    const manifest = resolvePackage(`${pkg}/package.json`);
    return manifest === undefined ? undefined : dirname(manifest);
  });
}

function commandsOf(types: string): string[] {
  return cached(`commands:${types}`, () =>
    readdirSync(join(types, 'commands'))
      .filter((f) => f.endsWith('Command.d.ts'))
      .map((f) => f.slice(0, -'Command.d.ts'.length)),
  );
}

/** The top-level list members of a command's output type, paging keys left out. */
function responseLists(types: string, method: string): string[] {
  const command = readFileSync(join(types, 'commands', `${method}Command.d.ts`), 'utf8');
  const output = new RegExp(`interface ${method}CommandOutput extends (\\w+),`).exec(command)?.[1];
  if (!output) return [];
  for (const text of modelsOf(types)) {
    const start = text.indexOf(`export interface ${output} {`);
    if (start < 0) continue;
    const body = text.slice(start, text.indexOf('\n}', start));
    return [...body.matchAll(/^ {4}(\w+)\??: ([^;\n]+);$/gm)].filter(([, key, type]) => !PAGING_KEYS.has(key!) && /\[\]( \| undefined)?$/.test(type!)).map(([, key]) => key!);
  }
  return [];
}

function modelsOf(types: string): string[] {
  return cached(`models:${types}`, () => {
    const dir = join(types, 'models');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.d.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
  });
}
