// What an ES module bundle of Node code (the GitHub Action's, the Lambda's) needs for the
// CommonJS packages inside it, which still call require() and read __dirname and __filename
// (google-gax does at load: without them the action could not start the GCP client at all).
// ES modules that declare their own __dirname keep it: `define` replaces only free uses.

/** Put first in every file of the bundle. */
export const ESM_BANNER = [
  "import { createRequire as __createRequire } from 'node:module';",
  "import { fileURLToPath as __fileURLToPath } from 'node:url';",
  "import { dirname as __pathDirname } from 'node:path';",
  'const require = __createRequire(import.meta.url);',
  'const __bundleFilename = __fileURLToPath(import.meta.url);',
  'const __bundleDirname = __pathDirname(__bundleFilename);',
].join(' ');

/** esbuild's `define`: CommonJS code's __dirname and __filename are the bundle file's. */
export const ESM_DEFINE = { __dirname: '__bundleDirname', __filename: '__bundleFilename' };
