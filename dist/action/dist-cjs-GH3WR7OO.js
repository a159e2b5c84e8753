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

// node_modules/@aws-sdk/client-cloudtrail/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-cloudtrail/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
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
    var { AwsJson1_1Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultCloudTrailHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
          name: "cloudtrail",
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
    var defaultCloudTrailHttpAuthSchemeProvider = (authParameters) => {
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
        defaultSigningName: "cloudtrail"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1136.0";
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
        ["https://cloudtrail-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://cloudtrail.us-gov-east-1.amazonaws.com", k],
        ["https://cloudtrail.us-gov-west-1.amazonaws.com", k],
        ["https://cloudtrail-fips.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://cloudtrail.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://cloudtrail.{Region}.{PartitionResult#dnsSuffix}", k],
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
    var CloudTrailServiceException = class _CloudTrailServiceException extends ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _CloudTrailServiceException.prototype);
      }
    };
    var AccessDeniedException = class _AccessDeniedException extends CloudTrailServiceException {
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
    var AccountHasOngoingImportException = class _AccountHasOngoingImportException extends CloudTrailServiceException {
      name = "AccountHasOngoingImportException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccountHasOngoingImportException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccountHasOngoingImportException.prototype);
        this.Message = opts.Message;
      }
    };
    var AccountNotFoundException = class _AccountNotFoundException extends CloudTrailServiceException {
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
    var AccountNotRegisteredException = class _AccountNotRegisteredException extends CloudTrailServiceException {
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
    var AccountRegisteredException = class _AccountRegisteredException extends CloudTrailServiceException {
      name = "AccountRegisteredException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccountRegisteredException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccountRegisteredException.prototype);
        this.Message = opts.Message;
      }
    };
    var ChannelARNInvalidException = class _ChannelARNInvalidException extends CloudTrailServiceException {
      name = "ChannelARNInvalidException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ChannelARNInvalidException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ChannelARNInvalidException.prototype);
        this.Message = opts.Message;
      }
    };
    var ChannelNotFoundException = class _ChannelNotFoundException extends CloudTrailServiceException {
      name = "ChannelNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ChannelNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ChannelNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var CloudTrailARNInvalidException = class _CloudTrailARNInvalidException extends CloudTrailServiceException {
      name = "CloudTrailARNInvalidException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "CloudTrailARNInvalidException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CloudTrailARNInvalidException.prototype);
        this.Message = opts.Message;
      }
    };
    var ConflictException = class _ConflictException extends CloudTrailServiceException {
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
    var EventDataStoreARNInvalidException = class _EventDataStoreARNInvalidException extends CloudTrailServiceException {
      name = "EventDataStoreARNInvalidException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "EventDataStoreARNInvalidException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _EventDataStoreARNInvalidException.prototype);
        this.Message = opts.Message;
      }
    };
    var EventDataStoreNotFoundException = class _EventDataStoreNotFoundException extends CloudTrailServiceException {
      name = "EventDataStoreNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "EventDataStoreNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _EventDataStoreNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var InactiveEventDataStoreException = class _InactiveEventDataStoreException extends CloudTrailServiceException {
      name = "InactiveEventDataStoreException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InactiveEventDataStoreException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InactiveEventDataStoreException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidTagParameterException = class _InvalidTagParameterException extends CloudTrailServiceException {
      name = "InvalidTagParameterException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidTagParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidTagParameterException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidTrailNameException = class _InvalidTrailNameException extends CloudTrailServiceException {
      name = "InvalidTrailNameException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidTrailNameException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidTrailNameException.prototype);
        this.Message = opts.Message;
      }
    };
    var NoManagementAccountSLRExistsException = class _NoManagementAccountSLRExistsException extends CloudTrailServiceException {
      name = "NoManagementAccountSLRExistsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "NoManagementAccountSLRExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoManagementAccountSLRExistsException.prototype);
        this.Message = opts.Message;
      }
    };
    var NotOrganizationMasterAccountException = class _NotOrganizationMasterAccountException extends CloudTrailServiceException {
      name = "NotOrganizationMasterAccountException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "NotOrganizationMasterAccountException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NotOrganizationMasterAccountException.prototype);
        this.Message = opts.Message;
      }
    };
    var OperationNotPermittedException = class _OperationNotPermittedException extends CloudTrailServiceException {
      name = "OperationNotPermittedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OperationNotPermittedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OperationNotPermittedException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourceNotFoundException = class _ResourceNotFoundException extends CloudTrailServiceException {
      name = "ResourceNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourceTypeNotSupportedException = class _ResourceTypeNotSupportedException extends CloudTrailServiceException {
      name = "ResourceTypeNotSupportedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceTypeNotSupportedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceTypeNotSupportedException.prototype);
        this.Message = opts.Message;
      }
    };
    var TagsLimitExceededException = class _TagsLimitExceededException extends CloudTrailServiceException {
      name = "TagsLimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TagsLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TagsLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var UnsupportedOperationException = class _UnsupportedOperationException extends CloudTrailServiceException {
      name = "UnsupportedOperationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedOperationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedOperationException.prototype);
        this.Message = opts.Message;
      }
    };
    var InactiveQueryException = class _InactiveQueryException extends CloudTrailServiceException {
      name = "InactiveQueryException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InactiveQueryException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InactiveQueryException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidParameterException = class _InvalidParameterException extends CloudTrailServiceException {
      name = "InvalidParameterException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidParameterException.prototype);
        this.Message = opts.Message;
      }
    };
    var QueryIdNotFoundException = class _QueryIdNotFoundException extends CloudTrailServiceException {
      name = "QueryIdNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "QueryIdNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _QueryIdNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var CannotDelegateManagementAccountException = class _CannotDelegateManagementAccountException extends CloudTrailServiceException {
      name = "CannotDelegateManagementAccountException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "CannotDelegateManagementAccountException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CannotDelegateManagementAccountException.prototype);
        this.Message = opts.Message;
      }
    };
    var ChannelAlreadyExistsException = class _ChannelAlreadyExistsException extends CloudTrailServiceException {
      name = "ChannelAlreadyExistsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ChannelAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ChannelAlreadyExistsException.prototype);
        this.Message = opts.Message;
      }
    };
    var ChannelExistsForEDSException = class _ChannelExistsForEDSException extends CloudTrailServiceException {
      name = "ChannelExistsForEDSException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ChannelExistsForEDSException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ChannelExistsForEDSException.prototype);
        this.Message = opts.Message;
      }
    };
    var ChannelMaxLimitExceededException = class _ChannelMaxLimitExceededException extends CloudTrailServiceException {
      name = "ChannelMaxLimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ChannelMaxLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ChannelMaxLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidEventDataStoreCategoryException = class _InvalidEventDataStoreCategoryException extends CloudTrailServiceException {
      name = "InvalidEventDataStoreCategoryException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidEventDataStoreCategoryException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidEventDataStoreCategoryException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidSourceException = class _InvalidSourceException extends CloudTrailServiceException {
      name = "InvalidSourceException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidSourceException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidSourceException.prototype);
        this.Message = opts.Message;
      }
    };
    var InsufficientEncryptionPolicyException = class _InsufficientEncryptionPolicyException extends CloudTrailServiceException {
      name = "InsufficientEncryptionPolicyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InsufficientEncryptionPolicyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InsufficientEncryptionPolicyException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidQueryStatementException = class _InvalidQueryStatementException extends CloudTrailServiceException {
      name = "InvalidQueryStatementException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidQueryStatementException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidQueryStatementException.prototype);
        this.Message = opts.Message;
      }
    };
    var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends CloudTrailServiceException {
      name = "ServiceQuotaExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ServiceQuotaExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var CloudTrailAccessNotEnabledException = class _CloudTrailAccessNotEnabledException extends CloudTrailServiceException {
      name = "CloudTrailAccessNotEnabledException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "CloudTrailAccessNotEnabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CloudTrailAccessNotEnabledException.prototype);
        this.Message = opts.Message;
      }
    };
    var EventDataStoreAlreadyExistsException = class _EventDataStoreAlreadyExistsException extends CloudTrailServiceException {
      name = "EventDataStoreAlreadyExistsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "EventDataStoreAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _EventDataStoreAlreadyExistsException.prototype);
        this.Message = opts.Message;
      }
    };
    var EventDataStoreMaxLimitExceededException = class _EventDataStoreMaxLimitExceededException extends CloudTrailServiceException {
      name = "EventDataStoreMaxLimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "EventDataStoreMaxLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _EventDataStoreMaxLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var InsufficientDependencyServiceAccessPermissionException = class _InsufficientDependencyServiceAccessPermissionException extends CloudTrailServiceException {
      name = "InsufficientDependencyServiceAccessPermissionException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InsufficientDependencyServiceAccessPermissionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InsufficientDependencyServiceAccessPermissionException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidEventSelectorsException = class _InvalidEventSelectorsException extends CloudTrailServiceException {
      name = "InvalidEventSelectorsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidEventSelectorsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidEventSelectorsException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidKmsKeyIdException = class _InvalidKmsKeyIdException extends CloudTrailServiceException {
      name = "InvalidKmsKeyIdException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidKmsKeyIdException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidKmsKeyIdException.prototype);
        this.Message = opts.Message;
      }
    };
    var KmsException = class _KmsException extends CloudTrailServiceException {
      name = "KmsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "KmsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KmsException.prototype);
        this.Message = opts.Message;
      }
    };
    var KmsKeyNotFoundException = class _KmsKeyNotFoundException extends CloudTrailServiceException {
      name = "KmsKeyNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "KmsKeyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KmsKeyNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var OrganizationNotInAllFeaturesModeException = class _OrganizationNotInAllFeaturesModeException extends CloudTrailServiceException {
      name = "OrganizationNotInAllFeaturesModeException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OrganizationNotInAllFeaturesModeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OrganizationNotInAllFeaturesModeException.prototype);
        this.Message = opts.Message;
      }
    };
    var OrganizationsNotInUseException = class _OrganizationsNotInUseException extends CloudTrailServiceException {
      name = "OrganizationsNotInUseException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OrganizationsNotInUseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OrganizationsNotInUseException.prototype);
        this.Message = opts.Message;
      }
    };
    var ThrottlingException = class _ThrottlingException extends CloudTrailServiceException {
      name = "ThrottlingException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ThrottlingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ThrottlingException.prototype);
        this.Message = opts.Message;
      }
    };
    var CloudTrailInvalidClientTokenIdException = class _CloudTrailInvalidClientTokenIdException extends CloudTrailServiceException {
      name = "CloudTrailInvalidClientTokenIdException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "CloudTrailInvalidClientTokenIdException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CloudTrailInvalidClientTokenIdException.prototype);
        this.Message = opts.Message;
      }
    };
    var CloudWatchLogsDeliveryUnavailableException = class _CloudWatchLogsDeliveryUnavailableException extends CloudTrailServiceException {
      name = "CloudWatchLogsDeliveryUnavailableException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "CloudWatchLogsDeliveryUnavailableException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CloudWatchLogsDeliveryUnavailableException.prototype);
        this.Message = opts.Message;
      }
    };
    var InsufficientS3BucketPolicyException = class _InsufficientS3BucketPolicyException extends CloudTrailServiceException {
      name = "InsufficientS3BucketPolicyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InsufficientS3BucketPolicyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InsufficientS3BucketPolicyException.prototype);
        this.Message = opts.Message;
      }
    };
    var InsufficientSnsTopicPolicyException = class _InsufficientSnsTopicPolicyException extends CloudTrailServiceException {
      name = "InsufficientSnsTopicPolicyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InsufficientSnsTopicPolicyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InsufficientSnsTopicPolicyException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidCloudWatchLogsLogGroupArnException = class _InvalidCloudWatchLogsLogGroupArnException extends CloudTrailServiceException {
      name = "InvalidCloudWatchLogsLogGroupArnException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidCloudWatchLogsLogGroupArnException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidCloudWatchLogsLogGroupArnException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidCloudWatchLogsRoleArnException = class _InvalidCloudWatchLogsRoleArnException extends CloudTrailServiceException {
      name = "InvalidCloudWatchLogsRoleArnException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidCloudWatchLogsRoleArnException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidCloudWatchLogsRoleArnException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidParameterCombinationException = class _InvalidParameterCombinationException extends CloudTrailServiceException {
      name = "InvalidParameterCombinationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidParameterCombinationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidParameterCombinationException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidS3BucketNameException = class _InvalidS3BucketNameException extends CloudTrailServiceException {
      name = "InvalidS3BucketNameException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidS3BucketNameException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidS3BucketNameException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidS3PrefixException = class _InvalidS3PrefixException extends CloudTrailServiceException {
      name = "InvalidS3PrefixException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidS3PrefixException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidS3PrefixException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidSnsTopicNameException = class _InvalidSnsTopicNameException extends CloudTrailServiceException {
      name = "InvalidSnsTopicNameException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidSnsTopicNameException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidSnsTopicNameException.prototype);
        this.Message = opts.Message;
      }
    };
    var KmsKeyDisabledException = class _KmsKeyDisabledException extends CloudTrailServiceException {
      name = "KmsKeyDisabledException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "KmsKeyDisabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KmsKeyDisabledException.prototype);
        this.Message = opts.Message;
      }
    };
    var MaximumNumberOfTrailsExceededException = class _MaximumNumberOfTrailsExceededException extends CloudTrailServiceException {
      name = "MaximumNumberOfTrailsExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "MaximumNumberOfTrailsExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MaximumNumberOfTrailsExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var S3BucketDoesNotExistException = class _S3BucketDoesNotExistException extends CloudTrailServiceException {
      name = "S3BucketDoesNotExistException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "S3BucketDoesNotExistException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _S3BucketDoesNotExistException.prototype);
        this.Message = opts.Message;
      }
    };
    var TrailAlreadyExistsException = class _TrailAlreadyExistsException extends CloudTrailServiceException {
      name = "TrailAlreadyExistsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TrailAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TrailAlreadyExistsException.prototype);
        this.Message = opts.Message;
      }
    };
    var TrailNotProvidedException = class _TrailNotProvidedException extends CloudTrailServiceException {
      name = "TrailNotProvidedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TrailNotProvidedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TrailNotProvidedException.prototype);
        this.Message = opts.Message;
      }
    };
    var EventDataStoreFederationEnabledException = class _EventDataStoreFederationEnabledException extends CloudTrailServiceException {
      name = "EventDataStoreFederationEnabledException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "EventDataStoreFederationEnabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _EventDataStoreFederationEnabledException.prototype);
        this.Message = opts.Message;
      }
    };
    var EventDataStoreHasOngoingImportException = class _EventDataStoreHasOngoingImportException extends CloudTrailServiceException {
      name = "EventDataStoreHasOngoingImportException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "EventDataStoreHasOngoingImportException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _EventDataStoreHasOngoingImportException.prototype);
        this.Message = opts.Message;
      }
    };
    var EventDataStoreTerminationProtectedException = class _EventDataStoreTerminationProtectedException extends CloudTrailServiceException {
      name = "EventDataStoreTerminationProtectedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "EventDataStoreTerminationProtectedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _EventDataStoreTerminationProtectedException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourceARNNotValidException = class _ResourceARNNotValidException extends CloudTrailServiceException {
      name = "ResourceARNNotValidException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceARNNotValidException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceARNNotValidException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourcePolicyNotFoundException = class _ResourcePolicyNotFoundException extends CloudTrailServiceException {
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
    var InvalidHomeRegionException = class _InvalidHomeRegionException extends CloudTrailServiceException {
      name = "InvalidHomeRegionException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidHomeRegionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidHomeRegionException.prototype);
        this.Message = opts.Message;
      }
    };
    var TrailNotFoundException = class _TrailNotFoundException extends CloudTrailServiceException {
      name = "TrailNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TrailNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TrailNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var NotOrganizationManagementAccountException = class _NotOrganizationManagementAccountException extends CloudTrailServiceException {
      name = "NotOrganizationManagementAccountException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "NotOrganizationManagementAccountException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NotOrganizationManagementAccountException.prototype);
        this.Message = opts.Message;
      }
    };
    var ConcurrentModificationException = class _ConcurrentModificationException extends CloudTrailServiceException {
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
    var GenerateResponseException = class _GenerateResponseException extends CloudTrailServiceException {
      name = "GenerateResponseException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "GenerateResponseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _GenerateResponseException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidEventDataStoreStatusException = class _InvalidEventDataStoreStatusException extends CloudTrailServiceException {
      name = "InvalidEventDataStoreStatusException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidEventDataStoreStatusException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidEventDataStoreStatusException.prototype);
        this.Message = opts.Message;
      }
    };
    var ImportNotFoundException = class _ImportNotFoundException extends CloudTrailServiceException {
      name = "ImportNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ImportNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ImportNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var InsightNotEnabledException = class _InsightNotEnabledException extends CloudTrailServiceException {
      name = "InsightNotEnabledException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InsightNotEnabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InsightNotEnabledException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidMaxResultsException = class _InvalidMaxResultsException extends CloudTrailServiceException {
      name = "InvalidMaxResultsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidMaxResultsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidMaxResultsException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidNextTokenException = class _InvalidNextTokenException extends CloudTrailServiceException {
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
    var InvalidTimeRangeException = class _InvalidTimeRangeException extends CloudTrailServiceException {
      name = "InvalidTimeRangeException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidTimeRangeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidTimeRangeException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidTokenException = class _InvalidTokenException extends CloudTrailServiceException {
      name = "InvalidTokenException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidTokenException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidTokenException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidDateRangeException = class _InvalidDateRangeException extends CloudTrailServiceException {
      name = "InvalidDateRangeException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDateRangeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDateRangeException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidQueryStatusException = class _InvalidQueryStatusException extends CloudTrailServiceException {
      name = "InvalidQueryStatusException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidQueryStatusException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidQueryStatusException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidEventCategoryException = class _InvalidEventCategoryException extends CloudTrailServiceException {
      name = "InvalidEventCategoryException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidEventCategoryException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidEventCategoryException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidLookupAttributesException = class _InvalidLookupAttributesException extends CloudTrailServiceException {
      name = "InvalidLookupAttributesException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidLookupAttributesException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidLookupAttributesException.prototype);
        this.Message = opts.Message;
      }
    };
    var InsufficientIAMAccessPermissionException = class _InsufficientIAMAccessPermissionException extends CloudTrailServiceException {
      name = "InsufficientIAMAccessPermissionException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InsufficientIAMAccessPermissionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InsufficientIAMAccessPermissionException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidInsightSelectorsException = class _InvalidInsightSelectorsException extends CloudTrailServiceException {
      name = "InvalidInsightSelectorsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidInsightSelectorsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidInsightSelectorsException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourcePolicyNotValidException = class _ResourcePolicyNotValidException extends CloudTrailServiceException {
      name = "ResourcePolicyNotValidException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourcePolicyNotValidException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourcePolicyNotValidException.prototype);
        this.Message = opts.Message;
      }
    };
    var DelegatedAdminAccountLimitExceededException = class _DelegatedAdminAccountLimitExceededException extends CloudTrailServiceException {
      name = "DelegatedAdminAccountLimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DelegatedAdminAccountLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DelegatedAdminAccountLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidImportSourceException = class _InvalidImportSourceException extends CloudTrailServiceException {
      name = "InvalidImportSourceException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidImportSourceException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidImportSourceException.prototype);
        this.Message = opts.Message;
      }
    };
    var MaxConcurrentQueriesException = class _MaxConcurrentQueriesException extends CloudTrailServiceException {
      name = "MaxConcurrentQueriesException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "MaxConcurrentQueriesException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MaxConcurrentQueriesException.prototype);
        this.Message = opts.Message;
      }
    };
    var _AC = "AggregationConfiguration";
    var _ACg = "AggregationConfigurations";
    var _ADE = "AccessDeniedException";
    var _AES = "AdvancedEventSelector";
    var _AESd = "AdvancedEventSelectors";
    var _AFS = "AdvancedFieldSelector";
    var _AFSd = "AdvancedFieldSelectors";
    var _AHOIE = "AccountHasOngoingImportException";
    var _AK = "AttributeKey";
    var _AKI = "AccessKeyId";
    var _ANFE = "AccountNotFoundException";
    var _ANRE = "AccountNotRegisteredException";
    var _ARE = "AccountRegisteredException";
    var _AT = "AddTags";
    var _ATAR = "ApplyToAllRegions";
    var _ATR = "AddTagsRequest";
    var _ATRd = "AddTagsResponse";
    var _AV = "AttributeValue";
    var _BM = "BillingMode";
    var _BS = "BytesScanned";
    var _C = "Channel";
    var _CA = "ChannelArn";
    var _CAEE = "ChannelAlreadyExistsException";
    var _CARNIE = "ChannelARNInvalidException";
    var _CC = "CreateChannel";
    var _CCR = "CreateChannelRequest";
    var _CCRr = "CreateChannelResponse";
    var _CD = "CreateDashboard";
    var _CDMAE = "CannotDelegateManagementAccountException";
    var _CDR = "CreateDashboardRequest";
    var _CDRr = "CreateDashboardResponse";
    var _CE = "ConflictException";
    var _CEDS = "CreateEventDataStore";
    var _CEDSR = "CreateEventDataStoreRequest";
    var _CEDSRr = "CreateEventDataStoreResponse";
    var _CEFEDSE = "ChannelExistsForEDSException";
    var _CKS = "ContextKeySelector";
    var _CKSo = "ContextKeySelectors";
    var _CME = "ConcurrentModificationException";
    var _CMLEE = "ChannelMaxLimitExceededException";
    var _CNFE = "ChannelNotFoundException";
    var _CQ = "CancelQuery";
    var _CQR = "CancelQueryRequest";
    var _CQRa = "CancelQueryResponse";
    var _CT = "CreatedTimestamp";
    var _CTANEE = "CloudTrailAccessNotEnabledException";
    var _CTARNIE = "CloudTrailARNInvalidException";
    var _CTE = "CloudTrailEvent";
    var _CTICTIE = "CloudTrailInvalidClientTokenIdException";
    var _CTR = "CreateTrailRequest";
    var _CTRr = "CreateTrailResponse";
    var _CTr = "CreationTime";
    var _CTre = "CreateTrail";
    var _CWLDUE = "CloudWatchLogsDeliveryUnavailableException";
    var _CWLLGA = "CloudWatchLogsLogGroupArn";
    var _CWLRA = "CloudWatchLogsRoleArn";
    var _Ch = "Channels";
    var _D = "Destinations";
    var _DA = "DashboardArn";
    var _DAAI = "DelegatedAdminAccountId";
    var _DAALEE = "DelegatedAdminAccountLimitExceededException";
    var _DARP = "DelegatedAdminResourcePolicy";
    var _DC = "DeleteChannel";
    var _DCR = "DeleteChannelRequest";
    var _DCRe = "DeleteChannelResponse";
    var _DD = "DashboardDetail";
    var _DDR = "DeleteDashboardRequest";
    var _DDRe = "DeleteDashboardResponse";
    var _DDe = "DeleteDashboard";
    var _DEDS = "DeleteEventDataStore";
    var _DEDSR = "DeleteEventDataStoreRequest";
    var _DEDSRe = "DeleteEventDataStoreResponse";
    var _DF = "DisableFederation";
    var _DFR = "DisableFederationRequest";
    var _DFRi = "DisableFederationResponse";
    var _DI = "DashboardId";
    var _DODA = "DeregisterOrganizationDelegatedAdmin";
    var _DODAR = "DeregisterOrganizationDelegatedAdminRequest";
    var _DODARe = "DeregisterOrganizationDelegatedAdminResponse";
    var _DQ = "DescribeQuery";
    var _DQR = "DescribeQueryRequest";
    var _DQRe = "DescribeQueryResponse";
    var _DR = "DataResource";
    var _DRP = "DeleteResourcePolicy";
    var _DRPR = "DeleteResourcePolicyRequest";
    var _DRPRe = "DeleteResourcePolicyResponse";
    var _DRa = "DataResources";
    var _DS = "DeliveryStatus";
    var _DSU = "DeliveryS3Uri";
    var _DT = "DataType";
    var _DTR = "DeleteTrailRequest";
    var _DTRe = "DeleteTrailResponse";
    var _DTRes = "DescribeTrailsRequest";
    var _DTResc = "DescribeTrailsResponse";
    var _DTe = "DeleteTrail";
    var _DTes = "DescribeTrails";
    var _Da = "Dashboards";
    var _De = "Destination";
    var _Des = "Description";
    var _Di = "Dimensions";
    var _E = "Equals";
    var _EC = "EventCategory";
    var _ECr = "ErrorCode";
    var _ECv = "EventsCompleted";
    var _ECve = "EventCategories";
    var _EDS = "EventDataStore";
    var _EDSA = "EventDataStoreArn";
    var _EDSAEE = "EventDataStoreAlreadyExistsException";
    var _EDSARNIE = "EventDataStoreARNInvalidException";
    var _EDSFEE = "EventDataStoreFederationEnabledException";
    var _EDSHOIE = "EventDataStoreHasOngoingImportException";
    var _EDSMLEE = "EventDataStoreMaxLimitExceededException";
    var _EDSNFE = "EventDataStoreNotFoundException";
    var _EDSOAI = "EventDataStoreOwnerAccountId";
    var _EDSTPE = "EventDataStoreTerminationProtectedException";
    var _EDSv = "EventDataStores";
    var _EET = "EndEventTime";
    var _EF = "EnableFederation";
    var _EFR = "EnableFederationRequest";
    var _EFRn = "EnableFederationResponse";
    var _EI = "EventId";
    var _EL = "EventsList";
    var _ELFV = "EnableLogFileValidation";
    var _EM = "ErrorMessage";
    var _EMES = "ExcludeManagementEventSources";
    var _EMv = "EventsMatched";
    var _EN = "EventName";
    var _ES = "EventSource";
    var _ESv = "EventSelector";
    var _ESve = "EventSelectors";
    var _ESven = "EventsScanned";
    var _ET = "EventTime";
    var _ETIM = "ExecutionTimeInMillis";
    var _ETn = "EndTime";
    var _ETr = "ErrorType";
    var _EW = "EndsWith";
    var _Ev = "Event";
    var _Eve = "Events";
    var _F = "Field";
    var _FC = "FilesCompleted";
    var _FE = "FailedEntries";
    var _FRA = "FederationRoleArn";
    var _FS = "FieldSelectors";
    var _FSe = "FederationStatus";
    var _Fa = "Failures";
    var _Fi = "Fingerprint";
    var _Fr = "Frequency";
    var _GC = "GetChannel";
    var _GCR = "GetChannelRequest";
    var _GCRe = "GetChannelResponse";
    var _GD = "GetDashboard";
    var _GDR = "GetDashboardRequest";
    var _GDRe = "GetDashboardResponse";
    var _GEC = "GetEventConfiguration";
    var _GECR = "GetEventConfigurationRequest";
    var _GECRe = "GetEventConfigurationResponse";
    var _GEDS = "GetEventDataStore";
    var _GEDSR = "GetEventDataStoreRequest";
    var _GEDSRe = "GetEventDataStoreResponse";
    var _GES = "GetEventSelectors";
    var _GESR = "GetEventSelectorsRequest";
    var _GESRe = "GetEventSelectorsResponse";
    var _GI = "GetImport";
    var _GIR = "GetImportRequest";
    var _GIRe = "GetImportResponse";
    var _GIS = "GetInsightSelectors";
    var _GISR = "GetInsightSelectorsRequest";
    var _GISRe = "GetInsightSelectorsResponse";
    var _GQ = "GenerateQuery";
    var _GQR = "GenerateQueryRequest";
    var _GQRR = "GetQueryResultsRequest";
    var _GQRRe = "GetQueryResultsResponse";
    var _GQRe = "GenerateQueryResponse";
    var _GQRet = "GetQueryResults";
    var _GRE = "GenerateResponseException";
    var _GRP = "GetResourcePolicy";
    var _GRPR = "GetResourcePolicyRequest";
    var _GRPRe = "GetResourcePolicyResponse";
    var _GT = "GetTrail";
    var _GTR = "GetTrailRequest";
    var _GTRe = "GetTrailResponse";
    var _GTS = "GetTrailStatus";
    var _GTSR = "GetTrailStatusRequest";
    var _GTSRe = "GetTrailStatusResponse";
    var _HCES = "HasCustomEventSelectors";
    var _HIS = "HasInsightSelectors";
    var _HR = "HomeRegion";
    var _I = "Imports";
    var _ICWLLGAE = "InvalidCloudWatchLogsLogGroupArnException";
    var _ICWLRAE = "InvalidCloudWatchLogsRoleArnException";
    var _ID = "InsightsDestination";
    var _IDRE = "InvalidDateRangeException";
    var _IDSAPE = "InsufficientDependencyServiceAccessPermissionException";
    var _IECE = "InvalidEventCategoryException";
    var _IEDSCE = "InvalidEventDataStoreCategoryException";
    var _IEDSE = "InactiveEventDataStoreException";
    var _IEDSSE = "InvalidEventDataStoreStatusException";
    var _IEPE = "InsufficientEncryptionPolicyException";
    var _IESE = "InvalidEventSelectorsException";
    var _IFL = "ImportFailureList";
    var _IFLI = "ImportFailureListItem";
    var _IGSE = "IncludeGlobalServiceEvents";
    var _IHRE = "InvalidHomeRegionException";
    var _II = "ImportId";
    var _IIAMAPE = "InsufficientIAMAccessPermissionException";
    var _IISE = "InvalidImportSourceException";
    var _IISEn = "InvalidInsightSelectorsException";
    var _IKKIE = "InvalidKmsKeyIdException";
    var _IL = "IsLogging";
    var _ILAE = "InvalidLookupAttributesException";
    var _ILI = "ImportsListItem";
    var _ILm = "ImportsList";
    var _IME = "IncludeManagementEvents";
    var _IMRE = "InvalidMaxResultsException";
    var _IMRT = "IsMultiRegionTrail";
    var _INEE = "InsightNotEnabledException";
    var _INFE = "ImportNotFoundException";
    var _INTE = "InvalidNextTokenException";
    var _IOT = "IsOrganizationTrail";
    var _IPCE = "InvalidParameterCombinationException";
    var _IPE = "InvalidParameterException";
    var _IQE = "InactiveQueryException";
    var _IQSE = "InvalidQueryStatementException";
    var _IQSEn = "InvalidQueryStatusException";
    var _IS = "IngestionStatus";
    var _ISBNE = "InvalidS3BucketNameException";
    var _ISBPE = "InsufficientS3BucketPolicyException";
    var _ISE = "InvalidSourceException";
    var _ISPE = "InvalidS3PrefixException";
    var _ISTNE = "InvalidSnsTopicNameException";
    var _ISTPE = "InsufficientSnsTopicPolicyException";
    var _ISm = "ImportSource";
    var _ISmp = "ImportStatus";
    var _ISmpo = "ImportStatistics";
    var _ISn = "InsightSelectors";
    var _ISns = "InsightSelector";
    var _ISnsi = "InsightSource";
    var _IT = "InsightType";
    var _ITE = "InvalidTokenException";
    var _ITNE = "InvalidTrailNameException";
    var _ITPE = "InvalidTagParameterException";
    var _ITRE = "InvalidTimeRangeException";
    var _K = "Key";
    var _KE = "KmsException";
    var _KKDE = "KmsKeyDisabledException";
    var _KKI = "KmsKeyId";
    var _KKNFE = "KmsKeyNotFoundException";
    var _L = "Location";
    var _LA = "LookupAttribute";
    var _LAL = "LookupAttributesList";
    var _LAo = "LookupAttributes";
    var _LC = "ListChannels";
    var _LCR = "ListChannelsRequest";
    var _LCRi = "ListChannelsResponse";
    var _LCWLDE = "LatestCloudWatchLogsDeliveryError";
    var _LCWLDT = "LatestCloudWatchLogsDeliveryTime";
    var _LD = "ListDashboards";
    var _LDAS = "LatestDeliveryAttemptSucceeded";
    var _LDAT = "LatestDeliveryAttemptTime";
    var _LDDE = "LatestDigestDeliveryError";
    var _LDDT = "LatestDigestDeliveryTime";
    var _LDE = "LatestDeliveryError";
    var _LDR = "ListDashboardsRequest";
    var _LDRi = "ListDashboardsResponse";
    var _LDT = "LatestDeliveryTime";
    var _LE = "LookupEvents";
    var _LEDS = "ListEventDataStores";
    var _LEDSR = "ListEventDataStoresRequest";
    var _LEDSRi = "ListEventDataStoresResponse";
    var _LER = "LookupEventsRequest";
    var _LERo = "LookupEventsResponse";
    var _LFVE = "LogFileValidationEnabled";
    var _LI = "ListImports";
    var _LIAEID = "LatestIngestionAttemptEventID";
    var _LIAT = "LatestIngestionAttemptTime";
    var _LID = "ListInsightsData";
    var _LIDR = "ListInsightsDataRequest";
    var _LIDRi = "ListInsightsDataResponse";
    var _LIEC = "LatestIngestionErrorCode";
    var _LIF = "ListImportFailures";
    var _LIFR = "ListImportFailuresRequest";
    var _LIFRi = "ListImportFailuresResponse";
    var _LIMD = "ListInsightsMetricData";
    var _LIMDR = "ListInsightsMetricDataRequest";
    var _LIMDRi = "ListInsightsMetricDataResponse";
    var _LIR = "ListImportsRequest";
    var _LIRi = "ListImportsResponse";
    var _LISEID = "LatestIngestionSuccessEventID";
    var _LIST = "LatestIngestionSuccessTime";
    var _LNAS = "LatestNotificationAttemptSucceeded";
    var _LNAT = "LatestNotificationAttemptTime";
    var _LNE = "LatestNotificationError";
    var _LNT = "LatestNotificationTime";
    var _LPK = "ListPublicKeys";
    var _LPKR = "ListPublicKeysRequest";
    var _LPKRi = "ListPublicKeysResponse";
    var _LQ = "ListQueries";
    var _LQR = "ListQueriesRequest";
    var _LQRi = "ListQueriesResponse";
    var _LRFR = "LastRefreshFailureReason";
    var _LRI = "LastRefreshId";
    var _LT = "ListTags";
    var _LTR = "ListTagsRequest";
    var _LTRi = "ListTagsResponse";
    var _LTRis = "ListTrailsRequest";
    var _LTRist = "ListTrailsResponse";
    var _LTi = "ListTrails";
    var _LUT = "LastUpdatedTime";
    var _M = "Message";
    var _MAI = "MemberAccountId";
    var _MCQE = "MaxConcurrentQueriesException";
    var _MES = "MaxEventSize";
    var _MNOTEE = "MaximumNumberOfTrailsExceededException";
    var _MQR = "MaxQueryResults";
    var _MR = "MaxResults";
    var _MRE = "MultiRegionEnabled";
    var _N = "Name";
    var _NE = "NotEquals";
    var _NEW = "NotEndsWith";
    var _NMASLREE = "NoManagementAccountSLRExistsException";
    var _NOMAE = "NotOrganizationManagementAccountException";
    var _NOMAEo = "NotOrganizationMasterAccountException";
    var _NP = "NamePrefix";
    var _NSW = "NotStartsWith";
    var _NT = "NextToken";
    var _OE = "OrganizationEnabled";
    var _ONIAFME = "OrganizationNotInAllFeaturesModeException";
    var _ONIUE = "OrganizationsNotInUseException";
    var _ONPE = "OperationNotPermittedException";
    var _P = "Prompt";
    var _PC = "PrefixesCompleted";
    var _PEC = "PutEventConfiguration";
    var _PECR = "PutEventConfigurationRequest";
    var _PECRu = "PutEventConfigurationResponse";
    var _PES = "PutEventSelectors";
    var _PESR = "PutEventSelectorsRequest";
    var _PESRu = "PutEventSelectorsResponse";
    var _PF = "PrefixesFound";
    var _PIS = "PutInsightSelectors";
    var _PISR = "PutInsightSelectorsRequest";
    var _PISRu = "PutInsightSelectorsResponse";
    var _PK = "PartitionKeys";
    var _PKL = "PublicKeyList";
    var _PKLa = "PartitionKeyList";
    var _PKa = "PartitionKey";
    var _PKu = "PublicKey";
    var _PRP = "PutResourcePolicy";
    var _PRPR = "PutResourcePolicyRequest";
    var _PRPRu = "PutResourcePolicyResponse";
    var _Pe = "Period";
    var _Q = "Queries";
    var _QA = "QueryAlias";
    var _QI = "QueryId";
    var _QINFE = "QueryIdNotFoundException";
    var _QP = "QueryParameters";
    var _QPV = "QueryParameterValues";
    var _QRR = "QueryResultRows";
    var _QRRu = "QueryResultRow";
    var _QS = "QueryStatus";
    var _QSFDQ = "QueryStatisticsForDescribeQuery";
    var _QSu = "QueryString";
    var _QSue = "QueryStatistics";
    var _QSuer = "QueryStatement";
    var _Qu = "Query";
    var _R = "Resources";
    var _RA = "ResourceArn";
    var _RARNNVE = "ResourceARNNotValidException";
    var _RC = "ResultsCount";
    var _REDS = "RestoreEventDataStore";
    var _REDSR = "RestoreEventDataStoreRequest";
    var _REDSRe = "RestoreEventDataStoreResponse";
    var _RI = "ResourceId";
    var _RIL = "ResourceIdList";
    var _RIe = "RefreshId";
    var _RL = "RecursiveLogging";
    var _RLe = "ResourceList";
    var _RN = "ResourceName";
    var _RNFE = "ResourceNotFoundException";
    var _RO = "ReadOnly";
    var _RODA = "RegisterOrganizationDelegatedAdmin";
    var _RODAR = "RegisterOrganizationDelegatedAdminRequest";
    var _RODARe = "RegisterOrganizationDelegatedAdminResponse";
    var _RP = "RetentionPeriod";
    var _RPNFE = "ResourcePolicyNotFoundException";
    var _RPNVE = "ResourcePolicyNotValidException";
    var _RPe = "ResourcePolicy";
    var _RS = "RefreshSchedule";
    var _RSF = "RefreshScheduleFrequency";
    var _RT = "ResourceType";
    var _RTL = "ResourceTagList";
    var _RTNSE = "ResourceTypeNotSupportedException";
    var _RTR = "RemoveTagsRequest";
    var _RTRe = "RemoveTagsResponse";
    var _RTe = "ResourceTag";
    var _RTem = "RemoveTags";
    var _RW = "RequestWidget";
    var _RWL = "RequestWidgetList";
    var _RWT = "ReadWriteType";
    var _Re = "Resource";
    var _Rel = "Relevance";
    var _S = "Source";
    var _SBARA = "S3BucketAccessRoleArn";
    var _SBDNEE = "S3BucketDoesNotExistException";
    var _SBN = "S3BucketName";
    var _SBR = "S3BucketRegion";
    var _SC = "SourceConfig";
    var _SDR = "StartDashboardRefresh";
    var _SDRR = "StartDashboardRefreshRequest";
    var _SDRRt = "StartDashboardRefreshResponse";
    var _SEDSI = "StartEventDataStoreIngestion";
    var _SEDSIR = "StartEventDataStoreIngestionRequest";
    var _SEDSIRt = "StartEventDataStoreIngestionResponse";
    var _SEDSIRto = "StopEventDataStoreIngestionRequest";
    var _SEDSIRtop = "StopEventDataStoreIngestionResponse";
    var _SEDSIt = "StopEventDataStoreIngestion";
    var _SET = "StartEventTime";
    var _SI = "StartIngestion";
    var _SIR = "StartImportRequest";
    var _SIRt = "StartImportResponse";
    var _SIRto = "StopImportRequest";
    var _SIRtop = "StopImportResponse";
    var _SIS = "S3ImportSource";
    var _SIt = "StartImport";
    var _SIto = "StopImport";
    var _SKP = "S3KeyPrefix";
    var _SL = "StartLogging";
    var _SLR = "StartLoggingRequest";
    var _SLRt = "StartLoggingResponse";
    var _SLRto = "StopLoggingRequest";
    var _SLRtop = "StopLoggingResponse";
    var _SLT = "StartLoggingTime";
    var _SLTt = "StopLoggingTime";
    var _SLU = "S3LocationUri";
    var _SLt = "StopLogging";
    var _SP = "SearchPhrase";
    var _SQ = "StartQuery";
    var _SQEE = "ServiceQuotaExceededException";
    var _SQL = "SQL";
    var _SQR = "StartQueryRequest";
    var _SQRt = "StartQueryResponse";
    var _SR = "SearchResults";
    var _SSQ = "SearchSampleQueries";
    var _SSQR = "SearchSampleQueriesRequest";
    var _SSQRe = "SearchSampleQueriesResponse";
    var _SSQSR = "SearchSampleQueriesSearchResult";
    var _SSQSRe = "SearchSampleQueriesSearchResults";
    var _ST = "StartTime";
    var _STARN = "SnsTopicARN";
    var _STN = "SnsTopicName";
    var _SW = "StartsWith";
    var _S_ = "S3";
    var _St = "Status";
    var _T = "Templates";
    var _TAEE = "TrailAlreadyExistsException";
    var _TARN = "TrailARN";
    var _TE = "ThrottlingException";
    var _TI = "TrailInfo";
    var _TL = "TagsList";
    var _TLEE = "TagsLimitExceededException";
    var _TLS = "TimeLoggingStarted";
    var _TLSi = "TimeLoggingStopped";
    var _TLr = "TrailList";
    var _TN = "TrailName";
    var _TNFE = "TrailNotFoundException";
    var _TNPE = "TrailNotProvidedException";
    var _TOD = "TimeOfDay";
    var _TPE = "TerminationProtectionEnabled";
    var _TRC = "TotalResultsCount";
    var _Ta = "Tags";
    var _Tag = "Tag";
    var _Ti = "Timestamps";
    var _Tr = "Trail";
    var _Tra = "Trails";
    var _Ty = "Type";
    var _U = "Username";
    var _UC = "UpdateChannel";
    var _UCR = "UpdateChannelRequest";
    var _UCRp = "UpdateChannelResponse";
    var _UD = "UpdateDashboard";
    var _UDR = "UpdateDashboardRequest";
    var _UDRp = "UpdateDashboardResponse";
    var _UEDS = "UpdateEventDataStore";
    var _UEDSR = "UpdateEventDataStoreRequest";
    var _UEDSRp = "UpdateEventDataStoreResponse";
    var _UOE = "UnsupportedOperationException";
    var _UT = "UpdatedTimestamp";
    var _UTR = "UpdateTrailRequest";
    var _UTRp = "UpdateTrailResponse";
    var _UTp = "UpdateTrail";
    var _Un = "Unit";
    var _V = "Values";
    var _VET = "ValidityEndTime";
    var _VP = "ViewProperties";
    var _VST = "ValidityStartTime";
    var _Va = "Value";
    var _W = "Widgets";
    var _WL = "WidgetList";
    var _Wi = "Widget";
    var _aQE = "awsQueryError";
    var _c = "client";
    var _e = "error";
    var _hE = "httpError";
    var _iST = "includeShadowTrails";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudtrail";
    var _tL = "trailList";
    var _tNL = "trailNameList";
    var n0 = "com.amazonaws.cloudtrail";
    var _s_registry = TypeRegistry.for(_s);
    var CloudTrailServiceException$ = [-3, _s, "CloudTrailServiceException", 0, [], []];
    _s_registry.registerError(CloudTrailServiceException$, CloudTrailServiceException);
    var n0_registry = TypeRegistry.for(n0);
    var AccessDeniedException$ = [
      -3,
      n0,
      _ADE,
      { [_aQE]: [`ResourceAccessDenied`, 403], [_e]: _c, [_hE]: 403 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var AccountHasOngoingImportException$ = [
      -3,
      n0,
      _AHOIE,
      { [_aQE]: [`AccountHasOngoingImport`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccountHasOngoingImportException$, AccountHasOngoingImportException);
    var AccountNotFoundException$ = [
      -3,
      n0,
      _ANFE,
      { [_aQE]: [`AccountNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccountNotFoundException$, AccountNotFoundException);
    var AccountNotRegisteredException$ = [
      -3,
      n0,
      _ANRE,
      { [_aQE]: [`AccountNotRegistered`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccountNotRegisteredException$, AccountNotRegisteredException);
    var AccountRegisteredException$ = [
      -3,
      n0,
      _ARE,
      { [_aQE]: [`AccountRegistered`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccountRegisteredException$, AccountRegisteredException);
    var CannotDelegateManagementAccountException$ = [
      -3,
      n0,
      _CDMAE,
      { [_aQE]: [`CannotDelegateManagementAccount`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(CannotDelegateManagementAccountException$, CannotDelegateManagementAccountException);
    var ChannelAlreadyExistsException$ = [
      -3,
      n0,
      _CAEE,
      { [_aQE]: [`ChannelAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ChannelAlreadyExistsException$, ChannelAlreadyExistsException);
    var ChannelARNInvalidException$ = [
      -3,
      n0,
      _CARNIE,
      { [_aQE]: [`ChannelARNInvalid`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ChannelARNInvalidException$, ChannelARNInvalidException);
    var ChannelExistsForEDSException$ = [
      -3,
      n0,
      _CEFEDSE,
      { [_aQE]: [`ChannelExistsForEDS`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ChannelExistsForEDSException$, ChannelExistsForEDSException);
    var ChannelMaxLimitExceededException$ = [
      -3,
      n0,
      _CMLEE,
      { [_aQE]: [`ChannelMaxLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ChannelMaxLimitExceededException$, ChannelMaxLimitExceededException);
    var ChannelNotFoundException$ = [
      -3,
      n0,
      _CNFE,
      { [_aQE]: [`ChannelNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ChannelNotFoundException$, ChannelNotFoundException);
    var CloudTrailAccessNotEnabledException$ = [
      -3,
      n0,
      _CTANEE,
      { [_aQE]: [`CloudTrailAccessNotEnabled`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(CloudTrailAccessNotEnabledException$, CloudTrailAccessNotEnabledException);
    var CloudTrailARNInvalidException$ = [
      -3,
      n0,
      _CTARNIE,
      { [_aQE]: [`CloudTrailARNInvalid`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(CloudTrailARNInvalidException$, CloudTrailARNInvalidException);
    var CloudTrailInvalidClientTokenIdException$ = [
      -3,
      n0,
      _CTICTIE,
      { [_aQE]: [`CloudTrailInvalidClientTokenId`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(CloudTrailInvalidClientTokenIdException$, CloudTrailInvalidClientTokenIdException);
    var CloudWatchLogsDeliveryUnavailableException$ = [
      -3,
      n0,
      _CWLDUE,
      { [_aQE]: [`CloudWatchLogsDeliveryUnavailable`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(CloudWatchLogsDeliveryUnavailableException$, CloudWatchLogsDeliveryUnavailableException);
    var ConcurrentModificationException$ = [
      -3,
      n0,
      _CME,
      { [_aQE]: [`ConcurrentModification`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
    var ConflictException$ = [
      -3,
      n0,
      _CE,
      { [_aQE]: [`ConflictException`, 409], [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var DelegatedAdminAccountLimitExceededException$ = [
      -3,
      n0,
      _DAALEE,
      { [_aQE]: [`DelegatedAdminAccountLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DelegatedAdminAccountLimitExceededException$, DelegatedAdminAccountLimitExceededException);
    var EventDataStoreAlreadyExistsException$ = [
      -3,
      n0,
      _EDSAEE,
      { [_aQE]: [`EventDataStoreAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(EventDataStoreAlreadyExistsException$, EventDataStoreAlreadyExistsException);
    var EventDataStoreARNInvalidException$ = [
      -3,
      n0,
      _EDSARNIE,
      { [_aQE]: [`EventDataStoreARNInvalid`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(EventDataStoreARNInvalidException$, EventDataStoreARNInvalidException);
    var EventDataStoreFederationEnabledException$ = [
      -3,
      n0,
      _EDSFEE,
      { [_aQE]: [`EventDataStoreFederationEnabled`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(EventDataStoreFederationEnabledException$, EventDataStoreFederationEnabledException);
    var EventDataStoreHasOngoingImportException$ = [
      -3,
      n0,
      _EDSHOIE,
      { [_aQE]: [`EventDataStoreHasOngoingImport`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(EventDataStoreHasOngoingImportException$, EventDataStoreHasOngoingImportException);
    var EventDataStoreMaxLimitExceededException$ = [
      -3,
      n0,
      _EDSMLEE,
      { [_aQE]: [`EventDataStoreMaxLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(EventDataStoreMaxLimitExceededException$, EventDataStoreMaxLimitExceededException);
    var EventDataStoreNotFoundException$ = [
      -3,
      n0,
      _EDSNFE,
      { [_aQE]: [`EventDataStoreNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(EventDataStoreNotFoundException$, EventDataStoreNotFoundException);
    var EventDataStoreTerminationProtectedException$ = [
      -3,
      n0,
      _EDSTPE,
      { [_aQE]: [`EventDataStoreTerminationProtectedException`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(EventDataStoreTerminationProtectedException$, EventDataStoreTerminationProtectedException);
    var GenerateResponseException$ = [
      -3,
      n0,
      _GRE,
      { [_aQE]: [`GenerateResponse`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(GenerateResponseException$, GenerateResponseException);
    var ImportNotFoundException$ = [
      -3,
      n0,
      _INFE,
      { [_aQE]: [`ImportNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ImportNotFoundException$, ImportNotFoundException);
    var InactiveEventDataStoreException$ = [
      -3,
      n0,
      _IEDSE,
      { [_aQE]: [`InactiveEventDataStore`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InactiveEventDataStoreException$, InactiveEventDataStoreException);
    var InactiveQueryException$ = [
      -3,
      n0,
      _IQE,
      { [_aQE]: [`InactiveQuery`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InactiveQueryException$, InactiveQueryException);
    var InsightNotEnabledException$ = [
      -3,
      n0,
      _INEE,
      { [_aQE]: [`InsightNotEnabled`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InsightNotEnabledException$, InsightNotEnabledException);
    var InsufficientDependencyServiceAccessPermissionException$ = [
      -3,
      n0,
      _IDSAPE,
      { [_aQE]: [`InsufficientDependencyServiceAccessPermission`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InsufficientDependencyServiceAccessPermissionException$, InsufficientDependencyServiceAccessPermissionException);
    var InsufficientEncryptionPolicyException$ = [
      -3,
      n0,
      _IEPE,
      { [_aQE]: [`InsufficientEncryptionPolicy`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InsufficientEncryptionPolicyException$, InsufficientEncryptionPolicyException);
    var InsufficientIAMAccessPermissionException$ = [
      -3,
      n0,
      _IIAMAPE,
      { [_aQE]: [`InsufficientIAMAccessPermission`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InsufficientIAMAccessPermissionException$, InsufficientIAMAccessPermissionException);
    var InsufficientS3BucketPolicyException$ = [
      -3,
      n0,
      _ISBPE,
      { [_aQE]: [`InsufficientS3BucketPolicy`, 403], [_e]: _c, [_hE]: 403 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InsufficientS3BucketPolicyException$, InsufficientS3BucketPolicyException);
    var InsufficientSnsTopicPolicyException$ = [
      -3,
      n0,
      _ISTPE,
      { [_aQE]: [`InsufficientSnsTopicPolicy`, 403], [_e]: _c, [_hE]: 403 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InsufficientSnsTopicPolicyException$, InsufficientSnsTopicPolicyException);
    var InvalidCloudWatchLogsLogGroupArnException$ = [
      -3,
      n0,
      _ICWLLGAE,
      { [_aQE]: [`InvalidCloudWatchLogsLogGroupArn`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidCloudWatchLogsLogGroupArnException$, InvalidCloudWatchLogsLogGroupArnException);
    var InvalidCloudWatchLogsRoleArnException$ = [
      -3,
      n0,
      _ICWLRAE,
      { [_aQE]: [`InvalidCloudWatchLogsRoleArn`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidCloudWatchLogsRoleArnException$, InvalidCloudWatchLogsRoleArnException);
    var InvalidDateRangeException$ = [
      -3,
      n0,
      _IDRE,
      { [_aQE]: [`InvalidDateRange`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidDateRangeException$, InvalidDateRangeException);
    var InvalidEventCategoryException$ = [
      -3,
      n0,
      _IECE,
      { [_aQE]: [`InvalidEventCategory`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidEventCategoryException$, InvalidEventCategoryException);
    var InvalidEventDataStoreCategoryException$ = [
      -3,
      n0,
      _IEDSCE,
      { [_aQE]: [`InvalidEventDataStoreCategory`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidEventDataStoreCategoryException$, InvalidEventDataStoreCategoryException);
    var InvalidEventDataStoreStatusException$ = [
      -3,
      n0,
      _IEDSSE,
      { [_aQE]: [`InvalidEventDataStoreStatus`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidEventDataStoreStatusException$, InvalidEventDataStoreStatusException);
    var InvalidEventSelectorsException$ = [
      -3,
      n0,
      _IESE,
      { [_aQE]: [`InvalidEventSelectors`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidEventSelectorsException$, InvalidEventSelectorsException);
    var InvalidHomeRegionException$ = [
      -3,
      n0,
      _IHRE,
      { [_aQE]: [`InvalidHomeRegion`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidHomeRegionException$, InvalidHomeRegionException);
    var InvalidImportSourceException$ = [
      -3,
      n0,
      _IISE,
      { [_aQE]: [`InvalidImportSource`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidImportSourceException$, InvalidImportSourceException);
    var InvalidInsightSelectorsException$ = [
      -3,
      n0,
      _IISEn,
      { [_aQE]: [`InvalidInsightSelectors`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidInsightSelectorsException$, InvalidInsightSelectorsException);
    var InvalidKmsKeyIdException$ = [
      -3,
      n0,
      _IKKIE,
      { [_aQE]: [`InvalidKmsKeyId`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidKmsKeyIdException$, InvalidKmsKeyIdException);
    var InvalidLookupAttributesException$ = [
      -3,
      n0,
      _ILAE,
      { [_aQE]: [`InvalidLookupAttributes`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidLookupAttributesException$, InvalidLookupAttributesException);
    var InvalidMaxResultsException$ = [
      -3,
      n0,
      _IMRE,
      { [_aQE]: [`InvalidMaxResults`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidMaxResultsException$, InvalidMaxResultsException);
    var InvalidNextTokenException$ = [
      -3,
      n0,
      _INTE,
      { [_aQE]: [`InvalidNextToken`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
    var InvalidParameterCombinationException$ = [
      -3,
      n0,
      _IPCE,
      { [_aQE]: [`InvalidParameterCombinationError`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidParameterCombinationException$, InvalidParameterCombinationException);
    var InvalidParameterException$ = [
      -3,
      n0,
      _IPE,
      { [_aQE]: [`InvalidParameter`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
    var InvalidQueryStatementException$ = [
      -3,
      n0,
      _IQSE,
      { [_aQE]: [`InvalidQueryStatement`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidQueryStatementException$, InvalidQueryStatementException);
    var InvalidQueryStatusException$ = [
      -3,
      n0,
      _IQSEn,
      { [_aQE]: [`InvalidQueryStatus`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidQueryStatusException$, InvalidQueryStatusException);
    var InvalidS3BucketNameException$ = [
      -3,
      n0,
      _ISBNE,
      { [_aQE]: [`InvalidS3BucketName`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidS3BucketNameException$, InvalidS3BucketNameException);
    var InvalidS3PrefixException$ = [
      -3,
      n0,
      _ISPE,
      { [_aQE]: [`InvalidS3Prefix`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidS3PrefixException$, InvalidS3PrefixException);
    var InvalidSnsTopicNameException$ = [
      -3,
      n0,
      _ISTNE,
      { [_aQE]: [`InvalidSnsTopicName`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidSnsTopicNameException$, InvalidSnsTopicNameException);
    var InvalidSourceException$ = [
      -3,
      n0,
      _ISE,
      { [_aQE]: [`InvalidSource`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidSourceException$, InvalidSourceException);
    var InvalidTagParameterException$ = [
      -3,
      n0,
      _ITPE,
      { [_aQE]: [`InvalidTagParameter`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidTagParameterException$, InvalidTagParameterException);
    var InvalidTimeRangeException$ = [
      -3,
      n0,
      _ITRE,
      { [_aQE]: [`InvalidTimeRange`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidTimeRangeException$, InvalidTimeRangeException);
    var InvalidTokenException$ = [
      -3,
      n0,
      _ITE,
      { [_aQE]: [`InvalidToken`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidTokenException$, InvalidTokenException);
    var InvalidTrailNameException$ = [
      -3,
      n0,
      _ITNE,
      { [_aQE]: [`InvalidTrailName`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidTrailNameException$, InvalidTrailNameException);
    var KmsException$ = [
      -3,
      n0,
      _KE,
      { [_aQE]: [`KmsException`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(KmsException$, KmsException);
    var KmsKeyDisabledException$ = [
      -3,
      n0,
      _KKDE,
      { [_aQE]: [`KmsKeyDisabled`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(KmsKeyDisabledException$, KmsKeyDisabledException);
    var KmsKeyNotFoundException$ = [
      -3,
      n0,
      _KKNFE,
      { [_aQE]: [`KmsKeyNotFound`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(KmsKeyNotFoundException$, KmsKeyNotFoundException);
    var MaxConcurrentQueriesException$ = [
      -3,
      n0,
      _MCQE,
      { [_aQE]: [`MaxConcurrentQueries`, 429], [_e]: _c, [_hE]: 429 },
      [_M],
      [0]
    ];
    n0_registry.registerError(MaxConcurrentQueriesException$, MaxConcurrentQueriesException);
    var MaximumNumberOfTrailsExceededException$ = [
      -3,
      n0,
      _MNOTEE,
      { [_aQE]: [`MaximumNumberOfTrailsExceeded`, 403], [_e]: _c, [_hE]: 403 },
      [_M],
      [0]
    ];
    n0_registry.registerError(MaximumNumberOfTrailsExceededException$, MaximumNumberOfTrailsExceededException);
    var NoManagementAccountSLRExistsException$ = [
      -3,
      n0,
      _NMASLREE,
      { [_aQE]: [`NoManagementAccountSLRExists`, 403], [_e]: _c, [_hE]: 403 },
      [_M],
      [0]
    ];
    n0_registry.registerError(NoManagementAccountSLRExistsException$, NoManagementAccountSLRExistsException);
    var NotOrganizationManagementAccountException$ = [
      -3,
      n0,
      _NOMAE,
      { [_aQE]: [`NotOrganizationManagementAccount`, 403], [_e]: _c, [_hE]: 403 },
      [_M],
      [0]
    ];
    n0_registry.registerError(NotOrganizationManagementAccountException$, NotOrganizationManagementAccountException);
    var NotOrganizationMasterAccountException$ = [
      -3,
      n0,
      _NOMAEo,
      { [_aQE]: [`NotOrganizationMasterAccount`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(NotOrganizationMasterAccountException$, NotOrganizationMasterAccountException);
    var OperationNotPermittedException$ = [
      -3,
      n0,
      _ONPE,
      { [_aQE]: [`OperationNotPermitted`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(OperationNotPermittedException$, OperationNotPermittedException);
    var OrganizationNotInAllFeaturesModeException$ = [
      -3,
      n0,
      _ONIAFME,
      { [_aQE]: [`OrganizationNotInAllFeaturesMode`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(OrganizationNotInAllFeaturesModeException$, OrganizationNotInAllFeaturesModeException);
    var OrganizationsNotInUseException$ = [
      -3,
      n0,
      _ONIUE,
      { [_aQE]: [`OrganizationsNotInUse`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(OrganizationsNotInUseException$, OrganizationsNotInUseException);
    var QueryIdNotFoundException$ = [
      -3,
      n0,
      _QINFE,
      { [_aQE]: [`QueryIdNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(QueryIdNotFoundException$, QueryIdNotFoundException);
    var ResourceARNNotValidException$ = [
      -3,
      n0,
      _RARNNVE,
      { [_aQE]: [`ResourceARNNotValid`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceARNNotValidException$, ResourceARNNotValidException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_aQE]: [`ResourceNotFound`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var ResourcePolicyNotFoundException$ = [
      -3,
      n0,
      _RPNFE,
      { [_aQE]: [`ResourcePolicyNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourcePolicyNotFoundException$, ResourcePolicyNotFoundException);
    var ResourcePolicyNotValidException$ = [
      -3,
      n0,
      _RPNVE,
      { [_aQE]: [`ResourcePolicyNotValid`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourcePolicyNotValidException$, ResourcePolicyNotValidException);
    var ResourceTypeNotSupportedException$ = [
      -3,
      n0,
      _RTNSE,
      { [_aQE]: [`ResourceTypeNotSupported`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceTypeNotSupportedException$, ResourceTypeNotSupportedException);
    var S3BucketDoesNotExistException$ = [
      -3,
      n0,
      _SBDNEE,
      { [_aQE]: [`S3BucketDoesNotExist`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(S3BucketDoesNotExistException$, S3BucketDoesNotExistException);
    var ServiceQuotaExceededException$ = [
      -3,
      n0,
      _SQEE,
      { [_aQE]: [`ServiceQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
    var TagsLimitExceededException$ = [
      -3,
      n0,
      _TLEE,
      { [_aQE]: [`TagsLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TagsLimitExceededException$, TagsLimitExceededException);
    var ThrottlingException$ = [
      -3,
      n0,
      _TE,
      { [_aQE]: [`ThrottlingException`, 429], [_e]: _c, [_hE]: 429 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ThrottlingException$, ThrottlingException);
    var TrailAlreadyExistsException$ = [
      -3,
      n0,
      _TAEE,
      { [_aQE]: [`TrailAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TrailAlreadyExistsException$, TrailAlreadyExistsException);
    var TrailNotFoundException$ = [
      -3,
      n0,
      _TNFE,
      { [_aQE]: [`TrailNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TrailNotFoundException$, TrailNotFoundException);
    var TrailNotProvidedException$ = [
      -3,
      n0,
      _TNPE,
      { [_aQE]: [`TrailNotProvided`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TrailNotProvidedException$, TrailNotProvidedException);
    var UnsupportedOperationException$ = [
      -3,
      n0,
      _UOE,
      { [_aQE]: [`UnsupportedOperation`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(UnsupportedOperationException$, UnsupportedOperationException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var AddTagsRequest$ = [
      3,
      n0,
      _ATR,
      0,
      [_RI, _TL],
      [0, () => TagsList],
      2
    ];
    var AddTagsResponse$ = [
      3,
      n0,
      _ATRd,
      0,
      [],
      []
    ];
    var AdvancedEventSelector$ = [
      3,
      n0,
      _AES,
      0,
      [_FS, _N],
      [() => AdvancedFieldSelectors, 0],
      1
    ];
    var AdvancedFieldSelector$ = [
      3,
      n0,
      _AFS,
      0,
      [_F, _E, _SW, _EW, _NE, _NSW, _NEW],
      [0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0],
      1
    ];
    var AggregationConfiguration$ = [
      3,
      n0,
      _AC,
      0,
      [_T, _EC],
      [64 | 0, 0],
      2
    ];
    var CancelQueryRequest$ = [
      3,
      n0,
      _CQR,
      0,
      [_QI, _EDS, _EDSOAI],
      [0, 0, 0],
      1
    ];
    var CancelQueryResponse$ = [
      3,
      n0,
      _CQRa,
      0,
      [_QI, _QS, _EDSOAI],
      [0, 0, 0],
      2
    ];
    var Channel$ = [
      3,
      n0,
      _C,
      0,
      [_CA, _N],
      [0, 0]
    ];
    var ContextKeySelector$ = [
      3,
      n0,
      _CKS,
      0,
      [_Ty, _E],
      [0, 64 | 0],
      2
    ];
    var CreateChannelRequest$ = [
      3,
      n0,
      _CCR,
      0,
      [_N, _S, _D, _Ta],
      [0, 0, () => Destinations, () => TagsList],
      3
    ];
    var CreateChannelResponse$ = [
      3,
      n0,
      _CCRr,
      0,
      [_CA, _N, _S, _D, _Ta],
      [0, 0, 0, () => Destinations, () => TagsList]
    ];
    var CreateDashboardRequest$ = [
      3,
      n0,
      _CDR,
      0,
      [_N, _RS, _TL, _TPE, _W],
      [0, () => RefreshSchedule$, () => TagsList, 2, () => RequestWidgetList],
      1
    ];
    var CreateDashboardResponse$ = [
      3,
      n0,
      _CDRr,
      0,
      [_DA, _N, _Ty, _W, _TL, _RS, _TPE],
      [0, 0, 0, () => WidgetList, () => TagsList, () => RefreshSchedule$, 2]
    ];
    var CreateEventDataStoreRequest$ = [
      3,
      n0,
      _CEDSR,
      0,
      [_N, _AESd, _MRE, _OE, _RP, _TPE, _TL, _KKI, _SI, _BM],
      [0, () => AdvancedEventSelectors, 2, 2, 1, 2, () => TagsList, 0, 2, 0],
      1
    ];
    var CreateEventDataStoreResponse$ = [
      3,
      n0,
      _CEDSRr,
      0,
      [_EDSA, _N, _St, _AESd, _MRE, _OE, _RP, _TPE, _TL, _CT, _UT, _KKI, _BM],
      [0, 0, 0, () => AdvancedEventSelectors, 2, 2, 1, 2, () => TagsList, 4, 4, 0, 0]
    ];
    var CreateTrailRequest$ = [
      3,
      n0,
      _CTR,
      0,
      [_N, _SBN, _SKP, _STN, _IGSE, _IMRT, _ELFV, _CWLLGA, _CWLRA, _KKI, _IOT, _TL, _RL],
      [0, 0, 0, 0, 2, 2, 2, 0, 0, 0, 2, () => TagsList, 2],
      2
    ];
    var CreateTrailResponse$ = [
      3,
      n0,
      _CTRr,
      0,
      [_N, _SBN, _SKP, _STN, _STARN, _IGSE, _IMRT, _TARN, _LFVE, _CWLLGA, _CWLRA, _KKI, _IOT, _RL],
      [0, 0, 0, 0, 0, 2, 2, 0, 2, 0, 0, 0, 2, 2]
    ];
    var DashboardDetail$ = [
      3,
      n0,
      _DD,
      0,
      [_DA, _Ty],
      [0, 0]
    ];
    var DataResource$ = [
      3,
      n0,
      _DR,
      0,
      [_Ty, _V],
      [0, 64 | 0]
    ];
    var DeleteChannelRequest$ = [
      3,
      n0,
      _DCR,
      0,
      [_C],
      [0],
      1
    ];
    var DeleteChannelResponse$ = [
      3,
      n0,
      _DCRe,
      0,
      [],
      []
    ];
    var DeleteDashboardRequest$ = [
      3,
      n0,
      _DDR,
      0,
      [_DI],
      [0],
      1
    ];
    var DeleteDashboardResponse$ = [
      3,
      n0,
      _DDRe,
      0,
      [],
      []
    ];
    var DeleteEventDataStoreRequest$ = [
      3,
      n0,
      _DEDSR,
      0,
      [_EDS],
      [0],
      1
    ];
    var DeleteEventDataStoreResponse$ = [
      3,
      n0,
      _DEDSRe,
      0,
      [],
      []
    ];
    var DeleteResourcePolicyRequest$ = [
      3,
      n0,
      _DRPR,
      0,
      [_RA],
      [0],
      1
    ];
    var DeleteResourcePolicyResponse$ = [
      3,
      n0,
      _DRPRe,
      0,
      [],
      []
    ];
    var DeleteTrailRequest$ = [
      3,
      n0,
      _DTR,
      0,
      [_N],
      [0],
      1
    ];
    var DeleteTrailResponse$ = [
      3,
      n0,
      _DTRe,
      0,
      [],
      []
    ];
    var DeregisterOrganizationDelegatedAdminRequest$ = [
      3,
      n0,
      _DODAR,
      0,
      [_DAAI],
      [0],
      1
    ];
    var DeregisterOrganizationDelegatedAdminResponse$ = [
      3,
      n0,
      _DODARe,
      0,
      [],
      []
    ];
    var DescribeQueryRequest$ = [
      3,
      n0,
      _DQR,
      0,
      [_EDS, _QI, _QA, _RIe, _EDSOAI],
      [0, 0, 0, 0, 0]
    ];
    var DescribeQueryResponse$ = [
      3,
      n0,
      _DQRe,
      0,
      [_QI, _QSu, _QS, _QSue, _EM, _DSU, _DS, _P, _EDSOAI],
      [0, 0, 0, () => QueryStatisticsForDescribeQuery$, 0, 0, 0, 0, 0]
    ];
    var DescribeTrailsRequest$ = [
      3,
      n0,
      _DTRes,
      0,
      [_tNL, _iST],
      [64 | 0, 2]
    ];
    var DescribeTrailsResponse$ = [
      3,
      n0,
      _DTResc,
      0,
      [_tL],
      [() => TrailList]
    ];
    var Destination$ = [
      3,
      n0,
      _De,
      0,
      [_Ty, _L],
      [0, 0],
      2
    ];
    var DisableFederationRequest$ = [
      3,
      n0,
      _DFR,
      0,
      [_EDS],
      [0],
      1
    ];
    var DisableFederationResponse$ = [
      3,
      n0,
      _DFRi,
      0,
      [_EDSA, _FSe],
      [0, 0]
    ];
    var EnableFederationRequest$ = [
      3,
      n0,
      _EFR,
      0,
      [_EDS, _FRA],
      [0, 0],
      2
    ];
    var EnableFederationResponse$ = [
      3,
      n0,
      _EFRn,
      0,
      [_EDSA, _FSe, _FRA],
      [0, 0, 0]
    ];
    var Event$ = [
      3,
      n0,
      _Ev,
      0,
      [_EI, _EN, _RO, _AKI, _ET, _ES, _U, _R, _CTE],
      [0, 0, 0, 0, 4, 0, 0, () => ResourceList, 0]
    ];
    var EventDataStore$ = [
      3,
      n0,
      _EDS,
      0,
      [_EDSA, _N, _TPE, _St, _AESd, _MRE, _OE, _RP, _CT, _UT],
      [0, 0, 2, 0, () => AdvancedEventSelectors, 2, 2, 1, 4, 4]
    ];
    var EventSelector$ = [
      3,
      n0,
      _ESv,
      0,
      [_RWT, _IME, _DRa, _EMES],
      [0, 2, () => DataResources, 64 | 0]
    ];
    var GenerateQueryRequest$ = [
      3,
      n0,
      _GQR,
      0,
      [_EDSv, _P],
      [64 | 0, 0],
      2
    ];
    var GenerateQueryResponse$ = [
      3,
      n0,
      _GQRe,
      0,
      [_QSuer, _QA, _EDSOAI],
      [0, 0, 0]
    ];
    var GetChannelRequest$ = [
      3,
      n0,
      _GCR,
      0,
      [_C],
      [0],
      1
    ];
    var GetChannelResponse$ = [
      3,
      n0,
      _GCRe,
      0,
      [_CA, _N, _S, _SC, _D, _IS],
      [0, 0, 0, () => SourceConfig$, () => Destinations, () => IngestionStatus$]
    ];
    var GetDashboardRequest$ = [
      3,
      n0,
      _GDR,
      0,
      [_DI],
      [0],
      1
    ];
    var GetDashboardResponse$ = [
      3,
      n0,
      _GDRe,
      0,
      [_DA, _Ty, _St, _W, _RS, _CT, _UT, _LRI, _LRFR, _TPE],
      [0, 0, 0, () => WidgetList, () => RefreshSchedule$, 4, 4, 0, 0, 2]
    ];
    var GetEventConfigurationRequest$ = [
      3,
      n0,
      _GECR,
      0,
      [_TN, _EDS],
      [0, 0]
    ];
    var GetEventConfigurationResponse$ = [
      3,
      n0,
      _GECRe,
      0,
      [_TARN, _EDSA, _MES, _CKSo, _ACg],
      [0, 0, 0, () => ContextKeySelectors, () => AggregationConfigurations]
    ];
    var GetEventDataStoreRequest$ = [
      3,
      n0,
      _GEDSR,
      0,
      [_EDS],
      [0],
      1
    ];
    var GetEventDataStoreResponse$ = [
      3,
      n0,
      _GEDSRe,
      0,
      [_EDSA, _N, _St, _AESd, _MRE, _OE, _RP, _TPE, _CT, _UT, _KKI, _BM, _FSe, _FRA, _PK],
      [0, 0, 0, () => AdvancedEventSelectors, 2, 2, 1, 2, 4, 4, 0, 0, 0, 0, () => PartitionKeyList]
    ];
    var GetEventSelectorsRequest$ = [
      3,
      n0,
      _GESR,
      0,
      [_TN],
      [0],
      1
    ];
    var GetEventSelectorsResponse$ = [
      3,
      n0,
      _GESRe,
      0,
      [_TARN, _ESve, _AESd],
      [0, () => EventSelectors, () => AdvancedEventSelectors]
    ];
    var GetImportRequest$ = [
      3,
      n0,
      _GIR,
      0,
      [_II],
      [0],
      1
    ];
    var GetImportResponse$ = [
      3,
      n0,
      _GIRe,
      0,
      [_II, _D, _ISm, _SET, _EET, _ISmp, _CT, _UT, _ISmpo],
      [0, 64 | 0, () => ImportSource$, 4, 4, 0, 4, 4, () => ImportStatistics$]
    ];
    var GetInsightSelectorsRequest$ = [
      3,
      n0,
      _GISR,
      0,
      [_TN, _EDS],
      [0, 0]
    ];
    var GetInsightSelectorsResponse$ = [
      3,
      n0,
      _GISRe,
      0,
      [_TARN, _ISn, _EDSA, _ID],
      [0, () => InsightSelectors, 0, 0]
    ];
    var GetQueryResultsRequest$ = [
      3,
      n0,
      _GQRR,
      0,
      [_QI, _EDS, _NT, _MQR, _EDSOAI],
      [0, 0, 0, 1, 0],
      1
    ];
    var GetQueryResultsResponse$ = [
      3,
      n0,
      _GQRRe,
      0,
      [_QS, _QSue, _QRR, _NT, _EM],
      [0, () => QueryStatistics$, [1, n0, _QRR, 0, [1, n0, _QRRu, 0, 128 | 0]], 0, 0]
    ];
    var GetResourcePolicyRequest$ = [
      3,
      n0,
      _GRPR,
      0,
      [_RA],
      [0],
      1
    ];
    var GetResourcePolicyResponse$ = [
      3,
      n0,
      _GRPRe,
      0,
      [_RA, _RPe, _DARP],
      [0, 0, 0]
    ];
    var GetTrailRequest$ = [
      3,
      n0,
      _GTR,
      0,
      [_N],
      [0],
      1
    ];
    var GetTrailResponse$ = [
      3,
      n0,
      _GTRe,
      0,
      [_Tr],
      [() => Trail$]
    ];
    var GetTrailStatusRequest$ = [
      3,
      n0,
      _GTSR,
      0,
      [_N],
      [0],
      1
    ];
    var GetTrailStatusResponse$ = [
      3,
      n0,
      _GTSRe,
      0,
      [_IL, _LDE, _LNE, _LDT, _LNT, _SLT, _SLTt, _LCWLDE, _LCWLDT, _LDDT, _LDDE, _LDAT, _LNAT, _LNAS, _LDAS, _TLS, _TLSi],
      [2, 0, 0, 4, 4, 4, 4, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0]
    ];
    var ImportFailureListItem$ = [
      3,
      n0,
      _IFLI,
      0,
      [_L, _St, _ETr, _EM, _LUT],
      [0, 0, 0, 0, 4]
    ];
    var ImportsListItem$ = [
      3,
      n0,
      _ILI,
      0,
      [_II, _ISmp, _D, _CT, _UT],
      [0, 0, 64 | 0, 4, 4]
    ];
    var ImportSource$ = [
      3,
      n0,
      _ISm,
      0,
      [_S_],
      [() => S3ImportSource$],
      1
    ];
    var ImportStatistics$ = [
      3,
      n0,
      _ISmpo,
      0,
      [_PF, _PC, _FC, _ECv, _FE],
      [1, 1, 1, 1, 1]
    ];
    var IngestionStatus$ = [
      3,
      n0,
      _IS,
      0,
      [_LIST, _LISEID, _LIEC, _LIAT, _LIAEID],
      [4, 0, 0, 4, 0]
    ];
    var InsightSelector$ = [
      3,
      n0,
      _ISns,
      0,
      [_IT, _ECve],
      [0, 64 | 0]
    ];
    var ListChannelsRequest$ = [
      3,
      n0,
      _LCR,
      0,
      [_MR, _NT],
      [1, 0]
    ];
    var ListChannelsResponse$ = [
      3,
      n0,
      _LCRi,
      0,
      [_Ch, _NT],
      [() => Channels, 0]
    ];
    var ListDashboardsRequest$ = [
      3,
      n0,
      _LDR,
      0,
      [_NP, _Ty, _NT, _MR],
      [0, 0, 0, 1]
    ];
    var ListDashboardsResponse$ = [
      3,
      n0,
      _LDRi,
      0,
      [_Da, _NT],
      [() => Dashboards, 0]
    ];
    var ListEventDataStoresRequest$ = [
      3,
      n0,
      _LEDSR,
      0,
      [_NT, _MR],
      [0, 1]
    ];
    var ListEventDataStoresResponse$ = [
      3,
      n0,
      _LEDSRi,
      0,
      [_EDSv, _NT],
      [() => EventDataStores, 0]
    ];
    var ListImportFailuresRequest$ = [
      3,
      n0,
      _LIFR,
      0,
      [_II, _MR, _NT],
      [0, 1, 0],
      1
    ];
    var ListImportFailuresResponse$ = [
      3,
      n0,
      _LIFRi,
      0,
      [_Fa, _NT],
      [() => ImportFailureList, 0]
    ];
    var ListImportsRequest$ = [
      3,
      n0,
      _LIR,
      0,
      [_MR, _De, _ISmp, _NT],
      [1, 0, 0, 0]
    ];
    var ListImportsResponse$ = [
      3,
      n0,
      _LIRi,
      0,
      [_I, _NT],
      [() => ImportsList, 0]
    ];
    var ListInsightsDataRequest$ = [
      3,
      n0,
      _LIDR,
      0,
      [_ISnsi, _DT, _Di, _ST, _ETn, _MR, _NT],
      [0, 0, 128 | 0, 4, 4, 1, 0],
      2
    ];
    var ListInsightsDataResponse$ = [
      3,
      n0,
      _LIDRi,
      0,
      [_Eve, _NT],
      [() => EventsList, 0]
    ];
    var ListInsightsMetricDataRequest$ = [
      3,
      n0,
      _LIMDR,
      0,
      [_ES, _EN, _IT, _TN, _ECr, _ST, _ETn, _Pe, _DT, _MR, _NT],
      [0, 0, 0, 0, 0, 4, 4, 1, 0, 1, 0],
      3
    ];
    var ListInsightsMetricDataResponse$ = [
      3,
      n0,
      _LIMDRi,
      0,
      [_TARN, _ES, _EN, _IT, _ECr, _Ti, _V, _NT],
      [0, 0, 0, 0, 0, 64 | 4, 64 | 1, 0]
    ];
    var ListPublicKeysRequest$ = [
      3,
      n0,
      _LPKR,
      0,
      [_ST, _ETn, _NT],
      [4, 4, 0]
    ];
    var ListPublicKeysResponse$ = [
      3,
      n0,
      _LPKRi,
      0,
      [_PKL, _NT],
      [() => PublicKeyList, 0]
    ];
    var ListQueriesRequest$ = [
      3,
      n0,
      _LQR,
      0,
      [_EDS, _NT, _MR, _ST, _ETn, _QS],
      [0, 0, 1, 4, 4, 0],
      1
    ];
    var ListQueriesResponse$ = [
      3,
      n0,
      _LQRi,
      0,
      [_Q, _NT],
      [() => Queries, 0]
    ];
    var ListTagsRequest$ = [
      3,
      n0,
      _LTR,
      0,
      [_RIL, _NT],
      [64 | 0, 0],
      1
    ];
    var ListTagsResponse$ = [
      3,
      n0,
      _LTRi,
      0,
      [_RTL, _NT],
      [() => ResourceTagList, 0]
    ];
    var ListTrailsRequest$ = [
      3,
      n0,
      _LTRis,
      0,
      [_NT],
      [0]
    ];
    var ListTrailsResponse$ = [
      3,
      n0,
      _LTRist,
      0,
      [_Tra, _NT],
      [() => Trails, 0]
    ];
    var LookupAttribute$ = [
      3,
      n0,
      _LA,
      0,
      [_AK, _AV],
      [0, 0],
      2
    ];
    var LookupEventsRequest$ = [
      3,
      n0,
      _LER,
      0,
      [_LAo, _ST, _ETn, _EC, _MR, _NT],
      [() => LookupAttributesList, 4, 4, 0, 1, 0]
    ];
    var LookupEventsResponse$ = [
      3,
      n0,
      _LERo,
      0,
      [_Eve, _NT],
      [() => EventsList, 0]
    ];
    var PartitionKey$ = [
      3,
      n0,
      _PKa,
      0,
      [_N, _Ty],
      [0, 0],
      2
    ];
    var PublicKey$ = [
      3,
      n0,
      _PKu,
      0,
      [_Va, _VST, _VET, _Fi],
      [21, 4, 4, 0]
    ];
    var PutEventConfigurationRequest$ = [
      3,
      n0,
      _PECR,
      0,
      [_TN, _EDS, _MES, _CKSo, _ACg],
      [0, 0, 0, () => ContextKeySelectors, () => AggregationConfigurations]
    ];
    var PutEventConfigurationResponse$ = [
      3,
      n0,
      _PECRu,
      0,
      [_TARN, _EDSA, _MES, _CKSo, _ACg],
      [0, 0, 0, () => ContextKeySelectors, () => AggregationConfigurations]
    ];
    var PutEventSelectorsRequest$ = [
      3,
      n0,
      _PESR,
      0,
      [_TN, _ESve, _AESd],
      [0, () => EventSelectors, () => AdvancedEventSelectors],
      1
    ];
    var PutEventSelectorsResponse$ = [
      3,
      n0,
      _PESRu,
      0,
      [_TARN, _ESve, _AESd],
      [0, () => EventSelectors, () => AdvancedEventSelectors]
    ];
    var PutInsightSelectorsRequest$ = [
      3,
      n0,
      _PISR,
      0,
      [_ISn, _TN, _EDS, _ID],
      [() => InsightSelectors, 0, 0, 0],
      1
    ];
    var PutInsightSelectorsResponse$ = [
      3,
      n0,
      _PISRu,
      0,
      [_TARN, _ISn, _EDSA, _ID],
      [0, () => InsightSelectors, 0, 0]
    ];
    var PutResourcePolicyRequest$ = [
      3,
      n0,
      _PRPR,
      0,
      [_RA, _RPe],
      [0, 0],
      2
    ];
    var PutResourcePolicyResponse$ = [
      3,
      n0,
      _PRPRu,
      0,
      [_RA, _RPe, _DARP],
      [0, 0, 0]
    ];
    var Query$ = [
      3,
      n0,
      _Qu,
      0,
      [_QI, _QS, _CTr],
      [0, 0, 4]
    ];
    var QueryStatistics$ = [
      3,
      n0,
      _QSue,
      0,
      [_RC, _TRC, _BS],
      [1, 1, 1]
    ];
    var QueryStatisticsForDescribeQuery$ = [
      3,
      n0,
      _QSFDQ,
      0,
      [_EMv, _ESven, _BS, _ETIM, _CTr],
      [1, 1, 1, 1, 4]
    ];
    var RefreshSchedule$ = [
      3,
      n0,
      _RS,
      0,
      [_Fr, _St, _TOD],
      [() => RefreshScheduleFrequency$, 0, 0]
    ];
    var RefreshScheduleFrequency$ = [
      3,
      n0,
      _RSF,
      0,
      [_Un, _Va],
      [0, 1]
    ];
    var RegisterOrganizationDelegatedAdminRequest$ = [
      3,
      n0,
      _RODAR,
      0,
      [_MAI],
      [0],
      1
    ];
    var RegisterOrganizationDelegatedAdminResponse$ = [
      3,
      n0,
      _RODARe,
      0,
      [],
      []
    ];
    var RemoveTagsRequest$ = [
      3,
      n0,
      _RTR,
      0,
      [_RI, _TL],
      [0, () => TagsList],
      2
    ];
    var RemoveTagsResponse$ = [
      3,
      n0,
      _RTRe,
      0,
      [],
      []
    ];
    var RequestWidget$ = [
      3,
      n0,
      _RW,
      0,
      [_QSuer, _VP, _QP],
      [0, 128 | 0, 64 | 0],
      2
    ];
    var Resource$ = [
      3,
      n0,
      _Re,
      0,
      [_RT, _RN],
      [0, 0]
    ];
    var ResourceTag$ = [
      3,
      n0,
      _RTe,
      0,
      [_RI, _TL],
      [0, () => TagsList]
    ];
    var RestoreEventDataStoreRequest$ = [
      3,
      n0,
      _REDSR,
      0,
      [_EDS],
      [0],
      1
    ];
    var RestoreEventDataStoreResponse$ = [
      3,
      n0,
      _REDSRe,
      0,
      [_EDSA, _N, _St, _AESd, _MRE, _OE, _RP, _TPE, _CT, _UT, _KKI, _BM],
      [0, 0, 0, () => AdvancedEventSelectors, 2, 2, 1, 2, 4, 4, 0, 0]
    ];
    var S3ImportSource$ = [
      3,
      n0,
      _SIS,
      0,
      [_SLU, _SBR, _SBARA],
      [0, 0, 0],
      3
    ];
    var SearchSampleQueriesRequest$ = [
      3,
      n0,
      _SSQR,
      0,
      [_SP, _MR, _NT],
      [0, 1, 0],
      1
    ];
    var SearchSampleQueriesResponse$ = [
      3,
      n0,
      _SSQRe,
      0,
      [_SR, _NT],
      [() => SearchSampleQueriesSearchResults, 0]
    ];
    var SearchSampleQueriesSearchResult$ = [
      3,
      n0,
      _SSQSR,
      0,
      [_N, _Des, _SQL, _Rel],
      [0, 0, 0, 1]
    ];
    var SourceConfig$ = [
      3,
      n0,
      _SC,
      0,
      [_ATAR, _AESd],
      [2, () => AdvancedEventSelectors]
    ];
    var StartDashboardRefreshRequest$ = [
      3,
      n0,
      _SDRR,
      0,
      [_DI, _QPV],
      [0, 128 | 0],
      1
    ];
    var StartDashboardRefreshResponse$ = [
      3,
      n0,
      _SDRRt,
      0,
      [_RIe],
      [0]
    ];
    var StartEventDataStoreIngestionRequest$ = [
      3,
      n0,
      _SEDSIR,
      0,
      [_EDS],
      [0],
      1
    ];
    var StartEventDataStoreIngestionResponse$ = [
      3,
      n0,
      _SEDSIRt,
      0,
      [],
      []
    ];
    var StartImportRequest$ = [
      3,
      n0,
      _SIR,
      0,
      [_D, _ISm, _SET, _EET, _II],
      [64 | 0, () => ImportSource$, 4, 4, 0]
    ];
    var StartImportResponse$ = [
      3,
      n0,
      _SIRt,
      0,
      [_II, _D, _ISm, _SET, _EET, _ISmp, _CT, _UT],
      [0, 64 | 0, () => ImportSource$, 4, 4, 0, 4, 4]
    ];
    var StartLoggingRequest$ = [
      3,
      n0,
      _SLR,
      0,
      [_N],
      [0],
      1
    ];
    var StartLoggingResponse$ = [
      3,
      n0,
      _SLRt,
      0,
      [],
      []
    ];
    var StartQueryRequest$ = [
      3,
      n0,
      _SQR,
      0,
      [_QSuer, _DSU, _QA, _QP, _EDSOAI],
      [0, 0, 0, 64 | 0, 0]
    ];
    var StartQueryResponse$ = [
      3,
      n0,
      _SQRt,
      0,
      [_QI, _EDSOAI],
      [0, 0]
    ];
    var StopEventDataStoreIngestionRequest$ = [
      3,
      n0,
      _SEDSIRto,
      0,
      [_EDS],
      [0],
      1
    ];
    var StopEventDataStoreIngestionResponse$ = [
      3,
      n0,
      _SEDSIRtop,
      0,
      [],
      []
    ];
    var StopImportRequest$ = [
      3,
      n0,
      _SIRto,
      0,
      [_II],
      [0],
      1
    ];
    var StopImportResponse$ = [
      3,
      n0,
      _SIRtop,
      0,
      [_II, _ISm, _D, _ISmp, _CT, _UT, _SET, _EET, _ISmpo],
      [0, () => ImportSource$, 64 | 0, 0, 4, 4, 4, 4, () => ImportStatistics$]
    ];
    var StopLoggingRequest$ = [
      3,
      n0,
      _SLRto,
      0,
      [_N],
      [0],
      1
    ];
    var StopLoggingResponse$ = [
      3,
      n0,
      _SLRtop,
      0,
      [],
      []
    ];
    var Tag$ = [
      3,
      n0,
      _Tag,
      0,
      [_K, _Va],
      [0, 0],
      1
    ];
    var Trail$ = [
      3,
      n0,
      _Tr,
      0,
      [_N, _SBN, _SKP, _STN, _STARN, _IGSE, _IMRT, _HR, _TARN, _LFVE, _CWLLGA, _CWLRA, _KKI, _HCES, _HIS, _IOT, _RL],
      [0, 0, 0, 0, 0, 2, 2, 0, 0, 2, 0, 0, 0, 2, 2, 2, 2]
    ];
    var TrailInfo$ = [
      3,
      n0,
      _TI,
      0,
      [_TARN, _N, _HR],
      [0, 0, 0]
    ];
    var UpdateChannelRequest$ = [
      3,
      n0,
      _UCR,
      0,
      [_C, _D, _N],
      [0, () => Destinations, 0],
      1
    ];
    var UpdateChannelResponse$ = [
      3,
      n0,
      _UCRp,
      0,
      [_CA, _N, _S, _D],
      [0, 0, 0, () => Destinations]
    ];
    var UpdateDashboardRequest$ = [
      3,
      n0,
      _UDR,
      0,
      [_DI, _W, _RS, _TPE],
      [0, () => RequestWidgetList, () => RefreshSchedule$, 2],
      1
    ];
    var UpdateDashboardResponse$ = [
      3,
      n0,
      _UDRp,
      0,
      [_DA, _N, _Ty, _W, _RS, _TPE, _CT, _UT],
      [0, 0, 0, () => WidgetList, () => RefreshSchedule$, 2, 4, 4]
    ];
    var UpdateEventDataStoreRequest$ = [
      3,
      n0,
      _UEDSR,
      0,
      [_EDS, _N, _AESd, _MRE, _OE, _RP, _TPE, _KKI, _BM],
      [0, 0, () => AdvancedEventSelectors, 2, 2, 1, 2, 0, 0],
      1
    ];
    var UpdateEventDataStoreResponse$ = [
      3,
      n0,
      _UEDSRp,
      0,
      [_EDSA, _N, _St, _AESd, _MRE, _OE, _RP, _TPE, _CT, _UT, _KKI, _BM, _FSe, _FRA],
      [0, 0, 0, () => AdvancedEventSelectors, 2, 2, 1, 2, 4, 4, 0, 0, 0, 0]
    ];
    var UpdateTrailRequest$ = [
      3,
      n0,
      _UTR,
      0,
      [_N, _SBN, _SKP, _STN, _IGSE, _IMRT, _ELFV, _CWLLGA, _CWLRA, _KKI, _IOT, _RL],
      [0, 0, 0, 0, 2, 2, 2, 0, 0, 0, 2, 2],
      1
    ];
    var UpdateTrailResponse$ = [
      3,
      n0,
      _UTRp,
      0,
      [_N, _SBN, _SKP, _STN, _STARN, _IGSE, _IMRT, _TARN, _LFVE, _CWLLGA, _CWLRA, _KKI, _IOT, _RL],
      [0, 0, 0, 0, 0, 2, 2, 0, 2, 0, 0, 0, 2, 2]
    ];
    var Widget$ = [
      3,
      n0,
      _Wi,
      0,
      [_QA, _QSuer, _QP, _VP],
      [0, 0, 64 | 0, 128 | 0]
    ];
    var AdvancedEventSelectors = [
      1,
      n0,
      _AESd,
      0,
      () => AdvancedEventSelector$
    ];
    var AdvancedFieldSelectors = [
      1,
      n0,
      _AFSd,
      0,
      () => AdvancedFieldSelector$
    ];
    var AggregationConfigurations = [
      1,
      n0,
      _ACg,
      0,
      () => AggregationConfiguration$
    ];
    var Channels = [
      1,
      n0,
      _Ch,
      0,
      () => Channel$
    ];
    var ContextKeySelectors = [
      1,
      n0,
      _CKSo,
      0,
      () => ContextKeySelector$
    ];
    var Dashboards = [
      1,
      n0,
      _Da,
      0,
      () => DashboardDetail$
    ];
    var DataResources = [
      1,
      n0,
      _DRa,
      0,
      () => DataResource$
    ];
    var Destinations = [
      1,
      n0,
      _D,
      0,
      () => Destination$
    ];
    var EventDataStores = [
      1,
      n0,
      _EDSv,
      0,
      () => EventDataStore$
    ];
    var EventSelectors = [
      1,
      n0,
      _ESve,
      0,
      () => EventSelector$
    ];
    var EventsList = [
      1,
      n0,
      _EL,
      0,
      () => Event$
    ];
    var ImportFailureList = [
      1,
      n0,
      _IFL,
      0,
      () => ImportFailureListItem$
    ];
    var ImportsList = [
      1,
      n0,
      _ILm,
      0,
      () => ImportsListItem$
    ];
    var InsightSelectors = [
      1,
      n0,
      _ISn,
      0,
      () => InsightSelector$
    ];
    var LookupAttributesList = [
      1,
      n0,
      _LAL,
      0,
      () => LookupAttribute$
    ];
    var PartitionKeyList = [
      1,
      n0,
      _PKLa,
      0,
      () => PartitionKey$
    ];
    var PublicKeyList = [
      1,
      n0,
      _PKL,
      0,
      () => PublicKey$
    ];
    var Queries = [
      1,
      n0,
      _Q,
      0,
      () => Query$
    ];
    var RequestWidgetList = [
      1,
      n0,
      _RWL,
      0,
      () => RequestWidget$
    ];
    var ResourceList = [
      1,
      n0,
      _RLe,
      0,
      () => Resource$
    ];
    var ResourceTagList = [
      1,
      n0,
      _RTL,
      0,
      () => ResourceTag$
    ];
    var SearchSampleQueriesSearchResults = [
      1,
      n0,
      _SSQSRe,
      0,
      () => SearchSampleQueriesSearchResult$
    ];
    var TagsList = [
      1,
      n0,
      _TL,
      0,
      () => Tag$
    ];
    var TrailList = [
      1,
      n0,
      _TLr,
      0,
      () => Trail$
    ];
    var Trails = [
      1,
      n0,
      _Tra,
      0,
      () => TrailInfo$
    ];
    var WidgetList = [
      1,
      n0,
      _WL,
      0,
      () => Widget$
    ];
    var AddTags$ = [
      9,
      n0,
      _AT,
      2,
      () => AddTagsRequest$,
      () => AddTagsResponse$
    ];
    var CancelQuery$ = [
      9,
      n0,
      _CQ,
      2,
      () => CancelQueryRequest$,
      () => CancelQueryResponse$
    ];
    var CreateChannel$ = [
      9,
      n0,
      _CC,
      0,
      () => CreateChannelRequest$,
      () => CreateChannelResponse$
    ];
    var CreateDashboard$ = [
      9,
      n0,
      _CD,
      2,
      () => CreateDashboardRequest$,
      () => CreateDashboardResponse$
    ];
    var CreateEventDataStore$ = [
      9,
      n0,
      _CEDS,
      0,
      () => CreateEventDataStoreRequest$,
      () => CreateEventDataStoreResponse$
    ];
    var CreateTrail$ = [
      9,
      n0,
      _CTre,
      2,
      () => CreateTrailRequest$,
      () => CreateTrailResponse$
    ];
    var DeleteChannel$ = [
      9,
      n0,
      _DC,
      0,
      () => DeleteChannelRequest$,
      () => DeleteChannelResponse$
    ];
    var DeleteDashboard$ = [
      9,
      n0,
      _DDe,
      2,
      () => DeleteDashboardRequest$,
      () => DeleteDashboardResponse$
    ];
    var DeleteEventDataStore$ = [
      9,
      n0,
      _DEDS,
      0,
      () => DeleteEventDataStoreRequest$,
      () => DeleteEventDataStoreResponse$
    ];
    var DeleteResourcePolicy$ = [
      9,
      n0,
      _DRP,
      2,
      () => DeleteResourcePolicyRequest$,
      () => DeleteResourcePolicyResponse$
    ];
    var DeleteTrail$ = [
      9,
      n0,
      _DTe,
      2,
      () => DeleteTrailRequest$,
      () => DeleteTrailResponse$
    ];
    var DeregisterOrganizationDelegatedAdmin$ = [
      9,
      n0,
      _DODA,
      2,
      () => DeregisterOrganizationDelegatedAdminRequest$,
      () => DeregisterOrganizationDelegatedAdminResponse$
    ];
    var DescribeQuery$ = [
      9,
      n0,
      _DQ,
      2,
      () => DescribeQueryRequest$,
      () => DescribeQueryResponse$
    ];
    var DescribeTrails$ = [
      9,
      n0,
      _DTes,
      2,
      () => DescribeTrailsRequest$,
      () => DescribeTrailsResponse$
    ];
    var DisableFederation$ = [
      9,
      n0,
      _DF,
      0,
      () => DisableFederationRequest$,
      () => DisableFederationResponse$
    ];
    var EnableFederation$ = [
      9,
      n0,
      _EF,
      0,
      () => EnableFederationRequest$,
      () => EnableFederationResponse$
    ];
    var GenerateQuery$ = [
      9,
      n0,
      _GQ,
      2,
      () => GenerateQueryRequest$,
      () => GenerateQueryResponse$
    ];
    var GetChannel$ = [
      9,
      n0,
      _GC,
      2,
      () => GetChannelRequest$,
      () => GetChannelResponse$
    ];
    var GetDashboard$ = [
      9,
      n0,
      _GD,
      2,
      () => GetDashboardRequest$,
      () => GetDashboardResponse$
    ];
    var GetEventConfiguration$ = [
      9,
      n0,
      _GEC,
      2,
      () => GetEventConfigurationRequest$,
      () => GetEventConfigurationResponse$
    ];
    var GetEventDataStore$ = [
      9,
      n0,
      _GEDS,
      2,
      () => GetEventDataStoreRequest$,
      () => GetEventDataStoreResponse$
    ];
    var GetEventSelectors$ = [
      9,
      n0,
      _GES,
      2,
      () => GetEventSelectorsRequest$,
      () => GetEventSelectorsResponse$
    ];
    var GetImport$ = [
      9,
      n0,
      _GI,
      0,
      () => GetImportRequest$,
      () => GetImportResponse$
    ];
    var GetInsightSelectors$ = [
      9,
      n0,
      _GIS,
      2,
      () => GetInsightSelectorsRequest$,
      () => GetInsightSelectorsResponse$
    ];
    var GetQueryResults$ = [
      9,
      n0,
      _GQRet,
      0,
      () => GetQueryResultsRequest$,
      () => GetQueryResultsResponse$
    ];
    var GetResourcePolicy$ = [
      9,
      n0,
      _GRP,
      2,
      () => GetResourcePolicyRequest$,
      () => GetResourcePolicyResponse$
    ];
    var GetTrail$ = [
      9,
      n0,
      _GT,
      2,
      () => GetTrailRequest$,
      () => GetTrailResponse$
    ];
    var GetTrailStatus$ = [
      9,
      n0,
      _GTS,
      2,
      () => GetTrailStatusRequest$,
      () => GetTrailStatusResponse$
    ];
    var ListChannels$ = [
      9,
      n0,
      _LC,
      2,
      () => ListChannelsRequest$,
      () => ListChannelsResponse$
    ];
    var ListDashboards$ = [
      9,
      n0,
      _LD,
      2,
      () => ListDashboardsRequest$,
      () => ListDashboardsResponse$
    ];
    var ListEventDataStores$ = [
      9,
      n0,
      _LEDS,
      2,
      () => ListEventDataStoresRequest$,
      () => ListEventDataStoresResponse$
    ];
    var ListImportFailures$ = [
      9,
      n0,
      _LIF,
      2,
      () => ListImportFailuresRequest$,
      () => ListImportFailuresResponse$
    ];
    var ListImports$ = [
      9,
      n0,
      _LI,
      2,
      () => ListImportsRequest$,
      () => ListImportsResponse$
    ];
    var ListInsightsData$ = [
      9,
      n0,
      _LID,
      2,
      () => ListInsightsDataRequest$,
      () => ListInsightsDataResponse$
    ];
    var ListInsightsMetricData$ = [
      9,
      n0,
      _LIMD,
      2,
      () => ListInsightsMetricDataRequest$,
      () => ListInsightsMetricDataResponse$
    ];
    var ListPublicKeys$ = [
      9,
      n0,
      _LPK,
      2,
      () => ListPublicKeysRequest$,
      () => ListPublicKeysResponse$
    ];
    var ListQueries$ = [
      9,
      n0,
      _LQ,
      2,
      () => ListQueriesRequest$,
      () => ListQueriesResponse$
    ];
    var ListTags$ = [
      9,
      n0,
      _LT,
      2,
      () => ListTagsRequest$,
      () => ListTagsResponse$
    ];
    var ListTrails$ = [
      9,
      n0,
      _LTi,
      2,
      () => ListTrailsRequest$,
      () => ListTrailsResponse$
    ];
    var LookupEvents$ = [
      9,
      n0,
      _LE,
      2,
      () => LookupEventsRequest$,
      () => LookupEventsResponse$
    ];
    var PutEventConfiguration$ = [
      9,
      n0,
      _PEC,
      2,
      () => PutEventConfigurationRequest$,
      () => PutEventConfigurationResponse$
    ];
    var PutEventSelectors$ = [
      9,
      n0,
      _PES,
      2,
      () => PutEventSelectorsRequest$,
      () => PutEventSelectorsResponse$
    ];
    var PutInsightSelectors$ = [
      9,
      n0,
      _PIS,
      2,
      () => PutInsightSelectorsRequest$,
      () => PutInsightSelectorsResponse$
    ];
    var PutResourcePolicy$ = [
      9,
      n0,
      _PRP,
      2,
      () => PutResourcePolicyRequest$,
      () => PutResourcePolicyResponse$
    ];
    var RegisterOrganizationDelegatedAdmin$ = [
      9,
      n0,
      _RODA,
      2,
      () => RegisterOrganizationDelegatedAdminRequest$,
      () => RegisterOrganizationDelegatedAdminResponse$
    ];
    var RemoveTags$ = [
      9,
      n0,
      _RTem,
      2,
      () => RemoveTagsRequest$,
      () => RemoveTagsResponse$
    ];
    var RestoreEventDataStore$ = [
      9,
      n0,
      _REDS,
      0,
      () => RestoreEventDataStoreRequest$,
      () => RestoreEventDataStoreResponse$
    ];
    var SearchSampleQueries$ = [
      9,
      n0,
      _SSQ,
      2,
      () => SearchSampleQueriesRequest$,
      () => SearchSampleQueriesResponse$
    ];
    var StartDashboardRefresh$ = [
      9,
      n0,
      _SDR,
      2,
      () => StartDashboardRefreshRequest$,
      () => StartDashboardRefreshResponse$
    ];
    var StartEventDataStoreIngestion$ = [
      9,
      n0,
      _SEDSI,
      0,
      () => StartEventDataStoreIngestionRequest$,
      () => StartEventDataStoreIngestionResponse$
    ];
    var StartImport$ = [
      9,
      n0,
      _SIt,
      0,
      () => StartImportRequest$,
      () => StartImportResponse$
    ];
    var StartLogging$ = [
      9,
      n0,
      _SL,
      2,
      () => StartLoggingRequest$,
      () => StartLoggingResponse$
    ];
    var StartQuery$ = [
      9,
      n0,
      _SQ,
      2,
      () => StartQueryRequest$,
      () => StartQueryResponse$
    ];
    var StopEventDataStoreIngestion$ = [
      9,
      n0,
      _SEDSIt,
      0,
      () => StopEventDataStoreIngestionRequest$,
      () => StopEventDataStoreIngestionResponse$
    ];
    var StopImport$ = [
      9,
      n0,
      _SIto,
      0,
      () => StopImportRequest$,
      () => StopImportResponse$
    ];
    var StopLogging$ = [
      9,
      n0,
      _SLt,
      2,
      () => StopLoggingRequest$,
      () => StopLoggingResponse$
    ];
    var UpdateChannel$ = [
      9,
      n0,
      _UC,
      2,
      () => UpdateChannelRequest$,
      () => UpdateChannelResponse$
    ];
    var UpdateDashboard$ = [
      9,
      n0,
      _UD,
      2,
      () => UpdateDashboardRequest$,
      () => UpdateDashboardResponse$
    ];
    var UpdateEventDataStore$ = [
      9,
      n0,
      _UEDS,
      2,
      () => UpdateEventDataStoreRequest$,
      () => UpdateEventDataStoreResponse$
    ];
    var UpdateTrail$ = [
      9,
      n0,
      _UTp,
      2,
      () => UpdateTrailRequest$,
      () => UpdateTrailResponse$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2013-11-01",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudTrailHttpAuthSchemeProvider,
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
          defaultNamespace: "com.amazonaws.cloudtrail",
          errorTypeRegistries,
          xmlNamespace: "http://cloudtrail.amazonaws.com/doc/2013-11-01/",
          version: "2013-11-01",
          serviceTarget: "CloudTrail_20131101"
        },
        serviceId: config?.serviceId ?? "CloudTrail",
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
    var CloudTrailClient = class extends Client {
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
          httpAuthSchemeParametersProvider: defaultCloudTrailHttpAuthSchemeParametersProvider,
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
    var command = makeBuilder(commonParams, "CloudTrail_20131101", "CloudTrailClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var AddTagsCommand = class extends command(_ep0, _mw0, "AddTags", AddTags$) {
    };
    var CancelQueryCommand = class extends command(_ep0, _mw0, "CancelQuery", CancelQuery$) {
    };
    var CreateChannelCommand = class extends command(_ep0, _mw0, "CreateChannel", CreateChannel$) {
    };
    var CreateDashboardCommand = class extends command(_ep0, _mw0, "CreateDashboard", CreateDashboard$) {
    };
    var CreateEventDataStoreCommand = class extends command(_ep0, _mw0, "CreateEventDataStore", CreateEventDataStore$) {
    };
    var CreateTrailCommand = class extends command(_ep0, _mw0, "CreateTrail", CreateTrail$) {
    };
    var DeleteChannelCommand = class extends command(_ep0, _mw0, "DeleteChannel", DeleteChannel$) {
    };
    var DeleteDashboardCommand = class extends command(_ep0, _mw0, "DeleteDashboard", DeleteDashboard$) {
    };
    var DeleteEventDataStoreCommand = class extends command(_ep0, _mw0, "DeleteEventDataStore", DeleteEventDataStore$) {
    };
    var DeleteResourcePolicyCommand = class extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
    };
    var DeleteTrailCommand = class extends command(_ep0, _mw0, "DeleteTrail", DeleteTrail$) {
    };
    var DeregisterOrganizationDelegatedAdminCommand = class extends command(_ep0, _mw0, "DeregisterOrganizationDelegatedAdmin", DeregisterOrganizationDelegatedAdmin$) {
    };
    var DescribeQueryCommand = class extends command(_ep0, _mw0, "DescribeQuery", DescribeQuery$) {
    };
    var DescribeTrailsCommand = class extends command(_ep0, _mw0, "DescribeTrails", DescribeTrails$) {
    };
    var DisableFederationCommand = class extends command(_ep0, _mw0, "DisableFederation", DisableFederation$) {
    };
    var EnableFederationCommand = class extends command(_ep0, _mw0, "EnableFederation", EnableFederation$) {
    };
    var GenerateQueryCommand = class extends command(_ep0, _mw0, "GenerateQuery", GenerateQuery$) {
    };
    var GetChannelCommand = class extends command(_ep0, _mw0, "GetChannel", GetChannel$) {
    };
    var GetDashboardCommand = class extends command(_ep0, _mw0, "GetDashboard", GetDashboard$) {
    };
    var GetEventConfigurationCommand = class extends command(_ep0, _mw0, "GetEventConfiguration", GetEventConfiguration$) {
    };
    var GetEventDataStoreCommand = class extends command(_ep0, _mw0, "GetEventDataStore", GetEventDataStore$) {
    };
    var GetEventSelectorsCommand = class extends command(_ep0, _mw0, "GetEventSelectors", GetEventSelectors$) {
    };
    var GetImportCommand = class extends command(_ep0, _mw0, "GetImport", GetImport$) {
    };
    var GetInsightSelectorsCommand = class extends command(_ep0, _mw0, "GetInsightSelectors", GetInsightSelectors$) {
    };
    var GetQueryResultsCommand = class extends command(_ep0, _mw0, "GetQueryResults", GetQueryResults$) {
    };
    var GetResourcePolicyCommand = class extends command(_ep0, _mw0, "GetResourcePolicy", GetResourcePolicy$) {
    };
    var GetTrailCommand = class extends command(_ep0, _mw0, "GetTrail", GetTrail$) {
    };
    var GetTrailStatusCommand = class extends command(_ep0, _mw0, "GetTrailStatus", GetTrailStatus$) {
    };
    var ListChannelsCommand = class extends command(_ep0, _mw0, "ListChannels", ListChannels$) {
    };
    var ListDashboardsCommand = class extends command(_ep0, _mw0, "ListDashboards", ListDashboards$) {
    };
    var ListEventDataStoresCommand = class extends command(_ep0, _mw0, "ListEventDataStores", ListEventDataStores$) {
    };
    var ListImportFailuresCommand = class extends command(_ep0, _mw0, "ListImportFailures", ListImportFailures$) {
    };
    var ListImportsCommand = class extends command(_ep0, _mw0, "ListImports", ListImports$) {
    };
    var ListInsightsDataCommand = class extends command(_ep0, _mw0, "ListInsightsData", ListInsightsData$) {
    };
    var ListInsightsMetricDataCommand = class extends command(_ep0, _mw0, "ListInsightsMetricData", ListInsightsMetricData$) {
    };
    var ListPublicKeysCommand = class extends command(_ep0, _mw0, "ListPublicKeys", ListPublicKeys$) {
    };
    var ListQueriesCommand = class extends command(_ep0, _mw0, "ListQueries", ListQueries$) {
    };
    var ListTagsCommand = class extends command(_ep0, _mw0, "ListTags", ListTags$) {
    };
    var ListTrailsCommand = class extends command(_ep0, _mw0, "ListTrails", ListTrails$) {
    };
    var LookupEventsCommand = class extends command(_ep0, _mw0, "LookupEvents", LookupEvents$) {
    };
    var PutEventConfigurationCommand = class extends command(_ep0, _mw0, "PutEventConfiguration", PutEventConfiguration$) {
    };
    var PutEventSelectorsCommand = class extends command(_ep0, _mw0, "PutEventSelectors", PutEventSelectors$) {
    };
    var PutInsightSelectorsCommand = class extends command(_ep0, _mw0, "PutInsightSelectors", PutInsightSelectors$) {
    };
    var PutResourcePolicyCommand = class extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
    };
    var RegisterOrganizationDelegatedAdminCommand = class extends command(_ep0, _mw0, "RegisterOrganizationDelegatedAdmin", RegisterOrganizationDelegatedAdmin$) {
    };
    var RemoveTagsCommand = class extends command(_ep0, _mw0, "RemoveTags", RemoveTags$) {
    };
    var RestoreEventDataStoreCommand = class extends command(_ep0, _mw0, "RestoreEventDataStore", RestoreEventDataStore$) {
    };
    var SearchSampleQueriesCommand = class extends command(_ep0, _mw0, "SearchSampleQueries", SearchSampleQueries$) {
    };
    var StartDashboardRefreshCommand = class extends command(_ep0, _mw0, "StartDashboardRefresh", StartDashboardRefresh$) {
    };
    var StartEventDataStoreIngestionCommand = class extends command(_ep0, _mw0, "StartEventDataStoreIngestion", StartEventDataStoreIngestion$) {
    };
    var StartImportCommand = class extends command(_ep0, _mw0, "StartImport", StartImport$) {
    };
    var StartLoggingCommand = class extends command(_ep0, _mw0, "StartLogging", StartLogging$) {
    };
    var StartQueryCommand = class extends command(_ep0, _mw0, "StartQuery", StartQuery$) {
    };
    var StopEventDataStoreIngestionCommand = class extends command(_ep0, _mw0, "StopEventDataStoreIngestion", StopEventDataStoreIngestion$) {
    };
    var StopImportCommand = class extends command(_ep0, _mw0, "StopImport", StopImport$) {
    };
    var StopLoggingCommand = class extends command(_ep0, _mw0, "StopLogging", StopLogging$) {
    };
    var UpdateChannelCommand = class extends command(_ep0, _mw0, "UpdateChannel", UpdateChannel$) {
    };
    var UpdateDashboardCommand = class extends command(_ep0, _mw0, "UpdateDashboard", UpdateDashboard$) {
    };
    var UpdateEventDataStoreCommand = class extends command(_ep0, _mw0, "UpdateEventDataStore", UpdateEventDataStore$) {
    };
    var UpdateTrailCommand = class extends command(_ep0, _mw0, "UpdateTrail", UpdateTrail$) {
    };
    var paginateGetQueryResults = createPaginator(CloudTrailClient, GetQueryResultsCommand, "NextToken", "NextToken", "");
    var paginateListChannels = createPaginator(CloudTrailClient, ListChannelsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListEventDataStores = createPaginator(CloudTrailClient, ListEventDataStoresCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListImportFailures = createPaginator(CloudTrailClient, ListImportFailuresCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListImports = createPaginator(CloudTrailClient, ListImportsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListInsightsData = createPaginator(CloudTrailClient, ListInsightsDataCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListInsightsMetricData = createPaginator(CloudTrailClient, ListInsightsMetricDataCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListPublicKeys = createPaginator(CloudTrailClient, ListPublicKeysCommand, "NextToken", "NextToken", "");
    var paginateListQueries = createPaginator(CloudTrailClient, ListQueriesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListTags = createPaginator(CloudTrailClient, ListTagsCommand, "NextToken", "NextToken", "");
    var paginateListTrails = createPaginator(CloudTrailClient, ListTrailsCommand, "NextToken", "NextToken", "");
    var paginateLookupEvents = createPaginator(CloudTrailClient, LookupEventsCommand, "NextToken", "NextToken", "MaxResults");
    var commands = {
      AddTagsCommand,
      CancelQueryCommand,
      CreateChannelCommand,
      CreateDashboardCommand,
      CreateEventDataStoreCommand,
      CreateTrailCommand,
      DeleteChannelCommand,
      DeleteDashboardCommand,
      DeleteEventDataStoreCommand,
      DeleteResourcePolicyCommand,
      DeleteTrailCommand,
      DeregisterOrganizationDelegatedAdminCommand,
      DescribeQueryCommand,
      DescribeTrailsCommand,
      DisableFederationCommand,
      EnableFederationCommand,
      GenerateQueryCommand,
      GetChannelCommand,
      GetDashboardCommand,
      GetEventConfigurationCommand,
      GetEventDataStoreCommand,
      GetEventSelectorsCommand,
      GetImportCommand,
      GetInsightSelectorsCommand,
      GetQueryResultsCommand,
      GetResourcePolicyCommand,
      GetTrailCommand,
      GetTrailStatusCommand,
      ListChannelsCommand,
      ListDashboardsCommand,
      ListEventDataStoresCommand,
      ListImportFailuresCommand,
      ListImportsCommand,
      ListInsightsDataCommand,
      ListInsightsMetricDataCommand,
      ListPublicKeysCommand,
      ListQueriesCommand,
      ListTagsCommand,
      ListTrailsCommand,
      LookupEventsCommand,
      PutEventConfigurationCommand,
      PutEventSelectorsCommand,
      PutInsightSelectorsCommand,
      PutResourcePolicyCommand,
      RegisterOrganizationDelegatedAdminCommand,
      RemoveTagsCommand,
      RestoreEventDataStoreCommand,
      SearchSampleQueriesCommand,
      StartDashboardRefreshCommand,
      StartEventDataStoreIngestionCommand,
      StartImportCommand,
      StartLoggingCommand,
      StartQueryCommand,
      StopEventDataStoreIngestionCommand,
      StopImportCommand,
      StopLoggingCommand,
      UpdateChannelCommand,
      UpdateDashboardCommand,
      UpdateEventDataStoreCommand,
      UpdateTrailCommand
    };
    var paginators = {
      paginateGetQueryResults,
      paginateListChannels,
      paginateListEventDataStores,
      paginateListImportFailures,
      paginateListImports,
      paginateListInsightsData,
      paginateListInsightsMetricData,
      paginateListPublicKeys,
      paginateListQueries,
      paginateListTags,
      paginateListTrails,
      paginateLookupEvents
    };
    var CloudTrail = class extends CloudTrailClient {
    };
    createAggregatedClient(commands, CloudTrail, { paginators });
    var EventCategoryAggregation = {
      Data: "Data"
    };
    var Template = {
      API_ACTIVITY: "API_ACTIVITY",
      RESOURCE_ACCESS: "RESOURCE_ACCESS",
      USER_ACTIONS: "USER_ACTIONS"
    };
    var BillingMode = {
      EXTENDABLE_RETENTION_PRICING: "EXTENDABLE_RETENTION_PRICING",
      FIXED_RETENTION_PRICING: "FIXED_RETENTION_PRICING"
    };
    var QueryStatus = {
      CANCELLED: "CANCELLED",
      FAILED: "FAILED",
      FINISHED: "FINISHED",
      QUEUED: "QUEUED",
      RUNNING: "RUNNING",
      TIMED_OUT: "TIMED_OUT"
    };
    var DestinationType = {
      AWS_SERVICE: "AWS_SERVICE",
      EVENT_DATA_STORE: "EVENT_DATA_STORE"
    };
    var RefreshScheduleFrequencyUnit = {
      DAYS: "DAYS",
      HOURS: "HOURS"
    };
    var RefreshScheduleStatus = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var DashboardType = {
      CUSTOM: "CUSTOM",
      MANAGED: "MANAGED"
    };
    var EventDataStoreStatus = {
      CREATED: "CREATED",
      ENABLED: "ENABLED",
      PENDING_DELETION: "PENDING_DELETION",
      STARTING_INGESTION: "STARTING_INGESTION",
      STOPPED_INGESTION: "STOPPED_INGESTION",
      STOPPING_INGESTION: "STOPPING_INGESTION"
    };
    var DeliveryStatus = {
      ACCESS_DENIED: "ACCESS_DENIED",
      ACCESS_DENIED_SIGNING_FILE: "ACCESS_DENIED_SIGNING_FILE",
      CANCELLED: "CANCELLED",
      FAILED: "FAILED",
      FAILED_SIGNING_FILE: "FAILED_SIGNING_FILE",
      PENDING: "PENDING",
      RESOURCE_NOT_FOUND: "RESOURCE_NOT_FOUND",
      SUCCESS: "SUCCESS",
      UNKNOWN: "UNKNOWN"
    };
    var FederationStatus = {
      DISABLED: "DISABLED",
      DISABLING: "DISABLING",
      ENABLED: "ENABLED",
      ENABLING: "ENABLING"
    };
    var DashboardStatus = {
      CREATED: "CREATED",
      CREATING: "CREATING",
      DELETING: "DELETING",
      UPDATED: "UPDATED",
      UPDATING: "UPDATING"
    };
    var Type = {
      RequestContext: "RequestContext",
      TagContext: "TagContext"
    };
    var MaxEventSize = {
      Large: "Large",
      Standard: "Standard"
    };
    var ReadWriteType = {
      All: "All",
      ReadOnly: "ReadOnly",
      WriteOnly: "WriteOnly"
    };
    var ImportStatus = {
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      INITIALIZING: "INITIALIZING",
      IN_PROGRESS: "IN_PROGRESS",
      STOPPED: "STOPPED"
    };
    var SourceEventCategory = {
      Data: "Data",
      Management: "Management"
    };
    var InsightType = {
      ApiCallRateInsight: "ApiCallRateInsight",
      ApiErrorRateInsight: "ApiErrorRateInsight"
    };
    var ImportFailureStatus = {
      FAILED: "FAILED",
      RETRY: "RETRY",
      SUCCEEDED: "SUCCEEDED"
    };
    var ListInsightsDataType = {
      INSIGHTS_EVENTS: "InsightsEvents"
    };
    var ListInsightsDataDimensionKey = {
      EVENT_ID: "EventId",
      EVENT_NAME: "EventName",
      EVENT_SOURCE: "EventSource"
    };
    var InsightsMetricDataType = {
      FILL_WITH_ZEROS: "FillWithZeros",
      NON_ZERO_DATA: "NonZeroData"
    };
    var EventCategory = {
      Insight: "insight"
    };
    var LookupAttributeKey = {
      ACCESS_KEY_ID: "AccessKeyId",
      EVENT_ID: "EventId",
      EVENT_NAME: "EventName",
      EVENT_SOURCE: "EventSource",
      READ_ONLY: "ReadOnly",
      RESOURCE_NAME: "ResourceName",
      RESOURCE_TYPE: "ResourceType",
      USERNAME: "Username"
    };
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.AccountHasOngoingImportException = AccountHasOngoingImportException;
    exports.AccountHasOngoingImportException$ = AccountHasOngoingImportException$;
    exports.AccountNotFoundException = AccountNotFoundException;
    exports.AccountNotFoundException$ = AccountNotFoundException$;
    exports.AccountNotRegisteredException = AccountNotRegisteredException;
    exports.AccountNotRegisteredException$ = AccountNotRegisteredException$;
    exports.AccountRegisteredException = AccountRegisteredException;
    exports.AccountRegisteredException$ = AccountRegisteredException$;
    exports.AddTags$ = AddTags$;
    exports.AddTagsCommand = AddTagsCommand;
    exports.AddTagsRequest$ = AddTagsRequest$;
    exports.AddTagsResponse$ = AddTagsResponse$;
    exports.AdvancedEventSelector$ = AdvancedEventSelector$;
    exports.AdvancedFieldSelector$ = AdvancedFieldSelector$;
    exports.AggregationConfiguration$ = AggregationConfiguration$;
    exports.BillingMode = BillingMode;
    exports.CancelQuery$ = CancelQuery$;
    exports.CancelQueryCommand = CancelQueryCommand;
    exports.CancelQueryRequest$ = CancelQueryRequest$;
    exports.CancelQueryResponse$ = CancelQueryResponse$;
    exports.CannotDelegateManagementAccountException = CannotDelegateManagementAccountException;
    exports.CannotDelegateManagementAccountException$ = CannotDelegateManagementAccountException$;
    exports.Channel$ = Channel$;
    exports.ChannelARNInvalidException = ChannelARNInvalidException;
    exports.ChannelARNInvalidException$ = ChannelARNInvalidException$;
    exports.ChannelAlreadyExistsException = ChannelAlreadyExistsException;
    exports.ChannelAlreadyExistsException$ = ChannelAlreadyExistsException$;
    exports.ChannelExistsForEDSException = ChannelExistsForEDSException;
    exports.ChannelExistsForEDSException$ = ChannelExistsForEDSException$;
    exports.ChannelMaxLimitExceededException = ChannelMaxLimitExceededException;
    exports.ChannelMaxLimitExceededException$ = ChannelMaxLimitExceededException$;
    exports.ChannelNotFoundException = ChannelNotFoundException;
    exports.ChannelNotFoundException$ = ChannelNotFoundException$;
    exports.CloudTrail = CloudTrail;
    exports.CloudTrailARNInvalidException = CloudTrailARNInvalidException;
    exports.CloudTrailARNInvalidException$ = CloudTrailARNInvalidException$;
    exports.CloudTrailAccessNotEnabledException = CloudTrailAccessNotEnabledException;
    exports.CloudTrailAccessNotEnabledException$ = CloudTrailAccessNotEnabledException$;
    exports.CloudTrailClient = CloudTrailClient;
    exports.CloudTrailInvalidClientTokenIdException = CloudTrailInvalidClientTokenIdException;
    exports.CloudTrailInvalidClientTokenIdException$ = CloudTrailInvalidClientTokenIdException$;
    exports.CloudTrailServiceException = CloudTrailServiceException;
    exports.CloudTrailServiceException$ = CloudTrailServiceException$;
    exports.CloudWatchLogsDeliveryUnavailableException = CloudWatchLogsDeliveryUnavailableException;
    exports.CloudWatchLogsDeliveryUnavailableException$ = CloudWatchLogsDeliveryUnavailableException$;
    exports.ConcurrentModificationException = ConcurrentModificationException;
    exports.ConcurrentModificationException$ = ConcurrentModificationException$;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.ContextKeySelector$ = ContextKeySelector$;
    exports.CreateChannel$ = CreateChannel$;
    exports.CreateChannelCommand = CreateChannelCommand;
    exports.CreateChannelRequest$ = CreateChannelRequest$;
    exports.CreateChannelResponse$ = CreateChannelResponse$;
    exports.CreateDashboard$ = CreateDashboard$;
    exports.CreateDashboardCommand = CreateDashboardCommand;
    exports.CreateDashboardRequest$ = CreateDashboardRequest$;
    exports.CreateDashboardResponse$ = CreateDashboardResponse$;
    exports.CreateEventDataStore$ = CreateEventDataStore$;
    exports.CreateEventDataStoreCommand = CreateEventDataStoreCommand;
    exports.CreateEventDataStoreRequest$ = CreateEventDataStoreRequest$;
    exports.CreateEventDataStoreResponse$ = CreateEventDataStoreResponse$;
    exports.CreateTrail$ = CreateTrail$;
    exports.CreateTrailCommand = CreateTrailCommand;
    exports.CreateTrailRequest$ = CreateTrailRequest$;
    exports.CreateTrailResponse$ = CreateTrailResponse$;
    exports.DashboardDetail$ = DashboardDetail$;
    exports.DashboardStatus = DashboardStatus;
    exports.DashboardType = DashboardType;
    exports.DataResource$ = DataResource$;
    exports.DelegatedAdminAccountLimitExceededException = DelegatedAdminAccountLimitExceededException;
    exports.DelegatedAdminAccountLimitExceededException$ = DelegatedAdminAccountLimitExceededException$;
    exports.DeleteChannel$ = DeleteChannel$;
    exports.DeleteChannelCommand = DeleteChannelCommand;
    exports.DeleteChannelRequest$ = DeleteChannelRequest$;
    exports.DeleteChannelResponse$ = DeleteChannelResponse$;
    exports.DeleteDashboard$ = DeleteDashboard$;
    exports.DeleteDashboardCommand = DeleteDashboardCommand;
    exports.DeleteDashboardRequest$ = DeleteDashboardRequest$;
    exports.DeleteDashboardResponse$ = DeleteDashboardResponse$;
    exports.DeleteEventDataStore$ = DeleteEventDataStore$;
    exports.DeleteEventDataStoreCommand = DeleteEventDataStoreCommand;
    exports.DeleteEventDataStoreRequest$ = DeleteEventDataStoreRequest$;
    exports.DeleteEventDataStoreResponse$ = DeleteEventDataStoreResponse$;
    exports.DeleteResourcePolicy$ = DeleteResourcePolicy$;
    exports.DeleteResourcePolicyCommand = DeleteResourcePolicyCommand;
    exports.DeleteResourcePolicyRequest$ = DeleteResourcePolicyRequest$;
    exports.DeleteResourcePolicyResponse$ = DeleteResourcePolicyResponse$;
    exports.DeleteTrail$ = DeleteTrail$;
    exports.DeleteTrailCommand = DeleteTrailCommand;
    exports.DeleteTrailRequest$ = DeleteTrailRequest$;
    exports.DeleteTrailResponse$ = DeleteTrailResponse$;
    exports.DeliveryStatus = DeliveryStatus;
    exports.DeregisterOrganizationDelegatedAdmin$ = DeregisterOrganizationDelegatedAdmin$;
    exports.DeregisterOrganizationDelegatedAdminCommand = DeregisterOrganizationDelegatedAdminCommand;
    exports.DeregisterOrganizationDelegatedAdminRequest$ = DeregisterOrganizationDelegatedAdminRequest$;
    exports.DeregisterOrganizationDelegatedAdminResponse$ = DeregisterOrganizationDelegatedAdminResponse$;
    exports.DescribeQuery$ = DescribeQuery$;
    exports.DescribeQueryCommand = DescribeQueryCommand;
    exports.DescribeQueryRequest$ = DescribeQueryRequest$;
    exports.DescribeQueryResponse$ = DescribeQueryResponse$;
    exports.DescribeTrails$ = DescribeTrails$;
    exports.DescribeTrailsCommand = DescribeTrailsCommand;
    exports.DescribeTrailsRequest$ = DescribeTrailsRequest$;
    exports.DescribeTrailsResponse$ = DescribeTrailsResponse$;
    exports.Destination$ = Destination$;
    exports.DestinationType = DestinationType;
    exports.DisableFederation$ = DisableFederation$;
    exports.DisableFederationCommand = DisableFederationCommand;
    exports.DisableFederationRequest$ = DisableFederationRequest$;
    exports.DisableFederationResponse$ = DisableFederationResponse$;
    exports.EnableFederation$ = EnableFederation$;
    exports.EnableFederationCommand = EnableFederationCommand;
    exports.EnableFederationRequest$ = EnableFederationRequest$;
    exports.EnableFederationResponse$ = EnableFederationResponse$;
    exports.Event$ = Event$;
    exports.EventCategory = EventCategory;
    exports.EventCategoryAggregation = EventCategoryAggregation;
    exports.EventDataStore$ = EventDataStore$;
    exports.EventDataStoreARNInvalidException = EventDataStoreARNInvalidException;
    exports.EventDataStoreARNInvalidException$ = EventDataStoreARNInvalidException$;
    exports.EventDataStoreAlreadyExistsException = EventDataStoreAlreadyExistsException;
    exports.EventDataStoreAlreadyExistsException$ = EventDataStoreAlreadyExistsException$;
    exports.EventDataStoreFederationEnabledException = EventDataStoreFederationEnabledException;
    exports.EventDataStoreFederationEnabledException$ = EventDataStoreFederationEnabledException$;
    exports.EventDataStoreHasOngoingImportException = EventDataStoreHasOngoingImportException;
    exports.EventDataStoreHasOngoingImportException$ = EventDataStoreHasOngoingImportException$;
    exports.EventDataStoreMaxLimitExceededException = EventDataStoreMaxLimitExceededException;
    exports.EventDataStoreMaxLimitExceededException$ = EventDataStoreMaxLimitExceededException$;
    exports.EventDataStoreNotFoundException = EventDataStoreNotFoundException;
    exports.EventDataStoreNotFoundException$ = EventDataStoreNotFoundException$;
    exports.EventDataStoreStatus = EventDataStoreStatus;
    exports.EventDataStoreTerminationProtectedException = EventDataStoreTerminationProtectedException;
    exports.EventDataStoreTerminationProtectedException$ = EventDataStoreTerminationProtectedException$;
    exports.EventSelector$ = EventSelector$;
    exports.FederationStatus = FederationStatus;
    exports.GenerateQuery$ = GenerateQuery$;
    exports.GenerateQueryCommand = GenerateQueryCommand;
    exports.GenerateQueryRequest$ = GenerateQueryRequest$;
    exports.GenerateQueryResponse$ = GenerateQueryResponse$;
    exports.GenerateResponseException = GenerateResponseException;
    exports.GenerateResponseException$ = GenerateResponseException$;
    exports.GetChannel$ = GetChannel$;
    exports.GetChannelCommand = GetChannelCommand;
    exports.GetChannelRequest$ = GetChannelRequest$;
    exports.GetChannelResponse$ = GetChannelResponse$;
    exports.GetDashboard$ = GetDashboard$;
    exports.GetDashboardCommand = GetDashboardCommand;
    exports.GetDashboardRequest$ = GetDashboardRequest$;
    exports.GetDashboardResponse$ = GetDashboardResponse$;
    exports.GetEventConfiguration$ = GetEventConfiguration$;
    exports.GetEventConfigurationCommand = GetEventConfigurationCommand;
    exports.GetEventConfigurationRequest$ = GetEventConfigurationRequest$;
    exports.GetEventConfigurationResponse$ = GetEventConfigurationResponse$;
    exports.GetEventDataStore$ = GetEventDataStore$;
    exports.GetEventDataStoreCommand = GetEventDataStoreCommand;
    exports.GetEventDataStoreRequest$ = GetEventDataStoreRequest$;
    exports.GetEventDataStoreResponse$ = GetEventDataStoreResponse$;
    exports.GetEventSelectors$ = GetEventSelectors$;
    exports.GetEventSelectorsCommand = GetEventSelectorsCommand;
    exports.GetEventSelectorsRequest$ = GetEventSelectorsRequest$;
    exports.GetEventSelectorsResponse$ = GetEventSelectorsResponse$;
    exports.GetImport$ = GetImport$;
    exports.GetImportCommand = GetImportCommand;
    exports.GetImportRequest$ = GetImportRequest$;
    exports.GetImportResponse$ = GetImportResponse$;
    exports.GetInsightSelectors$ = GetInsightSelectors$;
    exports.GetInsightSelectorsCommand = GetInsightSelectorsCommand;
    exports.GetInsightSelectorsRequest$ = GetInsightSelectorsRequest$;
    exports.GetInsightSelectorsResponse$ = GetInsightSelectorsResponse$;
    exports.GetQueryResults$ = GetQueryResults$;
    exports.GetQueryResultsCommand = GetQueryResultsCommand;
    exports.GetQueryResultsRequest$ = GetQueryResultsRequest$;
    exports.GetQueryResultsResponse$ = GetQueryResultsResponse$;
    exports.GetResourcePolicy$ = GetResourcePolicy$;
    exports.GetResourcePolicyCommand = GetResourcePolicyCommand;
    exports.GetResourcePolicyRequest$ = GetResourcePolicyRequest$;
    exports.GetResourcePolicyResponse$ = GetResourcePolicyResponse$;
    exports.GetTrail$ = GetTrail$;
    exports.GetTrailCommand = GetTrailCommand;
    exports.GetTrailRequest$ = GetTrailRequest$;
    exports.GetTrailResponse$ = GetTrailResponse$;
    exports.GetTrailStatus$ = GetTrailStatus$;
    exports.GetTrailStatusCommand = GetTrailStatusCommand;
    exports.GetTrailStatusRequest$ = GetTrailStatusRequest$;
    exports.GetTrailStatusResponse$ = GetTrailStatusResponse$;
    exports.ImportFailureListItem$ = ImportFailureListItem$;
    exports.ImportFailureStatus = ImportFailureStatus;
    exports.ImportNotFoundException = ImportNotFoundException;
    exports.ImportNotFoundException$ = ImportNotFoundException$;
    exports.ImportSource$ = ImportSource$;
    exports.ImportStatistics$ = ImportStatistics$;
    exports.ImportStatus = ImportStatus;
    exports.ImportsListItem$ = ImportsListItem$;
    exports.InactiveEventDataStoreException = InactiveEventDataStoreException;
    exports.InactiveEventDataStoreException$ = InactiveEventDataStoreException$;
    exports.InactiveQueryException = InactiveQueryException;
    exports.InactiveQueryException$ = InactiveQueryException$;
    exports.IngestionStatus$ = IngestionStatus$;
    exports.InsightNotEnabledException = InsightNotEnabledException;
    exports.InsightNotEnabledException$ = InsightNotEnabledException$;
    exports.InsightSelector$ = InsightSelector$;
    exports.InsightType = InsightType;
    exports.InsightsMetricDataType = InsightsMetricDataType;
    exports.InsufficientDependencyServiceAccessPermissionException = InsufficientDependencyServiceAccessPermissionException;
    exports.InsufficientDependencyServiceAccessPermissionException$ = InsufficientDependencyServiceAccessPermissionException$;
    exports.InsufficientEncryptionPolicyException = InsufficientEncryptionPolicyException;
    exports.InsufficientEncryptionPolicyException$ = InsufficientEncryptionPolicyException$;
    exports.InsufficientIAMAccessPermissionException = InsufficientIAMAccessPermissionException;
    exports.InsufficientIAMAccessPermissionException$ = InsufficientIAMAccessPermissionException$;
    exports.InsufficientS3BucketPolicyException = InsufficientS3BucketPolicyException;
    exports.InsufficientS3BucketPolicyException$ = InsufficientS3BucketPolicyException$;
    exports.InsufficientSnsTopicPolicyException = InsufficientSnsTopicPolicyException;
    exports.InsufficientSnsTopicPolicyException$ = InsufficientSnsTopicPolicyException$;
    exports.InvalidCloudWatchLogsLogGroupArnException = InvalidCloudWatchLogsLogGroupArnException;
    exports.InvalidCloudWatchLogsLogGroupArnException$ = InvalidCloudWatchLogsLogGroupArnException$;
    exports.InvalidCloudWatchLogsRoleArnException = InvalidCloudWatchLogsRoleArnException;
    exports.InvalidCloudWatchLogsRoleArnException$ = InvalidCloudWatchLogsRoleArnException$;
    exports.InvalidDateRangeException = InvalidDateRangeException;
    exports.InvalidDateRangeException$ = InvalidDateRangeException$;
    exports.InvalidEventCategoryException = InvalidEventCategoryException;
    exports.InvalidEventCategoryException$ = InvalidEventCategoryException$;
    exports.InvalidEventDataStoreCategoryException = InvalidEventDataStoreCategoryException;
    exports.InvalidEventDataStoreCategoryException$ = InvalidEventDataStoreCategoryException$;
    exports.InvalidEventDataStoreStatusException = InvalidEventDataStoreStatusException;
    exports.InvalidEventDataStoreStatusException$ = InvalidEventDataStoreStatusException$;
    exports.InvalidEventSelectorsException = InvalidEventSelectorsException;
    exports.InvalidEventSelectorsException$ = InvalidEventSelectorsException$;
    exports.InvalidHomeRegionException = InvalidHomeRegionException;
    exports.InvalidHomeRegionException$ = InvalidHomeRegionException$;
    exports.InvalidImportSourceException = InvalidImportSourceException;
    exports.InvalidImportSourceException$ = InvalidImportSourceException$;
    exports.InvalidInsightSelectorsException = InvalidInsightSelectorsException;
    exports.InvalidInsightSelectorsException$ = InvalidInsightSelectorsException$;
    exports.InvalidKmsKeyIdException = InvalidKmsKeyIdException;
    exports.InvalidKmsKeyIdException$ = InvalidKmsKeyIdException$;
    exports.InvalidLookupAttributesException = InvalidLookupAttributesException;
    exports.InvalidLookupAttributesException$ = InvalidLookupAttributesException$;
    exports.InvalidMaxResultsException = InvalidMaxResultsException;
    exports.InvalidMaxResultsException$ = InvalidMaxResultsException$;
    exports.InvalidNextTokenException = InvalidNextTokenException;
    exports.InvalidNextTokenException$ = InvalidNextTokenException$;
    exports.InvalidParameterCombinationException = InvalidParameterCombinationException;
    exports.InvalidParameterCombinationException$ = InvalidParameterCombinationException$;
    exports.InvalidParameterException = InvalidParameterException;
    exports.InvalidParameterException$ = InvalidParameterException$;
    exports.InvalidQueryStatementException = InvalidQueryStatementException;
    exports.InvalidQueryStatementException$ = InvalidQueryStatementException$;
    exports.InvalidQueryStatusException = InvalidQueryStatusException;
    exports.InvalidQueryStatusException$ = InvalidQueryStatusException$;
    exports.InvalidS3BucketNameException = InvalidS3BucketNameException;
    exports.InvalidS3BucketNameException$ = InvalidS3BucketNameException$;
    exports.InvalidS3PrefixException = InvalidS3PrefixException;
    exports.InvalidS3PrefixException$ = InvalidS3PrefixException$;
    exports.InvalidSnsTopicNameException = InvalidSnsTopicNameException;
    exports.InvalidSnsTopicNameException$ = InvalidSnsTopicNameException$;
    exports.InvalidSourceException = InvalidSourceException;
    exports.InvalidSourceException$ = InvalidSourceException$;
    exports.InvalidTagParameterException = InvalidTagParameterException;
    exports.InvalidTagParameterException$ = InvalidTagParameterException$;
    exports.InvalidTimeRangeException = InvalidTimeRangeException;
    exports.InvalidTimeRangeException$ = InvalidTimeRangeException$;
    exports.InvalidTokenException = InvalidTokenException;
    exports.InvalidTokenException$ = InvalidTokenException$;
    exports.InvalidTrailNameException = InvalidTrailNameException;
    exports.InvalidTrailNameException$ = InvalidTrailNameException$;
    exports.KmsException = KmsException;
    exports.KmsException$ = KmsException$;
    exports.KmsKeyDisabledException = KmsKeyDisabledException;
    exports.KmsKeyDisabledException$ = KmsKeyDisabledException$;
    exports.KmsKeyNotFoundException = KmsKeyNotFoundException;
    exports.KmsKeyNotFoundException$ = KmsKeyNotFoundException$;
    exports.ListChannels$ = ListChannels$;
    exports.ListChannelsCommand = ListChannelsCommand;
    exports.ListChannelsRequest$ = ListChannelsRequest$;
    exports.ListChannelsResponse$ = ListChannelsResponse$;
    exports.ListDashboards$ = ListDashboards$;
    exports.ListDashboardsCommand = ListDashboardsCommand;
    exports.ListDashboardsRequest$ = ListDashboardsRequest$;
    exports.ListDashboardsResponse$ = ListDashboardsResponse$;
    exports.ListEventDataStores$ = ListEventDataStores$;
    exports.ListEventDataStoresCommand = ListEventDataStoresCommand;
    exports.ListEventDataStoresRequest$ = ListEventDataStoresRequest$;
    exports.ListEventDataStoresResponse$ = ListEventDataStoresResponse$;
    exports.ListImportFailures$ = ListImportFailures$;
    exports.ListImportFailuresCommand = ListImportFailuresCommand;
    exports.ListImportFailuresRequest$ = ListImportFailuresRequest$;
    exports.ListImportFailuresResponse$ = ListImportFailuresResponse$;
    exports.ListImports$ = ListImports$;
    exports.ListImportsCommand = ListImportsCommand;
    exports.ListImportsRequest$ = ListImportsRequest$;
    exports.ListImportsResponse$ = ListImportsResponse$;
    exports.ListInsightsData$ = ListInsightsData$;
    exports.ListInsightsDataCommand = ListInsightsDataCommand;
    exports.ListInsightsDataDimensionKey = ListInsightsDataDimensionKey;
    exports.ListInsightsDataRequest$ = ListInsightsDataRequest$;
    exports.ListInsightsDataResponse$ = ListInsightsDataResponse$;
    exports.ListInsightsDataType = ListInsightsDataType;
    exports.ListInsightsMetricData$ = ListInsightsMetricData$;
    exports.ListInsightsMetricDataCommand = ListInsightsMetricDataCommand;
    exports.ListInsightsMetricDataRequest$ = ListInsightsMetricDataRequest$;
    exports.ListInsightsMetricDataResponse$ = ListInsightsMetricDataResponse$;
    exports.ListPublicKeys$ = ListPublicKeys$;
    exports.ListPublicKeysCommand = ListPublicKeysCommand;
    exports.ListPublicKeysRequest$ = ListPublicKeysRequest$;
    exports.ListPublicKeysResponse$ = ListPublicKeysResponse$;
    exports.ListQueries$ = ListQueries$;
    exports.ListQueriesCommand = ListQueriesCommand;
    exports.ListQueriesRequest$ = ListQueriesRequest$;
    exports.ListQueriesResponse$ = ListQueriesResponse$;
    exports.ListTags$ = ListTags$;
    exports.ListTagsCommand = ListTagsCommand;
    exports.ListTagsRequest$ = ListTagsRequest$;
    exports.ListTagsResponse$ = ListTagsResponse$;
    exports.ListTrails$ = ListTrails$;
    exports.ListTrailsCommand = ListTrailsCommand;
    exports.ListTrailsRequest$ = ListTrailsRequest$;
    exports.ListTrailsResponse$ = ListTrailsResponse$;
    exports.LookupAttribute$ = LookupAttribute$;
    exports.LookupAttributeKey = LookupAttributeKey;
    exports.LookupEvents$ = LookupEvents$;
    exports.LookupEventsCommand = LookupEventsCommand;
    exports.LookupEventsRequest$ = LookupEventsRequest$;
    exports.LookupEventsResponse$ = LookupEventsResponse$;
    exports.MaxConcurrentQueriesException = MaxConcurrentQueriesException;
    exports.MaxConcurrentQueriesException$ = MaxConcurrentQueriesException$;
    exports.MaxEventSize = MaxEventSize;
    exports.MaximumNumberOfTrailsExceededException = MaximumNumberOfTrailsExceededException;
    exports.MaximumNumberOfTrailsExceededException$ = MaximumNumberOfTrailsExceededException$;
    exports.NoManagementAccountSLRExistsException = NoManagementAccountSLRExistsException;
    exports.NoManagementAccountSLRExistsException$ = NoManagementAccountSLRExistsException$;
    exports.NotOrganizationManagementAccountException = NotOrganizationManagementAccountException;
    exports.NotOrganizationManagementAccountException$ = NotOrganizationManagementAccountException$;
    exports.NotOrganizationMasterAccountException = NotOrganizationMasterAccountException;
    exports.NotOrganizationMasterAccountException$ = NotOrganizationMasterAccountException$;
    exports.OperationNotPermittedException = OperationNotPermittedException;
    exports.OperationNotPermittedException$ = OperationNotPermittedException$;
    exports.OrganizationNotInAllFeaturesModeException = OrganizationNotInAllFeaturesModeException;
    exports.OrganizationNotInAllFeaturesModeException$ = OrganizationNotInAllFeaturesModeException$;
    exports.OrganizationsNotInUseException = OrganizationsNotInUseException;
    exports.OrganizationsNotInUseException$ = OrganizationsNotInUseException$;
    exports.PartitionKey$ = PartitionKey$;
    exports.PublicKey$ = PublicKey$;
    exports.PutEventConfiguration$ = PutEventConfiguration$;
    exports.PutEventConfigurationCommand = PutEventConfigurationCommand;
    exports.PutEventConfigurationRequest$ = PutEventConfigurationRequest$;
    exports.PutEventConfigurationResponse$ = PutEventConfigurationResponse$;
    exports.PutEventSelectors$ = PutEventSelectors$;
    exports.PutEventSelectorsCommand = PutEventSelectorsCommand;
    exports.PutEventSelectorsRequest$ = PutEventSelectorsRequest$;
    exports.PutEventSelectorsResponse$ = PutEventSelectorsResponse$;
    exports.PutInsightSelectors$ = PutInsightSelectors$;
    exports.PutInsightSelectorsCommand = PutInsightSelectorsCommand;
    exports.PutInsightSelectorsRequest$ = PutInsightSelectorsRequest$;
    exports.PutInsightSelectorsResponse$ = PutInsightSelectorsResponse$;
    exports.PutResourcePolicy$ = PutResourcePolicy$;
    exports.PutResourcePolicyCommand = PutResourcePolicyCommand;
    exports.PutResourcePolicyRequest$ = PutResourcePolicyRequest$;
    exports.PutResourcePolicyResponse$ = PutResourcePolicyResponse$;
    exports.Query$ = Query$;
    exports.QueryIdNotFoundException = QueryIdNotFoundException;
    exports.QueryIdNotFoundException$ = QueryIdNotFoundException$;
    exports.QueryStatistics$ = QueryStatistics$;
    exports.QueryStatisticsForDescribeQuery$ = QueryStatisticsForDescribeQuery$;
    exports.QueryStatus = QueryStatus;
    exports.ReadWriteType = ReadWriteType;
    exports.RefreshSchedule$ = RefreshSchedule$;
    exports.RefreshScheduleFrequency$ = RefreshScheduleFrequency$;
    exports.RefreshScheduleFrequencyUnit = RefreshScheduleFrequencyUnit;
    exports.RefreshScheduleStatus = RefreshScheduleStatus;
    exports.RegisterOrganizationDelegatedAdmin$ = RegisterOrganizationDelegatedAdmin$;
    exports.RegisterOrganizationDelegatedAdminCommand = RegisterOrganizationDelegatedAdminCommand;
    exports.RegisterOrganizationDelegatedAdminRequest$ = RegisterOrganizationDelegatedAdminRequest$;
    exports.RegisterOrganizationDelegatedAdminResponse$ = RegisterOrganizationDelegatedAdminResponse$;
    exports.RemoveTags$ = RemoveTags$;
    exports.RemoveTagsCommand = RemoveTagsCommand;
    exports.RemoveTagsRequest$ = RemoveTagsRequest$;
    exports.RemoveTagsResponse$ = RemoveTagsResponse$;
    exports.RequestWidget$ = RequestWidget$;
    exports.Resource$ = Resource$;
    exports.ResourceARNNotValidException = ResourceARNNotValidException;
    exports.ResourceARNNotValidException$ = ResourceARNNotValidException$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.ResourcePolicyNotFoundException = ResourcePolicyNotFoundException;
    exports.ResourcePolicyNotFoundException$ = ResourcePolicyNotFoundException$;
    exports.ResourcePolicyNotValidException = ResourcePolicyNotValidException;
    exports.ResourcePolicyNotValidException$ = ResourcePolicyNotValidException$;
    exports.ResourceTag$ = ResourceTag$;
    exports.ResourceTypeNotSupportedException = ResourceTypeNotSupportedException;
    exports.ResourceTypeNotSupportedException$ = ResourceTypeNotSupportedException$;
    exports.RestoreEventDataStore$ = RestoreEventDataStore$;
    exports.RestoreEventDataStoreCommand = RestoreEventDataStoreCommand;
    exports.RestoreEventDataStoreRequest$ = RestoreEventDataStoreRequest$;
    exports.RestoreEventDataStoreResponse$ = RestoreEventDataStoreResponse$;
    exports.S3BucketDoesNotExistException = S3BucketDoesNotExistException;
    exports.S3BucketDoesNotExistException$ = S3BucketDoesNotExistException$;
    exports.S3ImportSource$ = S3ImportSource$;
    exports.SearchSampleQueries$ = SearchSampleQueries$;
    exports.SearchSampleQueriesCommand = SearchSampleQueriesCommand;
    exports.SearchSampleQueriesRequest$ = SearchSampleQueriesRequest$;
    exports.SearchSampleQueriesResponse$ = SearchSampleQueriesResponse$;
    exports.SearchSampleQueriesSearchResult$ = SearchSampleQueriesSearchResult$;
    exports.ServiceQuotaExceededException = ServiceQuotaExceededException;
    exports.ServiceQuotaExceededException$ = ServiceQuotaExceededException$;
    exports.SourceConfig$ = SourceConfig$;
    exports.SourceEventCategory = SourceEventCategory;
    exports.StartDashboardRefresh$ = StartDashboardRefresh$;
    exports.StartDashboardRefreshCommand = StartDashboardRefreshCommand;
    exports.StartDashboardRefreshRequest$ = StartDashboardRefreshRequest$;
    exports.StartDashboardRefreshResponse$ = StartDashboardRefreshResponse$;
    exports.StartEventDataStoreIngestion$ = StartEventDataStoreIngestion$;
    exports.StartEventDataStoreIngestionCommand = StartEventDataStoreIngestionCommand;
    exports.StartEventDataStoreIngestionRequest$ = StartEventDataStoreIngestionRequest$;
    exports.StartEventDataStoreIngestionResponse$ = StartEventDataStoreIngestionResponse$;
    exports.StartImport$ = StartImport$;
    exports.StartImportCommand = StartImportCommand;
    exports.StartImportRequest$ = StartImportRequest$;
    exports.StartImportResponse$ = StartImportResponse$;
    exports.StartLogging$ = StartLogging$;
    exports.StartLoggingCommand = StartLoggingCommand;
    exports.StartLoggingRequest$ = StartLoggingRequest$;
    exports.StartLoggingResponse$ = StartLoggingResponse$;
    exports.StartQuery$ = StartQuery$;
    exports.StartQueryCommand = StartQueryCommand;
    exports.StartQueryRequest$ = StartQueryRequest$;
    exports.StartQueryResponse$ = StartQueryResponse$;
    exports.StopEventDataStoreIngestion$ = StopEventDataStoreIngestion$;
    exports.StopEventDataStoreIngestionCommand = StopEventDataStoreIngestionCommand;
    exports.StopEventDataStoreIngestionRequest$ = StopEventDataStoreIngestionRequest$;
    exports.StopEventDataStoreIngestionResponse$ = StopEventDataStoreIngestionResponse$;
    exports.StopImport$ = StopImport$;
    exports.StopImportCommand = StopImportCommand;
    exports.StopImportRequest$ = StopImportRequest$;
    exports.StopImportResponse$ = StopImportResponse$;
    exports.StopLogging$ = StopLogging$;
    exports.StopLoggingCommand = StopLoggingCommand;
    exports.StopLoggingRequest$ = StopLoggingRequest$;
    exports.StopLoggingResponse$ = StopLoggingResponse$;
    exports.Tag$ = Tag$;
    exports.TagsLimitExceededException = TagsLimitExceededException;
    exports.TagsLimitExceededException$ = TagsLimitExceededException$;
    exports.Template = Template;
    exports.ThrottlingException = ThrottlingException;
    exports.ThrottlingException$ = ThrottlingException$;
    exports.Trail$ = Trail$;
    exports.TrailAlreadyExistsException = TrailAlreadyExistsException;
    exports.TrailAlreadyExistsException$ = TrailAlreadyExistsException$;
    exports.TrailInfo$ = TrailInfo$;
    exports.TrailNotFoundException = TrailNotFoundException;
    exports.TrailNotFoundException$ = TrailNotFoundException$;
    exports.TrailNotProvidedException = TrailNotProvidedException;
    exports.TrailNotProvidedException$ = TrailNotProvidedException$;
    exports.Type = Type;
    exports.UnsupportedOperationException = UnsupportedOperationException;
    exports.UnsupportedOperationException$ = UnsupportedOperationException$;
    exports.UpdateChannel$ = UpdateChannel$;
    exports.UpdateChannelCommand = UpdateChannelCommand;
    exports.UpdateChannelRequest$ = UpdateChannelRequest$;
    exports.UpdateChannelResponse$ = UpdateChannelResponse$;
    exports.UpdateDashboard$ = UpdateDashboard$;
    exports.UpdateDashboardCommand = UpdateDashboardCommand;
    exports.UpdateDashboardRequest$ = UpdateDashboardRequest$;
    exports.UpdateDashboardResponse$ = UpdateDashboardResponse$;
    exports.UpdateEventDataStore$ = UpdateEventDataStore$;
    exports.UpdateEventDataStoreCommand = UpdateEventDataStoreCommand;
    exports.UpdateEventDataStoreRequest$ = UpdateEventDataStoreRequest$;
    exports.UpdateEventDataStoreResponse$ = UpdateEventDataStoreResponse$;
    exports.UpdateTrail$ = UpdateTrail$;
    exports.UpdateTrailCommand = UpdateTrailCommand;
    exports.UpdateTrailRequest$ = UpdateTrailRequest$;
    exports.UpdateTrailResponse$ = UpdateTrailResponse$;
    exports.Widget$ = Widget$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateGetQueryResults = paginateGetQueryResults;
    exports.paginateListChannels = paginateListChannels;
    exports.paginateListEventDataStores = paginateListEventDataStores;
    exports.paginateListImportFailures = paginateListImportFailures;
    exports.paginateListImports = paginateListImports;
    exports.paginateListInsightsData = paginateListInsightsData;
    exports.paginateListInsightsMetricData = paginateListInsightsMetricData;
    exports.paginateListPublicKeys = paginateListPublicKeys;
    exports.paginateListQueries = paginateListQueries;
    exports.paginateListTags = paginateListTags;
    exports.paginateListTrails = paginateListTrails;
    exports.paginateLookupEvents = paginateLookupEvents;
  }
});

// commonjs-namespace:node_modules/@aws-sdk/client-cloudtrail/dist-cjs/index.js
var exported = require_dist_cjs3();
var dist_cjs_default = exported;
var named0 = exported["$Command"];
var named1 = exported["AccessDeniedException"];
var named2 = exported["AccessDeniedException$"];
var named3 = exported["AccountHasOngoingImportException"];
var named4 = exported["AccountHasOngoingImportException$"];
var named5 = exported["AccountNotFoundException"];
var named6 = exported["AccountNotFoundException$"];
var named7 = exported["AccountNotRegisteredException"];
var named8 = exported["AccountNotRegisteredException$"];
var named9 = exported["AccountRegisteredException"];
var named10 = exported["AccountRegisteredException$"];
var named11 = exported["AddTags$"];
var named12 = exported["AddTagsCommand"];
var named13 = exported["AddTagsRequest$"];
var named14 = exported["AddTagsResponse$"];
var named15 = exported["AdvancedEventSelector$"];
var named16 = exported["AdvancedFieldSelector$"];
var named17 = exported["AggregationConfiguration$"];
var named18 = exported["BillingMode"];
var named19 = exported["CancelQuery$"];
var named20 = exported["CancelQueryCommand"];
var named21 = exported["CancelQueryRequest$"];
var named22 = exported["CancelQueryResponse$"];
var named23 = exported["CannotDelegateManagementAccountException"];
var named24 = exported["CannotDelegateManagementAccountException$"];
var named25 = exported["Channel$"];
var named26 = exported["ChannelARNInvalidException"];
var named27 = exported["ChannelARNInvalidException$"];
var named28 = exported["ChannelAlreadyExistsException"];
var named29 = exported["ChannelAlreadyExistsException$"];
var named30 = exported["ChannelExistsForEDSException"];
var named31 = exported["ChannelExistsForEDSException$"];
var named32 = exported["ChannelMaxLimitExceededException"];
var named33 = exported["ChannelMaxLimitExceededException$"];
var named34 = exported["ChannelNotFoundException"];
var named35 = exported["ChannelNotFoundException$"];
var named36 = exported["CloudTrail"];
var named37 = exported["CloudTrailARNInvalidException"];
var named38 = exported["CloudTrailARNInvalidException$"];
var named39 = exported["CloudTrailAccessNotEnabledException"];
var named40 = exported["CloudTrailAccessNotEnabledException$"];
var named41 = exported["CloudTrailClient"];
var named42 = exported["CloudTrailInvalidClientTokenIdException"];
var named43 = exported["CloudTrailInvalidClientTokenIdException$"];
var named44 = exported["CloudTrailServiceException"];
var named45 = exported["CloudTrailServiceException$"];
var named46 = exported["CloudWatchLogsDeliveryUnavailableException"];
var named47 = exported["CloudWatchLogsDeliveryUnavailableException$"];
var named48 = exported["ConcurrentModificationException"];
var named49 = exported["ConcurrentModificationException$"];
var named50 = exported["ConflictException"];
var named51 = exported["ConflictException$"];
var named52 = exported["ContextKeySelector$"];
var named53 = exported["CreateChannel$"];
var named54 = exported["CreateChannelCommand"];
var named55 = exported["CreateChannelRequest$"];
var named56 = exported["CreateChannelResponse$"];
var named57 = exported["CreateDashboard$"];
var named58 = exported["CreateDashboardCommand"];
var named59 = exported["CreateDashboardRequest$"];
var named60 = exported["CreateDashboardResponse$"];
var named61 = exported["CreateEventDataStore$"];
var named62 = exported["CreateEventDataStoreCommand"];
var named63 = exported["CreateEventDataStoreRequest$"];
var named64 = exported["CreateEventDataStoreResponse$"];
var named65 = exported["CreateTrail$"];
var named66 = exported["CreateTrailCommand"];
var named67 = exported["CreateTrailRequest$"];
var named68 = exported["CreateTrailResponse$"];
var named69 = exported["DashboardDetail$"];
var named70 = exported["DashboardStatus"];
var named71 = exported["DashboardType"];
var named72 = exported["DataResource$"];
var named73 = exported["DelegatedAdminAccountLimitExceededException"];
var named74 = exported["DelegatedAdminAccountLimitExceededException$"];
var named75 = exported["DeleteChannel$"];
var named76 = exported["DeleteChannelCommand"];
var named77 = exported["DeleteChannelRequest$"];
var named78 = exported["DeleteChannelResponse$"];
var named79 = exported["DeleteDashboard$"];
var named80 = exported["DeleteDashboardCommand"];
var named81 = exported["DeleteDashboardRequest$"];
var named82 = exported["DeleteDashboardResponse$"];
var named83 = exported["DeleteEventDataStore$"];
var named84 = exported["DeleteEventDataStoreCommand"];
var named85 = exported["DeleteEventDataStoreRequest$"];
var named86 = exported["DeleteEventDataStoreResponse$"];
var named87 = exported["DeleteResourcePolicy$"];
var named88 = exported["DeleteResourcePolicyCommand"];
var named89 = exported["DeleteResourcePolicyRequest$"];
var named90 = exported["DeleteResourcePolicyResponse$"];
var named91 = exported["DeleteTrail$"];
var named92 = exported["DeleteTrailCommand"];
var named93 = exported["DeleteTrailRequest$"];
var named94 = exported["DeleteTrailResponse$"];
var named95 = exported["DeliveryStatus"];
var named96 = exported["DeregisterOrganizationDelegatedAdmin$"];
var named97 = exported["DeregisterOrganizationDelegatedAdminCommand"];
var named98 = exported["DeregisterOrganizationDelegatedAdminRequest$"];
var named99 = exported["DeregisterOrganizationDelegatedAdminResponse$"];
var named100 = exported["DescribeQuery$"];
var named101 = exported["DescribeQueryCommand"];
var named102 = exported["DescribeQueryRequest$"];
var named103 = exported["DescribeQueryResponse$"];
var named104 = exported["DescribeTrails$"];
var named105 = exported["DescribeTrailsCommand"];
var named106 = exported["DescribeTrailsRequest$"];
var named107 = exported["DescribeTrailsResponse$"];
var named108 = exported["Destination$"];
var named109 = exported["DestinationType"];
var named110 = exported["DisableFederation$"];
var named111 = exported["DisableFederationCommand"];
var named112 = exported["DisableFederationRequest$"];
var named113 = exported["DisableFederationResponse$"];
var named114 = exported["EnableFederation$"];
var named115 = exported["EnableFederationCommand"];
var named116 = exported["EnableFederationRequest$"];
var named117 = exported["EnableFederationResponse$"];
var named118 = exported["Event$"];
var named119 = exported["EventCategory"];
var named120 = exported["EventCategoryAggregation"];
var named121 = exported["EventDataStore$"];
var named122 = exported["EventDataStoreARNInvalidException"];
var named123 = exported["EventDataStoreARNInvalidException$"];
var named124 = exported["EventDataStoreAlreadyExistsException"];
var named125 = exported["EventDataStoreAlreadyExistsException$"];
var named126 = exported["EventDataStoreFederationEnabledException"];
var named127 = exported["EventDataStoreFederationEnabledException$"];
var named128 = exported["EventDataStoreHasOngoingImportException"];
var named129 = exported["EventDataStoreHasOngoingImportException$"];
var named130 = exported["EventDataStoreMaxLimitExceededException"];
var named131 = exported["EventDataStoreMaxLimitExceededException$"];
var named132 = exported["EventDataStoreNotFoundException"];
var named133 = exported["EventDataStoreNotFoundException$"];
var named134 = exported["EventDataStoreStatus"];
var named135 = exported["EventDataStoreTerminationProtectedException"];
var named136 = exported["EventDataStoreTerminationProtectedException$"];
var named137 = exported["EventSelector$"];
var named138 = exported["FederationStatus"];
var named139 = exported["GenerateQuery$"];
var named140 = exported["GenerateQueryCommand"];
var named141 = exported["GenerateQueryRequest$"];
var named142 = exported["GenerateQueryResponse$"];
var named143 = exported["GenerateResponseException"];
var named144 = exported["GenerateResponseException$"];
var named145 = exported["GetChannel$"];
var named146 = exported["GetChannelCommand"];
var named147 = exported["GetChannelRequest$"];
var named148 = exported["GetChannelResponse$"];
var named149 = exported["GetDashboard$"];
var named150 = exported["GetDashboardCommand"];
var named151 = exported["GetDashboardRequest$"];
var named152 = exported["GetDashboardResponse$"];
var named153 = exported["GetEventConfiguration$"];
var named154 = exported["GetEventConfigurationCommand"];
var named155 = exported["GetEventConfigurationRequest$"];
var named156 = exported["GetEventConfigurationResponse$"];
var named157 = exported["GetEventDataStore$"];
var named158 = exported["GetEventDataStoreCommand"];
var named159 = exported["GetEventDataStoreRequest$"];
var named160 = exported["GetEventDataStoreResponse$"];
var named161 = exported["GetEventSelectors$"];
var named162 = exported["GetEventSelectorsCommand"];
var named163 = exported["GetEventSelectorsRequest$"];
var named164 = exported["GetEventSelectorsResponse$"];
var named165 = exported["GetImport$"];
var named166 = exported["GetImportCommand"];
var named167 = exported["GetImportRequest$"];
var named168 = exported["GetImportResponse$"];
var named169 = exported["GetInsightSelectors$"];
var named170 = exported["GetInsightSelectorsCommand"];
var named171 = exported["GetInsightSelectorsRequest$"];
var named172 = exported["GetInsightSelectorsResponse$"];
var named173 = exported["GetQueryResults$"];
var named174 = exported["GetQueryResultsCommand"];
var named175 = exported["GetQueryResultsRequest$"];
var named176 = exported["GetQueryResultsResponse$"];
var named177 = exported["GetResourcePolicy$"];
var named178 = exported["GetResourcePolicyCommand"];
var named179 = exported["GetResourcePolicyRequest$"];
var named180 = exported["GetResourcePolicyResponse$"];
var named181 = exported["GetTrail$"];
var named182 = exported["GetTrailCommand"];
var named183 = exported["GetTrailRequest$"];
var named184 = exported["GetTrailResponse$"];
var named185 = exported["GetTrailStatus$"];
var named186 = exported["GetTrailStatusCommand"];
var named187 = exported["GetTrailStatusRequest$"];
var named188 = exported["GetTrailStatusResponse$"];
var named189 = exported["ImportFailureListItem$"];
var named190 = exported["ImportFailureStatus"];
var named191 = exported["ImportNotFoundException"];
var named192 = exported["ImportNotFoundException$"];
var named193 = exported["ImportSource$"];
var named194 = exported["ImportStatistics$"];
var named195 = exported["ImportStatus"];
var named196 = exported["ImportsListItem$"];
var named197 = exported["InactiveEventDataStoreException"];
var named198 = exported["InactiveEventDataStoreException$"];
var named199 = exported["InactiveQueryException"];
var named200 = exported["InactiveQueryException$"];
var named201 = exported["IngestionStatus$"];
var named202 = exported["InsightNotEnabledException"];
var named203 = exported["InsightNotEnabledException$"];
var named204 = exported["InsightSelector$"];
var named205 = exported["InsightType"];
var named206 = exported["InsightsMetricDataType"];
var named207 = exported["InsufficientDependencyServiceAccessPermissionException"];
var named208 = exported["InsufficientDependencyServiceAccessPermissionException$"];
var named209 = exported["InsufficientEncryptionPolicyException"];
var named210 = exported["InsufficientEncryptionPolicyException$"];
var named211 = exported["InsufficientIAMAccessPermissionException"];
var named212 = exported["InsufficientIAMAccessPermissionException$"];
var named213 = exported["InsufficientS3BucketPolicyException"];
var named214 = exported["InsufficientS3BucketPolicyException$"];
var named215 = exported["InsufficientSnsTopicPolicyException"];
var named216 = exported["InsufficientSnsTopicPolicyException$"];
var named217 = exported["InvalidCloudWatchLogsLogGroupArnException"];
var named218 = exported["InvalidCloudWatchLogsLogGroupArnException$"];
var named219 = exported["InvalidCloudWatchLogsRoleArnException"];
var named220 = exported["InvalidCloudWatchLogsRoleArnException$"];
var named221 = exported["InvalidDateRangeException"];
var named222 = exported["InvalidDateRangeException$"];
var named223 = exported["InvalidEventCategoryException"];
var named224 = exported["InvalidEventCategoryException$"];
var named225 = exported["InvalidEventDataStoreCategoryException"];
var named226 = exported["InvalidEventDataStoreCategoryException$"];
var named227 = exported["InvalidEventDataStoreStatusException"];
var named228 = exported["InvalidEventDataStoreStatusException$"];
var named229 = exported["InvalidEventSelectorsException"];
var named230 = exported["InvalidEventSelectorsException$"];
var named231 = exported["InvalidHomeRegionException"];
var named232 = exported["InvalidHomeRegionException$"];
var named233 = exported["InvalidImportSourceException"];
var named234 = exported["InvalidImportSourceException$"];
var named235 = exported["InvalidInsightSelectorsException"];
var named236 = exported["InvalidInsightSelectorsException$"];
var named237 = exported["InvalidKmsKeyIdException"];
var named238 = exported["InvalidKmsKeyIdException$"];
var named239 = exported["InvalidLookupAttributesException"];
var named240 = exported["InvalidLookupAttributesException$"];
var named241 = exported["InvalidMaxResultsException"];
var named242 = exported["InvalidMaxResultsException$"];
var named243 = exported["InvalidNextTokenException"];
var named244 = exported["InvalidNextTokenException$"];
var named245 = exported["InvalidParameterCombinationException"];
var named246 = exported["InvalidParameterCombinationException$"];
var named247 = exported["InvalidParameterException"];
var named248 = exported["InvalidParameterException$"];
var named249 = exported["InvalidQueryStatementException"];
var named250 = exported["InvalidQueryStatementException$"];
var named251 = exported["InvalidQueryStatusException"];
var named252 = exported["InvalidQueryStatusException$"];
var named253 = exported["InvalidS3BucketNameException"];
var named254 = exported["InvalidS3BucketNameException$"];
var named255 = exported["InvalidS3PrefixException"];
var named256 = exported["InvalidS3PrefixException$"];
var named257 = exported["InvalidSnsTopicNameException"];
var named258 = exported["InvalidSnsTopicNameException$"];
var named259 = exported["InvalidSourceException"];
var named260 = exported["InvalidSourceException$"];
var named261 = exported["InvalidTagParameterException"];
var named262 = exported["InvalidTagParameterException$"];
var named263 = exported["InvalidTimeRangeException"];
var named264 = exported["InvalidTimeRangeException$"];
var named265 = exported["InvalidTokenException"];
var named266 = exported["InvalidTokenException$"];
var named267 = exported["InvalidTrailNameException"];
var named268 = exported["InvalidTrailNameException$"];
var named269 = exported["KmsException"];
var named270 = exported["KmsException$"];
var named271 = exported["KmsKeyDisabledException"];
var named272 = exported["KmsKeyDisabledException$"];
var named273 = exported["KmsKeyNotFoundException"];
var named274 = exported["KmsKeyNotFoundException$"];
var named275 = exported["ListChannels$"];
var named276 = exported["ListChannelsCommand"];
var named277 = exported["ListChannelsRequest$"];
var named278 = exported["ListChannelsResponse$"];
var named279 = exported["ListDashboards$"];
var named280 = exported["ListDashboardsCommand"];
var named281 = exported["ListDashboardsRequest$"];
var named282 = exported["ListDashboardsResponse$"];
var named283 = exported["ListEventDataStores$"];
var named284 = exported["ListEventDataStoresCommand"];
var named285 = exported["ListEventDataStoresRequest$"];
var named286 = exported["ListEventDataStoresResponse$"];
var named287 = exported["ListImportFailures$"];
var named288 = exported["ListImportFailuresCommand"];
var named289 = exported["ListImportFailuresRequest$"];
var named290 = exported["ListImportFailuresResponse$"];
var named291 = exported["ListImports$"];
var named292 = exported["ListImportsCommand"];
var named293 = exported["ListImportsRequest$"];
var named294 = exported["ListImportsResponse$"];
var named295 = exported["ListInsightsData$"];
var named296 = exported["ListInsightsDataCommand"];
var named297 = exported["ListInsightsDataDimensionKey"];
var named298 = exported["ListInsightsDataRequest$"];
var named299 = exported["ListInsightsDataResponse$"];
var named300 = exported["ListInsightsDataType"];
var named301 = exported["ListInsightsMetricData$"];
var named302 = exported["ListInsightsMetricDataCommand"];
var named303 = exported["ListInsightsMetricDataRequest$"];
var named304 = exported["ListInsightsMetricDataResponse$"];
var named305 = exported["ListPublicKeys$"];
var named306 = exported["ListPublicKeysCommand"];
var named307 = exported["ListPublicKeysRequest$"];
var named308 = exported["ListPublicKeysResponse$"];
var named309 = exported["ListQueries$"];
var named310 = exported["ListQueriesCommand"];
var named311 = exported["ListQueriesRequest$"];
var named312 = exported["ListQueriesResponse$"];
var named313 = exported["ListTags$"];
var named314 = exported["ListTagsCommand"];
var named315 = exported["ListTagsRequest$"];
var named316 = exported["ListTagsResponse$"];
var named317 = exported["ListTrails$"];
var named318 = exported["ListTrailsCommand"];
var named319 = exported["ListTrailsRequest$"];
var named320 = exported["ListTrailsResponse$"];
var named321 = exported["LookupAttribute$"];
var named322 = exported["LookupAttributeKey"];
var named323 = exported["LookupEvents$"];
var named324 = exported["LookupEventsCommand"];
var named325 = exported["LookupEventsRequest$"];
var named326 = exported["LookupEventsResponse$"];
var named327 = exported["MaxConcurrentQueriesException"];
var named328 = exported["MaxConcurrentQueriesException$"];
var named329 = exported["MaxEventSize"];
var named330 = exported["MaximumNumberOfTrailsExceededException"];
var named331 = exported["MaximumNumberOfTrailsExceededException$"];
var named332 = exported["NoManagementAccountSLRExistsException"];
var named333 = exported["NoManagementAccountSLRExistsException$"];
var named334 = exported["NotOrganizationManagementAccountException"];
var named335 = exported["NotOrganizationManagementAccountException$"];
var named336 = exported["NotOrganizationMasterAccountException"];
var named337 = exported["NotOrganizationMasterAccountException$"];
var named338 = exported["OperationNotPermittedException"];
var named339 = exported["OperationNotPermittedException$"];
var named340 = exported["OrganizationNotInAllFeaturesModeException"];
var named341 = exported["OrganizationNotInAllFeaturesModeException$"];
var named342 = exported["OrganizationsNotInUseException"];
var named343 = exported["OrganizationsNotInUseException$"];
var named344 = exported["PartitionKey$"];
var named345 = exported["PublicKey$"];
var named346 = exported["PutEventConfiguration$"];
var named347 = exported["PutEventConfigurationCommand"];
var named348 = exported["PutEventConfigurationRequest$"];
var named349 = exported["PutEventConfigurationResponse$"];
var named350 = exported["PutEventSelectors$"];
var named351 = exported["PutEventSelectorsCommand"];
var named352 = exported["PutEventSelectorsRequest$"];
var named353 = exported["PutEventSelectorsResponse$"];
var named354 = exported["PutInsightSelectors$"];
var named355 = exported["PutInsightSelectorsCommand"];
var named356 = exported["PutInsightSelectorsRequest$"];
var named357 = exported["PutInsightSelectorsResponse$"];
var named358 = exported["PutResourcePolicy$"];
var named359 = exported["PutResourcePolicyCommand"];
var named360 = exported["PutResourcePolicyRequest$"];
var named361 = exported["PutResourcePolicyResponse$"];
var named362 = exported["Query$"];
var named363 = exported["QueryIdNotFoundException"];
var named364 = exported["QueryIdNotFoundException$"];
var named365 = exported["QueryStatistics$"];
var named366 = exported["QueryStatisticsForDescribeQuery$"];
var named367 = exported["QueryStatus"];
var named368 = exported["ReadWriteType"];
var named369 = exported["RefreshSchedule$"];
var named370 = exported["RefreshScheduleFrequency$"];
var named371 = exported["RefreshScheduleFrequencyUnit"];
var named372 = exported["RefreshScheduleStatus"];
var named373 = exported["RegisterOrganizationDelegatedAdmin$"];
var named374 = exported["RegisterOrganizationDelegatedAdminCommand"];
var named375 = exported["RegisterOrganizationDelegatedAdminRequest$"];
var named376 = exported["RegisterOrganizationDelegatedAdminResponse$"];
var named377 = exported["RemoveTags$"];
var named378 = exported["RemoveTagsCommand"];
var named379 = exported["RemoveTagsRequest$"];
var named380 = exported["RemoveTagsResponse$"];
var named381 = exported["RequestWidget$"];
var named382 = exported["Resource$"];
var named383 = exported["ResourceARNNotValidException"];
var named384 = exported["ResourceARNNotValidException$"];
var named385 = exported["ResourceNotFoundException"];
var named386 = exported["ResourceNotFoundException$"];
var named387 = exported["ResourcePolicyNotFoundException"];
var named388 = exported["ResourcePolicyNotFoundException$"];
var named389 = exported["ResourcePolicyNotValidException"];
var named390 = exported["ResourcePolicyNotValidException$"];
var named391 = exported["ResourceTag$"];
var named392 = exported["ResourceTypeNotSupportedException"];
var named393 = exported["ResourceTypeNotSupportedException$"];
var named394 = exported["RestoreEventDataStore$"];
var named395 = exported["RestoreEventDataStoreCommand"];
var named396 = exported["RestoreEventDataStoreRequest$"];
var named397 = exported["RestoreEventDataStoreResponse$"];
var named398 = exported["S3BucketDoesNotExistException"];
var named399 = exported["S3BucketDoesNotExistException$"];
var named400 = exported["S3ImportSource$"];
var named401 = exported["SearchSampleQueries$"];
var named402 = exported["SearchSampleQueriesCommand"];
var named403 = exported["SearchSampleQueriesRequest$"];
var named404 = exported["SearchSampleQueriesResponse$"];
var named405 = exported["SearchSampleQueriesSearchResult$"];
var named406 = exported["ServiceQuotaExceededException"];
var named407 = exported["ServiceQuotaExceededException$"];
var named408 = exported["SourceConfig$"];
var named409 = exported["SourceEventCategory"];
var named410 = exported["StartDashboardRefresh$"];
var named411 = exported["StartDashboardRefreshCommand"];
var named412 = exported["StartDashboardRefreshRequest$"];
var named413 = exported["StartDashboardRefreshResponse$"];
var named414 = exported["StartEventDataStoreIngestion$"];
var named415 = exported["StartEventDataStoreIngestionCommand"];
var named416 = exported["StartEventDataStoreIngestionRequest$"];
var named417 = exported["StartEventDataStoreIngestionResponse$"];
var named418 = exported["StartImport$"];
var named419 = exported["StartImportCommand"];
var named420 = exported["StartImportRequest$"];
var named421 = exported["StartImportResponse$"];
var named422 = exported["StartLogging$"];
var named423 = exported["StartLoggingCommand"];
var named424 = exported["StartLoggingRequest$"];
var named425 = exported["StartLoggingResponse$"];
var named426 = exported["StartQuery$"];
var named427 = exported["StartQueryCommand"];
var named428 = exported["StartQueryRequest$"];
var named429 = exported["StartQueryResponse$"];
var named430 = exported["StopEventDataStoreIngestion$"];
var named431 = exported["StopEventDataStoreIngestionCommand"];
var named432 = exported["StopEventDataStoreIngestionRequest$"];
var named433 = exported["StopEventDataStoreIngestionResponse$"];
var named434 = exported["StopImport$"];
var named435 = exported["StopImportCommand"];
var named436 = exported["StopImportRequest$"];
var named437 = exported["StopImportResponse$"];
var named438 = exported["StopLogging$"];
var named439 = exported["StopLoggingCommand"];
var named440 = exported["StopLoggingRequest$"];
var named441 = exported["StopLoggingResponse$"];
var named442 = exported["Tag$"];
var named443 = exported["TagsLimitExceededException"];
var named444 = exported["TagsLimitExceededException$"];
var named445 = exported["Template"];
var named446 = exported["ThrottlingException"];
var named447 = exported["ThrottlingException$"];
var named448 = exported["Trail$"];
var named449 = exported["TrailAlreadyExistsException"];
var named450 = exported["TrailAlreadyExistsException$"];
var named451 = exported["TrailInfo$"];
var named452 = exported["TrailNotFoundException"];
var named453 = exported["TrailNotFoundException$"];
var named454 = exported["TrailNotProvidedException"];
var named455 = exported["TrailNotProvidedException$"];
var named456 = exported["Type"];
var named457 = exported["UnsupportedOperationException"];
var named458 = exported["UnsupportedOperationException$"];
var named459 = exported["UpdateChannel$"];
var named460 = exported["UpdateChannelCommand"];
var named461 = exported["UpdateChannelRequest$"];
var named462 = exported["UpdateChannelResponse$"];
var named463 = exported["UpdateDashboard$"];
var named464 = exported["UpdateDashboardCommand"];
var named465 = exported["UpdateDashboardRequest$"];
var named466 = exported["UpdateDashboardResponse$"];
var named467 = exported["UpdateEventDataStore$"];
var named468 = exported["UpdateEventDataStoreCommand"];
var named469 = exported["UpdateEventDataStoreRequest$"];
var named470 = exported["UpdateEventDataStoreResponse$"];
var named471 = exported["UpdateTrail$"];
var named472 = exported["UpdateTrailCommand"];
var named473 = exported["UpdateTrailRequest$"];
var named474 = exported["UpdateTrailResponse$"];
var named475 = exported["Widget$"];
var named476 = exported["__Client"];
var named477 = exported["errorTypeRegistries"];
var named478 = exported["paginateGetQueryResults"];
var named479 = exported["paginateListChannels"];
var named480 = exported["paginateListEventDataStores"];
var named481 = exported["paginateListImportFailures"];
var named482 = exported["paginateListImports"];
var named483 = exported["paginateListInsightsData"];
var named484 = exported["paginateListInsightsMetricData"];
var named485 = exported["paginateListPublicKeys"];
var named486 = exported["paginateListQueries"];
var named487 = exported["paginateListTags"];
var named488 = exported["paginateListTrails"];
var named489 = exported["paginateLookupEvents"];
export {
  named0 as $Command,
  named1 as AccessDeniedException,
  named2 as AccessDeniedException$,
  named3 as AccountHasOngoingImportException,
  named4 as AccountHasOngoingImportException$,
  named5 as AccountNotFoundException,
  named6 as AccountNotFoundException$,
  named7 as AccountNotRegisteredException,
  named8 as AccountNotRegisteredException$,
  named9 as AccountRegisteredException,
  named10 as AccountRegisteredException$,
  named11 as AddTags$,
  named12 as AddTagsCommand,
  named13 as AddTagsRequest$,
  named14 as AddTagsResponse$,
  named15 as AdvancedEventSelector$,
  named16 as AdvancedFieldSelector$,
  named17 as AggregationConfiguration$,
  named18 as BillingMode,
  named19 as CancelQuery$,
  named20 as CancelQueryCommand,
  named21 as CancelQueryRequest$,
  named22 as CancelQueryResponse$,
  named23 as CannotDelegateManagementAccountException,
  named24 as CannotDelegateManagementAccountException$,
  named25 as Channel$,
  named26 as ChannelARNInvalidException,
  named27 as ChannelARNInvalidException$,
  named28 as ChannelAlreadyExistsException,
  named29 as ChannelAlreadyExistsException$,
  named30 as ChannelExistsForEDSException,
  named31 as ChannelExistsForEDSException$,
  named32 as ChannelMaxLimitExceededException,
  named33 as ChannelMaxLimitExceededException$,
  named34 as ChannelNotFoundException,
  named35 as ChannelNotFoundException$,
  named36 as CloudTrail,
  named37 as CloudTrailARNInvalidException,
  named38 as CloudTrailARNInvalidException$,
  named39 as CloudTrailAccessNotEnabledException,
  named40 as CloudTrailAccessNotEnabledException$,
  named41 as CloudTrailClient,
  named42 as CloudTrailInvalidClientTokenIdException,
  named43 as CloudTrailInvalidClientTokenIdException$,
  named44 as CloudTrailServiceException,
  named45 as CloudTrailServiceException$,
  named46 as CloudWatchLogsDeliveryUnavailableException,
  named47 as CloudWatchLogsDeliveryUnavailableException$,
  named48 as ConcurrentModificationException,
  named49 as ConcurrentModificationException$,
  named50 as ConflictException,
  named51 as ConflictException$,
  named52 as ContextKeySelector$,
  named53 as CreateChannel$,
  named54 as CreateChannelCommand,
  named55 as CreateChannelRequest$,
  named56 as CreateChannelResponse$,
  named57 as CreateDashboard$,
  named58 as CreateDashboardCommand,
  named59 as CreateDashboardRequest$,
  named60 as CreateDashboardResponse$,
  named61 as CreateEventDataStore$,
  named62 as CreateEventDataStoreCommand,
  named63 as CreateEventDataStoreRequest$,
  named64 as CreateEventDataStoreResponse$,
  named65 as CreateTrail$,
  named66 as CreateTrailCommand,
  named67 as CreateTrailRequest$,
  named68 as CreateTrailResponse$,
  named69 as DashboardDetail$,
  named70 as DashboardStatus,
  named71 as DashboardType,
  named72 as DataResource$,
  named73 as DelegatedAdminAccountLimitExceededException,
  named74 as DelegatedAdminAccountLimitExceededException$,
  named75 as DeleteChannel$,
  named76 as DeleteChannelCommand,
  named77 as DeleteChannelRequest$,
  named78 as DeleteChannelResponse$,
  named79 as DeleteDashboard$,
  named80 as DeleteDashboardCommand,
  named81 as DeleteDashboardRequest$,
  named82 as DeleteDashboardResponse$,
  named83 as DeleteEventDataStore$,
  named84 as DeleteEventDataStoreCommand,
  named85 as DeleteEventDataStoreRequest$,
  named86 as DeleteEventDataStoreResponse$,
  named87 as DeleteResourcePolicy$,
  named88 as DeleteResourcePolicyCommand,
  named89 as DeleteResourcePolicyRequest$,
  named90 as DeleteResourcePolicyResponse$,
  named91 as DeleteTrail$,
  named92 as DeleteTrailCommand,
  named93 as DeleteTrailRequest$,
  named94 as DeleteTrailResponse$,
  named95 as DeliveryStatus,
  named96 as DeregisterOrganizationDelegatedAdmin$,
  named97 as DeregisterOrganizationDelegatedAdminCommand,
  named98 as DeregisterOrganizationDelegatedAdminRequest$,
  named99 as DeregisterOrganizationDelegatedAdminResponse$,
  named100 as DescribeQuery$,
  named101 as DescribeQueryCommand,
  named102 as DescribeQueryRequest$,
  named103 as DescribeQueryResponse$,
  named104 as DescribeTrails$,
  named105 as DescribeTrailsCommand,
  named106 as DescribeTrailsRequest$,
  named107 as DescribeTrailsResponse$,
  named108 as Destination$,
  named109 as DestinationType,
  named110 as DisableFederation$,
  named111 as DisableFederationCommand,
  named112 as DisableFederationRequest$,
  named113 as DisableFederationResponse$,
  named114 as EnableFederation$,
  named115 as EnableFederationCommand,
  named116 as EnableFederationRequest$,
  named117 as EnableFederationResponse$,
  named118 as Event$,
  named119 as EventCategory,
  named120 as EventCategoryAggregation,
  named121 as EventDataStore$,
  named122 as EventDataStoreARNInvalidException,
  named123 as EventDataStoreARNInvalidException$,
  named124 as EventDataStoreAlreadyExistsException,
  named125 as EventDataStoreAlreadyExistsException$,
  named126 as EventDataStoreFederationEnabledException,
  named127 as EventDataStoreFederationEnabledException$,
  named128 as EventDataStoreHasOngoingImportException,
  named129 as EventDataStoreHasOngoingImportException$,
  named130 as EventDataStoreMaxLimitExceededException,
  named131 as EventDataStoreMaxLimitExceededException$,
  named132 as EventDataStoreNotFoundException,
  named133 as EventDataStoreNotFoundException$,
  named134 as EventDataStoreStatus,
  named135 as EventDataStoreTerminationProtectedException,
  named136 as EventDataStoreTerminationProtectedException$,
  named137 as EventSelector$,
  named138 as FederationStatus,
  named139 as GenerateQuery$,
  named140 as GenerateQueryCommand,
  named141 as GenerateQueryRequest$,
  named142 as GenerateQueryResponse$,
  named143 as GenerateResponseException,
  named144 as GenerateResponseException$,
  named145 as GetChannel$,
  named146 as GetChannelCommand,
  named147 as GetChannelRequest$,
  named148 as GetChannelResponse$,
  named149 as GetDashboard$,
  named150 as GetDashboardCommand,
  named151 as GetDashboardRequest$,
  named152 as GetDashboardResponse$,
  named153 as GetEventConfiguration$,
  named154 as GetEventConfigurationCommand,
  named155 as GetEventConfigurationRequest$,
  named156 as GetEventConfigurationResponse$,
  named157 as GetEventDataStore$,
  named158 as GetEventDataStoreCommand,
  named159 as GetEventDataStoreRequest$,
  named160 as GetEventDataStoreResponse$,
  named161 as GetEventSelectors$,
  named162 as GetEventSelectorsCommand,
  named163 as GetEventSelectorsRequest$,
  named164 as GetEventSelectorsResponse$,
  named165 as GetImport$,
  named166 as GetImportCommand,
  named167 as GetImportRequest$,
  named168 as GetImportResponse$,
  named169 as GetInsightSelectors$,
  named170 as GetInsightSelectorsCommand,
  named171 as GetInsightSelectorsRequest$,
  named172 as GetInsightSelectorsResponse$,
  named173 as GetQueryResults$,
  named174 as GetQueryResultsCommand,
  named175 as GetQueryResultsRequest$,
  named176 as GetQueryResultsResponse$,
  named177 as GetResourcePolicy$,
  named178 as GetResourcePolicyCommand,
  named179 as GetResourcePolicyRequest$,
  named180 as GetResourcePolicyResponse$,
  named181 as GetTrail$,
  named182 as GetTrailCommand,
  named183 as GetTrailRequest$,
  named184 as GetTrailResponse$,
  named185 as GetTrailStatus$,
  named186 as GetTrailStatusCommand,
  named187 as GetTrailStatusRequest$,
  named188 as GetTrailStatusResponse$,
  named189 as ImportFailureListItem$,
  named190 as ImportFailureStatus,
  named191 as ImportNotFoundException,
  named192 as ImportNotFoundException$,
  named193 as ImportSource$,
  named194 as ImportStatistics$,
  named195 as ImportStatus,
  named196 as ImportsListItem$,
  named197 as InactiveEventDataStoreException,
  named198 as InactiveEventDataStoreException$,
  named199 as InactiveQueryException,
  named200 as InactiveQueryException$,
  named201 as IngestionStatus$,
  named202 as InsightNotEnabledException,
  named203 as InsightNotEnabledException$,
  named204 as InsightSelector$,
  named205 as InsightType,
  named206 as InsightsMetricDataType,
  named207 as InsufficientDependencyServiceAccessPermissionException,
  named208 as InsufficientDependencyServiceAccessPermissionException$,
  named209 as InsufficientEncryptionPolicyException,
  named210 as InsufficientEncryptionPolicyException$,
  named211 as InsufficientIAMAccessPermissionException,
  named212 as InsufficientIAMAccessPermissionException$,
  named213 as InsufficientS3BucketPolicyException,
  named214 as InsufficientS3BucketPolicyException$,
  named215 as InsufficientSnsTopicPolicyException,
  named216 as InsufficientSnsTopicPolicyException$,
  named217 as InvalidCloudWatchLogsLogGroupArnException,
  named218 as InvalidCloudWatchLogsLogGroupArnException$,
  named219 as InvalidCloudWatchLogsRoleArnException,
  named220 as InvalidCloudWatchLogsRoleArnException$,
  named221 as InvalidDateRangeException,
  named222 as InvalidDateRangeException$,
  named223 as InvalidEventCategoryException,
  named224 as InvalidEventCategoryException$,
  named225 as InvalidEventDataStoreCategoryException,
  named226 as InvalidEventDataStoreCategoryException$,
  named227 as InvalidEventDataStoreStatusException,
  named228 as InvalidEventDataStoreStatusException$,
  named229 as InvalidEventSelectorsException,
  named230 as InvalidEventSelectorsException$,
  named231 as InvalidHomeRegionException,
  named232 as InvalidHomeRegionException$,
  named233 as InvalidImportSourceException,
  named234 as InvalidImportSourceException$,
  named235 as InvalidInsightSelectorsException,
  named236 as InvalidInsightSelectorsException$,
  named237 as InvalidKmsKeyIdException,
  named238 as InvalidKmsKeyIdException$,
  named239 as InvalidLookupAttributesException,
  named240 as InvalidLookupAttributesException$,
  named241 as InvalidMaxResultsException,
  named242 as InvalidMaxResultsException$,
  named243 as InvalidNextTokenException,
  named244 as InvalidNextTokenException$,
  named245 as InvalidParameterCombinationException,
  named246 as InvalidParameterCombinationException$,
  named247 as InvalidParameterException,
  named248 as InvalidParameterException$,
  named249 as InvalidQueryStatementException,
  named250 as InvalidQueryStatementException$,
  named251 as InvalidQueryStatusException,
  named252 as InvalidQueryStatusException$,
  named253 as InvalidS3BucketNameException,
  named254 as InvalidS3BucketNameException$,
  named255 as InvalidS3PrefixException,
  named256 as InvalidS3PrefixException$,
  named257 as InvalidSnsTopicNameException,
  named258 as InvalidSnsTopicNameException$,
  named259 as InvalidSourceException,
  named260 as InvalidSourceException$,
  named261 as InvalidTagParameterException,
  named262 as InvalidTagParameterException$,
  named263 as InvalidTimeRangeException,
  named264 as InvalidTimeRangeException$,
  named265 as InvalidTokenException,
  named266 as InvalidTokenException$,
  named267 as InvalidTrailNameException,
  named268 as InvalidTrailNameException$,
  named269 as KmsException,
  named270 as KmsException$,
  named271 as KmsKeyDisabledException,
  named272 as KmsKeyDisabledException$,
  named273 as KmsKeyNotFoundException,
  named274 as KmsKeyNotFoundException$,
  named275 as ListChannels$,
  named276 as ListChannelsCommand,
  named277 as ListChannelsRequest$,
  named278 as ListChannelsResponse$,
  named279 as ListDashboards$,
  named280 as ListDashboardsCommand,
  named281 as ListDashboardsRequest$,
  named282 as ListDashboardsResponse$,
  named283 as ListEventDataStores$,
  named284 as ListEventDataStoresCommand,
  named285 as ListEventDataStoresRequest$,
  named286 as ListEventDataStoresResponse$,
  named287 as ListImportFailures$,
  named288 as ListImportFailuresCommand,
  named289 as ListImportFailuresRequest$,
  named290 as ListImportFailuresResponse$,
  named291 as ListImports$,
  named292 as ListImportsCommand,
  named293 as ListImportsRequest$,
  named294 as ListImportsResponse$,
  named295 as ListInsightsData$,
  named296 as ListInsightsDataCommand,
  named297 as ListInsightsDataDimensionKey,
  named298 as ListInsightsDataRequest$,
  named299 as ListInsightsDataResponse$,
  named300 as ListInsightsDataType,
  named301 as ListInsightsMetricData$,
  named302 as ListInsightsMetricDataCommand,
  named303 as ListInsightsMetricDataRequest$,
  named304 as ListInsightsMetricDataResponse$,
  named305 as ListPublicKeys$,
  named306 as ListPublicKeysCommand,
  named307 as ListPublicKeysRequest$,
  named308 as ListPublicKeysResponse$,
  named309 as ListQueries$,
  named310 as ListQueriesCommand,
  named311 as ListQueriesRequest$,
  named312 as ListQueriesResponse$,
  named313 as ListTags$,
  named314 as ListTagsCommand,
  named315 as ListTagsRequest$,
  named316 as ListTagsResponse$,
  named317 as ListTrails$,
  named318 as ListTrailsCommand,
  named319 as ListTrailsRequest$,
  named320 as ListTrailsResponse$,
  named321 as LookupAttribute$,
  named322 as LookupAttributeKey,
  named323 as LookupEvents$,
  named324 as LookupEventsCommand,
  named325 as LookupEventsRequest$,
  named326 as LookupEventsResponse$,
  named327 as MaxConcurrentQueriesException,
  named328 as MaxConcurrentQueriesException$,
  named329 as MaxEventSize,
  named330 as MaximumNumberOfTrailsExceededException,
  named331 as MaximumNumberOfTrailsExceededException$,
  named332 as NoManagementAccountSLRExistsException,
  named333 as NoManagementAccountSLRExistsException$,
  named334 as NotOrganizationManagementAccountException,
  named335 as NotOrganizationManagementAccountException$,
  named336 as NotOrganizationMasterAccountException,
  named337 as NotOrganizationMasterAccountException$,
  named338 as OperationNotPermittedException,
  named339 as OperationNotPermittedException$,
  named340 as OrganizationNotInAllFeaturesModeException,
  named341 as OrganizationNotInAllFeaturesModeException$,
  named342 as OrganizationsNotInUseException,
  named343 as OrganizationsNotInUseException$,
  named344 as PartitionKey$,
  named345 as PublicKey$,
  named346 as PutEventConfiguration$,
  named347 as PutEventConfigurationCommand,
  named348 as PutEventConfigurationRequest$,
  named349 as PutEventConfigurationResponse$,
  named350 as PutEventSelectors$,
  named351 as PutEventSelectorsCommand,
  named352 as PutEventSelectorsRequest$,
  named353 as PutEventSelectorsResponse$,
  named354 as PutInsightSelectors$,
  named355 as PutInsightSelectorsCommand,
  named356 as PutInsightSelectorsRequest$,
  named357 as PutInsightSelectorsResponse$,
  named358 as PutResourcePolicy$,
  named359 as PutResourcePolicyCommand,
  named360 as PutResourcePolicyRequest$,
  named361 as PutResourcePolicyResponse$,
  named362 as Query$,
  named363 as QueryIdNotFoundException,
  named364 as QueryIdNotFoundException$,
  named365 as QueryStatistics$,
  named366 as QueryStatisticsForDescribeQuery$,
  named367 as QueryStatus,
  named368 as ReadWriteType,
  named369 as RefreshSchedule$,
  named370 as RefreshScheduleFrequency$,
  named371 as RefreshScheduleFrequencyUnit,
  named372 as RefreshScheduleStatus,
  named373 as RegisterOrganizationDelegatedAdmin$,
  named374 as RegisterOrganizationDelegatedAdminCommand,
  named375 as RegisterOrganizationDelegatedAdminRequest$,
  named376 as RegisterOrganizationDelegatedAdminResponse$,
  named377 as RemoveTags$,
  named378 as RemoveTagsCommand,
  named379 as RemoveTagsRequest$,
  named380 as RemoveTagsResponse$,
  named381 as RequestWidget$,
  named382 as Resource$,
  named383 as ResourceARNNotValidException,
  named384 as ResourceARNNotValidException$,
  named385 as ResourceNotFoundException,
  named386 as ResourceNotFoundException$,
  named387 as ResourcePolicyNotFoundException,
  named388 as ResourcePolicyNotFoundException$,
  named389 as ResourcePolicyNotValidException,
  named390 as ResourcePolicyNotValidException$,
  named391 as ResourceTag$,
  named392 as ResourceTypeNotSupportedException,
  named393 as ResourceTypeNotSupportedException$,
  named394 as RestoreEventDataStore$,
  named395 as RestoreEventDataStoreCommand,
  named396 as RestoreEventDataStoreRequest$,
  named397 as RestoreEventDataStoreResponse$,
  named398 as S3BucketDoesNotExistException,
  named399 as S3BucketDoesNotExistException$,
  named400 as S3ImportSource$,
  named401 as SearchSampleQueries$,
  named402 as SearchSampleQueriesCommand,
  named403 as SearchSampleQueriesRequest$,
  named404 as SearchSampleQueriesResponse$,
  named405 as SearchSampleQueriesSearchResult$,
  named406 as ServiceQuotaExceededException,
  named407 as ServiceQuotaExceededException$,
  named408 as SourceConfig$,
  named409 as SourceEventCategory,
  named410 as StartDashboardRefresh$,
  named411 as StartDashboardRefreshCommand,
  named412 as StartDashboardRefreshRequest$,
  named413 as StartDashboardRefreshResponse$,
  named414 as StartEventDataStoreIngestion$,
  named415 as StartEventDataStoreIngestionCommand,
  named416 as StartEventDataStoreIngestionRequest$,
  named417 as StartEventDataStoreIngestionResponse$,
  named418 as StartImport$,
  named419 as StartImportCommand,
  named420 as StartImportRequest$,
  named421 as StartImportResponse$,
  named422 as StartLogging$,
  named423 as StartLoggingCommand,
  named424 as StartLoggingRequest$,
  named425 as StartLoggingResponse$,
  named426 as StartQuery$,
  named427 as StartQueryCommand,
  named428 as StartQueryRequest$,
  named429 as StartQueryResponse$,
  named430 as StopEventDataStoreIngestion$,
  named431 as StopEventDataStoreIngestionCommand,
  named432 as StopEventDataStoreIngestionRequest$,
  named433 as StopEventDataStoreIngestionResponse$,
  named434 as StopImport$,
  named435 as StopImportCommand,
  named436 as StopImportRequest$,
  named437 as StopImportResponse$,
  named438 as StopLogging$,
  named439 as StopLoggingCommand,
  named440 as StopLoggingRequest$,
  named441 as StopLoggingResponse$,
  named442 as Tag$,
  named443 as TagsLimitExceededException,
  named444 as TagsLimitExceededException$,
  named445 as Template,
  named446 as ThrottlingException,
  named447 as ThrottlingException$,
  named448 as Trail$,
  named449 as TrailAlreadyExistsException,
  named450 as TrailAlreadyExistsException$,
  named451 as TrailInfo$,
  named452 as TrailNotFoundException,
  named453 as TrailNotFoundException$,
  named454 as TrailNotProvidedException,
  named455 as TrailNotProvidedException$,
  named456 as Type,
  named457 as UnsupportedOperationException,
  named458 as UnsupportedOperationException$,
  named459 as UpdateChannel$,
  named460 as UpdateChannelCommand,
  named461 as UpdateChannelRequest$,
  named462 as UpdateChannelResponse$,
  named463 as UpdateDashboard$,
  named464 as UpdateDashboardCommand,
  named465 as UpdateDashboardRequest$,
  named466 as UpdateDashboardResponse$,
  named467 as UpdateEventDataStore$,
  named468 as UpdateEventDataStoreCommand,
  named469 as UpdateEventDataStoreRequest$,
  named470 as UpdateEventDataStoreResponse$,
  named471 as UpdateTrail$,
  named472 as UpdateTrailCommand,
  named473 as UpdateTrailRequest$,
  named474 as UpdateTrailResponse$,
  named475 as Widget$,
  named476 as __Client,
  dist_cjs_default as default,
  named477 as errorTypeRegistries,
  named478 as paginateGetQueryResults,
  named479 as paginateListChannels,
  named480 as paginateListEventDataStores,
  named481 as paginateListImportFailures,
  named482 as paginateListImports,
  named483 as paginateListInsightsData,
  named484 as paginateListInsightsMetricData,
  named485 as paginateListPublicKeys,
  named486 as paginateListQueries,
  named487 as paginateListTags,
  named488 as paginateListTrails,
  named489 as paginateLookupEvents
};
