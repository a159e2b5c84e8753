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
  init_schema,
  schema_exports
} from "./chunk-5BGUTQJE.js";
import {
  __commonJS,
  __toCommonJS
} from "./chunk-VKFPFGRN.js";

// node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-organizations/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException: ServiceException$1, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
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
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsJson1_1Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultOrganizationsHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
          name: "organizations",
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
    var defaultOrganizationsHttpAuthSchemeProvider = (authParameters) => {
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
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "organizations"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1174.0";
    var packageInfo = {
      version
    };
    var l = "ref";
    var m = "authSchemes";
    var n = "signingRegion";
    var a = -1;
    var b = true;
    var c = "isSet";
    var d = "PartitionResult";
    var e = "booleanEquals";
    var f = "getAttr";
    var g = { [l]: "Endpoint" };
    var h = { [l]: d };
    var i = { [m]: [{ "name": "sigv4", [n]: "us-gov-west-1" }] };
    var j = { [m]: [{ "name": "sigv4", [n]: "{PartitionResult#implicitGlobalRegion}" }] };
    var k = [{ [l]: "Region" }];
    var _data = {
      conditions: [
        [c, [g]],
        [c, k],
        ["aws.partition", k, d],
        [e, [{ [l]: "UseFIPS" }, b]],
        [e, [{ [l]: "UseDualStack" }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, {}],
        ["https://organizations.us-gov-west-1.amazonaws.com", i],
        ["https://organizations.us-gov-west-1.api.aws", i],
        ["https://organizations-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", j],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://organizations-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", j],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://organizations.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", j],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://organizations.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", j],
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
      14,
      3,
      1,
      4,
      r + 13,
      2,
      5,
      r + 13,
      3,
      8,
      6,
      4,
      7,
      r + 12,
      7,
      r + 10,
      r + 11,
      4,
      11,
      9,
      5,
      r + 4,
      10,
      6,
      r + 8,
      r + 9,
      5,
      r + 5,
      12,
      6,
      13,
      r + 7,
      7,
      r + 6,
      r + 7,
      3,
      r + 1,
      15,
      4,
      r + 2,
      r + 3
    ]);
    var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    var cache = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    });
    var defaultEndpointResolver = (endpointParams, context = {}) => {
      return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams,
        logger: context.logger
      }));
    };
    customEndpointFunctions.aws = awsEndpointFunctions;
    var OrganizationsServiceException = class _OrganizationsServiceException extends ServiceException$1 {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.organizations#OrganizationsServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _OrganizationsServiceException.prototype);
      }
    };
    var AccessDeniedException = class _AccessDeniedException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccessDeniedException";
      name = "AccessDeniedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccessDeniedException.prototype);
        this.Message = opts.Message;
      }
    };
    var AccessDeniedForDependencyException = class _AccessDeniedForDependencyException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccessDeniedForDependencyException";
      name = "AccessDeniedForDependencyException";
      $fault = "client";
      Message;
      Reason;
      constructor(opts) {
        super({
          name: "AccessDeniedForDependencyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccessDeniedForDependencyException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
      }
    };
    var AWSOrganizationsNotInUseException = class _AWSOrganizationsNotInUseException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AWSOrganizationsNotInUseException";
      name = "AWSOrganizationsNotInUseException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AWSOrganizationsNotInUseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AWSOrganizationsNotInUseException.prototype);
        this.Message = opts.Message;
      }
    };
    var ConcurrentModificationException = class _ConcurrentModificationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ConcurrentModificationException";
      name = "ConcurrentModificationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConcurrentModificationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
        this.Message = opts.Message;
      }
    };
    var ConstraintViolationException = class _ConstraintViolationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ConstraintViolationException";
      name = "ConstraintViolationException";
      $fault = "client";
      Message;
      Reason;
      constructor(opts) {
        super({
          name: "ConstraintViolationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConstraintViolationException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
      }
    };
    var HandshakeAlreadyInStateException = class _HandshakeAlreadyInStateException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#HandshakeAlreadyInStateException";
      name = "HandshakeAlreadyInStateException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "HandshakeAlreadyInStateException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _HandshakeAlreadyInStateException.prototype);
        this.Message = opts.Message;
      }
    };
    var HandshakeConstraintViolationException = class _HandshakeConstraintViolationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#HandshakeConstraintViolationException";
      name = "HandshakeConstraintViolationException";
      $fault = "client";
      Message;
      Reason;
      constructor(opts) {
        super({
          name: "HandshakeConstraintViolationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _HandshakeConstraintViolationException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
      }
    };
    var HandshakeNotFoundException = class _HandshakeNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#HandshakeNotFoundException";
      name = "HandshakeNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "HandshakeNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _HandshakeNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidHandshakeTransitionException = class _InvalidHandshakeTransitionException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#InvalidHandshakeTransitionException";
      name = "InvalidHandshakeTransitionException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidHandshakeTransitionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidHandshakeTransitionException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidInputException = class _InvalidInputException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#InvalidInputException";
      name = "InvalidInputException";
      $fault = "client";
      Message;
      Reason;
      constructor(opts) {
        super({
          name: "InvalidInputException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidInputException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
      }
    };
    var MasterCannotLeaveOrganizationException = class _MasterCannotLeaveOrganizationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#MasterCannotLeaveOrganizationException";
      name = "MasterCannotLeaveOrganizationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "MasterCannotLeaveOrganizationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MasterCannotLeaveOrganizationException.prototype);
        this.Message = opts.Message;
      }
    };
    var ServiceException = class _ServiceException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ServiceException";
      name = "ServiceException";
      $fault = "server";
      Message;
      constructor(opts) {
        super({
          name: "ServiceException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _ServiceException.prototype);
        this.Message = opts.Message;
      }
    };
    var TooManyRequestsException = class _TooManyRequestsException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#TooManyRequestsException";
      name = "TooManyRequestsException";
      $fault = "client";
      Type;
      Message;
      constructor(opts) {
        super({
          name: "TooManyRequestsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
      }
    };
    var AccountAlreadyClosedException = class _AccountAlreadyClosedException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccountAlreadyClosedException";
      name = "AccountAlreadyClosedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccountAlreadyClosedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccountAlreadyClosedException.prototype);
        this.Message = opts.Message;
      }
    };
    var AccountAlreadyRegisteredException = class _AccountAlreadyRegisteredException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccountAlreadyRegisteredException";
      name = "AccountAlreadyRegisteredException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccountAlreadyRegisteredException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccountAlreadyRegisteredException.prototype);
        this.Message = opts.Message;
      }
    };
    var AccountNotFoundException = class _AccountNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccountNotFoundException";
      name = "AccountNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccountNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccountNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var AccountNotRegisteredException = class _AccountNotRegisteredException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccountNotRegisteredException";
      name = "AccountNotRegisteredException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccountNotRegisteredException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccountNotRegisteredException.prototype);
        this.Message = opts.Message;
      }
    };
    var AccountOwnerNotVerifiedException = class _AccountOwnerNotVerifiedException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccountOwnerNotVerifiedException";
      name = "AccountOwnerNotVerifiedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccountOwnerNotVerifiedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccountOwnerNotVerifiedException.prototype);
        this.Message = opts.Message;
      }
    };
    var AlreadyInOrganizationException = class _AlreadyInOrganizationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AlreadyInOrganizationException";
      name = "AlreadyInOrganizationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AlreadyInOrganizationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AlreadyInOrganizationException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicatePolicyAttachmentException = class _DuplicatePolicyAttachmentException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#DuplicatePolicyAttachmentException";
      name = "DuplicatePolicyAttachmentException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicatePolicyAttachmentException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicatePolicyAttachmentException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyChangesInProgressException = class _PolicyChangesInProgressException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyChangesInProgressException";
      name = "PolicyChangesInProgressException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyChangesInProgressException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyChangesInProgressException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyNotFoundException = class _PolicyNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyNotFoundException";
      name = "PolicyNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyTypeNotEnabledException = class _PolicyTypeNotEnabledException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyTypeNotEnabledException";
      name = "PolicyTypeNotEnabledException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyTypeNotEnabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyTypeNotEnabledException.prototype);
        this.Message = opts.Message;
      }
    };
    var TargetNotFoundException = class _TargetNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#TargetNotFoundException";
      name = "TargetNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TargetNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TargetNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var UnsupportedAPIEndpointException = class _UnsupportedAPIEndpointException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#UnsupportedAPIEndpointException";
      name = "UnsupportedAPIEndpointException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedAPIEndpointException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedAPIEndpointException.prototype);
        this.Message = opts.Message;
      }
    };
    var ConflictException = class _ConflictException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ConflictException";
      name = "ConflictException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConflictException.prototype);
        this.Message = opts.Message;
      }
    };
    var FinalizingOrganizationException = class _FinalizingOrganizationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#FinalizingOrganizationException";
      name = "FinalizingOrganizationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "FinalizingOrganizationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _FinalizingOrganizationException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicateOrganizationalUnitException = class _DuplicateOrganizationalUnitException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#DuplicateOrganizationalUnitException";
      name = "DuplicateOrganizationalUnitException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateOrganizationalUnitException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicateOrganizationalUnitException.prototype);
        this.Message = opts.Message;
      }
    };
    var ParentNotFoundException = class _ParentNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ParentNotFoundException";
      name = "ParentNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ParentNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ParentNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicatePolicyException = class _DuplicatePolicyException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#DuplicatePolicyException";
      name = "DuplicatePolicyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicatePolicyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicatePolicyException.prototype);
        this.Message = opts.Message;
      }
    };
    var MalformedPolicyDocumentException = class _MalformedPolicyDocumentException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#MalformedPolicyDocumentException";
      name = "MalformedPolicyDocumentException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "MalformedPolicyDocumentException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MalformedPolicyDocumentException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyTypeNotAvailableForOrganizationException = class _PolicyTypeNotAvailableForOrganizationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyTypeNotAvailableForOrganizationException";
      name = "PolicyTypeNotAvailableForOrganizationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyTypeNotAvailableForOrganizationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyTypeNotAvailableForOrganizationException.prototype);
        this.Message = opts.Message;
      }
    };
    var OrganizationNotEmptyException = class _OrganizationNotEmptyException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#OrganizationNotEmptyException";
      name = "OrganizationNotEmptyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OrganizationNotEmptyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OrganizationNotEmptyException.prototype);
        this.Message = opts.Message;
      }
    };
    var OrganizationalUnitNotEmptyException = class _OrganizationalUnitNotEmptyException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#OrganizationalUnitNotEmptyException";
      name = "OrganizationalUnitNotEmptyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OrganizationalUnitNotEmptyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OrganizationalUnitNotEmptyException.prototype);
        this.Message = opts.Message;
      }
    };
    var OrganizationalUnitNotFoundException = class _OrganizationalUnitNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#OrganizationalUnitNotFoundException";
      name = "OrganizationalUnitNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OrganizationalUnitNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OrganizationalUnitNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyInUseException = class _PolicyInUseException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyInUseException";
      name = "PolicyInUseException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyInUseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyInUseException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourcePolicyNotFoundException = class _ResourcePolicyNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ResourcePolicyNotFoundException";
      name = "ResourcePolicyNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourcePolicyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourcePolicyNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var CreateAccountStatusNotFoundException = class _CreateAccountStatusNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#CreateAccountStatusNotFoundException";
      name = "CreateAccountStatusNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "CreateAccountStatusNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CreateAccountStatusNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var EffectivePolicyNotFoundException = class _EffectivePolicyNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#EffectivePolicyNotFoundException";
      name = "EffectivePolicyNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "EffectivePolicyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _EffectivePolicyNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResponsibilityTransferNotFoundException = class _ResponsibilityTransferNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ResponsibilityTransferNotFoundException";
      name = "ResponsibilityTransferNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResponsibilityTransferNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResponsibilityTransferNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyNotAttachedException = class _PolicyNotAttachedException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyNotAttachedException";
      name = "PolicyNotAttachedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyNotAttachedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyNotAttachedException.prototype);
        this.Message = opts.Message;
      }
    };
    var RootNotFoundException = class _RootNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#RootNotFoundException";
      name = "RootNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "RootNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _RootNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyTypeAlreadyEnabledException = class _PolicyTypeAlreadyEnabledException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyTypeAlreadyEnabledException";
      name = "PolicyTypeAlreadyEnabledException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyTypeAlreadyEnabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyTypeAlreadyEnabledException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicateHandshakeException = class _DuplicateHandshakeException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#DuplicateHandshakeException";
      name = "DuplicateHandshakeException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateHandshakeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicateHandshakeException.prototype);
        this.Message = opts.Message;
      }
    };
    var ChildNotFoundException = class _ChildNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ChildNotFoundException";
      name = "ChildNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ChildNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ChildNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var DestinationParentNotFoundException = class _DestinationParentNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#DestinationParentNotFoundException";
      name = "DestinationParentNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DestinationParentNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DestinationParentNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicateAccountException = class _DuplicateAccountException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#DuplicateAccountException";
      name = "DuplicateAccountException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateAccountException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicateAccountException.prototype);
        this.Message = opts.Message;
      }
    };
    var SourceParentNotFoundException = class _SourceParentNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#SourceParentNotFoundException";
      name = "SourceParentNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "SourceParentNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SourceParentNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidResponsibilityTransferTransitionException = class _InvalidResponsibilityTransferTransitionException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#InvalidResponsibilityTransferTransitionException";
      name = "InvalidResponsibilityTransferTransitionException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidResponsibilityTransferTransitionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidResponsibilityTransferTransitionException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResponsibilityTransferAlreadyInStatusException = class _ResponsibilityTransferAlreadyInStatusException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ResponsibilityTransferAlreadyInStatusException";
      name = "ResponsibilityTransferAlreadyInStatusException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResponsibilityTransferAlreadyInStatusException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResponsibilityTransferAlreadyInStatusException.prototype);
        this.Message = opts.Message;
      }
    };
    var _A = "Account";
    var _AACE = "AccountAlreadyClosedException";
    var _AARE = "AccountAlreadyRegisteredException";
    var _ADE = "AccessDeniedException";
    var _ADFDE = "AccessDeniedForDependencyException";
    var _AH = "AcceptHandshake";
    var _AHI = "ActiveHandshakeId";
    var _AHR = "AcceptHandshakeRequest";
    var _AHRc = "AcceptHandshakeResponse";
    var _AI = "AccountId";
    var _AIOE = "AlreadyInOrganizationException";
    var _AM = "AwsManaged";
    var _AN = "AccountName";
    var _ANFE = "AccountNotFoundException";
    var _ANRE = "AccountNotRegisteredException";
    var _AONVE = "AccountOwnerNotVerifiedException";
    var _AP = "AttachPolicy";
    var _APR = "AttachPolicyRequest";
    var _APT = "AvailablePolicyTypes";
    var _AT = "ActionType";
    var _AWSONIUE = "AWSOrganizationsNotInUseException";
    var _Ac = "Action";
    var _Acc = "Accounts";
    var _Ar = "Arn";
    var _C = "Child";
    var _CA = "CloseAccount";
    var _CAN = "CreateAccountName";
    var _CAR = "CloseAccountRequest";
    var _CARI = "CreateAccountRequestId";
    var _CARr = "CreateAccountRequest";
    var _CARre = "CreateAccountResponse";
    var _CAS = "CreateAccountStatus";
    var _CASNFE = "CreateAccountStatusNotFoundException";
    var _CASr = "CreateAccountStatuses";
    var _CAr = "CreateAccount";
    var _CE = "ConflictException";
    var _CGCA = "CreateGovCloudAccount";
    var _CGCAR = "CreateGovCloudAccountRequest";
    var _CGCARr = "CreateGovCloudAccountResponse";
    var _CH = "CancelHandshake";
    var _CHR = "CancelHandshakeRequest";
    var _CHRa = "CancelHandshakeResponse";
    var _CI = "ChildId";
    var _CME = "ConcurrentModificationException";
    var _CNFE = "ChildNotFoundException";
    var _CO = "CreateOrganization";
    var _COR = "CreateOrganizationRequest";
    var _CORr = "CreateOrganizationResponse";
    var _COU = "CreateOrganizationalUnit";
    var _COUR = "CreateOrganizationalUnitRequest";
    var _COURr = "CreateOrganizationalUnitResponse";
    var _CP = "ContributingPolicies";
    var _CPR = "CreatePolicyRequest";
    var _CPRr = "CreatePolicyResponse";
    var _CPr = "CreatePolicy";
    var _CT = "CompletedTimestamp";
    var _CTh = "ChildType";
    var _CVE = "ConstraintViolationException";
    var _Ch = "Children";
    var _Co = "Content";
    var _D = "Description";
    var _DA = "DelegatedAdministrator";
    var _DAE = "DuplicateAccountException";
    var _DAR = "DescribeAccountRequest";
    var _DARe = "DescribeAccountResponse";
    var _DAWSSA = "DisableAWSServiceAccess";
    var _DAWSSAR = "DisableAWSServiceAccessRequest";
    var _DAe = "DelegatedAdministrators";
    var _DAes = "DescribeAccount";
    var _DCAS = "DescribeCreateAccountStatus";
    var _DCASR = "DescribeCreateAccountStatusRequest";
    var _DCASRe = "DescribeCreateAccountStatusResponse";
    var _DDA = "DeregisterDelegatedAdministrator";
    var _DDAR = "DeregisterDelegatedAdministratorRequest";
    var _DE = "DateEnabled";
    var _DED = "DelegationEnabledDate";
    var _DEP = "DescribeEffectivePolicy";
    var _DEPR = "DescribeEffectivePolicyRequest";
    var _DEPRe = "DescribeEffectivePolicyResponse";
    var _DH = "DeclineHandshake";
    var _DHE = "DuplicateHandshakeException";
    var _DHR = "DeclineHandshakeRequest";
    var _DHRe = "DeclineHandshakeResponse";
    var _DHRes = "DescribeHandshakeRequest";
    var _DHResc = "DescribeHandshakeResponse";
    var _DHe = "DescribeHandshake";
    var _DO = "DeleteOrganization";
    var _DOR = "DescribeOrganizationResponse";
    var _DOU = "DeleteOrganizationalUnit";
    var _DOUE = "DuplicateOrganizationalUnitException";
    var _DOUR = "DeleteOrganizationalUnitRequest";
    var _DOURe = "DescribeOrganizationalUnitRequest";
    var _DOURes = "DescribeOrganizationalUnitResponse";
    var _DOUe = "DescribeOrganizationalUnit";
    var _DOe = "DescribeOrganization";
    var _DP = "DeletePolicy";
    var _DPAE = "DuplicatePolicyAttachmentException";
    var _DPE = "DuplicatePolicyException";
    var _DPI = "DestinationParentId";
    var _DPNFE = "DestinationParentNotFoundException";
    var _DPR = "DeletePolicyRequest";
    var _DPRe = "DescribePolicyRequest";
    var _DPRes = "DescribePolicyResponse";
    var _DPRet = "DetachPolicyRequest";
    var _DPT = "DisablePolicyType";
    var _DPTR = "DisablePolicyTypeRequest";
    var _DPTRi = "DisablePolicyTypeResponse";
    var _DPe = "DescribePolicy";
    var _DPet = "DetachPolicy";
    var _DRP = "DeleteResourcePolicy";
    var _DRPR = "DescribeResourcePolicyResponse";
    var _DRPe = "DescribeResourcePolicy";
    var _DRT = "DescribeResponsibilityTransfer";
    var _DRTR = "DescribeResponsibilityTransferRequest";
    var _DRTRe = "DescribeResponsibilityTransferResponse";
    var _DS = "DelegatedService";
    var _DSe = "DelegatedServices";
    var _E = "Email";
    var _EAF = "EnableAllFeatures";
    var _EAFR = "EnableAllFeaturesRequest";
    var _EAFRn = "EnableAllFeaturesResponse";
    var _EAWSSA = "EnableAWSServiceAccess";
    var _EAWSSAR = "EnableAWSServiceAccessRequest";
    var _EC = "ErrorCode";
    var _EM = "ErrorMessage";
    var _EP = "EffectivePolicy";
    var _EPNFE = "EffectivePolicyNotFoundException";
    var _EPT = "EnablePolicyType";
    var _EPTR = "EnablePolicyTypeRequest";
    var _EPTRn = "EnablePolicyTypeResponse";
    var _EPVE = "EffectivePolicyValidationError";
    var _EPVEf = "EffectivePolicyValidationErrors";
    var _ESP = "EnabledServicePrincipal";
    var _ESPn = "EnabledServicePrincipals";
    var _ET = "ExpirationTimestamp";
    var _ETn = "EndTimestamp";
    var _ETv = "EvaluationTimestamp";
    var _F = "Filter";
    var _FOE = "FinalizingOrganizationException";
    var _FR = "FailureReason";
    var _FS = "FeatureSet";
    var _GCAI = "GovCloudAccountId";
    var _H = "Handshake";
    var _HAISE = "HandshakeAlreadyInStateException";
    var _HCVE = "HandshakeConstraintViolationException";
    var _HF = "HandshakeFilter";
    var _HI = "HandshakeId";
    var _HN = "HandshakeNotes";
    var _HNFE = "HandshakeNotFoundException";
    var _HP = "HandshakeParty";
    var _HPI = "HandshakePartyId";
    var _HPa = "HandshakeParties";
    var _HR = "HandshakeResource";
    var _HRV = "HandshakeResourceValue";
    var _HRa = "HandshakeResources";
    var _Ha = "Handshakes";
    var _I = "Id";
    var _IATO = "InviteAccountToOrganization";
    var _IATOR = "InviteAccountToOrganizationRequest";
    var _IATORn = "InviteAccountToOrganizationResponse";
    var _IHTE = "InvalidHandshakeTransitionException";
    var _IIE = "InvalidInputException";
    var _IOTTR = "InviteOrganizationToTransferResponsibility";
    var _IOTTRR = "InviteOrganizationToTransferResponsibilityRequest";
    var _IOTTRRn = "InviteOrganizationToTransferResponsibilityResponse";
    var _IRTTE = "InvalidResponsibilityTransferTransitionException";
    var _IUATB = "IamUserAccessToBilling";
    var _JM = "JoinedMethod";
    var _JT = "JoinedTimestamp";
    var _K = "Key";
    var _LA = "ListAccounts";
    var _LAFP = "ListAccountsForParent";
    var _LAFPR = "ListAccountsForParentRequest";
    var _LAFPRi = "ListAccountsForParentResponse";
    var _LAR = "ListAccountsRequest";
    var _LARi = "ListAccountsResponse";
    var _LAWIEP = "ListAccountsWithInvalidEffectivePolicy";
    var _LAWIEPR = "ListAccountsWithInvalidEffectivePolicyRequest";
    var _LAWIEPRi = "ListAccountsWithInvalidEffectivePolicyResponse";
    var _LAWSSAFO = "ListAWSServiceAccessForOrganization";
    var _LAWSSAFOR = "ListAWSServiceAccessForOrganizationRequest";
    var _LAWSSAFORi = "ListAWSServiceAccessForOrganizationResponse";
    var _LC = "ListChildren";
    var _LCAS = "ListCreateAccountStatus";
    var _LCASR = "ListCreateAccountStatusRequest";
    var _LCASRi = "ListCreateAccountStatusResponse";
    var _LCR = "ListChildrenRequest";
    var _LCRi = "ListChildrenResponse";
    var _LDA = "ListDelegatedAdministrators";
    var _LDAR = "ListDelegatedAdministratorsRequest";
    var _LDARi = "ListDelegatedAdministratorsResponse";
    var _LDSFA = "ListDelegatedServicesForAccount";
    var _LDSFAR = "ListDelegatedServicesForAccountRequest";
    var _LDSFARi = "ListDelegatedServicesForAccountResponse";
    var _LEPVE = "ListEffectivePolicyValidationErrors";
    var _LEPVER = "ListEffectivePolicyValidationErrorsRequest";
    var _LEPVERi = "ListEffectivePolicyValidationErrorsResponse";
    var _LHFA = "ListHandshakesForAccount";
    var _LHFAR = "ListHandshakesForAccountRequest";
    var _LHFARi = "ListHandshakesForAccountResponse";
    var _LHFO = "ListHandshakesForOrganization";
    var _LHFOR = "ListHandshakesForOrganizationRequest";
    var _LHFORi = "ListHandshakesForOrganizationResponse";
    var _LIRT = "ListInboundResponsibilityTransfers";
    var _LIRTR = "ListInboundResponsibilityTransfersRequest";
    var _LIRTRi = "ListInboundResponsibilityTransfersResponse";
    var _LO = "LeaveOrganization";
    var _LORT = "ListOutboundResponsibilityTransfers";
    var _LORTR = "ListOutboundResponsibilityTransfersRequest";
    var _LORTRi = "ListOutboundResponsibilityTransfersResponse";
    var _LOUFP = "ListOrganizationalUnitsForParent";
    var _LOUFPR = "ListOrganizationalUnitsForParentRequest";
    var _LOUFPRi = "ListOrganizationalUnitsForParentResponse";
    var _LP = "ListParents";
    var _LPFT = "ListPoliciesForTarget";
    var _LPFTR = "ListPoliciesForTargetRequest";
    var _LPFTRi = "ListPoliciesForTargetResponse";
    var _LPR = "ListParentsRequest";
    var _LPRi = "ListParentsResponse";
    var _LPRis = "ListPoliciesRequest";
    var _LPRist = "ListPoliciesResponse";
    var _LPi = "ListPolicies";
    var _LR = "ListRoots";
    var _LRR = "ListRootsRequest";
    var _LRRi = "ListRootsResponse";
    var _LTFP = "ListTargetsForPolicy";
    var _LTFPR = "ListTargetsForPolicyRequest";
    var _LTFPRi = "ListTargetsForPolicyResponse";
    var _LTFR = "ListTagsForResource";
    var _LTFRR = "ListTagsForResourceRequest";
    var _LTFRRi = "ListTagsForResourceResponse";
    var _LUT = "LastUpdatedTimestamp";
    var _M = "Message";
    var _MA = "MoveAccount";
    var _MAA = "MasterAccountArn";
    var _MAE = "MasterAccountEmail";
    var _MAEa = "ManagementAccountEmail";
    var _MAI = "MasterAccountId";
    var _MAIa = "ManagementAccountId";
    var _MAR = "MoveAccountRequest";
    var _MCLOE = "MasterCannotLeaveOrganizationException";
    var _MPDE = "MalformedPolicyDocumentException";
    var _MR = "MaxResults";
    var _N = "Name";
    var _NT = "NextToken";
    var _No = "Notes";
    var _O = "Organization";
    var _ONEE = "OrganizationNotEmptyException";
    var _OU = "OrganizationalUnit";
    var _OUI = "OrganizationalUnitId";
    var _OUNEE = "OrganizationalUnitNotEmptyException";
    var _OUNFE = "OrganizationalUnitNotFoundException";
    var _OUr = "OrganizationalUnits";
    var _P = "Paths";
    var _PC = "PolicyContent";
    var _PCIPE = "PolicyChangesInProgressException";
    var _PHI = "ParentHandshakeId";
    var _PI = "PolicyId";
    var _PIUE = "PolicyInUseException";
    var _PIa = "ParentId";
    var _PNAE = "PolicyNotAttachedException";
    var _PNFE = "ParentNotFoundException";
    var _PNFEo = "PolicyNotFoundException";
    var _PRP = "PutResourcePolicy";
    var _PRPR = "PutResourcePolicyRequest";
    var _PRPRu = "PutResourcePolicyResponse";
    var _PS = "PolicySummary";
    var _PT = "PolicyType";
    var _PTAEE = "PolicyTypeAlreadyEnabledException";
    var _PTE = "PathToError";
    var _PTNAFOE = "PolicyTypeNotAvailableForOrganizationException";
    var _PTNEE = "PolicyTypeNotEnabledException";
    var _PTS = "PolicyTargetSummary";
    var _PTSo = "PolicyTypeSummary";
    var _PTo = "PolicyTypes";
    var _PTol = "PolicyTargets";
    var _Pa = "Parties";
    var _Par = "Parents";
    var _Pare = "Parent";
    var _Pat = "Path";
    var _Po = "Policy";
    var _Pol = "Policies";
    var _R = "Reason";
    var _RAFO = "RemoveAccountFromOrganization";
    var _RAFOR = "RemoveAccountFromOrganizationRequest";
    var _RDA = "RegisterDelegatedAdministrator";
    var _RDAR = "RegisterDelegatedAdministratorRequest";
    var _RI = "RootId";
    var _RIe = "ResourceId";
    var _RN = "RoleName";
    var _RNFE = "RootNotFoundException";
    var _RP = "ResourcePolicy";
    var _RPNFE = "ResourcePolicyNotFoundException";
    var _RPS = "ResourcePolicySummary";
    var _RT = "RequestedTimestamp";
    var _RTAISE = "ResponsibilityTransferAlreadyInStatusException";
    var _RTN = "ResponsibilityTransferName";
    var _RTNFE = "ResponsibilityTransferNotFoundException";
    var _RTe = "ResponsibilityTransfer";
    var _RTes = "ResponsibilityTransfers";
    var _Re = "Resources";
    var _Ro = "Root";
    var _Roo = "Roots";
    var _S = "Status";
    var _SE = "ServiceException";
    var _SN = "SourceName";
    var _SP = "ServicePrincipal";
    var _SPI = "SourceParentId";
    var _SPNFE = "SourceParentNotFoundException";
    var _ST = "StartTimestamp";
    var _So = "Source";
    var _St = "State";
    var _Sta = "States";
    var _T = "Type";
    var _TI = "TargetId";
    var _TK = "TagKeys";
    var _TMRE = "TooManyRequestsException";
    var _TNFE = "TargetNotFoundException";
    var _TP = "TransferParticipant";
    var _TR = "TagResource";
    var _TRR = "TagResourceRequest";
    var _TRT = "TerminateResponsibilityTransfer";
    var _TRTR = "TerminateResponsibilityTransferRequest";
    var _TRTRe = "TerminateResponsibilityTransferResponse";
    var _Ta = "Tags";
    var _Tag = "Tag";
    var _Tar = "Target";
    var _Targ = "Targets";
    var _UAPIEE = "UnsupportedAPIEndpointException";
    var _UOU = "UpdateOrganizationalUnit";
    var _UOUR = "UpdateOrganizationalUnitRequest";
    var _UOURp = "UpdateOrganizationalUnitResponse";
    var _UP = "UpdatePolicy";
    var _UPR = "UpdatePolicyRequest";
    var _UPRp = "UpdatePolicyResponse";
    var _UR = "UntagResource";
    var _URR = "UntagResourceRequest";
    var _URT = "UpdateResponsibilityTransfer";
    var _URTR = "UpdateResponsibilityTransferRequest";
    var _URTRp = "UpdateResponsibilityTransferResponse";
    var _V = "Value";
    var _c = "client";
    var _e = "error";
    var _hE = "httpError";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.organizations";
    var _se = "server";
    var n0 = "com.amazonaws.organizations";
    var _s_registry = new TypeRegistry(_s);
    var OrganizationsServiceException$ = [-3, _s, "OrganizationsServiceException", 0, [], []];
    _s_registry.registerError(OrganizationsServiceException$, OrganizationsServiceException);
    var n0_registry = new TypeRegistry(n0);
    var AccessDeniedException$ = [
      -3,
      n0,
      _ADE,
      { [_e]: _c, [_hE]: 403 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var AccessDeniedForDependencyException$ = [
      -3,
      n0,
      _ADFDE,
      { [_e]: _c, [_hE]: 403 },
      [_M, _R],
      [0, 0]
    ];
    n0_registry.registerError(AccessDeniedForDependencyException$, AccessDeniedForDependencyException);
    var AccountAlreadyClosedException$ = [
      -3,
      n0,
      _AACE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccountAlreadyClosedException$, AccountAlreadyClosedException);
    var AccountAlreadyRegisteredException$ = [
      -3,
      n0,
      _AARE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccountAlreadyRegisteredException$, AccountAlreadyRegisteredException);
    var AccountNotFoundException$ = [
      -3,
      n0,
      _ANFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccountNotFoundException$, AccountNotFoundException);
    var AccountNotRegisteredException$ = [
      -3,
      n0,
      _ANRE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccountNotRegisteredException$, AccountNotRegisteredException);
    var AccountOwnerNotVerifiedException$ = [
      -3,
      n0,
      _AONVE,
      { [_e]: _c, [_hE]: 403 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccountOwnerNotVerifiedException$, AccountOwnerNotVerifiedException);
    var AlreadyInOrganizationException$ = [
      -3,
      n0,
      _AIOE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AlreadyInOrganizationException$, AlreadyInOrganizationException);
    var AWSOrganizationsNotInUseException$ = [
      -3,
      n0,
      _AWSONIUE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AWSOrganizationsNotInUseException$, AWSOrganizationsNotInUseException);
    var ChildNotFoundException$ = [
      -3,
      n0,
      _CNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ChildNotFoundException$, ChildNotFoundException);
    var ConcurrentModificationException$ = [
      -3,
      n0,
      _CME,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
    var ConflictException$ = [
      -3,
      n0,
      _CE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var ConstraintViolationException$ = [
      -3,
      n0,
      _CVE,
      { [_e]: _c, [_hE]: 409 },
      [_M, _R],
      [0, 0]
    ];
    n0_registry.registerError(ConstraintViolationException$, ConstraintViolationException);
    var CreateAccountStatusNotFoundException$ = [
      -3,
      n0,
      _CASNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(CreateAccountStatusNotFoundException$, CreateAccountStatusNotFoundException);
    var DestinationParentNotFoundException$ = [
      -3,
      n0,
      _DPNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DestinationParentNotFoundException$, DestinationParentNotFoundException);
    var DuplicateAccountException$ = [
      -3,
      n0,
      _DAE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicateAccountException$, DuplicateAccountException);
    var DuplicateHandshakeException$ = [
      -3,
      n0,
      _DHE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicateHandshakeException$, DuplicateHandshakeException);
    var DuplicateOrganizationalUnitException$ = [
      -3,
      n0,
      _DOUE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicateOrganizationalUnitException$, DuplicateOrganizationalUnitException);
    var DuplicatePolicyAttachmentException$ = [
      -3,
      n0,
      _DPAE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicatePolicyAttachmentException$, DuplicatePolicyAttachmentException);
    var DuplicatePolicyException$ = [
      -3,
      n0,
      _DPE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicatePolicyException$, DuplicatePolicyException);
    var EffectivePolicyNotFoundException$ = [
      -3,
      n0,
      _EPNFE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(EffectivePolicyNotFoundException$, EffectivePolicyNotFoundException);
    var FinalizingOrganizationException$ = [
      -3,
      n0,
      _FOE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(FinalizingOrganizationException$, FinalizingOrganizationException);
    var HandshakeAlreadyInStateException$ = [
      -3,
      n0,
      _HAISE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(HandshakeAlreadyInStateException$, HandshakeAlreadyInStateException);
    var HandshakeConstraintViolationException$ = [
      -3,
      n0,
      _HCVE,
      { [_e]: _c, [_hE]: 409 },
      [_M, _R],
      [0, 0]
    ];
    n0_registry.registerError(HandshakeConstraintViolationException$, HandshakeConstraintViolationException);
    var HandshakeNotFoundException$ = [
      -3,
      n0,
      _HNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(HandshakeNotFoundException$, HandshakeNotFoundException);
    var InvalidHandshakeTransitionException$ = [
      -3,
      n0,
      _IHTE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidHandshakeTransitionException$, InvalidHandshakeTransitionException);
    var InvalidInputException$ = [
      -3,
      n0,
      _IIE,
      { [_e]: _c, [_hE]: 400 },
      [_M, _R],
      [0, 0]
    ];
    n0_registry.registerError(InvalidInputException$, InvalidInputException);
    var InvalidResponsibilityTransferTransitionException$ = [
      -3,
      n0,
      _IRTTE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidResponsibilityTransferTransitionException$, InvalidResponsibilityTransferTransitionException);
    var MalformedPolicyDocumentException$ = [
      -3,
      n0,
      _MPDE,
      { [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
    var MasterCannotLeaveOrganizationException$ = [
      -3,
      n0,
      _MCLOE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(MasterCannotLeaveOrganizationException$, MasterCannotLeaveOrganizationException);
    var OrganizationalUnitNotEmptyException$ = [
      -3,
      n0,
      _OUNEE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(OrganizationalUnitNotEmptyException$, OrganizationalUnitNotEmptyException);
    var OrganizationalUnitNotFoundException$ = [
      -3,
      n0,
      _OUNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(OrganizationalUnitNotFoundException$, OrganizationalUnitNotFoundException);
    var OrganizationNotEmptyException$ = [
      -3,
      n0,
      _ONEE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(OrganizationNotEmptyException$, OrganizationNotEmptyException);
    var ParentNotFoundException$ = [
      -3,
      n0,
      _PNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ParentNotFoundException$, ParentNotFoundException);
    var PolicyChangesInProgressException$ = [
      -3,
      n0,
      _PCIPE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyChangesInProgressException$, PolicyChangesInProgressException);
    var PolicyInUseException$ = [
      -3,
      n0,
      _PIUE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyInUseException$, PolicyInUseException);
    var PolicyNotAttachedException$ = [
      -3,
      n0,
      _PNAE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyNotAttachedException$, PolicyNotAttachedException);
    var PolicyNotFoundException$ = [
      -3,
      n0,
      _PNFEo,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyNotFoundException$, PolicyNotFoundException);
    var PolicyTypeAlreadyEnabledException$ = [
      -3,
      n0,
      _PTAEE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyTypeAlreadyEnabledException$, PolicyTypeAlreadyEnabledException);
    var PolicyTypeNotAvailableForOrganizationException$ = [
      -3,
      n0,
      _PTNAFOE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyTypeNotAvailableForOrganizationException$, PolicyTypeNotAvailableForOrganizationException);
    var PolicyTypeNotEnabledException$ = [
      -3,
      n0,
      _PTNEE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyTypeNotEnabledException$, PolicyTypeNotEnabledException);
    var ResourcePolicyNotFoundException$ = [
      -3,
      n0,
      _RPNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourcePolicyNotFoundException$, ResourcePolicyNotFoundException);
    var ResponsibilityTransferAlreadyInStatusException$ = [
      -3,
      n0,
      _RTAISE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResponsibilityTransferAlreadyInStatusException$, ResponsibilityTransferAlreadyInStatusException);
    var ResponsibilityTransferNotFoundException$ = [
      -3,
      n0,
      _RTNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResponsibilityTransferNotFoundException$, ResponsibilityTransferNotFoundException);
    var RootNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(RootNotFoundException$, RootNotFoundException);
    var ServiceException$ = [
      -3,
      n0,
      _SE,
      { [_e]: _se, [_hE]: 500 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ServiceException$, ServiceException);
    var SourceParentNotFoundException$ = [
      -3,
      n0,
      _SPNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(SourceParentNotFoundException$, SourceParentNotFoundException);
    var TargetNotFoundException$ = [
      -3,
      n0,
      _TNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TargetNotFoundException$, TargetNotFoundException);
    var TooManyRequestsException$ = [
      -3,
      n0,
      _TMRE,
      { [_e]: _c, [_hE]: 429 },
      [_T, _M],
      [0, 0]
    ];
    n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
    var UnsupportedAPIEndpointException$ = [
      -3,
      n0,
      _UAPIEE,
      { [_e]: _c, [_hE]: 403 },
      [_M],
      [0]
    ];
    n0_registry.registerError(UnsupportedAPIEndpointException$, UnsupportedAPIEndpointException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var AccountName = [0, n0, _AN, 8, 0];
    var CreateAccountName = [0, n0, _CAN, 8, 0];
    var Email = [0, n0, _E, 8, 0];
    var HandshakeNotes = [0, n0, _HN, 8, 0];
    var HandshakePartyId = [0, n0, _HPI, 8, 0];
    var HandshakeResourceValue = [0, n0, _HRV, 8, 0];
    var ResponsibilityTransferName = [0, n0, _RTN, 8, 0];
    var AcceptHandshakeRequest$ = [
      3,
      n0,
      _AHR,
      0,
      [_HI],
      [0],
      1
    ];
    var AcceptHandshakeResponse$ = [
      3,
      n0,
      _AHRc,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var Account$ = [
      3,
      n0,
      _A,
      0,
      [_I, _Ar, _E, _N, _S, _St, _P, _JM, _JT],
      [0, 0, [() => Email, 0], [() => AccountName, 0], 0, 0, 64 | 0, 0, 4]
    ];
    var AttachPolicyRequest$ = [
      3,
      n0,
      _APR,
      0,
      [_PI, _TI],
      [0, 0],
      2
    ];
    var CancelHandshakeRequest$ = [
      3,
      n0,
      _CHR,
      0,
      [_HI],
      [0],
      1
    ];
    var CancelHandshakeResponse$ = [
      3,
      n0,
      _CHRa,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var Child$ = [
      3,
      n0,
      _C,
      0,
      [_I, _T],
      [0, 0]
    ];
    var CloseAccountRequest$ = [
      3,
      n0,
      _CAR,
      0,
      [_AI],
      [0],
      1
    ];
    var CreateAccountRequest$ = [
      3,
      n0,
      _CARr,
      0,
      [_E, _AN, _RN, _IUATB, _Ta],
      [[() => Email, 0], [() => CreateAccountName, 0], 0, 0, () => Tags],
      2
    ];
    var CreateAccountResponse$ = [
      3,
      n0,
      _CARre,
      0,
      [_CAS],
      [[() => CreateAccountStatus$, 0]]
    ];
    var CreateAccountStatus$ = [
      3,
      n0,
      _CAS,
      0,
      [_I, _AN, _St, _RT, _CT, _AI, _GCAI, _FR],
      [0, [() => CreateAccountName, 0], 0, 4, 4, 0, 0, 0]
    ];
    var CreateGovCloudAccountRequest$ = [
      3,
      n0,
      _CGCAR,
      0,
      [_E, _AN, _RN, _IUATB, _Ta],
      [[() => Email, 0], [() => CreateAccountName, 0], 0, 0, () => Tags],
      2
    ];
    var CreateGovCloudAccountResponse$ = [
      3,
      n0,
      _CGCARr,
      0,
      [_CAS],
      [[() => CreateAccountStatus$, 0]]
    ];
    var CreateOrganizationalUnitRequest$ = [
      3,
      n0,
      _COUR,
      0,
      [_PIa, _N, _Ta],
      [0, 0, () => Tags],
      2
    ];
    var CreateOrganizationalUnitResponse$ = [
      3,
      n0,
      _COURr,
      0,
      [_OU],
      [() => OrganizationalUnit$]
    ];
    var CreateOrganizationRequest$ = [
      3,
      n0,
      _COR,
      0,
      [_FS],
      [0]
    ];
    var CreateOrganizationResponse$ = [
      3,
      n0,
      _CORr,
      0,
      [_O],
      [[() => Organization$, 0]]
    ];
    var CreatePolicyRequest$ = [
      3,
      n0,
      _CPR,
      0,
      [_Co, _D, _N, _T, _Ta],
      [0, 0, 0, 0, () => Tags],
      4
    ];
    var CreatePolicyResponse$ = [
      3,
      n0,
      _CPRr,
      0,
      [_Po],
      [() => Policy$]
    ];
    var DeclineHandshakeRequest$ = [
      3,
      n0,
      _DHR,
      0,
      [_HI],
      [0],
      1
    ];
    var DeclineHandshakeResponse$ = [
      3,
      n0,
      _DHRe,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var DelegatedAdministrator$ = [
      3,
      n0,
      _DA,
      0,
      [_I, _Ar, _E, _N, _S, _St, _JM, _JT, _DED],
      [0, 0, [() => Email, 0], [() => AccountName, 0], 0, 0, 0, 4, 4]
    ];
    var DelegatedService$ = [
      3,
      n0,
      _DS,
      0,
      [_SP, _DED],
      [0, 4]
    ];
    var DeleteOrganizationalUnitRequest$ = [
      3,
      n0,
      _DOUR,
      0,
      [_OUI],
      [0],
      1
    ];
    var DeletePolicyRequest$ = [
      3,
      n0,
      _DPR,
      0,
      [_PI],
      [0],
      1
    ];
    var DeregisterDelegatedAdministratorRequest$ = [
      3,
      n0,
      _DDAR,
      0,
      [_AI, _SP],
      [0, 0],
      2
    ];
    var DescribeAccountRequest$ = [
      3,
      n0,
      _DAR,
      0,
      [_AI],
      [0],
      1
    ];
    var DescribeAccountResponse$ = [
      3,
      n0,
      _DARe,
      0,
      [_A],
      [[() => Account$, 0]]
    ];
    var DescribeCreateAccountStatusRequest$ = [
      3,
      n0,
      _DCASR,
      0,
      [_CARI],
      [0],
      1
    ];
    var DescribeCreateAccountStatusResponse$ = [
      3,
      n0,
      _DCASRe,
      0,
      [_CAS],
      [[() => CreateAccountStatus$, 0]]
    ];
    var DescribeEffectivePolicyRequest$ = [
      3,
      n0,
      _DEPR,
      0,
      [_PT, _TI],
      [0, 0],
      1
    ];
    var DescribeEffectivePolicyResponse$ = [
      3,
      n0,
      _DEPRe,
      0,
      [_EP],
      [() => EffectivePolicy$]
    ];
    var DescribeHandshakeRequest$ = [
      3,
      n0,
      _DHRes,
      0,
      [_HI],
      [0],
      1
    ];
    var DescribeHandshakeResponse$ = [
      3,
      n0,
      _DHResc,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var DescribeOrganizationalUnitRequest$ = [
      3,
      n0,
      _DOURe,
      0,
      [_OUI],
      [0],
      1
    ];
    var DescribeOrganizationalUnitResponse$ = [
      3,
      n0,
      _DOURes,
      0,
      [_OU],
      [() => OrganizationalUnit$]
    ];
    var DescribeOrganizationResponse$ = [
      3,
      n0,
      _DOR,
      0,
      [_O],
      [[() => Organization$, 0]]
    ];
    var DescribePolicyRequest$ = [
      3,
      n0,
      _DPRe,
      0,
      [_PI],
      [0],
      1
    ];
    var DescribePolicyResponse$ = [
      3,
      n0,
      _DPRes,
      0,
      [_Po],
      [() => Policy$]
    ];
    var DescribeResourcePolicyResponse$ = [
      3,
      n0,
      _DRPR,
      0,
      [_RP],
      [() => ResourcePolicy$]
    ];
    var DescribeResponsibilityTransferRequest$ = [
      3,
      n0,
      _DRTR,
      0,
      [_I],
      [0],
      1
    ];
    var DescribeResponsibilityTransferResponse$ = [
      3,
      n0,
      _DRTRe,
      0,
      [_RTe],
      [[() => ResponsibilityTransfer$, 0]]
    ];
    var DetachPolicyRequest$ = [
      3,
      n0,
      _DPRet,
      0,
      [_PI, _TI],
      [0, 0],
      2
    ];
    var DisableAWSServiceAccessRequest$ = [
      3,
      n0,
      _DAWSSAR,
      0,
      [_SP],
      [0],
      1
    ];
    var DisablePolicyTypeRequest$ = [
      3,
      n0,
      _DPTR,
      0,
      [_RI, _PT],
      [0, 0],
      2
    ];
    var DisablePolicyTypeResponse$ = [
      3,
      n0,
      _DPTRi,
      0,
      [_Ro],
      [() => Root$]
    ];
    var EffectivePolicy$ = [
      3,
      n0,
      _EP,
      0,
      [_PC, _LUT, _TI, _PT],
      [0, 4, 0, 0]
    ];
    var EffectivePolicyValidationError$ = [
      3,
      n0,
      _EPVE,
      0,
      [_EC, _EM, _PTE, _CP],
      [0, 0, 0, 64 | 0]
    ];
    var EnableAllFeaturesRequest$ = [
      3,
      n0,
      _EAFR,
      0,
      [],
      []
    ];
    var EnableAllFeaturesResponse$ = [
      3,
      n0,
      _EAFRn,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var EnableAWSServiceAccessRequest$ = [
      3,
      n0,
      _EAWSSAR,
      0,
      [_SP],
      [0],
      1
    ];
    var EnabledServicePrincipal$ = [
      3,
      n0,
      _ESP,
      0,
      [_SP, _DE],
      [0, 4]
    ];
    var EnablePolicyTypeRequest$ = [
      3,
      n0,
      _EPTR,
      0,
      [_RI, _PT],
      [0, 0],
      2
    ];
    var EnablePolicyTypeResponse$ = [
      3,
      n0,
      _EPTRn,
      0,
      [_Ro],
      [() => Root$]
    ];
    var Handshake$ = [
      3,
      n0,
      _H,
      0,
      [_I, _Ar, _Pa, _St, _RT, _ET, _Ac, _Re],
      [0, 0, [() => HandshakeParties, 0], 0, 4, 4, 0, [() => HandshakeResources, 0]]
    ];
    var HandshakeFilter$ = [
      3,
      n0,
      _HF,
      0,
      [_AT, _PHI],
      [0, 0]
    ];
    var HandshakeParty$ = [
      3,
      n0,
      _HP,
      0,
      [_I, _T],
      [[() => HandshakePartyId, 0], 0],
      2
    ];
    var HandshakeResource$ = [
      3,
      n0,
      _HR,
      0,
      [_V, _T, _Re],
      [[() => HandshakeResourceValue, 0], 0, [() => HandshakeResources, 0]]
    ];
    var InviteAccountToOrganizationRequest$ = [
      3,
      n0,
      _IATOR,
      0,
      [_Tar, _No, _Ta],
      [[() => HandshakeParty$, 0], [() => HandshakeNotes, 0], () => Tags],
      1
    ];
    var InviteAccountToOrganizationResponse$ = [
      3,
      n0,
      _IATORn,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var InviteOrganizationToTransferResponsibilityRequest$ = [
      3,
      n0,
      _IOTTRR,
      0,
      [_T, _Tar, _ST, _SN, _No, _Ta],
      [0, [() => HandshakeParty$, 0], 4, [() => ResponsibilityTransferName, 0], [() => HandshakeNotes, 0], () => Tags],
      4
    ];
    var InviteOrganizationToTransferResponsibilityResponse$ = [
      3,
      n0,
      _IOTTRRn,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var ListAccountsForParentRequest$ = [
      3,
      n0,
      _LAFPR,
      0,
      [_PIa, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListAccountsForParentResponse$ = [
      3,
      n0,
      _LAFPRi,
      0,
      [_Acc, _NT],
      [[() => Accounts, 0], 0]
    ];
    var ListAccountsRequest$ = [
      3,
      n0,
      _LAR,
      0,
      [_NT, _MR],
      [0, 1]
    ];
    var ListAccountsResponse$ = [
      3,
      n0,
      _LARi,
      0,
      [_Acc, _NT],
      [[() => Accounts, 0], 0]
    ];
    var ListAccountsWithInvalidEffectivePolicyRequest$ = [
      3,
      n0,
      _LAWIEPR,
      0,
      [_PT, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListAccountsWithInvalidEffectivePolicyResponse$ = [
      3,
      n0,
      _LAWIEPRi,
      0,
      [_Acc, _PT, _NT],
      [[() => Accounts, 0], 0, 0]
    ];
    var ListAWSServiceAccessForOrganizationRequest$ = [
      3,
      n0,
      _LAWSSAFOR,
      0,
      [_NT, _MR],
      [0, 1]
    ];
    var ListAWSServiceAccessForOrganizationResponse$ = [
      3,
      n0,
      _LAWSSAFORi,
      0,
      [_ESPn, _NT],
      [() => EnabledServicePrincipals, 0]
    ];
    var ListChildrenRequest$ = [
      3,
      n0,
      _LCR,
      0,
      [_PIa, _CTh, _NT, _MR],
      [0, 0, 0, 1],
      2
    ];
    var ListChildrenResponse$ = [
      3,
      n0,
      _LCRi,
      0,
      [_Ch, _NT],
      [() => Children, 0]
    ];
    var ListCreateAccountStatusRequest$ = [
      3,
      n0,
      _LCASR,
      0,
      [_Sta, _NT, _MR],
      [64 | 0, 0, 1]
    ];
    var ListCreateAccountStatusResponse$ = [
      3,
      n0,
      _LCASRi,
      0,
      [_CASr, _NT],
      [[() => CreateAccountStatuses, 0], 0]
    ];
    var ListDelegatedAdministratorsRequest$ = [
      3,
      n0,
      _LDAR,
      0,
      [_SP, _NT, _MR],
      [0, 0, 1]
    ];
    var ListDelegatedAdministratorsResponse$ = [
      3,
      n0,
      _LDARi,
      0,
      [_DAe, _NT],
      [[() => DelegatedAdministrators, 0], 0]
    ];
    var ListDelegatedServicesForAccountRequest$ = [
      3,
      n0,
      _LDSFAR,
      0,
      [_AI, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListDelegatedServicesForAccountResponse$ = [
      3,
      n0,
      _LDSFARi,
      0,
      [_DSe, _NT],
      [() => DelegatedServices, 0]
    ];
    var ListEffectivePolicyValidationErrorsRequest$ = [
      3,
      n0,
      _LEPVER,
      0,
      [_AI, _PT, _NT, _MR],
      [0, 0, 0, 1],
      2
    ];
    var ListEffectivePolicyValidationErrorsResponse$ = [
      3,
      n0,
      _LEPVERi,
      0,
      [_AI, _PT, _Pat, _ETv, _NT, _EPVEf],
      [0, 0, 0, 4, 0, () => EffectivePolicyValidationErrors]
    ];
    var ListHandshakesForAccountRequest$ = [
      3,
      n0,
      _LHFAR,
      0,
      [_F, _NT, _MR],
      [() => HandshakeFilter$, 0, 1]
    ];
    var ListHandshakesForAccountResponse$ = [
      3,
      n0,
      _LHFARi,
      0,
      [_Ha, _NT],
      [[() => Handshakes, 0], 0]
    ];
    var ListHandshakesForOrganizationRequest$ = [
      3,
      n0,
      _LHFOR,
      0,
      [_F, _NT, _MR],
      [() => HandshakeFilter$, 0, 1]
    ];
    var ListHandshakesForOrganizationResponse$ = [
      3,
      n0,
      _LHFORi,
      0,
      [_Ha, _NT],
      [[() => Handshakes, 0], 0]
    ];
    var ListInboundResponsibilityTransfersRequest$ = [
      3,
      n0,
      _LIRTR,
      0,
      [_T, _I, _NT, _MR],
      [0, 0, 0, 1],
      1
    ];
    var ListInboundResponsibilityTransfersResponse$ = [
      3,
      n0,
      _LIRTRi,
      0,
      [_RTes, _NT],
      [[() => ResponsibilityTransfers, 0], 0]
    ];
    var ListOrganizationalUnitsForParentRequest$ = [
      3,
      n0,
      _LOUFPR,
      0,
      [_PIa, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListOrganizationalUnitsForParentResponse$ = [
      3,
      n0,
      _LOUFPRi,
      0,
      [_OUr, _NT],
      [() => OrganizationalUnits, 0]
    ];
    var ListOutboundResponsibilityTransfersRequest$ = [
      3,
      n0,
      _LORTR,
      0,
      [_T, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListOutboundResponsibilityTransfersResponse$ = [
      3,
      n0,
      _LORTRi,
      0,
      [_RTes, _NT],
      [[() => ResponsibilityTransfers, 0], 0]
    ];
    var ListParentsRequest$ = [
      3,
      n0,
      _LPR,
      0,
      [_CI, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListParentsResponse$ = [
      3,
      n0,
      _LPRi,
      0,
      [_Par, _NT],
      [() => Parents, 0]
    ];
    var ListPoliciesForTargetRequest$ = [
      3,
      n0,
      _LPFTR,
      0,
      [_TI, _F, _NT, _MR],
      [0, 0, 0, 1],
      2
    ];
    var ListPoliciesForTargetResponse$ = [
      3,
      n0,
      _LPFTRi,
      0,
      [_Pol, _NT],
      [() => Policies, 0]
    ];
    var ListPoliciesRequest$ = [
      3,
      n0,
      _LPRis,
      0,
      [_F, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListPoliciesResponse$ = [
      3,
      n0,
      _LPRist,
      0,
      [_Pol, _NT],
      [() => Policies, 0]
    ];
    var ListRootsRequest$ = [
      3,
      n0,
      _LRR,
      0,
      [_NT, _MR],
      [0, 1]
    ];
    var ListRootsResponse$ = [
      3,
      n0,
      _LRRi,
      0,
      [_Roo, _NT],
      [() => Roots, 0]
    ];
    var ListTagsForResourceRequest$ = [
      3,
      n0,
      _LTFRR,
      0,
      [_RIe, _NT],
      [0, 0],
      1
    ];
    var ListTagsForResourceResponse$ = [
      3,
      n0,
      _LTFRRi,
      0,
      [_Ta, _NT],
      [() => Tags, 0]
    ];
    var ListTargetsForPolicyRequest$ = [
      3,
      n0,
      _LTFPR,
      0,
      [_PI, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListTargetsForPolicyResponse$ = [
      3,
      n0,
      _LTFPRi,
      0,
      [_Targ, _NT],
      [() => PolicyTargets, 0]
    ];
    var MoveAccountRequest$ = [
      3,
      n0,
      _MAR,
      0,
      [_AI, _SPI, _DPI],
      [0, 0, 0],
      3
    ];
    var Organization$ = [
      3,
      n0,
      _O,
      0,
      [_I, _Ar, _FS, _MAA, _MAI, _MAE, _APT],
      [0, 0, 0, 0, 0, [() => Email, 0], () => PolicyTypes]
    ];
    var OrganizationalUnit$ = [
      3,
      n0,
      _OU,
      0,
      [_I, _Ar, _N, _Pat],
      [0, 0, 0, 0]
    ];
    var Parent$ = [
      3,
      n0,
      _Pare,
      0,
      [_I, _T],
      [0, 0]
    ];
    var Policy$ = [
      3,
      n0,
      _Po,
      0,
      [_PS, _Co],
      [() => PolicySummary$, 0]
    ];
    var PolicySummary$ = [
      3,
      n0,
      _PS,
      0,
      [_I, _Ar, _N, _D, _T, _AM],
      [0, 0, 0, 0, 0, 2]
    ];
    var PolicyTargetSummary$ = [
      3,
      n0,
      _PTS,
      0,
      [_TI, _Ar, _N, _T],
      [0, 0, 0, 0]
    ];
    var PolicyTypeSummary$ = [
      3,
      n0,
      _PTSo,
      0,
      [_T, _S],
      [0, 0]
    ];
    var PutResourcePolicyRequest$ = [
      3,
      n0,
      _PRPR,
      0,
      [_Co, _Ta],
      [0, () => Tags],
      1
    ];
    var PutResourcePolicyResponse$ = [
      3,
      n0,
      _PRPRu,
      0,
      [_RP],
      [() => ResourcePolicy$]
    ];
    var RegisterDelegatedAdministratorRequest$ = [
      3,
      n0,
      _RDAR,
      0,
      [_AI, _SP],
      [0, 0],
      2
    ];
    var RemoveAccountFromOrganizationRequest$ = [
      3,
      n0,
      _RAFOR,
      0,
      [_AI],
      [0],
      1
    ];
    var ResourcePolicy$ = [
      3,
      n0,
      _RP,
      0,
      [_RPS, _Co],
      [() => ResourcePolicySummary$, 0]
    ];
    var ResourcePolicySummary$ = [
      3,
      n0,
      _RPS,
      0,
      [_I, _Ar],
      [0, 0]
    ];
    var ResponsibilityTransfer$ = [
      3,
      n0,
      _RTe,
      0,
      [_Ar, _N, _I, _T, _S, _So, _Tar, _ST, _ETn, _AHI],
      [0, [() => ResponsibilityTransferName, 0], 0, 0, 0, [() => TransferParticipant$, 0], [() => TransferParticipant$, 0], 4, 4, 0]
    ];
    var Root$ = [
      3,
      n0,
      _Ro,
      0,
      [_I, _Ar, _N, _PTo],
      [0, 0, 0, () => PolicyTypes]
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
    var TagResourceRequest$ = [
      3,
      n0,
      _TRR,
      0,
      [_RIe, _Ta],
      [0, () => Tags],
      2
    ];
    var TerminateResponsibilityTransferRequest$ = [
      3,
      n0,
      _TRTR,
      0,
      [_I, _ETn],
      [0, 4],
      1
    ];
    var TerminateResponsibilityTransferResponse$ = [
      3,
      n0,
      _TRTRe,
      0,
      [_RTe],
      [[() => ResponsibilityTransfer$, 0]]
    ];
    var TransferParticipant$ = [
      3,
      n0,
      _TP,
      0,
      [_MAIa, _MAEa],
      [0, [() => Email, 0]]
    ];
    var UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_RIe, _TK],
      [0, 64 | 0],
      2
    ];
    var UpdateOrganizationalUnitRequest$ = [
      3,
      n0,
      _UOUR,
      0,
      [_OUI, _N],
      [0, 0],
      1
    ];
    var UpdateOrganizationalUnitResponse$ = [
      3,
      n0,
      _UOURp,
      0,
      [_OU],
      [() => OrganizationalUnit$]
    ];
    var UpdatePolicyRequest$ = [
      3,
      n0,
      _UPR,
      0,
      [_PI, _N, _D, _Co],
      [0, 0, 0, 0],
      1
    ];
    var UpdatePolicyResponse$ = [
      3,
      n0,
      _UPRp,
      0,
      [_Po],
      [() => Policy$]
    ];
    var UpdateResponsibilityTransferRequest$ = [
      3,
      n0,
      _URTR,
      0,
      [_I, _N],
      [0, [() => ResponsibilityTransferName, 0]],
      2
    ];
    var UpdateResponsibilityTransferResponse$ = [
      3,
      n0,
      _URTRp,
      0,
      [_RTe],
      [[() => ResponsibilityTransfer$, 0]]
    ];
    var __Unit = "unit";
    var Accounts = [
      1,
      n0,
      _Acc,
      0,
      [
        () => Account$,
        0
      ]
    ];
    var Children = [
      1,
      n0,
      _Ch,
      0,
      () => Child$
    ];
    var CreateAccountStatuses = [
      1,
      n0,
      _CASr,
      0,
      [
        () => CreateAccountStatus$,
        0
      ]
    ];
    var DelegatedAdministrators = [
      1,
      n0,
      _DAe,
      0,
      [
        () => DelegatedAdministrator$,
        0
      ]
    ];
    var DelegatedServices = [
      1,
      n0,
      _DSe,
      0,
      () => DelegatedService$
    ];
    var EffectivePolicyValidationErrors = [
      1,
      n0,
      _EPVEf,
      0,
      () => EffectivePolicyValidationError$
    ];
    var EnabledServicePrincipals = [
      1,
      n0,
      _ESPn,
      0,
      () => EnabledServicePrincipal$
    ];
    var HandshakeParties = [
      1,
      n0,
      _HPa,
      0,
      [
        () => HandshakeParty$,
        0
      ]
    ];
    var HandshakeResources = [
      1,
      n0,
      _HRa,
      0,
      [
        () => HandshakeResource$,
        0
      ]
    ];
    var Handshakes = [
      1,
      n0,
      _Ha,
      0,
      [
        () => Handshake$,
        0
      ]
    ];
    var OrganizationalUnits = [
      1,
      n0,
      _OUr,
      0,
      () => OrganizationalUnit$
    ];
    var Parents = [
      1,
      n0,
      _Par,
      0,
      () => Parent$
    ];
    var Policies = [
      1,
      n0,
      _Pol,
      0,
      () => PolicySummary$
    ];
    var PolicyTargets = [
      1,
      n0,
      _PTol,
      0,
      () => PolicyTargetSummary$
    ];
    var PolicyTypes = [
      1,
      n0,
      _PTo,
      0,
      () => PolicyTypeSummary$
    ];
    var ResponsibilityTransfers = [
      1,
      n0,
      _RTes,
      0,
      [
        () => ResponsibilityTransfer$,
        0
      ]
    ];
    var Roots = [
      1,
      n0,
      _Roo,
      0,
      () => Root$
    ];
    var Tags = [
      1,
      n0,
      _Ta,
      0,
      () => Tag$
    ];
    var AcceptHandshake$ = [
      9,
      n0,
      _AH,
      0,
      () => AcceptHandshakeRequest$,
      () => AcceptHandshakeResponse$
    ];
    var AttachPolicy$ = [
      9,
      n0,
      _AP,
      0,
      () => AttachPolicyRequest$,
      () => __Unit
    ];
    var CancelHandshake$ = [
      9,
      n0,
      _CH,
      0,
      () => CancelHandshakeRequest$,
      () => CancelHandshakeResponse$
    ];
    var CloseAccount$ = [
      9,
      n0,
      _CA,
      0,
      () => CloseAccountRequest$,
      () => __Unit
    ];
    var CreateAccount$ = [
      9,
      n0,
      _CAr,
      0,
      () => CreateAccountRequest$,
      () => CreateAccountResponse$
    ];
    var CreateGovCloudAccount$ = [
      9,
      n0,
      _CGCA,
      0,
      () => CreateGovCloudAccountRequest$,
      () => CreateGovCloudAccountResponse$
    ];
    var CreateOrganization$ = [
      9,
      n0,
      _CO,
      0,
      () => CreateOrganizationRequest$,
      () => CreateOrganizationResponse$
    ];
    var CreateOrganizationalUnit$ = [
      9,
      n0,
      _COU,
      0,
      () => CreateOrganizationalUnitRequest$,
      () => CreateOrganizationalUnitResponse$
    ];
    var CreatePolicy$ = [
      9,
      n0,
      _CPr,
      0,
      () => CreatePolicyRequest$,
      () => CreatePolicyResponse$
    ];
    var DeclineHandshake$ = [
      9,
      n0,
      _DH,
      0,
      () => DeclineHandshakeRequest$,
      () => DeclineHandshakeResponse$
    ];
    var DeleteOrganization$ = [
      9,
      n0,
      _DO,
      0,
      () => __Unit,
      () => __Unit
    ];
    var DeleteOrganizationalUnit$ = [
      9,
      n0,
      _DOU,
      0,
      () => DeleteOrganizationalUnitRequest$,
      () => __Unit
    ];
    var DeletePolicy$ = [
      9,
      n0,
      _DP,
      0,
      () => DeletePolicyRequest$,
      () => __Unit
    ];
    var DeleteResourcePolicy$ = [
      9,
      n0,
      _DRP,
      0,
      () => __Unit,
      () => __Unit
    ];
    var DeregisterDelegatedAdministrator$ = [
      9,
      n0,
      _DDA,
      0,
      () => DeregisterDelegatedAdministratorRequest$,
      () => __Unit
    ];
    var DescribeAccount$ = [
      9,
      n0,
      _DAes,
      0,
      () => DescribeAccountRequest$,
      () => DescribeAccountResponse$
    ];
    var DescribeCreateAccountStatus$ = [
      9,
      n0,
      _DCAS,
      0,
      () => DescribeCreateAccountStatusRequest$,
      () => DescribeCreateAccountStatusResponse$
    ];
    var DescribeEffectivePolicy$ = [
      9,
      n0,
      _DEP,
      0,
      () => DescribeEffectivePolicyRequest$,
      () => DescribeEffectivePolicyResponse$
    ];
    var DescribeHandshake$ = [
      9,
      n0,
      _DHe,
      0,
      () => DescribeHandshakeRequest$,
      () => DescribeHandshakeResponse$
    ];
    var DescribeOrganization$ = [
      9,
      n0,
      _DOe,
      0,
      () => __Unit,
      () => DescribeOrganizationResponse$
    ];
    var DescribeOrganizationalUnit$ = [
      9,
      n0,
      _DOUe,
      0,
      () => DescribeOrganizationalUnitRequest$,
      () => DescribeOrganizationalUnitResponse$
    ];
    var DescribePolicy$ = [
      9,
      n0,
      _DPe,
      0,
      () => DescribePolicyRequest$,
      () => DescribePolicyResponse$
    ];
    var DescribeResourcePolicy$ = [
      9,
      n0,
      _DRPe,
      0,
      () => __Unit,
      () => DescribeResourcePolicyResponse$
    ];
    var DescribeResponsibilityTransfer$ = [
      9,
      n0,
      _DRT,
      0,
      () => DescribeResponsibilityTransferRequest$,
      () => DescribeResponsibilityTransferResponse$
    ];
    var DetachPolicy$ = [
      9,
      n0,
      _DPet,
      0,
      () => DetachPolicyRequest$,
      () => __Unit
    ];
    var DisableAWSServiceAccess$ = [
      9,
      n0,
      _DAWSSA,
      0,
      () => DisableAWSServiceAccessRequest$,
      () => __Unit
    ];
    var DisablePolicyType$ = [
      9,
      n0,
      _DPT,
      0,
      () => DisablePolicyTypeRequest$,
      () => DisablePolicyTypeResponse$
    ];
    var EnableAllFeatures$ = [
      9,
      n0,
      _EAF,
      0,
      () => EnableAllFeaturesRequest$,
      () => EnableAllFeaturesResponse$
    ];
    var EnableAWSServiceAccess$ = [
      9,
      n0,
      _EAWSSA,
      0,
      () => EnableAWSServiceAccessRequest$,
      () => __Unit
    ];
    var EnablePolicyType$ = [
      9,
      n0,
      _EPT,
      0,
      () => EnablePolicyTypeRequest$,
      () => EnablePolicyTypeResponse$
    ];
    var InviteAccountToOrganization$ = [
      9,
      n0,
      _IATO,
      0,
      () => InviteAccountToOrganizationRequest$,
      () => InviteAccountToOrganizationResponse$
    ];
    var InviteOrganizationToTransferResponsibility$ = [
      9,
      n0,
      _IOTTR,
      0,
      () => InviteOrganizationToTransferResponsibilityRequest$,
      () => InviteOrganizationToTransferResponsibilityResponse$
    ];
    var LeaveOrganization$ = [
      9,
      n0,
      _LO,
      0,
      () => __Unit,
      () => __Unit
    ];
    var ListAccounts$ = [
      9,
      n0,
      _LA,
      0,
      () => ListAccountsRequest$,
      () => ListAccountsResponse$
    ];
    var ListAccountsForParent$ = [
      9,
      n0,
      _LAFP,
      0,
      () => ListAccountsForParentRequest$,
      () => ListAccountsForParentResponse$
    ];
    var ListAccountsWithInvalidEffectivePolicy$ = [
      9,
      n0,
      _LAWIEP,
      0,
      () => ListAccountsWithInvalidEffectivePolicyRequest$,
      () => ListAccountsWithInvalidEffectivePolicyResponse$
    ];
    var ListAWSServiceAccessForOrganization$ = [
      9,
      n0,
      _LAWSSAFO,
      0,
      () => ListAWSServiceAccessForOrganizationRequest$,
      () => ListAWSServiceAccessForOrganizationResponse$
    ];
    var ListChildren$ = [
      9,
      n0,
      _LC,
      0,
      () => ListChildrenRequest$,
      () => ListChildrenResponse$
    ];
    var ListCreateAccountStatus$ = [
      9,
      n0,
      _LCAS,
      0,
      () => ListCreateAccountStatusRequest$,
      () => ListCreateAccountStatusResponse$
    ];
    var ListDelegatedAdministrators$ = [
      9,
      n0,
      _LDA,
      0,
      () => ListDelegatedAdministratorsRequest$,
      () => ListDelegatedAdministratorsResponse$
    ];
    var ListDelegatedServicesForAccount$ = [
      9,
      n0,
      _LDSFA,
      0,
      () => ListDelegatedServicesForAccountRequest$,
      () => ListDelegatedServicesForAccountResponse$
    ];
    var ListEffectivePolicyValidationErrors$ = [
      9,
      n0,
      _LEPVE,
      0,
      () => ListEffectivePolicyValidationErrorsRequest$,
      () => ListEffectivePolicyValidationErrorsResponse$
    ];
    var ListHandshakesForAccount$ = [
      9,
      n0,
      _LHFA,
      0,
      () => ListHandshakesForAccountRequest$,
      () => ListHandshakesForAccountResponse$
    ];
    var ListHandshakesForOrganization$ = [
      9,
      n0,
      _LHFO,
      0,
      () => ListHandshakesForOrganizationRequest$,
      () => ListHandshakesForOrganizationResponse$
    ];
    var ListInboundResponsibilityTransfers$ = [
      9,
      n0,
      _LIRT,
      0,
      () => ListInboundResponsibilityTransfersRequest$,
      () => ListInboundResponsibilityTransfersResponse$
    ];
    var ListOrganizationalUnitsForParent$ = [
      9,
      n0,
      _LOUFP,
      0,
      () => ListOrganizationalUnitsForParentRequest$,
      () => ListOrganizationalUnitsForParentResponse$
    ];
    var ListOutboundResponsibilityTransfers$ = [
      9,
      n0,
      _LORT,
      0,
      () => ListOutboundResponsibilityTransfersRequest$,
      () => ListOutboundResponsibilityTransfersResponse$
    ];
    var ListParents$ = [
      9,
      n0,
      _LP,
      0,
      () => ListParentsRequest$,
      () => ListParentsResponse$
    ];
    var ListPolicies$ = [
      9,
      n0,
      _LPi,
      0,
      () => ListPoliciesRequest$,
      () => ListPoliciesResponse$
    ];
    var ListPoliciesForTarget$ = [
      9,
      n0,
      _LPFT,
      0,
      () => ListPoliciesForTargetRequest$,
      () => ListPoliciesForTargetResponse$
    ];
    var ListRoots$ = [
      9,
      n0,
      _LR,
      0,
      () => ListRootsRequest$,
      () => ListRootsResponse$
    ];
    var ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      0,
      () => ListTagsForResourceRequest$,
      () => ListTagsForResourceResponse$
    ];
    var ListTargetsForPolicy$ = [
      9,
      n0,
      _LTFP,
      0,
      () => ListTargetsForPolicyRequest$,
      () => ListTargetsForPolicyResponse$
    ];
    var MoveAccount$ = [
      9,
      n0,
      _MA,
      0,
      () => MoveAccountRequest$,
      () => __Unit
    ];
    var PutResourcePolicy$ = [
      9,
      n0,
      _PRP,
      0,
      () => PutResourcePolicyRequest$,
      () => PutResourcePolicyResponse$
    ];
    var RegisterDelegatedAdministrator$ = [
      9,
      n0,
      _RDA,
      0,
      () => RegisterDelegatedAdministratorRequest$,
      () => __Unit
    ];
    var RemoveAccountFromOrganization$ = [
      9,
      n0,
      _RAFO,
      0,
      () => RemoveAccountFromOrganizationRequest$,
      () => __Unit
    ];
    var TagResource$ = [
      9,
      n0,
      _TR,
      0,
      () => TagResourceRequest$,
      () => __Unit
    ];
    var TerminateResponsibilityTransfer$ = [
      9,
      n0,
      _TRT,
      0,
      () => TerminateResponsibilityTransferRequest$,
      () => TerminateResponsibilityTransferResponse$
    ];
    var UntagResource$ = [
      9,
      n0,
      _UR,
      0,
      () => UntagResourceRequest$,
      () => __Unit
    ];
    var UpdateOrganizationalUnit$ = [
      9,
      n0,
      _UOU,
      0,
      () => UpdateOrganizationalUnitRequest$,
      () => UpdateOrganizationalUnitResponse$
    ];
    var UpdatePolicy$ = [
      9,
      n0,
      _UP,
      0,
      () => UpdatePolicyRequest$,
      () => UpdatePolicyResponse$
    ];
    var UpdateResponsibilityTransfer$ = [
      9,
      n0,
      _URT,
      0,
      () => UpdateResponsibilityTransferRequest$,
      () => UpdateResponsibilityTransferResponse$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2016-11-28",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultOrganizationsHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.organizations",
          errorTypeRegistries,
          xmlNamespace: "http://organizations.amazonaws.com/doc/2016-11-28/",
          version: "2016-11-28",
          serviceTarget: "AWSOrganizationsV20161128"
        },
        serviceId: config?.serviceId ?? "Organizations",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
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
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
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
    var OrganizationsClient = class extends Client {
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
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultOrganizationsHttpAuthSchemeParametersProvider,
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
    var command = makeBuilder(commonParams, "AWSOrganizationsV20161128", "OrganizationsClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var AcceptHandshakeCommand = class extends command(_ep0, _mw0, "AcceptHandshake", AcceptHandshake$) {
    };
    var AttachPolicyCommand = class extends command(_ep0, _mw0, "AttachPolicy", AttachPolicy$) {
    };
    var CancelHandshakeCommand = class extends command(_ep0, _mw0, "CancelHandshake", CancelHandshake$) {
    };
    var CloseAccountCommand = class extends command(_ep0, _mw0, "CloseAccount", CloseAccount$) {
    };
    var CreateAccountCommand = class extends command(_ep0, _mw0, "CreateAccount", CreateAccount$) {
    };
    var CreateGovCloudAccountCommand = class extends command(_ep0, _mw0, "CreateGovCloudAccount", CreateGovCloudAccount$) {
    };
    var CreateOrganizationalUnitCommand = class extends command(_ep0, _mw0, "CreateOrganizationalUnit", CreateOrganizationalUnit$) {
    };
    var CreateOrganizationCommand = class extends command(_ep0, _mw0, "CreateOrganization", CreateOrganization$) {
    };
    var CreatePolicyCommand = class extends command(_ep0, _mw0, "CreatePolicy", CreatePolicy$) {
    };
    var DeclineHandshakeCommand = class extends command(_ep0, _mw0, "DeclineHandshake", DeclineHandshake$) {
    };
    var DeleteOrganizationalUnitCommand = class extends command(_ep0, _mw0, "DeleteOrganizationalUnit", DeleteOrganizationalUnit$) {
    };
    var DeleteOrganizationCommand = class extends command(_ep0, _mw0, "DeleteOrganization", DeleteOrganization$) {
    };
    var DeletePolicyCommand = class extends command(_ep0, _mw0, "DeletePolicy", DeletePolicy$) {
    };
    var DeleteResourcePolicyCommand = class extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
    };
    var DeregisterDelegatedAdministratorCommand = class extends command(_ep0, _mw0, "DeregisterDelegatedAdministrator", DeregisterDelegatedAdministrator$) {
    };
    var DescribeAccountCommand = class extends command(_ep0, _mw0, "DescribeAccount", DescribeAccount$) {
    };
    var DescribeCreateAccountStatusCommand = class extends command(_ep0, _mw0, "DescribeCreateAccountStatus", DescribeCreateAccountStatus$) {
    };
    var DescribeEffectivePolicyCommand = class extends command(_ep0, _mw0, "DescribeEffectivePolicy", DescribeEffectivePolicy$) {
    };
    var DescribeHandshakeCommand = class extends command(_ep0, _mw0, "DescribeHandshake", DescribeHandshake$) {
    };
    var DescribeOrganizationalUnitCommand = class extends command(_ep0, _mw0, "DescribeOrganizationalUnit", DescribeOrganizationalUnit$) {
    };
    var DescribeOrganizationCommand = class extends command(_ep0, _mw0, "DescribeOrganization", DescribeOrganization$) {
    };
    var DescribePolicyCommand = class extends command(_ep0, _mw0, "DescribePolicy", DescribePolicy$) {
    };
    var DescribeResourcePolicyCommand = class extends command(_ep0, _mw0, "DescribeResourcePolicy", DescribeResourcePolicy$) {
    };
    var DescribeResponsibilityTransferCommand = class extends command(_ep0, _mw0, "DescribeResponsibilityTransfer", DescribeResponsibilityTransfer$) {
    };
    var DetachPolicyCommand = class extends command(_ep0, _mw0, "DetachPolicy", DetachPolicy$) {
    };
    var DisableAWSServiceAccessCommand = class extends command(_ep0, _mw0, "DisableAWSServiceAccess", DisableAWSServiceAccess$) {
    };
    var DisablePolicyTypeCommand = class extends command(_ep0, _mw0, "DisablePolicyType", DisablePolicyType$) {
    };
    var EnableAllFeaturesCommand = class extends command(_ep0, _mw0, "EnableAllFeatures", EnableAllFeatures$) {
    };
    var EnableAWSServiceAccessCommand = class extends command(_ep0, _mw0, "EnableAWSServiceAccess", EnableAWSServiceAccess$) {
    };
    var EnablePolicyTypeCommand = class extends command(_ep0, _mw0, "EnablePolicyType", EnablePolicyType$) {
    };
    var InviteAccountToOrganizationCommand = class extends command(_ep0, _mw0, "InviteAccountToOrganization", InviteAccountToOrganization$) {
    };
    var InviteOrganizationToTransferResponsibilityCommand = class extends command(_ep0, _mw0, "InviteOrganizationToTransferResponsibility", InviteOrganizationToTransferResponsibility$) {
    };
    var LeaveOrganizationCommand = class extends command(_ep0, _mw0, "LeaveOrganization", LeaveOrganization$) {
    };
    var ListAccountsCommand = class extends command(_ep0, _mw0, "ListAccounts", ListAccounts$) {
    };
    var ListAccountsForParentCommand = class extends command(_ep0, _mw0, "ListAccountsForParent", ListAccountsForParent$) {
    };
    var ListAccountsWithInvalidEffectivePolicyCommand = class extends command(_ep0, _mw0, "ListAccountsWithInvalidEffectivePolicy", ListAccountsWithInvalidEffectivePolicy$) {
    };
    var ListAWSServiceAccessForOrganizationCommand = class extends command(_ep0, _mw0, "ListAWSServiceAccessForOrganization", ListAWSServiceAccessForOrganization$) {
    };
    var ListChildrenCommand = class extends command(_ep0, _mw0, "ListChildren", ListChildren$) {
    };
    var ListCreateAccountStatusCommand = class extends command(_ep0, _mw0, "ListCreateAccountStatus", ListCreateAccountStatus$) {
    };
    var ListDelegatedAdministratorsCommand = class extends command(_ep0, _mw0, "ListDelegatedAdministrators", ListDelegatedAdministrators$) {
    };
    var ListDelegatedServicesForAccountCommand = class extends command(_ep0, _mw0, "ListDelegatedServicesForAccount", ListDelegatedServicesForAccount$) {
    };
    var ListEffectivePolicyValidationErrorsCommand = class extends command(_ep0, _mw0, "ListEffectivePolicyValidationErrors", ListEffectivePolicyValidationErrors$) {
    };
    var ListHandshakesForAccountCommand = class extends command(_ep0, _mw0, "ListHandshakesForAccount", ListHandshakesForAccount$) {
    };
    var ListHandshakesForOrganizationCommand = class extends command(_ep0, _mw0, "ListHandshakesForOrganization", ListHandshakesForOrganization$) {
    };
    var ListInboundResponsibilityTransfersCommand = class extends command(_ep0, _mw0, "ListInboundResponsibilityTransfers", ListInboundResponsibilityTransfers$) {
    };
    var ListOrganizationalUnitsForParentCommand = class extends command(_ep0, _mw0, "ListOrganizationalUnitsForParent", ListOrganizationalUnitsForParent$) {
    };
    var ListOutboundResponsibilityTransfersCommand = class extends command(_ep0, _mw0, "ListOutboundResponsibilityTransfers", ListOutboundResponsibilityTransfers$) {
    };
    var ListParentsCommand = class extends command(_ep0, _mw0, "ListParents", ListParents$) {
    };
    var ListPoliciesCommand = class extends command(_ep0, _mw0, "ListPolicies", ListPolicies$) {
    };
    var ListPoliciesForTargetCommand = class extends command(_ep0, _mw0, "ListPoliciesForTarget", ListPoliciesForTarget$) {
    };
    var ListRootsCommand = class extends command(_ep0, _mw0, "ListRoots", ListRoots$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var ListTargetsForPolicyCommand = class extends command(_ep0, _mw0, "ListTargetsForPolicy", ListTargetsForPolicy$) {
    };
    var MoveAccountCommand = class extends command(_ep0, _mw0, "MoveAccount", MoveAccount$) {
    };
    var PutResourcePolicyCommand = class extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
    };
    var RegisterDelegatedAdministratorCommand = class extends command(_ep0, _mw0, "RegisterDelegatedAdministrator", RegisterDelegatedAdministrator$) {
    };
    var RemoveAccountFromOrganizationCommand = class extends command(_ep0, _mw0, "RemoveAccountFromOrganization", RemoveAccountFromOrganization$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var TerminateResponsibilityTransferCommand = class extends command(_ep0, _mw0, "TerminateResponsibilityTransfer", TerminateResponsibilityTransfer$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var UpdateOrganizationalUnitCommand = class extends command(_ep0, _mw0, "UpdateOrganizationalUnit", UpdateOrganizationalUnit$) {
    };
    var UpdatePolicyCommand = class extends command(_ep0, _mw0, "UpdatePolicy", UpdatePolicy$) {
    };
    var UpdateResponsibilityTransferCommand = class extends command(_ep0, _mw0, "UpdateResponsibilityTransfer", UpdateResponsibilityTransfer$) {
    };
    var paginateListAccountsForParent = createPaginator(OrganizationsClient, ListAccountsForParentCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAccounts = createPaginator(OrganizationsClient, ListAccountsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAccountsWithInvalidEffectivePolicy = createPaginator(OrganizationsClient, ListAccountsWithInvalidEffectivePolicyCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAWSServiceAccessForOrganization = createPaginator(OrganizationsClient, ListAWSServiceAccessForOrganizationCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListChildren = createPaginator(OrganizationsClient, ListChildrenCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListCreateAccountStatus = createPaginator(OrganizationsClient, ListCreateAccountStatusCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListDelegatedAdministrators = createPaginator(OrganizationsClient, ListDelegatedAdministratorsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListDelegatedServicesForAccount = createPaginator(OrganizationsClient, ListDelegatedServicesForAccountCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListEffectivePolicyValidationErrors = createPaginator(OrganizationsClient, ListEffectivePolicyValidationErrorsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListHandshakesForAccount = createPaginator(OrganizationsClient, ListHandshakesForAccountCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListHandshakesForOrganization = createPaginator(OrganizationsClient, ListHandshakesForOrganizationCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListOrganizationalUnitsForParent = createPaginator(OrganizationsClient, ListOrganizationalUnitsForParentCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListParents = createPaginator(OrganizationsClient, ListParentsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListPoliciesForTarget = createPaginator(OrganizationsClient, ListPoliciesForTargetCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListPolicies = createPaginator(OrganizationsClient, ListPoliciesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListRoots = createPaginator(OrganizationsClient, ListRootsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListTagsForResource = createPaginator(OrganizationsClient, ListTagsForResourceCommand, "NextToken", "NextToken", "");
    var paginateListTargetsForPolicy = createPaginator(OrganizationsClient, ListTargetsForPolicyCommand, "NextToken", "NextToken", "MaxResults");
    var commands = {
      AcceptHandshakeCommand,
      AttachPolicyCommand,
      CancelHandshakeCommand,
      CloseAccountCommand,
      CreateAccountCommand,
      CreateGovCloudAccountCommand,
      CreateOrganizationCommand,
      CreateOrganizationalUnitCommand,
      CreatePolicyCommand,
      DeclineHandshakeCommand,
      DeleteOrganizationCommand,
      DeleteOrganizationalUnitCommand,
      DeletePolicyCommand,
      DeleteResourcePolicyCommand,
      DeregisterDelegatedAdministratorCommand,
      DescribeAccountCommand,
      DescribeCreateAccountStatusCommand,
      DescribeEffectivePolicyCommand,
      DescribeHandshakeCommand,
      DescribeOrganizationCommand,
      DescribeOrganizationalUnitCommand,
      DescribePolicyCommand,
      DescribeResourcePolicyCommand,
      DescribeResponsibilityTransferCommand,
      DetachPolicyCommand,
      DisableAWSServiceAccessCommand,
      DisablePolicyTypeCommand,
      EnableAllFeaturesCommand,
      EnableAWSServiceAccessCommand,
      EnablePolicyTypeCommand,
      InviteAccountToOrganizationCommand,
      InviteOrganizationToTransferResponsibilityCommand,
      LeaveOrganizationCommand,
      ListAccountsCommand,
      ListAccountsForParentCommand,
      ListAccountsWithInvalidEffectivePolicyCommand,
      ListAWSServiceAccessForOrganizationCommand,
      ListChildrenCommand,
      ListCreateAccountStatusCommand,
      ListDelegatedAdministratorsCommand,
      ListDelegatedServicesForAccountCommand,
      ListEffectivePolicyValidationErrorsCommand,
      ListHandshakesForAccountCommand,
      ListHandshakesForOrganizationCommand,
      ListInboundResponsibilityTransfersCommand,
      ListOrganizationalUnitsForParentCommand,
      ListOutboundResponsibilityTransfersCommand,
      ListParentsCommand,
      ListPoliciesCommand,
      ListPoliciesForTargetCommand,
      ListRootsCommand,
      ListTagsForResourceCommand,
      ListTargetsForPolicyCommand,
      MoveAccountCommand,
      PutResourcePolicyCommand,
      RegisterDelegatedAdministratorCommand,
      RemoveAccountFromOrganizationCommand,
      TagResourceCommand,
      TerminateResponsibilityTransferCommand,
      UntagResourceCommand,
      UpdateOrganizationalUnitCommand,
      UpdatePolicyCommand,
      UpdateResponsibilityTransferCommand
    };
    var paginators = {
      paginateListAccounts,
      paginateListAccountsForParent,
      paginateListAccountsWithInvalidEffectivePolicy,
      paginateListAWSServiceAccessForOrganization,
      paginateListChildren,
      paginateListCreateAccountStatus,
      paginateListDelegatedAdministrators,
      paginateListDelegatedServicesForAccount,
      paginateListEffectivePolicyValidationErrors,
      paginateListHandshakesForAccount,
      paginateListHandshakesForOrganization,
      paginateListOrganizationalUnitsForParent,
      paginateListParents,
      paginateListPolicies,
      paginateListPoliciesForTarget,
      paginateListRoots,
      paginateListTagsForResource,
      paginateListTargetsForPolicy
    };
    var Organizations = class extends OrganizationsClient {
    };
    createAggregatedClient(commands, Organizations, { paginators });
    var ActionType = {
      ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE: "ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE",
      APPROVE_ALL_FEATURES: "APPROVE_ALL_FEATURES",
      ENABLE_ALL_FEATURES: "ENABLE_ALL_FEATURES",
      INVITE_ACCOUNT_TO_ORGANIZATION: "INVITE",
      TRANSFER_RESPONSIBILITY: "TRANSFER_RESPONSIBILITY"
    };
    var HandshakePartyType = {
      ACCOUNT: "ACCOUNT",
      EMAIL: "EMAIL",
      ORGANIZATION: "ORGANIZATION"
    };
    var HandshakeResourceType = {
      ACCOUNT: "ACCOUNT",
      EMAIL: "EMAIL",
      MANAGEMENT_ACCOUNT: "MANAGEMENT_ACCOUNT",
      MANAGEMENT_EMAIL: "MANAGEMENT_EMAIL",
      MANAGEMENT_NAME: "MANAGEMENT_NAME",
      MASTER_EMAIL: "MASTER_EMAIL",
      MASTER_NAME: "MASTER_NAME",
      NOTES: "NOTES",
      ORGANIZATION: "ORGANIZATION",
      ORGANIZATION_FEATURE_SET: "ORGANIZATION_FEATURE_SET",
      PARENT_HANDSHAKE: "PARENT_HANDSHAKE",
      RESPONSIBILITY_TRANSFER: "RESPONSIBILITY_TRANSFER",
      TRANSFER_START_TIMESTAMP: "TRANSFER_START_TIMESTAMP",
      TRANSFER_TYPE: "TRANSFER_TYPE"
    };
    var HandshakeState = {
      ACCEPTED: "ACCEPTED",
      CANCELED: "CANCELED",
      DECLINED: "DECLINED",
      EXPIRED: "EXPIRED",
      OPEN: "OPEN",
      REQUESTED: "REQUESTED"
    };
    var AccessDeniedForDependencyExceptionReason = {
      ACCESS_DENIED_DURING_CREATE_SERVICE_LINKED_ROLE: "ACCESS_DENIED_DURING_CREATE_SERVICE_LINKED_ROLE"
    };
    var ConstraintViolationExceptionReason = {
      ACCOUNT_CANNOT_LEAVE_ORGANIZATION: "ACCOUNT_CANNOT_LEAVE_ORGANIZATION",
      ACCOUNT_CANNOT_LEAVE_WITHOUT_EULA: "ACCOUNT_CANNOT_LEAVE_WITHOUT_EULA",
      ACCOUNT_CANNOT_LEAVE_WITHOUT_PHONE_VERIFICATION: "ACCOUNT_CANNOT_LEAVE_WITHOUT_PHONE_VERIFICATION",
      ACCOUNT_CREATION_NOT_COMPLETE: "ACCOUNT_CREATION_NOT_COMPLETE",
      ACCOUNT_CREATION_RATE_LIMIT_EXCEEDED: "ACCOUNT_CREATION_RATE_LIMIT_EXCEEDED",
      ACCOUNT_NOT_ACTIVE_FOR_TRANSFER_RESPONSIBILITY: "ACCOUNT_NOT_ACTIVE_FOR_TRANSFER_RESPONSIBILITY",
      ACCOUNT_NUMBER_LIMIT_EXCEEDED: "ACCOUNT_NUMBER_LIMIT_EXCEEDED",
      ACTIVE_RESPONSIBILITY_TRANSFER_PROCESS: "ACTIVE_RESPONSIBILITY_TRANSFER_PROCESS",
      ALL_FEATURES_MIGRATION_ORGANIZATION_SIZE_LIMIT_EXCEEDED: "ALL_FEATURES_MIGRATION_ORGANIZATION_SIZE_LIMIT_EXCEEDED",
      CANNOT_CLOSE_MANAGEMENT_ACCOUNT: "CANNOT_CLOSE_MANAGEMENT_ACCOUNT",
      CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR: "CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR",
      CANNOT_REGISTER_SUSPENDED_ACCOUNT_AS_DELEGATED_ADMINISTRATOR: "CANNOT_REGISTER_SUSPENDED_ACCOUNT_AS_DELEGATED_ADMINISTRATOR",
      CANNOT_REMOVE_DELEGATED_ADMINISTRATOR_FROM_ORG: "CANNOT_REMOVE_DELEGATED_ADMINISTRATOR_FROM_ORG",
      CLOSE_ACCOUNT_QUOTA_EXCEEDED: "CLOSE_ACCOUNT_QUOTA_EXCEEDED",
      CLOSE_ACCOUNT_REQUESTS_LIMIT_EXCEEDED: "CLOSE_ACCOUNT_REQUESTS_LIMIT_EXCEEDED",
      CREATE_ORGANIZATION_IN_BILLING_MODE_UNSUPPORTED_REGION: "CREATE_ORGANIZATION_IN_BILLING_MODE_UNSUPPORTED_REGION",
      DELEGATED_ADMINISTRATOR_EXISTS_FOR_THIS_SERVICE: "DELEGATED_ADMINISTRATOR_EXISTS_FOR_THIS_SERVICE",
      EMAIL_VERIFICATION_CODE_EXPIRED: "EMAIL_VERIFICATION_CODE_EXPIRED",
      HANDSHAKE_RATE_LIMIT_EXCEEDED: "HANDSHAKE_RATE_LIMIT_EXCEEDED",
      INVALID_PAYMENT_INSTRUMENT: "INVALID_PAYMENT_INSTRUMENT",
      MASTER_ACCOUNT_ADDRESS_DOES_NOT_MATCH_MARKETPLACE: "MASTER_ACCOUNT_ADDRESS_DOES_NOT_MATCH_MARKETPLACE",
      MASTER_ACCOUNT_MISSING_BUSINESS_LICENSE: "MASTER_ACCOUNT_MISSING_BUSINESS_LICENSE",
      MASTER_ACCOUNT_MISSING_CONTACT_INFO: "MASTER_ACCOUNT_MISSING_CONTACT_INFO",
      MASTER_ACCOUNT_NOT_GOVCLOUD_ENABLED: "MASTER_ACCOUNT_NOT_GOVCLOUD_ENABLED",
      MASTER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED: "MASTER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED",
      MAX_DELEGATED_ADMINISTRATORS_FOR_SERVICE_LIMIT_EXCEEDED: "MAX_DELEGATED_ADMINISTRATORS_FOR_SERVICE_LIMIT_EXCEEDED",
      MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED: "MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
      MAX_TAG_LIMIT_EXCEEDED: "MAX_TAG_LIMIT_EXCEEDED",
      MEMBER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED: "MEMBER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED",
      MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED: "MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
      ORGANIZATION_NOT_IN_ALL_FEATURES_MODE: "ORGANIZATION_NOT_IN_ALL_FEATURES_MODE",
      OU_DEPTH_LIMIT_EXCEEDED: "OU_DEPTH_LIMIT_EXCEEDED",
      OU_NUMBER_LIMIT_EXCEEDED: "OU_NUMBER_LIMIT_EXCEEDED",
      POLICY_CONTENT_LIMIT_EXCEEDED: "POLICY_CONTENT_LIMIT_EXCEEDED",
      POLICY_NUMBER_LIMIT_EXCEEDED: "POLICY_NUMBER_LIMIT_EXCEEDED",
      POLICY_TYPE_ENABLED_FOR_THIS_SERVICE: "POLICY_TYPE_ENABLED_FOR_THIS_SERVICE",
      RESPONSIBILITY_TRANSFER_MAX_INBOUND_QUOTA_VIOLATION: "RESPONSIBILITY_TRANSFER_MAX_INBOUND_QUOTA_VIOLATION",
      RESPONSIBILITY_TRANSFER_MAX_LEVEL_VIOLATION: "RESPONSIBILITY_TRANSFER_MAX_LEVEL_VIOLATION",
      RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION: "RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION",
      RESPONSIBILITY_TRANSFER_MAX_TRANSFERS_QUOTA_VIOLATION: "RESPONSIBILITY_TRANSFER_MAX_TRANSFERS_QUOTA_VIOLATION",
      SERVICE_ACCESS_NOT_ENABLED: "SERVICE_ACCESS_NOT_ENABLED",
      TAG_POLICY_VIOLATION: "TAG_POLICY_VIOLATION",
      TRANSFER_RESPONSIBILITY_SOURCE_DELETION_IN_PROGRESS: "TRANSFER_RESPONSIBILITY_SOURCE_DELETION_IN_PROGRESS",
      TRANSFER_RESPONSIBILITY_TARGET_DELETION_IN_PROGRESS: "TRANSFER_RESPONSIBILITY_TARGET_DELETION_IN_PROGRESS",
      TRANSFER_RESPONSIBILITY_UPDATE_NOT_ALLOWED: "TRANSFER_RESPONSIBILITY_UPDATE_NOT_ALLOWED",
      UNMET_BILLING_PREREQUISITE: "UNMET_BILLING_PREREQUISITE",
      UNSUPPORTED_PRICING: "UNSUPPORTED_PRICING",
      WAIT_PERIOD_ACTIVE: "WAIT_PERIOD_ACTIVE"
    };
    var HandshakeConstraintViolationExceptionReason = {
      ACCOUNT_NUMBER_LIMIT_EXCEEDED: "ACCOUNT_NUMBER_LIMIT_EXCEEDED",
      ALREADY_IN_AN_ORGANIZATION: "ALREADY_IN_AN_ORGANIZATION",
      HANDSHAKE_RATE_LIMIT_EXCEEDED: "HANDSHAKE_RATE_LIMIT_EXCEEDED",
      INVITE_DISABLED_DURING_ENABLE_ALL_FEATURES: "INVITE_DISABLED_DURING_ENABLE_ALL_FEATURES",
      LEGACY_PERMISSIONS_STILL_IN_USE: "LEGACY_PERMISSIONS_STILL_IN_USE",
      MANAGEMENT_ACCOUNT_EMAIL_NOT_VERIFIED: "MANAGEMENT_ACCOUNT_EMAIL_NOT_VERIFIED",
      ORGANIZATION_ALREADY_HAS_ALL_FEATURES: "ORGANIZATION_ALREADY_HAS_ALL_FEATURES",
      ORGANIZATION_FROM_DIFFERENT_SELLER_OF_RECORD: "ORGANIZATION_FROM_DIFFERENT_SELLER_OF_RECORD",
      ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION: "ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION",
      ORGANIZATION_MEMBERSHIP_CHANGE_RATE_LIMIT_EXCEEDED: "ORGANIZATION_MEMBERSHIP_CHANGE_RATE_LIMIT_EXCEEDED",
      PAST_DUE_INVOICE: "PAST_DUE_INVOICE",
      PAYMENT_INSTRUMENT_REQUIRED: "PAYMENT_INSTRUMENT_REQUIRED",
      RESPONSIBILITY_TRANSFER_ALREADY_EXISTS: "RESPONSIBILITY_TRANSFER_ALREADY_EXISTS",
      SOURCE_AND_TARGET_CANNOT_MATCH: "SOURCE_AND_TARGET_CANNOT_MATCH",
      TARGET_ACCOUNT_VALIDATION_FAILURE: "TARGET_ACCOUNT_VALIDATION_FAILURE",
      UNUSED_PREPAYMENT_BALANCE: "UNUSED_PREPAYMENT_BALANCE"
    };
    var InvalidInputExceptionReason = {
      CALLER_REQUIRED_FIELD_MISSING: "CALLER_REQUIRED_FIELD_MISSING",
      DUPLICATE_TAG_KEY: "DUPLICATE_TAG_KEY",
      END_DATE_NOT_END_OF_MONTH: "END_DATE_NOT_END_OF_MONTH",
      END_DATE_TOO_EARLY: "END_DATE_TOO_EARLY",
      END_DATE_TOO_LATE: "END_DATE_TOO_LATE",
      IMMUTABLE_POLICY: "IMMUTABLE_POLICY",
      INPUT_REQUIRED: "INPUT_REQUIRED",
      INVALID_EMAIL_ADDRESS_TARGET: "INVALID_EMAIL_ADDRESS_TARGET",
      INVALID_END_DATE: "INVALID_END_DATE",
      INVALID_ENUM: "INVALID_ENUM",
      INVALID_ENUM_POLICY_TYPE: "INVALID_ENUM_POLICY_TYPE",
      INVALID_FULL_NAME_TARGET: "INVALID_FULL_NAME_TARGET",
      INVALID_LIST_MEMBER: "INVALID_LIST_MEMBER",
      INVALID_PAGINATION_TOKEN: "INVALID_NEXT_TOKEN",
      INVALID_PARTY_TYPE_TARGET: "INVALID_PARTY_TYPE_TARGET",
      INVALID_PATTERN: "INVALID_PATTERN",
      INVALID_PATTERN_TARGET_ID: "INVALID_PATTERN_TARGET_ID",
      INVALID_PRINCIPAL: "INVALID_PRINCIPAL",
      INVALID_RESOURCE_POLICY_JSON: "INVALID_RESOURCE_POLICY_JSON",
      INVALID_ROLE_NAME: "INVALID_ROLE_NAME",
      INVALID_START_DATE: "INVALID_START_DATE",
      INVALID_SYNTAX_ORGANIZATION: "INVALID_SYNTAX_ORGANIZATION_ARN",
      INVALID_SYNTAX_POLICY: "INVALID_SYNTAX_POLICY_ID",
      INVALID_SYSTEM_TAGS_PARAMETER: "INVALID_SYSTEM_TAGS_PARAMETER",
      MAX_FILTER_LIMIT_EXCEEDED: "MAX_LIMIT_EXCEEDED_FILTER",
      MAX_LENGTH_EXCEEDED: "MAX_LENGTH_EXCEEDED",
      MAX_VALUE_EXCEEDED: "MAX_VALUE_EXCEEDED",
      MIN_LENGTH_EXCEEDED: "MIN_LENGTH_EXCEEDED",
      MIN_VALUE_EXCEEDED: "MIN_VALUE_EXCEEDED",
      MOVING_ACCOUNT_BETWEEN_DIFFERENT_ROOTS: "MOVING_ACCOUNT_BETWEEN_DIFFERENT_ROOTS",
      NON_DETACHABLE_POLICY: "NON_DETACHABLE_POLICY",
      START_DATE_NOT_BEGINNING_OF_DAY: "START_DATE_NOT_BEGINNING_OF_DAY",
      START_DATE_NOT_BEGINNING_OF_MONTH: "START_DATE_NOT_BEGINNING_OF_MONTH",
      START_DATE_TOO_EARLY: "START_DATE_TOO_EARLY",
      START_DATE_TOO_LATE: "START_DATE_TOO_LATE",
      TARGET_NOT_SUPPORTED: "TARGET_NOT_SUPPORTED",
      UNRECOGNIZED_SERVICE_PRINCIPAL: "UNRECOGNIZED_SERVICE_PRINCIPAL",
      UNSUPPORTED_ACTION_IN_RESOURCE_POLICY: "UNSUPPORTED_ACTION_IN_RESOURCE_POLICY",
      UNSUPPORTED_ACTION_IN_RESPONSIBILITY_TRANSFER: "UNSUPPORTED_ACTION_IN_RESPONSIBILITY_TRANSFER",
      UNSUPPORTED_POLICY_TYPE_IN_RESOURCE_POLICY: "UNSUPPORTED_POLICY_TYPE_IN_RESOURCE_POLICY",
      UNSUPPORTED_RESOURCE_IN_RESOURCE_POLICY: "UNSUPPORTED_RESOURCE_IN_RESOURCE_POLICY"
    };
    var AccountJoinedMethod = {
      CREATED: "CREATED",
      INVITED: "INVITED"
    };
    var AccountState = {
      ACTIVE: "ACTIVE",
      CLOSED: "CLOSED",
      PENDING_ACTIVATION: "PENDING_ACTIVATION",
      PENDING_CLOSURE: "PENDING_CLOSURE",
      SUSPENDED: "SUSPENDED"
    };
    var AccountStatus = {
      ACTIVE: "ACTIVE",
      PENDING_CLOSURE: "PENDING_CLOSURE",
      SUSPENDED: "SUSPENDED"
    };
    var IAMUserAccessToBilling = {
      ALLOW: "ALLOW",
      DENY: "DENY"
    };
    var CreateAccountFailureReason = {
      ACCOUNT_LIMIT_EXCEEDED: "ACCOUNT_LIMIT_EXCEEDED",
      CONCURRENT_ACCOUNT_MODIFICATION: "CONCURRENT_ACCOUNT_MODIFICATION",
      EMAIL_ALREADY_EXISTS: "EMAIL_ALREADY_EXISTS",
      FAILED_BUSINESS_VALIDATION: "FAILED_BUSINESS_VALIDATION",
      GOVCLOUD_ACCOUNT_ALREADY_EXISTS: "GOVCLOUD_ACCOUNT_ALREADY_EXISTS",
      INTERNAL_FAILURE: "INTERNAL_FAILURE",
      INVALID_ADDRESS: "INVALID_ADDRESS",
      INVALID_EMAIL: "INVALID_EMAIL",
      INVALID_IDENTITY_FOR_BUSINESS_VALIDATION: "INVALID_IDENTITY_FOR_BUSINESS_VALIDATION",
      INVALID_PAYMENT_INSTRUMENT: "INVALID_PAYMENT_INSTRUMENT",
      MISSING_BUSINESS_VALIDATION: "MISSING_BUSINESS_VALIDATION",
      MISSING_PAYMENT_INSTRUMENT: "MISSING_PAYMENT_INSTRUMENT",
      PENDING_BUSINESS_VALIDATIONv: "PENDING_BUSINESS_VALIDATION",
      UNKNOWN_BUSINESS_VALIDATION: "UNKNOWN_BUSINESS_VALIDATION",
      UPDATE_EXISTING_RESOURCE_POLICY_WITH_TAGS_NOT_SUPPORTED: "UPDATE_EXISTING_RESOURCE_POLICY_WITH_TAGS_NOT_SUPPORTED"
    };
    var CreateAccountState = {
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      SUCCEEDED: "SUCCEEDED"
    };
    var OrganizationFeatureSet = {
      ALL: "ALL",
      CONSOLIDATED_BILLING: "CONSOLIDATED_BILLING"
    };
    var PolicyTypeStatus = {
      ENABLED: "ENABLED",
      PENDING_DISABLE: "PENDING_DISABLE",
      PENDING_ENABLE: "PENDING_ENABLE"
    };
    var PolicyType = {
      AISERVICES_OPT_OUT_POLICY: "AISERVICES_OPT_OUT_POLICY",
      BACKUP_POLICY: "BACKUP_POLICY",
      BEDROCK_POLICY: "BEDROCK_POLICY",
      CHATBOT_POLICY: "CHATBOT_POLICY",
      DECLARATIVE_POLICY_EC2: "DECLARATIVE_POLICY_EC2",
      GUARDDUTY_POLICY: "GUARDDUTY_POLICY",
      INSPECTOR_POLICY: "INSPECTOR_POLICY",
      NETWORK_SECURITY_DIRECTOR_POLICY: "NETWORK_SECURITY_DIRECTOR_POLICY",
      RESOURCE_CONTROL_POLICY: "RESOURCE_CONTROL_POLICY",
      S3_POLICY: "S3_POLICY",
      SECURITYHUB_CSPM_POLICY: "SECURITYHUB_CSPM_POLICY",
      SECURITYHUB_POLICY: "SECURITYHUB_POLICY",
      SERVICE_CONTROL_POLICY: "SERVICE_CONTROL_POLICY",
      TAG_POLICY: "TAG_POLICY",
      UPGRADE_ROLLOUT_POLICY: "UPGRADE_ROLLOUT_POLICY"
    };
    var EffectivePolicyType = {
      AISERVICES_OPT_OUT_POLICY: "AISERVICES_OPT_OUT_POLICY",
      BACKUP_POLICY: "BACKUP_POLICY",
      BEDROCK_POLICY: "BEDROCK_POLICY",
      CHATBOT_POLICY: "CHATBOT_POLICY",
      DECLARATIVE_POLICY_EC2: "DECLARATIVE_POLICY_EC2",
      GUARDDUTY_POLICY: "GUARDDUTY_POLICY",
      INSPECTOR_POLICY: "INSPECTOR_POLICY",
      NETWORK_SECURITY_DIRECTOR_POLICY: "NETWORK_SECURITY_DIRECTOR_POLICY",
      S3_POLICY: "S3_POLICY",
      SECURITYHUB_CSPM_POLICY: "SECURITYHUB_CSPM_POLICY",
      SECURITYHUB_POLICY: "SECURITYHUB_POLICY",
      TAG_POLICY: "TAG_POLICY",
      UPGRADE_ROLLOUT_POLICY: "UPGRADE_ROLLOUT_POLICY"
    };
    var ResponsibilityTransferStatus = {
      ACCEPTED: "ACCEPTED",
      CANCELED: "CANCELED",
      DECLINED: "DECLINED",
      EXPIRED: "EXPIRED",
      REQUESTED: "REQUESTED",
      WITHDRAWN: "WITHDRAWN"
    };
    var ResponsibilityTransferType = {
      BILLING: "BILLING"
    };
    var ChildType = {
      ACCOUNT: "ACCOUNT",
      ORGANIZATIONAL_UNIT: "ORGANIZATIONAL_UNIT"
    };
    var ParentType = {
      ORGANIZATIONAL_UNIT: "ORGANIZATIONAL_UNIT",
      ROOT: "ROOT"
    };
    var TargetType = {
      ACCOUNT: "ACCOUNT",
      ORGANIZATIONAL_UNIT: "ORGANIZATIONAL_UNIT",
      ROOT: "ROOT"
    };
    exports.AWSOrganizationsNotInUseException = AWSOrganizationsNotInUseException;
    exports.AWSOrganizationsNotInUseException$ = AWSOrganizationsNotInUseException$;
    exports.AcceptHandshake$ = AcceptHandshake$;
    exports.AcceptHandshakeCommand = AcceptHandshakeCommand;
    exports.AcceptHandshakeRequest$ = AcceptHandshakeRequest$;
    exports.AcceptHandshakeResponse$ = AcceptHandshakeResponse$;
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.AccessDeniedForDependencyException = AccessDeniedForDependencyException;
    exports.AccessDeniedForDependencyException$ = AccessDeniedForDependencyException$;
    exports.AccessDeniedForDependencyExceptionReason = AccessDeniedForDependencyExceptionReason;
    exports.Account$ = Account$;
    exports.AccountAlreadyClosedException = AccountAlreadyClosedException;
    exports.AccountAlreadyClosedException$ = AccountAlreadyClosedException$;
    exports.AccountAlreadyRegisteredException = AccountAlreadyRegisteredException;
    exports.AccountAlreadyRegisteredException$ = AccountAlreadyRegisteredException$;
    exports.AccountJoinedMethod = AccountJoinedMethod;
    exports.AccountNotFoundException = AccountNotFoundException;
    exports.AccountNotFoundException$ = AccountNotFoundException$;
    exports.AccountNotRegisteredException = AccountNotRegisteredException;
    exports.AccountNotRegisteredException$ = AccountNotRegisteredException$;
    exports.AccountOwnerNotVerifiedException = AccountOwnerNotVerifiedException;
    exports.AccountOwnerNotVerifiedException$ = AccountOwnerNotVerifiedException$;
    exports.AccountState = AccountState;
    exports.AccountStatus = AccountStatus;
    exports.ActionType = ActionType;
    exports.AlreadyInOrganizationException = AlreadyInOrganizationException;
    exports.AlreadyInOrganizationException$ = AlreadyInOrganizationException$;
    exports.AttachPolicy$ = AttachPolicy$;
    exports.AttachPolicyCommand = AttachPolicyCommand;
    exports.AttachPolicyRequest$ = AttachPolicyRequest$;
    exports.CancelHandshake$ = CancelHandshake$;
    exports.CancelHandshakeCommand = CancelHandshakeCommand;
    exports.CancelHandshakeRequest$ = CancelHandshakeRequest$;
    exports.CancelHandshakeResponse$ = CancelHandshakeResponse$;
    exports.Child$ = Child$;
    exports.ChildNotFoundException = ChildNotFoundException;
    exports.ChildNotFoundException$ = ChildNotFoundException$;
    exports.ChildType = ChildType;
    exports.CloseAccount$ = CloseAccount$;
    exports.CloseAccountCommand = CloseAccountCommand;
    exports.CloseAccountRequest$ = CloseAccountRequest$;
    exports.ConcurrentModificationException = ConcurrentModificationException;
    exports.ConcurrentModificationException$ = ConcurrentModificationException$;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.ConstraintViolationException = ConstraintViolationException;
    exports.ConstraintViolationException$ = ConstraintViolationException$;
    exports.ConstraintViolationExceptionReason = ConstraintViolationExceptionReason;
    exports.CreateAccount$ = CreateAccount$;
    exports.CreateAccountCommand = CreateAccountCommand;
    exports.CreateAccountFailureReason = CreateAccountFailureReason;
    exports.CreateAccountRequest$ = CreateAccountRequest$;
    exports.CreateAccountResponse$ = CreateAccountResponse$;
    exports.CreateAccountState = CreateAccountState;
    exports.CreateAccountStatus$ = CreateAccountStatus$;
    exports.CreateAccountStatusNotFoundException = CreateAccountStatusNotFoundException;
    exports.CreateAccountStatusNotFoundException$ = CreateAccountStatusNotFoundException$;
    exports.CreateGovCloudAccount$ = CreateGovCloudAccount$;
    exports.CreateGovCloudAccountCommand = CreateGovCloudAccountCommand;
    exports.CreateGovCloudAccountRequest$ = CreateGovCloudAccountRequest$;
    exports.CreateGovCloudAccountResponse$ = CreateGovCloudAccountResponse$;
    exports.CreateOrganization$ = CreateOrganization$;
    exports.CreateOrganizationCommand = CreateOrganizationCommand;
    exports.CreateOrganizationRequest$ = CreateOrganizationRequest$;
    exports.CreateOrganizationResponse$ = CreateOrganizationResponse$;
    exports.CreateOrganizationalUnit$ = CreateOrganizationalUnit$;
    exports.CreateOrganizationalUnitCommand = CreateOrganizationalUnitCommand;
    exports.CreateOrganizationalUnitRequest$ = CreateOrganizationalUnitRequest$;
    exports.CreateOrganizationalUnitResponse$ = CreateOrganizationalUnitResponse$;
    exports.CreatePolicy$ = CreatePolicy$;
    exports.CreatePolicyCommand = CreatePolicyCommand;
    exports.CreatePolicyRequest$ = CreatePolicyRequest$;
    exports.CreatePolicyResponse$ = CreatePolicyResponse$;
    exports.DeclineHandshake$ = DeclineHandshake$;
    exports.DeclineHandshakeCommand = DeclineHandshakeCommand;
    exports.DeclineHandshakeRequest$ = DeclineHandshakeRequest$;
    exports.DeclineHandshakeResponse$ = DeclineHandshakeResponse$;
    exports.DelegatedAdministrator$ = DelegatedAdministrator$;
    exports.DelegatedService$ = DelegatedService$;
    exports.DeleteOrganization$ = DeleteOrganization$;
    exports.DeleteOrganizationCommand = DeleteOrganizationCommand;
    exports.DeleteOrganizationalUnit$ = DeleteOrganizationalUnit$;
    exports.DeleteOrganizationalUnitCommand = DeleteOrganizationalUnitCommand;
    exports.DeleteOrganizationalUnitRequest$ = DeleteOrganizationalUnitRequest$;
    exports.DeletePolicy$ = DeletePolicy$;
    exports.DeletePolicyCommand = DeletePolicyCommand;
    exports.DeletePolicyRequest$ = DeletePolicyRequest$;
    exports.DeleteResourcePolicy$ = DeleteResourcePolicy$;
    exports.DeleteResourcePolicyCommand = DeleteResourcePolicyCommand;
    exports.DeregisterDelegatedAdministrator$ = DeregisterDelegatedAdministrator$;
    exports.DeregisterDelegatedAdministratorCommand = DeregisterDelegatedAdministratorCommand;
    exports.DeregisterDelegatedAdministratorRequest$ = DeregisterDelegatedAdministratorRequest$;
    exports.DescribeAccount$ = DescribeAccount$;
    exports.DescribeAccountCommand = DescribeAccountCommand;
    exports.DescribeAccountRequest$ = DescribeAccountRequest$;
    exports.DescribeAccountResponse$ = DescribeAccountResponse$;
    exports.DescribeCreateAccountStatus$ = DescribeCreateAccountStatus$;
    exports.DescribeCreateAccountStatusCommand = DescribeCreateAccountStatusCommand;
    exports.DescribeCreateAccountStatusRequest$ = DescribeCreateAccountStatusRequest$;
    exports.DescribeCreateAccountStatusResponse$ = DescribeCreateAccountStatusResponse$;
    exports.DescribeEffectivePolicy$ = DescribeEffectivePolicy$;
    exports.DescribeEffectivePolicyCommand = DescribeEffectivePolicyCommand;
    exports.DescribeEffectivePolicyRequest$ = DescribeEffectivePolicyRequest$;
    exports.DescribeEffectivePolicyResponse$ = DescribeEffectivePolicyResponse$;
    exports.DescribeHandshake$ = DescribeHandshake$;
    exports.DescribeHandshakeCommand = DescribeHandshakeCommand;
    exports.DescribeHandshakeRequest$ = DescribeHandshakeRequest$;
    exports.DescribeHandshakeResponse$ = DescribeHandshakeResponse$;
    exports.DescribeOrganization$ = DescribeOrganization$;
    exports.DescribeOrganizationCommand = DescribeOrganizationCommand;
    exports.DescribeOrganizationResponse$ = DescribeOrganizationResponse$;
    exports.DescribeOrganizationalUnit$ = DescribeOrganizationalUnit$;
    exports.DescribeOrganizationalUnitCommand = DescribeOrganizationalUnitCommand;
    exports.DescribeOrganizationalUnitRequest$ = DescribeOrganizationalUnitRequest$;
    exports.DescribeOrganizationalUnitResponse$ = DescribeOrganizationalUnitResponse$;
    exports.DescribePolicy$ = DescribePolicy$;
    exports.DescribePolicyCommand = DescribePolicyCommand;
    exports.DescribePolicyRequest$ = DescribePolicyRequest$;
    exports.DescribePolicyResponse$ = DescribePolicyResponse$;
    exports.DescribeResourcePolicy$ = DescribeResourcePolicy$;
    exports.DescribeResourcePolicyCommand = DescribeResourcePolicyCommand;
    exports.DescribeResourcePolicyResponse$ = DescribeResourcePolicyResponse$;
    exports.DescribeResponsibilityTransfer$ = DescribeResponsibilityTransfer$;
    exports.DescribeResponsibilityTransferCommand = DescribeResponsibilityTransferCommand;
    exports.DescribeResponsibilityTransferRequest$ = DescribeResponsibilityTransferRequest$;
    exports.DescribeResponsibilityTransferResponse$ = DescribeResponsibilityTransferResponse$;
    exports.DestinationParentNotFoundException = DestinationParentNotFoundException;
    exports.DestinationParentNotFoundException$ = DestinationParentNotFoundException$;
    exports.DetachPolicy$ = DetachPolicy$;
    exports.DetachPolicyCommand = DetachPolicyCommand;
    exports.DetachPolicyRequest$ = DetachPolicyRequest$;
    exports.DisableAWSServiceAccess$ = DisableAWSServiceAccess$;
    exports.DisableAWSServiceAccessCommand = DisableAWSServiceAccessCommand;
    exports.DisableAWSServiceAccessRequest$ = DisableAWSServiceAccessRequest$;
    exports.DisablePolicyType$ = DisablePolicyType$;
    exports.DisablePolicyTypeCommand = DisablePolicyTypeCommand;
    exports.DisablePolicyTypeRequest$ = DisablePolicyTypeRequest$;
    exports.DisablePolicyTypeResponse$ = DisablePolicyTypeResponse$;
    exports.DuplicateAccountException = DuplicateAccountException;
    exports.DuplicateAccountException$ = DuplicateAccountException$;
    exports.DuplicateHandshakeException = DuplicateHandshakeException;
    exports.DuplicateHandshakeException$ = DuplicateHandshakeException$;
    exports.DuplicateOrganizationalUnitException = DuplicateOrganizationalUnitException;
    exports.DuplicateOrganizationalUnitException$ = DuplicateOrganizationalUnitException$;
    exports.DuplicatePolicyAttachmentException = DuplicatePolicyAttachmentException;
    exports.DuplicatePolicyAttachmentException$ = DuplicatePolicyAttachmentException$;
    exports.DuplicatePolicyException = DuplicatePolicyException;
    exports.DuplicatePolicyException$ = DuplicatePolicyException$;
    exports.EffectivePolicy$ = EffectivePolicy$;
    exports.EffectivePolicyNotFoundException = EffectivePolicyNotFoundException;
    exports.EffectivePolicyNotFoundException$ = EffectivePolicyNotFoundException$;
    exports.EffectivePolicyType = EffectivePolicyType;
    exports.EffectivePolicyValidationError$ = EffectivePolicyValidationError$;
    exports.EnableAWSServiceAccess$ = EnableAWSServiceAccess$;
    exports.EnableAWSServiceAccessCommand = EnableAWSServiceAccessCommand;
    exports.EnableAWSServiceAccessRequest$ = EnableAWSServiceAccessRequest$;
    exports.EnableAllFeatures$ = EnableAllFeatures$;
    exports.EnableAllFeaturesCommand = EnableAllFeaturesCommand;
    exports.EnableAllFeaturesRequest$ = EnableAllFeaturesRequest$;
    exports.EnableAllFeaturesResponse$ = EnableAllFeaturesResponse$;
    exports.EnablePolicyType$ = EnablePolicyType$;
    exports.EnablePolicyTypeCommand = EnablePolicyTypeCommand;
    exports.EnablePolicyTypeRequest$ = EnablePolicyTypeRequest$;
    exports.EnablePolicyTypeResponse$ = EnablePolicyTypeResponse$;
    exports.EnabledServicePrincipal$ = EnabledServicePrincipal$;
    exports.FinalizingOrganizationException = FinalizingOrganizationException;
    exports.FinalizingOrganizationException$ = FinalizingOrganizationException$;
    exports.Handshake$ = Handshake$;
    exports.HandshakeAlreadyInStateException = HandshakeAlreadyInStateException;
    exports.HandshakeAlreadyInStateException$ = HandshakeAlreadyInStateException$;
    exports.HandshakeConstraintViolationException = HandshakeConstraintViolationException;
    exports.HandshakeConstraintViolationException$ = HandshakeConstraintViolationException$;
    exports.HandshakeConstraintViolationExceptionReason = HandshakeConstraintViolationExceptionReason;
    exports.HandshakeFilter$ = HandshakeFilter$;
    exports.HandshakeNotFoundException = HandshakeNotFoundException;
    exports.HandshakeNotFoundException$ = HandshakeNotFoundException$;
    exports.HandshakeParty$ = HandshakeParty$;
    exports.HandshakePartyType = HandshakePartyType;
    exports.HandshakeResource$ = HandshakeResource$;
    exports.HandshakeResourceType = HandshakeResourceType;
    exports.HandshakeState = HandshakeState;
    exports.IAMUserAccessToBilling = IAMUserAccessToBilling;
    exports.InvalidHandshakeTransitionException = InvalidHandshakeTransitionException;
    exports.InvalidHandshakeTransitionException$ = InvalidHandshakeTransitionException$;
    exports.InvalidInputException = InvalidInputException;
    exports.InvalidInputException$ = InvalidInputException$;
    exports.InvalidInputExceptionReason = InvalidInputExceptionReason;
    exports.InvalidResponsibilityTransferTransitionException = InvalidResponsibilityTransferTransitionException;
    exports.InvalidResponsibilityTransferTransitionException$ = InvalidResponsibilityTransferTransitionException$;
    exports.InviteAccountToOrganization$ = InviteAccountToOrganization$;
    exports.InviteAccountToOrganizationCommand = InviteAccountToOrganizationCommand;
    exports.InviteAccountToOrganizationRequest$ = InviteAccountToOrganizationRequest$;
    exports.InviteAccountToOrganizationResponse$ = InviteAccountToOrganizationResponse$;
    exports.InviteOrganizationToTransferResponsibility$ = InviteOrganizationToTransferResponsibility$;
    exports.InviteOrganizationToTransferResponsibilityCommand = InviteOrganizationToTransferResponsibilityCommand;
    exports.InviteOrganizationToTransferResponsibilityRequest$ = InviteOrganizationToTransferResponsibilityRequest$;
    exports.InviteOrganizationToTransferResponsibilityResponse$ = InviteOrganizationToTransferResponsibilityResponse$;
    exports.LeaveOrganization$ = LeaveOrganization$;
    exports.LeaveOrganizationCommand = LeaveOrganizationCommand;
    exports.ListAWSServiceAccessForOrganization$ = ListAWSServiceAccessForOrganization$;
    exports.ListAWSServiceAccessForOrganizationCommand = ListAWSServiceAccessForOrganizationCommand;
    exports.ListAWSServiceAccessForOrganizationRequest$ = ListAWSServiceAccessForOrganizationRequest$;
    exports.ListAWSServiceAccessForOrganizationResponse$ = ListAWSServiceAccessForOrganizationResponse$;
    exports.ListAccounts$ = ListAccounts$;
    exports.ListAccountsCommand = ListAccountsCommand;
    exports.ListAccountsForParent$ = ListAccountsForParent$;
    exports.ListAccountsForParentCommand = ListAccountsForParentCommand;
    exports.ListAccountsForParentRequest$ = ListAccountsForParentRequest$;
    exports.ListAccountsForParentResponse$ = ListAccountsForParentResponse$;
    exports.ListAccountsRequest$ = ListAccountsRequest$;
    exports.ListAccountsResponse$ = ListAccountsResponse$;
    exports.ListAccountsWithInvalidEffectivePolicy$ = ListAccountsWithInvalidEffectivePolicy$;
    exports.ListAccountsWithInvalidEffectivePolicyCommand = ListAccountsWithInvalidEffectivePolicyCommand;
    exports.ListAccountsWithInvalidEffectivePolicyRequest$ = ListAccountsWithInvalidEffectivePolicyRequest$;
    exports.ListAccountsWithInvalidEffectivePolicyResponse$ = ListAccountsWithInvalidEffectivePolicyResponse$;
    exports.ListChildren$ = ListChildren$;
    exports.ListChildrenCommand = ListChildrenCommand;
    exports.ListChildrenRequest$ = ListChildrenRequest$;
    exports.ListChildrenResponse$ = ListChildrenResponse$;
    exports.ListCreateAccountStatus$ = ListCreateAccountStatus$;
    exports.ListCreateAccountStatusCommand = ListCreateAccountStatusCommand;
    exports.ListCreateAccountStatusRequest$ = ListCreateAccountStatusRequest$;
    exports.ListCreateAccountStatusResponse$ = ListCreateAccountStatusResponse$;
    exports.ListDelegatedAdministrators$ = ListDelegatedAdministrators$;
    exports.ListDelegatedAdministratorsCommand = ListDelegatedAdministratorsCommand;
    exports.ListDelegatedAdministratorsRequest$ = ListDelegatedAdministratorsRequest$;
    exports.ListDelegatedAdministratorsResponse$ = ListDelegatedAdministratorsResponse$;
    exports.ListDelegatedServicesForAccount$ = ListDelegatedServicesForAccount$;
    exports.ListDelegatedServicesForAccountCommand = ListDelegatedServicesForAccountCommand;
    exports.ListDelegatedServicesForAccountRequest$ = ListDelegatedServicesForAccountRequest$;
    exports.ListDelegatedServicesForAccountResponse$ = ListDelegatedServicesForAccountResponse$;
    exports.ListEffectivePolicyValidationErrors$ = ListEffectivePolicyValidationErrors$;
    exports.ListEffectivePolicyValidationErrorsCommand = ListEffectivePolicyValidationErrorsCommand;
    exports.ListEffectivePolicyValidationErrorsRequest$ = ListEffectivePolicyValidationErrorsRequest$;
    exports.ListEffectivePolicyValidationErrorsResponse$ = ListEffectivePolicyValidationErrorsResponse$;
    exports.ListHandshakesForAccount$ = ListHandshakesForAccount$;
    exports.ListHandshakesForAccountCommand = ListHandshakesForAccountCommand;
    exports.ListHandshakesForAccountRequest$ = ListHandshakesForAccountRequest$;
    exports.ListHandshakesForAccountResponse$ = ListHandshakesForAccountResponse$;
    exports.ListHandshakesForOrganization$ = ListHandshakesForOrganization$;
    exports.ListHandshakesForOrganizationCommand = ListHandshakesForOrganizationCommand;
    exports.ListHandshakesForOrganizationRequest$ = ListHandshakesForOrganizationRequest$;
    exports.ListHandshakesForOrganizationResponse$ = ListHandshakesForOrganizationResponse$;
    exports.ListInboundResponsibilityTransfers$ = ListInboundResponsibilityTransfers$;
    exports.ListInboundResponsibilityTransfersCommand = ListInboundResponsibilityTransfersCommand;
    exports.ListInboundResponsibilityTransfersRequest$ = ListInboundResponsibilityTransfersRequest$;
    exports.ListInboundResponsibilityTransfersResponse$ = ListInboundResponsibilityTransfersResponse$;
    exports.ListOrganizationalUnitsForParent$ = ListOrganizationalUnitsForParent$;
    exports.ListOrganizationalUnitsForParentCommand = ListOrganizationalUnitsForParentCommand;
    exports.ListOrganizationalUnitsForParentRequest$ = ListOrganizationalUnitsForParentRequest$;
    exports.ListOrganizationalUnitsForParentResponse$ = ListOrganizationalUnitsForParentResponse$;
    exports.ListOutboundResponsibilityTransfers$ = ListOutboundResponsibilityTransfers$;
    exports.ListOutboundResponsibilityTransfersCommand = ListOutboundResponsibilityTransfersCommand;
    exports.ListOutboundResponsibilityTransfersRequest$ = ListOutboundResponsibilityTransfersRequest$;
    exports.ListOutboundResponsibilityTransfersResponse$ = ListOutboundResponsibilityTransfersResponse$;
    exports.ListParents$ = ListParents$;
    exports.ListParentsCommand = ListParentsCommand;
    exports.ListParentsRequest$ = ListParentsRequest$;
    exports.ListParentsResponse$ = ListParentsResponse$;
    exports.ListPolicies$ = ListPolicies$;
    exports.ListPoliciesCommand = ListPoliciesCommand;
    exports.ListPoliciesForTarget$ = ListPoliciesForTarget$;
    exports.ListPoliciesForTargetCommand = ListPoliciesForTargetCommand;
    exports.ListPoliciesForTargetRequest$ = ListPoliciesForTargetRequest$;
    exports.ListPoliciesForTargetResponse$ = ListPoliciesForTargetResponse$;
    exports.ListPoliciesRequest$ = ListPoliciesRequest$;
    exports.ListPoliciesResponse$ = ListPoliciesResponse$;
    exports.ListRoots$ = ListRoots$;
    exports.ListRootsCommand = ListRootsCommand;
    exports.ListRootsRequest$ = ListRootsRequest$;
    exports.ListRootsResponse$ = ListRootsResponse$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
    exports.ListTargetsForPolicy$ = ListTargetsForPolicy$;
    exports.ListTargetsForPolicyCommand = ListTargetsForPolicyCommand;
    exports.ListTargetsForPolicyRequest$ = ListTargetsForPolicyRequest$;
    exports.ListTargetsForPolicyResponse$ = ListTargetsForPolicyResponse$;
    exports.MalformedPolicyDocumentException = MalformedPolicyDocumentException;
    exports.MalformedPolicyDocumentException$ = MalformedPolicyDocumentException$;
    exports.MasterCannotLeaveOrganizationException = MasterCannotLeaveOrganizationException;
    exports.MasterCannotLeaveOrganizationException$ = MasterCannotLeaveOrganizationException$;
    exports.MoveAccount$ = MoveAccount$;
    exports.MoveAccountCommand = MoveAccountCommand;
    exports.MoveAccountRequest$ = MoveAccountRequest$;
    exports.Organization$ = Organization$;
    exports.OrganizationFeatureSet = OrganizationFeatureSet;
    exports.OrganizationNotEmptyException = OrganizationNotEmptyException;
    exports.OrganizationNotEmptyException$ = OrganizationNotEmptyException$;
    exports.OrganizationalUnit$ = OrganizationalUnit$;
    exports.OrganizationalUnitNotEmptyException = OrganizationalUnitNotEmptyException;
    exports.OrganizationalUnitNotEmptyException$ = OrganizationalUnitNotEmptyException$;
    exports.OrganizationalUnitNotFoundException = OrganizationalUnitNotFoundException;
    exports.OrganizationalUnitNotFoundException$ = OrganizationalUnitNotFoundException$;
    exports.Organizations = Organizations;
    exports.OrganizationsClient = OrganizationsClient;
    exports.OrganizationsServiceException = OrganizationsServiceException;
    exports.OrganizationsServiceException$ = OrganizationsServiceException$;
    exports.Parent$ = Parent$;
    exports.ParentNotFoundException = ParentNotFoundException;
    exports.ParentNotFoundException$ = ParentNotFoundException$;
    exports.ParentType = ParentType;
    exports.Policy$ = Policy$;
    exports.PolicyChangesInProgressException = PolicyChangesInProgressException;
    exports.PolicyChangesInProgressException$ = PolicyChangesInProgressException$;
    exports.PolicyInUseException = PolicyInUseException;
    exports.PolicyInUseException$ = PolicyInUseException$;
    exports.PolicyNotAttachedException = PolicyNotAttachedException;
    exports.PolicyNotAttachedException$ = PolicyNotAttachedException$;
    exports.PolicyNotFoundException = PolicyNotFoundException;
    exports.PolicyNotFoundException$ = PolicyNotFoundException$;
    exports.PolicySummary$ = PolicySummary$;
    exports.PolicyTargetSummary$ = PolicyTargetSummary$;
    exports.PolicyType = PolicyType;
    exports.PolicyTypeAlreadyEnabledException = PolicyTypeAlreadyEnabledException;
    exports.PolicyTypeAlreadyEnabledException$ = PolicyTypeAlreadyEnabledException$;
    exports.PolicyTypeNotAvailableForOrganizationException = PolicyTypeNotAvailableForOrganizationException;
    exports.PolicyTypeNotAvailableForOrganizationException$ = PolicyTypeNotAvailableForOrganizationException$;
    exports.PolicyTypeNotEnabledException = PolicyTypeNotEnabledException;
    exports.PolicyTypeNotEnabledException$ = PolicyTypeNotEnabledException$;
    exports.PolicyTypeStatus = PolicyTypeStatus;
    exports.PolicyTypeSummary$ = PolicyTypeSummary$;
    exports.PutResourcePolicy$ = PutResourcePolicy$;
    exports.PutResourcePolicyCommand = PutResourcePolicyCommand;
    exports.PutResourcePolicyRequest$ = PutResourcePolicyRequest$;
    exports.PutResourcePolicyResponse$ = PutResourcePolicyResponse$;
    exports.RegisterDelegatedAdministrator$ = RegisterDelegatedAdministrator$;
    exports.RegisterDelegatedAdministratorCommand = RegisterDelegatedAdministratorCommand;
    exports.RegisterDelegatedAdministratorRequest$ = RegisterDelegatedAdministratorRequest$;
    exports.RemoveAccountFromOrganization$ = RemoveAccountFromOrganization$;
    exports.RemoveAccountFromOrganizationCommand = RemoveAccountFromOrganizationCommand;
    exports.RemoveAccountFromOrganizationRequest$ = RemoveAccountFromOrganizationRequest$;
    exports.ResourcePolicy$ = ResourcePolicy$;
    exports.ResourcePolicyNotFoundException = ResourcePolicyNotFoundException;
    exports.ResourcePolicyNotFoundException$ = ResourcePolicyNotFoundException$;
    exports.ResourcePolicySummary$ = ResourcePolicySummary$;
    exports.ResponsibilityTransfer$ = ResponsibilityTransfer$;
    exports.ResponsibilityTransferAlreadyInStatusException = ResponsibilityTransferAlreadyInStatusException;
    exports.ResponsibilityTransferAlreadyInStatusException$ = ResponsibilityTransferAlreadyInStatusException$;
    exports.ResponsibilityTransferNotFoundException = ResponsibilityTransferNotFoundException;
    exports.ResponsibilityTransferNotFoundException$ = ResponsibilityTransferNotFoundException$;
    exports.ResponsibilityTransferStatus = ResponsibilityTransferStatus;
    exports.ResponsibilityTransferType = ResponsibilityTransferType;
    exports.Root$ = Root$;
    exports.RootNotFoundException = RootNotFoundException;
    exports.RootNotFoundException$ = RootNotFoundException$;
    exports.ServiceException = ServiceException;
    exports.ServiceException$ = ServiceException$;
    exports.SourceParentNotFoundException = SourceParentNotFoundException;
    exports.SourceParentNotFoundException$ = SourceParentNotFoundException$;
    exports.Tag$ = Tag$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.TargetNotFoundException = TargetNotFoundException;
    exports.TargetNotFoundException$ = TargetNotFoundException$;
    exports.TargetType = TargetType;
    exports.TerminateResponsibilityTransfer$ = TerminateResponsibilityTransfer$;
    exports.TerminateResponsibilityTransferCommand = TerminateResponsibilityTransferCommand;
    exports.TerminateResponsibilityTransferRequest$ = TerminateResponsibilityTransferRequest$;
    exports.TerminateResponsibilityTransferResponse$ = TerminateResponsibilityTransferResponse$;
    exports.TooManyRequestsException = TooManyRequestsException;
    exports.TooManyRequestsException$ = TooManyRequestsException$;
    exports.TransferParticipant$ = TransferParticipant$;
    exports.UnsupportedAPIEndpointException = UnsupportedAPIEndpointException;
    exports.UnsupportedAPIEndpointException$ = UnsupportedAPIEndpointException$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UpdateOrganizationalUnit$ = UpdateOrganizationalUnit$;
    exports.UpdateOrganizationalUnitCommand = UpdateOrganizationalUnitCommand;
    exports.UpdateOrganizationalUnitRequest$ = UpdateOrganizationalUnitRequest$;
    exports.UpdateOrganizationalUnitResponse$ = UpdateOrganizationalUnitResponse$;
    exports.UpdatePolicy$ = UpdatePolicy$;
    exports.UpdatePolicyCommand = UpdatePolicyCommand;
    exports.UpdatePolicyRequest$ = UpdatePolicyRequest$;
    exports.UpdatePolicyResponse$ = UpdatePolicyResponse$;
    exports.UpdateResponsibilityTransfer$ = UpdateResponsibilityTransfer$;
    exports.UpdateResponsibilityTransferCommand = UpdateResponsibilityTransferCommand;
    exports.UpdateResponsibilityTransferRequest$ = UpdateResponsibilityTransferRequest$;
    exports.UpdateResponsibilityTransferResponse$ = UpdateResponsibilityTransferResponse$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateListAWSServiceAccessForOrganization = paginateListAWSServiceAccessForOrganization;
    exports.paginateListAccounts = paginateListAccounts;
    exports.paginateListAccountsForParent = paginateListAccountsForParent;
    exports.paginateListAccountsWithInvalidEffectivePolicy = paginateListAccountsWithInvalidEffectivePolicy;
    exports.paginateListChildren = paginateListChildren;
    exports.paginateListCreateAccountStatus = paginateListCreateAccountStatus;
    exports.paginateListDelegatedAdministrators = paginateListDelegatedAdministrators;
    exports.paginateListDelegatedServicesForAccount = paginateListDelegatedServicesForAccount;
    exports.paginateListEffectivePolicyValidationErrors = paginateListEffectivePolicyValidationErrors;
    exports.paginateListHandshakesForAccount = paginateListHandshakesForAccount;
    exports.paginateListHandshakesForOrganization = paginateListHandshakesForOrganization;
    exports.paginateListOrganizationalUnitsForParent = paginateListOrganizationalUnitsForParent;
    exports.paginateListParents = paginateListParents;
    exports.paginateListPolicies = paginateListPolicies;
    exports.paginateListPoliciesForTarget = paginateListPoliciesForTarget;
    exports.paginateListRoots = paginateListRoots;
    exports.paginateListTagsForResource = paginateListTagsForResource;
    exports.paginateListTargetsForPolicy = paginateListTargetsForPolicy;
  }
});

// commonjs-namespace:node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var exported = require_dist_cjs3();
var dist_cjs_default = exported;
var named0 = exported["$Command"];
var named1 = exported["AWSOrganizationsNotInUseException"];
var named2 = exported["AWSOrganizationsNotInUseException$"];
var named3 = exported["AcceptHandshake$"];
var named4 = exported["AcceptHandshakeCommand"];
var named5 = exported["AcceptHandshakeRequest$"];
var named6 = exported["AcceptHandshakeResponse$"];
var named7 = exported["AccessDeniedException"];
var named8 = exported["AccessDeniedException$"];
var named9 = exported["AccessDeniedForDependencyException"];
var named10 = exported["AccessDeniedForDependencyException$"];
var named11 = exported["AccessDeniedForDependencyExceptionReason"];
var named12 = exported["Account$"];
var named13 = exported["AccountAlreadyClosedException"];
var named14 = exported["AccountAlreadyClosedException$"];
var named15 = exported["AccountAlreadyRegisteredException"];
var named16 = exported["AccountAlreadyRegisteredException$"];
var named17 = exported["AccountJoinedMethod"];
var named18 = exported["AccountNotFoundException"];
var named19 = exported["AccountNotFoundException$"];
var named20 = exported["AccountNotRegisteredException"];
var named21 = exported["AccountNotRegisteredException$"];
var named22 = exported["AccountOwnerNotVerifiedException"];
var named23 = exported["AccountOwnerNotVerifiedException$"];
var named24 = exported["AccountState"];
var named25 = exported["AccountStatus"];
var named26 = exported["ActionType"];
var named27 = exported["AlreadyInOrganizationException"];
var named28 = exported["AlreadyInOrganizationException$"];
var named29 = exported["AttachPolicy$"];
var named30 = exported["AttachPolicyCommand"];
var named31 = exported["AttachPolicyRequest$"];
var named32 = exported["CancelHandshake$"];
var named33 = exported["CancelHandshakeCommand"];
var named34 = exported["CancelHandshakeRequest$"];
var named35 = exported["CancelHandshakeResponse$"];
var named36 = exported["Child$"];
var named37 = exported["ChildNotFoundException"];
var named38 = exported["ChildNotFoundException$"];
var named39 = exported["ChildType"];
var named40 = exported["CloseAccount$"];
var named41 = exported["CloseAccountCommand"];
var named42 = exported["CloseAccountRequest$"];
var named43 = exported["ConcurrentModificationException"];
var named44 = exported["ConcurrentModificationException$"];
var named45 = exported["ConflictException"];
var named46 = exported["ConflictException$"];
var named47 = exported["ConstraintViolationException"];
var named48 = exported["ConstraintViolationException$"];
var named49 = exported["ConstraintViolationExceptionReason"];
var named50 = exported["CreateAccount$"];
var named51 = exported["CreateAccountCommand"];
var named52 = exported["CreateAccountFailureReason"];
var named53 = exported["CreateAccountRequest$"];
var named54 = exported["CreateAccountResponse$"];
var named55 = exported["CreateAccountState"];
var named56 = exported["CreateAccountStatus$"];
var named57 = exported["CreateAccountStatusNotFoundException"];
var named58 = exported["CreateAccountStatusNotFoundException$"];
var named59 = exported["CreateGovCloudAccount$"];
var named60 = exported["CreateGovCloudAccountCommand"];
var named61 = exported["CreateGovCloudAccountRequest$"];
var named62 = exported["CreateGovCloudAccountResponse$"];
var named63 = exported["CreateOrganization$"];
var named64 = exported["CreateOrganizationCommand"];
var named65 = exported["CreateOrganizationRequest$"];
var named66 = exported["CreateOrganizationResponse$"];
var named67 = exported["CreateOrganizationalUnit$"];
var named68 = exported["CreateOrganizationalUnitCommand"];
var named69 = exported["CreateOrganizationalUnitRequest$"];
var named70 = exported["CreateOrganizationalUnitResponse$"];
var named71 = exported["CreatePolicy$"];
var named72 = exported["CreatePolicyCommand"];
var named73 = exported["CreatePolicyRequest$"];
var named74 = exported["CreatePolicyResponse$"];
var named75 = exported["DeclineHandshake$"];
var named76 = exported["DeclineHandshakeCommand"];
var named77 = exported["DeclineHandshakeRequest$"];
var named78 = exported["DeclineHandshakeResponse$"];
var named79 = exported["DelegatedAdministrator$"];
var named80 = exported["DelegatedService$"];
var named81 = exported["DeleteOrganization$"];
var named82 = exported["DeleteOrganizationCommand"];
var named83 = exported["DeleteOrganizationalUnit$"];
var named84 = exported["DeleteOrganizationalUnitCommand"];
var named85 = exported["DeleteOrganizationalUnitRequest$"];
var named86 = exported["DeletePolicy$"];
var named87 = exported["DeletePolicyCommand"];
var named88 = exported["DeletePolicyRequest$"];
var named89 = exported["DeleteResourcePolicy$"];
var named90 = exported["DeleteResourcePolicyCommand"];
var named91 = exported["DeregisterDelegatedAdministrator$"];
var named92 = exported["DeregisterDelegatedAdministratorCommand"];
var named93 = exported["DeregisterDelegatedAdministratorRequest$"];
var named94 = exported["DescribeAccount$"];
var named95 = exported["DescribeAccountCommand"];
var named96 = exported["DescribeAccountRequest$"];
var named97 = exported["DescribeAccountResponse$"];
var named98 = exported["DescribeCreateAccountStatus$"];
var named99 = exported["DescribeCreateAccountStatusCommand"];
var named100 = exported["DescribeCreateAccountStatusRequest$"];
var named101 = exported["DescribeCreateAccountStatusResponse$"];
var named102 = exported["DescribeEffectivePolicy$"];
var named103 = exported["DescribeEffectivePolicyCommand"];
var named104 = exported["DescribeEffectivePolicyRequest$"];
var named105 = exported["DescribeEffectivePolicyResponse$"];
var named106 = exported["DescribeHandshake$"];
var named107 = exported["DescribeHandshakeCommand"];
var named108 = exported["DescribeHandshakeRequest$"];
var named109 = exported["DescribeHandshakeResponse$"];
var named110 = exported["DescribeOrganization$"];
var named111 = exported["DescribeOrganizationCommand"];
var named112 = exported["DescribeOrganizationResponse$"];
var named113 = exported["DescribeOrganizationalUnit$"];
var named114 = exported["DescribeOrganizationalUnitCommand"];
var named115 = exported["DescribeOrganizationalUnitRequest$"];
var named116 = exported["DescribeOrganizationalUnitResponse$"];
var named117 = exported["DescribePolicy$"];
var named118 = exported["DescribePolicyCommand"];
var named119 = exported["DescribePolicyRequest$"];
var named120 = exported["DescribePolicyResponse$"];
var named121 = exported["DescribeResourcePolicy$"];
var named122 = exported["DescribeResourcePolicyCommand"];
var named123 = exported["DescribeResourcePolicyResponse$"];
var named124 = exported["DescribeResponsibilityTransfer$"];
var named125 = exported["DescribeResponsibilityTransferCommand"];
var named126 = exported["DescribeResponsibilityTransferRequest$"];
var named127 = exported["DescribeResponsibilityTransferResponse$"];
var named128 = exported["DestinationParentNotFoundException"];
var named129 = exported["DestinationParentNotFoundException$"];
var named130 = exported["DetachPolicy$"];
var named131 = exported["DetachPolicyCommand"];
var named132 = exported["DetachPolicyRequest$"];
var named133 = exported["DisableAWSServiceAccess$"];
var named134 = exported["DisableAWSServiceAccessCommand"];
var named135 = exported["DisableAWSServiceAccessRequest$"];
var named136 = exported["DisablePolicyType$"];
var named137 = exported["DisablePolicyTypeCommand"];
var named138 = exported["DisablePolicyTypeRequest$"];
var named139 = exported["DisablePolicyTypeResponse$"];
var named140 = exported["DuplicateAccountException"];
var named141 = exported["DuplicateAccountException$"];
var named142 = exported["DuplicateHandshakeException"];
var named143 = exported["DuplicateHandshakeException$"];
var named144 = exported["DuplicateOrganizationalUnitException"];
var named145 = exported["DuplicateOrganizationalUnitException$"];
var named146 = exported["DuplicatePolicyAttachmentException"];
var named147 = exported["DuplicatePolicyAttachmentException$"];
var named148 = exported["DuplicatePolicyException"];
var named149 = exported["DuplicatePolicyException$"];
var named150 = exported["EffectivePolicy$"];
var named151 = exported["EffectivePolicyNotFoundException"];
var named152 = exported["EffectivePolicyNotFoundException$"];
var named153 = exported["EffectivePolicyType"];
var named154 = exported["EffectivePolicyValidationError$"];
var named155 = exported["EnableAWSServiceAccess$"];
var named156 = exported["EnableAWSServiceAccessCommand"];
var named157 = exported["EnableAWSServiceAccessRequest$"];
var named158 = exported["EnableAllFeatures$"];
var named159 = exported["EnableAllFeaturesCommand"];
var named160 = exported["EnableAllFeaturesRequest$"];
var named161 = exported["EnableAllFeaturesResponse$"];
var named162 = exported["EnablePolicyType$"];
var named163 = exported["EnablePolicyTypeCommand"];
var named164 = exported["EnablePolicyTypeRequest$"];
var named165 = exported["EnablePolicyTypeResponse$"];
var named166 = exported["EnabledServicePrincipal$"];
var named167 = exported["FinalizingOrganizationException"];
var named168 = exported["FinalizingOrganizationException$"];
var named169 = exported["Handshake$"];
var named170 = exported["HandshakeAlreadyInStateException"];
var named171 = exported["HandshakeAlreadyInStateException$"];
var named172 = exported["HandshakeConstraintViolationException"];
var named173 = exported["HandshakeConstraintViolationException$"];
var named174 = exported["HandshakeConstraintViolationExceptionReason"];
var named175 = exported["HandshakeFilter$"];
var named176 = exported["HandshakeNotFoundException"];
var named177 = exported["HandshakeNotFoundException$"];
var named178 = exported["HandshakeParty$"];
var named179 = exported["HandshakePartyType"];
var named180 = exported["HandshakeResource$"];
var named181 = exported["HandshakeResourceType"];
var named182 = exported["HandshakeState"];
var named183 = exported["IAMUserAccessToBilling"];
var named184 = exported["InvalidHandshakeTransitionException"];
var named185 = exported["InvalidHandshakeTransitionException$"];
var named186 = exported["InvalidInputException"];
var named187 = exported["InvalidInputException$"];
var named188 = exported["InvalidInputExceptionReason"];
var named189 = exported["InvalidResponsibilityTransferTransitionException"];
var named190 = exported["InvalidResponsibilityTransferTransitionException$"];
var named191 = exported["InviteAccountToOrganization$"];
var named192 = exported["InviteAccountToOrganizationCommand"];
var named193 = exported["InviteAccountToOrganizationRequest$"];
var named194 = exported["InviteAccountToOrganizationResponse$"];
var named195 = exported["InviteOrganizationToTransferResponsibility$"];
var named196 = exported["InviteOrganizationToTransferResponsibilityCommand"];
var named197 = exported["InviteOrganizationToTransferResponsibilityRequest$"];
var named198 = exported["InviteOrganizationToTransferResponsibilityResponse$"];
var named199 = exported["LeaveOrganization$"];
var named200 = exported["LeaveOrganizationCommand"];
var named201 = exported["ListAWSServiceAccessForOrganization$"];
var named202 = exported["ListAWSServiceAccessForOrganizationCommand"];
var named203 = exported["ListAWSServiceAccessForOrganizationRequest$"];
var named204 = exported["ListAWSServiceAccessForOrganizationResponse$"];
var named205 = exported["ListAccounts$"];
var named206 = exported["ListAccountsCommand"];
var named207 = exported["ListAccountsForParent$"];
var named208 = exported["ListAccountsForParentCommand"];
var named209 = exported["ListAccountsForParentRequest$"];
var named210 = exported["ListAccountsForParentResponse$"];
var named211 = exported["ListAccountsRequest$"];
var named212 = exported["ListAccountsResponse$"];
var named213 = exported["ListAccountsWithInvalidEffectivePolicy$"];
var named214 = exported["ListAccountsWithInvalidEffectivePolicyCommand"];
var named215 = exported["ListAccountsWithInvalidEffectivePolicyRequest$"];
var named216 = exported["ListAccountsWithInvalidEffectivePolicyResponse$"];
var named217 = exported["ListChildren$"];
var named218 = exported["ListChildrenCommand"];
var named219 = exported["ListChildrenRequest$"];
var named220 = exported["ListChildrenResponse$"];
var named221 = exported["ListCreateAccountStatus$"];
var named222 = exported["ListCreateAccountStatusCommand"];
var named223 = exported["ListCreateAccountStatusRequest$"];
var named224 = exported["ListCreateAccountStatusResponse$"];
var named225 = exported["ListDelegatedAdministrators$"];
var named226 = exported["ListDelegatedAdministratorsCommand"];
var named227 = exported["ListDelegatedAdministratorsRequest$"];
var named228 = exported["ListDelegatedAdministratorsResponse$"];
var named229 = exported["ListDelegatedServicesForAccount$"];
var named230 = exported["ListDelegatedServicesForAccountCommand"];
var named231 = exported["ListDelegatedServicesForAccountRequest$"];
var named232 = exported["ListDelegatedServicesForAccountResponse$"];
var named233 = exported["ListEffectivePolicyValidationErrors$"];
var named234 = exported["ListEffectivePolicyValidationErrorsCommand"];
var named235 = exported["ListEffectivePolicyValidationErrorsRequest$"];
var named236 = exported["ListEffectivePolicyValidationErrorsResponse$"];
var named237 = exported["ListHandshakesForAccount$"];
var named238 = exported["ListHandshakesForAccountCommand"];
var named239 = exported["ListHandshakesForAccountRequest$"];
var named240 = exported["ListHandshakesForAccountResponse$"];
var named241 = exported["ListHandshakesForOrganization$"];
var named242 = exported["ListHandshakesForOrganizationCommand"];
var named243 = exported["ListHandshakesForOrganizationRequest$"];
var named244 = exported["ListHandshakesForOrganizationResponse$"];
var named245 = exported["ListInboundResponsibilityTransfers$"];
var named246 = exported["ListInboundResponsibilityTransfersCommand"];
var named247 = exported["ListInboundResponsibilityTransfersRequest$"];
var named248 = exported["ListInboundResponsibilityTransfersResponse$"];
var named249 = exported["ListOrganizationalUnitsForParent$"];
var named250 = exported["ListOrganizationalUnitsForParentCommand"];
var named251 = exported["ListOrganizationalUnitsForParentRequest$"];
var named252 = exported["ListOrganizationalUnitsForParentResponse$"];
var named253 = exported["ListOutboundResponsibilityTransfers$"];
var named254 = exported["ListOutboundResponsibilityTransfersCommand"];
var named255 = exported["ListOutboundResponsibilityTransfersRequest$"];
var named256 = exported["ListOutboundResponsibilityTransfersResponse$"];
var named257 = exported["ListParents$"];
var named258 = exported["ListParentsCommand"];
var named259 = exported["ListParentsRequest$"];
var named260 = exported["ListParentsResponse$"];
var named261 = exported["ListPolicies$"];
var named262 = exported["ListPoliciesCommand"];
var named263 = exported["ListPoliciesForTarget$"];
var named264 = exported["ListPoliciesForTargetCommand"];
var named265 = exported["ListPoliciesForTargetRequest$"];
var named266 = exported["ListPoliciesForTargetResponse$"];
var named267 = exported["ListPoliciesRequest$"];
var named268 = exported["ListPoliciesResponse$"];
var named269 = exported["ListRoots$"];
var named270 = exported["ListRootsCommand"];
var named271 = exported["ListRootsRequest$"];
var named272 = exported["ListRootsResponse$"];
var named273 = exported["ListTagsForResource$"];
var named274 = exported["ListTagsForResourceCommand"];
var named275 = exported["ListTagsForResourceRequest$"];
var named276 = exported["ListTagsForResourceResponse$"];
var named277 = exported["ListTargetsForPolicy$"];
var named278 = exported["ListTargetsForPolicyCommand"];
var named279 = exported["ListTargetsForPolicyRequest$"];
var named280 = exported["ListTargetsForPolicyResponse$"];
var named281 = exported["MalformedPolicyDocumentException"];
var named282 = exported["MalformedPolicyDocumentException$"];
var named283 = exported["MasterCannotLeaveOrganizationException"];
var named284 = exported["MasterCannotLeaveOrganizationException$"];
var named285 = exported["MoveAccount$"];
var named286 = exported["MoveAccountCommand"];
var named287 = exported["MoveAccountRequest$"];
var named288 = exported["Organization$"];
var named289 = exported["OrganizationFeatureSet"];
var named290 = exported["OrganizationNotEmptyException"];
var named291 = exported["OrganizationNotEmptyException$"];
var named292 = exported["OrganizationalUnit$"];
var named293 = exported["OrganizationalUnitNotEmptyException"];
var named294 = exported["OrganizationalUnitNotEmptyException$"];
var named295 = exported["OrganizationalUnitNotFoundException"];
var named296 = exported["OrganizationalUnitNotFoundException$"];
var named297 = exported["Organizations"];
var named298 = exported["OrganizationsClient"];
var named299 = exported["OrganizationsServiceException"];
var named300 = exported["OrganizationsServiceException$"];
var named301 = exported["Parent$"];
var named302 = exported["ParentNotFoundException"];
var named303 = exported["ParentNotFoundException$"];
var named304 = exported["ParentType"];
var named305 = exported["Policy$"];
var named306 = exported["PolicyChangesInProgressException"];
var named307 = exported["PolicyChangesInProgressException$"];
var named308 = exported["PolicyInUseException"];
var named309 = exported["PolicyInUseException$"];
var named310 = exported["PolicyNotAttachedException"];
var named311 = exported["PolicyNotAttachedException$"];
var named312 = exported["PolicyNotFoundException"];
var named313 = exported["PolicyNotFoundException$"];
var named314 = exported["PolicySummary$"];
var named315 = exported["PolicyTargetSummary$"];
var named316 = exported["PolicyType"];
var named317 = exported["PolicyTypeAlreadyEnabledException"];
var named318 = exported["PolicyTypeAlreadyEnabledException$"];
var named319 = exported["PolicyTypeNotAvailableForOrganizationException"];
var named320 = exported["PolicyTypeNotAvailableForOrganizationException$"];
var named321 = exported["PolicyTypeNotEnabledException"];
var named322 = exported["PolicyTypeNotEnabledException$"];
var named323 = exported["PolicyTypeStatus"];
var named324 = exported["PolicyTypeSummary$"];
var named325 = exported["PutResourcePolicy$"];
var named326 = exported["PutResourcePolicyCommand"];
var named327 = exported["PutResourcePolicyRequest$"];
var named328 = exported["PutResourcePolicyResponse$"];
var named329 = exported["RegisterDelegatedAdministrator$"];
var named330 = exported["RegisterDelegatedAdministratorCommand"];
var named331 = exported["RegisterDelegatedAdministratorRequest$"];
var named332 = exported["RemoveAccountFromOrganization$"];
var named333 = exported["RemoveAccountFromOrganizationCommand"];
var named334 = exported["RemoveAccountFromOrganizationRequest$"];
var named335 = exported["ResourcePolicy$"];
var named336 = exported["ResourcePolicyNotFoundException"];
var named337 = exported["ResourcePolicyNotFoundException$"];
var named338 = exported["ResourcePolicySummary$"];
var named339 = exported["ResponsibilityTransfer$"];
var named340 = exported["ResponsibilityTransferAlreadyInStatusException"];
var named341 = exported["ResponsibilityTransferAlreadyInStatusException$"];
var named342 = exported["ResponsibilityTransferNotFoundException"];
var named343 = exported["ResponsibilityTransferNotFoundException$"];
var named344 = exported["ResponsibilityTransferStatus"];
var named345 = exported["ResponsibilityTransferType"];
var named346 = exported["Root$"];
var named347 = exported["RootNotFoundException"];
var named348 = exported["RootNotFoundException$"];
var named349 = exported["ServiceException"];
var named350 = exported["ServiceException$"];
var named351 = exported["SourceParentNotFoundException"];
var named352 = exported["SourceParentNotFoundException$"];
var named353 = exported["Tag$"];
var named354 = exported["TagResource$"];
var named355 = exported["TagResourceCommand"];
var named356 = exported["TagResourceRequest$"];
var named357 = exported["TargetNotFoundException"];
var named358 = exported["TargetNotFoundException$"];
var named359 = exported["TargetType"];
var named360 = exported["TerminateResponsibilityTransfer$"];
var named361 = exported["TerminateResponsibilityTransferCommand"];
var named362 = exported["TerminateResponsibilityTransferRequest$"];
var named363 = exported["TerminateResponsibilityTransferResponse$"];
var named364 = exported["TooManyRequestsException"];
var named365 = exported["TooManyRequestsException$"];
var named366 = exported["TransferParticipant$"];
var named367 = exported["UnsupportedAPIEndpointException"];
var named368 = exported["UnsupportedAPIEndpointException$"];
var named369 = exported["UntagResource$"];
var named370 = exported["UntagResourceCommand"];
var named371 = exported["UntagResourceRequest$"];
var named372 = exported["UpdateOrganizationalUnit$"];
var named373 = exported["UpdateOrganizationalUnitCommand"];
var named374 = exported["UpdateOrganizationalUnitRequest$"];
var named375 = exported["UpdateOrganizationalUnitResponse$"];
var named376 = exported["UpdatePolicy$"];
var named377 = exported["UpdatePolicyCommand"];
var named378 = exported["UpdatePolicyRequest$"];
var named379 = exported["UpdatePolicyResponse$"];
var named380 = exported["UpdateResponsibilityTransfer$"];
var named381 = exported["UpdateResponsibilityTransferCommand"];
var named382 = exported["UpdateResponsibilityTransferRequest$"];
var named383 = exported["UpdateResponsibilityTransferResponse$"];
var named384 = exported["__Client"];
var named385 = exported["errorTypeRegistries"];
var named386 = exported["paginateListAWSServiceAccessForOrganization"];
var named387 = exported["paginateListAccounts"];
var named388 = exported["paginateListAccountsForParent"];
var named389 = exported["paginateListAccountsWithInvalidEffectivePolicy"];
var named390 = exported["paginateListChildren"];
var named391 = exported["paginateListCreateAccountStatus"];
var named392 = exported["paginateListDelegatedAdministrators"];
var named393 = exported["paginateListDelegatedServicesForAccount"];
var named394 = exported["paginateListEffectivePolicyValidationErrors"];
var named395 = exported["paginateListHandshakesForAccount"];
var named396 = exported["paginateListHandshakesForOrganization"];
var named397 = exported["paginateListOrganizationalUnitsForParent"];
var named398 = exported["paginateListParents"];
var named399 = exported["paginateListPolicies"];
var named400 = exported["paginateListPoliciesForTarget"];
var named401 = exported["paginateListRoots"];
var named402 = exported["paginateListTagsForResource"];
var named403 = exported["paginateListTargetsForPolicy"];
export {
  named0 as $Command,
  named1 as AWSOrganizationsNotInUseException,
  named2 as AWSOrganizationsNotInUseException$,
  named3 as AcceptHandshake$,
  named4 as AcceptHandshakeCommand,
  named5 as AcceptHandshakeRequest$,
  named6 as AcceptHandshakeResponse$,
  named7 as AccessDeniedException,
  named8 as AccessDeniedException$,
  named9 as AccessDeniedForDependencyException,
  named10 as AccessDeniedForDependencyException$,
  named11 as AccessDeniedForDependencyExceptionReason,
  named12 as Account$,
  named13 as AccountAlreadyClosedException,
  named14 as AccountAlreadyClosedException$,
  named15 as AccountAlreadyRegisteredException,
  named16 as AccountAlreadyRegisteredException$,
  named17 as AccountJoinedMethod,
  named18 as AccountNotFoundException,
  named19 as AccountNotFoundException$,
  named20 as AccountNotRegisteredException,
  named21 as AccountNotRegisteredException$,
  named22 as AccountOwnerNotVerifiedException,
  named23 as AccountOwnerNotVerifiedException$,
  named24 as AccountState,
  named25 as AccountStatus,
  named26 as ActionType,
  named27 as AlreadyInOrganizationException,
  named28 as AlreadyInOrganizationException$,
  named29 as AttachPolicy$,
  named30 as AttachPolicyCommand,
  named31 as AttachPolicyRequest$,
  named32 as CancelHandshake$,
  named33 as CancelHandshakeCommand,
  named34 as CancelHandshakeRequest$,
  named35 as CancelHandshakeResponse$,
  named36 as Child$,
  named37 as ChildNotFoundException,
  named38 as ChildNotFoundException$,
  named39 as ChildType,
  named40 as CloseAccount$,
  named41 as CloseAccountCommand,
  named42 as CloseAccountRequest$,
  named43 as ConcurrentModificationException,
  named44 as ConcurrentModificationException$,
  named45 as ConflictException,
  named46 as ConflictException$,
  named47 as ConstraintViolationException,
  named48 as ConstraintViolationException$,
  named49 as ConstraintViolationExceptionReason,
  named50 as CreateAccount$,
  named51 as CreateAccountCommand,
  named52 as CreateAccountFailureReason,
  named53 as CreateAccountRequest$,
  named54 as CreateAccountResponse$,
  named55 as CreateAccountState,
  named56 as CreateAccountStatus$,
  named57 as CreateAccountStatusNotFoundException,
  named58 as CreateAccountStatusNotFoundException$,
  named59 as CreateGovCloudAccount$,
  named60 as CreateGovCloudAccountCommand,
  named61 as CreateGovCloudAccountRequest$,
  named62 as CreateGovCloudAccountResponse$,
  named63 as CreateOrganization$,
  named64 as CreateOrganizationCommand,
  named65 as CreateOrganizationRequest$,
  named66 as CreateOrganizationResponse$,
  named67 as CreateOrganizationalUnit$,
  named68 as CreateOrganizationalUnitCommand,
  named69 as CreateOrganizationalUnitRequest$,
  named70 as CreateOrganizationalUnitResponse$,
  named71 as CreatePolicy$,
  named72 as CreatePolicyCommand,
  named73 as CreatePolicyRequest$,
  named74 as CreatePolicyResponse$,
  named75 as DeclineHandshake$,
  named76 as DeclineHandshakeCommand,
  named77 as DeclineHandshakeRequest$,
  named78 as DeclineHandshakeResponse$,
  named79 as DelegatedAdministrator$,
  named80 as DelegatedService$,
  named81 as DeleteOrganization$,
  named82 as DeleteOrganizationCommand,
  named83 as DeleteOrganizationalUnit$,
  named84 as DeleteOrganizationalUnitCommand,
  named85 as DeleteOrganizationalUnitRequest$,
  named86 as DeletePolicy$,
  named87 as DeletePolicyCommand,
  named88 as DeletePolicyRequest$,
  named89 as DeleteResourcePolicy$,
  named90 as DeleteResourcePolicyCommand,
  named91 as DeregisterDelegatedAdministrator$,
  named92 as DeregisterDelegatedAdministratorCommand,
  named93 as DeregisterDelegatedAdministratorRequest$,
  named94 as DescribeAccount$,
  named95 as DescribeAccountCommand,
  named96 as DescribeAccountRequest$,
  named97 as DescribeAccountResponse$,
  named98 as DescribeCreateAccountStatus$,
  named99 as DescribeCreateAccountStatusCommand,
  named100 as DescribeCreateAccountStatusRequest$,
  named101 as DescribeCreateAccountStatusResponse$,
  named102 as DescribeEffectivePolicy$,
  named103 as DescribeEffectivePolicyCommand,
  named104 as DescribeEffectivePolicyRequest$,
  named105 as DescribeEffectivePolicyResponse$,
  named106 as DescribeHandshake$,
  named107 as DescribeHandshakeCommand,
  named108 as DescribeHandshakeRequest$,
  named109 as DescribeHandshakeResponse$,
  named110 as DescribeOrganization$,
  named111 as DescribeOrganizationCommand,
  named112 as DescribeOrganizationResponse$,
  named113 as DescribeOrganizationalUnit$,
  named114 as DescribeOrganizationalUnitCommand,
  named115 as DescribeOrganizationalUnitRequest$,
  named116 as DescribeOrganizationalUnitResponse$,
  named117 as DescribePolicy$,
  named118 as DescribePolicyCommand,
  named119 as DescribePolicyRequest$,
  named120 as DescribePolicyResponse$,
  named121 as DescribeResourcePolicy$,
  named122 as DescribeResourcePolicyCommand,
  named123 as DescribeResourcePolicyResponse$,
  named124 as DescribeResponsibilityTransfer$,
  named125 as DescribeResponsibilityTransferCommand,
  named126 as DescribeResponsibilityTransferRequest$,
  named127 as DescribeResponsibilityTransferResponse$,
  named128 as DestinationParentNotFoundException,
  named129 as DestinationParentNotFoundException$,
  named130 as DetachPolicy$,
  named131 as DetachPolicyCommand,
  named132 as DetachPolicyRequest$,
  named133 as DisableAWSServiceAccess$,
  named134 as DisableAWSServiceAccessCommand,
  named135 as DisableAWSServiceAccessRequest$,
  named136 as DisablePolicyType$,
  named137 as DisablePolicyTypeCommand,
  named138 as DisablePolicyTypeRequest$,
  named139 as DisablePolicyTypeResponse$,
  named140 as DuplicateAccountException,
  named141 as DuplicateAccountException$,
  named142 as DuplicateHandshakeException,
  named143 as DuplicateHandshakeException$,
  named144 as DuplicateOrganizationalUnitException,
  named145 as DuplicateOrganizationalUnitException$,
  named146 as DuplicatePolicyAttachmentException,
  named147 as DuplicatePolicyAttachmentException$,
  named148 as DuplicatePolicyException,
  named149 as DuplicatePolicyException$,
  named150 as EffectivePolicy$,
  named151 as EffectivePolicyNotFoundException,
  named152 as EffectivePolicyNotFoundException$,
  named153 as EffectivePolicyType,
  named154 as EffectivePolicyValidationError$,
  named155 as EnableAWSServiceAccess$,
  named156 as EnableAWSServiceAccessCommand,
  named157 as EnableAWSServiceAccessRequest$,
  named158 as EnableAllFeatures$,
  named159 as EnableAllFeaturesCommand,
  named160 as EnableAllFeaturesRequest$,
  named161 as EnableAllFeaturesResponse$,
  named162 as EnablePolicyType$,
  named163 as EnablePolicyTypeCommand,
  named164 as EnablePolicyTypeRequest$,
  named165 as EnablePolicyTypeResponse$,
  named166 as EnabledServicePrincipal$,
  named167 as FinalizingOrganizationException,
  named168 as FinalizingOrganizationException$,
  named169 as Handshake$,
  named170 as HandshakeAlreadyInStateException,
  named171 as HandshakeAlreadyInStateException$,
  named172 as HandshakeConstraintViolationException,
  named173 as HandshakeConstraintViolationException$,
  named174 as HandshakeConstraintViolationExceptionReason,
  named175 as HandshakeFilter$,
  named176 as HandshakeNotFoundException,
  named177 as HandshakeNotFoundException$,
  named178 as HandshakeParty$,
  named179 as HandshakePartyType,
  named180 as HandshakeResource$,
  named181 as HandshakeResourceType,
  named182 as HandshakeState,
  named183 as IAMUserAccessToBilling,
  named184 as InvalidHandshakeTransitionException,
  named185 as InvalidHandshakeTransitionException$,
  named186 as InvalidInputException,
  named187 as InvalidInputException$,
  named188 as InvalidInputExceptionReason,
  named189 as InvalidResponsibilityTransferTransitionException,
  named190 as InvalidResponsibilityTransferTransitionException$,
  named191 as InviteAccountToOrganization$,
  named192 as InviteAccountToOrganizationCommand,
  named193 as InviteAccountToOrganizationRequest$,
  named194 as InviteAccountToOrganizationResponse$,
  named195 as InviteOrganizationToTransferResponsibility$,
  named196 as InviteOrganizationToTransferResponsibilityCommand,
  named197 as InviteOrganizationToTransferResponsibilityRequest$,
  named198 as InviteOrganizationToTransferResponsibilityResponse$,
  named199 as LeaveOrganization$,
  named200 as LeaveOrganizationCommand,
  named201 as ListAWSServiceAccessForOrganization$,
  named202 as ListAWSServiceAccessForOrganizationCommand,
  named203 as ListAWSServiceAccessForOrganizationRequest$,
  named204 as ListAWSServiceAccessForOrganizationResponse$,
  named205 as ListAccounts$,
  named206 as ListAccountsCommand,
  named207 as ListAccountsForParent$,
  named208 as ListAccountsForParentCommand,
  named209 as ListAccountsForParentRequest$,
  named210 as ListAccountsForParentResponse$,
  named211 as ListAccountsRequest$,
  named212 as ListAccountsResponse$,
  named213 as ListAccountsWithInvalidEffectivePolicy$,
  named214 as ListAccountsWithInvalidEffectivePolicyCommand,
  named215 as ListAccountsWithInvalidEffectivePolicyRequest$,
  named216 as ListAccountsWithInvalidEffectivePolicyResponse$,
  named217 as ListChildren$,
  named218 as ListChildrenCommand,
  named219 as ListChildrenRequest$,
  named220 as ListChildrenResponse$,
  named221 as ListCreateAccountStatus$,
  named222 as ListCreateAccountStatusCommand,
  named223 as ListCreateAccountStatusRequest$,
  named224 as ListCreateAccountStatusResponse$,
  named225 as ListDelegatedAdministrators$,
  named226 as ListDelegatedAdministratorsCommand,
  named227 as ListDelegatedAdministratorsRequest$,
  named228 as ListDelegatedAdministratorsResponse$,
  named229 as ListDelegatedServicesForAccount$,
  named230 as ListDelegatedServicesForAccountCommand,
  named231 as ListDelegatedServicesForAccountRequest$,
  named232 as ListDelegatedServicesForAccountResponse$,
  named233 as ListEffectivePolicyValidationErrors$,
  named234 as ListEffectivePolicyValidationErrorsCommand,
  named235 as ListEffectivePolicyValidationErrorsRequest$,
  named236 as ListEffectivePolicyValidationErrorsResponse$,
  named237 as ListHandshakesForAccount$,
  named238 as ListHandshakesForAccountCommand,
  named239 as ListHandshakesForAccountRequest$,
  named240 as ListHandshakesForAccountResponse$,
  named241 as ListHandshakesForOrganization$,
  named242 as ListHandshakesForOrganizationCommand,
  named243 as ListHandshakesForOrganizationRequest$,
  named244 as ListHandshakesForOrganizationResponse$,
  named245 as ListInboundResponsibilityTransfers$,
  named246 as ListInboundResponsibilityTransfersCommand,
  named247 as ListInboundResponsibilityTransfersRequest$,
  named248 as ListInboundResponsibilityTransfersResponse$,
  named249 as ListOrganizationalUnitsForParent$,
  named250 as ListOrganizationalUnitsForParentCommand,
  named251 as ListOrganizationalUnitsForParentRequest$,
  named252 as ListOrganizationalUnitsForParentResponse$,
  named253 as ListOutboundResponsibilityTransfers$,
  named254 as ListOutboundResponsibilityTransfersCommand,
  named255 as ListOutboundResponsibilityTransfersRequest$,
  named256 as ListOutboundResponsibilityTransfersResponse$,
  named257 as ListParents$,
  named258 as ListParentsCommand,
  named259 as ListParentsRequest$,
  named260 as ListParentsResponse$,
  named261 as ListPolicies$,
  named262 as ListPoliciesCommand,
  named263 as ListPoliciesForTarget$,
  named264 as ListPoliciesForTargetCommand,
  named265 as ListPoliciesForTargetRequest$,
  named266 as ListPoliciesForTargetResponse$,
  named267 as ListPoliciesRequest$,
  named268 as ListPoliciesResponse$,
  named269 as ListRoots$,
  named270 as ListRootsCommand,
  named271 as ListRootsRequest$,
  named272 as ListRootsResponse$,
  named273 as ListTagsForResource$,
  named274 as ListTagsForResourceCommand,
  named275 as ListTagsForResourceRequest$,
  named276 as ListTagsForResourceResponse$,
  named277 as ListTargetsForPolicy$,
  named278 as ListTargetsForPolicyCommand,
  named279 as ListTargetsForPolicyRequest$,
  named280 as ListTargetsForPolicyResponse$,
  named281 as MalformedPolicyDocumentException,
  named282 as MalformedPolicyDocumentException$,
  named283 as MasterCannotLeaveOrganizationException,
  named284 as MasterCannotLeaveOrganizationException$,
  named285 as MoveAccount$,
  named286 as MoveAccountCommand,
  named287 as MoveAccountRequest$,
  named288 as Organization$,
  named289 as OrganizationFeatureSet,
  named290 as OrganizationNotEmptyException,
  named291 as OrganizationNotEmptyException$,
  named292 as OrganizationalUnit$,
  named293 as OrganizationalUnitNotEmptyException,
  named294 as OrganizationalUnitNotEmptyException$,
  named295 as OrganizationalUnitNotFoundException,
  named296 as OrganizationalUnitNotFoundException$,
  named297 as Organizations,
  named298 as OrganizationsClient,
  named299 as OrganizationsServiceException,
  named300 as OrganizationsServiceException$,
  named301 as Parent$,
  named302 as ParentNotFoundException,
  named303 as ParentNotFoundException$,
  named304 as ParentType,
  named305 as Policy$,
  named306 as PolicyChangesInProgressException,
  named307 as PolicyChangesInProgressException$,
  named308 as PolicyInUseException,
  named309 as PolicyInUseException$,
  named310 as PolicyNotAttachedException,
  named311 as PolicyNotAttachedException$,
  named312 as PolicyNotFoundException,
  named313 as PolicyNotFoundException$,
  named314 as PolicySummary$,
  named315 as PolicyTargetSummary$,
  named316 as PolicyType,
  named317 as PolicyTypeAlreadyEnabledException,
  named318 as PolicyTypeAlreadyEnabledException$,
  named319 as PolicyTypeNotAvailableForOrganizationException,
  named320 as PolicyTypeNotAvailableForOrganizationException$,
  named321 as PolicyTypeNotEnabledException,
  named322 as PolicyTypeNotEnabledException$,
  named323 as PolicyTypeStatus,
  named324 as PolicyTypeSummary$,
  named325 as PutResourcePolicy$,
  named326 as PutResourcePolicyCommand,
  named327 as PutResourcePolicyRequest$,
  named328 as PutResourcePolicyResponse$,
  named329 as RegisterDelegatedAdministrator$,
  named330 as RegisterDelegatedAdministratorCommand,
  named331 as RegisterDelegatedAdministratorRequest$,
  named332 as RemoveAccountFromOrganization$,
  named333 as RemoveAccountFromOrganizationCommand,
  named334 as RemoveAccountFromOrganizationRequest$,
  named335 as ResourcePolicy$,
  named336 as ResourcePolicyNotFoundException,
  named337 as ResourcePolicyNotFoundException$,
  named338 as ResourcePolicySummary$,
  named339 as ResponsibilityTransfer$,
  named340 as ResponsibilityTransferAlreadyInStatusException,
  named341 as ResponsibilityTransferAlreadyInStatusException$,
  named342 as ResponsibilityTransferNotFoundException,
  named343 as ResponsibilityTransferNotFoundException$,
  named344 as ResponsibilityTransferStatus,
  named345 as ResponsibilityTransferType,
  named346 as Root$,
  named347 as RootNotFoundException,
  named348 as RootNotFoundException$,
  named349 as ServiceException,
  named350 as ServiceException$,
  named351 as SourceParentNotFoundException,
  named352 as SourceParentNotFoundException$,
  named353 as Tag$,
  named354 as TagResource$,
  named355 as TagResourceCommand,
  named356 as TagResourceRequest$,
  named357 as TargetNotFoundException,
  named358 as TargetNotFoundException$,
  named359 as TargetType,
  named360 as TerminateResponsibilityTransfer$,
  named361 as TerminateResponsibilityTransferCommand,
  named362 as TerminateResponsibilityTransferRequest$,
  named363 as TerminateResponsibilityTransferResponse$,
  named364 as TooManyRequestsException,
  named365 as TooManyRequestsException$,
  named366 as TransferParticipant$,
  named367 as UnsupportedAPIEndpointException,
  named368 as UnsupportedAPIEndpointException$,
  named369 as UntagResource$,
  named370 as UntagResourceCommand,
  named371 as UntagResourceRequest$,
  named372 as UpdateOrganizationalUnit$,
  named373 as UpdateOrganizationalUnitCommand,
  named374 as UpdateOrganizationalUnitRequest$,
  named375 as UpdateOrganizationalUnitResponse$,
  named376 as UpdatePolicy$,
  named377 as UpdatePolicyCommand,
  named378 as UpdatePolicyRequest$,
  named379 as UpdatePolicyResponse$,
  named380 as UpdateResponsibilityTransfer$,
  named381 as UpdateResponsibilityTransferCommand,
  named382 as UpdateResponsibilityTransferRequest$,
  named383 as UpdateResponsibilityTransferResponse$,
  named384 as __Client,
  dist_cjs_default as default,
  named385 as errorTypeRegistries,
  named386 as paginateListAWSServiceAccessForOrganization,
  named387 as paginateListAccounts,
  named388 as paginateListAccountsForParent,
  named389 as paginateListAccountsWithInvalidEffectivePolicy,
  named390 as paginateListChildren,
  named391 as paginateListCreateAccountStatus,
  named392 as paginateListDelegatedAdministrators,
  named393 as paginateListDelegatedServicesForAccount,
  named394 as paginateListEffectivePolicyValidationErrors,
  named395 as paginateListHandshakesForAccount,
  named396 as paginateListHandshakesForOrganization,
  named397 as paginateListOrganizationalUnitsForParent,
  named398 as paginateListParents,
  named399 as paginateListPolicies,
  named400 as paginateListPoliciesForTarget,
  named401 as paginateListRoots,
  named402 as paginateListTagsForResource,
  named403 as paginateListTargetsForPolicy
};
