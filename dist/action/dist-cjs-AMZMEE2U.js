import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  client_exports as client_exports2,
  dist_es_exports,
  httpAuthSchemes_exports,
  init_client as init_client2,
  init_dist_es,
  init_httpAuthSchemes,
  init_protocols,
  init_protocols2,
  init_retry,
  protocols_exports,
  protocols_exports2,
  require_dist_cjs12 as require_dist_cjs2,
  require_dist_cjs4 as require_dist_cjs,
  retry_exports
} from "./chunk-DFX7IK7V.js";
import {
  client_exports,
  config_exports,
  endpoints_exports,
  init_client,
  init_config,
  init_endpoints,
  init_serde,
  serde_exports
} from "./chunk-C3EO7UAI.js";
import {
  init_schema,
  schema_exports
} from "./chunk-5BGUTQJE.js";
import {
  __commonJS,
  __esm,
  __export,
  __toCommonJS
} from "./chunk-VKFPFGRN.js";

// node_modules/@aws-sdk/client-macie2/dist-cjs/auth/httpAuthSchemeProvider.js
var require_httpAuthSchemeProvider = __commonJS({
  "node_modules/@aws-sdk/client-macie2/dist-cjs/auth/httpAuthSchemeProvider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveHttpAuthSchemeConfig = exports.defaultMacie2HttpAuthSchemeProvider = exports.defaultMacie2HttpAuthSchemeParametersProvider = void 0;
    var httpAuthSchemes_1 = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var client_1 = (init_client(), __toCommonJS(client_exports));
    var defaultMacie2HttpAuthSchemeParametersProvider = async (config, context, input) => {
      return {
        operation: (0, client_1.getSmithyContext)(context).operation,
        region: await (0, client_1.normalizeProvider)(config.region)() || (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })()
      };
    };
    exports.defaultMacie2HttpAuthSchemeParametersProvider = defaultMacie2HttpAuthSchemeParametersProvider;
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "macie2",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config,
            context
          }
        })
      };
    }
    var defaultMacie2HttpAuthSchemeProvider = (authParameters) => {
      const options = [];
      switch (authParameters.operation) {
        default: {
          options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
      }
      return options;
    };
    exports.defaultMacie2HttpAuthSchemeProvider = defaultMacie2HttpAuthSchemeProvider;
    var resolveHttpAuthSchemeConfig = (config) => {
      const config_0 = (0, httpAuthSchemes_1.resolveAwsSdkSigV4Config)(config);
      return Object.assign(config_0, {
        authSchemePreference: (0, client_1.normalizeProvider)(config.authSchemePreference ?? [])
      });
    };
    exports.resolveHttpAuthSchemeConfig = resolveHttpAuthSchemeConfig;
  }
});

// node_modules/tslib/tslib.es6.mjs
var tslib_es6_exports = {};
__export(tslib_es6_exports, {
  __addDisposableResource: () => __addDisposableResource,
  __assign: () => __assign,
  __asyncDelegator: () => __asyncDelegator,
  __asyncGenerator: () => __asyncGenerator,
  __asyncValues: () => __asyncValues,
  __await: () => __await,
  __awaiter: () => __awaiter,
  __classPrivateFieldGet: () => __classPrivateFieldGet,
  __classPrivateFieldIn: () => __classPrivateFieldIn,
  __classPrivateFieldSet: () => __classPrivateFieldSet,
  __createBinding: () => __createBinding,
  __decorate: () => __decorate,
  __disposeResources: () => __disposeResources,
  __esDecorate: () => __esDecorate,
  __exportStar: () => __exportStar,
  __extends: () => __extends,
  __generator: () => __generator,
  __importDefault: () => __importDefault,
  __importStar: () => __importStar,
  __makeTemplateObject: () => __makeTemplateObject,
  __metadata: () => __metadata,
  __param: () => __param,
  __propKey: () => __propKey,
  __read: () => __read,
  __rest: () => __rest,
  __rewriteRelativeImportExtension: () => __rewriteRelativeImportExtension,
  __runInitializers: () => __runInitializers,
  __setFunctionName: () => __setFunctionName,
  __spread: () => __spread,
  __spreadArray: () => __spreadArray,
  __spreadArrays: () => __spreadArrays,
  __values: () => __values,
  default: () => tslib_es6_default
});
function __extends(d, b) {
  if (typeof b !== "function" && b !== null)
    throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
  extendStatics(d, b);
  function __() {
    this.constructor = d;
  }
  d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
}
function __rest(s, e) {
  var t = {};
  for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0)
    t[p] = s[p];
  if (s != null && typeof Object.getOwnPropertySymbols === "function")
    for (var i = 0, p = Object.getOwnPropertySymbols(s); i < p.length; i++) {
      if (e.indexOf(p[i]) < 0 && Object.prototype.propertyIsEnumerable.call(s, p[i]))
        t[p[i]] = s[p[i]];
    }
  return t;
}
function __decorate(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function __param(paramIndex, decorator) {
  return function(target, key) {
    decorator(target, key, paramIndex);
  };
}
function __esDecorate(ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
  function accept(f) {
    if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected");
    return f;
  }
  var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
  var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
  var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
  var _, done = false;
  for (var i = decorators.length - 1; i >= 0; i--) {
    var context = {};
    for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
    for (var p in contextIn.access) context.access[p] = contextIn.access[p];
    context.addInitializer = function(f) {
      if (done) throw new TypeError("Cannot add initializers after decoration has completed");
      extraInitializers.push(accept(f || null));
    };
    var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context);
    if (kind === "accessor") {
      if (result === void 0) continue;
      if (result === null || typeof result !== "object") throw new TypeError("Object expected");
      if (_ = accept(result.get)) descriptor.get = _;
      if (_ = accept(result.set)) descriptor.set = _;
      if (_ = accept(result.init)) initializers.unshift(_);
    } else if (_ = accept(result)) {
      if (kind === "field") initializers.unshift(_);
      else descriptor[key] = _;
    }
  }
  if (target) Object.defineProperty(target, contextIn.name, descriptor);
  done = true;
}
function __runInitializers(thisArg, initializers, value) {
  var useValue = arguments.length > 2;
  for (var i = 0; i < initializers.length; i++) {
    value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
  }
  return useValue ? value : void 0;
}
function __propKey(x) {
  return typeof x === "symbol" ? x : "".concat(x);
}
function __setFunctionName(f, name, prefix) {
  if (typeof name === "symbol") name = name.description ? "[".concat(name.description, "]") : "";
  return Object.defineProperty(f, "name", { configurable: true, value: prefix ? "".concat(prefix, " ", name) : name });
}
function __metadata(metadataKey, metadataValue) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(metadataKey, metadataValue);
}
function __awaiter(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
}
function __generator(thisArg, body) {
  var _ = { label: 0, sent: function() {
    if (t[0] & 1) throw t[1];
    return t[1];
  }, trys: [], ops: [] }, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
  return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() {
    return this;
  }), g;
  function verb(n) {
    return function(v) {
      return step([n, v]);
    };
  }
  function step(op) {
    if (f) throw new TypeError("Generator is already executing.");
    while (g && (g = 0, op[0] && (_ = 0)), _) try {
      if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
      if (y = 0, t) op = [op[0] & 2, t.value];
      switch (op[0]) {
        case 0:
        case 1:
          t = op;
          break;
        case 4:
          _.label++;
          return { value: op[1], done: false };
        case 5:
          _.label++;
          y = op[1];
          op = [0];
          continue;
        case 7:
          op = _.ops.pop();
          _.trys.pop();
          continue;
        default:
          if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) {
            _ = 0;
            continue;
          }
          if (op[0] === 3 && (!t || op[1] > t[0] && op[1] < t[3])) {
            _.label = op[1];
            break;
          }
          if (op[0] === 6 && _.label < t[1]) {
            _.label = t[1];
            t = op;
            break;
          }
          if (t && _.label < t[2]) {
            _.label = t[2];
            _.ops.push(op);
            break;
          }
          if (t[2]) _.ops.pop();
          _.trys.pop();
          continue;
      }
      op = body.call(thisArg, _);
    } catch (e) {
      op = [6, e];
      y = 0;
    } finally {
      f = t = 0;
    }
    if (op[0] & 5) throw op[1];
    return { value: op[0] ? op[1] : void 0, done: true };
  }
}
function __exportStar(m, o) {
  for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(o, p)) __createBinding(o, m, p);
}
function __values(o) {
  var s = typeof Symbol === "function" && Symbol.iterator, m = s && o[s], i = 0;
  if (m) return m.call(o);
  if (o && typeof o.length === "number") return {
    next: function() {
      if (o && i >= o.length) o = void 0;
      return { value: o && o[i++], done: !o };
    }
  };
  throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
}
function __read(o, n) {
  var m = typeof Symbol === "function" && o[Symbol.iterator];
  if (!m) return o;
  var i = m.call(o), r, ar = [], e;
  try {
    while ((n === void 0 || n-- > 0) && !(r = i.next()).done) ar.push(r.value);
  } catch (error) {
    e = { error };
  } finally {
    try {
      if (r && !r.done && (m = i["return"])) m.call(i);
    } finally {
      if (e) throw e.error;
    }
  }
  return ar;
}
function __spread() {
  for (var ar = [], i = 0; i < arguments.length; i++)
    ar = ar.concat(__read(arguments[i]));
  return ar;
}
function __spreadArrays() {
  for (var s = 0, i = 0, il = arguments.length; i < il; i++) s += arguments[i].length;
  for (var r = Array(s), k = 0, i = 0; i < il; i++)
    for (var a = arguments[i], j = 0, jl = a.length; j < jl; j++, k++)
      r[k] = a[j];
  return r;
}
function __spreadArray(to, from, pack) {
  if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
    if (ar || !(i in from)) {
      if (!ar) ar = Array.prototype.slice.call(from, 0, i);
      ar[i] = from[i];
    }
  }
  return to.concat(ar || Array.prototype.slice.call(from));
}
function __await(v) {
  return this instanceof __await ? (this.v = v, this) : new __await(v);
}
function __asyncGenerator(thisArg, _arguments, generator) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var g = generator.apply(thisArg, _arguments || []), i, q = [];
  return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function() {
    return this;
  }, i;
  function awaitReturn(f) {
    return function(v) {
      return Promise.resolve(v).then(f, reject);
    };
  }
  function verb(n, f) {
    if (g[n]) {
      i[n] = function(v) {
        return new Promise(function(a, b) {
          q.push([n, v, a, b]) > 1 || resume(n, v);
        });
      };
      if (f) i[n] = f(i[n]);
    }
  }
  function resume(n, v) {
    try {
      step(g[n](v));
    } catch (e) {
      settle(q[0][3], e);
    }
  }
  function step(r) {
    r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r);
  }
  function fulfill(value) {
    resume("next", value);
  }
  function reject(value) {
    resume("throw", value);
  }
  function settle(f, v) {
    if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]);
  }
}
function __asyncDelegator(o) {
  var i, p;
  return i = {}, verb("next"), verb("throw", function(e) {
    throw e;
  }), verb("return"), i[Symbol.iterator] = function() {
    return this;
  }, i;
  function verb(n, f) {
    i[n] = o[n] ? function(v) {
      return (p = !p) ? { value: __await(o[n](v)), done: false } : f ? f(v) : v;
    } : f;
  }
}
function __asyncValues(o) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var m = o[Symbol.asyncIterator], i;
  return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
    return this;
  }, i);
  function verb(n) {
    i[n] = o[n] && function(v) {
      return new Promise(function(resolve, reject) {
        v = o[n](v), settle(resolve, reject, v.done, v.value);
      });
    };
  }
  function settle(resolve, reject, d, v) {
    Promise.resolve(v).then(function(v2) {
      resolve({ value: v2, done: d });
    }, reject);
  }
}
function __makeTemplateObject(cooked, raw) {
  if (Object.defineProperty) {
    Object.defineProperty(cooked, "raw", { value: raw });
  } else {
    cooked.raw = raw;
  }
  return cooked;
}
function __importStar(mod) {
  if (mod && mod.__esModule) return mod;
  var result = {};
  if (mod != null) {
    for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
  }
  __setModuleDefault(result, mod);
  return result;
}
function __importDefault(mod) {
  return mod && mod.__esModule ? mod : { default: mod };
}
function __classPrivateFieldGet(receiver, state, kind, f) {
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
}
function __classPrivateFieldSet(receiver, state, value, kind, f) {
  if (kind === "m") throw new TypeError("Private method is not writable");
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
  return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
}
function __classPrivateFieldIn(state, receiver) {
  if (receiver === null || typeof receiver !== "object" && typeof receiver !== "function") throw new TypeError("Cannot use 'in' operator on non-object");
  return typeof state === "function" ? receiver === state : state.has(receiver);
}
function __addDisposableResource(env, value, async) {
  if (value !== null && value !== void 0) {
    if (typeof value !== "object" && typeof value !== "function") throw new TypeError("Object expected.");
    var dispose, inner;
    if (async) {
      if (!Symbol.asyncDispose) throw new TypeError("Symbol.asyncDispose is not defined.");
      dispose = value[Symbol.asyncDispose];
    }
    if (dispose === void 0) {
      if (!Symbol.dispose) throw new TypeError("Symbol.dispose is not defined.");
      dispose = value[Symbol.dispose];
      if (async) inner = dispose;
    }
    if (typeof dispose !== "function") throw new TypeError("Object not disposable.");
    if (inner) dispose = function() {
      try {
        inner.call(this);
      } catch (e) {
        return Promise.reject(e);
      }
    };
    env.stack.push({ value, dispose, async });
  } else if (async) {
    env.stack.push({ async: true });
  }
  return value;
}
function __disposeResources(env) {
  function fail(e) {
    env.error = env.hasError ? new _SuppressedError(e, env.error, "An error was suppressed during disposal.") : e;
    env.hasError = true;
  }
  var r, s = 0;
  function next() {
    while (r = env.stack.pop()) {
      try {
        if (!r.async && s === 1) return s = 0, env.stack.push(r), Promise.resolve().then(next);
        if (r.dispose) {
          var result = r.dispose.call(r.value);
          if (r.async) return s |= 2, Promise.resolve(result).then(next, function(e) {
            fail(e);
            return next();
          });
        } else s |= 1;
      } catch (e) {
        fail(e);
      }
    }
    if (s === 1) return env.hasError ? Promise.reject(env.error) : Promise.resolve();
    if (env.hasError) throw env.error;
  }
  return next();
}
function __rewriteRelativeImportExtension(path, preserveJsx, extraExtensions, ignoreCase) {
  if (typeof path === "string" && /^\.\.?\//.test(path)) {
    if (extraExtensions) {
      for (var extension in extraExtensions) {
        var suffix = path.slice(-extension.length);
        if (suffix === extension || ignoreCase && suffix.toLowerCase() === extension.toLowerCase()) {
          var output = extraExtensions[extension];
          return output === extension ? path : path.slice(0, -extension.length) + output;
        }
      }
    }
    return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function(m, tsx, d, ext, cm) {
      return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : d + ext + "." + cm.toLowerCase() + "js";
    });
  }
  return path;
}
var extendStatics, __assign, __createBinding, __setModuleDefault, ownKeys, _SuppressedError, tslib_es6_default;
var init_tslib_es6 = __esm({
  "node_modules/tslib/tslib.es6.mjs"() {
    extendStatics = function(d, b) {
      extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
        d2.__proto__ = b2;
      } || function(d2, b2) {
        for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
      };
      return extendStatics(d, b);
    };
    __assign = function() {
      __assign = Object.assign || function __assign2(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
        }
        return t;
      };
      return __assign.apply(this, arguments);
    };
    __createBinding = Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    });
    __setModuleDefault = Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    };
    ownKeys = function(o) {
      ownKeys = Object.getOwnPropertyNames || function(o2) {
        var ar = [];
        for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
        return ar;
      };
      return ownKeys(o);
    };
    _SuppressedError = typeof SuppressedError === "function" ? SuppressedError : function(error, suppressed, message) {
      var e = new Error(message);
      return e.name = "SuppressedError", e.error = error, e.suppressed = suppressed, e;
    };
    tslib_es6_default = {
      __extends,
      __assign,
      __rest,
      __decorate,
      __param,
      __esDecorate,
      __runInitializers,
      __propKey,
      __setFunctionName,
      __metadata,
      __awaiter,
      __generator,
      __createBinding,
      __exportStar,
      __values,
      __read,
      __spread,
      __spreadArrays,
      __spreadArray,
      __await,
      __asyncGenerator,
      __asyncDelegator,
      __asyncValues,
      __makeTemplateObject,
      __importStar,
      __importDefault,
      __classPrivateFieldGet,
      __classPrivateFieldSet,
      __classPrivateFieldIn,
      __addDisposableResource,
      __disposeResources,
      __rewriteRelativeImportExtension
    };
  }
});

// node_modules/@aws-sdk/client-macie2/package.json
var require_package = __commonJS({
  "node_modules/@aws-sdk/client-macie2/package.json"(exports, module) {
    module.exports = {
      name: "@aws-sdk/client-macie2",
      description: "AWS SDK for JavaScript Macie2 Client for Node.js, Browser and React Native",
      version: "3.1048.0",
      scripts: {
        build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
        "build:cjs": "node ../../scripts/compilation/inline client-macie2",
        "build:es": "tsc -p tsconfig.es.json",
        "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
        "build:types": "tsc -p tsconfig.types.json",
        "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
        clean: "premove dist-cjs dist-es dist-types tsconfig.cjs.tsbuildinfo tsconfig.es.tsbuildinfo tsconfig.types.tsbuildinfo",
        "extract:docs": "api-extractor run --local",
        "generate:client": "node ../../scripts/generate-clients/single-service --solo macie2",
        "test:index": "tsc --noEmit ./test/index-types.ts && node ./test/index-objects.spec.mjs"
      },
      main: "./dist-cjs/index.js",
      types: "./dist-types/index.d.ts",
      module: "./dist-es/index.js",
      sideEffects: false,
      dependencies: {
        "@aws-crypto/sha256-browser": "5.2.0",
        "@aws-crypto/sha256-js": "5.2.0",
        "@aws-sdk/core": "^3.974.11",
        "@aws-sdk/credential-provider-node": "^3.972.42",
        "@aws-sdk/types": "^3.973.8",
        "@smithy/core": "^3.24.2",
        "@smithy/fetch-http-handler": "^5.4.2",
        "@smithy/node-http-handler": "^4.7.2",
        "@smithy/types": "^4.14.1",
        tslib: "^2.6.2"
      },
      devDependencies: {
        "@tsconfig/node20": "20.1.8",
        "@types/node": "^20.14.8",
        concurrently: "7.0.0",
        "downlevel-dts": "0.10.1",
        premove: "4.0.0",
        typescript: "~5.8.3"
      },
      engines: {
        node: ">=20.0.0"
      },
      typesVersions: {
        "<4.5": {
          "dist-types/*": [
            "dist-types/ts3.4/*"
          ]
        }
      },
      files: [
        "dist-*/**"
      ],
      author: {
        name: "AWS SDK for JavaScript Team",
        url: "https://aws.amazon.com/javascript/"
      },
      license: "Apache-2.0",
      browser: {
        "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
      },
      "react-native": {
        "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
      },
      homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-macie2",
      repository: {
        type: "git",
        url: "https://github.com/aws/aws-sdk-js-v3.git",
        directory: "clients/client-macie2"
      }
    };
  }
});

// node_modules/@aws-sdk/client-macie2/dist-cjs/endpoint/bdd.js
var require_bdd = __commonJS({
  "node_modules/@aws-sdk/client-macie2/dist-cjs/endpoint/bdd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.bdd = void 0;
    var endpoints_1 = (init_endpoints(), __toCommonJS(endpoints_exports));
    var k = "ref";
    var a = -1;
    var b = true;
    var c = "isSet";
    var d = "PartitionResult";
    var e = "booleanEquals";
    var f = "getAttr";
    var g = { [k]: "Endpoint" };
    var h = { [k]: d };
    var i = {};
    var j = [{ [k]: "Region" }];
    var _data = {
      conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://macie2-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://macie2-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://macie2.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://macie2.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
      ]
    };
    var root = 2;
    var r = 1e8;
    var nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      12,
      3,
      1,
      4,
      r + 11,
      2,
      5,
      r + 11,
      3,
      8,
      6,
      4,
      7,
      r + 10,
      5,
      r + 8,
      r + 9,
      4,
      10,
      9,
      6,
      r + 6,
      r + 7,
      5,
      11,
      r + 5,
      6,
      r + 4,
      r + 5,
      3,
      r + 1,
      13,
      4,
      r + 2,
      r + 3
    ]);
    exports.bdd = endpoints_1.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
  }
});

// node_modules/@aws-sdk/client-macie2/dist-cjs/endpoint/endpointResolver.js
var require_endpointResolver = __commonJS({
  "node_modules/@aws-sdk/client-macie2/dist-cjs/endpoint/endpointResolver.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.defaultEndpointResolver = void 0;
    var client_1 = (init_client2(), __toCommonJS(client_exports2));
    var endpoints_1 = (init_endpoints(), __toCommonJS(endpoints_exports));
    var bdd_1 = require_bdd();
    var cache = new endpoints_1.EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    });
    var defaultEndpointResolver = (endpointParams, context = {}) => {
      return cache.get(endpointParams, () => (0, endpoints_1.decideEndpoint)(bdd_1.bdd, {
        endpointParams,
        logger: context.logger
      }));
    };
    exports.defaultEndpointResolver = defaultEndpointResolver;
    endpoints_1.customEndpointFunctions.aws = client_1.awsEndpointFunctions;
  }
});

// node_modules/@aws-sdk/client-macie2/dist-cjs/models/Macie2ServiceException.js
var require_Macie2ServiceException = __commonJS({
  "node_modules/@aws-sdk/client-macie2/dist-cjs/models/Macie2ServiceException.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Macie2ServiceException = exports.__ServiceException = void 0;
    var client_1 = (init_client(), __toCommonJS(client_exports));
    Object.defineProperty(exports, "__ServiceException", { enumerable: true, get: function() {
      return client_1.ServiceException;
    } });
    var Macie2ServiceException = class _Macie2ServiceException extends client_1.ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _Macie2ServiceException.prototype);
      }
    };
    exports.Macie2ServiceException = Macie2ServiceException;
  }
});

// node_modules/@aws-sdk/client-macie2/dist-cjs/models/errors.js
var require_errors = __commonJS({
  "node_modules/@aws-sdk/client-macie2/dist-cjs/models/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UnprocessableEntityException = exports.ValidationException = exports.ThrottlingException = exports.ServiceQuotaExceededException = exports.ResourceNotFoundException = exports.InternalServerException = exports.ConflictException = exports.AccessDeniedException = void 0;
    var Macie2ServiceException_1 = require_Macie2ServiceException();
    var AccessDeniedException = class _AccessDeniedException extends Macie2ServiceException_1.Macie2ServiceException {
      name = "AccessDeniedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccessDeniedException.prototype);
      }
    };
    exports.AccessDeniedException = AccessDeniedException;
    var ConflictException = class _ConflictException extends Macie2ServiceException_1.Macie2ServiceException {
      name = "ConflictException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConflictException.prototype);
      }
    };
    exports.ConflictException = ConflictException;
    var InternalServerException = class _InternalServerException extends Macie2ServiceException_1.Macie2ServiceException {
      name = "InternalServerException";
      $fault = "server";
      constructor(opts) {
        super({
          name: "InternalServerException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _InternalServerException.prototype);
      }
    };
    exports.InternalServerException = InternalServerException;
    var ResourceNotFoundException = class _ResourceNotFoundException extends Macie2ServiceException_1.Macie2ServiceException {
      name = "ResourceNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
      }
    };
    exports.ResourceNotFoundException = ResourceNotFoundException;
    var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends Macie2ServiceException_1.Macie2ServiceException {
      name = "ServiceQuotaExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ServiceQuotaExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
      }
    };
    exports.ServiceQuotaExceededException = ServiceQuotaExceededException;
    var ThrottlingException = class _ThrottlingException extends Macie2ServiceException_1.Macie2ServiceException {
      name = "ThrottlingException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ThrottlingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ThrottlingException.prototype);
      }
    };
    exports.ThrottlingException = ThrottlingException;
    var ValidationException = class _ValidationException extends Macie2ServiceException_1.Macie2ServiceException {
      name = "ValidationException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ValidationException.prototype);
      }
    };
    exports.ValidationException = ValidationException;
    var UnprocessableEntityException = class _UnprocessableEntityException extends Macie2ServiceException_1.Macie2ServiceException {
      name = "UnprocessableEntityException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnprocessableEntityException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnprocessableEntityException.prototype);
      }
    };
    exports.UnprocessableEntityException = UnprocessableEntityException;
  }
});

// node_modules/@aws-sdk/client-macie2/dist-cjs/schemas/schemas_0.js
var require_schemas_0 = __commonJS({
  "node_modules/@aws-sdk/client-macie2/dist-cjs/schemas/schemas_0.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ClassificationResultStatus$ = exports.ClassificationResult$ = exports.ClassificationExportConfiguration$ = exports.ClassificationDetails$ = exports.Cell$ = exports.BucketStatisticsBySensitivity$ = exports.BucketSortCriteria$ = exports.BucketServerSideEncryption$ = exports.BucketPublicAccess$ = exports.BucketPolicy$ = exports.BucketPermissionConfiguration$ = exports.BucketMetadata$ = exports.BucketLevelPermissions$ = exports.BucketCriteriaAdditionalProperties$ = exports.BucketCountPolicyAllowsUnencryptedObjectUploads$ = exports.BucketCountBySharedAccessType$ = exports.BucketCountByEncryptionType$ = exports.BucketCountByEffectivePermission$ = exports.BlockPublicAccess$ = exports.BatchUpdateAutomatedDiscoveryAccountsResponse$ = exports.BatchUpdateAutomatedDiscoveryAccountsRequest$ = exports.BatchGetCustomDataIdentifierSummary$ = exports.BatchGetCustomDataIdentifiersResponse$ = exports.BatchGetCustomDataIdentifiersRequest$ = exports.AwsService$ = exports.AwsAccount$ = exports.AutomatedDiscoveryAccountUpdateError$ = exports.AutomatedDiscoveryAccountUpdate$ = exports.AutomatedDiscoveryAccount$ = exports.AssumedRole$ = exports.ApiCallDetails$ = exports.AllowListSummary$ = exports.AllowListStatus$ = exports.AllowListCriteria$ = exports.AdminAccount$ = exports.AccountLevelPermissions$ = exports.AccountDetail$ = exports.AccessControlList$ = exports.AcceptInvitationResponse$ = exports.AcceptInvitationRequest$ = exports.errorTypeRegistries = exports.ValidationException$ = exports.UnprocessableEntityException$ = exports.ThrottlingException$ = exports.ServiceQuotaExceededException$ = exports.ResourceNotFoundException$ = exports.InternalServerException$ = exports.ConflictException$ = exports.AccessDeniedException$ = exports.Macie2ServiceException$ = void 0;
    exports.DisassociateFromMasterAccountRequest$ = exports.DisassociateFromAdministratorAccountResponse$ = exports.DisassociateFromAdministratorAccountRequest$ = exports.DisableOrganizationAdminAccountResponse$ = exports.DisableOrganizationAdminAccountRequest$ = exports.DisableMacieResponse$ = exports.DisableMacieRequest$ = exports.Detection$ = exports.DetectedDataDetails$ = exports.DescribeOrganizationConfigurationResponse$ = exports.DescribeOrganizationConfigurationRequest$ = exports.DescribeClassificationJobResponse$ = exports.DescribeClassificationJobRequest$ = exports.DescribeBucketsResponse$ = exports.DescribeBucketsRequest$ = exports.DeleteMemberResponse$ = exports.DeleteMemberRequest$ = exports.DeleteInvitationsResponse$ = exports.DeleteInvitationsRequest$ = exports.DeleteFindingsFilterResponse$ = exports.DeleteFindingsFilterRequest$ = exports.DeleteCustomDataIdentifierResponse$ = exports.DeleteCustomDataIdentifierRequest$ = exports.DeleteAllowListResponse$ = exports.DeleteAllowListRequest$ = exports.DefaultDetection$ = exports.DeclineInvitationsResponse$ = exports.DeclineInvitationsRequest$ = exports.DailySchedule$ = exports.CustomDetection$ = exports.CustomDataIdentifierSummary$ = exports.CustomDataIdentifiers$ = exports.CriterionAdditionalProperties$ = exports.CriteriaForJob$ = exports.CriteriaBlockForJob$ = exports.CreateSampleFindingsResponse$ = exports.CreateSampleFindingsRequest$ = exports.CreateMemberResponse$ = exports.CreateMemberRequest$ = exports.CreateInvitationsResponse$ = exports.CreateInvitationsRequest$ = exports.CreateFindingsFilterResponse$ = exports.CreateFindingsFilterRequest$ = exports.CreateCustomDataIdentifierResponse$ = exports.CreateCustomDataIdentifierRequest$ = exports.CreateClassificationJobResponse$ = exports.CreateClassificationJobRequest$ = exports.CreateAllowListResponse$ = exports.CreateAllowListRequest$ = exports.ClassificationScopeSummary$ = void 0;
    exports.GetSensitiveDataOccurrencesAvailabilityRequest$ = exports.GetRevealConfigurationResponse$ = exports.GetRevealConfigurationRequest$ = exports.GetResourceProfileResponse$ = exports.GetResourceProfileRequest$ = exports.GetMemberResponse$ = exports.GetMemberRequest$ = exports.GetMasterAccountResponse$ = exports.GetMasterAccountRequest$ = exports.GetMacieSessionResponse$ = exports.GetMacieSessionRequest$ = exports.GetInvitationsCountResponse$ = exports.GetInvitationsCountRequest$ = exports.GetFindingStatisticsResponse$ = exports.GetFindingStatisticsRequest$ = exports.GetFindingsResponse$ = exports.GetFindingsRequest$ = exports.GetFindingsPublicationConfigurationResponse$ = exports.GetFindingsPublicationConfigurationRequest$ = exports.GetFindingsFilterResponse$ = exports.GetFindingsFilterRequest$ = exports.GetCustomDataIdentifierResponse$ = exports.GetCustomDataIdentifierRequest$ = exports.GetClassificationScopeResponse$ = exports.GetClassificationScopeRequest$ = exports.GetClassificationExportConfigurationResponse$ = exports.GetClassificationExportConfigurationRequest$ = exports.GetBucketStatisticsResponse$ = exports.GetBucketStatisticsRequest$ = exports.GetAutomatedDiscoveryConfigurationResponse$ = exports.GetAutomatedDiscoveryConfigurationRequest$ = exports.GetAllowListResponse$ = exports.GetAllowListRequest$ = exports.GetAdministratorAccountResponse$ = exports.GetAdministratorAccountRequest$ = exports.FindingStatisticsSortCriteria$ = exports.FindingsFilterListItem$ = exports.FindingCriteria$ = exports.FindingActor$ = exports.FindingAction$ = exports.Finding$ = exports.FederatedUser$ = exports.EnableOrganizationAdminAccountResponse$ = exports.EnableOrganizationAdminAccountRequest$ = exports.EnableMacieResponse$ = exports.EnableMacieRequest$ = exports.DomainDetails$ = exports.DisassociateMemberResponse$ = exports.DisassociateMemberRequest$ = exports.DisassociateFromMasterAccountResponse$ = void 0;
    exports.ListResourceProfileArtifactsRequest$ = exports.ListOrganizationAdminAccountsResponse$ = exports.ListOrganizationAdminAccountsRequest$ = exports.ListMembersResponse$ = exports.ListMembersRequest$ = exports.ListManagedDataIdentifiersResponse$ = exports.ListManagedDataIdentifiersRequest$ = exports.ListJobsSortCriteria$ = exports.ListJobsFilterTerm$ = exports.ListJobsFilterCriteria$ = exports.ListInvitationsResponse$ = exports.ListInvitationsRequest$ = exports.ListFindingsResponse$ = exports.ListFindingsRequest$ = exports.ListFindingsFiltersResponse$ = exports.ListFindingsFiltersRequest$ = exports.ListCustomDataIdentifiersResponse$ = exports.ListCustomDataIdentifiersRequest$ = exports.ListClassificationScopesResponse$ = exports.ListClassificationScopesRequest$ = exports.ListClassificationJobsResponse$ = exports.ListClassificationJobsRequest$ = exports.ListAutomatedDiscoveryAccountsResponse$ = exports.ListAutomatedDiscoveryAccountsRequest$ = exports.ListAllowListsResponse$ = exports.ListAllowListsRequest$ = exports.LastRunErrorStatus$ = exports.KeyValuePair$ = exports.JobSummary$ = exports.JobScopingBlock$ = exports.JobScopeTerm$ = exports.JobScheduleFrequency$ = exports.JobDetails$ = exports.IpOwner$ = exports.IpGeoLocation$ = exports.IpCountry$ = exports.IpCity$ = exports.IpAddressDetails$ = exports.Invitation$ = exports.IamUser$ = exports.GroupCount$ = exports.GetUsageTotalsResponse$ = exports.GetUsageTotalsRequest$ = exports.GetUsageStatisticsResponse$ = exports.GetUsageStatisticsRequest$ = exports.GetSensitivityInspectionTemplateResponse$ = exports.GetSensitivityInspectionTemplateRequest$ = exports.GetSensitiveDataOccurrencesResponse$ = exports.GetSensitiveDataOccurrencesRequest$ = exports.GetSensitiveDataOccurrencesAvailabilityResponse$ = void 0;
    exports.SearchResourcesTagCriterion$ = exports.SearchResourcesSortCriteria$ = exports.SearchResourcesSimpleCriterion$ = exports.SearchResourcesResponse$ = exports.SearchResourcesRequest$ = exports.SearchResourcesCriteriaBlock$ = exports.SearchResourcesCriteria$ = exports.SearchResourcesBucketCriteria$ = exports.Scoping$ = exports.S3WordsList$ = exports.S3Object$ = exports.S3JobDefinition$ = exports.S3Destination$ = exports.S3ClassificationScopeUpdate$ = exports.S3ClassificationScopeExclusionUpdate$ = exports.S3ClassificationScopeExclusion$ = exports.S3ClassificationScope$ = exports.S3BucketOwner$ = exports.S3BucketDefinitionForJob$ = exports.S3BucketCriteriaForJob$ = exports.S3Bucket$ = exports.RevealConfiguration$ = exports.RetrievalConfiguration$ = exports.ResourceStatistics$ = exports.ResourcesAffected$ = exports.ResourceProfileArtifact$ = exports.ReplicationDetails$ = exports._Record$ = exports.Range$ = exports.PutFindingsPublicationConfigurationResponse$ = exports.PutFindingsPublicationConfigurationRequest$ = exports.PutClassificationExportConfigurationResponse$ = exports.PutClassificationExportConfigurationRequest$ = exports.PolicyDetails$ = exports.Page$ = exports.Occurrences$ = exports.ObjectLevelStatistics$ = exports.ObjectCountByEncryptionType$ = exports.MonthlySchedule$ = exports.Member$ = exports.MatchingResource$ = exports.MatchingBucket$ = exports.ManagedDataIdentifierSummary$ = exports.ListTagsForResourceResponse$ = exports.ListTagsForResourceRequest$ = exports.ListSensitivityInspectionTemplatesResponse$ = exports.ListSensitivityInspectionTemplatesRequest$ = exports.ListResourceProfileDetectionsResponse$ = exports.ListResourceProfileDetectionsRequest$ = exports.ListResourceProfileArtifactsResponse$ = void 0;
    exports.UpdateResourceProfileResponse$ = exports.UpdateResourceProfileRequest$ = exports.UpdateResourceProfileDetectionsResponse$ = exports.UpdateResourceProfileDetectionsRequest$ = exports.UpdateOrganizationConfigurationResponse$ = exports.UpdateOrganizationConfigurationRequest$ = exports.UpdateMemberSessionResponse$ = exports.UpdateMemberSessionRequest$ = exports.UpdateMacieSessionResponse$ = exports.UpdateMacieSessionRequest$ = exports.UpdateFindingsFilterResponse$ = exports.UpdateFindingsFilterRequest$ = exports.UpdateClassificationScopeResponse$ = exports.UpdateClassificationScopeRequest$ = exports.UpdateClassificationJobResponse$ = exports.UpdateClassificationJobRequest$ = exports.UpdateAutomatedDiscoveryConfigurationResponse$ = exports.UpdateAutomatedDiscoveryConfigurationRequest$ = exports.UpdateAllowListResponse$ = exports.UpdateAllowListRequest$ = exports.UntagResourceResponse$ = exports.UntagResourceRequest$ = exports.UnprocessedAccount$ = exports.TestCustomDataIdentifierResponse$ = exports.TestCustomDataIdentifierRequest$ = exports.TagValuePair$ = exports.TagScopeTerm$ = exports.TagResourceResponse$ = exports.TagResourceRequest$ = exports.TagCriterionPairForJob$ = exports.TagCriterionForJob$ = exports.SuppressDataIdentifier$ = exports.Statistics$ = exports.SortCriteria$ = exports.SimpleScopeTerm$ = exports.SimpleCriterionForJob$ = exports.SeverityLevel$ = exports.Severity$ = exports.SessionIssuer$ = exports.SessionContextAttributes$ = exports.SessionContext$ = exports.ServiceLimit$ = exports.ServerSideEncryption$ = exports.SensitivityInspectionTemplatesEntry$ = exports.SensitivityInspectionTemplateIncludes$ = exports.SensitivityInspectionTemplateExcludes$ = exports.SensitivityAggregations$ = exports.SensitiveDataItem$ = exports.SecurityHubConfiguration$ = exports.SearchResourcesTagCriterionPair$ = void 0;
    exports.GetFindingsPublicationConfiguration$ = exports.GetFindingsFilter$ = exports.GetFindings$ = exports.GetCustomDataIdentifier$ = exports.GetClassificationScope$ = exports.GetClassificationExportConfiguration$ = exports.GetBucketStatistics$ = exports.GetAutomatedDiscoveryConfiguration$ = exports.GetAllowList$ = exports.GetAdministratorAccount$ = exports.EnableOrganizationAdminAccount$ = exports.EnableMacie$ = exports.DisassociateMember$ = exports.DisassociateFromMasterAccount$ = exports.DisassociateFromAdministratorAccount$ = exports.DisableOrganizationAdminAccount$ = exports.DisableMacie$ = exports.DescribeOrganizationConfiguration$ = exports.DescribeClassificationJob$ = exports.DescribeBuckets$ = exports.DeleteMember$ = exports.DeleteInvitations$ = exports.DeleteFindingsFilter$ = exports.DeleteCustomDataIdentifier$ = exports.DeleteAllowList$ = exports.DeclineInvitations$ = exports.CreateSampleFindings$ = exports.CreateMember$ = exports.CreateInvitations$ = exports.CreateFindingsFilter$ = exports.CreateCustomDataIdentifier$ = exports.CreateClassificationJob$ = exports.CreateAllowList$ = exports.BatchUpdateAutomatedDiscoveryAccounts$ = exports.BatchGetCustomDataIdentifiers$ = exports.AcceptInvitation$ = exports.WeeklySchedule$ = exports.UserPausedDetails$ = exports.UserIdentityRoot$ = exports.UserIdentity$ = exports.UsageTotal$ = exports.UsageStatisticsSortBy$ = exports.UsageStatisticsFilter$ = exports.UsageRecord$ = exports.UsageByAccount$ = exports.UpdateSensitivityInspectionTemplateResponse$ = exports.UpdateSensitivityInspectionTemplateRequest$ = exports.UpdateRevealConfigurationResponse$ = exports.UpdateRevealConfigurationRequest$ = exports.UpdateRetrievalConfiguration$ = void 0;
    exports.UpdateSensitivityInspectionTemplate$ = exports.UpdateRevealConfiguration$ = exports.UpdateResourceProfileDetections$ = exports.UpdateResourceProfile$ = exports.UpdateOrganizationConfiguration$ = exports.UpdateMemberSession$ = exports.UpdateMacieSession$ = exports.UpdateFindingsFilter$ = exports.UpdateClassificationScope$ = exports.UpdateClassificationJob$ = exports.UpdateAutomatedDiscoveryConfiguration$ = exports.UpdateAllowList$ = exports.UntagResource$ = exports.TestCustomDataIdentifier$ = exports.TagResource$ = exports.SearchResources$ = exports.PutFindingsPublicationConfiguration$ = exports.PutClassificationExportConfiguration$ = exports.ListTagsForResource$ = exports.ListSensitivityInspectionTemplates$ = exports.ListResourceProfileDetections$ = exports.ListResourceProfileArtifacts$ = exports.ListOrganizationAdminAccounts$ = exports.ListMembers$ = exports.ListManagedDataIdentifiers$ = exports.ListInvitations$ = exports.ListFindingsFilters$ = exports.ListFindings$ = exports.ListCustomDataIdentifiers$ = exports.ListClassificationScopes$ = exports.ListClassificationJobs$ = exports.ListAutomatedDiscoveryAccounts$ = exports.ListAllowLists$ = exports.GetUsageTotals$ = exports.GetUsageStatistics$ = exports.GetSensitivityInspectionTemplate$ = exports.GetSensitiveDataOccurrencesAvailability$ = exports.GetSensitiveDataOccurrences$ = exports.GetRevealConfiguration$ = exports.GetResourceProfile$ = exports.GetMember$ = exports.GetMasterAccount$ = exports.GetMacieSession$ = exports.GetInvitationsCount$ = exports.GetFindingStatistics$ = void 0;
    var _AA = "AdminAccount";
    var _AAw = "AwsAccount";
    var _ACD = "ApiCallDetails";
    var _ACL = "AccessControlList";
    var _AD = "AccountDetail";
    var _ADA = "AutomatedDiscoveryAccount";
    var _ADAU = "AutomatedDiscoveryAccountUpdate";
    var _ADAUE = "AutomatedDiscoveryAccountUpdateError";
    var _ADE = "AccessDeniedException";
    var _AI = "AcceptInvitation";
    var _AIR = "AcceptInvitationRequest";
    var _AIRc = "AcceptInvitationResponse";
    var _ALC = "AllowListCriteria";
    var _ALP = "AccountLevelPermissions";
    var _ALS = "AllowListStatus";
    var _ALSl = "AllowListSummary";
    var _AR = "AssumedRole";
    var _AS = "AwsService";
    var _BC = "BucketCriteria";
    var _BCAP = "BucketCriteriaAdditionalProperties";
    var _BCBEP = "BucketCountByEffectivePermission";
    var _BCBET = "BucketCountByEncryptionType";
    var _BCBSAT = "BucketCountBySharedAccessType";
    var _BCPAUOU = "BucketCountPolicyAllowsUnencryptedObjectUploads";
    var _BGCDI = "BatchGetCustomDataIdentifiers";
    var _BGCDIR = "BatchGetCustomDataIdentifiersRequest";
    var _BGCDIRa = "BatchGetCustomDataIdentifiersResponse";
    var _BGCDIS = "BatchGetCustomDataIdentifierSummary";
    var _BLP = "BucketLevelPermissions";
    var _BM = "BucketMetadata";
    var _BP = "BucketPolicy";
    var _BPA = "BlockPublicAccess";
    var _BPAu = "BucketPublicAccess";
    var _BPC = "BucketPermissionConfiguration";
    var _BSBS = "BucketStatisticsBySensitivity";
    var _BSC = "BucketSortCriteria";
    var _BSSE = "BucketServerSideEncryption";
    var _BUADA = "BatchUpdateAutomatedDiscoveryAccounts";
    var _BUADAR = "BatchUpdateAutomatedDiscoveryAccountsRequest";
    var _BUADARa = "BatchUpdateAutomatedDiscoveryAccountsResponse";
    var _C = "Cell";
    var _CAL = "CreateAllowList";
    var _CALR = "CreateAllowListRequest";
    var _CALRr = "CreateAllowListResponse";
    var _CAP = "CriterionAdditionalProperties";
    var _CBFJ = "CriteriaBlockForJob";
    var _CCDI = "CreateCustomDataIdentifier";
    var _CCDIR = "CreateCustomDataIdentifierRequest";
    var _CCDIRr = "CreateCustomDataIdentifierResponse";
    var _CCJ = "CreateClassificationJob";
    var _CCJR = "CreateClassificationJobRequest";
    var _CCJRr = "CreateClassificationJobResponse";
    var _CD = "ClassificationDetails";
    var _CDI = "CustomDataIdentifiers";
    var _CDIS = "CustomDataIdentifierSummary";
    var _CDu = "CustomDetection";
    var _CDus = "CustomDetections";
    var _CE = "ConflictException";
    var _CEC = "ClassificationExportConfiguration";
    var _CFF = "CreateFindingsFilter";
    var _CFFR = "CreateFindingsFilterRequest";
    var _CFFRr = "CreateFindingsFilterResponse";
    var _CFJ = "CriteriaForJob";
    var _CI = "CreateInvitations";
    var _CIR = "CreateInvitationsRequest";
    var _CIRr = "CreateInvitationsResponse";
    var _CM = "CreateMember";
    var _CMR = "CreateMemberRequest";
    var _CMRr = "CreateMemberResponse";
    var _CR = "ClassificationResult";
    var _CRS = "ClassificationResultStatus";
    var _CSF = "CreateSampleFindings";
    var _CSFR = "CreateSampleFindingsRequest";
    var _CSFRr = "CreateSampleFindingsResponse";
    var _CSS = "ClassificationScopeSummary";
    var _Ce = "Cells";
    var _Cr = "Criterion";
    var _D = "Detection";
    var _DAL = "DeleteAllowList";
    var _DALR = "DeleteAllowListRequest";
    var _DALRe = "DeleteAllowListResponse";
    var _DB = "DescribeBuckets";
    var _DBR = "DescribeBucketsRequest";
    var _DBRe = "DescribeBucketsResponse";
    var _DCDI = "DeleteCustomDataIdentifier";
    var _DCDIR = "DeleteCustomDataIdentifierRequest";
    var _DCDIRe = "DeleteCustomDataIdentifierResponse";
    var _DCJ = "DescribeClassificationJob";
    var _DCJR = "DescribeClassificationJobRequest";
    var _DCJRe = "DescribeClassificationJobResponse";
    var _DD = "DefaultDetection";
    var _DDD = "DetectedDataDetails";
    var _DDe = "DefaultDetections";
    var _DDo = "DomainDetails";
    var _DFAA = "DisassociateFromAdministratorAccount";
    var _DFAAR = "DisassociateFromAdministratorAccountRequest";
    var _DFAARi = "DisassociateFromAdministratorAccountResponse";
    var _DFF = "DeleteFindingsFilter";
    var _DFFR = "DeleteFindingsFilterRequest";
    var _DFFRe = "DeleteFindingsFilterResponse";
    var _DFMA = "DisassociateFromMasterAccount";
    var _DFMAR = "DisassociateFromMasterAccountRequest";
    var _DFMARi = "DisassociateFromMasterAccountResponse";
    var _DI = "DeclineInvitations";
    var _DIR = "DeclineInvitationsRequest";
    var _DIRe = "DeclineInvitationsResponse";
    var _DIRel = "DeleteInvitationsRequest";
    var _DIRele = "DeleteInvitationsResponse";
    var _DIe = "DeleteInvitations";
    var _DM = "DeleteMember";
    var _DMR = "DeleteMemberRequest";
    var _DMRe = "DeleteMemberResponse";
    var _DMRi = "DisableMacieRequest";
    var _DMRis = "DisableMacieResponse";
    var _DMRisa = "DisassociateMemberRequest";
    var _DMRisas = "DisassociateMemberResponse";
    var _DMi = "DisableMacie";
    var _DMis = "DisassociateMember";
    var _DOAA = "DisableOrganizationAdminAccount";
    var _DOAAR = "DisableOrganizationAdminAccountRequest";
    var _DOAARi = "DisableOrganizationAdminAccountResponse";
    var _DOC = "DescribeOrganizationConfiguration";
    var _DOCR = "DescribeOrganizationConfigurationRequest";
    var _DOCRe = "DescribeOrganizationConfigurationResponse";
    var _DS = "DailySchedule";
    var _EM = "EnableMacie";
    var _EMR = "EnableMacieRequest";
    var _EMRn = "EnableMacieResponse";
    var _EOAA = "EnableOrganizationAdminAccount";
    var _EOAAR = "EnableOrganizationAdminAccountRequest";
    var _EOAARn = "EnableOrganizationAdminAccountResponse";
    var _F = "Finding";
    var _FA = "FindingAction";
    var _FAi = "FindingActor";
    var _FC = "FindingCriteria";
    var _FFLI = "FindingsFilterListItem";
    var _FSSC = "FindingStatisticsSortCriteria";
    var _FU = "FederatedUser";
    var _GAA = "GetAdministratorAccount";
    var _GAAR = "GetAdministratorAccountRequest";
    var _GAARe = "GetAdministratorAccountResponse";
    var _GADC = "GetAutomatedDiscoveryConfiguration";
    var _GADCR = "GetAutomatedDiscoveryConfigurationRequest";
    var _GADCRe = "GetAutomatedDiscoveryConfigurationResponse";
    var _GAL = "GetAllowList";
    var _GALR = "GetAllowListRequest";
    var _GALRe = "GetAllowListResponse";
    var _GBS = "GetBucketStatistics";
    var _GBSR = "GetBucketStatisticsRequest";
    var _GBSRe = "GetBucketStatisticsResponse";
    var _GC = "GroupCount";
    var _GCDI = "GetCustomDataIdentifier";
    var _GCDIR = "GetCustomDataIdentifierRequest";
    var _GCDIRe = "GetCustomDataIdentifierResponse";
    var _GCEC = "GetClassificationExportConfiguration";
    var _GCECR = "GetClassificationExportConfigurationRequest";
    var _GCECRe = "GetClassificationExportConfigurationResponse";
    var _GCS = "GetClassificationScope";
    var _GCSR = "GetClassificationScopeRequest";
    var _GCSRe = "GetClassificationScopeResponse";
    var _GF = "GetFindings";
    var _GFF = "GetFindingsFilter";
    var _GFFR = "GetFindingsFilterRequest";
    var _GFFRe = "GetFindingsFilterResponse";
    var _GFPC = "GetFindingsPublicationConfiguration";
    var _GFPCR = "GetFindingsPublicationConfigurationRequest";
    var _GFPCRe = "GetFindingsPublicationConfigurationResponse";
    var _GFR = "GetFindingsRequest";
    var _GFRe = "GetFindingsResponse";
    var _GFS = "GetFindingStatistics";
    var _GFSR = "GetFindingStatisticsRequest";
    var _GFSRe = "GetFindingStatisticsResponse";
    var _GIC = "GetInvitationsCount";
    var _GICR = "GetInvitationsCountRequest";
    var _GICRe = "GetInvitationsCountResponse";
    var _GM = "GetMember";
    var _GMA = "GetMasterAccount";
    var _GMAR = "GetMasterAccountRequest";
    var _GMARe = "GetMasterAccountResponse";
    var _GMR = "GetMemberRequest";
    var _GMRe = "GetMemberResponse";
    var _GMS = "GetMacieSession";
    var _GMSR = "GetMacieSessionRequest";
    var _GMSRe = "GetMacieSessionResponse";
    var _GRC = "GetRevealConfiguration";
    var _GRCR = "GetRevealConfigurationRequest";
    var _GRCRe = "GetRevealConfigurationResponse";
    var _GRP = "GetResourceProfile";
    var _GRPR = "GetResourceProfileRequest";
    var _GRPRe = "GetResourceProfileResponse";
    var _GSDO = "GetSensitiveDataOccurrences";
    var _GSDOA = "GetSensitiveDataOccurrencesAvailability";
    var _GSDOAR = "GetSensitiveDataOccurrencesAvailabilityRequest";
    var _GSDOARe = "GetSensitiveDataOccurrencesAvailabilityResponse";
    var _GSDOR = "GetSensitiveDataOccurrencesRequest";
    var _GSDORe = "GetSensitiveDataOccurrencesResponse";
    var _GSIT = "GetSensitivityInspectionTemplate";
    var _GSITR = "GetSensitivityInspectionTemplateRequest";
    var _GSITRe = "GetSensitivityInspectionTemplateResponse";
    var _GUS = "GetUsageStatistics";
    var _GUSR = "GetUsageStatisticsRequest";
    var _GUSRe = "GetUsageStatisticsResponse";
    var _GUT = "GetUsageTotals";
    var _GUTR = "GetUsageTotalsRequest";
    var _GUTRe = "GetUsageTotalsResponse";
    var _I = "Invitation";
    var _IAD = "IpAddressDetails";
    var _IC = "IpCity";
    var _ICp = "IpCountry";
    var _IGL = "IpGeoLocation";
    var _IO = "IpOwner";
    var _ISE = "InternalServerException";
    var _IU = "IamUser";
    var _JD = "JobDetails";
    var _JS = "JobSummary";
    var _JSB = "JobScopingBlock";
    var _JSF = "JobScheduleFrequency";
    var _JST = "JobScopeTerm";
    var _KVP = "KeyValuePair";
    var _KVPL = "KeyValuePairList";
    var _LADA = "ListAutomatedDiscoveryAccounts";
    var _LADAR = "ListAutomatedDiscoveryAccountsRequest";
    var _LADARi = "ListAutomatedDiscoveryAccountsResponse";
    var _LAL = "ListAllowLists";
    var _LALR = "ListAllowListsRequest";
    var _LALRi = "ListAllowListsResponse";
    var _LCDI = "ListCustomDataIdentifiers";
    var _LCDIR = "ListCustomDataIdentifiersRequest";
    var _LCDIRi = "ListCustomDataIdentifiersResponse";
    var _LCJ = "ListClassificationJobs";
    var _LCJR = "ListClassificationJobsRequest";
    var _LCJRi = "ListClassificationJobsResponse";
    var _LCS = "ListClassificationScopes";
    var _LCSR = "ListClassificationScopesRequest";
    var _LCSRi = "ListClassificationScopesResponse";
    var _LF = "ListFindings";
    var _LFF = "ListFindingsFilters";
    var _LFFR = "ListFindingsFiltersRequest";
    var _LFFRi = "ListFindingsFiltersResponse";
    var _LFR = "ListFindingsRequest";
    var _LFRi = "ListFindingsResponse";
    var _LI = "ListInvitations";
    var _LIR = "ListInvitationsRequest";
    var _LIRi = "ListInvitationsResponse";
    var _LJFC = "ListJobsFilterCriteria";
    var _LJFT = "ListJobsFilterTerm";
    var _LJSC = "ListJobsSortCriteria";
    var _LM = "ListMembers";
    var _LMDI = "ListManagedDataIdentifiers";
    var _LMDIR = "ListManagedDataIdentifiersRequest";
    var _LMDIRi = "ListManagedDataIdentifiersResponse";
    var _LMR = "ListMembersRequest";
    var _LMRi = "ListMembersResponse";
    var _LOAA = "ListOrganizationAdminAccounts";
    var _LOAAR = "ListOrganizationAdminAccountsRequest";
    var _LOAARi = "ListOrganizationAdminAccountsResponse";
    var _LRES = "LastRunErrorStatus";
    var _LRPA = "ListResourceProfileArtifacts";
    var _LRPAR = "ListResourceProfileArtifactsRequest";
    var _LRPARi = "ListResourceProfileArtifactsResponse";
    var _LRPD = "ListResourceProfileDetections";
    var _LRPDR = "ListResourceProfileDetectionsRequest";
    var _LRPDRi = "ListResourceProfileDetectionsResponse";
    var _LSIT = "ListSensitivityInspectionTemplates";
    var _LSITR = "ListSensitivityInspectionTemplatesRequest";
    var _LSITRi = "ListSensitivityInspectionTemplatesResponse";
    var _LTFR = "ListTagsForResource";
    var _LTFRR = "ListTagsForResourceRequest";
    var _LTFRRi = "ListTagsForResourceResponse";
    var _M = "Member";
    var _MB = "MatchingBucket";
    var _MDIS = "ManagedDataIdentifierSummary";
    var _MR = "MatchingResource";
    var _MS = "MonthlySchedule";
    var _O = "Occurrences";
    var _OCBET = "ObjectCountByEncryptionType";
    var _OLS = "ObjectLevelStatistics";
    var _P = "Page";
    var _PCEC = "PutClassificationExportConfiguration";
    var _PCECR = "PutClassificationExportConfigurationRequest";
    var _PCECRu = "PutClassificationExportConfigurationResponse";
    var _PD = "PolicyDetails";
    var _PFPC = "PutFindingsPublicationConfiguration";
    var _PFPCR = "PutFindingsPublicationConfigurationRequest";
    var _PFPCRu = "PutFindingsPublicationConfigurationResponse";
    var _Pa = "Pages";
    var _R = "Range";
    var _RA = "ResourcesAffected";
    var _RC = "RetrievalConfiguration";
    var _RCe = "RevealConfiguration";
    var _RD = "ReplicationDetails";
    var _RNFE = "ResourceNotFoundException";
    var _RPA = "ResourceProfileArtifact";
    var _RS = "ResourceStatistics";
    var _Ra = "Ranges";
    var _Re = "Record";
    var _Rec = "Records";
    var _S = "Scoping";
    var _SA = "SensitivityAggregations";
    var _SB = "S3Bucket";
    var _SBCFJ = "S3BucketCriteriaForJob";
    var _SBDFJ = "S3BucketDefinitionForJob";
    var _SBO = "S3BucketOwner";
    var _SC = "SessionContext";
    var _SCA = "SessionContextAttributes";
    var _SCFJ = "SimpleCriterionForJob";
    var _SCS = "S3ClassificationScope";
    var _SCSE = "S3ClassificationScopeExclusion";
    var _SCSEU = "S3ClassificationScopeExclusionUpdate";
    var _SCSU = "S3ClassificationScopeUpdate";
    var _SCo = "SortCriteria";
    var _SD = "S3Destination";
    var _SDI = "SensitiveDataItem";
    var _SDIu = "SuppressDataIdentifier";
    var _SDO = "SensitiveDataOccurrences";
    var _SDe = "SensitiveData";
    var _SHC = "SecurityHubConfiguration";
    var _SI = "SessionIssuer";
    var _SITE = "SensitivityInspectionTemplateExcludes";
    var _SITEe = "SensitivityInspectionTemplatesEntry";
    var _SITI = "SensitivityInspectionTemplateIncludes";
    var _SJD = "S3JobDefinition";
    var _SL = "ServiceLimit";
    var _SLL = "SeverityLevelList";
    var _SLe = "SeverityLevel";
    var _SO = "S3Object";
    var _SQEE = "ServiceQuotaExceededException";
    var _SR = "SearchResources";
    var _SRBC = "SearchResourcesBucketCriteria";
    var _SRC = "SearchResourcesCriteria";
    var _SRCB = "SearchResourcesCriteriaBlock";
    var _SRR = "SearchResourcesRequest";
    var _SRRe = "SearchResourcesResponse";
    var _SRSC = "SearchResourcesSimpleCriterion";
    var _SRSCe = "SearchResourcesSortCriteria";
    var _SRTC = "SearchResourcesTagCriterion";
    var _SRTCP = "SearchResourcesTagCriterionPair";
    var _SSE = "ServerSideEncryption";
    var _SST = "SimpleScopeTerm";
    var _SWL = "S3WordsList";
    var _Se = "Severity";
    var _St = "Statistics";
    var _TCDI = "TestCustomDataIdentifier";
    var _TCDIR = "TestCustomDataIdentifierRequest";
    var _TCDIRe = "TestCustomDataIdentifierResponse";
    var _TCFJ = "TagCriterionForJob";
    var _TCPFJ = "TagCriterionPairForJob";
    var _TE = "ThrottlingException";
    var _TR = "TagResource";
    var _TRR = "TagResourceRequest";
    var _TRRa = "TagResourceResponse";
    var _TST = "TagScopeTerm";
    var _TVP = "TagValuePair";
    var _UA = "UnprocessedAccount";
    var _UADC = "UpdateAutomatedDiscoveryConfiguration";
    var _UADCR = "UpdateAutomatedDiscoveryConfigurationRequest";
    var _UADCRp = "UpdateAutomatedDiscoveryConfigurationResponse";
    var _UAL = "UpdateAllowList";
    var _UALR = "UpdateAllowListRequest";
    var _UALRp = "UpdateAllowListResponse";
    var _UBA = "UsageByAccount";
    var _UCJ = "UpdateClassificationJob";
    var _UCJR = "UpdateClassificationJobRequest";
    var _UCJRp = "UpdateClassificationJobResponse";
    var _UCS = "UpdateClassificationScope";
    var _UCSR = "UpdateClassificationScopeRequest";
    var _UCSRp = "UpdateClassificationScopeResponse";
    var _UEE = "UnprocessableEntityException";
    var _UFF = "UpdateFindingsFilter";
    var _UFFR = "UpdateFindingsFilterRequest";
    var _UFFRp = "UpdateFindingsFilterResponse";
    var _UI = "UserIdentity";
    var _UIR = "UserIdentityRoot";
    var _UMS = "UpdateMacieSession";
    var _UMSR = "UpdateMacieSessionRequest";
    var _UMSRp = "UpdateMacieSessionResponse";
    var _UMSRpd = "UpdateMemberSessionRequest";
    var _UMSRpda = "UpdateMemberSessionResponse";
    var _UMSp = "UpdateMemberSession";
    var _UOC = "UpdateOrganizationConfiguration";
    var _UOCR = "UpdateOrganizationConfigurationRequest";
    var _UOCRp = "UpdateOrganizationConfigurationResponse";
    var _UPD = "UserPausedDetails";
    var _UR = "UsageRecord";
    var _URC = "UpdateRetrievalConfiguration";
    var _URCR = "UpdateRevealConfigurationRequest";
    var _URCRp = "UpdateRevealConfigurationResponse";
    var _URCp = "UpdateRevealConfiguration";
    var _URP = "UpdateResourceProfile";
    var _URPD = "UpdateResourceProfileDetections";
    var _URPDR = "UpdateResourceProfileDetectionsRequest";
    var _URPDRp = "UpdateResourceProfileDetectionsResponse";
    var _URPR = "UpdateResourceProfileRequest";
    var _URPRp = "UpdateResourceProfileResponse";
    var _URR = "UntagResourceRequest";
    var _URRn = "UntagResourceResponse";
    var _URn = "UntagResource";
    var _USF = "UsageStatisticsFilter";
    var _USIT = "UpdateSensitivityInspectionTemplate";
    var _USITR = "UpdateSensitivityInspectionTemplateRequest";
    var _USITRp = "UpdateSensitivityInspectionTemplateResponse";
    var _USSB = "UsageStatisticsSortBy";
    var _UT = "UsageTotal";
    var _VE = "ValidationException";
    var _WS = "WeeklySchedule";
    var _a = "arn";
    var _aA = "adminAccounts";
    var _aAI = "administratorAccountId";
    var _aAId = "adminAccountId";
    var _aAw = "awsAccount";
    var _aCD = "apiCallDetails";
    var _aCL = "accessControlList";
    var _aDFTSD = "automatedDiscoveryFreeTrialStartDate";
    var _aDMS = "automatedDiscoveryMonitoringStatus";
    var _aE = "autoEnable";
    var _aEOM = "autoEnableOrganizationMembers";
    var _aI = "accountId";
    var _aIc = "accountIds";
    var _aKI = "accessKeyId";
    var _aL = "allowLists";
    var _aLI = "allowListIds";
    var _aLP = "accountLevelPermissions";
    var _aN = "attributeName";
    var _aNOOTP = "approximateNumberOfObjectsToProcess";
    var _aO = "additionalOccurrences";
    var _aOs = "asnOrg";
    var _aPRA = "allowsPublicReadAccess";
    var _aPWA = "allowsPublicWriteAccess";
    var _aR = "assumedRole";
    var _aS = "awsService";
    var _aSN = "apiServiceName";
    var _aT = "actionType";
    var _aUOU = "allowsUnencryptedObjectUploads";
    var _ac = "accounts";
    var _acc = "account";
    var _act = "action";
    var _acto = "actor";
    var _ad = "administrator";
    var _an = "and";
    var _ap = "api";
    var _ar = "archived";
    var _art = "artifacts";
    var _as = "asn";
    var _at = "attributes";
    var _b = "buckets";
    var _bA = "bucketArn";
    var _bC = "bucketCount";
    var _bCA = "bucketCreatedAt";
    var _bCBEP = "bucketCountByEffectivePermission";
    var _bCBET = "bucketCountByEncryptionType";
    var _bCBOER = "bucketCountByObjectEncryptionRequirement";
    var _bCBSAT = "bucketCountBySharedAccessType";
    var _bCu = "bucketCriteria";
    var _bD = "bucketDefinitions";
    var _bLP = "bucketLevelPermissions";
    var _bN = "bucketName";
    var _bNu = "bucketNames";
    var _bP = "bucketPolicy";
    var _bPA = "blockPublicAccess";
    var _bPAl = "blockPublicAcls";
    var _bPP = "blockPublicPolicy";
    var _bSBS = "bucketStatisticsBySensitivity";
    var _c = "client";
    var _cA = "createdAt";
    var _cBG = "countsByGroup";
    var _cD = "classificationDetails";
    var _cDI = "customDataIdentifiers";
    var _cDII = "customDataIdentifierIds";
    var _cDIIu = "customDataIdentifierId";
    var _cDr = "creationDate";
    var _cE = "classificationError";
    var _cM = "customerManaged";
    var _cN = "columnName";
    var _cOC = "classifiableObjectCount";
    var _cR = "cellReference";
    var _cRS = "classificationResultStatus";
    var _cS = "classificationScopes";
    var _cSI = "classificationScopeId";
    var _cSIB = "classifiableSizeInBytes";
    var _cT = "clientToken";
    var _ca = "category";
    var _ce = "cells";
    var _co = "code";
    var _col = "column";
    var _com = "comparator";
    var _con = "configuration";
    var _cou = "count";
    var _cr = "criteria";
    var _cri = "criterion";
    var _cu = "currency";
    var _d = "description";
    var _dA = "disabledAt";
    var _dD = "domainDetails";
    var _dEN = "disableEmailNotification";
    var _dN = "domainName";
    var _dNi = "displayName";
    var _dOM = "dayOfMonth";
    var _dOW = "dayOfWeek";
    var _dRL = "detailedResultsLocation";
    var _dS = "dailySchedule";
    var _dSSE = "defaultServerSideEncryption";
    var _dUOU = "deniesUnencryptedObjectUploads";
    var _de = "deleted";
    var _det = "detections";
    var _e = "error";
    var _eBO = "expectedBucketOwner";
    var _eC = "errorCode";
    var _eCs = "estimatedCost";
    var _eEM = "eqExactMatch";
    var _eI = "externalId";
    var _eM = "errorMessage";
    var _eP = "effectivePermission";
    var _eT = "eTag";
    var _eTn = "encryptionType";
    var _em = "email";
    var _en = "end";
    var _eq = "eq";
    var _er = "errors";
    var _ex = "external";
    var _exc = "excludes";
    var _ext = "extension";
    var _f = "findings";
    var _fB = "filterBy";
    var _fC = "findingCriteria";
    var _fCi = "filterCriteria";
    var _fEA = "firstEnabledAt";
    var _fFLI = "findingsFilterListItems";
    var _fI = "findingIds";
    var _fIi = "findingId";
    var _fPF = "findingPublishingFrequency";
    var _fS = "firstSeen";
    var _fT = "findingTypes";
    var _fTSD = "freeTrialStartDate";
    var _fTi = "fileType";
    var _fU = "federatedUser";
    var _g = "gt";
    var _gB = "groupBy";
    var _gK = "groupKey";
    var _gt = "gte";
    var _h = "http";
    var _hE = "httpError";
    var _hQ = "httpQuery";
    var _i = "id";
    var _iA = "invitedAt";
    var _iAD = "ipAddressDetails";
    var _iAV = "ipAddressV4";
    var _iB = "invokedBy";
    var _iC = "invitationsCount";
    var _iCp = "ipCity";
    var _iCpo = "ipCountry";
    var _iDIJ = "isDefinedInJob";
    var _iGL = "ipGeoLocation";
    var _iI = "invitationId";
    var _iJC = "ignoreJobChecks";
    var _iMBJ = "isMonitoredByJob";
    var _iO = "ipOwner";
    var _iPA = "ignorePublicAcls";
    var _iR = "initialRun";
    var _iSL = "isServiceLimited";
    var _iT = "idempotencyToken";
    var _iU = "iamUser";
    var _iW = "ignoreWords";
    var _id = "ids";
    var _in = "internal";
    var _inc = "includes";
    var _inv = "invitations";
    var _is = "isp";
    var _it = "items";
    var _jA = "jobArn";
    var _jD = "jobDetails";
    var _jEA = "jobExpiresAt";
    var _jI = "jobId";
    var _jIEHEA = "jobImminentExpirationHealthEventArn";
    var _jN = "jsonName";
    var _jP = "jsonPath";
    var _jPA = "jobPausedAt";
    var _jS = "jobStatus";
    var _jT = "jobType";
    var _k = "keywords";
    var _kKA = "kmsKeyArn";
    var _kKI = "kmsKeyId";
    var _kM = "kmsManaged";
    var _kMKI = "kmsMasterKeyId";
    var _kP = "keyPrefix";
    var _ke = "key";
    var _l = "lt";
    var _lADT = "lastAutomatedDiscoveryTime";
    var _lJI = "lastJobId";
    var _lJRT = "lastJobRunTime";
    var _lM = "lastModified";
    var _lOAA = "__listOfAdminAccount";
    var _lOADA = "__listOfAutomatedDiscoveryAccount";
    var _lOADAU = "__listOfAutomatedDiscoveryAccountUpdate";
    var _lOADAUE = "__listOfAutomatedDiscoveryAccountUpdateError";
    var _lOALS = "__listOfAllowListSummary";
    var _lOBGCDIS = "__listOfBatchGetCustomDataIdentifierSummary";
    var _lOBM = "__listOfBucketMetadata";
    var _lOCDIS = "__listOfCustomDataIdentifierSummary";
    var _lOCFJ = "__listOfCriteriaForJob";
    var _lOCSS = "__listOfClassificationScopeSummary";
    var _lOD = "__listOfDetection";
    var _lODDD = "__listOfDetectedDataDetails";
    var _lOF = "__listOfFinding";
    var _lOFFLI = "__listOfFindingsFilterListItem";
    var _lOGC = "__listOfGroupCount";
    var _lOI = "__listOfInvitation";
    var _lOJS = "__listOfJobSummary";
    var _lOJST = "__listOfJobScopeTerm";
    var _lOKVP = "__listOfKeyValuePair";
    var _lOLJFT = "__listOfListJobsFilterTerm";
    var _lOM = "__listOfMember";
    var _lOMDIS = "__listOfManagedDataIdentifierSummary";
    var _lOMR = "__listOfMatchingResource";
    var _lORPA = "__listOfResourceProfileArtifact";
    var _lOSBDFJ = "__listOfS3BucketDefinitionForJob";
    var _lOSDI = "__listOfSuppressDataIdentifier";
    var _lOSITE = "__listOfSensitivityInspectionTemplatesEntry";
    var _lOSRC = "__listOfSearchResourcesCriteria";
    var _lOSRTCP = "__listOfSearchResourcesTagCriterionPair";
    var _lOTCPFJ = "__listOfTagCriterionPairForJob";
    var _lOTVP = "__listOfTagValuePair";
    var _lOUA = "__listOfUnprocessedAccount";
    var _lOUBA = "__listOfUsageByAccount";
    var _lOUR = "__listOfUsageRecord";
    var _lOUSF = "__listOfUsageStatisticsFilter";
    var _lOUT = "__listOfUsageTotal";
    var _lR = "lineRanges";
    var _lRES = "lastRunErrorStatus";
    var _lRT = "lastRunTime";
    var _lRi = "lineRange";
    var _lS = "lastSeen";
    var _lU = "lastUpdated";
    var _lUA = "lastUpdatedAt";
    var _la = "lat";
    var _lo = "lon";
    var _lt = "lte";
    var _m = "message";
    var _mA = "masterAccount";
    var _mAI = "masterAccountId";
    var _mALR = "maxAccountLimitReached";
    var _mAf = "mfaAuthenticated";
    var _mB = "matchingBucket";
    var _mC = "matchCount";
    var _mDII = "managedDataIdentifierIds";
    var _mDIS = "managedDataIdentifierSelector";
    var _mMD = "maximumMatchDistance";
    var _mR = "maxResults";
    var _mRa = "matchingResources";
    var _mS = "monthlySchedule";
    var _mT = "mimeType";
    var _ma = "master";
    var _me = "members";
    var _n = "name";
    var _nC = "notClassified";
    var _nFII = "notFoundIdentifierIds";
    var _nOR = "numberOfRuns";
    var _nS = "notShared";
    var _nSo = "notSensitive";
    var _nT = "nextToken";
    var _ne = "neq";
    var _o = "occurrences";
    var _oA = "onlyAssociated";
    var _oB = "orderBy";
    var _oC = "objectCount";
    var _oCBET = "objectCountByEncryptionType";
    var _oK = "objectKey";
    var _oR = "offsetRanges";
    var _oRf = "offsetRange";
    var _oT = "originType";
    var _oTc = "occurrencesThreshold";
    var _op = "operation";
    var _or = "org";
    var _ow = "owner";
    var _p = "prefix";
    var _pA = "publiclyAccessible";
    var _pAC = "publiclyAccessibleCount";
    var _pAu = "publicAccess";
    var _pC = "permissionConfiguration";
    var _pCF = "publishClassificationFindings";
    var _pD = "policyDetails";
    var _pI = "principalId";
    var _pN = "pageNumber";
    var _pPF = "publishPolicyFindings";
    var _pR = "publiclyReadable";
    var _pUA = "profileUpdatedAt";
    var _pW = "publiclyWritable";
    var _pa = "partition";
    var _pag = "pages";
    var _pat = "path";
    var _po = "position";
    var _r = "regex";
    var _rA = "resourcesAffected";
    var _rAe = "resourceArn";
    var _rAep = "replicationAccounts";
    var _rC = "retrievalConfiguration";
    var _rD = "replicationDetails";
    var _rE = "replicatedExternally";
    var _rI = "recordIndex";
    var _rM = "retrievalMode";
    var _rN = "roleName";
    var _rPB = "restrictPublicBuckets";
    var _rS = "relationshipStatus";
    var _re = "region";
    var _rea = "reason";
    var _reas = "reasons";
    var _rec = "records";
    var _rep = "replicated";
    var _res = "result";
    var _ro = "row";
    var _roo = "root";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.macie2";
    var _sA = "sharedAccess";
    var _sB = "sortBy";
    var _sBu = "s3Bucket";
    var _sC = "sessionContext";
    var _sCi = "sizeClassified";
    var _sCim = "simpleCriterion";
    var _sCo = "sortCriteria";
    var _sCt = "storageClass";
    var _sCta = "startColumn";
    var _sD = "s3Destination";
    var _sDI = "suppressDataIdentifiers";
    var _sDO = "sensitiveDataOccurrences";
    var _sDe = "sensitiveData";
    var _sF = "scheduleFrequency";
    var _sHC = "securityHubConfiguration";
    var _sI = "sessionIssuer";
    var _sIB = "sizeInBytes";
    var _sIBC = "sizeInBytesCompressed";
    var _sIT = "sensitivityInspectionTemplates";
    var _sITI = "sensitivityInspectionTemplateId";
    var _sJD = "s3JobDefinition";
    var _sL = "severityLevels";
    var _sLe = "serviceLimit";
    var _sM = "s3Managed";
    var _sO = "s3Object";
    var _sP = "samplingPercentage";
    var _sR = "serviceRole";
    var _sS = "sensitivityScore";
    var _sSE = "serverSideEncryption";
    var _sSO = "sensitivityScoreOverridden";
    var _sSOe = "sensitivityScoreOverride";
    var _sST = "simpleScopeTerm";
    var _sT = "sampleText";
    var _sV = "schemaVersion";
    var _sWL = "s3WordsList";
    var _s_ = "s3";
    var _sa = "sample";
    var _sc = "scoping";
    var _sco = "score";
    var _se = "server";
    var _sen = "sensitive";
    var _sev = "severity";
    var _si = "size";
    var _st = "status";
    var _sta = "statistics";
    var _star = "start";
    var _su = "suppressed";
    var _t = "tags";
    var _tBC = "totalBytesClassified";
    var _tC = "tagCriterion";
    var _tCo = "totalCount";
    var _tD = "totalDetections";
    var _tDS = "totalDetectionsSuppressed";
    var _tIC = "totalItemsClassified";
    var _tIS = "totalItemsSensitive";
    var _tISIE = "totalItemsSkippedInvalidEncryption";
    var _tISIK = "totalItemsSkippedInvalidKms";
    var _tISPD = "totalItemsSkippedPermissionDenied";
    var _tISo = "totalItemsSkipped";
    var _tK = "tagKeys";
    var _tR = "timeRange";
    var _tSIB = "totalSizeInBytes";
    var _tST = "tagScopeTerm";
    var _tV = "tagValues";
    var _ta = "target";
    var _ti = "title";
    var _to = "total";
    var _ty = "type";
    var _u = "unknown";
    var _uA = "updatedAt";
    var _uAn = "unprocessedAccounts";
    var _uI = "userIdentity";
    var _uN = "userName";
    var _uOC = "unclassifiableObjectCount";
    var _uOSIB = "unclassifiableObjectSizeInBytes";
    var _uPD = "userPausedDetails";
    var _uT = "usageTotals";
    var _un = "unencrypted";
    var _uni = "unit";
    var _us = "usage";
    var _v = "versioning";
    var _vI = "versionId";
    var _va = "value";
    var _val = "values";
    var _wS = "weeklySchedule";
    var n0 = "com.amazonaws.macie2";
    var schema_1 = (init_schema(), __toCommonJS(schema_exports));
    var errors_1 = require_errors();
    var Macie2ServiceException_1 = require_Macie2ServiceException();
    var _s_registry = schema_1.TypeRegistry.for(_s);
    exports.Macie2ServiceException$ = [-3, _s, "Macie2ServiceException", 0, [], []];
    _s_registry.registerError(exports.Macie2ServiceException$, Macie2ServiceException_1.Macie2ServiceException);
    var n0_registry = schema_1.TypeRegistry.for(n0);
    exports.AccessDeniedException$ = [
      -3,
      n0,
      _ADE,
      { [_e]: _c, [_hE]: 403 },
      [_m],
      [[0, { [_jN]: _m }]]
    ];
    n0_registry.registerError(exports.AccessDeniedException$, errors_1.AccessDeniedException);
    exports.ConflictException$ = [
      -3,
      n0,
      _CE,
      { [_e]: _c, [_hE]: 409 },
      [_m],
      [[0, { [_jN]: _m }]]
    ];
    n0_registry.registerError(exports.ConflictException$, errors_1.ConflictException);
    exports.InternalServerException$ = [
      -3,
      n0,
      _ISE,
      { [_e]: _se, [_hE]: 500 },
      [_m],
      [[0, { [_jN]: _m }]]
    ];
    n0_registry.registerError(exports.InternalServerException$, errors_1.InternalServerException);
    exports.ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c, [_hE]: 404 },
      [_m],
      [[0, { [_jN]: _m }]]
    ];
    n0_registry.registerError(exports.ResourceNotFoundException$, errors_1.ResourceNotFoundException);
    exports.ServiceQuotaExceededException$ = [
      -3,
      n0,
      _SQEE,
      { [_e]: _c, [_hE]: 402 },
      [_m],
      [[0, { [_jN]: _m }]]
    ];
    n0_registry.registerError(exports.ServiceQuotaExceededException$, errors_1.ServiceQuotaExceededException);
    exports.ThrottlingException$ = [
      -3,
      n0,
      _TE,
      { [_e]: _c, [_hE]: 429 },
      [_m],
      [[0, { [_jN]: _m }]]
    ];
    n0_registry.registerError(exports.ThrottlingException$, errors_1.ThrottlingException);
    exports.UnprocessableEntityException$ = [
      -3,
      n0,
      _UEE,
      { [_e]: _c, [_hE]: 422 },
      [_m],
      [[0, { [_jN]: _m }]],
      1
    ];
    n0_registry.registerError(exports.UnprocessableEntityException$, errors_1.UnprocessableEntityException);
    exports.ValidationException$ = [
      -3,
      n0,
      _VE,
      { [_e]: _c, [_hE]: 400 },
      [_m],
      [[0, { [_jN]: _m }]]
    ];
    n0_registry.registerError(exports.ValidationException$, errors_1.ValidationException);
    exports.errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    exports.AcceptInvitationRequest$ = [
      3,
      n0,
      _AIR,
      0,
      [_iI, _aAI, _mA],
      [[0, { [_jN]: _iI }], [0, { [_jN]: _aAI }], [0, { [_jN]: _mA }]],
      1
    ];
    exports.AcceptInvitationResponse$ = [
      3,
      n0,
      _AIRc,
      0,
      [],
      []
    ];
    exports.AccessControlList$ = [
      3,
      n0,
      _ACL,
      0,
      [_aPRA, _aPWA],
      [[2, { [_jN]: _aPRA }], [2, { [_jN]: _aPWA }]]
    ];
    exports.AccountDetail$ = [
      3,
      n0,
      _AD,
      0,
      [_aI, _em],
      [[0, { [_jN]: _aI }], [0, { [_jN]: _em }]],
      2
    ];
    exports.AccountLevelPermissions$ = [
      3,
      n0,
      _ALP,
      0,
      [_bPA],
      [[() => exports.BlockPublicAccess$, { [_jN]: _bPA }]]
    ];
    exports.AdminAccount$ = [
      3,
      n0,
      _AA,
      0,
      [_aI, _st],
      [[0, { [_jN]: _aI }], [0, { [_jN]: _st }]]
    ];
    exports.AllowListCriteria$ = [
      3,
      n0,
      _ALC,
      0,
      [_r, _sWL],
      [[0, { [_jN]: _r }], [() => exports.S3WordsList$, { [_jN]: _sWL }]]
    ];
    exports.AllowListStatus$ = [
      3,
      n0,
      _ALS,
      0,
      [_co, _d],
      [[0, { [_jN]: _co }], [0, { [_jN]: _d }]],
      1
    ];
    exports.AllowListSummary$ = [
      3,
      n0,
      _ALSl,
      0,
      [_a, _cA, _d, _i, _n, _uA],
      [[0, { [_jN]: _a }], [5, { [_jN]: _cA }], [0, { [_jN]: _d }], [0, { [_jN]: _i }], [0, { [_jN]: _n }], [5, { [_jN]: _uA }]]
    ];
    exports.ApiCallDetails$ = [
      3,
      n0,
      _ACD,
      0,
      [_ap, _aSN, _fS, _lS],
      [[0, { [_jN]: _ap }], [0, { [_jN]: _aSN }], [5, { [_jN]: _fS }], [5, { [_jN]: _lS }]]
    ];
    exports.AssumedRole$ = [
      3,
      n0,
      _AR,
      0,
      [_aKI, _aI, _a, _pI, _sC],
      [[0, { [_jN]: _aKI }], [0, { [_jN]: _aI }], [0, { [_jN]: _a }], [0, { [_jN]: _pI }], [() => exports.SessionContext$, { [_jN]: _sC }]]
    ];
    exports.AutomatedDiscoveryAccount$ = [
      3,
      n0,
      _ADA,
      0,
      [_aI, _st],
      [[0, { [_jN]: _aI }], [0, { [_jN]: _st }]]
    ];
    exports.AutomatedDiscoveryAccountUpdate$ = [
      3,
      n0,
      _ADAU,
      0,
      [_aI, _st],
      [[0, { [_jN]: _aI }], [0, { [_jN]: _st }]]
    ];
    exports.AutomatedDiscoveryAccountUpdateError$ = [
      3,
      n0,
      _ADAUE,
      0,
      [_aI, _eC],
      [[0, { [_jN]: _aI }], [0, { [_jN]: _eC }]]
    ];
    exports.AwsAccount$ = [
      3,
      n0,
      _AAw,
      0,
      [_aI, _pI],
      [[0, { [_jN]: _aI }], [0, { [_jN]: _pI }]]
    ];
    exports.AwsService$ = [
      3,
      n0,
      _AS,
      0,
      [_iB],
      [[0, { [_jN]: _iB }]]
    ];
    exports.BatchGetCustomDataIdentifiersRequest$ = [
      3,
      n0,
      _BGCDIR,
      0,
      [_id],
      [[64 | 0, { [_jN]: _id }]]
    ];
    exports.BatchGetCustomDataIdentifiersResponse$ = [
      3,
      n0,
      _BGCDIRa,
      0,
      [_cDI, _nFII],
      [[() => __listOfBatchGetCustomDataIdentifierSummary, { [_jN]: _cDI }], [64 | 0, { [_jN]: _nFII }]]
    ];
    exports.BatchGetCustomDataIdentifierSummary$ = [
      3,
      n0,
      _BGCDIS,
      0,
      [_a, _cA, _de, _d, _i, _n],
      [[0, { [_jN]: _a }], [5, { [_jN]: _cA }], [2, { [_jN]: _de }], [0, { [_jN]: _d }], [0, { [_jN]: _i }], [0, { [_jN]: _n }]]
    ];
    exports.BatchUpdateAutomatedDiscoveryAccountsRequest$ = [
      3,
      n0,
      _BUADAR,
      0,
      [_ac],
      [[() => __listOfAutomatedDiscoveryAccountUpdate, { [_jN]: _ac }]]
    ];
    exports.BatchUpdateAutomatedDiscoveryAccountsResponse$ = [
      3,
      n0,
      _BUADARa,
      0,
      [_er],
      [[() => __listOfAutomatedDiscoveryAccountUpdateError, { [_jN]: _er }]]
    ];
    exports.BlockPublicAccess$ = [
      3,
      n0,
      _BPA,
      0,
      [_bPAl, _bPP, _iPA, _rPB],
      [[2, { [_jN]: _bPAl }], [2, { [_jN]: _bPP }], [2, { [_jN]: _iPA }], [2, { [_jN]: _rPB }]]
    ];
    exports.BucketCountByEffectivePermission$ = [
      3,
      n0,
      _BCBEP,
      0,
      [_pA, _pR, _pW, _u],
      [[1, { [_jN]: _pA }], [1, { [_jN]: _pR }], [1, { [_jN]: _pW }], [1, { [_jN]: _u }]]
    ];
    exports.BucketCountByEncryptionType$ = [
      3,
      n0,
      _BCBET,
      0,
      [_kM, _sM, _un, _u],
      [[1, { [_jN]: _kM }], [1, { [_jN]: _sM }], [1, { [_jN]: _un }], [1, { [_jN]: _u }]]
    ];
    exports.BucketCountBySharedAccessType$ = [
      3,
      n0,
      _BCBSAT,
      0,
      [_ex, _in, _nS, _u],
      [[1, { [_jN]: _ex }], [1, { [_jN]: _in }], [1, { [_jN]: _nS }], [1, { [_jN]: _u }]]
    ];
    exports.BucketCountPolicyAllowsUnencryptedObjectUploads$ = [
      3,
      n0,
      _BCPAUOU,
      0,
      [_aUOU, _dUOU, _u],
      [[1, { [_jN]: _aUOU }], [1, { [_jN]: _dUOU }], [1, { [_jN]: _u }]]
    ];
    exports.BucketCriteriaAdditionalProperties$ = [
      3,
      n0,
      _BCAP,
      0,
      [_eq, _g, _gt, _l, _lt, _ne, _p],
      [[64 | 0, { [_jN]: _eq }], [1, { [_jN]: _g }], [1, { [_jN]: _gt }], [1, { [_jN]: _l }], [1, { [_jN]: _lt }], [64 | 0, { [_jN]: _ne }], [0, { [_jN]: _p }]]
    ];
    exports.BucketLevelPermissions$ = [
      3,
      n0,
      _BLP,
      0,
      [_aCL, _bPA, _bP],
      [[() => exports.AccessControlList$, { [_jN]: _aCL }], [() => exports.BlockPublicAccess$, { [_jN]: _bPA }], [() => exports.BucketPolicy$, { [_jN]: _bP }]]
    ];
    exports.BucketMetadata$ = [
      3,
      n0,
      _BM,
      0,
      [_aI, _aUOU, _aDMS, _bA, _bCA, _bN, _cOC, _cSIB, _eC, _eM, _jD, _lADT, _lU, _oC, _oCBET, _pAu, _re, _rD, _sS, _sSE, _sA, _sIB, _sIBC, _t, _uOC, _uOSIB, _v],
      [[0, { [_jN]: _aI }], [0, { [_jN]: _aUOU }], [0, { [_jN]: _aDMS }], [0, { [_jN]: _bA }], [5, { [_jN]: _bCA }], [0, { [_jN]: _bN }], [1, { [_jN]: _cOC }], [1, { [_jN]: _cSIB }], [0, { [_jN]: _eC }], [0, { [_jN]: _eM }], [() => exports.JobDetails$, { [_jN]: _jD }], [5, { [_jN]: _lADT }], [5, { [_jN]: _lU }], [1, { [_jN]: _oC }], [() => exports.ObjectCountByEncryptionType$, { [_jN]: _oCBET }], [() => exports.BucketPublicAccess$, { [_jN]: _pAu }], [0, { [_jN]: _re }], [() => exports.ReplicationDetails$, { [_jN]: _rD }], [1, { [_jN]: _sS }], [() => exports.BucketServerSideEncryption$, { [_jN]: _sSE }], [0, { [_jN]: _sA }], [1, { [_jN]: _sIB }], [1, { [_jN]: _sIBC }], [() => __listOfKeyValuePair, { [_jN]: _t }], [() => exports.ObjectLevelStatistics$, { [_jN]: _uOC }], [() => exports.ObjectLevelStatistics$, { [_jN]: _uOSIB }], [2, { [_jN]: _v }]]
    ];
    exports.BucketPermissionConfiguration$ = [
      3,
      n0,
      _BPC,
      0,
      [_aLP, _bLP],
      [[() => exports.AccountLevelPermissions$, { [_jN]: _aLP }], [() => exports.BucketLevelPermissions$, { [_jN]: _bLP }]]
    ];
    exports.BucketPolicy$ = [
      3,
      n0,
      _BP,
      0,
      [_aPRA, _aPWA],
      [[2, { [_jN]: _aPRA }], [2, { [_jN]: _aPWA }]]
    ];
    exports.BucketPublicAccess$ = [
      3,
      n0,
      _BPAu,
      0,
      [_eP, _pC],
      [[0, { [_jN]: _eP }], [() => exports.BucketPermissionConfiguration$, { [_jN]: _pC }]]
    ];
    exports.BucketServerSideEncryption$ = [
      3,
      n0,
      _BSSE,
      0,
      [_kMKI, _ty],
      [[0, { [_jN]: _kMKI }], [0, { [_jN]: _ty }]]
    ];
    exports.BucketSortCriteria$ = [
      3,
      n0,
      _BSC,
      0,
      [_aN, _oB],
      [[0, { [_jN]: _aN }], [0, { [_jN]: _oB }]]
    ];
    exports.BucketStatisticsBySensitivity$ = [
      3,
      n0,
      _BSBS,
      0,
      [_cE, _nC, _nSo, _sen],
      [[() => exports.SensitivityAggregations$, { [_jN]: _cE }], [() => exports.SensitivityAggregations$, { [_jN]: _nC }], [() => exports.SensitivityAggregations$, { [_jN]: _nSo }], [() => exports.SensitivityAggregations$, { [_jN]: _sen }]]
    ];
    exports.Cell$ = [
      3,
      n0,
      _C,
      0,
      [_cR, _col, _cN, _ro],
      [[0, { [_jN]: _cR }], [1, { [_jN]: _col }], [0, { [_jN]: _cN }], [1, { [_jN]: _ro }]]
    ];
    exports.ClassificationDetails$ = [
      3,
      n0,
      _CD,
      0,
      [_dRL, _jA, _jI, _oT, _res],
      [[0, { [_jN]: _dRL }], [0, { [_jN]: _jA }], [0, { [_jN]: _jI }], [0, { [_jN]: _oT }], [() => exports.ClassificationResult$, { [_jN]: _res }]]
    ];
    exports.ClassificationExportConfiguration$ = [
      3,
      n0,
      _CEC,
      0,
      [_sD],
      [[() => exports.S3Destination$, { [_jN]: _sD }]]
    ];
    exports.ClassificationResult$ = [
      3,
      n0,
      _CR,
      0,
      [_aO, _cDI, _mT, _sDe, _sCi, _st],
      [[2, { [_jN]: _aO }], [() => exports.CustomDataIdentifiers$, { [_jN]: _cDI }], [0, { [_jN]: _mT }], [() => SensitiveData, { [_jN]: _sDe }], [1, { [_jN]: _sCi }], [() => exports.ClassificationResultStatus$, { [_jN]: _st }]]
    ];
    exports.ClassificationResultStatus$ = [
      3,
      n0,
      _CRS,
      0,
      [_co, _rea],
      [[0, { [_jN]: _co }], [0, { [_jN]: _rea }]]
    ];
    exports.ClassificationScopeSummary$ = [
      3,
      n0,
      _CSS,
      0,
      [_i, _n],
      [[0, { [_jN]: _i }], [0, { [_jN]: _n }]]
    ];
    exports.CreateAllowListRequest$ = [
      3,
      n0,
      _CALR,
      0,
      [_cr, _n, _cT, _d, _t],
      [[() => exports.AllowListCriteria$, { [_jN]: _cr }], [0, { [_jN]: _n }], [0, { [_iT]: 1, [_jN]: _cT }], [0, { [_jN]: _d }], [128 | 0, { [_jN]: _t }]],
      2
    ];
    exports.CreateAllowListResponse$ = [
      3,
      n0,
      _CALRr,
      0,
      [_a, _i],
      [[0, { [_jN]: _a }], [0, { [_jN]: _i }]]
    ];
    exports.CreateClassificationJobRequest$ = [
      3,
      n0,
      _CCJR,
      0,
      [_jT, _n, _sJD, _aLI, _cT, _cDII, _d, _iR, _mDII, _mDIS, _sP, _sF, _t],
      [[0, { [_jN]: _jT }], [0, { [_jN]: _n }], [() => exports.S3JobDefinition$, { [_jN]: _sJD }], [64 | 0, { [_jN]: _aLI }], [0, { [_iT]: 1, [_jN]: _cT }], [64 | 0, { [_jN]: _cDII }], [0, { [_jN]: _d }], [2, { [_jN]: _iR }], [64 | 0, { [_jN]: _mDII }], [0, { [_jN]: _mDIS }], [1, { [_jN]: _sP }], [() => exports.JobScheduleFrequency$, { [_jN]: _sF }], [128 | 0, { [_jN]: _t }]],
      3
    ];
    exports.CreateClassificationJobResponse$ = [
      3,
      n0,
      _CCJRr,
      0,
      [_jA, _jI],
      [[0, { [_jN]: _jA }], [0, { [_jN]: _jI }]]
    ];
    exports.CreateCustomDataIdentifierRequest$ = [
      3,
      n0,
      _CCDIR,
      0,
      [_n, _r, _cT, _d, _iW, _k, _mMD, _sL, _t],
      [[0, { [_jN]: _n }], [0, { [_jN]: _r }], [0, { [_iT]: 1, [_jN]: _cT }], [0, { [_jN]: _d }], [64 | 0, { [_jN]: _iW }], [64 | 0, { [_jN]: _k }], [1, { [_jN]: _mMD }], [() => SeverityLevelList, { [_jN]: _sL }], [128 | 0, { [_jN]: _t }]],
      2
    ];
    exports.CreateCustomDataIdentifierResponse$ = [
      3,
      n0,
      _CCDIRr,
      0,
      [_cDIIu],
      [[0, { [_jN]: _cDIIu }]]
    ];
    exports.CreateFindingsFilterRequest$ = [
      3,
      n0,
      _CFFR,
      0,
      [_act, _fC, _n, _cT, _d, _po, _t],
      [[0, { [_jN]: _act }], [() => exports.FindingCriteria$, { [_jN]: _fC }], [0, { [_jN]: _n }], [0, { [_iT]: 1, [_jN]: _cT }], [0, { [_jN]: _d }], [1, { [_jN]: _po }], [128 | 0, { [_jN]: _t }]],
      3
    ];
    exports.CreateFindingsFilterResponse$ = [
      3,
      n0,
      _CFFRr,
      0,
      [_a, _i],
      [[0, { [_jN]: _a }], [0, { [_jN]: _i }]]
    ];
    exports.CreateInvitationsRequest$ = [
      3,
      n0,
      _CIR,
      0,
      [_aIc, _dEN, _m],
      [[64 | 0, { [_jN]: _aIc }], [2, { [_jN]: _dEN }], [0, { [_jN]: _m }]],
      1
    ];
    exports.CreateInvitationsResponse$ = [
      3,
      n0,
      _CIRr,
      0,
      [_uAn],
      [[() => __listOfUnprocessedAccount, { [_jN]: _uAn }]]
    ];
    exports.CreateMemberRequest$ = [
      3,
      n0,
      _CMR,
      0,
      [_acc, _t],
      [[() => exports.AccountDetail$, { [_jN]: _acc }], [128 | 0, { [_jN]: _t }]],
      1
    ];
    exports.CreateMemberResponse$ = [
      3,
      n0,
      _CMRr,
      0,
      [_a],
      [[0, { [_jN]: _a }]]
    ];
    exports.CreateSampleFindingsRequest$ = [
      3,
      n0,
      _CSFR,
      0,
      [_fT],
      [[64 | 0, { [_jN]: _fT }]]
    ];
    exports.CreateSampleFindingsResponse$ = [
      3,
      n0,
      _CSFRr,
      0,
      [],
      []
    ];
    exports.CriteriaBlockForJob$ = [
      3,
      n0,
      _CBFJ,
      0,
      [_an],
      [[() => __listOfCriteriaForJob, { [_jN]: _an }]]
    ];
    exports.CriteriaForJob$ = [
      3,
      n0,
      _CFJ,
      0,
      [_sCim, _tC],
      [[() => exports.SimpleCriterionForJob$, { [_jN]: _sCim }], [() => exports.TagCriterionForJob$, { [_jN]: _tC }]]
    ];
    exports.CriterionAdditionalProperties$ = [
      3,
      n0,
      _CAP,
      0,
      [_eq, _eEM, _g, _gt, _l, _lt, _ne],
      [[64 | 0, { [_jN]: _eq }], [64 | 0, { [_jN]: _eEM }], [1, { [_jN]: _g }], [1, { [_jN]: _gt }], [1, { [_jN]: _l }], [1, { [_jN]: _lt }], [64 | 0, { [_jN]: _ne }]]
    ];
    exports.CustomDataIdentifiers$ = [
      3,
      n0,
      _CDI,
      0,
      [_det, _tCo],
      [[() => CustomDetections, { [_jN]: _det }], [1, { [_jN]: _tCo }]]
    ];
    exports.CustomDataIdentifierSummary$ = [
      3,
      n0,
      _CDIS,
      0,
      [_a, _cA, _d, _i, _n],
      [[0, { [_jN]: _a }], [5, { [_jN]: _cA }], [0, { [_jN]: _d }], [0, { [_jN]: _i }], [0, { [_jN]: _n }]]
    ];
    exports.CustomDetection$ = [
      3,
      n0,
      _CDu,
      0,
      [_a, _cou, _n, _o],
      [[0, { [_jN]: _a }], [1, { [_jN]: _cou }], [0, { [_jN]: _n }], [() => exports.Occurrences$, { [_jN]: _o }]]
    ];
    exports.DailySchedule$ = [
      3,
      n0,
      _DS,
      0,
      [],
      []
    ];
    exports.DeclineInvitationsRequest$ = [
      3,
      n0,
      _DIR,
      0,
      [_aIc],
      [[64 | 0, { [_jN]: _aIc }]],
      1
    ];
    exports.DeclineInvitationsResponse$ = [
      3,
      n0,
      _DIRe,
      0,
      [_uAn],
      [[() => __listOfUnprocessedAccount, { [_jN]: _uAn }]]
    ];
    exports.DefaultDetection$ = [
      3,
      n0,
      _DD,
      0,
      [_cou, _o, _ty],
      [[1, { [_jN]: _cou }], [() => exports.Occurrences$, { [_jN]: _o }], [0, { [_jN]: _ty }]]
    ];
    exports.DeleteAllowListRequest$ = [
      3,
      n0,
      _DALR,
      0,
      [_i, _iJC],
      [[0, 1], [0, { [_hQ]: _iJC }]],
      1
    ];
    exports.DeleteAllowListResponse$ = [
      3,
      n0,
      _DALRe,
      0,
      [],
      []
    ];
    exports.DeleteCustomDataIdentifierRequest$ = [
      3,
      n0,
      _DCDIR,
      0,
      [_i],
      [[0, 1]],
      1
    ];
    exports.DeleteCustomDataIdentifierResponse$ = [
      3,
      n0,
      _DCDIRe,
      0,
      [],
      []
    ];
    exports.DeleteFindingsFilterRequest$ = [
      3,
      n0,
      _DFFR,
      0,
      [_i],
      [[0, 1]],
      1
    ];
    exports.DeleteFindingsFilterResponse$ = [
      3,
      n0,
      _DFFRe,
      0,
      [],
      []
    ];
    exports.DeleteInvitationsRequest$ = [
      3,
      n0,
      _DIRel,
      0,
      [_aIc],
      [[64 | 0, { [_jN]: _aIc }]],
      1
    ];
    exports.DeleteInvitationsResponse$ = [
      3,
      n0,
      _DIRele,
      0,
      [_uAn],
      [[() => __listOfUnprocessedAccount, { [_jN]: _uAn }]]
    ];
    exports.DeleteMemberRequest$ = [
      3,
      n0,
      _DMR,
      0,
      [_i],
      [[0, 1]],
      1
    ];
    exports.DeleteMemberResponse$ = [
      3,
      n0,
      _DMRe,
      0,
      [],
      []
    ];
    exports.DescribeBucketsRequest$ = [
      3,
      n0,
      _DBR,
      0,
      [_cr, _mR, _nT, _sCo],
      [[() => BucketCriteria, { [_jN]: _cr }], [1, { [_jN]: _mR }], [0, { [_jN]: _nT }], [() => exports.BucketSortCriteria$, { [_jN]: _sCo }]]
    ];
    exports.DescribeBucketsResponse$ = [
      3,
      n0,
      _DBRe,
      0,
      [_b, _nT],
      [[() => __listOfBucketMetadata, { [_jN]: _b }], [0, { [_jN]: _nT }]]
    ];
    exports.DescribeClassificationJobRequest$ = [
      3,
      n0,
      _DCJR,
      0,
      [_jI],
      [[0, 1]],
      1
    ];
    exports.DescribeClassificationJobResponse$ = [
      3,
      n0,
      _DCJRe,
      0,
      [_aLI, _cT, _cA, _cDII, _d, _iR, _jA, _jI, _jS, _jT, _lRES, _lRT, _mDII, _mDIS, _n, _sJD, _sP, _sF, _sta, _t, _uPD],
      [[64 | 0, { [_jN]: _aLI }], [0, { [_iT]: 1, [_jN]: _cT }], [5, { [_jN]: _cA }], [64 | 0, { [_jN]: _cDII }], [0, { [_jN]: _d }], [2, { [_jN]: _iR }], [0, { [_jN]: _jA }], [0, { [_jN]: _jI }], [0, { [_jN]: _jS }], [0, { [_jN]: _jT }], [() => exports.LastRunErrorStatus$, { [_jN]: _lRES }], [5, { [_jN]: _lRT }], [64 | 0, { [_jN]: _mDII }], [0, { [_jN]: _mDIS }], [0, { [_jN]: _n }], [() => exports.S3JobDefinition$, { [_jN]: _sJD }], [1, { [_jN]: _sP }], [() => exports.JobScheduleFrequency$, { [_jN]: _sF }], [() => exports.Statistics$, { [_jN]: _sta }], [128 | 0, { [_jN]: _t }], [() => exports.UserPausedDetails$, { [_jN]: _uPD }]]
    ];
    exports.DescribeOrganizationConfigurationRequest$ = [
      3,
      n0,
      _DOCR,
      0,
      [],
      []
    ];
    exports.DescribeOrganizationConfigurationResponse$ = [
      3,
      n0,
      _DOCRe,
      0,
      [_aE, _mALR],
      [[2, { [_jN]: _aE }], [2, { [_jN]: _mALR }]]
    ];
    exports.DetectedDataDetails$ = [
      3,
      n0,
      _DDD,
      0,
      [_va],
      [[0, { [_jN]: _va }]],
      1
    ];
    exports.Detection$ = [
      3,
      n0,
      _D,
      0,
      [_a, _cou, _i, _n, _su, _ty],
      [[0, { [_jN]: _a }], [1, { [_jN]: _cou }], [0, { [_jN]: _i }], [0, { [_jN]: _n }], [2, { [_jN]: _su }], [0, { [_jN]: _ty }]]
    ];
    exports.DisableMacieRequest$ = [
      3,
      n0,
      _DMRi,
      0,
      [],
      []
    ];
    exports.DisableMacieResponse$ = [
      3,
      n0,
      _DMRis,
      0,
      [],
      []
    ];
    exports.DisableOrganizationAdminAccountRequest$ = [
      3,
      n0,
      _DOAAR,
      0,
      [_aAId],
      [[0, { [_hQ]: _aAId }]],
      1
    ];
    exports.DisableOrganizationAdminAccountResponse$ = [
      3,
      n0,
      _DOAARi,
      0,
      [],
      []
    ];
    exports.DisassociateFromAdministratorAccountRequest$ = [
      3,
      n0,
      _DFAAR,
      0,
      [],
      []
    ];
    exports.DisassociateFromAdministratorAccountResponse$ = [
      3,
      n0,
      _DFAARi,
      0,
      [],
      []
    ];
    exports.DisassociateFromMasterAccountRequest$ = [
      3,
      n0,
      _DFMAR,
      0,
      [],
      []
    ];
    exports.DisassociateFromMasterAccountResponse$ = [
      3,
      n0,
      _DFMARi,
      0,
      [],
      []
    ];
    exports.DisassociateMemberRequest$ = [
      3,
      n0,
      _DMRisa,
      0,
      [_i],
      [[0, 1]],
      1
    ];
    exports.DisassociateMemberResponse$ = [
      3,
      n0,
      _DMRisas,
      0,
      [],
      []
    ];
    exports.DomainDetails$ = [
      3,
      n0,
      _DDo,
      0,
      [_dN],
      [[0, { [_jN]: _dN }]]
    ];
    exports.EnableMacieRequest$ = [
      3,
      n0,
      _EMR,
      0,
      [_cT, _fPF, _st],
      [[0, { [_iT]: 1, [_jN]: _cT }], [0, { [_jN]: _fPF }], [0, { [_jN]: _st }]]
    ];
    exports.EnableMacieResponse$ = [
      3,
      n0,
      _EMRn,
      0,
      [],
      []
    ];
    exports.EnableOrganizationAdminAccountRequest$ = [
      3,
      n0,
      _EOAAR,
      0,
      [_aAId, _cT],
      [[0, { [_jN]: _aAId }], [0, { [_iT]: 1, [_jN]: _cT }]],
      1
    ];
    exports.EnableOrganizationAdminAccountResponse$ = [
      3,
      n0,
      _EOAARn,
      0,
      [],
      []
    ];
    exports.FederatedUser$ = [
      3,
      n0,
      _FU,
      0,
      [_aKI, _aI, _a, _pI, _sC],
      [[0, { [_jN]: _aKI }], [0, { [_jN]: _aI }], [0, { [_jN]: _a }], [0, { [_jN]: _pI }], [() => exports.SessionContext$, { [_jN]: _sC }]]
    ];
    exports.Finding$ = [
      3,
      n0,
      _F,
      0,
      [_aI, _ar, _ca, _cD, _cou, _cA, _d, _i, _pa, _pD, _re, _rA, _sa, _sV, _sev, _ti, _ty, _uA],
      [[0, { [_jN]: _aI }], [2, { [_jN]: _ar }], [0, { [_jN]: _ca }], [() => exports.ClassificationDetails$, { [_jN]: _cD }], [1, { [_jN]: _cou }], [5, { [_jN]: _cA }], [0, { [_jN]: _d }], [0, { [_jN]: _i }], [0, { [_jN]: _pa }], [() => exports.PolicyDetails$, { [_jN]: _pD }], [0, { [_jN]: _re }], [() => exports.ResourcesAffected$, { [_jN]: _rA }], [2, { [_jN]: _sa }], [0, { [_jN]: _sV }], [() => exports.Severity$, { [_jN]: _sev }], [0, { [_jN]: _ti }], [0, { [_jN]: _ty }], [5, { [_jN]: _uA }]]
    ];
    exports.FindingAction$ = [
      3,
      n0,
      _FA,
      0,
      [_aT, _aCD],
      [[0, { [_jN]: _aT }], [() => exports.ApiCallDetails$, { [_jN]: _aCD }]]
    ];
    exports.FindingActor$ = [
      3,
      n0,
      _FAi,
      0,
      [_dD, _iAD, _uI],
      [[() => exports.DomainDetails$, { [_jN]: _dD }], [() => exports.IpAddressDetails$, { [_jN]: _iAD }], [() => exports.UserIdentity$, { [_jN]: _uI }]]
    ];
    exports.FindingCriteria$ = [
      3,
      n0,
      _FC,
      0,
      [_cri],
      [[() => Criterion, { [_jN]: _cri }]]
    ];
    exports.FindingsFilterListItem$ = [
      3,
      n0,
      _FFLI,
      0,
      [_act, _a, _i, _n, _t],
      [[0, { [_jN]: _act }], [0, { [_jN]: _a }], [0, { [_jN]: _i }], [0, { [_jN]: _n }], [128 | 0, { [_jN]: _t }]]
    ];
    exports.FindingStatisticsSortCriteria$ = [
      3,
      n0,
      _FSSC,
      0,
      [_aN, _oB],
      [[0, { [_jN]: _aN }], [0, { [_jN]: _oB }]]
    ];
    exports.GetAdministratorAccountRequest$ = [
      3,
      n0,
      _GAAR,
      0,
      [],
      []
    ];
    exports.GetAdministratorAccountResponse$ = [
      3,
      n0,
      _GAARe,
      0,
      [_ad],
      [[() => exports.Invitation$, { [_jN]: _ad }]]
    ];
    exports.GetAllowListRequest$ = [
      3,
      n0,
      _GALR,
      0,
      [_i],
      [[0, 1]],
      1
    ];
    exports.GetAllowListResponse$ = [
      3,
      n0,
      _GALRe,
      0,
      [_a, _cA, _cr, _d, _i, _n, _st, _t, _uA],
      [[0, { [_jN]: _a }], [5, { [_jN]: _cA }], [() => exports.AllowListCriteria$, { [_jN]: _cr }], [0, { [_jN]: _d }], [0, { [_jN]: _i }], [0, { [_jN]: _n }], [() => exports.AllowListStatus$, { [_jN]: _st }], [128 | 0, { [_jN]: _t }], [5, { [_jN]: _uA }]]
    ];
    exports.GetAutomatedDiscoveryConfigurationRequest$ = [
      3,
      n0,
      _GADCR,
      0,
      [],
      []
    ];
    exports.GetAutomatedDiscoveryConfigurationResponse$ = [
      3,
      n0,
      _GADCRe,
      0,
      [_aEOM, _cSI, _dA, _fEA, _lUA, _sITI, _st],
      [[0, { [_jN]: _aEOM }], [0, { [_jN]: _cSI }], [5, { [_jN]: _dA }], [5, { [_jN]: _fEA }], [5, { [_jN]: _lUA }], [0, { [_jN]: _sITI }], [0, { [_jN]: _st }]]
    ];
    exports.GetBucketStatisticsRequest$ = [
      3,
      n0,
      _GBSR,
      0,
      [_aI],
      [[0, { [_jN]: _aI }]]
    ];
    exports.GetBucketStatisticsResponse$ = [
      3,
      n0,
      _GBSRe,
      0,
      [_bC, _bCBEP, _bCBET, _bCBOER, _bCBSAT, _bSBS, _cOC, _cSIB, _lU, _oC, _sIB, _sIBC, _uOC, _uOSIB],
      [[1, { [_jN]: _bC }], [() => exports.BucketCountByEffectivePermission$, { [_jN]: _bCBEP }], [() => exports.BucketCountByEncryptionType$, { [_jN]: _bCBET }], [() => exports.BucketCountPolicyAllowsUnencryptedObjectUploads$, { [_jN]: _bCBOER }], [() => exports.BucketCountBySharedAccessType$, { [_jN]: _bCBSAT }], [() => exports.BucketStatisticsBySensitivity$, { [_jN]: _bSBS }], [1, { [_jN]: _cOC }], [1, { [_jN]: _cSIB }], [5, { [_jN]: _lU }], [1, { [_jN]: _oC }], [1, { [_jN]: _sIB }], [1, { [_jN]: _sIBC }], [() => exports.ObjectLevelStatistics$, { [_jN]: _uOC }], [() => exports.ObjectLevelStatistics$, { [_jN]: _uOSIB }]]
    ];
    exports.GetClassificationExportConfigurationRequest$ = [
      3,
      n0,
      _GCECR,
      0,
      [],
      []
    ];
    exports.GetClassificationExportConfigurationResponse$ = [
      3,
      n0,
      _GCECRe,
      0,
      [_con],
      [[() => exports.ClassificationExportConfiguration$, { [_jN]: _con }]]
    ];
    exports.GetClassificationScopeRequest$ = [
      3,
      n0,
      _GCSR,
      0,
      [_i],
      [[0, 1]],
      1
    ];
    exports.GetClassificationScopeResponse$ = [
      3,
      n0,
      _GCSRe,
      0,
      [_i, _n, _s_],
      [[0, { [_jN]: _i }], [0, { [_jN]: _n }], [() => exports.S3ClassificationScope$, { [_jN]: _s_ }]]
    ];
    exports.GetCustomDataIdentifierRequest$ = [
      3,
      n0,
      _GCDIR,
      0,
      [_i],
      [[0, 1]],
      1
    ];
    exports.GetCustomDataIdentifierResponse$ = [
      3,
      n0,
      _GCDIRe,
      0,
      [_a, _cA, _de, _d, _i, _iW, _k, _mMD, _n, _r, _sL, _t],
      [[0, { [_jN]: _a }], [5, { [_jN]: _cA }], [2, { [_jN]: _de }], [0, { [_jN]: _d }], [0, { [_jN]: _i }], [64 | 0, { [_jN]: _iW }], [64 | 0, { [_jN]: _k }], [1, { [_jN]: _mMD }], [0, { [_jN]: _n }], [0, { [_jN]: _r }], [() => SeverityLevelList, { [_jN]: _sL }], [128 | 0, { [_jN]: _t }]]
    ];
    exports.GetFindingsFilterRequest$ = [
      3,
      n0,
      _GFFR,
      0,
      [_i],
      [[0, 1]],
      1
    ];
    exports.GetFindingsFilterResponse$ = [
      3,
      n0,
      _GFFRe,
      0,
      [_act, _a, _d, _fC, _i, _n, _po, _t],
      [[0, { [_jN]: _act }], [0, { [_jN]: _a }], [0, { [_jN]: _d }], [() => exports.FindingCriteria$, { [_jN]: _fC }], [0, { [_jN]: _i }], [0, { [_jN]: _n }], [1, { [_jN]: _po }], [128 | 0, { [_jN]: _t }]]
    ];
    exports.GetFindingsPublicationConfigurationRequest$ = [
      3,
      n0,
      _GFPCR,
      0,
      [],
      []
    ];
    exports.GetFindingsPublicationConfigurationResponse$ = [
      3,
      n0,
      _GFPCRe,
      0,
      [_sHC],
      [[() => exports.SecurityHubConfiguration$, { [_jN]: _sHC }]]
    ];
    exports.GetFindingsRequest$ = [
      3,
      n0,
      _GFR,
      0,
      [_fI, _sCo],
      [[64 | 0, { [_jN]: _fI }], [() => exports.SortCriteria$, { [_jN]: _sCo }]],
      1
    ];
    exports.GetFindingsResponse$ = [
      3,
      n0,
      _GFRe,
      0,
      [_f],
      [[() => __listOfFinding, { [_jN]: _f }]]
    ];
    exports.GetFindingStatisticsRequest$ = [
      3,
      n0,
      _GFSR,
      0,
      [_gB, _fC, _si, _sCo],
      [[0, { [_jN]: _gB }], [() => exports.FindingCriteria$, { [_jN]: _fC }], [1, { [_jN]: _si }], [() => exports.FindingStatisticsSortCriteria$, { [_jN]: _sCo }]],
      1
    ];
    exports.GetFindingStatisticsResponse$ = [
      3,
      n0,
      _GFSRe,
      0,
      [_cBG],
      [[() => __listOfGroupCount, { [_jN]: _cBG }]]
    ];
    exports.GetInvitationsCountRequest$ = [
      3,
      n0,
      _GICR,
      0,
      [],
      []
    ];
    exports.GetInvitationsCountResponse$ = [
      3,
      n0,
      _GICRe,
      0,
      [_iC],
      [[1, { [_jN]: _iC }]]
    ];
    exports.GetMacieSessionRequest$ = [
      3,
      n0,
      _GMSR,
      0,
      [],
      []
    ];
    exports.GetMacieSessionResponse$ = [
      3,
      n0,
      _GMSRe,
      0,
      [_cA, _fPF, _sR, _st, _uA],
      [[5, { [_jN]: _cA }], [0, { [_jN]: _fPF }], [0, { [_jN]: _sR }], [0, { [_jN]: _st }], [5, { [_jN]: _uA }]]
    ];
    exports.GetMasterAccountRequest$ = [
      3,
      n0,
      _GMAR,
      0,
      [],
      []
    ];
    exports.GetMasterAccountResponse$ = [
      3,
      n0,
      _GMARe,
      0,
      [_ma],
      [[() => exports.Invitation$, { [_jN]: _ma }]]
    ];
    exports.GetMemberRequest$ = [
      3,
      n0,
      _GMR,
      0,
      [_i],
      [[0, 1]],
      1
    ];
    exports.GetMemberResponse$ = [
      3,
      n0,
      _GMRe,
      0,
      [_aI, _aAI, _a, _em, _iA, _mAI, _rS, _t, _uA],
      [[0, { [_jN]: _aI }], [0, { [_jN]: _aAI }], [0, { [_jN]: _a }], [0, { [_jN]: _em }], [5, { [_jN]: _iA }], [0, { [_jN]: _mAI }], [0, { [_jN]: _rS }], [128 | 0, { [_jN]: _t }], [5, { [_jN]: _uA }]]
    ];
    exports.GetResourceProfileRequest$ = [
      3,
      n0,
      _GRPR,
      0,
      [_rAe],
      [[0, { [_hQ]: _rAe }]],
      1
    ];
    exports.GetResourceProfileResponse$ = [
      3,
      n0,
      _GRPRe,
      0,
      [_pUA, _sS, _sSO, _sta],
      [[5, { [_jN]: _pUA }], [1, { [_jN]: _sS }], [2, { [_jN]: _sSO }], [() => exports.ResourceStatistics$, { [_jN]: _sta }]]
    ];
    exports.GetRevealConfigurationRequest$ = [
      3,
      n0,
      _GRCR,
      0,
      [],
      []
    ];
    exports.GetRevealConfigurationResponse$ = [
      3,
      n0,
      _GRCRe,
      0,
      [_con, _rC],
      [[() => exports.RevealConfiguration$, { [_jN]: _con }], [() => exports.RetrievalConfiguration$, { [_jN]: _rC }]]
    ];
    exports.GetSensitiveDataOccurrencesAvailabilityRequest$ = [
      3,
      n0,
      _GSDOAR,
      0,
      [_fIi],
      [[0, 1]],
      1
    ];
    exports.GetSensitiveDataOccurrencesAvailabilityResponse$ = [
      3,
      n0,
      _GSDOARe,
      0,
      [_co, _reas],
      [[0, { [_jN]: _co }], [64 | 0, { [_jN]: _reas }]]
    ];
    exports.GetSensitiveDataOccurrencesRequest$ = [
      3,
      n0,
      _GSDOR,
      0,
      [_fIi],
      [[0, 1]],
      1
    ];
    exports.GetSensitiveDataOccurrencesResponse$ = [
      3,
      n0,
      _GSDORe,
      0,
      [_e, _sDO, _st],
      [[0, { [_jN]: _e }], [() => SensitiveDataOccurrences, { [_jN]: _sDO }], [0, { [_jN]: _st }]]
    ];
    exports.GetSensitivityInspectionTemplateRequest$ = [
      3,
      n0,
      _GSITR,
      0,
      [_i],
      [[0, 1]],
      1
    ];
    exports.GetSensitivityInspectionTemplateResponse$ = [
      3,
      n0,
      _GSITRe,
      0,
      [_d, _exc, _inc, _n, _sITI],
      [[0, { [_jN]: _d }], [() => exports.SensitivityInspectionTemplateExcludes$, { [_jN]: _exc }], [() => exports.SensitivityInspectionTemplateIncludes$, { [_jN]: _inc }], [0, { [_jN]: _n }], [0, { [_jN]: _sITI }]]
    ];
    exports.GetUsageStatisticsRequest$ = [
      3,
      n0,
      _GUSR,
      0,
      [_fB, _mR, _nT, _sB, _tR],
      [[() => __listOfUsageStatisticsFilter, { [_jN]: _fB }], [1, { [_jN]: _mR }], [0, { [_jN]: _nT }], [() => exports.UsageStatisticsSortBy$, { [_jN]: _sB }], [0, { [_jN]: _tR }]]
    ];
    exports.GetUsageStatisticsResponse$ = [
      3,
      n0,
      _GUSRe,
      0,
      [_nT, _rec, _tR],
      [[0, { [_jN]: _nT }], [() => __listOfUsageRecord, { [_jN]: _rec }], [0, { [_jN]: _tR }]]
    ];
    exports.GetUsageTotalsRequest$ = [
      3,
      n0,
      _GUTR,
      0,
      [_tR],
      [[0, { [_hQ]: _tR }]]
    ];
    exports.GetUsageTotalsResponse$ = [
      3,
      n0,
      _GUTRe,
      0,
      [_tR, _uT],
      [[0, { [_jN]: _tR }], [() => __listOfUsageTotal, { [_jN]: _uT }]]
    ];
    exports.GroupCount$ = [
      3,
      n0,
      _GC,
      0,
      [_cou, _gK],
      [[1, { [_jN]: _cou }], [0, { [_jN]: _gK }]]
    ];
    exports.IamUser$ = [
      3,
      n0,
      _IU,
      0,
      [_aI, _a, _pI, _uN],
      [[0, { [_jN]: _aI }], [0, { [_jN]: _a }], [0, { [_jN]: _pI }], [0, { [_jN]: _uN }]]
    ];
    exports.Invitation$ = [
      3,
      n0,
      _I,
      0,
      [_aI, _iI, _iA, _rS],
      [[0, { [_jN]: _aI }], [0, { [_jN]: _iI }], [5, { [_jN]: _iA }], [0, { [_jN]: _rS }]]
    ];
    exports.IpAddressDetails$ = [
      3,
      n0,
      _IAD,
      0,
      [_iAV, _iCp, _iCpo, _iGL, _iO],
      [[0, { [_jN]: _iAV }], [() => exports.IpCity$, { [_jN]: _iCp }], [() => exports.IpCountry$, { [_jN]: _iCpo }], [() => exports.IpGeoLocation$, { [_jN]: _iGL }], [() => exports.IpOwner$, { [_jN]: _iO }]]
    ];
    exports.IpCity$ = [
      3,
      n0,
      _IC,
      0,
      [_n],
      [[0, { [_jN]: _n }]]
    ];
    exports.IpCountry$ = [
      3,
      n0,
      _ICp,
      0,
      [_co, _n],
      [[0, { [_jN]: _co }], [0, { [_jN]: _n }]]
    ];
    exports.IpGeoLocation$ = [
      3,
      n0,
      _IGL,
      0,
      [_la, _lo],
      [[1, { [_jN]: _la }], [1, { [_jN]: _lo }]]
    ];
    exports.IpOwner$ = [
      3,
      n0,
      _IO,
      0,
      [_as, _aOs, _is, _or],
      [[0, { [_jN]: _as }], [0, { [_jN]: _aOs }], [0, { [_jN]: _is }], [0, { [_jN]: _or }]]
    ];
    exports.JobDetails$ = [
      3,
      n0,
      _JD,
      0,
      [_iDIJ, _iMBJ, _lJI, _lJRT],
      [[0, { [_jN]: _iDIJ }], [0, { [_jN]: _iMBJ }], [0, { [_jN]: _lJI }], [5, { [_jN]: _lJRT }]]
    ];
    exports.JobScheduleFrequency$ = [
      3,
      n0,
      _JSF,
      0,
      [_dS, _mS, _wS],
      [[() => exports.DailySchedule$, { [_jN]: _dS }], [() => exports.MonthlySchedule$, { [_jN]: _mS }], [() => exports.WeeklySchedule$, { [_jN]: _wS }]]
    ];
    exports.JobScopeTerm$ = [
      3,
      n0,
      _JST,
      0,
      [_sST, _tST],
      [[() => exports.SimpleScopeTerm$, { [_jN]: _sST }], [() => exports.TagScopeTerm$, { [_jN]: _tST }]]
    ];
    exports.JobScopingBlock$ = [
      3,
      n0,
      _JSB,
      0,
      [_an],
      [[() => __listOfJobScopeTerm, { [_jN]: _an }]]
    ];
    exports.JobSummary$ = [
      3,
      n0,
      _JS,
      0,
      [_bCu, _bD, _cA, _jI, _jS, _jT, _lRES, _n, _uPD],
      [[() => exports.S3BucketCriteriaForJob$, { [_jN]: _bCu }], [() => __listOfS3BucketDefinitionForJob, { [_jN]: _bD }], [5, { [_jN]: _cA }], [0, { [_jN]: _jI }], [0, { [_jN]: _jS }], [0, { [_jN]: _jT }], [() => exports.LastRunErrorStatus$, { [_jN]: _lRES }], [0, { [_jN]: _n }], [() => exports.UserPausedDetails$, { [_jN]: _uPD }]]
    ];
    exports.KeyValuePair$ = [
      3,
      n0,
      _KVP,
      0,
      [_ke, _va],
      [[0, { [_jN]: _ke }], [0, { [_jN]: _va }]]
    ];
    exports.LastRunErrorStatus$ = [
      3,
      n0,
      _LRES,
      0,
      [_co],
      [[0, { [_jN]: _co }]]
    ];
    exports.ListAllowListsRequest$ = [
      3,
      n0,
      _LALR,
      0,
      [_mR, _nT],
      [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
    ];
    exports.ListAllowListsResponse$ = [
      3,
      n0,
      _LALRi,
      0,
      [_aL, _nT],
      [[() => __listOfAllowListSummary, { [_jN]: _aL }], [0, { [_jN]: _nT }]]
    ];
    exports.ListAutomatedDiscoveryAccountsRequest$ = [
      3,
      n0,
      _LADAR,
      0,
      [_aIc, _mR, _nT],
      [[64 | 0, { [_hQ]: _aIc }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
    ];
    exports.ListAutomatedDiscoveryAccountsResponse$ = [
      3,
      n0,
      _LADARi,
      0,
      [_it, _nT],
      [[() => __listOfAutomatedDiscoveryAccount, { [_jN]: _it }], [0, { [_jN]: _nT }]]
    ];
    exports.ListClassificationJobsRequest$ = [
      3,
      n0,
      _LCJR,
      0,
      [_fCi, _mR, _nT, _sCo],
      [[() => exports.ListJobsFilterCriteria$, { [_jN]: _fCi }], [1, { [_jN]: _mR }], [0, { [_jN]: _nT }], [() => exports.ListJobsSortCriteria$, { [_jN]: _sCo }]]
    ];
    exports.ListClassificationJobsResponse$ = [
      3,
      n0,
      _LCJRi,
      0,
      [_it, _nT],
      [[() => __listOfJobSummary, { [_jN]: _it }], [0, { [_jN]: _nT }]]
    ];
    exports.ListClassificationScopesRequest$ = [
      3,
      n0,
      _LCSR,
      0,
      [_n, _nT],
      [[0, { [_hQ]: _n }], [0, { [_hQ]: _nT }]]
    ];
    exports.ListClassificationScopesResponse$ = [
      3,
      n0,
      _LCSRi,
      0,
      [_cS, _nT],
      [[() => __listOfClassificationScopeSummary, { [_jN]: _cS }], [0, { [_jN]: _nT }]]
    ];
    exports.ListCustomDataIdentifiersRequest$ = [
      3,
      n0,
      _LCDIR,
      0,
      [_mR, _nT],
      [[1, { [_jN]: _mR }], [0, { [_jN]: _nT }]]
    ];
    exports.ListCustomDataIdentifiersResponse$ = [
      3,
      n0,
      _LCDIRi,
      0,
      [_it, _nT],
      [[() => __listOfCustomDataIdentifierSummary, { [_jN]: _it }], [0, { [_jN]: _nT }]]
    ];
    exports.ListFindingsFiltersRequest$ = [
      3,
      n0,
      _LFFR,
      0,
      [_mR, _nT],
      [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
    ];
    exports.ListFindingsFiltersResponse$ = [
      3,
      n0,
      _LFFRi,
      0,
      [_fFLI, _nT],
      [[() => __listOfFindingsFilterListItem, { [_jN]: _fFLI }], [0, { [_jN]: _nT }]]
    ];
    exports.ListFindingsRequest$ = [
      3,
      n0,
      _LFR,
      0,
      [_fC, _mR, _nT, _sCo],
      [[() => exports.FindingCriteria$, { [_jN]: _fC }], [1, { [_jN]: _mR }], [0, { [_jN]: _nT }], [() => exports.SortCriteria$, { [_jN]: _sCo }]]
    ];
    exports.ListFindingsResponse$ = [
      3,
      n0,
      _LFRi,
      0,
      [_fI, _nT],
      [[64 | 0, { [_jN]: _fI }], [0, { [_jN]: _nT }]]
    ];
    exports.ListInvitationsRequest$ = [
      3,
      n0,
      _LIR,
      0,
      [_mR, _nT],
      [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
    ];
    exports.ListInvitationsResponse$ = [
      3,
      n0,
      _LIRi,
      0,
      [_inv, _nT],
      [[() => __listOfInvitation, { [_jN]: _inv }], [0, { [_jN]: _nT }]]
    ];
    exports.ListJobsFilterCriteria$ = [
      3,
      n0,
      _LJFC,
      0,
      [_exc, _inc],
      [[() => __listOfListJobsFilterTerm, { [_jN]: _exc }], [() => __listOfListJobsFilterTerm, { [_jN]: _inc }]]
    ];
    exports.ListJobsFilterTerm$ = [
      3,
      n0,
      _LJFT,
      0,
      [_com, _ke, _val],
      [[0, { [_jN]: _com }], [0, { [_jN]: _ke }], [64 | 0, { [_jN]: _val }]]
    ];
    exports.ListJobsSortCriteria$ = [
      3,
      n0,
      _LJSC,
      0,
      [_aN, _oB],
      [[0, { [_jN]: _aN }], [0, { [_jN]: _oB }]]
    ];
    exports.ListManagedDataIdentifiersRequest$ = [
      3,
      n0,
      _LMDIR,
      0,
      [_nT],
      [[0, { [_jN]: _nT }]]
    ];
    exports.ListManagedDataIdentifiersResponse$ = [
      3,
      n0,
      _LMDIRi,
      0,
      [_it, _nT],
      [[() => __listOfManagedDataIdentifierSummary, { [_jN]: _it }], [0, { [_jN]: _nT }]]
    ];
    exports.ListMembersRequest$ = [
      3,
      n0,
      _LMR,
      0,
      [_mR, _nT, _oA],
      [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _oA }]]
    ];
    exports.ListMembersResponse$ = [
      3,
      n0,
      _LMRi,
      0,
      [_me, _nT],
      [[() => __listOfMember, { [_jN]: _me }], [0, { [_jN]: _nT }]]
    ];
    exports.ListOrganizationAdminAccountsRequest$ = [
      3,
      n0,
      _LOAAR,
      0,
      [_mR, _nT],
      [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
    ];
    exports.ListOrganizationAdminAccountsResponse$ = [
      3,
      n0,
      _LOAARi,
      0,
      [_aA, _nT],
      [[() => __listOfAdminAccount, { [_jN]: _aA }], [0, { [_jN]: _nT }]]
    ];
    exports.ListResourceProfileArtifactsRequest$ = [
      3,
      n0,
      _LRPAR,
      0,
      [_rAe, _nT],
      [[0, { [_hQ]: _rAe }], [0, { [_hQ]: _nT }]],
      1
    ];
    exports.ListResourceProfileArtifactsResponse$ = [
      3,
      n0,
      _LRPARi,
      0,
      [_art, _nT],
      [[() => __listOfResourceProfileArtifact, { [_jN]: _art }], [0, { [_jN]: _nT }]]
    ];
    exports.ListResourceProfileDetectionsRequest$ = [
      3,
      n0,
      _LRPDR,
      0,
      [_rAe, _mR, _nT],
      [[0, { [_hQ]: _rAe }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
      1
    ];
    exports.ListResourceProfileDetectionsResponse$ = [
      3,
      n0,
      _LRPDRi,
      0,
      [_det, _nT],
      [[() => __listOfDetection, { [_jN]: _det }], [0, { [_jN]: _nT }]]
    ];
    exports.ListSensitivityInspectionTemplatesRequest$ = [
      3,
      n0,
      _LSITR,
      0,
      [_mR, _nT],
      [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
    ];
    exports.ListSensitivityInspectionTemplatesResponse$ = [
      3,
      n0,
      _LSITRi,
      0,
      [_nT, _sIT],
      [[0, { [_jN]: _nT }], [() => __listOfSensitivityInspectionTemplatesEntry, { [_jN]: _sIT }]]
    ];
    exports.ListTagsForResourceRequest$ = [
      3,
      n0,
      _LTFRR,
      0,
      [_rAe],
      [[0, 1]],
      1
    ];
    exports.ListTagsForResourceResponse$ = [
      3,
      n0,
      _LTFRRi,
      0,
      [_t],
      [[128 | 0, { [_jN]: _t }]]
    ];
    exports.ManagedDataIdentifierSummary$ = [
      3,
      n0,
      _MDIS,
      0,
      [_ca, _i],
      [[0, { [_jN]: _ca }], [0, { [_jN]: _i }]]
    ];
    exports.MatchingBucket$ = [
      3,
      n0,
      _MB,
      0,
      [_aI, _aDMS, _bN, _cOC, _cSIB, _eC, _eM, _jD, _lADT, _oC, _oCBET, _sS, _sIB, _sIBC, _uOC, _uOSIB],
      [[0, { [_jN]: _aI }], [0, { [_jN]: _aDMS }], [0, { [_jN]: _bN }], [1, { [_jN]: _cOC }], [1, { [_jN]: _cSIB }], [0, { [_jN]: _eC }], [0, { [_jN]: _eM }], [() => exports.JobDetails$, { [_jN]: _jD }], [5, { [_jN]: _lADT }], [1, { [_jN]: _oC }], [() => exports.ObjectCountByEncryptionType$, { [_jN]: _oCBET }], [1, { [_jN]: _sS }], [1, { [_jN]: _sIB }], [1, { [_jN]: _sIBC }], [() => exports.ObjectLevelStatistics$, { [_jN]: _uOC }], [() => exports.ObjectLevelStatistics$, { [_jN]: _uOSIB }]]
    ];
    exports.MatchingResource$ = [
      3,
      n0,
      _MR,
      0,
      [_mB],
      [[() => exports.MatchingBucket$, { [_jN]: _mB }]]
    ];
    exports.Member$ = [
      3,
      n0,
      _M,
      0,
      [_aI, _aAI, _a, _em, _iA, _mAI, _rS, _t, _uA],
      [[0, { [_jN]: _aI }], [0, { [_jN]: _aAI }], [0, { [_jN]: _a }], [0, { [_jN]: _em }], [5, { [_jN]: _iA }], [0, { [_jN]: _mAI }], [0, { [_jN]: _rS }], [128 | 0, { [_jN]: _t }], [5, { [_jN]: _uA }]]
    ];
    exports.MonthlySchedule$ = [
      3,
      n0,
      _MS,
      0,
      [_dOM],
      [[1, { [_jN]: _dOM }]]
    ];
    exports.ObjectCountByEncryptionType$ = [
      3,
      n0,
      _OCBET,
      0,
      [_cM, _kM, _sM, _un, _u],
      [[1, { [_jN]: _cM }], [1, { [_jN]: _kM }], [1, { [_jN]: _sM }], [1, { [_jN]: _un }], [1, { [_jN]: _u }]]
    ];
    exports.ObjectLevelStatistics$ = [
      3,
      n0,
      _OLS,
      0,
      [_fTi, _sCt, _to],
      [[1, { [_jN]: _fTi }], [1, { [_jN]: _sCt }], [1, { [_jN]: _to }]]
    ];
    exports.Occurrences$ = [
      3,
      n0,
      _O,
      0,
      [_ce, _lR, _oR, _pag, _rec],
      [[() => Cells, { [_jN]: _ce }], [() => Ranges, { [_jN]: _lR }], [() => Ranges, { [_jN]: _oR }], [() => Pages, { [_jN]: _pag }], [() => Records, { [_jN]: _rec }]]
    ];
    exports.Page$ = [
      3,
      n0,
      _P,
      0,
      [_lRi, _oRf, _pN],
      [[() => exports.Range$, { [_jN]: _lRi }], [() => exports.Range$, { [_jN]: _oRf }], [1, { [_jN]: _pN }]]
    ];
    exports.PolicyDetails$ = [
      3,
      n0,
      _PD,
      0,
      [_act, _acto],
      [[() => exports.FindingAction$, { [_jN]: _act }], [() => exports.FindingActor$, { [_jN]: _acto }]]
    ];
    exports.PutClassificationExportConfigurationRequest$ = [
      3,
      n0,
      _PCECR,
      0,
      [_con],
      [[() => exports.ClassificationExportConfiguration$, { [_jN]: _con }]],
      1
    ];
    exports.PutClassificationExportConfigurationResponse$ = [
      3,
      n0,
      _PCECRu,
      0,
      [_con],
      [[() => exports.ClassificationExportConfiguration$, { [_jN]: _con }]]
    ];
    exports.PutFindingsPublicationConfigurationRequest$ = [
      3,
      n0,
      _PFPCR,
      0,
      [_cT, _sHC],
      [[0, { [_iT]: 1, [_jN]: _cT }], [() => exports.SecurityHubConfiguration$, { [_jN]: _sHC }]]
    ];
    exports.PutFindingsPublicationConfigurationResponse$ = [
      3,
      n0,
      _PFPCRu,
      0,
      [],
      []
    ];
    exports.Range$ = [
      3,
      n0,
      _R,
      0,
      [_en, _star, _sCta],
      [[1, { [_jN]: _en }], [1, { [_jN]: _star }], [1, { [_jN]: _sCta }]]
    ];
    exports._Record$ = [
      3,
      n0,
      _Re,
      0,
      [_jP, _rI],
      [[0, { [_jN]: _jP }], [1, { [_jN]: _rI }]]
    ];
    exports.ReplicationDetails$ = [
      3,
      n0,
      _RD,
      0,
      [_rep, _rE, _rAep],
      [[2, { [_jN]: _rep }], [2, { [_jN]: _rE }], [64 | 0, { [_jN]: _rAep }]]
    ];
    exports.ResourceProfileArtifact$ = [
      3,
      n0,
      _RPA,
      0,
      [_a, _cRS, _sen],
      [[0, { [_jN]: _a }], [0, { [_jN]: _cRS }], [2, { [_jN]: _sen }]],
      2
    ];
    exports.ResourcesAffected$ = [
      3,
      n0,
      _RA,
      0,
      [_sBu, _sO],
      [[() => exports.S3Bucket$, { [_jN]: _sBu }], [() => exports.S3Object$, { [_jN]: _sO }]]
    ];
    exports.ResourceStatistics$ = [
      3,
      n0,
      _RS,
      0,
      [_tBC, _tD, _tDS, _tIC, _tIS, _tISo, _tISIE, _tISIK, _tISPD],
      [[1, { [_jN]: _tBC }], [1, { [_jN]: _tD }], [1, { [_jN]: _tDS }], [1, { [_jN]: _tIC }], [1, { [_jN]: _tIS }], [1, { [_jN]: _tISo }], [1, { [_jN]: _tISIE }], [1, { [_jN]: _tISIK }], [1, { [_jN]: _tISPD }]]
    ];
    exports.RetrievalConfiguration$ = [
      3,
      n0,
      _RC,
      0,
      [_rM, _eI, _rN],
      [[0, { [_jN]: _rM }], [0, { [_jN]: _eI }], [0, { [_jN]: _rN }]],
      1
    ];
    exports.RevealConfiguration$ = [
      3,
      n0,
      _RCe,
      0,
      [_st, _kKI],
      [[0, { [_jN]: _st }], [0, { [_jN]: _kKI }]],
      1
    ];
    exports.S3Bucket$ = [
      3,
      n0,
      _SB,
      0,
      [_aUOU, _a, _cA, _dSSE, _n, _ow, _pAu, _t],
      [[0, { [_jN]: _aUOU }], [0, { [_jN]: _a }], [5, { [_jN]: _cA }], [() => exports.ServerSideEncryption$, { [_jN]: _dSSE }], [0, { [_jN]: _n }], [() => exports.S3BucketOwner$, { [_jN]: _ow }], [() => exports.BucketPublicAccess$, { [_jN]: _pAu }], [() => KeyValuePairList, { [_jN]: _t }]]
    ];
    exports.S3BucketCriteriaForJob$ = [
      3,
      n0,
      _SBCFJ,
      0,
      [_exc, _inc],
      [[() => exports.CriteriaBlockForJob$, { [_jN]: _exc }], [() => exports.CriteriaBlockForJob$, { [_jN]: _inc }]]
    ];
    exports.S3BucketDefinitionForJob$ = [
      3,
      n0,
      _SBDFJ,
      0,
      [_aI, _b],
      [[0, { [_jN]: _aI }], [64 | 0, { [_jN]: _b }]],
      2
    ];
    exports.S3BucketOwner$ = [
      3,
      n0,
      _SBO,
      0,
      [_dNi, _i],
      [[0, { [_jN]: _dNi }], [0, { [_jN]: _i }]]
    ];
    exports.S3ClassificationScope$ = [
      3,
      n0,
      _SCS,
      0,
      [_exc],
      [[() => exports.S3ClassificationScopeExclusion$, { [_jN]: _exc }]],
      1
    ];
    exports.S3ClassificationScopeExclusion$ = [
      3,
      n0,
      _SCSE,
      0,
      [_bNu],
      [[64 | 0, { [_jN]: _bNu }]],
      1
    ];
    exports.S3ClassificationScopeExclusionUpdate$ = [
      3,
      n0,
      _SCSEU,
      0,
      [_bNu, _op],
      [[64 | 0, { [_jN]: _bNu }], [0, { [_jN]: _op }]],
      2
    ];
    exports.S3ClassificationScopeUpdate$ = [
      3,
      n0,
      _SCSU,
      0,
      [_exc],
      [[() => exports.S3ClassificationScopeExclusionUpdate$, { [_jN]: _exc }]],
      1
    ];
    exports.S3Destination$ = [
      3,
      n0,
      _SD,
      0,
      [_bN, _kKA, _eBO, _kP],
      [[0, { [_jN]: _bN }], [0, { [_jN]: _kKA }], [0, { [_jN]: _eBO }], [0, { [_jN]: _kP }]],
      2
    ];
    exports.S3JobDefinition$ = [
      3,
      n0,
      _SJD,
      0,
      [_bCu, _bD, _sc],
      [[() => exports.S3BucketCriteriaForJob$, { [_jN]: _bCu }], [() => __listOfS3BucketDefinitionForJob, { [_jN]: _bD }], [() => exports.Scoping$, { [_jN]: _sc }]]
    ];
    exports.S3Object$ = [
      3,
      n0,
      _SO,
      0,
      [_bA, _eT, _ext, _ke, _lM, _pat, _pAu, _sSE, _si, _sCt, _t, _vI],
      [[0, { [_jN]: _bA }], [0, { [_jN]: _eT }], [0, { [_jN]: _ext }], [0, { [_jN]: _ke }], [5, { [_jN]: _lM }], [0, { [_jN]: _pat }], [2, { [_jN]: _pAu }], [() => exports.ServerSideEncryption$, { [_jN]: _sSE }], [1, { [_jN]: _si }], [0, { [_jN]: _sCt }], [() => KeyValuePairList, { [_jN]: _t }], [0, { [_jN]: _vI }]]
    ];
    exports.S3WordsList$ = [
      3,
      n0,
      _SWL,
      0,
      [_bN, _oK],
      [[0, { [_jN]: _bN }], [0, { [_jN]: _oK }]],
      2
    ];
    exports.Scoping$ = [
      3,
      n0,
      _S,
      0,
      [_exc, _inc],
      [[() => exports.JobScopingBlock$, { [_jN]: _exc }], [() => exports.JobScopingBlock$, { [_jN]: _inc }]]
    ];
    exports.SearchResourcesBucketCriteria$ = [
      3,
      n0,
      _SRBC,
      0,
      [_exc, _inc],
      [[() => exports.SearchResourcesCriteriaBlock$, { [_jN]: _exc }], [() => exports.SearchResourcesCriteriaBlock$, { [_jN]: _inc }]]
    ];
    exports.SearchResourcesCriteria$ = [
      3,
      n0,
      _SRC,
      0,
      [_sCim, _tC],
      [[() => exports.SearchResourcesSimpleCriterion$, { [_jN]: _sCim }], [() => exports.SearchResourcesTagCriterion$, { [_jN]: _tC }]]
    ];
    exports.SearchResourcesCriteriaBlock$ = [
      3,
      n0,
      _SRCB,
      0,
      [_an],
      [[() => __listOfSearchResourcesCriteria, { [_jN]: _an }]]
    ];
    exports.SearchResourcesRequest$ = [
      3,
      n0,
      _SRR,
      0,
      [_bCu, _mR, _nT, _sCo],
      [[() => exports.SearchResourcesBucketCriteria$, { [_jN]: _bCu }], [1, { [_jN]: _mR }], [0, { [_jN]: _nT }], [() => exports.SearchResourcesSortCriteria$, { [_jN]: _sCo }]]
    ];
    exports.SearchResourcesResponse$ = [
      3,
      n0,
      _SRRe,
      0,
      [_mRa, _nT],
      [[() => __listOfMatchingResource, { [_jN]: _mRa }], [0, { [_jN]: _nT }]]
    ];
    exports.SearchResourcesSimpleCriterion$ = [
      3,
      n0,
      _SRSC,
      0,
      [_com, _ke, _val],
      [[0, { [_jN]: _com }], [0, { [_jN]: _ke }], [64 | 0, { [_jN]: _val }]]
    ];
    exports.SearchResourcesSortCriteria$ = [
      3,
      n0,
      _SRSCe,
      0,
      [_aN, _oB],
      [[0, { [_jN]: _aN }], [0, { [_jN]: _oB }]]
    ];
    exports.SearchResourcesTagCriterion$ = [
      3,
      n0,
      _SRTC,
      0,
      [_com, _tV],
      [[0, { [_jN]: _com }], [() => __listOfSearchResourcesTagCriterionPair, { [_jN]: _tV }]]
    ];
    exports.SearchResourcesTagCriterionPair$ = [
      3,
      n0,
      _SRTCP,
      0,
      [_ke, _va],
      [[0, { [_jN]: _ke }], [0, { [_jN]: _va }]]
    ];
    exports.SecurityHubConfiguration$ = [
      3,
      n0,
      _SHC,
      0,
      [_pCF, _pPF],
      [[2, { [_jN]: _pCF }], [2, { [_jN]: _pPF }]],
      2
    ];
    exports.SensitiveDataItem$ = [
      3,
      n0,
      _SDI,
      0,
      [_ca, _det, _tCo],
      [[0, { [_jN]: _ca }], [() => DefaultDetections, { [_jN]: _det }], [1, { [_jN]: _tCo }]]
    ];
    exports.SensitivityAggregations$ = [
      3,
      n0,
      _SA,
      0,
      [_cSIB, _pAC, _tCo, _tSIB],
      [[1, { [_jN]: _cSIB }], [1, { [_jN]: _pAC }], [1, { [_jN]: _tCo }], [1, { [_jN]: _tSIB }]]
    ];
    exports.SensitivityInspectionTemplateExcludes$ = [
      3,
      n0,
      _SITE,
      0,
      [_mDII],
      [[64 | 0, { [_jN]: _mDII }]]
    ];
    exports.SensitivityInspectionTemplateIncludes$ = [
      3,
      n0,
      _SITI,
      0,
      [_aLI, _cDII, _mDII],
      [[64 | 0, { [_jN]: _aLI }], [64 | 0, { [_jN]: _cDII }], [64 | 0, { [_jN]: _mDII }]]
    ];
    exports.SensitivityInspectionTemplatesEntry$ = [
      3,
      n0,
      _SITEe,
      0,
      [_i, _n],
      [[0, { [_jN]: _i }], [0, { [_jN]: _n }]]
    ];
    exports.ServerSideEncryption$ = [
      3,
      n0,
      _SSE,
      0,
      [_eTn, _kMKI],
      [[0, { [_jN]: _eTn }], [0, { [_jN]: _kMKI }]]
    ];
    exports.ServiceLimit$ = [
      3,
      n0,
      _SL,
      0,
      [_iSL, _uni, _va],
      [[2, { [_jN]: _iSL }], [0, { [_jN]: _uni }], [1, { [_jN]: _va }]]
    ];
    exports.SessionContext$ = [
      3,
      n0,
      _SC,
      0,
      [_at, _sI],
      [[() => exports.SessionContextAttributes$, { [_jN]: _at }], [() => exports.SessionIssuer$, { [_jN]: _sI }]]
    ];
    exports.SessionContextAttributes$ = [
      3,
      n0,
      _SCA,
      0,
      [_cDr, _mAf],
      [[5, { [_jN]: _cDr }], [2, { [_jN]: _mAf }]]
    ];
    exports.SessionIssuer$ = [
      3,
      n0,
      _SI,
      0,
      [_aI, _a, _pI, _ty, _uN],
      [[0, { [_jN]: _aI }], [0, { [_jN]: _a }], [0, { [_jN]: _pI }], [0, { [_jN]: _ty }], [0, { [_jN]: _uN }]]
    ];
    exports.Severity$ = [
      3,
      n0,
      _Se,
      0,
      [_d, _sco],
      [[0, { [_jN]: _d }], [1, { [_jN]: _sco }]]
    ];
    exports.SeverityLevel$ = [
      3,
      n0,
      _SLe,
      0,
      [_oTc, _sev],
      [[1, { [_jN]: _oTc }], [0, { [_jN]: _sev }]],
      2
    ];
    exports.SimpleCriterionForJob$ = [
      3,
      n0,
      _SCFJ,
      0,
      [_com, _ke, _val],
      [[0, { [_jN]: _com }], [0, { [_jN]: _ke }], [64 | 0, { [_jN]: _val }]]
    ];
    exports.SimpleScopeTerm$ = [
      3,
      n0,
      _SST,
      0,
      [_com, _ke, _val],
      [[0, { [_jN]: _com }], [0, { [_jN]: _ke }], [64 | 0, { [_jN]: _val }]]
    ];
    exports.SortCriteria$ = [
      3,
      n0,
      _SCo,
      0,
      [_aN, _oB],
      [[0, { [_jN]: _aN }], [0, { [_jN]: _oB }]]
    ];
    exports.Statistics$ = [
      3,
      n0,
      _St,
      0,
      [_aNOOTP, _nOR],
      [[1, { [_jN]: _aNOOTP }], [1, { [_jN]: _nOR }]]
    ];
    exports.SuppressDataIdentifier$ = [
      3,
      n0,
      _SDIu,
      0,
      [_i, _ty],
      [[0, { [_jN]: _i }], [0, { [_jN]: _ty }]]
    ];
    exports.TagCriterionForJob$ = [
      3,
      n0,
      _TCFJ,
      0,
      [_com, _tV],
      [[0, { [_jN]: _com }], [() => __listOfTagCriterionPairForJob, { [_jN]: _tV }]]
    ];
    exports.TagCriterionPairForJob$ = [
      3,
      n0,
      _TCPFJ,
      0,
      [_ke, _va],
      [[0, { [_jN]: _ke }], [0, { [_jN]: _va }]]
    ];
    exports.TagResourceRequest$ = [
      3,
      n0,
      _TRR,
      0,
      [_rAe, _t],
      [[0, 1], [128 | 0, { [_jN]: _t }]],
      2
    ];
    exports.TagResourceResponse$ = [
      3,
      n0,
      _TRRa,
      0,
      [],
      []
    ];
    exports.TagScopeTerm$ = [
      3,
      n0,
      _TST,
      0,
      [_com, _ke, _tV, _ta],
      [[0, { [_jN]: _com }], [0, { [_jN]: _ke }], [() => __listOfTagValuePair, { [_jN]: _tV }], [0, { [_jN]: _ta }]]
    ];
    exports.TagValuePair$ = [
      3,
      n0,
      _TVP,
      0,
      [_ke, _va],
      [[0, { [_jN]: _ke }], [0, { [_jN]: _va }]]
    ];
    exports.TestCustomDataIdentifierRequest$ = [
      3,
      n0,
      _TCDIR,
      0,
      [_r, _sT, _iW, _k, _mMD],
      [[0, { [_jN]: _r }], [0, { [_jN]: _sT }], [64 | 0, { [_jN]: _iW }], [64 | 0, { [_jN]: _k }], [1, { [_jN]: _mMD }]],
      2
    ];
    exports.TestCustomDataIdentifierResponse$ = [
      3,
      n0,
      _TCDIRe,
      0,
      [_mC],
      [[1, { [_jN]: _mC }]]
    ];
    exports.UnprocessedAccount$ = [
      3,
      n0,
      _UA,
      0,
      [_aI, _eC, _eM],
      [[0, { [_jN]: _aI }], [0, { [_jN]: _eC }], [0, { [_jN]: _eM }]]
    ];
    exports.UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_rAe, _tK],
      [[0, 1], [64 | 0, { [_hQ]: _tK }]],
      2
    ];
    exports.UntagResourceResponse$ = [
      3,
      n0,
      _URRn,
      0,
      [],
      []
    ];
    exports.UpdateAllowListRequest$ = [
      3,
      n0,
      _UALR,
      0,
      [_cr, _i, _n, _d],
      [[() => exports.AllowListCriteria$, { [_jN]: _cr }], [0, 1], [0, { [_jN]: _n }], [0, { [_jN]: _d }]],
      3
    ];
    exports.UpdateAllowListResponse$ = [
      3,
      n0,
      _UALRp,
      0,
      [_a, _i],
      [[0, { [_jN]: _a }], [0, { [_jN]: _i }]]
    ];
    exports.UpdateAutomatedDiscoveryConfigurationRequest$ = [
      3,
      n0,
      _UADCR,
      0,
      [_st, _aEOM],
      [[0, { [_jN]: _st }], [0, { [_jN]: _aEOM }]],
      1
    ];
    exports.UpdateAutomatedDiscoveryConfigurationResponse$ = [
      3,
      n0,
      _UADCRp,
      0,
      [],
      []
    ];
    exports.UpdateClassificationJobRequest$ = [
      3,
      n0,
      _UCJR,
      0,
      [_jI, _jS],
      [[0, 1], [0, { [_jN]: _jS }]],
      2
    ];
    exports.UpdateClassificationJobResponse$ = [
      3,
      n0,
      _UCJRp,
      0,
      [],
      []
    ];
    exports.UpdateClassificationScopeRequest$ = [
      3,
      n0,
      _UCSR,
      0,
      [_i, _s_],
      [[0, 1], [() => exports.S3ClassificationScopeUpdate$, { [_jN]: _s_ }]],
      1
    ];
    exports.UpdateClassificationScopeResponse$ = [
      3,
      n0,
      _UCSRp,
      0,
      [],
      []
    ];
    exports.UpdateFindingsFilterRequest$ = [
      3,
      n0,
      _UFFR,
      0,
      [_i, _act, _cT, _d, _fC, _n, _po],
      [[0, 1], [0, { [_jN]: _act }], [0, { [_iT]: 1, [_jN]: _cT }], [0, { [_jN]: _d }], [() => exports.FindingCriteria$, { [_jN]: _fC }], [0, { [_jN]: _n }], [1, { [_jN]: _po }]],
      1
    ];
    exports.UpdateFindingsFilterResponse$ = [
      3,
      n0,
      _UFFRp,
      0,
      [_a, _i],
      [[0, { [_jN]: _a }], [0, { [_jN]: _i }]]
    ];
    exports.UpdateMacieSessionRequest$ = [
      3,
      n0,
      _UMSR,
      0,
      [_fPF, _st],
      [[0, { [_jN]: _fPF }], [0, { [_jN]: _st }]]
    ];
    exports.UpdateMacieSessionResponse$ = [
      3,
      n0,
      _UMSRp,
      0,
      [],
      []
    ];
    exports.UpdateMemberSessionRequest$ = [
      3,
      n0,
      _UMSRpd,
      0,
      [_i, _st],
      [[0, 1], [0, { [_jN]: _st }]],
      2
    ];
    exports.UpdateMemberSessionResponse$ = [
      3,
      n0,
      _UMSRpda,
      0,
      [],
      []
    ];
    exports.UpdateOrganizationConfigurationRequest$ = [
      3,
      n0,
      _UOCR,
      0,
      [_aE],
      [[2, { [_jN]: _aE }]],
      1
    ];
    exports.UpdateOrganizationConfigurationResponse$ = [
      3,
      n0,
      _UOCRp,
      0,
      [],
      []
    ];
    exports.UpdateResourceProfileDetectionsRequest$ = [
      3,
      n0,
      _URPDR,
      0,
      [_rAe, _sDI],
      [[0, { [_hQ]: _rAe }], [() => __listOfSuppressDataIdentifier, { [_jN]: _sDI }]],
      1
    ];
    exports.UpdateResourceProfileDetectionsResponse$ = [
      3,
      n0,
      _URPDRp,
      0,
      [],
      []
    ];
    exports.UpdateResourceProfileRequest$ = [
      3,
      n0,
      _URPR,
      0,
      [_rAe, _sSOe],
      [[0, { [_hQ]: _rAe }], [1, { [_jN]: _sSOe }]],
      1
    ];
    exports.UpdateResourceProfileResponse$ = [
      3,
      n0,
      _URPRp,
      0,
      [],
      []
    ];
    exports.UpdateRetrievalConfiguration$ = [
      3,
      n0,
      _URC,
      0,
      [_rM, _rN],
      [[0, { [_jN]: _rM }], [0, { [_jN]: _rN }]],
      1
    ];
    exports.UpdateRevealConfigurationRequest$ = [
      3,
      n0,
      _URCR,
      0,
      [_con, _rC],
      [[() => exports.RevealConfiguration$, { [_jN]: _con }], [() => exports.UpdateRetrievalConfiguration$, { [_jN]: _rC }]],
      1
    ];
    exports.UpdateRevealConfigurationResponse$ = [
      3,
      n0,
      _URCRp,
      0,
      [_con, _rC],
      [[() => exports.RevealConfiguration$, { [_jN]: _con }], [() => exports.RetrievalConfiguration$, { [_jN]: _rC }]]
    ];
    exports.UpdateSensitivityInspectionTemplateRequest$ = [
      3,
      n0,
      _USITR,
      0,
      [_i, _d, _exc, _inc],
      [[0, 1], [0, { [_jN]: _d }], [() => exports.SensitivityInspectionTemplateExcludes$, { [_jN]: _exc }], [() => exports.SensitivityInspectionTemplateIncludes$, { [_jN]: _inc }]],
      1
    ];
    exports.UpdateSensitivityInspectionTemplateResponse$ = [
      3,
      n0,
      _USITRp,
      0,
      [],
      []
    ];
    exports.UsageByAccount$ = [
      3,
      n0,
      _UBA,
      0,
      [_cu, _eCs, _sLe, _ty],
      [[0, { [_jN]: _cu }], [0, { [_jN]: _eCs }], [() => exports.ServiceLimit$, { [_jN]: _sLe }], [0, { [_jN]: _ty }]]
    ];
    exports.UsageRecord$ = [
      3,
      n0,
      _UR,
      0,
      [_aI, _aDFTSD, _fTSD, _us],
      [[0, { [_jN]: _aI }], [5, { [_jN]: _aDFTSD }], [5, { [_jN]: _fTSD }], [() => __listOfUsageByAccount, { [_jN]: _us }]]
    ];
    exports.UsageStatisticsFilter$ = [
      3,
      n0,
      _USF,
      0,
      [_com, _ke, _val],
      [[0, { [_jN]: _com }], [0, { [_jN]: _ke }], [64 | 0, { [_jN]: _val }]]
    ];
    exports.UsageStatisticsSortBy$ = [
      3,
      n0,
      _USSB,
      0,
      [_ke, _oB],
      [[0, { [_jN]: _ke }], [0, { [_jN]: _oB }]]
    ];
    exports.UsageTotal$ = [
      3,
      n0,
      _UT,
      0,
      [_cu, _eCs, _ty],
      [[0, { [_jN]: _cu }], [0, { [_jN]: _eCs }], [0, { [_jN]: _ty }]]
    ];
    exports.UserIdentity$ = [
      3,
      n0,
      _UI,
      0,
      [_aR, _aAw, _aS, _fU, _iU, _roo, _ty],
      [[() => exports.AssumedRole$, { [_jN]: _aR }], [() => exports.AwsAccount$, { [_jN]: _aAw }], [() => exports.AwsService$, { [_jN]: _aS }], [() => exports.FederatedUser$, { [_jN]: _fU }], [() => exports.IamUser$, { [_jN]: _iU }], [() => exports.UserIdentityRoot$, { [_jN]: _roo }], [0, { [_jN]: _ty }]]
    ];
    exports.UserIdentityRoot$ = [
      3,
      n0,
      _UIR,
      0,
      [_aI, _a, _pI],
      [[0, { [_jN]: _aI }], [0, { [_jN]: _a }], [0, { [_jN]: _pI }]]
    ];
    exports.UserPausedDetails$ = [
      3,
      n0,
      _UPD,
      0,
      [_jEA, _jIEHEA, _jPA],
      [[5, { [_jN]: _jEA }], [0, { [_jN]: _jIEHEA }], [5, { [_jN]: _jPA }]]
    ];
    exports.WeeklySchedule$ = [
      3,
      n0,
      _WS,
      0,
      [_dOW],
      [[0, { [_jN]: _dOW }]]
    ];
    var __listOf__string = 64 | 0;
    var __listOfAdminAccount = [
      1,
      n0,
      _lOAA,
      0,
      [
        () => exports.AdminAccount$,
        0
      ]
    ];
    var __listOfAllowListSummary = [
      1,
      n0,
      _lOALS,
      0,
      [
        () => exports.AllowListSummary$,
        0
      ]
    ];
    var __listOfAutomatedDiscoveryAccount = [
      1,
      n0,
      _lOADA,
      0,
      [
        () => exports.AutomatedDiscoveryAccount$,
        0
      ]
    ];
    var __listOfAutomatedDiscoveryAccountUpdate = [
      1,
      n0,
      _lOADAU,
      0,
      [
        () => exports.AutomatedDiscoveryAccountUpdate$,
        0
      ]
    ];
    var __listOfAutomatedDiscoveryAccountUpdateError = [
      1,
      n0,
      _lOADAUE,
      0,
      [
        () => exports.AutomatedDiscoveryAccountUpdateError$,
        0
      ]
    ];
    var __listOfBatchGetCustomDataIdentifierSummary = [
      1,
      n0,
      _lOBGCDIS,
      0,
      [
        () => exports.BatchGetCustomDataIdentifierSummary$,
        0
      ]
    ];
    var __listOfBucketMetadata = [
      1,
      n0,
      _lOBM,
      0,
      [
        () => exports.BucketMetadata$,
        0
      ]
    ];
    var __listOfClassificationScopeSummary = [
      1,
      n0,
      _lOCSS,
      0,
      [
        () => exports.ClassificationScopeSummary$,
        0
      ]
    ];
    var __listOfCriteriaForJob = [
      1,
      n0,
      _lOCFJ,
      0,
      [
        () => exports.CriteriaForJob$,
        0
      ]
    ];
    var __listOfCustomDataIdentifierSummary = [
      1,
      n0,
      _lOCDIS,
      0,
      [
        () => exports.CustomDataIdentifierSummary$,
        0
      ]
    ];
    var __listOfDetectedDataDetails = [
      1,
      n0,
      _lODDD,
      0,
      [
        () => exports.DetectedDataDetails$,
        0
      ]
    ];
    var __listOfDetection = [
      1,
      n0,
      _lOD,
      0,
      [
        () => exports.Detection$,
        0
      ]
    ];
    var __listOfFinding = [
      1,
      n0,
      _lOF,
      0,
      [
        () => exports.Finding$,
        0
      ]
    ];
    var __listOfFindingsFilterListItem = [
      1,
      n0,
      _lOFFLI,
      0,
      [
        () => exports.FindingsFilterListItem$,
        0
      ]
    ];
    var __listOfFindingType = 64 | 0;
    var __listOfGroupCount = [
      1,
      n0,
      _lOGC,
      0,
      [
        () => exports.GroupCount$,
        0
      ]
    ];
    var __listOfInvitation = [
      1,
      n0,
      _lOI,
      0,
      [
        () => exports.Invitation$,
        0
      ]
    ];
    var __listOfJobScopeTerm = [
      1,
      n0,
      _lOJST,
      0,
      [
        () => exports.JobScopeTerm$,
        0
      ]
    ];
    var __listOfJobSummary = [
      1,
      n0,
      _lOJS,
      0,
      [
        () => exports.JobSummary$,
        0
      ]
    ];
    var __listOfKeyValuePair = [
      1,
      n0,
      _lOKVP,
      0,
      [
        () => exports.KeyValuePair$,
        0
      ]
    ];
    var __listOfListJobsFilterTerm = [
      1,
      n0,
      _lOLJFT,
      0,
      [
        () => exports.ListJobsFilterTerm$,
        0
      ]
    ];
    var __listOfManagedDataIdentifierSummary = [
      1,
      n0,
      _lOMDIS,
      0,
      [
        () => exports.ManagedDataIdentifierSummary$,
        0
      ]
    ];
    var __listOfMatchingResource = [
      1,
      n0,
      _lOMR,
      0,
      [
        () => exports.MatchingResource$,
        0
      ]
    ];
    var __listOfMember = [
      1,
      n0,
      _lOM,
      0,
      [
        () => exports.Member$,
        0
      ]
    ];
    var __listOfResourceProfileArtifact = [
      1,
      n0,
      _lORPA,
      0,
      [
        () => exports.ResourceProfileArtifact$,
        0
      ]
    ];
    var __listOfS3BucketDefinitionForJob = [
      1,
      n0,
      _lOSBDFJ,
      0,
      [
        () => exports.S3BucketDefinitionForJob$,
        0
      ]
    ];
    var __listOfS3BucketName = 64 | 0;
    var __listOfSearchResourcesCriteria = [
      1,
      n0,
      _lOSRC,
      0,
      [
        () => exports.SearchResourcesCriteria$,
        0
      ]
    ];
    var __listOfSearchResourcesTagCriterionPair = [
      1,
      n0,
      _lOSRTCP,
      0,
      [
        () => exports.SearchResourcesTagCriterionPair$,
        0
      ]
    ];
    var __listOfSensitivityInspectionTemplatesEntry = [
      1,
      n0,
      _lOSITE,
      0,
      [
        () => exports.SensitivityInspectionTemplatesEntry$,
        0
      ]
    ];
    var __listOfSuppressDataIdentifier = [
      1,
      n0,
      _lOSDI,
      0,
      [
        () => exports.SuppressDataIdentifier$,
        0
      ]
    ];
    var __listOfTagCriterionPairForJob = [
      1,
      n0,
      _lOTCPFJ,
      0,
      [
        () => exports.TagCriterionPairForJob$,
        0
      ]
    ];
    var __listOfTagValuePair = [
      1,
      n0,
      _lOTVP,
      0,
      [
        () => exports.TagValuePair$,
        0
      ]
    ];
    var __listOfUnavailabilityReasonCode = 64 | 0;
    var __listOfUnprocessedAccount = [
      1,
      n0,
      _lOUA,
      0,
      [
        () => exports.UnprocessedAccount$,
        0
      ]
    ];
    var __listOfUsageByAccount = [
      1,
      n0,
      _lOUBA,
      0,
      [
        () => exports.UsageByAccount$,
        0
      ]
    ];
    var __listOfUsageRecord = [
      1,
      n0,
      _lOUR,
      0,
      [
        () => exports.UsageRecord$,
        0
      ]
    ];
    var __listOfUsageStatisticsFilter = [
      1,
      n0,
      _lOUSF,
      0,
      [
        () => exports.UsageStatisticsFilter$,
        0
      ]
    ];
    var __listOfUsageTotal = [
      1,
      n0,
      _lOUT,
      0,
      [
        () => exports.UsageTotal$,
        0
      ]
    ];
    var Cells = [
      1,
      n0,
      _Ce,
      0,
      [
        () => exports.Cell$,
        0
      ]
    ];
    var CustomDetections = [
      1,
      n0,
      _CDus,
      0,
      [
        () => exports.CustomDetection$,
        0
      ]
    ];
    var DefaultDetections = [
      1,
      n0,
      _DDe,
      0,
      [
        () => exports.DefaultDetection$,
        0
      ]
    ];
    var KeyValuePairList = [
      1,
      n0,
      _KVPL,
      0,
      [
        () => exports.KeyValuePair$,
        0
      ]
    ];
    var Pages = [
      1,
      n0,
      _Pa,
      0,
      [
        () => exports.Page$,
        0
      ]
    ];
    var Ranges = [
      1,
      n0,
      _Ra,
      0,
      [
        () => exports.Range$,
        0
      ]
    ];
    var Records = [
      1,
      n0,
      _Rec,
      0,
      [
        () => exports._Record$,
        0
      ]
    ];
    var SensitiveData = [
      1,
      n0,
      _SDe,
      0,
      [
        () => exports.SensitiveDataItem$,
        0
      ]
    ];
    var SeverityLevelList = [
      1,
      n0,
      _SLL,
      0,
      [
        () => exports.SeverityLevel$,
        0
      ]
    ];
    var BucketCriteria = [
      2,
      n0,
      _BC,
      0,
      [
        0,
        0
      ],
      [
        () => exports.BucketCriteriaAdditionalProperties$,
        0
      ]
    ];
    var Criterion = [
      2,
      n0,
      _Cr,
      0,
      [
        0,
        0
      ],
      [
        () => exports.CriterionAdditionalProperties$,
        0
      ]
    ];
    var SensitiveDataOccurrences = [
      2,
      n0,
      _SDO,
      0,
      [
        0,
        0
      ],
      [
        () => __listOfDetectedDataDetails,
        0
      ]
    ];
    var TagMap = 128 | 0;
    exports.AcceptInvitation$ = [
      9,
      n0,
      _AI,
      { [_h]: ["POST", "/invitations/accept", 200] },
      () => exports.AcceptInvitationRequest$,
      () => exports.AcceptInvitationResponse$
    ];
    exports.BatchGetCustomDataIdentifiers$ = [
      9,
      n0,
      _BGCDI,
      { [_h]: ["POST", "/custom-data-identifiers/get", 200] },
      () => exports.BatchGetCustomDataIdentifiersRequest$,
      () => exports.BatchGetCustomDataIdentifiersResponse$
    ];
    exports.BatchUpdateAutomatedDiscoveryAccounts$ = [
      9,
      n0,
      _BUADA,
      { [_h]: ["PATCH", "/automated-discovery/accounts", 200] },
      () => exports.BatchUpdateAutomatedDiscoveryAccountsRequest$,
      () => exports.BatchUpdateAutomatedDiscoveryAccountsResponse$
    ];
    exports.CreateAllowList$ = [
      9,
      n0,
      _CAL,
      { [_h]: ["POST", "/allow-lists", 200] },
      () => exports.CreateAllowListRequest$,
      () => exports.CreateAllowListResponse$
    ];
    exports.CreateClassificationJob$ = [
      9,
      n0,
      _CCJ,
      { [_h]: ["POST", "/jobs", 200] },
      () => exports.CreateClassificationJobRequest$,
      () => exports.CreateClassificationJobResponse$
    ];
    exports.CreateCustomDataIdentifier$ = [
      9,
      n0,
      _CCDI,
      { [_h]: ["POST", "/custom-data-identifiers", 200] },
      () => exports.CreateCustomDataIdentifierRequest$,
      () => exports.CreateCustomDataIdentifierResponse$
    ];
    exports.CreateFindingsFilter$ = [
      9,
      n0,
      _CFF,
      { [_h]: ["POST", "/findingsfilters", 200] },
      () => exports.CreateFindingsFilterRequest$,
      () => exports.CreateFindingsFilterResponse$
    ];
    exports.CreateInvitations$ = [
      9,
      n0,
      _CI,
      { [_h]: ["POST", "/invitations", 200] },
      () => exports.CreateInvitationsRequest$,
      () => exports.CreateInvitationsResponse$
    ];
    exports.CreateMember$ = [
      9,
      n0,
      _CM,
      { [_h]: ["POST", "/members", 200] },
      () => exports.CreateMemberRequest$,
      () => exports.CreateMemberResponse$
    ];
    exports.CreateSampleFindings$ = [
      9,
      n0,
      _CSF,
      { [_h]: ["POST", "/findings/sample", 200] },
      () => exports.CreateSampleFindingsRequest$,
      () => exports.CreateSampleFindingsResponse$
    ];
    exports.DeclineInvitations$ = [
      9,
      n0,
      _DI,
      { [_h]: ["POST", "/invitations/decline", 200] },
      () => exports.DeclineInvitationsRequest$,
      () => exports.DeclineInvitationsResponse$
    ];
    exports.DeleteAllowList$ = [
      9,
      n0,
      _DAL,
      { [_h]: ["DELETE", "/allow-lists/{id}", 200] },
      () => exports.DeleteAllowListRequest$,
      () => exports.DeleteAllowListResponse$
    ];
    exports.DeleteCustomDataIdentifier$ = [
      9,
      n0,
      _DCDI,
      { [_h]: ["DELETE", "/custom-data-identifiers/{id}", 200] },
      () => exports.DeleteCustomDataIdentifierRequest$,
      () => exports.DeleteCustomDataIdentifierResponse$
    ];
    exports.DeleteFindingsFilter$ = [
      9,
      n0,
      _DFF,
      { [_h]: ["DELETE", "/findingsfilters/{id}", 200] },
      () => exports.DeleteFindingsFilterRequest$,
      () => exports.DeleteFindingsFilterResponse$
    ];
    exports.DeleteInvitations$ = [
      9,
      n0,
      _DIe,
      { [_h]: ["POST", "/invitations/delete", 200] },
      () => exports.DeleteInvitationsRequest$,
      () => exports.DeleteInvitationsResponse$
    ];
    exports.DeleteMember$ = [
      9,
      n0,
      _DM,
      { [_h]: ["DELETE", "/members/{id}", 200] },
      () => exports.DeleteMemberRequest$,
      () => exports.DeleteMemberResponse$
    ];
    exports.DescribeBuckets$ = [
      9,
      n0,
      _DB,
      { [_h]: ["POST", "/datasources/s3", 200] },
      () => exports.DescribeBucketsRequest$,
      () => exports.DescribeBucketsResponse$
    ];
    exports.DescribeClassificationJob$ = [
      9,
      n0,
      _DCJ,
      { [_h]: ["GET", "/jobs/{jobId}", 200] },
      () => exports.DescribeClassificationJobRequest$,
      () => exports.DescribeClassificationJobResponse$
    ];
    exports.DescribeOrganizationConfiguration$ = [
      9,
      n0,
      _DOC,
      { [_h]: ["GET", "/admin/configuration", 200] },
      () => exports.DescribeOrganizationConfigurationRequest$,
      () => exports.DescribeOrganizationConfigurationResponse$
    ];
    exports.DisableMacie$ = [
      9,
      n0,
      _DMi,
      { [_h]: ["DELETE", "/macie", 200] },
      () => exports.DisableMacieRequest$,
      () => exports.DisableMacieResponse$
    ];
    exports.DisableOrganizationAdminAccount$ = [
      9,
      n0,
      _DOAA,
      { [_h]: ["DELETE", "/admin", 200] },
      () => exports.DisableOrganizationAdminAccountRequest$,
      () => exports.DisableOrganizationAdminAccountResponse$
    ];
    exports.DisassociateFromAdministratorAccount$ = [
      9,
      n0,
      _DFAA,
      { [_h]: ["POST", "/administrator/disassociate", 200] },
      () => exports.DisassociateFromAdministratorAccountRequest$,
      () => exports.DisassociateFromAdministratorAccountResponse$
    ];
    exports.DisassociateFromMasterAccount$ = [
      9,
      n0,
      _DFMA,
      { [_h]: ["POST", "/master/disassociate", 200] },
      () => exports.DisassociateFromMasterAccountRequest$,
      () => exports.DisassociateFromMasterAccountResponse$
    ];
    exports.DisassociateMember$ = [
      9,
      n0,
      _DMis,
      { [_h]: ["POST", "/members/disassociate/{id}", 200] },
      () => exports.DisassociateMemberRequest$,
      () => exports.DisassociateMemberResponse$
    ];
    exports.EnableMacie$ = [
      9,
      n0,
      _EM,
      { [_h]: ["POST", "/macie", 200] },
      () => exports.EnableMacieRequest$,
      () => exports.EnableMacieResponse$
    ];
    exports.EnableOrganizationAdminAccount$ = [
      9,
      n0,
      _EOAA,
      { [_h]: ["POST", "/admin", 200] },
      () => exports.EnableOrganizationAdminAccountRequest$,
      () => exports.EnableOrganizationAdminAccountResponse$
    ];
    exports.GetAdministratorAccount$ = [
      9,
      n0,
      _GAA,
      { [_h]: ["GET", "/administrator", 200] },
      () => exports.GetAdministratorAccountRequest$,
      () => exports.GetAdministratorAccountResponse$
    ];
    exports.GetAllowList$ = [
      9,
      n0,
      _GAL,
      { [_h]: ["GET", "/allow-lists/{id}", 200] },
      () => exports.GetAllowListRequest$,
      () => exports.GetAllowListResponse$
    ];
    exports.GetAutomatedDiscoveryConfiguration$ = [
      9,
      n0,
      _GADC,
      { [_h]: ["GET", "/automated-discovery/configuration", 200] },
      () => exports.GetAutomatedDiscoveryConfigurationRequest$,
      () => exports.GetAutomatedDiscoveryConfigurationResponse$
    ];
    exports.GetBucketStatistics$ = [
      9,
      n0,
      _GBS,
      { [_h]: ["POST", "/datasources/s3/statistics", 200] },
      () => exports.GetBucketStatisticsRequest$,
      () => exports.GetBucketStatisticsResponse$
    ];
    exports.GetClassificationExportConfiguration$ = [
      9,
      n0,
      _GCEC,
      { [_h]: ["GET", "/classification-export-configuration", 200] },
      () => exports.GetClassificationExportConfigurationRequest$,
      () => exports.GetClassificationExportConfigurationResponse$
    ];
    exports.GetClassificationScope$ = [
      9,
      n0,
      _GCS,
      { [_h]: ["GET", "/classification-scopes/{id}", 200] },
      () => exports.GetClassificationScopeRequest$,
      () => exports.GetClassificationScopeResponse$
    ];
    exports.GetCustomDataIdentifier$ = [
      9,
      n0,
      _GCDI,
      { [_h]: ["GET", "/custom-data-identifiers/{id}", 200] },
      () => exports.GetCustomDataIdentifierRequest$,
      () => exports.GetCustomDataIdentifierResponse$
    ];
    exports.GetFindings$ = [
      9,
      n0,
      _GF,
      { [_h]: ["POST", "/findings/describe", 200] },
      () => exports.GetFindingsRequest$,
      () => exports.GetFindingsResponse$
    ];
    exports.GetFindingsFilter$ = [
      9,
      n0,
      _GFF,
      { [_h]: ["GET", "/findingsfilters/{id}", 200] },
      () => exports.GetFindingsFilterRequest$,
      () => exports.GetFindingsFilterResponse$
    ];
    exports.GetFindingsPublicationConfiguration$ = [
      9,
      n0,
      _GFPC,
      { [_h]: ["GET", "/findings-publication-configuration", 200] },
      () => exports.GetFindingsPublicationConfigurationRequest$,
      () => exports.GetFindingsPublicationConfigurationResponse$
    ];
    exports.GetFindingStatistics$ = [
      9,
      n0,
      _GFS,
      { [_h]: ["POST", "/findings/statistics", 200] },
      () => exports.GetFindingStatisticsRequest$,
      () => exports.GetFindingStatisticsResponse$
    ];
    exports.GetInvitationsCount$ = [
      9,
      n0,
      _GIC,
      { [_h]: ["GET", "/invitations/count", 200] },
      () => exports.GetInvitationsCountRequest$,
      () => exports.GetInvitationsCountResponse$
    ];
    exports.GetMacieSession$ = [
      9,
      n0,
      _GMS,
      { [_h]: ["GET", "/macie", 200] },
      () => exports.GetMacieSessionRequest$,
      () => exports.GetMacieSessionResponse$
    ];
    exports.GetMasterAccount$ = [
      9,
      n0,
      _GMA,
      { [_h]: ["GET", "/master", 200] },
      () => exports.GetMasterAccountRequest$,
      () => exports.GetMasterAccountResponse$
    ];
    exports.GetMember$ = [
      9,
      n0,
      _GM,
      { [_h]: ["GET", "/members/{id}", 200] },
      () => exports.GetMemberRequest$,
      () => exports.GetMemberResponse$
    ];
    exports.GetResourceProfile$ = [
      9,
      n0,
      _GRP,
      { [_h]: ["GET", "/resource-profiles", 200] },
      () => exports.GetResourceProfileRequest$,
      () => exports.GetResourceProfileResponse$
    ];
    exports.GetRevealConfiguration$ = [
      9,
      n0,
      _GRC,
      { [_h]: ["GET", "/reveal-configuration", 200] },
      () => exports.GetRevealConfigurationRequest$,
      () => exports.GetRevealConfigurationResponse$
    ];
    exports.GetSensitiveDataOccurrences$ = [
      9,
      n0,
      _GSDO,
      { [_h]: ["GET", "/findings/{findingId}/reveal", 200] },
      () => exports.GetSensitiveDataOccurrencesRequest$,
      () => exports.GetSensitiveDataOccurrencesResponse$
    ];
    exports.GetSensitiveDataOccurrencesAvailability$ = [
      9,
      n0,
      _GSDOA,
      { [_h]: ["GET", "/findings/{findingId}/reveal/availability", 200] },
      () => exports.GetSensitiveDataOccurrencesAvailabilityRequest$,
      () => exports.GetSensitiveDataOccurrencesAvailabilityResponse$
    ];
    exports.GetSensitivityInspectionTemplate$ = [
      9,
      n0,
      _GSIT,
      { [_h]: ["GET", "/templates/sensitivity-inspections/{id}", 200] },
      () => exports.GetSensitivityInspectionTemplateRequest$,
      () => exports.GetSensitivityInspectionTemplateResponse$
    ];
    exports.GetUsageStatistics$ = [
      9,
      n0,
      _GUS,
      { [_h]: ["POST", "/usage/statistics", 200] },
      () => exports.GetUsageStatisticsRequest$,
      () => exports.GetUsageStatisticsResponse$
    ];
    exports.GetUsageTotals$ = [
      9,
      n0,
      _GUT,
      { [_h]: ["GET", "/usage", 200] },
      () => exports.GetUsageTotalsRequest$,
      () => exports.GetUsageTotalsResponse$
    ];
    exports.ListAllowLists$ = [
      9,
      n0,
      _LAL,
      { [_h]: ["GET", "/allow-lists", 200] },
      () => exports.ListAllowListsRequest$,
      () => exports.ListAllowListsResponse$
    ];
    exports.ListAutomatedDiscoveryAccounts$ = [
      9,
      n0,
      _LADA,
      { [_h]: ["GET", "/automated-discovery/accounts", 200] },
      () => exports.ListAutomatedDiscoveryAccountsRequest$,
      () => exports.ListAutomatedDiscoveryAccountsResponse$
    ];
    exports.ListClassificationJobs$ = [
      9,
      n0,
      _LCJ,
      { [_h]: ["POST", "/jobs/list", 200] },
      () => exports.ListClassificationJobsRequest$,
      () => exports.ListClassificationJobsResponse$
    ];
    exports.ListClassificationScopes$ = [
      9,
      n0,
      _LCS,
      { [_h]: ["GET", "/classification-scopes", 200] },
      () => exports.ListClassificationScopesRequest$,
      () => exports.ListClassificationScopesResponse$
    ];
    exports.ListCustomDataIdentifiers$ = [
      9,
      n0,
      _LCDI,
      { [_h]: ["POST", "/custom-data-identifiers/list", 200] },
      () => exports.ListCustomDataIdentifiersRequest$,
      () => exports.ListCustomDataIdentifiersResponse$
    ];
    exports.ListFindings$ = [
      9,
      n0,
      _LF,
      { [_h]: ["POST", "/findings", 200] },
      () => exports.ListFindingsRequest$,
      () => exports.ListFindingsResponse$
    ];
    exports.ListFindingsFilters$ = [
      9,
      n0,
      _LFF,
      { [_h]: ["GET", "/findingsfilters", 200] },
      () => exports.ListFindingsFiltersRequest$,
      () => exports.ListFindingsFiltersResponse$
    ];
    exports.ListInvitations$ = [
      9,
      n0,
      _LI,
      { [_h]: ["GET", "/invitations", 200] },
      () => exports.ListInvitationsRequest$,
      () => exports.ListInvitationsResponse$
    ];
    exports.ListManagedDataIdentifiers$ = [
      9,
      n0,
      _LMDI,
      { [_h]: ["POST", "/managed-data-identifiers/list", 200] },
      () => exports.ListManagedDataIdentifiersRequest$,
      () => exports.ListManagedDataIdentifiersResponse$
    ];
    exports.ListMembers$ = [
      9,
      n0,
      _LM,
      { [_h]: ["GET", "/members", 200] },
      () => exports.ListMembersRequest$,
      () => exports.ListMembersResponse$
    ];
    exports.ListOrganizationAdminAccounts$ = [
      9,
      n0,
      _LOAA,
      { [_h]: ["GET", "/admin", 200] },
      () => exports.ListOrganizationAdminAccountsRequest$,
      () => exports.ListOrganizationAdminAccountsResponse$
    ];
    exports.ListResourceProfileArtifacts$ = [
      9,
      n0,
      _LRPA,
      { [_h]: ["GET", "/resource-profiles/artifacts", 200] },
      () => exports.ListResourceProfileArtifactsRequest$,
      () => exports.ListResourceProfileArtifactsResponse$
    ];
    exports.ListResourceProfileDetections$ = [
      9,
      n0,
      _LRPD,
      { [_h]: ["GET", "/resource-profiles/detections", 200] },
      () => exports.ListResourceProfileDetectionsRequest$,
      () => exports.ListResourceProfileDetectionsResponse$
    ];
    exports.ListSensitivityInspectionTemplates$ = [
      9,
      n0,
      _LSIT,
      { [_h]: ["GET", "/templates/sensitivity-inspections", 200] },
      () => exports.ListSensitivityInspectionTemplatesRequest$,
      () => exports.ListSensitivityInspectionTemplatesResponse$
    ];
    exports.ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      { [_h]: ["GET", "/tags/{resourceArn}", 200] },
      () => exports.ListTagsForResourceRequest$,
      () => exports.ListTagsForResourceResponse$
    ];
    exports.PutClassificationExportConfiguration$ = [
      9,
      n0,
      _PCEC,
      { [_h]: ["PUT", "/classification-export-configuration", 200] },
      () => exports.PutClassificationExportConfigurationRequest$,
      () => exports.PutClassificationExportConfigurationResponse$
    ];
    exports.PutFindingsPublicationConfiguration$ = [
      9,
      n0,
      _PFPC,
      { [_h]: ["PUT", "/findings-publication-configuration", 200] },
      () => exports.PutFindingsPublicationConfigurationRequest$,
      () => exports.PutFindingsPublicationConfigurationResponse$
    ];
    exports.SearchResources$ = [
      9,
      n0,
      _SR,
      { [_h]: ["POST", "/datasources/search-resources", 200] },
      () => exports.SearchResourcesRequest$,
      () => exports.SearchResourcesResponse$
    ];
    exports.TagResource$ = [
      9,
      n0,
      _TR,
      { [_h]: ["POST", "/tags/{resourceArn}", 204] },
      () => exports.TagResourceRequest$,
      () => exports.TagResourceResponse$
    ];
    exports.TestCustomDataIdentifier$ = [
      9,
      n0,
      _TCDI,
      { [_h]: ["POST", "/custom-data-identifiers/test", 200] },
      () => exports.TestCustomDataIdentifierRequest$,
      () => exports.TestCustomDataIdentifierResponse$
    ];
    exports.UntagResource$ = [
      9,
      n0,
      _URn,
      { [_h]: ["DELETE", "/tags/{resourceArn}", 204] },
      () => exports.UntagResourceRequest$,
      () => exports.UntagResourceResponse$
    ];
    exports.UpdateAllowList$ = [
      9,
      n0,
      _UAL,
      { [_h]: ["PUT", "/allow-lists/{id}", 200] },
      () => exports.UpdateAllowListRequest$,
      () => exports.UpdateAllowListResponse$
    ];
    exports.UpdateAutomatedDiscoveryConfiguration$ = [
      9,
      n0,
      _UADC,
      { [_h]: ["PUT", "/automated-discovery/configuration", 200] },
      () => exports.UpdateAutomatedDiscoveryConfigurationRequest$,
      () => exports.UpdateAutomatedDiscoveryConfigurationResponse$
    ];
    exports.UpdateClassificationJob$ = [
      9,
      n0,
      _UCJ,
      { [_h]: ["PATCH", "/jobs/{jobId}", 200] },
      () => exports.UpdateClassificationJobRequest$,
      () => exports.UpdateClassificationJobResponse$
    ];
    exports.UpdateClassificationScope$ = [
      9,
      n0,
      _UCS,
      { [_h]: ["PATCH", "/classification-scopes/{id}", 200] },
      () => exports.UpdateClassificationScopeRequest$,
      () => exports.UpdateClassificationScopeResponse$
    ];
    exports.UpdateFindingsFilter$ = [
      9,
      n0,
      _UFF,
      { [_h]: ["PATCH", "/findingsfilters/{id}", 200] },
      () => exports.UpdateFindingsFilterRequest$,
      () => exports.UpdateFindingsFilterResponse$
    ];
    exports.UpdateMacieSession$ = [
      9,
      n0,
      _UMS,
      { [_h]: ["PATCH", "/macie", 200] },
      () => exports.UpdateMacieSessionRequest$,
      () => exports.UpdateMacieSessionResponse$
    ];
    exports.UpdateMemberSession$ = [
      9,
      n0,
      _UMSp,
      { [_h]: ["PATCH", "/macie/members/{id}", 200] },
      () => exports.UpdateMemberSessionRequest$,
      () => exports.UpdateMemberSessionResponse$
    ];
    exports.UpdateOrganizationConfiguration$ = [
      9,
      n0,
      _UOC,
      { [_h]: ["PATCH", "/admin/configuration", 200] },
      () => exports.UpdateOrganizationConfigurationRequest$,
      () => exports.UpdateOrganizationConfigurationResponse$
    ];
    exports.UpdateResourceProfile$ = [
      9,
      n0,
      _URP,
      { [_h]: ["PATCH", "/resource-profiles", 200] },
      () => exports.UpdateResourceProfileRequest$,
      () => exports.UpdateResourceProfileResponse$
    ];
    exports.UpdateResourceProfileDetections$ = [
      9,
      n0,
      _URPD,
      { [_h]: ["PATCH", "/resource-profiles/detections", 200] },
      () => exports.UpdateResourceProfileDetectionsRequest$,
      () => exports.UpdateResourceProfileDetectionsResponse$
    ];
    exports.UpdateRevealConfiguration$ = [
      9,
      n0,
      _URCp,
      { [_h]: ["PUT", "/reveal-configuration", 200] },
      () => exports.UpdateRevealConfigurationRequest$,
      () => exports.UpdateRevealConfigurationResponse$
    ];
    exports.UpdateSensitivityInspectionTemplate$ = [
      9,
      n0,
      _USIT,
      { [_h]: ["PUT", "/templates/sensitivity-inspections/{id}", 200] },
      () => exports.UpdateSensitivityInspectionTemplateRequest$,
      () => exports.UpdateSensitivityInspectionTemplateResponse$
    ];
  }
});

// node_modules/@aws-sdk/client-macie2/dist-cjs/runtimeConfig.shared.js
var require_runtimeConfig_shared = __commonJS({
  "node_modules/@aws-sdk/client-macie2/dist-cjs/runtimeConfig.shared.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRuntimeConfig = void 0;
    var httpAuthSchemes_1 = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var protocols_1 = (init_protocols2(), __toCommonJS(protocols_exports2));
    var client_1 = (init_client(), __toCommonJS(client_exports));
    var protocols_2 = (init_protocols(), __toCommonJS(protocols_exports));
    var serde_1 = (init_serde(), __toCommonJS(serde_exports));
    var httpAuthSchemeProvider_1 = require_httpAuthSchemeProvider();
    var endpointResolver_1 = require_endpointResolver();
    var schemas_0_1 = require_schemas_0();
    var getRuntimeConfig = (config) => {
      return {
        apiVersion: "2020-01-01",
        base64Decoder: config?.base64Decoder ?? serde_1.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde_1.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? endpointResolver_1.defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? httpAuthSchemeProvider_1.defaultMacie2HttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new httpAuthSchemes_1.AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new client_1.NoOpLogger(),
        protocol: config?.protocol ?? protocols_1.AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.macie2",
          errorTypeRegistries: schemas_0_1.errorTypeRegistries,
          version: "2020-01-01",
          serviceTarget: "Macie2"
        },
        serviceId: config?.serviceId ?? "Macie2",
        urlParser: config?.urlParser ?? protocols_2.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde_1.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde_1.toUtf8
      };
    };
    exports.getRuntimeConfig = getRuntimeConfig;
  }
});

// node_modules/@aws-sdk/client-macie2/dist-cjs/runtimeConfig.js
var require_runtimeConfig = __commonJS({
  "node_modules/@aws-sdk/client-macie2/dist-cjs/runtimeConfig.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRuntimeConfig = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var package_json_1 = tslib_1.__importDefault(require_package());
    var client_1 = (init_client2(), __toCommonJS(client_exports2));
    var httpAuthSchemes_1 = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var credential_provider_node_1 = require_dist_cjs2();
    var client_2 = (init_client(), __toCommonJS(client_exports));
    var config_1 = (init_config(), __toCommonJS(config_exports));
    var retry_1 = (init_retry(), __toCommonJS(retry_exports));
    var serde_1 = (init_serde(), __toCommonJS(serde_exports));
    var node_http_handler_1 = require_dist_cjs();
    var runtimeConfig_shared_1 = require_runtimeConfig_shared();
    var getRuntimeConfig = (config) => {
      (0, client_2.emitWarningIfUnsupportedVersion)(process.version);
      const defaultsMode = (0, config_1.resolveDefaultsModeConfig)(config);
      const defaultConfigProvider = () => defaultsMode().then(client_2.loadConfigsForDefaultMode);
      const clientSharedValues = (0, runtimeConfig_shared_1.getRuntimeConfig)(config);
      (0, client_1.emitWarningIfUnsupportedVersion)(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0, config_1.loadConfig)(httpAuthSchemes_1.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? serde_1.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? credential_provider_node_1.defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, client_1.createDefaultUserAgentProvider)({ serviceId: clientSharedValues.serviceId, clientVersion: package_json_1.default.version }),
        maxAttempts: config?.maxAttempts ?? (0, config_1.loadConfig)(retry_1.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0, config_1.loadConfig)(config_1.NODE_REGION_CONFIG_OPTIONS, { ...config_1.NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: node_http_handler_1.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? (0, config_1.loadConfig)({
          ...retry_1.NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || retry_1.DEFAULT_RETRY_MODE
        }, config),
        sha256: config?.sha256 ?? serde_1.Hash.bind(null, "sha256"),
        streamCollector: config?.streamCollector ?? node_http_handler_1.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, config_1.loadConfig)(config_1.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0, config_1.loadConfig)(config_1.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0, config_1.loadConfig)(client_1.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    exports.getRuntimeConfig = getRuntimeConfig;
  }
});

// node_modules/@aws-sdk/client-macie2/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-macie2/dist-cjs/index.js"(exports) {
    "use strict";
    var client$1 = (init_client2(), __toCommonJS(client_exports2));
    var core = (init_dist_es(), __toCommonJS(dist_es_exports));
    var client = (init_client(), __toCommonJS(client_exports));
    var config = (init_config(), __toCommonJS(config_exports));
    var endpoints = (init_endpoints(), __toCommonJS(endpoints_exports));
    var protocols = (init_protocols(), __toCommonJS(protocols_exports));
    var retry = (init_retry(), __toCommonJS(retry_exports));
    var schema = (init_schema(), __toCommonJS(schema_exports));
    var httpAuthSchemeProvider = require_httpAuthSchemeProvider();
    var runtimeConfig = require_runtimeConfig();
    var schemas_0 = require_schemas_0();
    var errors = require_errors();
    var Macie2ServiceException = require_Macie2ServiceException();
    var resolveClientEndpointParameters = (options) => {
      return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "macie2"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var getHttpAuthExtensionConfiguration = (runtimeConfig2) => {
      const _httpAuthSchemes = runtimeConfig2.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig2.httpAuthSchemeProvider;
      let _credentials = runtimeConfig2.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) {
            _httpAuthSchemes.push(httpAuthScheme);
          } else {
            _httpAuthSchemes.splice(index, 1, httpAuthScheme);
          }
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider2) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider2;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    var resolveHttpAuthRuntimeConfig = (config2) => {
      return {
        httpAuthSchemes: config2.httpAuthSchemes(),
        httpAuthSchemeProvider: config2.httpAuthSchemeProvider(),
        credentials: config2.credentials()
      };
    };
    var resolveRuntimeExtensions = (runtimeConfig2, extensions) => {
      const extensionConfiguration = Object.assign(client$1.getAwsRegionExtensionConfiguration(runtimeConfig2), client.getDefaultExtensionConfiguration(runtimeConfig2), protocols.getHttpHandlerExtensionConfiguration(runtimeConfig2), getHttpAuthExtensionConfiguration(runtimeConfig2));
      extensions.forEach((extension) => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig2, client$1.resolveAwsRegionExtensionConfiguration(extensionConfiguration), client.resolveDefaultRuntimeConfig(extensionConfiguration), protocols.resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    var Macie2Client = class extends client.Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = runtimeConfig.getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = client$1.resolveUserAgentConfig(_config_1);
        const _config_3 = retry.resolveRetryConfig(_config_2);
        const _config_4 = config.resolveRegionConfig(_config_3);
        const _config_5 = client$1.resolveHostHeaderConfig(_config_4);
        const _config_6 = endpoints.resolveEndpointConfig(_config_5);
        const _config_7 = httpAuthSchemeProvider.resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(schema.getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(client$1.getUserAgentPlugin(this.config));
        this.middlewareStack.use(retry.getRetryPlugin(this.config));
        this.middlewareStack.use(protocols.getContentLengthPlugin(this.config));
        this.middlewareStack.use(client$1.getHostHeaderPlugin(this.config));
        this.middlewareStack.use(client$1.getLoggerPlugin(this.config));
        this.middlewareStack.use(client$1.getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(core.getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: httpAuthSchemeProvider.defaultMacie2HttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config2) => new core.DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config2.credentials
          })
        }));
        this.middlewareStack.use(core.getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
    var AcceptInvitationCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "AcceptInvitation", {}).n("Macie2Client", "AcceptInvitationCommand").sc(schemas_0.AcceptInvitation$).build() {
    };
    var BatchGetCustomDataIdentifiersCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "BatchGetCustomDataIdentifiers", {}).n("Macie2Client", "BatchGetCustomDataIdentifiersCommand").sc(schemas_0.BatchGetCustomDataIdentifiers$).build() {
    };
    var BatchUpdateAutomatedDiscoveryAccountsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "BatchUpdateAutomatedDiscoveryAccounts", {}).n("Macie2Client", "BatchUpdateAutomatedDiscoveryAccountsCommand").sc(schemas_0.BatchUpdateAutomatedDiscoveryAccounts$).build() {
    };
    var CreateAllowListCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "CreateAllowList", {}).n("Macie2Client", "CreateAllowListCommand").sc(schemas_0.CreateAllowList$).build() {
    };
    var CreateClassificationJobCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "CreateClassificationJob", {}).n("Macie2Client", "CreateClassificationJobCommand").sc(schemas_0.CreateClassificationJob$).build() {
    };
    var CreateCustomDataIdentifierCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "CreateCustomDataIdentifier", {}).n("Macie2Client", "CreateCustomDataIdentifierCommand").sc(schemas_0.CreateCustomDataIdentifier$).build() {
    };
    var CreateFindingsFilterCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "CreateFindingsFilter", {}).n("Macie2Client", "CreateFindingsFilterCommand").sc(schemas_0.CreateFindingsFilter$).build() {
    };
    var CreateInvitationsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "CreateInvitations", {}).n("Macie2Client", "CreateInvitationsCommand").sc(schemas_0.CreateInvitations$).build() {
    };
    var CreateMemberCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "CreateMember", {}).n("Macie2Client", "CreateMemberCommand").sc(schemas_0.CreateMember$).build() {
    };
    var CreateSampleFindingsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "CreateSampleFindings", {}).n("Macie2Client", "CreateSampleFindingsCommand").sc(schemas_0.CreateSampleFindings$).build() {
    };
    var DeclineInvitationsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "DeclineInvitations", {}).n("Macie2Client", "DeclineInvitationsCommand").sc(schemas_0.DeclineInvitations$).build() {
    };
    var DeleteAllowListCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "DeleteAllowList", {}).n("Macie2Client", "DeleteAllowListCommand").sc(schemas_0.DeleteAllowList$).build() {
    };
    var DeleteCustomDataIdentifierCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "DeleteCustomDataIdentifier", {}).n("Macie2Client", "DeleteCustomDataIdentifierCommand").sc(schemas_0.DeleteCustomDataIdentifier$).build() {
    };
    var DeleteFindingsFilterCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "DeleteFindingsFilter", {}).n("Macie2Client", "DeleteFindingsFilterCommand").sc(schemas_0.DeleteFindingsFilter$).build() {
    };
    var DeleteInvitationsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "DeleteInvitations", {}).n("Macie2Client", "DeleteInvitationsCommand").sc(schemas_0.DeleteInvitations$).build() {
    };
    var DeleteMemberCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "DeleteMember", {}).n("Macie2Client", "DeleteMemberCommand").sc(schemas_0.DeleteMember$).build() {
    };
    var DescribeBucketsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "DescribeBuckets", {}).n("Macie2Client", "DescribeBucketsCommand").sc(schemas_0.DescribeBuckets$).build() {
    };
    var DescribeClassificationJobCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "DescribeClassificationJob", {}).n("Macie2Client", "DescribeClassificationJobCommand").sc(schemas_0.DescribeClassificationJob$).build() {
    };
    var DescribeOrganizationConfigurationCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "DescribeOrganizationConfiguration", {}).n("Macie2Client", "DescribeOrganizationConfigurationCommand").sc(schemas_0.DescribeOrganizationConfiguration$).build() {
    };
    var DisableMacieCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "DisableMacie", {}).n("Macie2Client", "DisableMacieCommand").sc(schemas_0.DisableMacie$).build() {
    };
    var DisableOrganizationAdminAccountCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "DisableOrganizationAdminAccount", {}).n("Macie2Client", "DisableOrganizationAdminAccountCommand").sc(schemas_0.DisableOrganizationAdminAccount$).build() {
    };
    var DisassociateFromAdministratorAccountCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "DisassociateFromAdministratorAccount", {}).n("Macie2Client", "DisassociateFromAdministratorAccountCommand").sc(schemas_0.DisassociateFromAdministratorAccount$).build() {
    };
    var DisassociateFromMasterAccountCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "DisassociateFromMasterAccount", {}).n("Macie2Client", "DisassociateFromMasterAccountCommand").sc(schemas_0.DisassociateFromMasterAccount$).build() {
    };
    var DisassociateMemberCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "DisassociateMember", {}).n("Macie2Client", "DisassociateMemberCommand").sc(schemas_0.DisassociateMember$).build() {
    };
    var EnableMacieCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "EnableMacie", {}).n("Macie2Client", "EnableMacieCommand").sc(schemas_0.EnableMacie$).build() {
    };
    var EnableOrganizationAdminAccountCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "EnableOrganizationAdminAccount", {}).n("Macie2Client", "EnableOrganizationAdminAccountCommand").sc(schemas_0.EnableOrganizationAdminAccount$).build() {
    };
    var GetAdministratorAccountCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetAdministratorAccount", {}).n("Macie2Client", "GetAdministratorAccountCommand").sc(schemas_0.GetAdministratorAccount$).build() {
    };
    var GetAllowListCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetAllowList", {}).n("Macie2Client", "GetAllowListCommand").sc(schemas_0.GetAllowList$).build() {
    };
    var GetAutomatedDiscoveryConfigurationCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetAutomatedDiscoveryConfiguration", {}).n("Macie2Client", "GetAutomatedDiscoveryConfigurationCommand").sc(schemas_0.GetAutomatedDiscoveryConfiguration$).build() {
    };
    var GetBucketStatisticsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetBucketStatistics", {}).n("Macie2Client", "GetBucketStatisticsCommand").sc(schemas_0.GetBucketStatistics$).build() {
    };
    var GetClassificationExportConfigurationCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetClassificationExportConfiguration", {}).n("Macie2Client", "GetClassificationExportConfigurationCommand").sc(schemas_0.GetClassificationExportConfiguration$).build() {
    };
    var GetClassificationScopeCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetClassificationScope", {}).n("Macie2Client", "GetClassificationScopeCommand").sc(schemas_0.GetClassificationScope$).build() {
    };
    var GetCustomDataIdentifierCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetCustomDataIdentifier", {}).n("Macie2Client", "GetCustomDataIdentifierCommand").sc(schemas_0.GetCustomDataIdentifier$).build() {
    };
    var GetFindingsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetFindings", {}).n("Macie2Client", "GetFindingsCommand").sc(schemas_0.GetFindings$).build() {
    };
    var GetFindingsFilterCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetFindingsFilter", {}).n("Macie2Client", "GetFindingsFilterCommand").sc(schemas_0.GetFindingsFilter$).build() {
    };
    var GetFindingsPublicationConfigurationCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetFindingsPublicationConfiguration", {}).n("Macie2Client", "GetFindingsPublicationConfigurationCommand").sc(schemas_0.GetFindingsPublicationConfiguration$).build() {
    };
    var GetFindingStatisticsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetFindingStatistics", {}).n("Macie2Client", "GetFindingStatisticsCommand").sc(schemas_0.GetFindingStatistics$).build() {
    };
    var GetInvitationsCountCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetInvitationsCount", {}).n("Macie2Client", "GetInvitationsCountCommand").sc(schemas_0.GetInvitationsCount$).build() {
    };
    var GetMacieSessionCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetMacieSession", {}).n("Macie2Client", "GetMacieSessionCommand").sc(schemas_0.GetMacieSession$).build() {
    };
    var GetMasterAccountCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetMasterAccount", {}).n("Macie2Client", "GetMasterAccountCommand").sc(schemas_0.GetMasterAccount$).build() {
    };
    var GetMemberCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetMember", {}).n("Macie2Client", "GetMemberCommand").sc(schemas_0.GetMember$).build() {
    };
    var GetResourceProfileCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetResourceProfile", {}).n("Macie2Client", "GetResourceProfileCommand").sc(schemas_0.GetResourceProfile$).build() {
    };
    var GetRevealConfigurationCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetRevealConfiguration", {}).n("Macie2Client", "GetRevealConfigurationCommand").sc(schemas_0.GetRevealConfiguration$).build() {
    };
    var GetSensitiveDataOccurrencesAvailabilityCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetSensitiveDataOccurrencesAvailability", {}).n("Macie2Client", "GetSensitiveDataOccurrencesAvailabilityCommand").sc(schemas_0.GetSensitiveDataOccurrencesAvailability$).build() {
    };
    var GetSensitiveDataOccurrencesCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetSensitiveDataOccurrences", {}).n("Macie2Client", "GetSensitiveDataOccurrencesCommand").sc(schemas_0.GetSensitiveDataOccurrences$).build() {
    };
    var GetSensitivityInspectionTemplateCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetSensitivityInspectionTemplate", {}).n("Macie2Client", "GetSensitivityInspectionTemplateCommand").sc(schemas_0.GetSensitivityInspectionTemplate$).build() {
    };
    var GetUsageStatisticsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetUsageStatistics", {}).n("Macie2Client", "GetUsageStatisticsCommand").sc(schemas_0.GetUsageStatistics$).build() {
    };
    var GetUsageTotalsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "GetUsageTotals", {}).n("Macie2Client", "GetUsageTotalsCommand").sc(schemas_0.GetUsageTotals$).build() {
    };
    var ListAllowListsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "ListAllowLists", {}).n("Macie2Client", "ListAllowListsCommand").sc(schemas_0.ListAllowLists$).build() {
    };
    var ListAutomatedDiscoveryAccountsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "ListAutomatedDiscoveryAccounts", {}).n("Macie2Client", "ListAutomatedDiscoveryAccountsCommand").sc(schemas_0.ListAutomatedDiscoveryAccounts$).build() {
    };
    var ListClassificationJobsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "ListClassificationJobs", {}).n("Macie2Client", "ListClassificationJobsCommand").sc(schemas_0.ListClassificationJobs$).build() {
    };
    var ListClassificationScopesCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "ListClassificationScopes", {}).n("Macie2Client", "ListClassificationScopesCommand").sc(schemas_0.ListClassificationScopes$).build() {
    };
    var ListCustomDataIdentifiersCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "ListCustomDataIdentifiers", {}).n("Macie2Client", "ListCustomDataIdentifiersCommand").sc(schemas_0.ListCustomDataIdentifiers$).build() {
    };
    var ListFindingsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "ListFindings", {}).n("Macie2Client", "ListFindingsCommand").sc(schemas_0.ListFindings$).build() {
    };
    var ListFindingsFiltersCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "ListFindingsFilters", {}).n("Macie2Client", "ListFindingsFiltersCommand").sc(schemas_0.ListFindingsFilters$).build() {
    };
    var ListInvitationsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "ListInvitations", {}).n("Macie2Client", "ListInvitationsCommand").sc(schemas_0.ListInvitations$).build() {
    };
    var ListManagedDataIdentifiersCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "ListManagedDataIdentifiers", {}).n("Macie2Client", "ListManagedDataIdentifiersCommand").sc(schemas_0.ListManagedDataIdentifiers$).build() {
    };
    var ListMembersCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "ListMembers", {}).n("Macie2Client", "ListMembersCommand").sc(schemas_0.ListMembers$).build() {
    };
    var ListOrganizationAdminAccountsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "ListOrganizationAdminAccounts", {}).n("Macie2Client", "ListOrganizationAdminAccountsCommand").sc(schemas_0.ListOrganizationAdminAccounts$).build() {
    };
    var ListResourceProfileArtifactsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "ListResourceProfileArtifacts", {}).n("Macie2Client", "ListResourceProfileArtifactsCommand").sc(schemas_0.ListResourceProfileArtifacts$).build() {
    };
    var ListResourceProfileDetectionsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "ListResourceProfileDetections", {}).n("Macie2Client", "ListResourceProfileDetectionsCommand").sc(schemas_0.ListResourceProfileDetections$).build() {
    };
    var ListSensitivityInspectionTemplatesCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "ListSensitivityInspectionTemplates", {}).n("Macie2Client", "ListSensitivityInspectionTemplatesCommand").sc(schemas_0.ListSensitivityInspectionTemplates$).build() {
    };
    var ListTagsForResourceCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "ListTagsForResource", {}).n("Macie2Client", "ListTagsForResourceCommand").sc(schemas_0.ListTagsForResource$).build() {
    };
    var PutClassificationExportConfigurationCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "PutClassificationExportConfiguration", {}).n("Macie2Client", "PutClassificationExportConfigurationCommand").sc(schemas_0.PutClassificationExportConfiguration$).build() {
    };
    var PutFindingsPublicationConfigurationCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "PutFindingsPublicationConfiguration", {}).n("Macie2Client", "PutFindingsPublicationConfigurationCommand").sc(schemas_0.PutFindingsPublicationConfiguration$).build() {
    };
    var SearchResourcesCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "SearchResources", {}).n("Macie2Client", "SearchResourcesCommand").sc(schemas_0.SearchResources$).build() {
    };
    var TagResourceCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "TagResource", {}).n("Macie2Client", "TagResourceCommand").sc(schemas_0.TagResource$).build() {
    };
    var TestCustomDataIdentifierCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "TestCustomDataIdentifier", {}).n("Macie2Client", "TestCustomDataIdentifierCommand").sc(schemas_0.TestCustomDataIdentifier$).build() {
    };
    var UntagResourceCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "UntagResource", {}).n("Macie2Client", "UntagResourceCommand").sc(schemas_0.UntagResource$).build() {
    };
    var UpdateAllowListCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "UpdateAllowList", {}).n("Macie2Client", "UpdateAllowListCommand").sc(schemas_0.UpdateAllowList$).build() {
    };
    var UpdateAutomatedDiscoveryConfigurationCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "UpdateAutomatedDiscoveryConfiguration", {}).n("Macie2Client", "UpdateAutomatedDiscoveryConfigurationCommand").sc(schemas_0.UpdateAutomatedDiscoveryConfiguration$).build() {
    };
    var UpdateClassificationJobCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "UpdateClassificationJob", {}).n("Macie2Client", "UpdateClassificationJobCommand").sc(schemas_0.UpdateClassificationJob$).build() {
    };
    var UpdateClassificationScopeCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "UpdateClassificationScope", {}).n("Macie2Client", "UpdateClassificationScopeCommand").sc(schemas_0.UpdateClassificationScope$).build() {
    };
    var UpdateFindingsFilterCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "UpdateFindingsFilter", {}).n("Macie2Client", "UpdateFindingsFilterCommand").sc(schemas_0.UpdateFindingsFilter$).build() {
    };
    var UpdateMacieSessionCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "UpdateMacieSession", {}).n("Macie2Client", "UpdateMacieSessionCommand").sc(schemas_0.UpdateMacieSession$).build() {
    };
    var UpdateMemberSessionCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "UpdateMemberSession", {}).n("Macie2Client", "UpdateMemberSessionCommand").sc(schemas_0.UpdateMemberSession$).build() {
    };
    var UpdateOrganizationConfigurationCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "UpdateOrganizationConfiguration", {}).n("Macie2Client", "UpdateOrganizationConfigurationCommand").sc(schemas_0.UpdateOrganizationConfiguration$).build() {
    };
    var UpdateResourceProfileCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "UpdateResourceProfile", {}).n("Macie2Client", "UpdateResourceProfileCommand").sc(schemas_0.UpdateResourceProfile$).build() {
    };
    var UpdateResourceProfileDetectionsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "UpdateResourceProfileDetections", {}).n("Macie2Client", "UpdateResourceProfileDetectionsCommand").sc(schemas_0.UpdateResourceProfileDetections$).build() {
    };
    var UpdateRevealConfigurationCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "UpdateRevealConfiguration", {}).n("Macie2Client", "UpdateRevealConfigurationCommand").sc(schemas_0.UpdateRevealConfiguration$).build() {
    };
    var UpdateSensitivityInspectionTemplateCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config2, o) {
      return [endpoints.getEndpointPlugin(config2, Command.getEndpointParameterInstructions())];
    }).s("Macie2", "UpdateSensitivityInspectionTemplate", {}).n("Macie2Client", "UpdateSensitivityInspectionTemplateCommand").sc(schemas_0.UpdateSensitivityInspectionTemplate$).build() {
    };
    var paginateDescribeBuckets = core.createPaginator(Macie2Client, DescribeBucketsCommand, "nextToken", "nextToken", "maxResults");
    var paginateGetUsageStatistics = core.createPaginator(Macie2Client, GetUsageStatisticsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListAllowLists = core.createPaginator(Macie2Client, ListAllowListsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListAutomatedDiscoveryAccounts = core.createPaginator(Macie2Client, ListAutomatedDiscoveryAccountsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListClassificationJobs = core.createPaginator(Macie2Client, ListClassificationJobsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListClassificationScopes = core.createPaginator(Macie2Client, ListClassificationScopesCommand, "nextToken", "nextToken", "");
    var paginateListCustomDataIdentifiers = core.createPaginator(Macie2Client, ListCustomDataIdentifiersCommand, "nextToken", "nextToken", "maxResults");
    var paginateListFindingsFilters = core.createPaginator(Macie2Client, ListFindingsFiltersCommand, "nextToken", "nextToken", "maxResults");
    var paginateListFindings = core.createPaginator(Macie2Client, ListFindingsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListInvitations = core.createPaginator(Macie2Client, ListInvitationsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListManagedDataIdentifiers = core.createPaginator(Macie2Client, ListManagedDataIdentifiersCommand, "nextToken", "nextToken", "");
    var paginateListMembers = core.createPaginator(Macie2Client, ListMembersCommand, "nextToken", "nextToken", "maxResults");
    var paginateListOrganizationAdminAccounts = core.createPaginator(Macie2Client, ListOrganizationAdminAccountsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListResourceProfileArtifacts = core.createPaginator(Macie2Client, ListResourceProfileArtifactsCommand, "nextToken", "nextToken", "");
    var paginateListResourceProfileDetections = core.createPaginator(Macie2Client, ListResourceProfileDetectionsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListSensitivityInspectionTemplates = core.createPaginator(Macie2Client, ListSensitivityInspectionTemplatesCommand, "nextToken", "nextToken", "maxResults");
    var paginateSearchResources = core.createPaginator(Macie2Client, SearchResourcesCommand, "nextToken", "nextToken", "maxResults");
    var checkState = async (client$12, input) => {
      let reason;
      try {
        let result = await client$12.send(new GetSensitiveDataOccurrencesCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            return result.status;
          };
          if (returnComparator() === "SUCCESS") {
            return { state: client.WaiterState.SUCCESS, reason };
          }
        } catch (e) {
        }
        try {
          const returnComparator = () => {
            return result.status;
          };
          if (returnComparator() === "ERROR") {
            return { state: client.WaiterState.SUCCESS, reason };
          }
        } catch (e) {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: client.WaiterState.RETRY, reason };
    };
    var waitForFindingRevealed = async (params, input) => {
      const serviceDefaults = { minDelay: 2, maxDelay: 120 };
      return client.createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    };
    var waitUntilFindingRevealed = async (params, input) => {
      const serviceDefaults = { minDelay: 2, maxDelay: 120 };
      const result = await client.createWaiter({ ...serviceDefaults, ...params }, input, checkState);
      return client.checkExceptions(result);
    };
    var commands = {
      AcceptInvitationCommand,
      BatchGetCustomDataIdentifiersCommand,
      BatchUpdateAutomatedDiscoveryAccountsCommand,
      CreateAllowListCommand,
      CreateClassificationJobCommand,
      CreateCustomDataIdentifierCommand,
      CreateFindingsFilterCommand,
      CreateInvitationsCommand,
      CreateMemberCommand,
      CreateSampleFindingsCommand,
      DeclineInvitationsCommand,
      DeleteAllowListCommand,
      DeleteCustomDataIdentifierCommand,
      DeleteFindingsFilterCommand,
      DeleteInvitationsCommand,
      DeleteMemberCommand,
      DescribeBucketsCommand,
      DescribeClassificationJobCommand,
      DescribeOrganizationConfigurationCommand,
      DisableMacieCommand,
      DisableOrganizationAdminAccountCommand,
      DisassociateFromAdministratorAccountCommand,
      DisassociateFromMasterAccountCommand,
      DisassociateMemberCommand,
      EnableMacieCommand,
      EnableOrganizationAdminAccountCommand,
      GetAdministratorAccountCommand,
      GetAllowListCommand,
      GetAutomatedDiscoveryConfigurationCommand,
      GetBucketStatisticsCommand,
      GetClassificationExportConfigurationCommand,
      GetClassificationScopeCommand,
      GetCustomDataIdentifierCommand,
      GetFindingsCommand,
      GetFindingsFilterCommand,
      GetFindingsPublicationConfigurationCommand,
      GetFindingStatisticsCommand,
      GetInvitationsCountCommand,
      GetMacieSessionCommand,
      GetMasterAccountCommand,
      GetMemberCommand,
      GetResourceProfileCommand,
      GetRevealConfigurationCommand,
      GetSensitiveDataOccurrencesCommand,
      GetSensitiveDataOccurrencesAvailabilityCommand,
      GetSensitivityInspectionTemplateCommand,
      GetUsageStatisticsCommand,
      GetUsageTotalsCommand,
      ListAllowListsCommand,
      ListAutomatedDiscoveryAccountsCommand,
      ListClassificationJobsCommand,
      ListClassificationScopesCommand,
      ListCustomDataIdentifiersCommand,
      ListFindingsCommand,
      ListFindingsFiltersCommand,
      ListInvitationsCommand,
      ListManagedDataIdentifiersCommand,
      ListMembersCommand,
      ListOrganizationAdminAccountsCommand,
      ListResourceProfileArtifactsCommand,
      ListResourceProfileDetectionsCommand,
      ListSensitivityInspectionTemplatesCommand,
      ListTagsForResourceCommand,
      PutClassificationExportConfigurationCommand,
      PutFindingsPublicationConfigurationCommand,
      SearchResourcesCommand,
      TagResourceCommand,
      TestCustomDataIdentifierCommand,
      UntagResourceCommand,
      UpdateAllowListCommand,
      UpdateAutomatedDiscoveryConfigurationCommand,
      UpdateClassificationJobCommand,
      UpdateClassificationScopeCommand,
      UpdateFindingsFilterCommand,
      UpdateMacieSessionCommand,
      UpdateMemberSessionCommand,
      UpdateOrganizationConfigurationCommand,
      UpdateResourceProfileCommand,
      UpdateResourceProfileDetectionsCommand,
      UpdateRevealConfigurationCommand,
      UpdateSensitivityInspectionTemplateCommand
    };
    var paginators = {
      paginateDescribeBuckets,
      paginateGetUsageStatistics,
      paginateListAllowLists,
      paginateListAutomatedDiscoveryAccounts,
      paginateListClassificationJobs,
      paginateListClassificationScopes,
      paginateListCustomDataIdentifiers,
      paginateListFindings,
      paginateListFindingsFilters,
      paginateListInvitations,
      paginateListManagedDataIdentifiers,
      paginateListMembers,
      paginateListOrganizationAdminAccounts,
      paginateListResourceProfileArtifacts,
      paginateListResourceProfileDetections,
      paginateListSensitivityInspectionTemplates,
      paginateSearchResources
    };
    var waiters = {
      waitUntilFindingRevealed
    };
    var Macie2 = class extends Macie2Client {
    };
    client.createAggregatedClient(commands, Macie2, { paginators, waiters });
    var AdminStatus = {
      DISABLING_IN_PROGRESS: "DISABLING_IN_PROGRESS",
      ENABLED: "ENABLED"
    };
    var AutomatedDiscoveryAccountStatus = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var AutomatedDiscoveryAccountUpdateErrorCode = {
      ACCOUNT_NOT_FOUND: "ACCOUNT_NOT_FOUND",
      ACCOUNT_PAUSED: "ACCOUNT_PAUSED"
    };
    var AllowsUnencryptedObjectUploads = {
      FALSE: "FALSE",
      TRUE: "TRUE",
      UNKNOWN: "UNKNOWN"
    };
    var AutomatedDiscoveryMonitoringStatus = {
      MONITORED: "MONITORED",
      NOT_MONITORED: "NOT_MONITORED"
    };
    var BucketMetadataErrorCode = {
      ACCESS_DENIED: "ACCESS_DENIED",
      BUCKET_COUNT_EXCEEDS_QUOTA: "BUCKET_COUNT_EXCEEDS_QUOTA"
    };
    var IsDefinedInJob = {
      FALSE: "FALSE",
      TRUE: "TRUE",
      UNKNOWN: "UNKNOWN"
    };
    var IsMonitoredByJob = {
      FALSE: "FALSE",
      TRUE: "TRUE",
      UNKNOWN: "UNKNOWN"
    };
    var EffectivePermission = {
      NOT_PUBLIC: "NOT_PUBLIC",
      PUBLIC: "PUBLIC",
      UNKNOWN: "UNKNOWN"
    };
    var Type = {
      AES256: "AES256",
      NONE: "NONE",
      aws_kms: "aws:kms",
      aws_kms_dsse: "aws:kms:dsse"
    };
    var SharedAccess = {
      EXTERNAL: "EXTERNAL",
      INTERNAL: "INTERNAL",
      NOT_SHARED: "NOT_SHARED",
      UNKNOWN: "UNKNOWN"
    };
    var JobComparator = {
      CONTAINS: "CONTAINS",
      EQ: "EQ",
      GT: "GT",
      GTE: "GTE",
      LT: "LT",
      LTE: "LTE",
      NE: "NE",
      STARTS_WITH: "STARTS_WITH"
    };
    var SimpleCriterionKeyForJob = {
      ACCOUNT_ID: "ACCOUNT_ID",
      S3_BUCKET_EFFECTIVE_PERMISSION: "S3_BUCKET_EFFECTIVE_PERMISSION",
      S3_BUCKET_NAME: "S3_BUCKET_NAME",
      S3_BUCKET_SHARED_ACCESS: "S3_BUCKET_SHARED_ACCESS"
    };
    var DataIdentifierType = {
      CUSTOM: "CUSTOM",
      MANAGED: "MANAGED"
    };
    var FindingCategory = {
      CLASSIFICATION: "CLASSIFICATION",
      POLICY: "POLICY"
    };
    var OriginType = {
      AUTOMATED_SENSITIVE_DATA_DISCOVERY: "AUTOMATED_SENSITIVE_DATA_DISCOVERY",
      SENSITIVE_DATA_DISCOVERY_JOB: "SENSITIVE_DATA_DISCOVERY_JOB"
    };
    var SensitiveDataItemCategory = {
      CREDENTIALS: "CREDENTIALS",
      CUSTOM_IDENTIFIER: "CUSTOM_IDENTIFIER",
      FINANCIAL_INFORMATION: "FINANCIAL_INFORMATION",
      PERSONAL_INFORMATION: "PERSONAL_INFORMATION"
    };
    var FindingActionType = {
      AWS_API_CALL: "AWS_API_CALL"
    };
    var UserIdentityType = {
      AWSAccount: "AWSAccount",
      AWSService: "AWSService",
      AssumedRole: "AssumedRole",
      FederatedUser: "FederatedUser",
      IAMUser: "IAMUser",
      Root: "Root"
    };
    var EncryptionType = {
      AES256: "AES256",
      NONE: "NONE",
      UNKNOWN: "UNKNOWN",
      aws_kms: "aws:kms",
      aws_kms_dsse: "aws:kms:dsse"
    };
    var StorageClass = {
      DEEP_ARCHIVE: "DEEP_ARCHIVE",
      GLACIER: "GLACIER",
      GLACIER_IR: "GLACIER_IR",
      INTELLIGENT_TIERING: "INTELLIGENT_TIERING",
      ONEZONE_IA: "ONEZONE_IA",
      OUTPOSTS: "OUTPOSTS",
      REDUCED_REDUNDANCY: "REDUCED_REDUNDANCY",
      STANDARD: "STANDARD",
      STANDARD_IA: "STANDARD_IA"
    };
    var SeverityDescription = {
      High: "High",
      Low: "Low",
      Medium: "Medium"
    };
    var FindingType = {
      Policy_IAMUser_S3BlockPublicAccessDisabled: "Policy:IAMUser/S3BlockPublicAccessDisabled",
      Policy_IAMUser_S3BucketEncryptionDisabled: "Policy:IAMUser/S3BucketEncryptionDisabled",
      Policy_IAMUser_S3BucketPublic: "Policy:IAMUser/S3BucketPublic",
      Policy_IAMUser_S3BucketReplicatedExternally: "Policy:IAMUser/S3BucketReplicatedExternally",
      Policy_IAMUser_S3BucketSharedExternally: "Policy:IAMUser/S3BucketSharedExternally",
      Policy_IAMUser_S3BucketSharedWithCloudFront: "Policy:IAMUser/S3BucketSharedWithCloudFront",
      SensitiveData_S3Object_Credentials: "SensitiveData:S3Object/Credentials",
      SensitiveData_S3Object_CustomIdentifier: "SensitiveData:S3Object/CustomIdentifier",
      SensitiveData_S3Object_Financial: "SensitiveData:S3Object/Financial",
      SensitiveData_S3Object_Multiple: "SensitiveData:S3Object/Multiple",
      SensitiveData_S3Object_Personal: "SensitiveData:S3Object/Personal"
    };
    var FindingsFilterAction = {
      ARCHIVE: "ARCHIVE",
      NOOP: "NOOP"
    };
    var RelationshipStatus = {
      AccountSuspended: "AccountSuspended",
      Created: "Created",
      EmailVerificationFailed: "EmailVerificationFailed",
      EmailVerificationInProgress: "EmailVerificationInProgress",
      Enabled: "Enabled",
      Invited: "Invited",
      Paused: "Paused",
      RegionDisabled: "RegionDisabled",
      Removed: "Removed",
      Resigned: "Resigned"
    };
    var ScopeFilterKey = {
      OBJECT_EXTENSION: "OBJECT_EXTENSION",
      OBJECT_KEY: "OBJECT_KEY",
      OBJECT_LAST_MODIFIED_DATE: "OBJECT_LAST_MODIFIED_DATE",
      OBJECT_SIZE: "OBJECT_SIZE"
    };
    var TagTarget = {
      S3_OBJECT: "S3_OBJECT"
    };
    var JobStatus = {
      CANCELLED: "CANCELLED",
      COMPLETE: "COMPLETE",
      IDLE: "IDLE",
      PAUSED: "PAUSED",
      RUNNING: "RUNNING",
      USER_PAUSED: "USER_PAUSED"
    };
    var JobType = {
      ONE_TIME: "ONE_TIME",
      SCHEDULED: "SCHEDULED"
    };
    var LastRunErrorStatusCode = {
      ERROR: "ERROR",
      NONE: "NONE"
    };
    var ListJobsFilterKey = {
      createdAt: "createdAt",
      jobStatus: "jobStatus",
      jobType: "jobType",
      name: "name"
    };
    var SearchResourcesComparator = {
      EQ: "EQ",
      NE: "NE"
    };
    var SearchResourcesSimpleCriterionKey = {
      ACCOUNT_ID: "ACCOUNT_ID",
      AUTOMATED_DISCOVERY_MONITORING_STATUS: "AUTOMATED_DISCOVERY_MONITORING_STATUS",
      S3_BUCKET_EFFECTIVE_PERMISSION: "S3_BUCKET_EFFECTIVE_PERMISSION",
      S3_BUCKET_NAME: "S3_BUCKET_NAME",
      S3_BUCKET_SHARED_ACCESS: "S3_BUCKET_SHARED_ACCESS"
    };
    var UnavailabilityReasonCode = {
      ACCOUNT_NOT_IN_ORGANIZATION: "ACCOUNT_NOT_IN_ORGANIZATION",
      INVALID_CLASSIFICATION_RESULT: "INVALID_CLASSIFICATION_RESULT",
      INVALID_RESULT_SIGNATURE: "INVALID_RESULT_SIGNATURE",
      MEMBER_ROLE_TOO_PERMISSIVE: "MEMBER_ROLE_TOO_PERMISSIVE",
      MISSING_GET_MEMBER_PERMISSION: "MISSING_GET_MEMBER_PERMISSION",
      OBJECT_EXCEEDS_SIZE_QUOTA: "OBJECT_EXCEEDS_SIZE_QUOTA",
      OBJECT_UNAVAILABLE: "OBJECT_UNAVAILABLE",
      RESULT_NOT_SIGNED: "RESULT_NOT_SIGNED",
      ROLE_TOO_PERMISSIVE: "ROLE_TOO_PERMISSIVE",
      UNSUPPORTED_FINDING_TYPE: "UNSUPPORTED_FINDING_TYPE",
      UNSUPPORTED_OBJECT_TYPE: "UNSUPPORTED_OBJECT_TYPE"
    };
    var ErrorCode = {
      ClientError: "ClientError",
      InternalError: "InternalError"
    };
    var Currency = {
      USD: "USD"
    };
    var Unit = {
      TERABYTES: "TERABYTES"
    };
    var UsageType = {
      AUTOMATED_OBJECT_MONITORING: "AUTOMATED_OBJECT_MONITORING",
      AUTOMATED_SENSITIVE_DATA_DISCOVERY: "AUTOMATED_SENSITIVE_DATA_DISCOVERY",
      DATA_INVENTORY_EVALUATION: "DATA_INVENTORY_EVALUATION",
      SENSITIVE_DATA_DISCOVERY: "SENSITIVE_DATA_DISCOVERY"
    };
    var UsageStatisticsFilterComparator = {
      CONTAINS: "CONTAINS",
      EQ: "EQ",
      GT: "GT",
      GTE: "GTE",
      LT: "LT",
      LTE: "LTE",
      NE: "NE"
    };
    var UsageStatisticsFilterKey = {
      accountId: "accountId",
      freeTrialStartDate: "freeTrialStartDate",
      serviceLimit: "serviceLimit",
      total: "total"
    };
    var AllowListStatusCode = {
      OK: "OK",
      S3_OBJECT_ACCESS_DENIED: "S3_OBJECT_ACCESS_DENIED",
      S3_OBJECT_EMPTY: "S3_OBJECT_EMPTY",
      S3_OBJECT_NOT_FOUND: "S3_OBJECT_NOT_FOUND",
      S3_OBJECT_OVERSIZE: "S3_OBJECT_OVERSIZE",
      S3_THROTTLED: "S3_THROTTLED",
      S3_USER_ACCESS_DENIED: "S3_USER_ACCESS_DENIED",
      UNKNOWN_ERROR: "UNKNOWN_ERROR"
    };
    var AutoEnableMode = {
      ALL: "ALL",
      NEW: "NEW",
      NONE: "NONE"
    };
    var AutomatedDiscoveryStatus = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var AvailabilityCode = {
      AVAILABLE: "AVAILABLE",
      UNAVAILABLE: "UNAVAILABLE"
    };
    var OrderBy = {
      ASC: "ASC",
      DESC: "DESC"
    };
    var ClassificationScopeUpdateOperation = {
      ADD: "ADD",
      REMOVE: "REMOVE",
      REPLACE: "REPLACE"
    };
    var ManagedDataIdentifierSelector = {
      ALL: "ALL",
      EXCLUDE: "EXCLUDE",
      INCLUDE: "INCLUDE",
      NONE: "NONE",
      RECOMMENDED: "RECOMMENDED"
    };
    var DayOfWeek = {
      FRIDAY: "FRIDAY",
      MONDAY: "MONDAY",
      SATURDAY: "SATURDAY",
      SUNDAY: "SUNDAY",
      THURSDAY: "THURSDAY",
      TUESDAY: "TUESDAY",
      WEDNESDAY: "WEDNESDAY"
    };
    var DataIdentifierSeverity = {
      HIGH: "HIGH",
      LOW: "LOW",
      MEDIUM: "MEDIUM"
    };
    var FindingPublishingFrequency = {
      FIFTEEN_MINUTES: "FIFTEEN_MINUTES",
      ONE_HOUR: "ONE_HOUR",
      SIX_HOURS: "SIX_HOURS"
    };
    var MacieStatus = {
      ENABLED: "ENABLED",
      PAUSED: "PAUSED"
    };
    var FindingStatisticsSortAttributeName = {
      count: "count",
      groupKey: "groupKey"
    };
    var GroupBy = {
      classificationDetails_jobId: "classificationDetails.jobId",
      resourcesAffected_s3Bucket_name: "resourcesAffected.s3Bucket.name",
      severity_description: "severity.description",
      type: "type"
    };
    var RevealStatus = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var RetrievalMode = {
      ASSUME_ROLE: "ASSUME_ROLE",
      CALLER_CREDENTIALS: "CALLER_CREDENTIALS"
    };
    var RevealRequestStatus = {
      ERROR: "ERROR",
      PROCESSING: "PROCESSING",
      SUCCESS: "SUCCESS"
    };
    var UsageStatisticsSortKey = {
      accountId: "accountId",
      freeTrialStartDate: "freeTrialStartDate",
      serviceLimitValue: "serviceLimitValue",
      total: "total"
    };
    var TimeRange = {
      MONTH_TO_DATE: "MONTH_TO_DATE",
      PAST_30_DAYS: "PAST_30_DAYS"
    };
    var ListJobsSortAttributeName = {
      createdAt: "createdAt",
      jobStatus: "jobStatus",
      jobType: "jobType",
      name: "name"
    };
    var SearchResourcesSortAttributeName = {
      ACCOUNT_ID: "ACCOUNT_ID",
      RESOURCE_NAME: "RESOURCE_NAME",
      S3_CLASSIFIABLE_OBJECT_COUNT: "S3_CLASSIFIABLE_OBJECT_COUNT",
      S3_CLASSIFIABLE_SIZE_IN_BYTES: "S3_CLASSIFIABLE_SIZE_IN_BYTES"
    };
    exports.$Command = client.Command;
    exports.__Client = client.Client;
    exports.Macie2ServiceException = Macie2ServiceException.Macie2ServiceException;
    exports.AcceptInvitationCommand = AcceptInvitationCommand;
    exports.AdminStatus = AdminStatus;
    exports.AllowListStatusCode = AllowListStatusCode;
    exports.AllowsUnencryptedObjectUploads = AllowsUnencryptedObjectUploads;
    exports.AutoEnableMode = AutoEnableMode;
    exports.AutomatedDiscoveryAccountStatus = AutomatedDiscoveryAccountStatus;
    exports.AutomatedDiscoveryAccountUpdateErrorCode = AutomatedDiscoveryAccountUpdateErrorCode;
    exports.AutomatedDiscoveryMonitoringStatus = AutomatedDiscoveryMonitoringStatus;
    exports.AutomatedDiscoveryStatus = AutomatedDiscoveryStatus;
    exports.AvailabilityCode = AvailabilityCode;
    exports.BatchGetCustomDataIdentifiersCommand = BatchGetCustomDataIdentifiersCommand;
    exports.BatchUpdateAutomatedDiscoveryAccountsCommand = BatchUpdateAutomatedDiscoveryAccountsCommand;
    exports.BucketMetadataErrorCode = BucketMetadataErrorCode;
    exports.ClassificationScopeUpdateOperation = ClassificationScopeUpdateOperation;
    exports.CreateAllowListCommand = CreateAllowListCommand;
    exports.CreateClassificationJobCommand = CreateClassificationJobCommand;
    exports.CreateCustomDataIdentifierCommand = CreateCustomDataIdentifierCommand;
    exports.CreateFindingsFilterCommand = CreateFindingsFilterCommand;
    exports.CreateInvitationsCommand = CreateInvitationsCommand;
    exports.CreateMemberCommand = CreateMemberCommand;
    exports.CreateSampleFindingsCommand = CreateSampleFindingsCommand;
    exports.Currency = Currency;
    exports.DataIdentifierSeverity = DataIdentifierSeverity;
    exports.DataIdentifierType = DataIdentifierType;
    exports.DayOfWeek = DayOfWeek;
    exports.DeclineInvitationsCommand = DeclineInvitationsCommand;
    exports.DeleteAllowListCommand = DeleteAllowListCommand;
    exports.DeleteCustomDataIdentifierCommand = DeleteCustomDataIdentifierCommand;
    exports.DeleteFindingsFilterCommand = DeleteFindingsFilterCommand;
    exports.DeleteInvitationsCommand = DeleteInvitationsCommand;
    exports.DeleteMemberCommand = DeleteMemberCommand;
    exports.DescribeBucketsCommand = DescribeBucketsCommand;
    exports.DescribeClassificationJobCommand = DescribeClassificationJobCommand;
    exports.DescribeOrganizationConfigurationCommand = DescribeOrganizationConfigurationCommand;
    exports.DisableMacieCommand = DisableMacieCommand;
    exports.DisableOrganizationAdminAccountCommand = DisableOrganizationAdminAccountCommand;
    exports.DisassociateFromAdministratorAccountCommand = DisassociateFromAdministratorAccountCommand;
    exports.DisassociateFromMasterAccountCommand = DisassociateFromMasterAccountCommand;
    exports.DisassociateMemberCommand = DisassociateMemberCommand;
    exports.EffectivePermission = EffectivePermission;
    exports.EnableMacieCommand = EnableMacieCommand;
    exports.EnableOrganizationAdminAccountCommand = EnableOrganizationAdminAccountCommand;
    exports.EncryptionType = EncryptionType;
    exports.ErrorCode = ErrorCode;
    exports.FindingActionType = FindingActionType;
    exports.FindingCategory = FindingCategory;
    exports.FindingPublishingFrequency = FindingPublishingFrequency;
    exports.FindingStatisticsSortAttributeName = FindingStatisticsSortAttributeName;
    exports.FindingType = FindingType;
    exports.FindingsFilterAction = FindingsFilterAction;
    exports.GetAdministratorAccountCommand = GetAdministratorAccountCommand;
    exports.GetAllowListCommand = GetAllowListCommand;
    exports.GetAutomatedDiscoveryConfigurationCommand = GetAutomatedDiscoveryConfigurationCommand;
    exports.GetBucketStatisticsCommand = GetBucketStatisticsCommand;
    exports.GetClassificationExportConfigurationCommand = GetClassificationExportConfigurationCommand;
    exports.GetClassificationScopeCommand = GetClassificationScopeCommand;
    exports.GetCustomDataIdentifierCommand = GetCustomDataIdentifierCommand;
    exports.GetFindingStatisticsCommand = GetFindingStatisticsCommand;
    exports.GetFindingsCommand = GetFindingsCommand;
    exports.GetFindingsFilterCommand = GetFindingsFilterCommand;
    exports.GetFindingsPublicationConfigurationCommand = GetFindingsPublicationConfigurationCommand;
    exports.GetInvitationsCountCommand = GetInvitationsCountCommand;
    exports.GetMacieSessionCommand = GetMacieSessionCommand;
    exports.GetMasterAccountCommand = GetMasterAccountCommand;
    exports.GetMemberCommand = GetMemberCommand;
    exports.GetResourceProfileCommand = GetResourceProfileCommand;
    exports.GetRevealConfigurationCommand = GetRevealConfigurationCommand;
    exports.GetSensitiveDataOccurrencesAvailabilityCommand = GetSensitiveDataOccurrencesAvailabilityCommand;
    exports.GetSensitiveDataOccurrencesCommand = GetSensitiveDataOccurrencesCommand;
    exports.GetSensitivityInspectionTemplateCommand = GetSensitivityInspectionTemplateCommand;
    exports.GetUsageStatisticsCommand = GetUsageStatisticsCommand;
    exports.GetUsageTotalsCommand = GetUsageTotalsCommand;
    exports.GroupBy = GroupBy;
    exports.IsDefinedInJob = IsDefinedInJob;
    exports.IsMonitoredByJob = IsMonitoredByJob;
    exports.JobComparator = JobComparator;
    exports.JobStatus = JobStatus;
    exports.JobType = JobType;
    exports.LastRunErrorStatusCode = LastRunErrorStatusCode;
    exports.ListAllowListsCommand = ListAllowListsCommand;
    exports.ListAutomatedDiscoveryAccountsCommand = ListAutomatedDiscoveryAccountsCommand;
    exports.ListClassificationJobsCommand = ListClassificationJobsCommand;
    exports.ListClassificationScopesCommand = ListClassificationScopesCommand;
    exports.ListCustomDataIdentifiersCommand = ListCustomDataIdentifiersCommand;
    exports.ListFindingsCommand = ListFindingsCommand;
    exports.ListFindingsFiltersCommand = ListFindingsFiltersCommand;
    exports.ListInvitationsCommand = ListInvitationsCommand;
    exports.ListJobsFilterKey = ListJobsFilterKey;
    exports.ListJobsSortAttributeName = ListJobsSortAttributeName;
    exports.ListManagedDataIdentifiersCommand = ListManagedDataIdentifiersCommand;
    exports.ListMembersCommand = ListMembersCommand;
    exports.ListOrganizationAdminAccountsCommand = ListOrganizationAdminAccountsCommand;
    exports.ListResourceProfileArtifactsCommand = ListResourceProfileArtifactsCommand;
    exports.ListResourceProfileDetectionsCommand = ListResourceProfileDetectionsCommand;
    exports.ListSensitivityInspectionTemplatesCommand = ListSensitivityInspectionTemplatesCommand;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.Macie2 = Macie2;
    exports.Macie2Client = Macie2Client;
    exports.MacieStatus = MacieStatus;
    exports.ManagedDataIdentifierSelector = ManagedDataIdentifierSelector;
    exports.OrderBy = OrderBy;
    exports.OriginType = OriginType;
    exports.PutClassificationExportConfigurationCommand = PutClassificationExportConfigurationCommand;
    exports.PutFindingsPublicationConfigurationCommand = PutFindingsPublicationConfigurationCommand;
    exports.RelationshipStatus = RelationshipStatus;
    exports.RetrievalMode = RetrievalMode;
    exports.RevealRequestStatus = RevealRequestStatus;
    exports.RevealStatus = RevealStatus;
    exports.ScopeFilterKey = ScopeFilterKey;
    exports.SearchResourcesCommand = SearchResourcesCommand;
    exports.SearchResourcesComparator = SearchResourcesComparator;
    exports.SearchResourcesSimpleCriterionKey = SearchResourcesSimpleCriterionKey;
    exports.SearchResourcesSortAttributeName = SearchResourcesSortAttributeName;
    exports.SensitiveDataItemCategory = SensitiveDataItemCategory;
    exports.SeverityDescription = SeverityDescription;
    exports.SharedAccess = SharedAccess;
    exports.SimpleCriterionKeyForJob = SimpleCriterionKeyForJob;
    exports.StorageClass = StorageClass;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagTarget = TagTarget;
    exports.TestCustomDataIdentifierCommand = TestCustomDataIdentifierCommand;
    exports.TimeRange = TimeRange;
    exports.Type = Type;
    exports.UnavailabilityReasonCode = UnavailabilityReasonCode;
    exports.Unit = Unit;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UpdateAllowListCommand = UpdateAllowListCommand;
    exports.UpdateAutomatedDiscoveryConfigurationCommand = UpdateAutomatedDiscoveryConfigurationCommand;
    exports.UpdateClassificationJobCommand = UpdateClassificationJobCommand;
    exports.UpdateClassificationScopeCommand = UpdateClassificationScopeCommand;
    exports.UpdateFindingsFilterCommand = UpdateFindingsFilterCommand;
    exports.UpdateMacieSessionCommand = UpdateMacieSessionCommand;
    exports.UpdateMemberSessionCommand = UpdateMemberSessionCommand;
    exports.UpdateOrganizationConfigurationCommand = UpdateOrganizationConfigurationCommand;
    exports.UpdateResourceProfileCommand = UpdateResourceProfileCommand;
    exports.UpdateResourceProfileDetectionsCommand = UpdateResourceProfileDetectionsCommand;
    exports.UpdateRevealConfigurationCommand = UpdateRevealConfigurationCommand;
    exports.UpdateSensitivityInspectionTemplateCommand = UpdateSensitivityInspectionTemplateCommand;
    exports.UsageStatisticsFilterComparator = UsageStatisticsFilterComparator;
    exports.UsageStatisticsFilterKey = UsageStatisticsFilterKey;
    exports.UsageStatisticsSortKey = UsageStatisticsSortKey;
    exports.UsageType = UsageType;
    exports.UserIdentityType = UserIdentityType;
    exports.paginateDescribeBuckets = paginateDescribeBuckets;
    exports.paginateGetUsageStatistics = paginateGetUsageStatistics;
    exports.paginateListAllowLists = paginateListAllowLists;
    exports.paginateListAutomatedDiscoveryAccounts = paginateListAutomatedDiscoveryAccounts;
    exports.paginateListClassificationJobs = paginateListClassificationJobs;
    exports.paginateListClassificationScopes = paginateListClassificationScopes;
    exports.paginateListCustomDataIdentifiers = paginateListCustomDataIdentifiers;
    exports.paginateListFindings = paginateListFindings;
    exports.paginateListFindingsFilters = paginateListFindingsFilters;
    exports.paginateListInvitations = paginateListInvitations;
    exports.paginateListManagedDataIdentifiers = paginateListManagedDataIdentifiers;
    exports.paginateListMembers = paginateListMembers;
    exports.paginateListOrganizationAdminAccounts = paginateListOrganizationAdminAccounts;
    exports.paginateListResourceProfileArtifacts = paginateListResourceProfileArtifacts;
    exports.paginateListResourceProfileDetections = paginateListResourceProfileDetections;
    exports.paginateListSensitivityInspectionTemplates = paginateListSensitivityInspectionTemplates;
    exports.paginateSearchResources = paginateSearchResources;
    exports.waitForFindingRevealed = waitForFindingRevealed;
    exports.waitUntilFindingRevealed = waitUntilFindingRevealed;
    Object.prototype.hasOwnProperty.call(schemas_0, "__proto__") && !Object.prototype.hasOwnProperty.call(exports, "__proto__") && Object.defineProperty(exports, "__proto__", {
      enumerable: true,
      value: schemas_0["__proto__"]
    });
    Object.keys(schemas_0).forEach(function(k) {
      if (k !== "default" && !Object.prototype.hasOwnProperty.call(exports, k)) exports[k] = schemas_0[k];
    });
    Object.prototype.hasOwnProperty.call(errors, "__proto__") && !Object.prototype.hasOwnProperty.call(exports, "__proto__") && Object.defineProperty(exports, "__proto__", {
      enumerable: true,
      value: errors["__proto__"]
    });
    Object.keys(errors).forEach(function(k) {
      if (k !== "default" && !Object.prototype.hasOwnProperty.call(exports, k)) exports[k] = errors[k];
    });
  }
});

// commonjs-namespace:node_modules/@aws-sdk/client-macie2/dist-cjs/index.js
var exported = require_dist_cjs3();
var dist_cjs_default = exported;
var named0 = exported["$Command"];
var named1 = exported["AcceptInvitation$"];
var named2 = exported["AcceptInvitationCommand"];
var named3 = exported["AcceptInvitationRequest$"];
var named4 = exported["AcceptInvitationResponse$"];
var named5 = exported["AccessControlList$"];
var named6 = exported["AccessDeniedException"];
var named7 = exported["AccessDeniedException$"];
var named8 = exported["AccountDetail$"];
var named9 = exported["AccountLevelPermissions$"];
var named10 = exported["AdminAccount$"];
var named11 = exported["AdminStatus"];
var named12 = exported["AllowListCriteria$"];
var named13 = exported["AllowListStatus$"];
var named14 = exported["AllowListStatusCode"];
var named15 = exported["AllowListSummary$"];
var named16 = exported["AllowsUnencryptedObjectUploads"];
var named17 = exported["ApiCallDetails$"];
var named18 = exported["AssumedRole$"];
var named19 = exported["AutoEnableMode"];
var named20 = exported["AutomatedDiscoveryAccount$"];
var named21 = exported["AutomatedDiscoveryAccountStatus"];
var named22 = exported["AutomatedDiscoveryAccountUpdate$"];
var named23 = exported["AutomatedDiscoveryAccountUpdateError$"];
var named24 = exported["AutomatedDiscoveryAccountUpdateErrorCode"];
var named25 = exported["AutomatedDiscoveryMonitoringStatus"];
var named26 = exported["AutomatedDiscoveryStatus"];
var named27 = exported["AvailabilityCode"];
var named28 = exported["AwsAccount$"];
var named29 = exported["AwsService$"];
var named30 = exported["BatchGetCustomDataIdentifierSummary$"];
var named31 = exported["BatchGetCustomDataIdentifiers$"];
var named32 = exported["BatchGetCustomDataIdentifiersCommand"];
var named33 = exported["BatchGetCustomDataIdentifiersRequest$"];
var named34 = exported["BatchGetCustomDataIdentifiersResponse$"];
var named35 = exported["BatchUpdateAutomatedDiscoveryAccounts$"];
var named36 = exported["BatchUpdateAutomatedDiscoveryAccountsCommand"];
var named37 = exported["BatchUpdateAutomatedDiscoveryAccountsRequest$"];
var named38 = exported["BatchUpdateAutomatedDiscoveryAccountsResponse$"];
var named39 = exported["BlockPublicAccess$"];
var named40 = exported["BucketCountByEffectivePermission$"];
var named41 = exported["BucketCountByEncryptionType$"];
var named42 = exported["BucketCountBySharedAccessType$"];
var named43 = exported["BucketCountPolicyAllowsUnencryptedObjectUploads$"];
var named44 = exported["BucketCriteriaAdditionalProperties$"];
var named45 = exported["BucketLevelPermissions$"];
var named46 = exported["BucketMetadata$"];
var named47 = exported["BucketMetadataErrorCode"];
var named48 = exported["BucketPermissionConfiguration$"];
var named49 = exported["BucketPolicy$"];
var named50 = exported["BucketPublicAccess$"];
var named51 = exported["BucketServerSideEncryption$"];
var named52 = exported["BucketSortCriteria$"];
var named53 = exported["BucketStatisticsBySensitivity$"];
var named54 = exported["Cell$"];
var named55 = exported["ClassificationDetails$"];
var named56 = exported["ClassificationExportConfiguration$"];
var named57 = exported["ClassificationResult$"];
var named58 = exported["ClassificationResultStatus$"];
var named59 = exported["ClassificationScopeSummary$"];
var named60 = exported["ClassificationScopeUpdateOperation"];
var named61 = exported["ConflictException"];
var named62 = exported["ConflictException$"];
var named63 = exported["CreateAllowList$"];
var named64 = exported["CreateAllowListCommand"];
var named65 = exported["CreateAllowListRequest$"];
var named66 = exported["CreateAllowListResponse$"];
var named67 = exported["CreateClassificationJob$"];
var named68 = exported["CreateClassificationJobCommand"];
var named69 = exported["CreateClassificationJobRequest$"];
var named70 = exported["CreateClassificationJobResponse$"];
var named71 = exported["CreateCustomDataIdentifier$"];
var named72 = exported["CreateCustomDataIdentifierCommand"];
var named73 = exported["CreateCustomDataIdentifierRequest$"];
var named74 = exported["CreateCustomDataIdentifierResponse$"];
var named75 = exported["CreateFindingsFilter$"];
var named76 = exported["CreateFindingsFilterCommand"];
var named77 = exported["CreateFindingsFilterRequest$"];
var named78 = exported["CreateFindingsFilterResponse$"];
var named79 = exported["CreateInvitations$"];
var named80 = exported["CreateInvitationsCommand"];
var named81 = exported["CreateInvitationsRequest$"];
var named82 = exported["CreateInvitationsResponse$"];
var named83 = exported["CreateMember$"];
var named84 = exported["CreateMemberCommand"];
var named85 = exported["CreateMemberRequest$"];
var named86 = exported["CreateMemberResponse$"];
var named87 = exported["CreateSampleFindings$"];
var named88 = exported["CreateSampleFindingsCommand"];
var named89 = exported["CreateSampleFindingsRequest$"];
var named90 = exported["CreateSampleFindingsResponse$"];
var named91 = exported["CriteriaBlockForJob$"];
var named92 = exported["CriteriaForJob$"];
var named93 = exported["CriterionAdditionalProperties$"];
var named94 = exported["Currency"];
var named95 = exported["CustomDataIdentifierSummary$"];
var named96 = exported["CustomDataIdentifiers$"];
var named97 = exported["CustomDetection$"];
var named98 = exported["DailySchedule$"];
var named99 = exported["DataIdentifierSeverity"];
var named100 = exported["DataIdentifierType"];
var named101 = exported["DayOfWeek"];
var named102 = exported["DeclineInvitations$"];
var named103 = exported["DeclineInvitationsCommand"];
var named104 = exported["DeclineInvitationsRequest$"];
var named105 = exported["DeclineInvitationsResponse$"];
var named106 = exported["DefaultDetection$"];
var named107 = exported["DeleteAllowList$"];
var named108 = exported["DeleteAllowListCommand"];
var named109 = exported["DeleteAllowListRequest$"];
var named110 = exported["DeleteAllowListResponse$"];
var named111 = exported["DeleteCustomDataIdentifier$"];
var named112 = exported["DeleteCustomDataIdentifierCommand"];
var named113 = exported["DeleteCustomDataIdentifierRequest$"];
var named114 = exported["DeleteCustomDataIdentifierResponse$"];
var named115 = exported["DeleteFindingsFilter$"];
var named116 = exported["DeleteFindingsFilterCommand"];
var named117 = exported["DeleteFindingsFilterRequest$"];
var named118 = exported["DeleteFindingsFilterResponse$"];
var named119 = exported["DeleteInvitations$"];
var named120 = exported["DeleteInvitationsCommand"];
var named121 = exported["DeleteInvitationsRequest$"];
var named122 = exported["DeleteInvitationsResponse$"];
var named123 = exported["DeleteMember$"];
var named124 = exported["DeleteMemberCommand"];
var named125 = exported["DeleteMemberRequest$"];
var named126 = exported["DeleteMemberResponse$"];
var named127 = exported["DescribeBuckets$"];
var named128 = exported["DescribeBucketsCommand"];
var named129 = exported["DescribeBucketsRequest$"];
var named130 = exported["DescribeBucketsResponse$"];
var named131 = exported["DescribeClassificationJob$"];
var named132 = exported["DescribeClassificationJobCommand"];
var named133 = exported["DescribeClassificationJobRequest$"];
var named134 = exported["DescribeClassificationJobResponse$"];
var named135 = exported["DescribeOrganizationConfiguration$"];
var named136 = exported["DescribeOrganizationConfigurationCommand"];
var named137 = exported["DescribeOrganizationConfigurationRequest$"];
var named138 = exported["DescribeOrganizationConfigurationResponse$"];
var named139 = exported["DetectedDataDetails$"];
var named140 = exported["Detection$"];
var named141 = exported["DisableMacie$"];
var named142 = exported["DisableMacieCommand"];
var named143 = exported["DisableMacieRequest$"];
var named144 = exported["DisableMacieResponse$"];
var named145 = exported["DisableOrganizationAdminAccount$"];
var named146 = exported["DisableOrganizationAdminAccountCommand"];
var named147 = exported["DisableOrganizationAdminAccountRequest$"];
var named148 = exported["DisableOrganizationAdminAccountResponse$"];
var named149 = exported["DisassociateFromAdministratorAccount$"];
var named150 = exported["DisassociateFromAdministratorAccountCommand"];
var named151 = exported["DisassociateFromAdministratorAccountRequest$"];
var named152 = exported["DisassociateFromAdministratorAccountResponse$"];
var named153 = exported["DisassociateFromMasterAccount$"];
var named154 = exported["DisassociateFromMasterAccountCommand"];
var named155 = exported["DisassociateFromMasterAccountRequest$"];
var named156 = exported["DisassociateFromMasterAccountResponse$"];
var named157 = exported["DisassociateMember$"];
var named158 = exported["DisassociateMemberCommand"];
var named159 = exported["DisassociateMemberRequest$"];
var named160 = exported["DisassociateMemberResponse$"];
var named161 = exported["DomainDetails$"];
var named162 = exported["EffectivePermission"];
var named163 = exported["EnableMacie$"];
var named164 = exported["EnableMacieCommand"];
var named165 = exported["EnableMacieRequest$"];
var named166 = exported["EnableMacieResponse$"];
var named167 = exported["EnableOrganizationAdminAccount$"];
var named168 = exported["EnableOrganizationAdminAccountCommand"];
var named169 = exported["EnableOrganizationAdminAccountRequest$"];
var named170 = exported["EnableOrganizationAdminAccountResponse$"];
var named171 = exported["EncryptionType"];
var named172 = exported["ErrorCode"];
var named173 = exported["FederatedUser$"];
var named174 = exported["Finding$"];
var named175 = exported["FindingAction$"];
var named176 = exported["FindingActionType"];
var named177 = exported["FindingActor$"];
var named178 = exported["FindingCategory"];
var named179 = exported["FindingCriteria$"];
var named180 = exported["FindingPublishingFrequency"];
var named181 = exported["FindingStatisticsSortAttributeName"];
var named182 = exported["FindingStatisticsSortCriteria$"];
var named183 = exported["FindingType"];
var named184 = exported["FindingsFilterAction"];
var named185 = exported["FindingsFilterListItem$"];
var named186 = exported["GetAdministratorAccount$"];
var named187 = exported["GetAdministratorAccountCommand"];
var named188 = exported["GetAdministratorAccountRequest$"];
var named189 = exported["GetAdministratorAccountResponse$"];
var named190 = exported["GetAllowList$"];
var named191 = exported["GetAllowListCommand"];
var named192 = exported["GetAllowListRequest$"];
var named193 = exported["GetAllowListResponse$"];
var named194 = exported["GetAutomatedDiscoveryConfiguration$"];
var named195 = exported["GetAutomatedDiscoveryConfigurationCommand"];
var named196 = exported["GetAutomatedDiscoveryConfigurationRequest$"];
var named197 = exported["GetAutomatedDiscoveryConfigurationResponse$"];
var named198 = exported["GetBucketStatistics$"];
var named199 = exported["GetBucketStatisticsCommand"];
var named200 = exported["GetBucketStatisticsRequest$"];
var named201 = exported["GetBucketStatisticsResponse$"];
var named202 = exported["GetClassificationExportConfiguration$"];
var named203 = exported["GetClassificationExportConfigurationCommand"];
var named204 = exported["GetClassificationExportConfigurationRequest$"];
var named205 = exported["GetClassificationExportConfigurationResponse$"];
var named206 = exported["GetClassificationScope$"];
var named207 = exported["GetClassificationScopeCommand"];
var named208 = exported["GetClassificationScopeRequest$"];
var named209 = exported["GetClassificationScopeResponse$"];
var named210 = exported["GetCustomDataIdentifier$"];
var named211 = exported["GetCustomDataIdentifierCommand"];
var named212 = exported["GetCustomDataIdentifierRequest$"];
var named213 = exported["GetCustomDataIdentifierResponse$"];
var named214 = exported["GetFindingStatistics$"];
var named215 = exported["GetFindingStatisticsCommand"];
var named216 = exported["GetFindingStatisticsRequest$"];
var named217 = exported["GetFindingStatisticsResponse$"];
var named218 = exported["GetFindings$"];
var named219 = exported["GetFindingsCommand"];
var named220 = exported["GetFindingsFilter$"];
var named221 = exported["GetFindingsFilterCommand"];
var named222 = exported["GetFindingsFilterRequest$"];
var named223 = exported["GetFindingsFilterResponse$"];
var named224 = exported["GetFindingsPublicationConfiguration$"];
var named225 = exported["GetFindingsPublicationConfigurationCommand"];
var named226 = exported["GetFindingsPublicationConfigurationRequest$"];
var named227 = exported["GetFindingsPublicationConfigurationResponse$"];
var named228 = exported["GetFindingsRequest$"];
var named229 = exported["GetFindingsResponse$"];
var named230 = exported["GetInvitationsCount$"];
var named231 = exported["GetInvitationsCountCommand"];
var named232 = exported["GetInvitationsCountRequest$"];
var named233 = exported["GetInvitationsCountResponse$"];
var named234 = exported["GetMacieSession$"];
var named235 = exported["GetMacieSessionCommand"];
var named236 = exported["GetMacieSessionRequest$"];
var named237 = exported["GetMacieSessionResponse$"];
var named238 = exported["GetMasterAccount$"];
var named239 = exported["GetMasterAccountCommand"];
var named240 = exported["GetMasterAccountRequest$"];
var named241 = exported["GetMasterAccountResponse$"];
var named242 = exported["GetMember$"];
var named243 = exported["GetMemberCommand"];
var named244 = exported["GetMemberRequest$"];
var named245 = exported["GetMemberResponse$"];
var named246 = exported["GetResourceProfile$"];
var named247 = exported["GetResourceProfileCommand"];
var named248 = exported["GetResourceProfileRequest$"];
var named249 = exported["GetResourceProfileResponse$"];
var named250 = exported["GetRevealConfiguration$"];
var named251 = exported["GetRevealConfigurationCommand"];
var named252 = exported["GetRevealConfigurationRequest$"];
var named253 = exported["GetRevealConfigurationResponse$"];
var named254 = exported["GetSensitiveDataOccurrences$"];
var named255 = exported["GetSensitiveDataOccurrencesAvailability$"];
var named256 = exported["GetSensitiveDataOccurrencesAvailabilityCommand"];
var named257 = exported["GetSensitiveDataOccurrencesAvailabilityRequest$"];
var named258 = exported["GetSensitiveDataOccurrencesAvailabilityResponse$"];
var named259 = exported["GetSensitiveDataOccurrencesCommand"];
var named260 = exported["GetSensitiveDataOccurrencesRequest$"];
var named261 = exported["GetSensitiveDataOccurrencesResponse$"];
var named262 = exported["GetSensitivityInspectionTemplate$"];
var named263 = exported["GetSensitivityInspectionTemplateCommand"];
var named264 = exported["GetSensitivityInspectionTemplateRequest$"];
var named265 = exported["GetSensitivityInspectionTemplateResponse$"];
var named266 = exported["GetUsageStatistics$"];
var named267 = exported["GetUsageStatisticsCommand"];
var named268 = exported["GetUsageStatisticsRequest$"];
var named269 = exported["GetUsageStatisticsResponse$"];
var named270 = exported["GetUsageTotals$"];
var named271 = exported["GetUsageTotalsCommand"];
var named272 = exported["GetUsageTotalsRequest$"];
var named273 = exported["GetUsageTotalsResponse$"];
var named274 = exported["GroupBy"];
var named275 = exported["GroupCount$"];
var named276 = exported["IamUser$"];
var named277 = exported["InternalServerException"];
var named278 = exported["InternalServerException$"];
var named279 = exported["Invitation$"];
var named280 = exported["IpAddressDetails$"];
var named281 = exported["IpCity$"];
var named282 = exported["IpCountry$"];
var named283 = exported["IpGeoLocation$"];
var named284 = exported["IpOwner$"];
var named285 = exported["IsDefinedInJob"];
var named286 = exported["IsMonitoredByJob"];
var named287 = exported["JobComparator"];
var named288 = exported["JobDetails$"];
var named289 = exported["JobScheduleFrequency$"];
var named290 = exported["JobScopeTerm$"];
var named291 = exported["JobScopingBlock$"];
var named292 = exported["JobStatus"];
var named293 = exported["JobSummary$"];
var named294 = exported["JobType"];
var named295 = exported["KeyValuePair$"];
var named296 = exported["LastRunErrorStatus$"];
var named297 = exported["LastRunErrorStatusCode"];
var named298 = exported["ListAllowLists$"];
var named299 = exported["ListAllowListsCommand"];
var named300 = exported["ListAllowListsRequest$"];
var named301 = exported["ListAllowListsResponse$"];
var named302 = exported["ListAutomatedDiscoveryAccounts$"];
var named303 = exported["ListAutomatedDiscoveryAccountsCommand"];
var named304 = exported["ListAutomatedDiscoveryAccountsRequest$"];
var named305 = exported["ListAutomatedDiscoveryAccountsResponse$"];
var named306 = exported["ListClassificationJobs$"];
var named307 = exported["ListClassificationJobsCommand"];
var named308 = exported["ListClassificationJobsRequest$"];
var named309 = exported["ListClassificationJobsResponse$"];
var named310 = exported["ListClassificationScopes$"];
var named311 = exported["ListClassificationScopesCommand"];
var named312 = exported["ListClassificationScopesRequest$"];
var named313 = exported["ListClassificationScopesResponse$"];
var named314 = exported["ListCustomDataIdentifiers$"];
var named315 = exported["ListCustomDataIdentifiersCommand"];
var named316 = exported["ListCustomDataIdentifiersRequest$"];
var named317 = exported["ListCustomDataIdentifiersResponse$"];
var named318 = exported["ListFindings$"];
var named319 = exported["ListFindingsCommand"];
var named320 = exported["ListFindingsFilters$"];
var named321 = exported["ListFindingsFiltersCommand"];
var named322 = exported["ListFindingsFiltersRequest$"];
var named323 = exported["ListFindingsFiltersResponse$"];
var named324 = exported["ListFindingsRequest$"];
var named325 = exported["ListFindingsResponse$"];
var named326 = exported["ListInvitations$"];
var named327 = exported["ListInvitationsCommand"];
var named328 = exported["ListInvitationsRequest$"];
var named329 = exported["ListInvitationsResponse$"];
var named330 = exported["ListJobsFilterCriteria$"];
var named331 = exported["ListJobsFilterKey"];
var named332 = exported["ListJobsFilterTerm$"];
var named333 = exported["ListJobsSortAttributeName"];
var named334 = exported["ListJobsSortCriteria$"];
var named335 = exported["ListManagedDataIdentifiers$"];
var named336 = exported["ListManagedDataIdentifiersCommand"];
var named337 = exported["ListManagedDataIdentifiersRequest$"];
var named338 = exported["ListManagedDataIdentifiersResponse$"];
var named339 = exported["ListMembers$"];
var named340 = exported["ListMembersCommand"];
var named341 = exported["ListMembersRequest$"];
var named342 = exported["ListMembersResponse$"];
var named343 = exported["ListOrganizationAdminAccounts$"];
var named344 = exported["ListOrganizationAdminAccountsCommand"];
var named345 = exported["ListOrganizationAdminAccountsRequest$"];
var named346 = exported["ListOrganizationAdminAccountsResponse$"];
var named347 = exported["ListResourceProfileArtifacts$"];
var named348 = exported["ListResourceProfileArtifactsCommand"];
var named349 = exported["ListResourceProfileArtifactsRequest$"];
var named350 = exported["ListResourceProfileArtifactsResponse$"];
var named351 = exported["ListResourceProfileDetections$"];
var named352 = exported["ListResourceProfileDetectionsCommand"];
var named353 = exported["ListResourceProfileDetectionsRequest$"];
var named354 = exported["ListResourceProfileDetectionsResponse$"];
var named355 = exported["ListSensitivityInspectionTemplates$"];
var named356 = exported["ListSensitivityInspectionTemplatesCommand"];
var named357 = exported["ListSensitivityInspectionTemplatesRequest$"];
var named358 = exported["ListSensitivityInspectionTemplatesResponse$"];
var named359 = exported["ListTagsForResource$"];
var named360 = exported["ListTagsForResourceCommand"];
var named361 = exported["ListTagsForResourceRequest$"];
var named362 = exported["ListTagsForResourceResponse$"];
var named363 = exported["Macie2"];
var named364 = exported["Macie2Client"];
var named365 = exported["Macie2ServiceException"];
var named366 = exported["Macie2ServiceException$"];
var named367 = exported["MacieStatus"];
var named368 = exported["ManagedDataIdentifierSelector"];
var named369 = exported["ManagedDataIdentifierSummary$"];
var named370 = exported["MatchingBucket$"];
var named371 = exported["MatchingResource$"];
var named372 = exported["Member$"];
var named373 = exported["MonthlySchedule$"];
var named374 = exported["ObjectCountByEncryptionType$"];
var named375 = exported["ObjectLevelStatistics$"];
var named376 = exported["Occurrences$"];
var named377 = exported["OrderBy"];
var named378 = exported["OriginType"];
var named379 = exported["Page$"];
var named380 = exported["PolicyDetails$"];
var named381 = exported["PutClassificationExportConfiguration$"];
var named382 = exported["PutClassificationExportConfigurationCommand"];
var named383 = exported["PutClassificationExportConfigurationRequest$"];
var named384 = exported["PutClassificationExportConfigurationResponse$"];
var named385 = exported["PutFindingsPublicationConfiguration$"];
var named386 = exported["PutFindingsPublicationConfigurationCommand"];
var named387 = exported["PutFindingsPublicationConfigurationRequest$"];
var named388 = exported["PutFindingsPublicationConfigurationResponse$"];
var named389 = exported["Range$"];
var named390 = exported["RelationshipStatus"];
var named391 = exported["ReplicationDetails$"];
var named392 = exported["ResourceNotFoundException"];
var named393 = exported["ResourceNotFoundException$"];
var named394 = exported["ResourceProfileArtifact$"];
var named395 = exported["ResourceStatistics$"];
var named396 = exported["ResourcesAffected$"];
var named397 = exported["RetrievalConfiguration$"];
var named398 = exported["RetrievalMode"];
var named399 = exported["RevealConfiguration$"];
var named400 = exported["RevealRequestStatus"];
var named401 = exported["RevealStatus"];
var named402 = exported["S3Bucket$"];
var named403 = exported["S3BucketCriteriaForJob$"];
var named404 = exported["S3BucketDefinitionForJob$"];
var named405 = exported["S3BucketOwner$"];
var named406 = exported["S3ClassificationScope$"];
var named407 = exported["S3ClassificationScopeExclusion$"];
var named408 = exported["S3ClassificationScopeExclusionUpdate$"];
var named409 = exported["S3ClassificationScopeUpdate$"];
var named410 = exported["S3Destination$"];
var named411 = exported["S3JobDefinition$"];
var named412 = exported["S3Object$"];
var named413 = exported["S3WordsList$"];
var named414 = exported["ScopeFilterKey"];
var named415 = exported["Scoping$"];
var named416 = exported["SearchResources$"];
var named417 = exported["SearchResourcesBucketCriteria$"];
var named418 = exported["SearchResourcesCommand"];
var named419 = exported["SearchResourcesComparator"];
var named420 = exported["SearchResourcesCriteria$"];
var named421 = exported["SearchResourcesCriteriaBlock$"];
var named422 = exported["SearchResourcesRequest$"];
var named423 = exported["SearchResourcesResponse$"];
var named424 = exported["SearchResourcesSimpleCriterion$"];
var named425 = exported["SearchResourcesSimpleCriterionKey"];
var named426 = exported["SearchResourcesSortAttributeName"];
var named427 = exported["SearchResourcesSortCriteria$"];
var named428 = exported["SearchResourcesTagCriterion$"];
var named429 = exported["SearchResourcesTagCriterionPair$"];
var named430 = exported["SecurityHubConfiguration$"];
var named431 = exported["SensitiveDataItem$"];
var named432 = exported["SensitiveDataItemCategory"];
var named433 = exported["SensitivityAggregations$"];
var named434 = exported["SensitivityInspectionTemplateExcludes$"];
var named435 = exported["SensitivityInspectionTemplateIncludes$"];
var named436 = exported["SensitivityInspectionTemplatesEntry$"];
var named437 = exported["ServerSideEncryption$"];
var named438 = exported["ServiceLimit$"];
var named439 = exported["ServiceQuotaExceededException"];
var named440 = exported["ServiceQuotaExceededException$"];
var named441 = exported["SessionContext$"];
var named442 = exported["SessionContextAttributes$"];
var named443 = exported["SessionIssuer$"];
var named444 = exported["Severity$"];
var named445 = exported["SeverityDescription"];
var named446 = exported["SeverityLevel$"];
var named447 = exported["SharedAccess"];
var named448 = exported["SimpleCriterionForJob$"];
var named449 = exported["SimpleCriterionKeyForJob"];
var named450 = exported["SimpleScopeTerm$"];
var named451 = exported["SortCriteria$"];
var named452 = exported["Statistics$"];
var named453 = exported["StorageClass"];
var named454 = exported["SuppressDataIdentifier$"];
var named455 = exported["TagCriterionForJob$"];
var named456 = exported["TagCriterionPairForJob$"];
var named457 = exported["TagResource$"];
var named458 = exported["TagResourceCommand"];
var named459 = exported["TagResourceRequest$"];
var named460 = exported["TagResourceResponse$"];
var named461 = exported["TagScopeTerm$"];
var named462 = exported["TagTarget"];
var named463 = exported["TagValuePair$"];
var named464 = exported["TestCustomDataIdentifier$"];
var named465 = exported["TestCustomDataIdentifierCommand"];
var named466 = exported["TestCustomDataIdentifierRequest$"];
var named467 = exported["TestCustomDataIdentifierResponse$"];
var named468 = exported["ThrottlingException"];
var named469 = exported["ThrottlingException$"];
var named470 = exported["TimeRange"];
var named471 = exported["Type"];
var named472 = exported["UnavailabilityReasonCode"];
var named473 = exported["Unit"];
var named474 = exported["UnprocessableEntityException"];
var named475 = exported["UnprocessableEntityException$"];
var named476 = exported["UnprocessedAccount$"];
var named477 = exported["UntagResource$"];
var named478 = exported["UntagResourceCommand"];
var named479 = exported["UntagResourceRequest$"];
var named480 = exported["UntagResourceResponse$"];
var named481 = exported["UpdateAllowList$"];
var named482 = exported["UpdateAllowListCommand"];
var named483 = exported["UpdateAllowListRequest$"];
var named484 = exported["UpdateAllowListResponse$"];
var named485 = exported["UpdateAutomatedDiscoveryConfiguration$"];
var named486 = exported["UpdateAutomatedDiscoveryConfigurationCommand"];
var named487 = exported["UpdateAutomatedDiscoveryConfigurationRequest$"];
var named488 = exported["UpdateAutomatedDiscoveryConfigurationResponse$"];
var named489 = exported["UpdateClassificationJob$"];
var named490 = exported["UpdateClassificationJobCommand"];
var named491 = exported["UpdateClassificationJobRequest$"];
var named492 = exported["UpdateClassificationJobResponse$"];
var named493 = exported["UpdateClassificationScope$"];
var named494 = exported["UpdateClassificationScopeCommand"];
var named495 = exported["UpdateClassificationScopeRequest$"];
var named496 = exported["UpdateClassificationScopeResponse$"];
var named497 = exported["UpdateFindingsFilter$"];
var named498 = exported["UpdateFindingsFilterCommand"];
var named499 = exported["UpdateFindingsFilterRequest$"];
var named500 = exported["UpdateFindingsFilterResponse$"];
var named501 = exported["UpdateMacieSession$"];
var named502 = exported["UpdateMacieSessionCommand"];
var named503 = exported["UpdateMacieSessionRequest$"];
var named504 = exported["UpdateMacieSessionResponse$"];
var named505 = exported["UpdateMemberSession$"];
var named506 = exported["UpdateMemberSessionCommand"];
var named507 = exported["UpdateMemberSessionRequest$"];
var named508 = exported["UpdateMemberSessionResponse$"];
var named509 = exported["UpdateOrganizationConfiguration$"];
var named510 = exported["UpdateOrganizationConfigurationCommand"];
var named511 = exported["UpdateOrganizationConfigurationRequest$"];
var named512 = exported["UpdateOrganizationConfigurationResponse$"];
var named513 = exported["UpdateResourceProfile$"];
var named514 = exported["UpdateResourceProfileCommand"];
var named515 = exported["UpdateResourceProfileDetections$"];
var named516 = exported["UpdateResourceProfileDetectionsCommand"];
var named517 = exported["UpdateResourceProfileDetectionsRequest$"];
var named518 = exported["UpdateResourceProfileDetectionsResponse$"];
var named519 = exported["UpdateResourceProfileRequest$"];
var named520 = exported["UpdateResourceProfileResponse$"];
var named521 = exported["UpdateRetrievalConfiguration$"];
var named522 = exported["UpdateRevealConfiguration$"];
var named523 = exported["UpdateRevealConfigurationCommand"];
var named524 = exported["UpdateRevealConfigurationRequest$"];
var named525 = exported["UpdateRevealConfigurationResponse$"];
var named526 = exported["UpdateSensitivityInspectionTemplate$"];
var named527 = exported["UpdateSensitivityInspectionTemplateCommand"];
var named528 = exported["UpdateSensitivityInspectionTemplateRequest$"];
var named529 = exported["UpdateSensitivityInspectionTemplateResponse$"];
var named530 = exported["UsageByAccount$"];
var named531 = exported["UsageRecord$"];
var named532 = exported["UsageStatisticsFilter$"];
var named533 = exported["UsageStatisticsFilterComparator"];
var named534 = exported["UsageStatisticsFilterKey"];
var named535 = exported["UsageStatisticsSortBy$"];
var named536 = exported["UsageStatisticsSortKey"];
var named537 = exported["UsageTotal$"];
var named538 = exported["UsageType"];
var named539 = exported["UserIdentity$"];
var named540 = exported["UserIdentityRoot$"];
var named541 = exported["UserIdentityType"];
var named542 = exported["UserPausedDetails$"];
var named543 = exported["ValidationException"];
var named544 = exported["ValidationException$"];
var named545 = exported["WeeklySchedule$"];
var named546 = exported["_Record$"];
var named547 = exported["__Client"];
var named548 = exported["__esModule"];
var named549 = exported["__proto__"];
var named550 = exported["errorTypeRegistries"];
var named551 = exported["paginateDescribeBuckets"];
var named552 = exported["paginateGetUsageStatistics"];
var named553 = exported["paginateListAllowLists"];
var named554 = exported["paginateListAutomatedDiscoveryAccounts"];
var named555 = exported["paginateListClassificationJobs"];
var named556 = exported["paginateListClassificationScopes"];
var named557 = exported["paginateListCustomDataIdentifiers"];
var named558 = exported["paginateListFindings"];
var named559 = exported["paginateListFindingsFilters"];
var named560 = exported["paginateListInvitations"];
var named561 = exported["paginateListManagedDataIdentifiers"];
var named562 = exported["paginateListMembers"];
var named563 = exported["paginateListOrganizationAdminAccounts"];
var named564 = exported["paginateListResourceProfileArtifacts"];
var named565 = exported["paginateListResourceProfileDetections"];
var named566 = exported["paginateListSensitivityInspectionTemplates"];
var named567 = exported["paginateSearchResources"];
var named568 = exported["waitForFindingRevealed"];
var named569 = exported["waitUntilFindingRevealed"];
export {
  named0 as $Command,
  named1 as AcceptInvitation$,
  named2 as AcceptInvitationCommand,
  named3 as AcceptInvitationRequest$,
  named4 as AcceptInvitationResponse$,
  named5 as AccessControlList$,
  named6 as AccessDeniedException,
  named7 as AccessDeniedException$,
  named8 as AccountDetail$,
  named9 as AccountLevelPermissions$,
  named10 as AdminAccount$,
  named11 as AdminStatus,
  named12 as AllowListCriteria$,
  named13 as AllowListStatus$,
  named14 as AllowListStatusCode,
  named15 as AllowListSummary$,
  named16 as AllowsUnencryptedObjectUploads,
  named17 as ApiCallDetails$,
  named18 as AssumedRole$,
  named19 as AutoEnableMode,
  named20 as AutomatedDiscoveryAccount$,
  named21 as AutomatedDiscoveryAccountStatus,
  named22 as AutomatedDiscoveryAccountUpdate$,
  named23 as AutomatedDiscoveryAccountUpdateError$,
  named24 as AutomatedDiscoveryAccountUpdateErrorCode,
  named25 as AutomatedDiscoveryMonitoringStatus,
  named26 as AutomatedDiscoveryStatus,
  named27 as AvailabilityCode,
  named28 as AwsAccount$,
  named29 as AwsService$,
  named30 as BatchGetCustomDataIdentifierSummary$,
  named31 as BatchGetCustomDataIdentifiers$,
  named32 as BatchGetCustomDataIdentifiersCommand,
  named33 as BatchGetCustomDataIdentifiersRequest$,
  named34 as BatchGetCustomDataIdentifiersResponse$,
  named35 as BatchUpdateAutomatedDiscoveryAccounts$,
  named36 as BatchUpdateAutomatedDiscoveryAccountsCommand,
  named37 as BatchUpdateAutomatedDiscoveryAccountsRequest$,
  named38 as BatchUpdateAutomatedDiscoveryAccountsResponse$,
  named39 as BlockPublicAccess$,
  named40 as BucketCountByEffectivePermission$,
  named41 as BucketCountByEncryptionType$,
  named42 as BucketCountBySharedAccessType$,
  named43 as BucketCountPolicyAllowsUnencryptedObjectUploads$,
  named44 as BucketCriteriaAdditionalProperties$,
  named45 as BucketLevelPermissions$,
  named46 as BucketMetadata$,
  named47 as BucketMetadataErrorCode,
  named48 as BucketPermissionConfiguration$,
  named49 as BucketPolicy$,
  named50 as BucketPublicAccess$,
  named51 as BucketServerSideEncryption$,
  named52 as BucketSortCriteria$,
  named53 as BucketStatisticsBySensitivity$,
  named54 as Cell$,
  named55 as ClassificationDetails$,
  named56 as ClassificationExportConfiguration$,
  named57 as ClassificationResult$,
  named58 as ClassificationResultStatus$,
  named59 as ClassificationScopeSummary$,
  named60 as ClassificationScopeUpdateOperation,
  named61 as ConflictException,
  named62 as ConflictException$,
  named63 as CreateAllowList$,
  named64 as CreateAllowListCommand,
  named65 as CreateAllowListRequest$,
  named66 as CreateAllowListResponse$,
  named67 as CreateClassificationJob$,
  named68 as CreateClassificationJobCommand,
  named69 as CreateClassificationJobRequest$,
  named70 as CreateClassificationJobResponse$,
  named71 as CreateCustomDataIdentifier$,
  named72 as CreateCustomDataIdentifierCommand,
  named73 as CreateCustomDataIdentifierRequest$,
  named74 as CreateCustomDataIdentifierResponse$,
  named75 as CreateFindingsFilter$,
  named76 as CreateFindingsFilterCommand,
  named77 as CreateFindingsFilterRequest$,
  named78 as CreateFindingsFilterResponse$,
  named79 as CreateInvitations$,
  named80 as CreateInvitationsCommand,
  named81 as CreateInvitationsRequest$,
  named82 as CreateInvitationsResponse$,
  named83 as CreateMember$,
  named84 as CreateMemberCommand,
  named85 as CreateMemberRequest$,
  named86 as CreateMemberResponse$,
  named87 as CreateSampleFindings$,
  named88 as CreateSampleFindingsCommand,
  named89 as CreateSampleFindingsRequest$,
  named90 as CreateSampleFindingsResponse$,
  named91 as CriteriaBlockForJob$,
  named92 as CriteriaForJob$,
  named93 as CriterionAdditionalProperties$,
  named94 as Currency,
  named95 as CustomDataIdentifierSummary$,
  named96 as CustomDataIdentifiers$,
  named97 as CustomDetection$,
  named98 as DailySchedule$,
  named99 as DataIdentifierSeverity,
  named100 as DataIdentifierType,
  named101 as DayOfWeek,
  named102 as DeclineInvitations$,
  named103 as DeclineInvitationsCommand,
  named104 as DeclineInvitationsRequest$,
  named105 as DeclineInvitationsResponse$,
  named106 as DefaultDetection$,
  named107 as DeleteAllowList$,
  named108 as DeleteAllowListCommand,
  named109 as DeleteAllowListRequest$,
  named110 as DeleteAllowListResponse$,
  named111 as DeleteCustomDataIdentifier$,
  named112 as DeleteCustomDataIdentifierCommand,
  named113 as DeleteCustomDataIdentifierRequest$,
  named114 as DeleteCustomDataIdentifierResponse$,
  named115 as DeleteFindingsFilter$,
  named116 as DeleteFindingsFilterCommand,
  named117 as DeleteFindingsFilterRequest$,
  named118 as DeleteFindingsFilterResponse$,
  named119 as DeleteInvitations$,
  named120 as DeleteInvitationsCommand,
  named121 as DeleteInvitationsRequest$,
  named122 as DeleteInvitationsResponse$,
  named123 as DeleteMember$,
  named124 as DeleteMemberCommand,
  named125 as DeleteMemberRequest$,
  named126 as DeleteMemberResponse$,
  named127 as DescribeBuckets$,
  named128 as DescribeBucketsCommand,
  named129 as DescribeBucketsRequest$,
  named130 as DescribeBucketsResponse$,
  named131 as DescribeClassificationJob$,
  named132 as DescribeClassificationJobCommand,
  named133 as DescribeClassificationJobRequest$,
  named134 as DescribeClassificationJobResponse$,
  named135 as DescribeOrganizationConfiguration$,
  named136 as DescribeOrganizationConfigurationCommand,
  named137 as DescribeOrganizationConfigurationRequest$,
  named138 as DescribeOrganizationConfigurationResponse$,
  named139 as DetectedDataDetails$,
  named140 as Detection$,
  named141 as DisableMacie$,
  named142 as DisableMacieCommand,
  named143 as DisableMacieRequest$,
  named144 as DisableMacieResponse$,
  named145 as DisableOrganizationAdminAccount$,
  named146 as DisableOrganizationAdminAccountCommand,
  named147 as DisableOrganizationAdminAccountRequest$,
  named148 as DisableOrganizationAdminAccountResponse$,
  named149 as DisassociateFromAdministratorAccount$,
  named150 as DisassociateFromAdministratorAccountCommand,
  named151 as DisassociateFromAdministratorAccountRequest$,
  named152 as DisassociateFromAdministratorAccountResponse$,
  named153 as DisassociateFromMasterAccount$,
  named154 as DisassociateFromMasterAccountCommand,
  named155 as DisassociateFromMasterAccountRequest$,
  named156 as DisassociateFromMasterAccountResponse$,
  named157 as DisassociateMember$,
  named158 as DisassociateMemberCommand,
  named159 as DisassociateMemberRequest$,
  named160 as DisassociateMemberResponse$,
  named161 as DomainDetails$,
  named162 as EffectivePermission,
  named163 as EnableMacie$,
  named164 as EnableMacieCommand,
  named165 as EnableMacieRequest$,
  named166 as EnableMacieResponse$,
  named167 as EnableOrganizationAdminAccount$,
  named168 as EnableOrganizationAdminAccountCommand,
  named169 as EnableOrganizationAdminAccountRequest$,
  named170 as EnableOrganizationAdminAccountResponse$,
  named171 as EncryptionType,
  named172 as ErrorCode,
  named173 as FederatedUser$,
  named174 as Finding$,
  named175 as FindingAction$,
  named176 as FindingActionType,
  named177 as FindingActor$,
  named178 as FindingCategory,
  named179 as FindingCriteria$,
  named180 as FindingPublishingFrequency,
  named181 as FindingStatisticsSortAttributeName,
  named182 as FindingStatisticsSortCriteria$,
  named183 as FindingType,
  named184 as FindingsFilterAction,
  named185 as FindingsFilterListItem$,
  named186 as GetAdministratorAccount$,
  named187 as GetAdministratorAccountCommand,
  named188 as GetAdministratorAccountRequest$,
  named189 as GetAdministratorAccountResponse$,
  named190 as GetAllowList$,
  named191 as GetAllowListCommand,
  named192 as GetAllowListRequest$,
  named193 as GetAllowListResponse$,
  named194 as GetAutomatedDiscoveryConfiguration$,
  named195 as GetAutomatedDiscoveryConfigurationCommand,
  named196 as GetAutomatedDiscoveryConfigurationRequest$,
  named197 as GetAutomatedDiscoveryConfigurationResponse$,
  named198 as GetBucketStatistics$,
  named199 as GetBucketStatisticsCommand,
  named200 as GetBucketStatisticsRequest$,
  named201 as GetBucketStatisticsResponse$,
  named202 as GetClassificationExportConfiguration$,
  named203 as GetClassificationExportConfigurationCommand,
  named204 as GetClassificationExportConfigurationRequest$,
  named205 as GetClassificationExportConfigurationResponse$,
  named206 as GetClassificationScope$,
  named207 as GetClassificationScopeCommand,
  named208 as GetClassificationScopeRequest$,
  named209 as GetClassificationScopeResponse$,
  named210 as GetCustomDataIdentifier$,
  named211 as GetCustomDataIdentifierCommand,
  named212 as GetCustomDataIdentifierRequest$,
  named213 as GetCustomDataIdentifierResponse$,
  named214 as GetFindingStatistics$,
  named215 as GetFindingStatisticsCommand,
  named216 as GetFindingStatisticsRequest$,
  named217 as GetFindingStatisticsResponse$,
  named218 as GetFindings$,
  named219 as GetFindingsCommand,
  named220 as GetFindingsFilter$,
  named221 as GetFindingsFilterCommand,
  named222 as GetFindingsFilterRequest$,
  named223 as GetFindingsFilterResponse$,
  named224 as GetFindingsPublicationConfiguration$,
  named225 as GetFindingsPublicationConfigurationCommand,
  named226 as GetFindingsPublicationConfigurationRequest$,
  named227 as GetFindingsPublicationConfigurationResponse$,
  named228 as GetFindingsRequest$,
  named229 as GetFindingsResponse$,
  named230 as GetInvitationsCount$,
  named231 as GetInvitationsCountCommand,
  named232 as GetInvitationsCountRequest$,
  named233 as GetInvitationsCountResponse$,
  named234 as GetMacieSession$,
  named235 as GetMacieSessionCommand,
  named236 as GetMacieSessionRequest$,
  named237 as GetMacieSessionResponse$,
  named238 as GetMasterAccount$,
  named239 as GetMasterAccountCommand,
  named240 as GetMasterAccountRequest$,
  named241 as GetMasterAccountResponse$,
  named242 as GetMember$,
  named243 as GetMemberCommand,
  named244 as GetMemberRequest$,
  named245 as GetMemberResponse$,
  named246 as GetResourceProfile$,
  named247 as GetResourceProfileCommand,
  named248 as GetResourceProfileRequest$,
  named249 as GetResourceProfileResponse$,
  named250 as GetRevealConfiguration$,
  named251 as GetRevealConfigurationCommand,
  named252 as GetRevealConfigurationRequest$,
  named253 as GetRevealConfigurationResponse$,
  named254 as GetSensitiveDataOccurrences$,
  named255 as GetSensitiveDataOccurrencesAvailability$,
  named256 as GetSensitiveDataOccurrencesAvailabilityCommand,
  named257 as GetSensitiveDataOccurrencesAvailabilityRequest$,
  named258 as GetSensitiveDataOccurrencesAvailabilityResponse$,
  named259 as GetSensitiveDataOccurrencesCommand,
  named260 as GetSensitiveDataOccurrencesRequest$,
  named261 as GetSensitiveDataOccurrencesResponse$,
  named262 as GetSensitivityInspectionTemplate$,
  named263 as GetSensitivityInspectionTemplateCommand,
  named264 as GetSensitivityInspectionTemplateRequest$,
  named265 as GetSensitivityInspectionTemplateResponse$,
  named266 as GetUsageStatistics$,
  named267 as GetUsageStatisticsCommand,
  named268 as GetUsageStatisticsRequest$,
  named269 as GetUsageStatisticsResponse$,
  named270 as GetUsageTotals$,
  named271 as GetUsageTotalsCommand,
  named272 as GetUsageTotalsRequest$,
  named273 as GetUsageTotalsResponse$,
  named274 as GroupBy,
  named275 as GroupCount$,
  named276 as IamUser$,
  named277 as InternalServerException,
  named278 as InternalServerException$,
  named279 as Invitation$,
  named280 as IpAddressDetails$,
  named281 as IpCity$,
  named282 as IpCountry$,
  named283 as IpGeoLocation$,
  named284 as IpOwner$,
  named285 as IsDefinedInJob,
  named286 as IsMonitoredByJob,
  named287 as JobComparator,
  named288 as JobDetails$,
  named289 as JobScheduleFrequency$,
  named290 as JobScopeTerm$,
  named291 as JobScopingBlock$,
  named292 as JobStatus,
  named293 as JobSummary$,
  named294 as JobType,
  named295 as KeyValuePair$,
  named296 as LastRunErrorStatus$,
  named297 as LastRunErrorStatusCode,
  named298 as ListAllowLists$,
  named299 as ListAllowListsCommand,
  named300 as ListAllowListsRequest$,
  named301 as ListAllowListsResponse$,
  named302 as ListAutomatedDiscoveryAccounts$,
  named303 as ListAutomatedDiscoveryAccountsCommand,
  named304 as ListAutomatedDiscoveryAccountsRequest$,
  named305 as ListAutomatedDiscoveryAccountsResponse$,
  named306 as ListClassificationJobs$,
  named307 as ListClassificationJobsCommand,
  named308 as ListClassificationJobsRequest$,
  named309 as ListClassificationJobsResponse$,
  named310 as ListClassificationScopes$,
  named311 as ListClassificationScopesCommand,
  named312 as ListClassificationScopesRequest$,
  named313 as ListClassificationScopesResponse$,
  named314 as ListCustomDataIdentifiers$,
  named315 as ListCustomDataIdentifiersCommand,
  named316 as ListCustomDataIdentifiersRequest$,
  named317 as ListCustomDataIdentifiersResponse$,
  named318 as ListFindings$,
  named319 as ListFindingsCommand,
  named320 as ListFindingsFilters$,
  named321 as ListFindingsFiltersCommand,
  named322 as ListFindingsFiltersRequest$,
  named323 as ListFindingsFiltersResponse$,
  named324 as ListFindingsRequest$,
  named325 as ListFindingsResponse$,
  named326 as ListInvitations$,
  named327 as ListInvitationsCommand,
  named328 as ListInvitationsRequest$,
  named329 as ListInvitationsResponse$,
  named330 as ListJobsFilterCriteria$,
  named331 as ListJobsFilterKey,
  named332 as ListJobsFilterTerm$,
  named333 as ListJobsSortAttributeName,
  named334 as ListJobsSortCriteria$,
  named335 as ListManagedDataIdentifiers$,
  named336 as ListManagedDataIdentifiersCommand,
  named337 as ListManagedDataIdentifiersRequest$,
  named338 as ListManagedDataIdentifiersResponse$,
  named339 as ListMembers$,
  named340 as ListMembersCommand,
  named341 as ListMembersRequest$,
  named342 as ListMembersResponse$,
  named343 as ListOrganizationAdminAccounts$,
  named344 as ListOrganizationAdminAccountsCommand,
  named345 as ListOrganizationAdminAccountsRequest$,
  named346 as ListOrganizationAdminAccountsResponse$,
  named347 as ListResourceProfileArtifacts$,
  named348 as ListResourceProfileArtifactsCommand,
  named349 as ListResourceProfileArtifactsRequest$,
  named350 as ListResourceProfileArtifactsResponse$,
  named351 as ListResourceProfileDetections$,
  named352 as ListResourceProfileDetectionsCommand,
  named353 as ListResourceProfileDetectionsRequest$,
  named354 as ListResourceProfileDetectionsResponse$,
  named355 as ListSensitivityInspectionTemplates$,
  named356 as ListSensitivityInspectionTemplatesCommand,
  named357 as ListSensitivityInspectionTemplatesRequest$,
  named358 as ListSensitivityInspectionTemplatesResponse$,
  named359 as ListTagsForResource$,
  named360 as ListTagsForResourceCommand,
  named361 as ListTagsForResourceRequest$,
  named362 as ListTagsForResourceResponse$,
  named363 as Macie2,
  named364 as Macie2Client,
  named365 as Macie2ServiceException,
  named366 as Macie2ServiceException$,
  named367 as MacieStatus,
  named368 as ManagedDataIdentifierSelector,
  named369 as ManagedDataIdentifierSummary$,
  named370 as MatchingBucket$,
  named371 as MatchingResource$,
  named372 as Member$,
  named373 as MonthlySchedule$,
  named374 as ObjectCountByEncryptionType$,
  named375 as ObjectLevelStatistics$,
  named376 as Occurrences$,
  named377 as OrderBy,
  named378 as OriginType,
  named379 as Page$,
  named380 as PolicyDetails$,
  named381 as PutClassificationExportConfiguration$,
  named382 as PutClassificationExportConfigurationCommand,
  named383 as PutClassificationExportConfigurationRequest$,
  named384 as PutClassificationExportConfigurationResponse$,
  named385 as PutFindingsPublicationConfiguration$,
  named386 as PutFindingsPublicationConfigurationCommand,
  named387 as PutFindingsPublicationConfigurationRequest$,
  named388 as PutFindingsPublicationConfigurationResponse$,
  named389 as Range$,
  named390 as RelationshipStatus,
  named391 as ReplicationDetails$,
  named392 as ResourceNotFoundException,
  named393 as ResourceNotFoundException$,
  named394 as ResourceProfileArtifact$,
  named395 as ResourceStatistics$,
  named396 as ResourcesAffected$,
  named397 as RetrievalConfiguration$,
  named398 as RetrievalMode,
  named399 as RevealConfiguration$,
  named400 as RevealRequestStatus,
  named401 as RevealStatus,
  named402 as S3Bucket$,
  named403 as S3BucketCriteriaForJob$,
  named404 as S3BucketDefinitionForJob$,
  named405 as S3BucketOwner$,
  named406 as S3ClassificationScope$,
  named407 as S3ClassificationScopeExclusion$,
  named408 as S3ClassificationScopeExclusionUpdate$,
  named409 as S3ClassificationScopeUpdate$,
  named410 as S3Destination$,
  named411 as S3JobDefinition$,
  named412 as S3Object$,
  named413 as S3WordsList$,
  named414 as ScopeFilterKey,
  named415 as Scoping$,
  named416 as SearchResources$,
  named417 as SearchResourcesBucketCriteria$,
  named418 as SearchResourcesCommand,
  named419 as SearchResourcesComparator,
  named420 as SearchResourcesCriteria$,
  named421 as SearchResourcesCriteriaBlock$,
  named422 as SearchResourcesRequest$,
  named423 as SearchResourcesResponse$,
  named424 as SearchResourcesSimpleCriterion$,
  named425 as SearchResourcesSimpleCriterionKey,
  named426 as SearchResourcesSortAttributeName,
  named427 as SearchResourcesSortCriteria$,
  named428 as SearchResourcesTagCriterion$,
  named429 as SearchResourcesTagCriterionPair$,
  named430 as SecurityHubConfiguration$,
  named431 as SensitiveDataItem$,
  named432 as SensitiveDataItemCategory,
  named433 as SensitivityAggregations$,
  named434 as SensitivityInspectionTemplateExcludes$,
  named435 as SensitivityInspectionTemplateIncludes$,
  named436 as SensitivityInspectionTemplatesEntry$,
  named437 as ServerSideEncryption$,
  named438 as ServiceLimit$,
  named439 as ServiceQuotaExceededException,
  named440 as ServiceQuotaExceededException$,
  named441 as SessionContext$,
  named442 as SessionContextAttributes$,
  named443 as SessionIssuer$,
  named444 as Severity$,
  named445 as SeverityDescription,
  named446 as SeverityLevel$,
  named447 as SharedAccess,
  named448 as SimpleCriterionForJob$,
  named449 as SimpleCriterionKeyForJob,
  named450 as SimpleScopeTerm$,
  named451 as SortCriteria$,
  named452 as Statistics$,
  named453 as StorageClass,
  named454 as SuppressDataIdentifier$,
  named455 as TagCriterionForJob$,
  named456 as TagCriterionPairForJob$,
  named457 as TagResource$,
  named458 as TagResourceCommand,
  named459 as TagResourceRequest$,
  named460 as TagResourceResponse$,
  named461 as TagScopeTerm$,
  named462 as TagTarget,
  named463 as TagValuePair$,
  named464 as TestCustomDataIdentifier$,
  named465 as TestCustomDataIdentifierCommand,
  named466 as TestCustomDataIdentifierRequest$,
  named467 as TestCustomDataIdentifierResponse$,
  named468 as ThrottlingException,
  named469 as ThrottlingException$,
  named470 as TimeRange,
  named471 as Type,
  named472 as UnavailabilityReasonCode,
  named473 as Unit,
  named474 as UnprocessableEntityException,
  named475 as UnprocessableEntityException$,
  named476 as UnprocessedAccount$,
  named477 as UntagResource$,
  named478 as UntagResourceCommand,
  named479 as UntagResourceRequest$,
  named480 as UntagResourceResponse$,
  named481 as UpdateAllowList$,
  named482 as UpdateAllowListCommand,
  named483 as UpdateAllowListRequest$,
  named484 as UpdateAllowListResponse$,
  named485 as UpdateAutomatedDiscoveryConfiguration$,
  named486 as UpdateAutomatedDiscoveryConfigurationCommand,
  named487 as UpdateAutomatedDiscoveryConfigurationRequest$,
  named488 as UpdateAutomatedDiscoveryConfigurationResponse$,
  named489 as UpdateClassificationJob$,
  named490 as UpdateClassificationJobCommand,
  named491 as UpdateClassificationJobRequest$,
  named492 as UpdateClassificationJobResponse$,
  named493 as UpdateClassificationScope$,
  named494 as UpdateClassificationScopeCommand,
  named495 as UpdateClassificationScopeRequest$,
  named496 as UpdateClassificationScopeResponse$,
  named497 as UpdateFindingsFilter$,
  named498 as UpdateFindingsFilterCommand,
  named499 as UpdateFindingsFilterRequest$,
  named500 as UpdateFindingsFilterResponse$,
  named501 as UpdateMacieSession$,
  named502 as UpdateMacieSessionCommand,
  named503 as UpdateMacieSessionRequest$,
  named504 as UpdateMacieSessionResponse$,
  named505 as UpdateMemberSession$,
  named506 as UpdateMemberSessionCommand,
  named507 as UpdateMemberSessionRequest$,
  named508 as UpdateMemberSessionResponse$,
  named509 as UpdateOrganizationConfiguration$,
  named510 as UpdateOrganizationConfigurationCommand,
  named511 as UpdateOrganizationConfigurationRequest$,
  named512 as UpdateOrganizationConfigurationResponse$,
  named513 as UpdateResourceProfile$,
  named514 as UpdateResourceProfileCommand,
  named515 as UpdateResourceProfileDetections$,
  named516 as UpdateResourceProfileDetectionsCommand,
  named517 as UpdateResourceProfileDetectionsRequest$,
  named518 as UpdateResourceProfileDetectionsResponse$,
  named519 as UpdateResourceProfileRequest$,
  named520 as UpdateResourceProfileResponse$,
  named521 as UpdateRetrievalConfiguration$,
  named522 as UpdateRevealConfiguration$,
  named523 as UpdateRevealConfigurationCommand,
  named524 as UpdateRevealConfigurationRequest$,
  named525 as UpdateRevealConfigurationResponse$,
  named526 as UpdateSensitivityInspectionTemplate$,
  named527 as UpdateSensitivityInspectionTemplateCommand,
  named528 as UpdateSensitivityInspectionTemplateRequest$,
  named529 as UpdateSensitivityInspectionTemplateResponse$,
  named530 as UsageByAccount$,
  named531 as UsageRecord$,
  named532 as UsageStatisticsFilter$,
  named533 as UsageStatisticsFilterComparator,
  named534 as UsageStatisticsFilterKey,
  named535 as UsageStatisticsSortBy$,
  named536 as UsageStatisticsSortKey,
  named537 as UsageTotal$,
  named538 as UsageType,
  named539 as UserIdentity$,
  named540 as UserIdentityRoot$,
  named541 as UserIdentityType,
  named542 as UserPausedDetails$,
  named543 as ValidationException,
  named544 as ValidationException$,
  named545 as WeeklySchedule$,
  named546 as _Record$,
  named547 as __Client,
  named548 as __esModule,
  named549 as __proto__,
  dist_cjs_default as default,
  named550 as errorTypeRegistries,
  named551 as paginateDescribeBuckets,
  named552 as paginateGetUsageStatistics,
  named553 as paginateListAllowLists,
  named554 as paginateListAutomatedDiscoveryAccounts,
  named555 as paginateListClassificationJobs,
  named556 as paginateListClassificationScopes,
  named557 as paginateListCustomDataIdentifiers,
  named558 as paginateListFindings,
  named559 as paginateListFindingsFilters,
  named560 as paginateListInvitations,
  named561 as paginateListManagedDataIdentifiers,
  named562 as paginateListMembers,
  named563 as paginateListOrganizationAdminAccounts,
  named564 as paginateListResourceProfileArtifacts,
  named565 as paginateListResourceProfileDetections,
  named566 as paginateListSensitivityInspectionTemplates,
  named567 as paginateSearchResources,
  named568 as waitForFindingRevealed,
  named569 as waitUntilFindingRevealed
};
