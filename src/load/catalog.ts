import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { controlSchema, type Control } from '../model/control.js';
import type { Flow, NodeConfig } from '../model/flow.js';
import type { Problem } from '../model/problem.js';
import { validateSchema } from '../model/validate.js';
import { findNodeKind } from '../nodes/index.js';
import { checkFlow } from './check-flow.js';
import { sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { parseYamlFile, type ParsedYaml } from './yaml.js';

export interface LoadedControl {
  control: Control;
  /** Path relative to the working directory, forward slashes. */
  file: string;
  /** Line of the control's `id`, where SARIF points. */
  line: number;
  flowId: string;
}

export interface LoadedFlow {
  flow: Flow;
  file: string;
  /** The trigger node first (from `trigger:` or manual), then the flow's nodes. */
  nodes: NodeConfig[];
}

export interface Catalog {
  controls: LoadedControl[];
  flows: Map<string, LoadedFlow>;
  diagnostics: Diagnostic[];
}

interface Doc {
  file: string;
  absolute: string;
  parsed: ParsedYaml;
}

/**
 * Finds controls and flows under `paths` (files or folders), checks each document and the
 * references between them, and returns every problem as a file:line:col diagnostic. Never
 * throws on bad input. `*.test.yaml` files (control unit tests) are not controls.
 */
export async function loadCatalog(paths: string[], options: { cwd?: string } = {}): Promise<Catalog> {
  const cwd = options.cwd ?? process.cwd();
  const display = (absolute: string) => relative(cwd, absolute).split(sep).join('/') || absolute;
  const diagnostics: Diagnostic[] = [];
  const report = (doc: Doc, problems: Problem[]) => {
    for (const p of problems) {
      const { line, col } = doc.parsed.locate(p.path, { key: p.code === 'unknown-key' });
      diagnostics.push({ file: doc.file, line, col, code: p.code, message: p.message });
    }
  };

  const files: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const found = await yamlFiles(absolute);
    if (found === undefined) diagnostics.push({ file: display(absolute), line: 1, col: 1, code: 'no-such-path', message: 'no such file or folder' });
    else files.push(...found);
  }

  const docs = new Map<string, Doc>();
  const read = async (absolute: string): Promise<Doc | undefined> => {
    if (docs.has(absolute)) return docs.get(absolute);
    const file = display(absolute);
    let text: string;
    try {
      text = await readFile(absolute, 'utf8');
    } catch (error) {
      diagnostics.push({ file, line: 1, col: 1, code: 'unreadable-file', message: (error as Error).message });
      return undefined;
    }
    const doc = { file, absolute, parsed: parseYamlFile(file, text) };
    docs.set(absolute, doc);
    diagnostics.push(...doc.parsed.diagnostics);
    return doc;
  };

  const controls: { doc: Doc; control: Control }[] = [];
  const flows = new Map<string, LoadedFlow>();
  const flowDocs = new Map<string, Doc>();
  const addFlow = (doc: Doc) => {
    const { nodes, problems } = checkFlow(doc.parsed.value);
    report(doc, problems);
    const flow = doc.parsed.value as Flow;
    if (typeof flow.id !== 'string') return;
    const first = flowDocs.get(flow.id);
    if (first) return report(doc, [{ path: ['id'], code: 'duplicate-id', message: `flow id "${flow.id}" is also used by ${first.file}` }]);
    const stem = basename(doc.absolute, extname(doc.absolute));
    if (stem !== flow.id) report(doc, [{ path: ['id'], code: 'id-mismatch', message: `flow id "${flow.id}" must match its file name "${stem}" (controls name flows by id)` }]);
    flowDocs.set(flow.id, doc);
    if (problems.length === 0) flows.set(flow.id, { flow, file: doc.file, nodes });
  };

  for (const absolute of files) {
    const doc = await read(absolute);
    if (!doc || doc.parsed.diagnostics.length > 0) continue;
    const value = doc.parsed.value;
    if (value && typeof value === 'object' && 'nodes' in value) addFlow(doc);
    else if (value && typeof value === 'object' && 'flow' in value) controls.push({ doc, control: value as Control });
    else report(doc, [{ path: [], code: 'unknown-document', message: 'neither a control (has `flow:`) nor a flow (has `nodes:`)' }]);
  }

  const loaded: LoadedControl[] = [];
  const controlDocs = new Map<string, Doc>();
  for (const { doc, control } of controls) {
    const problems = validateSchema(controlSchema, control);
    report(doc, problems);
    if (problems.length > 0) continue;
    const first = controlDocs.get(control.id);
    if (first) {
      report(doc, [{ path: ['id'], code: 'duplicate-id', message: `control id "${control.id}" is also used by ${first.file}` }]);
      continue;
    }
    controlDocs.set(control.id, doc);
    const flowId = await resolveFlow(control, doc);
    if (flowId === undefined) continue;
    loaded.push({ control, file: doc.file, line: doc.parsed.locate(['id'], { key: true }).line, flowId });
  }

  /** A flow id, or a path relative to the control file, loaded if not already. */
  async function resolveFlow(control: Control, doc: Doc): Promise<string | undefined> {
    let id = control.flow;
    if (/\.ya?ml$/.test(control.flow)) {
      const target = await read(resolve(dirname(doc.absolute), control.flow));
      if (!target) return undefined;
      if (![...flowDocs.values()].includes(target) && target.parsed.diagnostics.length === 0) addFlow(target);
      id = (target.parsed.value as Flow | null)?.id ?? control.flow;
    }
    if (!flowDocs.has(id)) {
      const known = [...flowDocs.keys()].sort();
      const list = known.length > 8 ? `${known.slice(0, 8).join(', ')}, …` : known.join(', ');
      const hint = known.length > 0 ? ` (flows: ${list}; is the flows folder passed with --flows?)` : ' (no flows were loaded: pass the flows folder too)';
      report(doc, [{ path: ['flow'], code: 'unknown-flow', message: `no flow "${control.flow}" was loaded${hint}` }]);
      return undefined;
    }
    const flow = flows.get(id);
    if (flow && !flow.nodes.some((n) => findNodeKind(n.type)?.type === 'evaluate')) {
      report(doc, [{ path: ['flow'], code: 'no-evaluate', message: `flow "${id}" has no evaluate node, so it cannot give PASS/FAIL results` }]);
      return undefined;
    }
    return id;
  }

  return { controls: loaded, flows, diagnostics: sortDiagnostics(diagnostics) };
}

/** The YAML files at a path (recursively for folders), sorted; undefined when the path does not exist. */
async function yamlFiles(absolute: string): Promise<string[] | undefined> {
  let info;
  try {
    info = await stat(absolute);
  } catch {
    return undefined;
  }
  if (info.isFile()) return [absolute];
  const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name) && !/\.test\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !f.split(sep).includes('node_modules'))
    .sort();
}
