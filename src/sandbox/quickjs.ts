import { Script } from 'node:vm';
import { jsonTextDepth, MAX_JSON_DEPTH } from '../lib/json-limits.js';
import type { Problem } from '../model/problem.js';
import RELEASE_SYNC from '@jitl/quickjs-wasmfile-release-sync';
import {
  newQuickJSWASMModuleFromVariant,
  shouldInterruptAfterDeadline,
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSRuntime,
  type QuickJSSyncVariant,
  type QuickJSWASMModule,
} from 'quickjs-emscripten-core';

/**
 * User JavaScript (function conditions, custom nodes) runs in QuickJS compiled to
 * WebAssembly: its own heap with a memory limit, a deadline per call, and no require,
 * process, file system or network — only the JSON it is handed.
 */
export interface SandboxLimits {
  timeMs: number;
  memoryBytes: number;
  /**
   * The most a call may return, in characters of its JSON: larger is a SandboxError (the node
   * fails, so the control is ERROR on that target), never a string the host cannot hold.
   */
  resultChars: number;
  /** The deepest nesting a call may return (MAX_JSON_DEPTH, as for recordings). */
  resultDepth: number;
}

/** A function condition's limits; the custom node raises time, memory and resultChars (custom.ts). */
export const DEFAULT_LIMITS: SandboxLimits = { timeMs: 1000, memoryBytes: 32 * 1024 * 1024, resultChars: 64 * 1024, resultDepth: MAX_JSON_DEPTH };

let module: QuickJSWASMModule | undefined;

/** Loads the WebAssembly module once per process; a scan awaits it before compiling flows. */
export async function loadSandbox(): Promise<void> {
  // `as unknown as` (third-party types): the package's ESM default export is the variant; its typings describe the CJS shape.
  module ??= await newQuickJSWASMModuleFromVariant(RELEASE_SYNC as unknown as QuickJSSyncVariant);
}

/** The `bad-code` problem of user code that does not parse (at `code` in its config), or none. */
export function checkUserCode(body: string, param: string): Problem[] {
  const error = syntaxError(body, param);
  return error ? [{ path: ['code'], code: 'bad-code', message: `the code does not parse: ${error}` }] : [];
}

/**
 * A syntax error in user code, found at validate time without the WebAssembly module: V8
 * compiles the same function wrapper and never runs it. Returns `line N: message`, lines
 * counted in `body`, or null when it parses.
 */
function syntaxError(body: string, param: string): string | null {
  try {
    new Script(`(function (${param}) {\n${body}\n})`, { filename: 'user-code' });
    return null;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const line = Number(/user-code:(\d+)/.exec(error.stack ?? '')?.[1] ?? 0) - 1;
    if (line < 1) return error.message;
    return line > body.split('\n').length ? `at the end: ${error.message}` : `line ${line}: ${error.message}`;
  }
}

/** Why user code was stopped or failed; the node that ran it turns this into an ERROR. */
export class SandboxError extends Error {
  override name = 'SandboxError';
}

/**
 * One QuickJS runtime for every compiled function (a runtime costs more to make than a
 * context: a bundled scan compiles a hundred), each function in a context of its own, so no
 * global is shared between them. The memory limit is the runtime's, set before each call to
 * the call's limit plus an allowance for every context it holds, so each evaluation still has
 * its own limit to spend. A call stopped at a limit throws the runtime away (every function
 * reopens its context on its next call): nothing a stopped call left behind reaches the next.
 */
interface SharedRuntime {
  runtime: QuickJSRuntime;
  /** Each context with the handle of its function's caller, disposed before it. */
  contexts: Map<QuickJSContext, QuickJSHandle | undefined>;
}

/** What a context and its compiled function hold in the runtime, measured at about 2 KiB (a 4 MiB limit holds as many small objects with 200 contexts open as with none); the limit leaves 4 KiB for each. */
const CONTEXT_ALLOWANCE = 4 * 1024;

let shared: SharedRuntime | undefined;

function sharedRuntime(wasm: QuickJSWASMModule): SharedRuntime {
  if (!shared) {
    const runtime = wasm.newRuntime();
    runtime.setMaxStackSize(1024 * 1024);
    shared = { runtime, contexts: new Map() };
  }
  return shared;
}

function dropContext(owner: SharedRuntime, context: QuickJSContext): void {
  if (!owner.contexts.has(context)) return;
  owner.contexts.get(context)?.dispose();
  owner.contexts.delete(context);
  context.dispose();
}

function dropRuntime(owner: SharedRuntime): void {
  for (const context of [...owner.contexts.keys()]) dropContext(owner, context);
  owner.runtime.dispose();
  if (shared === owner) shared = undefined;
}

/**
 * Compiles `body` as `function (param) { body }` and returns a caller that passes one JSON
 * value in and returns the JSON value out. A call that hit a limit throws the runtime away
 * before the next call, so one bad target does not poison the next.
 */
export function compileSandboxed(body: string, param: string, limits: SandboxLimits = DEFAULT_LIMITS): (input: unknown) => unknown {
  if (!module) throw new Error('the sandbox is not loaded (loadSandbox() first)');
  const wasm = module;
  let live: { owner: SharedRuntime; context: QuickJSContext; run: QuickJSHandle } | undefined;
  const open = (owner: SharedRuntime) => {
    const context = owner.runtime.newContext();
    owner.contexts.set(context, undefined);
    const defined = context.evalCode(`globalThis.__user = (function (${param}) {\n${body}\n});\n(text) => JSON.stringify(__user(JSON.parse(text)) ?? null)`);
    if (defined.error) {
      const why = describe(context.dump(defined.error));
      defined.error.dispose();
      dropContext(owner, context);
      throw new SandboxError(`does not compile: ${why}`);
    }
    owner.contexts.set(context, defined.value);
    return { owner, context, run: defined.value };
  };
  return (input) => {
    if (live && live.owner !== shared) live = undefined;
    const owner = live?.owner ?? sharedRuntime(wasm);
    // The runtime's limits are this call's (defining the function on a first call counts too).
    owner.runtime.setInterruptHandler(shouldInterruptAfterDeadline(Date.now() + limits.timeMs));
    owner.runtime.setMemoryLimit(limits.memoryBytes + (owner.contexts.size + (live ? 0 : 1)) * CONTEXT_ALLOWANCE);
    live ??= open(owner);
    const { context, run } = live;
    const json = context.newString(JSON.stringify(input ?? null));
    const result = context.callFunction(run, context.undefined, json);
    json.dispose();
    if (result.error) {
      const error = context.dump(result.error) as { name?: string; message?: string };
      result.error.dispose();
      live = undefined;
      const stopped = error?.message === 'interrupted' || error?.message === 'out of memory';
      if (stopped) dropRuntime(owner);
      else dropContext(owner, context);
      if (error?.message === 'interrupted') throw new SandboxError(`stopped after the ${limits.timeMs} ms time limit`);
      if (error?.message === 'out of memory') throw new SandboxError(`stopped at the ${Math.round(limits.memoryBytes / 1048576)} MiB memory limit`);
      throw new SandboxError(describe(error));
    }
    // Measured inside QuickJS, so an oversized answer is never copied into the host.
    const length = context.getProp(result.value, 'length');
    const chars = context.getNumber(length);
    length.dispose();
    if (chars > limits.resultChars) {
      result.value.dispose();
      throw new SandboxError(`returned ${chars} characters of JSON, over the ${limits.resultChars}-character limit`);
    }
    const text = context.getString(result.value);
    result.value.dispose();
    if (jsonTextDepth(text, limits.resultDepth) > limits.resultDepth) {
      throw new SandboxError(`returned JSON nested deeper than the ${limits.resultDepth}-level limit`);
    }
    return JSON.parse(text) as unknown;
  };
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) {
    const { name, message } = error as { name?: string; message?: string };
    return `${name ?? 'Error'}: ${message ?? ''}`;
  }
  return String(error);
}
