import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  useThread
} from "./chunk-W74LCRT7.js";
import {
  UnsafePathError,
  openInside,
  resolveInside,
  writeFileInside
} from "./chunk-PYOKT7AG.js";
import {
  redactText
} from "./chunk-EODJP2HT.js";
import {
  findReporter
} from "./chunk-ZGCO3MUC.js";

// src/output/files.ts
import { once } from "node:events";
import { resolve } from "node:path";
var OutputPathError = class extends Error {
  name = "OutputPathError";
};
var OutputRoot = class {
  dir;
  written = [];
  constructor(dir) {
    this.dir = resolve(dir);
  }
  /** The absolute path of `name` inside the folder; throws OutputPathError outside it. */
  path(name) {
    return refused(name, this.dir, () => resolveInside(this.dir, name));
  }
  /** A file written whole (history records, report-node files), through writeFileInside. */
  async writeFile(name, content) {
    const file = this.path(name);
    await refusedAsync(name, this.dir, () => writeFileInside(this.dir, name, content));
    this.written.push(file);
    return file;
  }
  /** Appends to a file (the audit log): made if absent, never rewritten. */
  async appendFile(name, content) {
    const file = this.path(name);
    const { handle } = await refusedAsync(name, this.dir, () => openInside(this.dir, name, { append: true }));
    try {
      await handle.appendFile(redactText(content));
    } finally {
      await handle.close();
    }
    if (!this.written.includes(file)) this.written.push(file);
    return file;
  }
  /** A file written as a stream (the reports). */
  async open(name) {
    const file = this.path(name);
    const { handle } = await refusedAsync(name, this.dir, () => openInside(this.dir, name));
    const stream = handle.createWriteStream();
    this.written.push(file);
    return new FileSink(file, stream);
  }
};
function refused(name, dir, write) {
  try {
    return write();
  } catch (error) {
    if (error instanceof UnsafePathError) throw new OutputPathError(`refusing to write "${name}" in ${dir}: ${error.message}`);
    throw error;
  }
}
async function refusedAsync(name, dir, write) {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UnsafePathError) throw new OutputPathError(`refusing to write "${name}" in ${dir}: ${error.message}`);
    throw error;
  }
}
var FileSink = class {
  constructor(file, stream) {
    this.file = file;
    this.stream = stream;
    stream.on("error", (error) => this.failure = error);
  }
  file;
  stream;
  buffer = Buffer.allocUnsafe(BLOCK);
  used = 0;
  failure;
  write(text) {
    if (text.length * 3 > BLOCK - this.used) {
      this.flush();
      if (text.length * 3 > BLOCK) {
        this.stream.write(text);
        return;
      }
    }
    this.used += this.buffer.write(text, this.used);
  }
  async drained() {
    if (this.failure) throw this.failure;
    if (this.stream.writableNeedDrain) await once(this.stream, "drain");
  }
  async close() {
    this.flush();
    await new Promise((done, fail) => this.stream.end((error) => error ? fail(error) : done()));
    if (this.failure) throw this.failure;
    return this.stream.bytesWritten;
  }
  flush() {
    if (this.used === 0) return;
    this.stream.write(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(BLOCK);
    this.used = 0;
  }
};
var BLOCK = 1 << 20;

// src/output/reports.ts
var ReportHost = class {
  constructor(formats, dir) {
    this.formats = formats;
    this.root = new OutputRoot(dir);
  }
  formats;
  writers = [];
  root;
  async begin(head) {
    for (const format of this.formats) {
      const reporter = await findReporter(format);
      const sink = await this.root.open(`ctrlflow.${reporter.extension}`);
      this.writers.push({ writer: reporter.open(head, sink), sink });
    }
  }
  async results(batch) {
    for (const { writer, sink } of this.writers) {
      for (let i = 0; i < batch.length; i += 1) writer.result(batch[i]);
      await sink.drained();
    }
  }
  async end(summary) {
    for (const { writer, sink } of this.writers) {
      await writer.end(summary);
      await sink.close();
    }
  }
  files() {
    return [...this.root.written];
  }
};
var HERE = /* @__PURE__ */ new Set(["sarif", "markdown"]);
async function openReportFiles(formats, dir, environment, inputBytes) {
  const there = formats.filter((f) => !HERE.has(f));
  if (there.length === 0 || !useThread(environment, inputBytes)) return new ReportHost(formats, dir);
  const { WorkerReports } = await import("./worker-reports-7KFMEPIW.js");
  const worker = new WorkerReports(there, dir);
  const here = formats.filter((f) => HERE.has(f));
  return here.length === 0 ? worker : new BothReports(formats, { formats: here, files: new ReportHost(here, dir) }, { formats: there, files: worker });
}
var BothReports = class {
  constructor(formats, here, there) {
    this.formats = formats;
    this.here = here;
    this.there = there;
  }
  formats;
  here;
  there;
  async begin(head) {
    await this.there.files.begin(head);
    await this.here.files.begin(head);
  }
  async results(batch) {
    await this.there.files.results(batch);
    await this.here.files.results(batch);
  }
  async end(summary) {
    await Promise.all([this.there.files.end(summary), this.here.files.end(summary)]);
  }
  files() {
    const byFormat = new Map([this.here, this.there].flatMap(({ formats, files }) => files.files().map((file, i) => [formats[i], file])));
    return this.formats.flatMap((f) => byFormat.get(f) ?? []);
  }
};
var StringReport = class {
  constructor(format) {
    this.format = format;
  }
  format;
  parts = [];
  writer;
  async begin(head) {
    const reporter = await findReporter(this.format);
    this.writer = reporter.open(head, { write: (text) => void this.parts.push(text), drained: async () => void 0 });
  }
  results(batch) {
    for (const r of batch) this.writer.result(r);
  }
  async end(summary) {
    await this.writer.end(summary);
  }
  text() {
    return this.parts.join("");
  }
};

export {
  OutputRoot,
  ReportHost,
  openReportFiles,
  StringReport
};
