import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  getArnResources,
  init_s3,
  s3_exports,
  validateAccountId,
  validateOutpostService,
  validatePartition
} from "./chunk-3BRBHPMJ.js";
import {
  init_util,
  parse,
  validate
} from "./chunk-2B4SFQJS.js";
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
  partition,
  protocols_exports,
  protocols_exports2,
  require_dist_cjs12 as require_dist_cjs2,
  require_dist_cjs4 as require_dist_cjs,
  retry_exports
} from "./chunk-DFX7IK7V.js";
import {
  checksum_exports,
  client_exports,
  config_exports,
  endpoints_exports,
  init_checksum,
  init_client,
  init_config,
  init_endpoints,
  init_serde,
  serde_exports
} from "./chunk-C3EO7UAI.js";
import {
  HttpRequest,
  init_schema,
  schema_exports
} from "./chunk-5BGUTQJE.js";
import {
  __commonJS,
  __esm,
  __export,
  __toCommonJS
} from "./chunk-VKFPFGRN.js";

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/configurations.js
function resolveS3ControlConfig(input) {
  const { useArnRegion } = input;
  return Object.assign(input, {
    useArnRegion: typeof useArnRegion === "function" ? useArnRegion : () => Promise.resolve(useArnRegion)
  });
}
var init_configurations = __esm({
  "node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/configurations.js"() {
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/constants.js
var CONTEXT_OUTPOST_ID, CONTEXT_ACCOUNT_ID, CONTEXT_ARN_REGION, CONTEXT_SIGNING_SERVICE, CONTEXT_SIGNING_REGION;
var init_constants = __esm({
  "node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/constants.js"() {
    CONTEXT_OUTPOST_ID = "outpost_id";
    CONTEXT_ACCOUNT_ID = "account_id";
    CONTEXT_ARN_REGION = "outpost_arn_region";
    CONTEXT_SIGNING_SERVICE = "signing_service";
    CONTEXT_SIGNING_REGION = "signing_region";
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/middleware-process-arnables/parse-outpost-arnables.js
var parseOutpostArnablesMiddleaware, parseOutpostArnablesMiddleawareOptions, validateOutpostsArn, parseOutpostsAccessPointArnResource, parseOutpostBucketArnResource;
var init_parse_outpost_arnables = __esm({
  "node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/middleware-process-arnables/parse-outpost-arnables.js"() {
    init_client2();
    init_util();
    init_s3();
    init_constants();
    parseOutpostArnablesMiddleaware = (options) => (next, context) => async (args) => {
      const { input } = args;
      const parameter = input.Name && validate(input.Name) ? "Name" : input.Bucket && validate(input.Bucket) ? "Bucket" : void 0;
      if (!parameter) {
        return next(args);
      }
      const clientRegion = await options.region();
      const useArnRegion = await options.useArnRegion();
      const useFipsEndpoint = await options.useFipsEndpoint();
      const useDualstackEndpoint = await options.useDualstackEndpoint();
      const baseRegion = clientRegion;
      let clientPartition;
      let signingRegion;
      if (options.regionInfoProvider) {
        ({ partition: clientPartition, signingRegion = baseRegion } = await options.regionInfoProvider(baseRegion, {
          useFipsEndpoint,
          useDualstackEndpoint
        }));
      } else {
        signingRegion = context.endpointV2?.properties?.authSchemes?.[0]?.signingRegion || baseRegion;
        clientPartition = partition(signingRegion).name;
      }
      const validatorOptions = {
        useFipsEndpoint,
        useDualstackEndpoint,
        clientRegion,
        clientPartition,
        signingRegion,
        useArnRegion
      };
      let arn;
      if (parameter === "Name") {
        arn = parse(input.Name);
        validateOutpostsArn(arn, validatorOptions);
        const { outpostId, accesspointName } = parseOutpostsAccessPointArnResource(arn.resource);
        input.Name = accesspointName;
        context[CONTEXT_OUTPOST_ID] = outpostId;
      } else {
        arn = parse(input.Bucket);
        validateOutpostsArn(arn, validatorOptions);
        const { outpostId, bucketName } = parseOutpostBucketArnResource(arn.resource);
        input.Bucket = bucketName;
        context[CONTEXT_OUTPOST_ID] = outpostId;
      }
      context[CONTEXT_SIGNING_SERVICE] = arn.service;
      context[CONTEXT_SIGNING_REGION] = useArnRegion ? arn.region : signingRegion;
      if (!input.AccountId) {
        input.AccountId = arn.accountId;
      }
      if (useArnRegion) {
        context[CONTEXT_ARN_REGION] = arn.region;
      }
      return next(args);
    };
    parseOutpostArnablesMiddleawareOptions = {
      toMiddleware: "serializerMiddleware",
      relation: "before",
      tags: ["CONVERT_ARN", "OUTPOST_BUCKET_ARN", "OUTPOST_ACCESS_POINT_ARN", "OUTPOST"],
      name: "parseOutpostArnablesMiddleaware"
    };
    validateOutpostsArn = (arn, { clientPartition }) => {
      const { service, partition: partition2, accountId, region } = arn;
      validateOutpostService(service);
      validatePartition(partition2, { clientPartition });
      validateAccountId(accountId);
    };
    parseOutpostsAccessPointArnResource = (resource) => {
      const { outpostId, accesspointName } = getArnResources(resource);
      if (!outpostId) {
        throw new Error("ARN resource should begin with 'outpost'");
      }
      return {
        outpostId,
        accesspointName
      };
    };
    parseOutpostBucketArnResource = (resource) => {
      const delimiter = resource.includes(":") ? ":" : "/";
      const [resourceType, ...rest] = resource.split(delimiter);
      if (resourceType === "outpost") {
        if (!rest[0] || rest[1] !== "bucket" || !rest[2] || rest.length !== 3) {
          throw new Error(`Outpost Bucket ARN should have resource outpost${delimiter}{outpostId}${delimiter}bucket${delimiter}{bucketName}`);
        }
        const [outpostId, _, bucketName] = rest;
        return { outpostId, bucketName };
      } else {
        throw new Error(`ARN resource should begin with 'outpost${delimiter}'`);
      }
    };
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/middleware-process-arnables/getOutpostEndpoint.js
var REGEX_S3CONTROL_HOSTNAME, getOutpostEndpoint;
var init_getOutpostEndpoint = __esm({
  "node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/middleware-process-arnables/getOutpostEndpoint.js"() {
    REGEX_S3CONTROL_HOSTNAME = /^(.+\.)?s3-control(-fips)?[.-]([a-z0-9-]+)\./;
    getOutpostEndpoint = (hostname, { isCustomEndpoint, regionOverride, useFipsEndpoint }) => {
      if (isCustomEndpoint) {
        return hostname;
      }
      const match = hostname.match(REGEX_S3CONTROL_HOSTNAME);
      if (!match) {
        return hostname;
      }
      const [matched, prefix, fips, region] = hostname.match(REGEX_S3CONTROL_HOSTNAME);
      return [
        `s3-outposts${useFipsEndpoint ? "-fips" : ""}`,
        regionOverride || region,
        hostname.replace(new RegExp(`^${matched}`), "")
      ].filter((part) => part !== void 0).join(".");
    };
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/middleware-process-arnables/update-arnables-request.js
var ACCOUNT_ID_HEADER, OUTPOST_ID_HEADER, updateArnablesRequestMiddleware, updateArnablesRequestMiddlewareOptions;
var init_update_arnables_request = __esm({
  "node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/middleware-process-arnables/update-arnables-request.js"() {
    init_protocols();
    init_constants();
    init_getOutpostEndpoint();
    ACCOUNT_ID_HEADER = "x-amz-account-id";
    OUTPOST_ID_HEADER = "x-amz-outpost-id";
    updateArnablesRequestMiddleware = (config) => (next, context) => async (args) => {
      const { request } = args;
      if (!HttpRequest.isInstance(request)) {
        return next(args);
      }
      if (context[CONTEXT_ACCOUNT_ID]) {
        request.headers[ACCOUNT_ID_HEADER] = context[CONTEXT_ACCOUNT_ID];
      }
      if (context[CONTEXT_OUTPOST_ID]) {
        const { isCustomEndpoint } = config;
        const useFipsEndpoint = await config.useFipsEndpoint();
        request.headers[OUTPOST_ID_HEADER] = context[CONTEXT_OUTPOST_ID];
        request.hostname = getOutpostEndpoint(request.hostname, {
          isCustomEndpoint,
          regionOverride: context[CONTEXT_ARN_REGION],
          useFipsEndpoint
        });
      }
      return next(args);
    };
    updateArnablesRequestMiddlewareOptions = {
      toMiddleware: "serializerMiddleware",
      relation: "after",
      name: "updateArnablesRequestMiddleware",
      tags: ["ACCOUNT_ID", "OUTPOST_ID", "OUTPOST"]
    };
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/middleware-process-arnables/getProcessArnablesPlugin.js
var getProcessArnablesPlugin;
var init_getProcessArnablesPlugin = __esm({
  "node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/middleware-process-arnables/getProcessArnablesPlugin.js"() {
    init_parse_outpost_arnables();
    init_update_arnables_request();
    getProcessArnablesPlugin = (options) => ({
      applyToStack: (clientStack) => {
        clientStack.addRelativeTo(parseOutpostArnablesMiddleaware(options), parseOutpostArnablesMiddleawareOptions);
        clientStack.addRelativeTo(updateArnablesRequestMiddleware(options), updateArnablesRequestMiddlewareOptions);
      }
    });
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/middleware-host-prefix-deduplication/hostPrefixDeduplicationMiddleware.js
var hostPrefixDeduplicationMiddleware, hostPrefixDeduplicationMiddlewareOptions, getHostPrefixDeduplicationPlugin;
var init_hostPrefixDeduplicationMiddleware = __esm({
  "node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/middleware-host-prefix-deduplication/hostPrefixDeduplicationMiddleware.js"() {
    hostPrefixDeduplicationMiddleware = () => {
      return (next, context) => (args) => {
        return next(args);
      };
    };
    hostPrefixDeduplicationMiddlewareOptions = {
      tags: ["HOST_PREFIX_DEDUPLICATION", "ENDPOINT_V2", "ENDPOINT"],
      toMiddleware: "serializerMiddleware",
      relation: "after",
      name: "hostPrefixDeduplicationMiddleware",
      override: true
    };
    getHostPrefixDeduplicationPlugin = (config) => ({
      applyToStack: (clientStack) => {
        clientStack.addRelativeTo(hostPrefixDeduplicationMiddleware(), hostPrefixDeduplicationMiddlewareOptions);
      }
    });
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/middleware-redirect-from-postid/redirect-from-postid.js
var redirectFromPostIdMiddleware, redirectFromPostIdMiddlewareOptions, getRedirectFromPostIdPlugin;
var init_redirect_from_postid = __esm({
  "node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/middleware-redirect-from-postid/redirect-from-postid.js"() {
    init_protocols();
    init_constants();
    init_getOutpostEndpoint();
    redirectFromPostIdMiddleware = (config) => (next, context) => async (args) => {
      const { input, request } = args;
      if (!HttpRequest.isInstance(request)) {
        return next(args);
      }
      if (input.OutpostId) {
        const { isCustomEndpoint } = config;
        const useFipsEndpoint = await config.useFipsEndpoint();
        request.hostname = getOutpostEndpoint(request.hostname, { isCustomEndpoint, useFipsEndpoint });
        context[CONTEXT_SIGNING_SERVICE] = "s3-outposts";
      }
      return next(args);
    };
    redirectFromPostIdMiddlewareOptions = {
      step: "build",
      name: "redirectFromPostIdMiddleware",
      tags: ["OUTPOST"],
      override: true
    };
    getRedirectFromPostIdPlugin = (options) => ({
      applyToStack: (clientStack) => {
        clientStack.add(redirectFromPostIdMiddleware(options), redirectFromPostIdMiddlewareOptions);
      }
    });
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/index.js
var s3_control_exports = {};
__export(s3_control_exports, {
  getHostPrefixDeduplicationPlugin: () => getHostPrefixDeduplicationPlugin,
  getOutpostEndpoint: () => getOutpostEndpoint,
  getProcessArnablesPlugin: () => getProcessArnablesPlugin,
  getRedirectFromPostIdPlugin: () => getRedirectFromPostIdPlugin,
  hostPrefixDeduplicationMiddleware: () => hostPrefixDeduplicationMiddleware,
  hostPrefixDeduplicationMiddlewareOptions: () => hostPrefixDeduplicationMiddlewareOptions,
  parseOutpostArnablesMiddleaware: () => parseOutpostArnablesMiddleaware,
  parseOutpostArnablesMiddleawareOptions: () => parseOutpostArnablesMiddleawareOptions,
  redirectFromPostIdMiddleware: () => redirectFromPostIdMiddleware,
  redirectFromPostIdMiddlewareOptions: () => redirectFromPostIdMiddlewareOptions,
  resolveS3ControlConfig: () => resolveS3ControlConfig,
  updateArnablesRequestMiddleware: () => updateArnablesRequestMiddleware,
  updateArnablesRequestMiddlewareOptions: () => updateArnablesRequestMiddlewareOptions
});
var init_s3_control = __esm({
  "node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/index.js"() {
    init_configurations();
    init_getProcessArnablesPlugin();
    init_parse_outpost_arnables();
    init_update_arnables_request();
    init_getOutpostEndpoint();
    init_hostPrefixDeduplicationMiddleware();
    init_redirect_from_postid();
  }
});

// node_modules/@smithy/middleware-apply-body-checksum/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@smithy/middleware-apply-body-checksum/dist-cjs/index.js"(exports) {
    var { isArrayBuffer, hasOwn } = (init_serde(), __toCommonJS(serde_exports));
    var { HttpRequest: HttpRequest2 } = (init_protocols(), __toCommonJS(protocols_exports));
    var applyMd5BodyChecksumMiddleware = (options) => (next) => async (args) => {
      const { request } = args;
      if (HttpRequest2.isInstance(request)) {
        const { body, headers } = request;
        if (!hasHeader("content-md5", headers)) {
          let digest;
          if (body === void 0 || typeof body === "string" || ArrayBuffer.isView(body) || isArrayBuffer(body)) {
            const hash = new options.md5();
            hash.update(body || "");
            digest = hash.digest();
          } else {
            digest = options.streamHasher(options.md5, body);
          }
          const cloned = HttpRequest2.clone(request);
          cloned.headers = {
            ...headers,
            "content-md5": options.base64Encoder(await digest)
          };
          return next({
            ...args,
            request: cloned
          });
        }
      }
      return next(args);
    };
    var applyMd5BodyChecksumMiddlewareOptions = {
      name: "applyMd5BodyChecksumMiddleware",
      step: "build",
      tags: ["SET_CONTENT_MD5", "BODY_CHECKSUM"],
      override: true
    };
    var getApplyMd5BodyChecksumPlugin = (config) => ({
      applyToStack: (clientStack) => {
        clientStack.add(applyMd5BodyChecksumMiddleware(config), applyMd5BodyChecksumMiddlewareOptions);
      }
    });
    var hasHeader = (soughtHeader, headers) => {
      soughtHeader = soughtHeader.toLowerCase();
      for (const headerName in headers) {
        if (!hasOwn(headers, headerName))
          continue;
        if (soughtHeader === headerName.toLowerCase()) {
          return true;
        }
      }
      return false;
    };
    var resolveMd5BodyChecksumConfig = (input) => input;
    exports.applyMd5BodyChecksumMiddleware = applyMd5BodyChecksumMiddleware;
    exports.applyMd5BodyChecksumMiddlewareOptions = applyMd5BodyChecksumMiddlewareOptions;
    exports.getApplyMd5BodyChecksumPlugin = getApplyMd5BodyChecksumPlugin;
    exports.resolveMd5BodyChecksumConfig = resolveMd5BodyChecksumConfig;
  }
});

// node_modules/@aws-sdk/client-s3-control/dist-cjs/index.js
var require_dist_cjs4 = __commonJS({
  "node_modules/@aws-sdk/client-s3-control/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { resolveS3ControlConfig: resolveS3ControlConfig2, getHostPrefixDeduplicationPlugin: getHostPrefixDeduplicationPlugin2, getProcessArnablesPlugin: getProcessArnablesPlugin2, getRedirectFromPostIdPlugin: getRedirectFromPostIdPlugin2 } = (init_s3_control(), __toCommonJS(s3_control_exports));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { defaultProvider } = require_dist_cjs2();
    var { NODE_USE_ARN_REGION_CONFIG_OPTIONS } = (init_s3(), __toCommonJS(s3_exports));
    var { Sha256, Md5, fileStreamHasher } = (init_checksum(), __toCommonJS(checksum_exports));
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsRestXmlProtocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { getApplyMd5BodyChecksumPlugin } = require_dist_cjs3();
    var defaultS3ControlHttpAuthSchemeParametersProvider = async (config, context, input) => {
      return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })()
      };
    };
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "s3",
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
    var defaultS3ControlHttpAuthSchemeProvider = (authParameters) => {
      const options = [];
      switch (authParameters.operation) {
        default: {
          options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
      }
      return options;
    };
    var resolveHttpAuthSchemeConfig = (config) => {
      const config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
    var resolveClientEndpointParameters = (options) => {
      return Object.assign(options, {
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        defaultSigningName: "s3"
      });
    };
    var commonParams = {
      UseArnRegion: { type: "clientContextParams", name: "useArnRegion" },
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1111.0";
    var packageInfo = {
      version
    };
    var ai = "ref";
    var aj = "fn";
    var ak = "argv";
    var al = "authSchemes";
    var am = "disableDoubleEncoding";
    var an = "signingName";
    var ao = "signingRegion";
    var ap = "x-amz-account-id";
    var aq = "x-amz-outpost-id";
    var a = -1;
    var b = true;
    var c = false;
    var d = "isSet";
    var e = "aws.partition";
    var f = "partitionResult";
    var g = "booleanEquals";
    var h = "stringEquals";
    var i = "isValidHostLabel";
    var j = "aws.parseArn";
    var k = "resourceArn";
    var l = "getAttr";
    var m = "service";
    var n = "s3express";
    var o = (n2) => "arnPartition_ssa_" + n2;
    var p = "name";
    var q = "coalesce";
    var s = "substring";
    var t = "";
    var u = "--";
    var v = "accessPointArn";
    var w = "resourceId[0]";
    var x = (n2) => "arnType_ssa_" + n2 + t;
    var y = "bucketArn";
    var z = "s3-outposts";
    var A = "resourceId[1]";
    var B = (n2) => "outpostId_ssa_" + n2 + t;
    var C = "resourceId[2]";
    var D = (n2) => "outpostType_ssa_" + n2 + t;
    var E = "resourceId[3]";
    var F = "{url#scheme}://{url#authority}{url#path}";
    var G = "{url#scheme}://{url#authority}";
    var H = (n2) => "Client was configured for partition `{partitionResult#name}` but ARN has `{arnPartition_ssa_" + n2 + "#name}`";
    var I = (n2) => "Invalid ARN: The outpost Id must only contain a-z, A-Z, 0-9 and `-`., found: `{outpostId_ssa_" + n2 + "}`";
    var J = { [aj]: l, [ak]: [{ [ai]: f }, p] };
    var K = { [ai]: "OutpostId" };
    var L = { [ai]: k };
    var M = { [aj]: l, [ak]: [L, "region"] };
    var N = { [ai]: "AccessPointName" };
    var O = { [ai]: "Region" };
    var P = { [ai]: v };
    var Q = { [ai]: y };
    var R = { [ai]: "AccountId" };
    var S = { [aj]: l, [ak]: [P, "accountId"] };
    var T = { [aj]: l, [ak]: [Q, "accountId"] };
    var U = { [aj]: l, [ak]: [P, "region"] };
    var V = { [aj]: l, [ak]: [Q, "region"] };
    var W = { [al]: [{ [am]: true, [p]: "sigv4", [an]: z, [ao]: "{Region}" }] };
    var X = { [al]: [{ [am]: true, [p]: "sigv4", [an]: n, [ao]: "{Region}" }] };
    var Y = { [al]: [{ [am]: true, [p]: "sigv4", [an]: "s3", [ao]: "{Region}" }] };
    var Z = { [al]: [{ [am]: true, [p]: "sigv4", [an]: z, [ao]: "{accessPointArn#region}" }] };
    var aa = { [ap]: ["{accessPointArn#accountId}"], [aq]: ["{outpostId_ssa_1}"] };
    var ab = { [al]: [{ [am]: true, [p]: "sigv4", [an]: z, [ao]: "{bucketArn#region}" }] };
    var ac = { [ap]: ["{bucketArn#accountId}"], [aq]: ["{outpostId_ssa_2}"] };
    var ad = [O];
    var ae = [{ [ai]: "ResourceArn" }];
    var af = [{ [ai]: "Endpoint" }];
    var ag = [N];
    var ah = [{ [ai]: "Bucket" }];
    var _data = {
      conditions: [
        [d, ad],
        [e, ad, f],
        [g, [{ [ai]: "UseFIPS" }, b]],
        [h, [J, "aws-cn"]],
        [d, [K]],
        [i, [K, c]],
        [d, ae],
        [j, ae, k],
        [h, [{ [aj]: l, [ak]: [L, m] }, n]],
        [e, [M], o(3)],
        [h, [{ [aj]: l, [ak]: [{ [ai]: o(3) }, p] }, J]],
        [d, af],
        [g, [{ [ai]: "UseDualStack" }, b]],
        [g, [{ [aj]: q, [ak]: [{ [ai]: "UseS3ExpressControlEndpoint" }, c] }, b]],
        ["parseURL", af, "url"],
        [d, ag],
        [h, [{ [aj]: q, [ak]: [{ [aj]: s, [ak]: [N, 0, 7, b] }, t] }, "--xa-s3"]],
        [s, [N, 7, 15, b]],
        [h, [{ [aj]: q, [ak]: [{ [aj]: s, [ak]: [N, 15, 17, b] }, t] }, u]],
        [s, [N, 7, 16, b]],
        [h, [O, "snow"]],
        [j, ag, v],
        [l, [P, w], x(1)],
        [d, ah],
        [j, ah, y],
        [l, [Q, w], x(2)],
        [h, [{ [ai]: x(2) }, t]],
        [h, [{ [aj]: l, [ak]: [Q, m] }, z]],
        [l, [Q, A], B(2)],
        [h, [{ [aj]: q, [ak]: [{ [aj]: s, [ak]: [N, 16, 18, b] }, t] }, u]],
        [h, [{ [ai]: x(1) }, t]],
        [h, [{ [aj]: l, [ak]: [P, m] }, z]],
        [l, [P, A], B(1)],
        [d, [R]],
        [i, [R, c]],
        [g, [{ [aj]: q, [ak]: [{ [ai]: "RequiresAccountId" }, c] }, b]],
        [h, [R, S]],
        [i, [O, b]],
        [h, [R, T]],
        [g, [{ [aj]: q, [ak]: [{ [ai]: "UseArnRegion" }, b] }, b]],
        [i, [{ [ai]: B(2) }, c]],
        [h, [O, U]],
        [h, [O, V]],
        [e, [V], o(2)],
        [h, [{ [aj]: l, [ak]: [{ [ai]: o(2) }, p] }, J]],
        [i, [V, b]],
        [h, [T, t]],
        [i, [T, c]],
        [i, [{ [ai]: B(1) }, c]],
        [e, [U], o(1)],
        [h, [{ [aj]: l, [ak]: [{ [ai]: o(1) }, p] }, J]],
        [i, [U, b]],
        [h, [S, t]],
        [i, [S, c]],
        [s, [N, 7, 20, b]],
        [h, [{ [aj]: q, [ak]: [{ [aj]: s, [ak]: [N, 20, 22, b] }, t] }, u]],
        [s, [N, 7, 21, b]],
        [h, [{ [aj]: q, [ak]: [{ [aj]: s, [ak]: [N, 21, 23, b] }, t] }, u]],
        [l, [P, C], D(1)],
        [l, [P, E]],
        [h, [{ [ai]: D(1) }, "accesspoint"]],
        [s, [N, 7, 27, b]],
        [h, [{ [aj]: q, [ak]: [{ [aj]: s, [ak]: [N, 27, 29, b] }, t] }, u]],
        [l, [Q, C], D(2)],
        [l, [Q, E]],
        [h, [{ [ai]: D(2) }, "bucket"]],
        [h, [O, M]]
      ],
      results: [
        [a],
        [a, "Partition does not support FIPS"],
        [a, "AccountId is required but not set"],
        [a, "AccountId must only contain a-z, A-Z, 0-9 and `-`."],
        [a, "OutpostId must only contain a-z, A-Z, 0-9 and `-`."],
        [a, "Invalid Configuration: DualStack and custom endpoint are not supported"],
        [F, W],
        ["https://s3-outposts-fips.{Region}.{partitionResult#dualStackDnsSuffix}", W],
        ["https://s3-outposts-fips.{Region}.{partitionResult#dnsSuffix}", W],
        ["https://s3-outposts.{Region}.{partitionResult#dualStackDnsSuffix}", W],
        ["https://s3-outposts.{Region}.{partitionResult#dnsSuffix}", W],
        [a, "Invalid region: region was not a valid DNS name."],
        [a, "Invalid configuration: region from ARN `{resourceArn#region}` does not match client region `{Region}` and UseArnRegion is `false`"],
        [a, "S3Express does not support Dual-stack."],
        [G, X],
        ["https://s3express-control-fips.{Region}.{partitionResult#dnsSuffix}", X],
        ["https://s3express-control.{Region}.{partitionResult#dnsSuffix}", X],
        [a, H(3)],
        [a, "Unrecognized S3Express Access Point name format."],
        [a, "S3 Snow does not support DualStack"],
        [a, "S3 Snow does not support FIPS"],
        [G, Y],
        [a, "Invalid configuration: region from ARN `{accessPointArn#region}` does not match client region `{Region}` and UseArnRegion is `false`"],
        [a, "Invalid ARN: the accountId specified in the ARN (`{accessPointArn#accountId}`) does not match the parameter (`{AccountId}`)"],
        ["https://s3-outposts-fips.{accessPointArn#region}.{arnPartition_ssa_1#dualStackDnsSuffix}", Z, aa],
        ["https://s3-outposts-fips.{accessPointArn#region}.{arnPartition_ssa_1#dnsSuffix}", Z, aa],
        ["https://s3-outposts.{accessPointArn#region}.{arnPartition_ssa_1#dualStackDnsSuffix}", Z, aa],
        [F, Z, aa],
        ["https://s3-outposts.{accessPointArn#region}.{arnPartition_ssa_1#dnsSuffix}", Z, aa],
        [a, "Expected an outpost type `accesspoint`, found `{outpostType_ssa_1}`"],
        [a, "Invalid ARN: expected an access point name"],
        [a, "Invalid ARN: Expected a 4-component resource"],
        [a, "Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `{accessPointArn#accountId}`"],
        [a, "Invalid ARN: missing account ID"],
        [a, "Invalid region in ARN: `{accessPointArn#region}` (invalid DNS name)"],
        [a, H(1)],
        [a, I(1)],
        [a, "Invalid ARN: The Outpost Id was not set"],
        [a, "Invalid ARN: No ARN type specified"],
        [a, "Invalid configuration: region from ARN `{bucketArn#region}` does not match client region `{Region}` and UseArnRegion is `false`"],
        [a, "Invalid ARN: the accountId specified in the ARN (`{bucketArn#accountId}`) does not match the parameter (`{AccountId}`)"],
        ["https://s3-outposts-fips.{bucketArn#region}.{arnPartition_ssa_2#dualStackDnsSuffix}", ab, ac],
        ["https://s3-outposts-fips.{bucketArn#region}.{arnPartition_ssa_2#dnsSuffix}", ab, ac],
        ["https://s3-outposts.{bucketArn#region}.{arnPartition_ssa_2#dualStackDnsSuffix}", ab, ac],
        [F, ab, ac],
        ["https://s3-outposts.{bucketArn#region}.{arnPartition_ssa_2#dnsSuffix}", ab, ac],
        [a, "Invalid ARN: Expected an outpost type `bucket`, found `{outpostType_ssa_2}`"],
        [a, "Invalid ARN: expected a bucket name"],
        [a, "Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `{bucketArn#accountId}`"],
        [a, "Invalid region in ARN: `{bucketArn#region}` (invalid DNS name)"],
        [a, H(2)],
        [a, I(2)],
        ["{url#scheme}://{AccountId}.{url#authority}{url#path}", Y],
        [F, Y],
        ["https://{AccountId}.s3-control-fips.dualstack.{Region}.{partitionResult#dnsSuffix}", Y],
        ["https://s3-control-fips.dualstack.{Region}.{partitionResult#dnsSuffix}", Y],
        ["https://{AccountId}.s3-control-fips.{Region}.{partitionResult#dnsSuffix}", Y],
        ["https://s3-control-fips.{Region}.{partitionResult#dnsSuffix}", Y],
        ["https://{AccountId}.s3-control.dualstack.{Region}.{partitionResult#dnsSuffix}", Y],
        ["https://s3-control.dualstack.{Region}.{partitionResult#dnsSuffix}", Y],
        ["https://{AccountId}.s3-control.{Region}.{partitionResult#dnsSuffix}", Y],
        ["https://s3-control.{Region}.{partitionResult#dnsSuffix}", Y],
        [a, "Region must be set"]
      ]
    };
    var root = 2;
    var r = 1e8;
    var nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      3,
      r + 62,
      1,
      27,
      4,
      11,
      5,
      6,
      12,
      23,
      6,
      15,
      7,
      8,
      21,
      17,
      8,
      23,
      9,
      r + 62,
      24,
      10,
      r + 62,
      25,
      11,
      r + 38,
      26,
      r + 38,
      12,
      27,
      13,
      r + 38,
      28,
      14,
      r + 37,
      39,
      r + 51,
      15,
      40,
      16,
      r + 51,
      42,
      r + 51,
      r + 39,
      22,
      18,
      r + 38,
      30,
      r + 38,
      19,
      31,
      20,
      r + 38,
      32,
      21,
      r + 37,
      39,
      r + 36,
      22,
      41,
      r + 36,
      334,
      15,
      24,
      25,
      21,
      388,
      25,
      23,
      26,
      r + 62,
      24,
      383,
      r + 62,
      2,
      214,
      28,
      4,
      201,
      29,
      6,
      30,
      33,
      7,
      31,
      33,
      8,
      32,
      33,
      9,
      194,
      33,
      11,
      77,
      34,
      12,
      36,
      35,
      13,
      169,
      80,
      13,
      r + 13,
      37,
      15,
      38,
      40,
      16,
      r + 13,
      39,
      21,
      60,
      40,
      23,
      41,
      188,
      24,
      42,
      188,
      25,
      43,
      r + 38,
      26,
      r + 38,
      44,
      27,
      45,
      r + 38,
      28,
      46,
      r + 37,
      33,
      47,
      48,
      38,
      48,
      297,
      39,
      51,
      49,
      40,
      50,
      r + 51,
      42,
      52,
      r + 39,
      40,
      52,
      r + 51,
      43,
      53,
      r + 51,
      44,
      54,
      r + 50,
      45,
      55,
      r + 49,
      46,
      r + 33,
      56,
      47,
      57,
      r + 48,
      63,
      58,
      r + 31,
      64,
      59,
      r + 47,
      65,
      r + 43,
      r + 46,
      22,
      61,
      r + 38,
      30,
      r + 38,
      62,
      31,
      63,
      r + 38,
      32,
      64,
      r + 37,
      33,
      65,
      66,
      36,
      66,
      324,
      39,
      68,
      67,
      41,
      68,
      334,
      48,
      69,
      r + 36,
      49,
      70,
      r + 36,
      50,
      71,
      r + 35,
      51,
      72,
      r + 34,
      52,
      r + 33,
      73,
      53,
      74,
      r + 32,
      58,
      75,
      r + 31,
      59,
      76,
      r + 30,
      60,
      r + 26,
      r + 29,
      12,
      181,
      78,
      13,
      168,
      79,
      14,
      126,
      80,
      15,
      81,
      83,
      16,
      171,
      82,
      21,
      109,
      83,
      23,
      84,
      85,
      24,
      91,
      85,
      33,
      87,
      86,
      35,
      379,
      89,
      34,
      88,
      381,
      35,
      90,
      89,
      37,
      r + 61,
      r + 11,
      37,
      r + 60,
      r + 11,
      25,
      92,
      r + 38,
      26,
      r + 38,
      93,
      27,
      94,
      r + 38,
      28,
      95,
      r + 37,
      33,
      96,
      97,
      38,
      97,
      297,
      39,
      100,
      98,
      40,
      99,
      r + 51,
      42,
      101,
      r + 39,
      40,
      101,
      r + 51,
      43,
      102,
      r + 51,
      44,
      103,
      r + 50,
      45,
      104,
      r + 49,
      46,
      r + 33,
      105,
      47,
      106,
      r + 48,
      63,
      107,
      r + 31,
      64,
      108,
      r + 47,
      65,
      r + 45,
      r + 46,
      22,
      110,
      r + 38,
      30,
      r + 38,
      111,
      31,
      112,
      r + 38,
      32,
      113,
      r + 37,
      33,
      114,
      115,
      36,
      115,
      324,
      39,
      117,
      116,
      41,
      117,
      334,
      48,
      118,
      r + 36,
      49,
      119,
      r + 36,
      50,
      120,
      r + 35,
      51,
      121,
      r + 34,
      52,
      r + 33,
      122,
      53,
      123,
      r + 32,
      58,
      124,
      r + 31,
      59,
      125,
      r + 30,
      60,
      r + 28,
      r + 29,
      15,
      128,
      127,
      20,
      r + 21,
      131,
      16,
      r + 14,
      129,
      20,
      r + 21,
      130,
      21,
      151,
      131,
      23,
      132,
      285,
      24,
      133,
      285,
      25,
      134,
      r + 38,
      26,
      r + 38,
      135,
      27,
      136,
      r + 38,
      28,
      137,
      r + 37,
      33,
      138,
      139,
      38,
      139,
      297,
      39,
      142,
      140,
      40,
      141,
      r + 51,
      42,
      143,
      r + 39,
      40,
      143,
      r + 51,
      43,
      144,
      r + 51,
      44,
      145,
      r + 50,
      45,
      146,
      r + 49,
      46,
      r + 33,
      147,
      47,
      148,
      r + 48,
      63,
      149,
      r + 31,
      64,
      150,
      r + 47,
      65,
      r + 44,
      r + 46,
      22,
      152,
      r + 38,
      30,
      r + 38,
      153,
      31,
      154,
      r + 38,
      32,
      155,
      r + 37,
      33,
      156,
      157,
      36,
      157,
      324,
      39,
      159,
      158,
      41,
      159,
      334,
      48,
      160,
      r + 36,
      49,
      161,
      r + 36,
      50,
      162,
      r + 35,
      51,
      163,
      r + 34,
      52,
      r + 33,
      164,
      53,
      165,
      r + 32,
      58,
      166,
      r + 31,
      59,
      167,
      r + 30,
      60,
      r + 27,
      r + 29,
      14,
      r + 14,
      169,
      15,
      170,
      r + 16,
      16,
      171,
      r + 16,
      17,
      172,
      173,
      18,
      r + 16,
      173,
      19,
      174,
      175,
      29,
      r + 16,
      175,
      54,
      176,
      177,
      55,
      r + 16,
      177,
      56,
      178,
      179,
      57,
      r + 16,
      179,
      61,
      180,
      r + 18,
      62,
      r + 16,
      r + 18,
      13,
      r + 5,
      182,
      14,
      370,
      183,
      15,
      184,
      186,
      16,
      r + 5,
      185,
      21,
      388,
      186,
      23,
      187,
      188,
      24,
      383,
      188,
      33,
      190,
      189,
      35,
      379,
      192,
      34,
      191,
      381,
      35,
      193,
      192,
      37,
      r + 59,
      r + 11,
      37,
      r + 58,
      r + 11,
      10,
      195,
      r + 17,
      11,
      197,
      196,
      12,
      396,
      199,
      12,
      404,
      198,
      14,
      402,
      199,
      39,
      r + 16,
      200,
      66,
      r + 16,
      r + 12,
      5,
      202,
      407,
      11,
      208,
      203,
      12,
      204,
      210,
      33,
      206,
      205,
      35,
      r + 2,
      207,
      34,
      207,
      r + 3,
      37,
      r + 9,
      r + 11,
      12,
      426,
      209,
      14,
      422,
      210,
      33,
      212,
      211,
      35,
      r + 2,
      213,
      34,
      213,
      r + 3,
      37,
      r + 10,
      r + 11,
      3,
      r + 1,
      215,
      4,
      406,
      216,
      6,
      217,
      220,
      7,
      218,
      220,
      8,
      219,
      220,
      9,
      393,
      220,
      11,
      264,
      221,
      12,
      223,
      222,
      13,
      345,
      267,
      13,
      r + 13,
      224,
      15,
      225,
      227,
      16,
      r + 13,
      226,
      21,
      247,
      227,
      23,
      228,
      364,
      24,
      229,
      364,
      25,
      230,
      r + 38,
      26,
      r + 38,
      231,
      27,
      232,
      r + 38,
      28,
      233,
      r + 37,
      33,
      234,
      235,
      38,
      235,
      297,
      39,
      238,
      236,
      40,
      237,
      r + 51,
      42,
      239,
      r + 39,
      40,
      239,
      r + 51,
      43,
      240,
      r + 51,
      44,
      241,
      r + 50,
      45,
      242,
      r + 49,
      46,
      r + 33,
      243,
      47,
      244,
      r + 48,
      63,
      245,
      r + 31,
      64,
      246,
      r + 47,
      65,
      r + 41,
      r + 46,
      22,
      248,
      r + 38,
      30,
      r + 38,
      249,
      31,
      250,
      r + 38,
      32,
      251,
      r + 37,
      33,
      252,
      253,
      36,
      253,
      324,
      39,
      255,
      254,
      41,
      255,
      334,
      48,
      256,
      r + 36,
      49,
      257,
      r + 36,
      50,
      258,
      r + 35,
      51,
      259,
      r + 34,
      52,
      r + 33,
      260,
      53,
      261,
      r + 32,
      58,
      262,
      r + 31,
      59,
      263,
      r + 30,
      60,
      r + 24,
      r + 29,
      12,
      357,
      265,
      13,
      344,
      266,
      14,
      278,
      267,
      15,
      268,
      270,
      16,
      347,
      269,
      21,
      318,
      270,
      23,
      271,
      272,
      24,
      291,
      272,
      33,
      274,
      273,
      35,
      379,
      276,
      34,
      275,
      381,
      35,
      277,
      276,
      37,
      r + 57,
      r + 11,
      37,
      r + 56,
      r + 11,
      15,
      280,
      279,
      20,
      r + 20,
      283,
      16,
      r + 14,
      281,
      20,
      r + 20,
      282,
      21,
      318,
      283,
      23,
      284,
      285,
      24,
      291,
      285,
      33,
      287,
      286,
      35,
      379,
      289,
      34,
      288,
      381,
      35,
      290,
      289,
      37,
      r + 53,
      r + 11,
      37,
      r + 52,
      r + 11,
      25,
      292,
      r + 38,
      26,
      r + 38,
      293,
      27,
      294,
      r + 38,
      28,
      295,
      r + 37,
      33,
      296,
      306,
      38,
      306,
      297,
      39,
      300,
      298,
      40,
      299,
      r + 51,
      42,
      301,
      r + 39,
      40,
      301,
      r + 51,
      43,
      302,
      r + 51,
      44,
      303,
      r + 50,
      45,
      304,
      r + 49,
      46,
      r + 33,
      305,
      47,
      r + 40,
      r + 48,
      39,
      309,
      307,
      40,
      308,
      r + 51,
      42,
      310,
      r + 39,
      40,
      310,
      r + 51,
      43,
      311,
      r + 51,
      44,
      312,
      r + 50,
      45,
      313,
      r + 49,
      46,
      r + 33,
      314,
      47,
      315,
      r + 48,
      63,
      316,
      r + 31,
      64,
      317,
      r + 47,
      65,
      r + 42,
      r + 46,
      22,
      319,
      r + 38,
      30,
      r + 38,
      320,
      31,
      321,
      r + 38,
      32,
      322,
      r + 37,
      33,
      323,
      332,
      36,
      332,
      324,
      39,
      326,
      325,
      41,
      326,
      334,
      48,
      327,
      r + 36,
      49,
      328,
      r + 36,
      50,
      329,
      r + 35,
      51,
      330,
      r + 34,
      52,
      r + 33,
      331,
      53,
      r + 23,
      r + 32,
      39,
      335,
      333,
      41,
      335,
      334,
      48,
      r + 22,
      r + 36,
      48,
      336,
      r + 36,
      49,
      337,
      r + 36,
      50,
      338,
      r + 35,
      51,
      339,
      r + 34,
      52,
      r + 33,
      340,
      53,
      341,
      r + 32,
      58,
      342,
      r + 31,
      59,
      343,
      r + 30,
      60,
      r + 25,
      r + 29,
      14,
      r + 14,
      345,
      15,
      346,
      r + 15,
      16,
      347,
      r + 15,
      17,
      348,
      349,
      18,
      r + 15,
      349,
      19,
      350,
      351,
      29,
      r + 15,
      351,
      54,
      352,
      353,
      55,
      r + 15,
      353,
      56,
      354,
      355,
      57,
      r + 15,
      355,
      61,
      356,
      r + 18,
      62,
      r + 15,
      r + 18,
      13,
      r + 5,
      358,
      14,
      370,
      359,
      15,
      360,
      362,
      16,
      r + 5,
      361,
      21,
      388,
      362,
      23,
      363,
      364,
      24,
      383,
      364,
      33,
      366,
      365,
      35,
      379,
      368,
      34,
      367,
      381,
      35,
      369,
      368,
      37,
      r + 55,
      r + 11,
      37,
      r + 54,
      r + 11,
      15,
      372,
      371,
      20,
      r + 19,
      375,
      16,
      r + 5,
      373,
      20,
      r + 19,
      374,
      21,
      388,
      375,
      23,
      376,
      377,
      24,
      383,
      377,
      33,
      380,
      378,
      35,
      379,
      382,
      37,
      r + 2,
      r + 11,
      34,
      382,
      381,
      37,
      r + 3,
      r + 11,
      37,
      r + 5,
      r + 11,
      25,
      384,
      r + 38,
      26,
      r + 38,
      385,
      27,
      386,
      r + 38,
      28,
      387,
      r + 37,
      40,
      r + 5,
      r + 51,
      22,
      389,
      r + 38,
      30,
      r + 38,
      390,
      31,
      391,
      r + 38,
      32,
      392,
      r + 37,
      48,
      r + 5,
      r + 36,
      10,
      394,
      r + 17,
      11,
      398,
      395,
      12,
      396,
      400,
      39,
      r + 13,
      397,
      66,
      r + 13,
      r + 12,
      12,
      404,
      399,
      14,
      402,
      400,
      39,
      r + 15,
      401,
      66,
      r + 15,
      r + 12,
      39,
      r + 14,
      403,
      66,
      r + 14,
      r + 12,
      39,
      r + 5,
      405,
      66,
      r + 5,
      r + 12,
      5,
      410,
      407,
      33,
      409,
      408,
      35,
      r + 2,
      r + 4,
      34,
      r + 4,
      r + 3,
      11,
      416,
      411,
      12,
      412,
      418,
      33,
      414,
      413,
      35,
      r + 2,
      415,
      34,
      415,
      r + 3,
      37,
      r + 7,
      r + 11,
      12,
      426,
      417,
      14,
      422,
      418,
      33,
      420,
      419,
      35,
      r + 2,
      421,
      34,
      421,
      r + 3,
      37,
      r + 8,
      r + 11,
      33,
      424,
      423,
      35,
      r + 2,
      425,
      34,
      425,
      r + 3,
      37,
      r + 6,
      r + 11,
      33,
      428,
      427,
      35,
      r + 2,
      r + 5,
      34,
      r + 5,
      r + 3
    ]);
    var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    var cache = new EndpointCache({
      size: 50,
      params: [
        "AccessPointName",
        "AccountId",
        "Bucket",
        "Endpoint",
        "OutpostId",
        "Region",
        "RequiresAccountId",
        "ResourceArn",
        "UseArnRegion",
        "UseDualStack",
        "UseFIPS",
        "UseS3ExpressControlEndpoint"
      ]
    });
    var defaultEndpointResolver = (endpointParams, context = {}) => {
      return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams,
        logger: context.logger
      }));
    };
    customEndpointFunctions.aws = awsEndpointFunctions;
    var S3ControlServiceException = class _S3ControlServiceException extends ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _S3ControlServiceException.prototype);
      }
    };
    var BucketAlreadyExists = class _BucketAlreadyExists extends S3ControlServiceException {
      name = "BucketAlreadyExists";
      $fault = "client";
      constructor(opts) {
        super({
          name: "BucketAlreadyExists",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _BucketAlreadyExists.prototype);
      }
    };
    var BucketAlreadyOwnedByYou = class _BucketAlreadyOwnedByYou extends S3ControlServiceException {
      name = "BucketAlreadyOwnedByYou";
      $fault = "client";
      constructor(opts) {
        super({
          name: "BucketAlreadyOwnedByYou",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _BucketAlreadyOwnedByYou.prototype);
      }
    };
    var BadRequestException = class _BadRequestException extends S3ControlServiceException {
      name = "BadRequestException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "BadRequestException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _BadRequestException.prototype);
        this.Message = opts.Message;
      }
    };
    var IdempotencyException = class _IdempotencyException extends S3ControlServiceException {
      name = "IdempotencyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "IdempotencyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _IdempotencyException.prototype);
        this.Message = opts.Message;
      }
    };
    var InternalServiceException = class _InternalServiceException extends S3ControlServiceException {
      name = "InternalServiceException";
      $fault = "server";
      Message;
      constructor(opts) {
        super({
          name: "InternalServiceException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _InternalServiceException.prototype);
        this.Message = opts.Message;
      }
    };
    var TooManyRequestsException = class _TooManyRequestsException extends S3ControlServiceException {
      name = "TooManyRequestsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TooManyRequestsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
        this.Message = opts.Message;
      }
    };
    var NotFoundException = class _NotFoundException extends S3ControlServiceException {
      name = "NotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "NotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var NoSuchPublicAccessBlockConfiguration = class _NoSuchPublicAccessBlockConfiguration extends S3ControlServiceException {
      name = "NoSuchPublicAccessBlockConfiguration";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "NoSuchPublicAccessBlockConfiguration",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoSuchPublicAccessBlockConfiguration.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidNextTokenException = class _InvalidNextTokenException extends S3ControlServiceException {
      name = "InvalidNextTokenException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidNextTokenException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidNextTokenException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidRequestException = class _InvalidRequestException extends S3ControlServiceException {
      name = "InvalidRequestException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidRequestException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidRequestException.prototype);
        this.Message = opts.Message;
      }
    };
    var TooManyTagsException = class _TooManyTagsException extends S3ControlServiceException {
      name = "TooManyTagsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TooManyTagsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyTagsException.prototype);
        this.Message = opts.Message;
      }
    };
    var JobStatusException = class _JobStatusException extends S3ControlServiceException {
      name = "JobStatusException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "JobStatusException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _JobStatusException.prototype);
        this.Message = opts.Message;
      }
    };
    var _A = "Alias";
    var _AA = "ApplicationArn";
    var _AAGIC = "AssociateAccessGrantsIdentityCenter";
    var _AAGICR = "AssociateAccessGrantsIdentityCenterRequest";
    var _ABA = "AllowedByApplication";
    var _AC = "AuditContext";
    var _ACG = "AccessControlGrants";
    var _ACL = "ACL";
    var _ACLc = "AccessControlList";
    var _ACOM = "AdvancedCostOptimizationMetrics";
    var _ACP = "AccessControlPolicy";
    var _ACT = "AccessControlTranslation";
    var _ADPM = "AdvancedDataProtectionMetrics";
    var _AED = "AsyncErrorDetails";
    var _AF = "AllowedFeatures";
    var _AFl = "AllowedFeature";
    var _AG = "AccessGrant";
    var _AGA = "AccessGrantArn";
    var _AGI = "AccessGrantId";
    var _AGIA = "AccessGrantsInstanceArn";
    var _AGII = "AccessGrantsInstanceId";
    var _AGIL = "AccessGrantsInstancesList";
    var _AGIc = "AccessGrantsInstance";
    var _AGL = "AccessGrantsList";
    var _AGLA = "AccessGrantsLocationArn";
    var _AGLC = "AccessGrantsLocationConfiguration";
    var _AGLI = "AccessGrantsLocationId";
    var _AGLL = "AccessGrantsLocationsList";
    var _AGLc = "AccessGrantsLocation";
    var _AI = "AccountId";
    var _AIMU = "AbortIncompleteMultipartUpload";
    var _AKI = "AccessKeyId";
    var _AL = "AccountLevel";
    var _ALT = "AwsLambdaTransformation";
    var _ALw = "AwsLambda";
    var _AM = "ActivityMetrics";
    var _AO = "AsyncOperation";
    var _AOw = "AwsOrg";
    var _AP = "AccessPoint";
    var _APA = "AccessPointArn";
    var _APL = "AccessPointList";
    var _APM = "AdvancedPerformanceMetrics";
    var _APc = "AccessPoints";
    var _ARD = "AsyncResponseDetails";
    var _ARP = "AsyncRequestParameters";
    var _Ac = "Account";
    var _Act = "Actions";
    var _Acti = "Action";
    var _An = "And";
    var _Ar = "Arn";
    var _B = "Bucket";
    var _BA = "BucketArn";
    var _BAE = "BucketAlreadyExists";
    var _BAI = "BucketAccountId";
    var _BAOBY = "BucketAlreadyOwnedByYou";
    var _BGR = "BypassGovernanceRetention";
    var _BGT = "BytesGreaterThan";
    var _BKE = "BucketKeyEnabled";
    var _BL = "BucketLevel";
    var _BLT = "BytesLessThan";
    var _BPA = "BlockPublicAcls";
    var _BPP = "BlockPublicPolicy";
    var _BRE = "BadRequestException";
    var _Bu = "Buckets";
    var _C = "Code";
    var _CA = "CreatedAt";
    var _CACL = "CannedAccessControlList";
    var _CAG = "CreateAccessGrant";
    var _CAGI = "CreateAccessGrantsInstance";
    var _CAGIR = "CreateAccessGrantsInstanceRequest";
    var _CAGIRr = "CreateAccessGrantsInstanceResult";
    var _CAGL = "CallerAccessGrantsList";
    var _CAGLR = "CreateAccessGrantsLocationRequest";
    var _CAGLRr = "CreateAccessGrantsLocationResult";
    var _CAGLr = "CreateAccessGrantsLocation";
    var _CAGR = "CreateAccessGrantRequest";
    var _CAGRr = "CreateAccessGrantResult";
    var _CAP = "CreateAccessPoint";
    var _CAPFOL = "CreateAccessPointForObjectLambda";
    var _CAPFOLR = "CreateAccessPointForObjectLambdaRequest";
    var _CAPFOLRr = "CreateAccessPointForObjectLambdaResult";
    var _CAPR = "CreateAccessPointRequest";
    var _CAPRr = "CreateAccessPointResult";
    var _CAh = "ChecksumAlgorithm";
    var _CAr = "CreatedAfter";
    var _CB = "CreatedBefore";
    var _CBC = "CreateBucketConfiguration";
    var _CBR = "CreateBucketRequest";
    var _CBRr = "CreateBucketResult";
    var _CBr = "CreateBucket";
    var _CC = "CacheControl";
    var _CD = "CreationDate";
    var _CDo = "ContentDisposition";
    var _CE = "ContentEncoding";
    var _CI = "ConfigId";
    var _CJ = "CreateJob";
    var _CJR = "CreateJobRequest";
    var _CJRr = "CreateJobResult";
    var _CL = "ContentLanguage";
    var _CLo = "ContentLength";
    var _CMD = "ContentMD5";
    var _CMRAP = "CreateMultiRegionAccessPoint";
    var _CMRAPI = "CreateMultiRegionAccessPointInput";
    var _CMRAPR = "CreateMultiRegionAccessPointRequest";
    var _CMRAPRr = "CreateMultiRegionAccessPointResult";
    var _CR = "ConfirmationRequired";
    var _CRSBA = "ConfirmRemoveSelfBucketAccess";
    var _CRT = "ClientRequestToken";
    var _CSLG = "CreateStorageLensGroup";
    var _CSLGR = "CreateStorageLensGroupRequest";
    var _CT = "CreationTime";
    var _CTh = "ChecksumType";
    var _CTl = "ClientToken";
    var _CTo = "ContentTransformation";
    var _CTon = "ContentType";
    var _CWM = "CloudWatchMetrics";
    var _CWME = "CloudWatchMetricsEnabled";
    var _Co = "Configuration";
    var _Cr = "Credentials";
    var _D = "Description";
    var _DAG = "DeleteAccessGrant";
    var _DAGI = "DeleteAccessGrantsInstance";
    var _DAGIC = "DissociateAccessGrantsIdentityCenter";
    var _DAGICR = "DissociateAccessGrantsIdentityCenterRequest";
    var _DAGIR = "DeleteAccessGrantsInstanceRequest";
    var _DAGIRP = "DeleteAccessGrantsInstanceResourcePolicy";
    var _DAGIRPR = "DeleteAccessGrantsInstanceResourcePolicyRequest";
    var _DAGL = "DeleteAccessGrantsLocation";
    var _DAGLR = "DeleteAccessGrantsLocationRequest";
    var _DAGR = "DeleteAccessGrantRequest";
    var _DAI = "DaysAfterInitiation";
    var _DAP = "DeleteAccessPoint";
    var _DAPFOL = "DeleteAccessPointForObjectLambda";
    var _DAPFOLR = "DeleteAccessPointForObjectLambdaRequest";
    var _DAPP = "DeleteAccessPointPolicy";
    var _DAPPFOL = "DeleteAccessPointPolicyForObjectLambda";
    var _DAPPFOLR = "DeleteAccessPointPolicyForObjectLambdaRequest";
    var _DAPPR = "DeleteAccessPointPolicyRequest";
    var _DAPR = "DeleteAccessPointRequest";
    var _DAPS = "DeleteAccessPointScope";
    var _DAPSR = "DeleteAccessPointScopeRequest";
    var _DB = "DirectoryBucket";
    var _DBLC = "DeleteBucketLifecycleConfiguration";
    var _DBLCR = "DeleteBucketLifecycleConfigurationRequest";
    var _DBP = "DeleteBucketPolicy";
    var _DBPR = "DeleteBucketPolicyRequest";
    var _DBR = "DeleteBucketRequest";
    var _DBRR = "DeleteBucketReplicationRequest";
    var _DBRe = "DeleteBucketReplication";
    var _DBT = "DeleteBucketTagging";
    var _DBTR = "DeleteBucketTaggingRequest";
    var _DBe = "DeleteBucket";
    var _DE = "DataExport";
    var _DGT = "DaysGreaterThan";
    var _DJ = "DescribeJob";
    var _DJR = "DescribeJobRequest";
    var _DJRe = "DescribeJobResult";
    var _DJT = "DeleteJobTagging";
    var _DJTR = "DeleteJobTaggingRequest";
    var _DJTRe = "DeleteJobTaggingResult";
    var _DK = "DSSE-KMS";
    var _DLT = "DaysLessThan";
    var _DMR = "DeleteMarkerReplication";
    var _DMRAP = "DeleteMultiRegionAccessPoint";
    var _DMRAPI = "DeleteMultiRegionAccessPointInput";
    var _DMRAPO = "DescribeMultiRegionAccessPointOperation";
    var _DMRAPOR = "DescribeMultiRegionAccessPointOperationRequest";
    var _DMRAPORe = "DescribeMultiRegionAccessPointOperationResult";
    var _DMRAPR = "DeleteMultiRegionAccessPointRequest";
    var _DMRAPRe = "DeleteMultiRegionAccessPointResult";
    var _DN = "DisplayName";
    var _DPAB = "DeletePublicAccessBlock";
    var _DPABR = "DeletePublicAccessBlockRequest";
    var _DS = "DurationSeconds";
    var _DSCM = "DetailedStatusCodesMetrics";
    var _DSI = "DataSourceId";
    var _DSLC = "DeleteStorageLensConfiguration";
    var _DSLCR = "DeleteStorageLensConfigurationRequest";
    var _DSLCT = "DeleteStorageLensConfigurationTagging";
    var _DSLCTR = "DeleteStorageLensConfigurationTaggingRequest";
    var _DSLCTRe = "DeleteStorageLensConfigurationTaggingResult";
    var _DSLG = "DeleteStorageLensGroup";
    var _DSLGR = "DeleteStorageLensGroupRequest";
    var _DSSEKMS = "DSSEKMS";
    var _DSSEKMSF = "DSSEKMSFilter";
    var _DST = "DataSourceType";
    var _Da = "Date";
    var _Day = "Days";
    var _De = "Details";
    var _Del = "Delimiter";
    var _Des = "Destination";
    var _E = "Expiration";
    var _EBO = "ExpectedBucketOwner";
    var _EC = "EncryptionConfiguration";
    var _ED = "ErrorDetails";
    var _EFR = "EligibleForReplication";
    var _EID = "ExpirationInDays";
    var _EMBO = "ExpectedManifestBucketOwner";
    var _EMO = "EnableManifestOutput";
    var _EMRAPP = "EstablishedMultiRegionAccessPointPolicy";
    var _EODM = "ExpiredObjectDeleteMarker";
    var _EOR = "ExistingObjectReplication";
    var _EPDE = "ExpandedPrefixesDataExport";
    var _ET = "ETag";
    var _ETIAS = "ElapsedTimeInActiveSeconds";
    var _ETv = "EventThreshold";
    var _En = "Endpoints";
    var _Ena = "Enabled";
    var _Enc = "Encryption";
    var _Es = "Established";
    var _Ex = "Exclude";
    var _F = "Format";
    var _FA = "FunctionArn";
    var _FC = "FailureCode";
    var _FP = "FunctionPayload";
    var _FR = "FailureReasons";
    var _FRa = "FailureReason";
    var _Fi = "Fields";
    var _Fil = "Filter";
    var _G = "Grantee";
    var _GAG = "GetAccessGrant";
    var _GAGI = "GetAccessGrantsInstance";
    var _GAGIFP = "GetAccessGrantsInstanceForPrefix";
    var _GAGIFPR = "GetAccessGrantsInstanceForPrefixRequest";
    var _GAGIFPRe = "GetAccessGrantsInstanceForPrefixResult";
    var _GAGIR = "GetAccessGrantsInstanceRequest";
    var _GAGIRP = "GetAccessGrantsInstanceResourcePolicy";
    var _GAGIRPR = "GetAccessGrantsInstanceResourcePolicyRequest";
    var _GAGIRPRe = "GetAccessGrantsInstanceResourcePolicyResult";
    var _GAGIRe = "GetAccessGrantsInstanceResult";
    var _GAGL = "GetAccessGrantsLocation";
    var _GAGLR = "GetAccessGrantsLocationRequest";
    var _GAGLRe = "GetAccessGrantsLocationResult";
    var _GAGR = "GetAccessGrantRequest";
    var _GAGRe = "GetAccessGrantResult";
    var _GAP = "GetAccessPoint";
    var _GAPCFOL = "GetAccessPointConfigurationForObjectLambda";
    var _GAPCFOLR = "GetAccessPointConfigurationForObjectLambdaRequest";
    var _GAPCFOLRe = "GetAccessPointConfigurationForObjectLambdaResult";
    var _GAPFOL = "GetAccessPointForObjectLambda";
    var _GAPFOLR = "GetAccessPointForObjectLambdaRequest";
    var _GAPFOLRe = "GetAccessPointForObjectLambdaResult";
    var _GAPP = "GetAccessPointPolicy";
    var _GAPPFOL = "GetAccessPointPolicyForObjectLambda";
    var _GAPPFOLR = "GetAccessPointPolicyForObjectLambdaRequest";
    var _GAPPFOLRe = "GetAccessPointPolicyForObjectLambdaResult";
    var _GAPPR = "GetAccessPointPolicyRequest";
    var _GAPPRe = "GetAccessPointPolicyResult";
    var _GAPPS = "GetAccessPointPolicyStatus";
    var _GAPPSFOL = "GetAccessPointPolicyStatusForObjectLambda";
    var _GAPPSFOLR = "GetAccessPointPolicyStatusForObjectLambdaRequest";
    var _GAPPSFOLRe = "GetAccessPointPolicyStatusForObjectLambdaResult";
    var _GAPPSR = "GetAccessPointPolicyStatusRequest";
    var _GAPPSRe = "GetAccessPointPolicyStatusResult";
    var _GAPR = "GetAccessPointRequest";
    var _GAPRe = "GetAccessPointResult";
    var _GAPS = "GetAccessPointScope";
    var _GAPSR = "GetAccessPointScopeRequest";
    var _GAPSRe = "GetAccessPointScopeResult";
    var _GB = "GetBucket";
    var _GBLC = "GetBucketLifecycleConfiguration";
    var _GBLCR = "GetBucketLifecycleConfigurationRequest";
    var _GBLCRe = "GetBucketLifecycleConfigurationResult";
    var _GBP = "GetBucketPolicy";
    var _GBPR = "GetBucketPolicyRequest";
    var _GBPRe = "GetBucketPolicyResult";
    var _GBR = "GetBucketRequest";
    var _GBRR = "GetBucketReplicationRequest";
    var _GBRRe = "GetBucketReplicationResult";
    var _GBRe = "GetBucketResult";
    var _GBRet = "GetBucketReplication";
    var _GBT = "GetBucketTagging";
    var _GBTR = "GetBucketTaggingRequest";
    var _GBTRe = "GetBucketTaggingResult";
    var _GBV = "GetBucketVersioning";
    var _GBVR = "GetBucketVersioningRequest";
    var _GBVRe = "GetBucketVersioningResult";
    var _GDA = "GetDataAccess";
    var _GDAR = "GetDataAccessRequest";
    var _GDARe = "GetDataAccessResult";
    var _GFC = "GrantFullControl";
    var _GI = "GranteeIdentifier";
    var _GJT = "GlacierJobTier";
    var _GJTR = "GetJobTaggingRequest";
    var _GJTRe = "GetJobTaggingResult";
    var _GJTe = "GetJobTagging";
    var _GMD = "GeneratedManifestDescriptor";
    var _GME = "GeneratedManifestEncryption";
    var _GMRAP = "GetMultiRegionAccessPoint";
    var _GMRAPP = "GetMultiRegionAccessPointPolicy";
    var _GMRAPPR = "GetMultiRegionAccessPointPolicyRequest";
    var _GMRAPPRe = "GetMultiRegionAccessPointPolicyResult";
    var _GMRAPPS = "GetMultiRegionAccessPointPolicyStatus";
    var _GMRAPPSR = "GetMultiRegionAccessPointPolicyStatusRequest";
    var _GMRAPPSRe = "GetMultiRegionAccessPointPolicyStatusResult";
    var _GMRAPR = "GetMultiRegionAccessPointRequest";
    var _GMRAPRR = "GetMultiRegionAccessPointRoutesRequest";
    var _GMRAPRRe = "GetMultiRegionAccessPointRoutesResult";
    var _GMRAPRe = "GetMultiRegionAccessPointResult";
    var _GMRAPRet = "GetMultiRegionAccessPointRoutes";
    var _GPAB = "GetPublicAccessBlock";
    var _GPABO = "GetPublicAccessBlockOutput";
    var _GPABR = "GetPublicAccessBlockRequest";
    var _GR = "GrantRead";
    var _GRACP = "GrantReadACP";
    var _GS = "GrantScope";
    var _GSLC = "GetStorageLensConfiguration";
    var _GSLCR = "GetStorageLensConfigurationRequest";
    var _GSLCRe = "GetStorageLensConfigurationResult";
    var _GSLCT = "GetStorageLensConfigurationTagging";
    var _GSLCTR = "GetStorageLensConfigurationTaggingRequest";
    var _GSLCTRe = "GetStorageLensConfigurationTaggingResult";
    var _GSLG = "GetStorageLensGroup";
    var _GSLGR = "GetStorageLensGroupRequest";
    var _GSLGRe = "GetStorageLensGroupResult";
    var _GT = "GranteeType";
    var _GW = "GrantWrite";
    var _GWACP = "GrantWriteACP";
    var _Gr = "Grants";
    var _HED = "HttpExpiresDate";
    var _HR = "HomeRegion";
    var _I = "Include";
    var _IAMRA = "IAMRoleArn";
    var _ICA = "IdentityCenterArn";
    var _ICAA = "IdentityCenterApplicationArn";
    var _ICIA = "IdentityCenterInstanceArn";
    var _ID = "ID";
    var _IE = "IdempotencyException";
    var _IEs = "IsEnabled";
    var _INTE = "InvalidNextTokenException";
    var _IP = "IsPublic";
    var _IPA = "IgnorePublicAcls";
    var _IRE = "InvalidRequestException";
    var _ISE = "InternalServiceException";
    var _ISV = "InvocationSchemaVersion";
    var _Id = "Id";
    var _Ide = "Identifier";
    var _J = "Job";
    var _JA = "JobArn";
    var _JD = "JobDescriptor";
    var _JF = "JobFailure";
    var _JFL = "JobFailureList";
    var _JI = "JobId";
    var _JLD = "JobListDescriptor";
    var _JLDL = "JobListDescriptorList";
    var _JM = "JobManifest";
    var _JMG = "JobManifestGenerator";
    var _JMGF = "JobManifestGeneratorFilter";
    var _JML = "JobManifestLocation";
    var _JMS = "JobManifestSpec";
    var _JO = "JobOperation";
    var _JPS = "JobProgressSummary";
    var _JR = "JobReport";
    var _JS = "JobStatuses";
    var _JSE = "JobStatusException";
    var _JT = "JobTimers";
    var _Jo = "Jobs";
    var _K = "Key";
    var _KI = "KeyId";
    var _KKA = "KmsKeyArn";
    var _KMSKA = "KMSKeyArn";
    var _KNC = "KeyNameConstraint";
    var _L = "Location";
    var _LAG = "ListAccessGrants";
    var _LAGE = "ListAccessGrantEntry";
    var _LAGI = "ListAccessGrantsInstances";
    var _LAGIE = "ListAccessGrantsInstanceEntry";
    var _LAGIR = "ListAccessGrantsInstancesRequest";
    var _LAGIRi = "ListAccessGrantsInstancesResult";
    var _LAGL = "ListAccessGrantsLocations";
    var _LAGLE = "ListAccessGrantsLocationsEntry";
    var _LAGLR = "ListAccessGrantsLocationsRequest";
    var _LAGLRi = "ListAccessGrantsLocationsResult";
    var _LAGR = "ListAccessGrantsRequest";
    var _LAGRi = "ListAccessGrantsResult";
    var _LAP = "ListAccessPoints";
    var _LAPFDB = "ListAccessPointsForDirectoryBuckets";
    var _LAPFDBR = "ListAccessPointsForDirectoryBucketsRequest";
    var _LAPFDBRi = "ListAccessPointsForDirectoryBucketsResult";
    var _LAPFOL = "ListAccessPointsForObjectLambda";
    var _LAPFOLR = "ListAccessPointsForObjectLambdaRequest";
    var _LAPFOLRi = "ListAccessPointsForObjectLambdaResult";
    var _LAPR = "ListAccessPointsRequest";
    var _LAPRi = "ListAccessPointsResult";
    var _LC = "LocationConstraint";
    var _LCAG = "ListCallerAccessGrants";
    var _LCAGE = "ListCallerAccessGrantsEntry";
    var _LCAGR = "ListCallerAccessGrantsRequest";
    var _LCAGRi = "ListCallerAccessGrantsResult";
    var _LCi = "LifecycleConfiguration";
    var _LE = "LifecycleExpiration";
    var _LH = "LegalHold";
    var _LI = "LambdaInvoke";
    var _LIO = "LambdaInvokeOperation";
    var _LJ = "ListJobs";
    var _LJR = "ListJobsRequest";
    var _LJRi = "ListJobsResult";
    var _LMRAP = "ListMultiRegionAccessPoints";
    var _LMRAPR = "ListMultiRegionAccessPointsRequest";
    var _LMRAPRi = "ListMultiRegionAccessPointsResult";
    var _LR = "LifecycleRule";
    var _LRAO = "LifecycleRuleAndOperator";
    var _LRB = "ListRegionalBuckets";
    var _LRBR = "ListRegionalBucketsRequest";
    var _LRBRi = "ListRegionalBucketsResult";
    var _LRF = "LifecycleRuleFilter";
    var _LRi = "LifecycleRules";
    var _LS = "LocationScope";
    var _LSLC = "ListStorageLensConfigurations";
    var _LSLCE = "ListStorageLensConfigurationEntry";
    var _LSLCR = "ListStorageLensConfigurationsRequest";
    var _LSLCRi = "ListStorageLensConfigurationsResult";
    var _LSLCRis = "ListStorageLensConfigurationResult";
    var _LSLG = "ListStorageLensGroups";
    var _LSLGE = "ListStorageLensGroupEntry";
    var _LSLGR = "ListStorageLensGroupsRequest";
    var _LSLGRi = "ListStorageLensGroupsResult";
    var _LTFR = "ListTagsForResource";
    var _LTFRR = "ListTagsForResourceRequest";
    var _LTFRRi = "ListTagsForResourceResult";
    var _M = "Message";
    var _MAOE = "MatchAnyObjectEncryption";
    var _MAP = "MatchAnyPrefix";
    var _MAS = "MatchAnySuffix";
    var _MASC = "MatchAnyStorageClass";
    var _MASa = "MatchAnySubstring";
    var _MAT = "MatchAnyTag";
    var _MD = "MfaDelete";
    var _MDa = "MaxDepth";
    var _MDe = "MetadataDirective";
    var _ME = "ManifestEncryption";
    var _MF = "ManifestFormat";
    var _MFA = "MFA";
    var _MFAD = "MFADelete";
    var _MG = "ManifestGenerator";
    var _MGT = "MatchedGrantTarget";
    var _MOA = "MatchObjectAge";
    var _MOL = "ManifestOutputLocation";
    var _MOS = "MatchObjectSize";
    var _MP = "ManifestPrefix";
    var _MR = "MaxResults";
    var _MRAPAR = "MultiRegionAccessPointsAsyncResponse";
    var _MRAPD = "MultiRegionAccessPointDetails";
    var _MRAPPD = "MultiRegionAccessPointPolicyDocument";
    var _MRAPR = "MultiRegionAccessPointReport";
    var _MRAPRL = "MultiRegionAccessPointReportList";
    var _MRAPRR = "MultiRegionAccessPointRegionalResponse";
    var _MRAPRRL = "MultiRegionAccessPointRegionalResponseList";
    var _MRAPRu = "MultiRegionAccessPointRoute";
    var _MSBP = "MinStorageBytesPercentage";
    var _MSC = "ModifiedSinceConstraint";
    var _Ma = "Manifest";
    var _Me = "Metrics";
    var _Mi = "Minutes";
    var _Mo = "Mode";
    var _Mr = "Mrap";
    var _N = "Name";
    var _ND = "NoncurrentDays";
    var _NFE = "NotFoundException";
    var _NNV = "NewerNoncurrentVersions";
    var _NO = "NetworkOrigin";
    var _NOM = "NewObjectMetadata";
    var _NOT = "NewObjectTagging";
    var _NOTF = "NumberOfTasksFailed";
    var _NOTS = "NumberOfTasksSucceeded";
    var _NOTSSE = "NOTSSE";
    var _NS = "NOT-SSE";
    var _NSPABC = "NoSuchPublicAccessBlockConfiguration";
    var _NSSEF = "NotSSEFilter";
    var _NT = "NextToken";
    var _NVE = "NoncurrentVersionExpiration";
    var _NVT = "NoncurrentVersionTransitions";
    var _NVTL = "NoncurrentVersionTransitionList";
    var _NVTo = "NoncurrentVersionTransition";
    var _O = "Owner";
    var _OA = "ObjectArn";
    var _OE = "ObjectEncryption";
    var _OEF = "ObjectEncryptionFilter";
    var _OEFL = "ObjectEncryptionFilterList";
    var _OI = "OutpostId";
    var _OLAFL = "ObjectLambdaAllowedFeaturesList";
    var _OLAP = "ObjectLambdaAccessPoint";
    var _OLAPA = "ObjectLambdaAccessPointArn";
    var _OLAPAb = "ObjectLambdaAccessPointAlias";
    var _OLAPL = "ObjectLambdaAccessPointList";
    var _OLC = "ObjectLambdaConfiguration";
    var _OLCT = "ObjectLambdaContentTransformation";
    var _OLEFB = "ObjectLockEnabledForBucket";
    var _OLLHS = "ObjectLockLegalHoldStatus";
    var _OLM = "ObjectLockMode";
    var _OLRUD = "ObjectLockRetainUntilDate";
    var _OLTC = "ObjectLambdaTransformationConfiguration";
    var _OLTCAL = "ObjectLambdaTransformationConfigurationActionsList";
    var _OLTCL = "ObjectLambdaTransformationConfigurationsList";
    var _ORS = "ObjectReplicationStatuses";
    var _OSGT = "ObjectSizeGreaterThan";
    var _OSGTB = "ObjectSizeGreaterThanBytes";
    var _OSLT = "ObjectSizeLessThan";
    var _OSLTB = "ObjectSizeLessThanBytes";
    var _OSV = "OutputSchemaVersion";
    var _OVI = "ObjectVersionId";
    var _Op = "Operation";
    var _Or = "Organization";
    var _Or_ = "Or";
    var _P = "Permission";
    var _PAB = "PublicAccessBlock";
    var _PABC = "PublicAccessBlockConfiguration";
    var _PABE = "PublicAccessBlockEnabled";
    var _PAGIRP = "PutAccessGrantsInstanceResourcePolicy";
    var _PAGIRPR = "PutAccessGrantsInstanceResourcePolicyRequest";
    var _PAGIRPRu = "PutAccessGrantsInstanceResourcePolicyResult";
    var _PAPCFOL = "PutAccessPointConfigurationForObjectLambda";
    var _PAPCFOLR = "PutAccessPointConfigurationForObjectLambdaRequest";
    var _PAPP = "PutAccessPointPolicy";
    var _PAPPFOL = "PutAccessPointPolicyForObjectLambda";
    var _PAPPFOLR = "PutAccessPointPolicyForObjectLambdaRequest";
    var _PAPPR = "PutAccessPointPolicyRequest";
    var _PAPS = "PutAccessPointScope";
    var _PAPSR = "PutAccessPointScopeRequest";
    var _PBLC = "PutBucketLifecycleConfiguration";
    var _PBLCR = "PutBucketLifecycleConfigurationRequest";
    var _PBP = "PutBucketPolicy";
    var _PBPR = "PutBucketPolicyRequest";
    var _PBR = "PutBucketReplication";
    var _PBRR = "PutBucketReplicationRequest";
    var _PBT = "PutBucketTagging";
    var _PBTR = "PutBucketTaggingRequest";
    var _PBV = "PutBucketVersioning";
    var _PBVR = "PutBucketVersioningRequest";
    var _PD = "PrefixDelimiter";
    var _PJT = "PutJobTagging";
    var _PJTR = "PutJobTaggingRequest";
    var _PJTRu = "PutJobTaggingResult";
    var _PL = "PrefixLevel";
    var _PLSM = "PrefixLevelStorageMetrics";
    var _PLr = "PrefixesList";
    var _PMRAPP = "ProposedMultiRegionAccessPointPolicy";
    var _PMRAPPI = "PutMultiRegionAccessPointPolicyInput";
    var _PMRAPPR = "PutMultiRegionAccessPointPolicyRequest";
    var _PMRAPPRu = "PutMultiRegionAccessPointPolicyResult";
    var _PMRAPPu = "PutMultiRegionAccessPointPolicy";
    var _PPAB = "PutPublicAccessBlock";
    var _PPABR = "PutPublicAccessBlockRequest";
    var _PS = "PolicyStatus";
    var _PSLC = "PutStorageLensConfiguration";
    var _PSLCR = "PutStorageLensConfigurationRequest";
    var _PSLCT = "PutStorageLensConfigurationTagging";
    var _PSLCTR = "PutStorageLensConfigurationTaggingRequest";
    var _PSLCTRu = "PutStorageLensConfigurationTaggingResult";
    var _PSr = "ProgressSummary";
    var _Pe = "Permissions";
    var _Po = "Policy";
    var _Pr = "Priority";
    var _Pre = "Prefix";
    var _Pref = "Prefixes";
    var _Pri = "Privilege";
    var _Pro = "Proposed";
    var _R = "Resource";
    var _RA = "RoleArn";
    var _RAe = "ResourceArn";
    var _RB = "RegionalBucket";
    var _RBL = "RegionalBucketList";
    var _RC = "ReplicationConfiguration";
    var _RCL = "RegionCreationList";
    var _RCe = "RequesterCharged";
    var _RD = "ResponseDetails";
    var _RI = "RequestId";
    var _RJS = "RequestedJobStatus";
    var _RKKID = "ReplicaKmsKeyID";
    var _RL = "RedirectLocation";
    var _RLo = "RouteList";
    var _RM = "ReplicaModifications";
    var _RP = "RequestParameters";
    var _RPB = "RestrictPublicBuckets";
    var _RPe = "RequesterPays";
    var _RR = "RegionReport";
    var _RRAO = "ReplicationRuleAndOperator";
    var _RRF = "ReplicationRuleFilter";
    var _RRL = "RegionReportList";
    var _RRe = "ReplicationRule";
    var _RRep = "ReplicationRules";
    var _RS = "RequestStatus";
    var _RSe = "ReportScope";
    var _RT = "ReplicationTime";
    var _RTARN = "RequestTokenARN";
    var _RTV = "ReplicationTimeValue";
    var _RU = "RouteUpdates";
    var _RUD = "RetainUntilDate";
    var _Re = "Report";
    var _Reg = "Regions";
    var _Regi = "Region";
    var _Ret = "Retention";
    var _Ro = "Routes";
    var _Rol = "Role";
    var _Rou = "Route";
    var _Ru = "Rules";
    var _Rul = "Rule";
    var _S = "Scope";
    var _SACL = "S3AccessControlList";
    var _SACP = "S3AccessControlPolicy";
    var _SAK = "SecretAccessKey";
    var _SAP = "SupportingAccessPoint";
    var _SB = "SourceBucket";
    var _SBD = "S3BucketDestination";
    var _SC = "StorageClass";
    var _SCOC = "S3ComputeObjectChecksum";
    var _SCOCO = "S3ComputeObjectChecksumOperation";
    var _SCOO = "S3CopyObjectOperation";
    var _SC_ = "SSE-C";
    var _SCe = "SelectionCriteria";
    var _SCu = "SuspendedCause";
    var _SD = "SuspendedDate";
    var _SDOT = "S3DeleteObjectTagging";
    var _SDOTO = "S3DeleteObjectTaggingOperation";
    var _SG = "S3Grant";
    var _SGL = "S3GrantList";
    var _SGMD = "S3GeneratedManifestDescriptor";
    var _SGr = "S3Grantee";
    var _SIRO = "S3InitiateRestoreObject";
    var _SIROO = "S3InitiateRestoreObjectOperation";
    var _SJMG = "S3JobManifestGenerator";
    var _SK = "SSE-KMS";
    var _SKEO = "SseKmsEncryptedObjects";
    var _SLA = "StorageLensArn";
    var _SLAO = "StorageLensAwsOrg";
    var _SLC = "StorageLensConfiguration";
    var _SLCL = "StorageLensConfigurationList";
    var _SLDE = "StorageLensDataExport";
    var _SLDEE = "StorageLensDataExportEncryption";
    var _SLEPDE = "StorageLensExpandedPrefixesDataExport";
    var _SLG = "StorageLensGroup";
    var _SLGA = "StorageLensGroupArn";
    var _SLGAO = "StorageLensGroupAndOperator";
    var _SLGF = "StorageLensGroupFilter";
    var _SLGL = "StorageLensGroupLevel";
    var _SLGLE = "StorageLensGroupLevelExclude";
    var _SLGLI = "StorageLensGroupLevelInclude";
    var _SLGLSC = "StorageLensGroupLevelSelectionCriteria";
    var _SLGLt = "StorageLensGroupList";
    var _SLGOO = "StorageLensGroupOrOperator";
    var _SLT = "StorageLensTag";
    var _SLTD = "StorageLensTableDestination";
    var _SLTt = "StorageLensTags";
    var _SM = "StorageMetrics";
    var _SMOL = "S3ManifestOutputLocation";
    var _SMRAPR = "SubmitMultiRegionAccessPointRoutes";
    var _SMRAPRR = "SubmitMultiRegionAccessPointRoutesRequest";
    var _SMRAPRRu = "SubmitMultiRegionAccessPointRoutesResult";
    var _SOLLH = "S3ObjectLockLegalHold";
    var _SOM = "S3ObjectMetadata";
    var _SOO = "S3ObjectOwner";
    var _SP = "S3Prefix";
    var _SPL = "ScopePermissionList";
    var _SPOA = "S3PutObjectAcl";
    var _SPOC = "S3PutObjectCopy";
    var _SPOLH = "S3PutObjectLegalHold";
    var _SPOR = "S3PutObjectRetention";
    var _SPOT = "S3PutObjectTagging";
    var _SPT = "S3PrefixType";
    var _SR = "S3Retention";
    var _SRO = "S3ReplicateObject";
    var _SROO = "S3ReplicateObjectOperation";
    var _SS = "SSE-S3";
    var _SSC = "SourceSelectionCriteria";
    var _SSEA = "SSEAlgorithm";
    var _SSEAKKI = "SSEAwsKmsKeyId";
    var _SSEC = "SSEC";
    var _SSECF = "SSECFilter";
    var _SSEKMS = "SSEKMS";
    var _SSEKMSE = "SSEKMSEncryption";
    var _SSEKMSF = "SSEKMSFilter";
    var _SSES = "SSES3";
    var _SSESE = "SSES3Encryption";
    var _SSESF = "SSES3Filter";
    var _SSOAO = "S3SetObjectAclOperation";
    var _SSOLHO = "S3SetObjectLegalHoldOperation";
    var _SSORO = "S3SetObjectRetentionOperation";
    var _SSOTO = "S3SetObjectTaggingOperation";
    var _SSP = "S3SubPrefix";
    var _ST = "SessionToken";
    var _STS = "S3TagSet";
    var _STa = "S3Tag";
    var _SUOE = "S3UpdateObjectEncryption";
    var _SUOEO = "S3UpdateObjectEncryptionOperation";
    var _SUOESSEKMS = "S3UpdateObjectEncryptionSSEKMS";
    var _SUR = "StatusUpdateReason";
    var _Sp = "Spec";
    var _St = "Status";
    var _Su = "Suffix";
    var _T = "Tags";
    var _TC = "TransformationConfigurations";
    var _TCr = "TransformationConfiguration";
    var _TD = "TerminationDate";
    var _TDP = "TrafficDialPercentage";
    var _TI = "TypeIdentifier";
    var _TK = "TagKeys";
    var _TKP = "TargetKeyPrefix";
    var _TL = "TagList";
    var _TLr = "TransitionList";
    var _TMRE = "TooManyRequestsException";
    var _TMTE = "TooManyTagsException";
    var _TNOT = "TotalNumberOfTasks";
    var _TR = "TargetResource";
    var _TRR = "TagResourceRequest";
    var _TRRa = "TagResourceResult";
    var _TRa = "TagResource";
    var _TS = "TagSet";
    var _TT = "TargetType";
    var _Ta = "Target";
    var _Tag = "Tag";
    var _Tagg = "Tagging";
    var _Ti = "Timers";
    var _Tim = "Time";
    var _Tr = "Transitions";
    var _Tra = "Transition";
    var _UA = "UserArguments";
    var _UAGL = "UpdateAccessGrantsLocation";
    var _UAGLR = "UpdateAccessGrantsLocationRequest";
    var _UAGLRp = "UpdateAccessGrantsLocationResult";
    var _UJP = "UpdateJobPriority";
    var _UJPR = "UpdateJobPriorityRequest";
    var _UJPRp = "UpdateJobPriorityResult";
    var _UJS = "UpdateJobStatus";
    var _UJSR = "UpdateJobStatusRequest";
    var _UJSRp = "UpdateJobStatusResult";
    var _UM = "UserMetadata";
    var _UMSC = "UnModifiedSinceConstraint";
    var _UR = "UntagResource";
    var _URR = "UntagResourceRequest";
    var _URRn = "UntagResourceResult";
    var _USLG = "UpdateStorageLensGroup";
    var _USLGR = "UpdateStorageLensGroupRequest";
    var _V = "Value";
    var _VC = "VpcConfiguration";
    var _VCe = "VersioningConfiguration";
    var _VI = "VpcId";
    var _aBA = "allowedByApplication";
    var _aC = "auditContext";
    var _aa = "application_arn";
    var _b = "bucket";
    var _c = "client";
    var _dB = "directoryBucket";
    var _dS = "durationSeconds";
    var _dSI = "dataSourceId";
    var _dST = "dataSourceType";
    var _e = "error";
    var _g = "granteetype";
    var _gr = "granteeidentifier";
    var _gra = "grantscope";
    var _h = "http";
    var _hCR = "httpChecksumRequired";
    var _hE = "httpError";
    var _hH = "httpHeader";
    var _hL = "hostLabel";
    var _hP = "httpPayload";
    var _hQ = "httpQuery";
    var _jS = "jobStatuses";
    var _l = "locationscope";
    var _mR = "maxResults";
    var _nT = "nextToken";
    var _p = "permission";
    var _pr = "privilege";
    var _pri = "priority";
    var _rJS = "requestedJobStatus";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.s3control";
    var _sUR = "statusUpdateReason";
    var _se = "server";
    var _sp = "s3prefix";
    var _t = "target";
    var _tK = "tagKeys";
    var _tT = "targetType";
    var _xF = "xmlFlattened";
    var _xN = "xmlName";
    var _xaa = "x-amz-acl";
    var _xaai = "x-amz-account-id";
    var _xabole = "x-amz-bucket-object-lock-enabled";
    var _xacrsba = "x-amz-confirm-remove-self-bucket-access";
    var _xagfc = "x-amz-grant-full-control";
    var _xagr = "x-amz-grant-read";
    var _xagra = "x-amz-grant-read-acp";
    var _xagw = "x-amz-grant-write";
    var _xagwa = "x-amz-grant-write-acp";
    var _xam = "x-amz-mfa";
    var _xaoi = "x-amz-outpost-id";
    var n0 = "com.amazonaws.s3control";
    var _s_registry = TypeRegistry.for(_s);
    var S3ControlServiceException$ = [-3, _s, "S3ControlServiceException", 0, [], []];
    _s_registry.registerError(S3ControlServiceException$, S3ControlServiceException);
    var n0_registry = TypeRegistry.for(n0);
    var BadRequestException$ = [
      -3,
      n0,
      _BRE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(BadRequestException$, BadRequestException);
    var BucketAlreadyExists$ = [
      -3,
      n0,
      _BAE,
      { [_e]: _c },
      [],
      []
    ];
    n0_registry.registerError(BucketAlreadyExists$, BucketAlreadyExists);
    var BucketAlreadyOwnedByYou$ = [
      -3,
      n0,
      _BAOBY,
      { [_e]: _c },
      [],
      []
    ];
    n0_registry.registerError(BucketAlreadyOwnedByYou$, BucketAlreadyOwnedByYou);
    var IdempotencyException$ = [
      -3,
      n0,
      _IE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(IdempotencyException$, IdempotencyException);
    var InternalServiceException$ = [
      -3,
      n0,
      _ISE,
      { [_e]: _se },
      [_M],
      [0]
    ];
    n0_registry.registerError(InternalServiceException$, InternalServiceException);
    var InvalidNextTokenException$ = [
      -3,
      n0,
      _INTE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
    var InvalidRequestException$ = [
      -3,
      n0,
      _IRE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidRequestException$, InvalidRequestException);
    var JobStatusException$ = [
      -3,
      n0,
      _JSE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(JobStatusException$, JobStatusException);
    var NoSuchPublicAccessBlockConfiguration$ = [
      -3,
      n0,
      _NSPABC,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(NoSuchPublicAccessBlockConfiguration$, NoSuchPublicAccessBlockConfiguration);
    var NotFoundException$ = [
      -3,
      n0,
      _NFE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(NotFoundException$, NotFoundException);
    var TooManyRequestsException$ = [
      -3,
      n0,
      _TMRE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
    var TooManyTagsException$ = [
      -3,
      n0,
      _TMTE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var AccessKeyId = [0, n0, _AKI, 8, 0];
    var SecretAccessKey = [0, n0, _SAK, 8, 0];
    var SessionToken = [0, n0, _ST, 8, 0];
    var AbortIncompleteMultipartUpload$ = [
      3,
      n0,
      _AIMU,
      0,
      [_DAI],
      [1]
    ];
    var AccessControlTranslation$ = [
      3,
      n0,
      _ACT,
      0,
      [_O],
      [0],
      1
    ];
    var AccessGrantsLocationConfiguration$ = [
      3,
      n0,
      _AGLC,
      0,
      [_SSP],
      [0]
    ];
    var AccessPoint$ = [
      3,
      n0,
      _AP,
      0,
      [_N, _NO, _B, _VC, _APA, _A, _BAI, _DSI, _DST],
      [0, 0, 0, () => VpcConfiguration$, 0, 0, 0, 0, 0],
      3
    ];
    var AccountLevel$ = [
      3,
      n0,
      _AL,
      0,
      [_BL, _AM, _ACOM, _ADPM, _DSCM, _APM, _SLGL],
      [() => BucketLevel$, () => ActivityMetrics$, () => AdvancedCostOptimizationMetrics$, () => AdvancedDataProtectionMetrics$, () => DetailedStatusCodesMetrics$, () => AdvancedPerformanceMetrics$, [() => StorageLensGroupLevel$, 0]],
      1
    ];
    var ActivityMetrics$ = [
      3,
      n0,
      _AM,
      0,
      [_IEs],
      [2]
    ];
    var AdvancedCostOptimizationMetrics$ = [
      3,
      n0,
      _ACOM,
      0,
      [_IEs],
      [2]
    ];
    var AdvancedDataProtectionMetrics$ = [
      3,
      n0,
      _ADPM,
      0,
      [_IEs],
      [2]
    ];
    var AdvancedPerformanceMetrics$ = [
      3,
      n0,
      _APM,
      0,
      [_IEs],
      [2]
    ];
    var AssociateAccessGrantsIdentityCenterRequest$ = [
      3,
      n0,
      _AAGICR,
      0,
      [_ICA, _AI],
      [0, [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var AsyncErrorDetails$ = [
      3,
      n0,
      _AED,
      0,
      [_C, _M, _R, _RI],
      [0, 0, 0, 0]
    ];
    var AsyncOperation$ = [
      3,
      n0,
      _AO,
      0,
      [_CT, _Op, _RTARN, _RP, _RS, _RD],
      [4, 0, 0, [() => AsyncRequestParameters$, 0], 0, [() => AsyncResponseDetails$, 0]]
    ];
    var AsyncRequestParameters$ = [
      3,
      n0,
      _ARP,
      0,
      [_CMRAPR, _DMRAPR, _PMRAPPR],
      [[() => CreateMultiRegionAccessPointInput$, 0], () => DeleteMultiRegionAccessPointInput$, () => PutMultiRegionAccessPointPolicyInput$]
    ];
    var AsyncResponseDetails$ = [
      3,
      n0,
      _ARD,
      0,
      [_MRAPD, _ED],
      [[() => MultiRegionAccessPointsAsyncResponse$, 0], () => AsyncErrorDetails$]
    ];
    var AwsLambdaTransformation$ = [
      3,
      n0,
      _ALT,
      0,
      [_FA, _FP],
      [0, 0],
      1
    ];
    var BucketLevel$ = [
      3,
      n0,
      _BL,
      0,
      [_AM, _PL, _ACOM, _ADPM, _DSCM, _APM],
      [() => ActivityMetrics$, () => PrefixLevel$, () => AdvancedCostOptimizationMetrics$, () => AdvancedDataProtectionMetrics$, () => DetailedStatusCodesMetrics$, () => AdvancedPerformanceMetrics$]
    ];
    var CloudWatchMetrics$ = [
      3,
      n0,
      _CWM,
      0,
      [_IEs],
      [2],
      1
    ];
    var CreateAccessGrantRequest$ = [
      3,
      n0,
      _CAGR,
      0,
      [_AGLI, _G, _P, _AI, _AGLC, _AA, _SPT, _T],
      [0, () => Grantee$, 0, [0, { [_hL]: 1, [_hH]: _xaai }], () => AccessGrantsLocationConfiguration$, 0, 0, [() => TagList, 0]],
      3
    ];
    var CreateAccessGrantResult$ = [
      3,
      n0,
      _CAGRr,
      0,
      [_CA, _AGI, _AGA, _G, _AGLI, _AGLC, _P, _AA, _GS],
      [4, 0, 0, () => Grantee$, 0, () => AccessGrantsLocationConfiguration$, 0, 0, 0]
    ];
    var CreateAccessGrantsInstanceRequest$ = [
      3,
      n0,
      _CAGIR,
      0,
      [_AI, _ICA, _T],
      [[0, { [_hL]: 1, [_hH]: _xaai }], 0, [() => TagList, 0]]
    ];
    var CreateAccessGrantsInstanceResult$ = [
      3,
      n0,
      _CAGIRr,
      0,
      [_CA, _AGII, _AGIA, _ICA, _ICIA, _ICAA],
      [4, 0, 0, 0, 0, 0]
    ];
    var CreateAccessGrantsLocationRequest$ = [
      3,
      n0,
      _CAGLR,
      0,
      [_LS, _IAMRA, _AI, _T],
      [0, 0, [0, { [_hL]: 1, [_hH]: _xaai }], [() => TagList, 0]],
      2
    ];
    var CreateAccessGrantsLocationResult$ = [
      3,
      n0,
      _CAGLRr,
      0,
      [_CA, _AGLI, _AGLA, _LS, _IAMRA],
      [4, 0, 0, 0, 0]
    ];
    var CreateAccessPointForObjectLambdaRequest$ = [
      3,
      n0,
      _CAPFOLR,
      0,
      [_N, _Co, _AI],
      [[0, 1], [() => ObjectLambdaConfiguration$, 0], [0, { [_hL]: 1, [_hH]: _xaai }]],
      2
    ];
    var CreateAccessPointForObjectLambdaResult$ = [
      3,
      n0,
      _CAPFOLRr,
      0,
      [_OLAPA, _A],
      [0, () => ObjectLambdaAccessPointAlias$]
    ];
    var CreateAccessPointRequest$ = [
      3,
      n0,
      _CAPR,
      0,
      [_N, _B, _AI, _VC, _PABC, _BAI, _S, _T],
      [[0, 1], 0, [0, { [_hL]: 1, [_hH]: _xaai }], () => VpcConfiguration$, [() => PublicAccessBlockConfiguration$, 0], 0, [() => Scope$, 0], [() => TagList, 0]],
      2
    ];
    var CreateAccessPointResult$ = [
      3,
      n0,
      _CAPRr,
      0,
      [_APA, _A],
      [0, 0]
    ];
    var CreateBucketConfiguration$ = [
      3,
      n0,
      _CBC,
      0,
      [_LC],
      [0]
    ];
    var CreateBucketRequest$ = [
      3,
      n0,
      _CBR,
      0,
      [_B, _ACL, _CBC, _GFC, _GR, _GRACP, _GW, _GWACP, _OLEFB, _OI],
      [[0, 1], [0, { [_hH]: _xaa }], [() => CreateBucketConfiguration$, { [_hP]: 1, [_xN]: _CBC }], [0, { [_hH]: _xagfc }], [0, { [_hH]: _xagr }], [0, { [_hH]: _xagra }], [0, { [_hH]: _xagw }], [0, { [_hH]: _xagwa }], [2, { [_hH]: _xabole }], [0, { [_hH]: _xaoi }]],
      1
    ];
    var CreateBucketResult$ = [
      3,
      n0,
      _CBRr,
      0,
      [_L, _BA],
      [[0, { [_hH]: _L }], 0]
    ];
    var CreateJobRequest$ = [
      3,
      n0,
      _CJR,
      0,
      [_Op, _Re, _Pr, _RA, _AI, _CR, _CRT, _Ma, _D, _T, _MG],
      [[() => JobOperation$, 0], () => JobReport$, 1, 0, [0, { [_hL]: 1, [_hH]: _xaai }], 2, [0, 4], () => JobManifest$, 0, () => S3TagSet, [() => JobManifestGenerator$, 0]],
      4
    ];
    var CreateJobResult$ = [
      3,
      n0,
      _CJRr,
      0,
      [_JI],
      [0]
    ];
    var CreateMultiRegionAccessPointInput$ = [
      3,
      n0,
      _CMRAPI,
      0,
      [_N, _Reg, _PAB],
      [0, [() => RegionCreationList, 0], [() => PublicAccessBlockConfiguration$, 0]],
      2
    ];
    var CreateMultiRegionAccessPointRequest$ = [
      3,
      n0,
      _CMRAPR,
      0,
      [_De, _AI, _CTl],
      [[() => CreateMultiRegionAccessPointInput$, 0], [0, { [_hL]: 1, [_hH]: _xaai }], [0, 4]],
      1
    ];
    var CreateMultiRegionAccessPointResult$ = [
      3,
      n0,
      _CMRAPRr,
      0,
      [_RTARN],
      [0]
    ];
    var CreateStorageLensGroupRequest$ = [
      3,
      n0,
      _CSLGR,
      0,
      [_SLG, _AI, _T],
      [[() => StorageLensGroup$, 0], [0, { [_hL]: 1, [_hH]: _xaai }], [() => TagList, 0]],
      1
    ];
    var Credentials$ = [
      3,
      n0,
      _Cr,
      8,
      [_AKI, _SAK, _ST, _E],
      [[() => AccessKeyId, 0], [() => SecretAccessKey, 0], [() => SessionToken, 0], 4]
    ];
    var DeleteAccessGrantRequest$ = [
      3,
      n0,
      _DAGR,
      0,
      [_AGI, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var DeleteAccessGrantsInstanceRequest$ = [
      3,
      n0,
      _DAGIR,
      0,
      [_AI],
      [[0, { [_hL]: 1, [_hH]: _xaai }]]
    ];
    var DeleteAccessGrantsInstanceResourcePolicyRequest$ = [
      3,
      n0,
      _DAGIRPR,
      0,
      [_AI],
      [[0, { [_hL]: 1, [_hH]: _xaai }]]
    ];
    var DeleteAccessGrantsLocationRequest$ = [
      3,
      n0,
      _DAGLR,
      0,
      [_AGLI, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var DeleteAccessPointForObjectLambdaRequest$ = [
      3,
      n0,
      _DAPFOLR,
      0,
      [_N, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var DeleteAccessPointPolicyForObjectLambdaRequest$ = [
      3,
      n0,
      _DAPPFOLR,
      0,
      [_N, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var DeleteAccessPointPolicyRequest$ = [
      3,
      n0,
      _DAPPR,
      0,
      [_N, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var DeleteAccessPointRequest$ = [
      3,
      n0,
      _DAPR,
      0,
      [_N, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var DeleteAccessPointScopeRequest$ = [
      3,
      n0,
      _DAPSR,
      0,
      [_N, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var DeleteBucketLifecycleConfigurationRequest$ = [
      3,
      n0,
      _DBLCR,
      0,
      [_B, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var DeleteBucketPolicyRequest$ = [
      3,
      n0,
      _DBPR,
      0,
      [_B, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var DeleteBucketReplicationRequest$ = [
      3,
      n0,
      _DBRR,
      0,
      [_B, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var DeleteBucketRequest$ = [
      3,
      n0,
      _DBR,
      0,
      [_B, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var DeleteBucketTaggingRequest$ = [
      3,
      n0,
      _DBTR,
      0,
      [_B, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var DeleteJobTaggingRequest$ = [
      3,
      n0,
      _DJTR,
      0,
      [_JI, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var DeleteJobTaggingResult$ = [
      3,
      n0,
      _DJTRe,
      0,
      [],
      []
    ];
    var DeleteMarkerReplication$ = [
      3,
      n0,
      _DMR,
      0,
      [_St],
      [0],
      1
    ];
    var DeleteMultiRegionAccessPointInput$ = [
      3,
      n0,
      _DMRAPI,
      0,
      [_N],
      [0],
      1
    ];
    var DeleteMultiRegionAccessPointRequest$ = [
      3,
      n0,
      _DMRAPR,
      0,
      [_De, _AI, _CTl],
      [() => DeleteMultiRegionAccessPointInput$, [0, { [_hL]: 1, [_hH]: _xaai }], [0, 4]],
      1
    ];
    var DeleteMultiRegionAccessPointResult$ = [
      3,
      n0,
      _DMRAPRe,
      0,
      [_RTARN],
      [0]
    ];
    var DeletePublicAccessBlockRequest$ = [
      3,
      n0,
      _DPABR,
      0,
      [_AI],
      [[0, { [_hL]: 1, [_hH]: _xaai }]]
    ];
    var DeleteStorageLensConfigurationRequest$ = [
      3,
      n0,
      _DSLCR,
      0,
      [_CI, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var DeleteStorageLensConfigurationTaggingRequest$ = [
      3,
      n0,
      _DSLCTR,
      0,
      [_CI, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var DeleteStorageLensConfigurationTaggingResult$ = [
      3,
      n0,
      _DSLCTRe,
      0,
      [],
      []
    ];
    var DeleteStorageLensGroupRequest$ = [
      3,
      n0,
      _DSLGR,
      0,
      [_N, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var DescribeJobRequest$ = [
      3,
      n0,
      _DJR,
      0,
      [_JI, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var DescribeJobResult$ = [
      3,
      n0,
      _DJRe,
      0,
      [_J],
      [[() => JobDescriptor$, 0]]
    ];
    var DescribeMultiRegionAccessPointOperationRequest$ = [
      3,
      n0,
      _DMRAPOR,
      0,
      [_RTARN, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var DescribeMultiRegionAccessPointOperationResult$ = [
      3,
      n0,
      _DMRAPORe,
      0,
      [_AO],
      [[() => AsyncOperation$, 0]]
    ];
    var Destination$ = [
      3,
      n0,
      _Des,
      0,
      [_B, _Ac, _RT, _ACT, _EC, _Me, _SC],
      [0, 0, () => ReplicationTime$, () => AccessControlTranslation$, () => EncryptionConfiguration$, () => Metrics$, 0],
      1
    ];
    var DetailedStatusCodesMetrics$ = [
      3,
      n0,
      _DSCM,
      0,
      [_IEs],
      [2]
    ];
    var DissociateAccessGrantsIdentityCenterRequest$ = [
      3,
      n0,
      _DAGICR,
      0,
      [_AI],
      [[0, { [_hL]: 1, [_hH]: _xaai }]]
    ];
    var DSSEKMSFilter$ = [
      3,
      n0,
      _DSSEKMSF,
      0,
      [_KKA],
      [0]
    ];
    var EncryptionConfiguration$ = [
      3,
      n0,
      _EC,
      0,
      [_RKKID],
      [0]
    ];
    var EstablishedMultiRegionAccessPointPolicy$ = [
      3,
      n0,
      _EMRAPP,
      0,
      [_Po],
      [0]
    ];
    var _Exclude$ = [
      3,
      n0,
      _Ex,
      0,
      [_Bu, _Reg],
      [[() => Buckets, 0], [() => Regions, 0]]
    ];
    var ExistingObjectReplication$ = [
      3,
      n0,
      _EOR,
      0,
      [_St],
      [0],
      1
    ];
    var GeneratedManifestEncryption$ = [
      3,
      n0,
      _GME,
      0,
      [_SSES, _SSEKMS],
      [[() => SSES3Encryption$, { [_xN]: _SS }], [() => SSEKMSEncryption$, { [_xN]: _SK }]]
    ];
    var GetAccessGrantRequest$ = [
      3,
      n0,
      _GAGR,
      0,
      [_AGI, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetAccessGrantResult$ = [
      3,
      n0,
      _GAGRe,
      0,
      [_CA, _AGI, _AGA, _G, _P, _AGLI, _AGLC, _GS, _AA],
      [4, 0, 0, () => Grantee$, 0, 0, () => AccessGrantsLocationConfiguration$, 0, 0]
    ];
    var GetAccessGrantsInstanceForPrefixRequest$ = [
      3,
      n0,
      _GAGIFPR,
      0,
      [_SP, _AI],
      [[0, { [_hQ]: _sp }], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetAccessGrantsInstanceForPrefixResult$ = [
      3,
      n0,
      _GAGIFPRe,
      0,
      [_AGIA, _AGII],
      [0, 0]
    ];
    var GetAccessGrantsInstanceRequest$ = [
      3,
      n0,
      _GAGIR,
      0,
      [_AI],
      [[0, { [_hL]: 1, [_hH]: _xaai }]]
    ];
    var GetAccessGrantsInstanceResourcePolicyRequest$ = [
      3,
      n0,
      _GAGIRPR,
      0,
      [_AI],
      [[0, { [_hL]: 1, [_hH]: _xaai }]]
    ];
    var GetAccessGrantsInstanceResourcePolicyResult$ = [
      3,
      n0,
      _GAGIRPRe,
      0,
      [_Po, _Or, _CA],
      [0, 0, 4]
    ];
    var GetAccessGrantsInstanceResult$ = [
      3,
      n0,
      _GAGIRe,
      0,
      [_AGIA, _AGII, _ICA, _ICIA, _ICAA, _CA],
      [0, 0, 0, 0, 0, 4]
    ];
    var GetAccessGrantsLocationRequest$ = [
      3,
      n0,
      _GAGLR,
      0,
      [_AGLI, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetAccessGrantsLocationResult$ = [
      3,
      n0,
      _GAGLRe,
      0,
      [_CA, _AGLI, _AGLA, _LS, _IAMRA],
      [4, 0, 0, 0, 0]
    ];
    var GetAccessPointConfigurationForObjectLambdaRequest$ = [
      3,
      n0,
      _GAPCFOLR,
      0,
      [_N, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetAccessPointConfigurationForObjectLambdaResult$ = [
      3,
      n0,
      _GAPCFOLRe,
      0,
      [_Co],
      [[() => ObjectLambdaConfiguration$, 0]]
    ];
    var GetAccessPointForObjectLambdaRequest$ = [
      3,
      n0,
      _GAPFOLR,
      0,
      [_N, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetAccessPointForObjectLambdaResult$ = [
      3,
      n0,
      _GAPFOLRe,
      0,
      [_N, _PABC, _CD, _A],
      [0, [() => PublicAccessBlockConfiguration$, 0], 4, () => ObjectLambdaAccessPointAlias$]
    ];
    var GetAccessPointPolicyForObjectLambdaRequest$ = [
      3,
      n0,
      _GAPPFOLR,
      0,
      [_N, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetAccessPointPolicyForObjectLambdaResult$ = [
      3,
      n0,
      _GAPPFOLRe,
      0,
      [_Po],
      [0]
    ];
    var GetAccessPointPolicyRequest$ = [
      3,
      n0,
      _GAPPR,
      0,
      [_N, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetAccessPointPolicyResult$ = [
      3,
      n0,
      _GAPPRe,
      0,
      [_Po],
      [0]
    ];
    var GetAccessPointPolicyStatusForObjectLambdaRequest$ = [
      3,
      n0,
      _GAPPSFOLR,
      0,
      [_N, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetAccessPointPolicyStatusForObjectLambdaResult$ = [
      3,
      n0,
      _GAPPSFOLRe,
      0,
      [_PS],
      [[() => PolicyStatus$, 0]]
    ];
    var GetAccessPointPolicyStatusRequest$ = [
      3,
      n0,
      _GAPPSR,
      0,
      [_N, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetAccessPointPolicyStatusResult$ = [
      3,
      n0,
      _GAPPSRe,
      0,
      [_PS],
      [[() => PolicyStatus$, 0]]
    ];
    var GetAccessPointRequest$ = [
      3,
      n0,
      _GAPR,
      0,
      [_N, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetAccessPointResult$ = [
      3,
      n0,
      _GAPRe,
      0,
      [_N, _B, _NO, _VC, _PABC, _CD, _A, _APA, _En, _BAI, _DSI, _DST],
      [0, 0, 0, () => VpcConfiguration$, [() => PublicAccessBlockConfiguration$, 0], 4, 0, 0, 128 | 0, 0, 0, 0]
    ];
    var GetAccessPointScopeRequest$ = [
      3,
      n0,
      _GAPSR,
      0,
      [_N, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetAccessPointScopeResult$ = [
      3,
      n0,
      _GAPSRe,
      0,
      [_S],
      [[() => Scope$, 0]]
    ];
    var GetBucketLifecycleConfigurationRequest$ = [
      3,
      n0,
      _GBLCR,
      0,
      [_B, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetBucketLifecycleConfigurationResult$ = [
      3,
      n0,
      _GBLCRe,
      0,
      [_Ru],
      [[() => LifecycleRules, 0]]
    ];
    var GetBucketPolicyRequest$ = [
      3,
      n0,
      _GBPR,
      0,
      [_B, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetBucketPolicyResult$ = [
      3,
      n0,
      _GBPRe,
      0,
      [_Po],
      [0]
    ];
    var GetBucketReplicationRequest$ = [
      3,
      n0,
      _GBRR,
      0,
      [_B, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetBucketReplicationResult$ = [
      3,
      n0,
      _GBRRe,
      0,
      [_RC],
      [[() => ReplicationConfiguration$, 0]]
    ];
    var GetBucketRequest$ = [
      3,
      n0,
      _GBR,
      0,
      [_B, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetBucketResult$ = [
      3,
      n0,
      _GBRe,
      0,
      [_B, _PABE, _CD],
      [0, 2, 4]
    ];
    var GetBucketTaggingRequest$ = [
      3,
      n0,
      _GBTR,
      0,
      [_B, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetBucketTaggingResult$ = [
      3,
      n0,
      _GBTRe,
      0,
      [_TS],
      [() => S3TagSet],
      1
    ];
    var GetBucketVersioningRequest$ = [
      3,
      n0,
      _GBVR,
      0,
      [_B, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetBucketVersioningResult$ = [
      3,
      n0,
      _GBVRe,
      0,
      [_St, _MFAD],
      [0, [0, { [_xN]: _MD }]]
    ];
    var GetDataAccessRequest$ = [
      3,
      n0,
      _GDAR,
      0,
      [_Ta, _P, _AI, _DS, _Pri, _TT, _AC],
      [[0, { [_hQ]: _t }], [0, { [_hQ]: _p }], [0, { [_hL]: 1, [_hH]: _xaai }], [1, { [_hQ]: _dS }], [0, { [_hQ]: _pr }], [0, { [_hQ]: _tT }], [0, { [_hQ]: _aC }]],
      2
    ];
    var GetDataAccessResult$ = [
      3,
      n0,
      _GDARe,
      0,
      [_Cr, _MGT, _G],
      [[() => Credentials$, 0], 0, () => Grantee$]
    ];
    var GetJobTaggingRequest$ = [
      3,
      n0,
      _GJTR,
      0,
      [_JI, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetJobTaggingResult$ = [
      3,
      n0,
      _GJTRe,
      0,
      [_T],
      [() => S3TagSet]
    ];
    var GetMultiRegionAccessPointPolicyRequest$ = [
      3,
      n0,
      _GMRAPPR,
      0,
      [_N, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetMultiRegionAccessPointPolicyResult$ = [
      3,
      n0,
      _GMRAPPRe,
      0,
      [_Po],
      [() => MultiRegionAccessPointPolicyDocument$]
    ];
    var GetMultiRegionAccessPointPolicyStatusRequest$ = [
      3,
      n0,
      _GMRAPPSR,
      0,
      [_N, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetMultiRegionAccessPointPolicyStatusResult$ = [
      3,
      n0,
      _GMRAPPSRe,
      0,
      [_Es],
      [[() => PolicyStatus$, 0]]
    ];
    var GetMultiRegionAccessPointRequest$ = [
      3,
      n0,
      _GMRAPR,
      0,
      [_N, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetMultiRegionAccessPointResult$ = [
      3,
      n0,
      _GMRAPRe,
      0,
      [_AP],
      [[() => MultiRegionAccessPointReport$, 0]]
    ];
    var GetMultiRegionAccessPointRoutesRequest$ = [
      3,
      n0,
      _GMRAPRR,
      0,
      [_Mr, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetMultiRegionAccessPointRoutesResult$ = [
      3,
      n0,
      _GMRAPRRe,
      0,
      [_Mr, _Ro],
      [0, [() => RouteList, 0]]
    ];
    var GetPublicAccessBlockOutput$ = [
      3,
      n0,
      _GPABO,
      0,
      [_PABC],
      [[() => PublicAccessBlockConfiguration$, 16]]
    ];
    var GetPublicAccessBlockRequest$ = [
      3,
      n0,
      _GPABR,
      0,
      [_AI],
      [[0, { [_hL]: 1, [_hH]: _xaai }]]
    ];
    var GetStorageLensConfigurationRequest$ = [
      3,
      n0,
      _GSLCR,
      0,
      [_CI, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetStorageLensConfigurationResult$ = [
      3,
      n0,
      _GSLCRe,
      0,
      [_SLC],
      [[() => StorageLensConfiguration$, 16]]
    ];
    var GetStorageLensConfigurationTaggingRequest$ = [
      3,
      n0,
      _GSLCTR,
      0,
      [_CI, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetStorageLensConfigurationTaggingResult$ = [
      3,
      n0,
      _GSLCTRe,
      0,
      [_T],
      [[() => StorageLensTags, 0]]
    ];
    var GetStorageLensGroupRequest$ = [
      3,
      n0,
      _GSLGR,
      0,
      [_N, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var GetStorageLensGroupResult$ = [
      3,
      n0,
      _GSLGRe,
      0,
      [_SLG],
      [[() => StorageLensGroup$, 16]]
    ];
    var Grantee$ = [
      3,
      n0,
      _G,
      0,
      [_GT, _GI],
      [0, 0]
    ];
    var Include$ = [
      3,
      n0,
      _I,
      0,
      [_Bu, _Reg],
      [[() => Buckets, 0], [() => Regions, 0]]
    ];
    var JobDescriptor$ = [
      3,
      n0,
      _JD,
      0,
      [_JI, _CR, _D, _JA, _St, _Ma, _Op, _Pr, _PSr, _SUR, _FR, _Re, _CT, _TD, _RA, _SD, _SCu, _MG, _GMD],
      [0, 2, 0, 0, 0, () => JobManifest$, [() => JobOperation$, 0], 1, () => JobProgressSummary$, 0, () => JobFailureList, () => JobReport$, 4, 4, 0, 4, 0, [() => JobManifestGenerator$, 0], () => S3GeneratedManifestDescriptor$]
    ];
    var JobFailure$ = [
      3,
      n0,
      _JF,
      0,
      [_FC, _FRa],
      [0, 0]
    ];
    var JobListDescriptor$ = [
      3,
      n0,
      _JLD,
      0,
      [_JI, _D, _Op, _Pr, _St, _CT, _TD, _PSr],
      [0, 0, 0, 1, 0, 4, 4, () => JobProgressSummary$]
    ];
    var JobManifest$ = [
      3,
      n0,
      _JM,
      0,
      [_Sp, _L],
      [() => JobManifestSpec$, () => JobManifestLocation$],
      2
    ];
    var JobManifestGeneratorFilter$ = [
      3,
      n0,
      _JMGF,
      0,
      [_EFR, _CAr, _CB, _ORS, _KNC, _OSGTB, _OSLTB, _MASC, _MAOE],
      [2, 4, 4, 64 | 0, () => KeyNameConstraint$, 1, 1, 64 | 0, [() => ObjectEncryptionFilterList, 0]]
    ];
    var JobManifestLocation$ = [
      3,
      n0,
      _JML,
      0,
      [_OA, _ET, _OVI],
      [0, 0, 0],
      2
    ];
    var JobManifestSpec$ = [
      3,
      n0,
      _JMS,
      0,
      [_F, _Fi],
      [0, 64 | 0],
      1
    ];
    var JobOperation$ = [
      3,
      n0,
      _JO,
      0,
      [_LI, _SPOC, _SPOA, _SPOT, _SDOT, _SIRO, _SPOLH, _SPOR, _SRO, _SCOC, _SUOE],
      [() => LambdaInvokeOperation$, () => S3CopyObjectOperation$, () => S3SetObjectAclOperation$, () => S3SetObjectTaggingOperation$, () => S3DeleteObjectTaggingOperation$, () => S3InitiateRestoreObjectOperation$, () => S3SetObjectLegalHoldOperation$, () => S3SetObjectRetentionOperation$, () => S3ReplicateObjectOperation$, () => S3ComputeObjectChecksumOperation$, [() => S3UpdateObjectEncryptionOperation$, 0]]
    ];
    var JobProgressSummary$ = [
      3,
      n0,
      _JPS,
      0,
      [_TNOT, _NOTS, _NOTF, _Ti],
      [1, 1, 1, () => JobTimers$]
    ];
    var JobReport$ = [
      3,
      n0,
      _JR,
      0,
      [_Ena, _B, _F, _Pre, _RSe, _EBO],
      [2, 0, 0, 0, 0, 0],
      1
    ];
    var JobTimers$ = [
      3,
      n0,
      _JT,
      0,
      [_ETIAS],
      [1]
    ];
    var KeyNameConstraint$ = [
      3,
      n0,
      _KNC,
      0,
      [_MAP, _MAS, _MASa],
      [64 | 0, 64 | 0, 64 | 0]
    ];
    var LambdaInvokeOperation$ = [
      3,
      n0,
      _LIO,
      0,
      [_FA, _ISV, _UA],
      [0, 0, 128 | 0]
    ];
    var LifecycleConfiguration$ = [
      3,
      n0,
      _LCi,
      0,
      [_Ru],
      [[() => LifecycleRules, 0]]
    ];
    var LifecycleExpiration$ = [
      3,
      n0,
      _LE,
      0,
      [_Da, _Day, _EODM],
      [4, 1, 2]
    ];
    var LifecycleRule$ = [
      3,
      n0,
      _LR,
      0,
      [_St, _E, _ID, _Fil, _Tr, _NVT, _NVE, _AIMU],
      [0, () => LifecycleExpiration$, 0, () => LifecycleRuleFilter$, [() => TransitionList, 0], [() => NoncurrentVersionTransitionList, 0], () => NoncurrentVersionExpiration$, () => AbortIncompleteMultipartUpload$],
      1
    ];
    var LifecycleRuleAndOperator$ = [
      3,
      n0,
      _LRAO,
      0,
      [_Pre, _T, _OSGT, _OSLT],
      [0, () => S3TagSet, 1, 1]
    ];
    var LifecycleRuleFilter$ = [
      3,
      n0,
      _LRF,
      0,
      [_Pre, _Tag, _An, _OSGT, _OSLT],
      [0, () => S3Tag$, () => LifecycleRuleAndOperator$, 1, 1]
    ];
    var ListAccessGrantEntry$ = [
      3,
      n0,
      _LAGE,
      0,
      [_CA, _AGI, _AGA, _G, _P, _AGLI, _AGLC, _GS, _AA],
      [4, 0, 0, () => Grantee$, 0, 0, () => AccessGrantsLocationConfiguration$, 0, 0]
    ];
    var ListAccessGrantsInstanceEntry$ = [
      3,
      n0,
      _LAGIE,
      0,
      [_AGII, _AGIA, _CA, _ICA, _ICIA, _ICAA],
      [0, 0, 4, 0, 0, 0]
    ];
    var ListAccessGrantsInstancesRequest$ = [
      3,
      n0,
      _LAGIR,
      0,
      [_AI, _NT, _MR],
      [[0, { [_hL]: 1, [_hH]: _xaai }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]]
    ];
    var ListAccessGrantsInstancesResult$ = [
      3,
      n0,
      _LAGIRi,
      0,
      [_NT, _AGIL],
      [0, [() => AccessGrantsInstancesList, 0]]
    ];
    var ListAccessGrantsLocationsEntry$ = [
      3,
      n0,
      _LAGLE,
      0,
      [_CA, _AGLI, _AGLA, _LS, _IAMRA],
      [4, 0, 0, 0, 0]
    ];
    var ListAccessGrantsLocationsRequest$ = [
      3,
      n0,
      _LAGLR,
      0,
      [_AI, _NT, _MR, _LS],
      [[0, { [_hL]: 1, [_hH]: _xaai }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _l }]]
    ];
    var ListAccessGrantsLocationsResult$ = [
      3,
      n0,
      _LAGLRi,
      0,
      [_NT, _AGLL],
      [0, [() => AccessGrantsLocationsList, 0]]
    ];
    var ListAccessGrantsRequest$ = [
      3,
      n0,
      _LAGR,
      0,
      [_AI, _NT, _MR, _GT, _GI, _P, _GS, _AA],
      [[0, { [_hL]: 1, [_hH]: _xaai }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _g }], [0, { [_hQ]: _gr }], [0, { [_hQ]: _p }], [0, { [_hQ]: _gra }], [0, { [_hQ]: _aa }]]
    ];
    var ListAccessGrantsResult$ = [
      3,
      n0,
      _LAGRi,
      0,
      [_NT, _AGL],
      [0, [() => AccessGrantsList, 0]]
    ];
    var ListAccessPointsForDirectoryBucketsRequest$ = [
      3,
      n0,
      _LAPFDBR,
      0,
      [_AI, _DB, _NT, _MR],
      [[0, { [_hL]: 1, [_hH]: _xaai }], [0, { [_hQ]: _dB }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]]
    ];
    var ListAccessPointsForDirectoryBucketsResult$ = [
      3,
      n0,
      _LAPFDBRi,
      0,
      [_APL, _NT],
      [[() => AccessPointList, 0], 0]
    ];
    var ListAccessPointsForObjectLambdaRequest$ = [
      3,
      n0,
      _LAPFOLR,
      0,
      [_AI, _NT, _MR],
      [[0, { [_hL]: 1, [_hH]: _xaai }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]]
    ];
    var ListAccessPointsForObjectLambdaResult$ = [
      3,
      n0,
      _LAPFOLRi,
      0,
      [_OLAPL, _NT],
      [[() => ObjectLambdaAccessPointList, 0], 0]
    ];
    var ListAccessPointsRequest$ = [
      3,
      n0,
      _LAPR,
      0,
      [_AI, _B, _NT, _MR, _DSI, _DST],
      [[0, { [_hL]: 1, [_hH]: _xaai }], [0, { [_hQ]: _b }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _dSI }], [0, { [_hQ]: _dST }]]
    ];
    var ListAccessPointsResult$ = [
      3,
      n0,
      _LAPRi,
      0,
      [_APL, _NT],
      [[() => AccessPointList, 0], 0]
    ];
    var ListCallerAccessGrantsEntry$ = [
      3,
      n0,
      _LCAGE,
      0,
      [_P, _GS, _AA],
      [0, 0, 0]
    ];
    var ListCallerAccessGrantsRequest$ = [
      3,
      n0,
      _LCAGR,
      0,
      [_AI, _GS, _NT, _MR, _ABA],
      [[0, { [_hL]: 1, [_hH]: _xaai }], [0, { [_hQ]: _gra }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [2, { [_hQ]: _aBA }]]
    ];
    var ListCallerAccessGrantsResult$ = [
      3,
      n0,
      _LCAGRi,
      0,
      [_NT, _CAGL],
      [0, [() => CallerAccessGrantsList, 0]]
    ];
    var ListJobsRequest$ = [
      3,
      n0,
      _LJR,
      0,
      [_AI, _JS, _NT, _MR],
      [[0, { [_hL]: 1, [_hH]: _xaai }], [64 | 0, { [_hQ]: _jS }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]]
    ];
    var ListJobsResult$ = [
      3,
      n0,
      _LJRi,
      0,
      [_NT, _Jo],
      [0, () => JobListDescriptorList]
    ];
    var ListMultiRegionAccessPointsRequest$ = [
      3,
      n0,
      _LMRAPR,
      0,
      [_AI, _NT, _MR],
      [[0, { [_hL]: 1, [_hH]: _xaai }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]]
    ];
    var ListMultiRegionAccessPointsResult$ = [
      3,
      n0,
      _LMRAPRi,
      0,
      [_APc, _NT],
      [[() => MultiRegionAccessPointReportList, 0], 0]
    ];
    var ListRegionalBucketsRequest$ = [
      3,
      n0,
      _LRBR,
      0,
      [_AI, _NT, _MR, _OI],
      [[0, { [_hL]: 1, [_hH]: _xaai }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [0, { [_hH]: _xaoi }]]
    ];
    var ListRegionalBucketsResult$ = [
      3,
      n0,
      _LRBRi,
      0,
      [_RBL, _NT],
      [[() => RegionalBucketList, 0], 0]
    ];
    var ListStorageLensConfigurationEntry$ = [
      3,
      n0,
      _LSLCE,
      0,
      [_Id, _SLA, _HR, _IEs],
      [0, 0, 0, 2],
      3
    ];
    var ListStorageLensConfigurationsRequest$ = [
      3,
      n0,
      _LSLCR,
      0,
      [_AI, _NT],
      [[0, { [_hL]: 1, [_hH]: _xaai }], [0, { [_hQ]: _nT }]]
    ];
    var ListStorageLensConfigurationsResult$ = [
      3,
      n0,
      _LSLCRi,
      { [_xN]: _LSLCRis },
      [_NT, _SLCL],
      [0, [() => StorageLensConfigurationList, { [_xF]: 1, [_xN]: _SLC }]]
    ];
    var ListStorageLensGroupEntry$ = [
      3,
      n0,
      _LSLGE,
      0,
      [_N, _SLGA, _HR],
      [0, 0, 0],
      3
    ];
    var ListStorageLensGroupsRequest$ = [
      3,
      n0,
      _LSLGR,
      0,
      [_AI, _NT],
      [[0, { [_hL]: 1, [_hH]: _xaai }], [0, { [_hQ]: _nT }]]
    ];
    var ListStorageLensGroupsResult$ = [
      3,
      n0,
      _LSLGRi,
      0,
      [_NT, _SLGLt],
      [0, [() => StorageLensGroupList, { [_xF]: 1, [_xN]: _SLG }]]
    ];
    var ListTagsForResourceRequest$ = [
      3,
      n0,
      _LTFRR,
      0,
      [_RAe, _AI],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var ListTagsForResourceResult$ = [
      3,
      n0,
      _LTFRRi,
      0,
      [_T],
      [[() => TagList, 0]]
    ];
    var MatchObjectAge$ = [
      3,
      n0,
      _MOA,
      0,
      [_DGT, _DLT],
      [1, 1]
    ];
    var MatchObjectSize$ = [
      3,
      n0,
      _MOS,
      0,
      [_BGT, _BLT],
      [1, 1]
    ];
    var Metrics$ = [
      3,
      n0,
      _Me,
      0,
      [_St, _ETv],
      [0, () => ReplicationTimeValue$],
      1
    ];
    var MultiRegionAccessPointPolicyDocument$ = [
      3,
      n0,
      _MRAPPD,
      0,
      [_Es, _Pro],
      [() => EstablishedMultiRegionAccessPointPolicy$, () => ProposedMultiRegionAccessPointPolicy$]
    ];
    var MultiRegionAccessPointRegionalResponse$ = [
      3,
      n0,
      _MRAPRR,
      0,
      [_N, _RS],
      [0, 0]
    ];
    var MultiRegionAccessPointReport$ = [
      3,
      n0,
      _MRAPR,
      0,
      [_N, _A, _CA, _PAB, _St, _Reg],
      [0, 0, 4, [() => PublicAccessBlockConfiguration$, 0], 0, [() => RegionReportList, 0]]
    ];
    var MultiRegionAccessPointRoute$ = [
      3,
      n0,
      _MRAPRu,
      0,
      [_TDP, _B, _Regi],
      [1, 0, 0],
      1
    ];
    var MultiRegionAccessPointsAsyncResponse$ = [
      3,
      n0,
      _MRAPAR,
      0,
      [_Reg],
      [[() => MultiRegionAccessPointRegionalResponseList, 0]]
    ];
    var NoncurrentVersionExpiration$ = [
      3,
      n0,
      _NVE,
      0,
      [_ND, _NNV],
      [1, 1]
    ];
    var NoncurrentVersionTransition$ = [
      3,
      n0,
      _NVTo,
      0,
      [_ND, _SC],
      [1, 0]
    ];
    var NotSSEFilter$ = [
      3,
      n0,
      _NSSEF,
      0,
      [],
      []
    ];
    var ObjectEncryption$ = [
      3,
      n0,
      _OE,
      0,
      [_SSEKMS],
      [[() => S3UpdateObjectEncryptionSSEKMS$, { [_xN]: _SK }]]
    ];
    var ObjectLambdaAccessPoint$ = [
      3,
      n0,
      _OLAP,
      0,
      [_N, _OLAPA, _A],
      [0, 0, () => ObjectLambdaAccessPointAlias$],
      1
    ];
    var ObjectLambdaAccessPointAlias$ = [
      3,
      n0,
      _OLAPAb,
      0,
      [_V, _St],
      [0, 0]
    ];
    var ObjectLambdaConfiguration$ = [
      3,
      n0,
      _OLC,
      0,
      [_SAP, _TC, _CWME, _AF],
      [0, [() => ObjectLambdaTransformationConfigurationsList, 0], 2, [() => ObjectLambdaAllowedFeaturesList, 0]],
      2
    ];
    var ObjectLambdaTransformationConfiguration$ = [
      3,
      n0,
      _OLTC,
      0,
      [_Act, _CTo],
      [[() => ObjectLambdaTransformationConfigurationActionsList, 0], () => ObjectLambdaContentTransformation$],
      2
    ];
    var PolicyStatus$ = [
      3,
      n0,
      _PS,
      0,
      [_IP],
      [[2, { [_xN]: _IP }]]
    ];
    var PrefixLevel$ = [
      3,
      n0,
      _PL,
      0,
      [_SM],
      [() => PrefixLevelStorageMetrics$],
      1
    ];
    var PrefixLevelStorageMetrics$ = [
      3,
      n0,
      _PLSM,
      0,
      [_IEs, _SCe],
      [2, () => SelectionCriteria$]
    ];
    var ProposedMultiRegionAccessPointPolicy$ = [
      3,
      n0,
      _PMRAPP,
      0,
      [_Po],
      [0]
    ];
    var PublicAccessBlockConfiguration$ = [
      3,
      n0,
      _PABC,
      0,
      [_BPA, _IPA, _BPP, _RPB],
      [[2, { [_xN]: _BPA }], [2, { [_xN]: _IPA }], [2, { [_xN]: _BPP }], [2, { [_xN]: _RPB }]]
    ];
    var PutAccessGrantsInstanceResourcePolicyRequest$ = [
      3,
      n0,
      _PAGIRPR,
      0,
      [_Po, _AI, _Or],
      [0, [0, { [_hL]: 1, [_hH]: _xaai }], 0],
      1
    ];
    var PutAccessGrantsInstanceResourcePolicyResult$ = [
      3,
      n0,
      _PAGIRPRu,
      0,
      [_Po, _Or, _CA],
      [0, 0, 4]
    ];
    var PutAccessPointConfigurationForObjectLambdaRequest$ = [
      3,
      n0,
      _PAPCFOLR,
      0,
      [_N, _Co, _AI],
      [[0, 1], [() => ObjectLambdaConfiguration$, 0], [0, { [_hL]: 1, [_hH]: _xaai }]],
      2
    ];
    var PutAccessPointPolicyForObjectLambdaRequest$ = [
      3,
      n0,
      _PAPPFOLR,
      0,
      [_N, _Po, _AI],
      [[0, 1], 0, [0, { [_hL]: 1, [_hH]: _xaai }]],
      2
    ];
    var PutAccessPointPolicyRequest$ = [
      3,
      n0,
      _PAPPR,
      0,
      [_N, _Po, _AI],
      [[0, 1], 0, [0, { [_hL]: 1, [_hH]: _xaai }]],
      2
    ];
    var PutAccessPointScopeRequest$ = [
      3,
      n0,
      _PAPSR,
      0,
      [_N, _S, _AI],
      [[0, 1], [() => Scope$, 0], [0, { [_hL]: 1, [_hH]: _xaai }]],
      2
    ];
    var PutBucketLifecycleConfigurationRequest$ = [
      3,
      n0,
      _PBLCR,
      0,
      [_B, _AI, _LCi],
      [[0, 1], [0, { [_hL]: 1, [_hH]: _xaai }], [() => LifecycleConfiguration$, { [_hP]: 1, [_xN]: _LCi }]],
      1
    ];
    var PutBucketPolicyRequest$ = [
      3,
      n0,
      _PBPR,
      0,
      [_B, _Po, _AI, _CRSBA],
      [[0, 1], 0, [0, { [_hL]: 1, [_hH]: _xaai }], [2, { [_hH]: _xacrsba }]],
      2
    ];
    var PutBucketReplicationRequest$ = [
      3,
      n0,
      _PBRR,
      0,
      [_B, _RC, _AI],
      [[0, 1], [() => ReplicationConfiguration$, { [_hP]: 1, [_xN]: _RC }], [0, { [_hL]: 1, [_hH]: _xaai }]],
      2
    ];
    var PutBucketTaggingRequest$ = [
      3,
      n0,
      _PBTR,
      0,
      [_B, _Tagg, _AI],
      [[0, 1], [() => Tagging$, { [_hP]: 1, [_xN]: _Tagg }], [0, { [_hL]: 1, [_hH]: _xaai }]],
      2
    ];
    var PutBucketVersioningRequest$ = [
      3,
      n0,
      _PBVR,
      0,
      [_B, _VCe, _AI, _MFA],
      [[0, 1], [() => VersioningConfiguration$, { [_hP]: 1, [_xN]: _VCe }], [0, { [_hL]: 1, [_hH]: _xaai }], [0, { [_hH]: _xam }]],
      2
    ];
    var PutJobTaggingRequest$ = [
      3,
      n0,
      _PJTR,
      0,
      [_JI, _T, _AI],
      [[0, 1], () => S3TagSet, [0, { [_hL]: 1, [_hH]: _xaai }]],
      2
    ];
    var PutJobTaggingResult$ = [
      3,
      n0,
      _PJTRu,
      0,
      [],
      []
    ];
    var PutMultiRegionAccessPointPolicyInput$ = [
      3,
      n0,
      _PMRAPPI,
      0,
      [_N, _Po],
      [0, 0],
      2
    ];
    var PutMultiRegionAccessPointPolicyRequest$ = [
      3,
      n0,
      _PMRAPPR,
      0,
      [_De, _AI, _CTl],
      [() => PutMultiRegionAccessPointPolicyInput$, [0, { [_hL]: 1, [_hH]: _xaai }], [0, 4]],
      1
    ];
    var PutMultiRegionAccessPointPolicyResult$ = [
      3,
      n0,
      _PMRAPPRu,
      0,
      [_RTARN],
      [0]
    ];
    var PutPublicAccessBlockRequest$ = [
      3,
      n0,
      _PPABR,
      0,
      [_PABC, _AI],
      [[() => PublicAccessBlockConfiguration$, { [_hP]: 1, [_xN]: _PABC }], [0, { [_hL]: 1, [_hH]: _xaai }]],
      1
    ];
    var PutStorageLensConfigurationRequest$ = [
      3,
      n0,
      _PSLCR,
      0,
      [_CI, _SLC, _AI, _T],
      [[0, 1], [() => StorageLensConfiguration$, 0], [0, { [_hL]: 1, [_hH]: _xaai }], [() => StorageLensTags, 0]],
      2
    ];
    var PutStorageLensConfigurationTaggingRequest$ = [
      3,
      n0,
      _PSLCTR,
      0,
      [_CI, _T, _AI],
      [[0, 1], [() => StorageLensTags, 0], [0, { [_hL]: 1, [_hH]: _xaai }]],
      2
    ];
    var PutStorageLensConfigurationTaggingResult$ = [
      3,
      n0,
      _PSLCTRu,
      0,
      [],
      []
    ];
    var Region$ = [
      3,
      n0,
      _Regi,
      0,
      [_B, _BAI],
      [0, 0],
      1
    ];
    var RegionalBucket$ = [
      3,
      n0,
      _RB,
      0,
      [_B, _PABE, _CD, _BA, _OI],
      [0, 2, 4, 0, 0],
      3
    ];
    var RegionReport$ = [
      3,
      n0,
      _RR,
      0,
      [_B, _Regi, _BAI],
      [0, 0, 0]
    ];
    var ReplicaModifications$ = [
      3,
      n0,
      _RM,
      0,
      [_St],
      [0],
      1
    ];
    var ReplicationConfiguration$ = [
      3,
      n0,
      _RC,
      0,
      [_Rol, _Ru],
      [0, [() => ReplicationRules, 0]],
      2
    ];
    var ReplicationRule$ = [
      3,
      n0,
      _RRe,
      0,
      [_St, _Des, _B, _ID, _Pr, _Pre, _Fil, _SSC, _EOR, _DMR],
      [0, () => Destination$, 0, 0, 1, 0, () => ReplicationRuleFilter$, () => SourceSelectionCriteria$, () => ExistingObjectReplication$, () => DeleteMarkerReplication$],
      3
    ];
    var ReplicationRuleAndOperator$ = [
      3,
      n0,
      _RRAO,
      0,
      [_Pre, _T],
      [0, () => S3TagSet]
    ];
    var ReplicationRuleFilter$ = [
      3,
      n0,
      _RRF,
      0,
      [_Pre, _Tag, _An],
      [0, () => S3Tag$, () => ReplicationRuleAndOperator$]
    ];
    var ReplicationTime$ = [
      3,
      n0,
      _RT,
      0,
      [_St, _Tim],
      [0, () => ReplicationTimeValue$],
      2
    ];
    var ReplicationTimeValue$ = [
      3,
      n0,
      _RTV,
      0,
      [_Mi],
      [1]
    ];
    var S3AccessControlList$ = [
      3,
      n0,
      _SACL,
      0,
      [_O, _Gr],
      [() => S3ObjectOwner$, () => S3GrantList],
      1
    ];
    var S3AccessControlPolicy$ = [
      3,
      n0,
      _SACP,
      0,
      [_ACLc, _CACL],
      [() => S3AccessControlList$, 0]
    ];
    var S3BucketDestination$ = [
      3,
      n0,
      _SBD,
      0,
      [_F, _OSV, _Ar, _AI, _Pre, _Enc],
      [0, 0, 0, 0, 0, [() => StorageLensDataExportEncryption$, 0]],
      3
    ];
    var S3ComputeObjectChecksumOperation$ = [
      3,
      n0,
      _SCOCO,
      0,
      [_CAh, _CTh],
      [0, 0]
    ];
    var S3CopyObjectOperation$ = [
      3,
      n0,
      _SCOO,
      0,
      [_TR, _CACL, _ACG, _MDe, _MSC, _NOM, _NOT, _RL, _RPe, _SC, _UMSC, _SSEAKKI, _TKP, _OLLHS, _OLM, _OLRUD, _BKE, _CAh],
      [0, 0, () => S3GrantList, 0, 4, () => S3ObjectMetadata$, () => S3TagSet, 0, 2, 0, 4, 0, 0, 0, 0, 4, 2, 0]
    ];
    var S3DeleteObjectTaggingOperation$ = [
      3,
      n0,
      _SDOTO,
      0,
      [],
      []
    ];
    var S3GeneratedManifestDescriptor$ = [
      3,
      n0,
      _SGMD,
      0,
      [_F, _L],
      [0, () => JobManifestLocation$]
    ];
    var S3Grant$ = [
      3,
      n0,
      _SG,
      0,
      [_G, _P],
      [() => S3Grantee$, 0]
    ];
    var S3Grantee$ = [
      3,
      n0,
      _SGr,
      0,
      [_TI, _Ide, _DN],
      [0, 0, 0]
    ];
    var S3InitiateRestoreObjectOperation$ = [
      3,
      n0,
      _SIROO,
      0,
      [_EID, _GJT],
      [1, 0]
    ];
    var S3JobManifestGenerator$ = [
      3,
      n0,
      _SJMG,
      0,
      [_SB, _EMO, _EBO, _MOL, _Fil],
      [0, 2, 0, [() => S3ManifestOutputLocation$, 0], [() => JobManifestGeneratorFilter$, 0]],
      2
    ];
    var S3ManifestOutputLocation$ = [
      3,
      n0,
      _SMOL,
      0,
      [_B, _MF, _EMBO, _MP, _ME],
      [0, 0, 0, 0, [() => GeneratedManifestEncryption$, 0]],
      2
    ];
    var S3ObjectLockLegalHold$ = [
      3,
      n0,
      _SOLLH,
      0,
      [_St],
      [0],
      1
    ];
    var S3ObjectMetadata$ = [
      3,
      n0,
      _SOM,
      0,
      [_CC, _CDo, _CE, _CL, _UM, _CLo, _CMD, _CTon, _HED, _RCe, _SSEA],
      [0, 0, 0, 0, 128 | 0, 1, 0, 0, 4, 2, 0]
    ];
    var S3ObjectOwner$ = [
      3,
      n0,
      _SOO,
      0,
      [_ID, _DN],
      [0, 0]
    ];
    var S3ReplicateObjectOperation$ = [
      3,
      n0,
      _SROO,
      0,
      [],
      []
    ];
    var S3Retention$ = [
      3,
      n0,
      _SR,
      0,
      [_RUD, _Mo],
      [4, 0]
    ];
    var S3SetObjectAclOperation$ = [
      3,
      n0,
      _SSOAO,
      0,
      [_ACP],
      [() => S3AccessControlPolicy$]
    ];
    var S3SetObjectLegalHoldOperation$ = [
      3,
      n0,
      _SSOLHO,
      0,
      [_LH],
      [() => S3ObjectLockLegalHold$],
      1
    ];
    var S3SetObjectRetentionOperation$ = [
      3,
      n0,
      _SSORO,
      0,
      [_Ret, _BGR],
      [() => S3Retention$, 2],
      1
    ];
    var S3SetObjectTaggingOperation$ = [
      3,
      n0,
      _SSOTO,
      0,
      [_TS],
      [() => S3TagSet]
    ];
    var S3Tag$ = [
      3,
      n0,
      _STa,
      0,
      [_K, _V],
      [0, 0],
      2
    ];
    var S3UpdateObjectEncryptionOperation$ = [
      3,
      n0,
      _SUOEO,
      0,
      [_OE],
      [[() => ObjectEncryption$, 0]]
    ];
    var S3UpdateObjectEncryptionSSEKMS$ = [
      3,
      n0,
      _SUOESSEKMS,
      { [_xN]: _SK },
      [_KMSKA, _BKE],
      [0, 2],
      1
    ];
    var Scope$ = [
      3,
      n0,
      _S,
      0,
      [_Pref, _Pe],
      [[() => PrefixesList, { [_xN]: _Pref }], [() => ScopePermissionList, { [_xN]: _Pe }]]
    ];
    var SelectionCriteria$ = [
      3,
      n0,
      _SCe,
      0,
      [_Del, _MDa, _MSBP],
      [0, 1, 1]
    ];
    var SourceSelectionCriteria$ = [
      3,
      n0,
      _SSC,
      0,
      [_SKEO, _RM],
      [() => SseKmsEncryptedObjects$, () => ReplicaModifications$]
    ];
    var SSECFilter$ = [
      3,
      n0,
      _SSECF,
      0,
      [],
      []
    ];
    var SSEKMS$ = [
      3,
      n0,
      _SSEKMS,
      { [_xN]: _SK },
      [_KI],
      [0],
      1
    ];
    var SseKmsEncryptedObjects$ = [
      3,
      n0,
      _SKEO,
      0,
      [_St],
      [0],
      1
    ];
    var SSEKMSEncryption$ = [
      3,
      n0,
      _SSEKMSE,
      { [_xN]: _SK },
      [_KI],
      [0],
      1
    ];
    var SSEKMSFilter$ = [
      3,
      n0,
      _SSEKMSF,
      0,
      [_KKA, _BKE],
      [0, 2]
    ];
    var SSES3$ = [
      3,
      n0,
      _SSES,
      { [_xN]: _SS },
      [],
      []
    ];
    var SSES3Encryption$ = [
      3,
      n0,
      _SSESE,
      { [_xN]: _SS },
      [],
      []
    ];
    var SSES3Filter$ = [
      3,
      n0,
      _SSESF,
      0,
      [],
      []
    ];
    var StorageLensAwsOrg$ = [
      3,
      n0,
      _SLAO,
      0,
      [_Ar],
      [0],
      1
    ];
    var StorageLensConfiguration$ = [
      3,
      n0,
      _SLC,
      0,
      [_Id, _AL, _IEs, _I, _Ex, _DE, _EPDE, _AOw, _SLA, _PD],
      [0, [() => AccountLevel$, 0], 2, [() => Include$, 0], [() => _Exclude$, 0], [() => StorageLensDataExport$, 0], [() => StorageLensExpandedPrefixesDataExport$, 0], () => StorageLensAwsOrg$, 0, 0],
      3
    ];
    var StorageLensDataExport$ = [
      3,
      n0,
      _SLDE,
      0,
      [_SBD, _CWM, _SLTD],
      [[() => S3BucketDestination$, 0], () => CloudWatchMetrics$, [() => StorageLensTableDestination$, 0]]
    ];
    var StorageLensDataExportEncryption$ = [
      3,
      n0,
      _SLDEE,
      0,
      [_SSES, _SSEKMS],
      [[() => SSES3$, { [_xN]: _SS }], [() => SSEKMS$, { [_xN]: _SK }]]
    ];
    var StorageLensExpandedPrefixesDataExport$ = [
      3,
      n0,
      _SLEPDE,
      0,
      [_SBD, _SLTD],
      [[() => S3BucketDestination$, 0], [() => StorageLensTableDestination$, 0]]
    ];
    var StorageLensGroup$ = [
      3,
      n0,
      _SLG,
      0,
      [_N, _Fil, _SLGA],
      [0, [() => StorageLensGroupFilter$, 0], 0],
      2
    ];
    var StorageLensGroupAndOperator$ = [
      3,
      n0,
      _SLGAO,
      0,
      [_MAP, _MAS, _MAT, _MOA, _MOS],
      [[() => MatchAnyPrefix, 0], [() => MatchAnySuffix, 0], [() => MatchAnyTag, 0], () => MatchObjectAge$, () => MatchObjectSize$]
    ];
    var StorageLensGroupFilter$ = [
      3,
      n0,
      _SLGF,
      0,
      [_MAP, _MAS, _MAT, _MOA, _MOS, _An, _Or_],
      [[() => MatchAnyPrefix, 0], [() => MatchAnySuffix, 0], [() => MatchAnyTag, 0], () => MatchObjectAge$, () => MatchObjectSize$, [() => StorageLensGroupAndOperator$, 0], [() => StorageLensGroupOrOperator$, 0]]
    ];
    var StorageLensGroupLevel$ = [
      3,
      n0,
      _SLGL,
      0,
      [_SCe],
      [[() => StorageLensGroupLevelSelectionCriteria$, 0]]
    ];
    var StorageLensGroupLevelSelectionCriteria$ = [
      3,
      n0,
      _SLGLSC,
      0,
      [_I, _Ex],
      [[() => StorageLensGroupLevelInclude, 0], [() => StorageLensGroupLevelExclude, 0]]
    ];
    var StorageLensGroupOrOperator$ = [
      3,
      n0,
      _SLGOO,
      0,
      [_MAP, _MAS, _MAT, _MOA, _MOS],
      [[() => MatchAnyPrefix, 0], [() => MatchAnySuffix, 0], [() => MatchAnyTag, 0], () => MatchObjectAge$, () => MatchObjectSize$]
    ];
    var StorageLensTableDestination$ = [
      3,
      n0,
      _SLTD,
      0,
      [_IEs, _Enc],
      [2, [() => StorageLensDataExportEncryption$, 0]],
      1
    ];
    var StorageLensTag$ = [
      3,
      n0,
      _SLT,
      0,
      [_K, _V],
      [0, 0],
      2
    ];
    var SubmitMultiRegionAccessPointRoutesRequest$ = [
      3,
      n0,
      _SMRAPRR,
      0,
      [_Mr, _RU, _AI],
      [[0, 1], [() => RouteList, 0], [0, { [_hL]: 1, [_hH]: _xaai }]],
      2
    ];
    var SubmitMultiRegionAccessPointRoutesResult$ = [
      3,
      n0,
      _SMRAPRRu,
      0,
      [],
      []
    ];
    var Tag$ = [
      3,
      n0,
      _Tag,
      0,
      [_K, _V],
      [0, 0],
      2
    ];
    var Tagging$ = [
      3,
      n0,
      _Tagg,
      0,
      [_TS],
      [() => S3TagSet],
      1
    ];
    var TagResourceRequest$ = [
      3,
      n0,
      _TRR,
      0,
      [_RAe, _T, _AI],
      [[0, 1], [() => TagList, 0], [0, { [_hL]: 1, [_hH]: _xaai }]],
      2
    ];
    var TagResourceResult$ = [
      3,
      n0,
      _TRRa,
      0,
      [],
      []
    ];
    var Transition$ = [
      3,
      n0,
      _Tra,
      0,
      [_Da, _Day, _SC],
      [4, 1, 0]
    ];
    var UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_RAe, _TK, _AI],
      [[0, 1], [64 | 0, { [_hQ]: _tK }], [0, { [_hL]: 1, [_hH]: _xaai }]],
      2
    ];
    var UntagResourceResult$ = [
      3,
      n0,
      _URRn,
      0,
      [],
      []
    ];
    var UpdateAccessGrantsLocationRequest$ = [
      3,
      n0,
      _UAGLR,
      0,
      [_AGLI, _IAMRA, _AI],
      [[0, 1], 0, [0, { [_hL]: 1, [_hH]: _xaai }]],
      2
    ];
    var UpdateAccessGrantsLocationResult$ = [
      3,
      n0,
      _UAGLRp,
      0,
      [_CA, _AGLI, _AGLA, _LS, _IAMRA],
      [4, 0, 0, 0, 0]
    ];
    var UpdateJobPriorityRequest$ = [
      3,
      n0,
      _UJPR,
      0,
      [_JI, _Pr, _AI],
      [[0, 1], [1, { [_hQ]: _pri }], [0, { [_hL]: 1, [_hH]: _xaai }]],
      2
    ];
    var UpdateJobPriorityResult$ = [
      3,
      n0,
      _UJPRp,
      0,
      [_JI, _Pr],
      [0, 1],
      2
    ];
    var UpdateJobStatusRequest$ = [
      3,
      n0,
      _UJSR,
      0,
      [_JI, _RJS, _AI, _SUR],
      [[0, 1], [0, { [_hQ]: _rJS }], [0, { [_hL]: 1, [_hH]: _xaai }], [0, { [_hQ]: _sUR }]],
      2
    ];
    var UpdateJobStatusResult$ = [
      3,
      n0,
      _UJSRp,
      0,
      [_JI, _St, _SUR],
      [0, 0, 0]
    ];
    var UpdateStorageLensGroupRequest$ = [
      3,
      n0,
      _USLGR,
      0,
      [_N, _SLG, _AI],
      [[0, 1], [() => StorageLensGroup$, 0], [0, { [_hL]: 1, [_hH]: _xaai }]],
      2
    ];
    var VersioningConfiguration$ = [
      3,
      n0,
      _VCe,
      0,
      [_MFAD, _St],
      [[0, { [_xN]: _MD }], 0]
    ];
    var VpcConfiguration$ = [
      3,
      n0,
      _VC,
      0,
      [_VI],
      [0],
      1
    ];
    var __Unit = "unit";
    var AccessGrantsInstancesList = [
      1,
      n0,
      _AGIL,
      0,
      [
        () => ListAccessGrantsInstanceEntry$,
        { [_xN]: _AGIc }
      ]
    ];
    var AccessGrantsList = [
      1,
      n0,
      _AGL,
      0,
      [
        () => ListAccessGrantEntry$,
        { [_xN]: _AG }
      ]
    ];
    var AccessGrantsLocationsList = [
      1,
      n0,
      _AGLL,
      0,
      [
        () => ListAccessGrantsLocationsEntry$,
        { [_xN]: _AGLc }
      ]
    ];
    var AccessPointList = [
      1,
      n0,
      _APL,
      0,
      [
        () => AccessPoint$,
        { [_xN]: _AP }
      ]
    ];
    var Buckets = [
      1,
      n0,
      _Bu,
      0,
      [
        0,
        { [_xN]: _Ar }
      ]
    ];
    var CallerAccessGrantsList = [
      1,
      n0,
      _CAGL,
      0,
      [
        () => ListCallerAccessGrantsEntry$,
        { [_xN]: _AG }
      ]
    ];
    var JobFailureList = [
      1,
      n0,
      _JFL,
      0,
      () => JobFailure$
    ];
    var JobListDescriptorList = [
      1,
      n0,
      _JLDL,
      0,
      () => JobListDescriptor$
    ];
    var LifecycleRules = [
      1,
      n0,
      _LRi,
      0,
      [
        () => LifecycleRule$,
        { [_xN]: _Rul }
      ]
    ];
    var MatchAnyPrefix = [
      1,
      n0,
      _MAP,
      0,
      [
        0,
        { [_xN]: _Pre }
      ]
    ];
    var MatchAnySuffix = [
      1,
      n0,
      _MAS,
      0,
      [
        0,
        { [_xN]: _Su }
      ]
    ];
    var MatchAnyTag = [
      1,
      n0,
      _MAT,
      0,
      [
        () => S3Tag$,
        { [_xN]: _Tag }
      ]
    ];
    var MultiRegionAccessPointRegionalResponseList = [
      1,
      n0,
      _MRAPRRL,
      0,
      [
        () => MultiRegionAccessPointRegionalResponse$,
        { [_xN]: _Regi }
      ]
    ];
    var MultiRegionAccessPointReportList = [
      1,
      n0,
      _MRAPRL,
      0,
      [
        () => MultiRegionAccessPointReport$,
        { [_xN]: _AP }
      ]
    ];
    var NoncurrentVersionTransitionList = [
      1,
      n0,
      _NVTL,
      0,
      [
        () => NoncurrentVersionTransition$,
        { [_xN]: _NVTo }
      ]
    ];
    var ObjectEncryptionFilterList = [
      1,
      n0,
      _OEFL,
      0,
      [
        () => ObjectEncryptionFilter$,
        { [_xN]: _OE }
      ]
    ];
    var ObjectLambdaAccessPointList = [
      1,
      n0,
      _OLAPL,
      0,
      [
        () => ObjectLambdaAccessPoint$,
        { [_xN]: _OLAP }
      ]
    ];
    var ObjectLambdaAllowedFeaturesList = [
      1,
      n0,
      _OLAFL,
      0,
      [
        0,
        { [_xN]: _AFl }
      ]
    ];
    var ObjectLambdaTransformationConfigurationActionsList = [
      1,
      n0,
      _OLTCAL,
      0,
      [
        0,
        { [_xN]: _Acti }
      ]
    ];
    var ObjectLambdaTransformationConfigurationsList = [
      1,
      n0,
      _OLTCL,
      0,
      [
        () => ObjectLambdaTransformationConfiguration$,
        { [_xN]: _TCr }
      ]
    ];
    var PrefixesList = [
      1,
      n0,
      _PLr,
      0,
      [
        0,
        { [_xN]: _Pre }
      ]
    ];
    var RegionalBucketList = [
      1,
      n0,
      _RBL,
      0,
      [
        () => RegionalBucket$,
        { [_xN]: _RB }
      ]
    ];
    var RegionCreationList = [
      1,
      n0,
      _RCL,
      0,
      [
        () => Region$,
        { [_xN]: _Regi }
      ]
    ];
    var RegionReportList = [
      1,
      n0,
      _RRL,
      0,
      [
        () => RegionReport$,
        { [_xN]: _Regi }
      ]
    ];
    var Regions = [
      1,
      n0,
      _Reg,
      0,
      [
        0,
        { [_xN]: _Regi }
      ]
    ];
    var ReplicationRules = [
      1,
      n0,
      _RRep,
      0,
      [
        () => ReplicationRule$,
        { [_xN]: _Rul }
      ]
    ];
    var RouteList = [
      1,
      n0,
      _RLo,
      0,
      [
        () => MultiRegionAccessPointRoute$,
        { [_xN]: _Rou }
      ]
    ];
    var S3GrantList = [
      1,
      n0,
      _SGL,
      0,
      () => S3Grant$
    ];
    var S3TagSet = [
      1,
      n0,
      _STS,
      0,
      () => S3Tag$
    ];
    var ScopePermissionList = [
      1,
      n0,
      _SPL,
      0,
      [
        0,
        { [_xN]: _P }
      ]
    ];
    var StorageLensConfigurationList = [
      1,
      n0,
      _SLCL,
      0,
      [
        () => ListStorageLensConfigurationEntry$,
        { [_xN]: _SLC }
      ]
    ];
    var StorageLensGroupLevelExclude = [
      1,
      n0,
      _SLGLE,
      0,
      [
        0,
        { [_xN]: _Ar }
      ]
    ];
    var StorageLensGroupLevelInclude = [
      1,
      n0,
      _SLGLI,
      0,
      [
        0,
        { [_xN]: _Ar }
      ]
    ];
    var StorageLensGroupList = [
      1,
      n0,
      _SLGLt,
      0,
      [
        () => ListStorageLensGroupEntry$,
        { [_xN]: _SLG }
      ]
    ];
    var StorageLensTags = [
      1,
      n0,
      _SLTt,
      0,
      [
        () => StorageLensTag$,
        { [_xN]: _Tag }
      ]
    ];
    var TagList = [
      1,
      n0,
      _TL,
      0,
      [
        () => Tag$,
        { [_xN]: _Tag }
      ]
    ];
    var TransitionList = [
      1,
      n0,
      _TLr,
      0,
      [
        () => Transition$,
        { [_xN]: _Tra }
      ]
    ];
    var JobManifestGenerator$ = [
      4,
      n0,
      _JMG,
      0,
      [_SJMG],
      [[() => S3JobManifestGenerator$, 0]]
    ];
    var ObjectEncryptionFilter$ = [
      4,
      n0,
      _OEF,
      0,
      [_SSES, _SSEKMS, _DSSEKMS, _SSEC, _NOTSSE],
      [[() => SSES3Filter$, { [_xN]: _SS }], [() => SSEKMSFilter$, { [_xN]: _SK }], [() => DSSEKMSFilter$, { [_xN]: _DK }], [() => SSECFilter$, { [_xN]: _SC_ }], [() => NotSSEFilter$, { [_xN]: _NS }]]
    ];
    var ObjectLambdaContentTransformation$ = [
      4,
      n0,
      _OLCT,
      0,
      [_ALw],
      [() => AwsLambdaTransformation$]
    ];
    var AssociateAccessGrantsIdentityCenter$ = [
      9,
      n0,
      _AAGIC,
      { [_h]: ["POST", "/v20180820/accessgrantsinstance/identitycenter", 200], [_hCR]: 1 },
      () => AssociateAccessGrantsIdentityCenterRequest$,
      () => __Unit
    ];
    var CreateAccessGrant$ = [
      9,
      n0,
      _CAG,
      { [_h]: ["POST", "/v20180820/accessgrantsinstance/grant", 200], [_hCR]: 1 },
      () => CreateAccessGrantRequest$,
      () => CreateAccessGrantResult$
    ];
    var CreateAccessGrantsInstance$ = [
      9,
      n0,
      _CAGI,
      { [_h]: ["POST", "/v20180820/accessgrantsinstance", 200], [_hCR]: 1 },
      () => CreateAccessGrantsInstanceRequest$,
      () => CreateAccessGrantsInstanceResult$
    ];
    var CreateAccessGrantsLocation$ = [
      9,
      n0,
      _CAGLr,
      { [_h]: ["POST", "/v20180820/accessgrantsinstance/location", 200], [_hCR]: 1 },
      () => CreateAccessGrantsLocationRequest$,
      () => CreateAccessGrantsLocationResult$
    ];
    var CreateAccessPoint$ = [
      9,
      n0,
      _CAP,
      { [_h]: ["PUT", "/v20180820/accesspoint/{Name}", 200] },
      () => CreateAccessPointRequest$,
      () => CreateAccessPointResult$
    ];
    var CreateAccessPointForObjectLambda$ = [
      9,
      n0,
      _CAPFOL,
      { [_h]: ["PUT", "/v20180820/accesspointforobjectlambda/{Name}", 200] },
      () => CreateAccessPointForObjectLambdaRequest$,
      () => CreateAccessPointForObjectLambdaResult$
    ];
    var CreateBucket$ = [
      9,
      n0,
      _CBr,
      { [_h]: ["PUT", "/v20180820/bucket/{Bucket}", 200], [_hCR]: 1 },
      () => CreateBucketRequest$,
      () => CreateBucketResult$
    ];
    var CreateJob$ = [
      9,
      n0,
      _CJ,
      { [_h]: ["POST", "/v20180820/jobs", 200] },
      () => CreateJobRequest$,
      () => CreateJobResult$
    ];
    var CreateMultiRegionAccessPoint$ = [
      9,
      n0,
      _CMRAP,
      { [_h]: ["POST", "/v20180820/async-requests/mrap/create", 200], [_hCR]: 1 },
      () => CreateMultiRegionAccessPointRequest$,
      () => CreateMultiRegionAccessPointResult$
    ];
    var CreateStorageLensGroup$ = [
      9,
      n0,
      _CSLG,
      { [_h]: ["POST", "/v20180820/storagelensgroup", 204] },
      () => CreateStorageLensGroupRequest$,
      () => __Unit
    ];
    var DeleteAccessGrant$ = [
      9,
      n0,
      _DAG,
      { [_h]: ["DELETE", "/v20180820/accessgrantsinstance/grant/{AccessGrantId}", 200], [_hCR]: 1 },
      () => DeleteAccessGrantRequest$,
      () => __Unit
    ];
    var DeleteAccessGrantsInstance$ = [
      9,
      n0,
      _DAGI,
      { [_h]: ["DELETE", "/v20180820/accessgrantsinstance", 200], [_hCR]: 1 },
      () => DeleteAccessGrantsInstanceRequest$,
      () => __Unit
    ];
    var DeleteAccessGrantsInstanceResourcePolicy$ = [
      9,
      n0,
      _DAGIRP,
      { [_h]: ["DELETE", "/v20180820/accessgrantsinstance/resourcepolicy", 200], [_hCR]: 1 },
      () => DeleteAccessGrantsInstanceResourcePolicyRequest$,
      () => __Unit
    ];
    var DeleteAccessGrantsLocation$ = [
      9,
      n0,
      _DAGL,
      { [_h]: ["DELETE", "/v20180820/accessgrantsinstance/location/{AccessGrantsLocationId}", 200], [_hCR]: 1 },
      () => DeleteAccessGrantsLocationRequest$,
      () => __Unit
    ];
    var DeleteAccessPoint$ = [
      9,
      n0,
      _DAP,
      { [_h]: ["DELETE", "/v20180820/accesspoint/{Name}", 200] },
      () => DeleteAccessPointRequest$,
      () => __Unit
    ];
    var DeleteAccessPointForObjectLambda$ = [
      9,
      n0,
      _DAPFOL,
      { [_h]: ["DELETE", "/v20180820/accesspointforobjectlambda/{Name}", 200] },
      () => DeleteAccessPointForObjectLambdaRequest$,
      () => __Unit
    ];
    var DeleteAccessPointPolicy$ = [
      9,
      n0,
      _DAPP,
      { [_h]: ["DELETE", "/v20180820/accesspoint/{Name}/policy", 200] },
      () => DeleteAccessPointPolicyRequest$,
      () => __Unit
    ];
    var DeleteAccessPointPolicyForObjectLambda$ = [
      9,
      n0,
      _DAPPFOL,
      { [_h]: ["DELETE", "/v20180820/accesspointforobjectlambda/{Name}/policy", 200] },
      () => DeleteAccessPointPolicyForObjectLambdaRequest$,
      () => __Unit
    ];
    var DeleteAccessPointScope$ = [
      9,
      n0,
      _DAPS,
      { [_h]: ["DELETE", "/v20180820/accesspoint/{Name}/scope", 200] },
      () => DeleteAccessPointScopeRequest$,
      () => __Unit
    ];
    var DeleteBucket$ = [
      9,
      n0,
      _DBe,
      { [_h]: ["DELETE", "/v20180820/bucket/{Bucket}", 200] },
      () => DeleteBucketRequest$,
      () => __Unit
    ];
    var DeleteBucketLifecycleConfiguration$ = [
      9,
      n0,
      _DBLC,
      { [_h]: ["DELETE", "/v20180820/bucket/{Bucket}/lifecycleconfiguration", 200] },
      () => DeleteBucketLifecycleConfigurationRequest$,
      () => __Unit
    ];
    var DeleteBucketPolicy$ = [
      9,
      n0,
      _DBP,
      { [_h]: ["DELETE", "/v20180820/bucket/{Bucket}/policy", 200] },
      () => DeleteBucketPolicyRequest$,
      () => __Unit
    ];
    var DeleteBucketReplication$ = [
      9,
      n0,
      _DBRe,
      { [_h]: ["DELETE", "/v20180820/bucket/{Bucket}/replication", 200] },
      () => DeleteBucketReplicationRequest$,
      () => __Unit
    ];
    var DeleteBucketTagging$ = [
      9,
      n0,
      _DBT,
      { [_h]: ["DELETE", "/v20180820/bucket/{Bucket}/tagging", 204] },
      () => DeleteBucketTaggingRequest$,
      () => __Unit
    ];
    var DeleteJobTagging$ = [
      9,
      n0,
      _DJT,
      { [_h]: ["DELETE", "/v20180820/jobs/{JobId}/tagging", 200] },
      () => DeleteJobTaggingRequest$,
      () => DeleteJobTaggingResult$
    ];
    var DeleteMultiRegionAccessPoint$ = [
      9,
      n0,
      _DMRAP,
      { [_h]: ["POST", "/v20180820/async-requests/mrap/delete", 200], [_hCR]: 1 },
      () => DeleteMultiRegionAccessPointRequest$,
      () => DeleteMultiRegionAccessPointResult$
    ];
    var DeletePublicAccessBlock$ = [
      9,
      n0,
      _DPAB,
      { [_h]: ["DELETE", "/v20180820/configuration/publicAccessBlock", 200] },
      () => DeletePublicAccessBlockRequest$,
      () => __Unit
    ];
    var DeleteStorageLensConfiguration$ = [
      9,
      n0,
      _DSLC,
      { [_h]: ["DELETE", "/v20180820/storagelens/{ConfigId}", 200] },
      () => DeleteStorageLensConfigurationRequest$,
      () => __Unit
    ];
    var DeleteStorageLensConfigurationTagging$ = [
      9,
      n0,
      _DSLCT,
      { [_h]: ["DELETE", "/v20180820/storagelens/{ConfigId}/tagging", 200] },
      () => DeleteStorageLensConfigurationTaggingRequest$,
      () => DeleteStorageLensConfigurationTaggingResult$
    ];
    var DeleteStorageLensGroup$ = [
      9,
      n0,
      _DSLG,
      { [_h]: ["DELETE", "/v20180820/storagelensgroup/{Name}", 204] },
      () => DeleteStorageLensGroupRequest$,
      () => __Unit
    ];
    var DescribeJob$ = [
      9,
      n0,
      _DJ,
      { [_h]: ["GET", "/v20180820/jobs/{JobId}", 200] },
      () => DescribeJobRequest$,
      () => DescribeJobResult$
    ];
    var DescribeMultiRegionAccessPointOperation$ = [
      9,
      n0,
      _DMRAPO,
      { [_h]: ["GET", "/v20180820/async-requests/mrap/{RequestTokenARN+}", 200], [_hCR]: 1 },
      () => DescribeMultiRegionAccessPointOperationRequest$,
      () => DescribeMultiRegionAccessPointOperationResult$
    ];
    var DissociateAccessGrantsIdentityCenter$ = [
      9,
      n0,
      _DAGIC,
      { [_h]: ["DELETE", "/v20180820/accessgrantsinstance/identitycenter", 200], [_hCR]: 1 },
      () => DissociateAccessGrantsIdentityCenterRequest$,
      () => __Unit
    ];
    var GetAccessGrant$ = [
      9,
      n0,
      _GAG,
      { [_h]: ["GET", "/v20180820/accessgrantsinstance/grant/{AccessGrantId}", 200], [_hCR]: 1 },
      () => GetAccessGrantRequest$,
      () => GetAccessGrantResult$
    ];
    var GetAccessGrantsInstance$ = [
      9,
      n0,
      _GAGI,
      { [_h]: ["GET", "/v20180820/accessgrantsinstance", 200], [_hCR]: 1 },
      () => GetAccessGrantsInstanceRequest$,
      () => GetAccessGrantsInstanceResult$
    ];
    var GetAccessGrantsInstanceForPrefix$ = [
      9,
      n0,
      _GAGIFP,
      { [_h]: ["GET", "/v20180820/accessgrantsinstance/prefix", 200], [_hCR]: 1 },
      () => GetAccessGrantsInstanceForPrefixRequest$,
      () => GetAccessGrantsInstanceForPrefixResult$
    ];
    var GetAccessGrantsInstanceResourcePolicy$ = [
      9,
      n0,
      _GAGIRP,
      { [_h]: ["GET", "/v20180820/accessgrantsinstance/resourcepolicy", 200], [_hCR]: 1 },
      () => GetAccessGrantsInstanceResourcePolicyRequest$,
      () => GetAccessGrantsInstanceResourcePolicyResult$
    ];
    var GetAccessGrantsLocation$ = [
      9,
      n0,
      _GAGL,
      { [_h]: ["GET", "/v20180820/accessgrantsinstance/location/{AccessGrantsLocationId}", 200], [_hCR]: 1 },
      () => GetAccessGrantsLocationRequest$,
      () => GetAccessGrantsLocationResult$
    ];
    var GetAccessPoint$ = [
      9,
      n0,
      _GAP,
      { [_h]: ["GET", "/v20180820/accesspoint/{Name}", 200] },
      () => GetAccessPointRequest$,
      () => GetAccessPointResult$
    ];
    var GetAccessPointConfigurationForObjectLambda$ = [
      9,
      n0,
      _GAPCFOL,
      { [_h]: ["GET", "/v20180820/accesspointforobjectlambda/{Name}/configuration", 200] },
      () => GetAccessPointConfigurationForObjectLambdaRequest$,
      () => GetAccessPointConfigurationForObjectLambdaResult$
    ];
    var GetAccessPointForObjectLambda$ = [
      9,
      n0,
      _GAPFOL,
      { [_h]: ["GET", "/v20180820/accesspointforobjectlambda/{Name}", 200] },
      () => GetAccessPointForObjectLambdaRequest$,
      () => GetAccessPointForObjectLambdaResult$
    ];
    var GetAccessPointPolicy$ = [
      9,
      n0,
      _GAPP,
      { [_h]: ["GET", "/v20180820/accesspoint/{Name}/policy", 200] },
      () => GetAccessPointPolicyRequest$,
      () => GetAccessPointPolicyResult$
    ];
    var GetAccessPointPolicyForObjectLambda$ = [
      9,
      n0,
      _GAPPFOL,
      { [_h]: ["GET", "/v20180820/accesspointforobjectlambda/{Name}/policy", 200] },
      () => GetAccessPointPolicyForObjectLambdaRequest$,
      () => GetAccessPointPolicyForObjectLambdaResult$
    ];
    var GetAccessPointPolicyStatus$ = [
      9,
      n0,
      _GAPPS,
      { [_h]: ["GET", "/v20180820/accesspoint/{Name}/policyStatus", 200] },
      () => GetAccessPointPolicyStatusRequest$,
      () => GetAccessPointPolicyStatusResult$
    ];
    var GetAccessPointPolicyStatusForObjectLambda$ = [
      9,
      n0,
      _GAPPSFOL,
      { [_h]: ["GET", "/v20180820/accesspointforobjectlambda/{Name}/policyStatus", 200] },
      () => GetAccessPointPolicyStatusForObjectLambdaRequest$,
      () => GetAccessPointPolicyStatusForObjectLambdaResult$
    ];
    var GetAccessPointScope$ = [
      9,
      n0,
      _GAPS,
      { [_h]: ["GET", "/v20180820/accesspoint/{Name}/scope", 200] },
      () => GetAccessPointScopeRequest$,
      () => GetAccessPointScopeResult$
    ];
    var GetBucket$ = [
      9,
      n0,
      _GB,
      { [_h]: ["GET", "/v20180820/bucket/{Bucket}", 200] },
      () => GetBucketRequest$,
      () => GetBucketResult$
    ];
    var GetBucketLifecycleConfiguration$ = [
      9,
      n0,
      _GBLC,
      { [_h]: ["GET", "/v20180820/bucket/{Bucket}/lifecycleconfiguration", 200] },
      () => GetBucketLifecycleConfigurationRequest$,
      () => GetBucketLifecycleConfigurationResult$
    ];
    var GetBucketPolicy$ = [
      9,
      n0,
      _GBP,
      { [_h]: ["GET", "/v20180820/bucket/{Bucket}/policy", 200] },
      () => GetBucketPolicyRequest$,
      () => GetBucketPolicyResult$
    ];
    var GetBucketReplication$ = [
      9,
      n0,
      _GBRet,
      { [_h]: ["GET", "/v20180820/bucket/{Bucket}/replication", 200] },
      () => GetBucketReplicationRequest$,
      () => GetBucketReplicationResult$
    ];
    var GetBucketTagging$ = [
      9,
      n0,
      _GBT,
      { [_h]: ["GET", "/v20180820/bucket/{Bucket}/tagging", 200] },
      () => GetBucketTaggingRequest$,
      () => GetBucketTaggingResult$
    ];
    var GetBucketVersioning$ = [
      9,
      n0,
      _GBV,
      { [_h]: ["GET", "/v20180820/bucket/{Bucket}/versioning", 200] },
      () => GetBucketVersioningRequest$,
      () => GetBucketVersioningResult$
    ];
    var GetDataAccess$ = [
      9,
      n0,
      _GDA,
      { [_h]: ["GET", "/v20180820/accessgrantsinstance/dataaccess", 200], [_hCR]: 1 },
      () => GetDataAccessRequest$,
      () => GetDataAccessResult$
    ];
    var GetJobTagging$ = [
      9,
      n0,
      _GJTe,
      { [_h]: ["GET", "/v20180820/jobs/{JobId}/tagging", 200] },
      () => GetJobTaggingRequest$,
      () => GetJobTaggingResult$
    ];
    var GetMultiRegionAccessPoint$ = [
      9,
      n0,
      _GMRAP,
      { [_h]: ["GET", "/v20180820/mrap/instances/{Name+}", 200], [_hCR]: 1 },
      () => GetMultiRegionAccessPointRequest$,
      () => GetMultiRegionAccessPointResult$
    ];
    var GetMultiRegionAccessPointPolicy$ = [
      9,
      n0,
      _GMRAPP,
      { [_h]: ["GET", "/v20180820/mrap/instances/{Name+}/policy", 200], [_hCR]: 1 },
      () => GetMultiRegionAccessPointPolicyRequest$,
      () => GetMultiRegionAccessPointPolicyResult$
    ];
    var GetMultiRegionAccessPointPolicyStatus$ = [
      9,
      n0,
      _GMRAPPS,
      { [_h]: ["GET", "/v20180820/mrap/instances/{Name+}/policystatus", 200], [_hCR]: 1 },
      () => GetMultiRegionAccessPointPolicyStatusRequest$,
      () => GetMultiRegionAccessPointPolicyStatusResult$
    ];
    var GetMultiRegionAccessPointRoutes$ = [
      9,
      n0,
      _GMRAPRet,
      { [_h]: ["GET", "/v20180820/mrap/instances/{Mrap+}/routes", 200], [_hCR]: 1 },
      () => GetMultiRegionAccessPointRoutesRequest$,
      () => GetMultiRegionAccessPointRoutesResult$
    ];
    var GetPublicAccessBlock$ = [
      9,
      n0,
      _GPAB,
      { [_h]: ["GET", "/v20180820/configuration/publicAccessBlock", 200] },
      () => GetPublicAccessBlockRequest$,
      () => GetPublicAccessBlockOutput$
    ];
    var GetStorageLensConfiguration$ = [
      9,
      n0,
      _GSLC,
      { [_h]: ["GET", "/v20180820/storagelens/{ConfigId}", 200] },
      () => GetStorageLensConfigurationRequest$,
      () => GetStorageLensConfigurationResult$
    ];
    var GetStorageLensConfigurationTagging$ = [
      9,
      n0,
      _GSLCT,
      { [_h]: ["GET", "/v20180820/storagelens/{ConfigId}/tagging", 200] },
      () => GetStorageLensConfigurationTaggingRequest$,
      () => GetStorageLensConfigurationTaggingResult$
    ];
    var GetStorageLensGroup$ = [
      9,
      n0,
      _GSLG,
      { [_h]: ["GET", "/v20180820/storagelensgroup/{Name}", 200] },
      () => GetStorageLensGroupRequest$,
      () => GetStorageLensGroupResult$
    ];
    var ListAccessGrants$ = [
      9,
      n0,
      _LAG,
      { [_h]: ["GET", "/v20180820/accessgrantsinstance/grants", 200], [_hCR]: 1 },
      () => ListAccessGrantsRequest$,
      () => ListAccessGrantsResult$
    ];
    var ListAccessGrantsInstances$ = [
      9,
      n0,
      _LAGI,
      { [_h]: ["GET", "/v20180820/accessgrantsinstances", 200], [_hCR]: 1 },
      () => ListAccessGrantsInstancesRequest$,
      () => ListAccessGrantsInstancesResult$
    ];
    var ListAccessGrantsLocations$ = [
      9,
      n0,
      _LAGL,
      { [_h]: ["GET", "/v20180820/accessgrantsinstance/locations", 200], [_hCR]: 1 },
      () => ListAccessGrantsLocationsRequest$,
      () => ListAccessGrantsLocationsResult$
    ];
    var ListAccessPoints$ = [
      9,
      n0,
      _LAP,
      { [_h]: ["GET", "/v20180820/accesspoint", 200] },
      () => ListAccessPointsRequest$,
      () => ListAccessPointsResult$
    ];
    var ListAccessPointsForDirectoryBuckets$ = [
      9,
      n0,
      _LAPFDB,
      { [_h]: ["GET", "/v20180820/accesspointfordirectory", 200] },
      () => ListAccessPointsForDirectoryBucketsRequest$,
      () => ListAccessPointsForDirectoryBucketsResult$
    ];
    var ListAccessPointsForObjectLambda$ = [
      9,
      n0,
      _LAPFOL,
      { [_h]: ["GET", "/v20180820/accesspointforobjectlambda", 200] },
      () => ListAccessPointsForObjectLambdaRequest$,
      () => ListAccessPointsForObjectLambdaResult$
    ];
    var ListCallerAccessGrants$ = [
      9,
      n0,
      _LCAG,
      { [_h]: ["GET", "/v20180820/accessgrantsinstance/caller/grants", 200], [_hCR]: 1 },
      () => ListCallerAccessGrantsRequest$,
      () => ListCallerAccessGrantsResult$
    ];
    var ListJobs$ = [
      9,
      n0,
      _LJ,
      { [_h]: ["GET", "/v20180820/jobs", 200] },
      () => ListJobsRequest$,
      () => ListJobsResult$
    ];
    var ListMultiRegionAccessPoints$ = [
      9,
      n0,
      _LMRAP,
      { [_h]: ["GET", "/v20180820/mrap/instances", 200], [_hCR]: 1 },
      () => ListMultiRegionAccessPointsRequest$,
      () => ListMultiRegionAccessPointsResult$
    ];
    var ListRegionalBuckets$ = [
      9,
      n0,
      _LRB,
      { [_h]: ["GET", "/v20180820/bucket", 200] },
      () => ListRegionalBucketsRequest$,
      () => ListRegionalBucketsResult$
    ];
    var ListStorageLensConfigurations$ = [
      9,
      n0,
      _LSLC,
      { [_h]: ["GET", "/v20180820/storagelens", 200] },
      () => ListStorageLensConfigurationsRequest$,
      () => ListStorageLensConfigurationsResult$
    ];
    var ListStorageLensGroups$ = [
      9,
      n0,
      _LSLG,
      { [_h]: ["GET", "/v20180820/storagelensgroup", 200] },
      () => ListStorageLensGroupsRequest$,
      () => ListStorageLensGroupsResult$
    ];
    var ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      { [_h]: ["GET", "/v20180820/tags/{ResourceArn+}", 200] },
      () => ListTagsForResourceRequest$,
      () => ListTagsForResourceResult$
    ];
    var PutAccessGrantsInstanceResourcePolicy$ = [
      9,
      n0,
      _PAGIRP,
      { [_h]: ["PUT", "/v20180820/accessgrantsinstance/resourcepolicy", 200], [_hCR]: 1 },
      () => PutAccessGrantsInstanceResourcePolicyRequest$,
      () => PutAccessGrantsInstanceResourcePolicyResult$
    ];
    var PutAccessPointConfigurationForObjectLambda$ = [
      9,
      n0,
      _PAPCFOL,
      { [_h]: ["PUT", "/v20180820/accesspointforobjectlambda/{Name}/configuration", 200] },
      () => PutAccessPointConfigurationForObjectLambdaRequest$,
      () => __Unit
    ];
    var PutAccessPointPolicy$ = [
      9,
      n0,
      _PAPP,
      { [_h]: ["PUT", "/v20180820/accesspoint/{Name}/policy", 200] },
      () => PutAccessPointPolicyRequest$,
      () => __Unit
    ];
    var PutAccessPointPolicyForObjectLambda$ = [
      9,
      n0,
      _PAPPFOL,
      { [_h]: ["PUT", "/v20180820/accesspointforobjectlambda/{Name}/policy", 200] },
      () => PutAccessPointPolicyForObjectLambdaRequest$,
      () => __Unit
    ];
    var PutAccessPointScope$ = [
      9,
      n0,
      _PAPS,
      { [_h]: ["PUT", "/v20180820/accesspoint/{Name}/scope", 200] },
      () => PutAccessPointScopeRequest$,
      () => __Unit
    ];
    var PutBucketLifecycleConfiguration$ = [
      9,
      n0,
      _PBLC,
      { [_h]: ["PUT", "/v20180820/bucket/{Bucket}/lifecycleconfiguration", 200], [_hCR]: 1 },
      () => PutBucketLifecycleConfigurationRequest$,
      () => __Unit
    ];
    var PutBucketPolicy$ = [
      9,
      n0,
      _PBP,
      { [_h]: ["PUT", "/v20180820/bucket/{Bucket}/policy", 200], [_hCR]: 1 },
      () => PutBucketPolicyRequest$,
      () => __Unit
    ];
    var PutBucketReplication$ = [
      9,
      n0,
      _PBR,
      { [_h]: ["PUT", "/v20180820/bucket/{Bucket}/replication", 200], [_hCR]: 1 },
      () => PutBucketReplicationRequest$,
      () => __Unit
    ];
    var PutBucketTagging$ = [
      9,
      n0,
      _PBT,
      { [_h]: ["PUT", "/v20180820/bucket/{Bucket}/tagging", 200], [_hCR]: 1 },
      () => PutBucketTaggingRequest$,
      () => __Unit
    ];
    var PutBucketVersioning$ = [
      9,
      n0,
      _PBV,
      { [_h]: ["PUT", "/v20180820/bucket/{Bucket}/versioning", 200], [_hCR]: 1 },
      () => PutBucketVersioningRequest$,
      () => __Unit
    ];
    var PutJobTagging$ = [
      9,
      n0,
      _PJT,
      { [_h]: ["PUT", "/v20180820/jobs/{JobId}/tagging", 200] },
      () => PutJobTaggingRequest$,
      () => PutJobTaggingResult$
    ];
    var PutMultiRegionAccessPointPolicy$ = [
      9,
      n0,
      _PMRAPPu,
      { [_h]: ["POST", "/v20180820/async-requests/mrap/put-policy", 200], [_hCR]: 1 },
      () => PutMultiRegionAccessPointPolicyRequest$,
      () => PutMultiRegionAccessPointPolicyResult$
    ];
    var PutPublicAccessBlock$ = [
      9,
      n0,
      _PPAB,
      { [_h]: ["PUT", "/v20180820/configuration/publicAccessBlock", 200] },
      () => PutPublicAccessBlockRequest$,
      () => __Unit
    ];
    var PutStorageLensConfiguration$ = [
      9,
      n0,
      _PSLC,
      { [_h]: ["PUT", "/v20180820/storagelens/{ConfigId}", 200] },
      () => PutStorageLensConfigurationRequest$,
      () => __Unit
    ];
    var PutStorageLensConfigurationTagging$ = [
      9,
      n0,
      _PSLCT,
      { [_h]: ["PUT", "/v20180820/storagelens/{ConfigId}/tagging", 200] },
      () => PutStorageLensConfigurationTaggingRequest$,
      () => PutStorageLensConfigurationTaggingResult$
    ];
    var SubmitMultiRegionAccessPointRoutes$ = [
      9,
      n0,
      _SMRAPR,
      { [_h]: ["PATCH", "/v20180820/mrap/instances/{Mrap+}/routes", 200], [_hCR]: 1 },
      () => SubmitMultiRegionAccessPointRoutesRequest$,
      () => SubmitMultiRegionAccessPointRoutesResult$
    ];
    var TagResource$ = [
      9,
      n0,
      _TRa,
      { [_h]: ["POST", "/v20180820/tags/{ResourceArn+}", 204] },
      () => TagResourceRequest$,
      () => TagResourceResult$
    ];
    var UntagResource$ = [
      9,
      n0,
      _UR,
      { [_h]: ["DELETE", "/v20180820/tags/{ResourceArn+}", 204] },
      () => UntagResourceRequest$,
      () => UntagResourceResult$
    ];
    var UpdateAccessGrantsLocation$ = [
      9,
      n0,
      _UAGL,
      { [_h]: ["PUT", "/v20180820/accessgrantsinstance/location/{AccessGrantsLocationId}", 200], [_hCR]: 1 },
      () => UpdateAccessGrantsLocationRequest$,
      () => UpdateAccessGrantsLocationResult$
    ];
    var UpdateJobPriority$ = [
      9,
      n0,
      _UJP,
      { [_h]: ["POST", "/v20180820/jobs/{JobId}/priority", 200] },
      () => UpdateJobPriorityRequest$,
      () => UpdateJobPriorityResult$
    ];
    var UpdateJobStatus$ = [
      9,
      n0,
      _UJS,
      { [_h]: ["POST", "/v20180820/jobs/{JobId}/status", 200] },
      () => UpdateJobStatusRequest$,
      () => UpdateJobStatusResult$
    ];
    var UpdateStorageLensGroup$ = [
      9,
      n0,
      _USLG,
      { [_h]: ["PUT", "/v20180820/storagelensgroup/{Name}", 204] },
      () => UpdateStorageLensGroupRequest$,
      () => __Unit
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2018-08-20",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultS3ControlHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        md5: config?.md5 ?? Md5,
        protocol: config?.protocol ?? AwsRestXmlProtocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.s3control",
          errorTypeRegistries,
          xmlNamespace: "http://awss3control.amazonaws.com/doc/2018-08-20/",
          version: "2018-08-20",
          serviceTarget: "AWSS3ControlServiceV20180820"
        },
        serviceId: config?.serviceId ?? "S3 Control",
        sha256: config?.sha256 ?? Sha256,
        signingEscapePath: config?.signingEscapePath ?? false,
        urlParser: config?.urlParser ?? parseUrl,
        useArnRegion: config?.useArnRegion ?? void 0,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8
      };
    };
    var getRuntimeConfig = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      const defaultsMode = resolveDefaultsModeConfig(config);
      const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig$1(config);
      emitWarningIfUnsupportedVersion$1(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        streamHasher: config?.streamHasher ?? fileStreamHasher,
        useArnRegion: config?.useArnRegion ?? loadConfig(NODE_USE_ARN_REGION_CONFIG_OPTIONS, loaderConfig),
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
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
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
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
    var resolveHttpAuthRuntimeConfig = (config) => {
      return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials()
      };
    };
    var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach((extension) => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    var S3ControlClient = class extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveS3ControlConfig2(_config_6);
        const _config_8 = resolveHttpAuthSchemeConfig(_config_7);
        const _config_9 = resolveRuntimeExtensions(_config_8, configuration?.extensions || []);
        this.config = _config_9;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHostPrefixDeduplicationPlugin2(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultS3ControlHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
    var command = makeBuilder(commonParams, "AWSS3ControlServiceV20180820", "S3ControlClient", getEndpointPlugin);
    var _ep0 = {
      RequiresAccountId: { type: "staticContextParams", value: true },
      AccountId: { type: "contextParams", name: "AccountId" }
    };
    var _ep1 = {
      RequiresAccountId: { type: "staticContextParams", value: true },
      AccessPointName: { type: "contextParams", name: "Name" },
      AccountId: { type: "contextParams", name: "AccountId" },
      Bucket: { type: "contextParams", name: "Bucket" }
    };
    var _ep2 = {
      OutpostId: { type: "contextParams", name: "OutpostId" },
      Bucket: { type: "contextParams", name: "Bucket" }
    };
    var _ep3 = {
      RequiresAccountId: { type: "staticContextParams", value: true },
      AccessPointName: { type: "contextParams", name: "Name" },
      AccountId: { type: "contextParams", name: "AccountId" }
    };
    var _ep4 = {
      RequiresAccountId: { type: "staticContextParams", value: true },
      UseS3ExpressControlEndpoint: { type: "staticContextParams", value: true },
      AccessPointName: { type: "contextParams", name: "Name" },
      AccountId: { type: "contextParams", name: "AccountId" }
    };
    var _ep5 = {
      RequiresAccountId: { type: "staticContextParams", value: true },
      AccountId: { type: "contextParams", name: "AccountId" },
      Bucket: { type: "contextParams", name: "Bucket" }
    };
    var _ep6 = {
      RequiresAccountId: { type: "staticContextParams", value: true },
      UseS3ExpressControlEndpoint: { type: "staticContextParams", value: true },
      AccountId: { type: "contextParams", name: "AccountId" }
    };
    var _ep7 = {
      RequiresAccountId: { type: "staticContextParams", value: true },
      OutpostId: { type: "contextParams", name: "OutpostId" },
      AccountId: { type: "contextParams", name: "AccountId" }
    };
    var _ep8 = {
      RequiresAccountId: { type: "staticContextParams", value: true },
      ResourceArn: { type: "contextParams", name: "ResourceArn" },
      AccountId: { type: "contextParams", name: "AccountId" }
    };
    var _mw0 = (Command, cs, config, o2) => [
      getProcessArnablesPlugin2(config),
      getApplyMd5BodyChecksumPlugin(config)
    ];
    var _mw1 = (Command, cs, config, o2) => [
      getProcessArnablesPlugin2(config)
    ];
    var _mw2 = (Command, cs, config, o2) => [
      getRedirectFromPostIdPlugin2(config),
      getApplyMd5BodyChecksumPlugin(config)
    ];
    var _mw3 = (Command, cs, config, o2) => [
      getRedirectFromPostIdPlugin2(config)
    ];
    var AssociateAccessGrantsIdentityCenterCommand = class extends command(_ep0, _mw0, "AssociateAccessGrantsIdentityCenter", AssociateAccessGrantsIdentityCenter$) {
    };
    var CreateAccessGrantCommand = class extends command(_ep0, _mw0, "CreateAccessGrant", CreateAccessGrant$) {
    };
    var CreateAccessGrantsInstanceCommand = class extends command(_ep0, _mw0, "CreateAccessGrantsInstance", CreateAccessGrantsInstance$) {
    };
    var CreateAccessGrantsLocationCommand = class extends command(_ep0, _mw0, "CreateAccessGrantsLocation", CreateAccessGrantsLocation$) {
    };
    var CreateAccessPointCommand = class extends command(_ep1, _mw1, "CreateAccessPoint", CreateAccessPoint$) {
    };
    var CreateAccessPointForObjectLambdaCommand = class extends command(_ep0, _mw1, "CreateAccessPointForObjectLambda", CreateAccessPointForObjectLambda$) {
    };
    var CreateBucketCommand = class extends command(_ep2, _mw2, "CreateBucket", CreateBucket$) {
    };
    var CreateJobCommand = class extends command(_ep0, _mw1, "CreateJob", CreateJob$) {
    };
    var CreateMultiRegionAccessPointCommand = class extends command(_ep0, _mw0, "CreateMultiRegionAccessPoint", CreateMultiRegionAccessPoint$) {
    };
    var CreateStorageLensGroupCommand = class extends command(_ep0, _mw1, "CreateStorageLensGroup", CreateStorageLensGroup$) {
    };
    var DeleteAccessGrantCommand = class extends command(_ep0, _mw0, "DeleteAccessGrant", DeleteAccessGrant$) {
    };
    var DeleteAccessGrantsInstanceCommand = class extends command(_ep0, _mw0, "DeleteAccessGrantsInstance", DeleteAccessGrantsInstance$) {
    };
    var DeleteAccessGrantsInstanceResourcePolicyCommand = class extends command(_ep0, _mw0, "DeleteAccessGrantsInstanceResourcePolicy", DeleteAccessGrantsInstanceResourcePolicy$) {
    };
    var DeleteAccessGrantsLocationCommand = class extends command(_ep0, _mw0, "DeleteAccessGrantsLocation", DeleteAccessGrantsLocation$) {
    };
    var DeleteAccessPointCommand = class extends command(_ep3, _mw1, "DeleteAccessPoint", DeleteAccessPoint$) {
    };
    var DeleteAccessPointForObjectLambdaCommand = class extends command(_ep0, _mw1, "DeleteAccessPointForObjectLambda", DeleteAccessPointForObjectLambda$) {
    };
    var DeleteAccessPointPolicyCommand = class extends command(_ep3, _mw1, "DeleteAccessPointPolicy", DeleteAccessPointPolicy$) {
    };
    var DeleteAccessPointPolicyForObjectLambdaCommand = class extends command(_ep0, _mw1, "DeleteAccessPointPolicyForObjectLambda", DeleteAccessPointPolicyForObjectLambda$) {
    };
    var DeleteAccessPointScopeCommand = class extends command(_ep4, _mw1, "DeleteAccessPointScope", DeleteAccessPointScope$) {
    };
    var DeleteBucketCommand = class extends command(_ep5, _mw1, "DeleteBucket", DeleteBucket$) {
    };
    var DeleteBucketLifecycleConfigurationCommand = class extends command(_ep5, _mw1, "DeleteBucketLifecycleConfiguration", DeleteBucketLifecycleConfiguration$) {
    };
    var DeleteBucketPolicyCommand = class extends command(_ep5, _mw1, "DeleteBucketPolicy", DeleteBucketPolicy$) {
    };
    var DeleteBucketReplicationCommand = class extends command(_ep5, _mw1, "DeleteBucketReplication", DeleteBucketReplication$) {
    };
    var DeleteBucketTaggingCommand = class extends command(_ep5, _mw1, "DeleteBucketTagging", DeleteBucketTagging$) {
    };
    var DeleteJobTaggingCommand = class extends command(_ep0, _mw1, "DeleteJobTagging", DeleteJobTagging$) {
    };
    var DeleteMultiRegionAccessPointCommand = class extends command(_ep0, _mw0, "DeleteMultiRegionAccessPoint", DeleteMultiRegionAccessPoint$) {
    };
    var DeletePublicAccessBlockCommand = class extends command(_ep0, _mw1, "DeletePublicAccessBlock", DeletePublicAccessBlock$) {
    };
    var DeleteStorageLensConfigurationCommand = class extends command(_ep0, _mw1, "DeleteStorageLensConfiguration", DeleteStorageLensConfiguration$) {
    };
    var DeleteStorageLensConfigurationTaggingCommand = class extends command(_ep0, _mw1, "DeleteStorageLensConfigurationTagging", DeleteStorageLensConfigurationTagging$) {
    };
    var DeleteStorageLensGroupCommand = class extends command(_ep0, _mw1, "DeleteStorageLensGroup", DeleteStorageLensGroup$) {
    };
    var DescribeJobCommand = class extends command(_ep0, _mw1, "DescribeJob", DescribeJob$) {
    };
    var DescribeMultiRegionAccessPointOperationCommand = class extends command(_ep0, _mw0, "DescribeMultiRegionAccessPointOperation", DescribeMultiRegionAccessPointOperation$) {
    };
    var DissociateAccessGrantsIdentityCenterCommand = class extends command(_ep0, _mw0, "DissociateAccessGrantsIdentityCenter", DissociateAccessGrantsIdentityCenter$) {
    };
    var GetAccessGrantCommand = class extends command(_ep0, _mw0, "GetAccessGrant", GetAccessGrant$) {
    };
    var GetAccessGrantsInstanceCommand = class extends command(_ep0, _mw0, "GetAccessGrantsInstance", GetAccessGrantsInstance$) {
    };
    var GetAccessGrantsInstanceForPrefixCommand = class extends command(_ep0, _mw0, "GetAccessGrantsInstanceForPrefix", GetAccessGrantsInstanceForPrefix$) {
    };
    var GetAccessGrantsInstanceResourcePolicyCommand = class extends command(_ep0, _mw0, "GetAccessGrantsInstanceResourcePolicy", GetAccessGrantsInstanceResourcePolicy$) {
    };
    var GetAccessGrantsLocationCommand = class extends command(_ep0, _mw0, "GetAccessGrantsLocation", GetAccessGrantsLocation$) {
    };
    var GetAccessPointCommand = class extends command(_ep3, _mw1, "GetAccessPoint", GetAccessPoint$) {
    };
    var GetAccessPointConfigurationForObjectLambdaCommand = class extends command(_ep0, _mw1, "GetAccessPointConfigurationForObjectLambda", GetAccessPointConfigurationForObjectLambda$) {
    };
    var GetAccessPointForObjectLambdaCommand = class extends command(_ep0, _mw1, "GetAccessPointForObjectLambda", GetAccessPointForObjectLambda$) {
    };
    var GetAccessPointPolicyCommand = class extends command(_ep3, _mw1, "GetAccessPointPolicy", GetAccessPointPolicy$) {
    };
    var GetAccessPointPolicyForObjectLambdaCommand = class extends command(_ep0, _mw1, "GetAccessPointPolicyForObjectLambda", GetAccessPointPolicyForObjectLambda$) {
    };
    var GetAccessPointPolicyStatusCommand = class extends command(_ep3, _mw1, "GetAccessPointPolicyStatus", GetAccessPointPolicyStatus$) {
    };
    var GetAccessPointPolicyStatusForObjectLambdaCommand = class extends command(_ep0, _mw1, "GetAccessPointPolicyStatusForObjectLambda", GetAccessPointPolicyStatusForObjectLambda$) {
    };
    var GetAccessPointScopeCommand = class extends command(_ep4, _mw1, "GetAccessPointScope", GetAccessPointScope$) {
    };
    var GetBucketCommand = class extends command(_ep5, _mw1, "GetBucket", GetBucket$) {
    };
    var GetBucketLifecycleConfigurationCommand = class extends command(_ep5, _mw1, "GetBucketLifecycleConfiguration", GetBucketLifecycleConfiguration$) {
    };
    var GetBucketPolicyCommand = class extends command(_ep5, _mw1, "GetBucketPolicy", GetBucketPolicy$) {
    };
    var GetBucketReplicationCommand = class extends command(_ep5, _mw1, "GetBucketReplication", GetBucketReplication$) {
    };
    var GetBucketTaggingCommand = class extends command(_ep5, _mw1, "GetBucketTagging", GetBucketTagging$) {
    };
    var GetBucketVersioningCommand = class extends command(_ep5, _mw1, "GetBucketVersioning", GetBucketVersioning$) {
    };
    var GetDataAccessCommand = class extends command(_ep0, _mw0, "GetDataAccess", GetDataAccess$) {
    };
    var GetJobTaggingCommand = class extends command(_ep0, _mw1, "GetJobTagging", GetJobTagging$) {
    };
    var GetMultiRegionAccessPointCommand = class extends command(_ep0, _mw0, "GetMultiRegionAccessPoint", GetMultiRegionAccessPoint$) {
    };
    var GetMultiRegionAccessPointPolicyCommand = class extends command(_ep0, _mw0, "GetMultiRegionAccessPointPolicy", GetMultiRegionAccessPointPolicy$) {
    };
    var GetMultiRegionAccessPointPolicyStatusCommand = class extends command(_ep0, _mw0, "GetMultiRegionAccessPointPolicyStatus", GetMultiRegionAccessPointPolicyStatus$) {
    };
    var GetMultiRegionAccessPointRoutesCommand = class extends command(_ep0, _mw0, "GetMultiRegionAccessPointRoutes", GetMultiRegionAccessPointRoutes$) {
    };
    var GetPublicAccessBlockCommand = class extends command(_ep0, _mw1, "GetPublicAccessBlock", GetPublicAccessBlock$) {
    };
    var GetStorageLensConfigurationCommand = class extends command(_ep0, _mw1, "GetStorageLensConfiguration", GetStorageLensConfiguration$) {
    };
    var GetStorageLensConfigurationTaggingCommand = class extends command(_ep0, _mw1, "GetStorageLensConfigurationTagging", GetStorageLensConfigurationTagging$) {
    };
    var GetStorageLensGroupCommand = class extends command(_ep0, _mw1, "GetStorageLensGroup", GetStorageLensGroup$) {
    };
    var ListAccessGrantsCommand = class extends command(_ep0, _mw0, "ListAccessGrants", ListAccessGrants$) {
    };
    var ListAccessGrantsInstancesCommand = class extends command(_ep0, _mw0, "ListAccessGrantsInstances", ListAccessGrantsInstances$) {
    };
    var ListAccessGrantsLocationsCommand = class extends command(_ep0, _mw0, "ListAccessGrantsLocations", ListAccessGrantsLocations$) {
    };
    var ListAccessPointsCommand = class extends command(_ep5, _mw1, "ListAccessPoints", ListAccessPoints$) {
    };
    var ListAccessPointsForDirectoryBucketsCommand = class extends command(_ep6, _mw1, "ListAccessPointsForDirectoryBuckets", ListAccessPointsForDirectoryBuckets$) {
    };
    var ListAccessPointsForObjectLambdaCommand = class extends command(_ep0, _mw1, "ListAccessPointsForObjectLambda", ListAccessPointsForObjectLambda$) {
    };
    var ListCallerAccessGrantsCommand = class extends command(_ep0, _mw0, "ListCallerAccessGrants", ListCallerAccessGrants$) {
    };
    var ListJobsCommand = class extends command(_ep0, _mw1, "ListJobs", ListJobs$) {
    };
    var ListMultiRegionAccessPointsCommand = class extends command(_ep0, _mw0, "ListMultiRegionAccessPoints", ListMultiRegionAccessPoints$) {
    };
    var ListRegionalBucketsCommand = class extends command(_ep7, _mw3, "ListRegionalBuckets", ListRegionalBuckets$) {
    };
    var ListStorageLensConfigurationsCommand = class extends command(_ep0, _mw1, "ListStorageLensConfigurations", ListStorageLensConfigurations$) {
    };
    var ListStorageLensGroupsCommand = class extends command(_ep0, _mw1, "ListStorageLensGroups", ListStorageLensGroups$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep8, _mw1, "ListTagsForResource", ListTagsForResource$) {
    };
    var PutAccessGrantsInstanceResourcePolicyCommand = class extends command(_ep0, _mw0, "PutAccessGrantsInstanceResourcePolicy", PutAccessGrantsInstanceResourcePolicy$) {
    };
    var PutAccessPointConfigurationForObjectLambdaCommand = class extends command(_ep0, _mw1, "PutAccessPointConfigurationForObjectLambda", PutAccessPointConfigurationForObjectLambda$) {
    };
    var PutAccessPointPolicyCommand = class extends command(_ep3, _mw1, "PutAccessPointPolicy", PutAccessPointPolicy$) {
    };
    var PutAccessPointPolicyForObjectLambdaCommand = class extends command(_ep0, _mw1, "PutAccessPointPolicyForObjectLambda", PutAccessPointPolicyForObjectLambda$) {
    };
    var PutAccessPointScopeCommand = class extends command(_ep4, _mw1, "PutAccessPointScope", PutAccessPointScope$) {
    };
    var PutBucketLifecycleConfigurationCommand = class extends command(_ep5, _mw0, "PutBucketLifecycleConfiguration", PutBucketLifecycleConfiguration$) {
    };
    var PutBucketPolicyCommand = class extends command(_ep5, _mw0, "PutBucketPolicy", PutBucketPolicy$) {
    };
    var PutBucketReplicationCommand = class extends command(_ep5, _mw0, "PutBucketReplication", PutBucketReplication$) {
    };
    var PutBucketTaggingCommand = class extends command(_ep5, _mw0, "PutBucketTagging", PutBucketTagging$) {
    };
    var PutBucketVersioningCommand = class extends command(_ep5, _mw0, "PutBucketVersioning", PutBucketVersioning$) {
    };
    var PutJobTaggingCommand = class extends command(_ep0, _mw1, "PutJobTagging", PutJobTagging$) {
    };
    var PutMultiRegionAccessPointPolicyCommand = class extends command(_ep0, _mw0, "PutMultiRegionAccessPointPolicy", PutMultiRegionAccessPointPolicy$) {
    };
    var PutPublicAccessBlockCommand = class extends command(_ep0, _mw1, "PutPublicAccessBlock", PutPublicAccessBlock$) {
    };
    var PutStorageLensConfigurationCommand = class extends command(_ep0, _mw1, "PutStorageLensConfiguration", PutStorageLensConfiguration$) {
    };
    var PutStorageLensConfigurationTaggingCommand = class extends command(_ep0, _mw1, "PutStorageLensConfigurationTagging", PutStorageLensConfigurationTagging$) {
    };
    var SubmitMultiRegionAccessPointRoutesCommand = class extends command(_ep0, _mw0, "SubmitMultiRegionAccessPointRoutes", SubmitMultiRegionAccessPointRoutes$) {
    };
    var TagResourceCommand = class extends command(_ep8, _mw1, "TagResource", TagResource$) {
    };
    var UntagResourceCommand = class extends command(_ep8, _mw1, "UntagResource", UntagResource$) {
    };
    var UpdateAccessGrantsLocationCommand = class extends command(_ep0, _mw0, "UpdateAccessGrantsLocation", UpdateAccessGrantsLocation$) {
    };
    var UpdateJobPriorityCommand = class extends command(_ep0, _mw1, "UpdateJobPriority", UpdateJobPriority$) {
    };
    var UpdateJobStatusCommand = class extends command(_ep0, _mw1, "UpdateJobStatus", UpdateJobStatus$) {
    };
    var UpdateStorageLensGroupCommand = class extends command(_ep0, _mw1, "UpdateStorageLensGroup", UpdateStorageLensGroup$) {
    };
    var paginateListAccessGrantsInstances = createPaginator(S3ControlClient, ListAccessGrantsInstancesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAccessGrantsLocations = createPaginator(S3ControlClient, ListAccessGrantsLocationsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAccessGrants = createPaginator(S3ControlClient, ListAccessGrantsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAccessPointsForDirectoryBuckets = createPaginator(S3ControlClient, ListAccessPointsForDirectoryBucketsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAccessPointsForObjectLambda = createPaginator(S3ControlClient, ListAccessPointsForObjectLambdaCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAccessPoints = createPaginator(S3ControlClient, ListAccessPointsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListCallerAccessGrants = createPaginator(S3ControlClient, ListCallerAccessGrantsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListJobs = createPaginator(S3ControlClient, ListJobsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListMultiRegionAccessPoints = createPaginator(S3ControlClient, ListMultiRegionAccessPointsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListRegionalBuckets = createPaginator(S3ControlClient, ListRegionalBucketsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListStorageLensConfigurations = createPaginator(S3ControlClient, ListStorageLensConfigurationsCommand, "NextToken", "NextToken", "");
    var paginateListStorageLensGroups = createPaginator(S3ControlClient, ListStorageLensGroupsCommand, "NextToken", "NextToken", "");
    var commands = {
      AssociateAccessGrantsIdentityCenterCommand,
      CreateAccessGrantCommand,
      CreateAccessGrantsInstanceCommand,
      CreateAccessGrantsLocationCommand,
      CreateAccessPointCommand,
      CreateAccessPointForObjectLambdaCommand,
      CreateBucketCommand,
      CreateJobCommand,
      CreateMultiRegionAccessPointCommand,
      CreateStorageLensGroupCommand,
      DeleteAccessGrantCommand,
      DeleteAccessGrantsInstanceCommand,
      DeleteAccessGrantsInstanceResourcePolicyCommand,
      DeleteAccessGrantsLocationCommand,
      DeleteAccessPointCommand,
      DeleteAccessPointForObjectLambdaCommand,
      DeleteAccessPointPolicyCommand,
      DeleteAccessPointPolicyForObjectLambdaCommand,
      DeleteAccessPointScopeCommand,
      DeleteBucketCommand,
      DeleteBucketLifecycleConfigurationCommand,
      DeleteBucketPolicyCommand,
      DeleteBucketReplicationCommand,
      DeleteBucketTaggingCommand,
      DeleteJobTaggingCommand,
      DeleteMultiRegionAccessPointCommand,
      DeletePublicAccessBlockCommand,
      DeleteStorageLensConfigurationCommand,
      DeleteStorageLensConfigurationTaggingCommand,
      DeleteStorageLensGroupCommand,
      DescribeJobCommand,
      DescribeMultiRegionAccessPointOperationCommand,
      DissociateAccessGrantsIdentityCenterCommand,
      GetAccessGrantCommand,
      GetAccessGrantsInstanceCommand,
      GetAccessGrantsInstanceForPrefixCommand,
      GetAccessGrantsInstanceResourcePolicyCommand,
      GetAccessGrantsLocationCommand,
      GetAccessPointCommand,
      GetAccessPointConfigurationForObjectLambdaCommand,
      GetAccessPointForObjectLambdaCommand,
      GetAccessPointPolicyCommand,
      GetAccessPointPolicyForObjectLambdaCommand,
      GetAccessPointPolicyStatusCommand,
      GetAccessPointPolicyStatusForObjectLambdaCommand,
      GetAccessPointScopeCommand,
      GetBucketCommand,
      GetBucketLifecycleConfigurationCommand,
      GetBucketPolicyCommand,
      GetBucketReplicationCommand,
      GetBucketTaggingCommand,
      GetBucketVersioningCommand,
      GetDataAccessCommand,
      GetJobTaggingCommand,
      GetMultiRegionAccessPointCommand,
      GetMultiRegionAccessPointPolicyCommand,
      GetMultiRegionAccessPointPolicyStatusCommand,
      GetMultiRegionAccessPointRoutesCommand,
      GetPublicAccessBlockCommand,
      GetStorageLensConfigurationCommand,
      GetStorageLensConfigurationTaggingCommand,
      GetStorageLensGroupCommand,
      ListAccessGrantsCommand,
      ListAccessGrantsInstancesCommand,
      ListAccessGrantsLocationsCommand,
      ListAccessPointsCommand,
      ListAccessPointsForDirectoryBucketsCommand,
      ListAccessPointsForObjectLambdaCommand,
      ListCallerAccessGrantsCommand,
      ListJobsCommand,
      ListMultiRegionAccessPointsCommand,
      ListRegionalBucketsCommand,
      ListStorageLensConfigurationsCommand,
      ListStorageLensGroupsCommand,
      ListTagsForResourceCommand,
      PutAccessGrantsInstanceResourcePolicyCommand,
      PutAccessPointConfigurationForObjectLambdaCommand,
      PutAccessPointPolicyCommand,
      PutAccessPointPolicyForObjectLambdaCommand,
      PutAccessPointScopeCommand,
      PutBucketLifecycleConfigurationCommand,
      PutBucketPolicyCommand,
      PutBucketReplicationCommand,
      PutBucketTaggingCommand,
      PutBucketVersioningCommand,
      PutJobTaggingCommand,
      PutMultiRegionAccessPointPolicyCommand,
      PutPublicAccessBlockCommand,
      PutStorageLensConfigurationCommand,
      PutStorageLensConfigurationTaggingCommand,
      SubmitMultiRegionAccessPointRoutesCommand,
      TagResourceCommand,
      UntagResourceCommand,
      UpdateAccessGrantsLocationCommand,
      UpdateJobPriorityCommand,
      UpdateJobStatusCommand,
      UpdateStorageLensGroupCommand
    };
    var paginators = {
      paginateListAccessGrants,
      paginateListAccessGrantsInstances,
      paginateListAccessGrantsLocations,
      paginateListAccessPoints,
      paginateListAccessPointsForDirectoryBuckets,
      paginateListAccessPointsForObjectLambda,
      paginateListCallerAccessGrants,
      paginateListJobs,
      paginateListMultiRegionAccessPoints,
      paginateListRegionalBuckets,
      paginateListStorageLensConfigurations,
      paginateListStorageLensGroups
    };
    var S3Control = class extends S3ControlClient {
    };
    createAggregatedClient(commands, S3Control, { paginators });
    var OwnerOverride = {
      Destination: "Destination"
    };
    var GranteeType = {
      DIRECTORY_GROUP: "DIRECTORY_GROUP",
      DIRECTORY_USER: "DIRECTORY_USER",
      IAM: "IAM"
    };
    var Permission = {
      READ: "READ",
      READWRITE: "READWRITE",
      WRITE: "WRITE"
    };
    var NetworkOrigin = {
      Internet: "Internet",
      VPC: "VPC"
    };
    var AsyncOperationName = {
      CreateMultiRegionAccessPoint: "CreateMultiRegionAccessPoint",
      DeleteMultiRegionAccessPoint: "DeleteMultiRegionAccessPoint",
      PutMultiRegionAccessPointPolicy: "PutMultiRegionAccessPointPolicy"
    };
    var S3PrefixType = {
      Object: "Object"
    };
    var ScopePermission = {
      AbortMultipartUpload: "AbortMultipartUpload",
      DeleteObject: "DeleteObject",
      GetObject: "GetObject",
      GetObjectAttributes: "GetObjectAttributes",
      ListBucket: "ListBucket",
      ListBucketMultipartUploads: "ListBucketMultipartUploads",
      ListMultipartUploadParts: "ListMultipartUploadParts",
      PutObject: "PutObject"
    };
    var ObjectLambdaAllowedFeature = {
      GetObjectPartNumber: "GetObject-PartNumber",
      GetObjectRange: "GetObject-Range",
      HeadObjectPartNumber: "HeadObject-PartNumber",
      HeadObjectRange: "HeadObject-Range"
    };
    var ObjectLambdaTransformationConfigurationAction = {
      GetObject: "GetObject",
      HeadObject: "HeadObject",
      ListObjects: "ListObjects",
      ListObjectsV2: "ListObjectsV2"
    };
    var ObjectLambdaAccessPointAliasStatus = {
      PROVISIONING: "PROVISIONING",
      READY: "READY"
    };
    var BucketCannedACL = {
      authenticated_read: "authenticated-read",
      private: "private",
      public_read: "public-read",
      public_read_write: "public-read-write"
    };
    var BucketLocationConstraint = {
      EU: "EU",
      ap_northeast_1: "ap-northeast-1",
      ap_south_1: "ap-south-1",
      ap_southeast_1: "ap-southeast-1",
      ap_southeast_2: "ap-southeast-2",
      cn_north_1: "cn-north-1",
      eu_central_1: "eu-central-1",
      eu_west_1: "eu-west-1",
      sa_east_1: "sa-east-1",
      us_west_1: "us-west-1",
      us_west_2: "us-west-2"
    };
    var JobManifestFieldName = {
      Bucket: "Bucket",
      Ignore: "Ignore",
      Key: "Key",
      VersionId: "VersionId"
    };
    var JobManifestFormat = {
      S3BatchOperations_CSV_20180820: "S3BatchOperations_CSV_20180820",
      S3InventoryReport_CSV_20161130: "S3InventoryReport_CSV_20161130"
    };
    var S3StorageClass = {
      DEEP_ARCHIVE: "DEEP_ARCHIVE",
      GLACIER: "GLACIER",
      GLACIER_IR: "GLACIER_IR",
      INTELLIGENT_TIERING: "INTELLIGENT_TIERING",
      ONEZONE_IA: "ONEZONE_IA",
      STANDARD: "STANDARD",
      STANDARD_IA: "STANDARD_IA"
    };
    var ReplicationStatus = {
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      NONE: "NONE",
      REPLICA: "REPLICA"
    };
    var GeneratedManifestFormat = {
      S3InventoryReport_CSV_20211130: "S3InventoryReport_CSV_20211130"
    };
    var ComputeObjectChecksumAlgorithm = {
      CRC32: "CRC32",
      CRC32C: "CRC32C",
      CRC64NVME: "CRC64NVME",
      MD5: "MD5",
      SHA1: "SHA1",
      SHA256: "SHA256",
      SHA512: "SHA512",
      XXHASH128: "XXHASH128",
      XXHASH3: "XXHASH3",
      XXHASH64: "XXHASH64"
    };
    var ComputeObjectChecksumType = {
      COMPOSITE: "COMPOSITE",
      FULL_OBJECT: "FULL_OBJECT"
    };
    var S3GlacierJobTier = {
      BULK: "BULK",
      STANDARD: "STANDARD"
    };
    var S3GranteeTypeIdentifier = {
      CANONICAL: "id",
      EMAIL_ADDRESS: "emailAddress",
      GROUP: "uri"
    };
    var S3Permission = {
      FULL_CONTROL: "FULL_CONTROL",
      READ: "READ",
      READ_ACP: "READ_ACP",
      WRITE: "WRITE",
      WRITE_ACP: "WRITE_ACP"
    };
    var S3CannedAccessControlList = {
      AUTHENTICATED_READ: "authenticated-read",
      AWS_EXEC_READ: "aws-exec-read",
      BUCKET_OWNER_FULL_CONTROL: "bucket-owner-full-control",
      BUCKET_OWNER_READ: "bucket-owner-read",
      PRIVATE: "private",
      PUBLIC_READ: "public-read",
      PUBLIC_READ_WRITE: "public-read-write"
    };
    var S3ChecksumAlgorithm = {
      CRC32: "CRC32",
      CRC32C: "CRC32C",
      CRC64NVME: "CRC64NVME",
      MD5: "MD5",
      SHA1: "SHA1",
      SHA256: "SHA256",
      SHA512: "SHA512",
      XXHASH128: "XXHASH128",
      XXHASH3: "XXHASH3",
      XXHASH64: "XXHASH64"
    };
    var S3MetadataDirective = {
      COPY: "COPY",
      REPLACE: "REPLACE"
    };
    var S3SSEAlgorithm = {
      AES256: "AES256",
      KMS: "KMS"
    };
    var S3ObjectLockLegalHoldStatus = {
      OFF: "OFF",
      ON: "ON"
    };
    var S3ObjectLockMode = {
      COMPLIANCE: "COMPLIANCE",
      GOVERNANCE: "GOVERNANCE"
    };
    var S3ObjectLockRetentionMode = {
      COMPLIANCE: "COMPLIANCE",
      GOVERNANCE: "GOVERNANCE"
    };
    var JobReportFormat = {
      Report_CSV_20180820: "Report_CSV_20180820"
    };
    var JobReportScope = {
      AllTasks: "AllTasks",
      FailedTasksOnly: "FailedTasksOnly"
    };
    var JobStatus = {
      Active: "Active",
      Cancelled: "Cancelled",
      Cancelling: "Cancelling",
      Complete: "Complete",
      Completing: "Completing",
      Failed: "Failed",
      Failing: "Failing",
      New: "New",
      Paused: "Paused",
      Pausing: "Pausing",
      Preparing: "Preparing",
      Ready: "Ready",
      Suspended: "Suspended"
    };
    var TransitionStorageClass = {
      DEEP_ARCHIVE: "DEEP_ARCHIVE",
      GLACIER: "GLACIER",
      INTELLIGENT_TIERING: "INTELLIGENT_TIERING",
      ONEZONE_IA: "ONEZONE_IA",
      STANDARD_IA: "STANDARD_IA"
    };
    var ExpirationStatus = {
      Disabled: "Disabled",
      Enabled: "Enabled"
    };
    var DeleteMarkerReplicationStatus = {
      Disabled: "Disabled",
      Enabled: "Enabled"
    };
    var MetricsStatus = {
      Disabled: "Disabled",
      Enabled: "Enabled"
    };
    var ReplicationTimeStatus = {
      Disabled: "Disabled",
      Enabled: "Enabled"
    };
    var ReplicationStorageClass = {
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
    var ExistingObjectReplicationStatus = {
      Disabled: "Disabled",
      Enabled: "Enabled"
    };
    var ReplicaModificationsStatus = {
      Disabled: "Disabled",
      Enabled: "Enabled"
    };
    var SseKmsEncryptedObjectsStatus = {
      Disabled: "Disabled",
      Enabled: "Enabled"
    };
    var ReplicationRuleStatus = {
      Disabled: "Disabled",
      Enabled: "Enabled"
    };
    var MFADeleteStatus = {
      Disabled: "Disabled",
      Enabled: "Enabled"
    };
    var BucketVersioningStatus = {
      Enabled: "Enabled",
      Suspended: "Suspended"
    };
    var Privilege = {
      Default: "Default",
      Minimal: "Minimal"
    };
    var MultiRegionAccessPointStatus = {
      CREATING: "CREATING",
      DELETING: "DELETING",
      INCONSISTENT_ACROSS_REGIONS: "INCONSISTENT_ACROSS_REGIONS",
      PARTIALLY_CREATED: "PARTIALLY_CREATED",
      PARTIALLY_DELETED: "PARTIALLY_DELETED",
      READY: "READY"
    };
    var Format = {
      CSV: "CSV",
      Parquet: "Parquet"
    };
    var OutputSchemaVersion = {
      V_1: "V_1"
    };
    var OperationName = {
      LambdaInvoke: "LambdaInvoke",
      S3ComputeObjectChecksum: "S3ComputeObjectChecksum",
      S3DeleteObjectTagging: "S3DeleteObjectTagging",
      S3InitiateRestoreObject: "S3InitiateRestoreObject",
      S3PutObjectAcl: "S3PutObjectAcl",
      S3PutObjectCopy: "S3PutObjectCopy",
      S3PutObjectLegalHold: "S3PutObjectLegalHold",
      S3PutObjectRetention: "S3PutObjectRetention",
      S3PutObjectTagging: "S3PutObjectTagging",
      S3ReplicateObject: "S3ReplicateObject",
      S3UpdateObjectEncryption: "S3UpdateObjectEncryption"
    };
    var MFADelete = {
      Disabled: "Disabled",
      Enabled: "Enabled"
    };
    var RequestedJobStatus = {
      Cancelled: "Cancelled",
      Ready: "Ready"
    };
    exports.AbortIncompleteMultipartUpload$ = AbortIncompleteMultipartUpload$;
    exports.AccessControlTranslation$ = AccessControlTranslation$;
    exports.AccessGrantsLocationConfiguration$ = AccessGrantsLocationConfiguration$;
    exports.AccessPoint$ = AccessPoint$;
    exports.AccountLevel$ = AccountLevel$;
    exports.ActivityMetrics$ = ActivityMetrics$;
    exports.AdvancedCostOptimizationMetrics$ = AdvancedCostOptimizationMetrics$;
    exports.AdvancedDataProtectionMetrics$ = AdvancedDataProtectionMetrics$;
    exports.AdvancedPerformanceMetrics$ = AdvancedPerformanceMetrics$;
    exports.AssociateAccessGrantsIdentityCenter$ = AssociateAccessGrantsIdentityCenter$;
    exports.AssociateAccessGrantsIdentityCenterCommand = AssociateAccessGrantsIdentityCenterCommand;
    exports.AssociateAccessGrantsIdentityCenterRequest$ = AssociateAccessGrantsIdentityCenterRequest$;
    exports.AsyncErrorDetails$ = AsyncErrorDetails$;
    exports.AsyncOperation$ = AsyncOperation$;
    exports.AsyncOperationName = AsyncOperationName;
    exports.AsyncRequestParameters$ = AsyncRequestParameters$;
    exports.AsyncResponseDetails$ = AsyncResponseDetails$;
    exports.AwsLambdaTransformation$ = AwsLambdaTransformation$;
    exports.BadRequestException = BadRequestException;
    exports.BadRequestException$ = BadRequestException$;
    exports.BucketAlreadyExists = BucketAlreadyExists;
    exports.BucketAlreadyExists$ = BucketAlreadyExists$;
    exports.BucketAlreadyOwnedByYou = BucketAlreadyOwnedByYou;
    exports.BucketAlreadyOwnedByYou$ = BucketAlreadyOwnedByYou$;
    exports.BucketCannedACL = BucketCannedACL;
    exports.BucketLevel$ = BucketLevel$;
    exports.BucketLocationConstraint = BucketLocationConstraint;
    exports.BucketVersioningStatus = BucketVersioningStatus;
    exports.CloudWatchMetrics$ = CloudWatchMetrics$;
    exports.ComputeObjectChecksumAlgorithm = ComputeObjectChecksumAlgorithm;
    exports.ComputeObjectChecksumType = ComputeObjectChecksumType;
    exports.CreateAccessGrant$ = CreateAccessGrant$;
    exports.CreateAccessGrantCommand = CreateAccessGrantCommand;
    exports.CreateAccessGrantRequest$ = CreateAccessGrantRequest$;
    exports.CreateAccessGrantResult$ = CreateAccessGrantResult$;
    exports.CreateAccessGrantsInstance$ = CreateAccessGrantsInstance$;
    exports.CreateAccessGrantsInstanceCommand = CreateAccessGrantsInstanceCommand;
    exports.CreateAccessGrantsInstanceRequest$ = CreateAccessGrantsInstanceRequest$;
    exports.CreateAccessGrantsInstanceResult$ = CreateAccessGrantsInstanceResult$;
    exports.CreateAccessGrantsLocation$ = CreateAccessGrantsLocation$;
    exports.CreateAccessGrantsLocationCommand = CreateAccessGrantsLocationCommand;
    exports.CreateAccessGrantsLocationRequest$ = CreateAccessGrantsLocationRequest$;
    exports.CreateAccessGrantsLocationResult$ = CreateAccessGrantsLocationResult$;
    exports.CreateAccessPoint$ = CreateAccessPoint$;
    exports.CreateAccessPointCommand = CreateAccessPointCommand;
    exports.CreateAccessPointForObjectLambda$ = CreateAccessPointForObjectLambda$;
    exports.CreateAccessPointForObjectLambdaCommand = CreateAccessPointForObjectLambdaCommand;
    exports.CreateAccessPointForObjectLambdaRequest$ = CreateAccessPointForObjectLambdaRequest$;
    exports.CreateAccessPointForObjectLambdaResult$ = CreateAccessPointForObjectLambdaResult$;
    exports.CreateAccessPointRequest$ = CreateAccessPointRequest$;
    exports.CreateAccessPointResult$ = CreateAccessPointResult$;
    exports.CreateBucket$ = CreateBucket$;
    exports.CreateBucketCommand = CreateBucketCommand;
    exports.CreateBucketConfiguration$ = CreateBucketConfiguration$;
    exports.CreateBucketRequest$ = CreateBucketRequest$;
    exports.CreateBucketResult$ = CreateBucketResult$;
    exports.CreateJob$ = CreateJob$;
    exports.CreateJobCommand = CreateJobCommand;
    exports.CreateJobRequest$ = CreateJobRequest$;
    exports.CreateJobResult$ = CreateJobResult$;
    exports.CreateMultiRegionAccessPoint$ = CreateMultiRegionAccessPoint$;
    exports.CreateMultiRegionAccessPointCommand = CreateMultiRegionAccessPointCommand;
    exports.CreateMultiRegionAccessPointInput$ = CreateMultiRegionAccessPointInput$;
    exports.CreateMultiRegionAccessPointRequest$ = CreateMultiRegionAccessPointRequest$;
    exports.CreateMultiRegionAccessPointResult$ = CreateMultiRegionAccessPointResult$;
    exports.CreateStorageLensGroup$ = CreateStorageLensGroup$;
    exports.CreateStorageLensGroupCommand = CreateStorageLensGroupCommand;
    exports.CreateStorageLensGroupRequest$ = CreateStorageLensGroupRequest$;
    exports.Credentials$ = Credentials$;
    exports.DSSEKMSFilter$ = DSSEKMSFilter$;
    exports.DeleteAccessGrant$ = DeleteAccessGrant$;
    exports.DeleteAccessGrantCommand = DeleteAccessGrantCommand;
    exports.DeleteAccessGrantRequest$ = DeleteAccessGrantRequest$;
    exports.DeleteAccessGrantsInstance$ = DeleteAccessGrantsInstance$;
    exports.DeleteAccessGrantsInstanceCommand = DeleteAccessGrantsInstanceCommand;
    exports.DeleteAccessGrantsInstanceRequest$ = DeleteAccessGrantsInstanceRequest$;
    exports.DeleteAccessGrantsInstanceResourcePolicy$ = DeleteAccessGrantsInstanceResourcePolicy$;
    exports.DeleteAccessGrantsInstanceResourcePolicyCommand = DeleteAccessGrantsInstanceResourcePolicyCommand;
    exports.DeleteAccessGrantsInstanceResourcePolicyRequest$ = DeleteAccessGrantsInstanceResourcePolicyRequest$;
    exports.DeleteAccessGrantsLocation$ = DeleteAccessGrantsLocation$;
    exports.DeleteAccessGrantsLocationCommand = DeleteAccessGrantsLocationCommand;
    exports.DeleteAccessGrantsLocationRequest$ = DeleteAccessGrantsLocationRequest$;
    exports.DeleteAccessPoint$ = DeleteAccessPoint$;
    exports.DeleteAccessPointCommand = DeleteAccessPointCommand;
    exports.DeleteAccessPointForObjectLambda$ = DeleteAccessPointForObjectLambda$;
    exports.DeleteAccessPointForObjectLambdaCommand = DeleteAccessPointForObjectLambdaCommand;
    exports.DeleteAccessPointForObjectLambdaRequest$ = DeleteAccessPointForObjectLambdaRequest$;
    exports.DeleteAccessPointPolicy$ = DeleteAccessPointPolicy$;
    exports.DeleteAccessPointPolicyCommand = DeleteAccessPointPolicyCommand;
    exports.DeleteAccessPointPolicyForObjectLambda$ = DeleteAccessPointPolicyForObjectLambda$;
    exports.DeleteAccessPointPolicyForObjectLambdaCommand = DeleteAccessPointPolicyForObjectLambdaCommand;
    exports.DeleteAccessPointPolicyForObjectLambdaRequest$ = DeleteAccessPointPolicyForObjectLambdaRequest$;
    exports.DeleteAccessPointPolicyRequest$ = DeleteAccessPointPolicyRequest$;
    exports.DeleteAccessPointRequest$ = DeleteAccessPointRequest$;
    exports.DeleteAccessPointScope$ = DeleteAccessPointScope$;
    exports.DeleteAccessPointScopeCommand = DeleteAccessPointScopeCommand;
    exports.DeleteAccessPointScopeRequest$ = DeleteAccessPointScopeRequest$;
    exports.DeleteBucket$ = DeleteBucket$;
    exports.DeleteBucketCommand = DeleteBucketCommand;
    exports.DeleteBucketLifecycleConfiguration$ = DeleteBucketLifecycleConfiguration$;
    exports.DeleteBucketLifecycleConfigurationCommand = DeleteBucketLifecycleConfigurationCommand;
    exports.DeleteBucketLifecycleConfigurationRequest$ = DeleteBucketLifecycleConfigurationRequest$;
    exports.DeleteBucketPolicy$ = DeleteBucketPolicy$;
    exports.DeleteBucketPolicyCommand = DeleteBucketPolicyCommand;
    exports.DeleteBucketPolicyRequest$ = DeleteBucketPolicyRequest$;
    exports.DeleteBucketReplication$ = DeleteBucketReplication$;
    exports.DeleteBucketReplicationCommand = DeleteBucketReplicationCommand;
    exports.DeleteBucketReplicationRequest$ = DeleteBucketReplicationRequest$;
    exports.DeleteBucketRequest$ = DeleteBucketRequest$;
    exports.DeleteBucketTagging$ = DeleteBucketTagging$;
    exports.DeleteBucketTaggingCommand = DeleteBucketTaggingCommand;
    exports.DeleteBucketTaggingRequest$ = DeleteBucketTaggingRequest$;
    exports.DeleteJobTagging$ = DeleteJobTagging$;
    exports.DeleteJobTaggingCommand = DeleteJobTaggingCommand;
    exports.DeleteJobTaggingRequest$ = DeleteJobTaggingRequest$;
    exports.DeleteJobTaggingResult$ = DeleteJobTaggingResult$;
    exports.DeleteMarkerReplication$ = DeleteMarkerReplication$;
    exports.DeleteMarkerReplicationStatus = DeleteMarkerReplicationStatus;
    exports.DeleteMultiRegionAccessPoint$ = DeleteMultiRegionAccessPoint$;
    exports.DeleteMultiRegionAccessPointCommand = DeleteMultiRegionAccessPointCommand;
    exports.DeleteMultiRegionAccessPointInput$ = DeleteMultiRegionAccessPointInput$;
    exports.DeleteMultiRegionAccessPointRequest$ = DeleteMultiRegionAccessPointRequest$;
    exports.DeleteMultiRegionAccessPointResult$ = DeleteMultiRegionAccessPointResult$;
    exports.DeletePublicAccessBlock$ = DeletePublicAccessBlock$;
    exports.DeletePublicAccessBlockCommand = DeletePublicAccessBlockCommand;
    exports.DeletePublicAccessBlockRequest$ = DeletePublicAccessBlockRequest$;
    exports.DeleteStorageLensConfiguration$ = DeleteStorageLensConfiguration$;
    exports.DeleteStorageLensConfigurationCommand = DeleteStorageLensConfigurationCommand;
    exports.DeleteStorageLensConfigurationRequest$ = DeleteStorageLensConfigurationRequest$;
    exports.DeleteStorageLensConfigurationTagging$ = DeleteStorageLensConfigurationTagging$;
    exports.DeleteStorageLensConfigurationTaggingCommand = DeleteStorageLensConfigurationTaggingCommand;
    exports.DeleteStorageLensConfigurationTaggingRequest$ = DeleteStorageLensConfigurationTaggingRequest$;
    exports.DeleteStorageLensConfigurationTaggingResult$ = DeleteStorageLensConfigurationTaggingResult$;
    exports.DeleteStorageLensGroup$ = DeleteStorageLensGroup$;
    exports.DeleteStorageLensGroupCommand = DeleteStorageLensGroupCommand;
    exports.DeleteStorageLensGroupRequest$ = DeleteStorageLensGroupRequest$;
    exports.DescribeJob$ = DescribeJob$;
    exports.DescribeJobCommand = DescribeJobCommand;
    exports.DescribeJobRequest$ = DescribeJobRequest$;
    exports.DescribeJobResult$ = DescribeJobResult$;
    exports.DescribeMultiRegionAccessPointOperation$ = DescribeMultiRegionAccessPointOperation$;
    exports.DescribeMultiRegionAccessPointOperationCommand = DescribeMultiRegionAccessPointOperationCommand;
    exports.DescribeMultiRegionAccessPointOperationRequest$ = DescribeMultiRegionAccessPointOperationRequest$;
    exports.DescribeMultiRegionAccessPointOperationResult$ = DescribeMultiRegionAccessPointOperationResult$;
    exports.Destination$ = Destination$;
    exports.DetailedStatusCodesMetrics$ = DetailedStatusCodesMetrics$;
    exports.DissociateAccessGrantsIdentityCenter$ = DissociateAccessGrantsIdentityCenter$;
    exports.DissociateAccessGrantsIdentityCenterCommand = DissociateAccessGrantsIdentityCenterCommand;
    exports.DissociateAccessGrantsIdentityCenterRequest$ = DissociateAccessGrantsIdentityCenterRequest$;
    exports.EncryptionConfiguration$ = EncryptionConfiguration$;
    exports.EstablishedMultiRegionAccessPointPolicy$ = EstablishedMultiRegionAccessPointPolicy$;
    exports.ExistingObjectReplication$ = ExistingObjectReplication$;
    exports.ExistingObjectReplicationStatus = ExistingObjectReplicationStatus;
    exports.ExpirationStatus = ExpirationStatus;
    exports.Format = Format;
    exports.GeneratedManifestEncryption$ = GeneratedManifestEncryption$;
    exports.GeneratedManifestFormat = GeneratedManifestFormat;
    exports.GetAccessGrant$ = GetAccessGrant$;
    exports.GetAccessGrantCommand = GetAccessGrantCommand;
    exports.GetAccessGrantRequest$ = GetAccessGrantRequest$;
    exports.GetAccessGrantResult$ = GetAccessGrantResult$;
    exports.GetAccessGrantsInstance$ = GetAccessGrantsInstance$;
    exports.GetAccessGrantsInstanceCommand = GetAccessGrantsInstanceCommand;
    exports.GetAccessGrantsInstanceForPrefix$ = GetAccessGrantsInstanceForPrefix$;
    exports.GetAccessGrantsInstanceForPrefixCommand = GetAccessGrantsInstanceForPrefixCommand;
    exports.GetAccessGrantsInstanceForPrefixRequest$ = GetAccessGrantsInstanceForPrefixRequest$;
    exports.GetAccessGrantsInstanceForPrefixResult$ = GetAccessGrantsInstanceForPrefixResult$;
    exports.GetAccessGrantsInstanceRequest$ = GetAccessGrantsInstanceRequest$;
    exports.GetAccessGrantsInstanceResourcePolicy$ = GetAccessGrantsInstanceResourcePolicy$;
    exports.GetAccessGrantsInstanceResourcePolicyCommand = GetAccessGrantsInstanceResourcePolicyCommand;
    exports.GetAccessGrantsInstanceResourcePolicyRequest$ = GetAccessGrantsInstanceResourcePolicyRequest$;
    exports.GetAccessGrantsInstanceResourcePolicyResult$ = GetAccessGrantsInstanceResourcePolicyResult$;
    exports.GetAccessGrantsInstanceResult$ = GetAccessGrantsInstanceResult$;
    exports.GetAccessGrantsLocation$ = GetAccessGrantsLocation$;
    exports.GetAccessGrantsLocationCommand = GetAccessGrantsLocationCommand;
    exports.GetAccessGrantsLocationRequest$ = GetAccessGrantsLocationRequest$;
    exports.GetAccessGrantsLocationResult$ = GetAccessGrantsLocationResult$;
    exports.GetAccessPoint$ = GetAccessPoint$;
    exports.GetAccessPointCommand = GetAccessPointCommand;
    exports.GetAccessPointConfigurationForObjectLambda$ = GetAccessPointConfigurationForObjectLambda$;
    exports.GetAccessPointConfigurationForObjectLambdaCommand = GetAccessPointConfigurationForObjectLambdaCommand;
    exports.GetAccessPointConfigurationForObjectLambdaRequest$ = GetAccessPointConfigurationForObjectLambdaRequest$;
    exports.GetAccessPointConfigurationForObjectLambdaResult$ = GetAccessPointConfigurationForObjectLambdaResult$;
    exports.GetAccessPointForObjectLambda$ = GetAccessPointForObjectLambda$;
    exports.GetAccessPointForObjectLambdaCommand = GetAccessPointForObjectLambdaCommand;
    exports.GetAccessPointForObjectLambdaRequest$ = GetAccessPointForObjectLambdaRequest$;
    exports.GetAccessPointForObjectLambdaResult$ = GetAccessPointForObjectLambdaResult$;
    exports.GetAccessPointPolicy$ = GetAccessPointPolicy$;
    exports.GetAccessPointPolicyCommand = GetAccessPointPolicyCommand;
    exports.GetAccessPointPolicyForObjectLambda$ = GetAccessPointPolicyForObjectLambda$;
    exports.GetAccessPointPolicyForObjectLambdaCommand = GetAccessPointPolicyForObjectLambdaCommand;
    exports.GetAccessPointPolicyForObjectLambdaRequest$ = GetAccessPointPolicyForObjectLambdaRequest$;
    exports.GetAccessPointPolicyForObjectLambdaResult$ = GetAccessPointPolicyForObjectLambdaResult$;
    exports.GetAccessPointPolicyRequest$ = GetAccessPointPolicyRequest$;
    exports.GetAccessPointPolicyResult$ = GetAccessPointPolicyResult$;
    exports.GetAccessPointPolicyStatus$ = GetAccessPointPolicyStatus$;
    exports.GetAccessPointPolicyStatusCommand = GetAccessPointPolicyStatusCommand;
    exports.GetAccessPointPolicyStatusForObjectLambda$ = GetAccessPointPolicyStatusForObjectLambda$;
    exports.GetAccessPointPolicyStatusForObjectLambdaCommand = GetAccessPointPolicyStatusForObjectLambdaCommand;
    exports.GetAccessPointPolicyStatusForObjectLambdaRequest$ = GetAccessPointPolicyStatusForObjectLambdaRequest$;
    exports.GetAccessPointPolicyStatusForObjectLambdaResult$ = GetAccessPointPolicyStatusForObjectLambdaResult$;
    exports.GetAccessPointPolicyStatusRequest$ = GetAccessPointPolicyStatusRequest$;
    exports.GetAccessPointPolicyStatusResult$ = GetAccessPointPolicyStatusResult$;
    exports.GetAccessPointRequest$ = GetAccessPointRequest$;
    exports.GetAccessPointResult$ = GetAccessPointResult$;
    exports.GetAccessPointScope$ = GetAccessPointScope$;
    exports.GetAccessPointScopeCommand = GetAccessPointScopeCommand;
    exports.GetAccessPointScopeRequest$ = GetAccessPointScopeRequest$;
    exports.GetAccessPointScopeResult$ = GetAccessPointScopeResult$;
    exports.GetBucket$ = GetBucket$;
    exports.GetBucketCommand = GetBucketCommand;
    exports.GetBucketLifecycleConfiguration$ = GetBucketLifecycleConfiguration$;
    exports.GetBucketLifecycleConfigurationCommand = GetBucketLifecycleConfigurationCommand;
    exports.GetBucketLifecycleConfigurationRequest$ = GetBucketLifecycleConfigurationRequest$;
    exports.GetBucketLifecycleConfigurationResult$ = GetBucketLifecycleConfigurationResult$;
    exports.GetBucketPolicy$ = GetBucketPolicy$;
    exports.GetBucketPolicyCommand = GetBucketPolicyCommand;
    exports.GetBucketPolicyRequest$ = GetBucketPolicyRequest$;
    exports.GetBucketPolicyResult$ = GetBucketPolicyResult$;
    exports.GetBucketReplication$ = GetBucketReplication$;
    exports.GetBucketReplicationCommand = GetBucketReplicationCommand;
    exports.GetBucketReplicationRequest$ = GetBucketReplicationRequest$;
    exports.GetBucketReplicationResult$ = GetBucketReplicationResult$;
    exports.GetBucketRequest$ = GetBucketRequest$;
    exports.GetBucketResult$ = GetBucketResult$;
    exports.GetBucketTagging$ = GetBucketTagging$;
    exports.GetBucketTaggingCommand = GetBucketTaggingCommand;
    exports.GetBucketTaggingRequest$ = GetBucketTaggingRequest$;
    exports.GetBucketTaggingResult$ = GetBucketTaggingResult$;
    exports.GetBucketVersioning$ = GetBucketVersioning$;
    exports.GetBucketVersioningCommand = GetBucketVersioningCommand;
    exports.GetBucketVersioningRequest$ = GetBucketVersioningRequest$;
    exports.GetBucketVersioningResult$ = GetBucketVersioningResult$;
    exports.GetDataAccess$ = GetDataAccess$;
    exports.GetDataAccessCommand = GetDataAccessCommand;
    exports.GetDataAccessRequest$ = GetDataAccessRequest$;
    exports.GetDataAccessResult$ = GetDataAccessResult$;
    exports.GetJobTagging$ = GetJobTagging$;
    exports.GetJobTaggingCommand = GetJobTaggingCommand;
    exports.GetJobTaggingRequest$ = GetJobTaggingRequest$;
    exports.GetJobTaggingResult$ = GetJobTaggingResult$;
    exports.GetMultiRegionAccessPoint$ = GetMultiRegionAccessPoint$;
    exports.GetMultiRegionAccessPointCommand = GetMultiRegionAccessPointCommand;
    exports.GetMultiRegionAccessPointPolicy$ = GetMultiRegionAccessPointPolicy$;
    exports.GetMultiRegionAccessPointPolicyCommand = GetMultiRegionAccessPointPolicyCommand;
    exports.GetMultiRegionAccessPointPolicyRequest$ = GetMultiRegionAccessPointPolicyRequest$;
    exports.GetMultiRegionAccessPointPolicyResult$ = GetMultiRegionAccessPointPolicyResult$;
    exports.GetMultiRegionAccessPointPolicyStatus$ = GetMultiRegionAccessPointPolicyStatus$;
    exports.GetMultiRegionAccessPointPolicyStatusCommand = GetMultiRegionAccessPointPolicyStatusCommand;
    exports.GetMultiRegionAccessPointPolicyStatusRequest$ = GetMultiRegionAccessPointPolicyStatusRequest$;
    exports.GetMultiRegionAccessPointPolicyStatusResult$ = GetMultiRegionAccessPointPolicyStatusResult$;
    exports.GetMultiRegionAccessPointRequest$ = GetMultiRegionAccessPointRequest$;
    exports.GetMultiRegionAccessPointResult$ = GetMultiRegionAccessPointResult$;
    exports.GetMultiRegionAccessPointRoutes$ = GetMultiRegionAccessPointRoutes$;
    exports.GetMultiRegionAccessPointRoutesCommand = GetMultiRegionAccessPointRoutesCommand;
    exports.GetMultiRegionAccessPointRoutesRequest$ = GetMultiRegionAccessPointRoutesRequest$;
    exports.GetMultiRegionAccessPointRoutesResult$ = GetMultiRegionAccessPointRoutesResult$;
    exports.GetPublicAccessBlock$ = GetPublicAccessBlock$;
    exports.GetPublicAccessBlockCommand = GetPublicAccessBlockCommand;
    exports.GetPublicAccessBlockOutput$ = GetPublicAccessBlockOutput$;
    exports.GetPublicAccessBlockRequest$ = GetPublicAccessBlockRequest$;
    exports.GetStorageLensConfiguration$ = GetStorageLensConfiguration$;
    exports.GetStorageLensConfigurationCommand = GetStorageLensConfigurationCommand;
    exports.GetStorageLensConfigurationRequest$ = GetStorageLensConfigurationRequest$;
    exports.GetStorageLensConfigurationResult$ = GetStorageLensConfigurationResult$;
    exports.GetStorageLensConfigurationTagging$ = GetStorageLensConfigurationTagging$;
    exports.GetStorageLensConfigurationTaggingCommand = GetStorageLensConfigurationTaggingCommand;
    exports.GetStorageLensConfigurationTaggingRequest$ = GetStorageLensConfigurationTaggingRequest$;
    exports.GetStorageLensConfigurationTaggingResult$ = GetStorageLensConfigurationTaggingResult$;
    exports.GetStorageLensGroup$ = GetStorageLensGroup$;
    exports.GetStorageLensGroupCommand = GetStorageLensGroupCommand;
    exports.GetStorageLensGroupRequest$ = GetStorageLensGroupRequest$;
    exports.GetStorageLensGroupResult$ = GetStorageLensGroupResult$;
    exports.Grantee$ = Grantee$;
    exports.GranteeType = GranteeType;
    exports.IdempotencyException = IdempotencyException;
    exports.IdempotencyException$ = IdempotencyException$;
    exports.Include$ = Include$;
    exports.InternalServiceException = InternalServiceException;
    exports.InternalServiceException$ = InternalServiceException$;
    exports.InvalidNextTokenException = InvalidNextTokenException;
    exports.InvalidNextTokenException$ = InvalidNextTokenException$;
    exports.InvalidRequestException = InvalidRequestException;
    exports.InvalidRequestException$ = InvalidRequestException$;
    exports.JobDescriptor$ = JobDescriptor$;
    exports.JobFailure$ = JobFailure$;
    exports.JobListDescriptor$ = JobListDescriptor$;
    exports.JobManifest$ = JobManifest$;
    exports.JobManifestFieldName = JobManifestFieldName;
    exports.JobManifestFormat = JobManifestFormat;
    exports.JobManifestGenerator$ = JobManifestGenerator$;
    exports.JobManifestGeneratorFilter$ = JobManifestGeneratorFilter$;
    exports.JobManifestLocation$ = JobManifestLocation$;
    exports.JobManifestSpec$ = JobManifestSpec$;
    exports.JobOperation$ = JobOperation$;
    exports.JobProgressSummary$ = JobProgressSummary$;
    exports.JobReport$ = JobReport$;
    exports.JobReportFormat = JobReportFormat;
    exports.JobReportScope = JobReportScope;
    exports.JobStatus = JobStatus;
    exports.JobStatusException = JobStatusException;
    exports.JobStatusException$ = JobStatusException$;
    exports.JobTimers$ = JobTimers$;
    exports.KeyNameConstraint$ = KeyNameConstraint$;
    exports.LambdaInvokeOperation$ = LambdaInvokeOperation$;
    exports.LifecycleConfiguration$ = LifecycleConfiguration$;
    exports.LifecycleExpiration$ = LifecycleExpiration$;
    exports.LifecycleRule$ = LifecycleRule$;
    exports.LifecycleRuleAndOperator$ = LifecycleRuleAndOperator$;
    exports.LifecycleRuleFilter$ = LifecycleRuleFilter$;
    exports.ListAccessGrantEntry$ = ListAccessGrantEntry$;
    exports.ListAccessGrants$ = ListAccessGrants$;
    exports.ListAccessGrantsCommand = ListAccessGrantsCommand;
    exports.ListAccessGrantsInstanceEntry$ = ListAccessGrantsInstanceEntry$;
    exports.ListAccessGrantsInstances$ = ListAccessGrantsInstances$;
    exports.ListAccessGrantsInstancesCommand = ListAccessGrantsInstancesCommand;
    exports.ListAccessGrantsInstancesRequest$ = ListAccessGrantsInstancesRequest$;
    exports.ListAccessGrantsInstancesResult$ = ListAccessGrantsInstancesResult$;
    exports.ListAccessGrantsLocations$ = ListAccessGrantsLocations$;
    exports.ListAccessGrantsLocationsCommand = ListAccessGrantsLocationsCommand;
    exports.ListAccessGrantsLocationsEntry$ = ListAccessGrantsLocationsEntry$;
    exports.ListAccessGrantsLocationsRequest$ = ListAccessGrantsLocationsRequest$;
    exports.ListAccessGrantsLocationsResult$ = ListAccessGrantsLocationsResult$;
    exports.ListAccessGrantsRequest$ = ListAccessGrantsRequest$;
    exports.ListAccessGrantsResult$ = ListAccessGrantsResult$;
    exports.ListAccessPoints$ = ListAccessPoints$;
    exports.ListAccessPointsCommand = ListAccessPointsCommand;
    exports.ListAccessPointsForDirectoryBuckets$ = ListAccessPointsForDirectoryBuckets$;
    exports.ListAccessPointsForDirectoryBucketsCommand = ListAccessPointsForDirectoryBucketsCommand;
    exports.ListAccessPointsForDirectoryBucketsRequest$ = ListAccessPointsForDirectoryBucketsRequest$;
    exports.ListAccessPointsForDirectoryBucketsResult$ = ListAccessPointsForDirectoryBucketsResult$;
    exports.ListAccessPointsForObjectLambda$ = ListAccessPointsForObjectLambda$;
    exports.ListAccessPointsForObjectLambdaCommand = ListAccessPointsForObjectLambdaCommand;
    exports.ListAccessPointsForObjectLambdaRequest$ = ListAccessPointsForObjectLambdaRequest$;
    exports.ListAccessPointsForObjectLambdaResult$ = ListAccessPointsForObjectLambdaResult$;
    exports.ListAccessPointsRequest$ = ListAccessPointsRequest$;
    exports.ListAccessPointsResult$ = ListAccessPointsResult$;
    exports.ListCallerAccessGrants$ = ListCallerAccessGrants$;
    exports.ListCallerAccessGrantsCommand = ListCallerAccessGrantsCommand;
    exports.ListCallerAccessGrantsEntry$ = ListCallerAccessGrantsEntry$;
    exports.ListCallerAccessGrantsRequest$ = ListCallerAccessGrantsRequest$;
    exports.ListCallerAccessGrantsResult$ = ListCallerAccessGrantsResult$;
    exports.ListJobs$ = ListJobs$;
    exports.ListJobsCommand = ListJobsCommand;
    exports.ListJobsRequest$ = ListJobsRequest$;
    exports.ListJobsResult$ = ListJobsResult$;
    exports.ListMultiRegionAccessPoints$ = ListMultiRegionAccessPoints$;
    exports.ListMultiRegionAccessPointsCommand = ListMultiRegionAccessPointsCommand;
    exports.ListMultiRegionAccessPointsRequest$ = ListMultiRegionAccessPointsRequest$;
    exports.ListMultiRegionAccessPointsResult$ = ListMultiRegionAccessPointsResult$;
    exports.ListRegionalBuckets$ = ListRegionalBuckets$;
    exports.ListRegionalBucketsCommand = ListRegionalBucketsCommand;
    exports.ListRegionalBucketsRequest$ = ListRegionalBucketsRequest$;
    exports.ListRegionalBucketsResult$ = ListRegionalBucketsResult$;
    exports.ListStorageLensConfigurationEntry$ = ListStorageLensConfigurationEntry$;
    exports.ListStorageLensConfigurations$ = ListStorageLensConfigurations$;
    exports.ListStorageLensConfigurationsCommand = ListStorageLensConfigurationsCommand;
    exports.ListStorageLensConfigurationsRequest$ = ListStorageLensConfigurationsRequest$;
    exports.ListStorageLensConfigurationsResult$ = ListStorageLensConfigurationsResult$;
    exports.ListStorageLensGroupEntry$ = ListStorageLensGroupEntry$;
    exports.ListStorageLensGroups$ = ListStorageLensGroups$;
    exports.ListStorageLensGroupsCommand = ListStorageLensGroupsCommand;
    exports.ListStorageLensGroupsRequest$ = ListStorageLensGroupsRequest$;
    exports.ListStorageLensGroupsResult$ = ListStorageLensGroupsResult$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResult$ = ListTagsForResourceResult$;
    exports.MFADelete = MFADelete;
    exports.MFADeleteStatus = MFADeleteStatus;
    exports.MatchObjectAge$ = MatchObjectAge$;
    exports.MatchObjectSize$ = MatchObjectSize$;
    exports.Metrics$ = Metrics$;
    exports.MetricsStatus = MetricsStatus;
    exports.MultiRegionAccessPointPolicyDocument$ = MultiRegionAccessPointPolicyDocument$;
    exports.MultiRegionAccessPointRegionalResponse$ = MultiRegionAccessPointRegionalResponse$;
    exports.MultiRegionAccessPointReport$ = MultiRegionAccessPointReport$;
    exports.MultiRegionAccessPointRoute$ = MultiRegionAccessPointRoute$;
    exports.MultiRegionAccessPointStatus = MultiRegionAccessPointStatus;
    exports.MultiRegionAccessPointsAsyncResponse$ = MultiRegionAccessPointsAsyncResponse$;
    exports.NetworkOrigin = NetworkOrigin;
    exports.NoSuchPublicAccessBlockConfiguration = NoSuchPublicAccessBlockConfiguration;
    exports.NoSuchPublicAccessBlockConfiguration$ = NoSuchPublicAccessBlockConfiguration$;
    exports.NoncurrentVersionExpiration$ = NoncurrentVersionExpiration$;
    exports.NoncurrentVersionTransition$ = NoncurrentVersionTransition$;
    exports.NotFoundException = NotFoundException;
    exports.NotFoundException$ = NotFoundException$;
    exports.NotSSEFilter$ = NotSSEFilter$;
    exports.ObjectEncryption$ = ObjectEncryption$;
    exports.ObjectEncryptionFilter$ = ObjectEncryptionFilter$;
    exports.ObjectLambdaAccessPoint$ = ObjectLambdaAccessPoint$;
    exports.ObjectLambdaAccessPointAlias$ = ObjectLambdaAccessPointAlias$;
    exports.ObjectLambdaAccessPointAliasStatus = ObjectLambdaAccessPointAliasStatus;
    exports.ObjectLambdaAllowedFeature = ObjectLambdaAllowedFeature;
    exports.ObjectLambdaConfiguration$ = ObjectLambdaConfiguration$;
    exports.ObjectLambdaContentTransformation$ = ObjectLambdaContentTransformation$;
    exports.ObjectLambdaTransformationConfiguration$ = ObjectLambdaTransformationConfiguration$;
    exports.ObjectLambdaTransformationConfigurationAction = ObjectLambdaTransformationConfigurationAction;
    exports.OperationName = OperationName;
    exports.OutputSchemaVersion = OutputSchemaVersion;
    exports.OwnerOverride = OwnerOverride;
    exports.Permission = Permission;
    exports.PolicyStatus$ = PolicyStatus$;
    exports.PrefixLevel$ = PrefixLevel$;
    exports.PrefixLevelStorageMetrics$ = PrefixLevelStorageMetrics$;
    exports.Privilege = Privilege;
    exports.ProposedMultiRegionAccessPointPolicy$ = ProposedMultiRegionAccessPointPolicy$;
    exports.PublicAccessBlockConfiguration$ = PublicAccessBlockConfiguration$;
    exports.PutAccessGrantsInstanceResourcePolicy$ = PutAccessGrantsInstanceResourcePolicy$;
    exports.PutAccessGrantsInstanceResourcePolicyCommand = PutAccessGrantsInstanceResourcePolicyCommand;
    exports.PutAccessGrantsInstanceResourcePolicyRequest$ = PutAccessGrantsInstanceResourcePolicyRequest$;
    exports.PutAccessGrantsInstanceResourcePolicyResult$ = PutAccessGrantsInstanceResourcePolicyResult$;
    exports.PutAccessPointConfigurationForObjectLambda$ = PutAccessPointConfigurationForObjectLambda$;
    exports.PutAccessPointConfigurationForObjectLambdaCommand = PutAccessPointConfigurationForObjectLambdaCommand;
    exports.PutAccessPointConfigurationForObjectLambdaRequest$ = PutAccessPointConfigurationForObjectLambdaRequest$;
    exports.PutAccessPointPolicy$ = PutAccessPointPolicy$;
    exports.PutAccessPointPolicyCommand = PutAccessPointPolicyCommand;
    exports.PutAccessPointPolicyForObjectLambda$ = PutAccessPointPolicyForObjectLambda$;
    exports.PutAccessPointPolicyForObjectLambdaCommand = PutAccessPointPolicyForObjectLambdaCommand;
    exports.PutAccessPointPolicyForObjectLambdaRequest$ = PutAccessPointPolicyForObjectLambdaRequest$;
    exports.PutAccessPointPolicyRequest$ = PutAccessPointPolicyRequest$;
    exports.PutAccessPointScope$ = PutAccessPointScope$;
    exports.PutAccessPointScopeCommand = PutAccessPointScopeCommand;
    exports.PutAccessPointScopeRequest$ = PutAccessPointScopeRequest$;
    exports.PutBucketLifecycleConfiguration$ = PutBucketLifecycleConfiguration$;
    exports.PutBucketLifecycleConfigurationCommand = PutBucketLifecycleConfigurationCommand;
    exports.PutBucketLifecycleConfigurationRequest$ = PutBucketLifecycleConfigurationRequest$;
    exports.PutBucketPolicy$ = PutBucketPolicy$;
    exports.PutBucketPolicyCommand = PutBucketPolicyCommand;
    exports.PutBucketPolicyRequest$ = PutBucketPolicyRequest$;
    exports.PutBucketReplication$ = PutBucketReplication$;
    exports.PutBucketReplicationCommand = PutBucketReplicationCommand;
    exports.PutBucketReplicationRequest$ = PutBucketReplicationRequest$;
    exports.PutBucketTagging$ = PutBucketTagging$;
    exports.PutBucketTaggingCommand = PutBucketTaggingCommand;
    exports.PutBucketTaggingRequest$ = PutBucketTaggingRequest$;
    exports.PutBucketVersioning$ = PutBucketVersioning$;
    exports.PutBucketVersioningCommand = PutBucketVersioningCommand;
    exports.PutBucketVersioningRequest$ = PutBucketVersioningRequest$;
    exports.PutJobTagging$ = PutJobTagging$;
    exports.PutJobTaggingCommand = PutJobTaggingCommand;
    exports.PutJobTaggingRequest$ = PutJobTaggingRequest$;
    exports.PutJobTaggingResult$ = PutJobTaggingResult$;
    exports.PutMultiRegionAccessPointPolicy$ = PutMultiRegionAccessPointPolicy$;
    exports.PutMultiRegionAccessPointPolicyCommand = PutMultiRegionAccessPointPolicyCommand;
    exports.PutMultiRegionAccessPointPolicyInput$ = PutMultiRegionAccessPointPolicyInput$;
    exports.PutMultiRegionAccessPointPolicyRequest$ = PutMultiRegionAccessPointPolicyRequest$;
    exports.PutMultiRegionAccessPointPolicyResult$ = PutMultiRegionAccessPointPolicyResult$;
    exports.PutPublicAccessBlock$ = PutPublicAccessBlock$;
    exports.PutPublicAccessBlockCommand = PutPublicAccessBlockCommand;
    exports.PutPublicAccessBlockRequest$ = PutPublicAccessBlockRequest$;
    exports.PutStorageLensConfiguration$ = PutStorageLensConfiguration$;
    exports.PutStorageLensConfigurationCommand = PutStorageLensConfigurationCommand;
    exports.PutStorageLensConfigurationRequest$ = PutStorageLensConfigurationRequest$;
    exports.PutStorageLensConfigurationTagging$ = PutStorageLensConfigurationTagging$;
    exports.PutStorageLensConfigurationTaggingCommand = PutStorageLensConfigurationTaggingCommand;
    exports.PutStorageLensConfigurationTaggingRequest$ = PutStorageLensConfigurationTaggingRequest$;
    exports.PutStorageLensConfigurationTaggingResult$ = PutStorageLensConfigurationTaggingResult$;
    exports.Region$ = Region$;
    exports.RegionReport$ = RegionReport$;
    exports.RegionalBucket$ = RegionalBucket$;
    exports.ReplicaModifications$ = ReplicaModifications$;
    exports.ReplicaModificationsStatus = ReplicaModificationsStatus;
    exports.ReplicationConfiguration$ = ReplicationConfiguration$;
    exports.ReplicationRule$ = ReplicationRule$;
    exports.ReplicationRuleAndOperator$ = ReplicationRuleAndOperator$;
    exports.ReplicationRuleFilter$ = ReplicationRuleFilter$;
    exports.ReplicationRuleStatus = ReplicationRuleStatus;
    exports.ReplicationStatus = ReplicationStatus;
    exports.ReplicationStorageClass = ReplicationStorageClass;
    exports.ReplicationTime$ = ReplicationTime$;
    exports.ReplicationTimeStatus = ReplicationTimeStatus;
    exports.ReplicationTimeValue$ = ReplicationTimeValue$;
    exports.RequestedJobStatus = RequestedJobStatus;
    exports.S3AccessControlList$ = S3AccessControlList$;
    exports.S3AccessControlPolicy$ = S3AccessControlPolicy$;
    exports.S3BucketDestination$ = S3BucketDestination$;
    exports.S3CannedAccessControlList = S3CannedAccessControlList;
    exports.S3ChecksumAlgorithm = S3ChecksumAlgorithm;
    exports.S3ComputeObjectChecksumOperation$ = S3ComputeObjectChecksumOperation$;
    exports.S3Control = S3Control;
    exports.S3ControlClient = S3ControlClient;
    exports.S3ControlServiceException = S3ControlServiceException;
    exports.S3ControlServiceException$ = S3ControlServiceException$;
    exports.S3CopyObjectOperation$ = S3CopyObjectOperation$;
    exports.S3DeleteObjectTaggingOperation$ = S3DeleteObjectTaggingOperation$;
    exports.S3GeneratedManifestDescriptor$ = S3GeneratedManifestDescriptor$;
    exports.S3GlacierJobTier = S3GlacierJobTier;
    exports.S3Grant$ = S3Grant$;
    exports.S3Grantee$ = S3Grantee$;
    exports.S3GranteeTypeIdentifier = S3GranteeTypeIdentifier;
    exports.S3InitiateRestoreObjectOperation$ = S3InitiateRestoreObjectOperation$;
    exports.S3JobManifestGenerator$ = S3JobManifestGenerator$;
    exports.S3ManifestOutputLocation$ = S3ManifestOutputLocation$;
    exports.S3MetadataDirective = S3MetadataDirective;
    exports.S3ObjectLockLegalHold$ = S3ObjectLockLegalHold$;
    exports.S3ObjectLockLegalHoldStatus = S3ObjectLockLegalHoldStatus;
    exports.S3ObjectLockMode = S3ObjectLockMode;
    exports.S3ObjectLockRetentionMode = S3ObjectLockRetentionMode;
    exports.S3ObjectMetadata$ = S3ObjectMetadata$;
    exports.S3ObjectOwner$ = S3ObjectOwner$;
    exports.S3Permission = S3Permission;
    exports.S3PrefixType = S3PrefixType;
    exports.S3ReplicateObjectOperation$ = S3ReplicateObjectOperation$;
    exports.S3Retention$ = S3Retention$;
    exports.S3SSEAlgorithm = S3SSEAlgorithm;
    exports.S3SetObjectAclOperation$ = S3SetObjectAclOperation$;
    exports.S3SetObjectLegalHoldOperation$ = S3SetObjectLegalHoldOperation$;
    exports.S3SetObjectRetentionOperation$ = S3SetObjectRetentionOperation$;
    exports.S3SetObjectTaggingOperation$ = S3SetObjectTaggingOperation$;
    exports.S3StorageClass = S3StorageClass;
    exports.S3Tag$ = S3Tag$;
    exports.S3UpdateObjectEncryptionOperation$ = S3UpdateObjectEncryptionOperation$;
    exports.S3UpdateObjectEncryptionSSEKMS$ = S3UpdateObjectEncryptionSSEKMS$;
    exports.SSECFilter$ = SSECFilter$;
    exports.SSEKMS$ = SSEKMS$;
    exports.SSEKMSEncryption$ = SSEKMSEncryption$;
    exports.SSEKMSFilter$ = SSEKMSFilter$;
    exports.SSES3$ = SSES3$;
    exports.SSES3Encryption$ = SSES3Encryption$;
    exports.SSES3Filter$ = SSES3Filter$;
    exports.Scope$ = Scope$;
    exports.ScopePermission = ScopePermission;
    exports.SelectionCriteria$ = SelectionCriteria$;
    exports.SourceSelectionCriteria$ = SourceSelectionCriteria$;
    exports.SseKmsEncryptedObjects$ = SseKmsEncryptedObjects$;
    exports.SseKmsEncryptedObjectsStatus = SseKmsEncryptedObjectsStatus;
    exports.StorageLensAwsOrg$ = StorageLensAwsOrg$;
    exports.StorageLensConfiguration$ = StorageLensConfiguration$;
    exports.StorageLensDataExport$ = StorageLensDataExport$;
    exports.StorageLensDataExportEncryption$ = StorageLensDataExportEncryption$;
    exports.StorageLensExpandedPrefixesDataExport$ = StorageLensExpandedPrefixesDataExport$;
    exports.StorageLensGroup$ = StorageLensGroup$;
    exports.StorageLensGroupAndOperator$ = StorageLensGroupAndOperator$;
    exports.StorageLensGroupFilter$ = StorageLensGroupFilter$;
    exports.StorageLensGroupLevel$ = StorageLensGroupLevel$;
    exports.StorageLensGroupLevelSelectionCriteria$ = StorageLensGroupLevelSelectionCriteria$;
    exports.StorageLensGroupOrOperator$ = StorageLensGroupOrOperator$;
    exports.StorageLensTableDestination$ = StorageLensTableDestination$;
    exports.StorageLensTag$ = StorageLensTag$;
    exports.SubmitMultiRegionAccessPointRoutes$ = SubmitMultiRegionAccessPointRoutes$;
    exports.SubmitMultiRegionAccessPointRoutesCommand = SubmitMultiRegionAccessPointRoutesCommand;
    exports.SubmitMultiRegionAccessPointRoutesRequest$ = SubmitMultiRegionAccessPointRoutesRequest$;
    exports.SubmitMultiRegionAccessPointRoutesResult$ = SubmitMultiRegionAccessPointRoutesResult$;
    exports.Tag$ = Tag$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.TagResourceResult$ = TagResourceResult$;
    exports.Tagging$ = Tagging$;
    exports.TooManyRequestsException = TooManyRequestsException;
    exports.TooManyRequestsException$ = TooManyRequestsException$;
    exports.TooManyTagsException = TooManyTagsException;
    exports.TooManyTagsException$ = TooManyTagsException$;
    exports.Transition$ = Transition$;
    exports.TransitionStorageClass = TransitionStorageClass;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UntagResourceResult$ = UntagResourceResult$;
    exports.UpdateAccessGrantsLocation$ = UpdateAccessGrantsLocation$;
    exports.UpdateAccessGrantsLocationCommand = UpdateAccessGrantsLocationCommand;
    exports.UpdateAccessGrantsLocationRequest$ = UpdateAccessGrantsLocationRequest$;
    exports.UpdateAccessGrantsLocationResult$ = UpdateAccessGrantsLocationResult$;
    exports.UpdateJobPriority$ = UpdateJobPriority$;
    exports.UpdateJobPriorityCommand = UpdateJobPriorityCommand;
    exports.UpdateJobPriorityRequest$ = UpdateJobPriorityRequest$;
    exports.UpdateJobPriorityResult$ = UpdateJobPriorityResult$;
    exports.UpdateJobStatus$ = UpdateJobStatus$;
    exports.UpdateJobStatusCommand = UpdateJobStatusCommand;
    exports.UpdateJobStatusRequest$ = UpdateJobStatusRequest$;
    exports.UpdateJobStatusResult$ = UpdateJobStatusResult$;
    exports.UpdateStorageLensGroup$ = UpdateStorageLensGroup$;
    exports.UpdateStorageLensGroupCommand = UpdateStorageLensGroupCommand;
    exports.UpdateStorageLensGroupRequest$ = UpdateStorageLensGroupRequest$;
    exports.VersioningConfiguration$ = VersioningConfiguration$;
    exports.VpcConfiguration$ = VpcConfiguration$;
    exports._Exclude$ = _Exclude$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateListAccessGrants = paginateListAccessGrants;
    exports.paginateListAccessGrantsInstances = paginateListAccessGrantsInstances;
    exports.paginateListAccessGrantsLocations = paginateListAccessGrantsLocations;
    exports.paginateListAccessPoints = paginateListAccessPoints;
    exports.paginateListAccessPointsForDirectoryBuckets = paginateListAccessPointsForDirectoryBuckets;
    exports.paginateListAccessPointsForObjectLambda = paginateListAccessPointsForObjectLambda;
    exports.paginateListCallerAccessGrants = paginateListCallerAccessGrants;
    exports.paginateListJobs = paginateListJobs;
    exports.paginateListMultiRegionAccessPoints = paginateListMultiRegionAccessPoints;
    exports.paginateListRegionalBuckets = paginateListRegionalBuckets;
    exports.paginateListStorageLensConfigurations = paginateListStorageLensConfigurations;
    exports.paginateListStorageLensGroups = paginateListStorageLensGroups;
  }
});

// commonjs-namespace:node_modules/@aws-sdk/client-s3-control/dist-cjs/index.js
var exported = require_dist_cjs4();
var dist_cjs_default = exported;
var named0 = exported["$Command"];
var named1 = exported["AbortIncompleteMultipartUpload$"];
var named2 = exported["AccessControlTranslation$"];
var named3 = exported["AccessGrantsLocationConfiguration$"];
var named4 = exported["AccessPoint$"];
var named5 = exported["AccountLevel$"];
var named6 = exported["ActivityMetrics$"];
var named7 = exported["AdvancedCostOptimizationMetrics$"];
var named8 = exported["AdvancedDataProtectionMetrics$"];
var named9 = exported["AdvancedPerformanceMetrics$"];
var named10 = exported["AssociateAccessGrantsIdentityCenter$"];
var named11 = exported["AssociateAccessGrantsIdentityCenterCommand"];
var named12 = exported["AssociateAccessGrantsIdentityCenterRequest$"];
var named13 = exported["AsyncErrorDetails$"];
var named14 = exported["AsyncOperation$"];
var named15 = exported["AsyncOperationName"];
var named16 = exported["AsyncRequestParameters$"];
var named17 = exported["AsyncResponseDetails$"];
var named18 = exported["AwsLambdaTransformation$"];
var named19 = exported["BadRequestException"];
var named20 = exported["BadRequestException$"];
var named21 = exported["BucketAlreadyExists"];
var named22 = exported["BucketAlreadyExists$"];
var named23 = exported["BucketAlreadyOwnedByYou"];
var named24 = exported["BucketAlreadyOwnedByYou$"];
var named25 = exported["BucketCannedACL"];
var named26 = exported["BucketLevel$"];
var named27 = exported["BucketLocationConstraint"];
var named28 = exported["BucketVersioningStatus"];
var named29 = exported["CloudWatchMetrics$"];
var named30 = exported["ComputeObjectChecksumAlgorithm"];
var named31 = exported["ComputeObjectChecksumType"];
var named32 = exported["CreateAccessGrant$"];
var named33 = exported["CreateAccessGrantCommand"];
var named34 = exported["CreateAccessGrantRequest$"];
var named35 = exported["CreateAccessGrantResult$"];
var named36 = exported["CreateAccessGrantsInstance$"];
var named37 = exported["CreateAccessGrantsInstanceCommand"];
var named38 = exported["CreateAccessGrantsInstanceRequest$"];
var named39 = exported["CreateAccessGrantsInstanceResult$"];
var named40 = exported["CreateAccessGrantsLocation$"];
var named41 = exported["CreateAccessGrantsLocationCommand"];
var named42 = exported["CreateAccessGrantsLocationRequest$"];
var named43 = exported["CreateAccessGrantsLocationResult$"];
var named44 = exported["CreateAccessPoint$"];
var named45 = exported["CreateAccessPointCommand"];
var named46 = exported["CreateAccessPointForObjectLambda$"];
var named47 = exported["CreateAccessPointForObjectLambdaCommand"];
var named48 = exported["CreateAccessPointForObjectLambdaRequest$"];
var named49 = exported["CreateAccessPointForObjectLambdaResult$"];
var named50 = exported["CreateAccessPointRequest$"];
var named51 = exported["CreateAccessPointResult$"];
var named52 = exported["CreateBucket$"];
var named53 = exported["CreateBucketCommand"];
var named54 = exported["CreateBucketConfiguration$"];
var named55 = exported["CreateBucketRequest$"];
var named56 = exported["CreateBucketResult$"];
var named57 = exported["CreateJob$"];
var named58 = exported["CreateJobCommand"];
var named59 = exported["CreateJobRequest$"];
var named60 = exported["CreateJobResult$"];
var named61 = exported["CreateMultiRegionAccessPoint$"];
var named62 = exported["CreateMultiRegionAccessPointCommand"];
var named63 = exported["CreateMultiRegionAccessPointInput$"];
var named64 = exported["CreateMultiRegionAccessPointRequest$"];
var named65 = exported["CreateMultiRegionAccessPointResult$"];
var named66 = exported["CreateStorageLensGroup$"];
var named67 = exported["CreateStorageLensGroupCommand"];
var named68 = exported["CreateStorageLensGroupRequest$"];
var named69 = exported["Credentials$"];
var named70 = exported["DSSEKMSFilter$"];
var named71 = exported["DeleteAccessGrant$"];
var named72 = exported["DeleteAccessGrantCommand"];
var named73 = exported["DeleteAccessGrantRequest$"];
var named74 = exported["DeleteAccessGrantsInstance$"];
var named75 = exported["DeleteAccessGrantsInstanceCommand"];
var named76 = exported["DeleteAccessGrantsInstanceRequest$"];
var named77 = exported["DeleteAccessGrantsInstanceResourcePolicy$"];
var named78 = exported["DeleteAccessGrantsInstanceResourcePolicyCommand"];
var named79 = exported["DeleteAccessGrantsInstanceResourcePolicyRequest$"];
var named80 = exported["DeleteAccessGrantsLocation$"];
var named81 = exported["DeleteAccessGrantsLocationCommand"];
var named82 = exported["DeleteAccessGrantsLocationRequest$"];
var named83 = exported["DeleteAccessPoint$"];
var named84 = exported["DeleteAccessPointCommand"];
var named85 = exported["DeleteAccessPointForObjectLambda$"];
var named86 = exported["DeleteAccessPointForObjectLambdaCommand"];
var named87 = exported["DeleteAccessPointForObjectLambdaRequest$"];
var named88 = exported["DeleteAccessPointPolicy$"];
var named89 = exported["DeleteAccessPointPolicyCommand"];
var named90 = exported["DeleteAccessPointPolicyForObjectLambda$"];
var named91 = exported["DeleteAccessPointPolicyForObjectLambdaCommand"];
var named92 = exported["DeleteAccessPointPolicyForObjectLambdaRequest$"];
var named93 = exported["DeleteAccessPointPolicyRequest$"];
var named94 = exported["DeleteAccessPointRequest$"];
var named95 = exported["DeleteAccessPointScope$"];
var named96 = exported["DeleteAccessPointScopeCommand"];
var named97 = exported["DeleteAccessPointScopeRequest$"];
var named98 = exported["DeleteBucket$"];
var named99 = exported["DeleteBucketCommand"];
var named100 = exported["DeleteBucketLifecycleConfiguration$"];
var named101 = exported["DeleteBucketLifecycleConfigurationCommand"];
var named102 = exported["DeleteBucketLifecycleConfigurationRequest$"];
var named103 = exported["DeleteBucketPolicy$"];
var named104 = exported["DeleteBucketPolicyCommand"];
var named105 = exported["DeleteBucketPolicyRequest$"];
var named106 = exported["DeleteBucketReplication$"];
var named107 = exported["DeleteBucketReplicationCommand"];
var named108 = exported["DeleteBucketReplicationRequest$"];
var named109 = exported["DeleteBucketRequest$"];
var named110 = exported["DeleteBucketTagging$"];
var named111 = exported["DeleteBucketTaggingCommand"];
var named112 = exported["DeleteBucketTaggingRequest$"];
var named113 = exported["DeleteJobTagging$"];
var named114 = exported["DeleteJobTaggingCommand"];
var named115 = exported["DeleteJobTaggingRequest$"];
var named116 = exported["DeleteJobTaggingResult$"];
var named117 = exported["DeleteMarkerReplication$"];
var named118 = exported["DeleteMarkerReplicationStatus"];
var named119 = exported["DeleteMultiRegionAccessPoint$"];
var named120 = exported["DeleteMultiRegionAccessPointCommand"];
var named121 = exported["DeleteMultiRegionAccessPointInput$"];
var named122 = exported["DeleteMultiRegionAccessPointRequest$"];
var named123 = exported["DeleteMultiRegionAccessPointResult$"];
var named124 = exported["DeletePublicAccessBlock$"];
var named125 = exported["DeletePublicAccessBlockCommand"];
var named126 = exported["DeletePublicAccessBlockRequest$"];
var named127 = exported["DeleteStorageLensConfiguration$"];
var named128 = exported["DeleteStorageLensConfigurationCommand"];
var named129 = exported["DeleteStorageLensConfigurationRequest$"];
var named130 = exported["DeleteStorageLensConfigurationTagging$"];
var named131 = exported["DeleteStorageLensConfigurationTaggingCommand"];
var named132 = exported["DeleteStorageLensConfigurationTaggingRequest$"];
var named133 = exported["DeleteStorageLensConfigurationTaggingResult$"];
var named134 = exported["DeleteStorageLensGroup$"];
var named135 = exported["DeleteStorageLensGroupCommand"];
var named136 = exported["DeleteStorageLensGroupRequest$"];
var named137 = exported["DescribeJob$"];
var named138 = exported["DescribeJobCommand"];
var named139 = exported["DescribeJobRequest$"];
var named140 = exported["DescribeJobResult$"];
var named141 = exported["DescribeMultiRegionAccessPointOperation$"];
var named142 = exported["DescribeMultiRegionAccessPointOperationCommand"];
var named143 = exported["DescribeMultiRegionAccessPointOperationRequest$"];
var named144 = exported["DescribeMultiRegionAccessPointOperationResult$"];
var named145 = exported["Destination$"];
var named146 = exported["DetailedStatusCodesMetrics$"];
var named147 = exported["DissociateAccessGrantsIdentityCenter$"];
var named148 = exported["DissociateAccessGrantsIdentityCenterCommand"];
var named149 = exported["DissociateAccessGrantsIdentityCenterRequest$"];
var named150 = exported["EncryptionConfiguration$"];
var named151 = exported["EstablishedMultiRegionAccessPointPolicy$"];
var named152 = exported["ExistingObjectReplication$"];
var named153 = exported["ExistingObjectReplicationStatus"];
var named154 = exported["ExpirationStatus"];
var named155 = exported["Format"];
var named156 = exported["GeneratedManifestEncryption$"];
var named157 = exported["GeneratedManifestFormat"];
var named158 = exported["GetAccessGrant$"];
var named159 = exported["GetAccessGrantCommand"];
var named160 = exported["GetAccessGrantRequest$"];
var named161 = exported["GetAccessGrantResult$"];
var named162 = exported["GetAccessGrantsInstance$"];
var named163 = exported["GetAccessGrantsInstanceCommand"];
var named164 = exported["GetAccessGrantsInstanceForPrefix$"];
var named165 = exported["GetAccessGrantsInstanceForPrefixCommand"];
var named166 = exported["GetAccessGrantsInstanceForPrefixRequest$"];
var named167 = exported["GetAccessGrantsInstanceForPrefixResult$"];
var named168 = exported["GetAccessGrantsInstanceRequest$"];
var named169 = exported["GetAccessGrantsInstanceResourcePolicy$"];
var named170 = exported["GetAccessGrantsInstanceResourcePolicyCommand"];
var named171 = exported["GetAccessGrantsInstanceResourcePolicyRequest$"];
var named172 = exported["GetAccessGrantsInstanceResourcePolicyResult$"];
var named173 = exported["GetAccessGrantsInstanceResult$"];
var named174 = exported["GetAccessGrantsLocation$"];
var named175 = exported["GetAccessGrantsLocationCommand"];
var named176 = exported["GetAccessGrantsLocationRequest$"];
var named177 = exported["GetAccessGrantsLocationResult$"];
var named178 = exported["GetAccessPoint$"];
var named179 = exported["GetAccessPointCommand"];
var named180 = exported["GetAccessPointConfigurationForObjectLambda$"];
var named181 = exported["GetAccessPointConfigurationForObjectLambdaCommand"];
var named182 = exported["GetAccessPointConfigurationForObjectLambdaRequest$"];
var named183 = exported["GetAccessPointConfigurationForObjectLambdaResult$"];
var named184 = exported["GetAccessPointForObjectLambda$"];
var named185 = exported["GetAccessPointForObjectLambdaCommand"];
var named186 = exported["GetAccessPointForObjectLambdaRequest$"];
var named187 = exported["GetAccessPointForObjectLambdaResult$"];
var named188 = exported["GetAccessPointPolicy$"];
var named189 = exported["GetAccessPointPolicyCommand"];
var named190 = exported["GetAccessPointPolicyForObjectLambda$"];
var named191 = exported["GetAccessPointPolicyForObjectLambdaCommand"];
var named192 = exported["GetAccessPointPolicyForObjectLambdaRequest$"];
var named193 = exported["GetAccessPointPolicyForObjectLambdaResult$"];
var named194 = exported["GetAccessPointPolicyRequest$"];
var named195 = exported["GetAccessPointPolicyResult$"];
var named196 = exported["GetAccessPointPolicyStatus$"];
var named197 = exported["GetAccessPointPolicyStatusCommand"];
var named198 = exported["GetAccessPointPolicyStatusForObjectLambda$"];
var named199 = exported["GetAccessPointPolicyStatusForObjectLambdaCommand"];
var named200 = exported["GetAccessPointPolicyStatusForObjectLambdaRequest$"];
var named201 = exported["GetAccessPointPolicyStatusForObjectLambdaResult$"];
var named202 = exported["GetAccessPointPolicyStatusRequest$"];
var named203 = exported["GetAccessPointPolicyStatusResult$"];
var named204 = exported["GetAccessPointRequest$"];
var named205 = exported["GetAccessPointResult$"];
var named206 = exported["GetAccessPointScope$"];
var named207 = exported["GetAccessPointScopeCommand"];
var named208 = exported["GetAccessPointScopeRequest$"];
var named209 = exported["GetAccessPointScopeResult$"];
var named210 = exported["GetBucket$"];
var named211 = exported["GetBucketCommand"];
var named212 = exported["GetBucketLifecycleConfiguration$"];
var named213 = exported["GetBucketLifecycleConfigurationCommand"];
var named214 = exported["GetBucketLifecycleConfigurationRequest$"];
var named215 = exported["GetBucketLifecycleConfigurationResult$"];
var named216 = exported["GetBucketPolicy$"];
var named217 = exported["GetBucketPolicyCommand"];
var named218 = exported["GetBucketPolicyRequest$"];
var named219 = exported["GetBucketPolicyResult$"];
var named220 = exported["GetBucketReplication$"];
var named221 = exported["GetBucketReplicationCommand"];
var named222 = exported["GetBucketReplicationRequest$"];
var named223 = exported["GetBucketReplicationResult$"];
var named224 = exported["GetBucketRequest$"];
var named225 = exported["GetBucketResult$"];
var named226 = exported["GetBucketTagging$"];
var named227 = exported["GetBucketTaggingCommand"];
var named228 = exported["GetBucketTaggingRequest$"];
var named229 = exported["GetBucketTaggingResult$"];
var named230 = exported["GetBucketVersioning$"];
var named231 = exported["GetBucketVersioningCommand"];
var named232 = exported["GetBucketVersioningRequest$"];
var named233 = exported["GetBucketVersioningResult$"];
var named234 = exported["GetDataAccess$"];
var named235 = exported["GetDataAccessCommand"];
var named236 = exported["GetDataAccessRequest$"];
var named237 = exported["GetDataAccessResult$"];
var named238 = exported["GetJobTagging$"];
var named239 = exported["GetJobTaggingCommand"];
var named240 = exported["GetJobTaggingRequest$"];
var named241 = exported["GetJobTaggingResult$"];
var named242 = exported["GetMultiRegionAccessPoint$"];
var named243 = exported["GetMultiRegionAccessPointCommand"];
var named244 = exported["GetMultiRegionAccessPointPolicy$"];
var named245 = exported["GetMultiRegionAccessPointPolicyCommand"];
var named246 = exported["GetMultiRegionAccessPointPolicyRequest$"];
var named247 = exported["GetMultiRegionAccessPointPolicyResult$"];
var named248 = exported["GetMultiRegionAccessPointPolicyStatus$"];
var named249 = exported["GetMultiRegionAccessPointPolicyStatusCommand"];
var named250 = exported["GetMultiRegionAccessPointPolicyStatusRequest$"];
var named251 = exported["GetMultiRegionAccessPointPolicyStatusResult$"];
var named252 = exported["GetMultiRegionAccessPointRequest$"];
var named253 = exported["GetMultiRegionAccessPointResult$"];
var named254 = exported["GetMultiRegionAccessPointRoutes$"];
var named255 = exported["GetMultiRegionAccessPointRoutesCommand"];
var named256 = exported["GetMultiRegionAccessPointRoutesRequest$"];
var named257 = exported["GetMultiRegionAccessPointRoutesResult$"];
var named258 = exported["GetPublicAccessBlock$"];
var named259 = exported["GetPublicAccessBlockCommand"];
var named260 = exported["GetPublicAccessBlockOutput$"];
var named261 = exported["GetPublicAccessBlockRequest$"];
var named262 = exported["GetStorageLensConfiguration$"];
var named263 = exported["GetStorageLensConfigurationCommand"];
var named264 = exported["GetStorageLensConfigurationRequest$"];
var named265 = exported["GetStorageLensConfigurationResult$"];
var named266 = exported["GetStorageLensConfigurationTagging$"];
var named267 = exported["GetStorageLensConfigurationTaggingCommand"];
var named268 = exported["GetStorageLensConfigurationTaggingRequest$"];
var named269 = exported["GetStorageLensConfigurationTaggingResult$"];
var named270 = exported["GetStorageLensGroup$"];
var named271 = exported["GetStorageLensGroupCommand"];
var named272 = exported["GetStorageLensGroupRequest$"];
var named273 = exported["GetStorageLensGroupResult$"];
var named274 = exported["Grantee$"];
var named275 = exported["GranteeType"];
var named276 = exported["IdempotencyException"];
var named277 = exported["IdempotencyException$"];
var named278 = exported["Include$"];
var named279 = exported["InternalServiceException"];
var named280 = exported["InternalServiceException$"];
var named281 = exported["InvalidNextTokenException"];
var named282 = exported["InvalidNextTokenException$"];
var named283 = exported["InvalidRequestException"];
var named284 = exported["InvalidRequestException$"];
var named285 = exported["JobDescriptor$"];
var named286 = exported["JobFailure$"];
var named287 = exported["JobListDescriptor$"];
var named288 = exported["JobManifest$"];
var named289 = exported["JobManifestFieldName"];
var named290 = exported["JobManifestFormat"];
var named291 = exported["JobManifestGenerator$"];
var named292 = exported["JobManifestGeneratorFilter$"];
var named293 = exported["JobManifestLocation$"];
var named294 = exported["JobManifestSpec$"];
var named295 = exported["JobOperation$"];
var named296 = exported["JobProgressSummary$"];
var named297 = exported["JobReport$"];
var named298 = exported["JobReportFormat"];
var named299 = exported["JobReportScope"];
var named300 = exported["JobStatus"];
var named301 = exported["JobStatusException"];
var named302 = exported["JobStatusException$"];
var named303 = exported["JobTimers$"];
var named304 = exported["KeyNameConstraint$"];
var named305 = exported["LambdaInvokeOperation$"];
var named306 = exported["LifecycleConfiguration$"];
var named307 = exported["LifecycleExpiration$"];
var named308 = exported["LifecycleRule$"];
var named309 = exported["LifecycleRuleAndOperator$"];
var named310 = exported["LifecycleRuleFilter$"];
var named311 = exported["ListAccessGrantEntry$"];
var named312 = exported["ListAccessGrants$"];
var named313 = exported["ListAccessGrantsCommand"];
var named314 = exported["ListAccessGrantsInstanceEntry$"];
var named315 = exported["ListAccessGrantsInstances$"];
var named316 = exported["ListAccessGrantsInstancesCommand"];
var named317 = exported["ListAccessGrantsInstancesRequest$"];
var named318 = exported["ListAccessGrantsInstancesResult$"];
var named319 = exported["ListAccessGrantsLocations$"];
var named320 = exported["ListAccessGrantsLocationsCommand"];
var named321 = exported["ListAccessGrantsLocationsEntry$"];
var named322 = exported["ListAccessGrantsLocationsRequest$"];
var named323 = exported["ListAccessGrantsLocationsResult$"];
var named324 = exported["ListAccessGrantsRequest$"];
var named325 = exported["ListAccessGrantsResult$"];
var named326 = exported["ListAccessPoints$"];
var named327 = exported["ListAccessPointsCommand"];
var named328 = exported["ListAccessPointsForDirectoryBuckets$"];
var named329 = exported["ListAccessPointsForDirectoryBucketsCommand"];
var named330 = exported["ListAccessPointsForDirectoryBucketsRequest$"];
var named331 = exported["ListAccessPointsForDirectoryBucketsResult$"];
var named332 = exported["ListAccessPointsForObjectLambda$"];
var named333 = exported["ListAccessPointsForObjectLambdaCommand"];
var named334 = exported["ListAccessPointsForObjectLambdaRequest$"];
var named335 = exported["ListAccessPointsForObjectLambdaResult$"];
var named336 = exported["ListAccessPointsRequest$"];
var named337 = exported["ListAccessPointsResult$"];
var named338 = exported["ListCallerAccessGrants$"];
var named339 = exported["ListCallerAccessGrantsCommand"];
var named340 = exported["ListCallerAccessGrantsEntry$"];
var named341 = exported["ListCallerAccessGrantsRequest$"];
var named342 = exported["ListCallerAccessGrantsResult$"];
var named343 = exported["ListJobs$"];
var named344 = exported["ListJobsCommand"];
var named345 = exported["ListJobsRequest$"];
var named346 = exported["ListJobsResult$"];
var named347 = exported["ListMultiRegionAccessPoints$"];
var named348 = exported["ListMultiRegionAccessPointsCommand"];
var named349 = exported["ListMultiRegionAccessPointsRequest$"];
var named350 = exported["ListMultiRegionAccessPointsResult$"];
var named351 = exported["ListRegionalBuckets$"];
var named352 = exported["ListRegionalBucketsCommand"];
var named353 = exported["ListRegionalBucketsRequest$"];
var named354 = exported["ListRegionalBucketsResult$"];
var named355 = exported["ListStorageLensConfigurationEntry$"];
var named356 = exported["ListStorageLensConfigurations$"];
var named357 = exported["ListStorageLensConfigurationsCommand"];
var named358 = exported["ListStorageLensConfigurationsRequest$"];
var named359 = exported["ListStorageLensConfigurationsResult$"];
var named360 = exported["ListStorageLensGroupEntry$"];
var named361 = exported["ListStorageLensGroups$"];
var named362 = exported["ListStorageLensGroupsCommand"];
var named363 = exported["ListStorageLensGroupsRequest$"];
var named364 = exported["ListStorageLensGroupsResult$"];
var named365 = exported["ListTagsForResource$"];
var named366 = exported["ListTagsForResourceCommand"];
var named367 = exported["ListTagsForResourceRequest$"];
var named368 = exported["ListTagsForResourceResult$"];
var named369 = exported["MFADelete"];
var named370 = exported["MFADeleteStatus"];
var named371 = exported["MatchObjectAge$"];
var named372 = exported["MatchObjectSize$"];
var named373 = exported["Metrics$"];
var named374 = exported["MetricsStatus"];
var named375 = exported["MultiRegionAccessPointPolicyDocument$"];
var named376 = exported["MultiRegionAccessPointRegionalResponse$"];
var named377 = exported["MultiRegionAccessPointReport$"];
var named378 = exported["MultiRegionAccessPointRoute$"];
var named379 = exported["MultiRegionAccessPointStatus"];
var named380 = exported["MultiRegionAccessPointsAsyncResponse$"];
var named381 = exported["NetworkOrigin"];
var named382 = exported["NoSuchPublicAccessBlockConfiguration"];
var named383 = exported["NoSuchPublicAccessBlockConfiguration$"];
var named384 = exported["NoncurrentVersionExpiration$"];
var named385 = exported["NoncurrentVersionTransition$"];
var named386 = exported["NotFoundException"];
var named387 = exported["NotFoundException$"];
var named388 = exported["NotSSEFilter$"];
var named389 = exported["ObjectEncryption$"];
var named390 = exported["ObjectEncryptionFilter$"];
var named391 = exported["ObjectLambdaAccessPoint$"];
var named392 = exported["ObjectLambdaAccessPointAlias$"];
var named393 = exported["ObjectLambdaAccessPointAliasStatus"];
var named394 = exported["ObjectLambdaAllowedFeature"];
var named395 = exported["ObjectLambdaConfiguration$"];
var named396 = exported["ObjectLambdaContentTransformation$"];
var named397 = exported["ObjectLambdaTransformationConfiguration$"];
var named398 = exported["ObjectLambdaTransformationConfigurationAction"];
var named399 = exported["OperationName"];
var named400 = exported["OutputSchemaVersion"];
var named401 = exported["OwnerOverride"];
var named402 = exported["Permission"];
var named403 = exported["PolicyStatus$"];
var named404 = exported["PrefixLevel$"];
var named405 = exported["PrefixLevelStorageMetrics$"];
var named406 = exported["Privilege"];
var named407 = exported["ProposedMultiRegionAccessPointPolicy$"];
var named408 = exported["PublicAccessBlockConfiguration$"];
var named409 = exported["PutAccessGrantsInstanceResourcePolicy$"];
var named410 = exported["PutAccessGrantsInstanceResourcePolicyCommand"];
var named411 = exported["PutAccessGrantsInstanceResourcePolicyRequest$"];
var named412 = exported["PutAccessGrantsInstanceResourcePolicyResult$"];
var named413 = exported["PutAccessPointConfigurationForObjectLambda$"];
var named414 = exported["PutAccessPointConfigurationForObjectLambdaCommand"];
var named415 = exported["PutAccessPointConfigurationForObjectLambdaRequest$"];
var named416 = exported["PutAccessPointPolicy$"];
var named417 = exported["PutAccessPointPolicyCommand"];
var named418 = exported["PutAccessPointPolicyForObjectLambda$"];
var named419 = exported["PutAccessPointPolicyForObjectLambdaCommand"];
var named420 = exported["PutAccessPointPolicyForObjectLambdaRequest$"];
var named421 = exported["PutAccessPointPolicyRequest$"];
var named422 = exported["PutAccessPointScope$"];
var named423 = exported["PutAccessPointScopeCommand"];
var named424 = exported["PutAccessPointScopeRequest$"];
var named425 = exported["PutBucketLifecycleConfiguration$"];
var named426 = exported["PutBucketLifecycleConfigurationCommand"];
var named427 = exported["PutBucketLifecycleConfigurationRequest$"];
var named428 = exported["PutBucketPolicy$"];
var named429 = exported["PutBucketPolicyCommand"];
var named430 = exported["PutBucketPolicyRequest$"];
var named431 = exported["PutBucketReplication$"];
var named432 = exported["PutBucketReplicationCommand"];
var named433 = exported["PutBucketReplicationRequest$"];
var named434 = exported["PutBucketTagging$"];
var named435 = exported["PutBucketTaggingCommand"];
var named436 = exported["PutBucketTaggingRequest$"];
var named437 = exported["PutBucketVersioning$"];
var named438 = exported["PutBucketVersioningCommand"];
var named439 = exported["PutBucketVersioningRequest$"];
var named440 = exported["PutJobTagging$"];
var named441 = exported["PutJobTaggingCommand"];
var named442 = exported["PutJobTaggingRequest$"];
var named443 = exported["PutJobTaggingResult$"];
var named444 = exported["PutMultiRegionAccessPointPolicy$"];
var named445 = exported["PutMultiRegionAccessPointPolicyCommand"];
var named446 = exported["PutMultiRegionAccessPointPolicyInput$"];
var named447 = exported["PutMultiRegionAccessPointPolicyRequest$"];
var named448 = exported["PutMultiRegionAccessPointPolicyResult$"];
var named449 = exported["PutPublicAccessBlock$"];
var named450 = exported["PutPublicAccessBlockCommand"];
var named451 = exported["PutPublicAccessBlockRequest$"];
var named452 = exported["PutStorageLensConfiguration$"];
var named453 = exported["PutStorageLensConfigurationCommand"];
var named454 = exported["PutStorageLensConfigurationRequest$"];
var named455 = exported["PutStorageLensConfigurationTagging$"];
var named456 = exported["PutStorageLensConfigurationTaggingCommand"];
var named457 = exported["PutStorageLensConfigurationTaggingRequest$"];
var named458 = exported["PutStorageLensConfigurationTaggingResult$"];
var named459 = exported["Region$"];
var named460 = exported["RegionReport$"];
var named461 = exported["RegionalBucket$"];
var named462 = exported["ReplicaModifications$"];
var named463 = exported["ReplicaModificationsStatus"];
var named464 = exported["ReplicationConfiguration$"];
var named465 = exported["ReplicationRule$"];
var named466 = exported["ReplicationRuleAndOperator$"];
var named467 = exported["ReplicationRuleFilter$"];
var named468 = exported["ReplicationRuleStatus"];
var named469 = exported["ReplicationStatus"];
var named470 = exported["ReplicationStorageClass"];
var named471 = exported["ReplicationTime$"];
var named472 = exported["ReplicationTimeStatus"];
var named473 = exported["ReplicationTimeValue$"];
var named474 = exported["RequestedJobStatus"];
var named475 = exported["S3AccessControlList$"];
var named476 = exported["S3AccessControlPolicy$"];
var named477 = exported["S3BucketDestination$"];
var named478 = exported["S3CannedAccessControlList"];
var named479 = exported["S3ChecksumAlgorithm"];
var named480 = exported["S3ComputeObjectChecksumOperation$"];
var named481 = exported["S3Control"];
var named482 = exported["S3ControlClient"];
var named483 = exported["S3ControlServiceException"];
var named484 = exported["S3ControlServiceException$"];
var named485 = exported["S3CopyObjectOperation$"];
var named486 = exported["S3DeleteObjectTaggingOperation$"];
var named487 = exported["S3GeneratedManifestDescriptor$"];
var named488 = exported["S3GlacierJobTier"];
var named489 = exported["S3Grant$"];
var named490 = exported["S3Grantee$"];
var named491 = exported["S3GranteeTypeIdentifier"];
var named492 = exported["S3InitiateRestoreObjectOperation$"];
var named493 = exported["S3JobManifestGenerator$"];
var named494 = exported["S3ManifestOutputLocation$"];
var named495 = exported["S3MetadataDirective"];
var named496 = exported["S3ObjectLockLegalHold$"];
var named497 = exported["S3ObjectLockLegalHoldStatus"];
var named498 = exported["S3ObjectLockMode"];
var named499 = exported["S3ObjectLockRetentionMode"];
var named500 = exported["S3ObjectMetadata$"];
var named501 = exported["S3ObjectOwner$"];
var named502 = exported["S3Permission"];
var named503 = exported["S3PrefixType"];
var named504 = exported["S3ReplicateObjectOperation$"];
var named505 = exported["S3Retention$"];
var named506 = exported["S3SSEAlgorithm"];
var named507 = exported["S3SetObjectAclOperation$"];
var named508 = exported["S3SetObjectLegalHoldOperation$"];
var named509 = exported["S3SetObjectRetentionOperation$"];
var named510 = exported["S3SetObjectTaggingOperation$"];
var named511 = exported["S3StorageClass"];
var named512 = exported["S3Tag$"];
var named513 = exported["S3UpdateObjectEncryptionOperation$"];
var named514 = exported["S3UpdateObjectEncryptionSSEKMS$"];
var named515 = exported["SSECFilter$"];
var named516 = exported["SSEKMS$"];
var named517 = exported["SSEKMSEncryption$"];
var named518 = exported["SSEKMSFilter$"];
var named519 = exported["SSES3$"];
var named520 = exported["SSES3Encryption$"];
var named521 = exported["SSES3Filter$"];
var named522 = exported["Scope$"];
var named523 = exported["ScopePermission"];
var named524 = exported["SelectionCriteria$"];
var named525 = exported["SourceSelectionCriteria$"];
var named526 = exported["SseKmsEncryptedObjects$"];
var named527 = exported["SseKmsEncryptedObjectsStatus"];
var named528 = exported["StorageLensAwsOrg$"];
var named529 = exported["StorageLensConfiguration$"];
var named530 = exported["StorageLensDataExport$"];
var named531 = exported["StorageLensDataExportEncryption$"];
var named532 = exported["StorageLensExpandedPrefixesDataExport$"];
var named533 = exported["StorageLensGroup$"];
var named534 = exported["StorageLensGroupAndOperator$"];
var named535 = exported["StorageLensGroupFilter$"];
var named536 = exported["StorageLensGroupLevel$"];
var named537 = exported["StorageLensGroupLevelSelectionCriteria$"];
var named538 = exported["StorageLensGroupOrOperator$"];
var named539 = exported["StorageLensTableDestination$"];
var named540 = exported["StorageLensTag$"];
var named541 = exported["SubmitMultiRegionAccessPointRoutes$"];
var named542 = exported["SubmitMultiRegionAccessPointRoutesCommand"];
var named543 = exported["SubmitMultiRegionAccessPointRoutesRequest$"];
var named544 = exported["SubmitMultiRegionAccessPointRoutesResult$"];
var named545 = exported["Tag$"];
var named546 = exported["TagResource$"];
var named547 = exported["TagResourceCommand"];
var named548 = exported["TagResourceRequest$"];
var named549 = exported["TagResourceResult$"];
var named550 = exported["Tagging$"];
var named551 = exported["TooManyRequestsException"];
var named552 = exported["TooManyRequestsException$"];
var named553 = exported["TooManyTagsException"];
var named554 = exported["TooManyTagsException$"];
var named555 = exported["Transition$"];
var named556 = exported["TransitionStorageClass"];
var named557 = exported["UntagResource$"];
var named558 = exported["UntagResourceCommand"];
var named559 = exported["UntagResourceRequest$"];
var named560 = exported["UntagResourceResult$"];
var named561 = exported["UpdateAccessGrantsLocation$"];
var named562 = exported["UpdateAccessGrantsLocationCommand"];
var named563 = exported["UpdateAccessGrantsLocationRequest$"];
var named564 = exported["UpdateAccessGrantsLocationResult$"];
var named565 = exported["UpdateJobPriority$"];
var named566 = exported["UpdateJobPriorityCommand"];
var named567 = exported["UpdateJobPriorityRequest$"];
var named568 = exported["UpdateJobPriorityResult$"];
var named569 = exported["UpdateJobStatus$"];
var named570 = exported["UpdateJobStatusCommand"];
var named571 = exported["UpdateJobStatusRequest$"];
var named572 = exported["UpdateJobStatusResult$"];
var named573 = exported["UpdateStorageLensGroup$"];
var named574 = exported["UpdateStorageLensGroupCommand"];
var named575 = exported["UpdateStorageLensGroupRequest$"];
var named576 = exported["VersioningConfiguration$"];
var named577 = exported["VpcConfiguration$"];
var named578 = exported["_Exclude$"];
var named579 = exported["__Client"];
var named580 = exported["errorTypeRegistries"];
var named581 = exported["paginateListAccessGrants"];
var named582 = exported["paginateListAccessGrantsInstances"];
var named583 = exported["paginateListAccessGrantsLocations"];
var named584 = exported["paginateListAccessPoints"];
var named585 = exported["paginateListAccessPointsForDirectoryBuckets"];
var named586 = exported["paginateListAccessPointsForObjectLambda"];
var named587 = exported["paginateListCallerAccessGrants"];
var named588 = exported["paginateListJobs"];
var named589 = exported["paginateListMultiRegionAccessPoints"];
var named590 = exported["paginateListRegionalBuckets"];
var named591 = exported["paginateListStorageLensConfigurations"];
var named592 = exported["paginateListStorageLensGroups"];
export {
  named0 as $Command,
  named1 as AbortIncompleteMultipartUpload$,
  named2 as AccessControlTranslation$,
  named3 as AccessGrantsLocationConfiguration$,
  named4 as AccessPoint$,
  named5 as AccountLevel$,
  named6 as ActivityMetrics$,
  named7 as AdvancedCostOptimizationMetrics$,
  named8 as AdvancedDataProtectionMetrics$,
  named9 as AdvancedPerformanceMetrics$,
  named10 as AssociateAccessGrantsIdentityCenter$,
  named11 as AssociateAccessGrantsIdentityCenterCommand,
  named12 as AssociateAccessGrantsIdentityCenterRequest$,
  named13 as AsyncErrorDetails$,
  named14 as AsyncOperation$,
  named15 as AsyncOperationName,
  named16 as AsyncRequestParameters$,
  named17 as AsyncResponseDetails$,
  named18 as AwsLambdaTransformation$,
  named19 as BadRequestException,
  named20 as BadRequestException$,
  named21 as BucketAlreadyExists,
  named22 as BucketAlreadyExists$,
  named23 as BucketAlreadyOwnedByYou,
  named24 as BucketAlreadyOwnedByYou$,
  named25 as BucketCannedACL,
  named26 as BucketLevel$,
  named27 as BucketLocationConstraint,
  named28 as BucketVersioningStatus,
  named29 as CloudWatchMetrics$,
  named30 as ComputeObjectChecksumAlgorithm,
  named31 as ComputeObjectChecksumType,
  named32 as CreateAccessGrant$,
  named33 as CreateAccessGrantCommand,
  named34 as CreateAccessGrantRequest$,
  named35 as CreateAccessGrantResult$,
  named36 as CreateAccessGrantsInstance$,
  named37 as CreateAccessGrantsInstanceCommand,
  named38 as CreateAccessGrantsInstanceRequest$,
  named39 as CreateAccessGrantsInstanceResult$,
  named40 as CreateAccessGrantsLocation$,
  named41 as CreateAccessGrantsLocationCommand,
  named42 as CreateAccessGrantsLocationRequest$,
  named43 as CreateAccessGrantsLocationResult$,
  named44 as CreateAccessPoint$,
  named45 as CreateAccessPointCommand,
  named46 as CreateAccessPointForObjectLambda$,
  named47 as CreateAccessPointForObjectLambdaCommand,
  named48 as CreateAccessPointForObjectLambdaRequest$,
  named49 as CreateAccessPointForObjectLambdaResult$,
  named50 as CreateAccessPointRequest$,
  named51 as CreateAccessPointResult$,
  named52 as CreateBucket$,
  named53 as CreateBucketCommand,
  named54 as CreateBucketConfiguration$,
  named55 as CreateBucketRequest$,
  named56 as CreateBucketResult$,
  named57 as CreateJob$,
  named58 as CreateJobCommand,
  named59 as CreateJobRequest$,
  named60 as CreateJobResult$,
  named61 as CreateMultiRegionAccessPoint$,
  named62 as CreateMultiRegionAccessPointCommand,
  named63 as CreateMultiRegionAccessPointInput$,
  named64 as CreateMultiRegionAccessPointRequest$,
  named65 as CreateMultiRegionAccessPointResult$,
  named66 as CreateStorageLensGroup$,
  named67 as CreateStorageLensGroupCommand,
  named68 as CreateStorageLensGroupRequest$,
  named69 as Credentials$,
  named70 as DSSEKMSFilter$,
  named71 as DeleteAccessGrant$,
  named72 as DeleteAccessGrantCommand,
  named73 as DeleteAccessGrantRequest$,
  named74 as DeleteAccessGrantsInstance$,
  named75 as DeleteAccessGrantsInstanceCommand,
  named76 as DeleteAccessGrantsInstanceRequest$,
  named77 as DeleteAccessGrantsInstanceResourcePolicy$,
  named78 as DeleteAccessGrantsInstanceResourcePolicyCommand,
  named79 as DeleteAccessGrantsInstanceResourcePolicyRequest$,
  named80 as DeleteAccessGrantsLocation$,
  named81 as DeleteAccessGrantsLocationCommand,
  named82 as DeleteAccessGrantsLocationRequest$,
  named83 as DeleteAccessPoint$,
  named84 as DeleteAccessPointCommand,
  named85 as DeleteAccessPointForObjectLambda$,
  named86 as DeleteAccessPointForObjectLambdaCommand,
  named87 as DeleteAccessPointForObjectLambdaRequest$,
  named88 as DeleteAccessPointPolicy$,
  named89 as DeleteAccessPointPolicyCommand,
  named90 as DeleteAccessPointPolicyForObjectLambda$,
  named91 as DeleteAccessPointPolicyForObjectLambdaCommand,
  named92 as DeleteAccessPointPolicyForObjectLambdaRequest$,
  named93 as DeleteAccessPointPolicyRequest$,
  named94 as DeleteAccessPointRequest$,
  named95 as DeleteAccessPointScope$,
  named96 as DeleteAccessPointScopeCommand,
  named97 as DeleteAccessPointScopeRequest$,
  named98 as DeleteBucket$,
  named99 as DeleteBucketCommand,
  named100 as DeleteBucketLifecycleConfiguration$,
  named101 as DeleteBucketLifecycleConfigurationCommand,
  named102 as DeleteBucketLifecycleConfigurationRequest$,
  named103 as DeleteBucketPolicy$,
  named104 as DeleteBucketPolicyCommand,
  named105 as DeleteBucketPolicyRequest$,
  named106 as DeleteBucketReplication$,
  named107 as DeleteBucketReplicationCommand,
  named108 as DeleteBucketReplicationRequest$,
  named109 as DeleteBucketRequest$,
  named110 as DeleteBucketTagging$,
  named111 as DeleteBucketTaggingCommand,
  named112 as DeleteBucketTaggingRequest$,
  named113 as DeleteJobTagging$,
  named114 as DeleteJobTaggingCommand,
  named115 as DeleteJobTaggingRequest$,
  named116 as DeleteJobTaggingResult$,
  named117 as DeleteMarkerReplication$,
  named118 as DeleteMarkerReplicationStatus,
  named119 as DeleteMultiRegionAccessPoint$,
  named120 as DeleteMultiRegionAccessPointCommand,
  named121 as DeleteMultiRegionAccessPointInput$,
  named122 as DeleteMultiRegionAccessPointRequest$,
  named123 as DeleteMultiRegionAccessPointResult$,
  named124 as DeletePublicAccessBlock$,
  named125 as DeletePublicAccessBlockCommand,
  named126 as DeletePublicAccessBlockRequest$,
  named127 as DeleteStorageLensConfiguration$,
  named128 as DeleteStorageLensConfigurationCommand,
  named129 as DeleteStorageLensConfigurationRequest$,
  named130 as DeleteStorageLensConfigurationTagging$,
  named131 as DeleteStorageLensConfigurationTaggingCommand,
  named132 as DeleteStorageLensConfigurationTaggingRequest$,
  named133 as DeleteStorageLensConfigurationTaggingResult$,
  named134 as DeleteStorageLensGroup$,
  named135 as DeleteStorageLensGroupCommand,
  named136 as DeleteStorageLensGroupRequest$,
  named137 as DescribeJob$,
  named138 as DescribeJobCommand,
  named139 as DescribeJobRequest$,
  named140 as DescribeJobResult$,
  named141 as DescribeMultiRegionAccessPointOperation$,
  named142 as DescribeMultiRegionAccessPointOperationCommand,
  named143 as DescribeMultiRegionAccessPointOperationRequest$,
  named144 as DescribeMultiRegionAccessPointOperationResult$,
  named145 as Destination$,
  named146 as DetailedStatusCodesMetrics$,
  named147 as DissociateAccessGrantsIdentityCenter$,
  named148 as DissociateAccessGrantsIdentityCenterCommand,
  named149 as DissociateAccessGrantsIdentityCenterRequest$,
  named150 as EncryptionConfiguration$,
  named151 as EstablishedMultiRegionAccessPointPolicy$,
  named152 as ExistingObjectReplication$,
  named153 as ExistingObjectReplicationStatus,
  named154 as ExpirationStatus,
  named155 as Format,
  named156 as GeneratedManifestEncryption$,
  named157 as GeneratedManifestFormat,
  named158 as GetAccessGrant$,
  named159 as GetAccessGrantCommand,
  named160 as GetAccessGrantRequest$,
  named161 as GetAccessGrantResult$,
  named162 as GetAccessGrantsInstance$,
  named163 as GetAccessGrantsInstanceCommand,
  named164 as GetAccessGrantsInstanceForPrefix$,
  named165 as GetAccessGrantsInstanceForPrefixCommand,
  named166 as GetAccessGrantsInstanceForPrefixRequest$,
  named167 as GetAccessGrantsInstanceForPrefixResult$,
  named168 as GetAccessGrantsInstanceRequest$,
  named169 as GetAccessGrantsInstanceResourcePolicy$,
  named170 as GetAccessGrantsInstanceResourcePolicyCommand,
  named171 as GetAccessGrantsInstanceResourcePolicyRequest$,
  named172 as GetAccessGrantsInstanceResourcePolicyResult$,
  named173 as GetAccessGrantsInstanceResult$,
  named174 as GetAccessGrantsLocation$,
  named175 as GetAccessGrantsLocationCommand,
  named176 as GetAccessGrantsLocationRequest$,
  named177 as GetAccessGrantsLocationResult$,
  named178 as GetAccessPoint$,
  named179 as GetAccessPointCommand,
  named180 as GetAccessPointConfigurationForObjectLambda$,
  named181 as GetAccessPointConfigurationForObjectLambdaCommand,
  named182 as GetAccessPointConfigurationForObjectLambdaRequest$,
  named183 as GetAccessPointConfigurationForObjectLambdaResult$,
  named184 as GetAccessPointForObjectLambda$,
  named185 as GetAccessPointForObjectLambdaCommand,
  named186 as GetAccessPointForObjectLambdaRequest$,
  named187 as GetAccessPointForObjectLambdaResult$,
  named188 as GetAccessPointPolicy$,
  named189 as GetAccessPointPolicyCommand,
  named190 as GetAccessPointPolicyForObjectLambda$,
  named191 as GetAccessPointPolicyForObjectLambdaCommand,
  named192 as GetAccessPointPolicyForObjectLambdaRequest$,
  named193 as GetAccessPointPolicyForObjectLambdaResult$,
  named194 as GetAccessPointPolicyRequest$,
  named195 as GetAccessPointPolicyResult$,
  named196 as GetAccessPointPolicyStatus$,
  named197 as GetAccessPointPolicyStatusCommand,
  named198 as GetAccessPointPolicyStatusForObjectLambda$,
  named199 as GetAccessPointPolicyStatusForObjectLambdaCommand,
  named200 as GetAccessPointPolicyStatusForObjectLambdaRequest$,
  named201 as GetAccessPointPolicyStatusForObjectLambdaResult$,
  named202 as GetAccessPointPolicyStatusRequest$,
  named203 as GetAccessPointPolicyStatusResult$,
  named204 as GetAccessPointRequest$,
  named205 as GetAccessPointResult$,
  named206 as GetAccessPointScope$,
  named207 as GetAccessPointScopeCommand,
  named208 as GetAccessPointScopeRequest$,
  named209 as GetAccessPointScopeResult$,
  named210 as GetBucket$,
  named211 as GetBucketCommand,
  named212 as GetBucketLifecycleConfiguration$,
  named213 as GetBucketLifecycleConfigurationCommand,
  named214 as GetBucketLifecycleConfigurationRequest$,
  named215 as GetBucketLifecycleConfigurationResult$,
  named216 as GetBucketPolicy$,
  named217 as GetBucketPolicyCommand,
  named218 as GetBucketPolicyRequest$,
  named219 as GetBucketPolicyResult$,
  named220 as GetBucketReplication$,
  named221 as GetBucketReplicationCommand,
  named222 as GetBucketReplicationRequest$,
  named223 as GetBucketReplicationResult$,
  named224 as GetBucketRequest$,
  named225 as GetBucketResult$,
  named226 as GetBucketTagging$,
  named227 as GetBucketTaggingCommand,
  named228 as GetBucketTaggingRequest$,
  named229 as GetBucketTaggingResult$,
  named230 as GetBucketVersioning$,
  named231 as GetBucketVersioningCommand,
  named232 as GetBucketVersioningRequest$,
  named233 as GetBucketVersioningResult$,
  named234 as GetDataAccess$,
  named235 as GetDataAccessCommand,
  named236 as GetDataAccessRequest$,
  named237 as GetDataAccessResult$,
  named238 as GetJobTagging$,
  named239 as GetJobTaggingCommand,
  named240 as GetJobTaggingRequest$,
  named241 as GetJobTaggingResult$,
  named242 as GetMultiRegionAccessPoint$,
  named243 as GetMultiRegionAccessPointCommand,
  named244 as GetMultiRegionAccessPointPolicy$,
  named245 as GetMultiRegionAccessPointPolicyCommand,
  named246 as GetMultiRegionAccessPointPolicyRequest$,
  named247 as GetMultiRegionAccessPointPolicyResult$,
  named248 as GetMultiRegionAccessPointPolicyStatus$,
  named249 as GetMultiRegionAccessPointPolicyStatusCommand,
  named250 as GetMultiRegionAccessPointPolicyStatusRequest$,
  named251 as GetMultiRegionAccessPointPolicyStatusResult$,
  named252 as GetMultiRegionAccessPointRequest$,
  named253 as GetMultiRegionAccessPointResult$,
  named254 as GetMultiRegionAccessPointRoutes$,
  named255 as GetMultiRegionAccessPointRoutesCommand,
  named256 as GetMultiRegionAccessPointRoutesRequest$,
  named257 as GetMultiRegionAccessPointRoutesResult$,
  named258 as GetPublicAccessBlock$,
  named259 as GetPublicAccessBlockCommand,
  named260 as GetPublicAccessBlockOutput$,
  named261 as GetPublicAccessBlockRequest$,
  named262 as GetStorageLensConfiguration$,
  named263 as GetStorageLensConfigurationCommand,
  named264 as GetStorageLensConfigurationRequest$,
  named265 as GetStorageLensConfigurationResult$,
  named266 as GetStorageLensConfigurationTagging$,
  named267 as GetStorageLensConfigurationTaggingCommand,
  named268 as GetStorageLensConfigurationTaggingRequest$,
  named269 as GetStorageLensConfigurationTaggingResult$,
  named270 as GetStorageLensGroup$,
  named271 as GetStorageLensGroupCommand,
  named272 as GetStorageLensGroupRequest$,
  named273 as GetStorageLensGroupResult$,
  named274 as Grantee$,
  named275 as GranteeType,
  named276 as IdempotencyException,
  named277 as IdempotencyException$,
  named278 as Include$,
  named279 as InternalServiceException,
  named280 as InternalServiceException$,
  named281 as InvalidNextTokenException,
  named282 as InvalidNextTokenException$,
  named283 as InvalidRequestException,
  named284 as InvalidRequestException$,
  named285 as JobDescriptor$,
  named286 as JobFailure$,
  named287 as JobListDescriptor$,
  named288 as JobManifest$,
  named289 as JobManifestFieldName,
  named290 as JobManifestFormat,
  named291 as JobManifestGenerator$,
  named292 as JobManifestGeneratorFilter$,
  named293 as JobManifestLocation$,
  named294 as JobManifestSpec$,
  named295 as JobOperation$,
  named296 as JobProgressSummary$,
  named297 as JobReport$,
  named298 as JobReportFormat,
  named299 as JobReportScope,
  named300 as JobStatus,
  named301 as JobStatusException,
  named302 as JobStatusException$,
  named303 as JobTimers$,
  named304 as KeyNameConstraint$,
  named305 as LambdaInvokeOperation$,
  named306 as LifecycleConfiguration$,
  named307 as LifecycleExpiration$,
  named308 as LifecycleRule$,
  named309 as LifecycleRuleAndOperator$,
  named310 as LifecycleRuleFilter$,
  named311 as ListAccessGrantEntry$,
  named312 as ListAccessGrants$,
  named313 as ListAccessGrantsCommand,
  named314 as ListAccessGrantsInstanceEntry$,
  named315 as ListAccessGrantsInstances$,
  named316 as ListAccessGrantsInstancesCommand,
  named317 as ListAccessGrantsInstancesRequest$,
  named318 as ListAccessGrantsInstancesResult$,
  named319 as ListAccessGrantsLocations$,
  named320 as ListAccessGrantsLocationsCommand,
  named321 as ListAccessGrantsLocationsEntry$,
  named322 as ListAccessGrantsLocationsRequest$,
  named323 as ListAccessGrantsLocationsResult$,
  named324 as ListAccessGrantsRequest$,
  named325 as ListAccessGrantsResult$,
  named326 as ListAccessPoints$,
  named327 as ListAccessPointsCommand,
  named328 as ListAccessPointsForDirectoryBuckets$,
  named329 as ListAccessPointsForDirectoryBucketsCommand,
  named330 as ListAccessPointsForDirectoryBucketsRequest$,
  named331 as ListAccessPointsForDirectoryBucketsResult$,
  named332 as ListAccessPointsForObjectLambda$,
  named333 as ListAccessPointsForObjectLambdaCommand,
  named334 as ListAccessPointsForObjectLambdaRequest$,
  named335 as ListAccessPointsForObjectLambdaResult$,
  named336 as ListAccessPointsRequest$,
  named337 as ListAccessPointsResult$,
  named338 as ListCallerAccessGrants$,
  named339 as ListCallerAccessGrantsCommand,
  named340 as ListCallerAccessGrantsEntry$,
  named341 as ListCallerAccessGrantsRequest$,
  named342 as ListCallerAccessGrantsResult$,
  named343 as ListJobs$,
  named344 as ListJobsCommand,
  named345 as ListJobsRequest$,
  named346 as ListJobsResult$,
  named347 as ListMultiRegionAccessPoints$,
  named348 as ListMultiRegionAccessPointsCommand,
  named349 as ListMultiRegionAccessPointsRequest$,
  named350 as ListMultiRegionAccessPointsResult$,
  named351 as ListRegionalBuckets$,
  named352 as ListRegionalBucketsCommand,
  named353 as ListRegionalBucketsRequest$,
  named354 as ListRegionalBucketsResult$,
  named355 as ListStorageLensConfigurationEntry$,
  named356 as ListStorageLensConfigurations$,
  named357 as ListStorageLensConfigurationsCommand,
  named358 as ListStorageLensConfigurationsRequest$,
  named359 as ListStorageLensConfigurationsResult$,
  named360 as ListStorageLensGroupEntry$,
  named361 as ListStorageLensGroups$,
  named362 as ListStorageLensGroupsCommand,
  named363 as ListStorageLensGroupsRequest$,
  named364 as ListStorageLensGroupsResult$,
  named365 as ListTagsForResource$,
  named366 as ListTagsForResourceCommand,
  named367 as ListTagsForResourceRequest$,
  named368 as ListTagsForResourceResult$,
  named369 as MFADelete,
  named370 as MFADeleteStatus,
  named371 as MatchObjectAge$,
  named372 as MatchObjectSize$,
  named373 as Metrics$,
  named374 as MetricsStatus,
  named375 as MultiRegionAccessPointPolicyDocument$,
  named376 as MultiRegionAccessPointRegionalResponse$,
  named377 as MultiRegionAccessPointReport$,
  named378 as MultiRegionAccessPointRoute$,
  named379 as MultiRegionAccessPointStatus,
  named380 as MultiRegionAccessPointsAsyncResponse$,
  named381 as NetworkOrigin,
  named382 as NoSuchPublicAccessBlockConfiguration,
  named383 as NoSuchPublicAccessBlockConfiguration$,
  named384 as NoncurrentVersionExpiration$,
  named385 as NoncurrentVersionTransition$,
  named386 as NotFoundException,
  named387 as NotFoundException$,
  named388 as NotSSEFilter$,
  named389 as ObjectEncryption$,
  named390 as ObjectEncryptionFilter$,
  named391 as ObjectLambdaAccessPoint$,
  named392 as ObjectLambdaAccessPointAlias$,
  named393 as ObjectLambdaAccessPointAliasStatus,
  named394 as ObjectLambdaAllowedFeature,
  named395 as ObjectLambdaConfiguration$,
  named396 as ObjectLambdaContentTransformation$,
  named397 as ObjectLambdaTransformationConfiguration$,
  named398 as ObjectLambdaTransformationConfigurationAction,
  named399 as OperationName,
  named400 as OutputSchemaVersion,
  named401 as OwnerOverride,
  named402 as Permission,
  named403 as PolicyStatus$,
  named404 as PrefixLevel$,
  named405 as PrefixLevelStorageMetrics$,
  named406 as Privilege,
  named407 as ProposedMultiRegionAccessPointPolicy$,
  named408 as PublicAccessBlockConfiguration$,
  named409 as PutAccessGrantsInstanceResourcePolicy$,
  named410 as PutAccessGrantsInstanceResourcePolicyCommand,
  named411 as PutAccessGrantsInstanceResourcePolicyRequest$,
  named412 as PutAccessGrantsInstanceResourcePolicyResult$,
  named413 as PutAccessPointConfigurationForObjectLambda$,
  named414 as PutAccessPointConfigurationForObjectLambdaCommand,
  named415 as PutAccessPointConfigurationForObjectLambdaRequest$,
  named416 as PutAccessPointPolicy$,
  named417 as PutAccessPointPolicyCommand,
  named418 as PutAccessPointPolicyForObjectLambda$,
  named419 as PutAccessPointPolicyForObjectLambdaCommand,
  named420 as PutAccessPointPolicyForObjectLambdaRequest$,
  named421 as PutAccessPointPolicyRequest$,
  named422 as PutAccessPointScope$,
  named423 as PutAccessPointScopeCommand,
  named424 as PutAccessPointScopeRequest$,
  named425 as PutBucketLifecycleConfiguration$,
  named426 as PutBucketLifecycleConfigurationCommand,
  named427 as PutBucketLifecycleConfigurationRequest$,
  named428 as PutBucketPolicy$,
  named429 as PutBucketPolicyCommand,
  named430 as PutBucketPolicyRequest$,
  named431 as PutBucketReplication$,
  named432 as PutBucketReplicationCommand,
  named433 as PutBucketReplicationRequest$,
  named434 as PutBucketTagging$,
  named435 as PutBucketTaggingCommand,
  named436 as PutBucketTaggingRequest$,
  named437 as PutBucketVersioning$,
  named438 as PutBucketVersioningCommand,
  named439 as PutBucketVersioningRequest$,
  named440 as PutJobTagging$,
  named441 as PutJobTaggingCommand,
  named442 as PutJobTaggingRequest$,
  named443 as PutJobTaggingResult$,
  named444 as PutMultiRegionAccessPointPolicy$,
  named445 as PutMultiRegionAccessPointPolicyCommand,
  named446 as PutMultiRegionAccessPointPolicyInput$,
  named447 as PutMultiRegionAccessPointPolicyRequest$,
  named448 as PutMultiRegionAccessPointPolicyResult$,
  named449 as PutPublicAccessBlock$,
  named450 as PutPublicAccessBlockCommand,
  named451 as PutPublicAccessBlockRequest$,
  named452 as PutStorageLensConfiguration$,
  named453 as PutStorageLensConfigurationCommand,
  named454 as PutStorageLensConfigurationRequest$,
  named455 as PutStorageLensConfigurationTagging$,
  named456 as PutStorageLensConfigurationTaggingCommand,
  named457 as PutStorageLensConfigurationTaggingRequest$,
  named458 as PutStorageLensConfigurationTaggingResult$,
  named459 as Region$,
  named460 as RegionReport$,
  named461 as RegionalBucket$,
  named462 as ReplicaModifications$,
  named463 as ReplicaModificationsStatus,
  named464 as ReplicationConfiguration$,
  named465 as ReplicationRule$,
  named466 as ReplicationRuleAndOperator$,
  named467 as ReplicationRuleFilter$,
  named468 as ReplicationRuleStatus,
  named469 as ReplicationStatus,
  named470 as ReplicationStorageClass,
  named471 as ReplicationTime$,
  named472 as ReplicationTimeStatus,
  named473 as ReplicationTimeValue$,
  named474 as RequestedJobStatus,
  named475 as S3AccessControlList$,
  named476 as S3AccessControlPolicy$,
  named477 as S3BucketDestination$,
  named478 as S3CannedAccessControlList,
  named479 as S3ChecksumAlgorithm,
  named480 as S3ComputeObjectChecksumOperation$,
  named481 as S3Control,
  named482 as S3ControlClient,
  named483 as S3ControlServiceException,
  named484 as S3ControlServiceException$,
  named485 as S3CopyObjectOperation$,
  named486 as S3DeleteObjectTaggingOperation$,
  named487 as S3GeneratedManifestDescriptor$,
  named488 as S3GlacierJobTier,
  named489 as S3Grant$,
  named490 as S3Grantee$,
  named491 as S3GranteeTypeIdentifier,
  named492 as S3InitiateRestoreObjectOperation$,
  named493 as S3JobManifestGenerator$,
  named494 as S3ManifestOutputLocation$,
  named495 as S3MetadataDirective,
  named496 as S3ObjectLockLegalHold$,
  named497 as S3ObjectLockLegalHoldStatus,
  named498 as S3ObjectLockMode,
  named499 as S3ObjectLockRetentionMode,
  named500 as S3ObjectMetadata$,
  named501 as S3ObjectOwner$,
  named502 as S3Permission,
  named503 as S3PrefixType,
  named504 as S3ReplicateObjectOperation$,
  named505 as S3Retention$,
  named506 as S3SSEAlgorithm,
  named507 as S3SetObjectAclOperation$,
  named508 as S3SetObjectLegalHoldOperation$,
  named509 as S3SetObjectRetentionOperation$,
  named510 as S3SetObjectTaggingOperation$,
  named511 as S3StorageClass,
  named512 as S3Tag$,
  named513 as S3UpdateObjectEncryptionOperation$,
  named514 as S3UpdateObjectEncryptionSSEKMS$,
  named515 as SSECFilter$,
  named516 as SSEKMS$,
  named517 as SSEKMSEncryption$,
  named518 as SSEKMSFilter$,
  named519 as SSES3$,
  named520 as SSES3Encryption$,
  named521 as SSES3Filter$,
  named522 as Scope$,
  named523 as ScopePermission,
  named524 as SelectionCriteria$,
  named525 as SourceSelectionCriteria$,
  named526 as SseKmsEncryptedObjects$,
  named527 as SseKmsEncryptedObjectsStatus,
  named528 as StorageLensAwsOrg$,
  named529 as StorageLensConfiguration$,
  named530 as StorageLensDataExport$,
  named531 as StorageLensDataExportEncryption$,
  named532 as StorageLensExpandedPrefixesDataExport$,
  named533 as StorageLensGroup$,
  named534 as StorageLensGroupAndOperator$,
  named535 as StorageLensGroupFilter$,
  named536 as StorageLensGroupLevel$,
  named537 as StorageLensGroupLevelSelectionCriteria$,
  named538 as StorageLensGroupOrOperator$,
  named539 as StorageLensTableDestination$,
  named540 as StorageLensTag$,
  named541 as SubmitMultiRegionAccessPointRoutes$,
  named542 as SubmitMultiRegionAccessPointRoutesCommand,
  named543 as SubmitMultiRegionAccessPointRoutesRequest$,
  named544 as SubmitMultiRegionAccessPointRoutesResult$,
  named545 as Tag$,
  named546 as TagResource$,
  named547 as TagResourceCommand,
  named548 as TagResourceRequest$,
  named549 as TagResourceResult$,
  named550 as Tagging$,
  named551 as TooManyRequestsException,
  named552 as TooManyRequestsException$,
  named553 as TooManyTagsException,
  named554 as TooManyTagsException$,
  named555 as Transition$,
  named556 as TransitionStorageClass,
  named557 as UntagResource$,
  named558 as UntagResourceCommand,
  named559 as UntagResourceRequest$,
  named560 as UntagResourceResult$,
  named561 as UpdateAccessGrantsLocation$,
  named562 as UpdateAccessGrantsLocationCommand,
  named563 as UpdateAccessGrantsLocationRequest$,
  named564 as UpdateAccessGrantsLocationResult$,
  named565 as UpdateJobPriority$,
  named566 as UpdateJobPriorityCommand,
  named567 as UpdateJobPriorityRequest$,
  named568 as UpdateJobPriorityResult$,
  named569 as UpdateJobStatus$,
  named570 as UpdateJobStatusCommand,
  named571 as UpdateJobStatusRequest$,
  named572 as UpdateJobStatusResult$,
  named573 as UpdateStorageLensGroup$,
  named574 as UpdateStorageLensGroupCommand,
  named575 as UpdateStorageLensGroupRequest$,
  named576 as VersioningConfiguration$,
  named577 as VpcConfiguration$,
  named578 as _Exclude$,
  named579 as __Client,
  dist_cjs_default as default,
  named580 as errorTypeRegistries,
  named581 as paginateListAccessGrants,
  named582 as paginateListAccessGrantsInstances,
  named583 as paginateListAccessGrantsLocations,
  named584 as paginateListAccessPoints,
  named585 as paginateListAccessPointsForDirectoryBuckets,
  named586 as paginateListAccessPointsForObjectLambda,
  named587 as paginateListCallerAccessGrants,
  named588 as paginateListJobs,
  named589 as paginateListMultiRegionAccessPoints,
  named590 as paginateListRegionalBuckets,
  named591 as paginateListStorageLensConfigurations,
  named592 as paginateListStorageLensGroups
};
