import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  append
} from "./chunk-UH3NDQ7B.js";
import {
  redactText
} from "./chunk-EODJP2HT.js";

// src/cli/terminal.ts
import { styleText } from "node:util";
var FORMATS = {
  fail: ["red", "bold"],
  pass: "green",
  error: ["magenta", "bold"],
  excepted: "cyan",
  critical: ["red", "bold"],
  high: "red",
  medium: "yellow",
  low: "blue",
  info: "gray",
  strong: "bold",
  dim: "gray",
  warn: "yellow"
};
function colorWanted(isTTY, env) {
  const force = env.FORCE_COLOR;
  if (force !== void 0 && force !== "") return force !== "0" && force !== "false";
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTTY && env.TERM !== "dumb";
}
function wrapWidth(isTTY, columns, env) {
  if (isTTY) return columns !== void 0 && columns >= 20 ? columns : 80;
  const given = Number(env.COLUMNS);
  return Number.isInteger(given) && given >= 20 ? given : void 0;
}
function plainText(line) {
  return line.spans.map((s) => s.text).join("");
}
function layout(line, shape) {
  const plain = plainText(line);
  const lead = /^ */.exec(plain)[0].length;
  const hang = Math.max(0, line.hang ?? lead);
  const width = shape.columns;
  const atoms = [];
  for (const span of line.spans) {
    for (const piece of span.text.split(/( +)/)) if (piece !== "") atoms.push({ text: piece, style: span.style, blank: piece.startsWith(" ") });
  }
  const rows = [[]];
  let used = 0;
  const newRow = () => {
    const row = rows.at(-1);
    while (row.length > 0 && row.at(-1).blank) row.pop();
    rows.push(hang > 0 ? [{ text: " ".repeat(hang), blank: false }] : []);
    used = hang;
  };
  for (let i = 0; i < atoms.length; i += 1) {
    const atom = atoms[i];
    if (width === void 0) {
      rows[0].push(atom);
      continue;
    }
    const room = width - used;
    if (atom.blank) {
      if (used === hang && rows.length > 1) continue;
      if (atom.text.length >= room) {
        newRow();
        continue;
      }
      rows.at(-1).push(atom);
      used += atom.text.length;
      continue;
    }
    if (atom.text.length <= room) {
      rows.at(-1).push(atom);
      used += atom.text.length;
      continue;
    }
    const fresh = width - hang;
    if (atom.text.length <= fresh && used > hang) {
      newRow();
      i -= 1;
      continue;
    }
    if (room < Math.min(8, fresh) && used > hang) {
      newRow();
      i -= 1;
      continue;
    }
    const cut = breakAt(atom.text, room);
    rows.at(-1).push({ ...atom, text: atom.text.slice(0, cut) });
    used += cut;
    atoms.splice(i + 1, 0, { ...atom, text: atom.text.slice(cut) });
    newRow();
  }
  return rows.map((row) => paint(row, shape.color));
}
function breakAt(word, room) {
  const limit = Math.max(1, room);
  for (let at = limit; at > limit / 2; at -= 1) if ("/:.-,_=".includes(word[at - 1])) return at;
  return limit;
}
function paint(row, color) {
  if (!color) return row.map((a) => a.text).join("");
  let text = "";
  let run = "";
  let style;
  const flush = () => {
    text += style && run.trim() !== "" ? styleText(FORMATS[style], run, { validateStream: false }) : run;
    run = "";
  };
  for (const atom of row) {
    if (atom.style !== style) {
      flush();
      style = atom.style;
    }
    run += atom.text;
  }
  flush();
  return text;
}
function shortId(id) {
  const azure = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\/[^/]+\/(.+)$/i.exec(id);
  if (azure) return `${azure[1]}/${azure[2]}`;
  const subscription = /^\/subscriptions\/[^/]+\/providers\/[^/]+\/(.+)$/i.exec(id);
  if (subscription) return subscription[1];
  const arn = /^arn:[^:]+:[^:]*:[^:]*:[^:]*:(.+)$/.exec(id);
  if (arn) return `arn:\u2026:${arn[1]}`;
  const gcp = /^\/\/[^/]+\/.*\/([^/]+\/[^/]+)$/.exec(id);
  if (gcp) return `\u2026/${gcp[1]}`;
  return id.length > 60 ? `${id.slice(0, 28)}\u2026${id.slice(-28)}` : id;
}

// src/cli/io.ts
function say(io, line) {
  const rich = typeof line === "string" ? { spans: [{ text: line }] } : line;
  if (io.rich) io.rich(rich);
  else io.out(plainText(rich));
}
var UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var WORKFLOW_COMMAND = /^(\s*)(::|##\[)/;
function printable(line) {
  return guardWorkflowCommand(escapeControls(line));
}
function escapeControls(text) {
  return redactText(text).replace(UNSAFE, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
function guardWorkflowCommand(line) {
  return line.replace(WORKFLOW_COMMAND, (_m, blanks, marker) => `${blanks}${marker.startsWith(":") ? "\\u003a" : "\\u0023"}${marker.slice(1)}`);
}
function printableLine(line) {
  const spans = line.spans.map((s) => ({ ...s, text: escapeControls(s.text) }));
  const plain = spans.map((s) => s.text).join("");
  const guarded = guardWorkflowCommand(plain);
  if (guarded === plain) return { ...line, spans };
  const at = plain.search(/\S/);
  let start = 0;
  const fixed = spans.map((s) => {
    const end = start + s.text.length;
    const own = at >= start && at < end ? { ...s, text: s.text.slice(0, at - start) + guarded.slice(at, at + 6) + s.text.slice(at - start + 1) } : s;
    start = end;
    return own;
  });
  return { ...line, spans: fixed };
}
function bufferIo(shape) {
  const stdout = [];
  const stderr = [];
  return {
    stdout,
    stderr,
    ...shape ? { rich: (line) => void append(stdout, layout(printableLine(line), shape)) } : {},
    out: (t) => stdout.push(printable(t)),
    err: (t) => stderr.push(printable(t)),
    status: (t) => stderr.push(printable(t)),
    endStatus: () => void 0
  };
}
var STATUS_INTERVAL_MS = 1e4;
function throttled(print, intervalMs, clock = Date.now) {
  let last = clock();
  return (line) => {
    const now = clock();
    if (now - last < intervalMs) return;
    last = now;
    print(line);
  };
}
function processIo(env = process.env) {
  const tty = process.stderr.isTTY === true;
  const stdoutTty = process.stdout.isTTY === true;
  const shape = { color: colorWanted(stdoutTty, env), columns: wrapWidth(stdoutTty, process.stdout.columns, env) };
  const errColumns = tty ? wrapWidth(true, process.stderr.columns, env) : void 0;
  process.stdout.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  return {
    rich: (line) => {
      for (const row of layout(printableLine(line), shape)) process.stdout.write(`${row}
`);
    },
    ...tty && process.stdin.isTTY === true ? {
      async confirm(question) {
        const { createInterface } = await import("node:readline/promises");
        const rl = createInterface({ input: process.stdin, output: process.stderr });
        try {
          return /^y(es)?$/i.test((await rl.question(printable(question))).trim());
        } finally {
          rl.close();
        }
      }
    } : {},
    out: (t) => process.stdout.write(`${printable(t)}
`),
    // Errors and warnings are prose: wrapped on a terminal too (continuation lines indented), never coloured.
    err: (t) => {
      for (const row of layout(printableLine({ spans: [{ text: t }], hang: 2 }), { color: false, columns: errColumns })) process.stderr.write(`${row}
`);
    },
    status: tty ? (t) => process.stderr.write(`\r\x1B[K${printable(t).slice(0, (process.stderr.columns ?? 80) - 1)}`) : throttled((t) => process.stderr.write(`${printable(t)}
`), STATUS_INTERVAL_MS),
    endStatus: () => tty ? process.stderr.write("\r\x1B[K") : true
  };
}
async function exitWhenFlushed(code) {
  const flushed = (stream) => stream.writableLength === 0 || stream.destroyed ? void 0 : Promise.race(["drain", "close", "error"].map((event) => new Promise((resolve) => stream.once(event, resolve))));
  await Promise.all([process.stdout, process.stderr].map(flushed));
  process.exit(code);
}

export {
  shortId,
  say,
  printable,
  bufferIo,
  processIo,
  exitWhenFlushed
};
