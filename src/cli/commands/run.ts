import { compileFlow, needsSandbox } from '../../engine/compile.js';
import { flowTargets } from '../../engine/flow-targets.js';
import { runFlow } from '../../engine/run-flow.js';
import type { LoadedFlow } from '../../load/catalog.js';
import { CLOUDS, type Cloud } from '../../model/control.js';
import { withCallCache } from '../../providers/call-cache.js';
import { loadSandbox } from '../../sandbox/quickjs.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { openInventory, type InventoryArgs } from '../inventory.js';
import type { Io } from '../io.js';
import { parseVarFlags, UsageError } from '../selection.js';
import { loadCheckedCatalog } from '../content.js';
import { declaresVariable } from '../../flow/variables.js';

export interface RunArgs extends InventoryArgs {
  flow: string;
  flows: string[];
  till?: string;
  target?: string;
  var: string[];
  cwd: string;
}

/**
 * `ctrlflow run FLOW`: run one flow on each target of its cloud and print JSON. With --till,
 * only that node and what it depends on run, and its output is printed (QFlow "Run till").
 */
export async function runCommand(args: RunArgs, io: Io): Promise<ExitCode> {
  const isPath = /\.ya?ml$/.test(args.flow);
  const catalog = await loadCheckedCatalog(isPath ? [args.flow] : args.flows, args.cwd, io);
  if (!catalog) return EXIT.BAD_INPUT;
  const loaded = isPath ? [...catalog.flows.values()][0] : catalog.flows.get(args.flow);
  if (!loaded) throw new UsageError(`no flow "${args.flow}" (flows: ${[...catalog.flows.keys()].sort().join(', ')})`);
  if (args.till !== undefined && !loaded.nodes.some((n) => n.id === args.till)) {
    throw new UsageError(`--till ${args.till}: flow ${loaded.flow.id} has no such node (nodes: ${loaded.nodes.map((n) => n.id).join(', ')})`);
  }
  const overrides = parseVarFlags(args.var);
  for (const name of Object.keys(overrides)) {
    if (!declaresVariable(loaded.flow.variables, name)) throw new UsageError(`--var ${name}: flow ${loaded.flow.id} declares no such variable`);
  }
  const now = new Date();
  if (needsSandbox([loaded])) await loadSandbox();
  const compiled = compileFlow(loaded, overrides, { now, environment: process.env });
  const cloud = cloudOf(loaded, args.target);
  const provider = withCallCache(await openInventory(args, [cloud], args.cwd));
  const all = await provider.targets(cloud);
  // --target names any target; without it, the flow runs where a scan would run it.
  const targets = args.target ? all.filter((t) => `${t.provider}/${t.account}/${t.region}` === args.target) : flowTargets(loaded, all);
  if (targets.length === 0) throw new UsageError(`no ${cloud} target${args.target ? ` ${args.target}` : ''} in ${provider.description}`);

  const printed: unknown[] = [];
  let failed = false;
  for (const target of targets) {
    const execution = await runFlow(compiled, target, provider, { now, till: args.till, keepOutputs: args.till !== undefined });
    failed ||= execution.status === 'failed';
    if (args.till === undefined) {
      printed.push(execution);
      continue;
    }
    const node = execution.nodes.find((n) => n.id === args.till)!;
    printed.push({
      flow: loaded.flow.id,
      target: `${target.provider}/${target.account}/${target.region}`,
      node: node.id,
      status: node.status,
      ...(execution.error ? { error: execution.error } : {}),
      output: node.output ?? {},
    });
  }
  for (const line of JSON.stringify(printed, null, 2).split('\n')) io.out(line);
  return failed ? EXIT.UNREADABLE : EXIT.OK;
}

/** The cloud a flow reads, from its resource nodes (or from --target). */
function cloudOf(loaded: LoadedFlow, target: string | undefined): Cloud {
  const fromTarget = target?.split('/')[0];
  if (target !== undefined) {
    if (!CLOUDS.includes(fromTarget as Cloud) || target.split('/').length !== 3) {
      throw new UsageError(`--target ${target}: expected CLOUD/ACCOUNT/REGION, e.g. aws/111111111111/us-east-1`);
    }
    return fromTarget as Cloud;
  }
  const clouds = new Set(loaded.nodes.map((n) => n.type.split('.')[0]).filter((p): p is Cloud => CLOUDS.includes(p as Cloud)));
  if (clouds.size !== 1) {
    throw new UsageError(`flow ${loaded.flow.id} reads ${clouds.size === 0 ? 'no' : 'several'} clouds: say which with --target CLOUD/ACCOUNT/REGION`);
  }
  return [...clouds][0]!;
}
