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

// node_modules/@aws-sdk/client-sns/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-sns/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
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
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsQueryProtocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultSNSHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
          name: "sns",
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
    var defaultSNSHttpAuthSchemeProvider = (authParameters) => {
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
        defaultSigningName: "sns"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1168.0";
    var packageInfo = {
      version
    };
    var m = "ref";
    var a = -1;
    var b = true;
    var c = "isSet";
    var d = "PartitionResult";
    var e = "booleanEquals";
    var f = "getAttr";
    var g = "stringEquals";
    var h = { [m]: "Endpoint" };
    var i = { [m]: d };
    var j = { [m]: "Region" };
    var k = {};
    var l = [j];
    var _data = {
      conditions: [
        [c, [h]],
        [c, l],
        ["aws.partition", l, d],
        [e, [{ [m]: "UseFIPS" }, b]],
        [e, [{ [m]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [i, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [i, "supportsFIPS"] }, b]],
        [g, [j, "us-gov-east-1"]],
        [g, [j, "us-gov-west-1"]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [h, k],
        ["https://sns-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://sns.us-gov-east-1.amazonaws.com", k],
        ["https://sns.us-gov-west-1.amazonaws.com", k],
        ["https://sns-fips.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://sns.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://sns.{Region}.{PartitionResult#dnsSuffix}", k],
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
      5,
      r + 10,
      r + 11,
      4,
      12,
      9,
      6,
      10,
      r + 9,
      7,
      r + 6,
      11,
      8,
      r + 7,
      r + 8,
      5,
      13,
      r + 5,
      6,
      r + 4,
      r + 5,
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
    var SNSServiceException = class _SNSServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sns#SNSServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _SNSServiceException.prototype);
      }
    };
    var AuthorizationErrorException = class _AuthorizationErrorException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#AuthorizationErrorException";
      name = "AuthorizationErrorException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AuthorizationErrorException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AuthorizationErrorException.prototype);
      }
    };
    var InternalErrorException = class _InternalErrorException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#InternalErrorException";
      name = "InternalErrorException";
      $fault = "server";
      constructor(opts) {
        super({
          name: "InternalErrorException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _InternalErrorException.prototype);
      }
    };
    var InvalidParameterException = class _InvalidParameterException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#InvalidParameterException";
      name = "InvalidParameterException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidParameterException.prototype);
      }
    };
    var NotFoundException = class _NotFoundException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#NotFoundException";
      name = "NotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NotFoundException.prototype);
      }
    };
    var ThrottledException = class _ThrottledException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#ThrottledException";
      name = "ThrottledException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ThrottledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ThrottledException.prototype);
      }
    };
    var FilterPolicyLimitExceededException = class _FilterPolicyLimitExceededException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#FilterPolicyLimitExceededException";
      name = "FilterPolicyLimitExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "FilterPolicyLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _FilterPolicyLimitExceededException.prototype);
      }
    };
    var ReplayLimitExceededException = class _ReplayLimitExceededException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#ReplayLimitExceededException";
      name = "ReplayLimitExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ReplayLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ReplayLimitExceededException.prototype);
      }
    };
    var SubscriptionLimitExceededException = class _SubscriptionLimitExceededException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#SubscriptionLimitExceededException";
      name = "SubscriptionLimitExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SubscriptionLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SubscriptionLimitExceededException.prototype);
      }
    };
    var OptedOutException = class _OptedOutException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#OptedOutException";
      name = "OptedOutException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OptedOutException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OptedOutException.prototype);
      }
    };
    var UserErrorException = class _UserErrorException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#UserErrorException";
      name = "UserErrorException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UserErrorException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UserErrorException.prototype);
      }
    };
    var ConcurrentAccessException = class _ConcurrentAccessException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#ConcurrentAccessException";
      name = "ConcurrentAccessException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ConcurrentAccessException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConcurrentAccessException.prototype);
      }
    };
    var InvalidSecurityException = class _InvalidSecurityException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#InvalidSecurityException";
      name = "InvalidSecurityException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidSecurityException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidSecurityException.prototype);
      }
    };
    var StaleTagException = class _StaleTagException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#StaleTagException";
      name = "StaleTagException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "StaleTagException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _StaleTagException.prototype);
      }
    };
    var TagLimitExceededException = class _TagLimitExceededException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#TagLimitExceededException";
      name = "TagLimitExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TagLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TagLimitExceededException.prototype);
      }
    };
    var TagPolicyException = class _TagPolicyException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#TagPolicyException";
      name = "TagPolicyException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TagPolicyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TagPolicyException.prototype);
      }
    };
    var TopicLimitExceededException = class _TopicLimitExceededException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#TopicLimitExceededException";
      name = "TopicLimitExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TopicLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TopicLimitExceededException.prototype);
      }
    };
    var ResourceNotFoundException = class _ResourceNotFoundException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#ResourceNotFoundException";
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
    var InvalidStateException = class _InvalidStateException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#InvalidStateException";
      name = "InvalidStateException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidStateException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidStateException.prototype);
      }
    };
    var ValidationException = class _ValidationException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#ValidationException";
      name = "ValidationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ValidationException.prototype);
        this.Message = opts.Message;
      }
    };
    var EndpointDisabledException = class _EndpointDisabledException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#EndpointDisabledException";
      name = "EndpointDisabledException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "EndpointDisabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _EndpointDisabledException.prototype);
      }
    };
    var InvalidParameterValueException = class _InvalidParameterValueException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#InvalidParameterValueException";
      name = "InvalidParameterValueException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidParameterValueException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidParameterValueException.prototype);
      }
    };
    var KMSAccessDeniedException = class _KMSAccessDeniedException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#KMSAccessDeniedException";
      name = "KMSAccessDeniedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "KMSAccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KMSAccessDeniedException.prototype);
      }
    };
    var KMSDisabledException = class _KMSDisabledException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#KMSDisabledException";
      name = "KMSDisabledException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "KMSDisabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KMSDisabledException.prototype);
      }
    };
    var KMSInvalidStateException = class _KMSInvalidStateException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#KMSInvalidStateException";
      name = "KMSInvalidStateException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "KMSInvalidStateException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KMSInvalidStateException.prototype);
      }
    };
    var KMSNotFoundException = class _KMSNotFoundException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#KMSNotFoundException";
      name = "KMSNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "KMSNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KMSNotFoundException.prototype);
      }
    };
    var KMSOptInRequired = class _KMSOptInRequired extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#KMSOptInRequired";
      name = "KMSOptInRequired";
      $fault = "client";
      constructor(opts) {
        super({
          name: "KMSOptInRequired",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KMSOptInRequired.prototype);
      }
    };
    var KMSThrottlingException = class _KMSThrottlingException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#KMSThrottlingException";
      name = "KMSThrottlingException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "KMSThrottlingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KMSThrottlingException.prototype);
      }
    };
    var PlatformApplicationDisabledException = class _PlatformApplicationDisabledException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#PlatformApplicationDisabledException";
      name = "PlatformApplicationDisabledException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "PlatformApplicationDisabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PlatformApplicationDisabledException.prototype);
      }
    };
    var BatchEntryIdsNotDistinctException = class _BatchEntryIdsNotDistinctException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#BatchEntryIdsNotDistinctException";
      name = "BatchEntryIdsNotDistinctException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "BatchEntryIdsNotDistinctException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _BatchEntryIdsNotDistinctException.prototype);
      }
    };
    var BatchRequestTooLongException = class _BatchRequestTooLongException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#BatchRequestTooLongException";
      name = "BatchRequestTooLongException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "BatchRequestTooLongException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _BatchRequestTooLongException.prototype);
      }
    };
    var EmptyBatchRequestException = class _EmptyBatchRequestException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#EmptyBatchRequestException";
      name = "EmptyBatchRequestException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "EmptyBatchRequestException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _EmptyBatchRequestException.prototype);
      }
    };
    var InvalidBatchEntryIdException = class _InvalidBatchEntryIdException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#InvalidBatchEntryIdException";
      name = "InvalidBatchEntryIdException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidBatchEntryIdException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidBatchEntryIdException.prototype);
      }
    };
    var TooManyEntriesInBatchRequestException = class _TooManyEntriesInBatchRequestException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#TooManyEntriesInBatchRequestException";
      name = "TooManyEntriesInBatchRequestException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TooManyEntriesInBatchRequestException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyEntriesInBatchRequestException.prototype);
      }
    };
    var VerificationException = class _VerificationException extends SNSServiceException {
      static shapeId = "com.amazonaws.sns#VerificationException";
      name = "VerificationException";
      $fault = "client";
      Message;
      Status;
      constructor(opts) {
        super({
          name: "VerificationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _VerificationException.prototype);
        this.Message = opts.Message;
        this.Status = opts.Status;
      }
    };
    var _A = "Attributes";
    var _AEE = "AuthorizationErrorException";
    var _AN = "ActionName";
    var _ANt = "AttributeName";
    var _AOU = "AuthenticateOnUnsubscribe";
    var _AP = "AddPermission";
    var _API = "AddPermissionInput";
    var _AV = "AttributeValue";
    var _AWSAI = "AWSAccountId";
    var _BEINDE = "BatchEntryIdsNotDistinctException";
    var _BREE = "BatchResultErrorEntry";
    var _BREEL = "BatchResultErrorEntryList";
    var _BRTLE = "BatchRequestTooLongException";
    var _BV = "BinaryValue";
    var _C = "Code";
    var _CA = "CreatedAt";
    var _CAE = "ConcurrentAccessException";
    var _CER = "CreateEndpointResponse";
    var _CIPNIOO = "CheckIfPhoneNumberIsOptedOut";
    var _CIPNIOOI = "CheckIfPhoneNumberIsOptedOutInput";
    var _CIPNIOOR = "CheckIfPhoneNumberIsOptedOutResponse";
    var _CPA = "CreatePlatformApplication";
    var _CPAI = "CreatePlatformApplicationInput";
    var _CPAR = "CreatePlatformApplicationResponse";
    var _CPE = "CreatePlatformEndpoint";
    var _CPEI = "CreatePlatformEndpointInput";
    var _CS = "ConfirmSubscription";
    var _CSI = "ConfirmSubscriptionInput";
    var _CSMSSPN = "CreateSMSSandboxPhoneNumber";
    var _CSMSSPNI = "CreateSMSSandboxPhoneNumberInput";
    var _CSMSSPNR = "CreateSMSSandboxPhoneNumberResult";
    var _CSR = "ConfirmSubscriptionResponse";
    var _CT = "CreateTopic";
    var _CTI = "CreateTopicInput";
    var _CTR = "CreateTopicResponse";
    var _CUD = "CustomUserData";
    var _DE = "DeleteEndpoint";
    var _DEI = "DeleteEndpointInput";
    var _DPA = "DeletePlatformApplication";
    var _DPAI = "DeletePlatformApplicationInput";
    var _DPP = "DataProtectionPolicy";
    var _DSMSSPN = "DeleteSMSSandboxPhoneNumber";
    var _DSMSSPNI = "DeleteSMSSandboxPhoneNumberInput";
    var _DSMSSPNR = "DeleteSMSSandboxPhoneNumberResult";
    var _DT = "DataType";
    var _DTI = "DeleteTopicInput";
    var _DTe = "DeleteTopic";
    var _E = "Endpoint";
    var _EA = "EndpointArn";
    var _EBRE = "EmptyBatchRequestException";
    var _EDE = "EndpointDisabledException";
    var _En = "Endpoints";
    var _F = "Failed";
    var _FPLEE = "FilterPolicyLimitExceededException";
    var _GDPP = "GetDataProtectionPolicy";
    var _GDPPI = "GetDataProtectionPolicyInput";
    var _GDPPR = "GetDataProtectionPolicyResponse";
    var _GEA = "GetEndpointAttributes";
    var _GEAI = "GetEndpointAttributesInput";
    var _GEAR = "GetEndpointAttributesResponse";
    var _GPAA = "GetPlatformApplicationAttributes";
    var _GPAAI = "GetPlatformApplicationAttributesInput";
    var _GPAAR = "GetPlatformApplicationAttributesResponse";
    var _GSA = "GetSubscriptionAttributes";
    var _GSAI = "GetSubscriptionAttributesInput";
    var _GSAR = "GetSubscriptionAttributesResponse";
    var _GSMSA = "GetSMSAttributes";
    var _GSMSAI = "GetSMSAttributesInput";
    var _GSMSAR = "GetSMSAttributesResponse";
    var _GSMSSAS = "GetSMSSandboxAccountStatus";
    var _GSMSSASI = "GetSMSSandboxAccountStatusInput";
    var _GSMSSASR = "GetSMSSandboxAccountStatusResult";
    var _GTA = "GetTopicAttributes";
    var _GTAI = "GetTopicAttributesInput";
    var _GTAR = "GetTopicAttributesResponse";
    var _I = "Id";
    var _IBEIE = "InvalidBatchEntryIdException";
    var _ICC = "Iso2CountryCode";
    var _IEE = "InternalErrorException";
    var _IIS = "IsInSandbox";
    var _IPE = "InvalidParameterException";
    var _IPVE = "InvalidParameterValueException";
    var _ISE = "InvalidSecurityException";
    var _ISEn = "InvalidStateException";
    var _K = "Key";
    var _KMSADE = "KMSAccessDeniedException";
    var _KMSDE = "KMSDisabledException";
    var _KMSISE = "KMSInvalidStateException";
    var _KMSNFE = "KMSNotFoundException";
    var _KMSOIR = "KMSOptInRequired";
    var _KMSTE = "KMSThrottlingException";
    var _L = "Label";
    var _LC = "LanguageCode";
    var _LEBPA = "ListEndpointsByPlatformApplication";
    var _LEBPAI = "ListEndpointsByPlatformApplicationInput";
    var _LEBPAR = "ListEndpointsByPlatformApplicationResponse";
    var _LOE = "ListOfEndpoints";
    var _LON = "ListOriginationNumbers";
    var _LONR = "ListOriginationNumbersRequest";
    var _LONRi = "ListOriginationNumbersResult";
    var _LOPA = "ListOfPlatformApplications";
    var _LPA = "ListPlatformApplications";
    var _LPAI = "ListPlatformApplicationsInput";
    var _LPAR = "ListPlatformApplicationsResponse";
    var _LPNOO = "ListPhoneNumbersOptedOut";
    var _LPNOOI = "ListPhoneNumbersOptedOutInput";
    var _LPNOOR = "ListPhoneNumbersOptedOutResponse";
    var _LS = "ListSubscriptions";
    var _LSBT = "ListSubscriptionsByTopic";
    var _LSBTI = "ListSubscriptionsByTopicInput";
    var _LSBTR = "ListSubscriptionsByTopicResponse";
    var _LSI = "ListSubscriptionsInput";
    var _LSMSSPN = "ListSMSSandboxPhoneNumbers";
    var _LSMSSPNI = "ListSMSSandboxPhoneNumbersInput";
    var _LSMSSPNR = "ListSMSSandboxPhoneNumbersResult";
    var _LSR = "ListSubscriptionsResponse";
    var _LT = "ListTopics";
    var _LTFR = "ListTagsForResource";
    var _LTFRR = "ListTagsForResourceRequest";
    var _LTFRRi = "ListTagsForResourceResponse";
    var _LTI = "ListTopicsInput";
    var _LTR = "ListTopicsResponse";
    var _M = "Message";
    var _MA = "MessageAttributes";
    var _MAM = "MessageAttributeMap";
    var _MAV = "MessageAttributeValue";
    var _MDI = "MessageDeduplicationId";
    var _MGI = "MessageGroupId";
    var _MI = "MessageId";
    var _MR = "MaxResults";
    var _MS = "MessageStructure";
    var _N = "Name";
    var _NC = "NumberCapabilities";
    var _NFE = "NotFoundException";
    var _NT = "NextToken";
    var _O = "Owner";
    var _OIPN = "OptInPhoneNumber";
    var _OIPNI = "OptInPhoneNumberInput";
    var _OIPNR = "OptInPhoneNumberResponse";
    var _OOE = "OptedOutException";
    var _OTP = "OneTimePassword";
    var _P = "Platform";
    var _PA = "PlatformApplications";
    var _PAA = "PlatformApplicationArn";
    var _PADE = "PlatformApplicationDisabledException";
    var _PAl = "PlatformApplication";
    var _PB = "PublishBatch";
    var _PBI = "PublishBatchInput";
    var _PBR = "PublishBatchResponse";
    var _PBRE = "PublishBatchRequestEntries";
    var _PBREL = "PublishBatchRequestEntryList";
    var _PBRELu = "PublishBatchResultEntryList";
    var _PBREu = "PublishBatchRequestEntry";
    var _PBREub = "PublishBatchResultEntry";
    var _PDPP = "PutDataProtectionPolicy";
    var _PDPPI = "PutDataProtectionPolicyInput";
    var _PI = "PublishInput";
    var _PN = "PhoneNumber";
    var _PNI = "PhoneNumberInformation";
    var _PNIL = "PhoneNumberInformationList";
    var _PNL = "PhoneNumberList";
    var _PNS = "PhoneNumberString";
    var _PNh = "PhoneNumbers";
    var _PR = "PublishResponse";
    var _Pr = "Protocol";
    var _Pu = "Publish";
    var _RA = "ResourceArn";
    var _RLEE = "ReplayLimitExceededException";
    var _RNFE = "ResourceNotFoundException";
    var _RP = "RemovePermission";
    var _RPI = "RemovePermissionInput";
    var _RSA = "ReturnSubscriptionArn";
    var _RT = "RouteType";
    var _S = "Status";
    var _SA = "SubscriptionArn";
    var _SEA = "SetEndpointAttributes";
    var _SEAI = "SetEndpointAttributesInput";
    var _SF = "SenderFault";
    var _SI = "SubscribeInput";
    var _SL = "SubscriptionsList";
    var _SLEE = "SubscriptionLimitExceededException";
    var _SMSSPN = "SMSSandboxPhoneNumber";
    var _SMSSPNL = "SMSSandboxPhoneNumberList";
    var _SN = "SequenceNumber";
    var _SPAA = "SetPlatformApplicationAttributes";
    var _SPAAI = "SetPlatformApplicationAttributesInput";
    var _SR = "SubscribeResponse";
    var _SSA = "SetSubscriptionAttributes";
    var _SSAI = "SetSubscriptionAttributesInput";
    var _SSMSA = "SetSMSAttributes";
    var _SSMSAI = "SetSMSAttributesInput";
    var _SSMSAR = "SetSMSAttributesResponse";
    var _STA = "SetTopicAttributes";
    var _STAI = "SetTopicAttributesInput";
    var _STE = "StaleTagException";
    var _SV = "StringValue";
    var _Su = "Subscriptions";
    var _Sub = "Subject";
    var _Subs = "Subscription";
    var _Subsc = "Subscribe";
    var _Suc = "Successful";
    var _T = "Token";
    var _TA = "TopicArn";
    var _TAa = "TargetArn";
    var _TE = "ThrottledException";
    var _TK = "TagKeys";
    var _TL = "TagList";
    var _TLEE = "TagLimitExceededException";
    var _TLEEo = "TopicLimitExceededException";
    var _TLo = "TopicsList";
    var _TMEIBRE = "TooManyEntriesInBatchRequestException";
    var _TPE = "TagPolicyException";
    var _TR = "TagResource";
    var _TRR = "TagResourceRequest";
    var _TRRa = "TagResourceResponse";
    var _Ta = "Tags";
    var _Tag = "Tag";
    var _To = "Topics";
    var _Top = "Topic";
    var _U = "Unsubscribe";
    var _UEE = "UserErrorException";
    var _UI = "UnsubscribeInput";
    var _UR = "UntagResource";
    var _URR = "UntagResourceRequest";
    var _URRn = "UntagResourceResponse";
    var _V = "Value";
    var _VE = "ValidationException";
    var _VEe = "VerificationException";
    var _VSMSSPN = "VerifySMSSandboxPhoneNumber";
    var _VSMSSPNI = "VerifySMSSandboxPhoneNumberInput";
    var _VSMSSPNR = "VerifySMSSandboxPhoneNumberResult";
    var _a = "attributes";
    var _aQE = "awsQueryError";
    var _c = "client";
    var _e = "error";
    var _hE = "httpError";
    var _iOO = "isOptedOut";
    var _m = "message";
    var _nT = "nextToken";
    var _pN = "phoneNumber";
    var _pNh = "phoneNumbers";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.sns";
    var _se = "server";
    var _xN = "xmlName";
    var n0 = "com.amazonaws.sns";
    var _s_registry = new TypeRegistry(_s);
    var SNSServiceException$ = [-3, _s, "SNSServiceException", 0, [], []];
    _s_registry.registerError(SNSServiceException$, SNSServiceException);
    var n0_registry = new TypeRegistry(n0);
    var AuthorizationErrorException$ = [
      -3,
      n0,
      _AEE,
      { [_aQE]: [`AuthorizationError`, 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(AuthorizationErrorException$, AuthorizationErrorException);
    var BatchEntryIdsNotDistinctException$ = [
      -3,
      n0,
      _BEINDE,
      { [_aQE]: [`BatchEntryIdsNotDistinct`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(BatchEntryIdsNotDistinctException$, BatchEntryIdsNotDistinctException);
    var BatchRequestTooLongException$ = [
      -3,
      n0,
      _BRTLE,
      { [_aQE]: [`BatchRequestTooLong`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(BatchRequestTooLongException$, BatchRequestTooLongException);
    var ConcurrentAccessException$ = [
      -3,
      n0,
      _CAE,
      { [_aQE]: [`ConcurrentAccess`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ConcurrentAccessException$, ConcurrentAccessException);
    var EmptyBatchRequestException$ = [
      -3,
      n0,
      _EBRE,
      { [_aQE]: [`EmptyBatchRequest`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(EmptyBatchRequestException$, EmptyBatchRequestException);
    var EndpointDisabledException$ = [
      -3,
      n0,
      _EDE,
      { [_aQE]: [`EndpointDisabled`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(EndpointDisabledException$, EndpointDisabledException);
    var FilterPolicyLimitExceededException$ = [
      -3,
      n0,
      _FPLEE,
      { [_aQE]: [`FilterPolicyLimitExceeded`, 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(FilterPolicyLimitExceededException$, FilterPolicyLimitExceededException);
    var InternalErrorException$ = [
      -3,
      n0,
      _IEE,
      { [_aQE]: [`InternalError`, 500], [_e]: _se, [_hE]: 500 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InternalErrorException$, InternalErrorException);
    var InvalidBatchEntryIdException$ = [
      -3,
      n0,
      _IBEIE,
      { [_aQE]: [`InvalidBatchEntryId`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidBatchEntryIdException$, InvalidBatchEntryIdException);
    var InvalidParameterException$ = [
      -3,
      n0,
      _IPE,
      { [_aQE]: [`InvalidParameter`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
    var InvalidParameterValueException$ = [
      -3,
      n0,
      _IPVE,
      { [_aQE]: [`ParameterValueInvalid`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
    var InvalidSecurityException$ = [
      -3,
      n0,
      _ISE,
      { [_aQE]: [`InvalidSecurity`, 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidSecurityException$, InvalidSecurityException);
    var InvalidStateException$ = [
      -3,
      n0,
      _ISEn,
      { [_aQE]: [`InvalidState`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidStateException$, InvalidStateException);
    var KMSAccessDeniedException$ = [
      -3,
      n0,
      _KMSADE,
      { [_aQE]: [`KMSAccessDenied`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(KMSAccessDeniedException$, KMSAccessDeniedException);
    var KMSDisabledException$ = [
      -3,
      n0,
      _KMSDE,
      { [_aQE]: [`KMSDisabled`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(KMSDisabledException$, KMSDisabledException);
    var KMSInvalidStateException$ = [
      -3,
      n0,
      _KMSISE,
      { [_aQE]: [`KMSInvalidState`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(KMSInvalidStateException$, KMSInvalidStateException);
    var KMSNotFoundException$ = [
      -3,
      n0,
      _KMSNFE,
      { [_aQE]: [`KMSNotFound`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(KMSNotFoundException$, KMSNotFoundException);
    var KMSOptInRequired$ = [
      -3,
      n0,
      _KMSOIR,
      { [_aQE]: [`KMSOptInRequired`, 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(KMSOptInRequired$, KMSOptInRequired);
    var KMSThrottlingException$ = [
      -3,
      n0,
      _KMSTE,
      { [_aQE]: [`KMSThrottling`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(KMSThrottlingException$, KMSThrottlingException);
    var NotFoundException$ = [
      -3,
      n0,
      _NFE,
      { [_aQE]: [`NotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(NotFoundException$, NotFoundException);
    var OptedOutException$ = [
      -3,
      n0,
      _OOE,
      { [_aQE]: [`OptedOut`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(OptedOutException$, OptedOutException);
    var PlatformApplicationDisabledException$ = [
      -3,
      n0,
      _PADE,
      { [_aQE]: [`PlatformApplicationDisabled`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(PlatformApplicationDisabledException$, PlatformApplicationDisabledException);
    var ReplayLimitExceededException$ = [
      -3,
      n0,
      _RLEE,
      { [_aQE]: [`ReplayLimitExceeded`, 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ReplayLimitExceededException$, ReplayLimitExceededException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_aQE]: [`ResourceNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var StaleTagException$ = [
      -3,
      n0,
      _STE,
      { [_aQE]: [`StaleTag`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(StaleTagException$, StaleTagException);
    var SubscriptionLimitExceededException$ = [
      -3,
      n0,
      _SLEE,
      { [_aQE]: [`SubscriptionLimitExceeded`, 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SubscriptionLimitExceededException$, SubscriptionLimitExceededException);
    var TagLimitExceededException$ = [
      -3,
      n0,
      _TLEE,
      { [_aQE]: [`TagLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(TagLimitExceededException$, TagLimitExceededException);
    var TagPolicyException$ = [
      -3,
      n0,
      _TPE,
      { [_aQE]: [`TagPolicy`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(TagPolicyException$, TagPolicyException);
    var ThrottledException$ = [
      -3,
      n0,
      _TE,
      { [_aQE]: [`Throttled`, 429], [_e]: _c, [_hE]: 429 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ThrottledException$, ThrottledException);
    var TooManyEntriesInBatchRequestException$ = [
      -3,
      n0,
      _TMEIBRE,
      { [_aQE]: [`TooManyEntriesInBatchRequest`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(TooManyEntriesInBatchRequestException$, TooManyEntriesInBatchRequestException);
    var TopicLimitExceededException$ = [
      -3,
      n0,
      _TLEEo,
      { [_aQE]: [`TopicLimitExceeded`, 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(TopicLimitExceededException$, TopicLimitExceededException);
    var UserErrorException$ = [
      -3,
      n0,
      _UEE,
      { [_aQE]: [`UserError`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(UserErrorException$, UserErrorException);
    var ValidationException$ = [
      -3,
      n0,
      _VE,
      { [_aQE]: [`ValidationException`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0],
      1
    ];
    n0_registry.registerError(ValidationException$, ValidationException);
    var VerificationException$ = [
      -3,
      n0,
      _VEe,
      { [_e]: _c },
      [_M, _S],
      [0, 0],
      2
    ];
    n0_registry.registerError(VerificationException$, VerificationException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var PhoneNumber = [0, n0, _PN, 8, 0];
    var PhoneNumberString = [0, n0, _PNS, 8, 0];
    var AddPermissionInput$ = [
      3,
      n0,
      _API,
      0,
      [_TA, _L, _AWSAI, _AN],
      [0, 0, 64 | 0, 64 | 0],
      4
    ];
    var BatchResultErrorEntry$ = [
      3,
      n0,
      _BREE,
      0,
      [_I, _C, _SF, _M],
      [0, 0, 2, 0],
      3
    ];
    var CheckIfPhoneNumberIsOptedOutInput$ = [
      3,
      n0,
      _CIPNIOOI,
      0,
      [_pN],
      [[() => PhoneNumber, 0]],
      1
    ];
    var CheckIfPhoneNumberIsOptedOutResponse$ = [
      3,
      n0,
      _CIPNIOOR,
      0,
      [_iOO],
      [2]
    ];
    var ConfirmSubscriptionInput$ = [
      3,
      n0,
      _CSI,
      0,
      [_TA, _T, _AOU],
      [0, 0, 0],
      2
    ];
    var ConfirmSubscriptionResponse$ = [
      3,
      n0,
      _CSR,
      0,
      [_SA],
      [0]
    ];
    var CreateEndpointResponse$ = [
      3,
      n0,
      _CER,
      0,
      [_EA],
      [0]
    ];
    var CreatePlatformApplicationInput$ = [
      3,
      n0,
      _CPAI,
      0,
      [_N, _P, _A],
      [0, 0, 128 | 0],
      3
    ];
    var CreatePlatformApplicationResponse$ = [
      3,
      n0,
      _CPAR,
      0,
      [_PAA],
      [0]
    ];
    var CreatePlatformEndpointInput$ = [
      3,
      n0,
      _CPEI,
      0,
      [_PAA, _T, _CUD, _A],
      [0, 0, 0, 128 | 0],
      2
    ];
    var CreateSMSSandboxPhoneNumberInput$ = [
      3,
      n0,
      _CSMSSPNI,
      0,
      [_PN, _LC],
      [[() => PhoneNumberString, 0], 0],
      1
    ];
    var CreateSMSSandboxPhoneNumberResult$ = [
      3,
      n0,
      _CSMSSPNR,
      0,
      [],
      []
    ];
    var CreateTopicInput$ = [
      3,
      n0,
      _CTI,
      0,
      [_N, _A, _Ta, _DPP],
      [0, 128 | 0, () => TagList, 0],
      1
    ];
    var CreateTopicResponse$ = [
      3,
      n0,
      _CTR,
      0,
      [_TA],
      [0]
    ];
    var DeleteEndpointInput$ = [
      3,
      n0,
      _DEI,
      0,
      [_EA],
      [0],
      1
    ];
    var DeletePlatformApplicationInput$ = [
      3,
      n0,
      _DPAI,
      0,
      [_PAA],
      [0],
      1
    ];
    var DeleteSMSSandboxPhoneNumberInput$ = [
      3,
      n0,
      _DSMSSPNI,
      0,
      [_PN],
      [[() => PhoneNumberString, 0]],
      1
    ];
    var DeleteSMSSandboxPhoneNumberResult$ = [
      3,
      n0,
      _DSMSSPNR,
      0,
      [],
      []
    ];
    var DeleteTopicInput$ = [
      3,
      n0,
      _DTI,
      0,
      [_TA],
      [0],
      1
    ];
    var Endpoint$ = [
      3,
      n0,
      _E,
      0,
      [_EA, _A],
      [0, 128 | 0]
    ];
    var GetDataProtectionPolicyInput$ = [
      3,
      n0,
      _GDPPI,
      0,
      [_RA],
      [0],
      1
    ];
    var GetDataProtectionPolicyResponse$ = [
      3,
      n0,
      _GDPPR,
      0,
      [_DPP],
      [0]
    ];
    var GetEndpointAttributesInput$ = [
      3,
      n0,
      _GEAI,
      0,
      [_EA],
      [0],
      1
    ];
    var GetEndpointAttributesResponse$ = [
      3,
      n0,
      _GEAR,
      0,
      [_A],
      [128 | 0]
    ];
    var GetPlatformApplicationAttributesInput$ = [
      3,
      n0,
      _GPAAI,
      0,
      [_PAA],
      [0],
      1
    ];
    var GetPlatformApplicationAttributesResponse$ = [
      3,
      n0,
      _GPAAR,
      0,
      [_A],
      [128 | 0]
    ];
    var GetSMSAttributesInput$ = [
      3,
      n0,
      _GSMSAI,
      0,
      [_a],
      [64 | 0]
    ];
    var GetSMSAttributesResponse$ = [
      3,
      n0,
      _GSMSAR,
      0,
      [_a],
      [128 | 0]
    ];
    var GetSMSSandboxAccountStatusInput$ = [
      3,
      n0,
      _GSMSSASI,
      0,
      [],
      []
    ];
    var GetSMSSandboxAccountStatusResult$ = [
      3,
      n0,
      _GSMSSASR,
      0,
      [_IIS],
      [2],
      1
    ];
    var GetSubscriptionAttributesInput$ = [
      3,
      n0,
      _GSAI,
      0,
      [_SA],
      [0],
      1
    ];
    var GetSubscriptionAttributesResponse$ = [
      3,
      n0,
      _GSAR,
      0,
      [_A],
      [128 | 0]
    ];
    var GetTopicAttributesInput$ = [
      3,
      n0,
      _GTAI,
      0,
      [_TA],
      [0],
      1
    ];
    var GetTopicAttributesResponse$ = [
      3,
      n0,
      _GTAR,
      0,
      [_A],
      [128 | 0]
    ];
    var ListEndpointsByPlatformApplicationInput$ = [
      3,
      n0,
      _LEBPAI,
      0,
      [_PAA, _NT],
      [0, 0],
      1
    ];
    var ListEndpointsByPlatformApplicationResponse$ = [
      3,
      n0,
      _LEBPAR,
      0,
      [_En, _NT],
      [() => ListOfEndpoints, 0]
    ];
    var ListOriginationNumbersRequest$ = [
      3,
      n0,
      _LONR,
      0,
      [_NT, _MR],
      [0, 1]
    ];
    var ListOriginationNumbersResult$ = [
      3,
      n0,
      _LONRi,
      0,
      [_NT, _PNh],
      [0, [() => PhoneNumberInformationList, 0]]
    ];
    var ListPhoneNumbersOptedOutInput$ = [
      3,
      n0,
      _LPNOOI,
      0,
      [_nT],
      [0]
    ];
    var ListPhoneNumbersOptedOutResponse$ = [
      3,
      n0,
      _LPNOOR,
      0,
      [_pNh, _nT],
      [[() => PhoneNumberList, 0], 0]
    ];
    var ListPlatformApplicationsInput$ = [
      3,
      n0,
      _LPAI,
      0,
      [_NT],
      [0]
    ];
    var ListPlatformApplicationsResponse$ = [
      3,
      n0,
      _LPAR,
      0,
      [_PA, _NT],
      [() => ListOfPlatformApplications, 0]
    ];
    var ListSMSSandboxPhoneNumbersInput$ = [
      3,
      n0,
      _LSMSSPNI,
      0,
      [_NT, _MR],
      [0, 1]
    ];
    var ListSMSSandboxPhoneNumbersResult$ = [
      3,
      n0,
      _LSMSSPNR,
      0,
      [_PNh, _NT],
      [[() => SMSSandboxPhoneNumberList, 0], 0],
      1
    ];
    var ListSubscriptionsByTopicInput$ = [
      3,
      n0,
      _LSBTI,
      0,
      [_TA, _NT],
      [0, 0],
      1
    ];
    var ListSubscriptionsByTopicResponse$ = [
      3,
      n0,
      _LSBTR,
      0,
      [_Su, _NT],
      [() => SubscriptionsList, 0]
    ];
    var ListSubscriptionsInput$ = [
      3,
      n0,
      _LSI,
      0,
      [_NT],
      [0]
    ];
    var ListSubscriptionsResponse$ = [
      3,
      n0,
      _LSR,
      0,
      [_Su, _NT],
      [() => SubscriptionsList, 0]
    ];
    var ListTagsForResourceRequest$ = [
      3,
      n0,
      _LTFRR,
      0,
      [_RA],
      [0],
      1
    ];
    var ListTagsForResourceResponse$ = [
      3,
      n0,
      _LTFRRi,
      0,
      [_Ta],
      [() => TagList]
    ];
    var ListTopicsInput$ = [
      3,
      n0,
      _LTI,
      0,
      [_NT],
      [0]
    ];
    var ListTopicsResponse$ = [
      3,
      n0,
      _LTR,
      0,
      [_To, _NT],
      [() => TopicsList, 0]
    ];
    var MessageAttributeValue$ = [
      3,
      n0,
      _MAV,
      0,
      [_DT, _SV, _BV],
      [0, 0, 21],
      1
    ];
    var OptInPhoneNumberInput$ = [
      3,
      n0,
      _OIPNI,
      0,
      [_pN],
      [[() => PhoneNumber, 0]],
      1
    ];
    var OptInPhoneNumberResponse$ = [
      3,
      n0,
      _OIPNR,
      0,
      [],
      []
    ];
    var PhoneNumberInformation$ = [
      3,
      n0,
      _PNI,
      0,
      [_CA, _PN, _S, _ICC, _RT, _NC],
      [4, [() => PhoneNumber, 0], 0, 0, 0, 64 | 0]
    ];
    var PlatformApplication$ = [
      3,
      n0,
      _PAl,
      0,
      [_PAA, _A],
      [0, 128 | 0]
    ];
    var PublishBatchInput$ = [
      3,
      n0,
      _PBI,
      0,
      [_TA, _PBRE],
      [0, [() => PublishBatchRequestEntryList, 0]],
      2
    ];
    var PublishBatchRequestEntry$ = [
      3,
      n0,
      _PBREu,
      0,
      [_I, _M, _Sub, _MS, _MA, _MDI, _MGI],
      [0, 0, 0, 0, [() => MessageAttributeMap, 0], 0, 0],
      2
    ];
    var PublishBatchResponse$ = [
      3,
      n0,
      _PBR,
      0,
      [_Suc, _F],
      [() => PublishBatchResultEntryList, () => BatchResultErrorEntryList]
    ];
    var PublishBatchResultEntry$ = [
      3,
      n0,
      _PBREub,
      0,
      [_I, _MI, _SN],
      [0, 0, 0]
    ];
    var PublishInput$ = [
      3,
      n0,
      _PI,
      0,
      [_M, _TA, _TAa, _PN, _Sub, _MS, _MA, _MDI, _MGI],
      [0, 0, 0, [() => PhoneNumber, 0], 0, 0, [() => MessageAttributeMap, 0], 0, 0],
      1
    ];
    var PublishResponse$ = [
      3,
      n0,
      _PR,
      0,
      [_MI, _SN],
      [0, 0]
    ];
    var PutDataProtectionPolicyInput$ = [
      3,
      n0,
      _PDPPI,
      0,
      [_RA, _DPP],
      [0, 0],
      2
    ];
    var RemovePermissionInput$ = [
      3,
      n0,
      _RPI,
      0,
      [_TA, _L],
      [0, 0],
      2
    ];
    var SetEndpointAttributesInput$ = [
      3,
      n0,
      _SEAI,
      0,
      [_EA, _A],
      [0, 128 | 0],
      2
    ];
    var SetPlatformApplicationAttributesInput$ = [
      3,
      n0,
      _SPAAI,
      0,
      [_PAA, _A],
      [0, 128 | 0],
      2
    ];
    var SetSMSAttributesInput$ = [
      3,
      n0,
      _SSMSAI,
      0,
      [_a],
      [128 | 0],
      1
    ];
    var SetSMSAttributesResponse$ = [
      3,
      n0,
      _SSMSAR,
      0,
      [],
      []
    ];
    var SetSubscriptionAttributesInput$ = [
      3,
      n0,
      _SSAI,
      0,
      [_SA, _ANt, _AV],
      [0, 0, 0],
      2
    ];
    var SetTopicAttributesInput$ = [
      3,
      n0,
      _STAI,
      0,
      [_TA, _ANt, _AV],
      [0, 0, 0],
      2
    ];
    var SMSSandboxPhoneNumber$ = [
      3,
      n0,
      _SMSSPN,
      0,
      [_PN, _S],
      [[() => PhoneNumberString, 0], 0]
    ];
    var SubscribeInput$ = [
      3,
      n0,
      _SI,
      0,
      [_TA, _Pr, _E, _A, _RSA],
      [0, 0, 0, 128 | 0, 2],
      2
    ];
    var SubscribeResponse$ = [
      3,
      n0,
      _SR,
      0,
      [_SA],
      [0]
    ];
    var Subscription$ = [
      3,
      n0,
      _Subs,
      0,
      [_SA, _O, _Pr, _E, _TA],
      [0, 0, 0, 0, 0]
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
      [_RA, _Ta],
      [0, () => TagList],
      2
    ];
    var TagResourceResponse$ = [
      3,
      n0,
      _TRRa,
      0,
      [],
      []
    ];
    var Topic$ = [
      3,
      n0,
      _Top,
      0,
      [_TA],
      [0]
    ];
    var UnsubscribeInput$ = [
      3,
      n0,
      _UI,
      0,
      [_SA],
      [0],
      1
    ];
    var UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_RA, _TK],
      [0, 64 | 0],
      2
    ];
    var UntagResourceResponse$ = [
      3,
      n0,
      _URRn,
      0,
      [],
      []
    ];
    var VerifySMSSandboxPhoneNumberInput$ = [
      3,
      n0,
      _VSMSSPNI,
      0,
      [_PN, _OTP],
      [[() => PhoneNumberString, 0], 0],
      2
    ];
    var VerifySMSSandboxPhoneNumberResult$ = [
      3,
      n0,
      _VSMSSPNR,
      0,
      [],
      []
    ];
    var __Unit = "unit";
    var BatchResultErrorEntryList = [
      1,
      n0,
      _BREEL,
      0,
      () => BatchResultErrorEntry$
    ];
    var ListOfEndpoints = [
      1,
      n0,
      _LOE,
      0,
      () => Endpoint$
    ];
    var ListOfPlatformApplications = [
      1,
      n0,
      _LOPA,
      0,
      () => PlatformApplication$
    ];
    var PhoneNumberInformationList = [
      1,
      n0,
      _PNIL,
      0,
      [
        () => PhoneNumberInformation$,
        0
      ]
    ];
    var PhoneNumberList = [
      1,
      n0,
      _PNL,
      0,
      [
        () => PhoneNumber,
        0
      ]
    ];
    var PublishBatchRequestEntryList = [
      1,
      n0,
      _PBREL,
      0,
      [
        () => PublishBatchRequestEntry$,
        0
      ]
    ];
    var PublishBatchResultEntryList = [
      1,
      n0,
      _PBRELu,
      0,
      () => PublishBatchResultEntry$
    ];
    var SMSSandboxPhoneNumberList = [
      1,
      n0,
      _SMSSPNL,
      0,
      [
        () => SMSSandboxPhoneNumber$,
        0
      ]
    ];
    var SubscriptionsList = [
      1,
      n0,
      _SL,
      0,
      () => Subscription$
    ];
    var TagList = [
      1,
      n0,
      _TL,
      0,
      () => Tag$
    ];
    var TopicsList = [
      1,
      n0,
      _TLo,
      0,
      () => Topic$
    ];
    var MessageAttributeMap = [
      2,
      n0,
      _MAM,
      0,
      [
        0,
        { [_xN]: _N }
      ],
      [
        () => MessageAttributeValue$,
        { [_xN]: _V }
      ]
    ];
    var AddPermission$ = [
      9,
      n0,
      _AP,
      0,
      () => AddPermissionInput$,
      () => __Unit
    ];
    var CheckIfPhoneNumberIsOptedOut$ = [
      9,
      n0,
      _CIPNIOO,
      0,
      () => CheckIfPhoneNumberIsOptedOutInput$,
      () => CheckIfPhoneNumberIsOptedOutResponse$
    ];
    var ConfirmSubscription$ = [
      9,
      n0,
      _CS,
      0,
      () => ConfirmSubscriptionInput$,
      () => ConfirmSubscriptionResponse$
    ];
    var CreatePlatformApplication$ = [
      9,
      n0,
      _CPA,
      0,
      () => CreatePlatformApplicationInput$,
      () => CreatePlatformApplicationResponse$
    ];
    var CreatePlatformEndpoint$ = [
      9,
      n0,
      _CPE,
      0,
      () => CreatePlatformEndpointInput$,
      () => CreateEndpointResponse$
    ];
    var CreateSMSSandboxPhoneNumber$ = [
      9,
      n0,
      _CSMSSPN,
      0,
      () => CreateSMSSandboxPhoneNumberInput$,
      () => CreateSMSSandboxPhoneNumberResult$
    ];
    var CreateTopic$ = [
      9,
      n0,
      _CT,
      0,
      () => CreateTopicInput$,
      () => CreateTopicResponse$
    ];
    var DeleteEndpoint$ = [
      9,
      n0,
      _DE,
      0,
      () => DeleteEndpointInput$,
      () => __Unit
    ];
    var DeletePlatformApplication$ = [
      9,
      n0,
      _DPA,
      0,
      () => DeletePlatformApplicationInput$,
      () => __Unit
    ];
    var DeleteSMSSandboxPhoneNumber$ = [
      9,
      n0,
      _DSMSSPN,
      0,
      () => DeleteSMSSandboxPhoneNumberInput$,
      () => DeleteSMSSandboxPhoneNumberResult$
    ];
    var DeleteTopic$ = [
      9,
      n0,
      _DTe,
      0,
      () => DeleteTopicInput$,
      () => __Unit
    ];
    var GetDataProtectionPolicy$ = [
      9,
      n0,
      _GDPP,
      0,
      () => GetDataProtectionPolicyInput$,
      () => GetDataProtectionPolicyResponse$
    ];
    var GetEndpointAttributes$ = [
      9,
      n0,
      _GEA,
      0,
      () => GetEndpointAttributesInput$,
      () => GetEndpointAttributesResponse$
    ];
    var GetPlatformApplicationAttributes$ = [
      9,
      n0,
      _GPAA,
      0,
      () => GetPlatformApplicationAttributesInput$,
      () => GetPlatformApplicationAttributesResponse$
    ];
    var GetSMSAttributes$ = [
      9,
      n0,
      _GSMSA,
      0,
      () => GetSMSAttributesInput$,
      () => GetSMSAttributesResponse$
    ];
    var GetSMSSandboxAccountStatus$ = [
      9,
      n0,
      _GSMSSAS,
      0,
      () => GetSMSSandboxAccountStatusInput$,
      () => GetSMSSandboxAccountStatusResult$
    ];
    var GetSubscriptionAttributes$ = [
      9,
      n0,
      _GSA,
      0,
      () => GetSubscriptionAttributesInput$,
      () => GetSubscriptionAttributesResponse$
    ];
    var GetTopicAttributes$ = [
      9,
      n0,
      _GTA,
      0,
      () => GetTopicAttributesInput$,
      () => GetTopicAttributesResponse$
    ];
    var ListEndpointsByPlatformApplication$ = [
      9,
      n0,
      _LEBPA,
      0,
      () => ListEndpointsByPlatformApplicationInput$,
      () => ListEndpointsByPlatformApplicationResponse$
    ];
    var ListOriginationNumbers$ = [
      9,
      n0,
      _LON,
      0,
      () => ListOriginationNumbersRequest$,
      () => ListOriginationNumbersResult$
    ];
    var ListPhoneNumbersOptedOut$ = [
      9,
      n0,
      _LPNOO,
      0,
      () => ListPhoneNumbersOptedOutInput$,
      () => ListPhoneNumbersOptedOutResponse$
    ];
    var ListPlatformApplications$ = [
      9,
      n0,
      _LPA,
      0,
      () => ListPlatformApplicationsInput$,
      () => ListPlatformApplicationsResponse$
    ];
    var ListSMSSandboxPhoneNumbers$ = [
      9,
      n0,
      _LSMSSPN,
      0,
      () => ListSMSSandboxPhoneNumbersInput$,
      () => ListSMSSandboxPhoneNumbersResult$
    ];
    var ListSubscriptions$ = [
      9,
      n0,
      _LS,
      0,
      () => ListSubscriptionsInput$,
      () => ListSubscriptionsResponse$
    ];
    var ListSubscriptionsByTopic$ = [
      9,
      n0,
      _LSBT,
      0,
      () => ListSubscriptionsByTopicInput$,
      () => ListSubscriptionsByTopicResponse$
    ];
    var ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      0,
      () => ListTagsForResourceRequest$,
      () => ListTagsForResourceResponse$
    ];
    var ListTopics$ = [
      9,
      n0,
      _LT,
      0,
      () => ListTopicsInput$,
      () => ListTopicsResponse$
    ];
    var OptInPhoneNumber$ = [
      9,
      n0,
      _OIPN,
      0,
      () => OptInPhoneNumberInput$,
      () => OptInPhoneNumberResponse$
    ];
    var Publish$ = [
      9,
      n0,
      _Pu,
      0,
      () => PublishInput$,
      () => PublishResponse$
    ];
    var PublishBatch$ = [
      9,
      n0,
      _PB,
      0,
      () => PublishBatchInput$,
      () => PublishBatchResponse$
    ];
    var PutDataProtectionPolicy$ = [
      9,
      n0,
      _PDPP,
      0,
      () => PutDataProtectionPolicyInput$,
      () => __Unit
    ];
    var RemovePermission$ = [
      9,
      n0,
      _RP,
      0,
      () => RemovePermissionInput$,
      () => __Unit
    ];
    var SetEndpointAttributes$ = [
      9,
      n0,
      _SEA,
      0,
      () => SetEndpointAttributesInput$,
      () => __Unit
    ];
    var SetPlatformApplicationAttributes$ = [
      9,
      n0,
      _SPAA,
      0,
      () => SetPlatformApplicationAttributesInput$,
      () => __Unit
    ];
    var SetSMSAttributes$ = [
      9,
      n0,
      _SSMSA,
      0,
      () => SetSMSAttributesInput$,
      () => SetSMSAttributesResponse$
    ];
    var SetSubscriptionAttributes$ = [
      9,
      n0,
      _SSA,
      0,
      () => SetSubscriptionAttributesInput$,
      () => __Unit
    ];
    var SetTopicAttributes$ = [
      9,
      n0,
      _STA,
      0,
      () => SetTopicAttributesInput$,
      () => __Unit
    ];
    var Subscribe$ = [
      9,
      n0,
      _Subsc,
      0,
      () => SubscribeInput$,
      () => SubscribeResponse$
    ];
    var TagResource$ = [
      9,
      n0,
      _TR,
      0,
      () => TagResourceRequest$,
      () => TagResourceResponse$
    ];
    var Unsubscribe$ = [
      9,
      n0,
      _U,
      0,
      () => UnsubscribeInput$,
      () => __Unit
    ];
    var UntagResource$ = [
      9,
      n0,
      _UR,
      0,
      () => UntagResourceRequest$,
      () => UntagResourceResponse$
    ];
    var VerifySMSSandboxPhoneNumber$ = [
      9,
      n0,
      _VSMSSPN,
      0,
      () => VerifySMSSandboxPhoneNumberInput$,
      () => VerifySMSSandboxPhoneNumberResult$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2010-03-31",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSNSHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsQueryProtocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.sns",
          errorTypeRegistries,
          xmlNamespace: "http://sns.amazonaws.com/doc/2010-03-31/",
          version: "2010-03-31",
          serviceTarget: "AmazonSimpleNotificationService"
        },
        serviceId: config?.serviceId ?? "SNS",
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
    var SNSClient = class extends Client {
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
          httpAuthSchemeParametersProvider: defaultSNSHttpAuthSchemeParametersProvider,
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
    var command = makeBuilder(commonParams, "AmazonSimpleNotificationService", "SNSClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var AddPermissionCommand = class extends command(_ep0, _mw0, "AddPermission", AddPermission$) {
    };
    var CheckIfPhoneNumberIsOptedOutCommand = class extends command(_ep0, _mw0, "CheckIfPhoneNumberIsOptedOut", CheckIfPhoneNumberIsOptedOut$) {
    };
    var ConfirmSubscriptionCommand = class extends command(_ep0, _mw0, "ConfirmSubscription", ConfirmSubscription$) {
    };
    var CreatePlatformApplicationCommand = class extends command(_ep0, _mw0, "CreatePlatformApplication", CreatePlatformApplication$) {
    };
    var CreatePlatformEndpointCommand = class extends command(_ep0, _mw0, "CreatePlatformEndpoint", CreatePlatformEndpoint$) {
    };
    var CreateSMSSandboxPhoneNumberCommand = class extends command(_ep0, _mw0, "CreateSMSSandboxPhoneNumber", CreateSMSSandboxPhoneNumber$) {
    };
    var CreateTopicCommand = class extends command(_ep0, _mw0, "CreateTopic", CreateTopic$) {
    };
    var DeleteEndpointCommand = class extends command(_ep0, _mw0, "DeleteEndpoint", DeleteEndpoint$) {
    };
    var DeletePlatformApplicationCommand = class extends command(_ep0, _mw0, "DeletePlatformApplication", DeletePlatformApplication$) {
    };
    var DeleteSMSSandboxPhoneNumberCommand = class extends command(_ep0, _mw0, "DeleteSMSSandboxPhoneNumber", DeleteSMSSandboxPhoneNumber$) {
    };
    var DeleteTopicCommand = class extends command(_ep0, _mw0, "DeleteTopic", DeleteTopic$) {
    };
    var GetDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "GetDataProtectionPolicy", GetDataProtectionPolicy$) {
    };
    var GetEndpointAttributesCommand = class extends command(_ep0, _mw0, "GetEndpointAttributes", GetEndpointAttributes$) {
    };
    var GetPlatformApplicationAttributesCommand = class extends command(_ep0, _mw0, "GetPlatformApplicationAttributes", GetPlatformApplicationAttributes$) {
    };
    var GetSMSAttributesCommand = class extends command(_ep0, _mw0, "GetSMSAttributes", GetSMSAttributes$) {
    };
    var GetSMSSandboxAccountStatusCommand = class extends command(_ep0, _mw0, "GetSMSSandboxAccountStatus", GetSMSSandboxAccountStatus$) {
    };
    var GetSubscriptionAttributesCommand = class extends command(_ep0, _mw0, "GetSubscriptionAttributes", GetSubscriptionAttributes$) {
    };
    var GetTopicAttributesCommand = class extends command(_ep0, _mw0, "GetTopicAttributes", GetTopicAttributes$) {
    };
    var ListEndpointsByPlatformApplicationCommand = class extends command(_ep0, _mw0, "ListEndpointsByPlatformApplication", ListEndpointsByPlatformApplication$) {
    };
    var ListOriginationNumbersCommand = class extends command(_ep0, _mw0, "ListOriginationNumbers", ListOriginationNumbers$) {
    };
    var ListPhoneNumbersOptedOutCommand = class extends command(_ep0, _mw0, "ListPhoneNumbersOptedOut", ListPhoneNumbersOptedOut$) {
    };
    var ListPlatformApplicationsCommand = class extends command(_ep0, _mw0, "ListPlatformApplications", ListPlatformApplications$) {
    };
    var ListSMSSandboxPhoneNumbersCommand = class extends command(_ep0, _mw0, "ListSMSSandboxPhoneNumbers", ListSMSSandboxPhoneNumbers$) {
    };
    var ListSubscriptionsByTopicCommand = class extends command(_ep0, _mw0, "ListSubscriptionsByTopic", ListSubscriptionsByTopic$) {
    };
    var ListSubscriptionsCommand = class extends command(_ep0, _mw0, "ListSubscriptions", ListSubscriptions$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var ListTopicsCommand = class extends command(_ep0, _mw0, "ListTopics", ListTopics$) {
    };
    var OptInPhoneNumberCommand = class extends command(_ep0, _mw0, "OptInPhoneNumber", OptInPhoneNumber$) {
    };
    var PublishBatchCommand = class extends command(_ep0, _mw0, "PublishBatch", PublishBatch$) {
    };
    var PublishCommand = class extends command(_ep0, _mw0, "Publish", Publish$) {
    };
    var PutDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "PutDataProtectionPolicy", PutDataProtectionPolicy$) {
    };
    var RemovePermissionCommand = class extends command(_ep0, _mw0, "RemovePermission", RemovePermission$) {
    };
    var SetEndpointAttributesCommand = class extends command(_ep0, _mw0, "SetEndpointAttributes", SetEndpointAttributes$) {
    };
    var SetPlatformApplicationAttributesCommand = class extends command(_ep0, _mw0, "SetPlatformApplicationAttributes", SetPlatformApplicationAttributes$) {
    };
    var SetSMSAttributesCommand = class extends command(_ep0, _mw0, "SetSMSAttributes", SetSMSAttributes$) {
    };
    var SetSubscriptionAttributesCommand = class extends command(_ep0, _mw0, "SetSubscriptionAttributes", SetSubscriptionAttributes$) {
    };
    var SetTopicAttributesCommand = class extends command(_ep0, _mw0, "SetTopicAttributes", SetTopicAttributes$) {
    };
    var SubscribeCommand = class extends command(_ep0, _mw0, "Subscribe", Subscribe$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var UnsubscribeCommand = class extends command(_ep0, _mw0, "Unsubscribe", Unsubscribe$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var VerifySMSSandboxPhoneNumberCommand = class extends command(_ep0, _mw0, "VerifySMSSandboxPhoneNumber", VerifySMSSandboxPhoneNumber$) {
    };
    var paginateListEndpointsByPlatformApplication = createPaginator(SNSClient, ListEndpointsByPlatformApplicationCommand, "NextToken", "NextToken", "");
    var paginateListOriginationNumbers = createPaginator(SNSClient, ListOriginationNumbersCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListPhoneNumbersOptedOut = createPaginator(SNSClient, ListPhoneNumbersOptedOutCommand, "nextToken", "nextToken", "");
    var paginateListPlatformApplications = createPaginator(SNSClient, ListPlatformApplicationsCommand, "NextToken", "NextToken", "");
    var paginateListSMSSandboxPhoneNumbers = createPaginator(SNSClient, ListSMSSandboxPhoneNumbersCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListSubscriptionsByTopic = createPaginator(SNSClient, ListSubscriptionsByTopicCommand, "NextToken", "NextToken", "");
    var paginateListSubscriptions = createPaginator(SNSClient, ListSubscriptionsCommand, "NextToken", "NextToken", "");
    var paginateListTopics = createPaginator(SNSClient, ListTopicsCommand, "NextToken", "NextToken", "");
    var commands = {
      AddPermissionCommand,
      CheckIfPhoneNumberIsOptedOutCommand,
      ConfirmSubscriptionCommand,
      CreatePlatformApplicationCommand,
      CreatePlatformEndpointCommand,
      CreateSMSSandboxPhoneNumberCommand,
      CreateTopicCommand,
      DeleteEndpointCommand,
      DeletePlatformApplicationCommand,
      DeleteSMSSandboxPhoneNumberCommand,
      DeleteTopicCommand,
      GetDataProtectionPolicyCommand,
      GetEndpointAttributesCommand,
      GetPlatformApplicationAttributesCommand,
      GetSMSAttributesCommand,
      GetSMSSandboxAccountStatusCommand,
      GetSubscriptionAttributesCommand,
      GetTopicAttributesCommand,
      ListEndpointsByPlatformApplicationCommand,
      ListOriginationNumbersCommand,
      ListPhoneNumbersOptedOutCommand,
      ListPlatformApplicationsCommand,
      ListSMSSandboxPhoneNumbersCommand,
      ListSubscriptionsCommand,
      ListSubscriptionsByTopicCommand,
      ListTagsForResourceCommand,
      ListTopicsCommand,
      OptInPhoneNumberCommand,
      PublishCommand,
      PublishBatchCommand,
      PutDataProtectionPolicyCommand,
      RemovePermissionCommand,
      SetEndpointAttributesCommand,
      SetPlatformApplicationAttributesCommand,
      SetSMSAttributesCommand,
      SetSubscriptionAttributesCommand,
      SetTopicAttributesCommand,
      SubscribeCommand,
      TagResourceCommand,
      UnsubscribeCommand,
      UntagResourceCommand,
      VerifySMSSandboxPhoneNumberCommand
    };
    var paginators = {
      paginateListEndpointsByPlatformApplication,
      paginateListOriginationNumbers,
      paginateListPhoneNumbersOptedOut,
      paginateListPlatformApplications,
      paginateListSMSSandboxPhoneNumbers,
      paginateListSubscriptions,
      paginateListSubscriptionsByTopic,
      paginateListTopics
    };
    var SNS = class extends SNSClient {
    };
    createAggregatedClient(commands, SNS, { paginators });
    var LanguageCodeString = {
      de_DE: "de-DE",
      en_GB: "en-GB",
      en_US: "en-US",
      es_419: "es-419",
      es_ES: "es-ES",
      fr_CA: "fr-CA",
      fr_FR: "fr-FR",
      it_IT: "it-IT",
      jp_JP: "ja-JP",
      kr_KR: "kr-KR",
      pt_BR: "pt-BR",
      zh_CN: "zh-CN",
      zh_TW: "zh-TW"
    };
    var NumberCapability = {
      MMS: "MMS",
      SMS: "SMS",
      VOICE: "VOICE"
    };
    var RouteType = {
      Premium: "Premium",
      Promotional: "Promotional",
      Transactional: "Transactional"
    };
    var SMSSandboxPhoneNumberVerificationStatus = {
      Pending: "Pending",
      Verified: "Verified"
    };
    exports.AddPermission$ = AddPermission$;
    exports.AddPermissionCommand = AddPermissionCommand;
    exports.AddPermissionInput$ = AddPermissionInput$;
    exports.AuthorizationErrorException = AuthorizationErrorException;
    exports.AuthorizationErrorException$ = AuthorizationErrorException$;
    exports.BatchEntryIdsNotDistinctException = BatchEntryIdsNotDistinctException;
    exports.BatchEntryIdsNotDistinctException$ = BatchEntryIdsNotDistinctException$;
    exports.BatchRequestTooLongException = BatchRequestTooLongException;
    exports.BatchRequestTooLongException$ = BatchRequestTooLongException$;
    exports.BatchResultErrorEntry$ = BatchResultErrorEntry$;
    exports.CheckIfPhoneNumberIsOptedOut$ = CheckIfPhoneNumberIsOptedOut$;
    exports.CheckIfPhoneNumberIsOptedOutCommand = CheckIfPhoneNumberIsOptedOutCommand;
    exports.CheckIfPhoneNumberIsOptedOutInput$ = CheckIfPhoneNumberIsOptedOutInput$;
    exports.CheckIfPhoneNumberIsOptedOutResponse$ = CheckIfPhoneNumberIsOptedOutResponse$;
    exports.ConcurrentAccessException = ConcurrentAccessException;
    exports.ConcurrentAccessException$ = ConcurrentAccessException$;
    exports.ConfirmSubscription$ = ConfirmSubscription$;
    exports.ConfirmSubscriptionCommand = ConfirmSubscriptionCommand;
    exports.ConfirmSubscriptionInput$ = ConfirmSubscriptionInput$;
    exports.ConfirmSubscriptionResponse$ = ConfirmSubscriptionResponse$;
    exports.CreateEndpointResponse$ = CreateEndpointResponse$;
    exports.CreatePlatformApplication$ = CreatePlatformApplication$;
    exports.CreatePlatformApplicationCommand = CreatePlatformApplicationCommand;
    exports.CreatePlatformApplicationInput$ = CreatePlatformApplicationInput$;
    exports.CreatePlatformApplicationResponse$ = CreatePlatformApplicationResponse$;
    exports.CreatePlatformEndpoint$ = CreatePlatformEndpoint$;
    exports.CreatePlatformEndpointCommand = CreatePlatformEndpointCommand;
    exports.CreatePlatformEndpointInput$ = CreatePlatformEndpointInput$;
    exports.CreateSMSSandboxPhoneNumber$ = CreateSMSSandboxPhoneNumber$;
    exports.CreateSMSSandboxPhoneNumberCommand = CreateSMSSandboxPhoneNumberCommand;
    exports.CreateSMSSandboxPhoneNumberInput$ = CreateSMSSandboxPhoneNumberInput$;
    exports.CreateSMSSandboxPhoneNumberResult$ = CreateSMSSandboxPhoneNumberResult$;
    exports.CreateTopic$ = CreateTopic$;
    exports.CreateTopicCommand = CreateTopicCommand;
    exports.CreateTopicInput$ = CreateTopicInput$;
    exports.CreateTopicResponse$ = CreateTopicResponse$;
    exports.DeleteEndpoint$ = DeleteEndpoint$;
    exports.DeleteEndpointCommand = DeleteEndpointCommand;
    exports.DeleteEndpointInput$ = DeleteEndpointInput$;
    exports.DeletePlatformApplication$ = DeletePlatformApplication$;
    exports.DeletePlatformApplicationCommand = DeletePlatformApplicationCommand;
    exports.DeletePlatformApplicationInput$ = DeletePlatformApplicationInput$;
    exports.DeleteSMSSandboxPhoneNumber$ = DeleteSMSSandboxPhoneNumber$;
    exports.DeleteSMSSandboxPhoneNumberCommand = DeleteSMSSandboxPhoneNumberCommand;
    exports.DeleteSMSSandboxPhoneNumberInput$ = DeleteSMSSandboxPhoneNumberInput$;
    exports.DeleteSMSSandboxPhoneNumberResult$ = DeleteSMSSandboxPhoneNumberResult$;
    exports.DeleteTopic$ = DeleteTopic$;
    exports.DeleteTopicCommand = DeleteTopicCommand;
    exports.DeleteTopicInput$ = DeleteTopicInput$;
    exports.EmptyBatchRequestException = EmptyBatchRequestException;
    exports.EmptyBatchRequestException$ = EmptyBatchRequestException$;
    exports.Endpoint$ = Endpoint$;
    exports.EndpointDisabledException = EndpointDisabledException;
    exports.EndpointDisabledException$ = EndpointDisabledException$;
    exports.FilterPolicyLimitExceededException = FilterPolicyLimitExceededException;
    exports.FilterPolicyLimitExceededException$ = FilterPolicyLimitExceededException$;
    exports.GetDataProtectionPolicy$ = GetDataProtectionPolicy$;
    exports.GetDataProtectionPolicyCommand = GetDataProtectionPolicyCommand;
    exports.GetDataProtectionPolicyInput$ = GetDataProtectionPolicyInput$;
    exports.GetDataProtectionPolicyResponse$ = GetDataProtectionPolicyResponse$;
    exports.GetEndpointAttributes$ = GetEndpointAttributes$;
    exports.GetEndpointAttributesCommand = GetEndpointAttributesCommand;
    exports.GetEndpointAttributesInput$ = GetEndpointAttributesInput$;
    exports.GetEndpointAttributesResponse$ = GetEndpointAttributesResponse$;
    exports.GetPlatformApplicationAttributes$ = GetPlatformApplicationAttributes$;
    exports.GetPlatformApplicationAttributesCommand = GetPlatformApplicationAttributesCommand;
    exports.GetPlatformApplicationAttributesInput$ = GetPlatformApplicationAttributesInput$;
    exports.GetPlatformApplicationAttributesResponse$ = GetPlatformApplicationAttributesResponse$;
    exports.GetSMSAttributes$ = GetSMSAttributes$;
    exports.GetSMSAttributesCommand = GetSMSAttributesCommand;
    exports.GetSMSAttributesInput$ = GetSMSAttributesInput$;
    exports.GetSMSAttributesResponse$ = GetSMSAttributesResponse$;
    exports.GetSMSSandboxAccountStatus$ = GetSMSSandboxAccountStatus$;
    exports.GetSMSSandboxAccountStatusCommand = GetSMSSandboxAccountStatusCommand;
    exports.GetSMSSandboxAccountStatusInput$ = GetSMSSandboxAccountStatusInput$;
    exports.GetSMSSandboxAccountStatusResult$ = GetSMSSandboxAccountStatusResult$;
    exports.GetSubscriptionAttributes$ = GetSubscriptionAttributes$;
    exports.GetSubscriptionAttributesCommand = GetSubscriptionAttributesCommand;
    exports.GetSubscriptionAttributesInput$ = GetSubscriptionAttributesInput$;
    exports.GetSubscriptionAttributesResponse$ = GetSubscriptionAttributesResponse$;
    exports.GetTopicAttributes$ = GetTopicAttributes$;
    exports.GetTopicAttributesCommand = GetTopicAttributesCommand;
    exports.GetTopicAttributesInput$ = GetTopicAttributesInput$;
    exports.GetTopicAttributesResponse$ = GetTopicAttributesResponse$;
    exports.InternalErrorException = InternalErrorException;
    exports.InternalErrorException$ = InternalErrorException$;
    exports.InvalidBatchEntryIdException = InvalidBatchEntryIdException;
    exports.InvalidBatchEntryIdException$ = InvalidBatchEntryIdException$;
    exports.InvalidParameterException = InvalidParameterException;
    exports.InvalidParameterException$ = InvalidParameterException$;
    exports.InvalidParameterValueException = InvalidParameterValueException;
    exports.InvalidParameterValueException$ = InvalidParameterValueException$;
    exports.InvalidSecurityException = InvalidSecurityException;
    exports.InvalidSecurityException$ = InvalidSecurityException$;
    exports.InvalidStateException = InvalidStateException;
    exports.InvalidStateException$ = InvalidStateException$;
    exports.KMSAccessDeniedException = KMSAccessDeniedException;
    exports.KMSAccessDeniedException$ = KMSAccessDeniedException$;
    exports.KMSDisabledException = KMSDisabledException;
    exports.KMSDisabledException$ = KMSDisabledException$;
    exports.KMSInvalidStateException = KMSInvalidStateException;
    exports.KMSInvalidStateException$ = KMSInvalidStateException$;
    exports.KMSNotFoundException = KMSNotFoundException;
    exports.KMSNotFoundException$ = KMSNotFoundException$;
    exports.KMSOptInRequired = KMSOptInRequired;
    exports.KMSOptInRequired$ = KMSOptInRequired$;
    exports.KMSThrottlingException = KMSThrottlingException;
    exports.KMSThrottlingException$ = KMSThrottlingException$;
    exports.LanguageCodeString = LanguageCodeString;
    exports.ListEndpointsByPlatformApplication$ = ListEndpointsByPlatformApplication$;
    exports.ListEndpointsByPlatformApplicationCommand = ListEndpointsByPlatformApplicationCommand;
    exports.ListEndpointsByPlatformApplicationInput$ = ListEndpointsByPlatformApplicationInput$;
    exports.ListEndpointsByPlatformApplicationResponse$ = ListEndpointsByPlatformApplicationResponse$;
    exports.ListOriginationNumbers$ = ListOriginationNumbers$;
    exports.ListOriginationNumbersCommand = ListOriginationNumbersCommand;
    exports.ListOriginationNumbersRequest$ = ListOriginationNumbersRequest$;
    exports.ListOriginationNumbersResult$ = ListOriginationNumbersResult$;
    exports.ListPhoneNumbersOptedOut$ = ListPhoneNumbersOptedOut$;
    exports.ListPhoneNumbersOptedOutCommand = ListPhoneNumbersOptedOutCommand;
    exports.ListPhoneNumbersOptedOutInput$ = ListPhoneNumbersOptedOutInput$;
    exports.ListPhoneNumbersOptedOutResponse$ = ListPhoneNumbersOptedOutResponse$;
    exports.ListPlatformApplications$ = ListPlatformApplications$;
    exports.ListPlatformApplicationsCommand = ListPlatformApplicationsCommand;
    exports.ListPlatformApplicationsInput$ = ListPlatformApplicationsInput$;
    exports.ListPlatformApplicationsResponse$ = ListPlatformApplicationsResponse$;
    exports.ListSMSSandboxPhoneNumbers$ = ListSMSSandboxPhoneNumbers$;
    exports.ListSMSSandboxPhoneNumbersCommand = ListSMSSandboxPhoneNumbersCommand;
    exports.ListSMSSandboxPhoneNumbersInput$ = ListSMSSandboxPhoneNumbersInput$;
    exports.ListSMSSandboxPhoneNumbersResult$ = ListSMSSandboxPhoneNumbersResult$;
    exports.ListSubscriptions$ = ListSubscriptions$;
    exports.ListSubscriptionsByTopic$ = ListSubscriptionsByTopic$;
    exports.ListSubscriptionsByTopicCommand = ListSubscriptionsByTopicCommand;
    exports.ListSubscriptionsByTopicInput$ = ListSubscriptionsByTopicInput$;
    exports.ListSubscriptionsByTopicResponse$ = ListSubscriptionsByTopicResponse$;
    exports.ListSubscriptionsCommand = ListSubscriptionsCommand;
    exports.ListSubscriptionsInput$ = ListSubscriptionsInput$;
    exports.ListSubscriptionsResponse$ = ListSubscriptionsResponse$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
    exports.ListTopics$ = ListTopics$;
    exports.ListTopicsCommand = ListTopicsCommand;
    exports.ListTopicsInput$ = ListTopicsInput$;
    exports.ListTopicsResponse$ = ListTopicsResponse$;
    exports.MessageAttributeValue$ = MessageAttributeValue$;
    exports.NotFoundException = NotFoundException;
    exports.NotFoundException$ = NotFoundException$;
    exports.NumberCapability = NumberCapability;
    exports.OptInPhoneNumber$ = OptInPhoneNumber$;
    exports.OptInPhoneNumberCommand = OptInPhoneNumberCommand;
    exports.OptInPhoneNumberInput$ = OptInPhoneNumberInput$;
    exports.OptInPhoneNumberResponse$ = OptInPhoneNumberResponse$;
    exports.OptedOutException = OptedOutException;
    exports.OptedOutException$ = OptedOutException$;
    exports.PhoneNumberInformation$ = PhoneNumberInformation$;
    exports.PlatformApplication$ = PlatformApplication$;
    exports.PlatformApplicationDisabledException = PlatformApplicationDisabledException;
    exports.PlatformApplicationDisabledException$ = PlatformApplicationDisabledException$;
    exports.Publish$ = Publish$;
    exports.PublishBatch$ = PublishBatch$;
    exports.PublishBatchCommand = PublishBatchCommand;
    exports.PublishBatchInput$ = PublishBatchInput$;
    exports.PublishBatchRequestEntry$ = PublishBatchRequestEntry$;
    exports.PublishBatchResponse$ = PublishBatchResponse$;
    exports.PublishBatchResultEntry$ = PublishBatchResultEntry$;
    exports.PublishCommand = PublishCommand;
    exports.PublishInput$ = PublishInput$;
    exports.PublishResponse$ = PublishResponse$;
    exports.PutDataProtectionPolicy$ = PutDataProtectionPolicy$;
    exports.PutDataProtectionPolicyCommand = PutDataProtectionPolicyCommand;
    exports.PutDataProtectionPolicyInput$ = PutDataProtectionPolicyInput$;
    exports.RemovePermission$ = RemovePermission$;
    exports.RemovePermissionCommand = RemovePermissionCommand;
    exports.RemovePermissionInput$ = RemovePermissionInput$;
    exports.ReplayLimitExceededException = ReplayLimitExceededException;
    exports.ReplayLimitExceededException$ = ReplayLimitExceededException$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.RouteType = RouteType;
    exports.SMSSandboxPhoneNumber$ = SMSSandboxPhoneNumber$;
    exports.SMSSandboxPhoneNumberVerificationStatus = SMSSandboxPhoneNumberVerificationStatus;
    exports.SNS = SNS;
    exports.SNSClient = SNSClient;
    exports.SNSServiceException = SNSServiceException;
    exports.SNSServiceException$ = SNSServiceException$;
    exports.SetEndpointAttributes$ = SetEndpointAttributes$;
    exports.SetEndpointAttributesCommand = SetEndpointAttributesCommand;
    exports.SetEndpointAttributesInput$ = SetEndpointAttributesInput$;
    exports.SetPlatformApplicationAttributes$ = SetPlatformApplicationAttributes$;
    exports.SetPlatformApplicationAttributesCommand = SetPlatformApplicationAttributesCommand;
    exports.SetPlatformApplicationAttributesInput$ = SetPlatformApplicationAttributesInput$;
    exports.SetSMSAttributes$ = SetSMSAttributes$;
    exports.SetSMSAttributesCommand = SetSMSAttributesCommand;
    exports.SetSMSAttributesInput$ = SetSMSAttributesInput$;
    exports.SetSMSAttributesResponse$ = SetSMSAttributesResponse$;
    exports.SetSubscriptionAttributes$ = SetSubscriptionAttributes$;
    exports.SetSubscriptionAttributesCommand = SetSubscriptionAttributesCommand;
    exports.SetSubscriptionAttributesInput$ = SetSubscriptionAttributesInput$;
    exports.SetTopicAttributes$ = SetTopicAttributes$;
    exports.SetTopicAttributesCommand = SetTopicAttributesCommand;
    exports.SetTopicAttributesInput$ = SetTopicAttributesInput$;
    exports.StaleTagException = StaleTagException;
    exports.StaleTagException$ = StaleTagException$;
    exports.Subscribe$ = Subscribe$;
    exports.SubscribeCommand = SubscribeCommand;
    exports.SubscribeInput$ = SubscribeInput$;
    exports.SubscribeResponse$ = SubscribeResponse$;
    exports.Subscription$ = Subscription$;
    exports.SubscriptionLimitExceededException = SubscriptionLimitExceededException;
    exports.SubscriptionLimitExceededException$ = SubscriptionLimitExceededException$;
    exports.Tag$ = Tag$;
    exports.TagLimitExceededException = TagLimitExceededException;
    exports.TagLimitExceededException$ = TagLimitExceededException$;
    exports.TagPolicyException = TagPolicyException;
    exports.TagPolicyException$ = TagPolicyException$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.TagResourceResponse$ = TagResourceResponse$;
    exports.ThrottledException = ThrottledException;
    exports.ThrottledException$ = ThrottledException$;
    exports.TooManyEntriesInBatchRequestException = TooManyEntriesInBatchRequestException;
    exports.TooManyEntriesInBatchRequestException$ = TooManyEntriesInBatchRequestException$;
    exports.Topic$ = Topic$;
    exports.TopicLimitExceededException = TopicLimitExceededException;
    exports.TopicLimitExceededException$ = TopicLimitExceededException$;
    exports.Unsubscribe$ = Unsubscribe$;
    exports.UnsubscribeCommand = UnsubscribeCommand;
    exports.UnsubscribeInput$ = UnsubscribeInput$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UntagResourceResponse$ = UntagResourceResponse$;
    exports.UserErrorException = UserErrorException;
    exports.UserErrorException$ = UserErrorException$;
    exports.ValidationException = ValidationException;
    exports.ValidationException$ = ValidationException$;
    exports.VerificationException = VerificationException;
    exports.VerificationException$ = VerificationException$;
    exports.VerifySMSSandboxPhoneNumber$ = VerifySMSSandboxPhoneNumber$;
    exports.VerifySMSSandboxPhoneNumberCommand = VerifySMSSandboxPhoneNumberCommand;
    exports.VerifySMSSandboxPhoneNumberInput$ = VerifySMSSandboxPhoneNumberInput$;
    exports.VerifySMSSandboxPhoneNumberResult$ = VerifySMSSandboxPhoneNumberResult$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateListEndpointsByPlatformApplication = paginateListEndpointsByPlatformApplication;
    exports.paginateListOriginationNumbers = paginateListOriginationNumbers;
    exports.paginateListPhoneNumbersOptedOut = paginateListPhoneNumbersOptedOut;
    exports.paginateListPlatformApplications = paginateListPlatformApplications;
    exports.paginateListSMSSandboxPhoneNumbers = paginateListSMSSandboxPhoneNumbers;
    exports.paginateListSubscriptions = paginateListSubscriptions;
    exports.paginateListSubscriptionsByTopic = paginateListSubscriptionsByTopic;
    exports.paginateListTopics = paginateListTopics;
  }
});

// commonjs-namespace:node_modules/@aws-sdk/client-sns/dist-cjs/index.js
var exported = require_dist_cjs3();
var dist_cjs_default = exported;
var named0 = exported["$Command"];
var named1 = exported["AddPermission$"];
var named2 = exported["AddPermissionCommand"];
var named3 = exported["AddPermissionInput$"];
var named4 = exported["AuthorizationErrorException"];
var named5 = exported["AuthorizationErrorException$"];
var named6 = exported["BatchEntryIdsNotDistinctException"];
var named7 = exported["BatchEntryIdsNotDistinctException$"];
var named8 = exported["BatchRequestTooLongException"];
var named9 = exported["BatchRequestTooLongException$"];
var named10 = exported["BatchResultErrorEntry$"];
var named11 = exported["CheckIfPhoneNumberIsOptedOut$"];
var named12 = exported["CheckIfPhoneNumberIsOptedOutCommand"];
var named13 = exported["CheckIfPhoneNumberIsOptedOutInput$"];
var named14 = exported["CheckIfPhoneNumberIsOptedOutResponse$"];
var named15 = exported["ConcurrentAccessException"];
var named16 = exported["ConcurrentAccessException$"];
var named17 = exported["ConfirmSubscription$"];
var named18 = exported["ConfirmSubscriptionCommand"];
var named19 = exported["ConfirmSubscriptionInput$"];
var named20 = exported["ConfirmSubscriptionResponse$"];
var named21 = exported["CreateEndpointResponse$"];
var named22 = exported["CreatePlatformApplication$"];
var named23 = exported["CreatePlatformApplicationCommand"];
var named24 = exported["CreatePlatformApplicationInput$"];
var named25 = exported["CreatePlatformApplicationResponse$"];
var named26 = exported["CreatePlatformEndpoint$"];
var named27 = exported["CreatePlatformEndpointCommand"];
var named28 = exported["CreatePlatformEndpointInput$"];
var named29 = exported["CreateSMSSandboxPhoneNumber$"];
var named30 = exported["CreateSMSSandboxPhoneNumberCommand"];
var named31 = exported["CreateSMSSandboxPhoneNumberInput$"];
var named32 = exported["CreateSMSSandboxPhoneNumberResult$"];
var named33 = exported["CreateTopic$"];
var named34 = exported["CreateTopicCommand"];
var named35 = exported["CreateTopicInput$"];
var named36 = exported["CreateTopicResponse$"];
var named37 = exported["DeleteEndpoint$"];
var named38 = exported["DeleteEndpointCommand"];
var named39 = exported["DeleteEndpointInput$"];
var named40 = exported["DeletePlatformApplication$"];
var named41 = exported["DeletePlatformApplicationCommand"];
var named42 = exported["DeletePlatformApplicationInput$"];
var named43 = exported["DeleteSMSSandboxPhoneNumber$"];
var named44 = exported["DeleteSMSSandboxPhoneNumberCommand"];
var named45 = exported["DeleteSMSSandboxPhoneNumberInput$"];
var named46 = exported["DeleteSMSSandboxPhoneNumberResult$"];
var named47 = exported["DeleteTopic$"];
var named48 = exported["DeleteTopicCommand"];
var named49 = exported["DeleteTopicInput$"];
var named50 = exported["EmptyBatchRequestException"];
var named51 = exported["EmptyBatchRequestException$"];
var named52 = exported["Endpoint$"];
var named53 = exported["EndpointDisabledException"];
var named54 = exported["EndpointDisabledException$"];
var named55 = exported["FilterPolicyLimitExceededException"];
var named56 = exported["FilterPolicyLimitExceededException$"];
var named57 = exported["GetDataProtectionPolicy$"];
var named58 = exported["GetDataProtectionPolicyCommand"];
var named59 = exported["GetDataProtectionPolicyInput$"];
var named60 = exported["GetDataProtectionPolicyResponse$"];
var named61 = exported["GetEndpointAttributes$"];
var named62 = exported["GetEndpointAttributesCommand"];
var named63 = exported["GetEndpointAttributesInput$"];
var named64 = exported["GetEndpointAttributesResponse$"];
var named65 = exported["GetPlatformApplicationAttributes$"];
var named66 = exported["GetPlatformApplicationAttributesCommand"];
var named67 = exported["GetPlatformApplicationAttributesInput$"];
var named68 = exported["GetPlatformApplicationAttributesResponse$"];
var named69 = exported["GetSMSAttributes$"];
var named70 = exported["GetSMSAttributesCommand"];
var named71 = exported["GetSMSAttributesInput$"];
var named72 = exported["GetSMSAttributesResponse$"];
var named73 = exported["GetSMSSandboxAccountStatus$"];
var named74 = exported["GetSMSSandboxAccountStatusCommand"];
var named75 = exported["GetSMSSandboxAccountStatusInput$"];
var named76 = exported["GetSMSSandboxAccountStatusResult$"];
var named77 = exported["GetSubscriptionAttributes$"];
var named78 = exported["GetSubscriptionAttributesCommand"];
var named79 = exported["GetSubscriptionAttributesInput$"];
var named80 = exported["GetSubscriptionAttributesResponse$"];
var named81 = exported["GetTopicAttributes$"];
var named82 = exported["GetTopicAttributesCommand"];
var named83 = exported["GetTopicAttributesInput$"];
var named84 = exported["GetTopicAttributesResponse$"];
var named85 = exported["InternalErrorException"];
var named86 = exported["InternalErrorException$"];
var named87 = exported["InvalidBatchEntryIdException"];
var named88 = exported["InvalidBatchEntryIdException$"];
var named89 = exported["InvalidParameterException"];
var named90 = exported["InvalidParameterException$"];
var named91 = exported["InvalidParameterValueException"];
var named92 = exported["InvalidParameterValueException$"];
var named93 = exported["InvalidSecurityException"];
var named94 = exported["InvalidSecurityException$"];
var named95 = exported["InvalidStateException"];
var named96 = exported["InvalidStateException$"];
var named97 = exported["KMSAccessDeniedException"];
var named98 = exported["KMSAccessDeniedException$"];
var named99 = exported["KMSDisabledException"];
var named100 = exported["KMSDisabledException$"];
var named101 = exported["KMSInvalidStateException"];
var named102 = exported["KMSInvalidStateException$"];
var named103 = exported["KMSNotFoundException"];
var named104 = exported["KMSNotFoundException$"];
var named105 = exported["KMSOptInRequired"];
var named106 = exported["KMSOptInRequired$"];
var named107 = exported["KMSThrottlingException"];
var named108 = exported["KMSThrottlingException$"];
var named109 = exported["LanguageCodeString"];
var named110 = exported["ListEndpointsByPlatformApplication$"];
var named111 = exported["ListEndpointsByPlatformApplicationCommand"];
var named112 = exported["ListEndpointsByPlatformApplicationInput$"];
var named113 = exported["ListEndpointsByPlatformApplicationResponse$"];
var named114 = exported["ListOriginationNumbers$"];
var named115 = exported["ListOriginationNumbersCommand"];
var named116 = exported["ListOriginationNumbersRequest$"];
var named117 = exported["ListOriginationNumbersResult$"];
var named118 = exported["ListPhoneNumbersOptedOut$"];
var named119 = exported["ListPhoneNumbersOptedOutCommand"];
var named120 = exported["ListPhoneNumbersOptedOutInput$"];
var named121 = exported["ListPhoneNumbersOptedOutResponse$"];
var named122 = exported["ListPlatformApplications$"];
var named123 = exported["ListPlatformApplicationsCommand"];
var named124 = exported["ListPlatformApplicationsInput$"];
var named125 = exported["ListPlatformApplicationsResponse$"];
var named126 = exported["ListSMSSandboxPhoneNumbers$"];
var named127 = exported["ListSMSSandboxPhoneNumbersCommand"];
var named128 = exported["ListSMSSandboxPhoneNumbersInput$"];
var named129 = exported["ListSMSSandboxPhoneNumbersResult$"];
var named130 = exported["ListSubscriptions$"];
var named131 = exported["ListSubscriptionsByTopic$"];
var named132 = exported["ListSubscriptionsByTopicCommand"];
var named133 = exported["ListSubscriptionsByTopicInput$"];
var named134 = exported["ListSubscriptionsByTopicResponse$"];
var named135 = exported["ListSubscriptionsCommand"];
var named136 = exported["ListSubscriptionsInput$"];
var named137 = exported["ListSubscriptionsResponse$"];
var named138 = exported["ListTagsForResource$"];
var named139 = exported["ListTagsForResourceCommand"];
var named140 = exported["ListTagsForResourceRequest$"];
var named141 = exported["ListTagsForResourceResponse$"];
var named142 = exported["ListTopics$"];
var named143 = exported["ListTopicsCommand"];
var named144 = exported["ListTopicsInput$"];
var named145 = exported["ListTopicsResponse$"];
var named146 = exported["MessageAttributeValue$"];
var named147 = exported["NotFoundException"];
var named148 = exported["NotFoundException$"];
var named149 = exported["NumberCapability"];
var named150 = exported["OptInPhoneNumber$"];
var named151 = exported["OptInPhoneNumberCommand"];
var named152 = exported["OptInPhoneNumberInput$"];
var named153 = exported["OptInPhoneNumberResponse$"];
var named154 = exported["OptedOutException"];
var named155 = exported["OptedOutException$"];
var named156 = exported["PhoneNumberInformation$"];
var named157 = exported["PlatformApplication$"];
var named158 = exported["PlatformApplicationDisabledException"];
var named159 = exported["PlatformApplicationDisabledException$"];
var named160 = exported["Publish$"];
var named161 = exported["PublishBatch$"];
var named162 = exported["PublishBatchCommand"];
var named163 = exported["PublishBatchInput$"];
var named164 = exported["PublishBatchRequestEntry$"];
var named165 = exported["PublishBatchResponse$"];
var named166 = exported["PublishBatchResultEntry$"];
var named167 = exported["PublishCommand"];
var named168 = exported["PublishInput$"];
var named169 = exported["PublishResponse$"];
var named170 = exported["PutDataProtectionPolicy$"];
var named171 = exported["PutDataProtectionPolicyCommand"];
var named172 = exported["PutDataProtectionPolicyInput$"];
var named173 = exported["RemovePermission$"];
var named174 = exported["RemovePermissionCommand"];
var named175 = exported["RemovePermissionInput$"];
var named176 = exported["ReplayLimitExceededException"];
var named177 = exported["ReplayLimitExceededException$"];
var named178 = exported["ResourceNotFoundException"];
var named179 = exported["ResourceNotFoundException$"];
var named180 = exported["RouteType"];
var named181 = exported["SMSSandboxPhoneNumber$"];
var named182 = exported["SMSSandboxPhoneNumberVerificationStatus"];
var named183 = exported["SNS"];
var named184 = exported["SNSClient"];
var named185 = exported["SNSServiceException"];
var named186 = exported["SNSServiceException$"];
var named187 = exported["SetEndpointAttributes$"];
var named188 = exported["SetEndpointAttributesCommand"];
var named189 = exported["SetEndpointAttributesInput$"];
var named190 = exported["SetPlatformApplicationAttributes$"];
var named191 = exported["SetPlatformApplicationAttributesCommand"];
var named192 = exported["SetPlatformApplicationAttributesInput$"];
var named193 = exported["SetSMSAttributes$"];
var named194 = exported["SetSMSAttributesCommand"];
var named195 = exported["SetSMSAttributesInput$"];
var named196 = exported["SetSMSAttributesResponse$"];
var named197 = exported["SetSubscriptionAttributes$"];
var named198 = exported["SetSubscriptionAttributesCommand"];
var named199 = exported["SetSubscriptionAttributesInput$"];
var named200 = exported["SetTopicAttributes$"];
var named201 = exported["SetTopicAttributesCommand"];
var named202 = exported["SetTopicAttributesInput$"];
var named203 = exported["StaleTagException"];
var named204 = exported["StaleTagException$"];
var named205 = exported["Subscribe$"];
var named206 = exported["SubscribeCommand"];
var named207 = exported["SubscribeInput$"];
var named208 = exported["SubscribeResponse$"];
var named209 = exported["Subscription$"];
var named210 = exported["SubscriptionLimitExceededException"];
var named211 = exported["SubscriptionLimitExceededException$"];
var named212 = exported["Tag$"];
var named213 = exported["TagLimitExceededException"];
var named214 = exported["TagLimitExceededException$"];
var named215 = exported["TagPolicyException"];
var named216 = exported["TagPolicyException$"];
var named217 = exported["TagResource$"];
var named218 = exported["TagResourceCommand"];
var named219 = exported["TagResourceRequest$"];
var named220 = exported["TagResourceResponse$"];
var named221 = exported["ThrottledException"];
var named222 = exported["ThrottledException$"];
var named223 = exported["TooManyEntriesInBatchRequestException"];
var named224 = exported["TooManyEntriesInBatchRequestException$"];
var named225 = exported["Topic$"];
var named226 = exported["TopicLimitExceededException"];
var named227 = exported["TopicLimitExceededException$"];
var named228 = exported["Unsubscribe$"];
var named229 = exported["UnsubscribeCommand"];
var named230 = exported["UnsubscribeInput$"];
var named231 = exported["UntagResource$"];
var named232 = exported["UntagResourceCommand"];
var named233 = exported["UntagResourceRequest$"];
var named234 = exported["UntagResourceResponse$"];
var named235 = exported["UserErrorException"];
var named236 = exported["UserErrorException$"];
var named237 = exported["ValidationException"];
var named238 = exported["ValidationException$"];
var named239 = exported["VerificationException"];
var named240 = exported["VerificationException$"];
var named241 = exported["VerifySMSSandboxPhoneNumber$"];
var named242 = exported["VerifySMSSandboxPhoneNumberCommand"];
var named243 = exported["VerifySMSSandboxPhoneNumberInput$"];
var named244 = exported["VerifySMSSandboxPhoneNumberResult$"];
var named245 = exported["__Client"];
var named246 = exported["errorTypeRegistries"];
var named247 = exported["paginateListEndpointsByPlatformApplication"];
var named248 = exported["paginateListOriginationNumbers"];
var named249 = exported["paginateListPhoneNumbersOptedOut"];
var named250 = exported["paginateListPlatformApplications"];
var named251 = exported["paginateListSMSSandboxPhoneNumbers"];
var named252 = exported["paginateListSubscriptions"];
var named253 = exported["paginateListSubscriptionsByTopic"];
var named254 = exported["paginateListTopics"];
export {
  named0 as $Command,
  named1 as AddPermission$,
  named2 as AddPermissionCommand,
  named3 as AddPermissionInput$,
  named4 as AuthorizationErrorException,
  named5 as AuthorizationErrorException$,
  named6 as BatchEntryIdsNotDistinctException,
  named7 as BatchEntryIdsNotDistinctException$,
  named8 as BatchRequestTooLongException,
  named9 as BatchRequestTooLongException$,
  named10 as BatchResultErrorEntry$,
  named11 as CheckIfPhoneNumberIsOptedOut$,
  named12 as CheckIfPhoneNumberIsOptedOutCommand,
  named13 as CheckIfPhoneNumberIsOptedOutInput$,
  named14 as CheckIfPhoneNumberIsOptedOutResponse$,
  named15 as ConcurrentAccessException,
  named16 as ConcurrentAccessException$,
  named17 as ConfirmSubscription$,
  named18 as ConfirmSubscriptionCommand,
  named19 as ConfirmSubscriptionInput$,
  named20 as ConfirmSubscriptionResponse$,
  named21 as CreateEndpointResponse$,
  named22 as CreatePlatformApplication$,
  named23 as CreatePlatformApplicationCommand,
  named24 as CreatePlatformApplicationInput$,
  named25 as CreatePlatformApplicationResponse$,
  named26 as CreatePlatformEndpoint$,
  named27 as CreatePlatformEndpointCommand,
  named28 as CreatePlatformEndpointInput$,
  named29 as CreateSMSSandboxPhoneNumber$,
  named30 as CreateSMSSandboxPhoneNumberCommand,
  named31 as CreateSMSSandboxPhoneNumberInput$,
  named32 as CreateSMSSandboxPhoneNumberResult$,
  named33 as CreateTopic$,
  named34 as CreateTopicCommand,
  named35 as CreateTopicInput$,
  named36 as CreateTopicResponse$,
  named37 as DeleteEndpoint$,
  named38 as DeleteEndpointCommand,
  named39 as DeleteEndpointInput$,
  named40 as DeletePlatformApplication$,
  named41 as DeletePlatformApplicationCommand,
  named42 as DeletePlatformApplicationInput$,
  named43 as DeleteSMSSandboxPhoneNumber$,
  named44 as DeleteSMSSandboxPhoneNumberCommand,
  named45 as DeleteSMSSandboxPhoneNumberInput$,
  named46 as DeleteSMSSandboxPhoneNumberResult$,
  named47 as DeleteTopic$,
  named48 as DeleteTopicCommand,
  named49 as DeleteTopicInput$,
  named50 as EmptyBatchRequestException,
  named51 as EmptyBatchRequestException$,
  named52 as Endpoint$,
  named53 as EndpointDisabledException,
  named54 as EndpointDisabledException$,
  named55 as FilterPolicyLimitExceededException,
  named56 as FilterPolicyLimitExceededException$,
  named57 as GetDataProtectionPolicy$,
  named58 as GetDataProtectionPolicyCommand,
  named59 as GetDataProtectionPolicyInput$,
  named60 as GetDataProtectionPolicyResponse$,
  named61 as GetEndpointAttributes$,
  named62 as GetEndpointAttributesCommand,
  named63 as GetEndpointAttributesInput$,
  named64 as GetEndpointAttributesResponse$,
  named65 as GetPlatformApplicationAttributes$,
  named66 as GetPlatformApplicationAttributesCommand,
  named67 as GetPlatformApplicationAttributesInput$,
  named68 as GetPlatformApplicationAttributesResponse$,
  named69 as GetSMSAttributes$,
  named70 as GetSMSAttributesCommand,
  named71 as GetSMSAttributesInput$,
  named72 as GetSMSAttributesResponse$,
  named73 as GetSMSSandboxAccountStatus$,
  named74 as GetSMSSandboxAccountStatusCommand,
  named75 as GetSMSSandboxAccountStatusInput$,
  named76 as GetSMSSandboxAccountStatusResult$,
  named77 as GetSubscriptionAttributes$,
  named78 as GetSubscriptionAttributesCommand,
  named79 as GetSubscriptionAttributesInput$,
  named80 as GetSubscriptionAttributesResponse$,
  named81 as GetTopicAttributes$,
  named82 as GetTopicAttributesCommand,
  named83 as GetTopicAttributesInput$,
  named84 as GetTopicAttributesResponse$,
  named85 as InternalErrorException,
  named86 as InternalErrorException$,
  named87 as InvalidBatchEntryIdException,
  named88 as InvalidBatchEntryIdException$,
  named89 as InvalidParameterException,
  named90 as InvalidParameterException$,
  named91 as InvalidParameterValueException,
  named92 as InvalidParameterValueException$,
  named93 as InvalidSecurityException,
  named94 as InvalidSecurityException$,
  named95 as InvalidStateException,
  named96 as InvalidStateException$,
  named97 as KMSAccessDeniedException,
  named98 as KMSAccessDeniedException$,
  named99 as KMSDisabledException,
  named100 as KMSDisabledException$,
  named101 as KMSInvalidStateException,
  named102 as KMSInvalidStateException$,
  named103 as KMSNotFoundException,
  named104 as KMSNotFoundException$,
  named105 as KMSOptInRequired,
  named106 as KMSOptInRequired$,
  named107 as KMSThrottlingException,
  named108 as KMSThrottlingException$,
  named109 as LanguageCodeString,
  named110 as ListEndpointsByPlatformApplication$,
  named111 as ListEndpointsByPlatformApplicationCommand,
  named112 as ListEndpointsByPlatformApplicationInput$,
  named113 as ListEndpointsByPlatformApplicationResponse$,
  named114 as ListOriginationNumbers$,
  named115 as ListOriginationNumbersCommand,
  named116 as ListOriginationNumbersRequest$,
  named117 as ListOriginationNumbersResult$,
  named118 as ListPhoneNumbersOptedOut$,
  named119 as ListPhoneNumbersOptedOutCommand,
  named120 as ListPhoneNumbersOptedOutInput$,
  named121 as ListPhoneNumbersOptedOutResponse$,
  named122 as ListPlatformApplications$,
  named123 as ListPlatformApplicationsCommand,
  named124 as ListPlatformApplicationsInput$,
  named125 as ListPlatformApplicationsResponse$,
  named126 as ListSMSSandboxPhoneNumbers$,
  named127 as ListSMSSandboxPhoneNumbersCommand,
  named128 as ListSMSSandboxPhoneNumbersInput$,
  named129 as ListSMSSandboxPhoneNumbersResult$,
  named130 as ListSubscriptions$,
  named131 as ListSubscriptionsByTopic$,
  named132 as ListSubscriptionsByTopicCommand,
  named133 as ListSubscriptionsByTopicInput$,
  named134 as ListSubscriptionsByTopicResponse$,
  named135 as ListSubscriptionsCommand,
  named136 as ListSubscriptionsInput$,
  named137 as ListSubscriptionsResponse$,
  named138 as ListTagsForResource$,
  named139 as ListTagsForResourceCommand,
  named140 as ListTagsForResourceRequest$,
  named141 as ListTagsForResourceResponse$,
  named142 as ListTopics$,
  named143 as ListTopicsCommand,
  named144 as ListTopicsInput$,
  named145 as ListTopicsResponse$,
  named146 as MessageAttributeValue$,
  named147 as NotFoundException,
  named148 as NotFoundException$,
  named149 as NumberCapability,
  named150 as OptInPhoneNumber$,
  named151 as OptInPhoneNumberCommand,
  named152 as OptInPhoneNumberInput$,
  named153 as OptInPhoneNumberResponse$,
  named154 as OptedOutException,
  named155 as OptedOutException$,
  named156 as PhoneNumberInformation$,
  named157 as PlatformApplication$,
  named158 as PlatformApplicationDisabledException,
  named159 as PlatformApplicationDisabledException$,
  named160 as Publish$,
  named161 as PublishBatch$,
  named162 as PublishBatchCommand,
  named163 as PublishBatchInput$,
  named164 as PublishBatchRequestEntry$,
  named165 as PublishBatchResponse$,
  named166 as PublishBatchResultEntry$,
  named167 as PublishCommand,
  named168 as PublishInput$,
  named169 as PublishResponse$,
  named170 as PutDataProtectionPolicy$,
  named171 as PutDataProtectionPolicyCommand,
  named172 as PutDataProtectionPolicyInput$,
  named173 as RemovePermission$,
  named174 as RemovePermissionCommand,
  named175 as RemovePermissionInput$,
  named176 as ReplayLimitExceededException,
  named177 as ReplayLimitExceededException$,
  named178 as ResourceNotFoundException,
  named179 as ResourceNotFoundException$,
  named180 as RouteType,
  named181 as SMSSandboxPhoneNumber$,
  named182 as SMSSandboxPhoneNumberVerificationStatus,
  named183 as SNS,
  named184 as SNSClient,
  named185 as SNSServiceException,
  named186 as SNSServiceException$,
  named187 as SetEndpointAttributes$,
  named188 as SetEndpointAttributesCommand,
  named189 as SetEndpointAttributesInput$,
  named190 as SetPlatformApplicationAttributes$,
  named191 as SetPlatformApplicationAttributesCommand,
  named192 as SetPlatformApplicationAttributesInput$,
  named193 as SetSMSAttributes$,
  named194 as SetSMSAttributesCommand,
  named195 as SetSMSAttributesInput$,
  named196 as SetSMSAttributesResponse$,
  named197 as SetSubscriptionAttributes$,
  named198 as SetSubscriptionAttributesCommand,
  named199 as SetSubscriptionAttributesInput$,
  named200 as SetTopicAttributes$,
  named201 as SetTopicAttributesCommand,
  named202 as SetTopicAttributesInput$,
  named203 as StaleTagException,
  named204 as StaleTagException$,
  named205 as Subscribe$,
  named206 as SubscribeCommand,
  named207 as SubscribeInput$,
  named208 as SubscribeResponse$,
  named209 as Subscription$,
  named210 as SubscriptionLimitExceededException,
  named211 as SubscriptionLimitExceededException$,
  named212 as Tag$,
  named213 as TagLimitExceededException,
  named214 as TagLimitExceededException$,
  named215 as TagPolicyException,
  named216 as TagPolicyException$,
  named217 as TagResource$,
  named218 as TagResourceCommand,
  named219 as TagResourceRequest$,
  named220 as TagResourceResponse$,
  named221 as ThrottledException,
  named222 as ThrottledException$,
  named223 as TooManyEntriesInBatchRequestException,
  named224 as TooManyEntriesInBatchRequestException$,
  named225 as Topic$,
  named226 as TopicLimitExceededException,
  named227 as TopicLimitExceededException$,
  named228 as Unsubscribe$,
  named229 as UnsubscribeCommand,
  named230 as UnsubscribeInput$,
  named231 as UntagResource$,
  named232 as UntagResourceCommand,
  named233 as UntagResourceRequest$,
  named234 as UntagResourceResponse$,
  named235 as UserErrorException,
  named236 as UserErrorException$,
  named237 as ValidationException,
  named238 as ValidationException$,
  named239 as VerificationException,
  named240 as VerificationException$,
  named241 as VerifySMSSandboxPhoneNumber$,
  named242 as VerifySMSSandboxPhoneNumberCommand,
  named243 as VerifySMSSandboxPhoneNumberInput$,
  named244 as VerifySMSSandboxPhoneNumberResult$,
  named245 as __Client,
  dist_cjs_default as default,
  named246 as errorTypeRegistries,
  named247 as paginateListEndpointsByPlatformApplication,
  named248 as paginateListOriginationNumbers,
  named249 as paginateListPhoneNumbersOptedOut,
  named250 as paginateListPlatformApplications,
  named251 as paginateListSMSSandboxPhoneNumbers,
  named252 as paginateListSubscriptions,
  named253 as paginateListSubscriptionsByTopic,
  named254 as paginateListTopics
};
