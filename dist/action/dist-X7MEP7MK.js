import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  require_dist2 as require_dist
} from "./chunk-PPWAWT6D.js";
import {
  __esm
} from "./chunk-VKFPFGRN.js";

// commonjs-namespace:node_modules/https-proxy-agent/dist/index.js
var exported, dist_default, named0, named1;
var init_dist = __esm({
  "commonjs-namespace:node_modules/https-proxy-agent/dist/index.js"() {
    exported = require_dist();
    dist_default = exported;
    named0 = exported["HttpsProxyAgent"];
    named1 = exported["__esModule"];
  }
});
init_dist();
export {
  named0 as HttpsProxyAgent,
  named1 as __esModule,
  dist_default as default
};
