import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  runScan
} from "./chunk-5O6DXADJ.js";
import {
  outputProblem
} from "./chunk-GC7R46AM.js";
import {
  openInventory
} from "./chunk-PXT45RMF.js";
import {
  loadCheckedCatalog
} from "./chunk-FAPM6IBK.js";
import {
  parseVarFlags,
  selectControls
} from "./chunk-F4PBMPVG.js";
import "./chunk-NBQHNYZQ.js";
import "./chunk-PIWXBEU7.js";
import {
  recordedAnswer
} from "./chunk-JOT7DQZL.js";
import {
  callFileName,
  mappedRequest,
  ownRecording,
  recordedErrorFileName,
  recordingFileName
} from "./chunk-HDM4IHE6.js";
import "./chunk-D4BNSKXI.js";
import "./chunk-SCVABYIG.js";
import "./chunk-QCBIGPPD.js";
import "./chunk-LNOAYWSE.js";
import "./chunk-RWQMH7L7.js";
import "./chunk-H56V4RZW.js";
import "./chunk-ZWLDRKVE.js";
import "./chunk-JPNZWR5M.js";
import "./chunk-F5CTR2LL.js";
import {
  withCallCache
} from "./chunk-MRDWGFYB.js";
import "./chunk-OF6ZO72D.js";
import "./chunk-NOF2L456.js";
import "./chunk-GZSOM6X5.js";
import {
  canonicalJson
} from "./chunk-JF2CDZTK.js";
import {
  ProviderSetupError,
  TargetReadError
} from "./chunk-RYR2CTGN.js";
import "./chunk-EPDO45GY.js";
import "./chunk-A6IEPHEW.js";
import "./chunk-RT55AZSI.js";
import "./chunk-ZTA2HPIA.js";
import "./chunk-FWPZOP6C.js";
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
import {
  targetSegments,
  writeFileInside
} from "./chunk-PYOKT7AG.js";
import "./chunk-EODJP2HT.js";
import "./chunk-TXBJIEWP.js";
import "./chunk-3AVUNTQJ.js";
import "./chunk-NP7VFWU3.js";
import "./chunk-AXSZOESS.js";
import "./chunk-RF7RP6NI.js";
import "./chunk-VKFPFGRN.js";

// src/cli/commands/snapshot.ts
import { resolve } from "node:path";

// src/providers/snapshot/write.ts
var SnapshotRecorder = class {
  pages = /* @__PURE__ */ new Map();
  items = /* @__PURE__ */ new Map();
  errors = /* @__PURE__ */ new Map();
  /** For the AWS provider's onPage: pages as the API returned them ($metadata left out). */
  page = (target, call, page) => {
    const key = keyOf(target, call);
    const entry = this.pages.get(key) ?? { target, call, pages: [] };
    const { $metadata: _metadata, ...response } = page;
    entry.pages.push(response);
    this.pages.set(key, entry);
  };
  /** Wraps a provider so every list() is recorded, items or error. */
  wrap(provider) {
    return {
      ...provider,
      targets: (cloud) => provider.targets(cloud),
      list: async (target, call) => {
        try {
          const items = await provider.list(target, call);
          this.items.set(keyOf(target, call), { target, call, items });
          return items;
        } catch (error) {
          if (error instanceof TargetReadError) this.errors.set(keyOf(target, call), { target, call, error });
          throw error;
        }
      }
    };
  }
  /** Calls recorded so far (answered or refused): 0 means there is nothing to write. */
  get calls() {
    return this.items.size + this.errors.size;
  }
  /** Writes the files; returns how many calls and targets they hold. */
  async write(root) {
    const files = /* @__PURE__ */ new Map();
    const dirOf = (t) => {
      const { account, region } = targetSegments(t);
      return `${t.provider}/${account}/${region}`;
    };
    const join = (dir, name) => `${dir}/${name}`;
    for (const { target, call, pages } of this.pages.values()) files.set(join(dirOf(target), callFileName(call)), pages.length === 1 ? pages[0] : pages);
    const maps = /* @__PURE__ */ new Map();
    const mapOf = (file) => maps.get(file) ?? (maps.set(file, {}), maps.get(file));
    for (const { target, call, items } of this.items.values()) {
      const request = mappedRequest(call);
      if (request) mapOf(join(dirOf(target), request.file))[request.key] = recordedAnswer({ pages: items });
      if (target.provider === "aws" || request) continue;
      const own = ownRecording(target.provider, call);
      const file = join(dirOf(target), recordingFileName(target.provider, call));
      if (target.provider === "gcp" && call.method === "SearchAllResources") {
        files.set(file, { results: items });
      } else if (target.provider === "azure") {
        const previous = files.get(file)?.data ?? [];
        const data = own ? items : uniqueBy([...previous, ...items], (r) => String(r.id ?? canonicalJson(r)));
        files.set(file, { totalRecords: data.length, count: data.length, resultTruncated: "false", data });
      } else {
        const previous = files.get(file)?.assets ?? [];
        const byName = new Map(previous.map((a) => [String(a.name), a]));
        for (const asset of items) byName.set(String(asset.name), { ...byName.get(String(asset.name)), ...asset });
        files.set(file, { assets: [...byName.values()] });
      }
    }
    for (const [key, { target, call, error }] of this.errors) {
      if (this.pages.has(key)) continue;
      const request = mappedRequest(call);
      if (request) mapOf(join(dirOf(target), request.file))[request.key] = recordedAnswer({ error });
      else files.set(join(dirOf(target), recordedErrorFileName(target.provider, call)), { code: error.code, message: error.message });
    }
    for (const [file, map] of maps) files.set(file, Object.fromEntries(Object.entries(map).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)));
    for (const [file, content] of files) await writeFileInside(root, file, `${JSON.stringify(content, null, 2)}
`);
    const targets = new Set([...this.items.values(), ...this.errors.values()].map(({ target }) => keyOf(target, { service: "", method: "", params: {} })));
    return { calls: this.items.size + this.errors.size, targets: targets.size, errors: this.errors.size };
  }
};
function keyOf(target, call) {
  return canonicalJson([target.provider, target.account, target.region, call.service, call.method, call.params]);
}
function uniqueBy(list, key) {
  return [...new Map(list.map((item) => [key(item), item])).values()];
}

// src/cli/commands/snapshot.ts
async function snapshotCommand(args, io) {
  if (args.inventory !== void 0) throw new UsageError("snapshot records the live clouds: drop --inventory (scan --inventory reads a snapshot)");
  const unwritable = await outputProblem(args.cwd, { folders: { "--out": args.out } });
  if (unwritable) throw new UsageError(unwritable);
  const catalog = await loadCheckedCatalog([...args.controls, ...args.flows], args.cwd, io, "nothing was recorded");
  if (!catalog) return EXIT.BAD_INPUT;
  const controls = selectControls(catalog, args.only, void 0, args.cloud);
  const recorder = new SnapshotRecorder();
  const clouds = [...new Set(controls.map((c) => c.control.provider))];
  const provider = withCallCache(recorder.wrap(await openInventory(args, clouds, args.cwd, recorder)));
  const nothingWritten = `nothing was written to ${args.out}`;
  let report;
  try {
    ({ report } = await runScan({
      controls,
      flows: catalog.flows,
      provider,
      overrides: parseVarFlags(args.var),
      now: /* @__PURE__ */ new Date(),
      environment: process.env,
      failOn: "none",
      onProgress: (done, total, label) => io.status(`[${done}/${total}] ${label}`)
    }));
  } catch (error) {
    if (!(error instanceof ProviderSetupError)) throw error;
    io.endStatus();
    io.err(`error snapshot: nothing was recorded: ${error.message}; ${nothingWritten}`);
    return EXIT.UNREADABLE;
  }
  io.endStatus();
  if (report.targets.length === 0) {
    io.err(`error snapshot: nothing was recorded: the live ${clouds.join(", ") || "cloud"} scope gave no account, subscription or project to read (check the credentials and the scope flags); ${nothingWritten}`);
    return EXIT.UNREADABLE;
  }
  if (recorder.calls === 0) {
    io.err(`error snapshot: nothing was recorded: the selected controls' flows made no cloud call on ${report.targets.length} target(s); ${nothingWritten}`);
    return EXIT.UNREADABLE;
  }
  const written = await recorder.write(resolve(args.cwd, args.out));
  io.out(`Snapshot: ${written.calls} call(s) on ${written.targets} target(s) written to ${args.out}${written.errors ? ` (${written.errors} answered with an error, recorded as such)` : ""}`);
  io.out(`Scan it with: ctrlflow scan --inventory ${args.out}`);
  return report.totals.ERROR > 0 ? EXIT.UNREADABLE : EXIT.OK;
}
export {
  snapshotCommand
};
