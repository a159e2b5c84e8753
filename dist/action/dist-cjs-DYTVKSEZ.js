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

// node_modules/@aws-sdk/client-config-service/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-config-service/dist-cjs/index.js"(exports) {
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
    var defaultConfigServiceHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
          name: "config",
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
    var defaultConfigServiceHttpAuthSchemeProvider = (authParameters) => {
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
        defaultSigningName: "config"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1123.0";
    var packageInfo = {
      version
    };
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
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://config-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://config.{Region}.amazonaws.com", i],
        ["https://config-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://config.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://config.{Region}.{PartitionResult#dnsSuffix}", i],
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
      13,
      3,
      1,
      4,
      r + 12,
      2,
      5,
      r + 12,
      3,
      8,
      6,
      4,
      7,
      r + 11,
      5,
      r + 9,
      r + 10,
      4,
      11,
      9,
      6,
      10,
      r + 8,
      7,
      r + 6,
      r + 7,
      5,
      12,
      r + 5,
      6,
      r + 4,
      r + 5,
      3,
      r + 1,
      14,
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
    var ConfigServiceServiceException = class _ConfigServiceServiceException extends ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _ConfigServiceServiceException.prototype);
      }
    };
    var ConflictException = class _ConflictException extends ConfigServiceServiceException {
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
    var NoSuchConfigurationRecorderException = class _NoSuchConfigurationRecorderException extends ConfigServiceServiceException {
      name = "NoSuchConfigurationRecorderException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NoSuchConfigurationRecorderException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoSuchConfigurationRecorderException.prototype);
      }
    };
    var ValidationException = class _ValidationException extends ConfigServiceServiceException {
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
    var NoSuchConfigurationAggregatorException = class _NoSuchConfigurationAggregatorException extends ConfigServiceServiceException {
      name = "NoSuchConfigurationAggregatorException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NoSuchConfigurationAggregatorException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoSuchConfigurationAggregatorException.prototype);
      }
    };
    var NoAvailableConfigurationRecorderException = class _NoAvailableConfigurationRecorderException extends ConfigServiceServiceException {
      name = "NoAvailableConfigurationRecorderException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NoAvailableConfigurationRecorderException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoAvailableConfigurationRecorderException.prototype);
      }
    };
    var ConformancePackTemplateValidationException = class _ConformancePackTemplateValidationException extends ConfigServiceServiceException {
      name = "ConformancePackTemplateValidationException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ConformancePackTemplateValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConformancePackTemplateValidationException.prototype);
      }
    };
    var InvalidParameterValueException = class _InvalidParameterValueException extends ConfigServiceServiceException {
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
    var NoSuchConfigRuleException = class _NoSuchConfigRuleException extends ConfigServiceServiceException {
      name = "NoSuchConfigRuleException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NoSuchConfigRuleException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoSuchConfigRuleException.prototype);
      }
    };
    var ResourceInUseException = class _ResourceInUseException extends ConfigServiceServiceException {
      name = "ResourceInUseException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceInUseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceInUseException.prototype);
      }
    };
    var UnmodifiableEntityException = class _UnmodifiableEntityException extends ConfigServiceServiceException {
      name = "UnmodifiableEntityException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnmodifiableEntityException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnmodifiableEntityException.prototype);
      }
    };
    var NoSuchConformancePackException = class _NoSuchConformancePackException extends ConfigServiceServiceException {
      name = "NoSuchConformancePackException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NoSuchConformancePackException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoSuchConformancePackException.prototype);
      }
    };
    var ResourceNotFoundException = class _ResourceNotFoundException extends ConfigServiceServiceException {
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
    var LastDeliveryChannelDeleteFailedException = class _LastDeliveryChannelDeleteFailedException extends ConfigServiceServiceException {
      name = "LastDeliveryChannelDeleteFailedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LastDeliveryChannelDeleteFailedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LastDeliveryChannelDeleteFailedException.prototype);
      }
    };
    var NoSuchDeliveryChannelException = class _NoSuchDeliveryChannelException extends ConfigServiceServiceException {
      name = "NoSuchDeliveryChannelException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NoSuchDeliveryChannelException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoSuchDeliveryChannelException.prototype);
      }
    };
    var NoSuchOrganizationConfigRuleException = class _NoSuchOrganizationConfigRuleException extends ConfigServiceServiceException {
      name = "NoSuchOrganizationConfigRuleException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NoSuchOrganizationConfigRuleException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoSuchOrganizationConfigRuleException.prototype);
      }
    };
    var OrganizationAccessDeniedException = class _OrganizationAccessDeniedException extends ConfigServiceServiceException {
      name = "OrganizationAccessDeniedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OrganizationAccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OrganizationAccessDeniedException.prototype);
      }
    };
    var NoSuchOrganizationConformancePackException = class _NoSuchOrganizationConformancePackException extends ConfigServiceServiceException {
      name = "NoSuchOrganizationConformancePackException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NoSuchOrganizationConformancePackException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoSuchOrganizationConformancePackException.prototype);
      }
    };
    var InsufficientPermissionsException = class _InsufficientPermissionsException extends ConfigServiceServiceException {
      name = "InsufficientPermissionsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InsufficientPermissionsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InsufficientPermissionsException.prototype);
      }
    };
    var NoSuchRemediationConfigurationException = class _NoSuchRemediationConfigurationException extends ConfigServiceServiceException {
      name = "NoSuchRemediationConfigurationException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NoSuchRemediationConfigurationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoSuchRemediationConfigurationException.prototype);
      }
    };
    var RemediationInProgressException = class _RemediationInProgressException extends ConfigServiceServiceException {
      name = "RemediationInProgressException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "RemediationInProgressException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _RemediationInProgressException.prototype);
      }
    };
    var NoSuchRemediationExceptionException = class _NoSuchRemediationExceptionException extends ConfigServiceServiceException {
      name = "NoSuchRemediationExceptionException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NoSuchRemediationExceptionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoSuchRemediationExceptionException.prototype);
      }
    };
    var NoRunningConfigurationRecorderException = class _NoRunningConfigurationRecorderException extends ConfigServiceServiceException {
      name = "NoRunningConfigurationRecorderException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NoRunningConfigurationRecorderException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoRunningConfigurationRecorderException.prototype);
      }
    };
    var NoSuchRetentionConfigurationException = class _NoSuchRetentionConfigurationException extends ConfigServiceServiceException {
      name = "NoSuchRetentionConfigurationException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NoSuchRetentionConfigurationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoSuchRetentionConfigurationException.prototype);
      }
    };
    var InvalidLimitException = class _InvalidLimitException extends ConfigServiceServiceException {
      name = "InvalidLimitException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidLimitException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidLimitException.prototype);
      }
    };
    var InvalidNextTokenException = class _InvalidNextTokenException extends ConfigServiceServiceException {
      name = "InvalidNextTokenException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidNextTokenException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidNextTokenException.prototype);
      }
    };
    var NoSuchConfigRuleInConformancePackException = class _NoSuchConfigRuleInConformancePackException extends ConfigServiceServiceException {
      name = "NoSuchConfigRuleInConformancePackException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NoSuchConfigRuleInConformancePackException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoSuchConfigRuleInConformancePackException.prototype);
      }
    };
    var OversizedConfigurationItemException = class _OversizedConfigurationItemException extends ConfigServiceServiceException {
      name = "OversizedConfigurationItemException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OversizedConfigurationItemException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OversizedConfigurationItemException.prototype);
      }
    };
    var ResourceNotDiscoveredException = class _ResourceNotDiscoveredException extends ConfigServiceServiceException {
      name = "ResourceNotDiscoveredException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceNotDiscoveredException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotDiscoveredException.prototype);
      }
    };
    var InvalidTimeRangeException = class _InvalidTimeRangeException extends ConfigServiceServiceException {
      name = "InvalidTimeRangeException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidTimeRangeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidTimeRangeException.prototype);
      }
    };
    var IdempotentParameterMismatch = class _IdempotentParameterMismatch extends ConfigServiceServiceException {
      name = "IdempotentParameterMismatch";
      $fault = "client";
      constructor(opts) {
        super({
          name: "IdempotentParameterMismatch",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _IdempotentParameterMismatch.prototype);
      }
    };
    var InsufficientDeliveryPolicyException = class _InsufficientDeliveryPolicyException extends ConfigServiceServiceException {
      name = "InsufficientDeliveryPolicyException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InsufficientDeliveryPolicyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InsufficientDeliveryPolicyException.prototype);
      }
    };
    var InvalidConfigurationRecorderNameException = class _InvalidConfigurationRecorderNameException extends ConfigServiceServiceException {
      name = "InvalidConfigurationRecorderNameException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidConfigurationRecorderNameException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidConfigurationRecorderNameException.prototype);
      }
    };
    var InvalidDeliveryChannelNameException = class _InvalidDeliveryChannelNameException extends ConfigServiceServiceException {
      name = "InvalidDeliveryChannelNameException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDeliveryChannelNameException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDeliveryChannelNameException.prototype);
      }
    };
    var InvalidExpressionException = class _InvalidExpressionException extends ConfigServiceServiceException {
      name = "InvalidExpressionException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidExpressionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidExpressionException.prototype);
      }
    };
    var InvalidRecordingGroupException = class _InvalidRecordingGroupException extends ConfigServiceServiceException {
      name = "InvalidRecordingGroupException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidRecordingGroupException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidRecordingGroupException.prototype);
      }
    };
    var InvalidResultTokenException = class _InvalidResultTokenException extends ConfigServiceServiceException {
      name = "InvalidResultTokenException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidResultTokenException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidResultTokenException.prototype);
      }
    };
    var InvalidRoleException = class _InvalidRoleException extends ConfigServiceServiceException {
      name = "InvalidRoleException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidRoleException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidRoleException.prototype);
      }
    };
    var InvalidS3KeyPrefixException = class _InvalidS3KeyPrefixException extends ConfigServiceServiceException {
      name = "InvalidS3KeyPrefixException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidS3KeyPrefixException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidS3KeyPrefixException.prototype);
      }
    };
    var InvalidS3KmsKeyArnException = class _InvalidS3KmsKeyArnException extends ConfigServiceServiceException {
      name = "InvalidS3KmsKeyArnException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidS3KmsKeyArnException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidS3KmsKeyArnException.prototype);
      }
    };
    var InvalidSNSTopicARNException = class _InvalidSNSTopicARNException extends ConfigServiceServiceException {
      name = "InvalidSNSTopicARNException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidSNSTopicARNException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidSNSTopicARNException.prototype);
      }
    };
    var LimitExceededException = class _LimitExceededException extends ConfigServiceServiceException {
      name = "LimitExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LimitExceededException.prototype);
      }
    };
    var MaxActiveResourcesExceededException = class _MaxActiveResourcesExceededException extends ConfigServiceServiceException {
      name = "MaxActiveResourcesExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "MaxActiveResourcesExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MaxActiveResourcesExceededException.prototype);
      }
    };
    var MaxNumberOfConfigRulesExceededException = class _MaxNumberOfConfigRulesExceededException extends ConfigServiceServiceException {
      name = "MaxNumberOfConfigRulesExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "MaxNumberOfConfigRulesExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MaxNumberOfConfigRulesExceededException.prototype);
      }
    };
    var MaxNumberOfConfigurationRecordersExceededException = class _MaxNumberOfConfigurationRecordersExceededException extends ConfigServiceServiceException {
      name = "MaxNumberOfConfigurationRecordersExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "MaxNumberOfConfigurationRecordersExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MaxNumberOfConfigurationRecordersExceededException.prototype);
      }
    };
    var MaxNumberOfConformancePacksExceededException = class _MaxNumberOfConformancePacksExceededException extends ConfigServiceServiceException {
      name = "MaxNumberOfConformancePacksExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "MaxNumberOfConformancePacksExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MaxNumberOfConformancePacksExceededException.prototype);
      }
    };
    var MaxNumberOfConnectorsExceededException = class _MaxNumberOfConnectorsExceededException extends ConfigServiceServiceException {
      name = "MaxNumberOfConnectorsExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "MaxNumberOfConnectorsExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MaxNumberOfConnectorsExceededException.prototype);
      }
    };
    var MaxNumberOfDeliveryChannelsExceededException = class _MaxNumberOfDeliveryChannelsExceededException extends ConfigServiceServiceException {
      name = "MaxNumberOfDeliveryChannelsExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "MaxNumberOfDeliveryChannelsExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MaxNumberOfDeliveryChannelsExceededException.prototype);
      }
    };
    var MaxNumberOfOrganizationConfigRulesExceededException = class _MaxNumberOfOrganizationConfigRulesExceededException extends ConfigServiceServiceException {
      name = "MaxNumberOfOrganizationConfigRulesExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "MaxNumberOfOrganizationConfigRulesExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MaxNumberOfOrganizationConfigRulesExceededException.prototype);
      }
    };
    var MaxNumberOfOrganizationConformancePacksExceededException = class _MaxNumberOfOrganizationConformancePacksExceededException extends ConfigServiceServiceException {
      name = "MaxNumberOfOrganizationConformancePacksExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "MaxNumberOfOrganizationConformancePacksExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MaxNumberOfOrganizationConformancePacksExceededException.prototype);
      }
    };
    var MaxNumberOfRetentionConfigurationsExceededException = class _MaxNumberOfRetentionConfigurationsExceededException extends ConfigServiceServiceException {
      name = "MaxNumberOfRetentionConfigurationsExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "MaxNumberOfRetentionConfigurationsExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MaxNumberOfRetentionConfigurationsExceededException.prototype);
      }
    };
    var NoAvailableDeliveryChannelException = class _NoAvailableDeliveryChannelException extends ConfigServiceServiceException {
      name = "NoAvailableDeliveryChannelException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NoAvailableDeliveryChannelException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoAvailableDeliveryChannelException.prototype);
      }
    };
    var NoAvailableOrganizationException = class _NoAvailableOrganizationException extends ConfigServiceServiceException {
      name = "NoAvailableOrganizationException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NoAvailableOrganizationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoAvailableOrganizationException.prototype);
      }
    };
    var NoSuchBucketException = class _NoSuchBucketException extends ConfigServiceServiceException {
      name = "NoSuchBucketException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NoSuchBucketException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoSuchBucketException.prototype);
      }
    };
    var OrganizationAllFeaturesNotEnabledException = class _OrganizationAllFeaturesNotEnabledException extends ConfigServiceServiceException {
      name = "OrganizationAllFeaturesNotEnabledException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OrganizationAllFeaturesNotEnabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OrganizationAllFeaturesNotEnabledException.prototype);
      }
    };
    var OrganizationConformancePackTemplateValidationException = class _OrganizationConformancePackTemplateValidationException extends ConfigServiceServiceException {
      name = "OrganizationConformancePackTemplateValidationException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OrganizationConformancePackTemplateValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OrganizationConformancePackTemplateValidationException.prototype);
      }
    };
    var ResourceConcurrentModificationException = class _ResourceConcurrentModificationException extends ConfigServiceServiceException {
      name = "ResourceConcurrentModificationException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceConcurrentModificationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceConcurrentModificationException.prototype);
      }
    };
    var TooManyTagsException = class _TooManyTagsException extends ConfigServiceServiceException {
      name = "TooManyTagsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TooManyTagsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyTagsException.prototype);
      }
    };
    var _A = "Annotation";
    var _AA = "AggregationAuthorization";
    var _AAA = "AggregationAuthorizationArn";
    var _AAI = "AuthorizedAccountId";
    var _AAL = "AggregationAuthorizationList";
    var _AAR = "AllAwsRegions";
    var _AARu = "AuthorizedAwsRegion";
    var _AAS = "AccountAggregationSource";
    var _AASL = "AccountAggregationSourceList";
    var _AASc = "AccountAggregationSources";
    var _AAg = "AggregationAuthorizations";
    var _ACBCP = "AggregateComplianceByConformancePack";
    var _ACBCPL = "AggregateComplianceByConformancePackList";
    var _ACBCPg = "AggregateComplianceByConformancePacks";
    var _ACBCR = "AggregateComplianceByConfigRule";
    var _ACBCRL = "AggregateComplianceByConfigRuleList";
    var _ACBCRg = "AggregateComplianceByConfigRules";
    var _ACC = "AggregateComplianceCount";
    var _ACCL = "AggregateComplianceCountList";
    var _ACCg = "AggregateComplianceCounts";
    var _ACCz = "AzureConnectorConfiguration";
    var _ACPC = "AggregateConformancePackCompliance";
    var _ACPCC = "AggregateConformancePackComplianceCount";
    var _ACPCF = "AggregateConformancePackComplianceFilters";
    var _ACPCS = "AggregateConformancePackComplianceSummary";
    var _ACPCSF = "AggregateConformancePackComplianceSummaryFilters";
    var _ACPCSL = "AggregateConformancePackComplianceSummaryList";
    var _ACPCSg = "AggregateConformancePackComplianceSummaries";
    var _AER = "AggregateEvaluationResult";
    var _AERL = "AggregateEvaluationResultList";
    var _AERg = "AggregateEvaluationResults";
    var _AF = "AggregatorFilters";
    var _AFRT = "AggregatorFilterResourceType";
    var _AFSP = "AggregatorFilterServicePrincipal";
    var _AI = "AccountIds";
    var _AIc = "AccountId";
    var _AR = "AwsRegions";
    var _ARI = "AggregateResourceIdentifier";
    var _ART = "AssociateResourceTypes";
    var _ARTR = "AssociateResourceTypesRequest";
    var _ARTRs = "AssociateResourceTypesResponse";
    var _ARw = "AwsRegion";
    var _ASS = "AggregatedSourceStatus";
    var _ASSL = "AggregatedSourceStatusList";
    var _Ar = "Arn";
    var _Au = "Automatic";
    var _BCI = "BaseConfigurationItem";
    var _BCIa = "BaseConfigurationItems";
    var _BGARC = "BatchGetAggregateResourceConfig";
    var _BGARCR = "BatchGetAggregateResourceConfigRequest";
    var _BGARCRa = "BatchGetAggregateResourceConfigResponse";
    var _BGRC = "BatchGetResourceConfig";
    var _BGRCR = "BatchGetResourceConfigRequest";
    var _BGRCRa = "BatchGetResourceConfigResponse";
    var _C = "Compliance";
    var _CA = "ConfigurationAggregator";
    var _CAA = "ConfigurationAggregatorArn";
    var _CAL = "ConfigurationAggregatorList";
    var _CAN = "ConfigurationAggregatorName";
    var _CANo = "ConfigurationAggregatorNames";
    var _CAo = "ConfigurationAggregators";
    var _CAon = "ConnectorArn";
    var _CB = "CreatedBy";
    var _CBCR = "ComplianceByConfigRule";
    var _CBCRo = "ComplianceByConfigRules";
    var _CBR = "ComplianceByResource";
    var _CBRo = "ComplianceByResources";
    var _CBS = "CreatedByService";
    var _CC = "CappedCount";
    var _CCC = "ComplianceContributorCount";
    var _CCPC = "CompliantConformancePackCount";
    var _CCo = "ConnectorConfiguration";
    var _CE = "ConflictException";
    var _CEDI = "ConfigExportDeliveryInfo";
    var _CERP = "ConcurrentExecutionRatePercentage";
    var _CEa = "CapExceeded";
    var _CF = "ConnectorFilter";
    var _CFL = "ConnectorFilterList";
    var _CI = "ConfigurationItem";
    var _CIL = "ConfigurationItemList";
    var _CPA = "ConformancePackArn";
    var _CPCF = "ConformancePackComplianceFilters";
    var _CPCS = "ConformancePackComplianceScore";
    var _CPCSF = "ConformancePackComplianceScoresFilters";
    var _CPCSL = "ConformancePackComplianceSummaryList";
    var _CPCSo = "ConformancePackComplianceSummary";
    var _CPCSon = "ConformancePackComplianceStatus";
    var _CPCSonf = "ConformancePackComplianceScores";
    var _CPD = "ConformancePackDetail";
    var _CPDL = "ConformancePackDetailList";
    var _CPDo = "ConformancePackDetails";
    var _CPDu = "CustomPolicyDetails";
    var _CPEF = "ConformancePackEvaluationFilters";
    var _CPER = "ConformancePackEvaluationResult";
    var _CPI = "ConformancePackId";
    var _CPIP = "ConformancePackInputParameters";
    var _CPIPo = "ConformancePackInputParameter";
    var _CPN = "ConformancePackName";
    var _CPNo = "ConformancePackNames";
    var _CPRC = "ConformancePackRuleCompliance";
    var _CPRCL = "ConformancePackRuleComplianceList";
    var _CPRER = "ConformancePackRuleEvaluationResults";
    var _CPRERL = "ConformancePackRuleEvaluationResultsList";
    var _CPS = "ConformancePackState";
    var _CPSD = "ConformancePackStatusDetail";
    var _CPSDL = "ConformancePackStatusDetailsList";
    var _CPSDo = "ConformancePackStatusDetails";
    var _CPSR = "ConformancePackStatusReason";
    var _CPTVE = "ConformancePackTemplateValidationException";
    var _CR = "ConfigurationRecorder";
    var _CRA = "ConfigurationRecorderArn";
    var _CRAo = "ConfigRuleArn";
    var _CRC = "CompliantRuleCount";
    var _CRCF = "ConfigRuleComplianceFilters";
    var _CRCSF = "ConfigRuleComplianceSummaryFilters";
    var _CRCo = "CompliantResourceCount";
    var _CRES = "ConfigRuleEvaluationStatus";
    var _CRESL = "ConfigRuleEvaluationStatusList";
    var _CRESo = "ConfigRulesEvaluationStatus";
    var _CRF = "ConfigurationRecorderFilter";
    var _CRFL = "ConfigurationRecorderFilterList";
    var _CRI = "ConfigRuleId";
    var _CRIT = "ConfigRuleInvokedTime";
    var _CRIo = "ComplianceResourceId";
    var _CRL = "ConfigurationRecorderList";
    var _CRN = "ConfigRuleName";
    var _CRNo = "ConfigRuleNames";
    var _CRNon = "ConfigurationRecorderName";
    var _CRNonf = "ConfigurationRecorderNames";
    var _CRS = "ConfigRuleState";
    var _CRSL = "ConfigurationRecorderStatusList";
    var _CRSo = "ConfigurationRecorderStatus";
    var _CRSon = "ConfigurationRecorderSummary";
    var _CRSonf = "ConfigurationRecordersStatus";
    var _CRSonfi = "ConfigurationRecorderSummaries";
    var _CRT = "ComplianceResourceType";
    var _CRTo = "ComplianceResourceTypes";
    var _CRo = "ConfigRule";
    var _CRon = "ConfigRules";
    var _CRonf = "ConfigurationRecorders";
    var _CS = "ComplianceSummary";
    var _CSBRT = "ComplianceSummaryByResourceType";
    var _CSBRTo = "ComplianceSummariesByResourceType";
    var _CSDI = "ConfigStreamDeliveryInfo";
    var _CSDP = "ConfigSnapshotDeliveryProperties";
    var _CST = "ComplianceSummaryTimestamp";
    var _CSo = "ConnectorSummary";
    var _CSon = "ConnectorSummaries";
    var _CT = "ComplianceType";
    var _CTl = "ClientToken";
    var _CTo = "ComplianceTypes";
    var _CTr = "CreationTime";
    var _Co = "Controls";
    var _Con = "Connector";
    var _Conf = "Configuration";
    var _D = "Description";
    var _DAA = "DeleteAggregationAuthorization";
    var _DAAR = "DeleteAggregationAuthorizationRequest";
    var _DAARe = "DescribeAggregationAuthorizationsRequest";
    var _DAARes = "DescribeAggregationAuthorizationsResponse";
    var _DAAe = "DescribeAggregationAuthorizations";
    var _DACBCP = "DescribeAggregateComplianceByConformancePacks";
    var _DACBCPR = "DescribeAggregateComplianceByConformancePacksRequest";
    var _DACBCPRe = "DescribeAggregateComplianceByConformancePacksResponse";
    var _DACBCR = "DescribeAggregateComplianceByConfigRules";
    var _DACBCRR = "DescribeAggregateComplianceByConfigRulesRequest";
    var _DACBCRRe = "DescribeAggregateComplianceByConfigRulesResponse";
    var _DC = "DeliveryChannel";
    var _DCA = "DeleteConfigurationAggregator";
    var _DCAR = "DeleteConfigurationAggregatorRequest";
    var _DCARe = "DescribeConfigurationAggregatorsRequest";
    var _DCARes = "DescribeConfigurationAggregatorsResponse";
    var _DCASS = "DescribeConfigurationAggregatorSourcesStatus";
    var _DCASSR = "DescribeConfigurationAggregatorSourcesStatusRequest";
    var _DCASSRe = "DescribeConfigurationAggregatorSourcesStatusResponse";
    var _DCAe = "DescribeConfigurationAggregators";
    var _DCBCR = "DescribeComplianceByConfigRule";
    var _DCBCRR = "DescribeComplianceByConfigRuleRequest";
    var _DCBCRRe = "DescribeComplianceByConfigRuleResponse";
    var _DCBR = "DescribeComplianceByResource";
    var _DCBRR = "DescribeComplianceByResourceRequest";
    var _DCBRRe = "DescribeComplianceByResourceResponse";
    var _DCL = "DeliveryChannelList";
    var _DCN = "DeliveryChannelName";
    var _DCNe = "DeliveryChannelNames";
    var _DCP = "DeleteConformancePack";
    var _DCPC = "DescribeConformancePackCompliance";
    var _DCPCR = "DescribeConformancePackComplianceRequest";
    var _DCPCRe = "DescribeConformancePackComplianceResponse";
    var _DCPR = "DeleteConformancePackRequest";
    var _DCPRe = "DescribeConformancePacksRequest";
    var _DCPRes = "DescribeConformancePacksResponse";
    var _DCPS = "DescribeConformancePackStatus";
    var _DCPSR = "DescribeConformancePackStatusRequest";
    var _DCPSRe = "DescribeConformancePackStatusResponse";
    var _DCPe = "DescribeConformancePacks";
    var _DCR = "DeleteConnectorRequest";
    var _DCRES = "DescribeConfigRuleEvaluationStatus";
    var _DCRESR = "DescribeConfigRuleEvaluationStatusRequest";
    var _DCRESRe = "DescribeConfigRuleEvaluationStatusResponse";
    var _DCRF = "DescribeConfigRulesFilters";
    var _DCRR = "DeleteConfigRuleRequest";
    var _DCRRe = "DeleteConfigurationRecorderRequest";
    var _DCRRes = "DescribeConfigRulesRequest";
    var _DCRResc = "DescribeConfigRulesResponse";
    var _DCRRescr = "DescribeConfigurationRecordersRequest";
    var _DCRRescri = "DescribeConfigurationRecordersResponse";
    var _DCRS = "DescribeConfigurationRecorderStatus";
    var _DCRSR = "DescribeConfigurationRecorderStatusRequest";
    var _DCRSRe = "DescribeConfigurationRecorderStatusResponse";
    var _DCRe = "DeleteConfigRule";
    var _DCRel = "DeleteConfigurationRecorder";
    var _DCRes = "DescribeConfigRules";
    var _DCResc = "DescribeConfigurationRecorders";
    var _DCS = "DeliveryChannelStatus";
    var _DCSL = "DeliveryChannelStatusList";
    var _DCSR = "DeliverConfigSnapshotRequest";
    var _DCSRe = "DeliverConfigSnapshotResponse";
    var _DCSe = "DeliveryChannelsStatus";
    var _DCSel = "DeliverConfigSnapshot";
    var _DCe = "DeliveryChannels";
    var _DCel = "DeleteConnector";
    var _DDC = "DeleteDeliveryChannel";
    var _DDCR = "DeleteDeliveryChannelRequest";
    var _DDCRe = "DescribeDeliveryChannelsRequest";
    var _DDCRes = "DescribeDeliveryChannelsResponse";
    var _DDCS = "DescribeDeliveryChannelStatus";
    var _DDCSR = "DescribeDeliveryChannelStatusRequest";
    var _DDCSRe = "DescribeDeliveryChannelStatusResponse";
    var _DDCe = "DescribeDeliveryChannels";
    var _DER = "DeleteEvaluationResults";
    var _DERR = "DeleteEvaluationResultsRequest";
    var _DERRe = "DeleteEvaluationResultsResponse";
    var _DLDA = "DebugLogDeliveryAccounts";
    var _DN = "DocumentName";
    var _DOCP = "DeleteOrganizationConformancePack";
    var _DOCPR = "DeleteOrganizationConformancePackRequest";
    var _DOCPRe = "DescribeOrganizationConformancePacksRequest";
    var _DOCPRes = "DescribeOrganizationConformancePacksResponse";
    var _DOCPS = "DescribeOrganizationConformancePackStatuses";
    var _DOCPSR = "DescribeOrganizationConformancePackStatusesRequest";
    var _DOCPSRe = "DescribeOrganizationConformancePackStatusesResponse";
    var _DOCPe = "DescribeOrganizationConformancePacks";
    var _DOCR = "DeleteOrganizationConfigRule";
    var _DOCRR = "DeleteOrganizationConfigRuleRequest";
    var _DOCRRe = "DescribeOrganizationConfigRulesRequest";
    var _DOCRRes = "DescribeOrganizationConfigRulesResponse";
    var _DOCRS = "DescribeOrganizationConfigRuleStatuses";
    var _DOCRSR = "DescribeOrganizationConfigRuleStatusesRequest";
    var _DOCRSRe = "DescribeOrganizationConfigRuleStatusesResponse";
    var _DOCRe = "DescribeOrganizationConfigRules";
    var _DPAR = "DeletePendingAggregationRequest";
    var _DPARR = "DeletePendingAggregationRequestRequest";
    var _DPARRe = "DescribePendingAggregationRequestsRequest";
    var _DPARRes = "DescribePendingAggregationRequestsResponse";
    var _DPARe = "DescribePendingAggregationRequests";
    var _DRC = "DeleteRemediationConfiguration";
    var _DRCR = "DeleteRemediationConfigurationRequest";
    var _DRCRe = "DeleteRemediationConfigurationResponse";
    var _DRCRel = "DeleteResourceConfigRequest";
    var _DRCRele = "DeleteRetentionConfigurationRequest";
    var _DRCRes = "DescribeRemediationConfigurationsRequest";
    var _DRCResc = "DescribeRemediationConfigurationsResponse";
    var _DRCRescr = "DescribeRetentionConfigurationsRequest";
    var _DRCRescri = "DescribeRetentionConfigurationsResponse";
    var _DRCe = "DeleteResourceConfig";
    var _DRCel = "DeleteRetentionConfiguration";
    var _DRCes = "DescribeRemediationConfigurations";
    var _DRCesc = "DescribeRetentionConfigurations";
    var _DRE = "DeleteRemediationExceptions";
    var _DRER = "DeleteRemediationExceptionsRequest";
    var _DRERe = "DeleteRemediationExceptionsResponse";
    var _DRERes = "DescribeRemediationExceptionsRequest";
    var _DREResc = "DescribeRemediationExceptionsResponse";
    var _DRES = "DescribeRemediationExecutionStatus";
    var _DRESR = "DescribeRemediationExecutionStatusRequest";
    var _DRESRe = "DescribeRemediationExecutionStatusResponse";
    var _DREe = "DescribeRemediationExceptions";
    var _DRIL = "DiscoveredResourceIdentifierList";
    var _DRT = "DisassociateResourceTypes";
    var _DRTR = "DisassociateResourceTypesRequest";
    var _DRTRi = "DisassociateResourceTypesResponse";
    var _DSB = "DeliveryS3Bucket";
    var _DSKP = "DeliveryS3KeyPrefix";
    var _DSLCR = "DeleteServiceLinkedConfigurationRecorder";
    var _DSLCRR = "DeleteServiceLinkedConfigurationRecorderRequest";
    var _DSLCRRe = "DeleteServiceLinkedConfigurationRecorderResponse";
    var _DSQ = "DeleteStoredQuery";
    var _DSQR = "DeleteStoredQueryRequest";
    var _DSQRe = "DeleteStoredQueryResponse";
    var _DV = "DocumentVersion";
    var _E = "Evaluation";
    var _EA = "ExcludedAccounts";
    var _EBRT = "ExclusionByResourceTypes";
    var _EC = "EvaluationContext";
    var _ECI = "EvaluationContextIdentifier";
    var _ECr = "ErrorCode";
    var _ECx = "ExecutionControls";
    var _EDLD = "EnableDebugLogDelivery";
    var _EE = "ExternalEvaluation";
    var _EM = "EvaluationModes";
    var _EMC = "EvaluationModeConfiguration";
    var _EMr = "ErrorMessage";
    var _EMv = "EvaluationMode";
    var _EP = "ErrorPercentage";
    var _ER = "EvaluationResult";
    var _ERI = "EvaluationResultIdentifier";
    var _ERQ = "EvaluationResultQualifier";
    var _ERv = "EvaluationResults";
    var _ES = "EvaluationStatus";
    var _EST = "EvaluationStartTimestamp";
    var _ESv = "EventSource";
    var _ET = "ExpirationTime";
    var _ETn = "EndTime";
    var _ETv = "EvaluationTimeout";
    var _Ev = "Evaluations";
    var _Ex = "Expression";
    var _F = "Filters";
    var _FAT = "FirstActivatedTime";
    var _FB = "FailedBatches";
    var _FDREB = "FailedDeleteRemediationExceptionsBatch";
    var _FDREBa = "FailedDeleteRemediationExceptionsBatches";
    var _FE = "FailedEvaluations";
    var _FES = "FirstEvaluationStarted";
    var _FI = "FailedItems";
    var _FIL = "FieldInfoList";
    var _FIi = "FieldInfo";
    var _FM = "FailureMessage";
    var _FR = "FailureReason";
    var _FRB = "FailedRemediationBatch";
    var _FRBa = "FailedRemediationBatches";
    var _FREB = "FailedRemediationExceptionBatch";
    var _FREBa = "FailedRemediationExceptionBatches";
    var _GACDBCR = "GetAggregateComplianceDetailsByConfigRule";
    var _GACDBCRR = "GetAggregateComplianceDetailsByConfigRuleRequest";
    var _GACDBCRRe = "GetAggregateComplianceDetailsByConfigRuleResponse";
    var _GACPCS = "GetAggregateConformancePackComplianceSummary";
    var _GACPCSR = "GetAggregateConformancePackComplianceSummaryRequest";
    var _GACPCSRe = "GetAggregateConformancePackComplianceSummaryResponse";
    var _GACRCS = "GetAggregateConfigRuleComplianceSummary";
    var _GACRCSR = "GetAggregateConfigRuleComplianceSummaryRequest";
    var _GACRCSRe = "GetAggregateConfigRuleComplianceSummaryResponse";
    var _GADRC = "GetAggregateDiscoveredResourceCounts";
    var _GADRCR = "GetAggregateDiscoveredResourceCountsRequest";
    var _GADRCRe = "GetAggregateDiscoveredResourceCountsResponse";
    var _GARC = "GetAggregateResourceConfig";
    var _GARCR = "GetAggregateResourceConfigRequest";
    var _GARCRe = "GetAggregateResourceConfigResponse";
    var _GBK = "GroupByKey";
    var _GC = "GetConnector";
    var _GCDBCR = "GetComplianceDetailsByConfigRule";
    var _GCDBCRR = "GetComplianceDetailsByConfigRuleRequest";
    var _GCDBCRRe = "GetComplianceDetailsByConfigRuleResponse";
    var _GCDBR = "GetComplianceDetailsByResource";
    var _GCDBRR = "GetComplianceDetailsByResourceRequest";
    var _GCDBRRe = "GetComplianceDetailsByResourceResponse";
    var _GCPCD = "GetConformancePackComplianceDetails";
    var _GCPCDR = "GetConformancePackComplianceDetailsRequest";
    var _GCPCDRe = "GetConformancePackComplianceDetailsResponse";
    var _GCPCS = "GetConformancePackComplianceSummary";
    var _GCPCSR = "GetConformancePackComplianceSummaryRequest";
    var _GCPCSRe = "GetConformancePackComplianceSummaryResponse";
    var _GCR = "GetConnectorRequest";
    var _GCRP = "GetCustomRulePolicy";
    var _GCRPR = "GetCustomRulePolicyRequest";
    var _GCRPRe = "GetCustomRulePolicyResponse";
    var _GCRe = "GetConnectorResponse";
    var _GCSBCR = "GetComplianceSummaryByConfigRule";
    var _GCSBCRR = "GetComplianceSummaryByConfigRuleResponse";
    var _GCSBRT = "GetComplianceSummaryByResourceType";
    var _GCSBRTR = "GetComplianceSummaryByResourceTypeRequest";
    var _GCSBRTRe = "GetComplianceSummaryByResourceTypeResponse";
    var _GDRC = "GetDiscoveredResourceCounts";
    var _GDRCR = "GetDiscoveredResourceCountsRequest";
    var _GDRCRe = "GetDiscoveredResourceCountsResponse";
    var _GN = "GroupName";
    var _GOCPDS = "GetOrganizationConformancePackDetailedStatus";
    var _GOCPDSR = "GetOrganizationConformancePackDetailedStatusRequest";
    var _GOCPDSRe = "GetOrganizationConformancePackDetailedStatusResponse";
    var _GOCRDS = "GetOrganizationConfigRuleDetailedStatus";
    var _GOCRDSR = "GetOrganizationConfigRuleDetailedStatusRequest";
    var _GOCRDSRe = "GetOrganizationConfigRuleDetailedStatusResponse";
    var _GOCRP = "GetOrganizationCustomRulePolicy";
    var _GOCRPR = "GetOrganizationCustomRulePolicyRequest";
    var _GOCRPRe = "GetOrganizationCustomRulePolicyResponse";
    var _GRC = "GroupedResourceCounts";
    var _GRCH = "GetResourceConfigHistory";
    var _GRCHR = "GetResourceConfigHistoryRequest";
    var _GRCHRe = "GetResourceConfigHistoryResponse";
    var _GRCL = "GroupedResourceCountList";
    var _GRCr = "GroupedResourceCount";
    var _GRES = "GetResourceEvaluationSummary";
    var _GRESR = "GetResourceEvaluationSummaryRequest";
    var _GRESRe = "GetResourceEvaluationSummaryResponse";
    var _GSQ = "GetStoredQuery";
    var _GSQR = "GetStoredQueryRequest";
    var _GSQRe = "GetStoredQueryResponse";
    var _ICRNE = "InvalidConfigurationRecorderNameException";
    var _IDCNE = "InvalidDeliveryChannelNameException";
    var _IDPE = "InsufficientDeliveryPolicyException";
    var _IEE = "InvalidExpressionException";
    var _ILE = "InvalidLimitException";
    var _INTE = "InvalidNextTokenException";
    var _IP = "InputParameters";
    var _IPE = "InsufficientPermissionsException";
    var _IPM = "IdempotentParameterMismatch";
    var _IPVE = "InvalidParameterValueException";
    var _IRE = "InvalidRoleException";
    var _IRGE = "InvalidRecordingGroupException";
    var _IRTE = "InvalidResultTokenException";
    var _ISKKAE = "InvalidS3KmsKeyArnException";
    var _ISKPE = "InvalidS3KeyPrefixException";
    var _ISNSTARNE = "InvalidSNSTopicARNException";
    var _IT = "InvocationTime";
    var _ITRE = "InvalidTimeRangeException";
    var _K = "Key";
    var _L = "Limit";
    var _LADR = "ListAggregateDiscoveredResources";
    var _LADRR = "ListAggregateDiscoveredResourcesRequest";
    var _LADRRi = "ListAggregateDiscoveredResourcesResponse";
    var _LC = "ListConnectors";
    var _LCPCS = "ListConformancePackComplianceScores";
    var _LCPCSR = "ListConformancePackComplianceScoresRequest";
    var _LCPCSRi = "ListConformancePackComplianceScoresResponse";
    var _LCR = "ListConnectorsRequest";
    var _LCRR = "ListConfigurationRecordersRequest";
    var _LCRRi = "ListConfigurationRecordersResponse";
    var _LCRi = "ListConnectorsResponse";
    var _LCRis = "ListConfigurationRecorders";
    var _LDCDFE = "LastDeliveryChannelDeleteFailedException";
    var _LDLDS = "LastDebugLogDeliveryStatus";
    var _LDLDSR = "LastDebugLogDeliveryStatusReason";
    var _LDLDT = "LastDebugLogDeliveryTime";
    var _LDR = "ListDiscoveredResources";
    var _LDRR = "ListDiscoveredResourcesRequest";
    var _LDRRi = "ListDiscoveredResourcesResponse";
    var _LDT = "LastDeactivatedTime";
    var _LEC = "LastErrorCode";
    var _LEE = "LimitExceededException";
    var _LEM = "LastErrorMessage";
    var _LFA = "LambdaFunctionArn";
    var _LFET = "LastFailedEvaluationTime";
    var _LFIT = "LastFailedInvocationTime";
    var _LRE = "ListResourceEvaluations";
    var _LRER = "ListResourceEvaluationsRequest";
    var _LRERi = "ListResourceEvaluationsResponse";
    var _LSET = "LastSuccessfulEvaluationTime";
    var _LSIT = "LastSuccessfulInvocationTime";
    var _LSQ = "ListStoredQueries";
    var _LSQR = "ListStoredQueriesRequest";
    var _LSQRi = "ListStoredQueriesResponse";
    var _LTFR = "ListTagsForResource";
    var _LTFRR = "ListTagsForResourceRequest";
    var _LTFRRi = "ListTagsForResourceResponse";
    var _LUCT = "LastUpdateCompletedTime";
    var _LURT = "LastUpdateRequestedTime";
    var _LUS = "LastUpdateStatus";
    var _LUT = "LastUpdateTime";
    var _LUTa = "LastUpdatedTime";
    var _M = "Mode";
    var _MAA = "MaximumAutomaticAttempts";
    var _MAREE = "MaxActiveResourcesExceededException";
    var _MARS = "MemberAccountRuleStatus";
    var _MAS = "MemberAccountStatus";
    var _MEF = "MaximumExecutionFrequency";
    var _MNOCEE = "MaxNumberOfConnectorsExceededException";
    var _MNOCPEE = "MaxNumberOfConformancePacksExceededException";
    var _MNOCREE = "MaxNumberOfConfigRulesExceededException";
    var _MNOCREEa = "MaxNumberOfConfigurationRecordersExceededException";
    var _MNODCEE = "MaxNumberOfDeliveryChannelsExceededException";
    var _MNOOCPEE = "MaxNumberOfOrganizationConformancePacksExceededException";
    var _MNOOCREE = "MaxNumberOfOrganizationConfigRulesExceededException";
    var _MNORCEE = "MaxNumberOfRetentionConfigurationsExceededException";
    var _MR = "MaxResults";
    var _MT = "MessageType";
    var _Me = "Message";
    var _N = "Name";
    var _NACRE = "NoAvailableConfigurationRecorderException";
    var _NADCE = "NoAvailableDeliveryChannelException";
    var _NAOE = "NoAvailableOrganizationException";
    var _NCCPC = "NonCompliantConformancePackCount";
    var _NCRC = "NonCompliantRuleCount";
    var _NCRCo = "NonCompliantResourceCount";
    var _NRCRE = "NoRunningConfigurationRecorderException";
    var _NSBE = "NoSuchBucketException";
    var _NSCAE = "NoSuchConfigurationAggregatorException";
    var _NSCPE = "NoSuchConformancePackException";
    var _NSCRE = "NoSuchConfigRuleException";
    var _NSCREo = "NoSuchConfigurationRecorderException";
    var _NSCRICPE = "NoSuchConfigRuleInConformancePackException";
    var _NSDCE = "NoSuchDeliveryChannelException";
    var _NSOCPE = "NoSuchOrganizationConformancePackException";
    var _NSOCRE = "NoSuchOrganizationConfigRuleException";
    var _NSRCE = "NoSuchRemediationConfigurationException";
    var _NSRCEo = "NoSuchRetentionConfigurationException";
    var _NSREE = "NoSuchRemediationExceptionException";
    var _NT = "NextToken";
    var _O = "Owner";
    var _OADE = "OrganizationAccessDeniedException";
    var _OAFNEE = "OrganizationAllFeaturesNotEnabledException";
    var _OAS = "OrganizationAggregationSource";
    var _OCIE = "OversizedConfigurationItemException";
    var _OCP = "OrganizationConformancePacks";
    var _OCPA = "OrganizationConformancePackArn";
    var _OCPDS = "OrganizationConformancePackDetailedStatuses";
    var _OCPDSr = "OrganizationConformancePackDetailedStatus";
    var _OCPN = "OrganizationConformancePackName";
    var _OCPNr = "OrganizationConformancePackNames";
    var _OCPRM = "OrganizationCustomPolicyRuleMetadata";
    var _OCPRMNP = "OrganizationCustomPolicyRuleMetadataNoPolicy";
    var _OCPS = "OrganizationConformancePackStatuses";
    var _OCPSr = "OrganizationConformancePackStatus";
    var _OCPTVE = "OrganizationConformancePackTemplateValidationException";
    var _OCPr = "OrganizationConformancePack";
    var _OCR = "OrganizationConfigRules";
    var _OCRA = "OrganizationConfigRuleArn";
    var _OCRDS = "OrganizationConfigRuleDetailedStatus";
    var _OCRM = "OrganizationCustomRuleMetadata";
    var _OCRN = "OrganizationConfigRuleName";
    var _OCRNr = "OrganizationConfigRuleNames";
    var _OCRS = "OrganizationConfigRuleStatuses";
    var _OCRSr = "OrganizationConfigRuleStatus";
    var _OCRTT = "OrganizationConfigRuleTriggerTypes";
    var _OCRr = "OrganizationConfigRule";
    var _OMRM = "OrganizationManagedRuleMetadata";
    var _ORDSF = "OrganizationResourceDetailedStatusFilters";
    var _ORS = "OrganizationRuleStatus";
    var _OT = "OrderingTimestamp";
    var _P = "Parameters";
    var _PAA = "PutAggregationAuthorization";
    var _PAAR = "PutAggregationAuthorizationRequest";
    var _PAARu = "PutAggregationAuthorizationResponse";
    var _PAR = "PendingAggregationRequests";
    var _PARL = "PendingAggregationRequestList";
    var _PARe = "PendingAggregationRequest";
    var _PC = "PutConnector";
    var _PCA = "PutConfigurationAggregator";
    var _PCAR = "PutConfigurationAggregatorRequest";
    var _PCARu = "PutConfigurationAggregatorResponse";
    var _PCP = "PutConformancePack";
    var _PCPR = "PutConformancePackRequest";
    var _PCPRu = "PutConformancePackResponse";
    var _PCR = "PutConnectorRequest";
    var _PCRR = "PutConfigRuleRequest";
    var _PCRRu = "PutConfigurationRecorderRequest";
    var _PCRu = "PutConnectorResponse";
    var _PCRut = "PutConfigRule";
    var _PCRuto = "PutConfigurationRecorder";
    var _PDC = "PutDeliveryChannel";
    var _PDCR = "PutDeliveryChannelRequest";
    var _PE = "PutEvaluations";
    var _PEE = "PutExternalEvaluation";
    var _PEER = "PutExternalEvaluationRequest";
    var _PEERu = "PutExternalEvaluationResponse";
    var _PER = "PutEvaluationsRequest";
    var _PERu = "PutEvaluationsResponse";
    var _PN = "ParameterName";
    var _POCP = "PutOrganizationConformancePack";
    var _POCPR = "PutOrganizationConformancePackRequest";
    var _POCPRu = "PutOrganizationConformancePackResponse";
    var _POCR = "PutOrganizationConfigRule";
    var _POCRR = "PutOrganizationConfigRuleRequest";
    var _POCRRu = "PutOrganizationConfigRuleResponse";
    var _PR = "PolicyRuntime";
    var _PRC = "PutRemediationConfigurations";
    var _PRCR = "PutRemediationConfigurationsRequest";
    var _PRCRu = "PutRemediationConfigurationsResponse";
    var _PRCRut = "PutResourceConfigRequest";
    var _PRCRute = "PutRetentionConfigurationRequest";
    var _PRCRutet = "PutRetentionConfigurationResponse";
    var _PRCu = "PutResourceConfig";
    var _PRCut = "PutRetentionConfiguration";
    var _PRE = "PutRemediationExceptions";
    var _PRER = "PutRemediationExceptionsRequest";
    var _PRERu = "PutRemediationExceptionsResponse";
    var _PSLCR = "PutServiceLinkedConfigurationRecorder";
    var _PSLCRR = "PutServiceLinkedConfigurationRecorderRequest";
    var _PSLCRRu = "PutServiceLinkedConfigurationRecorderResponse";
    var _PSQ = "PutStoredQuery";
    var _PSQR = "PutStoredQueryRequest";
    var _PSQRu = "PutStoredQueryResponse";
    var _PT = "PolicyText";
    var _PTPSLCR = "PutThirdPartyServiceLinkedConfigurationRecorder";
    var _PTPSLCRR = "PutThirdPartyServiceLinkedConfigurationRecorderRequest";
    var _PTPSLCRRu = "PutThirdPartyServiceLinkedConfigurationRecorderResponse";
    var _PV = "ParameterValue";
    var _QA = "QueryArn";
    var _QI = "QueryInfo";
    var _QIu = "QueryId";
    var _QN = "QueryName";
    var _R = "Relationship";
    var _RA = "ResourceArn";
    var _RAI = "RequesterAccountId";
    var _RAR = "RequesterAwsRegion";
    var _RAS = "RetryAttemptSeconds";
    var _RAo = "RoleArn";
    var _RC = "RemediationConfigurations";
    var _RCF = "ResourceCountFilters";
    var _RCL = "RetentionConfigurationList";
    var _RCME = "ResourceConcurrentModificationException";
    var _RCN = "RetentionConfigurationName";
    var _RCNe = "RetentionConfigurationNames";
    var _RCST = "ResourceConfigurationSchemaType";
    var _RCe = "RetentionConfigurations";
    var _RCem = "RemediationConfiguration";
    var _RCes = "ResourceCount";
    var _RCeso = "ResourceConfiguration";
    var _RCesou = "ResourceCounts";
    var _RCet = "RetentionConfiguration";
    var _RD = "ResourceDetails";
    var _RE = "RemediationExceptions";
    var _REF = "ResourceEvaluationFilters";
    var _REI = "ResourceEvaluationId";
    var _RERK = "RemediationExceptionResourceKey";
    var _RERKe = "RemediationExceptionResourceKeys";
    var _RES = "RemediationExecutionStatuses";
    var _RESe = "RemediationExecutionStatus";
    var _RESem = "RemediationExecutionStep";
    var _RESeme = "RemediationExecutionSteps";
    var _REV = "RuleEvaluationVisibility";
    var _REe = "ResourceEvaluations";
    var _REem = "RemediationException";
    var _REes = "ResourceEvaluation";
    var _RF = "ResourceFilters";
    var _RG = "RecordingGroup";
    var _RI = "ResourceId";
    var _RIL = "ResourceIdentifierList";
    var _RILe = "ResourceIdentifiersList";
    var _RIPE = "RemediationInProgressException";
    var _RIS = "ResourceIdScope";
    var _RIUE = "ResourceInUseException";
    var _RIe = "ResourceIdentifiers";
    var _RIes = "ResourceIds";
    var _RIeso = "ResourceIdentifier";
    var _RIu = "RuleIdentifier";
    var _RK = "ResourceKeys";
    var _RKe = "ResourceKey";
    var _RL = "RelationshipList";
    var _RM = "RecordingMode";
    var _RMO = "RecordingModeOverride";
    var _RMOe = "RecordingModeOverrides";
    var _RN = "ResourceName";
    var _RNDE = "ResourceNotDiscoveredException";
    var _RNFE = "ResourceNotFoundException";
    var _RP = "RemediationParameters";
    var _RPID = "RetentionPeriodInDays";
    var _RPV = "RemediationParameterValue";
    var _RRT = "ResultRecordedTime";
    var _RS = "RecordingStrategy";
    var _RT = "ResourceType";
    var _RTS = "ResourceTypesScope";
    var _RTe = "ResourceTypes";
    var _RTes = "ResultToken";
    var _RV = "ResourceValue";
    var _Re = "Region";
    var _Res = "Results";
    var _S = "Source";
    var _SA = "StackArn";
    var _SAI = "SourceAccountId";
    var _SARC = "SelectAggregateResourceConfig";
    var _SARCR = "SelectAggregateResourceConfigRequest";
    var _SARCRe = "SelectAggregateResourceConfigResponse";
    var _SB = "SortBy";
    var _SC = "SsmControls";
    var _SCR = "StartConfigurationRecorder";
    var _SCRE = "StartConfigRulesEvaluation";
    var _SCRER = "StartConfigRulesEvaluationRequest";
    var _SCRERt = "StartConfigRulesEvaluationResponse";
    var _SCRR = "StartConfigurationRecorderRequest";
    var _SCRRt = "StopConfigurationRecorderRequest";
    var _SCRt = "StopConfigurationRecorder";
    var _SCc = "ScopeConfiguration";
    var _SD = "StepDetails";
    var _SDF = "StatusDetailFilters";
    var _SDo = "SourceDetails";
    var _SDou = "SourceDetail";
    var _SF = "SelectFields";
    var _SI = "SourceId";
    var _SIo = "SourceIdentifier";
    var _SO = "SortOrder";
    var _SP = "ServicePrincipal";
    var _SPe = "ServicePrincipals";
    var _SQ = "StoredQuery";
    var _SQM = "StoredQueryMetadata";
    var _SQML = "StoredQueryMetadataList";
    var _SR = "SourceRegion";
    var _SRC = "SelectResourceConfig";
    var _SRCR = "SelectResourceConfigRequest";
    var _SRCRe = "SelectResourceConfigResponse";
    var _SRE = "StartRemediationExecution";
    var _SRER = "StartRemediationExecutionRequest";
    var _SRERt = "StartRemediationExecutionResponse";
    var _SRERta = "StartResourceEvaluationRequest";
    var _SRERtar = "StartResourceEvaluationResponse";
    var _SREt = "StartResourceEvaluation";
    var _ST = "SourceType";
    var _STt = "StartTime";
    var _STto = "StopTime";
    var _SV = "StaticValue";
    var _SVI = "SchemaVersionId";
    var _Sc = "Scope";
    var _Sco = "Score";
    var _St = "Status";
    var _Sta = "State";
    var _T = "Type";
    var _TB = "TemplateBody";
    var _TDR = "TotalDiscoveredResources";
    var _TI = "TargetId";
    var _TK = "TagKey";
    var _TKS = "TagKeyScope";
    var _TKa = "TagKeys";
    var _TL = "TagList";
    var _TLa = "TagsList";
    var _TM = "TestMode";
    var _TMTE = "TooManyTagsException";
    var _TR = "TagResource";
    var _TRC = "TotalRuleCount";
    var _TRR = "TagResourceRequest";
    var _TSSMDD = "TemplateSSMDocumentDetails";
    var _TSU = "TemplateS3Uri";
    var _TT = "TargetType";
    var _TV = "TargetVersion";
    var _TVS = "TagValueScope";
    var _TVa = "TagValue";
    var _TW = "TimeWindow";
    var _Ta = "Tags";
    var _Tag = "Tag";
    var _UEE = "UnmodifiableEntityException";
    var _UR = "UntagResource";
    var _URI = "UnprocessedResourceIdentifiers";
    var _URIL = "UnprocessedResourceIdentifierList";
    var _URR = "UntagResourceRequest";
    var _US = "UpdateStatus";
    var _V = "Value";
    var _VE = "ValidationException";
    var _Va = "Values";
    var _a = "arn";
    var _aI = "accountId";
    var _aR = "awsRegion";
    var _aRl = "allRegions";
    var _aS = "allSupported";
    var _aZ = "availabilityZone";
    var _az = "azure";
    var _bCI = "baseConfigurationItems";
    var _c = "client";
    var _cA = "connectorArn";
    var _cC = "connectorConfiguration";
    var _cHDI = "configHistoryDeliveryInfo";
    var _cI = "clientIdentifier";
    var _cICT = "configurationItemCaptureTime";
    var _cIDT = "configurationItemDeliveryTime";
    var _cIMDH = "configurationItemMD5Hash";
    var _cIS = "configurationItemStatus";
    var _cIo = "configurationItems";
    var _cO = "chronologicalOrder";
    var _cSDI = "configSnapshotDeliveryInfo";
    var _cSDIo = "configStreamDeliveryInfo";
    var _cSDP = "configSnapshotDeliveryProperties";
    var _cSI = "configurationStateId";
    var _cSIo = "configSnapshotId";
    var _cT = "createdTime";
    var _co = "configuration";
    var _cou = "count";
    var _d = "description";
    var _dCN = "deliveryChannelName";
    var _dF = "deliveryFrequency";
    var _e = "error";
    var _eBRT = "exclusionByResourceTypes";
    var _eT = "earlierTime";
    var _fN = "filterName";
    var _fV = "filterValue";
    var _fVi = "filterValues";
    var _hE = "httpError";
    var _iDR = "includeDeletedResources";
    var _iGRT = "includeGlobalResourceTypes";
    var _iR = "includedRegions";
    var _l = "limit";
    var _lAT = "lastAttemptTime";
    var _lEC = "lastErrorCode";
    var _lEM = "lastErrorMessage";
    var _lS = "lastStatus";
    var _lSCT = "lastStatusChangeTime";
    var _lST = "lastSuccessfulTime";
    var _lSTa = "lastStartTime";
    var _lSTas = "lastStopTime";
    var _lT = "laterTime";
    var _m = "message";
    var _n = "name";
    var _nDT = "nextDeliveryTime";
    var _nT = "nextToken";
    var _p = "provider";
    var _r = "relationships";
    var _rARN = "roleARN";
    var _rC = "resourceCounts";
    var _rCT = "resourceCreationTime";
    var _rDT = "resourceDeletionTime";
    var _rE = "relatedEvents";
    var _rF = "recordingFrequency";
    var _rG = "recordingGroup";
    var _rI = "resourceId";
    var _rIe = "resourceIds";
    var _rIes = "resourceIdentifiers";
    var _rK = "resourceKeys";
    var _rM = "recordingMode";
    var _rMO = "recordingModeOverrides";
    var _rN = "resourceName";
    var _rNe = "relationshipName";
    var _rS = "recordingScope";
    var _rSe = "recordingStrategy";
    var _rT = "resourceType";
    var _rTe = "resourceTypes";
    var _re = "recording";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.configservice";
    var _sBN = "s3BucketName";
    var _sC = "supplementaryConfiguration";
    var _sCc = "scopeConfiguration";
    var _sKKA = "s3KmsKeyArn";
    var _sKP = "s3KeyPrefix";
    var _sP = "servicePrincipal";
    var _sT = "scopeType";
    var _sTARN = "snsTopicARN";
    var _sV = "scopeValues";
    var _t = "tags";
    var _tDR = "totalDiscoveredResources";
    var _tI = "tenantIdentifier";
    var _uO = "useOnly";
    var _uRK = "unprocessedResourceKeys";
    var _v = "version";
    var n0 = "com.amazonaws.configservice";
    var _s_registry = TypeRegistry.for(_s);
    var ConfigServiceServiceException$ = [-3, _s, "ConfigServiceServiceException", 0, [], []];
    _s_registry.registerError(ConfigServiceServiceException$, ConfigServiceServiceException);
    var n0_registry = TypeRegistry.for(n0);
    var ConflictException$ = [
      -3,
      n0,
      _CE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var ConformancePackTemplateValidationException$ = [
      -3,
      n0,
      _CPTVE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ConformancePackTemplateValidationException$, ConformancePackTemplateValidationException);
    var IdempotentParameterMismatch$ = [
      -3,
      n0,
      _IPM,
      { [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(IdempotentParameterMismatch$, IdempotentParameterMismatch);
    var InsufficientDeliveryPolicyException$ = [
      -3,
      n0,
      _IDPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InsufficientDeliveryPolicyException$, InsufficientDeliveryPolicyException);
    var InsufficientPermissionsException$ = [
      -3,
      n0,
      _IPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InsufficientPermissionsException$, InsufficientPermissionsException);
    var InvalidConfigurationRecorderNameException$ = [
      -3,
      n0,
      _ICRNE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidConfigurationRecorderNameException$, InvalidConfigurationRecorderNameException);
    var InvalidDeliveryChannelNameException$ = [
      -3,
      n0,
      _IDCNE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDeliveryChannelNameException$, InvalidDeliveryChannelNameException);
    var InvalidExpressionException$ = [
      -3,
      n0,
      _IEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidExpressionException$, InvalidExpressionException);
    var InvalidLimitException$ = [
      -3,
      n0,
      _ILE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidLimitException$, InvalidLimitException);
    var InvalidNextTokenException$ = [
      -3,
      n0,
      _INTE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
    var InvalidParameterValueException$ = [
      -3,
      n0,
      _IPVE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
    var InvalidRecordingGroupException$ = [
      -3,
      n0,
      _IRGE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidRecordingGroupException$, InvalidRecordingGroupException);
    var InvalidResultTokenException$ = [
      -3,
      n0,
      _IRTE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidResultTokenException$, InvalidResultTokenException);
    var InvalidRoleException$ = [
      -3,
      n0,
      _IRE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidRoleException$, InvalidRoleException);
    var InvalidS3KeyPrefixException$ = [
      -3,
      n0,
      _ISKPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidS3KeyPrefixException$, InvalidS3KeyPrefixException);
    var InvalidS3KmsKeyArnException$ = [
      -3,
      n0,
      _ISKKAE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidS3KmsKeyArnException$, InvalidS3KmsKeyArnException);
    var InvalidSNSTopicARNException$ = [
      -3,
      n0,
      _ISNSTARNE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidSNSTopicARNException$, InvalidSNSTopicARNException);
    var InvalidTimeRangeException$ = [
      -3,
      n0,
      _ITRE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidTimeRangeException$, InvalidTimeRangeException);
    var LastDeliveryChannelDeleteFailedException$ = [
      -3,
      n0,
      _LDCDFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LastDeliveryChannelDeleteFailedException$, LastDeliveryChannelDeleteFailedException);
    var LimitExceededException$ = [
      -3,
      n0,
      _LEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LimitExceededException$, LimitExceededException);
    var MaxActiveResourcesExceededException$ = [
      -3,
      n0,
      _MAREE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(MaxActiveResourcesExceededException$, MaxActiveResourcesExceededException);
    var MaxNumberOfConfigRulesExceededException$ = [
      -3,
      n0,
      _MNOCREE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(MaxNumberOfConfigRulesExceededException$, MaxNumberOfConfigRulesExceededException);
    var MaxNumberOfConfigurationRecordersExceededException$ = [
      -3,
      n0,
      _MNOCREEa,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(MaxNumberOfConfigurationRecordersExceededException$, MaxNumberOfConfigurationRecordersExceededException);
    var MaxNumberOfConformancePacksExceededException$ = [
      -3,
      n0,
      _MNOCPEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(MaxNumberOfConformancePacksExceededException$, MaxNumberOfConformancePacksExceededException);
    var MaxNumberOfConnectorsExceededException$ = [
      -3,
      n0,
      _MNOCEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(MaxNumberOfConnectorsExceededException$, MaxNumberOfConnectorsExceededException);
    var MaxNumberOfDeliveryChannelsExceededException$ = [
      -3,
      n0,
      _MNODCEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(MaxNumberOfDeliveryChannelsExceededException$, MaxNumberOfDeliveryChannelsExceededException);
    var MaxNumberOfOrganizationConfigRulesExceededException$ = [
      -3,
      n0,
      _MNOOCREE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(MaxNumberOfOrganizationConfigRulesExceededException$, MaxNumberOfOrganizationConfigRulesExceededException);
    var MaxNumberOfOrganizationConformancePacksExceededException$ = [
      -3,
      n0,
      _MNOOCPEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(MaxNumberOfOrganizationConformancePacksExceededException$, MaxNumberOfOrganizationConformancePacksExceededException);
    var MaxNumberOfRetentionConfigurationsExceededException$ = [
      -3,
      n0,
      _MNORCEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(MaxNumberOfRetentionConfigurationsExceededException$, MaxNumberOfRetentionConfigurationsExceededException);
    var NoAvailableConfigurationRecorderException$ = [
      -3,
      n0,
      _NACRE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(NoAvailableConfigurationRecorderException$, NoAvailableConfigurationRecorderException);
    var NoAvailableDeliveryChannelException$ = [
      -3,
      n0,
      _NADCE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(NoAvailableDeliveryChannelException$, NoAvailableDeliveryChannelException);
    var NoAvailableOrganizationException$ = [
      -3,
      n0,
      _NAOE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(NoAvailableOrganizationException$, NoAvailableOrganizationException);
    var NoRunningConfigurationRecorderException$ = [
      -3,
      n0,
      _NRCRE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(NoRunningConfigurationRecorderException$, NoRunningConfigurationRecorderException);
    var NoSuchBucketException$ = [
      -3,
      n0,
      _NSBE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(NoSuchBucketException$, NoSuchBucketException);
    var NoSuchConfigRuleException$ = [
      -3,
      n0,
      _NSCRE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(NoSuchConfigRuleException$, NoSuchConfigRuleException);
    var NoSuchConfigRuleInConformancePackException$ = [
      -3,
      n0,
      _NSCRICPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(NoSuchConfigRuleInConformancePackException$, NoSuchConfigRuleInConformancePackException);
    var NoSuchConfigurationAggregatorException$ = [
      -3,
      n0,
      _NSCAE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(NoSuchConfigurationAggregatorException$, NoSuchConfigurationAggregatorException);
    var NoSuchConfigurationRecorderException$ = [
      -3,
      n0,
      _NSCREo,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(NoSuchConfigurationRecorderException$, NoSuchConfigurationRecorderException);
    var NoSuchConformancePackException$ = [
      -3,
      n0,
      _NSCPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(NoSuchConformancePackException$, NoSuchConformancePackException);
    var NoSuchDeliveryChannelException$ = [
      -3,
      n0,
      _NSDCE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(NoSuchDeliveryChannelException$, NoSuchDeliveryChannelException);
    var NoSuchOrganizationConfigRuleException$ = [
      -3,
      n0,
      _NSOCRE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(NoSuchOrganizationConfigRuleException$, NoSuchOrganizationConfigRuleException);
    var NoSuchOrganizationConformancePackException$ = [
      -3,
      n0,
      _NSOCPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(NoSuchOrganizationConformancePackException$, NoSuchOrganizationConformancePackException);
    var NoSuchRemediationConfigurationException$ = [
      -3,
      n0,
      _NSRCE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(NoSuchRemediationConfigurationException$, NoSuchRemediationConfigurationException);
    var NoSuchRemediationExceptionException$ = [
      -3,
      n0,
      _NSREE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(NoSuchRemediationExceptionException$, NoSuchRemediationExceptionException);
    var NoSuchRetentionConfigurationException$ = [
      -3,
      n0,
      _NSRCEo,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(NoSuchRetentionConfigurationException$, NoSuchRetentionConfigurationException);
    var OrganizationAccessDeniedException$ = [
      -3,
      n0,
      _OADE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(OrganizationAccessDeniedException$, OrganizationAccessDeniedException);
    var OrganizationAllFeaturesNotEnabledException$ = [
      -3,
      n0,
      _OAFNEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(OrganizationAllFeaturesNotEnabledException$, OrganizationAllFeaturesNotEnabledException);
    var OrganizationConformancePackTemplateValidationException$ = [
      -3,
      n0,
      _OCPTVE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(OrganizationConformancePackTemplateValidationException$, OrganizationConformancePackTemplateValidationException);
    var OversizedConfigurationItemException$ = [
      -3,
      n0,
      _OCIE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(OversizedConfigurationItemException$, OversizedConfigurationItemException);
    var RemediationInProgressException$ = [
      -3,
      n0,
      _RIPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(RemediationInProgressException$, RemediationInProgressException);
    var ResourceConcurrentModificationException$ = [
      -3,
      n0,
      _RCME,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceConcurrentModificationException$, ResourceConcurrentModificationException);
    var ResourceInUseException$ = [
      -3,
      n0,
      _RIUE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
    var ResourceNotDiscoveredException$ = [
      -3,
      n0,
      _RNDE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceNotDiscoveredException$, ResourceNotDiscoveredException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var TooManyTagsException$ = [
      -3,
      n0,
      _TMTE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
    var UnmodifiableEntityException$ = [
      -3,
      n0,
      _UEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnmodifiableEntityException$, UnmodifiableEntityException);
    var ValidationException$ = [
      -3,
      n0,
      _VE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ValidationException$, ValidationException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var AccountAggregationSource$ = [
      3,
      n0,
      _AAS,
      0,
      [_AI, _AAR, _AR],
      [64 | 0, 2, 64 | 0],
      1
    ];
    var AggregateComplianceByConfigRule$ = [
      3,
      n0,
      _ACBCR,
      0,
      [_CRN, _C, _AIc, _ARw],
      [0, () => Compliance$, 0, 0]
    ];
    var AggregateComplianceByConformancePack$ = [
      3,
      n0,
      _ACBCP,
      0,
      [_CPN, _C, _AIc, _ARw],
      [0, () => AggregateConformancePackCompliance$, 0, 0]
    ];
    var AggregateComplianceCount$ = [
      3,
      n0,
      _ACC,
      0,
      [_GN, _CS],
      [0, () => ComplianceSummary$]
    ];
    var AggregateConformancePackCompliance$ = [
      3,
      n0,
      _ACPC,
      0,
      [_CT, _CRC, _NCRC, _TRC],
      [0, 1, 1, 1]
    ];
    var AggregateConformancePackComplianceCount$ = [
      3,
      n0,
      _ACPCC,
      0,
      [_CCPC, _NCCPC],
      [1, 1]
    ];
    var AggregateConformancePackComplianceFilters$ = [
      3,
      n0,
      _ACPCF,
      0,
      [_CPN, _CT, _AIc, _ARw],
      [0, 0, 0, 0]
    ];
    var AggregateConformancePackComplianceSummary$ = [
      3,
      n0,
      _ACPCS,
      0,
      [_CS, _GN],
      [() => AggregateConformancePackComplianceCount$, 0]
    ];
    var AggregateConformancePackComplianceSummaryFilters$ = [
      3,
      n0,
      _ACPCSF,
      0,
      [_AIc, _ARw],
      [0, 0]
    ];
    var AggregatedSourceStatus$ = [
      3,
      n0,
      _ASS,
      0,
      [_SI, _ST, _ARw, _LUS, _LUT, _LEC, _LEM],
      [0, 0, 0, 0, 4, 0, 0]
    ];
    var AggregateEvaluationResult$ = [
      3,
      n0,
      _AER,
      0,
      [_ERI, _CT, _RRT, _CRIT, _A, _AIc, _ARw],
      [() => EvaluationResultIdentifier$, 0, 4, 4, 0, 0, 0]
    ];
    var AggregateResourceIdentifier$ = [
      3,
      n0,
      _ARI,
      0,
      [_SAI, _SR, _RI, _RT, _RN],
      [0, 0, 0, 0, 0],
      4
    ];
    var AggregationAuthorization$ = [
      3,
      n0,
      _AA,
      0,
      [_AAA, _AAI, _AARu, _CTr],
      [0, 0, 0, 4]
    ];
    var AggregatorFilterResourceType$ = [
      3,
      n0,
      _AFRT,
      0,
      [_T, _V],
      [0, 64 | 0]
    ];
    var AggregatorFilters$ = [
      3,
      n0,
      _AF,
      0,
      [_RT, _SP],
      [() => AggregatorFilterResourceType$, () => AggregatorFilterServicePrincipal$]
    ];
    var AggregatorFilterServicePrincipal$ = [
      3,
      n0,
      _AFSP,
      0,
      [_T, _V],
      [0, 64 | 0]
    ];
    var AssociateResourceTypesRequest$ = [
      3,
      n0,
      _ARTR,
      0,
      [_CRA, _RTe],
      [0, 64 | 0],
      2
    ];
    var AssociateResourceTypesResponse$ = [
      3,
      n0,
      _ARTRs,
      0,
      [_CR],
      [() => ConfigurationRecorder$],
      1
    ];
    var AzureConnectorConfiguration$ = [
      3,
      n0,
      _ACCz,
      0,
      [_tI, _cI],
      [0, 0],
      2
    ];
    var BaseConfigurationItem$ = [
      3,
      n0,
      _BCI,
      0,
      [_v, _aI, _cICT, _cIS, _cSI, _a, _rT, _rI, _rN, _aR, _aZ, _rCT, _co, _sC, _rF, _cIDT],
      [0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 128 | 0, 0, 4]
    ];
    var BatchGetAggregateResourceConfigRequest$ = [
      3,
      n0,
      _BGARCR,
      0,
      [_CAN, _RIe],
      [0, () => ResourceIdentifiersList],
      2
    ];
    var BatchGetAggregateResourceConfigResponse$ = [
      3,
      n0,
      _BGARCRa,
      0,
      [_BCIa, _URI],
      [() => BaseConfigurationItems, () => UnprocessedResourceIdentifierList]
    ];
    var BatchGetResourceConfigRequest$ = [
      3,
      n0,
      _BGRCR,
      0,
      [_rK],
      [() => ResourceKeys],
      1
    ];
    var BatchGetResourceConfigResponse$ = [
      3,
      n0,
      _BGRCRa,
      0,
      [_bCI, _uRK],
      [() => BaseConfigurationItems, () => ResourceKeys]
    ];
    var Compliance$ = [
      3,
      n0,
      _C,
      0,
      [_CT, _CCC],
      [0, () => ComplianceContributorCount$]
    ];
    var ComplianceByConfigRule$ = [
      3,
      n0,
      _CBCR,
      0,
      [_CRN, _C],
      [0, () => Compliance$]
    ];
    var ComplianceByResource$ = [
      3,
      n0,
      _CBR,
      0,
      [_RT, _RI, _C],
      [0, 0, () => Compliance$]
    ];
    var ComplianceContributorCount$ = [
      3,
      n0,
      _CCC,
      0,
      [_CC, _CEa],
      [1, 2]
    ];
    var ComplianceSummary$ = [
      3,
      n0,
      _CS,
      0,
      [_CRCo, _NCRCo, _CST],
      [() => ComplianceContributorCount$, () => ComplianceContributorCount$, 4]
    ];
    var ComplianceSummaryByResourceType$ = [
      3,
      n0,
      _CSBRT,
      0,
      [_RT, _CS],
      [0, () => ComplianceSummary$]
    ];
    var ConfigExportDeliveryInfo$ = [
      3,
      n0,
      _CEDI,
      0,
      [_lS, _lEC, _lEM, _lAT, _lST, _nDT],
      [0, 0, 0, 4, 4, 4]
    ];
    var ConfigRule$ = [
      3,
      n0,
      _CRo,
      0,
      [_S, _CRN, _CRAo, _CRI, _D, _Sc, _IP, _MEF, _CRS, _CB, _EM, _REV],
      [() => Source$, 0, 0, 0, 0, () => Scope$, 0, 0, 0, 0, () => EvaluationModes, 0],
      1
    ];
    var ConfigRuleComplianceFilters$ = [
      3,
      n0,
      _CRCF,
      0,
      [_CRN, _CT, _AIc, _ARw],
      [0, 0, 0, 0]
    ];
    var ConfigRuleComplianceSummaryFilters$ = [
      3,
      n0,
      _CRCSF,
      0,
      [_AIc, _ARw],
      [0, 0]
    ];
    var ConfigRuleEvaluationStatus$ = [
      3,
      n0,
      _CRES,
      0,
      [_CRN, _CRAo, _CRI, _LSIT, _LFIT, _LSET, _LFET, _FAT, _LDT, _LEC, _LEM, _FES, _LDLDS, _LDLDSR, _LDLDT],
      [0, 0, 0, 4, 4, 4, 4, 4, 4, 0, 0, 2, 0, 0, 4]
    ];
    var ConfigSnapshotDeliveryProperties$ = [
      3,
      n0,
      _CSDP,
      0,
      [_dF],
      [0]
    ];
    var ConfigStreamDeliveryInfo$ = [
      3,
      n0,
      _CSDI,
      0,
      [_lS, _lEC, _lEM, _lSCT],
      [0, 0, 0, 4]
    ];
    var ConfigurationAggregator$ = [
      3,
      n0,
      _CA,
      0,
      [_CAN, _CAA, _AASc, _OAS, _CTr, _LUTa, _CB, _AF],
      [0, 0, () => AccountAggregationSourceList, () => OrganizationAggregationSource$, 4, 4, 0, () => AggregatorFilters$]
    ];
    var ConfigurationItem$ = [
      3,
      n0,
      _CI,
      0,
      [_v, _aI, _cICT, _cIS, _cSI, _cIMDH, _a, _rT, _rI, _rN, _aR, _aZ, _rCT, _t, _rE, _r, _co, _sC, _rF, _cIDT],
      [0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 128 | 0, 64 | 0, () => RelationshipList, 0, 128 | 0, 0, 4]
    ];
    var ConfigurationRecorder$ = [
      3,
      n0,
      _CR,
      0,
      [_a, _n, _rARN, _rG, _rM, _rS, _sP, _cA, _sCc],
      [0, 0, 0, () => RecordingGroup$, () => RecordingMode$, 0, 0, 0, () => ScopeConfiguration$]
    ];
    var ConfigurationRecorderFilter$ = [
      3,
      n0,
      _CRF,
      0,
      [_fN, _fV],
      [0, 64 | 0]
    ];
    var ConfigurationRecorderStatus$ = [
      3,
      n0,
      _CRSo,
      0,
      [_a, _n, _lSTa, _lSTas, _re, _lS, _lEC, _lEM, _lSCT, _sP],
      [0, 0, 4, 4, 2, 0, 0, 0, 4, 0]
    ];
    var ConfigurationRecorderSummary$ = [
      3,
      n0,
      _CRSon,
      0,
      [_a, _n, _rS, _sP, _p],
      [0, 0, 0, 0, 0],
      3
    ];
    var ConformancePackComplianceFilters$ = [
      3,
      n0,
      _CPCF,
      0,
      [_CRNo, _CT],
      [64 | 0, 0]
    ];
    var ConformancePackComplianceScore$ = [
      3,
      n0,
      _CPCS,
      0,
      [_Sco, _CPN, _LUTa],
      [0, 0, 4]
    ];
    var ConformancePackComplianceScoresFilters$ = [
      3,
      n0,
      _CPCSF,
      0,
      [_CPNo],
      [64 | 0],
      1
    ];
    var ConformancePackComplianceSummary$ = [
      3,
      n0,
      _CPCSo,
      0,
      [_CPN, _CPCSon],
      [0, 0],
      2
    ];
    var ConformancePackDetail$ = [
      3,
      n0,
      _CPD,
      0,
      [_CPN, _CPA, _CPI, _DSB, _DSKP, _CPIP, _LURT, _CB, _TSSMDD],
      [0, 0, 0, 0, 0, () => ConformancePackInputParameters, 4, 0, () => TemplateSSMDocumentDetails$],
      3
    ];
    var ConformancePackEvaluationFilters$ = [
      3,
      n0,
      _CPEF,
      0,
      [_CRNo, _CT, _RT, _RIes],
      [64 | 0, 0, 0, 64 | 0]
    ];
    var ConformancePackEvaluationResult$ = [
      3,
      n0,
      _CPER,
      0,
      [_CT, _ERI, _CRIT, _RRT, _A],
      [0, () => EvaluationResultIdentifier$, 4, 4, 0],
      4
    ];
    var ConformancePackInputParameter$ = [
      3,
      n0,
      _CPIPo,
      0,
      [_PN, _PV],
      [0, 0],
      2
    ];
    var ConformancePackRuleCompliance$ = [
      3,
      n0,
      _CPRC,
      0,
      [_CRN, _CT, _Co],
      [0, 0, 64 | 0]
    ];
    var ConformancePackStatusDetail$ = [
      3,
      n0,
      _CPSD,
      0,
      [_CPN, _CPI, _CPA, _CPS, _SA, _LURT, _CPSR, _LUCT],
      [0, 0, 0, 0, 0, 4, 0, 4],
      6
    ];
    var Connector$ = [
      3,
      n0,
      _Con,
      0,
      [_n, _a, _cC, _cT],
      [0, 0, () => ConnectorConfiguration$, 4],
      4
    ];
    var ConnectorConfiguration$ = [
      3,
      n0,
      _CCo,
      0,
      [_az],
      [() => AzureConnectorConfiguration$]
    ];
    var ConnectorFilter$ = [
      3,
      n0,
      _CF,
      0,
      [_fN, _fVi],
      [0, 64 | 0]
    ];
    var ConnectorSummary$ = [
      3,
      n0,
      _CSo,
      0,
      [_a, _n, _p, _tI, _cT],
      [0, 0, 0, 0, 4],
      5
    ];
    var CustomPolicyDetails$ = [
      3,
      n0,
      _CPDu,
      0,
      [_PR, _PT, _EDLD],
      [0, 0, 2],
      2
    ];
    var DeleteAggregationAuthorizationRequest$ = [
      3,
      n0,
      _DAAR,
      0,
      [_AAI, _AARu],
      [0, 0],
      2
    ];
    var DeleteConfigRuleRequest$ = [
      3,
      n0,
      _DCRR,
      0,
      [_CRN],
      [0],
      1
    ];
    var DeleteConfigurationAggregatorRequest$ = [
      3,
      n0,
      _DCAR,
      0,
      [_CAN],
      [0],
      1
    ];
    var DeleteConfigurationRecorderRequest$ = [
      3,
      n0,
      _DCRRe,
      0,
      [_CRNon],
      [0],
      1
    ];
    var DeleteConformancePackRequest$ = [
      3,
      n0,
      _DCPR,
      0,
      [_CPN],
      [0],
      1
    ];
    var DeleteConnectorRequest$ = [
      3,
      n0,
      _DCR,
      0,
      [_Ar],
      [0],
      1
    ];
    var DeleteDeliveryChannelRequest$ = [
      3,
      n0,
      _DDCR,
      0,
      [_DCN],
      [0],
      1
    ];
    var DeleteEvaluationResultsRequest$ = [
      3,
      n0,
      _DERR,
      0,
      [_CRN],
      [0],
      1
    ];
    var DeleteEvaluationResultsResponse$ = [
      3,
      n0,
      _DERRe,
      0,
      [],
      []
    ];
    var DeleteOrganizationConfigRuleRequest$ = [
      3,
      n0,
      _DOCRR,
      0,
      [_OCRN],
      [0],
      1
    ];
    var DeleteOrganizationConformancePackRequest$ = [
      3,
      n0,
      _DOCPR,
      0,
      [_OCPN],
      [0],
      1
    ];
    var DeletePendingAggregationRequestRequest$ = [
      3,
      n0,
      _DPARR,
      0,
      [_RAI, _RAR],
      [0, 0],
      2
    ];
    var DeleteRemediationConfigurationRequest$ = [
      3,
      n0,
      _DRCR,
      0,
      [_CRN, _RT],
      [0, 0],
      1
    ];
    var DeleteRemediationConfigurationResponse$ = [
      3,
      n0,
      _DRCRe,
      0,
      [],
      []
    ];
    var DeleteRemediationExceptionsRequest$ = [
      3,
      n0,
      _DRER,
      0,
      [_CRN, _RK],
      [0, () => RemediationExceptionResourceKeys],
      2
    ];
    var DeleteRemediationExceptionsResponse$ = [
      3,
      n0,
      _DRERe,
      0,
      [_FB],
      [() => FailedDeleteRemediationExceptionsBatches]
    ];
    var DeleteResourceConfigRequest$ = [
      3,
      n0,
      _DRCRel,
      0,
      [_RT, _RI],
      [0, 0],
      2
    ];
    var DeleteRetentionConfigurationRequest$ = [
      3,
      n0,
      _DRCRele,
      0,
      [_RCN],
      [0],
      1
    ];
    var DeleteServiceLinkedConfigurationRecorderRequest$ = [
      3,
      n0,
      _DSLCRR,
      0,
      [_SP, _Ar],
      [0, 0]
    ];
    var DeleteServiceLinkedConfigurationRecorderResponse$ = [
      3,
      n0,
      _DSLCRRe,
      0,
      [_Ar, _N],
      [0, 0],
      2
    ];
    var DeleteStoredQueryRequest$ = [
      3,
      n0,
      _DSQR,
      0,
      [_QN],
      [0],
      1
    ];
    var DeleteStoredQueryResponse$ = [
      3,
      n0,
      _DSQRe,
      0,
      [],
      []
    ];
    var DeliverConfigSnapshotRequest$ = [
      3,
      n0,
      _DCSR,
      0,
      [_dCN],
      [0],
      1
    ];
    var DeliverConfigSnapshotResponse$ = [
      3,
      n0,
      _DCSRe,
      0,
      [_cSIo],
      [0]
    ];
    var DeliveryChannel$ = [
      3,
      n0,
      _DC,
      0,
      [_n, _sBN, _sKP, _sKKA, _sTARN, _cSDP],
      [0, 0, 0, 0, 0, () => ConfigSnapshotDeliveryProperties$]
    ];
    var DeliveryChannelStatus$ = [
      3,
      n0,
      _DCS,
      0,
      [_n, _cSDI, _cHDI, _cSDIo],
      [0, () => ConfigExportDeliveryInfo$, () => ConfigExportDeliveryInfo$, () => ConfigStreamDeliveryInfo$]
    ];
    var DescribeAggregateComplianceByConfigRulesRequest$ = [
      3,
      n0,
      _DACBCRR,
      0,
      [_CAN, _F, _L, _NT],
      [0, () => ConfigRuleComplianceFilters$, 1, 0],
      1
    ];
    var DescribeAggregateComplianceByConfigRulesResponse$ = [
      3,
      n0,
      _DACBCRRe,
      0,
      [_ACBCRg, _NT],
      [() => AggregateComplianceByConfigRuleList, 0]
    ];
    var DescribeAggregateComplianceByConformancePacksRequest$ = [
      3,
      n0,
      _DACBCPR,
      0,
      [_CAN, _F, _L, _NT],
      [0, () => AggregateConformancePackComplianceFilters$, 1, 0],
      1
    ];
    var DescribeAggregateComplianceByConformancePacksResponse$ = [
      3,
      n0,
      _DACBCPRe,
      0,
      [_ACBCPg, _NT],
      [() => AggregateComplianceByConformancePackList, 0]
    ];
    var DescribeAggregationAuthorizationsRequest$ = [
      3,
      n0,
      _DAARe,
      0,
      [_L, _NT],
      [1, 0]
    ];
    var DescribeAggregationAuthorizationsResponse$ = [
      3,
      n0,
      _DAARes,
      0,
      [_AAg, _NT],
      [() => AggregationAuthorizationList, 0]
    ];
    var DescribeComplianceByConfigRuleRequest$ = [
      3,
      n0,
      _DCBCRR,
      0,
      [_CRNo, _CTo, _NT],
      [64 | 0, 64 | 0, 0]
    ];
    var DescribeComplianceByConfigRuleResponse$ = [
      3,
      n0,
      _DCBCRRe,
      0,
      [_CBCRo, _NT],
      [() => ComplianceByConfigRules, 0]
    ];
    var DescribeComplianceByResourceRequest$ = [
      3,
      n0,
      _DCBRR,
      0,
      [_RT, _RI, _CTo, _L, _NT],
      [0, 0, 64 | 0, 1, 0]
    ];
    var DescribeComplianceByResourceResponse$ = [
      3,
      n0,
      _DCBRRe,
      0,
      [_CBRo, _NT],
      [() => ComplianceByResources, 0]
    ];
    var DescribeConfigRuleEvaluationStatusRequest$ = [
      3,
      n0,
      _DCRESR,
      0,
      [_CRNo, _NT, _L],
      [64 | 0, 0, 1]
    ];
    var DescribeConfigRuleEvaluationStatusResponse$ = [
      3,
      n0,
      _DCRESRe,
      0,
      [_CRESo, _NT],
      [() => ConfigRuleEvaluationStatusList, 0]
    ];
    var DescribeConfigRulesFilters$ = [
      3,
      n0,
      _DCRF,
      0,
      [_EMv, _REV],
      [0, 0]
    ];
    var DescribeConfigRulesRequest$ = [
      3,
      n0,
      _DCRRes,
      0,
      [_CRNo, _F, _NT],
      [64 | 0, () => DescribeConfigRulesFilters$, 0]
    ];
    var DescribeConfigRulesResponse$ = [
      3,
      n0,
      _DCRResc,
      0,
      [_CRon, _NT],
      [() => ConfigRules, 0]
    ];
    var DescribeConfigurationAggregatorSourcesStatusRequest$ = [
      3,
      n0,
      _DCASSR,
      0,
      [_CAN, _US, _NT, _L],
      [0, 64 | 0, 0, 1],
      1
    ];
    var DescribeConfigurationAggregatorSourcesStatusResponse$ = [
      3,
      n0,
      _DCASSRe,
      0,
      [_ASSL, _NT],
      [() => AggregatedSourceStatusList, 0]
    ];
    var DescribeConfigurationAggregatorsRequest$ = [
      3,
      n0,
      _DCARe,
      0,
      [_CANo, _NT, _L],
      [64 | 0, 0, 1]
    ];
    var DescribeConfigurationAggregatorsResponse$ = [
      3,
      n0,
      _DCARes,
      0,
      [_CAo, _NT],
      [() => ConfigurationAggregatorList, 0]
    ];
    var DescribeConfigurationRecordersRequest$ = [
      3,
      n0,
      _DCRRescr,
      0,
      [_CRNonf, _SP, _Ar],
      [64 | 0, 0, 0]
    ];
    var DescribeConfigurationRecordersResponse$ = [
      3,
      n0,
      _DCRRescri,
      0,
      [_CRonf],
      [() => ConfigurationRecorderList]
    ];
    var DescribeConfigurationRecorderStatusRequest$ = [
      3,
      n0,
      _DCRSR,
      0,
      [_CRNonf, _SP, _Ar],
      [64 | 0, 0, 0]
    ];
    var DescribeConfigurationRecorderStatusResponse$ = [
      3,
      n0,
      _DCRSRe,
      0,
      [_CRSonf],
      [() => ConfigurationRecorderStatusList]
    ];
    var DescribeConformancePackComplianceRequest$ = [
      3,
      n0,
      _DCPCR,
      0,
      [_CPN, _F, _L, _NT],
      [0, () => ConformancePackComplianceFilters$, 1, 0],
      1
    ];
    var DescribeConformancePackComplianceResponse$ = [
      3,
      n0,
      _DCPCRe,
      0,
      [_CPN, _CPRCL, _NT],
      [0, () => ConformancePackRuleComplianceList, 0],
      2
    ];
    var DescribeConformancePacksRequest$ = [
      3,
      n0,
      _DCPRe,
      0,
      [_CPNo, _L, _NT],
      [64 | 0, 1, 0]
    ];
    var DescribeConformancePacksResponse$ = [
      3,
      n0,
      _DCPRes,
      0,
      [_CPDo, _NT],
      [() => ConformancePackDetailList, 0]
    ];
    var DescribeConformancePackStatusRequest$ = [
      3,
      n0,
      _DCPSR,
      0,
      [_CPNo, _L, _NT],
      [64 | 0, 1, 0]
    ];
    var DescribeConformancePackStatusResponse$ = [
      3,
      n0,
      _DCPSRe,
      0,
      [_CPSDo, _NT],
      [() => ConformancePackStatusDetailsList, 0]
    ];
    var DescribeDeliveryChannelsRequest$ = [
      3,
      n0,
      _DDCRe,
      0,
      [_DCNe],
      [64 | 0]
    ];
    var DescribeDeliveryChannelsResponse$ = [
      3,
      n0,
      _DDCRes,
      0,
      [_DCe],
      [() => DeliveryChannelList]
    ];
    var DescribeDeliveryChannelStatusRequest$ = [
      3,
      n0,
      _DDCSR,
      0,
      [_DCNe],
      [64 | 0]
    ];
    var DescribeDeliveryChannelStatusResponse$ = [
      3,
      n0,
      _DDCSRe,
      0,
      [_DCSe],
      [() => DeliveryChannelStatusList]
    ];
    var DescribeOrganizationConfigRulesRequest$ = [
      3,
      n0,
      _DOCRRe,
      0,
      [_OCRNr, _L, _NT],
      [64 | 0, 1, 0]
    ];
    var DescribeOrganizationConfigRulesResponse$ = [
      3,
      n0,
      _DOCRRes,
      0,
      [_OCR, _NT],
      [() => OrganizationConfigRules, 0]
    ];
    var DescribeOrganizationConfigRuleStatusesRequest$ = [
      3,
      n0,
      _DOCRSR,
      0,
      [_OCRNr, _L, _NT],
      [64 | 0, 1, 0]
    ];
    var DescribeOrganizationConfigRuleStatusesResponse$ = [
      3,
      n0,
      _DOCRSRe,
      0,
      [_OCRS, _NT],
      [() => OrganizationConfigRuleStatuses, 0]
    ];
    var DescribeOrganizationConformancePacksRequest$ = [
      3,
      n0,
      _DOCPRe,
      0,
      [_OCPNr, _L, _NT],
      [64 | 0, 1, 0]
    ];
    var DescribeOrganizationConformancePacksResponse$ = [
      3,
      n0,
      _DOCPRes,
      0,
      [_OCP, _NT],
      [() => OrganizationConformancePacks, 0]
    ];
    var DescribeOrganizationConformancePackStatusesRequest$ = [
      3,
      n0,
      _DOCPSR,
      0,
      [_OCPNr, _L, _NT],
      [64 | 0, 1, 0]
    ];
    var DescribeOrganizationConformancePackStatusesResponse$ = [
      3,
      n0,
      _DOCPSRe,
      0,
      [_OCPS, _NT],
      [() => OrganizationConformancePackStatuses, 0]
    ];
    var DescribePendingAggregationRequestsRequest$ = [
      3,
      n0,
      _DPARRe,
      0,
      [_L, _NT],
      [1, 0]
    ];
    var DescribePendingAggregationRequestsResponse$ = [
      3,
      n0,
      _DPARRes,
      0,
      [_PAR, _NT],
      [() => PendingAggregationRequestList, 0]
    ];
    var DescribeRemediationConfigurationsRequest$ = [
      3,
      n0,
      _DRCRes,
      0,
      [_CRNo],
      [64 | 0],
      1
    ];
    var DescribeRemediationConfigurationsResponse$ = [
      3,
      n0,
      _DRCResc,
      0,
      [_RC],
      [() => RemediationConfigurations]
    ];
    var DescribeRemediationExceptionsRequest$ = [
      3,
      n0,
      _DRERes,
      0,
      [_CRN, _RK, _L, _NT],
      [0, () => RemediationExceptionResourceKeys, 1, 0],
      1
    ];
    var DescribeRemediationExceptionsResponse$ = [
      3,
      n0,
      _DREResc,
      0,
      [_RE, _NT],
      [() => RemediationExceptions, 0]
    ];
    var DescribeRemediationExecutionStatusRequest$ = [
      3,
      n0,
      _DRESR,
      0,
      [_CRN, _RK, _L, _NT],
      [0, () => ResourceKeys, 1, 0],
      1
    ];
    var DescribeRemediationExecutionStatusResponse$ = [
      3,
      n0,
      _DRESRe,
      0,
      [_RES, _NT],
      [() => RemediationExecutionStatuses, 0]
    ];
    var DescribeRetentionConfigurationsRequest$ = [
      3,
      n0,
      _DRCRescr,
      0,
      [_RCNe, _NT],
      [64 | 0, 0]
    ];
    var DescribeRetentionConfigurationsResponse$ = [
      3,
      n0,
      _DRCRescri,
      0,
      [_RCe, _NT],
      [() => RetentionConfigurationList, 0]
    ];
    var DisassociateResourceTypesRequest$ = [
      3,
      n0,
      _DRTR,
      0,
      [_CRA, _RTe],
      [0, 64 | 0],
      2
    ];
    var DisassociateResourceTypesResponse$ = [
      3,
      n0,
      _DRTRi,
      0,
      [_CR],
      [() => ConfigurationRecorder$],
      1
    ];
    var Evaluation$ = [
      3,
      n0,
      _E,
      0,
      [_CRT, _CRIo, _CT, _OT, _A],
      [0, 0, 0, 4, 0],
      4
    ];
    var EvaluationContext$ = [
      3,
      n0,
      _EC,
      0,
      [_ECI],
      [0]
    ];
    var EvaluationModeConfiguration$ = [
      3,
      n0,
      _EMC,
      0,
      [_M],
      [0]
    ];
    var EvaluationResult$ = [
      3,
      n0,
      _ER,
      0,
      [_ERI, _CT, _RRT, _CRIT, _A, _RTes],
      [() => EvaluationResultIdentifier$, 0, 4, 4, 0, 0]
    ];
    var EvaluationResultIdentifier$ = [
      3,
      n0,
      _ERI,
      0,
      [_ERQ, _OT, _REI],
      [() => EvaluationResultQualifier$, 4, 0]
    ];
    var EvaluationResultQualifier$ = [
      3,
      n0,
      _ERQ,
      0,
      [_CRN, _RT, _RI, _EMv],
      [0, 0, 0, 0]
    ];
    var EvaluationStatus$ = [
      3,
      n0,
      _ES,
      0,
      [_St, _FR],
      [0, 0],
      1
    ];
    var ExclusionByResourceTypes$ = [
      3,
      n0,
      _EBRT,
      0,
      [_rTe],
      [64 | 0]
    ];
    var ExecutionControls$ = [
      3,
      n0,
      _ECx,
      0,
      [_SC],
      [() => SsmControls$]
    ];
    var ExternalEvaluation$ = [
      3,
      n0,
      _EE,
      0,
      [_CRT, _CRIo, _CT, _OT, _A],
      [0, 0, 0, 4, 0],
      4
    ];
    var FailedDeleteRemediationExceptionsBatch$ = [
      3,
      n0,
      _FDREB,
      0,
      [_FM, _FI],
      [0, () => RemediationExceptionResourceKeys]
    ];
    var FailedRemediationBatch$ = [
      3,
      n0,
      _FRB,
      0,
      [_FM, _FI],
      [0, () => RemediationConfigurations]
    ];
    var FailedRemediationExceptionBatch$ = [
      3,
      n0,
      _FREB,
      0,
      [_FM, _FI],
      [0, () => RemediationExceptions]
    ];
    var FieldInfo$ = [
      3,
      n0,
      _FIi,
      0,
      [_N],
      [0]
    ];
    var GetAggregateComplianceDetailsByConfigRuleRequest$ = [
      3,
      n0,
      _GACDBCRR,
      0,
      [_CAN, _CRN, _AIc, _ARw, _CT, _L, _NT],
      [0, 0, 0, 0, 0, 1, 0],
      4
    ];
    var GetAggregateComplianceDetailsByConfigRuleResponse$ = [
      3,
      n0,
      _GACDBCRRe,
      0,
      [_AERg, _NT],
      [() => AggregateEvaluationResultList, 0]
    ];
    var GetAggregateConfigRuleComplianceSummaryRequest$ = [
      3,
      n0,
      _GACRCSR,
      0,
      [_CAN, _F, _GBK, _L, _NT],
      [0, () => ConfigRuleComplianceSummaryFilters$, 0, 1, 0],
      1
    ];
    var GetAggregateConfigRuleComplianceSummaryResponse$ = [
      3,
      n0,
      _GACRCSRe,
      0,
      [_GBK, _ACCg, _NT],
      [0, () => AggregateComplianceCountList, 0]
    ];
    var GetAggregateConformancePackComplianceSummaryRequest$ = [
      3,
      n0,
      _GACPCSR,
      0,
      [_CAN, _F, _GBK, _L, _NT],
      [0, () => AggregateConformancePackComplianceSummaryFilters$, 0, 1, 0],
      1
    ];
    var GetAggregateConformancePackComplianceSummaryResponse$ = [
      3,
      n0,
      _GACPCSRe,
      0,
      [_ACPCSg, _GBK, _NT],
      [() => AggregateConformancePackComplianceSummaryList, 0, 0]
    ];
    var GetAggregateDiscoveredResourceCountsRequest$ = [
      3,
      n0,
      _GADRCR,
      0,
      [_CAN, _F, _GBK, _L, _NT],
      [0, () => ResourceCountFilters$, 0, 1, 0],
      1
    ];
    var GetAggregateDiscoveredResourceCountsResponse$ = [
      3,
      n0,
      _GADRCRe,
      0,
      [_TDR, _GBK, _GRC, _NT],
      [1, 0, () => GroupedResourceCountList, 0],
      1
    ];
    var GetAggregateResourceConfigRequest$ = [
      3,
      n0,
      _GARCR,
      0,
      [_CAN, _RIeso],
      [0, () => AggregateResourceIdentifier$],
      2
    ];
    var GetAggregateResourceConfigResponse$ = [
      3,
      n0,
      _GARCRe,
      0,
      [_CI],
      [() => ConfigurationItem$]
    ];
    var GetComplianceDetailsByConfigRuleRequest$ = [
      3,
      n0,
      _GCDBCRR,
      0,
      [_CRN, _CTo, _L, _NT],
      [0, 64 | 0, 1, 0],
      1
    ];
    var GetComplianceDetailsByConfigRuleResponse$ = [
      3,
      n0,
      _GCDBCRRe,
      0,
      [_ERv, _NT],
      [() => EvaluationResults, 0]
    ];
    var GetComplianceDetailsByResourceRequest$ = [
      3,
      n0,
      _GCDBRR,
      0,
      [_RT, _RI, _CTo, _NT, _REI],
      [0, 0, 64 | 0, 0, 0]
    ];
    var GetComplianceDetailsByResourceResponse$ = [
      3,
      n0,
      _GCDBRRe,
      0,
      [_ERv, _NT],
      [() => EvaluationResults, 0]
    ];
    var GetComplianceSummaryByConfigRuleResponse$ = [
      3,
      n0,
      _GCSBCRR,
      0,
      [_CS],
      [() => ComplianceSummary$]
    ];
    var GetComplianceSummaryByResourceTypeRequest$ = [
      3,
      n0,
      _GCSBRTR,
      0,
      [_RTe],
      [64 | 0]
    ];
    var GetComplianceSummaryByResourceTypeResponse$ = [
      3,
      n0,
      _GCSBRTRe,
      0,
      [_CSBRTo],
      [() => ComplianceSummariesByResourceType]
    ];
    var GetConformancePackComplianceDetailsRequest$ = [
      3,
      n0,
      _GCPCDR,
      0,
      [_CPN, _F, _L, _NT],
      [0, () => ConformancePackEvaluationFilters$, 1, 0],
      1
    ];
    var GetConformancePackComplianceDetailsResponse$ = [
      3,
      n0,
      _GCPCDRe,
      0,
      [_CPN, _CPRER, _NT],
      [0, () => ConformancePackRuleEvaluationResultsList, 0],
      1
    ];
    var GetConformancePackComplianceSummaryRequest$ = [
      3,
      n0,
      _GCPCSR,
      0,
      [_CPNo, _L, _NT],
      [64 | 0, 1, 0],
      1
    ];
    var GetConformancePackComplianceSummaryResponse$ = [
      3,
      n0,
      _GCPCSRe,
      0,
      [_CPCSL, _NT],
      [() => ConformancePackComplianceSummaryList, 0]
    ];
    var GetConnectorRequest$ = [
      3,
      n0,
      _GCR,
      0,
      [_Ar],
      [0],
      1
    ];
    var GetConnectorResponse$ = [
      3,
      n0,
      _GCRe,
      0,
      [_Con],
      [() => Connector$],
      1
    ];
    var GetCustomRulePolicyRequest$ = [
      3,
      n0,
      _GCRPR,
      0,
      [_CRN],
      [0]
    ];
    var GetCustomRulePolicyResponse$ = [
      3,
      n0,
      _GCRPRe,
      0,
      [_PT],
      [0]
    ];
    var GetDiscoveredResourceCountsRequest$ = [
      3,
      n0,
      _GDRCR,
      0,
      [_rTe, _l, _nT],
      [64 | 0, 1, 0]
    ];
    var GetDiscoveredResourceCountsResponse$ = [
      3,
      n0,
      _GDRCRe,
      0,
      [_tDR, _rC, _nT],
      [1, () => ResourceCounts, 0]
    ];
    var GetOrganizationConfigRuleDetailedStatusRequest$ = [
      3,
      n0,
      _GOCRDSR,
      0,
      [_OCRN, _F, _L, _NT],
      [0, () => StatusDetailFilters$, 1, 0],
      1
    ];
    var GetOrganizationConfigRuleDetailedStatusResponse$ = [
      3,
      n0,
      _GOCRDSRe,
      0,
      [_OCRDS, _NT],
      [() => OrganizationConfigRuleDetailedStatus, 0]
    ];
    var GetOrganizationConformancePackDetailedStatusRequest$ = [
      3,
      n0,
      _GOCPDSR,
      0,
      [_OCPN, _F, _L, _NT],
      [0, () => OrganizationResourceDetailedStatusFilters$, 1, 0],
      1
    ];
    var GetOrganizationConformancePackDetailedStatusResponse$ = [
      3,
      n0,
      _GOCPDSRe,
      0,
      [_OCPDS, _NT],
      [() => OrganizationConformancePackDetailedStatuses, 0]
    ];
    var GetOrganizationCustomRulePolicyRequest$ = [
      3,
      n0,
      _GOCRPR,
      0,
      [_OCRN],
      [0],
      1
    ];
    var GetOrganizationCustomRulePolicyResponse$ = [
      3,
      n0,
      _GOCRPRe,
      0,
      [_PT],
      [0]
    ];
    var GetResourceConfigHistoryRequest$ = [
      3,
      n0,
      _GRCHR,
      0,
      [_rT, _rI, _lT, _eT, _cO, _l, _nT],
      [0, 0, 4, 4, 0, 1, 0],
      2
    ];
    var GetResourceConfigHistoryResponse$ = [
      3,
      n0,
      _GRCHRe,
      0,
      [_cIo, _nT],
      [() => ConfigurationItemList, 0]
    ];
    var GetResourceEvaluationSummaryRequest$ = [
      3,
      n0,
      _GRESR,
      0,
      [_REI],
      [0],
      1
    ];
    var GetResourceEvaluationSummaryResponse$ = [
      3,
      n0,
      _GRESRe,
      0,
      [_REI, _EMv, _ES, _EST, _C, _EC, _RD],
      [0, 0, () => EvaluationStatus$, 4, 0, () => EvaluationContext$, () => ResourceDetails$]
    ];
    var GetStoredQueryRequest$ = [
      3,
      n0,
      _GSQR,
      0,
      [_QN],
      [0],
      1
    ];
    var GetStoredQueryResponse$ = [
      3,
      n0,
      _GSQRe,
      0,
      [_SQ],
      [() => StoredQuery$]
    ];
    var GroupedResourceCount$ = [
      3,
      n0,
      _GRCr,
      0,
      [_GN, _RCes],
      [0, 1],
      2
    ];
    var ListAggregateDiscoveredResourcesRequest$ = [
      3,
      n0,
      _LADRR,
      0,
      [_CAN, _RT, _F, _L, _NT],
      [0, 0, () => ResourceFilters$, 1, 0],
      2
    ];
    var ListAggregateDiscoveredResourcesResponse$ = [
      3,
      n0,
      _LADRRi,
      0,
      [_RIe, _NT],
      [() => DiscoveredResourceIdentifierList, 0]
    ];
    var ListConfigurationRecordersRequest$ = [
      3,
      n0,
      _LCRR,
      0,
      [_F, _MR, _NT],
      [() => ConfigurationRecorderFilterList, 1, 0]
    ];
    var ListConfigurationRecordersResponse$ = [
      3,
      n0,
      _LCRRi,
      0,
      [_CRSonfi, _NT],
      [() => ConfigurationRecorderSummaries, 0],
      1
    ];
    var ListConformancePackComplianceScoresRequest$ = [
      3,
      n0,
      _LCPCSR,
      0,
      [_F, _SO, _SB, _L, _NT],
      [() => ConformancePackComplianceScoresFilters$, 0, 0, 1, 0]
    ];
    var ListConformancePackComplianceScoresResponse$ = [
      3,
      n0,
      _LCPCSRi,
      0,
      [_CPCSonf, _NT],
      [() => ConformancePackComplianceScores, 0],
      1
    ];
    var ListConnectorsRequest$ = [
      3,
      n0,
      _LCR,
      0,
      [_MR, _NT, _F],
      [1, 0, () => ConnectorFilterList]
    ];
    var ListConnectorsResponse$ = [
      3,
      n0,
      _LCRi,
      0,
      [_CSon, _NT],
      [() => ConnectorSummaries, 0],
      1
    ];
    var ListDiscoveredResourcesRequest$ = [
      3,
      n0,
      _LDRR,
      0,
      [_rT, _rIe, _rN, _l, _iDR, _nT],
      [0, 64 | 0, 0, 1, 2, 0],
      1
    ];
    var ListDiscoveredResourcesResponse$ = [
      3,
      n0,
      _LDRRi,
      0,
      [_rIes, _nT],
      [() => ResourceIdentifierList, 0]
    ];
    var ListResourceEvaluationsRequest$ = [
      3,
      n0,
      _LRER,
      0,
      [_F, _L, _NT],
      [() => ResourceEvaluationFilters$, 1, 0]
    ];
    var ListResourceEvaluationsResponse$ = [
      3,
      n0,
      _LRERi,
      0,
      [_REe, _NT],
      [() => ResourceEvaluations, 0]
    ];
    var ListStoredQueriesRequest$ = [
      3,
      n0,
      _LSQR,
      0,
      [_NT, _MR],
      [0, 1]
    ];
    var ListStoredQueriesResponse$ = [
      3,
      n0,
      _LSQRi,
      0,
      [_SQM, _NT],
      [() => StoredQueryMetadataList, 0]
    ];
    var ListTagsForResourceRequest$ = [
      3,
      n0,
      _LTFRR,
      0,
      [_RA, _L, _NT],
      [0, 1, 0],
      1
    ];
    var ListTagsForResourceResponse$ = [
      3,
      n0,
      _LTFRRi,
      0,
      [_Ta, _NT],
      [() => TagList, 0]
    ];
    var MemberAccountStatus$ = [
      3,
      n0,
      _MAS,
      0,
      [_AIc, _CRN, _MARS, _ECr, _EMr, _LUT],
      [0, 0, 0, 0, 0, 4],
      3
    ];
    var OrganizationAggregationSource$ = [
      3,
      n0,
      _OAS,
      0,
      [_RAo, _AR, _AAR],
      [0, 64 | 0, 2],
      1
    ];
    var OrganizationConfigRule$ = [
      3,
      n0,
      _OCRr,
      0,
      [_OCRN, _OCRA, _OMRM, _OCRM, _EA, _LUT, _OCPRM],
      [0, 0, () => OrganizationManagedRuleMetadata$, () => OrganizationCustomRuleMetadata$, 64 | 0, 4, () => OrganizationCustomPolicyRuleMetadataNoPolicy$],
      2
    ];
    var OrganizationConfigRuleStatus$ = [
      3,
      n0,
      _OCRSr,
      0,
      [_OCRN, _ORS, _ECr, _EMr, _LUT],
      [0, 0, 0, 0, 4],
      2
    ];
    var OrganizationConformancePack$ = [
      3,
      n0,
      _OCPr,
      0,
      [_OCPN, _OCPA, _LUT, _DSB, _DSKP, _CPIP, _EA],
      [0, 0, 4, 0, 0, () => ConformancePackInputParameters, 64 | 0],
      3
    ];
    var OrganizationConformancePackDetailedStatus$ = [
      3,
      n0,
      _OCPDSr,
      0,
      [_AIc, _CPN, _St, _ECr, _EMr, _LUT],
      [0, 0, 0, 0, 0, 4],
      3
    ];
    var OrganizationConformancePackStatus$ = [
      3,
      n0,
      _OCPSr,
      0,
      [_OCPN, _St, _ECr, _EMr, _LUT],
      [0, 0, 0, 0, 4],
      2
    ];
    var OrganizationCustomPolicyRuleMetadata$ = [
      3,
      n0,
      _OCPRM,
      0,
      [_PR, _PT, _D, _OCRTT, _IP, _MEF, _RTS, _RIS, _TKS, _TVS, _DLDA],
      [0, 0, 0, 64 | 0, 0, 0, 64 | 0, 0, 0, 0, 64 | 0],
      2
    ];
    var OrganizationCustomPolicyRuleMetadataNoPolicy$ = [
      3,
      n0,
      _OCPRMNP,
      0,
      [_D, _OCRTT, _IP, _MEF, _RTS, _RIS, _TKS, _TVS, _PR, _DLDA],
      [0, 64 | 0, 0, 0, 64 | 0, 0, 0, 0, 0, 64 | 0]
    ];
    var OrganizationCustomRuleMetadata$ = [
      3,
      n0,
      _OCRM,
      0,
      [_LFA, _OCRTT, _D, _IP, _MEF, _RTS, _RIS, _TKS, _TVS],
      [0, 64 | 0, 0, 0, 0, 64 | 0, 0, 0, 0],
      2
    ];
    var OrganizationManagedRuleMetadata$ = [
      3,
      n0,
      _OMRM,
      0,
      [_RIu, _D, _IP, _MEF, _RTS, _RIS, _TKS, _TVS],
      [0, 0, 0, 0, 64 | 0, 0, 0, 0],
      1
    ];
    var OrganizationResourceDetailedStatusFilters$ = [
      3,
      n0,
      _ORDSF,
      0,
      [_AIc, _St],
      [0, 0]
    ];
    var PendingAggregationRequest$ = [
      3,
      n0,
      _PARe,
      0,
      [_RAI, _RAR],
      [0, 0]
    ];
    var PutAggregationAuthorizationRequest$ = [
      3,
      n0,
      _PAAR,
      0,
      [_AAI, _AARu, _Ta],
      [0, 0, () => TagsList],
      2
    ];
    var PutAggregationAuthorizationResponse$ = [
      3,
      n0,
      _PAARu,
      0,
      [_AA],
      [() => AggregationAuthorization$]
    ];
    var PutConfigRuleRequest$ = [
      3,
      n0,
      _PCRR,
      0,
      [_CRo, _Ta],
      [() => ConfigRule$, () => TagsList],
      1
    ];
    var PutConfigurationAggregatorRequest$ = [
      3,
      n0,
      _PCAR,
      0,
      [_CAN, _AASc, _OAS, _Ta, _AF],
      [0, () => AccountAggregationSourceList, () => OrganizationAggregationSource$, () => TagsList, () => AggregatorFilters$],
      1
    ];
    var PutConfigurationAggregatorResponse$ = [
      3,
      n0,
      _PCARu,
      0,
      [_CA],
      [() => ConfigurationAggregator$]
    ];
    var PutConfigurationRecorderRequest$ = [
      3,
      n0,
      _PCRRu,
      0,
      [_CR, _Ta],
      [() => ConfigurationRecorder$, () => TagsList],
      1
    ];
    var PutConformancePackRequest$ = [
      3,
      n0,
      _PCPR,
      0,
      [_CPN, _TSU, _TB, _DSB, _DSKP, _CPIP, _TSSMDD, _Ta],
      [0, 0, 0, 0, 0, () => ConformancePackInputParameters, () => TemplateSSMDocumentDetails$, () => TagsList],
      1
    ];
    var PutConformancePackResponse$ = [
      3,
      n0,
      _PCPRu,
      0,
      [_CPA],
      [0]
    ];
    var PutConnectorRequest$ = [
      3,
      n0,
      _PCR,
      0,
      [_CCo, _Ta],
      [() => ConnectorConfiguration$, () => TagsList],
      1
    ];
    var PutConnectorResponse$ = [
      3,
      n0,
      _PCRu,
      0,
      [_Ar],
      [0],
      1
    ];
    var PutDeliveryChannelRequest$ = [
      3,
      n0,
      _PDCR,
      0,
      [_DC],
      [() => DeliveryChannel$],
      1
    ];
    var PutEvaluationsRequest$ = [
      3,
      n0,
      _PER,
      0,
      [_RTes, _Ev, _TM],
      [0, () => Evaluations, 2],
      1
    ];
    var PutEvaluationsResponse$ = [
      3,
      n0,
      _PERu,
      0,
      [_FE],
      [() => Evaluations]
    ];
    var PutExternalEvaluationRequest$ = [
      3,
      n0,
      _PEER,
      0,
      [_CRN, _EE],
      [0, () => ExternalEvaluation$],
      2
    ];
    var PutExternalEvaluationResponse$ = [
      3,
      n0,
      _PEERu,
      0,
      [],
      []
    ];
    var PutOrganizationConfigRuleRequest$ = [
      3,
      n0,
      _POCRR,
      0,
      [_OCRN, _OMRM, _OCRM, _EA, _OCPRM, _Ta],
      [0, () => OrganizationManagedRuleMetadata$, () => OrganizationCustomRuleMetadata$, 64 | 0, () => OrganizationCustomPolicyRuleMetadata$, () => TagsList],
      1
    ];
    var PutOrganizationConfigRuleResponse$ = [
      3,
      n0,
      _POCRRu,
      0,
      [_OCRA],
      [0]
    ];
    var PutOrganizationConformancePackRequest$ = [
      3,
      n0,
      _POCPR,
      0,
      [_OCPN, _TSU, _TB, _DSB, _DSKP, _CPIP, _EA, _Ta],
      [0, 0, 0, 0, 0, () => ConformancePackInputParameters, 64 | 0, () => TagsList],
      1
    ];
    var PutOrganizationConformancePackResponse$ = [
      3,
      n0,
      _POCPRu,
      0,
      [_OCPA],
      [0]
    ];
    var PutRemediationConfigurationsRequest$ = [
      3,
      n0,
      _PRCR,
      0,
      [_RC],
      [() => RemediationConfigurations],
      1
    ];
    var PutRemediationConfigurationsResponse$ = [
      3,
      n0,
      _PRCRu,
      0,
      [_FB],
      [() => FailedRemediationBatches]
    ];
    var PutRemediationExceptionsRequest$ = [
      3,
      n0,
      _PRER,
      0,
      [_CRN, _RK, _Me, _ET],
      [0, () => RemediationExceptionResourceKeys, 0, 4],
      2
    ];
    var PutRemediationExceptionsResponse$ = [
      3,
      n0,
      _PRERu,
      0,
      [_FB],
      [() => FailedRemediationExceptionBatches]
    ];
    var PutResourceConfigRequest$ = [
      3,
      n0,
      _PRCRut,
      0,
      [_RT, _SVI, _RI, _Conf, _RN, _Ta],
      [0, 0, 0, 0, 0, 128 | 0],
      4
    ];
    var PutRetentionConfigurationRequest$ = [
      3,
      n0,
      _PRCRute,
      0,
      [_RPID],
      [1],
      1
    ];
    var PutRetentionConfigurationResponse$ = [
      3,
      n0,
      _PRCRutet,
      0,
      [_RCet],
      [() => RetentionConfiguration$]
    ];
    var PutServiceLinkedConfigurationRecorderRequest$ = [
      3,
      n0,
      _PSLCRR,
      0,
      [_SP, _Ta],
      [0, () => TagsList],
      1
    ];
    var PutServiceLinkedConfigurationRecorderResponse$ = [
      3,
      n0,
      _PSLCRRu,
      0,
      [_Ar, _N],
      [0, 0]
    ];
    var PutStoredQueryRequest$ = [
      3,
      n0,
      _PSQR,
      0,
      [_SQ, _Ta],
      [() => StoredQuery$, () => TagsList],
      1
    ];
    var PutStoredQueryResponse$ = [
      3,
      n0,
      _PSQRu,
      0,
      [_QA],
      [0]
    ];
    var PutThirdPartyServiceLinkedConfigurationRecorderRequest$ = [
      3,
      n0,
      _PTPSLCRR,
      0,
      [_SP, _CAon, _SCc, _Ta],
      [0, 0, () => ScopeConfiguration$, () => TagsList],
      3
    ];
    var PutThirdPartyServiceLinkedConfigurationRecorderResponse$ = [
      3,
      n0,
      _PTPSLCRRu,
      0,
      [_Ar, _N],
      [0, 0],
      2
    ];
    var QueryInfo$ = [
      3,
      n0,
      _QI,
      0,
      [_SF],
      [() => FieldInfoList]
    ];
    var RecordingGroup$ = [
      3,
      n0,
      _RG,
      0,
      [_aS, _iGRT, _rTe, _eBRT, _rSe],
      [2, 2, 64 | 0, () => ExclusionByResourceTypes$, () => RecordingStrategy$]
    ];
    var RecordingMode$ = [
      3,
      n0,
      _RM,
      0,
      [_rF, _rMO],
      [0, () => RecordingModeOverrides],
      1
    ];
    var RecordingModeOverride$ = [
      3,
      n0,
      _RMO,
      0,
      [_rTe, _rF, _d],
      [64 | 0, 0, 0],
      2
    ];
    var RecordingStrategy$ = [
      3,
      n0,
      _RS,
      0,
      [_uO],
      [0]
    ];
    var Relationship$ = [
      3,
      n0,
      _R,
      0,
      [_rT, _rI, _rN, _rNe],
      [0, 0, 0, 0]
    ];
    var RemediationConfiguration$ = [
      3,
      n0,
      _RCem,
      0,
      [_CRN, _TT, _TI, _TV, _P, _RT, _Au, _ECx, _MAA, _RAS, _Ar, _CBS],
      [0, 0, 0, 0, () => RemediationParameters, 0, 2, () => ExecutionControls$, 1, 1, 0, 0],
      3
    ];
    var RemediationException$ = [
      3,
      n0,
      _REem,
      0,
      [_CRN, _RT, _RI, _Me, _ET],
      [0, 0, 0, 0, 4],
      3
    ];
    var RemediationExceptionResourceKey$ = [
      3,
      n0,
      _RERK,
      0,
      [_RT, _RI],
      [0, 0]
    ];
    var RemediationExecutionStatus$ = [
      3,
      n0,
      _RESe,
      0,
      [_RKe, _Sta, _SD, _IT, _LUTa],
      [() => ResourceKey$, 0, () => RemediationExecutionSteps, 4, 4]
    ];
    var RemediationExecutionStep$ = [
      3,
      n0,
      _RESem,
      0,
      [_N, _Sta, _EMr, _STt, _STto],
      [0, 0, 0, 4, 4]
    ];
    var RemediationParameterValue$ = [
      3,
      n0,
      _RPV,
      0,
      [_RV, _SV],
      [() => ResourceValue$, () => StaticValue$]
    ];
    var ResourceCount$ = [
      3,
      n0,
      _RCes,
      0,
      [_rT, _cou],
      [0, 1]
    ];
    var ResourceCountFilters$ = [
      3,
      n0,
      _RCF,
      0,
      [_RT, _AIc, _Re],
      [0, 0, 0]
    ];
    var ResourceDetails$ = [
      3,
      n0,
      _RD,
      0,
      [_RI, _RT, _RCeso, _RCST],
      [0, 0, 0, 0],
      3
    ];
    var ResourceEvaluation$ = [
      3,
      n0,
      _REes,
      0,
      [_REI, _EMv, _EST],
      [0, 0, 4]
    ];
    var ResourceEvaluationFilters$ = [
      3,
      n0,
      _REF,
      0,
      [_EMv, _TW, _ECI],
      [0, () => TimeWindow$, 0]
    ];
    var ResourceFilters$ = [
      3,
      n0,
      _RF,
      0,
      [_AIc, _RI, _RN, _Re],
      [0, 0, 0, 0]
    ];
    var ResourceIdentifier$ = [
      3,
      n0,
      _RIeso,
      0,
      [_rT, _rI, _rN, _rDT],
      [0, 0, 0, 4]
    ];
    var ResourceKey$ = [
      3,
      n0,
      _RKe,
      0,
      [_rT, _rI],
      [0, 0],
      2
    ];
    var ResourceValue$ = [
      3,
      n0,
      _RV,
      0,
      [_V],
      [0],
      1
    ];
    var RetentionConfiguration$ = [
      3,
      n0,
      _RCet,
      0,
      [_N, _RPID],
      [0, 1],
      2
    ];
    var Scope$ = [
      3,
      n0,
      _Sc,
      0,
      [_CRTo, _TK, _TVa, _CRIo, _SPe],
      [64 | 0, 0, 0, 0, 64 | 0]
    ];
    var ScopeConfiguration$ = [
      3,
      n0,
      _SCc,
      0,
      [_sT, _aRl, _sV, _iR],
      [0, 2, 64 | 0, 64 | 0],
      2
    ];
    var SelectAggregateResourceConfigRequest$ = [
      3,
      n0,
      _SARCR,
      0,
      [_Ex, _CAN, _L, _MR, _NT],
      [0, 0, 1, 1, 0],
      2
    ];
    var SelectAggregateResourceConfigResponse$ = [
      3,
      n0,
      _SARCRe,
      0,
      [_Res, _QI, _NT],
      [64 | 0, () => QueryInfo$, 0]
    ];
    var SelectResourceConfigRequest$ = [
      3,
      n0,
      _SRCR,
      0,
      [_Ex, _L, _NT],
      [0, 1, 0],
      1
    ];
    var SelectResourceConfigResponse$ = [
      3,
      n0,
      _SRCRe,
      0,
      [_Res, _QI, _NT],
      [64 | 0, () => QueryInfo$, 0]
    ];
    var Source$ = [
      3,
      n0,
      _S,
      0,
      [_O, _SIo, _SDo, _CPDu],
      [0, 0, () => SourceDetails, () => CustomPolicyDetails$],
      1
    ];
    var SourceDetail$ = [
      3,
      n0,
      _SDou,
      0,
      [_ESv, _MT, _MEF],
      [0, 0, 0]
    ];
    var SsmControls$ = [
      3,
      n0,
      _SC,
      0,
      [_CERP, _EP],
      [1, 1]
    ];
    var StartConfigRulesEvaluationRequest$ = [
      3,
      n0,
      _SCRER,
      0,
      [_CRNo],
      [64 | 0]
    ];
    var StartConfigRulesEvaluationResponse$ = [
      3,
      n0,
      _SCRERt,
      0,
      [],
      []
    ];
    var StartConfigurationRecorderRequest$ = [
      3,
      n0,
      _SCRR,
      0,
      [_CRNon],
      [0],
      1
    ];
    var StartRemediationExecutionRequest$ = [
      3,
      n0,
      _SRER,
      0,
      [_CRN, _RK],
      [0, () => ResourceKeys],
      2
    ];
    var StartRemediationExecutionResponse$ = [
      3,
      n0,
      _SRERt,
      0,
      [_FM, _FI],
      [0, () => ResourceKeys]
    ];
    var StartResourceEvaluationRequest$ = [
      3,
      n0,
      _SRERta,
      0,
      [_RD, _EMv, _EC, _ETv, _CTl],
      [() => ResourceDetails$, 0, () => EvaluationContext$, 1, 0],
      2
    ];
    var StartResourceEvaluationResponse$ = [
      3,
      n0,
      _SRERtar,
      0,
      [_REI],
      [0]
    ];
    var StaticValue$ = [
      3,
      n0,
      _SV,
      0,
      [_Va],
      [64 | 0],
      1
    ];
    var StatusDetailFilters$ = [
      3,
      n0,
      _SDF,
      0,
      [_AIc, _MARS],
      [0, 0]
    ];
    var StopConfigurationRecorderRequest$ = [
      3,
      n0,
      _SCRRt,
      0,
      [_CRNon],
      [0],
      1
    ];
    var StoredQuery$ = [
      3,
      n0,
      _SQ,
      0,
      [_QN, _QIu, _QA, _D, _Ex],
      [0, 0, 0, 0, 0],
      1
    ];
    var StoredQueryMetadata$ = [
      3,
      n0,
      _SQM,
      0,
      [_QIu, _QA, _QN, _D],
      [0, 0, 0, 0],
      3
    ];
    var Tag$ = [
      3,
      n0,
      _Tag,
      0,
      [_K, _V],
      [0, 0]
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
    var TemplateSSMDocumentDetails$ = [
      3,
      n0,
      _TSSMDD,
      0,
      [_DN, _DV],
      [0, 0],
      1
    ];
    var TimeWindow$ = [
      3,
      n0,
      _TW,
      0,
      [_STt, _ETn],
      [4, 4]
    ];
    var UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_RA, _TKa],
      [0, 64 | 0],
      2
    ];
    var __Unit = "unit";
    var AccountAggregationSourceList = [
      1,
      n0,
      _AASL,
      0,
      () => AccountAggregationSource$
    ];
    var AggregateComplianceByConfigRuleList = [
      1,
      n0,
      _ACBCRL,
      0,
      () => AggregateComplianceByConfigRule$
    ];
    var AggregateComplianceByConformancePackList = [
      1,
      n0,
      _ACBCPL,
      0,
      () => AggregateComplianceByConformancePack$
    ];
    var AggregateComplianceCountList = [
      1,
      n0,
      _ACCL,
      0,
      () => AggregateComplianceCount$
    ];
    var AggregateConformancePackComplianceSummaryList = [
      1,
      n0,
      _ACPCSL,
      0,
      () => AggregateConformancePackComplianceSummary$
    ];
    var AggregatedSourceStatusList = [
      1,
      n0,
      _ASSL,
      0,
      () => AggregatedSourceStatus$
    ];
    var AggregateEvaluationResultList = [
      1,
      n0,
      _AERL,
      0,
      () => AggregateEvaluationResult$
    ];
    var AggregationAuthorizationList = [
      1,
      n0,
      _AAL,
      0,
      () => AggregationAuthorization$
    ];
    var BaseConfigurationItems = [
      1,
      n0,
      _BCIa,
      0,
      () => BaseConfigurationItem$
    ];
    var ComplianceByConfigRules = [
      1,
      n0,
      _CBCRo,
      0,
      () => ComplianceByConfigRule$
    ];
    var ComplianceByResources = [
      1,
      n0,
      _CBRo,
      0,
      () => ComplianceByResource$
    ];
    var ComplianceSummariesByResourceType = [
      1,
      n0,
      _CSBRTo,
      0,
      () => ComplianceSummaryByResourceType$
    ];
    var ConfigRuleEvaluationStatusList = [
      1,
      n0,
      _CRESL,
      0,
      () => ConfigRuleEvaluationStatus$
    ];
    var ConfigRules = [
      1,
      n0,
      _CRon,
      0,
      () => ConfigRule$
    ];
    var ConfigurationAggregatorList = [
      1,
      n0,
      _CAL,
      0,
      () => ConfigurationAggregator$
    ];
    var ConfigurationItemList = [
      1,
      n0,
      _CIL,
      0,
      () => ConfigurationItem$
    ];
    var ConfigurationRecorderFilterList = [
      1,
      n0,
      _CRFL,
      0,
      () => ConfigurationRecorderFilter$
    ];
    var ConfigurationRecorderList = [
      1,
      n0,
      _CRL,
      0,
      () => ConfigurationRecorder$
    ];
    var ConfigurationRecorderStatusList = [
      1,
      n0,
      _CRSL,
      0,
      () => ConfigurationRecorderStatus$
    ];
    var ConfigurationRecorderSummaries = [
      1,
      n0,
      _CRSonfi,
      0,
      () => ConfigurationRecorderSummary$
    ];
    var ConformancePackComplianceScores = [
      1,
      n0,
      _CPCSonf,
      0,
      () => ConformancePackComplianceScore$
    ];
    var ConformancePackComplianceSummaryList = [
      1,
      n0,
      _CPCSL,
      0,
      () => ConformancePackComplianceSummary$
    ];
    var ConformancePackDetailList = [
      1,
      n0,
      _CPDL,
      0,
      () => ConformancePackDetail$
    ];
    var ConformancePackInputParameters = [
      1,
      n0,
      _CPIP,
      0,
      () => ConformancePackInputParameter$
    ];
    var ConformancePackRuleComplianceList = [
      1,
      n0,
      _CPRCL,
      0,
      () => ConformancePackRuleCompliance$
    ];
    var ConformancePackRuleEvaluationResultsList = [
      1,
      n0,
      _CPRERL,
      0,
      () => ConformancePackEvaluationResult$
    ];
    var ConformancePackStatusDetailsList = [
      1,
      n0,
      _CPSDL,
      0,
      () => ConformancePackStatusDetail$
    ];
    var ConnectorFilterList = [
      1,
      n0,
      _CFL,
      0,
      () => ConnectorFilter$
    ];
    var ConnectorSummaries = [
      1,
      n0,
      _CSon,
      0,
      () => ConnectorSummary$
    ];
    var DeliveryChannelList = [
      1,
      n0,
      _DCL,
      0,
      () => DeliveryChannel$
    ];
    var DeliveryChannelStatusList = [
      1,
      n0,
      _DCSL,
      0,
      () => DeliveryChannelStatus$
    ];
    var DiscoveredResourceIdentifierList = [
      1,
      n0,
      _DRIL,
      0,
      () => AggregateResourceIdentifier$
    ];
    var EvaluationModes = [
      1,
      n0,
      _EM,
      0,
      () => EvaluationModeConfiguration$
    ];
    var EvaluationResults = [
      1,
      n0,
      _ERv,
      0,
      () => EvaluationResult$
    ];
    var Evaluations = [
      1,
      n0,
      _Ev,
      0,
      () => Evaluation$
    ];
    var FailedDeleteRemediationExceptionsBatches = [
      1,
      n0,
      _FDREBa,
      0,
      () => FailedDeleteRemediationExceptionsBatch$
    ];
    var FailedRemediationBatches = [
      1,
      n0,
      _FRBa,
      0,
      () => FailedRemediationBatch$
    ];
    var FailedRemediationExceptionBatches = [
      1,
      n0,
      _FREBa,
      0,
      () => FailedRemediationExceptionBatch$
    ];
    var FieldInfoList = [
      1,
      n0,
      _FIL,
      0,
      () => FieldInfo$
    ];
    var GroupedResourceCountList = [
      1,
      n0,
      _GRCL,
      0,
      () => GroupedResourceCount$
    ];
    var OrganizationConfigRuleDetailedStatus = [
      1,
      n0,
      _OCRDS,
      0,
      () => MemberAccountStatus$
    ];
    var OrganizationConfigRules = [
      1,
      n0,
      _OCR,
      0,
      () => OrganizationConfigRule$
    ];
    var OrganizationConfigRuleStatuses = [
      1,
      n0,
      _OCRS,
      0,
      () => OrganizationConfigRuleStatus$
    ];
    var OrganizationConformancePackDetailedStatuses = [
      1,
      n0,
      _OCPDS,
      0,
      () => OrganizationConformancePackDetailedStatus$
    ];
    var OrganizationConformancePacks = [
      1,
      n0,
      _OCP,
      0,
      () => OrganizationConformancePack$
    ];
    var OrganizationConformancePackStatuses = [
      1,
      n0,
      _OCPS,
      0,
      () => OrganizationConformancePackStatus$
    ];
    var PendingAggregationRequestList = [
      1,
      n0,
      _PARL,
      0,
      () => PendingAggregationRequest$
    ];
    var RecordingModeOverrides = [
      1,
      n0,
      _RMOe,
      0,
      () => RecordingModeOverride$
    ];
    var RelationshipList = [
      1,
      n0,
      _RL,
      0,
      () => Relationship$
    ];
    var RemediationConfigurations = [
      1,
      n0,
      _RC,
      0,
      () => RemediationConfiguration$
    ];
    var RemediationExceptionResourceKeys = [
      1,
      n0,
      _RERKe,
      0,
      () => RemediationExceptionResourceKey$
    ];
    var RemediationExceptions = [
      1,
      n0,
      _RE,
      0,
      () => RemediationException$
    ];
    var RemediationExecutionStatuses = [
      1,
      n0,
      _RES,
      0,
      () => RemediationExecutionStatus$
    ];
    var RemediationExecutionSteps = [
      1,
      n0,
      _RESeme,
      0,
      () => RemediationExecutionStep$
    ];
    var ResourceCounts = [
      1,
      n0,
      _RCesou,
      0,
      () => ResourceCount$
    ];
    var ResourceEvaluations = [
      1,
      n0,
      _REe,
      0,
      () => ResourceEvaluation$
    ];
    var ResourceIdentifierList = [
      1,
      n0,
      _RIL,
      0,
      () => ResourceIdentifier$
    ];
    var ResourceIdentifiersList = [
      1,
      n0,
      _RILe,
      0,
      () => AggregateResourceIdentifier$
    ];
    var ResourceKeys = [
      1,
      n0,
      _RK,
      0,
      () => ResourceKey$
    ];
    var RetentionConfigurationList = [
      1,
      n0,
      _RCL,
      0,
      () => RetentionConfiguration$
    ];
    var SourceDetails = [
      1,
      n0,
      _SDo,
      0,
      () => SourceDetail$
    ];
    var StoredQueryMetadataList = [
      1,
      n0,
      _SQML,
      0,
      () => StoredQueryMetadata$
    ];
    var TagList = [
      1,
      n0,
      _TL,
      0,
      () => Tag$
    ];
    var TagsList = [
      1,
      n0,
      _TLa,
      0,
      () => Tag$
    ];
    var UnprocessedResourceIdentifierList = [
      1,
      n0,
      _URIL,
      0,
      () => AggregateResourceIdentifier$
    ];
    var RemediationParameters = [
      2,
      n0,
      _RP,
      0,
      0,
      () => RemediationParameterValue$
    ];
    var AssociateResourceTypes$ = [
      9,
      n0,
      _ART,
      0,
      () => AssociateResourceTypesRequest$,
      () => AssociateResourceTypesResponse$
    ];
    var BatchGetAggregateResourceConfig$ = [
      9,
      n0,
      _BGARC,
      0,
      () => BatchGetAggregateResourceConfigRequest$,
      () => BatchGetAggregateResourceConfigResponse$
    ];
    var BatchGetResourceConfig$ = [
      9,
      n0,
      _BGRC,
      0,
      () => BatchGetResourceConfigRequest$,
      () => BatchGetResourceConfigResponse$
    ];
    var DeleteAggregationAuthorization$ = [
      9,
      n0,
      _DAA,
      0,
      () => DeleteAggregationAuthorizationRequest$,
      () => __Unit
    ];
    var DeleteConfigRule$ = [
      9,
      n0,
      _DCRe,
      0,
      () => DeleteConfigRuleRequest$,
      () => __Unit
    ];
    var DeleteConfigurationAggregator$ = [
      9,
      n0,
      _DCA,
      0,
      () => DeleteConfigurationAggregatorRequest$,
      () => __Unit
    ];
    var DeleteConfigurationRecorder$ = [
      9,
      n0,
      _DCRel,
      0,
      () => DeleteConfigurationRecorderRequest$,
      () => __Unit
    ];
    var DeleteConformancePack$ = [
      9,
      n0,
      _DCP,
      0,
      () => DeleteConformancePackRequest$,
      () => __Unit
    ];
    var DeleteConnector$ = [
      9,
      n0,
      _DCel,
      0,
      () => DeleteConnectorRequest$,
      () => __Unit
    ];
    var DeleteDeliveryChannel$ = [
      9,
      n0,
      _DDC,
      0,
      () => DeleteDeliveryChannelRequest$,
      () => __Unit
    ];
    var DeleteEvaluationResults$ = [
      9,
      n0,
      _DER,
      0,
      () => DeleteEvaluationResultsRequest$,
      () => DeleteEvaluationResultsResponse$
    ];
    var DeleteOrganizationConfigRule$ = [
      9,
      n0,
      _DOCR,
      0,
      () => DeleteOrganizationConfigRuleRequest$,
      () => __Unit
    ];
    var DeleteOrganizationConformancePack$ = [
      9,
      n0,
      _DOCP,
      0,
      () => DeleteOrganizationConformancePackRequest$,
      () => __Unit
    ];
    var DeletePendingAggregationRequest$ = [
      9,
      n0,
      _DPAR,
      0,
      () => DeletePendingAggregationRequestRequest$,
      () => __Unit
    ];
    var DeleteRemediationConfiguration$ = [
      9,
      n0,
      _DRC,
      0,
      () => DeleteRemediationConfigurationRequest$,
      () => DeleteRemediationConfigurationResponse$
    ];
    var DeleteRemediationExceptions$ = [
      9,
      n0,
      _DRE,
      0,
      () => DeleteRemediationExceptionsRequest$,
      () => DeleteRemediationExceptionsResponse$
    ];
    var DeleteResourceConfig$ = [
      9,
      n0,
      _DRCe,
      0,
      () => DeleteResourceConfigRequest$,
      () => __Unit
    ];
    var DeleteRetentionConfiguration$ = [
      9,
      n0,
      _DRCel,
      0,
      () => DeleteRetentionConfigurationRequest$,
      () => __Unit
    ];
    var DeleteServiceLinkedConfigurationRecorder$ = [
      9,
      n0,
      _DSLCR,
      0,
      () => DeleteServiceLinkedConfigurationRecorderRequest$,
      () => DeleteServiceLinkedConfigurationRecorderResponse$
    ];
    var DeleteStoredQuery$ = [
      9,
      n0,
      _DSQ,
      0,
      () => DeleteStoredQueryRequest$,
      () => DeleteStoredQueryResponse$
    ];
    var DeliverConfigSnapshot$ = [
      9,
      n0,
      _DCSel,
      0,
      () => DeliverConfigSnapshotRequest$,
      () => DeliverConfigSnapshotResponse$
    ];
    var DescribeAggregateComplianceByConfigRules$ = [
      9,
      n0,
      _DACBCR,
      0,
      () => DescribeAggregateComplianceByConfigRulesRequest$,
      () => DescribeAggregateComplianceByConfigRulesResponse$
    ];
    var DescribeAggregateComplianceByConformancePacks$ = [
      9,
      n0,
      _DACBCP,
      0,
      () => DescribeAggregateComplianceByConformancePacksRequest$,
      () => DescribeAggregateComplianceByConformancePacksResponse$
    ];
    var DescribeAggregationAuthorizations$ = [
      9,
      n0,
      _DAAe,
      0,
      () => DescribeAggregationAuthorizationsRequest$,
      () => DescribeAggregationAuthorizationsResponse$
    ];
    var DescribeComplianceByConfigRule$ = [
      9,
      n0,
      _DCBCR,
      0,
      () => DescribeComplianceByConfigRuleRequest$,
      () => DescribeComplianceByConfigRuleResponse$
    ];
    var DescribeComplianceByResource$ = [
      9,
      n0,
      _DCBR,
      0,
      () => DescribeComplianceByResourceRequest$,
      () => DescribeComplianceByResourceResponse$
    ];
    var DescribeConfigRuleEvaluationStatus$ = [
      9,
      n0,
      _DCRES,
      0,
      () => DescribeConfigRuleEvaluationStatusRequest$,
      () => DescribeConfigRuleEvaluationStatusResponse$
    ];
    var DescribeConfigRules$ = [
      9,
      n0,
      _DCRes,
      0,
      () => DescribeConfigRulesRequest$,
      () => DescribeConfigRulesResponse$
    ];
    var DescribeConfigurationAggregators$ = [
      9,
      n0,
      _DCAe,
      0,
      () => DescribeConfigurationAggregatorsRequest$,
      () => DescribeConfigurationAggregatorsResponse$
    ];
    var DescribeConfigurationAggregatorSourcesStatus$ = [
      9,
      n0,
      _DCASS,
      0,
      () => DescribeConfigurationAggregatorSourcesStatusRequest$,
      () => DescribeConfigurationAggregatorSourcesStatusResponse$
    ];
    var DescribeConfigurationRecorders$ = [
      9,
      n0,
      _DCResc,
      0,
      () => DescribeConfigurationRecordersRequest$,
      () => DescribeConfigurationRecordersResponse$
    ];
    var DescribeConfigurationRecorderStatus$ = [
      9,
      n0,
      _DCRS,
      0,
      () => DescribeConfigurationRecorderStatusRequest$,
      () => DescribeConfigurationRecorderStatusResponse$
    ];
    var DescribeConformancePackCompliance$ = [
      9,
      n0,
      _DCPC,
      0,
      () => DescribeConformancePackComplianceRequest$,
      () => DescribeConformancePackComplianceResponse$
    ];
    var DescribeConformancePacks$ = [
      9,
      n0,
      _DCPe,
      0,
      () => DescribeConformancePacksRequest$,
      () => DescribeConformancePacksResponse$
    ];
    var DescribeConformancePackStatus$ = [
      9,
      n0,
      _DCPS,
      0,
      () => DescribeConformancePackStatusRequest$,
      () => DescribeConformancePackStatusResponse$
    ];
    var DescribeDeliveryChannels$ = [
      9,
      n0,
      _DDCe,
      0,
      () => DescribeDeliveryChannelsRequest$,
      () => DescribeDeliveryChannelsResponse$
    ];
    var DescribeDeliveryChannelStatus$ = [
      9,
      n0,
      _DDCS,
      0,
      () => DescribeDeliveryChannelStatusRequest$,
      () => DescribeDeliveryChannelStatusResponse$
    ];
    var DescribeOrganizationConfigRules$ = [
      9,
      n0,
      _DOCRe,
      0,
      () => DescribeOrganizationConfigRulesRequest$,
      () => DescribeOrganizationConfigRulesResponse$
    ];
    var DescribeOrganizationConfigRuleStatuses$ = [
      9,
      n0,
      _DOCRS,
      0,
      () => DescribeOrganizationConfigRuleStatusesRequest$,
      () => DescribeOrganizationConfigRuleStatusesResponse$
    ];
    var DescribeOrganizationConformancePacks$ = [
      9,
      n0,
      _DOCPe,
      0,
      () => DescribeOrganizationConformancePacksRequest$,
      () => DescribeOrganizationConformancePacksResponse$
    ];
    var DescribeOrganizationConformancePackStatuses$ = [
      9,
      n0,
      _DOCPS,
      0,
      () => DescribeOrganizationConformancePackStatusesRequest$,
      () => DescribeOrganizationConformancePackStatusesResponse$
    ];
    var DescribePendingAggregationRequests$ = [
      9,
      n0,
      _DPARe,
      0,
      () => DescribePendingAggregationRequestsRequest$,
      () => DescribePendingAggregationRequestsResponse$
    ];
    var DescribeRemediationConfigurations$ = [
      9,
      n0,
      _DRCes,
      0,
      () => DescribeRemediationConfigurationsRequest$,
      () => DescribeRemediationConfigurationsResponse$
    ];
    var DescribeRemediationExceptions$ = [
      9,
      n0,
      _DREe,
      0,
      () => DescribeRemediationExceptionsRequest$,
      () => DescribeRemediationExceptionsResponse$
    ];
    var DescribeRemediationExecutionStatus$ = [
      9,
      n0,
      _DRES,
      0,
      () => DescribeRemediationExecutionStatusRequest$,
      () => DescribeRemediationExecutionStatusResponse$
    ];
    var DescribeRetentionConfigurations$ = [
      9,
      n0,
      _DRCesc,
      0,
      () => DescribeRetentionConfigurationsRequest$,
      () => DescribeRetentionConfigurationsResponse$
    ];
    var DisassociateResourceTypes$ = [
      9,
      n0,
      _DRT,
      0,
      () => DisassociateResourceTypesRequest$,
      () => DisassociateResourceTypesResponse$
    ];
    var GetAggregateComplianceDetailsByConfigRule$ = [
      9,
      n0,
      _GACDBCR,
      0,
      () => GetAggregateComplianceDetailsByConfigRuleRequest$,
      () => GetAggregateComplianceDetailsByConfigRuleResponse$
    ];
    var GetAggregateConfigRuleComplianceSummary$ = [
      9,
      n0,
      _GACRCS,
      0,
      () => GetAggregateConfigRuleComplianceSummaryRequest$,
      () => GetAggregateConfigRuleComplianceSummaryResponse$
    ];
    var GetAggregateConformancePackComplianceSummary$ = [
      9,
      n0,
      _GACPCS,
      0,
      () => GetAggregateConformancePackComplianceSummaryRequest$,
      () => GetAggregateConformancePackComplianceSummaryResponse$
    ];
    var GetAggregateDiscoveredResourceCounts$ = [
      9,
      n0,
      _GADRC,
      0,
      () => GetAggregateDiscoveredResourceCountsRequest$,
      () => GetAggregateDiscoveredResourceCountsResponse$
    ];
    var GetAggregateResourceConfig$ = [
      9,
      n0,
      _GARC,
      0,
      () => GetAggregateResourceConfigRequest$,
      () => GetAggregateResourceConfigResponse$
    ];
    var GetComplianceDetailsByConfigRule$ = [
      9,
      n0,
      _GCDBCR,
      0,
      () => GetComplianceDetailsByConfigRuleRequest$,
      () => GetComplianceDetailsByConfigRuleResponse$
    ];
    var GetComplianceDetailsByResource$ = [
      9,
      n0,
      _GCDBR,
      0,
      () => GetComplianceDetailsByResourceRequest$,
      () => GetComplianceDetailsByResourceResponse$
    ];
    var GetComplianceSummaryByConfigRule$ = [
      9,
      n0,
      _GCSBCR,
      0,
      () => __Unit,
      () => GetComplianceSummaryByConfigRuleResponse$
    ];
    var GetComplianceSummaryByResourceType$ = [
      9,
      n0,
      _GCSBRT,
      0,
      () => GetComplianceSummaryByResourceTypeRequest$,
      () => GetComplianceSummaryByResourceTypeResponse$
    ];
    var GetConformancePackComplianceDetails$ = [
      9,
      n0,
      _GCPCD,
      0,
      () => GetConformancePackComplianceDetailsRequest$,
      () => GetConformancePackComplianceDetailsResponse$
    ];
    var GetConformancePackComplianceSummary$ = [
      9,
      n0,
      _GCPCS,
      0,
      () => GetConformancePackComplianceSummaryRequest$,
      () => GetConformancePackComplianceSummaryResponse$
    ];
    var GetConnector$ = [
      9,
      n0,
      _GC,
      0,
      () => GetConnectorRequest$,
      () => GetConnectorResponse$
    ];
    var GetCustomRulePolicy$ = [
      9,
      n0,
      _GCRP,
      0,
      () => GetCustomRulePolicyRequest$,
      () => GetCustomRulePolicyResponse$
    ];
    var GetDiscoveredResourceCounts$ = [
      9,
      n0,
      _GDRC,
      0,
      () => GetDiscoveredResourceCountsRequest$,
      () => GetDiscoveredResourceCountsResponse$
    ];
    var GetOrganizationConfigRuleDetailedStatus$ = [
      9,
      n0,
      _GOCRDS,
      0,
      () => GetOrganizationConfigRuleDetailedStatusRequest$,
      () => GetOrganizationConfigRuleDetailedStatusResponse$
    ];
    var GetOrganizationConformancePackDetailedStatus$ = [
      9,
      n0,
      _GOCPDS,
      0,
      () => GetOrganizationConformancePackDetailedStatusRequest$,
      () => GetOrganizationConformancePackDetailedStatusResponse$
    ];
    var GetOrganizationCustomRulePolicy$ = [
      9,
      n0,
      _GOCRP,
      0,
      () => GetOrganizationCustomRulePolicyRequest$,
      () => GetOrganizationCustomRulePolicyResponse$
    ];
    var GetResourceConfigHistory$ = [
      9,
      n0,
      _GRCH,
      0,
      () => GetResourceConfigHistoryRequest$,
      () => GetResourceConfigHistoryResponse$
    ];
    var GetResourceEvaluationSummary$ = [
      9,
      n0,
      _GRES,
      0,
      () => GetResourceEvaluationSummaryRequest$,
      () => GetResourceEvaluationSummaryResponse$
    ];
    var GetStoredQuery$ = [
      9,
      n0,
      _GSQ,
      0,
      () => GetStoredQueryRequest$,
      () => GetStoredQueryResponse$
    ];
    var ListAggregateDiscoveredResources$ = [
      9,
      n0,
      _LADR,
      0,
      () => ListAggregateDiscoveredResourcesRequest$,
      () => ListAggregateDiscoveredResourcesResponse$
    ];
    var ListConfigurationRecorders$ = [
      9,
      n0,
      _LCRis,
      0,
      () => ListConfigurationRecordersRequest$,
      () => ListConfigurationRecordersResponse$
    ];
    var ListConformancePackComplianceScores$ = [
      9,
      n0,
      _LCPCS,
      0,
      () => ListConformancePackComplianceScoresRequest$,
      () => ListConformancePackComplianceScoresResponse$
    ];
    var ListConnectors$ = [
      9,
      n0,
      _LC,
      0,
      () => ListConnectorsRequest$,
      () => ListConnectorsResponse$
    ];
    var ListDiscoveredResources$ = [
      9,
      n0,
      _LDR,
      0,
      () => ListDiscoveredResourcesRequest$,
      () => ListDiscoveredResourcesResponse$
    ];
    var ListResourceEvaluations$ = [
      9,
      n0,
      _LRE,
      0,
      () => ListResourceEvaluationsRequest$,
      () => ListResourceEvaluationsResponse$
    ];
    var ListStoredQueries$ = [
      9,
      n0,
      _LSQ,
      0,
      () => ListStoredQueriesRequest$,
      () => ListStoredQueriesResponse$
    ];
    var ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      0,
      () => ListTagsForResourceRequest$,
      () => ListTagsForResourceResponse$
    ];
    var PutAggregationAuthorization$ = [
      9,
      n0,
      _PAA,
      0,
      () => PutAggregationAuthorizationRequest$,
      () => PutAggregationAuthorizationResponse$
    ];
    var PutConfigRule$ = [
      9,
      n0,
      _PCRut,
      0,
      () => PutConfigRuleRequest$,
      () => __Unit
    ];
    var PutConfigurationAggregator$ = [
      9,
      n0,
      _PCA,
      0,
      () => PutConfigurationAggregatorRequest$,
      () => PutConfigurationAggregatorResponse$
    ];
    var PutConfigurationRecorder$ = [
      9,
      n0,
      _PCRuto,
      0,
      () => PutConfigurationRecorderRequest$,
      () => __Unit
    ];
    var PutConformancePack$ = [
      9,
      n0,
      _PCP,
      0,
      () => PutConformancePackRequest$,
      () => PutConformancePackResponse$
    ];
    var PutConnector$ = [
      9,
      n0,
      _PC,
      0,
      () => PutConnectorRequest$,
      () => PutConnectorResponse$
    ];
    var PutDeliveryChannel$ = [
      9,
      n0,
      _PDC,
      0,
      () => PutDeliveryChannelRequest$,
      () => __Unit
    ];
    var PutEvaluations$ = [
      9,
      n0,
      _PE,
      0,
      () => PutEvaluationsRequest$,
      () => PutEvaluationsResponse$
    ];
    var PutExternalEvaluation$ = [
      9,
      n0,
      _PEE,
      0,
      () => PutExternalEvaluationRequest$,
      () => PutExternalEvaluationResponse$
    ];
    var PutOrganizationConfigRule$ = [
      9,
      n0,
      _POCR,
      0,
      () => PutOrganizationConfigRuleRequest$,
      () => PutOrganizationConfigRuleResponse$
    ];
    var PutOrganizationConformancePack$ = [
      9,
      n0,
      _POCP,
      0,
      () => PutOrganizationConformancePackRequest$,
      () => PutOrganizationConformancePackResponse$
    ];
    var PutRemediationConfigurations$ = [
      9,
      n0,
      _PRC,
      0,
      () => PutRemediationConfigurationsRequest$,
      () => PutRemediationConfigurationsResponse$
    ];
    var PutRemediationExceptions$ = [
      9,
      n0,
      _PRE,
      0,
      () => PutRemediationExceptionsRequest$,
      () => PutRemediationExceptionsResponse$
    ];
    var PutResourceConfig$ = [
      9,
      n0,
      _PRCu,
      0,
      () => PutResourceConfigRequest$,
      () => __Unit
    ];
    var PutRetentionConfiguration$ = [
      9,
      n0,
      _PRCut,
      0,
      () => PutRetentionConfigurationRequest$,
      () => PutRetentionConfigurationResponse$
    ];
    var PutServiceLinkedConfigurationRecorder$ = [
      9,
      n0,
      _PSLCR,
      0,
      () => PutServiceLinkedConfigurationRecorderRequest$,
      () => PutServiceLinkedConfigurationRecorderResponse$
    ];
    var PutStoredQuery$ = [
      9,
      n0,
      _PSQ,
      0,
      () => PutStoredQueryRequest$,
      () => PutStoredQueryResponse$
    ];
    var PutThirdPartyServiceLinkedConfigurationRecorder$ = [
      9,
      n0,
      _PTPSLCR,
      0,
      () => PutThirdPartyServiceLinkedConfigurationRecorderRequest$,
      () => PutThirdPartyServiceLinkedConfigurationRecorderResponse$
    ];
    var SelectAggregateResourceConfig$ = [
      9,
      n0,
      _SARC,
      0,
      () => SelectAggregateResourceConfigRequest$,
      () => SelectAggregateResourceConfigResponse$
    ];
    var SelectResourceConfig$ = [
      9,
      n0,
      _SRC,
      0,
      () => SelectResourceConfigRequest$,
      () => SelectResourceConfigResponse$
    ];
    var StartConfigRulesEvaluation$ = [
      9,
      n0,
      _SCRE,
      0,
      () => StartConfigRulesEvaluationRequest$,
      () => StartConfigRulesEvaluationResponse$
    ];
    var StartConfigurationRecorder$ = [
      9,
      n0,
      _SCR,
      0,
      () => StartConfigurationRecorderRequest$,
      () => __Unit
    ];
    var StartRemediationExecution$ = [
      9,
      n0,
      _SRE,
      0,
      () => StartRemediationExecutionRequest$,
      () => StartRemediationExecutionResponse$
    ];
    var StartResourceEvaluation$ = [
      9,
      n0,
      _SREt,
      0,
      () => StartResourceEvaluationRequest$,
      () => StartResourceEvaluationResponse$
    ];
    var StopConfigurationRecorder$ = [
      9,
      n0,
      _SCRt,
      0,
      () => StopConfigurationRecorderRequest$,
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
    var UntagResource$ = [
      9,
      n0,
      _UR,
      0,
      () => UntagResourceRequest$,
      () => __Unit
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2014-11-12",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultConfigServiceHttpAuthSchemeProvider,
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
          defaultNamespace: "com.amazonaws.configservice",
          errorTypeRegistries,
          xmlNamespace: "http://config.amazonaws.com/doc/2014-11-12/",
          version: "2014-11-12",
          serviceTarget: "StarlingDoveService"
        },
        serviceId: config?.serviceId ?? "Config Service",
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
    var ConfigServiceClient = class extends Client {
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
          httpAuthSchemeParametersProvider: defaultConfigServiceHttpAuthSchemeParametersProvider,
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
    var command = makeBuilder(commonParams, "StarlingDoveService", "ConfigServiceClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var AssociateResourceTypesCommand = class extends command(_ep0, _mw0, "AssociateResourceTypes", AssociateResourceTypes$) {
    };
    var BatchGetAggregateResourceConfigCommand = class extends command(_ep0, _mw0, "BatchGetAggregateResourceConfig", BatchGetAggregateResourceConfig$) {
    };
    var BatchGetResourceConfigCommand = class extends command(_ep0, _mw0, "BatchGetResourceConfig", BatchGetResourceConfig$) {
    };
    var DeleteAggregationAuthorizationCommand = class extends command(_ep0, _mw0, "DeleteAggregationAuthorization", DeleteAggregationAuthorization$) {
    };
    var DeleteConfigRuleCommand = class extends command(_ep0, _mw0, "DeleteConfigRule", DeleteConfigRule$) {
    };
    var DeleteConfigurationAggregatorCommand = class extends command(_ep0, _mw0, "DeleteConfigurationAggregator", DeleteConfigurationAggregator$) {
    };
    var DeleteConfigurationRecorderCommand = class extends command(_ep0, _mw0, "DeleteConfigurationRecorder", DeleteConfigurationRecorder$) {
    };
    var DeleteConformancePackCommand = class extends command(_ep0, _mw0, "DeleteConformancePack", DeleteConformancePack$) {
    };
    var DeleteConnectorCommand = class extends command(_ep0, _mw0, "DeleteConnector", DeleteConnector$) {
    };
    var DeleteDeliveryChannelCommand = class extends command(_ep0, _mw0, "DeleteDeliveryChannel", DeleteDeliveryChannel$) {
    };
    var DeleteEvaluationResultsCommand = class extends command(_ep0, _mw0, "DeleteEvaluationResults", DeleteEvaluationResults$) {
    };
    var DeleteOrganizationConfigRuleCommand = class extends command(_ep0, _mw0, "DeleteOrganizationConfigRule", DeleteOrganizationConfigRule$) {
    };
    var DeleteOrganizationConformancePackCommand = class extends command(_ep0, _mw0, "DeleteOrganizationConformancePack", DeleteOrganizationConformancePack$) {
    };
    var DeletePendingAggregationRequestCommand = class extends command(_ep0, _mw0, "DeletePendingAggregationRequest", DeletePendingAggregationRequest$) {
    };
    var DeleteRemediationConfigurationCommand = class extends command(_ep0, _mw0, "DeleteRemediationConfiguration", DeleteRemediationConfiguration$) {
    };
    var DeleteRemediationExceptionsCommand = class extends command(_ep0, _mw0, "DeleteRemediationExceptions", DeleteRemediationExceptions$) {
    };
    var DeleteResourceConfigCommand = class extends command(_ep0, _mw0, "DeleteResourceConfig", DeleteResourceConfig$) {
    };
    var DeleteRetentionConfigurationCommand = class extends command(_ep0, _mw0, "DeleteRetentionConfiguration", DeleteRetentionConfiguration$) {
    };
    var DeleteServiceLinkedConfigurationRecorderCommand = class extends command(_ep0, _mw0, "DeleteServiceLinkedConfigurationRecorder", DeleteServiceLinkedConfigurationRecorder$) {
    };
    var DeleteStoredQueryCommand = class extends command(_ep0, _mw0, "DeleteStoredQuery", DeleteStoredQuery$) {
    };
    var DeliverConfigSnapshotCommand = class extends command(_ep0, _mw0, "DeliverConfigSnapshot", DeliverConfigSnapshot$) {
    };
    var DescribeAggregateComplianceByConfigRulesCommand = class extends command(_ep0, _mw0, "DescribeAggregateComplianceByConfigRules", DescribeAggregateComplianceByConfigRules$) {
    };
    var DescribeAggregateComplianceByConformancePacksCommand = class extends command(_ep0, _mw0, "DescribeAggregateComplianceByConformancePacks", DescribeAggregateComplianceByConformancePacks$) {
    };
    var DescribeAggregationAuthorizationsCommand = class extends command(_ep0, _mw0, "DescribeAggregationAuthorizations", DescribeAggregationAuthorizations$) {
    };
    var DescribeComplianceByConfigRuleCommand = class extends command(_ep0, _mw0, "DescribeComplianceByConfigRule", DescribeComplianceByConfigRule$) {
    };
    var DescribeComplianceByResourceCommand = class extends command(_ep0, _mw0, "DescribeComplianceByResource", DescribeComplianceByResource$) {
    };
    var DescribeConfigRuleEvaluationStatusCommand = class extends command(_ep0, _mw0, "DescribeConfigRuleEvaluationStatus", DescribeConfigRuleEvaluationStatus$) {
    };
    var DescribeConfigRulesCommand = class extends command(_ep0, _mw0, "DescribeConfigRules", DescribeConfigRules$) {
    };
    var DescribeConfigurationAggregatorsCommand = class extends command(_ep0, _mw0, "DescribeConfigurationAggregators", DescribeConfigurationAggregators$) {
    };
    var DescribeConfigurationAggregatorSourcesStatusCommand = class extends command(_ep0, _mw0, "DescribeConfigurationAggregatorSourcesStatus", DescribeConfigurationAggregatorSourcesStatus$) {
    };
    var DescribeConfigurationRecordersCommand = class extends command(_ep0, _mw0, "DescribeConfigurationRecorders", DescribeConfigurationRecorders$) {
    };
    var DescribeConfigurationRecorderStatusCommand = class extends command(_ep0, _mw0, "DescribeConfigurationRecorderStatus", DescribeConfigurationRecorderStatus$) {
    };
    var DescribeConformancePackComplianceCommand = class extends command(_ep0, _mw0, "DescribeConformancePackCompliance", DescribeConformancePackCompliance$) {
    };
    var DescribeConformancePacksCommand = class extends command(_ep0, _mw0, "DescribeConformancePacks", DescribeConformancePacks$) {
    };
    var DescribeConformancePackStatusCommand = class extends command(_ep0, _mw0, "DescribeConformancePackStatus", DescribeConformancePackStatus$) {
    };
    var DescribeDeliveryChannelsCommand = class extends command(_ep0, _mw0, "DescribeDeliveryChannels", DescribeDeliveryChannels$) {
    };
    var DescribeDeliveryChannelStatusCommand = class extends command(_ep0, _mw0, "DescribeDeliveryChannelStatus", DescribeDeliveryChannelStatus$) {
    };
    var DescribeOrganizationConfigRulesCommand = class extends command(_ep0, _mw0, "DescribeOrganizationConfigRules", DescribeOrganizationConfigRules$) {
    };
    var DescribeOrganizationConfigRuleStatusesCommand = class extends command(_ep0, _mw0, "DescribeOrganizationConfigRuleStatuses", DescribeOrganizationConfigRuleStatuses$) {
    };
    var DescribeOrganizationConformancePacksCommand = class extends command(_ep0, _mw0, "DescribeOrganizationConformancePacks", DescribeOrganizationConformancePacks$) {
    };
    var DescribeOrganizationConformancePackStatusesCommand = class extends command(_ep0, _mw0, "DescribeOrganizationConformancePackStatuses", DescribeOrganizationConformancePackStatuses$) {
    };
    var DescribePendingAggregationRequestsCommand = class extends command(_ep0, _mw0, "DescribePendingAggregationRequests", DescribePendingAggregationRequests$) {
    };
    var DescribeRemediationConfigurationsCommand = class extends command(_ep0, _mw0, "DescribeRemediationConfigurations", DescribeRemediationConfigurations$) {
    };
    var DescribeRemediationExceptionsCommand = class extends command(_ep0, _mw0, "DescribeRemediationExceptions", DescribeRemediationExceptions$) {
    };
    var DescribeRemediationExecutionStatusCommand = class extends command(_ep0, _mw0, "DescribeRemediationExecutionStatus", DescribeRemediationExecutionStatus$) {
    };
    var DescribeRetentionConfigurationsCommand = class extends command(_ep0, _mw0, "DescribeRetentionConfigurations", DescribeRetentionConfigurations$) {
    };
    var DisassociateResourceTypesCommand = class extends command(_ep0, _mw0, "DisassociateResourceTypes", DisassociateResourceTypes$) {
    };
    var GetAggregateComplianceDetailsByConfigRuleCommand = class extends command(_ep0, _mw0, "GetAggregateComplianceDetailsByConfigRule", GetAggregateComplianceDetailsByConfigRule$) {
    };
    var GetAggregateConfigRuleComplianceSummaryCommand = class extends command(_ep0, _mw0, "GetAggregateConfigRuleComplianceSummary", GetAggregateConfigRuleComplianceSummary$) {
    };
    var GetAggregateConformancePackComplianceSummaryCommand = class extends command(_ep0, _mw0, "GetAggregateConformancePackComplianceSummary", GetAggregateConformancePackComplianceSummary$) {
    };
    var GetAggregateDiscoveredResourceCountsCommand = class extends command(_ep0, _mw0, "GetAggregateDiscoveredResourceCounts", GetAggregateDiscoveredResourceCounts$) {
    };
    var GetAggregateResourceConfigCommand = class extends command(_ep0, _mw0, "GetAggregateResourceConfig", GetAggregateResourceConfig$) {
    };
    var GetComplianceDetailsByConfigRuleCommand = class extends command(_ep0, _mw0, "GetComplianceDetailsByConfigRule", GetComplianceDetailsByConfigRule$) {
    };
    var GetComplianceDetailsByResourceCommand = class extends command(_ep0, _mw0, "GetComplianceDetailsByResource", GetComplianceDetailsByResource$) {
    };
    var GetComplianceSummaryByConfigRuleCommand = class extends command(_ep0, _mw0, "GetComplianceSummaryByConfigRule", GetComplianceSummaryByConfigRule$) {
    };
    var GetComplianceSummaryByResourceTypeCommand = class extends command(_ep0, _mw0, "GetComplianceSummaryByResourceType", GetComplianceSummaryByResourceType$) {
    };
    var GetConformancePackComplianceDetailsCommand = class extends command(_ep0, _mw0, "GetConformancePackComplianceDetails", GetConformancePackComplianceDetails$) {
    };
    var GetConformancePackComplianceSummaryCommand = class extends command(_ep0, _mw0, "GetConformancePackComplianceSummary", GetConformancePackComplianceSummary$) {
    };
    var GetConnectorCommand = class extends command(_ep0, _mw0, "GetConnector", GetConnector$) {
    };
    var GetCustomRulePolicyCommand = class extends command(_ep0, _mw0, "GetCustomRulePolicy", GetCustomRulePolicy$) {
    };
    var GetDiscoveredResourceCountsCommand = class extends command(_ep0, _mw0, "GetDiscoveredResourceCounts", GetDiscoveredResourceCounts$) {
    };
    var GetOrganizationConfigRuleDetailedStatusCommand = class extends command(_ep0, _mw0, "GetOrganizationConfigRuleDetailedStatus", GetOrganizationConfigRuleDetailedStatus$) {
    };
    var GetOrganizationConformancePackDetailedStatusCommand = class extends command(_ep0, _mw0, "GetOrganizationConformancePackDetailedStatus", GetOrganizationConformancePackDetailedStatus$) {
    };
    var GetOrganizationCustomRulePolicyCommand = class extends command(_ep0, _mw0, "GetOrganizationCustomRulePolicy", GetOrganizationCustomRulePolicy$) {
    };
    var GetResourceConfigHistoryCommand = class extends command(_ep0, _mw0, "GetResourceConfigHistory", GetResourceConfigHistory$) {
    };
    var GetResourceEvaluationSummaryCommand = class extends command(_ep0, _mw0, "GetResourceEvaluationSummary", GetResourceEvaluationSummary$) {
    };
    var GetStoredQueryCommand = class extends command(_ep0, _mw0, "GetStoredQuery", GetStoredQuery$) {
    };
    var ListAggregateDiscoveredResourcesCommand = class extends command(_ep0, _mw0, "ListAggregateDiscoveredResources", ListAggregateDiscoveredResources$) {
    };
    var ListConfigurationRecordersCommand = class extends command(_ep0, _mw0, "ListConfigurationRecorders", ListConfigurationRecorders$) {
    };
    var ListConformancePackComplianceScoresCommand = class extends command(_ep0, _mw0, "ListConformancePackComplianceScores", ListConformancePackComplianceScores$) {
    };
    var ListConnectorsCommand = class extends command(_ep0, _mw0, "ListConnectors", ListConnectors$) {
    };
    var ListDiscoveredResourcesCommand = class extends command(_ep0, _mw0, "ListDiscoveredResources", ListDiscoveredResources$) {
    };
    var ListResourceEvaluationsCommand = class extends command(_ep0, _mw0, "ListResourceEvaluations", ListResourceEvaluations$) {
    };
    var ListStoredQueriesCommand = class extends command(_ep0, _mw0, "ListStoredQueries", ListStoredQueries$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var PutAggregationAuthorizationCommand = class extends command(_ep0, _mw0, "PutAggregationAuthorization", PutAggregationAuthorization$) {
    };
    var PutConfigRuleCommand = class extends command(_ep0, _mw0, "PutConfigRule", PutConfigRule$) {
    };
    var PutConfigurationAggregatorCommand = class extends command(_ep0, _mw0, "PutConfigurationAggregator", PutConfigurationAggregator$) {
    };
    var PutConfigurationRecorderCommand = class extends command(_ep0, _mw0, "PutConfigurationRecorder", PutConfigurationRecorder$) {
    };
    var PutConformancePackCommand = class extends command(_ep0, _mw0, "PutConformancePack", PutConformancePack$) {
    };
    var PutConnectorCommand = class extends command(_ep0, _mw0, "PutConnector", PutConnector$) {
    };
    var PutDeliveryChannelCommand = class extends command(_ep0, _mw0, "PutDeliveryChannel", PutDeliveryChannel$) {
    };
    var PutEvaluationsCommand = class extends command(_ep0, _mw0, "PutEvaluations", PutEvaluations$) {
    };
    var PutExternalEvaluationCommand = class extends command(_ep0, _mw0, "PutExternalEvaluation", PutExternalEvaluation$) {
    };
    var PutOrganizationConfigRuleCommand = class extends command(_ep0, _mw0, "PutOrganizationConfigRule", PutOrganizationConfigRule$) {
    };
    var PutOrganizationConformancePackCommand = class extends command(_ep0, _mw0, "PutOrganizationConformancePack", PutOrganizationConformancePack$) {
    };
    var PutRemediationConfigurationsCommand = class extends command(_ep0, _mw0, "PutRemediationConfigurations", PutRemediationConfigurations$) {
    };
    var PutRemediationExceptionsCommand = class extends command(_ep0, _mw0, "PutRemediationExceptions", PutRemediationExceptions$) {
    };
    var PutResourceConfigCommand = class extends command(_ep0, _mw0, "PutResourceConfig", PutResourceConfig$) {
    };
    var PutRetentionConfigurationCommand = class extends command(_ep0, _mw0, "PutRetentionConfiguration", PutRetentionConfiguration$) {
    };
    var PutServiceLinkedConfigurationRecorderCommand = class extends command(_ep0, _mw0, "PutServiceLinkedConfigurationRecorder", PutServiceLinkedConfigurationRecorder$) {
    };
    var PutStoredQueryCommand = class extends command(_ep0, _mw0, "PutStoredQuery", PutStoredQuery$) {
    };
    var PutThirdPartyServiceLinkedConfigurationRecorderCommand = class extends command(_ep0, _mw0, "PutThirdPartyServiceLinkedConfigurationRecorder", PutThirdPartyServiceLinkedConfigurationRecorder$) {
    };
    var SelectAggregateResourceConfigCommand = class extends command(_ep0, _mw0, "SelectAggregateResourceConfig", SelectAggregateResourceConfig$) {
    };
    var SelectResourceConfigCommand = class extends command(_ep0, _mw0, "SelectResourceConfig", SelectResourceConfig$) {
    };
    var StartConfigRulesEvaluationCommand = class extends command(_ep0, _mw0, "StartConfigRulesEvaluation", StartConfigRulesEvaluation$) {
    };
    var StartConfigurationRecorderCommand = class extends command(_ep0, _mw0, "StartConfigurationRecorder", StartConfigurationRecorder$) {
    };
    var StartRemediationExecutionCommand = class extends command(_ep0, _mw0, "StartRemediationExecution", StartRemediationExecution$) {
    };
    var StartResourceEvaluationCommand = class extends command(_ep0, _mw0, "StartResourceEvaluation", StartResourceEvaluation$) {
    };
    var StopConfigurationRecorderCommand = class extends command(_ep0, _mw0, "StopConfigurationRecorder", StopConfigurationRecorder$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var paginateDescribeAggregateComplianceByConfigRules = createPaginator(ConfigServiceClient, DescribeAggregateComplianceByConfigRulesCommand, "NextToken", "NextToken", "Limit");
    var paginateDescribeAggregateComplianceByConformancePacks = createPaginator(ConfigServiceClient, DescribeAggregateComplianceByConformancePacksCommand, "NextToken", "NextToken", "Limit");
    var paginateDescribeAggregationAuthorizations = createPaginator(ConfigServiceClient, DescribeAggregationAuthorizationsCommand, "NextToken", "NextToken", "Limit");
    var paginateDescribeComplianceByConfigRule = createPaginator(ConfigServiceClient, DescribeComplianceByConfigRuleCommand, "NextToken", "NextToken", "");
    var paginateDescribeComplianceByResource = createPaginator(ConfigServiceClient, DescribeComplianceByResourceCommand, "NextToken", "NextToken", "Limit");
    var paginateDescribeConfigRuleEvaluationStatus = createPaginator(ConfigServiceClient, DescribeConfigRuleEvaluationStatusCommand, "NextToken", "NextToken", "Limit");
    var paginateDescribeConfigRules = createPaginator(ConfigServiceClient, DescribeConfigRulesCommand, "NextToken", "NextToken", "");
    var paginateDescribeConfigurationAggregatorSourcesStatus = createPaginator(ConfigServiceClient, DescribeConfigurationAggregatorSourcesStatusCommand, "NextToken", "NextToken", "Limit");
    var paginateDescribeConfigurationAggregators = createPaginator(ConfigServiceClient, DescribeConfigurationAggregatorsCommand, "NextToken", "NextToken", "Limit");
    var paginateDescribeConformancePackCompliance = createPaginator(ConfigServiceClient, DescribeConformancePackComplianceCommand, "NextToken", "NextToken", "Limit");
    var paginateDescribeConformancePacks = createPaginator(ConfigServiceClient, DescribeConformancePacksCommand, "NextToken", "NextToken", "Limit");
    var paginateDescribeConformancePackStatus = createPaginator(ConfigServiceClient, DescribeConformancePackStatusCommand, "NextToken", "NextToken", "Limit");
    var paginateDescribeOrganizationConfigRules = createPaginator(ConfigServiceClient, DescribeOrganizationConfigRulesCommand, "NextToken", "NextToken", "Limit");
    var paginateDescribeOrganizationConfigRuleStatuses = createPaginator(ConfigServiceClient, DescribeOrganizationConfigRuleStatusesCommand, "NextToken", "NextToken", "Limit");
    var paginateDescribeOrganizationConformancePacks = createPaginator(ConfigServiceClient, DescribeOrganizationConformancePacksCommand, "NextToken", "NextToken", "Limit");
    var paginateDescribeOrganizationConformancePackStatuses = createPaginator(ConfigServiceClient, DescribeOrganizationConformancePackStatusesCommand, "NextToken", "NextToken", "Limit");
    var paginateDescribePendingAggregationRequests = createPaginator(ConfigServiceClient, DescribePendingAggregationRequestsCommand, "NextToken", "NextToken", "Limit");
    var paginateDescribeRemediationExceptions = createPaginator(ConfigServiceClient, DescribeRemediationExceptionsCommand, "NextToken", "NextToken", "Limit");
    var paginateDescribeRemediationExecutionStatus = createPaginator(ConfigServiceClient, DescribeRemediationExecutionStatusCommand, "NextToken", "NextToken", "Limit");
    var paginateDescribeRetentionConfigurations = createPaginator(ConfigServiceClient, DescribeRetentionConfigurationsCommand, "NextToken", "NextToken", "");
    var paginateGetAggregateComplianceDetailsByConfigRule = createPaginator(ConfigServiceClient, GetAggregateComplianceDetailsByConfigRuleCommand, "NextToken", "NextToken", "Limit");
    var paginateGetAggregateConfigRuleComplianceSummary = createPaginator(ConfigServiceClient, GetAggregateConfigRuleComplianceSummaryCommand, "NextToken", "NextToken", "Limit");
    var paginateGetAggregateConformancePackComplianceSummary = createPaginator(ConfigServiceClient, GetAggregateConformancePackComplianceSummaryCommand, "NextToken", "NextToken", "Limit");
    var paginateGetAggregateDiscoveredResourceCounts = createPaginator(ConfigServiceClient, GetAggregateDiscoveredResourceCountsCommand, "NextToken", "NextToken", "Limit");
    var paginateGetComplianceDetailsByConfigRule = createPaginator(ConfigServiceClient, GetComplianceDetailsByConfigRuleCommand, "NextToken", "NextToken", "Limit");
    var paginateGetComplianceDetailsByResource = createPaginator(ConfigServiceClient, GetComplianceDetailsByResourceCommand, "NextToken", "NextToken", "");
    var paginateGetConformancePackComplianceDetails = createPaginator(ConfigServiceClient, GetConformancePackComplianceDetailsCommand, "NextToken", "NextToken", "Limit");
    var paginateGetConformancePackComplianceSummary = createPaginator(ConfigServiceClient, GetConformancePackComplianceSummaryCommand, "NextToken", "NextToken", "Limit");
    var paginateGetDiscoveredResourceCounts = createPaginator(ConfigServiceClient, GetDiscoveredResourceCountsCommand, "nextToken", "nextToken", "limit");
    var paginateGetOrganizationConfigRuleDetailedStatus = createPaginator(ConfigServiceClient, GetOrganizationConfigRuleDetailedStatusCommand, "NextToken", "NextToken", "Limit");
    var paginateGetOrganizationConformancePackDetailedStatus = createPaginator(ConfigServiceClient, GetOrganizationConformancePackDetailedStatusCommand, "NextToken", "NextToken", "Limit");
    var paginateGetResourceConfigHistory = createPaginator(ConfigServiceClient, GetResourceConfigHistoryCommand, "nextToken", "nextToken", "limit");
    var paginateListAggregateDiscoveredResources = createPaginator(ConfigServiceClient, ListAggregateDiscoveredResourcesCommand, "NextToken", "NextToken", "Limit");
    var paginateListConfigurationRecorders = createPaginator(ConfigServiceClient, ListConfigurationRecordersCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListConformancePackComplianceScores = createPaginator(ConfigServiceClient, ListConformancePackComplianceScoresCommand, "NextToken", "NextToken", "Limit");
    var paginateListConnectors = createPaginator(ConfigServiceClient, ListConnectorsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListDiscoveredResources = createPaginator(ConfigServiceClient, ListDiscoveredResourcesCommand, "nextToken", "nextToken", "limit");
    var paginateListResourceEvaluations = createPaginator(ConfigServiceClient, ListResourceEvaluationsCommand, "NextToken", "NextToken", "Limit");
    var paginateListStoredQueries = createPaginator(ConfigServiceClient, ListStoredQueriesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListTagsForResource = createPaginator(ConfigServiceClient, ListTagsForResourceCommand, "NextToken", "NextToken", "Limit");
    var paginateSelectAggregateResourceConfig = createPaginator(ConfigServiceClient, SelectAggregateResourceConfigCommand, "NextToken", "NextToken", "Limit");
    var paginateSelectResourceConfig = createPaginator(ConfigServiceClient, SelectResourceConfigCommand, "NextToken", "NextToken", "Limit");
    var commands = {
      AssociateResourceTypesCommand,
      BatchGetAggregateResourceConfigCommand,
      BatchGetResourceConfigCommand,
      DeleteAggregationAuthorizationCommand,
      DeleteConfigRuleCommand,
      DeleteConfigurationAggregatorCommand,
      DeleteConfigurationRecorderCommand,
      DeleteConformancePackCommand,
      DeleteConnectorCommand,
      DeleteDeliveryChannelCommand,
      DeleteEvaluationResultsCommand,
      DeleteOrganizationConfigRuleCommand,
      DeleteOrganizationConformancePackCommand,
      DeletePendingAggregationRequestCommand,
      DeleteRemediationConfigurationCommand,
      DeleteRemediationExceptionsCommand,
      DeleteResourceConfigCommand,
      DeleteRetentionConfigurationCommand,
      DeleteServiceLinkedConfigurationRecorderCommand,
      DeleteStoredQueryCommand,
      DeliverConfigSnapshotCommand,
      DescribeAggregateComplianceByConfigRulesCommand,
      DescribeAggregateComplianceByConformancePacksCommand,
      DescribeAggregationAuthorizationsCommand,
      DescribeComplianceByConfigRuleCommand,
      DescribeComplianceByResourceCommand,
      DescribeConfigRuleEvaluationStatusCommand,
      DescribeConfigRulesCommand,
      DescribeConfigurationAggregatorsCommand,
      DescribeConfigurationAggregatorSourcesStatusCommand,
      DescribeConfigurationRecordersCommand,
      DescribeConfigurationRecorderStatusCommand,
      DescribeConformancePackComplianceCommand,
      DescribeConformancePacksCommand,
      DescribeConformancePackStatusCommand,
      DescribeDeliveryChannelsCommand,
      DescribeDeliveryChannelStatusCommand,
      DescribeOrganizationConfigRulesCommand,
      DescribeOrganizationConfigRuleStatusesCommand,
      DescribeOrganizationConformancePacksCommand,
      DescribeOrganizationConformancePackStatusesCommand,
      DescribePendingAggregationRequestsCommand,
      DescribeRemediationConfigurationsCommand,
      DescribeRemediationExceptionsCommand,
      DescribeRemediationExecutionStatusCommand,
      DescribeRetentionConfigurationsCommand,
      DisassociateResourceTypesCommand,
      GetAggregateComplianceDetailsByConfigRuleCommand,
      GetAggregateConfigRuleComplianceSummaryCommand,
      GetAggregateConformancePackComplianceSummaryCommand,
      GetAggregateDiscoveredResourceCountsCommand,
      GetAggregateResourceConfigCommand,
      GetComplianceDetailsByConfigRuleCommand,
      GetComplianceDetailsByResourceCommand,
      GetComplianceSummaryByConfigRuleCommand,
      GetComplianceSummaryByResourceTypeCommand,
      GetConformancePackComplianceDetailsCommand,
      GetConformancePackComplianceSummaryCommand,
      GetConnectorCommand,
      GetCustomRulePolicyCommand,
      GetDiscoveredResourceCountsCommand,
      GetOrganizationConfigRuleDetailedStatusCommand,
      GetOrganizationConformancePackDetailedStatusCommand,
      GetOrganizationCustomRulePolicyCommand,
      GetResourceConfigHistoryCommand,
      GetResourceEvaluationSummaryCommand,
      GetStoredQueryCommand,
      ListAggregateDiscoveredResourcesCommand,
      ListConfigurationRecordersCommand,
      ListConformancePackComplianceScoresCommand,
      ListConnectorsCommand,
      ListDiscoveredResourcesCommand,
      ListResourceEvaluationsCommand,
      ListStoredQueriesCommand,
      ListTagsForResourceCommand,
      PutAggregationAuthorizationCommand,
      PutConfigRuleCommand,
      PutConfigurationAggregatorCommand,
      PutConfigurationRecorderCommand,
      PutConformancePackCommand,
      PutConnectorCommand,
      PutDeliveryChannelCommand,
      PutEvaluationsCommand,
      PutExternalEvaluationCommand,
      PutOrganizationConfigRuleCommand,
      PutOrganizationConformancePackCommand,
      PutRemediationConfigurationsCommand,
      PutRemediationExceptionsCommand,
      PutResourceConfigCommand,
      PutRetentionConfigurationCommand,
      PutServiceLinkedConfigurationRecorderCommand,
      PutStoredQueryCommand,
      PutThirdPartyServiceLinkedConfigurationRecorderCommand,
      SelectAggregateResourceConfigCommand,
      SelectResourceConfigCommand,
      StartConfigRulesEvaluationCommand,
      StartConfigurationRecorderCommand,
      StartRemediationExecutionCommand,
      StartResourceEvaluationCommand,
      StopConfigurationRecorderCommand,
      TagResourceCommand,
      UntagResourceCommand
    };
    var paginators = {
      paginateDescribeAggregateComplianceByConfigRules,
      paginateDescribeAggregateComplianceByConformancePacks,
      paginateDescribeAggregationAuthorizations,
      paginateDescribeComplianceByConfigRule,
      paginateDescribeComplianceByResource,
      paginateDescribeConfigRuleEvaluationStatus,
      paginateDescribeConfigRules,
      paginateDescribeConfigurationAggregators,
      paginateDescribeConfigurationAggregatorSourcesStatus,
      paginateDescribeConformancePackCompliance,
      paginateDescribeConformancePacks,
      paginateDescribeConformancePackStatus,
      paginateDescribeOrganizationConfigRules,
      paginateDescribeOrganizationConfigRuleStatuses,
      paginateDescribeOrganizationConformancePacks,
      paginateDescribeOrganizationConformancePackStatuses,
      paginateDescribePendingAggregationRequests,
      paginateDescribeRemediationExceptions,
      paginateDescribeRemediationExecutionStatus,
      paginateDescribeRetentionConfigurations,
      paginateGetAggregateComplianceDetailsByConfigRule,
      paginateGetAggregateConfigRuleComplianceSummary,
      paginateGetAggregateConformancePackComplianceSummary,
      paginateGetAggregateDiscoveredResourceCounts,
      paginateGetComplianceDetailsByConfigRule,
      paginateGetComplianceDetailsByResource,
      paginateGetConformancePackComplianceDetails,
      paginateGetConformancePackComplianceSummary,
      paginateGetDiscoveredResourceCounts,
      paginateGetOrganizationConfigRuleDetailedStatus,
      paginateGetOrganizationConformancePackDetailedStatus,
      paginateGetResourceConfigHistory,
      paginateListAggregateDiscoveredResources,
      paginateListConfigurationRecorders,
      paginateListConformancePackComplianceScores,
      paginateListConnectors,
      paginateListDiscoveredResources,
      paginateListResourceEvaluations,
      paginateListStoredQueries,
      paginateListTagsForResource,
      paginateSelectAggregateResourceConfig,
      paginateSelectResourceConfig
    };
    var ConfigService = class extends ConfigServiceClient {
    };
    createAggregatedClient(commands, ConfigService, { paginators });
    var ComplianceType = {
      Compliant: "COMPLIANT",
      Insufficient_Data: "INSUFFICIENT_DATA",
      Non_Compliant: "NON_COMPLIANT",
      Not_Applicable: "NOT_APPLICABLE"
    };
    var ConformancePackComplianceType = {
      COMPLIANT: "COMPLIANT",
      INSUFFICIENT_DATA: "INSUFFICIENT_DATA",
      NON_COMPLIANT: "NON_COMPLIANT"
    };
    var AggregateConformancePackComplianceSummaryGroupKey = {
      ACCOUNT_ID: "ACCOUNT_ID",
      AWS_REGION: "AWS_REGION"
    };
    var AggregatedSourceStatusType = {
      FAILED: "FAILED",
      OUTDATED: "OUTDATED",
      SUCCEEDED: "SUCCEEDED"
    };
    var AggregatedSourceType = {
      ACCOUNT: "ACCOUNT",
      ORGANIZATION: "ORGANIZATION"
    };
    var EvaluationMode = {
      DETECTIVE: "DETECTIVE",
      PROACTIVE: "PROACTIVE"
    };
    var ResourceType = {
      ACMPCACertificateAuthority: "AWS::ACMPCA::CertificateAuthority",
      ACMPCACertificateAuthorityActivation: "AWS::ACMPCA::CertificateAuthorityActivation",
      APSRuleGroupsNamespace: "AWS::APS::RuleGroupsNamespace",
      AccessAnalyzerAnalyzer: "AWS::AccessAnalyzer::Analyzer",
      AccountPublicAccessBlock: "AWS::S3::AccountPublicAccessBlock",
      Alarm: "AWS::CloudWatch::Alarm",
      AmazonMQBroker: "AWS::AmazonMQ::Broker",
      AmplifyApp: "AWS::Amplify::App",
      AmplifyBranch: "AWS::Amplify::Branch",
      Api: "AWS::ApiGatewayV2::Api",
      ApiGatewayMethod: "AWS::ApiGateway::Method",
      ApiGatewayUsagePlan: "AWS::ApiGateway::UsagePlan",
      ApiGatewayV2Integration: "AWS::ApiGatewayV2::Integration",
      AppConfigApplication: "AWS::AppConfig::Application",
      AppConfigConfigurationProfile: "AWS::AppConfig::ConfigurationProfile",
      AppConfigDeploymentStrategy: "AWS::AppConfig::DeploymentStrategy",
      AppConfigEnvironment: "AWS::AppConfig::Environment",
      AppConfigExtension: "AWS::AppConfig::Extension",
      AppConfigExtensionAssociation: "AWS::AppConfig::ExtensionAssociation",
      AppConfigHostedConfigurationVersion: "AWS::AppConfig::HostedConfigurationVersion",
      AppFlowFlow: "AWS::AppFlow::Flow",
      AppIntegrationsApplication: "AWS::AppIntegrations::Application",
      AppIntegrationsEventIntegration: "AWS::AppIntegrations::EventIntegration",
      AppMeshGatewayRoute: "AWS::AppMesh::GatewayRoute",
      AppMeshMesh: "AWS::AppMesh::Mesh",
      AppMeshRoute: "AWS::AppMesh::Route",
      AppMeshVirtualGateway: "AWS::AppMesh::VirtualGateway",
      AppMeshVirtualNode: "AWS::AppMesh::VirtualNode",
      AppMeshVirtualRouter: "AWS::AppMesh::VirtualRouter",
      AppMeshVirtualService: "AWS::AppMesh::VirtualService",
      AppRunnerService: "AWS::AppRunner::Service",
      AppRunnerVpcConnector: "AWS::AppRunner::VpcConnector",
      AppStreamAppBlockBuilder: "AWS::AppStream::AppBlockBuilder",
      AppStreamApplication: "AWS::AppStream::Application",
      AppStreamDirectoryConfig: "AWS::AppStream::DirectoryConfig",
      AppStreamFleet: "AWS::AppStream::Fleet",
      AppStreamStack: "AWS::AppStream::Stack",
      AppSyncApiCache: "AWS::AppSync::ApiCache",
      AppSyncGraphQLApi: "AWS::AppSync::GraphQLApi",
      Application: "AWS::ElasticBeanstalk::Application",
      ApplicationVersion: "AWS::ElasticBeanstalk::ApplicationVersion",
      AssociationCompliance: "AWS::SSM::AssociationCompliance",
      AthenaDataCatalog: "AWS::Athena::DataCatalog",
      AthenaPreparedStatement: "AWS::Athena::PreparedStatement",
      AthenaWorkGroup: "AWS::Athena::WorkGroup",
      AuditManagerAssessment: "AWS::AuditManager::Assessment",
      AutoScalingGroup: "AWS::AutoScaling::AutoScalingGroup",
      AutoScalingWarmPool: "AWS::AutoScaling::WarmPool",
      B2BICapability: "AWS::B2BI::Capability",
      BCMDataExportsExport: "AWS::BCMDataExports::Export",
      BackupGatewayHypervisor: "AWS::BackupGateway::Hypervisor",
      BackupPlan: "AWS::Backup::BackupPlan",
      BackupRecoveryPoint: "AWS::Backup::RecoveryPoint",
      BackupReportPlan: "AWS::Backup::ReportPlan",
      BackupRestoreTestingPlan: "AWS::Backup::RestoreTestingPlan",
      BackupSelection: "AWS::Backup::BackupSelection",
      BackupVault: "AWS::Backup::BackupVault",
      BatchComputeEnvironment: "AWS::Batch::ComputeEnvironment",
      BatchJobQueue: "AWS::Batch::JobQueue",
      BatchSchedulingPolicy: "AWS::Batch::SchedulingPolicy",
      BedrockAgentCoreBrowserCustom: "AWS::BedrockAgentCore::BrowserCustom",
      BedrockAgentCoreRuntime: "AWS::BedrockAgentCore::Runtime",
      BedrockApplicationInferenceProfile: "AWS::Bedrock::ApplicationInferenceProfile",
      BedrockGuardrail: "AWS::Bedrock::Guardrail",
      BedrockKnowledgeBase: "AWS::Bedrock::KnowledgeBase",
      BedrockPrompt: "AWS::Bedrock::Prompt",
      Bucket: "AWS::S3::Bucket",
      BudgetsBudgetsAction: "AWS::Budgets::BudgetsAction",
      CassandraKeyspace: "AWS::Cassandra::Keyspace",
      Certificate: "AWS::ACM::Certificate",
      CleanRoomsMLTrainingDataset: "AWS::CleanRoomsML::TrainingDataset",
      Cloud9EnvironmentEC2: "AWS::Cloud9::EnvironmentEC2",
      CloudFormationGuardHook: "AWS::CloudFormation::GuardHook",
      CloudFormationLambdaHook: "AWS::CloudFormation::LambdaHook",
      CloudFormationProduct: "AWS::ServiceCatalog::CloudFormationProduct",
      CloudFormationProvisionedProduct: "AWS::ServiceCatalog::CloudFormationProvisionedProduct",
      CloudFormationStackSet: "AWS::CloudFormation::StackSet",
      CloudFrontKeyValueStore: "AWS::CloudFront::KeyValueStore",
      CloudFrontPublicKey: "AWS::CloudFront::PublicKey",
      CloudFrontRealtimeLogConfig: "AWS::CloudFront::RealtimeLogConfig",
      CloudTrailEventDataStore: "AWS::CloudTrail::EventDataStore",
      CloudWatchMetricStream: "AWS::CloudWatch::MetricStream",
      Cluster: "AWS::Redshift::Cluster",
      ClusterParameterGroup: "AWS::Redshift::ClusterParameterGroup",
      ClusterSecurityGroup: "AWS::Redshift::ClusterSecurityGroup",
      ClusterSnapshot: "AWS::Redshift::ClusterSnapshot",
      ClusterSubnetGroup: "AWS::Redshift::ClusterSubnetGroup",
      CodeArtifactDomain: "AWS::CodeArtifact::Domain",
      CodeArtifactRepository: "AWS::CodeArtifact::Repository",
      CodeBuildReportGroup: "AWS::CodeBuild::ReportGroup",
      CodeDeployApplication: "AWS::CodeDeploy::Application",
      CodeDeployDeploymentConfig: "AWS::CodeDeploy::DeploymentConfig",
      CodeDeployDeploymentGroup: "AWS::CodeDeploy::DeploymentGroup",
      CodeGuruProfilerProfilingGroup: "AWS::CodeGuruProfiler::ProfilingGroup",
      CodeGuruReviewerRepositoryAssociation: "AWS::CodeGuruReviewer::RepositoryAssociation",
      CognitoIdentityPool: "AWS::Cognito::IdentityPool",
      CognitoUserPool: "AWS::Cognito::UserPool",
      CognitoUserPoolClient: "AWS::Cognito::UserPoolClient",
      CognitoUserPoolGroup: "AWS::Cognito::UserPoolGroup",
      ComprehendFlywheel: "AWS::Comprehend::Flywheel",
      ConfigAggregationAuthorization: "AWS::Config::AggregationAuthorization",
      ConfigConformancePack: "AWS::Config::ConformancePack",
      ConfigStoredQuery: "AWS::Config::StoredQuery",
      ConformancePackCompliance: "AWS::Config::ConformancePackCompliance",
      ConnectInstance: "AWS::Connect::Instance",
      ConnectPhoneNumber: "AWS::Connect::PhoneNumber",
      ConnectQuickConnect: "AWS::Connect::QuickConnect",
      ConnectRule: "AWS::Connect::Rule",
      ConnectSecurityProfile: "AWS::Connect::SecurityProfile",
      ConnectUser: "AWS::Connect::User",
      CustomerGateway: "AWS::EC2::CustomerGateway",
      CustomerProfilesDomain: "AWS::CustomerProfiles::Domain",
      CustomerProfilesObjectType: "AWS::CustomerProfiles::ObjectType",
      DBCluster: "AWS::RDS::DBCluster",
      DBClusterSnapshot: "AWS::RDS::DBClusterSnapshot",
      DBInstance: "AWS::RDS::DBInstance",
      DBSecurityGroup: "AWS::RDS::DBSecurityGroup",
      DBSnapshot: "AWS::RDS::DBSnapshot",
      DBSubnetGroup: "AWS::RDS::DBSubnetGroup",
      DMSCertificate: "AWS::DMS::Certificate",
      DMSEndpoint: "AWS::DMS::Endpoint",
      DMSEventSubscription: "AWS::DMS::EventSubscription",
      DMSReplicationSubnetGroup: "AWS::DMS::ReplicationSubnetGroup",
      DataSyncAgent: "AWS::DataSync::Agent",
      DataSyncLocationEFS: "AWS::DataSync::LocationEFS",
      DataSyncLocationFSxLustre: "AWS::DataSync::LocationFSxLustre",
      DataSyncLocationFSxWindows: "AWS::DataSync::LocationFSxWindows",
      DataSyncLocationHDFS: "AWS::DataSync::LocationHDFS",
      DataSyncLocationNFS: "AWS::DataSync::LocationNFS",
      DataSyncLocationObjectStorage: "AWS::DataSync::LocationObjectStorage",
      DataSyncLocationS3: "AWS::DataSync::LocationS3",
      DataSyncLocationSMB: "AWS::DataSync::LocationSMB",
      DataSyncTask: "AWS::DataSync::Task",
      DeadlineFleet: "AWS::Deadline::Fleet",
      DeadlineMonitor: "AWS::Deadline::Monitor",
      DeadlineQueueFleetAssociation: "AWS::Deadline::QueueFleetAssociation",
      DetectiveGraph: "AWS::Detective::Graph",
      DeviceFarmInstanceProfile: "AWS::DeviceFarm::InstanceProfile",
      DeviceFarmProject: "AWS::DeviceFarm::Project",
      DeviceFarmTestGridProject: "AWS::DeviceFarm::TestGridProject",
      Distribution: "AWS::CloudFront::Distribution",
      Domain: "AWS::Elasticsearch::Domain",
      EC2CapacityReservation: "AWS::EC2::CapacityReservation",
      EC2CarrierGateway: "AWS::EC2::CarrierGateway",
      EC2ClientVpnEndpoint: "AWS::EC2::ClientVpnEndpoint",
      EC2ClientVpnTargetNetworkAssociation: "AWS::EC2::ClientVpnTargetNetworkAssociation",
      EC2DHCPOptions: "AWS::EC2::DHCPOptions",
      EC2EC2Fleet: "AWS::EC2::EC2Fleet",
      EC2EIPAssociation: "AWS::EC2::EIPAssociation",
      EC2IPAM: "AWS::EC2::IPAM",
      EC2IPAMPool: "AWS::EC2::IPAMPool",
      EC2IPAMPoolCidr: "AWS::EC2::IPAMPoolCidr",
      EC2IPAMResourceDiscovery: "AWS::EC2::IPAMResourceDiscovery",
      EC2IPAMResourceDiscoveryAssociation: "AWS::EC2::IPAMResourceDiscoveryAssociation",
      EC2IPAMScope: "AWS::EC2::IPAMScope",
      EC2InstanceConnectEndpoint: "AWS::EC2::InstanceConnectEndpoint",
      EC2NetworkInsightsAccessScope: "AWS::EC2::NetworkInsightsAccessScope",
      EC2NetworkInsightsAnalysis: "AWS::EC2::NetworkInsightsAnalysis",
      EC2NetworkInsightsPath: "AWS::EC2::NetworkInsightsPath",
      EC2PrefixList: "AWS::EC2::PrefixList",
      EC2SecurityGroupVpcAssociation: "AWS::EC2::SecurityGroupVpcAssociation",
      EC2SnapshotBlockPublicAccess: "AWS::EC2::SnapshotBlockPublicAccess",
      EC2SpotFleet: "AWS::EC2::SpotFleet",
      EC2SubnetCidrBlock: "AWS::EC2::SubnetCidrBlock",
      EC2SubnetNetworkAclAssociation: "AWS::EC2::SubnetNetworkAclAssociation",
      EC2SubnetRouteTableAssociation: "AWS::EC2::SubnetRouteTableAssociation",
      EC2TrafficMirrorFilter: "AWS::EC2::TrafficMirrorFilter",
      EC2TrafficMirrorSession: "AWS::EC2::TrafficMirrorSession",
      EC2TrafficMirrorTarget: "AWS::EC2::TrafficMirrorTarget",
      EC2TransitGatewayConnect: "AWS::EC2::TransitGatewayConnect",
      EC2TransitGatewayMulticastDomain: "AWS::EC2::TransitGatewayMulticastDomain",
      EC2VPCBlockPublicAccessExclusion: "AWS::EC2::VPCBlockPublicAccessExclusion",
      EC2VPCBlockPublicAccessOptions: "AWS::EC2::VPCBlockPublicAccessOptions",
      EC2VPCEndpointConnectionNotification: "AWS::EC2::VPCEndpointConnectionNotification",
      EC2VPCGatewayAttachment: "AWS::EC2::VPCGatewayAttachment",
      EC2VPNConnectionRoute: "AWS::EC2::VPNConnectionRoute",
      EC2VerifiedAccessInstance: "AWS::EC2::VerifiedAccessInstance",
      ECRPublicRepository: "AWS::ECR::PublicRepository",
      ECRPullThroughCacheRule: "AWS::ECR::PullThroughCacheRule",
      ECRRegistryPolicy: "AWS::ECR::RegistryPolicy",
      ECRReplicationConfiguration: "AWS::ECR::ReplicationConfiguration",
      ECRRepository: "AWS::ECR::Repository",
      ECRRepositoryCreationTemplate: "AWS::ECR::RepositoryCreationTemplate",
      ECSCapacityProvider: "AWS::ECS::CapacityProvider",
      ECSCluster: "AWS::ECS::Cluster",
      ECSService: "AWS::ECS::Service",
      ECSTaskDefinition: "AWS::ECS::TaskDefinition",
      ECSTaskSet: "AWS::ECS::TaskSet",
      EFSAccessPoint: "AWS::EFS::AccessPoint",
      EFSFileSystem: "AWS::EFS::FileSystem",
      EIP: "AWS::EC2::EIP",
      EKSAddon: "AWS::EKS::Addon",
      EKSCluster: "AWS::EKS::Cluster",
      EKSFargateProfile: "AWS::EKS::FargateProfile",
      EKSIdentityProviderConfig: "AWS::EKS::IdentityProviderConfig",
      EMRContainersVirtualCluster: "AWS::EMRContainers::VirtualCluster",
      EMRSecurityConfiguration: "AWS::EMR::SecurityConfiguration",
      EMRServerlessApplication: "AWS::EMRServerless::Application",
      EMRStudio: "AWS::EMR::Studio",
      EgressOnlyInternetGateway: "AWS::EC2::EgressOnlyInternetGateway",
      ElasticLoadBalancingV2TargetGroup: "AWS::ElasticLoadBalancingV2::TargetGroup",
      EncryptionConfig: "AWS::XRay::EncryptionConfig",
      EntityResolutionIdMappingWorkflow: "AWS::EntityResolution::IdMappingWorkflow",
      EntityResolutionMatchingWorkflow: "AWS::EntityResolution::MatchingWorkflow",
      EntityResolutionSchemaMapping: "AWS::EntityResolution::SchemaMapping",
      Environment: "AWS::ElasticBeanstalk::Environment",
      EventSchemasDiscoverer: "AWS::EventSchemas::Discoverer",
      EventSchemasRegistry: "AWS::EventSchemas::Registry",
      EventSchemasRegistryPolicy: "AWS::EventSchemas::RegistryPolicy",
      EventSchemasSchema: "AWS::EventSchemas::Schema",
      EventSubscription: "AWS::RDS::EventSubscription",
      EventsApiDestination: "AWS::Events::ApiDestination",
      EventsArchive: "AWS::Events::Archive",
      EventsConnection: "AWS::Events::Connection",
      EventsEndpoint: "AWS::Events::Endpoint",
      EventsEventBus: "AWS::Events::EventBus",
      EventsRule: "AWS::Events::Rule",
      EvidentlyLaunch: "AWS::Evidently::Launch",
      EvidentlyProject: "AWS::Evidently::Project",
      EvidentlySegment: "AWS::Evidently::Segment",
      FISExperimentTemplate: "AWS::FIS::ExperimentTemplate",
      FileData: "AWS::SSM::FileData",
      FlowLog: "AWS::EC2::FlowLog",
      ForecastDataset: "AWS::Forecast::Dataset",
      ForecastDatasetGroup: "AWS::Forecast::DatasetGroup",
      FraudDetectorEntityType: "AWS::FraudDetector::EntityType",
      FraudDetectorLabel: "AWS::FraudDetector::Label",
      FraudDetectorOutcome: "AWS::FraudDetector::Outcome",
      FraudDetectorVariable: "AWS::FraudDetector::Variable",
      Function: "AWS::Lambda::Function",
      GameLiftBuild: "AWS::GameLift::Build",
      GlobalAcceleratorAccelerator: "AWS::GlobalAccelerator::Accelerator",
      GlobalAcceleratorEndpointGroup: "AWS::GlobalAccelerator::EndpointGroup",
      GlobalAcceleratorListener: "AWS::GlobalAccelerator::Listener",
      GlueClassifier: "AWS::Glue::Classifier",
      GlueDatabase: "AWS::Glue::Database",
      GlueJob: "AWS::Glue::Job",
      GlueMLTransform: "AWS::Glue::MLTransform",
      GrafanaWorkspace: "AWS::Grafana::Workspace",
      GreengrassV2ComponentVersion: "AWS::GreengrassV2::ComponentVersion",
      GroundStationConfig: "AWS::GroundStation::Config",
      GroundStationDataflowEndpointGroup: "AWS::GroundStation::DataflowEndpointGroup",
      GroundStationMissionProfile: "AWS::GroundStation::MissionProfile",
      Group: "AWS::IAM::Group",
      GuardDutyDetector: "AWS::GuardDuty::Detector",
      GuardDutyFilter: "AWS::GuardDuty::Filter",
      GuardDutyIPSet: "AWS::GuardDuty::IPSet",
      GuardDutyMalwareProtectionPlan: "AWS::GuardDuty::MalwareProtectionPlan",
      GuardDutyThreatIntelSet: "AWS::GuardDuty::ThreatIntelSet",
      HealthLakeFHIRDatastore: "AWS::HealthLake::FHIRDatastore",
      Host: "AWS::EC2::Host",
      IAMInstanceProfile: "AWS::IAM::InstanceProfile",
      IAMOIDCProvider: "AWS::IAM::OIDCProvider",
      IAMSAMLProvider: "AWS::IAM::SAMLProvider",
      IAMServerCertificate: "AWS::IAM::ServerCertificate",
      IPSetV2: "AWS::WAFv2::IPSet",
      IVSChannel: "AWS::IVS::Channel",
      IVSPlaybackKeyPair: "AWS::IVS::PlaybackKeyPair",
      IVSRecordingConfiguration: "AWS::IVS::RecordingConfiguration",
      ImageBuilderContainerRecipe: "AWS::ImageBuilder::ContainerRecipe",
      ImageBuilderDistributionConfiguration: "AWS::ImageBuilder::DistributionConfiguration",
      ImageBuilderImagePipeline: "AWS::ImageBuilder::ImagePipeline",
      ImageBuilderImageRecipe: "AWS::ImageBuilder::ImageRecipe",
      ImageBuilderInfrastructureConfiguration: "AWS::ImageBuilder::InfrastructureConfiguration",
      ImageBuilderLifecyclePolicy: "AWS::ImageBuilder::LifecyclePolicy",
      InspectorV2Activation: "AWS::InspectorV2::Activation",
      InspectorV2Filter: "AWS::InspectorV2::Filter",
      Instance: "AWS::EC2::Instance",
      InternetGateway: "AWS::EC2::InternetGateway",
      IoTAccountAuditConfiguration: "AWS::IoT::AccountAuditConfiguration",
      IoTAnalyticsChannel: "AWS::IoTAnalytics::Channel",
      IoTAnalyticsDataset: "AWS::IoTAnalytics::Dataset",
      IoTAnalyticsDatastore: "AWS::IoTAnalytics::Datastore",
      IoTAnalyticsPipeline: "AWS::IoTAnalytics::Pipeline",
      IoTAuthorizer: "AWS::IoT::Authorizer",
      IoTCACertificate: "AWS::IoT::CACertificate",
      IoTCoreDeviceAdvisorSuiteDefinition: "AWS::IoTCoreDeviceAdvisor::SuiteDefinition",
      IoTCustomMetric: "AWS::IoT::CustomMetric",
      IoTDimension: "AWS::IoT::Dimension",
      IoTDomainConfiguration: "AWS::IoT::DomainConfiguration",
      IoTEventsAlarmModel: "AWS::IoTEvents::AlarmModel",
      IoTEventsDetectorModel: "AWS::IoTEvents::DetectorModel",
      IoTEventsInput: "AWS::IoTEvents::Input",
      IoTFleetMetric: "AWS::IoT::FleetMetric",
      IoTJobTemplate: "AWS::IoT::JobTemplate",
      IoTMitigationAction: "AWS::IoT::MitigationAction",
      IoTPolicy: "AWS::IoT::Policy",
      IoTProvisioningTemplate: "AWS::IoT::ProvisioningTemplate",
      IoTRoleAlias: "AWS::IoT::RoleAlias",
      IoTScheduledAudit: "AWS::IoT::ScheduledAudit",
      IoTSecurityProfile: "AWS::IoT::SecurityProfile",
      IoTSiteWiseAsset: "AWS::IoTSiteWise::Asset",
      IoTSiteWiseAssetModel: "AWS::IoTSiteWise::AssetModel",
      IoTSiteWiseDashboard: "AWS::IoTSiteWise::Dashboard",
      IoTSiteWiseGateway: "AWS::IoTSiteWise::Gateway",
      IoTSiteWisePortal: "AWS::IoTSiteWise::Portal",
      IoTSiteWiseProject: "AWS::IoTSiteWise::Project",
      IoTThingGroup: "AWS::IoT::ThingGroup",
      IoTTwinMakerComponentType: "AWS::IoTTwinMaker::ComponentType",
      IoTTwinMakerEntity: "AWS::IoTTwinMaker::Entity",
      IoTTwinMakerScene: "AWS::IoTTwinMaker::Scene",
      IoTTwinMakerSyncJob: "AWS::IoTTwinMaker::SyncJob",
      IoTTwinMakerWorkspace: "AWS::IoTTwinMaker::Workspace",
      IoTWirelessFuotaTask: "AWS::IoTWireless::FuotaTask",
      IoTWirelessMulticastGroup: "AWS::IoTWireless::MulticastGroup",
      IoTWirelessServiceProfile: "AWS::IoTWireless::ServiceProfile",
      KMSAlias: "AWS::KMS::Alias",
      KafkaConnectConnector: "AWS::KafkaConnect::Connector",
      KafkaConnectCustomPlugin: "AWS::KafkaConnect::CustomPlugin",
      KendraIndex: "AWS::Kendra::Index",
      Key: "AWS::KMS::Key",
      KinesisAnalyticsV2Application: "AWS::KinesisAnalyticsV2::Application",
      KinesisFirehoseDeliveryStream: "AWS::KinesisFirehose::DeliveryStream",
      KinesisStream: "AWS::Kinesis::Stream",
      KinesisStreamConsumer: "AWS::Kinesis::StreamConsumer",
      KinesisVideoSignalingChannel: "AWS::KinesisVideo::SignalingChannel",
      KinesisVideoStream: "AWS::KinesisVideo::Stream",
      LambdaCodeSigningConfig: "AWS::Lambda::CodeSigningConfig",
      LaunchConfiguration: "AWS::AutoScaling::LaunchConfiguration",
      LaunchTemplate: "AWS::EC2::LaunchTemplate",
      LexBot: "AWS::Lex::Bot",
      LexBotAlias: "AWS::Lex::BotAlias",
      LightsailBucket: "AWS::Lightsail::Bucket",
      LightsailCertificate: "AWS::Lightsail::Certificate",
      LightsailDisk: "AWS::Lightsail::Disk",
      LightsailStaticIp: "AWS::Lightsail::StaticIp",
      ListenerV2: "AWS::ElasticLoadBalancingV2::Listener",
      LoadBalancer: "AWS::ElasticLoadBalancing::LoadBalancer",
      LoadBalancerV2: "AWS::ElasticLoadBalancingV2::LoadBalancer",
      LocationAPIKey: "AWS::Location::APIKey",
      LogsDestination: "AWS::Logs::Destination",
      LookoutMetricsAlert: "AWS::LookoutMetrics::Alert",
      LookoutVisionProject: "AWS::LookoutVision::Project",
      M2Environment: "AWS::M2::Environment",
      MSKBatchScramSecret: "AWS::MSK::BatchScramSecret",
      MSKCluster: "AWS::MSK::Cluster",
      MSKClusterPolicy: "AWS::MSK::ClusterPolicy",
      MSKConfiguration: "AWS::MSK::Configuration",
      MSKServerlessCluster: "AWS::MSK::ServerlessCluster",
      MSKVpcConnection: "AWS::MSK::VpcConnection",
      ManagedInstanceInventory: "AWS::SSM::ManagedInstanceInventory",
      ManagedRuleSetV2: "AWS::WAFv2::ManagedRuleSet",
      MediaConnectFlowEntitlement: "AWS::MediaConnect::FlowEntitlement",
      MediaConnectFlowSource: "AWS::MediaConnect::FlowSource",
      MediaConnectFlowVpcInterface: "AWS::MediaConnect::FlowVpcInterface",
      MediaConnectGateway: "AWS::MediaConnect::Gateway",
      MediaPackagePackagingConfiguration: "AWS::MediaPackage::PackagingConfiguration",
      MediaPackagePackagingGroup: "AWS::MediaPackage::PackagingGroup",
      MediaPackageV2Channel: "AWS::MediaPackageV2::Channel",
      MediaPackageV2OriginEndpoint: "AWS::MediaPackageV2::OriginEndpoint",
      MediaTailorLiveSource: "AWS::MediaTailor::LiveSource",
      MediaTailorPlaybackConfiguration: "AWS::MediaTailor::PlaybackConfiguration",
      MemoryDBSubnetGroup: "AWS::MemoryDB::SubnetGroup",
      NatGateway: "AWS::EC2::NatGateway",
      NetworkAcl: "AWS::EC2::NetworkAcl",
      NetworkFirewallFirewall: "AWS::NetworkFirewall::Firewall",
      NetworkFirewallFirewallPolicy: "AWS::NetworkFirewall::FirewallPolicy",
      NetworkFirewallRuleGroup: "AWS::NetworkFirewall::RuleGroup",
      NetworkInsightsAccessScopeAnalysis: "AWS::EC2::NetworkInsightsAccessScopeAnalysis",
      NetworkInterface: "AWS::EC2::NetworkInterface",
      NetworkManagerConnectPeer: "AWS::NetworkManager::ConnectPeer",
      NetworkManagerCustomerGatewayAssociation: "AWS::NetworkManager::CustomerGatewayAssociation",
      NetworkManagerDevice: "AWS::NetworkManager::Device",
      NetworkManagerGlobalNetwork: "AWS::NetworkManager::GlobalNetwork",
      NetworkManagerLink: "AWS::NetworkManager::Link",
      NetworkManagerLinkAssociation: "AWS::NetworkManager::LinkAssociation",
      NetworkManagerSite: "AWS::NetworkManager::Site",
      NetworkManagerTransitGatewayPeering: "AWS::NetworkManager::TransitGatewayPeering",
      NetworkManagerTransitGatewayRegistration: "AWS::NetworkManager::TransitGatewayRegistration",
      OpenSearchDomain: "AWS::OpenSearch::Domain",
      OpenSearchServerlessCollection: "AWS::OpenSearchServerless::Collection",
      OpenSearchServerlessSecurityConfig: "AWS::OpenSearchServerless::SecurityConfig",
      OpenSearchServerlessVpcEndpoint: "AWS::OpenSearchServerless::VpcEndpoint",
      OrganizationsOrganizationalUnit: "AWS::Organizations::OrganizationalUnit",
      PCAConnectorADConnector: "AWS::PCAConnectorAD::Connector",
      PCAConnectorADDirectoryRegistration: "AWS::PCAConnectorAD::DirectoryRegistration",
      PanoramaPackage: "AWS::Panorama::Package",
      PatchCompliance: "AWS::SSM::PatchCompliance",
      PersonalizeDataset: "AWS::Personalize::Dataset",
      PersonalizeDatasetGroup: "AWS::Personalize::DatasetGroup",
      PersonalizeSchema: "AWS::Personalize::Schema",
      PersonalizeSolution: "AWS::Personalize::Solution",
      PinpointApp: "AWS::Pinpoint::App",
      PinpointApplicationSettings: "AWS::Pinpoint::ApplicationSettings",
      PinpointCampaign: "AWS::Pinpoint::Campaign",
      PinpointEmailChannel: "AWS::Pinpoint::EmailChannel",
      PinpointEmailTemplate: "AWS::Pinpoint::EmailTemplate",
      PinpointEventStream: "AWS::Pinpoint::EventStream",
      PinpointInAppTemplate: "AWS::Pinpoint::InAppTemplate",
      PinpointSegment: "AWS::Pinpoint::Segment",
      Pipeline: "AWS::CodePipeline::Pipeline",
      Policy: "AWS::IAM::Policy",
      Portfolio: "AWS::ServiceCatalog::Portfolio",
      Project: "AWS::CodeBuild::Project",
      Protection: "AWS::Shield::Protection",
      QLDBLedger: "AWS::QLDB::Ledger",
      Queue: "AWS::SQS::Queue",
      QuickSightDataSource: "AWS::QuickSight::DataSource",
      QuickSightTemplate: "AWS::QuickSight::Template",
      QuickSightTheme: "AWS::QuickSight::Theme",
      RDSGlobalCluster: "AWS::RDS::GlobalCluster",
      RDSIntegration: "AWS::RDS::Integration",
      RDSOptionGroup: "AWS::RDS::OptionGroup",
      RUMAppMonitor: "AWS::RUM::AppMonitor",
      RateBasedRule: "AWS::WAF::RateBasedRule",
      RedshiftEndpointAccess: "AWS::Redshift::EndpointAccess",
      RedshiftEndpointAuthorization: "AWS::Redshift::EndpointAuthorization",
      RedshiftEventSubscription: "AWS::Redshift::EventSubscription",
      RedshiftIntegration: "AWS::Redshift::Integration",
      RedshiftScheduledAction: "AWS::Redshift::ScheduledAction",
      RegexPatternSetV2: "AWS::WAFv2::RegexPatternSet",
      RegionalProtection: "AWS::ShieldRegional::Protection",
      RegionalRateBasedRule: "AWS::WAFRegional::RateBasedRule",
      RegionalRule: "AWS::WAFRegional::Rule",
      RegionalRuleGroup: "AWS::WAFRegional::RuleGroup",
      RegionalWebACL: "AWS::WAFRegional::WebACL",
      RegisteredHAInstance: "AWS::EC2::RegisteredHAInstance",
      ResilienceHubApp: "AWS::ResilienceHub::App",
      ResilienceHubResiliencyPolicy: "AWS::ResilienceHub::ResiliencyPolicy",
      ResourceCompliance: "AWS::Config::ResourceCompliance",
      ResourceExplorer2Index: "AWS::ResourceExplorer2::Index",
      RestApi: "AWS::ApiGateway::RestApi",
      RoboMakerRobotApplication: "AWS::RoboMaker::RobotApplication",
      RoboMakerRobotApplicationVersion: "AWS::RoboMaker::RobotApplicationVersion",
      RoboMakerSimulationApplication: "AWS::RoboMaker::SimulationApplication",
      Role: "AWS::IAM::Role",
      RolesAnywhereProfile: "AWS::RolesAnywhere::Profile",
      RolesAnywhereTrustAnchor: "AWS::RolesAnywhere::TrustAnchor",
      Route53DNSSEC: "AWS::Route53::DNSSEC",
      Route53HostedZone: "AWS::Route53::HostedZone",
      Route53ProfilesProfile: "AWS::Route53Profiles::Profile",
      Route53ProfilesProfileAssociation: "AWS::Route53Profiles::ProfileAssociation",
      Route53RecoveryControlCluster: "AWS::Route53RecoveryControl::Cluster",
      Route53RecoveryControlControlPanel: "AWS::Route53RecoveryControl::ControlPanel",
      Route53RecoveryControlRoutingControl: "AWS::Route53RecoveryControl::RoutingControl",
      Route53RecoveryControlSafetyRule: "AWS::Route53RecoveryControl::SafetyRule",
      Route53RecoveryReadinessCell: "AWS::Route53RecoveryReadiness::Cell",
      Route53RecoveryReadinessReadinessCheck: "AWS::Route53RecoveryReadiness::ReadinessCheck",
      Route53RecoveryReadinessRecoveryGroup: "AWS::Route53RecoveryReadiness::RecoveryGroup",
      Route53RecoveryReadinessResourceSet: "AWS::Route53RecoveryReadiness::ResourceSet",
      Route53ResolverFirewallDomainList: "AWS::Route53Resolver::FirewallDomainList",
      Route53ResolverFirewallRuleGroup: "AWS::Route53Resolver::FirewallRuleGroup",
      Route53ResolverFirewallRuleGroupAssociation: "AWS::Route53Resolver::FirewallRuleGroupAssociation",
      Route53ResolverResolverEndpoint: "AWS::Route53Resolver::ResolverEndpoint",
      Route53ResolverResolverQueryLoggingConfig: "AWS::Route53Resolver::ResolverQueryLoggingConfig",
      Route53ResolverResolverQueryLoggingConfigAssociation: "AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation",
      Route53ResolverResolverRule: "AWS::Route53Resolver::ResolverRule",
      Route53ResolverResolverRuleAssociation: "AWS::Route53Resolver::ResolverRuleAssociation",
      RouteTable: "AWS::EC2::RouteTable",
      Rule: "AWS::WAF::Rule",
      RuleGroup: "AWS::WAF::RuleGroup",
      RuleGroupV2: "AWS::WAFv2::RuleGroup",
      S3AccessGrant: "AWS::S3::AccessGrant",
      S3AccessGrantsInstance: "AWS::S3::AccessGrantsInstance",
      S3AccessGrantsLocation: "AWS::S3::AccessGrantsLocation",
      S3AccessPoint: "AWS::S3::AccessPoint",
      S3ExpressBucketPolicy: "AWS::S3Express::BucketPolicy",
      S3ExpressDirectoryBucket: "AWS::S3Express::DirectoryBucket",
      S3MultiRegionAccessPoint: "AWS::S3::MultiRegionAccessPoint",
      S3StorageLens: "AWS::S3::StorageLens",
      S3StorageLensGroup: "AWS::S3::StorageLensGroup",
      S3TablesTableBucket: "AWS::S3Tables::TableBucket",
      S3TablesTableBucketPolicy: "AWS::S3Tables::TableBucketPolicy",
      SESConfigurationSet: "AWS::SES::ConfigurationSet",
      SESContactList: "AWS::SES::ContactList",
      SESDedicatedIpPool: "AWS::SES::DedicatedIpPool",
      SESMailManagerTrafficPolicy: "AWS::SES::MailManagerTrafficPolicy",
      SESReceiptFilter: "AWS::SES::ReceiptFilter",
      SESReceiptRuleSet: "AWS::SES::ReceiptRuleSet",
      SESTemplate: "AWS::SES::Template",
      SSMContactsContact: "AWS::SSMContacts::Contact",
      SSMDocument: "AWS::SSM::Document",
      SSMIncidentsResponsePlan: "AWS::SSMIncidents::ResponsePlan",
      SSMResourceDataSync: "AWS::SSM::ResourceDataSync",
      SageMakerAppImageConfig: "AWS::SageMaker::AppImageConfig",
      SageMakerCodeRepository: "AWS::SageMaker::CodeRepository",
      SageMakerDataQualityJobDefinition: "AWS::SageMaker::DataQualityJobDefinition",
      SageMakerDomain: "AWS::SageMaker::Domain",
      SageMakerFeatureGroup: "AWS::SageMaker::FeatureGroup",
      SageMakerImage: "AWS::SageMaker::Image",
      SageMakerInferenceExperiment: "AWS::SageMaker::InferenceExperiment",
      SageMakerMlflowTrackingServer: "AWS::SageMaker::MlflowTrackingServer",
      SageMakerModel: "AWS::SageMaker::Model",
      SageMakerModelBiasJobDefinition: "AWS::SageMaker::ModelBiasJobDefinition",
      SageMakerModelExplainabilityJobDefinition: "AWS::SageMaker::ModelExplainabilityJobDefinition",
      SageMakerModelQualityJobDefinition: "AWS::SageMaker::ModelQualityJobDefinition",
      SageMakerNotebookInstanceLifecycleConfig: "AWS::SageMaker::NotebookInstanceLifecycleConfig",
      SageMakerStudioLifecycleConfig: "AWS::SageMaker::StudioLifecycleConfig",
      SageMakerUserProfile: "AWS::SageMaker::UserProfile",
      SageMakerWorkteam: "AWS::SageMaker::Workteam",
      ScalingPolicy: "AWS::AutoScaling::ScalingPolicy",
      ScheduledAction: "AWS::AutoScaling::ScheduledAction",
      Secret: "AWS::SecretsManager::Secret",
      SecretsManagerResourcePolicy: "AWS::SecretsManager::ResourcePolicy",
      SecretsManagerRotationSchedule: "AWS::SecretsManager::RotationSchedule",
      SecurityGroup: "AWS::EC2::SecurityGroup",
      SecurityHubStandard: "AWS::SecurityHub::Standard",
      ServiceDiscoveryHttpNamespace: "AWS::ServiceDiscovery::HttpNamespace",
      ServiceDiscoveryInstance: "AWS::ServiceDiscovery::Instance",
      ServiceDiscoveryPublicDnsNamespace: "AWS::ServiceDiscovery::PublicDnsNamespace",
      ServiceDiscoveryService: "AWS::ServiceDiscovery::Service",
      SignerSigningProfile: "AWS::Signer::SigningProfile",
      Stack: "AWS::CloudFormation::Stack",
      Stage: "AWS::ApiGateway::Stage",
      StageV2: "AWS::ApiGatewayV2::Stage",
      StepFunctionsActivity: "AWS::StepFunctions::Activity",
      StepFunctionsStateMachine: "AWS::StepFunctions::StateMachine",
      StreamingDistribution: "AWS::CloudFront::StreamingDistribution",
      Subnet: "AWS::EC2::Subnet",
      Table: "AWS::DynamoDB::Table",
      Topic: "AWS::SNS::Topic",
      Trail: "AWS::CloudTrail::Trail",
      TransferAgreement: "AWS::Transfer::Agreement",
      TransferCertificate: "AWS::Transfer::Certificate",
      TransferConnector: "AWS::Transfer::Connector",
      TransferProfile: "AWS::Transfer::Profile",
      TransferServer: "AWS::Transfer::Server",
      TransferWorkflow: "AWS::Transfer::Workflow",
      TransitGateway: "AWS::EC2::TransitGateway",
      TransitGatewayAttachment: "AWS::EC2::TransitGatewayAttachment",
      TransitGatewayRouteTable: "AWS::EC2::TransitGatewayRouteTable",
      User: "AWS::IAM::User",
      VPC: "AWS::EC2::VPC",
      VPCEndpoint: "AWS::EC2::VPCEndpoint",
      VPCEndpointService: "AWS::EC2::VPCEndpointService",
      VPCPeeringConnection: "AWS::EC2::VPCPeeringConnection",
      VPNConnection: "AWS::EC2::VPNConnection",
      VPNGateway: "AWS::EC2::VPNGateway",
      Volume: "AWS::EC2::Volume",
      WebACL: "AWS::WAF::WebACL",
      WebACLV2: "AWS::WAFv2::WebACL",
      WorkSpacesConnectionAlias: "AWS::WorkSpaces::ConnectionAlias",
      WorkSpacesWorkspace: "AWS::WorkSpaces::Workspace"
    };
    var AggregatorFilterType = {
      INCLUDE: "INCLUDE"
    };
    var RecordingStrategyType = {
      ALL_SUPPORTED_RESOURCE_TYPES: "ALL_SUPPORTED_RESOURCE_TYPES",
      EXCLUSION_BY_RESOURCE_TYPES: "EXCLUSION_BY_RESOURCE_TYPES",
      INCLUSION_BY_RESOURCE_TYPES: "INCLUSION_BY_RESOURCE_TYPES"
    };
    var RecordingFrequency = {
      CONTINUOUS: "CONTINUOUS",
      DAILY: "DAILY"
    };
    var RecordingScope = {
      INTERNAL: "INTERNAL",
      PAID: "PAID"
    };
    var ConfigurationItemStatus = {
      OK: "OK",
      ResourceDeleted: "ResourceDeleted",
      ResourceDeletedNotRecorded: "ResourceDeletedNotRecorded",
      ResourceDiscovered: "ResourceDiscovered",
      ResourceNotRecorded: "ResourceNotRecorded"
    };
    var ChronologicalOrder = {
      Forward: "Forward",
      Reverse: "Reverse"
    };
    var DeliveryStatus = {
      Failure: "Failure",
      Not_Applicable: "Not_Applicable",
      Success: "Success"
    };
    var ConfigRuleState = {
      ACTIVE: "ACTIVE",
      DELETING: "DELETING",
      DELETING_RESULTS: "DELETING_RESULTS",
      EVALUATING: "EVALUATING"
    };
    var MaximumExecutionFrequency = {
      One_Hour: "One_Hour",
      Six_Hours: "Six_Hours",
      Three_Hours: "Three_Hours",
      Twelve_Hours: "Twelve_Hours",
      TwentyFour_Hours: "TwentyFour_Hours"
    };
    var RuleEvaluationVisibility = {
      EXTERNAL: "EXTERNAL",
      INTERNAL: "INTERNAL"
    };
    var Owner = {
      Aws: "AWS",
      Custom_Lambda: "CUSTOM_LAMBDA",
      Custom_Policy: "CUSTOM_POLICY"
    };
    var EventSource = {
      Aws_Config: "aws.config"
    };
    var MessageType = {
      ConfigurationItemChangeNotification: "ConfigurationItemChangeNotification",
      ConfigurationSnapshotDeliveryCompleted: "ConfigurationSnapshotDeliveryCompleted",
      OversizedConfigurationItemChangeNotification: "OversizedConfigurationItemChangeNotification",
      ScheduledNotification: "ScheduledNotification"
    };
    var ConfigRuleComplianceSummaryGroupKey = {
      ACCOUNT_ID: "ACCOUNT_ID",
      AWS_REGION: "AWS_REGION"
    };
    var ConfigurationRecorderFilterName = {
      RecordingScope: "recordingScope"
    };
    var RecorderStatus = {
      Failure: "Failure",
      NotApplicable: "NotApplicable",
      Pending: "Pending",
      Success: "Success"
    };
    var Provider = {
      AZURE: "AZURE"
    };
    var ConformancePackState = {
      CREATE_COMPLETE: "CREATE_COMPLETE",
      CREATE_FAILED: "CREATE_FAILED",
      CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
      DELETE_FAILED: "DELETE_FAILED",
      DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS"
    };
    var ConnectorFilterName = {
      provider: "provider"
    };
    var OrganizationConfigRuleTriggerTypeNoSN = {
      CONFIGURATION_ITEM_CHANGE_NOTIFICATION: "ConfigurationItemChangeNotification",
      OVERSIZED_CONFIGURATION_ITEM_CHANGE_NOTIFCATION: "OversizedConfigurationItemChangeNotification"
    };
    var OrganizationConfigRuleTriggerType = {
      CONFIGURATION_ITEM_CHANGE_NOTIFICATION: "ConfigurationItemChangeNotification",
      OVERSIZED_CONFIGURATION_ITEM_CHANGE_NOTIFCATION: "OversizedConfigurationItemChangeNotification",
      SCHEDULED_NOTIFICATION: "ScheduledNotification"
    };
    var OrganizationRuleStatus = {
      CREATE_FAILED: "CREATE_FAILED",
      CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
      CREATE_SUCCESSFUL: "CREATE_SUCCESSFUL",
      DELETE_FAILED: "DELETE_FAILED",
      DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
      DELETE_SUCCESSFUL: "DELETE_SUCCESSFUL",
      UPDATE_FAILED: "UPDATE_FAILED",
      UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
      UPDATE_SUCCESSFUL: "UPDATE_SUCCESSFUL"
    };
    var OrganizationResourceStatus = {
      CREATE_FAILED: "CREATE_FAILED",
      CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
      CREATE_SUCCESSFUL: "CREATE_SUCCESSFUL",
      DELETE_FAILED: "DELETE_FAILED",
      DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
      DELETE_SUCCESSFUL: "DELETE_SUCCESSFUL",
      UPDATE_FAILED: "UPDATE_FAILED",
      UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
      UPDATE_SUCCESSFUL: "UPDATE_SUCCESSFUL"
    };
    var ResourceValueType = {
      RESOURCE_ID: "RESOURCE_ID"
    };
    var RemediationTargetType = {
      SSM_DOCUMENT: "SSM_DOCUMENT"
    };
    var RemediationExecutionState = {
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      QUEUED: "QUEUED",
      SUCCEEDED: "SUCCEEDED",
      UNKNOWN: "UNKNOWN"
    };
    var RemediationExecutionStepState = {
      EXITED: "EXITED",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      PENDING: "PENDING",
      SUCCEEDED: "SUCCEEDED",
      UNKNOWN: "UNKNOWN"
    };
    var ResourceEvaluationStatus = {
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      SUCCEEDED: "SUCCEEDED"
    };
    var ResourceCountGroupKey = {
      ACCOUNT_ID: "ACCOUNT_ID",
      AWS_REGION: "AWS_REGION",
      RESOURCE_TYPE: "RESOURCE_TYPE"
    };
    var MemberAccountRuleStatus = {
      CREATE_FAILED: "CREATE_FAILED",
      CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
      CREATE_SUCCESSFUL: "CREATE_SUCCESSFUL",
      DELETE_FAILED: "DELETE_FAILED",
      DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
      DELETE_SUCCESSFUL: "DELETE_SUCCESSFUL",
      UPDATE_FAILED: "UPDATE_FAILED",
      UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
      UPDATE_SUCCESSFUL: "UPDATE_SUCCESSFUL"
    };
    var OrganizationResourceDetailedStatus = {
      CREATE_FAILED: "CREATE_FAILED",
      CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
      CREATE_SUCCESSFUL: "CREATE_SUCCESSFUL",
      DELETE_FAILED: "DELETE_FAILED",
      DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
      DELETE_SUCCESSFUL: "DELETE_SUCCESSFUL",
      UPDATE_FAILED: "UPDATE_FAILED",
      UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
      UPDATE_SUCCESSFUL: "UPDATE_SUCCESSFUL"
    };
    var ResourceConfigurationSchemaType = {
      CFN_RESOURCE_SCHEMA: "CFN_RESOURCE_SCHEMA"
    };
    var SortBy = {
      SCORE: "SCORE"
    };
    var SortOrder = {
      ASCENDING: "ASCENDING",
      DESCENDING: "DESCENDING"
    };
    exports.AccountAggregationSource$ = AccountAggregationSource$;
    exports.AggregateComplianceByConfigRule$ = AggregateComplianceByConfigRule$;
    exports.AggregateComplianceByConformancePack$ = AggregateComplianceByConformancePack$;
    exports.AggregateComplianceCount$ = AggregateComplianceCount$;
    exports.AggregateConformancePackCompliance$ = AggregateConformancePackCompliance$;
    exports.AggregateConformancePackComplianceCount$ = AggregateConformancePackComplianceCount$;
    exports.AggregateConformancePackComplianceFilters$ = AggregateConformancePackComplianceFilters$;
    exports.AggregateConformancePackComplianceSummary$ = AggregateConformancePackComplianceSummary$;
    exports.AggregateConformancePackComplianceSummaryFilters$ = AggregateConformancePackComplianceSummaryFilters$;
    exports.AggregateConformancePackComplianceSummaryGroupKey = AggregateConformancePackComplianceSummaryGroupKey;
    exports.AggregateEvaluationResult$ = AggregateEvaluationResult$;
    exports.AggregateResourceIdentifier$ = AggregateResourceIdentifier$;
    exports.AggregatedSourceStatus$ = AggregatedSourceStatus$;
    exports.AggregatedSourceStatusType = AggregatedSourceStatusType;
    exports.AggregatedSourceType = AggregatedSourceType;
    exports.AggregationAuthorization$ = AggregationAuthorization$;
    exports.AggregatorFilterResourceType$ = AggregatorFilterResourceType$;
    exports.AggregatorFilterServicePrincipal$ = AggregatorFilterServicePrincipal$;
    exports.AggregatorFilterType = AggregatorFilterType;
    exports.AggregatorFilters$ = AggregatorFilters$;
    exports.AssociateResourceTypes$ = AssociateResourceTypes$;
    exports.AssociateResourceTypesCommand = AssociateResourceTypesCommand;
    exports.AssociateResourceTypesRequest$ = AssociateResourceTypesRequest$;
    exports.AssociateResourceTypesResponse$ = AssociateResourceTypesResponse$;
    exports.AzureConnectorConfiguration$ = AzureConnectorConfiguration$;
    exports.BaseConfigurationItem$ = BaseConfigurationItem$;
    exports.BatchGetAggregateResourceConfig$ = BatchGetAggregateResourceConfig$;
    exports.BatchGetAggregateResourceConfigCommand = BatchGetAggregateResourceConfigCommand;
    exports.BatchGetAggregateResourceConfigRequest$ = BatchGetAggregateResourceConfigRequest$;
    exports.BatchGetAggregateResourceConfigResponse$ = BatchGetAggregateResourceConfigResponse$;
    exports.BatchGetResourceConfig$ = BatchGetResourceConfig$;
    exports.BatchGetResourceConfigCommand = BatchGetResourceConfigCommand;
    exports.BatchGetResourceConfigRequest$ = BatchGetResourceConfigRequest$;
    exports.BatchGetResourceConfigResponse$ = BatchGetResourceConfigResponse$;
    exports.ChronologicalOrder = ChronologicalOrder;
    exports.Compliance$ = Compliance$;
    exports.ComplianceByConfigRule$ = ComplianceByConfigRule$;
    exports.ComplianceByResource$ = ComplianceByResource$;
    exports.ComplianceContributorCount$ = ComplianceContributorCount$;
    exports.ComplianceSummary$ = ComplianceSummary$;
    exports.ComplianceSummaryByResourceType$ = ComplianceSummaryByResourceType$;
    exports.ComplianceType = ComplianceType;
    exports.ConfigExportDeliveryInfo$ = ConfigExportDeliveryInfo$;
    exports.ConfigRule$ = ConfigRule$;
    exports.ConfigRuleComplianceFilters$ = ConfigRuleComplianceFilters$;
    exports.ConfigRuleComplianceSummaryFilters$ = ConfigRuleComplianceSummaryFilters$;
    exports.ConfigRuleComplianceSummaryGroupKey = ConfigRuleComplianceSummaryGroupKey;
    exports.ConfigRuleEvaluationStatus$ = ConfigRuleEvaluationStatus$;
    exports.ConfigRuleState = ConfigRuleState;
    exports.ConfigService = ConfigService;
    exports.ConfigServiceClient = ConfigServiceClient;
    exports.ConfigServiceServiceException = ConfigServiceServiceException;
    exports.ConfigServiceServiceException$ = ConfigServiceServiceException$;
    exports.ConfigSnapshotDeliveryProperties$ = ConfigSnapshotDeliveryProperties$;
    exports.ConfigStreamDeliveryInfo$ = ConfigStreamDeliveryInfo$;
    exports.ConfigurationAggregator$ = ConfigurationAggregator$;
    exports.ConfigurationItem$ = ConfigurationItem$;
    exports.ConfigurationItemStatus = ConfigurationItemStatus;
    exports.ConfigurationRecorder$ = ConfigurationRecorder$;
    exports.ConfigurationRecorderFilter$ = ConfigurationRecorderFilter$;
    exports.ConfigurationRecorderFilterName = ConfigurationRecorderFilterName;
    exports.ConfigurationRecorderStatus$ = ConfigurationRecorderStatus$;
    exports.ConfigurationRecorderSummary$ = ConfigurationRecorderSummary$;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.ConformancePackComplianceFilters$ = ConformancePackComplianceFilters$;
    exports.ConformancePackComplianceScore$ = ConformancePackComplianceScore$;
    exports.ConformancePackComplianceScoresFilters$ = ConformancePackComplianceScoresFilters$;
    exports.ConformancePackComplianceSummary$ = ConformancePackComplianceSummary$;
    exports.ConformancePackComplianceType = ConformancePackComplianceType;
    exports.ConformancePackDetail$ = ConformancePackDetail$;
    exports.ConformancePackEvaluationFilters$ = ConformancePackEvaluationFilters$;
    exports.ConformancePackEvaluationResult$ = ConformancePackEvaluationResult$;
    exports.ConformancePackInputParameter$ = ConformancePackInputParameter$;
    exports.ConformancePackRuleCompliance$ = ConformancePackRuleCompliance$;
    exports.ConformancePackState = ConformancePackState;
    exports.ConformancePackStatusDetail$ = ConformancePackStatusDetail$;
    exports.ConformancePackTemplateValidationException = ConformancePackTemplateValidationException;
    exports.ConformancePackTemplateValidationException$ = ConformancePackTemplateValidationException$;
    exports.Connector$ = Connector$;
    exports.ConnectorConfiguration$ = ConnectorConfiguration$;
    exports.ConnectorFilter$ = ConnectorFilter$;
    exports.ConnectorFilterName = ConnectorFilterName;
    exports.ConnectorSummary$ = ConnectorSummary$;
    exports.CustomPolicyDetails$ = CustomPolicyDetails$;
    exports.DeleteAggregationAuthorization$ = DeleteAggregationAuthorization$;
    exports.DeleteAggregationAuthorizationCommand = DeleteAggregationAuthorizationCommand;
    exports.DeleteAggregationAuthorizationRequest$ = DeleteAggregationAuthorizationRequest$;
    exports.DeleteConfigRule$ = DeleteConfigRule$;
    exports.DeleteConfigRuleCommand = DeleteConfigRuleCommand;
    exports.DeleteConfigRuleRequest$ = DeleteConfigRuleRequest$;
    exports.DeleteConfigurationAggregator$ = DeleteConfigurationAggregator$;
    exports.DeleteConfigurationAggregatorCommand = DeleteConfigurationAggregatorCommand;
    exports.DeleteConfigurationAggregatorRequest$ = DeleteConfigurationAggregatorRequest$;
    exports.DeleteConfigurationRecorder$ = DeleteConfigurationRecorder$;
    exports.DeleteConfigurationRecorderCommand = DeleteConfigurationRecorderCommand;
    exports.DeleteConfigurationRecorderRequest$ = DeleteConfigurationRecorderRequest$;
    exports.DeleteConformancePack$ = DeleteConformancePack$;
    exports.DeleteConformancePackCommand = DeleteConformancePackCommand;
    exports.DeleteConformancePackRequest$ = DeleteConformancePackRequest$;
    exports.DeleteConnector$ = DeleteConnector$;
    exports.DeleteConnectorCommand = DeleteConnectorCommand;
    exports.DeleteConnectorRequest$ = DeleteConnectorRequest$;
    exports.DeleteDeliveryChannel$ = DeleteDeliveryChannel$;
    exports.DeleteDeliveryChannelCommand = DeleteDeliveryChannelCommand;
    exports.DeleteDeliveryChannelRequest$ = DeleteDeliveryChannelRequest$;
    exports.DeleteEvaluationResults$ = DeleteEvaluationResults$;
    exports.DeleteEvaluationResultsCommand = DeleteEvaluationResultsCommand;
    exports.DeleteEvaluationResultsRequest$ = DeleteEvaluationResultsRequest$;
    exports.DeleteEvaluationResultsResponse$ = DeleteEvaluationResultsResponse$;
    exports.DeleteOrganizationConfigRule$ = DeleteOrganizationConfigRule$;
    exports.DeleteOrganizationConfigRuleCommand = DeleteOrganizationConfigRuleCommand;
    exports.DeleteOrganizationConfigRuleRequest$ = DeleteOrganizationConfigRuleRequest$;
    exports.DeleteOrganizationConformancePack$ = DeleteOrganizationConformancePack$;
    exports.DeleteOrganizationConformancePackCommand = DeleteOrganizationConformancePackCommand;
    exports.DeleteOrganizationConformancePackRequest$ = DeleteOrganizationConformancePackRequest$;
    exports.DeletePendingAggregationRequest$ = DeletePendingAggregationRequest$;
    exports.DeletePendingAggregationRequestCommand = DeletePendingAggregationRequestCommand;
    exports.DeletePendingAggregationRequestRequest$ = DeletePendingAggregationRequestRequest$;
    exports.DeleteRemediationConfiguration$ = DeleteRemediationConfiguration$;
    exports.DeleteRemediationConfigurationCommand = DeleteRemediationConfigurationCommand;
    exports.DeleteRemediationConfigurationRequest$ = DeleteRemediationConfigurationRequest$;
    exports.DeleteRemediationConfigurationResponse$ = DeleteRemediationConfigurationResponse$;
    exports.DeleteRemediationExceptions$ = DeleteRemediationExceptions$;
    exports.DeleteRemediationExceptionsCommand = DeleteRemediationExceptionsCommand;
    exports.DeleteRemediationExceptionsRequest$ = DeleteRemediationExceptionsRequest$;
    exports.DeleteRemediationExceptionsResponse$ = DeleteRemediationExceptionsResponse$;
    exports.DeleteResourceConfig$ = DeleteResourceConfig$;
    exports.DeleteResourceConfigCommand = DeleteResourceConfigCommand;
    exports.DeleteResourceConfigRequest$ = DeleteResourceConfigRequest$;
    exports.DeleteRetentionConfiguration$ = DeleteRetentionConfiguration$;
    exports.DeleteRetentionConfigurationCommand = DeleteRetentionConfigurationCommand;
    exports.DeleteRetentionConfigurationRequest$ = DeleteRetentionConfigurationRequest$;
    exports.DeleteServiceLinkedConfigurationRecorder$ = DeleteServiceLinkedConfigurationRecorder$;
    exports.DeleteServiceLinkedConfigurationRecorderCommand = DeleteServiceLinkedConfigurationRecorderCommand;
    exports.DeleteServiceLinkedConfigurationRecorderRequest$ = DeleteServiceLinkedConfigurationRecorderRequest$;
    exports.DeleteServiceLinkedConfigurationRecorderResponse$ = DeleteServiceLinkedConfigurationRecorderResponse$;
    exports.DeleteStoredQuery$ = DeleteStoredQuery$;
    exports.DeleteStoredQueryCommand = DeleteStoredQueryCommand;
    exports.DeleteStoredQueryRequest$ = DeleteStoredQueryRequest$;
    exports.DeleteStoredQueryResponse$ = DeleteStoredQueryResponse$;
    exports.DeliverConfigSnapshot$ = DeliverConfigSnapshot$;
    exports.DeliverConfigSnapshotCommand = DeliverConfigSnapshotCommand;
    exports.DeliverConfigSnapshotRequest$ = DeliverConfigSnapshotRequest$;
    exports.DeliverConfigSnapshotResponse$ = DeliverConfigSnapshotResponse$;
    exports.DeliveryChannel$ = DeliveryChannel$;
    exports.DeliveryChannelStatus$ = DeliveryChannelStatus$;
    exports.DeliveryStatus = DeliveryStatus;
    exports.DescribeAggregateComplianceByConfigRules$ = DescribeAggregateComplianceByConfigRules$;
    exports.DescribeAggregateComplianceByConfigRulesCommand = DescribeAggregateComplianceByConfigRulesCommand;
    exports.DescribeAggregateComplianceByConfigRulesRequest$ = DescribeAggregateComplianceByConfigRulesRequest$;
    exports.DescribeAggregateComplianceByConfigRulesResponse$ = DescribeAggregateComplianceByConfigRulesResponse$;
    exports.DescribeAggregateComplianceByConformancePacks$ = DescribeAggregateComplianceByConformancePacks$;
    exports.DescribeAggregateComplianceByConformancePacksCommand = DescribeAggregateComplianceByConformancePacksCommand;
    exports.DescribeAggregateComplianceByConformancePacksRequest$ = DescribeAggregateComplianceByConformancePacksRequest$;
    exports.DescribeAggregateComplianceByConformancePacksResponse$ = DescribeAggregateComplianceByConformancePacksResponse$;
    exports.DescribeAggregationAuthorizations$ = DescribeAggregationAuthorizations$;
    exports.DescribeAggregationAuthorizationsCommand = DescribeAggregationAuthorizationsCommand;
    exports.DescribeAggregationAuthorizationsRequest$ = DescribeAggregationAuthorizationsRequest$;
    exports.DescribeAggregationAuthorizationsResponse$ = DescribeAggregationAuthorizationsResponse$;
    exports.DescribeComplianceByConfigRule$ = DescribeComplianceByConfigRule$;
    exports.DescribeComplianceByConfigRuleCommand = DescribeComplianceByConfigRuleCommand;
    exports.DescribeComplianceByConfigRuleRequest$ = DescribeComplianceByConfigRuleRequest$;
    exports.DescribeComplianceByConfigRuleResponse$ = DescribeComplianceByConfigRuleResponse$;
    exports.DescribeComplianceByResource$ = DescribeComplianceByResource$;
    exports.DescribeComplianceByResourceCommand = DescribeComplianceByResourceCommand;
    exports.DescribeComplianceByResourceRequest$ = DescribeComplianceByResourceRequest$;
    exports.DescribeComplianceByResourceResponse$ = DescribeComplianceByResourceResponse$;
    exports.DescribeConfigRuleEvaluationStatus$ = DescribeConfigRuleEvaluationStatus$;
    exports.DescribeConfigRuleEvaluationStatusCommand = DescribeConfigRuleEvaluationStatusCommand;
    exports.DescribeConfigRuleEvaluationStatusRequest$ = DescribeConfigRuleEvaluationStatusRequest$;
    exports.DescribeConfigRuleEvaluationStatusResponse$ = DescribeConfigRuleEvaluationStatusResponse$;
    exports.DescribeConfigRules$ = DescribeConfigRules$;
    exports.DescribeConfigRulesCommand = DescribeConfigRulesCommand;
    exports.DescribeConfigRulesFilters$ = DescribeConfigRulesFilters$;
    exports.DescribeConfigRulesRequest$ = DescribeConfigRulesRequest$;
    exports.DescribeConfigRulesResponse$ = DescribeConfigRulesResponse$;
    exports.DescribeConfigurationAggregatorSourcesStatus$ = DescribeConfigurationAggregatorSourcesStatus$;
    exports.DescribeConfigurationAggregatorSourcesStatusCommand = DescribeConfigurationAggregatorSourcesStatusCommand;
    exports.DescribeConfigurationAggregatorSourcesStatusRequest$ = DescribeConfigurationAggregatorSourcesStatusRequest$;
    exports.DescribeConfigurationAggregatorSourcesStatusResponse$ = DescribeConfigurationAggregatorSourcesStatusResponse$;
    exports.DescribeConfigurationAggregators$ = DescribeConfigurationAggregators$;
    exports.DescribeConfigurationAggregatorsCommand = DescribeConfigurationAggregatorsCommand;
    exports.DescribeConfigurationAggregatorsRequest$ = DescribeConfigurationAggregatorsRequest$;
    exports.DescribeConfigurationAggregatorsResponse$ = DescribeConfigurationAggregatorsResponse$;
    exports.DescribeConfigurationRecorderStatus$ = DescribeConfigurationRecorderStatus$;
    exports.DescribeConfigurationRecorderStatusCommand = DescribeConfigurationRecorderStatusCommand;
    exports.DescribeConfigurationRecorderStatusRequest$ = DescribeConfigurationRecorderStatusRequest$;
    exports.DescribeConfigurationRecorderStatusResponse$ = DescribeConfigurationRecorderStatusResponse$;
    exports.DescribeConfigurationRecorders$ = DescribeConfigurationRecorders$;
    exports.DescribeConfigurationRecordersCommand = DescribeConfigurationRecordersCommand;
    exports.DescribeConfigurationRecordersRequest$ = DescribeConfigurationRecordersRequest$;
    exports.DescribeConfigurationRecordersResponse$ = DescribeConfigurationRecordersResponse$;
    exports.DescribeConformancePackCompliance$ = DescribeConformancePackCompliance$;
    exports.DescribeConformancePackComplianceCommand = DescribeConformancePackComplianceCommand;
    exports.DescribeConformancePackComplianceRequest$ = DescribeConformancePackComplianceRequest$;
    exports.DescribeConformancePackComplianceResponse$ = DescribeConformancePackComplianceResponse$;
    exports.DescribeConformancePackStatus$ = DescribeConformancePackStatus$;
    exports.DescribeConformancePackStatusCommand = DescribeConformancePackStatusCommand;
    exports.DescribeConformancePackStatusRequest$ = DescribeConformancePackStatusRequest$;
    exports.DescribeConformancePackStatusResponse$ = DescribeConformancePackStatusResponse$;
    exports.DescribeConformancePacks$ = DescribeConformancePacks$;
    exports.DescribeConformancePacksCommand = DescribeConformancePacksCommand;
    exports.DescribeConformancePacksRequest$ = DescribeConformancePacksRequest$;
    exports.DescribeConformancePacksResponse$ = DescribeConformancePacksResponse$;
    exports.DescribeDeliveryChannelStatus$ = DescribeDeliveryChannelStatus$;
    exports.DescribeDeliveryChannelStatusCommand = DescribeDeliveryChannelStatusCommand;
    exports.DescribeDeliveryChannelStatusRequest$ = DescribeDeliveryChannelStatusRequest$;
    exports.DescribeDeliveryChannelStatusResponse$ = DescribeDeliveryChannelStatusResponse$;
    exports.DescribeDeliveryChannels$ = DescribeDeliveryChannels$;
    exports.DescribeDeliveryChannelsCommand = DescribeDeliveryChannelsCommand;
    exports.DescribeDeliveryChannelsRequest$ = DescribeDeliveryChannelsRequest$;
    exports.DescribeDeliveryChannelsResponse$ = DescribeDeliveryChannelsResponse$;
    exports.DescribeOrganizationConfigRuleStatuses$ = DescribeOrganizationConfigRuleStatuses$;
    exports.DescribeOrganizationConfigRuleStatusesCommand = DescribeOrganizationConfigRuleStatusesCommand;
    exports.DescribeOrganizationConfigRuleStatusesRequest$ = DescribeOrganizationConfigRuleStatusesRequest$;
    exports.DescribeOrganizationConfigRuleStatusesResponse$ = DescribeOrganizationConfigRuleStatusesResponse$;
    exports.DescribeOrganizationConfigRules$ = DescribeOrganizationConfigRules$;
    exports.DescribeOrganizationConfigRulesCommand = DescribeOrganizationConfigRulesCommand;
    exports.DescribeOrganizationConfigRulesRequest$ = DescribeOrganizationConfigRulesRequest$;
    exports.DescribeOrganizationConfigRulesResponse$ = DescribeOrganizationConfigRulesResponse$;
    exports.DescribeOrganizationConformancePackStatuses$ = DescribeOrganizationConformancePackStatuses$;
    exports.DescribeOrganizationConformancePackStatusesCommand = DescribeOrganizationConformancePackStatusesCommand;
    exports.DescribeOrganizationConformancePackStatusesRequest$ = DescribeOrganizationConformancePackStatusesRequest$;
    exports.DescribeOrganizationConformancePackStatusesResponse$ = DescribeOrganizationConformancePackStatusesResponse$;
    exports.DescribeOrganizationConformancePacks$ = DescribeOrganizationConformancePacks$;
    exports.DescribeOrganizationConformancePacksCommand = DescribeOrganizationConformancePacksCommand;
    exports.DescribeOrganizationConformancePacksRequest$ = DescribeOrganizationConformancePacksRequest$;
    exports.DescribeOrganizationConformancePacksResponse$ = DescribeOrganizationConformancePacksResponse$;
    exports.DescribePendingAggregationRequests$ = DescribePendingAggregationRequests$;
    exports.DescribePendingAggregationRequestsCommand = DescribePendingAggregationRequestsCommand;
    exports.DescribePendingAggregationRequestsRequest$ = DescribePendingAggregationRequestsRequest$;
    exports.DescribePendingAggregationRequestsResponse$ = DescribePendingAggregationRequestsResponse$;
    exports.DescribeRemediationConfigurations$ = DescribeRemediationConfigurations$;
    exports.DescribeRemediationConfigurationsCommand = DescribeRemediationConfigurationsCommand;
    exports.DescribeRemediationConfigurationsRequest$ = DescribeRemediationConfigurationsRequest$;
    exports.DescribeRemediationConfigurationsResponse$ = DescribeRemediationConfigurationsResponse$;
    exports.DescribeRemediationExceptions$ = DescribeRemediationExceptions$;
    exports.DescribeRemediationExceptionsCommand = DescribeRemediationExceptionsCommand;
    exports.DescribeRemediationExceptionsRequest$ = DescribeRemediationExceptionsRequest$;
    exports.DescribeRemediationExceptionsResponse$ = DescribeRemediationExceptionsResponse$;
    exports.DescribeRemediationExecutionStatus$ = DescribeRemediationExecutionStatus$;
    exports.DescribeRemediationExecutionStatusCommand = DescribeRemediationExecutionStatusCommand;
    exports.DescribeRemediationExecutionStatusRequest$ = DescribeRemediationExecutionStatusRequest$;
    exports.DescribeRemediationExecutionStatusResponse$ = DescribeRemediationExecutionStatusResponse$;
    exports.DescribeRetentionConfigurations$ = DescribeRetentionConfigurations$;
    exports.DescribeRetentionConfigurationsCommand = DescribeRetentionConfigurationsCommand;
    exports.DescribeRetentionConfigurationsRequest$ = DescribeRetentionConfigurationsRequest$;
    exports.DescribeRetentionConfigurationsResponse$ = DescribeRetentionConfigurationsResponse$;
    exports.DisassociateResourceTypes$ = DisassociateResourceTypes$;
    exports.DisassociateResourceTypesCommand = DisassociateResourceTypesCommand;
    exports.DisassociateResourceTypesRequest$ = DisassociateResourceTypesRequest$;
    exports.DisassociateResourceTypesResponse$ = DisassociateResourceTypesResponse$;
    exports.Evaluation$ = Evaluation$;
    exports.EvaluationContext$ = EvaluationContext$;
    exports.EvaluationMode = EvaluationMode;
    exports.EvaluationModeConfiguration$ = EvaluationModeConfiguration$;
    exports.EvaluationResult$ = EvaluationResult$;
    exports.EvaluationResultIdentifier$ = EvaluationResultIdentifier$;
    exports.EvaluationResultQualifier$ = EvaluationResultQualifier$;
    exports.EvaluationStatus$ = EvaluationStatus$;
    exports.EventSource = EventSource;
    exports.ExclusionByResourceTypes$ = ExclusionByResourceTypes$;
    exports.ExecutionControls$ = ExecutionControls$;
    exports.ExternalEvaluation$ = ExternalEvaluation$;
    exports.FailedDeleteRemediationExceptionsBatch$ = FailedDeleteRemediationExceptionsBatch$;
    exports.FailedRemediationBatch$ = FailedRemediationBatch$;
    exports.FailedRemediationExceptionBatch$ = FailedRemediationExceptionBatch$;
    exports.FieldInfo$ = FieldInfo$;
    exports.GetAggregateComplianceDetailsByConfigRule$ = GetAggregateComplianceDetailsByConfigRule$;
    exports.GetAggregateComplianceDetailsByConfigRuleCommand = GetAggregateComplianceDetailsByConfigRuleCommand;
    exports.GetAggregateComplianceDetailsByConfigRuleRequest$ = GetAggregateComplianceDetailsByConfigRuleRequest$;
    exports.GetAggregateComplianceDetailsByConfigRuleResponse$ = GetAggregateComplianceDetailsByConfigRuleResponse$;
    exports.GetAggregateConfigRuleComplianceSummary$ = GetAggregateConfigRuleComplianceSummary$;
    exports.GetAggregateConfigRuleComplianceSummaryCommand = GetAggregateConfigRuleComplianceSummaryCommand;
    exports.GetAggregateConfigRuleComplianceSummaryRequest$ = GetAggregateConfigRuleComplianceSummaryRequest$;
    exports.GetAggregateConfigRuleComplianceSummaryResponse$ = GetAggregateConfigRuleComplianceSummaryResponse$;
    exports.GetAggregateConformancePackComplianceSummary$ = GetAggregateConformancePackComplianceSummary$;
    exports.GetAggregateConformancePackComplianceSummaryCommand = GetAggregateConformancePackComplianceSummaryCommand;
    exports.GetAggregateConformancePackComplianceSummaryRequest$ = GetAggregateConformancePackComplianceSummaryRequest$;
    exports.GetAggregateConformancePackComplianceSummaryResponse$ = GetAggregateConformancePackComplianceSummaryResponse$;
    exports.GetAggregateDiscoveredResourceCounts$ = GetAggregateDiscoveredResourceCounts$;
    exports.GetAggregateDiscoveredResourceCountsCommand = GetAggregateDiscoveredResourceCountsCommand;
    exports.GetAggregateDiscoveredResourceCountsRequest$ = GetAggregateDiscoveredResourceCountsRequest$;
    exports.GetAggregateDiscoveredResourceCountsResponse$ = GetAggregateDiscoveredResourceCountsResponse$;
    exports.GetAggregateResourceConfig$ = GetAggregateResourceConfig$;
    exports.GetAggregateResourceConfigCommand = GetAggregateResourceConfigCommand;
    exports.GetAggregateResourceConfigRequest$ = GetAggregateResourceConfigRequest$;
    exports.GetAggregateResourceConfigResponse$ = GetAggregateResourceConfigResponse$;
    exports.GetComplianceDetailsByConfigRule$ = GetComplianceDetailsByConfigRule$;
    exports.GetComplianceDetailsByConfigRuleCommand = GetComplianceDetailsByConfigRuleCommand;
    exports.GetComplianceDetailsByConfigRuleRequest$ = GetComplianceDetailsByConfigRuleRequest$;
    exports.GetComplianceDetailsByConfigRuleResponse$ = GetComplianceDetailsByConfigRuleResponse$;
    exports.GetComplianceDetailsByResource$ = GetComplianceDetailsByResource$;
    exports.GetComplianceDetailsByResourceCommand = GetComplianceDetailsByResourceCommand;
    exports.GetComplianceDetailsByResourceRequest$ = GetComplianceDetailsByResourceRequest$;
    exports.GetComplianceDetailsByResourceResponse$ = GetComplianceDetailsByResourceResponse$;
    exports.GetComplianceSummaryByConfigRule$ = GetComplianceSummaryByConfigRule$;
    exports.GetComplianceSummaryByConfigRuleCommand = GetComplianceSummaryByConfigRuleCommand;
    exports.GetComplianceSummaryByConfigRuleResponse$ = GetComplianceSummaryByConfigRuleResponse$;
    exports.GetComplianceSummaryByResourceType$ = GetComplianceSummaryByResourceType$;
    exports.GetComplianceSummaryByResourceTypeCommand = GetComplianceSummaryByResourceTypeCommand;
    exports.GetComplianceSummaryByResourceTypeRequest$ = GetComplianceSummaryByResourceTypeRequest$;
    exports.GetComplianceSummaryByResourceTypeResponse$ = GetComplianceSummaryByResourceTypeResponse$;
    exports.GetConformancePackComplianceDetails$ = GetConformancePackComplianceDetails$;
    exports.GetConformancePackComplianceDetailsCommand = GetConformancePackComplianceDetailsCommand;
    exports.GetConformancePackComplianceDetailsRequest$ = GetConformancePackComplianceDetailsRequest$;
    exports.GetConformancePackComplianceDetailsResponse$ = GetConformancePackComplianceDetailsResponse$;
    exports.GetConformancePackComplianceSummary$ = GetConformancePackComplianceSummary$;
    exports.GetConformancePackComplianceSummaryCommand = GetConformancePackComplianceSummaryCommand;
    exports.GetConformancePackComplianceSummaryRequest$ = GetConformancePackComplianceSummaryRequest$;
    exports.GetConformancePackComplianceSummaryResponse$ = GetConformancePackComplianceSummaryResponse$;
    exports.GetConnector$ = GetConnector$;
    exports.GetConnectorCommand = GetConnectorCommand;
    exports.GetConnectorRequest$ = GetConnectorRequest$;
    exports.GetConnectorResponse$ = GetConnectorResponse$;
    exports.GetCustomRulePolicy$ = GetCustomRulePolicy$;
    exports.GetCustomRulePolicyCommand = GetCustomRulePolicyCommand;
    exports.GetCustomRulePolicyRequest$ = GetCustomRulePolicyRequest$;
    exports.GetCustomRulePolicyResponse$ = GetCustomRulePolicyResponse$;
    exports.GetDiscoveredResourceCounts$ = GetDiscoveredResourceCounts$;
    exports.GetDiscoveredResourceCountsCommand = GetDiscoveredResourceCountsCommand;
    exports.GetDiscoveredResourceCountsRequest$ = GetDiscoveredResourceCountsRequest$;
    exports.GetDiscoveredResourceCountsResponse$ = GetDiscoveredResourceCountsResponse$;
    exports.GetOrganizationConfigRuleDetailedStatus$ = GetOrganizationConfigRuleDetailedStatus$;
    exports.GetOrganizationConfigRuleDetailedStatusCommand = GetOrganizationConfigRuleDetailedStatusCommand;
    exports.GetOrganizationConfigRuleDetailedStatusRequest$ = GetOrganizationConfigRuleDetailedStatusRequest$;
    exports.GetOrganizationConfigRuleDetailedStatusResponse$ = GetOrganizationConfigRuleDetailedStatusResponse$;
    exports.GetOrganizationConformancePackDetailedStatus$ = GetOrganizationConformancePackDetailedStatus$;
    exports.GetOrganizationConformancePackDetailedStatusCommand = GetOrganizationConformancePackDetailedStatusCommand;
    exports.GetOrganizationConformancePackDetailedStatusRequest$ = GetOrganizationConformancePackDetailedStatusRequest$;
    exports.GetOrganizationConformancePackDetailedStatusResponse$ = GetOrganizationConformancePackDetailedStatusResponse$;
    exports.GetOrganizationCustomRulePolicy$ = GetOrganizationCustomRulePolicy$;
    exports.GetOrganizationCustomRulePolicyCommand = GetOrganizationCustomRulePolicyCommand;
    exports.GetOrganizationCustomRulePolicyRequest$ = GetOrganizationCustomRulePolicyRequest$;
    exports.GetOrganizationCustomRulePolicyResponse$ = GetOrganizationCustomRulePolicyResponse$;
    exports.GetResourceConfigHistory$ = GetResourceConfigHistory$;
    exports.GetResourceConfigHistoryCommand = GetResourceConfigHistoryCommand;
    exports.GetResourceConfigHistoryRequest$ = GetResourceConfigHistoryRequest$;
    exports.GetResourceConfigHistoryResponse$ = GetResourceConfigHistoryResponse$;
    exports.GetResourceEvaluationSummary$ = GetResourceEvaluationSummary$;
    exports.GetResourceEvaluationSummaryCommand = GetResourceEvaluationSummaryCommand;
    exports.GetResourceEvaluationSummaryRequest$ = GetResourceEvaluationSummaryRequest$;
    exports.GetResourceEvaluationSummaryResponse$ = GetResourceEvaluationSummaryResponse$;
    exports.GetStoredQuery$ = GetStoredQuery$;
    exports.GetStoredQueryCommand = GetStoredQueryCommand;
    exports.GetStoredQueryRequest$ = GetStoredQueryRequest$;
    exports.GetStoredQueryResponse$ = GetStoredQueryResponse$;
    exports.GroupedResourceCount$ = GroupedResourceCount$;
    exports.IdempotentParameterMismatch = IdempotentParameterMismatch;
    exports.IdempotentParameterMismatch$ = IdempotentParameterMismatch$;
    exports.InsufficientDeliveryPolicyException = InsufficientDeliveryPolicyException;
    exports.InsufficientDeliveryPolicyException$ = InsufficientDeliveryPolicyException$;
    exports.InsufficientPermissionsException = InsufficientPermissionsException;
    exports.InsufficientPermissionsException$ = InsufficientPermissionsException$;
    exports.InvalidConfigurationRecorderNameException = InvalidConfigurationRecorderNameException;
    exports.InvalidConfigurationRecorderNameException$ = InvalidConfigurationRecorderNameException$;
    exports.InvalidDeliveryChannelNameException = InvalidDeliveryChannelNameException;
    exports.InvalidDeliveryChannelNameException$ = InvalidDeliveryChannelNameException$;
    exports.InvalidExpressionException = InvalidExpressionException;
    exports.InvalidExpressionException$ = InvalidExpressionException$;
    exports.InvalidLimitException = InvalidLimitException;
    exports.InvalidLimitException$ = InvalidLimitException$;
    exports.InvalidNextTokenException = InvalidNextTokenException;
    exports.InvalidNextTokenException$ = InvalidNextTokenException$;
    exports.InvalidParameterValueException = InvalidParameterValueException;
    exports.InvalidParameterValueException$ = InvalidParameterValueException$;
    exports.InvalidRecordingGroupException = InvalidRecordingGroupException;
    exports.InvalidRecordingGroupException$ = InvalidRecordingGroupException$;
    exports.InvalidResultTokenException = InvalidResultTokenException;
    exports.InvalidResultTokenException$ = InvalidResultTokenException$;
    exports.InvalidRoleException = InvalidRoleException;
    exports.InvalidRoleException$ = InvalidRoleException$;
    exports.InvalidS3KeyPrefixException = InvalidS3KeyPrefixException;
    exports.InvalidS3KeyPrefixException$ = InvalidS3KeyPrefixException$;
    exports.InvalidS3KmsKeyArnException = InvalidS3KmsKeyArnException;
    exports.InvalidS3KmsKeyArnException$ = InvalidS3KmsKeyArnException$;
    exports.InvalidSNSTopicARNException = InvalidSNSTopicARNException;
    exports.InvalidSNSTopicARNException$ = InvalidSNSTopicARNException$;
    exports.InvalidTimeRangeException = InvalidTimeRangeException;
    exports.InvalidTimeRangeException$ = InvalidTimeRangeException$;
    exports.LastDeliveryChannelDeleteFailedException = LastDeliveryChannelDeleteFailedException;
    exports.LastDeliveryChannelDeleteFailedException$ = LastDeliveryChannelDeleteFailedException$;
    exports.LimitExceededException = LimitExceededException;
    exports.LimitExceededException$ = LimitExceededException$;
    exports.ListAggregateDiscoveredResources$ = ListAggregateDiscoveredResources$;
    exports.ListAggregateDiscoveredResourcesCommand = ListAggregateDiscoveredResourcesCommand;
    exports.ListAggregateDiscoveredResourcesRequest$ = ListAggregateDiscoveredResourcesRequest$;
    exports.ListAggregateDiscoveredResourcesResponse$ = ListAggregateDiscoveredResourcesResponse$;
    exports.ListConfigurationRecorders$ = ListConfigurationRecorders$;
    exports.ListConfigurationRecordersCommand = ListConfigurationRecordersCommand;
    exports.ListConfigurationRecordersRequest$ = ListConfigurationRecordersRequest$;
    exports.ListConfigurationRecordersResponse$ = ListConfigurationRecordersResponse$;
    exports.ListConformancePackComplianceScores$ = ListConformancePackComplianceScores$;
    exports.ListConformancePackComplianceScoresCommand = ListConformancePackComplianceScoresCommand;
    exports.ListConformancePackComplianceScoresRequest$ = ListConformancePackComplianceScoresRequest$;
    exports.ListConformancePackComplianceScoresResponse$ = ListConformancePackComplianceScoresResponse$;
    exports.ListConnectors$ = ListConnectors$;
    exports.ListConnectorsCommand = ListConnectorsCommand;
    exports.ListConnectorsRequest$ = ListConnectorsRequest$;
    exports.ListConnectorsResponse$ = ListConnectorsResponse$;
    exports.ListDiscoveredResources$ = ListDiscoveredResources$;
    exports.ListDiscoveredResourcesCommand = ListDiscoveredResourcesCommand;
    exports.ListDiscoveredResourcesRequest$ = ListDiscoveredResourcesRequest$;
    exports.ListDiscoveredResourcesResponse$ = ListDiscoveredResourcesResponse$;
    exports.ListResourceEvaluations$ = ListResourceEvaluations$;
    exports.ListResourceEvaluationsCommand = ListResourceEvaluationsCommand;
    exports.ListResourceEvaluationsRequest$ = ListResourceEvaluationsRequest$;
    exports.ListResourceEvaluationsResponse$ = ListResourceEvaluationsResponse$;
    exports.ListStoredQueries$ = ListStoredQueries$;
    exports.ListStoredQueriesCommand = ListStoredQueriesCommand;
    exports.ListStoredQueriesRequest$ = ListStoredQueriesRequest$;
    exports.ListStoredQueriesResponse$ = ListStoredQueriesResponse$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
    exports.MaxActiveResourcesExceededException = MaxActiveResourcesExceededException;
    exports.MaxActiveResourcesExceededException$ = MaxActiveResourcesExceededException$;
    exports.MaxNumberOfConfigRulesExceededException = MaxNumberOfConfigRulesExceededException;
    exports.MaxNumberOfConfigRulesExceededException$ = MaxNumberOfConfigRulesExceededException$;
    exports.MaxNumberOfConfigurationRecordersExceededException = MaxNumberOfConfigurationRecordersExceededException;
    exports.MaxNumberOfConfigurationRecordersExceededException$ = MaxNumberOfConfigurationRecordersExceededException$;
    exports.MaxNumberOfConformancePacksExceededException = MaxNumberOfConformancePacksExceededException;
    exports.MaxNumberOfConformancePacksExceededException$ = MaxNumberOfConformancePacksExceededException$;
    exports.MaxNumberOfConnectorsExceededException = MaxNumberOfConnectorsExceededException;
    exports.MaxNumberOfConnectorsExceededException$ = MaxNumberOfConnectorsExceededException$;
    exports.MaxNumberOfDeliveryChannelsExceededException = MaxNumberOfDeliveryChannelsExceededException;
    exports.MaxNumberOfDeliveryChannelsExceededException$ = MaxNumberOfDeliveryChannelsExceededException$;
    exports.MaxNumberOfOrganizationConfigRulesExceededException = MaxNumberOfOrganizationConfigRulesExceededException;
    exports.MaxNumberOfOrganizationConfigRulesExceededException$ = MaxNumberOfOrganizationConfigRulesExceededException$;
    exports.MaxNumberOfOrganizationConformancePacksExceededException = MaxNumberOfOrganizationConformancePacksExceededException;
    exports.MaxNumberOfOrganizationConformancePacksExceededException$ = MaxNumberOfOrganizationConformancePacksExceededException$;
    exports.MaxNumberOfRetentionConfigurationsExceededException = MaxNumberOfRetentionConfigurationsExceededException;
    exports.MaxNumberOfRetentionConfigurationsExceededException$ = MaxNumberOfRetentionConfigurationsExceededException$;
    exports.MaximumExecutionFrequency = MaximumExecutionFrequency;
    exports.MemberAccountRuleStatus = MemberAccountRuleStatus;
    exports.MemberAccountStatus$ = MemberAccountStatus$;
    exports.MessageType = MessageType;
    exports.NoAvailableConfigurationRecorderException = NoAvailableConfigurationRecorderException;
    exports.NoAvailableConfigurationRecorderException$ = NoAvailableConfigurationRecorderException$;
    exports.NoAvailableDeliveryChannelException = NoAvailableDeliveryChannelException;
    exports.NoAvailableDeliveryChannelException$ = NoAvailableDeliveryChannelException$;
    exports.NoAvailableOrganizationException = NoAvailableOrganizationException;
    exports.NoAvailableOrganizationException$ = NoAvailableOrganizationException$;
    exports.NoRunningConfigurationRecorderException = NoRunningConfigurationRecorderException;
    exports.NoRunningConfigurationRecorderException$ = NoRunningConfigurationRecorderException$;
    exports.NoSuchBucketException = NoSuchBucketException;
    exports.NoSuchBucketException$ = NoSuchBucketException$;
    exports.NoSuchConfigRuleException = NoSuchConfigRuleException;
    exports.NoSuchConfigRuleException$ = NoSuchConfigRuleException$;
    exports.NoSuchConfigRuleInConformancePackException = NoSuchConfigRuleInConformancePackException;
    exports.NoSuchConfigRuleInConformancePackException$ = NoSuchConfigRuleInConformancePackException$;
    exports.NoSuchConfigurationAggregatorException = NoSuchConfigurationAggregatorException;
    exports.NoSuchConfigurationAggregatorException$ = NoSuchConfigurationAggregatorException$;
    exports.NoSuchConfigurationRecorderException = NoSuchConfigurationRecorderException;
    exports.NoSuchConfigurationRecorderException$ = NoSuchConfigurationRecorderException$;
    exports.NoSuchConformancePackException = NoSuchConformancePackException;
    exports.NoSuchConformancePackException$ = NoSuchConformancePackException$;
    exports.NoSuchDeliveryChannelException = NoSuchDeliveryChannelException;
    exports.NoSuchDeliveryChannelException$ = NoSuchDeliveryChannelException$;
    exports.NoSuchOrganizationConfigRuleException = NoSuchOrganizationConfigRuleException;
    exports.NoSuchOrganizationConfigRuleException$ = NoSuchOrganizationConfigRuleException$;
    exports.NoSuchOrganizationConformancePackException = NoSuchOrganizationConformancePackException;
    exports.NoSuchOrganizationConformancePackException$ = NoSuchOrganizationConformancePackException$;
    exports.NoSuchRemediationConfigurationException = NoSuchRemediationConfigurationException;
    exports.NoSuchRemediationConfigurationException$ = NoSuchRemediationConfigurationException$;
    exports.NoSuchRemediationExceptionException = NoSuchRemediationExceptionException;
    exports.NoSuchRemediationExceptionException$ = NoSuchRemediationExceptionException$;
    exports.NoSuchRetentionConfigurationException = NoSuchRetentionConfigurationException;
    exports.NoSuchRetentionConfigurationException$ = NoSuchRetentionConfigurationException$;
    exports.OrganizationAccessDeniedException = OrganizationAccessDeniedException;
    exports.OrganizationAccessDeniedException$ = OrganizationAccessDeniedException$;
    exports.OrganizationAggregationSource$ = OrganizationAggregationSource$;
    exports.OrganizationAllFeaturesNotEnabledException = OrganizationAllFeaturesNotEnabledException;
    exports.OrganizationAllFeaturesNotEnabledException$ = OrganizationAllFeaturesNotEnabledException$;
    exports.OrganizationConfigRule$ = OrganizationConfigRule$;
    exports.OrganizationConfigRuleStatus$ = OrganizationConfigRuleStatus$;
    exports.OrganizationConfigRuleTriggerType = OrganizationConfigRuleTriggerType;
    exports.OrganizationConfigRuleTriggerTypeNoSN = OrganizationConfigRuleTriggerTypeNoSN;
    exports.OrganizationConformancePack$ = OrganizationConformancePack$;
    exports.OrganizationConformancePackDetailedStatus$ = OrganizationConformancePackDetailedStatus$;
    exports.OrganizationConformancePackStatus$ = OrganizationConformancePackStatus$;
    exports.OrganizationConformancePackTemplateValidationException = OrganizationConformancePackTemplateValidationException;
    exports.OrganizationConformancePackTemplateValidationException$ = OrganizationConformancePackTemplateValidationException$;
    exports.OrganizationCustomPolicyRuleMetadata$ = OrganizationCustomPolicyRuleMetadata$;
    exports.OrganizationCustomPolicyRuleMetadataNoPolicy$ = OrganizationCustomPolicyRuleMetadataNoPolicy$;
    exports.OrganizationCustomRuleMetadata$ = OrganizationCustomRuleMetadata$;
    exports.OrganizationManagedRuleMetadata$ = OrganizationManagedRuleMetadata$;
    exports.OrganizationResourceDetailedStatus = OrganizationResourceDetailedStatus;
    exports.OrganizationResourceDetailedStatusFilters$ = OrganizationResourceDetailedStatusFilters$;
    exports.OrganizationResourceStatus = OrganizationResourceStatus;
    exports.OrganizationRuleStatus = OrganizationRuleStatus;
    exports.OversizedConfigurationItemException = OversizedConfigurationItemException;
    exports.OversizedConfigurationItemException$ = OversizedConfigurationItemException$;
    exports.Owner = Owner;
    exports.PendingAggregationRequest$ = PendingAggregationRequest$;
    exports.Provider = Provider;
    exports.PutAggregationAuthorization$ = PutAggregationAuthorization$;
    exports.PutAggregationAuthorizationCommand = PutAggregationAuthorizationCommand;
    exports.PutAggregationAuthorizationRequest$ = PutAggregationAuthorizationRequest$;
    exports.PutAggregationAuthorizationResponse$ = PutAggregationAuthorizationResponse$;
    exports.PutConfigRule$ = PutConfigRule$;
    exports.PutConfigRuleCommand = PutConfigRuleCommand;
    exports.PutConfigRuleRequest$ = PutConfigRuleRequest$;
    exports.PutConfigurationAggregator$ = PutConfigurationAggregator$;
    exports.PutConfigurationAggregatorCommand = PutConfigurationAggregatorCommand;
    exports.PutConfigurationAggregatorRequest$ = PutConfigurationAggregatorRequest$;
    exports.PutConfigurationAggregatorResponse$ = PutConfigurationAggregatorResponse$;
    exports.PutConfigurationRecorder$ = PutConfigurationRecorder$;
    exports.PutConfigurationRecorderCommand = PutConfigurationRecorderCommand;
    exports.PutConfigurationRecorderRequest$ = PutConfigurationRecorderRequest$;
    exports.PutConformancePack$ = PutConformancePack$;
    exports.PutConformancePackCommand = PutConformancePackCommand;
    exports.PutConformancePackRequest$ = PutConformancePackRequest$;
    exports.PutConformancePackResponse$ = PutConformancePackResponse$;
    exports.PutConnector$ = PutConnector$;
    exports.PutConnectorCommand = PutConnectorCommand;
    exports.PutConnectorRequest$ = PutConnectorRequest$;
    exports.PutConnectorResponse$ = PutConnectorResponse$;
    exports.PutDeliveryChannel$ = PutDeliveryChannel$;
    exports.PutDeliveryChannelCommand = PutDeliveryChannelCommand;
    exports.PutDeliveryChannelRequest$ = PutDeliveryChannelRequest$;
    exports.PutEvaluations$ = PutEvaluations$;
    exports.PutEvaluationsCommand = PutEvaluationsCommand;
    exports.PutEvaluationsRequest$ = PutEvaluationsRequest$;
    exports.PutEvaluationsResponse$ = PutEvaluationsResponse$;
    exports.PutExternalEvaluation$ = PutExternalEvaluation$;
    exports.PutExternalEvaluationCommand = PutExternalEvaluationCommand;
    exports.PutExternalEvaluationRequest$ = PutExternalEvaluationRequest$;
    exports.PutExternalEvaluationResponse$ = PutExternalEvaluationResponse$;
    exports.PutOrganizationConfigRule$ = PutOrganizationConfigRule$;
    exports.PutOrganizationConfigRuleCommand = PutOrganizationConfigRuleCommand;
    exports.PutOrganizationConfigRuleRequest$ = PutOrganizationConfigRuleRequest$;
    exports.PutOrganizationConfigRuleResponse$ = PutOrganizationConfigRuleResponse$;
    exports.PutOrganizationConformancePack$ = PutOrganizationConformancePack$;
    exports.PutOrganizationConformancePackCommand = PutOrganizationConformancePackCommand;
    exports.PutOrganizationConformancePackRequest$ = PutOrganizationConformancePackRequest$;
    exports.PutOrganizationConformancePackResponse$ = PutOrganizationConformancePackResponse$;
    exports.PutRemediationConfigurations$ = PutRemediationConfigurations$;
    exports.PutRemediationConfigurationsCommand = PutRemediationConfigurationsCommand;
    exports.PutRemediationConfigurationsRequest$ = PutRemediationConfigurationsRequest$;
    exports.PutRemediationConfigurationsResponse$ = PutRemediationConfigurationsResponse$;
    exports.PutRemediationExceptions$ = PutRemediationExceptions$;
    exports.PutRemediationExceptionsCommand = PutRemediationExceptionsCommand;
    exports.PutRemediationExceptionsRequest$ = PutRemediationExceptionsRequest$;
    exports.PutRemediationExceptionsResponse$ = PutRemediationExceptionsResponse$;
    exports.PutResourceConfig$ = PutResourceConfig$;
    exports.PutResourceConfigCommand = PutResourceConfigCommand;
    exports.PutResourceConfigRequest$ = PutResourceConfigRequest$;
    exports.PutRetentionConfiguration$ = PutRetentionConfiguration$;
    exports.PutRetentionConfigurationCommand = PutRetentionConfigurationCommand;
    exports.PutRetentionConfigurationRequest$ = PutRetentionConfigurationRequest$;
    exports.PutRetentionConfigurationResponse$ = PutRetentionConfigurationResponse$;
    exports.PutServiceLinkedConfigurationRecorder$ = PutServiceLinkedConfigurationRecorder$;
    exports.PutServiceLinkedConfigurationRecorderCommand = PutServiceLinkedConfigurationRecorderCommand;
    exports.PutServiceLinkedConfigurationRecorderRequest$ = PutServiceLinkedConfigurationRecorderRequest$;
    exports.PutServiceLinkedConfigurationRecorderResponse$ = PutServiceLinkedConfigurationRecorderResponse$;
    exports.PutStoredQuery$ = PutStoredQuery$;
    exports.PutStoredQueryCommand = PutStoredQueryCommand;
    exports.PutStoredQueryRequest$ = PutStoredQueryRequest$;
    exports.PutStoredQueryResponse$ = PutStoredQueryResponse$;
    exports.PutThirdPartyServiceLinkedConfigurationRecorder$ = PutThirdPartyServiceLinkedConfigurationRecorder$;
    exports.PutThirdPartyServiceLinkedConfigurationRecorderCommand = PutThirdPartyServiceLinkedConfigurationRecorderCommand;
    exports.PutThirdPartyServiceLinkedConfigurationRecorderRequest$ = PutThirdPartyServiceLinkedConfigurationRecorderRequest$;
    exports.PutThirdPartyServiceLinkedConfigurationRecorderResponse$ = PutThirdPartyServiceLinkedConfigurationRecorderResponse$;
    exports.QueryInfo$ = QueryInfo$;
    exports.RecorderStatus = RecorderStatus;
    exports.RecordingFrequency = RecordingFrequency;
    exports.RecordingGroup$ = RecordingGroup$;
    exports.RecordingMode$ = RecordingMode$;
    exports.RecordingModeOverride$ = RecordingModeOverride$;
    exports.RecordingScope = RecordingScope;
    exports.RecordingStrategy$ = RecordingStrategy$;
    exports.RecordingStrategyType = RecordingStrategyType;
    exports.Relationship$ = Relationship$;
    exports.RemediationConfiguration$ = RemediationConfiguration$;
    exports.RemediationException$ = RemediationException$;
    exports.RemediationExceptionResourceKey$ = RemediationExceptionResourceKey$;
    exports.RemediationExecutionState = RemediationExecutionState;
    exports.RemediationExecutionStatus$ = RemediationExecutionStatus$;
    exports.RemediationExecutionStep$ = RemediationExecutionStep$;
    exports.RemediationExecutionStepState = RemediationExecutionStepState;
    exports.RemediationInProgressException = RemediationInProgressException;
    exports.RemediationInProgressException$ = RemediationInProgressException$;
    exports.RemediationParameterValue$ = RemediationParameterValue$;
    exports.RemediationTargetType = RemediationTargetType;
    exports.ResourceConcurrentModificationException = ResourceConcurrentModificationException;
    exports.ResourceConcurrentModificationException$ = ResourceConcurrentModificationException$;
    exports.ResourceConfigurationSchemaType = ResourceConfigurationSchemaType;
    exports.ResourceCount$ = ResourceCount$;
    exports.ResourceCountFilters$ = ResourceCountFilters$;
    exports.ResourceCountGroupKey = ResourceCountGroupKey;
    exports.ResourceDetails$ = ResourceDetails$;
    exports.ResourceEvaluation$ = ResourceEvaluation$;
    exports.ResourceEvaluationFilters$ = ResourceEvaluationFilters$;
    exports.ResourceEvaluationStatus = ResourceEvaluationStatus;
    exports.ResourceFilters$ = ResourceFilters$;
    exports.ResourceIdentifier$ = ResourceIdentifier$;
    exports.ResourceInUseException = ResourceInUseException;
    exports.ResourceInUseException$ = ResourceInUseException$;
    exports.ResourceKey$ = ResourceKey$;
    exports.ResourceNotDiscoveredException = ResourceNotDiscoveredException;
    exports.ResourceNotDiscoveredException$ = ResourceNotDiscoveredException$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.ResourceType = ResourceType;
    exports.ResourceValue$ = ResourceValue$;
    exports.ResourceValueType = ResourceValueType;
    exports.RetentionConfiguration$ = RetentionConfiguration$;
    exports.RuleEvaluationVisibility = RuleEvaluationVisibility;
    exports.Scope$ = Scope$;
    exports.ScopeConfiguration$ = ScopeConfiguration$;
    exports.SelectAggregateResourceConfig$ = SelectAggregateResourceConfig$;
    exports.SelectAggregateResourceConfigCommand = SelectAggregateResourceConfigCommand;
    exports.SelectAggregateResourceConfigRequest$ = SelectAggregateResourceConfigRequest$;
    exports.SelectAggregateResourceConfigResponse$ = SelectAggregateResourceConfigResponse$;
    exports.SelectResourceConfig$ = SelectResourceConfig$;
    exports.SelectResourceConfigCommand = SelectResourceConfigCommand;
    exports.SelectResourceConfigRequest$ = SelectResourceConfigRequest$;
    exports.SelectResourceConfigResponse$ = SelectResourceConfigResponse$;
    exports.SortBy = SortBy;
    exports.SortOrder = SortOrder;
    exports.Source$ = Source$;
    exports.SourceDetail$ = SourceDetail$;
    exports.SsmControls$ = SsmControls$;
    exports.StartConfigRulesEvaluation$ = StartConfigRulesEvaluation$;
    exports.StartConfigRulesEvaluationCommand = StartConfigRulesEvaluationCommand;
    exports.StartConfigRulesEvaluationRequest$ = StartConfigRulesEvaluationRequest$;
    exports.StartConfigRulesEvaluationResponse$ = StartConfigRulesEvaluationResponse$;
    exports.StartConfigurationRecorder$ = StartConfigurationRecorder$;
    exports.StartConfigurationRecorderCommand = StartConfigurationRecorderCommand;
    exports.StartConfigurationRecorderRequest$ = StartConfigurationRecorderRequest$;
    exports.StartRemediationExecution$ = StartRemediationExecution$;
    exports.StartRemediationExecutionCommand = StartRemediationExecutionCommand;
    exports.StartRemediationExecutionRequest$ = StartRemediationExecutionRequest$;
    exports.StartRemediationExecutionResponse$ = StartRemediationExecutionResponse$;
    exports.StartResourceEvaluation$ = StartResourceEvaluation$;
    exports.StartResourceEvaluationCommand = StartResourceEvaluationCommand;
    exports.StartResourceEvaluationRequest$ = StartResourceEvaluationRequest$;
    exports.StartResourceEvaluationResponse$ = StartResourceEvaluationResponse$;
    exports.StaticValue$ = StaticValue$;
    exports.StatusDetailFilters$ = StatusDetailFilters$;
    exports.StopConfigurationRecorder$ = StopConfigurationRecorder$;
    exports.StopConfigurationRecorderCommand = StopConfigurationRecorderCommand;
    exports.StopConfigurationRecorderRequest$ = StopConfigurationRecorderRequest$;
    exports.StoredQuery$ = StoredQuery$;
    exports.StoredQueryMetadata$ = StoredQueryMetadata$;
    exports.Tag$ = Tag$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.TemplateSSMDocumentDetails$ = TemplateSSMDocumentDetails$;
    exports.TimeWindow$ = TimeWindow$;
    exports.TooManyTagsException = TooManyTagsException;
    exports.TooManyTagsException$ = TooManyTagsException$;
    exports.UnmodifiableEntityException = UnmodifiableEntityException;
    exports.UnmodifiableEntityException$ = UnmodifiableEntityException$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.ValidationException = ValidationException;
    exports.ValidationException$ = ValidationException$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateDescribeAggregateComplianceByConfigRules = paginateDescribeAggregateComplianceByConfigRules;
    exports.paginateDescribeAggregateComplianceByConformancePacks = paginateDescribeAggregateComplianceByConformancePacks;
    exports.paginateDescribeAggregationAuthorizations = paginateDescribeAggregationAuthorizations;
    exports.paginateDescribeComplianceByConfigRule = paginateDescribeComplianceByConfigRule;
    exports.paginateDescribeComplianceByResource = paginateDescribeComplianceByResource;
    exports.paginateDescribeConfigRuleEvaluationStatus = paginateDescribeConfigRuleEvaluationStatus;
    exports.paginateDescribeConfigRules = paginateDescribeConfigRules;
    exports.paginateDescribeConfigurationAggregatorSourcesStatus = paginateDescribeConfigurationAggregatorSourcesStatus;
    exports.paginateDescribeConfigurationAggregators = paginateDescribeConfigurationAggregators;
    exports.paginateDescribeConformancePackCompliance = paginateDescribeConformancePackCompliance;
    exports.paginateDescribeConformancePackStatus = paginateDescribeConformancePackStatus;
    exports.paginateDescribeConformancePacks = paginateDescribeConformancePacks;
    exports.paginateDescribeOrganizationConfigRuleStatuses = paginateDescribeOrganizationConfigRuleStatuses;
    exports.paginateDescribeOrganizationConfigRules = paginateDescribeOrganizationConfigRules;
    exports.paginateDescribeOrganizationConformancePackStatuses = paginateDescribeOrganizationConformancePackStatuses;
    exports.paginateDescribeOrganizationConformancePacks = paginateDescribeOrganizationConformancePacks;
    exports.paginateDescribePendingAggregationRequests = paginateDescribePendingAggregationRequests;
    exports.paginateDescribeRemediationExceptions = paginateDescribeRemediationExceptions;
    exports.paginateDescribeRemediationExecutionStatus = paginateDescribeRemediationExecutionStatus;
    exports.paginateDescribeRetentionConfigurations = paginateDescribeRetentionConfigurations;
    exports.paginateGetAggregateComplianceDetailsByConfigRule = paginateGetAggregateComplianceDetailsByConfigRule;
    exports.paginateGetAggregateConfigRuleComplianceSummary = paginateGetAggregateConfigRuleComplianceSummary;
    exports.paginateGetAggregateConformancePackComplianceSummary = paginateGetAggregateConformancePackComplianceSummary;
    exports.paginateGetAggregateDiscoveredResourceCounts = paginateGetAggregateDiscoveredResourceCounts;
    exports.paginateGetComplianceDetailsByConfigRule = paginateGetComplianceDetailsByConfigRule;
    exports.paginateGetComplianceDetailsByResource = paginateGetComplianceDetailsByResource;
    exports.paginateGetConformancePackComplianceDetails = paginateGetConformancePackComplianceDetails;
    exports.paginateGetConformancePackComplianceSummary = paginateGetConformancePackComplianceSummary;
    exports.paginateGetDiscoveredResourceCounts = paginateGetDiscoveredResourceCounts;
    exports.paginateGetOrganizationConfigRuleDetailedStatus = paginateGetOrganizationConfigRuleDetailedStatus;
    exports.paginateGetOrganizationConformancePackDetailedStatus = paginateGetOrganizationConformancePackDetailedStatus;
    exports.paginateGetResourceConfigHistory = paginateGetResourceConfigHistory;
    exports.paginateListAggregateDiscoveredResources = paginateListAggregateDiscoveredResources;
    exports.paginateListConfigurationRecorders = paginateListConfigurationRecorders;
    exports.paginateListConformancePackComplianceScores = paginateListConformancePackComplianceScores;
    exports.paginateListConnectors = paginateListConnectors;
    exports.paginateListDiscoveredResources = paginateListDiscoveredResources;
    exports.paginateListResourceEvaluations = paginateListResourceEvaluations;
    exports.paginateListStoredQueries = paginateListStoredQueries;
    exports.paginateListTagsForResource = paginateListTagsForResource;
    exports.paginateSelectAggregateResourceConfig = paginateSelectAggregateResourceConfig;
    exports.paginateSelectResourceConfig = paginateSelectResourceConfig;
  }
});

// commonjs-namespace:node_modules/@aws-sdk/client-config-service/dist-cjs/index.js
var exported = require_dist_cjs3();
var dist_cjs_default = exported;
var named0 = exported["$Command"];
var named1 = exported["AccountAggregationSource$"];
var named2 = exported["AggregateComplianceByConfigRule$"];
var named3 = exported["AggregateComplianceByConformancePack$"];
var named4 = exported["AggregateComplianceCount$"];
var named5 = exported["AggregateConformancePackCompliance$"];
var named6 = exported["AggregateConformancePackComplianceCount$"];
var named7 = exported["AggregateConformancePackComplianceFilters$"];
var named8 = exported["AggregateConformancePackComplianceSummary$"];
var named9 = exported["AggregateConformancePackComplianceSummaryFilters$"];
var named10 = exported["AggregateConformancePackComplianceSummaryGroupKey"];
var named11 = exported["AggregateEvaluationResult$"];
var named12 = exported["AggregateResourceIdentifier$"];
var named13 = exported["AggregatedSourceStatus$"];
var named14 = exported["AggregatedSourceStatusType"];
var named15 = exported["AggregatedSourceType"];
var named16 = exported["AggregationAuthorization$"];
var named17 = exported["AggregatorFilterResourceType$"];
var named18 = exported["AggregatorFilterServicePrincipal$"];
var named19 = exported["AggregatorFilterType"];
var named20 = exported["AggregatorFilters$"];
var named21 = exported["AssociateResourceTypes$"];
var named22 = exported["AssociateResourceTypesCommand"];
var named23 = exported["AssociateResourceTypesRequest$"];
var named24 = exported["AssociateResourceTypesResponse$"];
var named25 = exported["AzureConnectorConfiguration$"];
var named26 = exported["BaseConfigurationItem$"];
var named27 = exported["BatchGetAggregateResourceConfig$"];
var named28 = exported["BatchGetAggregateResourceConfigCommand"];
var named29 = exported["BatchGetAggregateResourceConfigRequest$"];
var named30 = exported["BatchGetAggregateResourceConfigResponse$"];
var named31 = exported["BatchGetResourceConfig$"];
var named32 = exported["BatchGetResourceConfigCommand"];
var named33 = exported["BatchGetResourceConfigRequest$"];
var named34 = exported["BatchGetResourceConfigResponse$"];
var named35 = exported["ChronologicalOrder"];
var named36 = exported["Compliance$"];
var named37 = exported["ComplianceByConfigRule$"];
var named38 = exported["ComplianceByResource$"];
var named39 = exported["ComplianceContributorCount$"];
var named40 = exported["ComplianceSummary$"];
var named41 = exported["ComplianceSummaryByResourceType$"];
var named42 = exported["ComplianceType"];
var named43 = exported["ConfigExportDeliveryInfo$"];
var named44 = exported["ConfigRule$"];
var named45 = exported["ConfigRuleComplianceFilters$"];
var named46 = exported["ConfigRuleComplianceSummaryFilters$"];
var named47 = exported["ConfigRuleComplianceSummaryGroupKey"];
var named48 = exported["ConfigRuleEvaluationStatus$"];
var named49 = exported["ConfigRuleState"];
var named50 = exported["ConfigService"];
var named51 = exported["ConfigServiceClient"];
var named52 = exported["ConfigServiceServiceException"];
var named53 = exported["ConfigServiceServiceException$"];
var named54 = exported["ConfigSnapshotDeliveryProperties$"];
var named55 = exported["ConfigStreamDeliveryInfo$"];
var named56 = exported["ConfigurationAggregator$"];
var named57 = exported["ConfigurationItem$"];
var named58 = exported["ConfigurationItemStatus"];
var named59 = exported["ConfigurationRecorder$"];
var named60 = exported["ConfigurationRecorderFilter$"];
var named61 = exported["ConfigurationRecorderFilterName"];
var named62 = exported["ConfigurationRecorderStatus$"];
var named63 = exported["ConfigurationRecorderSummary$"];
var named64 = exported["ConflictException"];
var named65 = exported["ConflictException$"];
var named66 = exported["ConformancePackComplianceFilters$"];
var named67 = exported["ConformancePackComplianceScore$"];
var named68 = exported["ConformancePackComplianceScoresFilters$"];
var named69 = exported["ConformancePackComplianceSummary$"];
var named70 = exported["ConformancePackComplianceType"];
var named71 = exported["ConformancePackDetail$"];
var named72 = exported["ConformancePackEvaluationFilters$"];
var named73 = exported["ConformancePackEvaluationResult$"];
var named74 = exported["ConformancePackInputParameter$"];
var named75 = exported["ConformancePackRuleCompliance$"];
var named76 = exported["ConformancePackState"];
var named77 = exported["ConformancePackStatusDetail$"];
var named78 = exported["ConformancePackTemplateValidationException"];
var named79 = exported["ConformancePackTemplateValidationException$"];
var named80 = exported["Connector$"];
var named81 = exported["ConnectorConfiguration$"];
var named82 = exported["ConnectorFilter$"];
var named83 = exported["ConnectorFilterName"];
var named84 = exported["ConnectorSummary$"];
var named85 = exported["CustomPolicyDetails$"];
var named86 = exported["DeleteAggregationAuthorization$"];
var named87 = exported["DeleteAggregationAuthorizationCommand"];
var named88 = exported["DeleteAggregationAuthorizationRequest$"];
var named89 = exported["DeleteConfigRule$"];
var named90 = exported["DeleteConfigRuleCommand"];
var named91 = exported["DeleteConfigRuleRequest$"];
var named92 = exported["DeleteConfigurationAggregator$"];
var named93 = exported["DeleteConfigurationAggregatorCommand"];
var named94 = exported["DeleteConfigurationAggregatorRequest$"];
var named95 = exported["DeleteConfigurationRecorder$"];
var named96 = exported["DeleteConfigurationRecorderCommand"];
var named97 = exported["DeleteConfigurationRecorderRequest$"];
var named98 = exported["DeleteConformancePack$"];
var named99 = exported["DeleteConformancePackCommand"];
var named100 = exported["DeleteConformancePackRequest$"];
var named101 = exported["DeleteConnector$"];
var named102 = exported["DeleteConnectorCommand"];
var named103 = exported["DeleteConnectorRequest$"];
var named104 = exported["DeleteDeliveryChannel$"];
var named105 = exported["DeleteDeliveryChannelCommand"];
var named106 = exported["DeleteDeliveryChannelRequest$"];
var named107 = exported["DeleteEvaluationResults$"];
var named108 = exported["DeleteEvaluationResultsCommand"];
var named109 = exported["DeleteEvaluationResultsRequest$"];
var named110 = exported["DeleteEvaluationResultsResponse$"];
var named111 = exported["DeleteOrganizationConfigRule$"];
var named112 = exported["DeleteOrganizationConfigRuleCommand"];
var named113 = exported["DeleteOrganizationConfigRuleRequest$"];
var named114 = exported["DeleteOrganizationConformancePack$"];
var named115 = exported["DeleteOrganizationConformancePackCommand"];
var named116 = exported["DeleteOrganizationConformancePackRequest$"];
var named117 = exported["DeletePendingAggregationRequest$"];
var named118 = exported["DeletePendingAggregationRequestCommand"];
var named119 = exported["DeletePendingAggregationRequestRequest$"];
var named120 = exported["DeleteRemediationConfiguration$"];
var named121 = exported["DeleteRemediationConfigurationCommand"];
var named122 = exported["DeleteRemediationConfigurationRequest$"];
var named123 = exported["DeleteRemediationConfigurationResponse$"];
var named124 = exported["DeleteRemediationExceptions$"];
var named125 = exported["DeleteRemediationExceptionsCommand"];
var named126 = exported["DeleteRemediationExceptionsRequest$"];
var named127 = exported["DeleteRemediationExceptionsResponse$"];
var named128 = exported["DeleteResourceConfig$"];
var named129 = exported["DeleteResourceConfigCommand"];
var named130 = exported["DeleteResourceConfigRequest$"];
var named131 = exported["DeleteRetentionConfiguration$"];
var named132 = exported["DeleteRetentionConfigurationCommand"];
var named133 = exported["DeleteRetentionConfigurationRequest$"];
var named134 = exported["DeleteServiceLinkedConfigurationRecorder$"];
var named135 = exported["DeleteServiceLinkedConfigurationRecorderCommand"];
var named136 = exported["DeleteServiceLinkedConfigurationRecorderRequest$"];
var named137 = exported["DeleteServiceLinkedConfigurationRecorderResponse$"];
var named138 = exported["DeleteStoredQuery$"];
var named139 = exported["DeleteStoredQueryCommand"];
var named140 = exported["DeleteStoredQueryRequest$"];
var named141 = exported["DeleteStoredQueryResponse$"];
var named142 = exported["DeliverConfigSnapshot$"];
var named143 = exported["DeliverConfigSnapshotCommand"];
var named144 = exported["DeliverConfigSnapshotRequest$"];
var named145 = exported["DeliverConfigSnapshotResponse$"];
var named146 = exported["DeliveryChannel$"];
var named147 = exported["DeliveryChannelStatus$"];
var named148 = exported["DeliveryStatus"];
var named149 = exported["DescribeAggregateComplianceByConfigRules$"];
var named150 = exported["DescribeAggregateComplianceByConfigRulesCommand"];
var named151 = exported["DescribeAggregateComplianceByConfigRulesRequest$"];
var named152 = exported["DescribeAggregateComplianceByConfigRulesResponse$"];
var named153 = exported["DescribeAggregateComplianceByConformancePacks$"];
var named154 = exported["DescribeAggregateComplianceByConformancePacksCommand"];
var named155 = exported["DescribeAggregateComplianceByConformancePacksRequest$"];
var named156 = exported["DescribeAggregateComplianceByConformancePacksResponse$"];
var named157 = exported["DescribeAggregationAuthorizations$"];
var named158 = exported["DescribeAggregationAuthorizationsCommand"];
var named159 = exported["DescribeAggregationAuthorizationsRequest$"];
var named160 = exported["DescribeAggregationAuthorizationsResponse$"];
var named161 = exported["DescribeComplianceByConfigRule$"];
var named162 = exported["DescribeComplianceByConfigRuleCommand"];
var named163 = exported["DescribeComplianceByConfigRuleRequest$"];
var named164 = exported["DescribeComplianceByConfigRuleResponse$"];
var named165 = exported["DescribeComplianceByResource$"];
var named166 = exported["DescribeComplianceByResourceCommand"];
var named167 = exported["DescribeComplianceByResourceRequest$"];
var named168 = exported["DescribeComplianceByResourceResponse$"];
var named169 = exported["DescribeConfigRuleEvaluationStatus$"];
var named170 = exported["DescribeConfigRuleEvaluationStatusCommand"];
var named171 = exported["DescribeConfigRuleEvaluationStatusRequest$"];
var named172 = exported["DescribeConfigRuleEvaluationStatusResponse$"];
var named173 = exported["DescribeConfigRules$"];
var named174 = exported["DescribeConfigRulesCommand"];
var named175 = exported["DescribeConfigRulesFilters$"];
var named176 = exported["DescribeConfigRulesRequest$"];
var named177 = exported["DescribeConfigRulesResponse$"];
var named178 = exported["DescribeConfigurationAggregatorSourcesStatus$"];
var named179 = exported["DescribeConfigurationAggregatorSourcesStatusCommand"];
var named180 = exported["DescribeConfigurationAggregatorSourcesStatusRequest$"];
var named181 = exported["DescribeConfigurationAggregatorSourcesStatusResponse$"];
var named182 = exported["DescribeConfigurationAggregators$"];
var named183 = exported["DescribeConfigurationAggregatorsCommand"];
var named184 = exported["DescribeConfigurationAggregatorsRequest$"];
var named185 = exported["DescribeConfigurationAggregatorsResponse$"];
var named186 = exported["DescribeConfigurationRecorderStatus$"];
var named187 = exported["DescribeConfigurationRecorderStatusCommand"];
var named188 = exported["DescribeConfigurationRecorderStatusRequest$"];
var named189 = exported["DescribeConfigurationRecorderStatusResponse$"];
var named190 = exported["DescribeConfigurationRecorders$"];
var named191 = exported["DescribeConfigurationRecordersCommand"];
var named192 = exported["DescribeConfigurationRecordersRequest$"];
var named193 = exported["DescribeConfigurationRecordersResponse$"];
var named194 = exported["DescribeConformancePackCompliance$"];
var named195 = exported["DescribeConformancePackComplianceCommand"];
var named196 = exported["DescribeConformancePackComplianceRequest$"];
var named197 = exported["DescribeConformancePackComplianceResponse$"];
var named198 = exported["DescribeConformancePackStatus$"];
var named199 = exported["DescribeConformancePackStatusCommand"];
var named200 = exported["DescribeConformancePackStatusRequest$"];
var named201 = exported["DescribeConformancePackStatusResponse$"];
var named202 = exported["DescribeConformancePacks$"];
var named203 = exported["DescribeConformancePacksCommand"];
var named204 = exported["DescribeConformancePacksRequest$"];
var named205 = exported["DescribeConformancePacksResponse$"];
var named206 = exported["DescribeDeliveryChannelStatus$"];
var named207 = exported["DescribeDeliveryChannelStatusCommand"];
var named208 = exported["DescribeDeliveryChannelStatusRequest$"];
var named209 = exported["DescribeDeliveryChannelStatusResponse$"];
var named210 = exported["DescribeDeliveryChannels$"];
var named211 = exported["DescribeDeliveryChannelsCommand"];
var named212 = exported["DescribeDeliveryChannelsRequest$"];
var named213 = exported["DescribeDeliveryChannelsResponse$"];
var named214 = exported["DescribeOrganizationConfigRuleStatuses$"];
var named215 = exported["DescribeOrganizationConfigRuleStatusesCommand"];
var named216 = exported["DescribeOrganizationConfigRuleStatusesRequest$"];
var named217 = exported["DescribeOrganizationConfigRuleStatusesResponse$"];
var named218 = exported["DescribeOrganizationConfigRules$"];
var named219 = exported["DescribeOrganizationConfigRulesCommand"];
var named220 = exported["DescribeOrganizationConfigRulesRequest$"];
var named221 = exported["DescribeOrganizationConfigRulesResponse$"];
var named222 = exported["DescribeOrganizationConformancePackStatuses$"];
var named223 = exported["DescribeOrganizationConformancePackStatusesCommand"];
var named224 = exported["DescribeOrganizationConformancePackStatusesRequest$"];
var named225 = exported["DescribeOrganizationConformancePackStatusesResponse$"];
var named226 = exported["DescribeOrganizationConformancePacks$"];
var named227 = exported["DescribeOrganizationConformancePacksCommand"];
var named228 = exported["DescribeOrganizationConformancePacksRequest$"];
var named229 = exported["DescribeOrganizationConformancePacksResponse$"];
var named230 = exported["DescribePendingAggregationRequests$"];
var named231 = exported["DescribePendingAggregationRequestsCommand"];
var named232 = exported["DescribePendingAggregationRequestsRequest$"];
var named233 = exported["DescribePendingAggregationRequestsResponse$"];
var named234 = exported["DescribeRemediationConfigurations$"];
var named235 = exported["DescribeRemediationConfigurationsCommand"];
var named236 = exported["DescribeRemediationConfigurationsRequest$"];
var named237 = exported["DescribeRemediationConfigurationsResponse$"];
var named238 = exported["DescribeRemediationExceptions$"];
var named239 = exported["DescribeRemediationExceptionsCommand"];
var named240 = exported["DescribeRemediationExceptionsRequest$"];
var named241 = exported["DescribeRemediationExceptionsResponse$"];
var named242 = exported["DescribeRemediationExecutionStatus$"];
var named243 = exported["DescribeRemediationExecutionStatusCommand"];
var named244 = exported["DescribeRemediationExecutionStatusRequest$"];
var named245 = exported["DescribeRemediationExecutionStatusResponse$"];
var named246 = exported["DescribeRetentionConfigurations$"];
var named247 = exported["DescribeRetentionConfigurationsCommand"];
var named248 = exported["DescribeRetentionConfigurationsRequest$"];
var named249 = exported["DescribeRetentionConfigurationsResponse$"];
var named250 = exported["DisassociateResourceTypes$"];
var named251 = exported["DisassociateResourceTypesCommand"];
var named252 = exported["DisassociateResourceTypesRequest$"];
var named253 = exported["DisassociateResourceTypesResponse$"];
var named254 = exported["Evaluation$"];
var named255 = exported["EvaluationContext$"];
var named256 = exported["EvaluationMode"];
var named257 = exported["EvaluationModeConfiguration$"];
var named258 = exported["EvaluationResult$"];
var named259 = exported["EvaluationResultIdentifier$"];
var named260 = exported["EvaluationResultQualifier$"];
var named261 = exported["EvaluationStatus$"];
var named262 = exported["EventSource"];
var named263 = exported["ExclusionByResourceTypes$"];
var named264 = exported["ExecutionControls$"];
var named265 = exported["ExternalEvaluation$"];
var named266 = exported["FailedDeleteRemediationExceptionsBatch$"];
var named267 = exported["FailedRemediationBatch$"];
var named268 = exported["FailedRemediationExceptionBatch$"];
var named269 = exported["FieldInfo$"];
var named270 = exported["GetAggregateComplianceDetailsByConfigRule$"];
var named271 = exported["GetAggregateComplianceDetailsByConfigRuleCommand"];
var named272 = exported["GetAggregateComplianceDetailsByConfigRuleRequest$"];
var named273 = exported["GetAggregateComplianceDetailsByConfigRuleResponse$"];
var named274 = exported["GetAggregateConfigRuleComplianceSummary$"];
var named275 = exported["GetAggregateConfigRuleComplianceSummaryCommand"];
var named276 = exported["GetAggregateConfigRuleComplianceSummaryRequest$"];
var named277 = exported["GetAggregateConfigRuleComplianceSummaryResponse$"];
var named278 = exported["GetAggregateConformancePackComplianceSummary$"];
var named279 = exported["GetAggregateConformancePackComplianceSummaryCommand"];
var named280 = exported["GetAggregateConformancePackComplianceSummaryRequest$"];
var named281 = exported["GetAggregateConformancePackComplianceSummaryResponse$"];
var named282 = exported["GetAggregateDiscoveredResourceCounts$"];
var named283 = exported["GetAggregateDiscoveredResourceCountsCommand"];
var named284 = exported["GetAggregateDiscoveredResourceCountsRequest$"];
var named285 = exported["GetAggregateDiscoveredResourceCountsResponse$"];
var named286 = exported["GetAggregateResourceConfig$"];
var named287 = exported["GetAggregateResourceConfigCommand"];
var named288 = exported["GetAggregateResourceConfigRequest$"];
var named289 = exported["GetAggregateResourceConfigResponse$"];
var named290 = exported["GetComplianceDetailsByConfigRule$"];
var named291 = exported["GetComplianceDetailsByConfigRuleCommand"];
var named292 = exported["GetComplianceDetailsByConfigRuleRequest$"];
var named293 = exported["GetComplianceDetailsByConfigRuleResponse$"];
var named294 = exported["GetComplianceDetailsByResource$"];
var named295 = exported["GetComplianceDetailsByResourceCommand"];
var named296 = exported["GetComplianceDetailsByResourceRequest$"];
var named297 = exported["GetComplianceDetailsByResourceResponse$"];
var named298 = exported["GetComplianceSummaryByConfigRule$"];
var named299 = exported["GetComplianceSummaryByConfigRuleCommand"];
var named300 = exported["GetComplianceSummaryByConfigRuleResponse$"];
var named301 = exported["GetComplianceSummaryByResourceType$"];
var named302 = exported["GetComplianceSummaryByResourceTypeCommand"];
var named303 = exported["GetComplianceSummaryByResourceTypeRequest$"];
var named304 = exported["GetComplianceSummaryByResourceTypeResponse$"];
var named305 = exported["GetConformancePackComplianceDetails$"];
var named306 = exported["GetConformancePackComplianceDetailsCommand"];
var named307 = exported["GetConformancePackComplianceDetailsRequest$"];
var named308 = exported["GetConformancePackComplianceDetailsResponse$"];
var named309 = exported["GetConformancePackComplianceSummary$"];
var named310 = exported["GetConformancePackComplianceSummaryCommand"];
var named311 = exported["GetConformancePackComplianceSummaryRequest$"];
var named312 = exported["GetConformancePackComplianceSummaryResponse$"];
var named313 = exported["GetConnector$"];
var named314 = exported["GetConnectorCommand"];
var named315 = exported["GetConnectorRequest$"];
var named316 = exported["GetConnectorResponse$"];
var named317 = exported["GetCustomRulePolicy$"];
var named318 = exported["GetCustomRulePolicyCommand"];
var named319 = exported["GetCustomRulePolicyRequest$"];
var named320 = exported["GetCustomRulePolicyResponse$"];
var named321 = exported["GetDiscoveredResourceCounts$"];
var named322 = exported["GetDiscoveredResourceCountsCommand"];
var named323 = exported["GetDiscoveredResourceCountsRequest$"];
var named324 = exported["GetDiscoveredResourceCountsResponse$"];
var named325 = exported["GetOrganizationConfigRuleDetailedStatus$"];
var named326 = exported["GetOrganizationConfigRuleDetailedStatusCommand"];
var named327 = exported["GetOrganizationConfigRuleDetailedStatusRequest$"];
var named328 = exported["GetOrganizationConfigRuleDetailedStatusResponse$"];
var named329 = exported["GetOrganizationConformancePackDetailedStatus$"];
var named330 = exported["GetOrganizationConformancePackDetailedStatusCommand"];
var named331 = exported["GetOrganizationConformancePackDetailedStatusRequest$"];
var named332 = exported["GetOrganizationConformancePackDetailedStatusResponse$"];
var named333 = exported["GetOrganizationCustomRulePolicy$"];
var named334 = exported["GetOrganizationCustomRulePolicyCommand"];
var named335 = exported["GetOrganizationCustomRulePolicyRequest$"];
var named336 = exported["GetOrganizationCustomRulePolicyResponse$"];
var named337 = exported["GetResourceConfigHistory$"];
var named338 = exported["GetResourceConfigHistoryCommand"];
var named339 = exported["GetResourceConfigHistoryRequest$"];
var named340 = exported["GetResourceConfigHistoryResponse$"];
var named341 = exported["GetResourceEvaluationSummary$"];
var named342 = exported["GetResourceEvaluationSummaryCommand"];
var named343 = exported["GetResourceEvaluationSummaryRequest$"];
var named344 = exported["GetResourceEvaluationSummaryResponse$"];
var named345 = exported["GetStoredQuery$"];
var named346 = exported["GetStoredQueryCommand"];
var named347 = exported["GetStoredQueryRequest$"];
var named348 = exported["GetStoredQueryResponse$"];
var named349 = exported["GroupedResourceCount$"];
var named350 = exported["IdempotentParameterMismatch"];
var named351 = exported["IdempotentParameterMismatch$"];
var named352 = exported["InsufficientDeliveryPolicyException"];
var named353 = exported["InsufficientDeliveryPolicyException$"];
var named354 = exported["InsufficientPermissionsException"];
var named355 = exported["InsufficientPermissionsException$"];
var named356 = exported["InvalidConfigurationRecorderNameException"];
var named357 = exported["InvalidConfigurationRecorderNameException$"];
var named358 = exported["InvalidDeliveryChannelNameException"];
var named359 = exported["InvalidDeliveryChannelNameException$"];
var named360 = exported["InvalidExpressionException"];
var named361 = exported["InvalidExpressionException$"];
var named362 = exported["InvalidLimitException"];
var named363 = exported["InvalidLimitException$"];
var named364 = exported["InvalidNextTokenException"];
var named365 = exported["InvalidNextTokenException$"];
var named366 = exported["InvalidParameterValueException"];
var named367 = exported["InvalidParameterValueException$"];
var named368 = exported["InvalidRecordingGroupException"];
var named369 = exported["InvalidRecordingGroupException$"];
var named370 = exported["InvalidResultTokenException"];
var named371 = exported["InvalidResultTokenException$"];
var named372 = exported["InvalidRoleException"];
var named373 = exported["InvalidRoleException$"];
var named374 = exported["InvalidS3KeyPrefixException"];
var named375 = exported["InvalidS3KeyPrefixException$"];
var named376 = exported["InvalidS3KmsKeyArnException"];
var named377 = exported["InvalidS3KmsKeyArnException$"];
var named378 = exported["InvalidSNSTopicARNException"];
var named379 = exported["InvalidSNSTopicARNException$"];
var named380 = exported["InvalidTimeRangeException"];
var named381 = exported["InvalidTimeRangeException$"];
var named382 = exported["LastDeliveryChannelDeleteFailedException"];
var named383 = exported["LastDeliveryChannelDeleteFailedException$"];
var named384 = exported["LimitExceededException"];
var named385 = exported["LimitExceededException$"];
var named386 = exported["ListAggregateDiscoveredResources$"];
var named387 = exported["ListAggregateDiscoveredResourcesCommand"];
var named388 = exported["ListAggregateDiscoveredResourcesRequest$"];
var named389 = exported["ListAggregateDiscoveredResourcesResponse$"];
var named390 = exported["ListConfigurationRecorders$"];
var named391 = exported["ListConfigurationRecordersCommand"];
var named392 = exported["ListConfigurationRecordersRequest$"];
var named393 = exported["ListConfigurationRecordersResponse$"];
var named394 = exported["ListConformancePackComplianceScores$"];
var named395 = exported["ListConformancePackComplianceScoresCommand"];
var named396 = exported["ListConformancePackComplianceScoresRequest$"];
var named397 = exported["ListConformancePackComplianceScoresResponse$"];
var named398 = exported["ListConnectors$"];
var named399 = exported["ListConnectorsCommand"];
var named400 = exported["ListConnectorsRequest$"];
var named401 = exported["ListConnectorsResponse$"];
var named402 = exported["ListDiscoveredResources$"];
var named403 = exported["ListDiscoveredResourcesCommand"];
var named404 = exported["ListDiscoveredResourcesRequest$"];
var named405 = exported["ListDiscoveredResourcesResponse$"];
var named406 = exported["ListResourceEvaluations$"];
var named407 = exported["ListResourceEvaluationsCommand"];
var named408 = exported["ListResourceEvaluationsRequest$"];
var named409 = exported["ListResourceEvaluationsResponse$"];
var named410 = exported["ListStoredQueries$"];
var named411 = exported["ListStoredQueriesCommand"];
var named412 = exported["ListStoredQueriesRequest$"];
var named413 = exported["ListStoredQueriesResponse$"];
var named414 = exported["ListTagsForResource$"];
var named415 = exported["ListTagsForResourceCommand"];
var named416 = exported["ListTagsForResourceRequest$"];
var named417 = exported["ListTagsForResourceResponse$"];
var named418 = exported["MaxActiveResourcesExceededException"];
var named419 = exported["MaxActiveResourcesExceededException$"];
var named420 = exported["MaxNumberOfConfigRulesExceededException"];
var named421 = exported["MaxNumberOfConfigRulesExceededException$"];
var named422 = exported["MaxNumberOfConfigurationRecordersExceededException"];
var named423 = exported["MaxNumberOfConfigurationRecordersExceededException$"];
var named424 = exported["MaxNumberOfConformancePacksExceededException"];
var named425 = exported["MaxNumberOfConformancePacksExceededException$"];
var named426 = exported["MaxNumberOfConnectorsExceededException"];
var named427 = exported["MaxNumberOfConnectorsExceededException$"];
var named428 = exported["MaxNumberOfDeliveryChannelsExceededException"];
var named429 = exported["MaxNumberOfDeliveryChannelsExceededException$"];
var named430 = exported["MaxNumberOfOrganizationConfigRulesExceededException"];
var named431 = exported["MaxNumberOfOrganizationConfigRulesExceededException$"];
var named432 = exported["MaxNumberOfOrganizationConformancePacksExceededException"];
var named433 = exported["MaxNumberOfOrganizationConformancePacksExceededException$"];
var named434 = exported["MaxNumberOfRetentionConfigurationsExceededException"];
var named435 = exported["MaxNumberOfRetentionConfigurationsExceededException$"];
var named436 = exported["MaximumExecutionFrequency"];
var named437 = exported["MemberAccountRuleStatus"];
var named438 = exported["MemberAccountStatus$"];
var named439 = exported["MessageType"];
var named440 = exported["NoAvailableConfigurationRecorderException"];
var named441 = exported["NoAvailableConfigurationRecorderException$"];
var named442 = exported["NoAvailableDeliveryChannelException"];
var named443 = exported["NoAvailableDeliveryChannelException$"];
var named444 = exported["NoAvailableOrganizationException"];
var named445 = exported["NoAvailableOrganizationException$"];
var named446 = exported["NoRunningConfigurationRecorderException"];
var named447 = exported["NoRunningConfigurationRecorderException$"];
var named448 = exported["NoSuchBucketException"];
var named449 = exported["NoSuchBucketException$"];
var named450 = exported["NoSuchConfigRuleException"];
var named451 = exported["NoSuchConfigRuleException$"];
var named452 = exported["NoSuchConfigRuleInConformancePackException"];
var named453 = exported["NoSuchConfigRuleInConformancePackException$"];
var named454 = exported["NoSuchConfigurationAggregatorException"];
var named455 = exported["NoSuchConfigurationAggregatorException$"];
var named456 = exported["NoSuchConfigurationRecorderException"];
var named457 = exported["NoSuchConfigurationRecorderException$"];
var named458 = exported["NoSuchConformancePackException"];
var named459 = exported["NoSuchConformancePackException$"];
var named460 = exported["NoSuchDeliveryChannelException"];
var named461 = exported["NoSuchDeliveryChannelException$"];
var named462 = exported["NoSuchOrganizationConfigRuleException"];
var named463 = exported["NoSuchOrganizationConfigRuleException$"];
var named464 = exported["NoSuchOrganizationConformancePackException"];
var named465 = exported["NoSuchOrganizationConformancePackException$"];
var named466 = exported["NoSuchRemediationConfigurationException"];
var named467 = exported["NoSuchRemediationConfigurationException$"];
var named468 = exported["NoSuchRemediationExceptionException"];
var named469 = exported["NoSuchRemediationExceptionException$"];
var named470 = exported["NoSuchRetentionConfigurationException"];
var named471 = exported["NoSuchRetentionConfigurationException$"];
var named472 = exported["OrganizationAccessDeniedException"];
var named473 = exported["OrganizationAccessDeniedException$"];
var named474 = exported["OrganizationAggregationSource$"];
var named475 = exported["OrganizationAllFeaturesNotEnabledException"];
var named476 = exported["OrganizationAllFeaturesNotEnabledException$"];
var named477 = exported["OrganizationConfigRule$"];
var named478 = exported["OrganizationConfigRuleStatus$"];
var named479 = exported["OrganizationConfigRuleTriggerType"];
var named480 = exported["OrganizationConfigRuleTriggerTypeNoSN"];
var named481 = exported["OrganizationConformancePack$"];
var named482 = exported["OrganizationConformancePackDetailedStatus$"];
var named483 = exported["OrganizationConformancePackStatus$"];
var named484 = exported["OrganizationConformancePackTemplateValidationException"];
var named485 = exported["OrganizationConformancePackTemplateValidationException$"];
var named486 = exported["OrganizationCustomPolicyRuleMetadata$"];
var named487 = exported["OrganizationCustomPolicyRuleMetadataNoPolicy$"];
var named488 = exported["OrganizationCustomRuleMetadata$"];
var named489 = exported["OrganizationManagedRuleMetadata$"];
var named490 = exported["OrganizationResourceDetailedStatus"];
var named491 = exported["OrganizationResourceDetailedStatusFilters$"];
var named492 = exported["OrganizationResourceStatus"];
var named493 = exported["OrganizationRuleStatus"];
var named494 = exported["OversizedConfigurationItemException"];
var named495 = exported["OversizedConfigurationItemException$"];
var named496 = exported["Owner"];
var named497 = exported["PendingAggregationRequest$"];
var named498 = exported["Provider"];
var named499 = exported["PutAggregationAuthorization$"];
var named500 = exported["PutAggregationAuthorizationCommand"];
var named501 = exported["PutAggregationAuthorizationRequest$"];
var named502 = exported["PutAggregationAuthorizationResponse$"];
var named503 = exported["PutConfigRule$"];
var named504 = exported["PutConfigRuleCommand"];
var named505 = exported["PutConfigRuleRequest$"];
var named506 = exported["PutConfigurationAggregator$"];
var named507 = exported["PutConfigurationAggregatorCommand"];
var named508 = exported["PutConfigurationAggregatorRequest$"];
var named509 = exported["PutConfigurationAggregatorResponse$"];
var named510 = exported["PutConfigurationRecorder$"];
var named511 = exported["PutConfigurationRecorderCommand"];
var named512 = exported["PutConfigurationRecorderRequest$"];
var named513 = exported["PutConformancePack$"];
var named514 = exported["PutConformancePackCommand"];
var named515 = exported["PutConformancePackRequest$"];
var named516 = exported["PutConformancePackResponse$"];
var named517 = exported["PutConnector$"];
var named518 = exported["PutConnectorCommand"];
var named519 = exported["PutConnectorRequest$"];
var named520 = exported["PutConnectorResponse$"];
var named521 = exported["PutDeliveryChannel$"];
var named522 = exported["PutDeliveryChannelCommand"];
var named523 = exported["PutDeliveryChannelRequest$"];
var named524 = exported["PutEvaluations$"];
var named525 = exported["PutEvaluationsCommand"];
var named526 = exported["PutEvaluationsRequest$"];
var named527 = exported["PutEvaluationsResponse$"];
var named528 = exported["PutExternalEvaluation$"];
var named529 = exported["PutExternalEvaluationCommand"];
var named530 = exported["PutExternalEvaluationRequest$"];
var named531 = exported["PutExternalEvaluationResponse$"];
var named532 = exported["PutOrganizationConfigRule$"];
var named533 = exported["PutOrganizationConfigRuleCommand"];
var named534 = exported["PutOrganizationConfigRuleRequest$"];
var named535 = exported["PutOrganizationConfigRuleResponse$"];
var named536 = exported["PutOrganizationConformancePack$"];
var named537 = exported["PutOrganizationConformancePackCommand"];
var named538 = exported["PutOrganizationConformancePackRequest$"];
var named539 = exported["PutOrganizationConformancePackResponse$"];
var named540 = exported["PutRemediationConfigurations$"];
var named541 = exported["PutRemediationConfigurationsCommand"];
var named542 = exported["PutRemediationConfigurationsRequest$"];
var named543 = exported["PutRemediationConfigurationsResponse$"];
var named544 = exported["PutRemediationExceptions$"];
var named545 = exported["PutRemediationExceptionsCommand"];
var named546 = exported["PutRemediationExceptionsRequest$"];
var named547 = exported["PutRemediationExceptionsResponse$"];
var named548 = exported["PutResourceConfig$"];
var named549 = exported["PutResourceConfigCommand"];
var named550 = exported["PutResourceConfigRequest$"];
var named551 = exported["PutRetentionConfiguration$"];
var named552 = exported["PutRetentionConfigurationCommand"];
var named553 = exported["PutRetentionConfigurationRequest$"];
var named554 = exported["PutRetentionConfigurationResponse$"];
var named555 = exported["PutServiceLinkedConfigurationRecorder$"];
var named556 = exported["PutServiceLinkedConfigurationRecorderCommand"];
var named557 = exported["PutServiceLinkedConfigurationRecorderRequest$"];
var named558 = exported["PutServiceLinkedConfigurationRecorderResponse$"];
var named559 = exported["PutStoredQuery$"];
var named560 = exported["PutStoredQueryCommand"];
var named561 = exported["PutStoredQueryRequest$"];
var named562 = exported["PutStoredQueryResponse$"];
var named563 = exported["PutThirdPartyServiceLinkedConfigurationRecorder$"];
var named564 = exported["PutThirdPartyServiceLinkedConfigurationRecorderCommand"];
var named565 = exported["PutThirdPartyServiceLinkedConfigurationRecorderRequest$"];
var named566 = exported["PutThirdPartyServiceLinkedConfigurationRecorderResponse$"];
var named567 = exported["QueryInfo$"];
var named568 = exported["RecorderStatus"];
var named569 = exported["RecordingFrequency"];
var named570 = exported["RecordingGroup$"];
var named571 = exported["RecordingMode$"];
var named572 = exported["RecordingModeOverride$"];
var named573 = exported["RecordingScope"];
var named574 = exported["RecordingStrategy$"];
var named575 = exported["RecordingStrategyType"];
var named576 = exported["Relationship$"];
var named577 = exported["RemediationConfiguration$"];
var named578 = exported["RemediationException$"];
var named579 = exported["RemediationExceptionResourceKey$"];
var named580 = exported["RemediationExecutionState"];
var named581 = exported["RemediationExecutionStatus$"];
var named582 = exported["RemediationExecutionStep$"];
var named583 = exported["RemediationExecutionStepState"];
var named584 = exported["RemediationInProgressException"];
var named585 = exported["RemediationInProgressException$"];
var named586 = exported["RemediationParameterValue$"];
var named587 = exported["RemediationTargetType"];
var named588 = exported["ResourceConcurrentModificationException"];
var named589 = exported["ResourceConcurrentModificationException$"];
var named590 = exported["ResourceConfigurationSchemaType"];
var named591 = exported["ResourceCount$"];
var named592 = exported["ResourceCountFilters$"];
var named593 = exported["ResourceCountGroupKey"];
var named594 = exported["ResourceDetails$"];
var named595 = exported["ResourceEvaluation$"];
var named596 = exported["ResourceEvaluationFilters$"];
var named597 = exported["ResourceEvaluationStatus"];
var named598 = exported["ResourceFilters$"];
var named599 = exported["ResourceIdentifier$"];
var named600 = exported["ResourceInUseException"];
var named601 = exported["ResourceInUseException$"];
var named602 = exported["ResourceKey$"];
var named603 = exported["ResourceNotDiscoveredException"];
var named604 = exported["ResourceNotDiscoveredException$"];
var named605 = exported["ResourceNotFoundException"];
var named606 = exported["ResourceNotFoundException$"];
var named607 = exported["ResourceType"];
var named608 = exported["ResourceValue$"];
var named609 = exported["ResourceValueType"];
var named610 = exported["RetentionConfiguration$"];
var named611 = exported["RuleEvaluationVisibility"];
var named612 = exported["Scope$"];
var named613 = exported["ScopeConfiguration$"];
var named614 = exported["SelectAggregateResourceConfig$"];
var named615 = exported["SelectAggregateResourceConfigCommand"];
var named616 = exported["SelectAggregateResourceConfigRequest$"];
var named617 = exported["SelectAggregateResourceConfigResponse$"];
var named618 = exported["SelectResourceConfig$"];
var named619 = exported["SelectResourceConfigCommand"];
var named620 = exported["SelectResourceConfigRequest$"];
var named621 = exported["SelectResourceConfigResponse$"];
var named622 = exported["SortBy"];
var named623 = exported["SortOrder"];
var named624 = exported["Source$"];
var named625 = exported["SourceDetail$"];
var named626 = exported["SsmControls$"];
var named627 = exported["StartConfigRulesEvaluation$"];
var named628 = exported["StartConfigRulesEvaluationCommand"];
var named629 = exported["StartConfigRulesEvaluationRequest$"];
var named630 = exported["StartConfigRulesEvaluationResponse$"];
var named631 = exported["StartConfigurationRecorder$"];
var named632 = exported["StartConfigurationRecorderCommand"];
var named633 = exported["StartConfigurationRecorderRequest$"];
var named634 = exported["StartRemediationExecution$"];
var named635 = exported["StartRemediationExecutionCommand"];
var named636 = exported["StartRemediationExecutionRequest$"];
var named637 = exported["StartRemediationExecutionResponse$"];
var named638 = exported["StartResourceEvaluation$"];
var named639 = exported["StartResourceEvaluationCommand"];
var named640 = exported["StartResourceEvaluationRequest$"];
var named641 = exported["StartResourceEvaluationResponse$"];
var named642 = exported["StaticValue$"];
var named643 = exported["StatusDetailFilters$"];
var named644 = exported["StopConfigurationRecorder$"];
var named645 = exported["StopConfigurationRecorderCommand"];
var named646 = exported["StopConfigurationRecorderRequest$"];
var named647 = exported["StoredQuery$"];
var named648 = exported["StoredQueryMetadata$"];
var named649 = exported["Tag$"];
var named650 = exported["TagResource$"];
var named651 = exported["TagResourceCommand"];
var named652 = exported["TagResourceRequest$"];
var named653 = exported["TemplateSSMDocumentDetails$"];
var named654 = exported["TimeWindow$"];
var named655 = exported["TooManyTagsException"];
var named656 = exported["TooManyTagsException$"];
var named657 = exported["UnmodifiableEntityException"];
var named658 = exported["UnmodifiableEntityException$"];
var named659 = exported["UntagResource$"];
var named660 = exported["UntagResourceCommand"];
var named661 = exported["UntagResourceRequest$"];
var named662 = exported["ValidationException"];
var named663 = exported["ValidationException$"];
var named664 = exported["__Client"];
var named665 = exported["errorTypeRegistries"];
var named666 = exported["paginateDescribeAggregateComplianceByConfigRules"];
var named667 = exported["paginateDescribeAggregateComplianceByConformancePacks"];
var named668 = exported["paginateDescribeAggregationAuthorizations"];
var named669 = exported["paginateDescribeComplianceByConfigRule"];
var named670 = exported["paginateDescribeComplianceByResource"];
var named671 = exported["paginateDescribeConfigRuleEvaluationStatus"];
var named672 = exported["paginateDescribeConfigRules"];
var named673 = exported["paginateDescribeConfigurationAggregatorSourcesStatus"];
var named674 = exported["paginateDescribeConfigurationAggregators"];
var named675 = exported["paginateDescribeConformancePackCompliance"];
var named676 = exported["paginateDescribeConformancePackStatus"];
var named677 = exported["paginateDescribeConformancePacks"];
var named678 = exported["paginateDescribeOrganizationConfigRuleStatuses"];
var named679 = exported["paginateDescribeOrganizationConfigRules"];
var named680 = exported["paginateDescribeOrganizationConformancePackStatuses"];
var named681 = exported["paginateDescribeOrganizationConformancePacks"];
var named682 = exported["paginateDescribePendingAggregationRequests"];
var named683 = exported["paginateDescribeRemediationExceptions"];
var named684 = exported["paginateDescribeRemediationExecutionStatus"];
var named685 = exported["paginateDescribeRetentionConfigurations"];
var named686 = exported["paginateGetAggregateComplianceDetailsByConfigRule"];
var named687 = exported["paginateGetAggregateConfigRuleComplianceSummary"];
var named688 = exported["paginateGetAggregateConformancePackComplianceSummary"];
var named689 = exported["paginateGetAggregateDiscoveredResourceCounts"];
var named690 = exported["paginateGetComplianceDetailsByConfigRule"];
var named691 = exported["paginateGetComplianceDetailsByResource"];
var named692 = exported["paginateGetConformancePackComplianceDetails"];
var named693 = exported["paginateGetConformancePackComplianceSummary"];
var named694 = exported["paginateGetDiscoveredResourceCounts"];
var named695 = exported["paginateGetOrganizationConfigRuleDetailedStatus"];
var named696 = exported["paginateGetOrganizationConformancePackDetailedStatus"];
var named697 = exported["paginateGetResourceConfigHistory"];
var named698 = exported["paginateListAggregateDiscoveredResources"];
var named699 = exported["paginateListConfigurationRecorders"];
var named700 = exported["paginateListConformancePackComplianceScores"];
var named701 = exported["paginateListConnectors"];
var named702 = exported["paginateListDiscoveredResources"];
var named703 = exported["paginateListResourceEvaluations"];
var named704 = exported["paginateListStoredQueries"];
var named705 = exported["paginateListTagsForResource"];
var named706 = exported["paginateSelectAggregateResourceConfig"];
var named707 = exported["paginateSelectResourceConfig"];
export {
  named0 as $Command,
  named1 as AccountAggregationSource$,
  named2 as AggregateComplianceByConfigRule$,
  named3 as AggregateComplianceByConformancePack$,
  named4 as AggregateComplianceCount$,
  named5 as AggregateConformancePackCompliance$,
  named6 as AggregateConformancePackComplianceCount$,
  named7 as AggregateConformancePackComplianceFilters$,
  named8 as AggregateConformancePackComplianceSummary$,
  named9 as AggregateConformancePackComplianceSummaryFilters$,
  named10 as AggregateConformancePackComplianceSummaryGroupKey,
  named11 as AggregateEvaluationResult$,
  named12 as AggregateResourceIdentifier$,
  named13 as AggregatedSourceStatus$,
  named14 as AggregatedSourceStatusType,
  named15 as AggregatedSourceType,
  named16 as AggregationAuthorization$,
  named17 as AggregatorFilterResourceType$,
  named18 as AggregatorFilterServicePrincipal$,
  named19 as AggregatorFilterType,
  named20 as AggregatorFilters$,
  named21 as AssociateResourceTypes$,
  named22 as AssociateResourceTypesCommand,
  named23 as AssociateResourceTypesRequest$,
  named24 as AssociateResourceTypesResponse$,
  named25 as AzureConnectorConfiguration$,
  named26 as BaseConfigurationItem$,
  named27 as BatchGetAggregateResourceConfig$,
  named28 as BatchGetAggregateResourceConfigCommand,
  named29 as BatchGetAggregateResourceConfigRequest$,
  named30 as BatchGetAggregateResourceConfigResponse$,
  named31 as BatchGetResourceConfig$,
  named32 as BatchGetResourceConfigCommand,
  named33 as BatchGetResourceConfigRequest$,
  named34 as BatchGetResourceConfigResponse$,
  named35 as ChronologicalOrder,
  named36 as Compliance$,
  named37 as ComplianceByConfigRule$,
  named38 as ComplianceByResource$,
  named39 as ComplianceContributorCount$,
  named40 as ComplianceSummary$,
  named41 as ComplianceSummaryByResourceType$,
  named42 as ComplianceType,
  named43 as ConfigExportDeliveryInfo$,
  named44 as ConfigRule$,
  named45 as ConfigRuleComplianceFilters$,
  named46 as ConfigRuleComplianceSummaryFilters$,
  named47 as ConfigRuleComplianceSummaryGroupKey,
  named48 as ConfigRuleEvaluationStatus$,
  named49 as ConfigRuleState,
  named50 as ConfigService,
  named51 as ConfigServiceClient,
  named52 as ConfigServiceServiceException,
  named53 as ConfigServiceServiceException$,
  named54 as ConfigSnapshotDeliveryProperties$,
  named55 as ConfigStreamDeliveryInfo$,
  named56 as ConfigurationAggregator$,
  named57 as ConfigurationItem$,
  named58 as ConfigurationItemStatus,
  named59 as ConfigurationRecorder$,
  named60 as ConfigurationRecorderFilter$,
  named61 as ConfigurationRecorderFilterName,
  named62 as ConfigurationRecorderStatus$,
  named63 as ConfigurationRecorderSummary$,
  named64 as ConflictException,
  named65 as ConflictException$,
  named66 as ConformancePackComplianceFilters$,
  named67 as ConformancePackComplianceScore$,
  named68 as ConformancePackComplianceScoresFilters$,
  named69 as ConformancePackComplianceSummary$,
  named70 as ConformancePackComplianceType,
  named71 as ConformancePackDetail$,
  named72 as ConformancePackEvaluationFilters$,
  named73 as ConformancePackEvaluationResult$,
  named74 as ConformancePackInputParameter$,
  named75 as ConformancePackRuleCompliance$,
  named76 as ConformancePackState,
  named77 as ConformancePackStatusDetail$,
  named78 as ConformancePackTemplateValidationException,
  named79 as ConformancePackTemplateValidationException$,
  named80 as Connector$,
  named81 as ConnectorConfiguration$,
  named82 as ConnectorFilter$,
  named83 as ConnectorFilterName,
  named84 as ConnectorSummary$,
  named85 as CustomPolicyDetails$,
  named86 as DeleteAggregationAuthorization$,
  named87 as DeleteAggregationAuthorizationCommand,
  named88 as DeleteAggregationAuthorizationRequest$,
  named89 as DeleteConfigRule$,
  named90 as DeleteConfigRuleCommand,
  named91 as DeleteConfigRuleRequest$,
  named92 as DeleteConfigurationAggregator$,
  named93 as DeleteConfigurationAggregatorCommand,
  named94 as DeleteConfigurationAggregatorRequest$,
  named95 as DeleteConfigurationRecorder$,
  named96 as DeleteConfigurationRecorderCommand,
  named97 as DeleteConfigurationRecorderRequest$,
  named98 as DeleteConformancePack$,
  named99 as DeleteConformancePackCommand,
  named100 as DeleteConformancePackRequest$,
  named101 as DeleteConnector$,
  named102 as DeleteConnectorCommand,
  named103 as DeleteConnectorRequest$,
  named104 as DeleteDeliveryChannel$,
  named105 as DeleteDeliveryChannelCommand,
  named106 as DeleteDeliveryChannelRequest$,
  named107 as DeleteEvaluationResults$,
  named108 as DeleteEvaluationResultsCommand,
  named109 as DeleteEvaluationResultsRequest$,
  named110 as DeleteEvaluationResultsResponse$,
  named111 as DeleteOrganizationConfigRule$,
  named112 as DeleteOrganizationConfigRuleCommand,
  named113 as DeleteOrganizationConfigRuleRequest$,
  named114 as DeleteOrganizationConformancePack$,
  named115 as DeleteOrganizationConformancePackCommand,
  named116 as DeleteOrganizationConformancePackRequest$,
  named117 as DeletePendingAggregationRequest$,
  named118 as DeletePendingAggregationRequestCommand,
  named119 as DeletePendingAggregationRequestRequest$,
  named120 as DeleteRemediationConfiguration$,
  named121 as DeleteRemediationConfigurationCommand,
  named122 as DeleteRemediationConfigurationRequest$,
  named123 as DeleteRemediationConfigurationResponse$,
  named124 as DeleteRemediationExceptions$,
  named125 as DeleteRemediationExceptionsCommand,
  named126 as DeleteRemediationExceptionsRequest$,
  named127 as DeleteRemediationExceptionsResponse$,
  named128 as DeleteResourceConfig$,
  named129 as DeleteResourceConfigCommand,
  named130 as DeleteResourceConfigRequest$,
  named131 as DeleteRetentionConfiguration$,
  named132 as DeleteRetentionConfigurationCommand,
  named133 as DeleteRetentionConfigurationRequest$,
  named134 as DeleteServiceLinkedConfigurationRecorder$,
  named135 as DeleteServiceLinkedConfigurationRecorderCommand,
  named136 as DeleteServiceLinkedConfigurationRecorderRequest$,
  named137 as DeleteServiceLinkedConfigurationRecorderResponse$,
  named138 as DeleteStoredQuery$,
  named139 as DeleteStoredQueryCommand,
  named140 as DeleteStoredQueryRequest$,
  named141 as DeleteStoredQueryResponse$,
  named142 as DeliverConfigSnapshot$,
  named143 as DeliverConfigSnapshotCommand,
  named144 as DeliverConfigSnapshotRequest$,
  named145 as DeliverConfigSnapshotResponse$,
  named146 as DeliveryChannel$,
  named147 as DeliveryChannelStatus$,
  named148 as DeliveryStatus,
  named149 as DescribeAggregateComplianceByConfigRules$,
  named150 as DescribeAggregateComplianceByConfigRulesCommand,
  named151 as DescribeAggregateComplianceByConfigRulesRequest$,
  named152 as DescribeAggregateComplianceByConfigRulesResponse$,
  named153 as DescribeAggregateComplianceByConformancePacks$,
  named154 as DescribeAggregateComplianceByConformancePacksCommand,
  named155 as DescribeAggregateComplianceByConformancePacksRequest$,
  named156 as DescribeAggregateComplianceByConformancePacksResponse$,
  named157 as DescribeAggregationAuthorizations$,
  named158 as DescribeAggregationAuthorizationsCommand,
  named159 as DescribeAggregationAuthorizationsRequest$,
  named160 as DescribeAggregationAuthorizationsResponse$,
  named161 as DescribeComplianceByConfigRule$,
  named162 as DescribeComplianceByConfigRuleCommand,
  named163 as DescribeComplianceByConfigRuleRequest$,
  named164 as DescribeComplianceByConfigRuleResponse$,
  named165 as DescribeComplianceByResource$,
  named166 as DescribeComplianceByResourceCommand,
  named167 as DescribeComplianceByResourceRequest$,
  named168 as DescribeComplianceByResourceResponse$,
  named169 as DescribeConfigRuleEvaluationStatus$,
  named170 as DescribeConfigRuleEvaluationStatusCommand,
  named171 as DescribeConfigRuleEvaluationStatusRequest$,
  named172 as DescribeConfigRuleEvaluationStatusResponse$,
  named173 as DescribeConfigRules$,
  named174 as DescribeConfigRulesCommand,
  named175 as DescribeConfigRulesFilters$,
  named176 as DescribeConfigRulesRequest$,
  named177 as DescribeConfigRulesResponse$,
  named178 as DescribeConfigurationAggregatorSourcesStatus$,
  named179 as DescribeConfigurationAggregatorSourcesStatusCommand,
  named180 as DescribeConfigurationAggregatorSourcesStatusRequest$,
  named181 as DescribeConfigurationAggregatorSourcesStatusResponse$,
  named182 as DescribeConfigurationAggregators$,
  named183 as DescribeConfigurationAggregatorsCommand,
  named184 as DescribeConfigurationAggregatorsRequest$,
  named185 as DescribeConfigurationAggregatorsResponse$,
  named186 as DescribeConfigurationRecorderStatus$,
  named187 as DescribeConfigurationRecorderStatusCommand,
  named188 as DescribeConfigurationRecorderStatusRequest$,
  named189 as DescribeConfigurationRecorderStatusResponse$,
  named190 as DescribeConfigurationRecorders$,
  named191 as DescribeConfigurationRecordersCommand,
  named192 as DescribeConfigurationRecordersRequest$,
  named193 as DescribeConfigurationRecordersResponse$,
  named194 as DescribeConformancePackCompliance$,
  named195 as DescribeConformancePackComplianceCommand,
  named196 as DescribeConformancePackComplianceRequest$,
  named197 as DescribeConformancePackComplianceResponse$,
  named198 as DescribeConformancePackStatus$,
  named199 as DescribeConformancePackStatusCommand,
  named200 as DescribeConformancePackStatusRequest$,
  named201 as DescribeConformancePackStatusResponse$,
  named202 as DescribeConformancePacks$,
  named203 as DescribeConformancePacksCommand,
  named204 as DescribeConformancePacksRequest$,
  named205 as DescribeConformancePacksResponse$,
  named206 as DescribeDeliveryChannelStatus$,
  named207 as DescribeDeliveryChannelStatusCommand,
  named208 as DescribeDeliveryChannelStatusRequest$,
  named209 as DescribeDeliveryChannelStatusResponse$,
  named210 as DescribeDeliveryChannels$,
  named211 as DescribeDeliveryChannelsCommand,
  named212 as DescribeDeliveryChannelsRequest$,
  named213 as DescribeDeliveryChannelsResponse$,
  named214 as DescribeOrganizationConfigRuleStatuses$,
  named215 as DescribeOrganizationConfigRuleStatusesCommand,
  named216 as DescribeOrganizationConfigRuleStatusesRequest$,
  named217 as DescribeOrganizationConfigRuleStatusesResponse$,
  named218 as DescribeOrganizationConfigRules$,
  named219 as DescribeOrganizationConfigRulesCommand,
  named220 as DescribeOrganizationConfigRulesRequest$,
  named221 as DescribeOrganizationConfigRulesResponse$,
  named222 as DescribeOrganizationConformancePackStatuses$,
  named223 as DescribeOrganizationConformancePackStatusesCommand,
  named224 as DescribeOrganizationConformancePackStatusesRequest$,
  named225 as DescribeOrganizationConformancePackStatusesResponse$,
  named226 as DescribeOrganizationConformancePacks$,
  named227 as DescribeOrganizationConformancePacksCommand,
  named228 as DescribeOrganizationConformancePacksRequest$,
  named229 as DescribeOrganizationConformancePacksResponse$,
  named230 as DescribePendingAggregationRequests$,
  named231 as DescribePendingAggregationRequestsCommand,
  named232 as DescribePendingAggregationRequestsRequest$,
  named233 as DescribePendingAggregationRequestsResponse$,
  named234 as DescribeRemediationConfigurations$,
  named235 as DescribeRemediationConfigurationsCommand,
  named236 as DescribeRemediationConfigurationsRequest$,
  named237 as DescribeRemediationConfigurationsResponse$,
  named238 as DescribeRemediationExceptions$,
  named239 as DescribeRemediationExceptionsCommand,
  named240 as DescribeRemediationExceptionsRequest$,
  named241 as DescribeRemediationExceptionsResponse$,
  named242 as DescribeRemediationExecutionStatus$,
  named243 as DescribeRemediationExecutionStatusCommand,
  named244 as DescribeRemediationExecutionStatusRequest$,
  named245 as DescribeRemediationExecutionStatusResponse$,
  named246 as DescribeRetentionConfigurations$,
  named247 as DescribeRetentionConfigurationsCommand,
  named248 as DescribeRetentionConfigurationsRequest$,
  named249 as DescribeRetentionConfigurationsResponse$,
  named250 as DisassociateResourceTypes$,
  named251 as DisassociateResourceTypesCommand,
  named252 as DisassociateResourceTypesRequest$,
  named253 as DisassociateResourceTypesResponse$,
  named254 as Evaluation$,
  named255 as EvaluationContext$,
  named256 as EvaluationMode,
  named257 as EvaluationModeConfiguration$,
  named258 as EvaluationResult$,
  named259 as EvaluationResultIdentifier$,
  named260 as EvaluationResultQualifier$,
  named261 as EvaluationStatus$,
  named262 as EventSource,
  named263 as ExclusionByResourceTypes$,
  named264 as ExecutionControls$,
  named265 as ExternalEvaluation$,
  named266 as FailedDeleteRemediationExceptionsBatch$,
  named267 as FailedRemediationBatch$,
  named268 as FailedRemediationExceptionBatch$,
  named269 as FieldInfo$,
  named270 as GetAggregateComplianceDetailsByConfigRule$,
  named271 as GetAggregateComplianceDetailsByConfigRuleCommand,
  named272 as GetAggregateComplianceDetailsByConfigRuleRequest$,
  named273 as GetAggregateComplianceDetailsByConfigRuleResponse$,
  named274 as GetAggregateConfigRuleComplianceSummary$,
  named275 as GetAggregateConfigRuleComplianceSummaryCommand,
  named276 as GetAggregateConfigRuleComplianceSummaryRequest$,
  named277 as GetAggregateConfigRuleComplianceSummaryResponse$,
  named278 as GetAggregateConformancePackComplianceSummary$,
  named279 as GetAggregateConformancePackComplianceSummaryCommand,
  named280 as GetAggregateConformancePackComplianceSummaryRequest$,
  named281 as GetAggregateConformancePackComplianceSummaryResponse$,
  named282 as GetAggregateDiscoveredResourceCounts$,
  named283 as GetAggregateDiscoveredResourceCountsCommand,
  named284 as GetAggregateDiscoveredResourceCountsRequest$,
  named285 as GetAggregateDiscoveredResourceCountsResponse$,
  named286 as GetAggregateResourceConfig$,
  named287 as GetAggregateResourceConfigCommand,
  named288 as GetAggregateResourceConfigRequest$,
  named289 as GetAggregateResourceConfigResponse$,
  named290 as GetComplianceDetailsByConfigRule$,
  named291 as GetComplianceDetailsByConfigRuleCommand,
  named292 as GetComplianceDetailsByConfigRuleRequest$,
  named293 as GetComplianceDetailsByConfigRuleResponse$,
  named294 as GetComplianceDetailsByResource$,
  named295 as GetComplianceDetailsByResourceCommand,
  named296 as GetComplianceDetailsByResourceRequest$,
  named297 as GetComplianceDetailsByResourceResponse$,
  named298 as GetComplianceSummaryByConfigRule$,
  named299 as GetComplianceSummaryByConfigRuleCommand,
  named300 as GetComplianceSummaryByConfigRuleResponse$,
  named301 as GetComplianceSummaryByResourceType$,
  named302 as GetComplianceSummaryByResourceTypeCommand,
  named303 as GetComplianceSummaryByResourceTypeRequest$,
  named304 as GetComplianceSummaryByResourceTypeResponse$,
  named305 as GetConformancePackComplianceDetails$,
  named306 as GetConformancePackComplianceDetailsCommand,
  named307 as GetConformancePackComplianceDetailsRequest$,
  named308 as GetConformancePackComplianceDetailsResponse$,
  named309 as GetConformancePackComplianceSummary$,
  named310 as GetConformancePackComplianceSummaryCommand,
  named311 as GetConformancePackComplianceSummaryRequest$,
  named312 as GetConformancePackComplianceSummaryResponse$,
  named313 as GetConnector$,
  named314 as GetConnectorCommand,
  named315 as GetConnectorRequest$,
  named316 as GetConnectorResponse$,
  named317 as GetCustomRulePolicy$,
  named318 as GetCustomRulePolicyCommand,
  named319 as GetCustomRulePolicyRequest$,
  named320 as GetCustomRulePolicyResponse$,
  named321 as GetDiscoveredResourceCounts$,
  named322 as GetDiscoveredResourceCountsCommand,
  named323 as GetDiscoveredResourceCountsRequest$,
  named324 as GetDiscoveredResourceCountsResponse$,
  named325 as GetOrganizationConfigRuleDetailedStatus$,
  named326 as GetOrganizationConfigRuleDetailedStatusCommand,
  named327 as GetOrganizationConfigRuleDetailedStatusRequest$,
  named328 as GetOrganizationConfigRuleDetailedStatusResponse$,
  named329 as GetOrganizationConformancePackDetailedStatus$,
  named330 as GetOrganizationConformancePackDetailedStatusCommand,
  named331 as GetOrganizationConformancePackDetailedStatusRequest$,
  named332 as GetOrganizationConformancePackDetailedStatusResponse$,
  named333 as GetOrganizationCustomRulePolicy$,
  named334 as GetOrganizationCustomRulePolicyCommand,
  named335 as GetOrganizationCustomRulePolicyRequest$,
  named336 as GetOrganizationCustomRulePolicyResponse$,
  named337 as GetResourceConfigHistory$,
  named338 as GetResourceConfigHistoryCommand,
  named339 as GetResourceConfigHistoryRequest$,
  named340 as GetResourceConfigHistoryResponse$,
  named341 as GetResourceEvaluationSummary$,
  named342 as GetResourceEvaluationSummaryCommand,
  named343 as GetResourceEvaluationSummaryRequest$,
  named344 as GetResourceEvaluationSummaryResponse$,
  named345 as GetStoredQuery$,
  named346 as GetStoredQueryCommand,
  named347 as GetStoredQueryRequest$,
  named348 as GetStoredQueryResponse$,
  named349 as GroupedResourceCount$,
  named350 as IdempotentParameterMismatch,
  named351 as IdempotentParameterMismatch$,
  named352 as InsufficientDeliveryPolicyException,
  named353 as InsufficientDeliveryPolicyException$,
  named354 as InsufficientPermissionsException,
  named355 as InsufficientPermissionsException$,
  named356 as InvalidConfigurationRecorderNameException,
  named357 as InvalidConfigurationRecorderNameException$,
  named358 as InvalidDeliveryChannelNameException,
  named359 as InvalidDeliveryChannelNameException$,
  named360 as InvalidExpressionException,
  named361 as InvalidExpressionException$,
  named362 as InvalidLimitException,
  named363 as InvalidLimitException$,
  named364 as InvalidNextTokenException,
  named365 as InvalidNextTokenException$,
  named366 as InvalidParameterValueException,
  named367 as InvalidParameterValueException$,
  named368 as InvalidRecordingGroupException,
  named369 as InvalidRecordingGroupException$,
  named370 as InvalidResultTokenException,
  named371 as InvalidResultTokenException$,
  named372 as InvalidRoleException,
  named373 as InvalidRoleException$,
  named374 as InvalidS3KeyPrefixException,
  named375 as InvalidS3KeyPrefixException$,
  named376 as InvalidS3KmsKeyArnException,
  named377 as InvalidS3KmsKeyArnException$,
  named378 as InvalidSNSTopicARNException,
  named379 as InvalidSNSTopicARNException$,
  named380 as InvalidTimeRangeException,
  named381 as InvalidTimeRangeException$,
  named382 as LastDeliveryChannelDeleteFailedException,
  named383 as LastDeliveryChannelDeleteFailedException$,
  named384 as LimitExceededException,
  named385 as LimitExceededException$,
  named386 as ListAggregateDiscoveredResources$,
  named387 as ListAggregateDiscoveredResourcesCommand,
  named388 as ListAggregateDiscoveredResourcesRequest$,
  named389 as ListAggregateDiscoveredResourcesResponse$,
  named390 as ListConfigurationRecorders$,
  named391 as ListConfigurationRecordersCommand,
  named392 as ListConfigurationRecordersRequest$,
  named393 as ListConfigurationRecordersResponse$,
  named394 as ListConformancePackComplianceScores$,
  named395 as ListConformancePackComplianceScoresCommand,
  named396 as ListConformancePackComplianceScoresRequest$,
  named397 as ListConformancePackComplianceScoresResponse$,
  named398 as ListConnectors$,
  named399 as ListConnectorsCommand,
  named400 as ListConnectorsRequest$,
  named401 as ListConnectorsResponse$,
  named402 as ListDiscoveredResources$,
  named403 as ListDiscoveredResourcesCommand,
  named404 as ListDiscoveredResourcesRequest$,
  named405 as ListDiscoveredResourcesResponse$,
  named406 as ListResourceEvaluations$,
  named407 as ListResourceEvaluationsCommand,
  named408 as ListResourceEvaluationsRequest$,
  named409 as ListResourceEvaluationsResponse$,
  named410 as ListStoredQueries$,
  named411 as ListStoredQueriesCommand,
  named412 as ListStoredQueriesRequest$,
  named413 as ListStoredQueriesResponse$,
  named414 as ListTagsForResource$,
  named415 as ListTagsForResourceCommand,
  named416 as ListTagsForResourceRequest$,
  named417 as ListTagsForResourceResponse$,
  named418 as MaxActiveResourcesExceededException,
  named419 as MaxActiveResourcesExceededException$,
  named420 as MaxNumberOfConfigRulesExceededException,
  named421 as MaxNumberOfConfigRulesExceededException$,
  named422 as MaxNumberOfConfigurationRecordersExceededException,
  named423 as MaxNumberOfConfigurationRecordersExceededException$,
  named424 as MaxNumberOfConformancePacksExceededException,
  named425 as MaxNumberOfConformancePacksExceededException$,
  named426 as MaxNumberOfConnectorsExceededException,
  named427 as MaxNumberOfConnectorsExceededException$,
  named428 as MaxNumberOfDeliveryChannelsExceededException,
  named429 as MaxNumberOfDeliveryChannelsExceededException$,
  named430 as MaxNumberOfOrganizationConfigRulesExceededException,
  named431 as MaxNumberOfOrganizationConfigRulesExceededException$,
  named432 as MaxNumberOfOrganizationConformancePacksExceededException,
  named433 as MaxNumberOfOrganizationConformancePacksExceededException$,
  named434 as MaxNumberOfRetentionConfigurationsExceededException,
  named435 as MaxNumberOfRetentionConfigurationsExceededException$,
  named436 as MaximumExecutionFrequency,
  named437 as MemberAccountRuleStatus,
  named438 as MemberAccountStatus$,
  named439 as MessageType,
  named440 as NoAvailableConfigurationRecorderException,
  named441 as NoAvailableConfigurationRecorderException$,
  named442 as NoAvailableDeliveryChannelException,
  named443 as NoAvailableDeliveryChannelException$,
  named444 as NoAvailableOrganizationException,
  named445 as NoAvailableOrganizationException$,
  named446 as NoRunningConfigurationRecorderException,
  named447 as NoRunningConfigurationRecorderException$,
  named448 as NoSuchBucketException,
  named449 as NoSuchBucketException$,
  named450 as NoSuchConfigRuleException,
  named451 as NoSuchConfigRuleException$,
  named452 as NoSuchConfigRuleInConformancePackException,
  named453 as NoSuchConfigRuleInConformancePackException$,
  named454 as NoSuchConfigurationAggregatorException,
  named455 as NoSuchConfigurationAggregatorException$,
  named456 as NoSuchConfigurationRecorderException,
  named457 as NoSuchConfigurationRecorderException$,
  named458 as NoSuchConformancePackException,
  named459 as NoSuchConformancePackException$,
  named460 as NoSuchDeliveryChannelException,
  named461 as NoSuchDeliveryChannelException$,
  named462 as NoSuchOrganizationConfigRuleException,
  named463 as NoSuchOrganizationConfigRuleException$,
  named464 as NoSuchOrganizationConformancePackException,
  named465 as NoSuchOrganizationConformancePackException$,
  named466 as NoSuchRemediationConfigurationException,
  named467 as NoSuchRemediationConfigurationException$,
  named468 as NoSuchRemediationExceptionException,
  named469 as NoSuchRemediationExceptionException$,
  named470 as NoSuchRetentionConfigurationException,
  named471 as NoSuchRetentionConfigurationException$,
  named472 as OrganizationAccessDeniedException,
  named473 as OrganizationAccessDeniedException$,
  named474 as OrganizationAggregationSource$,
  named475 as OrganizationAllFeaturesNotEnabledException,
  named476 as OrganizationAllFeaturesNotEnabledException$,
  named477 as OrganizationConfigRule$,
  named478 as OrganizationConfigRuleStatus$,
  named479 as OrganizationConfigRuleTriggerType,
  named480 as OrganizationConfigRuleTriggerTypeNoSN,
  named481 as OrganizationConformancePack$,
  named482 as OrganizationConformancePackDetailedStatus$,
  named483 as OrganizationConformancePackStatus$,
  named484 as OrganizationConformancePackTemplateValidationException,
  named485 as OrganizationConformancePackTemplateValidationException$,
  named486 as OrganizationCustomPolicyRuleMetadata$,
  named487 as OrganizationCustomPolicyRuleMetadataNoPolicy$,
  named488 as OrganizationCustomRuleMetadata$,
  named489 as OrganizationManagedRuleMetadata$,
  named490 as OrganizationResourceDetailedStatus,
  named491 as OrganizationResourceDetailedStatusFilters$,
  named492 as OrganizationResourceStatus,
  named493 as OrganizationRuleStatus,
  named494 as OversizedConfigurationItemException,
  named495 as OversizedConfigurationItemException$,
  named496 as Owner,
  named497 as PendingAggregationRequest$,
  named498 as Provider,
  named499 as PutAggregationAuthorization$,
  named500 as PutAggregationAuthorizationCommand,
  named501 as PutAggregationAuthorizationRequest$,
  named502 as PutAggregationAuthorizationResponse$,
  named503 as PutConfigRule$,
  named504 as PutConfigRuleCommand,
  named505 as PutConfigRuleRequest$,
  named506 as PutConfigurationAggregator$,
  named507 as PutConfigurationAggregatorCommand,
  named508 as PutConfigurationAggregatorRequest$,
  named509 as PutConfigurationAggregatorResponse$,
  named510 as PutConfigurationRecorder$,
  named511 as PutConfigurationRecorderCommand,
  named512 as PutConfigurationRecorderRequest$,
  named513 as PutConformancePack$,
  named514 as PutConformancePackCommand,
  named515 as PutConformancePackRequest$,
  named516 as PutConformancePackResponse$,
  named517 as PutConnector$,
  named518 as PutConnectorCommand,
  named519 as PutConnectorRequest$,
  named520 as PutConnectorResponse$,
  named521 as PutDeliveryChannel$,
  named522 as PutDeliveryChannelCommand,
  named523 as PutDeliveryChannelRequest$,
  named524 as PutEvaluations$,
  named525 as PutEvaluationsCommand,
  named526 as PutEvaluationsRequest$,
  named527 as PutEvaluationsResponse$,
  named528 as PutExternalEvaluation$,
  named529 as PutExternalEvaluationCommand,
  named530 as PutExternalEvaluationRequest$,
  named531 as PutExternalEvaluationResponse$,
  named532 as PutOrganizationConfigRule$,
  named533 as PutOrganizationConfigRuleCommand,
  named534 as PutOrganizationConfigRuleRequest$,
  named535 as PutOrganizationConfigRuleResponse$,
  named536 as PutOrganizationConformancePack$,
  named537 as PutOrganizationConformancePackCommand,
  named538 as PutOrganizationConformancePackRequest$,
  named539 as PutOrganizationConformancePackResponse$,
  named540 as PutRemediationConfigurations$,
  named541 as PutRemediationConfigurationsCommand,
  named542 as PutRemediationConfigurationsRequest$,
  named543 as PutRemediationConfigurationsResponse$,
  named544 as PutRemediationExceptions$,
  named545 as PutRemediationExceptionsCommand,
  named546 as PutRemediationExceptionsRequest$,
  named547 as PutRemediationExceptionsResponse$,
  named548 as PutResourceConfig$,
  named549 as PutResourceConfigCommand,
  named550 as PutResourceConfigRequest$,
  named551 as PutRetentionConfiguration$,
  named552 as PutRetentionConfigurationCommand,
  named553 as PutRetentionConfigurationRequest$,
  named554 as PutRetentionConfigurationResponse$,
  named555 as PutServiceLinkedConfigurationRecorder$,
  named556 as PutServiceLinkedConfigurationRecorderCommand,
  named557 as PutServiceLinkedConfigurationRecorderRequest$,
  named558 as PutServiceLinkedConfigurationRecorderResponse$,
  named559 as PutStoredQuery$,
  named560 as PutStoredQueryCommand,
  named561 as PutStoredQueryRequest$,
  named562 as PutStoredQueryResponse$,
  named563 as PutThirdPartyServiceLinkedConfigurationRecorder$,
  named564 as PutThirdPartyServiceLinkedConfigurationRecorderCommand,
  named565 as PutThirdPartyServiceLinkedConfigurationRecorderRequest$,
  named566 as PutThirdPartyServiceLinkedConfigurationRecorderResponse$,
  named567 as QueryInfo$,
  named568 as RecorderStatus,
  named569 as RecordingFrequency,
  named570 as RecordingGroup$,
  named571 as RecordingMode$,
  named572 as RecordingModeOverride$,
  named573 as RecordingScope,
  named574 as RecordingStrategy$,
  named575 as RecordingStrategyType,
  named576 as Relationship$,
  named577 as RemediationConfiguration$,
  named578 as RemediationException$,
  named579 as RemediationExceptionResourceKey$,
  named580 as RemediationExecutionState,
  named581 as RemediationExecutionStatus$,
  named582 as RemediationExecutionStep$,
  named583 as RemediationExecutionStepState,
  named584 as RemediationInProgressException,
  named585 as RemediationInProgressException$,
  named586 as RemediationParameterValue$,
  named587 as RemediationTargetType,
  named588 as ResourceConcurrentModificationException,
  named589 as ResourceConcurrentModificationException$,
  named590 as ResourceConfigurationSchemaType,
  named591 as ResourceCount$,
  named592 as ResourceCountFilters$,
  named593 as ResourceCountGroupKey,
  named594 as ResourceDetails$,
  named595 as ResourceEvaluation$,
  named596 as ResourceEvaluationFilters$,
  named597 as ResourceEvaluationStatus,
  named598 as ResourceFilters$,
  named599 as ResourceIdentifier$,
  named600 as ResourceInUseException,
  named601 as ResourceInUseException$,
  named602 as ResourceKey$,
  named603 as ResourceNotDiscoveredException,
  named604 as ResourceNotDiscoveredException$,
  named605 as ResourceNotFoundException,
  named606 as ResourceNotFoundException$,
  named607 as ResourceType,
  named608 as ResourceValue$,
  named609 as ResourceValueType,
  named610 as RetentionConfiguration$,
  named611 as RuleEvaluationVisibility,
  named612 as Scope$,
  named613 as ScopeConfiguration$,
  named614 as SelectAggregateResourceConfig$,
  named615 as SelectAggregateResourceConfigCommand,
  named616 as SelectAggregateResourceConfigRequest$,
  named617 as SelectAggregateResourceConfigResponse$,
  named618 as SelectResourceConfig$,
  named619 as SelectResourceConfigCommand,
  named620 as SelectResourceConfigRequest$,
  named621 as SelectResourceConfigResponse$,
  named622 as SortBy,
  named623 as SortOrder,
  named624 as Source$,
  named625 as SourceDetail$,
  named626 as SsmControls$,
  named627 as StartConfigRulesEvaluation$,
  named628 as StartConfigRulesEvaluationCommand,
  named629 as StartConfigRulesEvaluationRequest$,
  named630 as StartConfigRulesEvaluationResponse$,
  named631 as StartConfigurationRecorder$,
  named632 as StartConfigurationRecorderCommand,
  named633 as StartConfigurationRecorderRequest$,
  named634 as StartRemediationExecution$,
  named635 as StartRemediationExecutionCommand,
  named636 as StartRemediationExecutionRequest$,
  named637 as StartRemediationExecutionResponse$,
  named638 as StartResourceEvaluation$,
  named639 as StartResourceEvaluationCommand,
  named640 as StartResourceEvaluationRequest$,
  named641 as StartResourceEvaluationResponse$,
  named642 as StaticValue$,
  named643 as StatusDetailFilters$,
  named644 as StopConfigurationRecorder$,
  named645 as StopConfigurationRecorderCommand,
  named646 as StopConfigurationRecorderRequest$,
  named647 as StoredQuery$,
  named648 as StoredQueryMetadata$,
  named649 as Tag$,
  named650 as TagResource$,
  named651 as TagResourceCommand,
  named652 as TagResourceRequest$,
  named653 as TemplateSSMDocumentDetails$,
  named654 as TimeWindow$,
  named655 as TooManyTagsException,
  named656 as TooManyTagsException$,
  named657 as UnmodifiableEntityException,
  named658 as UnmodifiableEntityException$,
  named659 as UntagResource$,
  named660 as UntagResourceCommand,
  named661 as UntagResourceRequest$,
  named662 as ValidationException,
  named663 as ValidationException$,
  named664 as __Client,
  dist_cjs_default as default,
  named665 as errorTypeRegistries,
  named666 as paginateDescribeAggregateComplianceByConfigRules,
  named667 as paginateDescribeAggregateComplianceByConformancePacks,
  named668 as paginateDescribeAggregationAuthorizations,
  named669 as paginateDescribeComplianceByConfigRule,
  named670 as paginateDescribeComplianceByResource,
  named671 as paginateDescribeConfigRuleEvaluationStatus,
  named672 as paginateDescribeConfigRules,
  named673 as paginateDescribeConfigurationAggregatorSourcesStatus,
  named674 as paginateDescribeConfigurationAggregators,
  named675 as paginateDescribeConformancePackCompliance,
  named676 as paginateDescribeConformancePackStatus,
  named677 as paginateDescribeConformancePacks,
  named678 as paginateDescribeOrganizationConfigRuleStatuses,
  named679 as paginateDescribeOrganizationConfigRules,
  named680 as paginateDescribeOrganizationConformancePackStatuses,
  named681 as paginateDescribeOrganizationConformancePacks,
  named682 as paginateDescribePendingAggregationRequests,
  named683 as paginateDescribeRemediationExceptions,
  named684 as paginateDescribeRemediationExecutionStatus,
  named685 as paginateDescribeRetentionConfigurations,
  named686 as paginateGetAggregateComplianceDetailsByConfigRule,
  named687 as paginateGetAggregateConfigRuleComplianceSummary,
  named688 as paginateGetAggregateConformancePackComplianceSummary,
  named689 as paginateGetAggregateDiscoveredResourceCounts,
  named690 as paginateGetComplianceDetailsByConfigRule,
  named691 as paginateGetComplianceDetailsByResource,
  named692 as paginateGetConformancePackComplianceDetails,
  named693 as paginateGetConformancePackComplianceSummary,
  named694 as paginateGetDiscoveredResourceCounts,
  named695 as paginateGetOrganizationConfigRuleDetailedStatus,
  named696 as paginateGetOrganizationConformancePackDetailedStatus,
  named697 as paginateGetResourceConfigHistory,
  named698 as paginateListAggregateDiscoveredResources,
  named699 as paginateListConfigurationRecorders,
  named700 as paginateListConformancePackComplianceScores,
  named701 as paginateListConnectors,
  named702 as paginateListDiscoveredResources,
  named703 as paginateListResourceEvaluations,
  named704 as paginateListStoredQueries,
  named705 as paginateListTagsForResource,
  named706 as paginateSelectAggregateResourceConfig,
  named707 as paginateSelectResourceConfig
};
