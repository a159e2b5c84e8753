import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  folderOf,
  handleEvent,
  prepareHandling
} from "./chunk-E4QSQAZB.js";
import "./chunk-5O6DXADJ.js";
import {
  checkEvent
} from "./chunk-3PPJS5KW.js";
import "./chunk-T2B7TAVV.js";
import "./chunk-BARKBCQ6.js";
import "./chunk-GC7R46AM.js";
import "./chunk-V2UH2Z3X.js";
import "./chunk-5554IAWV.js";
import "./chunk-PXT45RMF.js";
import "./chunk-FAPM6IBK.js";
import "./chunk-F4PBMPVG.js";
import "./chunk-NBQHNYZQ.js";
import "./chunk-PIWXBEU7.js";
import "./chunk-JOT7DQZL.js";
import "./chunk-HDM4IHE6.js";
import "./chunk-D4BNSKXI.js";
import "./chunk-SCVABYIG.js";
import "./chunk-QCBIGPPD.js";
import "./chunk-LNOAYWSE.js";
import "./chunk-RWQMH7L7.js";
import "./chunk-H56V4RZW.js";
import "./chunk-ZWLDRKVE.js";
import "./chunk-2YNKCMHL.js";
import "./chunk-JPNZWR5M.js";
import "./chunk-F5CTR2LL.js";
import "./chunk-MRDWGFYB.js";
import "./chunk-OF6ZO72D.js";
import "./chunk-NOF2L456.js";
import "./chunk-GZSOM6X5.js";
import "./chunk-JF2CDZTK.js";
import "./chunk-RYR2CTGN.js";
import "./chunk-EPDO45GY.js";
import "./chunk-A6IEPHEW.js";
import "./chunk-RT55AZSI.js";
import "./chunk-ZTA2HPIA.js";
import "./chunk-FWPZOP6C.js";
import {
  bufferIo
} from "./chunk-GWYZLEGS.js";
import {
  UsageError
} from "./chunk-EMRUF3FH.js";
import "./chunk-ZMKB2BIG.js";
import "./chunk-7NKVILSJ.js";
import {
  EXIT
} from "./chunk-DVYICCYC.js";
import "./chunk-CV5TROGS.js";
import "./chunk-7SG3EKPI.js";
import "./chunk-UH3NDQ7B.js";
import "./chunk-XOHG32CA.js";
import "./chunk-W74LCRT7.js";
import "./chunk-PYOKT7AG.js";
import "./chunk-EODJP2HT.js";
import "./chunk-ZGCO3MUC.js";
import "./chunk-ANHMXIPA.js";
import "./chunk-TXBJIEWP.js";
import "./chunk-TQTATZ4U.js";
import "./chunk-3AVUNTQJ.js";
import "./chunk-NP7VFWU3.js";
import "./chunk-AXSZOESS.js";
import "./chunk-RF7RP6NI.js";
import "./chunk-VKFPFGRN.js";

// src/cli/commands/listen.ts
import { join, relative, resolve } from "node:path";

// src/events/listen.ts
async function listen(options) {
  const summary = { handled: 0, retried: 0, duplicates: 0, malformed: 0 };
  const inFlight = /* @__PURE__ */ new Set();
  const active = /* @__PURE__ */ new Set();
  let received = 0;
  let backoffMs = 1e3;
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const line = (message, event, text) => {
    const what = event ? `${event.id} ${event.source} "${event["detail-type"]}"${typeof event.detail?.eventName === "string" ? ` ${event.detail.eventName}` : ""}` : `message ${message.messageId}`;
    options.log(`${now().toISOString()} ${what}: ${text}`);
  };
  const handleMessage = async (message) => {
    const event = parseBody(message.body);
    if (typeof event === "string") {
      summary.malformed += 1;
      await settle(options.queue.setVisibility(message, options.retryDelay));
      return line(message, void 0, `malformed (${event}); left for redelivery, receive ${message.receiveCount}`);
    }
    if (options.seen.has(event.id)) {
      summary.duplicates += 1;
      await settle(options.queue.delete(message));
      return line(message, event, "already handled: deleted without running again");
    }
    if (active.has(event.id)) {
      summary.duplicates += 1;
      await settle(options.queue.setVisibility(message, options.retryDelay));
      return line(message, event, "being handled from another message: left for redelivery");
    }
    active.add(event.id);
    const lease = setInterval(() => void settle(options.queue.setVisibility(message, options.visibilityTimeout)), options.visibilityTimeout * 1e3 / 2);
    let outcome;
    try {
      outcome = await options.handle(event, message);
    } catch (error) {
      outcome = { retry: true, summary: `failed: ${error instanceof Error ? error.message : String(error)}` };
    } finally {
      clearInterval(lease);
    }
    try {
      if (outcome.retry) {
        summary.retried += 1;
        await settle(options.queue.setVisibility(message, options.retryDelay));
        line(message, event, `${outcome.summary}; left for redelivery in ${options.retryDelay}s (receive ${message.receiveCount})`);
      } else {
        summary.handled += 1;
        await options.seen.add(event.id);
        const deleted = await settle(options.queue.delete(message));
        line(message, event, `${outcome.summary}; ${deleted === true ? "deleted" : `not deleted (${deleted}): a redelivery will be recognised`}`);
      }
    } finally {
      active.delete(event.id);
    }
  };
  while (!options.signal.aborted && (options.maxMessages === void 0 || received < options.maxMessages)) {
    const free = options.parallel - inFlight.size;
    if (free <= 0) {
      await Promise.race(inFlight);
      continue;
    }
    const wanted = Math.min(10, free, options.maxMessages === void 0 ? 10 : options.maxMessages - received);
    let messages;
    try {
      messages = await options.queue.receive(wanted, options.waitSeconds, options.signal);
      backoffMs = 1e3;
    } catch (error) {
      options.log(`${now().toISOString()} receive failed (${error instanceof Error ? error.message : String(error)}); trying again in ${backoffMs / 1e3}s`);
      await sleep(backoffMs, options.signal);
      backoffMs = Math.min(backoffMs * 2, 3e4);
      continue;
    }
    if (options.signal.aborted) {
      await Promise.all(messages.map((m) => settle(options.queue.setVisibility(m, 0))));
      break;
    }
    if (messages.length === 0) {
      if (inFlight.size > 0) await Promise.race([...inFlight, sleep(1e3, options.signal)]);
      else if (options.untilEmpty) break;
      else if (options.waitSeconds === 0) await sleep(1e3, options.signal);
      continue;
    }
    received += messages.length;
    for (const message of messages) {
      const running = handleMessage(message).finally(() => inFlight.delete(running));
      inFlight.add(running);
    }
  }
  await Promise.all(inFlight);
  return summary;
}
function parseBody(body) {
  let doc;
  try {
    doc = JSON.parse(body);
  } catch (error) {
    return `not JSON: ${error.message}`;
  }
  return checkEvent(doc);
}
async function settle(call) {
  try {
    await call;
    return true;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
function sleep(ms, signal) {
  return new Promise((resolve2) => {
    const timer = setTimeout(resolve2, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve2();
    }, { once: true });
  });
}

// src/events/queue.ts
import { appendFile, mkdir, readFile } from "node:fs/promises";
import { dirname } from "node:path";
var KEEP = 1e5;
async function seenEvents(file) {
  const ids = /* @__PURE__ */ new Set();
  const remember = (id) => {
    ids.add(id);
    if (ids.size > KEEP) ids.delete(ids.values().next().value);
  };
  if (file) {
    const text = await readFile(file, "utf8").catch((error) => {
      if (error.code === "ENOENT") return "";
      throw error;
    });
    for (const line of text.split("\n")) if (line.trim()) remember(line.trim());
    await mkdir(dirname(file), { recursive: true });
  }
  return {
    has: (id) => ids.has(id),
    async add(id) {
      remember(id);
      if (file) await appendFile(file, `${id}
`);
    }
  };
}

// src/cli/commands/listen.ts
async function listenCommand(args, io, stop, queue) {
  if (!Number.isInteger(args.parallel) || args.parallel < 1 || args.parallel > 100) throw new UsageError("--parallel must be a whole number from 1 to 100");
  if (!Number.isInteger(args.waitSeconds) || args.waitSeconds < 0 || args.waitSeconds > 20) throw new UsageError("--wait-seconds must be a whole number from 0 to 20 (SQS long polling)");
  if (!Number.isInteger(args.visibilityTimeout) || args.visibilityTimeout < 10 || args.visibilityTimeout > 43200) throw new UsageError("--visibility-timeout must be whole seconds from 10 to 43200");
  if (!Number.isInteger(args.retryDelay) || args.retryDelay < 0 || args.retryDelay > 43200) throw new UsageError("--retry-delay must be whole seconds from 0 to 43200");
  if (!/^https?:\/\//.test(args.sqsQueue)) throw new UsageError(`--sqs-queue ${args.sqsQueue}: expected the queue URL (https://sqs.REGION.amazonaws.com/ACCOUNT/NAME)`);
  const handling = await prepareHandling(args, io);
  if (typeof handling === "number") return handling;
  const source = queue ?? (await import("./sqs-IZJMFI2L.js")).openSqsQueue({ queueUrl: args.sqsQueue, endpoint: args.awsEndpointUrl ?? process.env.AWS_ENDPOINT_URL, visibilityTimeout: args.visibilityTimeout });
  const seen = await seenEvents(args.seen === void 0 ? void 0 : resolve(args.cwd, args.seen));
  const out = resolve(args.cwd, args.out);
  const controller = new AbortController();
  stop?.addEventListener("abort", () => controller.abort(), { once: true });
  const onSignal = (name) => () => {
    if (!controller.signal.aborted) io.err(`${name}: stopping; the events in flight finish, nothing new is received`);
    controller.abort();
  };
  const handlers = stop ? [] : ["SIGTERM", "SIGINT"].map((name) => [name, onSignal(name)]);
  for (const [name, handler] of handlers) process.on(name, handler);
  const flows = [...new Set(handling.controls.map((c) => c.flowId))].sort();
  io.out(`Listening on ${args.sqsQueue}: ${flows.length} event flow(s) (${flows.join(", ") || "none selected"}), ${args.parallel} at a time; reports under ${relative(args.cwd, out) || out}/<event id>/`);
  try {
    const summary = await listen({
      queue: source,
      parallel: args.parallel,
      waitSeconds: args.waitSeconds,
      visibilityTimeout: args.visibilityTimeout,
      retryDelay: args.retryDelay,
      seen,
      signal: controller.signal,
      maxMessages: args.maxMessages,
      untilEmpty: args.untilEmpty,
      log: (line) => io.out(line),
      async handle(event) {
        const quiet = bufferIo();
        const folder = join(out, folderOf(event.id));
        const outcome = await handleEvent(event, handling, folder, quiet, /* @__PURE__ */ new Date());
        const why = quiet.stderr.find((l) => l.startsWith("error"));
        const reports = outcome.report ? `; reports ${relative(args.cwd, folder) || folder}` : "";
        return { retry: outcome.retry, summary: `${outcome.summary}, exit ${outcome.code}${why ? ` (${why})` : ""}${reports}` };
      }
    });
    io.out(`Stopped: ${summary.handled} handled, ${summary.retried} left for redelivery, ${summary.duplicates} duplicate(s), ${summary.malformed} malformed.`);
  } finally {
    for (const [name, handler] of handlers) process.removeListener(name, handler);
  }
  return EXIT.OK;
}
export {
  listenCommand
};
