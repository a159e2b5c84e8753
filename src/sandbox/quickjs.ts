import { Script } from 'node:vm';
import { jsonTextDepth, MAX_JSON_DEPTH } from '../lib/json-limits.js';
import type { Problem } from '../model/problem.js';
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSSyncVariant, QuickJSWASMModule } from 'quickjs-emscripten-core';

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

interface Loaded {
  wasm: QuickJSWASMModule;
  interruptAfter: typeof import('quickjs-emscripten-core').shouldInterruptAfterDeadline;
}
let loaded: Loaded | undefined;

/**
 * Loads the WebAssembly module once per process; a scan awaits it before compiling flows. The
 * packages are imported here, not at start-up: only a flow that runs user code needs them.
 */
export async function loadSandbox(): Promise<void> {
  if (loaded) return;
  const [core, variant] = await Promise.all([import('quickjs-emscripten-core'), import('@jitl/quickjs-wasmfile-release-sync')]);
  // `as unknown as` (third-party types): the package's ESM default export is the variant; its typings describe the CJS shape.
  const wasm = await core.newQuickJSWASMModuleFromVariant(variant.default as unknown as QuickJSSyncVariant);
  loaded ??= { wasm, interruptAfter: core.shouldInterruptAfterDeadline };
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

type Caller = (input: unknown) => unknown;

/**
 * Callers by source and limits, for the process. Controls share flows and flows repeat code
 * (the demo compiles 110 functions, 81 distinct), and each sandbox's runtime and context cost
 * about 2 ms to make: the same code under the same limits gets the one caller, whose globals
 * its calls already share from item to item and target to target.
 */
const callers = new Map<string, Caller>();

/**
 * Compiles `body` as `function (param) { body }` and returns a caller that passes one JSON
 * value in and returns the JSON value out. The sandbox is made on the first call (a flow
 * may run on no target). A runtime that hit a limit is replaced before the next call, so one
 * bad target does not poison the next.
 */
export function compileSandboxed(body: string, param: string, limits: SandboxLimits = DEFAULT_LIMITS): Caller {
  if (!loaded) throw new Error('the sandbox is not loaded (loadSandbox() first)');
  const key = JSON.stringify([param, limits.timeMs, limits.memoryBytes, limits.resultChars, limits.resultDepth, body]);
  let caller = callers.get(key);
  if (!caller) callers.set(key, (caller = sandboxed(loaded, body, param, limits)));
  return caller;
}

function sandboxed({ wasm, interruptAfter }: Loaded, body: string, param: string, limits: SandboxLimits): Caller {
  let live: { runtime: QuickJSRuntime; context: QuickJSContext; call: QuickJSHandle } | undefined;
  const open = () => {
    const runtime = wasm.newRuntime();
    runtime.setMemoryLimit(limits.memoryBytes);
    runtime.setMaxStackSize(1024 * 1024);
    const context = runtime.newContext();
    // The script's value is the caller: a function called per input, not a script parsed per call.
    const defined = context.evalCode(`globalThis.__user = (function (${param}) {\n${body}\n});\n(input) => JSON.stringify(__user(JSON.parse(input)) ?? null);`);
    if (defined.error) {
      const why = describe(context.dump(defined.error));
      defined.error.dispose();
      context.dispose();
      runtime.dispose();
      throw new SandboxError(`does not compile: ${why}`);
    }
    return { runtime, context, call: defined.value };
  };
  return (input) => {
    live ??= open();
    const { runtime, context, call } = live;
    runtime.setInterruptHandler(interruptAfter(Date.now() + limits.timeMs));
    const json = context.newString(JSON.stringify(input ?? null));
    const result = context.callFunction(call, context.undefined, json);
    json.dispose();
    if (result.error) {
      const error = context.dump(result.error) as { name?: string; message?: string };
      result.error.dispose();
      call.dispose();
      context.dispose();
      runtime.dispose();
      live = undefined;
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
