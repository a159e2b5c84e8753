import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, relative, resolve, sep } from 'node:path';
import { controlSchema, type Control } from '../model/control.js';
import type { Flow, NodeConfig } from '../model/flow.js';
import type { Problem } from '../model/problem.js';
import { validateSchema } from '../model/validate.js';
import { findNodeKind } from '../nodes/index.js';
import { checkFlow, type CheckOptions } from '../flow/check-flow.js';
import { checkFlowShapes } from '../flow/check-shapes.js';
import { sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { checkFrameworks, type LoadedFramework } from './frameworks.js';
import { commonFolder, gitFacts, provenanceOf, type Provenance } from './provenance.js';
import { parseYamlFile, type ParsedYaml } from './yaml.js';
import { cachedDoc, cachedFlowNodes, type CachedDoc } from './content-cache.js';
import { yamlFiles } from './yaml-files.js';
import { append } from '../model/append.js';

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
  /** The trigger node first (from `trigger:` or manual), then the flow's nodes; as written when a node is the trigger. */
  nodes: NodeConfig[];
}

export interface Catalog {
  controls: LoadedControl[];
  flows: Map<string, LoadedFlow>;
  /** Framework files (`requirements:`), checked against the controls both ways. */
  frameworks: LoadedFramework[];
  diagnostics: Diagnostic[];
  /** The content hash of every control, flow and framework file loaded, and the git commit holding them (provenance.ts). */
  provenance: Provenance;
}

interface Doc {
  file: string;
  absolute: string;
  text: string;
  parsed: ParsedYaml;
  /** The build's cache had this exact text (content-cache.ts): parsed and checked already. */
  cached?: CachedDoc;
}

/** A cached document: its value at once, its YAML parsed only if a problem must be located. */
function cachedParse(file: string, text: string, value: unknown): ParsedYaml {
  let parsed: ParsedYaml | undefined;
  return { value, diagnostics: [], locate: (path, options) => (parsed ??= parseYamlFile(file, text)).locate(path, options) };
}

const has = (value: unknown, key: string): boolean => typeof value === 'object' && value !== null && !Array.isArray(value) && key in value;

/**
 * Finds controls and flows under `paths` (files or folders), checks each document and the
 * references between them, and returns every problem as a file:line:col diagnostic. Never
 * throws on bad input. `*.test.yaml` files (control unit tests) are not controls.
 */
export async function loadCatalog(paths: string[], options: { cwd?: string } & CheckOptions = {}): Promise<Catalog> {
  const cwd = options.cwd ?? process.cwd();
  const display = (absolute: string) => relative(cwd, absolute).split(sep).join('/') || absolute;
  const diagnostics: Diagnostic[] = [];
  const report = (doc: Pick<Doc, 'file' | 'parsed'>, problems: Problem[]) => {
    for (const p of problems) {
      const { line, col } = doc.parsed.locate(p.path, { key: p.code === 'unknown-key' });
      diagnostics.push({ file: doc.file, line, col, code: p.code, message: p.message });
    }
  };

  // A folder named twice (`controls controls/aws`) must not make a control its own duplicate.
  const files = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const found = await yamlFiles(absolute);
    if (found === undefined) diagnostics.push({ file: display(absolute), line: 1, col: 1, code: 'no-such-path', message: 'no such file or folder' });
    else for (const f of found) files.add(f);
  }
  // Git is asked about the folder holding them now, while they are read and checked (provenance.ts).
  const git = files.size > 0 ? gitFacts(commonFolder([...files])) : undefined;

  // Each file is read and parsed once, even when a control also names it by path.
  const docs = new Map<string, Doc | undefined>();
  const read = async (absolute: string): Promise<Doc | undefined> => {
    if (docs.has(absolute)) return docs.get(absolute);
    const file = display(absolute);
    let doc: Doc | undefined;
    try {
      // Read at once: a few hundred small files, each an open, stat, read and close through the
      // thread pool when awaited one by one, were a sixth of a bundled scan's start.
      const text = readFileSync(absolute, 'utf8');
      const cached = cachedDoc(text);
      doc = cached ? { file, absolute, text, parsed: cachedParse(file, text, cached.value), cached } : { file, absolute, text, parsed: parseYamlFile(file, text) };
      append(diagnostics, doc.parsed.diagnostics);
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      diagnostics.push({ file, line: 1, col: 1, code: 'unreadable-file', message: `cannot read this file (${why})` });
    }
    docs.set(absolute, doc);
    return doc;
  };

  const controls: { doc: Doc; control: Control }[] = [];
  const frameworkDocs: Doc[] = [];
  const flows = new Map<string, LoadedFlow>();
  const flowDocs = new Map<string, Doc>();
  const checked = new Set<Doc>();
  const addFlow = (doc: Doc) => {
    checked.add(doc);
    // validate's runtime checks are not in the cache.
    const known = options.runtime ? undefined : doc.cached?.flow;
    const { nodes, problems } = known ? { nodes: cachedFlowNodes(doc.parsed.value, known), problems: [] } : checkFlow(doc.parsed.value, { runtime: options.runtime });
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

  for (const absolute of [...files].sort()) {
    // A control unit test named explicitly is the test loader's (control-tests.ts), not a document here.
    if (/\.test\.ya?ml$/.test(absolute)) continue;
    const doc = await read(absolute);
    if (!doc || doc.parsed.diagnostics.length > 0) continue;
    const value = doc.parsed.value;
    if (has(value, 'nodes')) addFlow(doc);
    else if (has(value, 'flow')) controls.push({ doc, control: value as Control });
    else if (has(value, 'requirements')) frameworkDocs.push(doc);
    else report(doc, [{ path: [], code: 'unknown-document', message: 'neither a control (has `flow:`), a flow (has `nodes:`) nor a framework (has `requirements:`)' }]);
  }

  const loaded: LoadedControl[] = [];
  const controlDocs = new Map<string, Doc>();
  const valid = new Set<Control>();
  for (const { doc, control } of controls) {
    const idLine = doc.cached?.idLine;
    const problems = idLine !== undefined ? [] : validateSchema(controlSchema, control);
    report(doc, problems);
    if (problems.length === 0) valid.add(control);
    // A control with a bad severity may also name a missing flow: say both.
    if (typeof control.id === 'string') {
      const first = controlDocs.get(control.id);
      if (first) {
        report(doc, [{ path: ['id'], code: 'duplicate-id', message: `control id "${control.id}" is also used by ${first.file}` }]);
        continue;
      }
      controlDocs.set(control.id, doc);
    }
    const flowId = typeof control.flow === 'string' && control.flow !== '' ? await resolveFlow(control.flow, doc) : undefined;
    if (flowId === undefined || problems.length > 0) continue;
    loaded.push({ control, file: doc.file, line: idLine ?? doc.parsed.locate(['id'], { key: true }).line, flowId });
  }

  /** A flow id, or a path relative to the control file (loaded if not already); undefined after a problem. */
  async function resolveFlow(name: string, doc: Doc): Promise<string | undefined> {
    const unknownFlow = (message: string) => report(doc, [{ path: ['flow'], code: 'unknown-flow', message }]);
    let id = name;
    if (/\.ya?ml$/.test(name)) {
      const absolute = resolve(dirname(doc.absolute), name);
      const info = await stat(absolute).catch(() => undefined);
      if (!info?.isFile()) return void unknownFlow(`no file "${name}" (a flow path is relative to this control's file)`);
      const target = await read(absolute);
      // An unreadable or broken flow file has its own diagnostics.
      if (!target || target.parsed.diagnostics.length > 0) return undefined;
      if (!has(target.parsed.value, 'nodes')) return void unknownFlow(`"${name}" is not a flow (it has no \`nodes:\`)`);
      if (!checked.has(target)) addFlow(target);
      const targetId = (target.parsed.value as Partial<Flow>).id;
      if (typeof targetId !== 'string') return undefined;
      id = targetId;
    }
    if (!flowDocs.has(id)) {
      const known = [...flowDocs.keys()].sort();
      const list = known.length > 8 ? `${known.slice(0, 8).join(', ')}, …` : known.join(', ');
      const hint = known.length > 0 ? ` (flows: ${list}; is the folder holding it passed to ctrlflow (--flows, or a validate path)?)` : ' (no flows were loaded: pass the flows folder too)';
      return void unknownFlow(`no flow "${name}" was loaded${hint}`);
    }
    const flow = flows.get(id);
    if (flow && !flow.nodes.some((n) => findNodeKind(n.type)?.role === 'verdict')) {
      report(doc, [{ path: ['flow'], code: 'no-evaluate', message: `flow "${id}" has no evaluate node, so it cannot give PASS/FAIL results` }]);
      return undefined;
    }
    return id;
  }

  // validate: every key the flows read, against the shape of what the cloud returns (AWS).
  if (options.runtime) {
    for (const [flow, problems] of await checkFlowShapes(flows.values())) {
      const doc = flowDocs.get(flow.flow.id);
      if (doc) report(doc, problems);
    }
  }

  const frameworks = checkFrameworks(frameworkDocs, controls.map((c) => ({ ...c, valid: valid.has(c.control) })), report);
  // Every file the catalog was made of, whatever was selected from it later.
  const provenance = await provenanceOf([...controls.map((c) => c.doc), ...checked, ...frameworkDocs], git);
  return { controls: loaded, flows, frameworks, diagnostics: sortDiagnostics(diagnostics), provenance };
}
