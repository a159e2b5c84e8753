import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  TargetReadError
} from "./chunk-RYR2CTGN.js";

// src/providers/shared-answers.ts
function sharedAnswers() {
  const answers = /* @__PURE__ */ new Map();
  return {
    async get(key, call, fetch) {
      let answer = answers.get(key);
      if (!answer) {
        answer = fetch();
        answers.set(key, answer);
      }
      try {
        return await answer;
      } catch (error) {
        if (error instanceof TargetReadError) throw new TargetReadError(error.code, error.message, call);
        throw error;
      }
    },
    clear: () => answers.clear()
  };
}

// src/providers/request-path.ts
function isDotSegment(segment) {
  const plain = segment.toLowerCase().replaceAll("%2e", ".");
  return plain === "." || plain === "..";
}

export {
  isDotSegment,
  sharedAnswers
};
