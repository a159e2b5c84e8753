import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  init_util,
  util_exports
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
  protocols_exports,
  protocols_exports2,
  require_dist_cjs,
  require_dist_cjs12 as require_dist_cjs3,
  require_dist_cjs4 as require_dist_cjs2,
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

// node_modules/@aws-sdk/middleware-sdk-rds/dist-cjs/index.js
var require_dist_cjs4 = __commonJS({
  "node_modules/@aws-sdk/middleware-sdk-rds/dist-cjs/index.js"(exports) {
    var { formatUrl } = (init_util(), __toCommonJS(util_exports));
    var { toEndpointV1 } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { HttpRequest } = (init_protocols(), __toCommonJS(protocols_exports));
    var { SignatureV4 } = require_dist_cjs();
    var regARN = /arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?/;
    var sourceIdToCommandKeyMap = {
      SourceDBSnapshotIdentifier: "CopyDBSnapshot",
      SourceDBInstanceIdentifier: "CreateDBInstanceReadReplica",
      ReplicationSourceIdentifier: "CreateDBCluster",
      SourceDBClusterSnapshotIdentifier: "CopyDBClusterSnapshot",
      SourceDBInstanceArn: "StartDBInstanceAutomatedBackupsReplication"
    };
    var version = "2014-10-31";
    function crossRegionPresignedUrlMiddleware(options) {
      return (next, context) => async (args) => {
        const { input } = args;
        const region = await options.region();
        const sourceIdKey = Object.keys(sourceIdToCommandKeyMap).filter((sourceKeyId) => input.hasOwnProperty(sourceKeyId))[0];
        if (!sourceIdKey) {
          return next(args);
        }
        const command = sourceIdToCommandKeyMap[sourceIdKey];
        if (!input.PreSignedUrl && isARN(input[sourceIdKey]) && region !== getEndpointFromARN(input[sourceIdKey])) {
          const sourceRegion = getEndpointFromARN(input[sourceIdKey]);
          let resolvedEndpoint;
          if (typeof options.endpoint === "function") {
            resolvedEndpoint = await options.endpoint();
          } else {
            resolvedEndpoint = toEndpointV1(context.endpointV2);
          }
          resolvedEndpoint.hostname = `rds.${sourceRegion}.amazonaws.com`;
          const request = new HttpRequest({
            ...resolvedEndpoint,
            protocol: "https",
            headers: {
              host: resolvedEndpoint.hostname
            },
            query: {
              Action: command,
              Version: version,
              KmsKeyId: input.KmsKeyId,
              DestinationRegion: region,
              [sourceIdKey]: input[sourceIdKey]
            }
          });
          const signer = new SignatureV4({
            credentials: options.credentials,
            region: sourceRegion,
            service: "rds",
            sha256: options.sha256,
            uriEscapePath: options.signingEscapePath
          });
          const presignedRequest = await signer.presign(request, {
            expiresIn: 3600
          });
          args = {
            ...args,
            input: {
              ...args.input,
              PreSignedUrl: formatUrl(presignedRequest)
            }
          };
        }
        return next(args);
      };
    }
    var crossRegionPresignedUrlMiddlewareOptions = {
      step: "serialize",
      tags: ["CROSS_REGION_PRESIGNED_URL"],
      name: "crossRegionPresignedUrlMiddleware",
      override: true,
      relation: "after",
      toMiddleware: "endpointV2Middleware"
    };
    var getCrossRegionPresignedUrlPlugin = (config) => ({
      applyToStack: (clientStack) => {
        clientStack.addRelativeTo(crossRegionPresignedUrlMiddleware(config), crossRegionPresignedUrlMiddlewareOptions);
      }
    });
    function isARN(id) {
      if (!id) {
        return false;
      }
      return regARN.test(id);
    }
    function getEndpointFromARN(arn) {
      const arnArr = arn.split(":");
      if (arnArr.length < 4) {
        throw new Error(`Cannot infer endpoint from '${arn}'`);
      }
      return arnArr[3];
    }
    exports.crossRegionPresignedUrlMiddleware = crossRegionPresignedUrlMiddleware;
    exports.crossRegionPresignedUrlMiddlewareOptions = crossRegionPresignedUrlMiddlewareOptions;
    exports.getCrossRegionPresignedUrlPlugin = getCrossRegionPresignedUrlPlugin;
  }
});

// node_modules/@aws-sdk/client-rds/dist-cjs/index.js
var require_dist_cjs5 = __commonJS({
  "node_modules/@aws-sdk/client-rds/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { defaultProvider } = require_dist_cjs3();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs2();
    var { AwsQueryProtocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var { getCrossRegionPresignedUrlPlugin } = require_dist_cjs4();
    var defaultRDSHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
          name: "rds",
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
    var defaultRDSHttpAuthSchemeProvider = (authParameters) => {
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
        defaultSigningName: "rds"
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
        ["https://rds-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://rds.{Region}.amazonaws.com", i],
        ["https://rds-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://rds.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://rds.{Region}.{PartitionResult#dnsSuffix}", i],
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
    var RDSServiceException = class _RDSServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.rds#RDSServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _RDSServiceException.prototype);
      }
    };
    var DBClusterNotFoundFault = class _DBClusterNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterNotFoundFault";
      name = "DBClusterNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBClusterNotFoundFault.prototype);
      }
    };
    var DBClusterRoleAlreadyExistsFault = class _DBClusterRoleAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterRoleAlreadyExistsFault";
      name = "DBClusterRoleAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterRoleAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBClusterRoleAlreadyExistsFault.prototype);
      }
    };
    var DBClusterRoleQuotaExceededFault = class _DBClusterRoleQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterRoleQuotaExceededFault";
      name = "DBClusterRoleQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterRoleQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBClusterRoleQuotaExceededFault.prototype);
      }
    };
    var InvalidDBClusterStateFault = class _InvalidDBClusterStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBClusterStateFault";
      name = "InvalidDBClusterStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBClusterStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDBClusterStateFault.prototype);
      }
    };
    var DBInstanceNotFoundFault = class _DBInstanceNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBInstanceNotFoundFault";
      name = "DBInstanceNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBInstanceNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBInstanceNotFoundFault.prototype);
      }
    };
    var DBInstanceRoleAlreadyExistsFault = class _DBInstanceRoleAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBInstanceRoleAlreadyExistsFault";
      name = "DBInstanceRoleAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBInstanceRoleAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBInstanceRoleAlreadyExistsFault.prototype);
      }
    };
    var DBInstanceRoleQuotaExceededFault = class _DBInstanceRoleQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBInstanceRoleQuotaExceededFault";
      name = "DBInstanceRoleQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBInstanceRoleQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBInstanceRoleQuotaExceededFault.prototype);
      }
    };
    var InvalidDBInstanceStateFault = class _InvalidDBInstanceStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBInstanceStateFault";
      name = "InvalidDBInstanceStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBInstanceStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDBInstanceStateFault.prototype);
      }
    };
    var SourceNotFoundFault = class _SourceNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SourceNotFoundFault";
      name = "SourceNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SourceNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SourceNotFoundFault.prototype);
      }
    };
    var SubscriptionNotFoundFault = class _SubscriptionNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SubscriptionNotFoundFault";
      name = "SubscriptionNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SubscriptionNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SubscriptionNotFoundFault.prototype);
      }
    };
    var BlueGreenDeploymentNotFoundFault = class _BlueGreenDeploymentNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#BlueGreenDeploymentNotFoundFault";
      name = "BlueGreenDeploymentNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "BlueGreenDeploymentNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _BlueGreenDeploymentNotFoundFault.prototype);
      }
    };
    var DBCapacityReservationNotFoundFault = class _DBCapacityReservationNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBCapacityReservationNotFoundFault";
      name = "DBCapacityReservationNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBCapacityReservationNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBCapacityReservationNotFoundFault.prototype);
      }
    };
    var DBProxyEndpointNotFoundFault = class _DBProxyEndpointNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBProxyEndpointNotFoundFault";
      name = "DBProxyEndpointNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBProxyEndpointNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBProxyEndpointNotFoundFault.prototype);
      }
    };
    var DBProxyNotFoundFault = class _DBProxyNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBProxyNotFoundFault";
      name = "DBProxyNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBProxyNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBProxyNotFoundFault.prototype);
      }
    };
    var DBProxyTargetGroupNotFoundFault = class _DBProxyTargetGroupNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBProxyTargetGroupNotFoundFault";
      name = "DBProxyTargetGroupNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBProxyTargetGroupNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBProxyTargetGroupNotFoundFault.prototype);
      }
    };
    var DBShardGroupNotFoundFault = class _DBShardGroupNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBShardGroupNotFoundFault";
      name = "DBShardGroupNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBShardGroupNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBShardGroupNotFoundFault.prototype);
      }
    };
    var DBSnapshotNotFoundFault = class _DBSnapshotNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSnapshotNotFoundFault";
      name = "DBSnapshotNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSnapshotNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBSnapshotNotFoundFault.prototype);
      }
    };
    var DBSnapshotTenantDatabaseNotFoundFault = class _DBSnapshotTenantDatabaseNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSnapshotTenantDatabaseNotFoundFault";
      name = "DBSnapshotTenantDatabaseNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSnapshotTenantDatabaseNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBSnapshotTenantDatabaseNotFoundFault.prototype);
      }
    };
    var IntegrationNotFoundFault = class _IntegrationNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#IntegrationNotFoundFault";
      name = "IntegrationNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "IntegrationNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _IntegrationNotFoundFault.prototype);
      }
    };
    var InvalidDBClusterEndpointStateFault = class _InvalidDBClusterEndpointStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBClusterEndpointStateFault";
      name = "InvalidDBClusterEndpointStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBClusterEndpointStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDBClusterEndpointStateFault.prototype);
      }
    };
    var TenantDatabaseNotFoundFault = class _TenantDatabaseNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#TenantDatabaseNotFoundFault";
      name = "TenantDatabaseNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TenantDatabaseNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TenantDatabaseNotFoundFault.prototype);
      }
    };
    var ResourceNotFoundFault = class _ResourceNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#ResourceNotFoundFault";
      name = "ResourceNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotFoundFault.prototype);
      }
    };
    var AuthorizationAlreadyExistsFault = class _AuthorizationAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#AuthorizationAlreadyExistsFault";
      name = "AuthorizationAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AuthorizationAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AuthorizationAlreadyExistsFault.prototype);
      }
    };
    var AuthorizationQuotaExceededFault = class _AuthorizationQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#AuthorizationQuotaExceededFault";
      name = "AuthorizationQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AuthorizationQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AuthorizationQuotaExceededFault.prototype);
      }
    };
    var DBSecurityGroupNotFoundFault = class _DBSecurityGroupNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSecurityGroupNotFoundFault";
      name = "DBSecurityGroupNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSecurityGroupNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBSecurityGroupNotFoundFault.prototype);
      }
    };
    var InvalidDBSecurityGroupStateFault = class _InvalidDBSecurityGroupStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBSecurityGroupStateFault";
      name = "InvalidDBSecurityGroupStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBSecurityGroupStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDBSecurityGroupStateFault.prototype);
      }
    };
    var InvalidDBCapacityReservationStateFault = class _InvalidDBCapacityReservationStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBCapacityReservationStateFault";
      name = "InvalidDBCapacityReservationStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBCapacityReservationStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDBCapacityReservationStateFault.prototype);
      }
    };
    var ExportTaskNotFoundFault = class _ExportTaskNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#ExportTaskNotFoundFault";
      name = "ExportTaskNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ExportTaskNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ExportTaskNotFoundFault.prototype);
      }
    };
    var InvalidExportTaskStateFault = class _InvalidExportTaskStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidExportTaskStateFault";
      name = "InvalidExportTaskStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidExportTaskStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidExportTaskStateFault.prototype);
      }
    };
    var DBParameterGroupAlreadyExistsFault = class _DBParameterGroupAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBParameterGroupAlreadyExistsFault";
      name = "DBParameterGroupAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBParameterGroupAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBParameterGroupAlreadyExistsFault.prototype);
      }
    };
    var DBParameterGroupNotFoundFault = class _DBParameterGroupNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBParameterGroupNotFoundFault";
      name = "DBParameterGroupNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBParameterGroupNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBParameterGroupNotFoundFault.prototype);
      }
    };
    var DBParameterGroupQuotaExceededFault = class _DBParameterGroupQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBParameterGroupQuotaExceededFault";
      name = "DBParameterGroupQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBParameterGroupQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBParameterGroupQuotaExceededFault.prototype);
      }
    };
    var DBClusterSnapshotAlreadyExistsFault = class _DBClusterSnapshotAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterSnapshotAlreadyExistsFault";
      name = "DBClusterSnapshotAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterSnapshotAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBClusterSnapshotAlreadyExistsFault.prototype);
      }
    };
    var DBClusterSnapshotNotFoundFault = class _DBClusterSnapshotNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterSnapshotNotFoundFault";
      name = "DBClusterSnapshotNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterSnapshotNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBClusterSnapshotNotFoundFault.prototype);
      }
    };
    var InvalidDBClusterSnapshotStateFault = class _InvalidDBClusterSnapshotStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBClusterSnapshotStateFault";
      name = "InvalidDBClusterSnapshotStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBClusterSnapshotStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDBClusterSnapshotStateFault.prototype);
      }
    };
    var KMSKeyNotAccessibleFault = class _KMSKeyNotAccessibleFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#KMSKeyNotAccessibleFault";
      name = "KMSKeyNotAccessibleFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "KMSKeyNotAccessibleFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KMSKeyNotAccessibleFault.prototype);
      }
    };
    var SnapshotQuotaExceededFault = class _SnapshotQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SnapshotQuotaExceededFault";
      name = "SnapshotQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SnapshotQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SnapshotQuotaExceededFault.prototype);
      }
    };
    var CustomAvailabilityZoneNotFoundFault = class _CustomAvailabilityZoneNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#CustomAvailabilityZoneNotFoundFault";
      name = "CustomAvailabilityZoneNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "CustomAvailabilityZoneNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CustomAvailabilityZoneNotFoundFault.prototype);
      }
    };
    var DBSnapshotAlreadyExistsFault = class _DBSnapshotAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSnapshotAlreadyExistsFault";
      name = "DBSnapshotAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSnapshotAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBSnapshotAlreadyExistsFault.prototype);
      }
    };
    var InvalidDBSnapshotStateFault = class _InvalidDBSnapshotStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBSnapshotStateFault";
      name = "InvalidDBSnapshotStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBSnapshotStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDBSnapshotStateFault.prototype);
      }
    };
    var OptionGroupAlreadyExistsFault = class _OptionGroupAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#OptionGroupAlreadyExistsFault";
      name = "OptionGroupAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OptionGroupAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OptionGroupAlreadyExistsFault.prototype);
      }
    };
    var OptionGroupNotFoundFault = class _OptionGroupNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#OptionGroupNotFoundFault";
      name = "OptionGroupNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OptionGroupNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OptionGroupNotFoundFault.prototype);
      }
    };
    var OptionGroupQuotaExceededFault = class _OptionGroupQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#OptionGroupQuotaExceededFault";
      name = "OptionGroupQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OptionGroupQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OptionGroupQuotaExceededFault.prototype);
      }
    };
    var BlueGreenDeploymentAlreadyExistsFault = class _BlueGreenDeploymentAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#BlueGreenDeploymentAlreadyExistsFault";
      name = "BlueGreenDeploymentAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "BlueGreenDeploymentAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _BlueGreenDeploymentAlreadyExistsFault.prototype);
      }
    };
    var DBClusterParameterGroupNotFoundFault = class _DBClusterParameterGroupNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterParameterGroupNotFoundFault";
      name = "DBClusterParameterGroupNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterParameterGroupNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBClusterParameterGroupNotFoundFault.prototype);
      }
    };
    var DBClusterQuotaExceededFault = class _DBClusterQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterQuotaExceededFault";
      name = "DBClusterQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBClusterQuotaExceededFault.prototype);
      }
    };
    var InstanceQuotaExceededFault = class _InstanceQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InstanceQuotaExceededFault";
      name = "InstanceQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InstanceQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InstanceQuotaExceededFault.prototype);
      }
    };
    var SourceClusterNotSupportedFault = class _SourceClusterNotSupportedFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SourceClusterNotSupportedFault";
      name = "SourceClusterNotSupportedFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SourceClusterNotSupportedFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SourceClusterNotSupportedFault.prototype);
      }
    };
    var SourceDatabaseNotSupportedFault = class _SourceDatabaseNotSupportedFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SourceDatabaseNotSupportedFault";
      name = "SourceDatabaseNotSupportedFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SourceDatabaseNotSupportedFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SourceDatabaseNotSupportedFault.prototype);
      }
    };
    var StorageQuotaExceededFault = class _StorageQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#StorageQuotaExceededFault";
      name = "StorageQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "StorageQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _StorageQuotaExceededFault.prototype);
      }
    };
    var CreateCustomDBEngineVersionFault = class _CreateCustomDBEngineVersionFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#CreateCustomDBEngineVersionFault";
      name = "CreateCustomDBEngineVersionFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "CreateCustomDBEngineVersionFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CreateCustomDBEngineVersionFault.prototype);
      }
    };
    var CustomDBEngineVersionAlreadyExistsFault = class _CustomDBEngineVersionAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#CustomDBEngineVersionAlreadyExistsFault";
      name = "CustomDBEngineVersionAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "CustomDBEngineVersionAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CustomDBEngineVersionAlreadyExistsFault.prototype);
      }
    };
    var CustomDBEngineVersionNotFoundFault = class _CustomDBEngineVersionNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#CustomDBEngineVersionNotFoundFault";
      name = "CustomDBEngineVersionNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "CustomDBEngineVersionNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CustomDBEngineVersionNotFoundFault.prototype);
      }
    };
    var CustomDBEngineVersionQuotaExceededFault = class _CustomDBEngineVersionQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#CustomDBEngineVersionQuotaExceededFault";
      name = "CustomDBEngineVersionQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "CustomDBEngineVersionQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CustomDBEngineVersionQuotaExceededFault.prototype);
      }
    };
    var Ec2ImagePropertiesNotSupportedFault = class _Ec2ImagePropertiesNotSupportedFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#Ec2ImagePropertiesNotSupportedFault";
      name = "Ec2ImagePropertiesNotSupportedFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "Ec2ImagePropertiesNotSupportedFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _Ec2ImagePropertiesNotSupportedFault.prototype);
      }
    };
    var InvalidCustomDBEngineVersionStateFault = class _InvalidCustomDBEngineVersionStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidCustomDBEngineVersionStateFault";
      name = "InvalidCustomDBEngineVersionStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidCustomDBEngineVersionStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidCustomDBEngineVersionStateFault.prototype);
      }
    };
    var DBCapacityReservationAlreadyExistsFault = class _DBCapacityReservationAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBCapacityReservationAlreadyExistsFault";
      name = "DBCapacityReservationAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBCapacityReservationAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBCapacityReservationAlreadyExistsFault.prototype);
      }
    };
    var DBCapacityReservationUnsupportedFault = class _DBCapacityReservationUnsupportedFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBCapacityReservationUnsupportedFault";
      name = "DBCapacityReservationUnsupportedFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBCapacityReservationUnsupportedFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBCapacityReservationUnsupportedFault.prototype);
      }
    };
    var InsufficientDBInstanceCapacityFault = class _InsufficientDBInstanceCapacityFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InsufficientDBInstanceCapacityFault";
      name = "InsufficientDBInstanceCapacityFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InsufficientDBInstanceCapacityFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InsufficientDBInstanceCapacityFault.prototype);
      }
    };
    var DBClusterAlreadyExistsFault = class _DBClusterAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterAlreadyExistsFault";
      name = "DBClusterAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBClusterAlreadyExistsFault.prototype);
      }
    };
    var DBSubnetGroupDoesNotCoverEnoughAZs = class _DBSubnetGroupDoesNotCoverEnoughAZs extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSubnetGroupDoesNotCoverEnoughAZs";
      name = "DBSubnetGroupDoesNotCoverEnoughAZs";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSubnetGroupDoesNotCoverEnoughAZs",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBSubnetGroupDoesNotCoverEnoughAZs.prototype);
      }
    };
    var DBSubnetGroupNotFoundFault = class _DBSubnetGroupNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSubnetGroupNotFoundFault";
      name = "DBSubnetGroupNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSubnetGroupNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBSubnetGroupNotFoundFault.prototype);
      }
    };
    var DomainNotFoundFault = class _DomainNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DomainNotFoundFault";
      name = "DomainNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DomainNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DomainNotFoundFault.prototype);
      }
    };
    var GlobalClusterNotFoundFault = class _GlobalClusterNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#GlobalClusterNotFoundFault";
      name = "GlobalClusterNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "GlobalClusterNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _GlobalClusterNotFoundFault.prototype);
      }
    };
    var InsufficientStorageClusterCapacityFault = class _InsufficientStorageClusterCapacityFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InsufficientStorageClusterCapacityFault";
      name = "InsufficientStorageClusterCapacityFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InsufficientStorageClusterCapacityFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InsufficientStorageClusterCapacityFault.prototype);
      }
    };
    var InvalidDBSubnetGroupFault = class _InvalidDBSubnetGroupFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBSubnetGroupFault";
      name = "InvalidDBSubnetGroupFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBSubnetGroupFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDBSubnetGroupFault.prototype);
      }
    };
    var InvalidDBSubnetGroupStateFault = class _InvalidDBSubnetGroupStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBSubnetGroupStateFault";
      name = "InvalidDBSubnetGroupStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBSubnetGroupStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDBSubnetGroupStateFault.prototype);
      }
    };
    var InvalidGlobalClusterStateFault = class _InvalidGlobalClusterStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidGlobalClusterStateFault";
      name = "InvalidGlobalClusterStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidGlobalClusterStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidGlobalClusterStateFault.prototype);
      }
    };
    var InvalidSubnet = class _InvalidSubnet extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidSubnet";
      name = "InvalidSubnet";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidSubnet",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidSubnet.prototype);
      }
    };
    var InvalidVPCNetworkStateFault = class _InvalidVPCNetworkStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidVPCNetworkStateFault";
      name = "InvalidVPCNetworkStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidVPCNetworkStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidVPCNetworkStateFault.prototype);
      }
    };
    var NetworkTypeNotSupported = class _NetworkTypeNotSupported extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#NetworkTypeNotSupported";
      name = "NetworkTypeNotSupported";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NetworkTypeNotSupported",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NetworkTypeNotSupported.prototype);
      }
    };
    var StorageTypeNotSupportedFault = class _StorageTypeNotSupportedFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#StorageTypeNotSupportedFault";
      name = "StorageTypeNotSupportedFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "StorageTypeNotSupportedFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _StorageTypeNotSupportedFault.prototype);
      }
    };
    var VpcEncryptionControlViolationException = class _VpcEncryptionControlViolationException extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#VpcEncryptionControlViolationException";
      name = "VpcEncryptionControlViolationException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "VpcEncryptionControlViolationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _VpcEncryptionControlViolationException.prototype);
      }
    };
    var DBClusterEndpointAlreadyExistsFault = class _DBClusterEndpointAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterEndpointAlreadyExistsFault";
      name = "DBClusterEndpointAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterEndpointAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBClusterEndpointAlreadyExistsFault.prototype);
      }
    };
    var DBClusterEndpointQuotaExceededFault = class _DBClusterEndpointQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterEndpointQuotaExceededFault";
      name = "DBClusterEndpointQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterEndpointQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBClusterEndpointQuotaExceededFault.prototype);
      }
    };
    var AuthorizationNotFoundFault = class _AuthorizationNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#AuthorizationNotFoundFault";
      name = "AuthorizationNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AuthorizationNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AuthorizationNotFoundFault.prototype);
      }
    };
    var BackupPolicyNotFoundFault = class _BackupPolicyNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#BackupPolicyNotFoundFault";
      name = "BackupPolicyNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "BackupPolicyNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _BackupPolicyNotFoundFault.prototype);
      }
    };
    var CertificateNotFoundFault = class _CertificateNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#CertificateNotFoundFault";
      name = "CertificateNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "CertificateNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CertificateNotFoundFault.prototype);
      }
    };
    var DBInstanceAlreadyExistsFault = class _DBInstanceAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBInstanceAlreadyExistsFault";
      name = "DBInstanceAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBInstanceAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBInstanceAlreadyExistsFault.prototype);
      }
    };
    var ProvisionedIopsNotAvailableInAZFault = class _ProvisionedIopsNotAvailableInAZFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#ProvisionedIopsNotAvailableInAZFault";
      name = "ProvisionedIopsNotAvailableInAZFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ProvisionedIopsNotAvailableInAZFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ProvisionedIopsNotAvailableInAZFault.prototype);
      }
    };
    var TenantDatabaseQuotaExceededFault = class _TenantDatabaseQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#TenantDatabaseQuotaExceededFault";
      name = "TenantDatabaseQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TenantDatabaseQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TenantDatabaseQuotaExceededFault.prototype);
      }
    };
    var DBSubnetGroupNotAllowedFault = class _DBSubnetGroupNotAllowedFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSubnetGroupNotAllowedFault";
      name = "DBSubnetGroupNotAllowedFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSubnetGroupNotAllowedFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBSubnetGroupNotAllowedFault.prototype);
      }
    };
    var DBProxyAlreadyExistsFault = class _DBProxyAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBProxyAlreadyExistsFault";
      name = "DBProxyAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBProxyAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBProxyAlreadyExistsFault.prototype);
      }
    };
    var DBProxyQuotaExceededFault = class _DBProxyQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBProxyQuotaExceededFault";
      name = "DBProxyQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBProxyQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBProxyQuotaExceededFault.prototype);
      }
    };
    var DBProxyEndpointAlreadyExistsFault = class _DBProxyEndpointAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBProxyEndpointAlreadyExistsFault";
      name = "DBProxyEndpointAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBProxyEndpointAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBProxyEndpointAlreadyExistsFault.prototype);
      }
    };
    var DBProxyEndpointQuotaExceededFault = class _DBProxyEndpointQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBProxyEndpointQuotaExceededFault";
      name = "DBProxyEndpointQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBProxyEndpointQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBProxyEndpointQuotaExceededFault.prototype);
      }
    };
    var InvalidDBProxyStateFault = class _InvalidDBProxyStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBProxyStateFault";
      name = "InvalidDBProxyStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBProxyStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDBProxyStateFault.prototype);
      }
    };
    var DBSecurityGroupAlreadyExistsFault = class _DBSecurityGroupAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSecurityGroupAlreadyExistsFault";
      name = "DBSecurityGroupAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSecurityGroupAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBSecurityGroupAlreadyExistsFault.prototype);
      }
    };
    var DBSecurityGroupNotSupportedFault = class _DBSecurityGroupNotSupportedFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSecurityGroupNotSupportedFault";
      name = "DBSecurityGroupNotSupportedFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSecurityGroupNotSupportedFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBSecurityGroupNotSupportedFault.prototype);
      }
    };
    var DBSecurityGroupQuotaExceededFault = class _DBSecurityGroupQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSecurityGroupQuotaExceededFault";
      name = "DBSecurityGroupQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSecurityGroupQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBSecurityGroupQuotaExceededFault.prototype);
      }
    };
    var DBShardGroupAlreadyExistsFault = class _DBShardGroupAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBShardGroupAlreadyExistsFault";
      name = "DBShardGroupAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBShardGroupAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBShardGroupAlreadyExistsFault.prototype);
      }
    };
    var MaxDBShardGroupLimitReached = class _MaxDBShardGroupLimitReached extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#MaxDBShardGroupLimitReached";
      name = "MaxDBShardGroupLimitReached";
      $fault = "client";
      constructor(opts) {
        super({
          name: "MaxDBShardGroupLimitReached",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MaxDBShardGroupLimitReached.prototype);
      }
    };
    var UnsupportedDBEngineVersionFault = class _UnsupportedDBEngineVersionFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#UnsupportedDBEngineVersionFault";
      name = "UnsupportedDBEngineVersionFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnsupportedDBEngineVersionFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedDBEngineVersionFault.prototype);
      }
    };
    var DBSubnetGroupAlreadyExistsFault = class _DBSubnetGroupAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSubnetGroupAlreadyExistsFault";
      name = "DBSubnetGroupAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSubnetGroupAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBSubnetGroupAlreadyExistsFault.prototype);
      }
    };
    var DBSubnetGroupQuotaExceededFault = class _DBSubnetGroupQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSubnetGroupQuotaExceededFault";
      name = "DBSubnetGroupQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSubnetGroupQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBSubnetGroupQuotaExceededFault.prototype);
      }
    };
    var DBSubnetQuotaExceededFault = class _DBSubnetQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSubnetQuotaExceededFault";
      name = "DBSubnetQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSubnetQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBSubnetQuotaExceededFault.prototype);
      }
    };
    var EventSubscriptionQuotaExceededFault = class _EventSubscriptionQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#EventSubscriptionQuotaExceededFault";
      name = "EventSubscriptionQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "EventSubscriptionQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _EventSubscriptionQuotaExceededFault.prototype);
      }
    };
    var SNSInvalidTopicFault = class _SNSInvalidTopicFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SNSInvalidTopicFault";
      name = "SNSInvalidTopicFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SNSInvalidTopicFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SNSInvalidTopicFault.prototype);
      }
    };
    var SNSNoAuthorizationFault = class _SNSNoAuthorizationFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SNSNoAuthorizationFault";
      name = "SNSNoAuthorizationFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SNSNoAuthorizationFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SNSNoAuthorizationFault.prototype);
      }
    };
    var SNSTopicArnNotFoundFault = class _SNSTopicArnNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SNSTopicArnNotFoundFault";
      name = "SNSTopicArnNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SNSTopicArnNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SNSTopicArnNotFoundFault.prototype);
      }
    };
    var SubscriptionAlreadyExistFault = class _SubscriptionAlreadyExistFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SubscriptionAlreadyExistFault";
      name = "SubscriptionAlreadyExistFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SubscriptionAlreadyExistFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SubscriptionAlreadyExistFault.prototype);
      }
    };
    var SubscriptionCategoryNotFoundFault = class _SubscriptionCategoryNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SubscriptionCategoryNotFoundFault";
      name = "SubscriptionCategoryNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SubscriptionCategoryNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SubscriptionCategoryNotFoundFault.prototype);
      }
    };
    var GlobalClusterAlreadyExistsFault = class _GlobalClusterAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#GlobalClusterAlreadyExistsFault";
      name = "GlobalClusterAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "GlobalClusterAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _GlobalClusterAlreadyExistsFault.prototype);
      }
    };
    var GlobalClusterQuotaExceededFault = class _GlobalClusterQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#GlobalClusterQuotaExceededFault";
      name = "GlobalClusterQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "GlobalClusterQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _GlobalClusterQuotaExceededFault.prototype);
      }
    };
    var InvalidDBShardGroupStateFault = class _InvalidDBShardGroupStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBShardGroupStateFault";
      name = "InvalidDBShardGroupStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBShardGroupStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDBShardGroupStateFault.prototype);
      }
    };
    var IntegrationAlreadyExistsFault = class _IntegrationAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#IntegrationAlreadyExistsFault";
      name = "IntegrationAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "IntegrationAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _IntegrationAlreadyExistsFault.prototype);
      }
    };
    var IntegrationConflictOperationFault = class _IntegrationConflictOperationFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#IntegrationConflictOperationFault";
      name = "IntegrationConflictOperationFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "IntegrationConflictOperationFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _IntegrationConflictOperationFault.prototype);
      }
    };
    var IntegrationQuotaExceededFault = class _IntegrationQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#IntegrationQuotaExceededFault";
      name = "IntegrationQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "IntegrationQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _IntegrationQuotaExceededFault.prototype);
      }
    };
    var TenantDatabaseAlreadyExistsFault = class _TenantDatabaseAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#TenantDatabaseAlreadyExistsFault";
      name = "TenantDatabaseAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TenantDatabaseAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TenantDatabaseAlreadyExistsFault.prototype);
      }
    };
    var InvalidBlueGreenDeploymentStateFault = class _InvalidBlueGreenDeploymentStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidBlueGreenDeploymentStateFault";
      name = "InvalidBlueGreenDeploymentStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidBlueGreenDeploymentStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidBlueGreenDeploymentStateFault.prototype);
      }
    };
    var DBClusterAutomatedBackupQuotaExceededFault = class _DBClusterAutomatedBackupQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterAutomatedBackupQuotaExceededFault";
      name = "DBClusterAutomatedBackupQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterAutomatedBackupQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBClusterAutomatedBackupQuotaExceededFault.prototype);
      }
    };
    var DBClusterAutomatedBackupNotFoundFault = class _DBClusterAutomatedBackupNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterAutomatedBackupNotFoundFault";
      name = "DBClusterAutomatedBackupNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterAutomatedBackupNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBClusterAutomatedBackupNotFoundFault.prototype);
      }
    };
    var InvalidDBClusterAutomatedBackupStateFault = class _InvalidDBClusterAutomatedBackupStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBClusterAutomatedBackupStateFault";
      name = "InvalidDBClusterAutomatedBackupStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBClusterAutomatedBackupStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDBClusterAutomatedBackupStateFault.prototype);
      }
    };
    var DBClusterEndpointNotFoundFault = class _DBClusterEndpointNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterEndpointNotFoundFault";
      name = "DBClusterEndpointNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterEndpointNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBClusterEndpointNotFoundFault.prototype);
      }
    };
    var InvalidDBParameterGroupStateFault = class _InvalidDBParameterGroupStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBParameterGroupStateFault";
      name = "InvalidDBParameterGroupStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBParameterGroupStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDBParameterGroupStateFault.prototype);
      }
    };
    var DBInstanceAutomatedBackupQuotaExceededFault = class _DBInstanceAutomatedBackupQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBInstanceAutomatedBackupQuotaExceededFault";
      name = "DBInstanceAutomatedBackupQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBInstanceAutomatedBackupQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBInstanceAutomatedBackupQuotaExceededFault.prototype);
      }
    };
    var DBInstanceAutomatedBackupNotFoundFault = class _DBInstanceAutomatedBackupNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBInstanceAutomatedBackupNotFoundFault";
      name = "DBInstanceAutomatedBackupNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBInstanceAutomatedBackupNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBInstanceAutomatedBackupNotFoundFault.prototype);
      }
    };
    var InvalidDBInstanceAutomatedBackupStateFault = class _InvalidDBInstanceAutomatedBackupStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBInstanceAutomatedBackupStateFault";
      name = "InvalidDBInstanceAutomatedBackupStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBInstanceAutomatedBackupStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDBInstanceAutomatedBackupStateFault.prototype);
      }
    };
    var InvalidDBProxyEndpointStateFault = class _InvalidDBProxyEndpointStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBProxyEndpointStateFault";
      name = "InvalidDBProxyEndpointStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBProxyEndpointStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDBProxyEndpointStateFault.prototype);
      }
    };
    var InvalidDBSubnetStateFault = class _InvalidDBSubnetStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBSubnetStateFault";
      name = "InvalidDBSubnetStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBSubnetStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDBSubnetStateFault.prototype);
      }
    };
    var InvalidEventSubscriptionStateFault = class _InvalidEventSubscriptionStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidEventSubscriptionStateFault";
      name = "InvalidEventSubscriptionStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidEventSubscriptionStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidEventSubscriptionStateFault.prototype);
      }
    };
    var InvalidIntegrationStateFault = class _InvalidIntegrationStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidIntegrationStateFault";
      name = "InvalidIntegrationStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidIntegrationStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidIntegrationStateFault.prototype);
      }
    };
    var InvalidOptionGroupStateFault = class _InvalidOptionGroupStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidOptionGroupStateFault";
      name = "InvalidOptionGroupStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidOptionGroupStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidOptionGroupStateFault.prototype);
      }
    };
    var DBProxyTargetNotFoundFault = class _DBProxyTargetNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBProxyTargetNotFoundFault";
      name = "DBProxyTargetNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBProxyTargetNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBProxyTargetNotFoundFault.prototype);
      }
    };
    var DBClusterBacktrackNotFoundFault = class _DBClusterBacktrackNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterBacktrackNotFoundFault";
      name = "DBClusterBacktrackNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterBacktrackNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBClusterBacktrackNotFoundFault.prototype);
      }
    };
    var DBInstanceNotReadyFault = class _DBInstanceNotReadyFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBInstanceNotReadyFault";
      name = "DBInstanceNotReadyFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBInstanceNotReadyFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBInstanceNotReadyFault.prototype);
      }
    };
    var ReservedDBInstanceNotFoundFault = class _ReservedDBInstanceNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#ReservedDBInstanceNotFoundFault";
      name = "ReservedDBInstanceNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ReservedDBInstanceNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ReservedDBInstanceNotFoundFault.prototype);
      }
    };
    var ReservedDBInstancesOfferingNotFoundFault = class _ReservedDBInstancesOfferingNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#ReservedDBInstancesOfferingNotFoundFault";
      name = "ReservedDBInstancesOfferingNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ReservedDBInstancesOfferingNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ReservedDBInstancesOfferingNotFoundFault.prototype);
      }
    };
    var InvalidResourceStateFault = class _InvalidResourceStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidResourceStateFault";
      name = "InvalidResourceStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidResourceStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidResourceStateFault.prototype);
      }
    };
    var DBLogFileNotFoundFault = class _DBLogFileNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBLogFileNotFoundFault";
      name = "DBLogFileNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBLogFileNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBLogFileNotFoundFault.prototype);
      }
    };
    var InvalidDBClusterCapacityFault = class _InvalidDBClusterCapacityFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBClusterCapacityFault";
      name = "InvalidDBClusterCapacityFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBClusterCapacityFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDBClusterCapacityFault.prototype);
      }
    };
    var StorageTypeNotAvailableFault = class _StorageTypeNotAvailableFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#StorageTypeNotAvailableFault";
      name = "StorageTypeNotAvailableFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "StorageTypeNotAvailableFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _StorageTypeNotAvailableFault.prototype);
      }
    };
    var SharedSnapshotQuotaExceededFault = class _SharedSnapshotQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SharedSnapshotQuotaExceededFault";
      name = "SharedSnapshotQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SharedSnapshotQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SharedSnapshotQuotaExceededFault.prototype);
      }
    };
    var DBUpgradeDependencyFailureFault = class _DBUpgradeDependencyFailureFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBUpgradeDependencyFailureFault";
      name = "DBUpgradeDependencyFailureFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBUpgradeDependencyFailureFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBUpgradeDependencyFailureFault.prototype);
      }
    };
    var SubnetAlreadyInUse = class _SubnetAlreadyInUse extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SubnetAlreadyInUse";
      name = "SubnetAlreadyInUse";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SubnetAlreadyInUse",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SubnetAlreadyInUse.prototype);
      }
    };
    var ReservedDBInstanceAlreadyExistsFault = class _ReservedDBInstanceAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#ReservedDBInstanceAlreadyExistsFault";
      name = "ReservedDBInstanceAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ReservedDBInstanceAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ReservedDBInstanceAlreadyExistsFault.prototype);
      }
    };
    var ReservedDBInstanceQuotaExceededFault = class _ReservedDBInstanceQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#ReservedDBInstanceQuotaExceededFault";
      name = "ReservedDBInstanceQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ReservedDBInstanceQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ReservedDBInstanceQuotaExceededFault.prototype);
      }
    };
    var DBProxyTargetAlreadyRegisteredFault = class _DBProxyTargetAlreadyRegisteredFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBProxyTargetAlreadyRegisteredFault";
      name = "DBProxyTargetAlreadyRegisteredFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBProxyTargetAlreadyRegisteredFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBProxyTargetAlreadyRegisteredFault.prototype);
      }
    };
    var InsufficientAvailableIPsInSubnetFault = class _InsufficientAvailableIPsInSubnetFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InsufficientAvailableIPsInSubnetFault";
      name = "InsufficientAvailableIPsInSubnetFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InsufficientAvailableIPsInSubnetFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InsufficientAvailableIPsInSubnetFault.prototype);
      }
    };
    var DBClusterRoleNotFoundFault = class _DBClusterRoleNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterRoleNotFoundFault";
      name = "DBClusterRoleNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterRoleNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBClusterRoleNotFoundFault.prototype);
      }
    };
    var DBInstanceRoleNotFoundFault = class _DBInstanceRoleNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBInstanceRoleNotFoundFault";
      name = "DBInstanceRoleNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBInstanceRoleNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DBInstanceRoleNotFoundFault.prototype);
      }
    };
    var InvalidS3BucketFault = class _InvalidS3BucketFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidS3BucketFault";
      name = "InvalidS3BucketFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidS3BucketFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidS3BucketFault.prototype);
      }
    };
    var InsufficientDBClusterCapacityFault = class _InsufficientDBClusterCapacityFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InsufficientDBClusterCapacityFault";
      name = "InsufficientDBClusterCapacityFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InsufficientDBClusterCapacityFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InsufficientDBClusterCapacityFault.prototype);
      }
    };
    var InvalidRestoreFault = class _InvalidRestoreFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidRestoreFault";
      name = "InvalidRestoreFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidRestoreFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidRestoreFault.prototype);
      }
    };
    var PointInTimeRestoreNotEnabledFault = class _PointInTimeRestoreNotEnabledFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#PointInTimeRestoreNotEnabledFault";
      name = "PointInTimeRestoreNotEnabledFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "PointInTimeRestoreNotEnabledFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PointInTimeRestoreNotEnabledFault.prototype);
      }
    };
    var ExportTaskAlreadyExistsFault = class _ExportTaskAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#ExportTaskAlreadyExistsFault";
      name = "ExportTaskAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ExportTaskAlreadyExistsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ExportTaskAlreadyExistsFault.prototype);
      }
    };
    var IamRoleMissingPermissionsFault = class _IamRoleMissingPermissionsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#IamRoleMissingPermissionsFault";
      name = "IamRoleMissingPermissionsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "IamRoleMissingPermissionsFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _IamRoleMissingPermissionsFault.prototype);
      }
    };
    var IamRoleNotFoundFault = class _IamRoleNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#IamRoleNotFoundFault";
      name = "IamRoleNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "IamRoleNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _IamRoleNotFoundFault.prototype);
      }
    };
    var InvalidExportOnlyFault = class _InvalidExportOnlyFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidExportOnlyFault";
      name = "InvalidExportOnlyFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidExportOnlyFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidExportOnlyFault.prototype);
      }
    };
    var InvalidExportSourceStateFault = class _InvalidExportSourceStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidExportSourceStateFault";
      name = "InvalidExportSourceStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidExportSourceStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidExportSourceStateFault.prototype);
      }
    };
    var _A = "Auth";
    var _AA = "ApplyAction";
    var _AAAD = "AutoAppliedAfterDate";
    var _AAEF = "AuthorizationAlreadyExistsFault";
    var _AAM = "AccountAttributesMessage";
    var _AASVO = "AvailableAdditionalStorageVolumesOption";
    var _AASVOL = "AvailableAdditionalStorageVolumesOptionList";
    var _AASVOv = "AvailableAdditionalStorageVolumesOptions";
    var _ABRPA = "AwsBackupRecoveryPointArn";
    var _AC = "AvailableCapacity";
    var _ACPAZ = "AvailableCapacityPerAvailabilityZone";
    var _ACPAZL = "AvailableCapacityPerAvailabilityZoneList";
    var _ADBSGI = "AuthorizeDBSecurityGroupIngress";
    var _ADBSGIM = "AuthorizeDBSecurityGroupIngressMessage";
    var _ADBSGIR = "AuthorizeDBSecurityGroupIngressResult";
    var _ADL = "AllowDataLoss";
    var _ADP = "AdditionalDataPending";
    var _AEC = "AdditionalEncryptionContext";
    var _AEMC = "AllowEngineModeChange";
    var _AI = "AdditionalInfo";
    var _AIc = "ActionId";
    var _AIp = "ApplyImmediately";
    var _AM = "AutomationMode";
    var _AMVU = "AutoMinorVersionUpgrade";
    var _AMVUl = "AllowMajorVersionUpgrade";
    var _AMp = "ApplyMethod";
    var _AMpp = "ApplyModes";
    var _AN = "AttributeName";
    var _ANFF = "AuthorizationNotFoundFault";
    var _AP = "AutoPause";
    var _APF = "AvailableProcessorFeature";
    var _APFL = "AvailableProcessorFeatureList";
    var _APFv = "AvailableProcessorFeatures";
    var _APMA = "ApplyPendingMaintenanceAction";
    var _APMAM = "ApplyPendingMaintenanceActionMessage";
    var _APMAR = "ApplyPendingMaintenanceActionResult";
    var _APS = "AuditPolicyState";
    var _AQ = "AccountQuotas";
    var _AQEF = "AuthorizationQuotaExceededFault";
    var _AQL = "AccountQuotaList";
    var _AQN = "AccountQuotaName";
    var _AQc = "AccountQuota";
    var _AR = "AssociatedRoles";
    var _ART = "AutomaticRestartTime";
    var _ARTDBC = "AddRoleToDBCluster";
    var _ARTDBCM = "AddRoleToDBClusterMessage";
    var _ARTDBI = "AddRoleToDBInstance";
    var _ARTDBIM = "AddRoleToDBInstanceMessage";
    var _AS = "AllocatedStorage";
    var _ASA = "AuthSecretArn";
    var _ASENAFI = "ActivityStreamEngineNativeAuditFieldsIncluded";
    var _ASITS = "AddSourceIdentifierToSubscription";
    var _ASITSM = "AddSourceIdentifierToSubscriptionMessage";
    var _ASITSR = "AddSourceIdentifierToSubscriptionResult";
    var _ASKKI = "ActivityStreamKmsKeyId";
    var _ASKSN = "ActivityStreamKinesisStreamName";
    var _ASM = "ActivityStreamMode";
    var _ASPS = "ActivityStreamPolicyStatus";
    var _ASS = "ActivityStreamStatus";
    var _ASV = "AdditionalStorageVolume";
    var _ASVL = "AdditionalStorageVolumesList";
    var _ASVO = "AdditionalStorageVolumeOutput";
    var _ASVOL = "AdditionalStorageVolumesOutputList";
    var _ASVd = "AdditionalStorageVolumes";
    var _ASd = "AdditionalStorage";
    var _ASu = "AuthScheme";
    var _AT = "ApplyType";
    var _ATTR = "AddTagsToResource";
    var _ATTRM = "AddTagsToResourceMessage";
    var _AU = "AutoUpgrade";
    var _AV = "AllowedValues";
    var _AVANVIM = "AllowsVpcAndNonVpcInstanceMemberships";
    var _AVL = "AttributeValueList";
    var _AVl = "AllowedValue";
    var _AVt = "AttributeValues";
    var _AVtt = "AttributeValue";
    var _AZ = "AvailabilityZone";
    var _AZG = "AvailabilityZoneGroup";
    var _AZL = "AvailabilityZoneList";
    var _AZv = "AvailabilityZones";
    var _Ac = "Action";
    var _Ad = "Address";
    var _An = "Analysis";
    var _Ar = "Arn";
    var _BCCR = "BacktrackConsumedChangeRecords";
    var _BDBC = "BacktrackDBCluster";
    var _BDBCM = "BacktrackDBClusterMessage";
    var _BF = "BacktrackedFrom";
    var _BGD = "BlueGreenDeployment";
    var _BGDAEF = "BlueGreenDeploymentAlreadyExistsFault";
    var _BGDI = "BlueGreenDeploymentIdentifier";
    var _BGDL = "BlueGreenDeploymentList";
    var _BGDN = "BlueGreenDeploymentName";
    var _BGDNFF = "BlueGreenDeploymentNotFoundFault";
    var _BGDT = "BlueGreenDeploymentTask";
    var _BGDTL = "BlueGreenDeploymentTaskList";
    var _BGDl = "BlueGreenDeployments";
    var _BI = "BacktrackIdentifier";
    var _BPNFF = "BackupPolicyNotFoundFault";
    var _BRCT = "BacktrackRequestCreationTime";
    var _BRP = "BackupRetentionPeriod";
    var _BT = "BacktrackTo";
    var _BTa = "BackupTarget";
    var _BW = "BacktrackWindow";
    var _C = "Certificate";
    var _CA = "CertificateArn";
    var _CAC = "CrossAccountClone";
    var _CACI = "CACertificateIdentifier";
    var _CAD = "CurrentApplyDate";
    var _CAI = "CAIdentifier";
    var _CAIu = "CustomerAwsId";
    var _CAL = "ContextAttributeList";
    var _CAZNFF = "CustomAvailabilityZoneNotFoundFault";
    var _CAo = "ContextAttribute";
    var _CAon = "ContextAttributes";
    var _CBGD = "CreateBlueGreenDeployment";
    var _CBGDR = "CreateBlueGreenDeploymentRequest";
    var _CBGDRr = "CreateBlueGreenDeploymentResponse";
    var _CBT = "ConnectionBorrowTimeout";
    var _CC = "CurrentCapacity";
    var _CCA = "CopyableCrossAccount";
    var _CCDBEV = "CreateCustomDBEngineVersion";
    var _CCDBEVF = "CreateCustomDBEngineVersionFault";
    var _CCDBEVM = "CreateCustomDBEngineVersionMessage";
    var _CCPAZ = "CommittedCapacityPerAvailabilityZone";
    var _CCR = "CopyableCrossRegion";
    var _CCT = "ClusterCreateTime";
    var _CCu = "CurrencyCode";
    var _CD = "CertificateDetails";
    var _CDBC = "CreateDBCluster";
    var _CDBCE = "CreateDBClusterEndpoint";
    var _CDBCEM = "CreateDBClusterEndpointMessage";
    var _CDBCM = "CreateDBClusterMessage";
    var _CDBCPG = "CopyDBClusterParameterGroup";
    var _CDBCPGM = "CopyDBClusterParameterGroupMessage";
    var _CDBCPGMr = "CreateDBClusterParameterGroupMessage";
    var _CDBCPGR = "CopyDBClusterParameterGroupResult";
    var _CDBCPGRr = "CreateDBClusterParameterGroupResult";
    var _CDBCPGr = "CreateDBClusterParameterGroup";
    var _CDBCR = "CreateDBClusterResult";
    var _CDBCRR = "CancelDBCapacityReservationRequest";
    var _CDBCRRa = "CancelDBCapacityReservationResponse";
    var _CDBCRRr = "CreateDBCapacityReservationRequest";
    var _CDBCRRre = "CreateDBCapacityReservationResponse";
    var _CDBCRa = "CancelDBCapacityReservation";
    var _CDBCRr = "CreateDBCapacityReservation";
    var _CDBCS = "CopyDBClusterSnapshot";
    var _CDBCSM = "CopyDBClusterSnapshotMessage";
    var _CDBCSMr = "CreateDBClusterSnapshotMessage";
    var _CDBCSR = "CopyDBClusterSnapshotResult";
    var _CDBCSRr = "CreateDBClusterSnapshotResult";
    var _CDBCSr = "CreateDBClusterSnapshot";
    var _CDBEVAEF = "CustomDBEngineVersionAlreadyExistsFault";
    var _CDBEVAMI = "CustomDBEngineVersionAMI";
    var _CDBEVM = "CustomDBEngineVersionManifest";
    var _CDBEVNFF = "CustomDBEngineVersionNotFoundFault";
    var _CDBEVQEF = "CustomDBEngineVersionQuotaExceededFault";
    var _CDBI = "CreateDBInstance";
    var _CDBIM = "CreateDBInstanceMessage";
    var _CDBIR = "CreateDBInstanceResult";
    var _CDBIRR = "CreateDBInstanceReadReplica";
    var _CDBIRRM = "CreateDBInstanceReadReplicaMessage";
    var _CDBIRRR = "CreateDBInstanceReadReplicaResult";
    var _CDBP = "CreateDBProxy";
    var _CDBPE = "CreateDBProxyEndpoint";
    var _CDBPER = "CreateDBProxyEndpointRequest";
    var _CDBPERr = "CreateDBProxyEndpointResponse";
    var _CDBPG = "CopyDBParameterGroup";
    var _CDBPGM = "CopyDBParameterGroupMessage";
    var _CDBPGMr = "CreateDBParameterGroupMessage";
    var _CDBPGR = "CopyDBParameterGroupResult";
    var _CDBPGRr = "CreateDBParameterGroupResult";
    var _CDBPGr = "CreateDBParameterGroup";
    var _CDBPR = "CreateDBProxyRequest";
    var _CDBPRr = "CreateDBProxyResponse";
    var _CDBS = "CopyDBSnapshot";
    var _CDBSG = "CreateDBSecurityGroup";
    var _CDBSGM = "CreateDBSecurityGroupMessage";
    var _CDBSGMr = "CreateDBShardGroupMessage";
    var _CDBSGMre = "CreateDBSubnetGroupMessage";
    var _CDBSGR = "CreateDBSecurityGroupResult";
    var _CDBSGRr = "CreateDBSubnetGroupResult";
    var _CDBSGr = "CreateDBShardGroup";
    var _CDBSGre = "CreateDBSubnetGroup";
    var _CDBSM = "CopyDBSnapshotMessage";
    var _CDBSMr = "CreateDBSnapshotMessage";
    var _CDBSR = "CopyDBSnapshotResult";
    var _CDBSRr = "CreateDBSnapshotResult";
    var _CDBSr = "CreateDBSnapshot";
    var _CDo = "CommitmentDuration";
    var _CDr = "CreateDate";
    var _CDre = "CreatedDate";
    var _CE = "CustomEndpoints";
    var _CED = "CommitmentEndDate";
    var _CES = "CreateEventSubscription";
    var _CESM = "CreateEventSubscriptionMessage";
    var _CESR = "CreateEventSubscriptionResult";
    var _CET = "CustomEndpointType";
    var _CETM = "CancelExportTaskMessage";
    var _CETa = "CancelExportTask";
    var _CGC = "CreateGlobalCluster";
    var _CGCM = "CreateGlobalClusterMessage";
    var _CGCR = "CreateGlobalClusterResult";
    var _CGI = "CloneGroupId";
    var _CI = "CertificateIdentifier";
    var _CIDRIP = "CIDRIP";
    var _CIIP = "CustomIamInstanceProfile";
    var _CIM = "CreateIntegrationMessage";
    var _CIo = "CommitmentInfo";
    var _CIr = "CreateIntegration";
    var _CL = "CertificateList";
    var _CLEC = "CloudwatchLogsExportConfiguration";
    var _CM = "CertificateMessage";
    var _CNFF = "CertificateNotFoundFault";
    var _CO = "CustomerOverride";
    var _COG = "CopyOptionGroup";
    var _COGM = "CopyOptionGroupMessage";
    var _COGMr = "CreateOptionGroupMessage";
    var _COGR = "CopyOptionGroupResult";
    var _COGRr = "CreateOptionGroupResult";
    var _COGr = "CreateOptionGroup";
    var _COIE = "CustomerOwnedIpEnabled";
    var _COVT = "CustomerOverrideValidTill";
    var _CPAT = "ClientPasswordAuthType";
    var _CPAZ = "CapacityPerAvailabilityZone";
    var _CPC = "ConnectionPoolConfiguration";
    var _CPCI = "ConnectionPoolConfigurationInfo";
    var _CPCo = "ConnectionPoolConfig";
    var _CPMV = "ClusterPendingModifiedValues";
    var _CR = "ComputeRedundancy";
    var _CRR = "CertificateRotationRestart";
    var _CS = "CharacterSet";
    var _CSD = "CharacterSetDescription";
    var _CSI = "CustSubscriptionId";
    var _CSN = "CharacterSetName";
    var _CST = "ClusterScalabilityType";
    var _CT = "CreateTime";
    var _CTD = "CreateTenantDatabase";
    var _CTDM = "CreateTenantDatabaseMessage";
    var _CTDR = "CreateTenantDatabaseResult";
    var _CTTS = "CopyTagsToSnapshot";
    var _CTe = "CertificateType";
    var _CTo = "CopyTags";
    var _CTop = "CopyTimestamp";
    var _CTr = "CreatedTime";
    var _Ca = "Capacity";
    var _Cat = "Category";
    var _Ce = "Certificates";
    var _D = "Description";
    var _DAA = "DescribeAccountAttributes";
    var _DAAM = "DescribeAccountAttributesMessage";
    var _DAB = "DeleteAutomatedBackups";
    var _DAS = "DefaultAuthScheme";
    var _DASA = "DomainAuthSecretArn";
    var _DBC = "DBCluster";
    var _DBCA = "DBClusterArn";
    var _DBCAB = "DBClusterAutomatedBackup";
    var _DBCABA = "DBClusterAutomatedBackupsArn";
    var _DBCABL = "DBClusterAutomatedBackupList";
    var _DBCABM = "DBClusterAutomatedBackupMessage";
    var _DBCABNFF = "DBClusterAutomatedBackupNotFoundFault";
    var _DBCABQEF = "DBClusterAutomatedBackupQuotaExceededFault";
    var _DBCABl = "DBClusterAutomatedBackups";
    var _DBCAEF = "DBClusterAlreadyExistsFault";
    var _DBCAR = "DBClusterAssociatedRole";
    var _DBCARl = "DBClusterAssociatedRoles";
    var _DBCB = "DBClusterBacktrack";
    var _DBCBL = "DBClusterBacktrackList";
    var _DBCBM = "DBClusterBacktrackMessage";
    var _DBCBNFF = "DBClusterBacktrackNotFoundFault";
    var _DBCBl = "DBClusterBacktracks";
    var _DBCCI = "DBClusterCapacityInfo";
    var _DBCE = "DBClusterEndpoint";
    var _DBCEA = "DBClusterEndpointArn";
    var _DBCEAEF = "DBClusterEndpointAlreadyExistsFault";
    var _DBCEI = "DBClusterEndpointIdentifier";
    var _DBCEL = "DBClusterEndpointList";
    var _DBCEM = "DBClusterEndpointMessage";
    var _DBCENFF = "DBClusterEndpointNotFoundFault";
    var _DBCEQEF = "DBClusterEndpointQuotaExceededFault";
    var _DBCERI = "DBClusterEndpointResourceIdentifier";
    var _DBCEl = "DBClusterEndpoints";
    var _DBCI = "DBClusterIdentifier";
    var _DBCIC = "DBClusterInstanceClass";
    var _DBCIl = "DBClusterIdentifiers";
    var _DBCL = "DBClusterList";
    var _DBCM = "DBClusterMembers";
    var _DBCML = "DBClusterMemberList";
    var _DBCMl = "DBClusterMember";
    var _DBCMlu = "DBClusterMessage";
    var _DBCNFF = "DBClusterNotFoundFault";
    var _DBCOG = "DBClusterOptionGroup";
    var _DBCOGM = "DBClusterOptionGroupMemberships";
    var _DBCOGN = "DBClusterOptionGroupName";
    var _DBCOGS = "DBClusterOptionGroupStatus";
    var _DBCPG = "DBClusterParameterGroup";
    var _DBCPGA = "DBClusterParameterGroupArn";
    var _DBCPGD = "DBClusterParameterGroupDetails";
    var _DBCPGL = "DBClusterParameterGroupList";
    var _DBCPGM = "DBClusterParameterGroupsMessage";
    var _DBCPGN = "DBClusterParameterGroupName";
    var _DBCPGNFF = "DBClusterParameterGroupNotFoundFault";
    var _DBCPGNM = "DBClusterParameterGroupNameMessage";
    var _DBCPGS = "DBClusterParameterGroupStatus";
    var _DBCPGl = "DBClusterParameterGroups";
    var _DBCQEF = "DBClusterQuotaExceededFault";
    var _DBCR = "DBCapacityReservation";
    var _DBCRA = "DBCapacityReservationArn";
    var _DBCRAEF = "DBCapacityReservationAlreadyExistsFault";
    var _DBCRAEFl = "DBClusterRoleAlreadyExistsFault";
    var _DBCRCI = "DBCapacityReservationCommitmentInfo";
    var _DBCRI = "DBCapacityReservationIdentifier";
    var _DBCRL = "DBCapacityReservationList";
    var _DBCRN = "DBCapacityReservationName";
    var _DBCRNFF = "DBCapacityReservationNotFoundFault";
    var _DBCRNFFl = "DBClusterRoleNotFoundFault";
    var _DBCRQEF = "DBClusterRoleQuotaExceededFault";
    var _DBCRUF = "DBCapacityReservationUnsupportedFault";
    var _DBCRa = "DBCapacityReservations";
    var _DBCRl = "DBClusterRole";
    var _DBCRlu = "DBClusterRoles";
    var _DBCS = "DBClusterSnapshot";
    var _DBCSA = "DBClusterSnapshotArn";
    var _DBCSAEF = "DBClusterSnapshotAlreadyExistsFault";
    var _DBCSAL = "DBClusterSnapshotAttributeList";
    var _DBCSAR = "DBClusterSnapshotAttributesResult";
    var _DBCSAl = "DBClusterSnapshotAttribute";
    var _DBCSAlu = "DBClusterSnapshotAttributes";
    var _DBCSI = "DBClusterSnapshotIdentifier";
    var _DBCSIL = "DBClusterStatusInfoList";
    var _DBCSIl = "DBClusterStatusInfo";
    var _DBCSL = "DBClusterSnapshotList";
    var _DBCSM = "DBClusterSnapshotMessage";
    var _DBCSNFF = "DBClusterSnapshotNotFoundFault";
    var _DBCSl = "DBClusterSnapshots";
    var _DBCl = "DBClusters";
    var _DBED = "DBEngineDescription";
    var _DBEMT = "DBEngineMediaType";
    var _DBEV = "DBEngineVersion";
    var _DBEVA = "DBEngineVersionArn";
    var _DBEVD = "DBEngineVersionDescription";
    var _DBEVL = "DBEngineVersionList";
    var _DBEVM = "DBEngineVersionMessage";
    var _DBEVn = "DBEngineVersions";
    var _DBGD = "DeleteBlueGreenDeployment";
    var _DBGDR = "DeleteBlueGreenDeploymentRequest";
    var _DBGDRe = "DeleteBlueGreenDeploymentResponse";
    var _DBGDRes = "DescribeBlueGreenDeploymentsRequest";
    var _DBGDResc = "DescribeBlueGreenDeploymentsResponse";
    var _DBGDe = "DescribeBlueGreenDeployments";
    var _DBI = "DBInstance";
    var _DBIA = "DBInstanceArn";
    var _DBIAB = "DBInstanceAutomatedBackup";
    var _DBIABA = "DBInstanceAutomatedBackupsArn";
    var _DBIABL = "DBInstanceAutomatedBackupList";
    var _DBIABM = "DBInstanceAutomatedBackupMessage";
    var _DBIABNFF = "DBInstanceAutomatedBackupNotFoundFault";
    var _DBIABQEF = "DBInstanceAutomatedBackupQuotaExceededFault";
    var _DBIABR = "DBInstanceAutomatedBackupsReplications";
    var _DBIABRL = "DBInstanceAutomatedBackupsReplicationList";
    var _DBIABRn = "DBInstanceAutomatedBackupsReplication";
    var _DBIABn = "DBInstanceAutomatedBackups";
    var _DBIAEF = "DBInstanceAlreadyExistsFault";
    var _DBIC = "DBInstanceClass";
    var _DBICn = "DBInstanceCount";
    var _DBII = "DBInstanceIdentifier";
    var _DBIIn = "DBInstanceIdentifiers";
    var _DBIL = "DBInstanceList";
    var _DBIM = "DBInstanceMessage";
    var _DBINFF = "DBInstanceNotFoundFault";
    var _DBINRF = "DBInstanceNotReadyFault";
    var _DBIPGN = "DBInstanceParameterGroupName";
    var _DBIR = "DBInstanceRole";
    var _DBIRAEF = "DBInstanceRoleAlreadyExistsFault";
    var _DBIRNFF = "DBInstanceRoleNotFoundFault";
    var _DBIRQEF = "DBInstanceRoleQuotaExceededFault";
    var _DBIRn = "DBInstanceRoles";
    var _DBIS = "DBInstanceStatus";
    var _DBISI = "DBInstanceStatusInfo";
    var _DBISIL = "DBInstanceStatusInfoList";
    var _DBIn = "DBInstances";
    var _DBLFNFF = "DBLogFileNotFoundFault";
    var _DBMEV = "DBMajorEngineVersion";
    var _DBMEVL = "DBMajorEngineVersionsList";
    var _DBMEVa = "DBMajorEngineVersions";
    var _DBN = "DBName";
    var _DBP = "DBProxy";
    var _DBPA = "DBProxyArn";
    var _DBPAEF = "DBProxyAlreadyExistsFault";
    var _DBPE = "DBProxyEndpoint";
    var _DBPEA = "DBProxyEndpointArn";
    var _DBPEAEF = "DBProxyEndpointAlreadyExistsFault";
    var _DBPEL = "DBProxyEndpointList";
    var _DBPEN = "DBProxyEndpointName";
    var _DBPENFF = "DBProxyEndpointNotFoundFault";
    var _DBPEQEF = "DBProxyEndpointQuotaExceededFault";
    var _DBPEr = "DBProxyEndpoints";
    var _DBPG = "DBParameterGroup";
    var _DBPGA = "DBParameterGroupArn";
    var _DBPGAEF = "DBParameterGroupAlreadyExistsFault";
    var _DBPGD = "DBParameterGroupDetails";
    var _DBPGF = "DBParameterGroupFamily";
    var _DBPGL = "DBParameterGroupList";
    var _DBPGM = "DBParameterGroupsMessage";
    var _DBPGN = "DBParameterGroupName";
    var _DBPGNFF = "DBParameterGroupNotFoundFault";
    var _DBPGNM = "DBParameterGroupNameMessage";
    var _DBPGQEF = "DBParameterGroupQuotaExceededFault";
    var _DBPGS = "DBParameterGroupStatus";
    var _DBPGSL = "DBParameterGroupStatusList";
    var _DBPGa = "DBParameterGroups";
    var _DBPL = "DBProxyList";
    var _DBPN = "DBProxyName";
    var _DBPNFF = "DBProxyNotFoundFault";
    var _DBPNo = "DBPortNumber";
    var _DBPQEF = "DBProxyQuotaExceededFault";
    var _DBPT = "DBProxyTarget";
    var _DBPTARF = "DBProxyTargetAlreadyRegisteredFault";
    var _DBPTG = "DBProxyTargetGroup";
    var _DBPTGNFF = "DBProxyTargetGroupNotFoundFault";
    var _DBPTNFF = "DBProxyTargetNotFoundFault";
    var _DBPTr = "DBProxyTargets";
    var _DBPr = "DBProxies";
    var _DBR = "DBRecommendation";
    var _DBRL = "DBRecommendationList";
    var _DBRM = "DBRecommendationMessage";
    var _DBRMe = "DBRecommendationsMessage";
    var _DBRe = "DBRecommendations";
    var _DBS = "DBSnapshot";
    var _DBSA = "DBSnapshotArn";
    var _DBSAEF = "DBSnapshotAlreadyExistsFault";
    var _DBSAL = "DBSnapshotAttributeList";
    var _DBSAR = "DBSnapshotAttributesResult";
    var _DBSAn = "DBSnapshotAttribute";
    var _DBSAna = "DBSnapshotAttributes";
    var _DBSG = "DBSecurityGroup";
    var _DBSGA = "DBSecurityGroupArn";
    var _DBSGAEF = "DBSecurityGroupAlreadyExistsFault";
    var _DBSGAEFh = "DBShardGroupAlreadyExistsFault";
    var _DBSGAEFu = "DBSubnetGroupAlreadyExistsFault";
    var _DBSGAh = "DBShardGroupArn";
    var _DBSGAu = "DBSubnetGroupArn";
    var _DBSGD = "DBSecurityGroupDescription";
    var _DBSGDNCEAZ = "DBSubnetGroupDoesNotCoverEnoughAZs";
    var _DBSGDu = "DBSubnetGroupDescription";
    var _DBSGI = "DBShardGroupIdentifier";
    var _DBSGL = "DBShardGroupsList";
    var _DBSGM = "DBSecurityGroupMembership";
    var _DBSGML = "DBSecurityGroupMembershipList";
    var _DBSGMe = "DBSecurityGroupMessage";
    var _DBSGMec = "DBSecurityGroupMemberships";
    var _DBSGMu = "DBSubnetGroupMessage";
    var _DBSGN = "DBSecurityGroupName";
    var _DBSGNAF = "DBSubnetGroupNotAllowedFault";
    var _DBSGNFF = "DBSecurityGroupNotFoundFault";
    var _DBSGNFFh = "DBShardGroupNotFoundFault";
    var _DBSGNFFu = "DBSubnetGroupNotFoundFault";
    var _DBSGNL = "DBSecurityGroupNameList";
    var _DBSGNSF = "DBSecurityGroupNotSupportedFault";
    var _DBSGNu = "DBSubnetGroupName";
    var _DBSGQEF = "DBSecurityGroupQuotaExceededFault";
    var _DBSGQEFu = "DBSubnetGroupQuotaExceededFault";
    var _DBSGRI = "DBShardGroupResourceId";
    var _DBSGe = "DBSecurityGroups";
    var _DBSGh = "DBShardGroup";
    var _DBSGha = "DBShardGroups";
    var _DBSGu = "DBSubnetGroup";
    var _DBSGub = "DBSubnetGroups";
    var _DBSI = "DBSystemId";
    var _DBSIn = "DBSnapshotIdentifier";
    var _DBSL = "DBSnapshotList";
    var _DBSM = "DBSnapshotMessage";
    var _DBSNFF = "DBSnapshotNotFoundFault";
    var _DBSQEF = "DBSubnetQuotaExceededFault";
    var _DBSTD = "DBSnapshotTenantDatabase";
    var _DBSTDARN = "DBSnapshotTenantDatabaseARN";
    var _DBSTDL = "DBSnapshotTenantDatabasesList";
    var _DBSTDM = "DBSnapshotTenantDatabasesMessage";
    var _DBSTDNFF = "DBSnapshotTenantDatabaseNotFoundFault";
    var _DBSTDn = "DBSnapshotTenantDatabases";
    var _DBSn = "DBSnapshots";
    var _DBUDFF = "DBUpgradeDependencyFailureFault";
    var _DC = "DescribeCertificates";
    var _DCDBEV = "DeleteCustomDBEngineVersion";
    var _DCDBEVM = "DeleteCustomDBEngineVersionMessage";
    var _DCFNL = "DefaultCertificateForNewLaunches";
    var _DCI = "DbClusterIdentifier";
    var _DCM = "DescribeCertificatesMessage";
    var _DCRI = "DbClusterResourceId";
    var _DCS = "DefaultCharacterSet";
    var _DD = "DisableDomain";
    var _DDBC = "DeleteDBCluster";
    var _DDBCAB = "DeleteDBClusterAutomatedBackup";
    var _DDBCABM = "DeleteDBClusterAutomatedBackupMessage";
    var _DDBCABMe = "DescribeDBClusterAutomatedBackupsMessage";
    var _DDBCABR = "DeleteDBClusterAutomatedBackupResult";
    var _DDBCABe = "DescribeDBClusterAutomatedBackups";
    var _DDBCB = "DescribeDBClusterBacktracks";
    var _DDBCBM = "DescribeDBClusterBacktracksMessage";
    var _DDBCE = "DeleteDBClusterEndpoint";
    var _DDBCEM = "DeleteDBClusterEndpointMessage";
    var _DDBCEMe = "DescribeDBClusterEndpointsMessage";
    var _DDBCEe = "DescribeDBClusterEndpoints";
    var _DDBCM = "DeleteDBClusterMessage";
    var _DDBCMe = "DescribeDBClustersMessage";
    var _DDBCP = "DescribeDBClusterParameters";
    var _DDBCPG = "DeleteDBClusterParameterGroup";
    var _DDBCPGM = "DeleteDBClusterParameterGroupMessage";
    var _DDBCPGMe = "DescribeDBClusterParameterGroupsMessage";
    var _DDBCPGe = "DescribeDBClusterParameterGroups";
    var _DDBCPM = "DescribeDBClusterParametersMessage";
    var _DDBCR = "DeleteDBClusterResult";
    var _DDBCRR = "DescribeDBCapacityReservationsRequest";
    var _DDBCRRe = "DescribeDBCapacityReservationsResponse";
    var _DDBCRe = "DescribeDBCapacityReservations";
    var _DDBCS = "DeleteDBClusterSnapshot";
    var _DDBCSA = "DescribeDBClusterSnapshotAttributes";
    var _DDBCSAM = "DescribeDBClusterSnapshotAttributesMessage";
    var _DDBCSAR = "DescribeDBClusterSnapshotAttributesResult";
    var _DDBCSM = "DeleteDBClusterSnapshotMessage";
    var _DDBCSMe = "DescribeDBClusterSnapshotsMessage";
    var _DDBCSR = "DeleteDBClusterSnapshotResult";
    var _DDBCSe = "DescribeDBClusterSnapshots";
    var _DDBCe = "DescribeDBClusters";
    var _DDBEV = "DescribeDBEngineVersions";
    var _DDBEVM = "DescribeDBEngineVersionsMessage";
    var _DDBI = "DeleteDBInstance";
    var _DDBIAB = "DeleteDBInstanceAutomatedBackup";
    var _DDBIABM = "DeleteDBInstanceAutomatedBackupMessage";
    var _DDBIABMe = "DescribeDBInstanceAutomatedBackupsMessage";
    var _DDBIABR = "DeleteDBInstanceAutomatedBackupResult";
    var _DDBIABe = "DescribeDBInstanceAutomatedBackups";
    var _DDBIM = "DeleteDBInstanceMessage";
    var _DDBIMe = "DescribeDBInstancesMessage";
    var _DDBIR = "DeleteDBInstanceResult";
    var _DDBIe = "DescribeDBInstances";
    var _DDBLF = "DescribeDBLogFiles";
    var _DDBLFD = "DescribeDBLogFilesDetails";
    var _DDBLFL = "DescribeDBLogFilesList";
    var _DDBLFM = "DescribeDBLogFilesMessage";
    var _DDBLFP = "DownloadDBLogFilePortion";
    var _DDBLFPD = "DownloadDBLogFilePortionDetails";
    var _DDBLFPM = "DownloadDBLogFilePortionMessage";
    var _DDBLFR = "DescribeDBLogFilesResponse";
    var _DDBMEV = "DescribeDBMajorEngineVersions";
    var _DDBMEVR = "DescribeDBMajorEngineVersionsRequest";
    var _DDBMEVRe = "DescribeDBMajorEngineVersionsResponse";
    var _DDBP = "DeleteDBProxy";
    var _DDBPE = "DeleteDBProxyEndpoint";
    var _DDBPER = "DeleteDBProxyEndpointRequest";
    var _DDBPERe = "DeleteDBProxyEndpointResponse";
    var _DDBPERes = "DescribeDBProxyEndpointsRequest";
    var _DDBPEResc = "DescribeDBProxyEndpointsResponse";
    var _DDBPEe = "DescribeDBProxyEndpoints";
    var _DDBPG = "DeleteDBParameterGroup";
    var _DDBPGM = "DeleteDBParameterGroupMessage";
    var _DDBPGMe = "DescribeDBParameterGroupsMessage";
    var _DDBPGe = "DescribeDBParameterGroups";
    var _DDBPM = "DescribeDBParametersMessage";
    var _DDBPR = "DeleteDBProxyRequest";
    var _DDBPRe = "DeleteDBProxyResponse";
    var _DDBPRes = "DescribeDBProxiesRequest";
    var _DDBPResc = "DescribeDBProxiesResponse";
    var _DDBPT = "DeregisterDBProxyTargets";
    var _DDBPTG = "DescribeDBProxyTargetGroups";
    var _DDBPTGR = "DescribeDBProxyTargetGroupsRequest";
    var _DDBPTGRe = "DescribeDBProxyTargetGroupsResponse";
    var _DDBPTR = "DeregisterDBProxyTargetsRequest";
    var _DDBPTRe = "DeregisterDBProxyTargetsResponse";
    var _DDBPTRes = "DescribeDBProxyTargetsRequest";
    var _DDBPTResc = "DescribeDBProxyTargetsResponse";
    var _DDBPTe = "DescribeDBProxyTargets";
    var _DDBPe = "DescribeDBParameters";
    var _DDBPes = "DescribeDBProxies";
    var _DDBR = "DescribeDBRecommendations";
    var _DDBRM = "DescribeDBRecommendationsMessage";
    var _DDBS = "DeleteDBSnapshot";
    var _DDBSA = "DescribeDBSnapshotAttributes";
    var _DDBSAM = "DescribeDBSnapshotAttributesMessage";
    var _DDBSAR = "DescribeDBSnapshotAttributesResult";
    var _DDBSG = "DeleteDBSecurityGroup";
    var _DDBSGM = "DeleteDBSecurityGroupMessage";
    var _DDBSGMe = "DeleteDBShardGroupMessage";
    var _DDBSGMel = "DeleteDBSubnetGroupMessage";
    var _DDBSGMes = "DescribeDBSecurityGroupsMessage";
    var _DDBSGMesc = "DescribeDBShardGroupsMessage";
    var _DDBSGMescr = "DescribeDBSubnetGroupsMessage";
    var _DDBSGR = "DescribeDBShardGroupsResponse";
    var _DDBSGe = "DeleteDBShardGroup";
    var _DDBSGel = "DeleteDBSubnetGroup";
    var _DDBSGes = "DescribeDBSecurityGroups";
    var _DDBSGesc = "DescribeDBShardGroups";
    var _DDBSGescr = "DescribeDBSubnetGroups";
    var _DDBSM = "DeleteDBSnapshotMessage";
    var _DDBSMe = "DescribeDBSnapshotsMessage";
    var _DDBSR = "DeleteDBSnapshotResult";
    var _DDBSTD = "DescribeDBSnapshotTenantDatabases";
    var _DDBSTDM = "DescribeDBSnapshotTenantDatabasesMessage";
    var _DDBSe = "DescribeDBSnapshots";
    var _DDI = "DomainDnsIps";
    var _DE = "DescribeEvents";
    var _DEC = "DescribeEventCategories";
    var _DECM = "DescribeEventCategoriesMessage";
    var _DEDCP = "DescribeEngineDefaultClusterParameters";
    var _DEDCPM = "DescribeEngineDefaultClusterParametersMessage";
    var _DEDCPR = "DescribeEngineDefaultClusterParametersResult";
    var _DEDP = "DescribeEngineDefaultParameters";
    var _DEDPM = "DescribeEngineDefaultParametersMessage";
    var _DEDPR = "DescribeEngineDefaultParametersResult";
    var _DEM = "DescribeEventsMessage";
    var _DES = "DeleteEventSubscription";
    var _DESM = "DeleteEventSubscriptionMessage";
    var _DESMe = "DescribeEventSubscriptionsMessage";
    var _DESR = "DeleteEventSubscriptionResult";
    var _DESe = "DescribeEventSubscriptions";
    var _DET = "DescribeExportTasks";
    var _DETM = "DescribeExportTasksMessage";
    var _DF = "DomainFqdn";
    var _DFDBCR = "DetachFromDBCapacityReservation";
    var _DFa = "DataFilter";
    var _DGC = "DeleteGlobalCluster";
    var _DGCM = "DeleteGlobalClusterMessage";
    var _DGCMe = "DescribeGlobalClustersMessage";
    var _DGCR = "DeleteGlobalClusterResult";
    var _DGCe = "DescribeGlobalClusters";
    var _DHE = "DisableHttpEndpoint";
    var _DHER = "DisableHttpEndpointRequest";
    var _DHERi = "DisableHttpEndpointResponse";
    var _DI = "DnsIps";
    var _DIAMRN = "DomainIAMRoleName";
    var _DIF = "DatabaseInstallationFiles";
    var _DIFSBN = "DatabaseInstallationFilesS3BucketName";
    var _DIFSP = "DatabaseInstallationFilesS3Prefix";
    var _DIM = "DatabaseInsightsMode";
    var _DIMe = "DeleteIntegrationMessage";
    var _DIMes = "DescribeIntegrationsMessage";
    var _DIP = "DbInstancePort";
    var _DIR = "DescribeIntegrationsResponse";
    var _DIe = "DeleteIntegration";
    var _DIes = "DescribeIntegrations";
    var _DL = "DebugLogging";
    var _DLL = "DocLinkList";
    var _DLT = "DisableLogTypes";
    var _DLV = "DedicatedLogVolume";
    var _DLo = "DocLink";
    var _DM = "DomainMemberships";
    var _DML = "DomainMembershipList";
    var _DMo = "DomainMembership";
    var _DN = "DatabaseName";
    var _DNFF = "DomainNotFoundFault";
    var _DO = "DomainOu";
    var _DODBIO = "DescribeOrderableDBInstanceOptions";
    var _DODBIOM = "DescribeOrderableDBInstanceOptionsMessage";
    var _DOG = "DeleteOptionGroup";
    var _DOGM = "DeleteOptionGroupMessage";
    var _DOGMe = "DescribeOptionGroupsMessage";
    var _DOGO = "DescribeOptionGroupOptions";
    var _DOGOM = "DescribeOptionGroupOptionsMessage";
    var _DOGe = "DescribeOptionGroups";
    var _DOe = "DefaultOnly";
    var _DP = "DeletionProtection";
    var _DPMA = "DescribePendingMaintenanceActions";
    var _DPMAM = "DescribePendingMaintenanceActionsMessage";
    var _DPe = "DefaultPort";
    var _DR = "DoubleRange";
    var _DRDBI = "DescribeReservedDBInstances";
    var _DRDBIM = "DescribeReservedDBInstancesMessage";
    var _DRDBIO = "DescribeReservedDBInstancesOfferings";
    var _DRDBIOM = "DescribeReservedDBInstancesOfferingsMessage";
    var _DRI = "DbiResourceId";
    var _DRL = "DoubleRangeList";
    var _DSR = "DescribeSourceRegions";
    var _DSRM = "DescribeSourceRegionsMessage";
    var _DSVPV = "DescribeServerlessV2PlatformVersions";
    var _DSVPVM = "DescribeServerlessV2PlatformVersionsMessage";
    var _DT = "DeleteTime";
    var _DTD = "DeleteTenantDatabase";
    var _DTDM = "DeleteTenantDatabaseMessage";
    var _DTDMe = "DescribeTenantDatabasesMessage";
    var _DTDR = "DeleteTenantDatabaseResult";
    var _DTDe = "DescribeTenantDatabases";
    var _DTa = "DataType";
    var _DTe = "DeleteTarget";
    var _DV = "DefaultValue";
    var _DVDBIM = "DescribeValidDBInstanceModifications";
    var _DVDBIMM = "DescribeValidDBInstanceModificationsMessage";
    var _DVDBIMR = "DescribeValidDBInstanceModificationsResult";
    var _Da = "Date";
    var _De = "Detection";
    var _Di = "Dimensions";
    var _Do = "Domain";
    var _Du = "Duration";
    var _E = "Engine";
    var _EBT = "EarliestBacktrackTime";
    var _EC = "EventCategories";
    var _ECL = "EventCategoriesList";
    var _ECLE = "EnableCloudwatchLogsExports";
    var _ECLEn = "EnabledCloudwatchLogsExports";
    var _ECM = "EventCategoriesMap";
    var _ECML = "EventCategoriesMapList";
    var _ECMv = "EventCategoriesMessage";
    var _ECOI = "EnableCustomerOwnedIp";
    var _ECSG = "EC2SecurityGroups";
    var _ECSGI = "EC2SecurityGroupId";
    var _ECSGL = "EC2SecurityGroupList";
    var _ECSGN = "EC2SecurityGroupName";
    var _ECSGOI = "EC2SecurityGroupOwnerId";
    var _ECSGe = "EC2SecurityGroup";
    var _ECr = "ErrorCode";
    var _ECv = "EventCategory";
    var _ED = "EndDate";
    var _EDT = "EndDateType";
    var _EDn = "EngineDefaults";
    var _EF = "EngineFamily";
    var _EGWF = "EnableGlobalWriteForwarding";
    var _EHE = "EnableHttpEndpoint";
    var _EHER = "EnableHttpEndpointRequest";
    var _EHERn = "EnableHttpEndpointResponse";
    var _EIAG = "EnableInternetAccessGateway";
    var _EIAMDA = "EnableIAMDatabaseAuthentication";
    var _EIPNSF = "Ec2ImagePropertiesNotSupportedFault";
    var _EL = "EventList";
    var _ELD = "EnableLimitlessDatabase";
    var _ELS = "EngineLifecycleSupport";
    var _ELT = "EnableLogTypes";
    var _ELTx = "ExportableLogTypes";
    var _ELWF = "EnableLocalWriteForwarding";
    var _EM = "ExcludedMembers";
    var _EMRA = "EnhancedMonitoringResourceArn";
    var _EMn = "EngineMode";
    var _EMr = "ErrorMessage";
    var _EMv = "EventsMessage";
    var _EN = "EngineName";
    var _ENAFI = "EngineNativeAuditFieldsIncluded";
    var _ENT = "EndpointNetworkType";
    var _EO = "ExportOnly";
    var _EPI = "EnablePerformanceInsights";
    var _ERT = "EarliestRestorableTime";
    var _ES = "EventSubscription";
    var _ESA = "EventSubscriptionArn";
    var _ESL = "EventSubscriptionsList";
    var _ESM = "EventSubscriptionsMessage";
    var _ESQEF = "EventSubscriptionQuotaExceededFault";
    var _ET = "EndpointType";
    var _ETAEF = "ExportTaskAlreadyExistsFault";
    var _ETI = "ExportTaskIdentifier";
    var _ETL = "ExportTasksList";
    var _ETM = "ExportTasksMessage";
    var _ETNFF = "ExportTaskNotFoundFault";
    var _ETa = "EarliestTime";
    var _ETn = "EndTime";
    var _ETx = "ExportTask";
    var _ETxp = "ExportTasks";
    var _EV = "EngineVersion";
    var _EVPCN = "EnableVPCNetworking";
    var _En = "Enabled";
    var _Enc = "Encrypted";
    var _End = "Endpoint";
    var _Er = "Errors";
    var _Ev = "Event";
    var _Eve = "Events";
    var _F = "Force";
    var _FAD = "ForcedApplyDate";
    var _FC = "FilenameContains";
    var _FCa = "FailureCause";
    var _FDBC = "FailoverDBCluster";
    var _FDBCM = "FailoverDBClusterMessage";
    var _FDBCR = "FailoverDBClusterResult";
    var _FDBSI = "FinalDBSnapshotIdentifier";
    var _FDCA = "FromDbClusterArn";
    var _FF = "ForceFailover";
    var _FGC = "FailoverGlobalCluster";
    var _FGCM = "FailoverGlobalClusterMessage";
    var _FGCR = "FailoverGlobalClusterResult";
    var _FL = "FilterList";
    var _FLW = "FileLastWritten";
    var _FN = "FeatureName";
    var _FP = "FixedPrice";
    var _FQDN = "FQDN";
    var _FR = "FailureReason";
    var _FS = "FileSize";
    var _FSSIB = "FullSnapshotSizeInBytes";
    var _FSa = "FailoverState";
    var _FVL = "FilterValueList";
    var _Fi = "Filters";
    var _Fil = "Filter";
    var _Fr = "From";
    var _G = "Group";
    var _GB = "GroupBy";
    var _GC = "GlobalCluster";
    var _GCA = "GlobalClusterArn";
    var _GCAEF = "GlobalClusterAlreadyExistsFault";
    var _GCI = "GlobalClusterIdentifier";
    var _GCL = "GlobalClusterList";
    var _GCM = "GlobalClusterMembers";
    var _GCML = "GlobalClusterMemberList";
    var _GCMl = "GlobalClusterMember";
    var _GCMlo = "GlobalClustersMessage";
    var _GCNFF = "GlobalClusterNotFoundFault";
    var _GCQEF = "GlobalClusterQuotaExceededFault";
    var _GCRI = "GlobalClusterResourceId";
    var _GCl = "GlobalClusters";
    var _GWFR = "GlobalWriteForwardingRequested";
    var _GWFS = "GlobalWriteForwardingStatus";
    var _HEE = "HttpEndpointEnabled";
    var _HZI = "HostedZoneId";
    var _I = "Iops";
    var _IA = "IncludeAll";
    var _IAEF = "IntegrationAlreadyExistsFault";
    var _IAGE = "InternetAccessGatewayEnabled";
    var _IAIPISF = "InsufficientAvailableIPsInSubnetFault";
    var _IAMA = "IAMAuth";
    var _IAMDAE = "IAMDatabaseAuthenticationEnabled";
    var _IAMRN = "IAMRoleName";
    var _IAn = "IntegrationArn";
    var _IBGDSF = "InvalidBlueGreenDeploymentStateFault";
    var _IC = "IsCollection";
    var _ICDBEVSF = "InvalidCustomDBEngineVersionStateFault";
    var _ICOF = "IntegrationConflictOperationFault";
    var _ICT = "IdleClientTimeout";
    var _ICTn = "InstanceCreateTime";
    var _ICW = "IsClusterWriter";
    var _ID = "IsDefault";
    var _IDBCABSF = "InvalidDBClusterAutomatedBackupStateFault";
    var _IDBCCF = "InsufficientDBClusterCapacityFault";
    var _IDBCCFn = "InvalidDBClusterCapacityFault";
    var _IDBCESF = "InvalidDBClusterEndpointStateFault";
    var _IDBCRSF = "InvalidDBCapacityReservationStateFault";
    var _IDBCSF = "InvalidDBClusterStateFault";
    var _IDBCSSF = "InvalidDBClusterSnapshotStateFault";
    var _IDBIABSF = "InvalidDBInstanceAutomatedBackupStateFault";
    var _IDBICF = "InsufficientDBInstanceCapacityFault";
    var _IDBISF = "InvalidDBInstanceStateFault";
    var _IDBPESF = "InvalidDBProxyEndpointStateFault";
    var _IDBPGSF = "InvalidDBParameterGroupStateFault";
    var _IDBPSF = "InvalidDBProxyStateFault";
    var _IDBSGF = "InvalidDBSubnetGroupFault";
    var _IDBSGSF = "InvalidDBSecurityGroupStateFault";
    var _IDBSGSFn = "InvalidDBShardGroupStateFault";
    var _IDBSGSFnv = "InvalidDBSubnetGroupStateFault";
    var _IDBSSF = "InvalidDBSnapshotStateFault";
    var _IDBSSFn = "InvalidDBSubnetStateFault";
    var _IDLA = "IsDataLossAllowed";
    var _IDs = "IssueDetails";
    var _IE = "IntegrationError";
    var _IEL = "IntegrationErrorList";
    var _IEOF = "InvalidExportOnlyFault";
    var _IESSF = "InvalidEventSubscriptionStateFault";
    var _IESSFn = "InvalidExportSourceStateFault";
    var _IETSF = "InvalidExportTaskStateFault";
    var _IGCSF = "InvalidGlobalClusterStateFault";
    var _II = "ImageId";
    var _IISF = "InvalidIntegrationStateFault";
    var _IIn = "IntegrationIdentifier";
    var _IL = "IntegrationList";
    var _IM = "IsModifiable";
    var _IMVU = "IsMajorVersionUpgrade";
    var _IN = "IntegrationName";
    var _INFF = "IntegrationNotFoundFault";
    var _IOGSF = "InvalidOptionGroupStateFault";
    var _IOONAMT = "IOOptimizedNextAllowedModificationTime";
    var _IOPS = "IOPS";
    var _IP = "IncludePublic";
    var _IPR = "IPRanges";
    var _IPRL = "IPRangeList";
    var _IPRa = "IPRange";
    var _IQ = "InitQuery";
    var _IQEF = "InstanceQuotaExceededFault";
    var _IQEFn = "IntegrationQuotaExceededFault";
    var _IR = "IsRequired";
    var _IRA = "IamRoleArn";
    var _IRF = "InvalidRestoreFault";
    var _IRMPF = "IamRoleMissingPermissionsFault";
    var _IRNFF = "IamRoleNotFoundFault";
    var _IRSF = "InvalidResourceStateFault";
    var _IS = "InvalidSubnet";
    var _ISBF = "InvalidS3BucketFault";
    var _ISCCF = "InsufficientStorageClusterCapacityFault";
    var _ISCUA = "IsStorageConfigUpgradeAvailable";
    var _ISI = "InterconnectSubnetId";
    var _ISn = "IncludeShared";
    var _ITSR = "IopsToStorageRatio";
    var _IVPCNSF = "InvalidVPCNetworkStateFault";
    var _IW = "IsWriter";
    var _Im = "Image";
    var _Imp = "Impact";
    var _In = "Integrations";
    var _Int = "Integration";
    var _K = "Key";
    var _KKI = "KmsKeyId";
    var _KMSKI = "KMSKeyId";
    var _KMSKNAF = "KMSKeyNotAccessibleFault";
    var _KSN = "KinesisStreamName";
    var _L = "Links";
    var _LD = "LimitlessDatabase";
    var _LE = "ListenerEndpoint";
    var _LFD = "LogFileData";
    var _LFN = "LogFileName";
    var _LI = "LeaseId";
    var _LM = "LicenseModel";
    var _LRT = "LatestRestorableTime";
    var _LSCS = "ListSupportedCharacterSets";
    var _LSED = "LifecycleSupportEndDate";
    var _LSN = "LifecycleSupportName";
    var _LSSD = "LifecycleSupportStartDate";
    var _LST = "ListSupportedTimezones";
    var _LT = "LatestTime";
    var _LTFR = "ListTagsForResource";
    var _LTFRM = "ListTagsForResourceMessage";
    var _LTTD = "LogTypesToDisable";
    var _LTTE = "LogTypesToEnable";
    var _LUA = "LastUpdatedAfter";
    var _LUB = "LastUpdatedBefore";
    var _LW = "LastWritten";
    var _LWFS = "LocalWriteForwardingStatus";
    var _Li = "Limit";
    var _Lo = "Locale";
    var _M = "Max";
    var _MACU = "MaxACU";
    var _MACUi = "MinACU";
    var _MAS = "MaxAllocatedStorage";
    var _MASR = "ModifyActivityStreamRequest";
    var _MASRo = "ModifyActivityStreamResponse";
    var _MASV = "ModifyAdditionalStorageVolume";
    var _MASVL = "ModifyAdditionalStorageVolumesList";
    var _MASo = "ModifyActivityStream";
    var _MAZ = "MultiAZ";
    var _MAZC = "MultiAZCapable";
    var _MC = "MinCapacity";
    var _MCDBCC = "ModifyCurrentDBClusterCapacity";
    var _MCDBCCM = "ModifyCurrentDBClusterCapacityMessage";
    var _MCDBEV = "ModifyCustomDBEngineVersion";
    var _MCDBEVM = "ModifyCustomDBEngineVersionMessage";
    var _MCM = "ModifyCertificatesMessage";
    var _MCP = "MaxConnectionsPercent";
    var _MCR = "ModifyCertificatesResult";
    var _MCa = "MaxCapacity";
    var _MCo = "ModifyCertificates";
    var _MDBC = "ModifyDBCluster";
    var _MDBCE = "ModifyDBClusterEndpoint";
    var _MDBCEM = "ModifyDBClusterEndpointMessage";
    var _MDBCM = "ModifyDBClusterMessage";
    var _MDBCPG = "ModifyDBClusterParameterGroup";
    var _MDBCPGM = "ModifyDBClusterParameterGroupMessage";
    var _MDBCR = "ModifyDBClusterResult";
    var _MDBCRR = "ModifyDBCapacityReservationRequest";
    var _MDBCRRo = "ModifyDBCapacityReservationResponse";
    var _MDBCRo = "ModifyDBCapacityReservation";
    var _MDBCSA = "ModifyDBClusterSnapshotAttribute";
    var _MDBCSAM = "ModifyDBClusterSnapshotAttributeMessage";
    var _MDBCSAR = "ModifyDBClusterSnapshotAttributeResult";
    var _MDBI = "ModifyDBInstance";
    var _MDBIM = "ModifyDBInstanceMessage";
    var _MDBIR = "ModifyDBInstanceResult";
    var _MDBP = "ModifyDBProxy";
    var _MDBPE = "ModifyDBProxyEndpoint";
    var _MDBPER = "ModifyDBProxyEndpointRequest";
    var _MDBPERo = "ModifyDBProxyEndpointResponse";
    var _MDBPG = "ModifyDBParameterGroup";
    var _MDBPGM = "ModifyDBParameterGroupMessage";
    var _MDBPR = "ModifyDBProxyRequest";
    var _MDBPRo = "ModifyDBProxyResponse";
    var _MDBPTG = "ModifyDBProxyTargetGroup";
    var _MDBPTGR = "ModifyDBProxyTargetGroupRequest";
    var _MDBPTGRo = "ModifyDBProxyTargetGroupResponse";
    var _MDBR = "ModifyDBRecommendation";
    var _MDBRM = "ModifyDBRecommendationMessage";
    var _MDBS = "ModifyDBSnapshot";
    var _MDBSA = "ModifyDBSnapshotAttribute";
    var _MDBSAM = "ModifyDBSnapshotAttributeMessage";
    var _MDBSAR = "ModifyDBSnapshotAttributeResult";
    var _MDBSG = "ModifyDBShardGroup";
    var _MDBSGLR = "MaxDBShardGroupLimitReached";
    var _MDBSGM = "ModifyDBShardGroupMessage";
    var _MDBSGMo = "ModifyDBSubnetGroupMessage";
    var _MDBSGR = "ModifyDBSubnetGroupResult";
    var _MDBSGo = "ModifyDBSubnetGroup";
    var _MDBSM = "ModifyDBSnapshotMessage";
    var _MDBSR = "ModifyDBSnapshotResult";
    var _MES = "ModifyEventSubscription";
    var _MESM = "ModifyEventSubscriptionMessage";
    var _MESR = "ModifyEventSubscriptionResult";
    var _MEV = "MajorEngineVersion";
    var _MEVPAV = "MinimumEngineVersionPerAllowedValue";
    var _MEVPAVL = "MinimumEngineVersionPerAllowedValueList";
    var _MEVi = "MinimumEngineVersion";
    var _MGC = "ModifyGlobalCluster";
    var _MGCM = "ModifyGlobalClusterMessage";
    var _MGCR = "ModifyGlobalClusterResult";
    var _MI = "MinIops";
    var _MICP = "MaxIdleConnectionsPercent";
    var _MIM = "ModifyIntegrationMessage";
    var _MIPDI = "MinIopsPerDbInstance";
    var _MIPDIa = "MaxIopsPerDbInstance";
    var _MIPG = "MinIopsPerGib";
    var _MIPGa = "MaxIopsPerGib";
    var _MIa = "MaxIops";
    var _MIo = "MonitoringInterval";
    var _MIod = "ModifyIntegration";
    var _ML = "MetricList";
    var _MMUP = "ManageMasterUserPassword";
    var _MOG = "ModifyOptionGroup";
    var _MOGM = "ModifyOptionGroupMessage";
    var _MOGR = "ModifyOptionGroupResult";
    var _MQ = "MetricQuery";
    var _MR = "MaxRecords";
    var _MRA = "MonitoringRoleArn";
    var _MRACU = "MinRequiredACU";
    var _MRL = "MetricReferenceList";
    var _MRMEV = "MinimumRequiredMinorEngineVersion";
    var _MRe = "MetricReference";
    var _MSS = "MinStorageSize";
    var _MSSa = "MaxStorageSize";
    var _MST = "MinStorageThroughput";
    var _MSTPDI = "MinStorageThroughputPerDbInstance";
    var _MSTPDIa = "MaxStorageThroughputPerDbInstance";
    var _MSTPI = "MinStorageThroughputPerIops";
    var _MSTPIa = "MaxStorageThroughputPerIops";
    var _MSTa = "MaxStorageThroughput";
    var _MT = "MultiTenant";
    var _MTD = "ModifyTenantDatabase";
    var _MTDM = "ModifyTenantDatabaseMessage";
    var _MTDR = "ModifyTenantDatabaseResult";
    var _MU = "MasterUsername";
    var _MUAT = "MasterUserAuthenticationType";
    var _MUP = "MasterUserPassword";
    var _MUS = "MasterUserSecret";
    var _MUSKKI = "MasterUserSecretKmsKeyId";
    var _Ma = "Marker";
    var _Man = "Manifest";
    var _Me = "Message";
    var _Met = "Metric";
    var _Metr = "Metrics";
    var _Mo = "Mode";
    var _N = "Name";
    var _NCSN = "NcharCharacterSetName";
    var _NDBCI = "NewDBClusterIdentifier";
    var _NDBII = "NewDBInstanceIdentifier";
    var _NDBPEN = "NewDBProxyEndpointName";
    var _NDBPN = "NewDBProxyName";
    var _NGCI = "NewGlobalClusterIdentifier";
    var _NN = "NewName";
    var _NOL = "NumberOfLines";
    var _NT = "NetworkType";
    var _NTDBN = "NewTenantDBName";
    var _NTNS = "NetworkTypeNotSupported";
    var _No = "Normal";
    var _O = "Option";
    var _OC = "OptionConfiguration";
    var _OCL = "OptionConfigurationList";
    var _OCN = "OptionConflictName";
    var _OCW = "OptionsConflictsWith";
    var _OCu = "OutpostCapable";
    var _OD = "OptionDescription";
    var _ODBIO = "OrderableDBInstanceOption";
    var _ODBIOL = "OrderableDBInstanceOptionsList";
    var _ODBIOM = "OrderableDBInstanceOptionsMessage";
    var _ODBIOr = "OrderableDBInstanceOptions";
    var _ODO = "OptionsDependedOn";
    var _OG = "OptionGroup";
    var _OGA = "OptionGroupArn";
    var _OGAEF = "OptionGroupAlreadyExistsFault";
    var _OGD = "OptionGroupDescription";
    var _OGL = "OptionGroupsList";
    var _OGM = "OptionGroupMemberships";
    var _OGML = "OptionGroupMembershipList";
    var _OGMp = "OptionGroupMembership";
    var _OGN = "OptionGroupName";
    var _OGNFF = "OptionGroupNotFoundFault";
    var _OGO = "OptionGroupOption";
    var _OGOL = "OptionGroupOptionsList";
    var _OGOM = "OptionGroupOptionsMessage";
    var _OGOS = "OptionGroupOptionSettings";
    var _OGOSL = "OptionGroupOptionSettingsList";
    var _OGOSp = "OptionGroupOptionSetting";
    var _OGOV = "OptionGroupOptionVersions";
    var _OGOVL = "OptionGroupOptionVersionsList";
    var _OGOp = "OptionGroupOptions";
    var _OGQEF = "OptionGroupQuotaExceededFault";
    var _OGp = "OptionGroups";
    var _OI = "OwnerId";
    var _OIS = "OptInStatus";
    var _OIT = "OptInType";
    var _OL = "OptionsList";
    var _ON = "OptionName";
    var _OS = "OptionSettings";
    var _OSCL = "OptionSettingConfigurationList";
    var _OSCT = "OriginalSnapshotCreateTime";
    var _OSL = "OptionSettingsList";
    var _OSS = "OperatorSensitiveString";
    var _OSp = "OptionSetting";
    var _OT = "OfferingType";
    var _OTI = "OptionsToInclude";
    var _OTR = "OptionsToRemove";
    var _OU = "OU";
    var _OV = "OptionVersion";
    var _Op = "Options";
    var _Ope = "Operation";
    var _Ou = "Outpost";
    var _P = "Port";
    var _PA = "PubliclyAccessible";
    var _PAS = "ParameterApplyStatus";
    var _PBW = "PreferredBackupWindow";
    var _PC = "PendingCapacity";
    var _PCLE = "PendingCloudwatchLogsExports";
    var _PD = "ProductDescription";
    var _PF = "ProcessorFeatures";
    var _PFL = "ProcessorFeatureList";
    var _PFr = "ProcessorFeature";
    var _PI = "ProvisionedIops";
    var _PID = "PerformanceIssueDetails";
    var _PIE = "PerformanceInsightsEnabled";
    var _PIKMSKI = "PerformanceInsightsKMSKeyId";
    var _PIMDG = "PerformanceInsightsMetricDimensionGroup";
    var _PIMQ = "PerformanceInsightsMetricQuery";
    var _PINAIAZF = "ProvisionedIopsNotAvailableInAZFault";
    var _PIRP = "PerformanceInsightsRetentionPeriod";
    var _PITRNEF = "PointInTimeRestoreNotEnabledFault";
    var _PL = "ParametersList";
    var _PMA = "PendingMaintenanceAction";
    var _PMAD = "PendingMaintenanceActionDetails";
    var _PMAM = "PendingMaintenanceActionsMessage";
    var _PMAe = "PendingMaintenanceActions";
    var _PMV = "PendingModifiedValues";
    var _PMW = "PreferredMaintenanceWindow";
    var _PN = "ParameterName";
    var _PP = "PercentProgress";
    var _PR = "PortRequired";
    var _PRDBIO = "PurchaseReservedDBInstancesOffering";
    var _PRDBIOM = "PurchaseReservedDBInstancesOfferingMessage";
    var _PRDBIOR = "PurchaseReservedDBInstancesOfferingResult";
    var _PRR = "PromoteReadReplica";
    var _PRRDBC = "PromoteReadReplicaDBCluster";
    var _PRRDBCM = "PromoteReadReplicaDBClusterMessage";
    var _PRRDBCR = "PromoteReadReplicaDBClusterResult";
    var _PRRM = "PromoteReadReplicaMessage";
    var _PRRR = "PromoteReadReplicaResult";
    var _PS = "PolicyStatus";
    var _PSOSV = "PotentiallySensitiveOptionSettingValue";
    var _PST = "ProvisionedStorageThroughput";
    var _PSU = "PreSignedUrl";
    var _PT = "PromotionTier";
    var _PV = "ParameterValue";
    var _Pa = "Parameters";
    var _Par = "Parameter";
    var _Pe = "Persistent";
    var _Per = "Permanent";
    var _R = "Region";
    var _RA = "RoleArn";
    var _RAL = "RecommendedActionList";
    var _RAMEVU = "RequiresAutoMinorEngineVersionUpgrade";
    var _RAP = "RecommendedActionParameter";
    var _RAPL = "RecommendedActionParameterList";
    var _RAPe = "ResetAllParameters";
    var _RAU = "RecommendedActionUpdates";
    var _RAUL = "RecommendedActionUpdateList";
    var _RAUe = "RecommendedActionUpdate";
    var _RAe = "ResourceArn";
    var _RAec = "RecommendedActions";
    var _RAeco = "RecommendedAction";
    var _RC = "RecurringCharge";
    var _RCA = "RecurringChargeAmount";
    var _RCCC = "RdsCustomClusterConfiguration";
    var _RCF = "RecurringChargeFrequency";
    var _RCL = "RecurringChargeList";
    var _RCO = "RemoveCustomerOverride";
    var _RCPAZ = "ReservedCapacityPerAvailabilityZone";
    var _RCe = "RecurringCharges";
    var _RD = "ReferenceDetails";
    var _RDBC = "RebootDBCluster";
    var _RDBCFS = "RestoreDBClusterFromS3";
    var _RDBCFSM = "RestoreDBClusterFromS3Message";
    var _RDBCFSMe = "RestoreDBClusterFromSnapshotMessage";
    var _RDBCFSR = "RestoreDBClusterFromS3Result";
    var _RDBCFSRe = "RestoreDBClusterFromSnapshotResult";
    var _RDBCFSe = "RestoreDBClusterFromSnapshot";
    var _RDBCM = "RebootDBClusterMessage";
    var _RDBCPG = "ResetDBClusterParameterGroup";
    var _RDBCPGM = "ResetDBClusterParameterGroupMessage";
    var _RDBCR = "RebootDBClusterResult";
    var _RDBCTPIT = "RestoreDBClusterToPointInTime";
    var _RDBCTPITM = "RestoreDBClusterToPointInTimeMessage";
    var _RDBCTPITR = "RestoreDBClusterToPointInTimeResult";
    var _RDBI = "ReservedDBInstance";
    var _RDBIA = "ReservedDBInstanceArn";
    var _RDBIAEF = "ReservedDBInstanceAlreadyExistsFault";
    var _RDBIFDBS = "RestoreDBInstanceFromDBSnapshot";
    var _RDBIFDBSM = "RestoreDBInstanceFromDBSnapshotMessage";
    var _RDBIFDBSR = "RestoreDBInstanceFromDBSnapshotResult";
    var _RDBIFS = "RestoreDBInstanceFromS3";
    var _RDBIFSM = "RestoreDBInstanceFromS3Message";
    var _RDBIFSR = "RestoreDBInstanceFromS3Result";
    var _RDBII = "ReservedDBInstanceId";
    var _RDBIL = "ReservedDBInstanceList";
    var _RDBIM = "RebootDBInstanceMessage";
    var _RDBIMe = "ReservedDBInstanceMessage";
    var _RDBINFF = "ReservedDBInstanceNotFoundFault";
    var _RDBIO = "ReservedDBInstancesOffering";
    var _RDBIOI = "ReservedDBInstancesOfferingId";
    var _RDBIOL = "ReservedDBInstancesOfferingList";
    var _RDBIOM = "ReservedDBInstancesOfferingMessage";
    var _RDBIONFF = "ReservedDBInstancesOfferingNotFoundFault";
    var _RDBIOe = "ReservedDBInstancesOfferings";
    var _RDBIQEF = "ReservedDBInstanceQuotaExceededFault";
    var _RDBIR = "RebootDBInstanceResult";
    var _RDBITPIT = "RestoreDBInstanceToPointInTime";
    var _RDBITPITM = "RestoreDBInstanceToPointInTimeMessage";
    var _RDBITPITR = "RestoreDBInstanceToPointInTimeResult";
    var _RDBIe = "ReservedDBInstances";
    var _RDBIeb = "RebootDBInstance";
    var _RDBPG = "ResetDBParameterGroup";
    var _RDBPGM = "ResetDBParameterGroupMessage";
    var _RDBPT = "RegisterDBProxyTargets";
    var _RDBPTR = "RegisterDBProxyTargetsRequest";
    var _RDBPTRe = "RegisterDBProxyTargetsResponse";
    var _RDBSG = "RebootDBShardGroup";
    var _RDBSGI = "RevokeDBSecurityGroupIngress";
    var _RDBSGIM = "RevokeDBSecurityGroupIngressMessage";
    var _RDBSGIR = "RevokeDBSecurityGroupIngressResult";
    var _RDBSGM = "RebootDBShardGroupMessage";
    var _RE = "ReaderEndpoint";
    var _RFAMM = "ResumeFullAutomationModeMinutes";
    var _RFAMT = "ResumeFullAutomationModeTime";
    var _RFGC = "RemoveFromGlobalCluster";
    var _RFGCM = "RemoveFromGlobalClusterMessage";
    var _RFGCR = "RemoveFromGlobalClusterResult";
    var _RI = "ResourceIdentifier";
    var _RIe = "RecommendationId";
    var _RL = "RangeList";
    var _RM = "ReplicaMode";
    var _RMUP = "RotateMasterUserPassword";
    var _RN = "ResourceName";
    var _RNFF = "ResourceNotFoundFault";
    var _RNe = "RegionName";
    var _RPMA = "ResourcePendingMaintenanceActions";
    var _RRC = "ReadReplicaCapable";
    var _RRDBCI = "ReadReplicaDBClusterIdentifiers";
    var _RRDBCIL = "ReadReplicaDBClusterIdentifierList";
    var _RRDBCIe = "ReadReplicaDBClusterIdentifier";
    var _RRDBII = "ReadReplicaDBInstanceIdentifiers";
    var _RRDBIIL = "ReadReplicaDBInstanceIdentifierList";
    var _RRDBIIe = "ReadReplicaDBInstanceIdentifier";
    var _RRFDBC = "RemoveRoleFromDBCluster";
    var _RRFDBCM = "RemoveRoleFromDBClusterMessage";
    var _RRFDBI = "RemoveRoleFromDBInstance";
    var _RRFDBIM = "RemoveRoleFromDBInstanceMessage";
    var _RRI = "ReadReplicaIdentifiers";
    var _RRIL = "ReadReplicaIdentifierList";
    var _RRId = "RdsResourceId";
    var _RRIe = "ReadReplicaIdentifier";
    var _RRSDBCI = "ReadReplicaSourceDBClusterIdentifier";
    var _RRSDBII = "ReadReplicaSourceDBInstanceIdentifier";
    var _RSI = "ReplicationSourceIdentifier";
    var _RSIFS = "RemoveSourceIdentifierFromSubscription";
    var _RSIFSM = "RemoveSourceIdentifierFromSubscriptionMessage";
    var _RSIFSR = "RemoveSourceIdentifierFromSubscriptionResult";
    var _RT = "RestoreType";
    var _RTFR = "RemoveTagsFromResource";
    var _RTFRM = "RemoveTagsFromResourceMessage";
    var _RTLS = "RequireTLS";
    var _RTT = "RestoreToTime";
    var _RTe = "RestoreTime";
    var _RTes = "ResourceType";
    var _RW = "RestoreWindow";
    var _Ra = "Range";
    var _Re = "Recommendation";
    var _Rea = "Reason";
    var _Read = "Readers";
    var _Ref = "References";
    var _Ro = "Role";
    var _S = "Source";
    var _SA = "SourceArn";
    var _SAEF = "SubscriptionAlreadyExistFault";
    var _SAI = "SourceAccountId";
    var _SAIU = "SubnetAlreadyInUse";
    var _SAS = "StartActivityStream";
    var _SASM = "SupportedActivityStreamModes";
    var _SASR = "StartActivityStreamRequest";
    var _SASRt = "StartActivityStreamResponse";
    var _SASRto = "StopActivityStreamRequest";
    var _SASRtop = "StopActivityStreamResponse";
    var _SASV = "SupportsAdditionalStorageVolumes";
    var _SASt = "StopActivityStream";
    var _SAZ = "SnapshotAvailabilityZone";
    var _SAZe = "SecondaryAvailabilityZone";
    var _SAZu = "SubnetAvailabilityZone";
    var _SAe = "SecretArn";
    var _SB = "SupportsBabelfish";
    var _SBGD = "SwitchoverBlueGreenDeployment";
    var _SBGDR = "SwitchoverBlueGreenDeploymentRequest";
    var _SBGDRw = "SwitchoverBlueGreenDeploymentResponse";
    var _SBN = "S3BucketName";
    var _SBT = "SecondsBeforeTimeout";
    var _SBu = "S3Bucket";
    var _SC = "ScalingConfiguration";
    var _SCACI = "SupportedCACertificateIdentifiers";
    var _SCDEVI = "SourceCustomDbEngineVersionIdentifier";
    var _SCI = "ScalingConfigurationInfo";
    var _SCNFF = "SubscriptionCategoryNotFoundFault";
    var _SCNSF = "SourceClusterNotSupportedFault";
    var _SCRWR = "SupportsCertificateRotationWithoutRestart";
    var _SCS = "SupportedCharacterSets";
    var _SCSL = "SupportedCharacterSetsList";
    var _SCT = "SnapshotCreateTime";
    var _SCTu = "SubscriptionCreationTime";
    var _SCu = "SupportsClusters";
    var _SD = "SwitchoverDetails";
    var _SDBC = "StartDBCluster";
    var _SDBCI = "SourceDBClusterIdentifier";
    var _SDBCM = "StartDBClusterMessage";
    var _SDBCMt = "StopDBClusterMessage";
    var _SDBCPGI = "SourceDBClusterParameterGroupIdentifier";
    var _SDBCR = "StartDBClusterResult";
    var _SDBCRt = "StopDBClusterResult";
    var _SDBCSA = "SourceDBClusterSnapshotArn";
    var _SDBCSI = "SourceDBClusterSnapshotIdentifier";
    var _SDBCt = "StopDBCluster";
    var _SDBI = "StartDBInstance";
    var _SDBIA = "SourceDBInstanceArn";
    var _SDBIABA = "SourceDBInstanceAutomatedBackupsArn";
    var _SDBIABR = "SupportsDBInstanceAutomatedBackupsReplication";
    var _SDBIABRM = "StartDBInstanceAutomatedBackupsReplicationMessage";
    var _SDBIABRMt = "StopDBInstanceAutomatedBackupsReplicationMessage";
    var _SDBIABRR = "StartDBInstanceAutomatedBackupsReplicationResult";
    var _SDBIABRRt = "StopDBInstanceAutomatedBackupsReplicationResult";
    var _SDBIABRt = "StartDBInstanceAutomatedBackupsReplication";
    var _SDBIABRto = "StopDBInstanceAutomatedBackupsReplication";
    var _SDBII = "SourceDBInstanceIdentifier";
    var _SDBIM = "StartDBInstanceMessage";
    var _SDBIMt = "StopDBInstanceMessage";
    var _SDBIR = "StartDBInstanceResult";
    var _SDBIRt = "StopDBInstanceResult";
    var _SDBIt = "StopDBInstance";
    var _SDBPGI = "SourceDBParameterGroupIdentifier";
    var _SDBSI = "SourceDBSnapshotIdentifier";
    var _SDCRI = "SourceDbClusterResourceId";
    var _SDL = "SwitchoverDetailList";
    var _SDLV = "SupportsDedicatedLogVolume";
    var _SDNSF = "SourceDatabaseNotSupportedFault";
    var _SDRI = "SourceDbiResourceId";
    var _SDT = "SnapshotDatabaseTime";
    var _SDe = "SettingDescription";
    var _SDt = "StatusDetails";
    var _SDta = "StartDate";
    var _SDtat = "StatisticsDetails";
    var _SDw = "SwitchoverDetail";
    var _SE = "StorageEncrypted";
    var _SEL = "SupportedEngineLifecycles";
    var _SELL = "SupportedEngineLifecycleList";
    var _SELu = "SupportedEngineLifecycle";
    var _SEM = "SupportedEngineModes";
    var _SEMu = "SupportsEnhancedMonitoring";
    var _SET = "StorageEncryptionType";
    var _SETM = "StartExportTaskMessage";
    var _SETt = "StartExportTask";
    var _SEV = "SourceEngineVersion";
    var _SEo = "SourceEngine";
    var _SFD = "SetForDelete";
    var _SFN = "SupportedFeatureNames";
    var _SFS = "SkipFinalSnapshot";
    var _SG = "SecurityGroups";
    var _SGC = "SwitchoverGlobalCluster";
    var _SGCM = "SwitchoverGlobalClusterMessage";
    var _SGCR = "SwitchoverGlobalClusterResult";
    var _SGD = "SupportsGlobalDatabases";
    var _SGS = "SubnetGroupStatus";
    var _SHE = "SupportsHttpEndpoint";
    var _SI = "SourceIdentifier";
    var _SIAMDA = "SupportsIAMDatabaseAuthentication";
    var _SIL = "SourceIdsList";
    var _SILu = "SubnetIdentifierList";
    var _SIRA = "S3IngestionRoleArn";
    var _SIn = "SnapshotIdentifier";
    var _SIo = "SourceIds";
    var _SIou = "SourceId";
    var _SIt = "StatusInfos";
    var _SIu = "SupportsIops";
    var _SIub = "SubnetIds";
    var _SIubn = "SubnetIdentifier";
    var _SIup = "SupportsIntegrations";
    var _SKA = "SupportsKerberosAuthentication";
    var _SL = "SubnetList";
    var _SLD = "SupportsLimitlessDatabase";
    var _SLETCL = "SupportsLogExportsToCloudwatchLogs";
    var _SLWF = "SupportsLocalWriteForwarding";
    var _SM = "StaticMembers";
    var _SMo = "SourceMember";
    var _SN = "SubscriptionName";
    var _SNCS = "SupportedNcharCharacterSets";
    var _SNFF = "SourceNotFoundFault";
    var _SNFFu = "SubscriptionNotFoundFault";
    var _SNSITF = "SNSInvalidTopicFault";
    var _SNSNAF = "SNSNoAuthorizationFault";
    var _SNSTANFF = "SNSTopicArnNotFoundFault";
    var _SNT = "SupportedNetworkTypes";
    var _SNe = "SettingName";
    var _SO = "SubnetOutpost";
    var _SOG = "SourceOptionGroup";
    var _SOGI = "SourceOptionGroupIdentifier";
    var _SOPP = "StorageOperationPercentProgress";
    var _SOS = "StorageOperationStatus";
    var _SOVD = "SupportsOptionVersionDowngrade";
    var _SP = "S3Prefix";
    var _SPF = "SessionPinningFilters";
    var _SPI = "SupportsPerformanceInsights";
    var _SPQ = "SupportsParallelQuery";
    var _SQEF = "SnapshotQuotaExceededFault";
    var _SQEFt = "StorageQuotaExceededFault";
    var _SR = "SourceRegion";
    var _SRD = "ScalarReferenceDetails";
    var _SRL = "SourceRegionList";
    var _SRM = "SourceRegionMessage";
    var _SRR = "SupportsReadReplica";
    var _SRRM = "SwitchoverReadReplicaMessage";
    var _SRRR = "SwitchoverReadReplicaResult";
    var _SRRw = "SwitchoverReadReplica";
    var _SRo = "SourceRegions";
    var _SS = "SensitiveString";
    var _SSA = "SupportsStorageAutoscaling";
    var _SSE = "SupportsStorageEncryption";
    var _SSQEF = "SharedSnapshotQuotaExceededFault";
    var _SST = "SupportsStorageThroughput";
    var _SSe = "SecretStatus";
    var _SSt = "StorageSize";
    var _SSu = "SubnetStatus";
    var _SSy = "SynchronizationStatus";
    var _ST = "StorageThroughput";
    var _STA = "SnsTopicArn";
    var _STL = "SupportedTimezonesList";
    var _STNAF = "StorageTypeNotAvailableFault";
    var _STNSF = "StorageTypeNotSupportedFault";
    var _STTIR = "StorageThroughputToIopsRatio";
    var _STn = "SnapshotTarget";
    var _STna = "SnapshotType";
    var _STnap = "SnapshotTime";
    var _STo = "SourceType";
    var _STt = "StorageType";
    var _STta = "StatusType";
    var _STtar = "StartTime";
    var _STu = "SupportedTimezones";
    var _STw = "SwitchoverTimeout";
    var _SUAP = "SecondsUntilAutoPause";
    var _SVFS = "ServerlessV2FeaturesSupport";
    var _SVPV = "ServerlessV2PlatformVersion";
    var _SVPVD = "ServerlessV2PlatformVersionDescription";
    var _SVPVI = "ServerlessV2PlatformVersionInfo";
    var _SVPVL = "ServerlessV2PlatformVersionList";
    var _SVPVM = "ServerlessV2PlatformVersionsMessage";
    var _SVPVe = "ServerlessV2PlatformVersions";
    var _SVS = "StorageVolumeStatus";
    var _SVSC = "ServerlessV2ScalingConfiguration";
    var _SVSCI = "ServerlessV2ScalingConfigurationInfo";
    var _Se = "Severity";
    var _Si = "Size";
    var _St = "Status";
    var _Sta = "State";
    var _Ste = "Step";
    var _Sto = "Storage";
    var _Su = "Subnets";
    var _Sub = "Subnet";
    var _Sw = "Switchover";
    var _T = "Tags";
    var _TA = "TargetArn";
    var _TAS = "TargetAllocatedStorage";
    var _TAi = "TimeoutAction";
    var _TCA = "TdeCredentialArn";
    var _TCAZ = "TargetCustomAvailabilityZone";
    var _TCI = "TrackedClusterId";
    var _TCNT = "TargetConnectionNetworkType";
    var _TCP = "TdeCredentialPassword";
    var _TD = "TenantDatabase";
    var _TDAEF = "TenantDatabaseAlreadyExistsFault";
    var _TDARN = "TenantDatabaseARN";
    var _TDBCPGD = "TargetDBClusterParameterGroupDescription";
    var _TDBCPGI = "TargetDBClusterParameterGroupIdentifier";
    var _TDBCPGN = "TargetDBClusterParameterGroupName";
    var _TDBCSI = "TargetDBClusterSnapshotIdentifier";
    var _TDBIC = "TargetDBInstanceClass";
    var _TDBII = "TargetDBInstanceIdentifier";
    var _TDBN = "TenantDBName";
    var _TDBPGD = "TargetDBParameterGroupDescription";
    var _TDBPGI = "TargetDBParameterGroupIdentifier";
    var _TDBPGN = "TargetDBParameterGroupName";
    var _TDBSI = "TargetDBSnapshotIdentifier";
    var _TDCA = "ToDbClusterArn";
    var _TDCI = "TargetDbClusterIdentifier";
    var _TDCT = "TenantDatabaseCreateTime";
    var _TDL = "TenantDatabasesList";
    var _TDM = "TenantDatabasesMessage";
    var _TDNFF = "TenantDatabaseNotFoundFault";
    var _TDPMV = "TenantDatabasePendingModifiedValues";
    var _TDQEF = "TenantDatabaseQuotaExceededFault";
    var _TDRI = "TenantDatabaseResourceId";
    var _TDe = "TenantDatabases";
    var _TDy = "TypeDetection";
    var _TEDIGB = "TotalExtractedDataInGB";
    var _TET = "TaskEndTime";
    var _TEV = "TargetEngineVersion";
    var _TG = "TargetGroups";
    var _TGA = "TargetGroupArn";
    var _TGL = "TargetGroupList";
    var _TGMDI = "TransitGatewayMulticastDomainId";
    var _TGN = "TargetGroupName";
    var _TH = "TargetHealth";
    var _TI = "TargetIops";
    var _TIy = "TypeId";
    var _TK = "TagKeys";
    var _TKKI = "TargetKmsKeyId";
    var _TL = "TagList";
    var _TLM = "TagListMessage";
    var _TLa = "TargetList";
    var _TM = "TargetMember";
    var _TN = "TimezoneName";
    var _TOGD = "TargetOptionGroupDescription";
    var _TOGI = "TargetOptionGroupIdentifier";
    var _TR = "TargetRole";
    var _TRC = "TargetResourceConfigurations";
    var _TRCL = "TargetResourceConfigurationList";
    var _TRCa = "TargetResourceConfiguration";
    var _TRy = "TypeRecommendation";
    var _TS = "TagSpecifications";
    var _TSL = "TagSpecificationList";
    var _TST = "TargetStorageType";
    var _TSTa = "TargetStorageThroughput";
    var _TSTas = "TaskStartTime";
    var _TSa = "TagSpecification";
    var _Ta = "Target";
    var _Tag = "Tag";
    var _Tar = "Targets";
    var _Tas = "Tasks";
    var _Te = "Text";
    var _Th = "Thumbprint";
    var _Ti = "Timezone";
    var _Tit = "Title";
    var _To = "To";
    var _Ty = "Type";
    var _U = "Used";
    var _UAC = "UserAuthConfig";
    var _UACI = "UserAuthConfigInfo";
    var _UACIL = "UserAuthConfigInfoList";
    var _UACL = "UserAuthConfigList";
    var _UAPLI = "UseAwsProvidedLatestImage";
    var _UD = "UpdatedDate";
    var _UDBEVF = "UnsupportedDBEngineVersionFault";
    var _UDPF = "UseDefaultProcessorFeatures";
    var _UETOPITU = "UseEarliestTimeOnPointInTimeUnavailable";
    var _ULRT = "UseLatestRestorableTime";
    var _UN = "UserName";
    var _UP = "UsagePrice";
    var _URO = "UpgradeRolloutOrder";
    var _USC = "UpgradeStorageConfig";
    var _UT = "UpdatedTime";
    var _UTSC = "UpgradeTargetStorageConfig";
    var _UTp = "UpgradeTarget";
    var _Ur = "Url";
    var _V = "Value";
    var _VASO = "ValidAdditionalStorageOptions";
    var _VDBIMM = "ValidDBInstanceModificationsMessage";
    var _VECVE = "VpcEncryptionControlViolationException";
    var _VF = "ValidFrom";
    var _VI = "VpcId";
    var _VN = "VolumeName";
    var _VO = "VpcOnly";
    var _VPCNE = "VPCNetworkingEnabled";
    var _VPF = "ValidProcessorFeatures";
    var _VSG = "VpcSecurityGroups";
    var _VSGI = "VpcSecurityGroupIds";
    var _VSGIL = "VpcSecurityGroupIdList";
    var _VSGIp = "VpcSecurityGroupId";
    var _VSGM = "VpcSecurityGroupMemberships";
    var _VSGML = "VpcSecurityGroupMembershipList";
    var _VSGMp = "VpcSecurityGroupMembership";
    var _VSI = "VpcSubnetIds";
    var _VSO = "ValidStorageOptions";
    var _VSOL = "ValidStorageOptionsList";
    var _VT = "ValidTill";
    var _VTA = "ValuesToAdd";
    var _VTR = "ValuesToRemove";
    var _VUT = "ValidUpgradeTarget";
    var _VUTL = "ValidUpgradeTargetList";
    var _VVO = "ValidVolumeOptions";
    var _VVOL = "ValidVolumeOptionsList";
    var _Va = "Values";
    var _Ve = "Version";
    var _Vo = "Volumes";
    var _Vp = "Vpc";
    var _WEC = "WithExpressConfiguration";
    var _WM = "WarningMessage";
    var _aQE = "awsQueryError";
    var _c = "client";
    var _e = "error";
    var _hE = "httpError";
    var _i = "item";
    var _m = "message";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.rds";
    var _xN = "xmlName";
    var n0 = "com.amazonaws.rds";
    var _s_registry = new TypeRegistry(_s);
    var RDSServiceException$ = [-3, _s, "RDSServiceException", 0, [], []];
    _s_registry.registerError(RDSServiceException$, RDSServiceException);
    var n0_registry = new TypeRegistry(n0);
    var AuthorizationAlreadyExistsFault$ = [
      -3,
      n0,
      _AAEF,
      { [_aQE]: [`AuthorizationAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(AuthorizationAlreadyExistsFault$, AuthorizationAlreadyExistsFault);
    var AuthorizationNotFoundFault$ = [
      -3,
      n0,
      _ANFF,
      { [_aQE]: [`AuthorizationNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(AuthorizationNotFoundFault$, AuthorizationNotFoundFault);
    var AuthorizationQuotaExceededFault$ = [
      -3,
      n0,
      _AQEF,
      { [_aQE]: [`AuthorizationQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(AuthorizationQuotaExceededFault$, AuthorizationQuotaExceededFault);
    var BackupPolicyNotFoundFault$ = [
      -3,
      n0,
      _BPNFF,
      { [_aQE]: [`BackupPolicyNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(BackupPolicyNotFoundFault$, BackupPolicyNotFoundFault);
    var BlueGreenDeploymentAlreadyExistsFault$ = [
      -3,
      n0,
      _BGDAEF,
      { [_aQE]: [`BlueGreenDeploymentAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(BlueGreenDeploymentAlreadyExistsFault$, BlueGreenDeploymentAlreadyExistsFault);
    var BlueGreenDeploymentNotFoundFault$ = [
      -3,
      n0,
      _BGDNFF,
      { [_aQE]: [`BlueGreenDeploymentNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(BlueGreenDeploymentNotFoundFault$, BlueGreenDeploymentNotFoundFault);
    var CertificateNotFoundFault$ = [
      -3,
      n0,
      _CNFF,
      { [_aQE]: [`CertificateNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(CertificateNotFoundFault$, CertificateNotFoundFault);
    var CreateCustomDBEngineVersionFault$ = [
      -3,
      n0,
      _CCDBEVF,
      { [_aQE]: [`CreateCustomDBEngineVersionFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(CreateCustomDBEngineVersionFault$, CreateCustomDBEngineVersionFault);
    var CustomAvailabilityZoneNotFoundFault$ = [
      -3,
      n0,
      _CAZNFF,
      { [_aQE]: [`CustomAvailabilityZoneNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(CustomAvailabilityZoneNotFoundFault$, CustomAvailabilityZoneNotFoundFault);
    var CustomDBEngineVersionAlreadyExistsFault$ = [
      -3,
      n0,
      _CDBEVAEF,
      { [_aQE]: [`CustomDBEngineVersionAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(CustomDBEngineVersionAlreadyExistsFault$, CustomDBEngineVersionAlreadyExistsFault);
    var CustomDBEngineVersionNotFoundFault$ = [
      -3,
      n0,
      _CDBEVNFF,
      { [_aQE]: [`CustomDBEngineVersionNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(CustomDBEngineVersionNotFoundFault$, CustomDBEngineVersionNotFoundFault);
    var CustomDBEngineVersionQuotaExceededFault$ = [
      -3,
      n0,
      _CDBEVQEF,
      { [_aQE]: [`CustomDBEngineVersionQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(CustomDBEngineVersionQuotaExceededFault$, CustomDBEngineVersionQuotaExceededFault);
    var DBCapacityReservationAlreadyExistsFault$ = [
      -3,
      n0,
      _DBCRAEF,
      { [_aQE]: [`DBCapacityReservationAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBCapacityReservationAlreadyExistsFault$, DBCapacityReservationAlreadyExistsFault);
    var DBCapacityReservationNotFoundFault$ = [
      -3,
      n0,
      _DBCRNFF,
      { [_aQE]: [`DBCapacityReservationNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBCapacityReservationNotFoundFault$, DBCapacityReservationNotFoundFault);
    var DBCapacityReservationUnsupportedFault$ = [
      -3,
      n0,
      _DBCRUF,
      { [_aQE]: [`DBCapacityReservationUnsupported`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBCapacityReservationUnsupportedFault$, DBCapacityReservationUnsupportedFault);
    var DBClusterAlreadyExistsFault$ = [
      -3,
      n0,
      _DBCAEF,
      { [_aQE]: [`DBClusterAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterAlreadyExistsFault$, DBClusterAlreadyExistsFault);
    var DBClusterAutomatedBackupNotFoundFault$ = [
      -3,
      n0,
      _DBCABNFF,
      { [_aQE]: [`DBClusterAutomatedBackupNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterAutomatedBackupNotFoundFault$, DBClusterAutomatedBackupNotFoundFault);
    var DBClusterAutomatedBackupQuotaExceededFault$ = [
      -3,
      n0,
      _DBCABQEF,
      { [_aQE]: [`DBClusterAutomatedBackupQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterAutomatedBackupQuotaExceededFault$, DBClusterAutomatedBackupQuotaExceededFault);
    var DBClusterBacktrackNotFoundFault$ = [
      -3,
      n0,
      _DBCBNFF,
      { [_aQE]: [`DBClusterBacktrackNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterBacktrackNotFoundFault$, DBClusterBacktrackNotFoundFault);
    var DBClusterEndpointAlreadyExistsFault$ = [
      -3,
      n0,
      _DBCEAEF,
      { [_aQE]: [`DBClusterEndpointAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterEndpointAlreadyExistsFault$, DBClusterEndpointAlreadyExistsFault);
    var DBClusterEndpointNotFoundFault$ = [
      -3,
      n0,
      _DBCENFF,
      { [_aQE]: [`DBClusterEndpointNotFoundFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterEndpointNotFoundFault$, DBClusterEndpointNotFoundFault);
    var DBClusterEndpointQuotaExceededFault$ = [
      -3,
      n0,
      _DBCEQEF,
      { [_aQE]: [`DBClusterEndpointQuotaExceededFault`, 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterEndpointQuotaExceededFault$, DBClusterEndpointQuotaExceededFault);
    var DBClusterNotFoundFault$ = [
      -3,
      n0,
      _DBCNFF,
      { [_aQE]: [`DBClusterNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterNotFoundFault$, DBClusterNotFoundFault);
    var DBClusterParameterGroupNotFoundFault$ = [
      -3,
      n0,
      _DBCPGNFF,
      { [_aQE]: [`DBClusterParameterGroupNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterParameterGroupNotFoundFault$, DBClusterParameterGroupNotFoundFault);
    var DBClusterQuotaExceededFault$ = [
      -3,
      n0,
      _DBCQEF,
      { [_aQE]: [`DBClusterQuotaExceededFault`, 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterQuotaExceededFault$, DBClusterQuotaExceededFault);
    var DBClusterRoleAlreadyExistsFault$ = [
      -3,
      n0,
      _DBCRAEFl,
      { [_aQE]: [`DBClusterRoleAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterRoleAlreadyExistsFault$, DBClusterRoleAlreadyExistsFault);
    var DBClusterRoleNotFoundFault$ = [
      -3,
      n0,
      _DBCRNFFl,
      { [_aQE]: [`DBClusterRoleNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterRoleNotFoundFault$, DBClusterRoleNotFoundFault);
    var DBClusterRoleQuotaExceededFault$ = [
      -3,
      n0,
      _DBCRQEF,
      { [_aQE]: [`DBClusterRoleQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterRoleQuotaExceededFault$, DBClusterRoleQuotaExceededFault);
    var DBClusterSnapshotAlreadyExistsFault$ = [
      -3,
      n0,
      _DBCSAEF,
      { [_aQE]: [`DBClusterSnapshotAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterSnapshotAlreadyExistsFault$, DBClusterSnapshotAlreadyExistsFault);
    var DBClusterSnapshotNotFoundFault$ = [
      -3,
      n0,
      _DBCSNFF,
      { [_aQE]: [`DBClusterSnapshotNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterSnapshotNotFoundFault$, DBClusterSnapshotNotFoundFault);
    var DBInstanceAlreadyExistsFault$ = [
      -3,
      n0,
      _DBIAEF,
      { [_aQE]: [`DBInstanceAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBInstanceAlreadyExistsFault$, DBInstanceAlreadyExistsFault);
    var DBInstanceAutomatedBackupNotFoundFault$ = [
      -3,
      n0,
      _DBIABNFF,
      { [_aQE]: [`DBInstanceAutomatedBackupNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBInstanceAutomatedBackupNotFoundFault$, DBInstanceAutomatedBackupNotFoundFault);
    var DBInstanceAutomatedBackupQuotaExceededFault$ = [
      -3,
      n0,
      _DBIABQEF,
      { [_aQE]: [`DBInstanceAutomatedBackupQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBInstanceAutomatedBackupQuotaExceededFault$, DBInstanceAutomatedBackupQuotaExceededFault);
    var DBInstanceNotFoundFault$ = [
      -3,
      n0,
      _DBINFF,
      { [_aQE]: [`DBInstanceNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBInstanceNotFoundFault$, DBInstanceNotFoundFault);
    var DBInstanceNotReadyFault$ = [
      -3,
      n0,
      _DBINRF,
      { [_aQE]: [`DBInstanceNotReady`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBInstanceNotReadyFault$, DBInstanceNotReadyFault);
    var DBInstanceRoleAlreadyExistsFault$ = [
      -3,
      n0,
      _DBIRAEF,
      { [_aQE]: [`DBInstanceRoleAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBInstanceRoleAlreadyExistsFault$, DBInstanceRoleAlreadyExistsFault);
    var DBInstanceRoleNotFoundFault$ = [
      -3,
      n0,
      _DBIRNFF,
      { [_aQE]: [`DBInstanceRoleNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBInstanceRoleNotFoundFault$, DBInstanceRoleNotFoundFault);
    var DBInstanceRoleQuotaExceededFault$ = [
      -3,
      n0,
      _DBIRQEF,
      { [_aQE]: [`DBInstanceRoleQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBInstanceRoleQuotaExceededFault$, DBInstanceRoleQuotaExceededFault);
    var DBLogFileNotFoundFault$ = [
      -3,
      n0,
      _DBLFNFF,
      { [_aQE]: [`DBLogFileNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBLogFileNotFoundFault$, DBLogFileNotFoundFault);
    var DBParameterGroupAlreadyExistsFault$ = [
      -3,
      n0,
      _DBPGAEF,
      { [_aQE]: [`DBParameterGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBParameterGroupAlreadyExistsFault$, DBParameterGroupAlreadyExistsFault);
    var DBParameterGroupNotFoundFault$ = [
      -3,
      n0,
      _DBPGNFF,
      { [_aQE]: [`DBParameterGroupNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBParameterGroupNotFoundFault$, DBParameterGroupNotFoundFault);
    var DBParameterGroupQuotaExceededFault$ = [
      -3,
      n0,
      _DBPGQEF,
      { [_aQE]: [`DBParameterGroupQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBParameterGroupQuotaExceededFault$, DBParameterGroupQuotaExceededFault);
    var DBProxyAlreadyExistsFault$ = [
      -3,
      n0,
      _DBPAEF,
      { [_aQE]: [`DBProxyAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBProxyAlreadyExistsFault$, DBProxyAlreadyExistsFault);
    var DBProxyEndpointAlreadyExistsFault$ = [
      -3,
      n0,
      _DBPEAEF,
      { [_aQE]: [`DBProxyEndpointAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBProxyEndpointAlreadyExistsFault$, DBProxyEndpointAlreadyExistsFault);
    var DBProxyEndpointNotFoundFault$ = [
      -3,
      n0,
      _DBPENFF,
      { [_aQE]: [`DBProxyEndpointNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBProxyEndpointNotFoundFault$, DBProxyEndpointNotFoundFault);
    var DBProxyEndpointQuotaExceededFault$ = [
      -3,
      n0,
      _DBPEQEF,
      { [_aQE]: [`DBProxyEndpointQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBProxyEndpointQuotaExceededFault$, DBProxyEndpointQuotaExceededFault);
    var DBProxyNotFoundFault$ = [
      -3,
      n0,
      _DBPNFF,
      { [_aQE]: [`DBProxyNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBProxyNotFoundFault$, DBProxyNotFoundFault);
    var DBProxyQuotaExceededFault$ = [
      -3,
      n0,
      _DBPQEF,
      { [_aQE]: [`DBProxyQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBProxyQuotaExceededFault$, DBProxyQuotaExceededFault);
    var DBProxyTargetAlreadyRegisteredFault$ = [
      -3,
      n0,
      _DBPTARF,
      { [_aQE]: [`DBProxyTargetAlreadyRegisteredFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBProxyTargetAlreadyRegisteredFault$, DBProxyTargetAlreadyRegisteredFault);
    var DBProxyTargetGroupNotFoundFault$ = [
      -3,
      n0,
      _DBPTGNFF,
      { [_aQE]: [`DBProxyTargetGroupNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBProxyTargetGroupNotFoundFault$, DBProxyTargetGroupNotFoundFault);
    var DBProxyTargetNotFoundFault$ = [
      -3,
      n0,
      _DBPTNFF,
      { [_aQE]: [`DBProxyTargetNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBProxyTargetNotFoundFault$, DBProxyTargetNotFoundFault);
    var DBSecurityGroupAlreadyExistsFault$ = [
      -3,
      n0,
      _DBSGAEF,
      { [_aQE]: [`DBSecurityGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSecurityGroupAlreadyExistsFault$, DBSecurityGroupAlreadyExistsFault);
    var DBSecurityGroupNotFoundFault$ = [
      -3,
      n0,
      _DBSGNFF,
      { [_aQE]: [`DBSecurityGroupNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSecurityGroupNotFoundFault$, DBSecurityGroupNotFoundFault);
    var DBSecurityGroupNotSupportedFault$ = [
      -3,
      n0,
      _DBSGNSF,
      { [_aQE]: [`DBSecurityGroupNotSupported`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSecurityGroupNotSupportedFault$, DBSecurityGroupNotSupportedFault);
    var DBSecurityGroupQuotaExceededFault$ = [
      -3,
      n0,
      _DBSGQEF,
      { [_aQE]: [`QuotaExceeded.DBSecurityGroup`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSecurityGroupQuotaExceededFault$, DBSecurityGroupQuotaExceededFault);
    var DBShardGroupAlreadyExistsFault$ = [
      -3,
      n0,
      _DBSGAEFh,
      { [_aQE]: [`DBShardGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBShardGroupAlreadyExistsFault$, DBShardGroupAlreadyExistsFault);
    var DBShardGroupNotFoundFault$ = [
      -3,
      n0,
      _DBSGNFFh,
      { [_aQE]: [`DBShardGroupNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBShardGroupNotFoundFault$, DBShardGroupNotFoundFault);
    var DBSnapshotAlreadyExistsFault$ = [
      -3,
      n0,
      _DBSAEF,
      { [_aQE]: [`DBSnapshotAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSnapshotAlreadyExistsFault$, DBSnapshotAlreadyExistsFault);
    var DBSnapshotNotFoundFault$ = [
      -3,
      n0,
      _DBSNFF,
      { [_aQE]: [`DBSnapshotNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSnapshotNotFoundFault$, DBSnapshotNotFoundFault);
    var DBSnapshotTenantDatabaseNotFoundFault$ = [
      -3,
      n0,
      _DBSTDNFF,
      { [_aQE]: [`DBSnapshotTenantDatabaseNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSnapshotTenantDatabaseNotFoundFault$, DBSnapshotTenantDatabaseNotFoundFault);
    var DBSubnetGroupAlreadyExistsFault$ = [
      -3,
      n0,
      _DBSGAEFu,
      { [_aQE]: [`DBSubnetGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSubnetGroupAlreadyExistsFault$, DBSubnetGroupAlreadyExistsFault);
    var DBSubnetGroupDoesNotCoverEnoughAZs$ = [
      -3,
      n0,
      _DBSGDNCEAZ,
      { [_aQE]: [`DBSubnetGroupDoesNotCoverEnoughAZs`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSubnetGroupDoesNotCoverEnoughAZs$, DBSubnetGroupDoesNotCoverEnoughAZs);
    var DBSubnetGroupNotAllowedFault$ = [
      -3,
      n0,
      _DBSGNAF,
      { [_aQE]: [`DBSubnetGroupNotAllowedFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSubnetGroupNotAllowedFault$, DBSubnetGroupNotAllowedFault);
    var DBSubnetGroupNotFoundFault$ = [
      -3,
      n0,
      _DBSGNFFu,
      { [_aQE]: [`DBSubnetGroupNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSubnetGroupNotFoundFault$, DBSubnetGroupNotFoundFault);
    var DBSubnetGroupQuotaExceededFault$ = [
      -3,
      n0,
      _DBSGQEFu,
      { [_aQE]: [`DBSubnetGroupQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSubnetGroupQuotaExceededFault$, DBSubnetGroupQuotaExceededFault);
    var DBSubnetQuotaExceededFault$ = [
      -3,
      n0,
      _DBSQEF,
      { [_aQE]: [`DBSubnetQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSubnetQuotaExceededFault$, DBSubnetQuotaExceededFault);
    var DBUpgradeDependencyFailureFault$ = [
      -3,
      n0,
      _DBUDFF,
      { [_aQE]: [`DBUpgradeDependencyFailure`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBUpgradeDependencyFailureFault$, DBUpgradeDependencyFailureFault);
    var DomainNotFoundFault$ = [
      -3,
      n0,
      _DNFF,
      { [_aQE]: [`DomainNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DomainNotFoundFault$, DomainNotFoundFault);
    var Ec2ImagePropertiesNotSupportedFault$ = [
      -3,
      n0,
      _EIPNSF,
      { [_aQE]: [`Ec2ImagePropertiesNotSupportedFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(Ec2ImagePropertiesNotSupportedFault$, Ec2ImagePropertiesNotSupportedFault);
    var EventSubscriptionQuotaExceededFault$ = [
      -3,
      n0,
      _ESQEF,
      { [_aQE]: [`EventSubscriptionQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(EventSubscriptionQuotaExceededFault$, EventSubscriptionQuotaExceededFault);
    var ExportTaskAlreadyExistsFault$ = [
      -3,
      n0,
      _ETAEF,
      { [_aQE]: [`ExportTaskAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ExportTaskAlreadyExistsFault$, ExportTaskAlreadyExistsFault);
    var ExportTaskNotFoundFault$ = [
      -3,
      n0,
      _ETNFF,
      { [_aQE]: [`ExportTaskNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ExportTaskNotFoundFault$, ExportTaskNotFoundFault);
    var GlobalClusterAlreadyExistsFault$ = [
      -3,
      n0,
      _GCAEF,
      { [_aQE]: [`GlobalClusterAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(GlobalClusterAlreadyExistsFault$, GlobalClusterAlreadyExistsFault);
    var GlobalClusterNotFoundFault$ = [
      -3,
      n0,
      _GCNFF,
      { [_aQE]: [`GlobalClusterNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(GlobalClusterNotFoundFault$, GlobalClusterNotFoundFault);
    var GlobalClusterQuotaExceededFault$ = [
      -3,
      n0,
      _GCQEF,
      { [_aQE]: [`GlobalClusterQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(GlobalClusterQuotaExceededFault$, GlobalClusterQuotaExceededFault);
    var IamRoleMissingPermissionsFault$ = [
      -3,
      n0,
      _IRMPF,
      { [_aQE]: [`IamRoleMissingPermissions`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(IamRoleMissingPermissionsFault$, IamRoleMissingPermissionsFault);
    var IamRoleNotFoundFault$ = [
      -3,
      n0,
      _IRNFF,
      { [_aQE]: [`IamRoleNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(IamRoleNotFoundFault$, IamRoleNotFoundFault);
    var InstanceQuotaExceededFault$ = [
      -3,
      n0,
      _IQEF,
      { [_aQE]: [`InstanceQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InstanceQuotaExceededFault$, InstanceQuotaExceededFault);
    var InsufficientAvailableIPsInSubnetFault$ = [
      -3,
      n0,
      _IAIPISF,
      { [_aQE]: [`InsufficientAvailableIPsInSubnetFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InsufficientAvailableIPsInSubnetFault$, InsufficientAvailableIPsInSubnetFault);
    var InsufficientDBClusterCapacityFault$ = [
      -3,
      n0,
      _IDBCCF,
      { [_aQE]: [`InsufficientDBClusterCapacityFault`, 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InsufficientDBClusterCapacityFault$, InsufficientDBClusterCapacityFault);
    var InsufficientDBInstanceCapacityFault$ = [
      -3,
      n0,
      _IDBICF,
      { [_aQE]: [`InsufficientDBInstanceCapacity`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InsufficientDBInstanceCapacityFault$, InsufficientDBInstanceCapacityFault);
    var InsufficientStorageClusterCapacityFault$ = [
      -3,
      n0,
      _ISCCF,
      { [_aQE]: [`InsufficientStorageClusterCapacity`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InsufficientStorageClusterCapacityFault$, InsufficientStorageClusterCapacityFault);
    var IntegrationAlreadyExistsFault$ = [
      -3,
      n0,
      _IAEF,
      { [_aQE]: [`IntegrationAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(IntegrationAlreadyExistsFault$, IntegrationAlreadyExistsFault);
    var IntegrationConflictOperationFault$ = [
      -3,
      n0,
      _ICOF,
      { [_aQE]: [`IntegrationConflictOperationFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(IntegrationConflictOperationFault$, IntegrationConflictOperationFault);
    var IntegrationNotFoundFault$ = [
      -3,
      n0,
      _INFF,
      { [_aQE]: [`IntegrationNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(IntegrationNotFoundFault$, IntegrationNotFoundFault);
    var IntegrationQuotaExceededFault$ = [
      -3,
      n0,
      _IQEFn,
      { [_aQE]: [`IntegrationQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(IntegrationQuotaExceededFault$, IntegrationQuotaExceededFault);
    var InvalidBlueGreenDeploymentStateFault$ = [
      -3,
      n0,
      _IBGDSF,
      { [_aQE]: [`InvalidBlueGreenDeploymentStateFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidBlueGreenDeploymentStateFault$, InvalidBlueGreenDeploymentStateFault);
    var InvalidCustomDBEngineVersionStateFault$ = [
      -3,
      n0,
      _ICDBEVSF,
      { [_aQE]: [`InvalidCustomDBEngineVersionStateFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidCustomDBEngineVersionStateFault$, InvalidCustomDBEngineVersionStateFault);
    var InvalidDBCapacityReservationStateFault$ = [
      -3,
      n0,
      _IDBCRSF,
      { [_aQE]: [`InvalidDBCapacityReservationState`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBCapacityReservationStateFault$, InvalidDBCapacityReservationStateFault);
    var InvalidDBClusterAutomatedBackupStateFault$ = [
      -3,
      n0,
      _IDBCABSF,
      { [_aQE]: [`InvalidDBClusterAutomatedBackupStateFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBClusterAutomatedBackupStateFault$, InvalidDBClusterAutomatedBackupStateFault);
    var InvalidDBClusterCapacityFault$ = [
      -3,
      n0,
      _IDBCCFn,
      { [_aQE]: [`InvalidDBClusterCapacityFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBClusterCapacityFault$, InvalidDBClusterCapacityFault);
    var InvalidDBClusterEndpointStateFault$ = [
      -3,
      n0,
      _IDBCESF,
      { [_aQE]: [`InvalidDBClusterEndpointStateFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBClusterEndpointStateFault$, InvalidDBClusterEndpointStateFault);
    var InvalidDBClusterSnapshotStateFault$ = [
      -3,
      n0,
      _IDBCSSF,
      { [_aQE]: [`InvalidDBClusterSnapshotStateFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBClusterSnapshotStateFault$, InvalidDBClusterSnapshotStateFault);
    var InvalidDBClusterStateFault$ = [
      -3,
      n0,
      _IDBCSF,
      { [_aQE]: [`InvalidDBClusterStateFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBClusterStateFault$, InvalidDBClusterStateFault);
    var InvalidDBInstanceAutomatedBackupStateFault$ = [
      -3,
      n0,
      _IDBIABSF,
      { [_aQE]: [`InvalidDBInstanceAutomatedBackupState`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBInstanceAutomatedBackupStateFault$, InvalidDBInstanceAutomatedBackupStateFault);
    var InvalidDBInstanceStateFault$ = [
      -3,
      n0,
      _IDBISF,
      { [_aQE]: [`InvalidDBInstanceState`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBInstanceStateFault$, InvalidDBInstanceStateFault);
    var InvalidDBParameterGroupStateFault$ = [
      -3,
      n0,
      _IDBPGSF,
      { [_aQE]: [`InvalidDBParameterGroupState`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBParameterGroupStateFault$, InvalidDBParameterGroupStateFault);
    var InvalidDBProxyEndpointStateFault$ = [
      -3,
      n0,
      _IDBPESF,
      { [_aQE]: [`InvalidDBProxyEndpointStateFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBProxyEndpointStateFault$, InvalidDBProxyEndpointStateFault);
    var InvalidDBProxyStateFault$ = [
      -3,
      n0,
      _IDBPSF,
      { [_aQE]: [`InvalidDBProxyStateFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBProxyStateFault$, InvalidDBProxyStateFault);
    var InvalidDBSecurityGroupStateFault$ = [
      -3,
      n0,
      _IDBSGSF,
      { [_aQE]: [`InvalidDBSecurityGroupState`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBSecurityGroupStateFault$, InvalidDBSecurityGroupStateFault);
    var InvalidDBShardGroupStateFault$ = [
      -3,
      n0,
      _IDBSGSFn,
      { [_aQE]: [`InvalidDBShardGroupState`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBShardGroupStateFault$, InvalidDBShardGroupStateFault);
    var InvalidDBSnapshotStateFault$ = [
      -3,
      n0,
      _IDBSSF,
      { [_aQE]: [`InvalidDBSnapshotState`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBSnapshotStateFault$, InvalidDBSnapshotStateFault);
    var InvalidDBSubnetGroupFault$ = [
      -3,
      n0,
      _IDBSGF,
      { [_aQE]: [`InvalidDBSubnetGroupFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBSubnetGroupFault$, InvalidDBSubnetGroupFault);
    var InvalidDBSubnetGroupStateFault$ = [
      -3,
      n0,
      _IDBSGSFnv,
      { [_aQE]: [`InvalidDBSubnetGroupStateFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBSubnetGroupStateFault$, InvalidDBSubnetGroupStateFault);
    var InvalidDBSubnetStateFault$ = [
      -3,
      n0,
      _IDBSSFn,
      { [_aQE]: [`InvalidDBSubnetStateFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBSubnetStateFault$, InvalidDBSubnetStateFault);
    var InvalidEventSubscriptionStateFault$ = [
      -3,
      n0,
      _IESSF,
      { [_aQE]: [`InvalidEventSubscriptionState`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidEventSubscriptionStateFault$, InvalidEventSubscriptionStateFault);
    var InvalidExportOnlyFault$ = [
      -3,
      n0,
      _IEOF,
      { [_aQE]: [`InvalidExportOnly`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidExportOnlyFault$, InvalidExportOnlyFault);
    var InvalidExportSourceStateFault$ = [
      -3,
      n0,
      _IESSFn,
      { [_aQE]: [`InvalidExportSourceState`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidExportSourceStateFault$, InvalidExportSourceStateFault);
    var InvalidExportTaskStateFault$ = [
      -3,
      n0,
      _IETSF,
      { [_aQE]: [`InvalidExportTaskStateFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidExportTaskStateFault$, InvalidExportTaskStateFault);
    var InvalidGlobalClusterStateFault$ = [
      -3,
      n0,
      _IGCSF,
      { [_aQE]: [`InvalidGlobalClusterStateFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidGlobalClusterStateFault$, InvalidGlobalClusterStateFault);
    var InvalidIntegrationStateFault$ = [
      -3,
      n0,
      _IISF,
      { [_aQE]: [`InvalidIntegrationStateFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidIntegrationStateFault$, InvalidIntegrationStateFault);
    var InvalidOptionGroupStateFault$ = [
      -3,
      n0,
      _IOGSF,
      { [_aQE]: [`InvalidOptionGroupStateFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidOptionGroupStateFault$, InvalidOptionGroupStateFault);
    var InvalidResourceStateFault$ = [
      -3,
      n0,
      _IRSF,
      { [_aQE]: [`InvalidResourceStateFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidResourceStateFault$, InvalidResourceStateFault);
    var InvalidRestoreFault$ = [
      -3,
      n0,
      _IRF,
      { [_aQE]: [`InvalidRestoreFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidRestoreFault$, InvalidRestoreFault);
    var InvalidS3BucketFault$ = [
      -3,
      n0,
      _ISBF,
      { [_aQE]: [`InvalidS3BucketFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidS3BucketFault$, InvalidS3BucketFault);
    var InvalidSubnet$ = [
      -3,
      n0,
      _IS,
      { [_aQE]: [`InvalidSubnet`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidSubnet$, InvalidSubnet);
    var InvalidVPCNetworkStateFault$ = [
      -3,
      n0,
      _IVPCNSF,
      { [_aQE]: [`InvalidVPCNetworkStateFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidVPCNetworkStateFault$, InvalidVPCNetworkStateFault);
    var KMSKeyNotAccessibleFault$ = [
      -3,
      n0,
      _KMSKNAF,
      { [_aQE]: [`KMSKeyNotAccessibleFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(KMSKeyNotAccessibleFault$, KMSKeyNotAccessibleFault);
    var MaxDBShardGroupLimitReached$ = [
      -3,
      n0,
      _MDBSGLR,
      { [_aQE]: [`MaxDBShardGroupLimitReached`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(MaxDBShardGroupLimitReached$, MaxDBShardGroupLimitReached);
    var NetworkTypeNotSupported$ = [
      -3,
      n0,
      _NTNS,
      { [_aQE]: [`NetworkTypeNotSupported`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(NetworkTypeNotSupported$, NetworkTypeNotSupported);
    var OptionGroupAlreadyExistsFault$ = [
      -3,
      n0,
      _OGAEF,
      { [_aQE]: [`OptionGroupAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(OptionGroupAlreadyExistsFault$, OptionGroupAlreadyExistsFault);
    var OptionGroupNotFoundFault$ = [
      -3,
      n0,
      _OGNFF,
      { [_aQE]: [`OptionGroupNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(OptionGroupNotFoundFault$, OptionGroupNotFoundFault);
    var OptionGroupQuotaExceededFault$ = [
      -3,
      n0,
      _OGQEF,
      { [_aQE]: [`OptionGroupQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(OptionGroupQuotaExceededFault$, OptionGroupQuotaExceededFault);
    var PointInTimeRestoreNotEnabledFault$ = [
      -3,
      n0,
      _PITRNEF,
      { [_aQE]: [`PointInTimeRestoreNotEnabled`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(PointInTimeRestoreNotEnabledFault$, PointInTimeRestoreNotEnabledFault);
    var ProvisionedIopsNotAvailableInAZFault$ = [
      -3,
      n0,
      _PINAIAZF,
      { [_aQE]: [`ProvisionedIopsNotAvailableInAZFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ProvisionedIopsNotAvailableInAZFault$, ProvisionedIopsNotAvailableInAZFault);
    var ReservedDBInstanceAlreadyExistsFault$ = [
      -3,
      n0,
      _RDBIAEF,
      { [_aQE]: [`ReservedDBInstanceAlreadyExists`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ReservedDBInstanceAlreadyExistsFault$, ReservedDBInstanceAlreadyExistsFault);
    var ReservedDBInstanceNotFoundFault$ = [
      -3,
      n0,
      _RDBINFF,
      { [_aQE]: [`ReservedDBInstanceNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ReservedDBInstanceNotFoundFault$, ReservedDBInstanceNotFoundFault);
    var ReservedDBInstanceQuotaExceededFault$ = [
      -3,
      n0,
      _RDBIQEF,
      { [_aQE]: [`ReservedDBInstanceQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ReservedDBInstanceQuotaExceededFault$, ReservedDBInstanceQuotaExceededFault);
    var ReservedDBInstancesOfferingNotFoundFault$ = [
      -3,
      n0,
      _RDBIONFF,
      { [_aQE]: [`ReservedDBInstancesOfferingNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ReservedDBInstancesOfferingNotFoundFault$, ReservedDBInstancesOfferingNotFoundFault);
    var ResourceNotFoundFault$ = [
      -3,
      n0,
      _RNFF,
      { [_aQE]: [`ResourceNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceNotFoundFault$, ResourceNotFoundFault);
    var SharedSnapshotQuotaExceededFault$ = [
      -3,
      n0,
      _SSQEF,
      { [_aQE]: [`SharedSnapshotQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SharedSnapshotQuotaExceededFault$, SharedSnapshotQuotaExceededFault);
    var SnapshotQuotaExceededFault$ = [
      -3,
      n0,
      _SQEF,
      { [_aQE]: [`SnapshotQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SnapshotQuotaExceededFault$, SnapshotQuotaExceededFault);
    var SNSInvalidTopicFault$ = [
      -3,
      n0,
      _SNSITF,
      { [_aQE]: [`SNSInvalidTopic`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SNSInvalidTopicFault$, SNSInvalidTopicFault);
    var SNSNoAuthorizationFault$ = [
      -3,
      n0,
      _SNSNAF,
      { [_aQE]: [`SNSNoAuthorization`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SNSNoAuthorizationFault$, SNSNoAuthorizationFault);
    var SNSTopicArnNotFoundFault$ = [
      -3,
      n0,
      _SNSTANFF,
      { [_aQE]: [`SNSTopicArnNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SNSTopicArnNotFoundFault$, SNSTopicArnNotFoundFault);
    var SourceClusterNotSupportedFault$ = [
      -3,
      n0,
      _SCNSF,
      { [_aQE]: [`SourceClusterNotSupportedFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SourceClusterNotSupportedFault$, SourceClusterNotSupportedFault);
    var SourceDatabaseNotSupportedFault$ = [
      -3,
      n0,
      _SDNSF,
      { [_aQE]: [`SourceDatabaseNotSupportedFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SourceDatabaseNotSupportedFault$, SourceDatabaseNotSupportedFault);
    var SourceNotFoundFault$ = [
      -3,
      n0,
      _SNFF,
      { [_aQE]: [`SourceNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SourceNotFoundFault$, SourceNotFoundFault);
    var StorageQuotaExceededFault$ = [
      -3,
      n0,
      _SQEFt,
      { [_aQE]: [`StorageQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(StorageQuotaExceededFault$, StorageQuotaExceededFault);
    var StorageTypeNotAvailableFault$ = [
      -3,
      n0,
      _STNAF,
      { [_aQE]: [`StorageTypeNotAvailableFault`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(StorageTypeNotAvailableFault$, StorageTypeNotAvailableFault);
    var StorageTypeNotSupportedFault$ = [
      -3,
      n0,
      _STNSF,
      { [_aQE]: [`StorageTypeNotSupported`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(StorageTypeNotSupportedFault$, StorageTypeNotSupportedFault);
    var SubnetAlreadyInUse$ = [
      -3,
      n0,
      _SAIU,
      { [_aQE]: [`SubnetAlreadyInUse`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SubnetAlreadyInUse$, SubnetAlreadyInUse);
    var SubscriptionAlreadyExistFault$ = [
      -3,
      n0,
      _SAEF,
      { [_aQE]: [`SubscriptionAlreadyExist`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SubscriptionAlreadyExistFault$, SubscriptionAlreadyExistFault);
    var SubscriptionCategoryNotFoundFault$ = [
      -3,
      n0,
      _SCNFF,
      { [_aQE]: [`SubscriptionCategoryNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SubscriptionCategoryNotFoundFault$, SubscriptionCategoryNotFoundFault);
    var SubscriptionNotFoundFault$ = [
      -3,
      n0,
      _SNFFu,
      { [_aQE]: [`SubscriptionNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SubscriptionNotFoundFault$, SubscriptionNotFoundFault);
    var TenantDatabaseAlreadyExistsFault$ = [
      -3,
      n0,
      _TDAEF,
      { [_aQE]: [`TenantDatabaseAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(TenantDatabaseAlreadyExistsFault$, TenantDatabaseAlreadyExistsFault);
    var TenantDatabaseNotFoundFault$ = [
      -3,
      n0,
      _TDNFF,
      { [_aQE]: [`TenantDatabaseNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(TenantDatabaseNotFoundFault$, TenantDatabaseNotFoundFault);
    var TenantDatabaseQuotaExceededFault$ = [
      -3,
      n0,
      _TDQEF,
      { [_aQE]: [`TenantDatabaseQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(TenantDatabaseQuotaExceededFault$, TenantDatabaseQuotaExceededFault);
    var UnsupportedDBEngineVersionFault$ = [
      -3,
      n0,
      _UDBEVF,
      { [_aQE]: [`UnsupportedDBEngineVersion`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnsupportedDBEngineVersionFault$, UnsupportedDBEngineVersionFault);
    var VpcEncryptionControlViolationException$ = [
      -3,
      n0,
      _VECVE,
      { [_aQE]: [`VpcEncryptionControlViolationException`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(VpcEncryptionControlViolationException$, VpcEncryptionControlViolationException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var OperatorSensitiveString = [0, n0, _OSS, 8, 0];
    var PotentiallySensitiveOptionSettingValue = [0, n0, _PSOSV, 8, 0];
    var SensitiveString = [0, n0, _SS, 8, 0];
    var AccountAttributesMessage$ = [
      3,
      n0,
      _AAM,
      0,
      [_AQ],
      [[() => AccountQuotaList, 0]]
    ];
    var AccountQuota$ = [
      3,
      n0,
      _AQc,
      0,
      [_AQN, _U, _M],
      [0, 1, 1]
    ];
    var AdditionalStorageVolume$ = [
      3,
      n0,
      _ASV,
      0,
      [_VN, _AS, _IOPS, _MAS, _ST, _STt],
      [0, 1, 1, 1, 1, 0],
      1
    ];
    var AdditionalStorageVolumeOutput$ = [
      3,
      n0,
      _ASVO,
      0,
      [_VN, _SVS, _SOS, _SOPP, _AS, _IOPS, _MAS, _ST, _STt],
      [0, 0, 0, 1, 1, 1, 1, 1, 0]
    ];
    var AddRoleToDBClusterMessage$ = [
      3,
      n0,
      _ARTDBCM,
      0,
      [_DBCI, _RA, _FN],
      [0, 0, 0],
      2
    ];
    var AddRoleToDBInstanceMessage$ = [
      3,
      n0,
      _ARTDBIM,
      0,
      [_DBII, _RA, _FN],
      [0, 0, 0],
      3
    ];
    var AddSourceIdentifierToSubscriptionMessage$ = [
      3,
      n0,
      _ASITSM,
      0,
      [_SN, _SI],
      [0, 0],
      2
    ];
    var AddSourceIdentifierToSubscriptionResult$ = [
      3,
      n0,
      _ASITSR,
      0,
      [_ES],
      [[() => EventSubscription$, 0]]
    ];
    var AddTagsToResourceMessage$ = [
      3,
      n0,
      _ATTRM,
      0,
      [_RN, _T],
      [0, [() => TagList, 0]],
      2
    ];
    var ApplyPendingMaintenanceActionMessage$ = [
      3,
      n0,
      _APMAM,
      0,
      [_RI, _AA, _OIT],
      [0, 0, 0],
      3
    ];
    var ApplyPendingMaintenanceActionResult$ = [
      3,
      n0,
      _APMAR,
      0,
      [_RPMA],
      [[() => ResourcePendingMaintenanceActions$, 0]]
    ];
    var AuthorizeDBSecurityGroupIngressMessage$ = [
      3,
      n0,
      _ADBSGIM,
      0,
      [_DBSGN, _CIDRIP, _ECSGN, _ECSGI, _ECSGOI],
      [0, 0, 0, 0, 0],
      1
    ];
    var AuthorizeDBSecurityGroupIngressResult$ = [
      3,
      n0,
      _ADBSGIR,
      0,
      [_DBSG],
      [[() => DBSecurityGroup$, 0]]
    ];
    var AvailabilityZone$ = [
      3,
      n0,
      _AZ,
      0,
      [_N],
      [0]
    ];
    var AvailableAdditionalStorageVolumesOption$ = [
      3,
      n0,
      _AASVO,
      0,
      [_SSA, _SST, _SIu, _STt, _MSS, _MSSa, _MI, _MIa, _MIPG, _MIPGa, _MST, _MSTa],
      [2, 2, 2, 0, 1, 1, 1, 1, 1, 1, 1, 1]
    ];
    var AvailableCapacityPerAvailabilityZone$ = [
      3,
      n0,
      _ACPAZ,
      0,
      [_AZ, _AC],
      [0, 1]
    ];
    var AvailableProcessorFeature$ = [
      3,
      n0,
      _APF,
      0,
      [_N, _DV, _AV],
      [0, 0, 0]
    ];
    var BacktrackDBClusterMessage$ = [
      3,
      n0,
      _BDBCM,
      0,
      [_DBCI, _BT, _F, _UETOPITU],
      [0, 4, 2, 2],
      2
    ];
    var BlueGreenDeployment$ = [
      3,
      n0,
      _BGD,
      0,
      [_BGDI, _BGDN, _S, _Ta, _SD, _Tas, _St, _SDt, _CT, _DT, _TL],
      [0, 0, 0, 0, () => SwitchoverDetailList, () => BlueGreenDeploymentTaskList, 0, 0, 4, 4, [() => TagList, 0]]
    ];
    var BlueGreenDeploymentTask$ = [
      3,
      n0,
      _BGDT,
      0,
      [_N, _St],
      [0, 0]
    ];
    var CancelDBCapacityReservationRequest$ = [
      3,
      n0,
      _CDBCRR,
      0,
      [_DBCRI],
      [0],
      1
    ];
    var CancelDBCapacityReservationResponse$ = [
      3,
      n0,
      _CDBCRRa,
      0,
      [_DBCR],
      [[() => DBCapacityReservation$, 0]]
    ];
    var CancelExportTaskMessage$ = [
      3,
      n0,
      _CETM,
      0,
      [_ETI],
      [0],
      1
    ];
    var Certificate$ = [
      3,
      n0,
      _C,
      0,
      [_CI, _CTe, _Th, _VF, _VT, _CA, _CO, _COVT],
      [0, 0, 0, 4, 4, 0, 2, 4]
    ];
    var CertificateDetails$ = [
      3,
      n0,
      _CD,
      0,
      [_CAI, _VT],
      [0, 4]
    ];
    var CertificateMessage$ = [
      3,
      n0,
      _CM,
      0,
      [_DCFNL, _Ce, _Ma],
      [0, [() => CertificateList, 0], 0]
    ];
    var CharacterSet$ = [
      3,
      n0,
      _CS,
      0,
      [_CSN, _CSD],
      [0, 0]
    ];
    var CloudwatchLogsExportConfiguration$ = [
      3,
      n0,
      _CLEC,
      0,
      [_ELT, _DLT],
      [64 | 0, 64 | 0]
    ];
    var ClusterPendingModifiedValues$ = [
      3,
      n0,
      _CPMV,
      0,
      [_PCLE, _DBCI, _MUP, _IAMDAE, _EV, _BRP, _STt, _AS, _RCCC, _I, _CD],
      [() => PendingCloudwatchLogsExports$, 0, [() => SensitiveString, 0], 2, 0, 1, 0, 1, () => RdsCustomClusterConfiguration$, 1, () => CertificateDetails$]
    ];
    var ConnectionPoolConfiguration$ = [
      3,
      n0,
      _CPC,
      0,
      [_MCP, _MICP, _CBT, _SPF, _IQ],
      [1, 1, 1, 64 | 0, [() => OperatorSensitiveString, 0]]
    ];
    var ConnectionPoolConfigurationInfo$ = [
      3,
      n0,
      _CPCI,
      0,
      [_MCP, _MICP, _CBT, _SPF, _IQ],
      [1, 1, 1, 64 | 0, [() => OperatorSensitiveString, 0]]
    ];
    var ContextAttribute$ = [
      3,
      n0,
      _CAo,
      0,
      [_K, _V],
      [0, 0]
    ];
    var CopyDBClusterParameterGroupMessage$ = [
      3,
      n0,
      _CDBCPGM,
      0,
      [_SDBCPGI, _TDBCPGI, _TDBCPGD, _T],
      [0, 0, 0, [() => TagList, 0]],
      3
    ];
    var CopyDBClusterParameterGroupResult$ = [
      3,
      n0,
      _CDBCPGR,
      0,
      [_DBCPG],
      [() => DBClusterParameterGroup$]
    ];
    var CopyDBClusterSnapshotMessage$ = [
      3,
      n0,
      _CDBCSM,
      0,
      [_SDBCSI, _TDBCSI, _KKI, _PSU, _CTo, _T],
      [0, 0, 0, [() => SensitiveString, 0], 2, [() => TagList, 0]],
      2
    ];
    var CopyDBClusterSnapshotResult$ = [
      3,
      n0,
      _CDBCSR,
      0,
      [_DBCS],
      [[() => DBClusterSnapshot$, 0]]
    ];
    var CopyDBParameterGroupMessage$ = [
      3,
      n0,
      _CDBPGM,
      0,
      [_SDBPGI, _TDBPGI, _TDBPGD, _T],
      [0, 0, 0, [() => TagList, 0]],
      3
    ];
    var CopyDBParameterGroupResult$ = [
      3,
      n0,
      _CDBPGR,
      0,
      [_DBPG],
      [() => DBParameterGroup$]
    ];
    var CopyDBSnapshotMessage$ = [
      3,
      n0,
      _CDBSM,
      0,
      [_SDBSI, _TDBSI, _KKI, _T, _CTo, _PSU, _OGN, _TCAZ, _STn, _COG, _SAZ, _TS],
      [0, 0, 0, [() => TagList, 0], 2, [() => SensitiveString, 0], 0, 0, 0, 2, 0, [() => TagSpecificationList, 0]],
      2
    ];
    var CopyDBSnapshotResult$ = [
      3,
      n0,
      _CDBSR,
      0,
      [_DBS],
      [[() => DBSnapshot$, 0]]
    ];
    var CopyOptionGroupMessage$ = [
      3,
      n0,
      _COGM,
      0,
      [_SOGI, _TOGI, _TOGD, _T],
      [0, 0, 0, [() => TagList, 0]],
      3
    ];
    var CopyOptionGroupResult$ = [
      3,
      n0,
      _COGR,
      0,
      [_OG],
      [[() => OptionGroup$, 0]]
    ];
    var CreateBlueGreenDeploymentRequest$ = [
      3,
      n0,
      _CBGDR,
      0,
      [_BGDN, _S, _TEV, _TDBPGN, _TDBCPGN, _T, _TDBIC, _UTSC, _TI, _TST, _TAS, _TSTa, _TRC],
      [0, 0, 0, 0, 0, [() => TagList, 0], 0, 2, 1, 0, 1, 1, [() => TargetResourceConfigurationList, 0]],
      2
    ];
    var CreateBlueGreenDeploymentResponse$ = [
      3,
      n0,
      _CBGDRr,
      0,
      [_BGD],
      [[() => BlueGreenDeployment$, 0]]
    ];
    var CreateCustomDBEngineVersionMessage$ = [
      3,
      n0,
      _CCDBEVM,
      0,
      [_E, _EV, _DIFSBN, _DIFSP, _DIF, _II, _KMSKI, _SCDEVI, _UAPLI, _D, _Man, _T],
      [0, 0, 0, 0, 64 | 0, 0, 0, 0, 2, 0, 0, [() => TagList, 0]],
      2
    ];
    var CreateDBCapacityReservationRequest$ = [
      3,
      n0,
      _CDBCRRr,
      0,
      [_DBCRN, _DBIC, _E, _CPAZ, _AZv, _ED, _SDta, _CDo, _LM, _T],
      [0, 0, 0, 1, [() => AvailabilityZones, 0], 4, 4, 1, 0, [() => TagList, 0]],
      5
    ];
    var CreateDBCapacityReservationResponse$ = [
      3,
      n0,
      _CDBCRRre,
      0,
      [_DBCR],
      [[() => DBCapacityReservation$, 0]]
    ];
    var CreateDBClusterEndpointMessage$ = [
      3,
      n0,
      _CDBCEM,
      0,
      [_DBCI, _DBCEI, _ET, _SM, _EM, _T],
      [0, 0, 0, 64 | 0, 64 | 0, [() => TagList, 0]],
      3
    ];
    var CreateDBClusterMessage$ = [
      3,
      n0,
      _CDBCM,
      0,
      [_DBCI, _E, _AZv, _BRP, _CSN, _DN, _DBCPGN, _VSGI, _DBSGNu, _EV, _P, _MU, _MUP, _OGN, _PBW, _PMW, _RSI, _T, _SE, _KKI, _PSU, _EIAMDA, _BW, _ECLE, _EMn, _SC, _RCCC, _DBCIC, _AS, _STt, _I, _PA, _AMVU, _DP, _GCI, _EHE, _CTTS, _Do, _DIAMRN, _EGWF, _NT, _SVSC, _MIo, _MRA, _DIM, _EPI, _PIKMSKI, _PIRP, _ELD, _CST, _DBSI, _MMUP, _ELWF, _MUSKKI, _CACI, _ELS, _TS, _MUAT, _WEC, _AR],
      [0, 0, [() => AvailabilityZones, 0], 1, 0, 0, 0, [() => VpcSecurityGroupIdList, 0], 0, 0, 1, 0, [() => SensitiveString, 0], 0, 0, 0, 0, [() => TagList, 0], 2, 0, [() => SensitiveString, 0], 2, 1, 64 | 0, 0, () => ScalingConfiguration$, () => RdsCustomClusterConfiguration$, 0, 1, 0, 1, 2, 2, 2, 0, 2, 2, 0, 0, 2, 0, () => ServerlessV2ScalingConfiguration$, 1, 0, 0, 2, 0, 1, 2, 0, 0, 2, 2, 0, 0, 0, [() => TagSpecificationList, 0], 0, 2, [() => DBClusterAssociatedRoles, 0]],
      2
    ];
    var CreateDBClusterParameterGroupMessage$ = [
      3,
      n0,
      _CDBCPGMr,
      0,
      [_DBCPGN, _DBPGF, _D, _T],
      [0, 0, 0, [() => TagList, 0]],
      3
    ];
    var CreateDBClusterParameterGroupResult$ = [
      3,
      n0,
      _CDBCPGRr,
      0,
      [_DBCPG],
      [() => DBClusterParameterGroup$]
    ];
    var CreateDBClusterResult$ = [
      3,
      n0,
      _CDBCR,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ];
    var CreateDBClusterSnapshotMessage$ = [
      3,
      n0,
      _CDBCSMr,
      0,
      [_DBCSI, _DBCI, _T],
      [0, 0, [() => TagList, 0]],
      2
    ];
    var CreateDBClusterSnapshotResult$ = [
      3,
      n0,
      _CDBCSRr,
      0,
      [_DBCS],
      [[() => DBClusterSnapshot$, 0]]
    ];
    var CreateDBInstanceMessage$ = [
      3,
      n0,
      _CDBIM,
      0,
      [_DBII, _DBIC, _E, _DBN, _AS, _MU, _MUP, _DBSGe, _VSGI, _AZ, _DBSGNu, _PMW, _DBPGN, _BRP, _PBW, _P, _MAZ, _EV, _AMVU, _LM, _I, _ST, _OGN, _CSN, _NCSN, _PA, _T, _DBCI, _STt, _TCA, _TCP, _SE, _KKI, _Do, _DF, _DO, _DASA, _DDI, _CTTS, _MIo, _MRA, _DIAMRN, _PT, _Ti, _EIAMDA, _DIM, _EPI, _PIKMSKI, _PIRP, _ECLE, _PF, _DP, _MAS, _ECOI, _NT, _BTa, _CIIP, _DBSI, _CACI, _MMUP, _MUSKKI, _MT, _DLV, _ELS, _ASVd, _TS, _DBCRI, _MUAT],
      [0, 0, 0, 0, 1, 0, [() => SensitiveString, 0], [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 1, 0, 1, 2, 0, 2, 0, 1, 1, 0, 0, 0, 2, [() => TagList, 0], 0, 0, 0, [() => SensitiveString, 0], 2, 0, 0, 0, 0, 0, 64 | 0, 2, 1, 0, 0, 1, 0, 2, 0, 2, 0, 1, 64 | 0, [() => ProcessorFeatureList, 0], 2, 1, 2, 0, 0, 0, 0, 0, 2, 0, 2, 2, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0], 0, 0],
      3
    ];
    var CreateDBInstanceReadReplicaMessage$ = [
      3,
      n0,
      _CDBIRRM,
      0,
      [_DBII, _SDBII, _DBIC, _AZ, _P, _MAZ, _AMVU, _I, _ST, _OGN, _DBPGN, _PA, _T, _DBSGNu, _VSGI, _STt, _CTTS, _MIo, _MRA, _KKI, _PSU, _EIAMDA, _DIM, _EPI, _PIKMSKI, _PIRP, _ECLE, _PF, _UDPF, _DP, _Do, _DIAMRN, _DF, _DO, _DASA, _DDI, _RM, _ECOI, _NT, _MAS, _BTa, _CIIP, _AS, _SDBCI, _DLV, _USC, _CACI, _ASVd, _TS, _DBCRI],
      [0, 0, 0, 0, 1, 2, 2, 1, 1, 0, 0, 2, [() => TagList, 0], 0, [() => VpcSecurityGroupIdList, 0], 0, 2, 1, 0, 0, [() => SensitiveString, 0], 2, 0, 2, 0, 1, 64 | 0, [() => ProcessorFeatureList, 0], 2, 2, 0, 0, 0, 0, 0, 64 | 0, 0, 2, 0, 1, 0, 0, 1, 0, 2, 2, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0], 0],
      1
    ];
    var CreateDBInstanceReadReplicaResult$ = [
      3,
      n0,
      _CDBIRRR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ];
    var CreateDBInstanceResult$ = [
      3,
      n0,
      _CDBIR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ];
    var CreateDBParameterGroupMessage$ = [
      3,
      n0,
      _CDBPGMr,
      0,
      [_DBPGN, _DBPGF, _D, _T],
      [0, 0, 0, [() => TagList, 0]],
      3
    ];
    var CreateDBParameterGroupResult$ = [
      3,
      n0,
      _CDBPGRr,
      0,
      [_DBPG],
      [() => DBParameterGroup$]
    ];
    var CreateDBProxyEndpointRequest$ = [
      3,
      n0,
      _CDBPER,
      0,
      [_DBPN, _DBPEN, _VSI, _VSGI, _TR, _T, _ENT],
      [0, 0, 64 | 0, 64 | 0, 0, [() => TagList, 0], 0],
      3
    ];
    var CreateDBProxyEndpointResponse$ = [
      3,
      n0,
      _CDBPERr,
      0,
      [_DBPE],
      [() => DBProxyEndpoint$]
    ];
    var CreateDBProxyRequest$ = [
      3,
      n0,
      _CDBPR,
      0,
      [_DBPN, _EF, _RA, _VSI, _DAS, _A, _VSGI, _RTLS, _ICT, _DL, _T, _ENT, _TCNT],
      [0, 0, 0, 64 | 0, 0, () => UserAuthConfigList, 64 | 0, 2, 1, 2, [() => TagList, 0], 0, 0],
      4
    ];
    var CreateDBProxyResponse$ = [
      3,
      n0,
      _CDBPRr,
      0,
      [_DBP],
      [() => DBProxy$]
    ];
    var CreateDBSecurityGroupMessage$ = [
      3,
      n0,
      _CDBSGM,
      0,
      [_DBSGN, _DBSGD, _T],
      [0, 0, [() => TagList, 0]],
      2
    ];
    var CreateDBSecurityGroupResult$ = [
      3,
      n0,
      _CDBSGR,
      0,
      [_DBSG],
      [[() => DBSecurityGroup$, 0]]
    ];
    var CreateDBShardGroupMessage$ = [
      3,
      n0,
      _CDBSGMr,
      0,
      [_DBSGI, _DBCI, _MACU, _CR, _MACUi, _PA, _T],
      [0, 0, 1, 1, 1, 2, [() => TagList, 0]],
      3
    ];
    var CreateDBSnapshotMessage$ = [
      3,
      n0,
      _CDBSMr,
      0,
      [_DBSIn, _DBII, _T],
      [0, 0, [() => TagList, 0]],
      2
    ];
    var CreateDBSnapshotResult$ = [
      3,
      n0,
      _CDBSRr,
      0,
      [_DBS],
      [[() => DBSnapshot$, 0]]
    ];
    var CreateDBSubnetGroupMessage$ = [
      3,
      n0,
      _CDBSGMre,
      0,
      [_DBSGNu, _DBSGDu, _SIub, _T],
      [0, 0, [() => SubnetIdentifierList, 0], [() => TagList, 0]],
      3
    ];
    var CreateDBSubnetGroupResult$ = [
      3,
      n0,
      _CDBSGRr,
      0,
      [_DBSGu],
      [[() => DBSubnetGroup$, 0]]
    ];
    var CreateEventSubscriptionMessage$ = [
      3,
      n0,
      _CESM,
      0,
      [_SN, _STA, _STo, _EC, _SIo, _En, _T],
      [0, 0, 0, [() => EventCategoriesList, 0], [() => SourceIdsList, 0], 2, [() => TagList, 0]],
      2
    ];
    var CreateEventSubscriptionResult$ = [
      3,
      n0,
      _CESR,
      0,
      [_ES],
      [[() => EventSubscription$, 0]]
    ];
    var CreateGlobalClusterMessage$ = [
      3,
      n0,
      _CGCM,
      0,
      [_GCI, _SDBCI, _E, _EV, _ELS, _DP, _DN, _SE, _T],
      [0, 0, 0, 0, 0, 2, 0, 2, [() => TagList, 0]],
      1
    ];
    var CreateGlobalClusterResult$ = [
      3,
      n0,
      _CGCR,
      0,
      [_GC],
      [[() => GlobalCluster$, 0]]
    ];
    var CreateIntegrationMessage$ = [
      3,
      n0,
      _CIM,
      0,
      [_SA, _TA, _IN, _KMSKI, _AEC, _T, _DFa, _D],
      [0, 0, 0, 0, 128 | 0, [() => TagList, 0], 0, 0],
      3
    ];
    var CreateOptionGroupMessage$ = [
      3,
      n0,
      _COGMr,
      0,
      [_OGN, _EN, _MEV, _OGD, _T],
      [0, 0, 0, 0, [() => TagList, 0]],
      4
    ];
    var CreateOptionGroupResult$ = [
      3,
      n0,
      _COGRr,
      0,
      [_OG],
      [[() => OptionGroup$, 0]]
    ];
    var CreateTenantDatabaseMessage$ = [
      3,
      n0,
      _CTDM,
      0,
      [_DBII, _TDBN, _MU, _MUP, _CSN, _NCSN, _MMUP, _MUSKKI, _T],
      [0, 0, 0, [() => SensitiveString, 0], 0, 0, 2, 0, [() => TagList, 0]],
      3
    ];
    var CreateTenantDatabaseResult$ = [
      3,
      n0,
      _CTDR,
      0,
      [_TD],
      [[() => TenantDatabase$, 0]]
    ];
    var CustomDBEngineVersionAMI$ = [
      3,
      n0,
      _CDBEVAMI,
      0,
      [_II, _St],
      [0, 0]
    ];
    var DBCapacityReservation$ = [
      3,
      n0,
      _DBCR,
      0,
      [_DBCRN, _DBIC, _E, _LM, _RCPAZ, _ACPAZL, _ED, _CDr, _SDta, _CIo, _Sta, _DBCRA, _DBCRI, _TL],
      [0, 0, 0, 0, 1, [() => AvailableCapacityPerAvailabilityZoneList, 0], 4, 4, 4, () => DBCapacityReservationCommitmentInfo$, 0, 0, 0, [() => TagList, 0]]
    ];
    var DBCapacityReservationCommitmentInfo$ = [
      3,
      n0,
      _DBCRCI,
      0,
      [_CCPAZ, _CED],
      [1, 4]
    ];
    var DBCluster$ = [
      3,
      n0,
      _DBC,
      0,
      [_AS, _AZv, _BRP, _CSN, _DN, _DBCI, _DBCPG, _DBSGu, _St, _PP, _ERT, _End, _RE, _CE, _MAZ, _E, _EV, _LRT, _P, _MU, _DBCOGM, _PBW, _PMW, _URO, _RSI, _RRI, _SIt, _DBCM, _VSG, _HZI, _SE, _SET, _KKI, _DCRI, _DBCA, _AR, _IAMDAE, _CGI, _CCT, _EBT, _BW, _BCCR, _ECLEn, _Ca, _PMV, _EMn, _SCI, _RCCC, _DBCIC, _STt, _I, _ST, _IOONAMT, _PA, _AMVU, _DP, _HEE, _ASM, _ASS, _ASKKI, _ASKSN, _CTTS, _CAC, _DM, _TL, _GCI, _GWFS, _GWFR, _NT, _ART, _SVSC, _SVPV, _MIo, _MRA, _DIM, _PIE, _PIKMSKI, _PIRP, _DBSI, _MUS, _LWFS, _ABRPA, _LD, _CST, _CD, _ELS, _VPCNE, _IAGE],
      [1, [() => AvailabilityZones, 0], 1, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 64 | 0, 2, 0, 0, 4, 1, 0, [() => DBClusterOptionGroupMemberships, 0], 0, 0, 0, 0, [() => ReadReplicaIdentifierList, 0], [() => DBClusterStatusInfoList, 0], [() => DBClusterMemberList, 0], [() => VpcSecurityGroupMembershipList, 0], 0, 2, 0, 0, 0, 0, [() => DBClusterRoles, 0], 2, 0, 4, 4, 1, 1, 64 | 0, 1, [() => ClusterPendingModifiedValues$, 0], 0, () => ScalingConfigurationInfo$, () => RdsCustomClusterConfiguration$, 0, 0, 1, 1, 4, 2, 2, 2, 2, 0, 0, 0, 0, 2, 2, [() => DomainMembershipList, 0], [() => TagList, 0], 0, 0, 2, 0, 4, () => ServerlessV2ScalingConfigurationInfo$, 0, 1, 0, 0, 2, 0, 1, 0, () => MasterUserSecret$, 0, 0, () => LimitlessDatabase$, 0, () => CertificateDetails$, 0, 2, 2]
    ];
    var DBClusterAssociatedRole$ = [
      3,
      n0,
      _DBCAR,
      0,
      [_RA, _FN],
      [0, 0],
      1
    ];
    var DBClusterAutomatedBackup$ = [
      3,
      n0,
      _DBCAB,
      0,
      [_E, _VI, _DBCABA, _DBCI, _RW, _MU, _DCRI, _R, _LM, _St, _IAMDAE, _CCT, _SE, _SET, _AS, _EV, _DBCA, _BRP, _PBW, _EMn, _AZv, _P, _KKI, _STt, _I, _ST, _ABRPA, _TL],
      [0, 0, 0, 0, () => RestoreWindow$, 0, 0, 0, 0, 0, 2, 4, 2, 0, 1, 0, 0, 1, 0, 0, [() => AvailabilityZones, 0], 1, 0, 0, 1, 1, 0, [() => TagList, 0]]
    ];
    var DBClusterAutomatedBackupMessage$ = [
      3,
      n0,
      _DBCABM,
      0,
      [_Ma, _DBCABl],
      [0, [() => DBClusterAutomatedBackupList, 0]]
    ];
    var DBClusterBacktrack$ = [
      3,
      n0,
      _DBCB,
      0,
      [_DBCI, _BI, _BT, _BF, _BRCT, _St],
      [0, 0, 4, 4, 4, 0]
    ];
    var DBClusterBacktrackMessage$ = [
      3,
      n0,
      _DBCBM,
      0,
      [_Ma, _DBCBl],
      [0, [() => DBClusterBacktrackList, 0]]
    ];
    var DBClusterCapacityInfo$ = [
      3,
      n0,
      _DBCCI,
      0,
      [_DBCI, _PC, _CC, _SBT, _TAi],
      [0, 1, 1, 1, 0]
    ];
    var DBClusterEndpoint$ = [
      3,
      n0,
      _DBCE,
      0,
      [_DBCEI, _DBCI, _DBCERI, _End, _St, _ET, _CET, _SM, _EM, _DBCEA],
      [0, 0, 0, 0, 0, 0, 0, 64 | 0, 64 | 0, 0]
    ];
    var DBClusterEndpointMessage$ = [
      3,
      n0,
      _DBCEM,
      0,
      [_Ma, _DBCEl],
      [0, [() => DBClusterEndpointList, 0]]
    ];
    var DBClusterMember$ = [
      3,
      n0,
      _DBCMl,
      0,
      [_DBII, _ICW, _DBCPGS, _PT],
      [0, 2, 0, 1]
    ];
    var DBClusterMessage$ = [
      3,
      n0,
      _DBCMlu,
      0,
      [_Ma, _DBCl],
      [0, [() => DBClusterList, 0]]
    ];
    var DBClusterOptionGroupStatus$ = [
      3,
      n0,
      _DBCOGS,
      0,
      [_DBCOGN, _St],
      [0, 0]
    ];
    var DBClusterParameterGroup$ = [
      3,
      n0,
      _DBCPG,
      0,
      [_DBCPGN, _DBPGF, _D, _DBCPGA],
      [0, 0, 0, 0]
    ];
    var DBClusterParameterGroupDetails$ = [
      3,
      n0,
      _DBCPGD,
      0,
      [_Pa, _Ma],
      [[() => ParametersList, 0], 0]
    ];
    var DBClusterParameterGroupNameMessage$ = [
      3,
      n0,
      _DBCPGNM,
      0,
      [_DBCPGN],
      [0]
    ];
    var DBClusterParameterGroupsMessage$ = [
      3,
      n0,
      _DBCPGM,
      0,
      [_Ma, _DBCPGl],
      [0, [() => DBClusterParameterGroupList, 0]]
    ];
    var DBClusterRole$ = [
      3,
      n0,
      _DBCRl,
      0,
      [_RA, _St, _FN],
      [0, 0, 0]
    ];
    var DBClusterSnapshot$ = [
      3,
      n0,
      _DBCS,
      0,
      [_AZv, _DBCSI, _DBCI, _SCT, _E, _EMn, _AS, _St, _P, _VI, _CCT, _MU, _EV, _LM, _STna, _PP, _SE, _SET, _BRP, _PBW, _KKI, _DBCSA, _SDBCSA, _IAMDAE, _TL, _STt, _ST, _DCRI, _DBSI],
      [[() => AvailabilityZones, 0], 0, 0, 4, 0, 0, 1, 0, 1, 0, 4, 0, 0, 0, 0, 1, 2, 0, 1, 0, 0, 0, 0, 2, [() => TagList, 0], 0, 1, 0, 0]
    ];
    var DBClusterSnapshotAttribute$ = [
      3,
      n0,
      _DBCSAl,
      0,
      [_AN, _AVt],
      [0, [() => AttributeValueList, 0]]
    ];
    var DBClusterSnapshotAttributesResult$ = [
      3,
      n0,
      _DBCSAR,
      0,
      [_DBCSI, _DBCSAlu],
      [0, [() => DBClusterSnapshotAttributeList, 0]]
    ];
    var DBClusterSnapshotMessage$ = [
      3,
      n0,
      _DBCSM,
      0,
      [_Ma, _DBCSl],
      [0, [() => DBClusterSnapshotList, 0]]
    ];
    var DBClusterStatusInfo$ = [
      3,
      n0,
      _DBCSIl,
      0,
      [_STta, _No, _St, _Me],
      [0, 2, 0, 0]
    ];
    var DBEngineVersion$ = [
      3,
      n0,
      _DBEV,
      0,
      [_E, _MEV, _EV, _DIFSBN, _DIFSP, _DIF, _CDBEVM, _DBPGF, _DBED, _DBEVA, _DBEVD, _DCS, _FR, _Im, _DBEMT, _KMSKI, _CT, _SCS, _SNCS, _VUT, _STu, _ELTx, _SLETCL, _SRR, _SEM, _SFN, _St, _SPQ, _SGD, _TL, _SB, _SLD, _SCRWR, _SCACI, _SLWF, _SIup, _SVFS],
      [0, 0, 0, 0, 0, 64 | 0, 0, 0, 0, 0, 0, () => CharacterSet$, 0, () => CustomDBEngineVersionAMI$, 0, 0, 4, [() => SupportedCharacterSetsList, 0], [() => SupportedCharacterSetsList, 0], [() => ValidUpgradeTargetList, 0], [() => SupportedTimezonesList, 0], 64 | 0, 2, 2, 64 | 0, 64 | 0, 0, 2, 2, [() => TagList, 0], 2, 2, 2, 64 | 0, 2, 2, () => ServerlessV2FeaturesSupport$]
    ];
    var DBEngineVersionMessage$ = [
      3,
      n0,
      _DBEVM,
      0,
      [_Ma, _DBEVn],
      [0, [() => DBEngineVersionList, 0]]
    ];
    var DBInstance$ = [
      3,
      n0,
      _DBI,
      0,
      [_DBII, _DBIC, _E, _DBIS, _MU, _DBN, _End, _AS, _ICTn, _PBW, _BRP, _DBSGe, _VSG, _DBPGa, _AZ, _DBSGu, _PMW, _URO, _PMV, _LRT, _MAZ, _EV, _AMVU, _RRSDBII, _RRDBII, _RRDBCI, _RM, _LM, _I, _ST, _OGM, _CSN, _NCSN, _SAZe, _PA, _SIt, _STt, _SET, _TCA, _DIP, _DBCI, _SE, _KKI, _DRI, _CACI, _DM, _CTTS, _MIo, _EMRA, _MRA, _PT, _DBIA, _Ti, _IAMDAE, _DIM, _PIE, _PIKMSKI, _PIRP, _ECLEn, _PF, _DP, _AR, _LE, _MAS, _TL, _AM, _RFAMT, _COIE, _NT, _ASS, _ASKKI, _ASKSN, _ASM, _ASENAFI, _ABRPA, _DBIABR, _BTa, _ART, _CIIP, _ASPS, _CD, _DBSI, _MUS, _RRSDBCI, _PP, _MT, _DLV, _ISCUA, _ELS, _ASVd, _SVS, _SOS, _SOPP, _DBCRI],
      [0, 0, 0, 0, 0, 0, () => Endpoint$, 1, 4, 0, 1, [() => DBSecurityGroupMembershipList, 0], [() => VpcSecurityGroupMembershipList, 0], [() => DBParameterGroupStatusList, 0], 0, [() => DBSubnetGroup$, 0], 0, 0, [() => PendingModifiedValues$, 0], 4, 2, 0, 2, 0, [() => ReadReplicaDBInstanceIdentifierList, 0], [() => ReadReplicaDBClusterIdentifierList, 0], 0, 0, 1, 1, [() => OptionGroupMembershipList, 0], 0, 0, 0, 2, [() => DBInstanceStatusInfoList, 0], 0, 0, 0, 1, 0, 2, 0, 0, 0, [() => DomainMembershipList, 0], 2, 1, 0, 0, 1, 0, 0, 2, 0, 2, 0, 1, 64 | 0, [() => ProcessorFeatureList, 0], 2, [() => DBInstanceRoles, 0], () => Endpoint$, 1, [() => TagList, 0], 0, 4, 2, 0, 0, 0, 0, 0, 2, 0, [() => DBInstanceAutomatedBackupsReplicationList, 0], 0, 4, 0, 0, () => CertificateDetails$, 0, () => MasterUserSecret$, 0, 0, 2, 2, 2, 0, () => AdditionalStorageVolumesOutputList, 0, 0, 1, 0]
    ];
    var DBInstanceAutomatedBackup$ = [
      3,
      n0,
      _DBIAB,
      0,
      [_DBIA, _DRI, _R, _DBII, _RW, _AS, _St, _P, _AZ, _VI, _ICTn, _MU, _E, _EV, _LM, _I, _ST, _OGN, _TCA, _Enc, _SET, _STt, _KKI, _Ti, _IAMDAE, _BRP, _PBW, _DBIABA, _DBIABR, _BTa, _MT, _ABRPA, _TL, _DLV, _ASVd],
      [0, 0, 0, 0, () => RestoreWindow$, 1, 0, 1, 0, 0, 4, 0, 0, 0, 0, 1, 1, 0, 0, 2, 0, 0, 0, 0, 2, 1, 0, 0, [() => DBInstanceAutomatedBackupsReplicationList, 0], 0, 2, 0, [() => TagList, 0], 2, () => AdditionalStorageVolumesList]
    ];
    var DBInstanceAutomatedBackupMessage$ = [
      3,
      n0,
      _DBIABM,
      0,
      [_Ma, _DBIABn],
      [0, [() => DBInstanceAutomatedBackupList, 0]]
    ];
    var DBInstanceAutomatedBackupsReplication$ = [
      3,
      n0,
      _DBIABRn,
      0,
      [_DBIABA],
      [0]
    ];
    var DBInstanceMessage$ = [
      3,
      n0,
      _DBIM,
      0,
      [_Ma, _DBIn],
      [0, [() => DBInstanceList, 0]]
    ];
    var DBInstanceRole$ = [
      3,
      n0,
      _DBIR,
      0,
      [_RA, _FN, _St],
      [0, 0, 0]
    ];
    var DBInstanceStatusInfo$ = [
      3,
      n0,
      _DBISI,
      0,
      [_STta, _No, _St, _Me],
      [0, 2, 0, 0]
    ];
    var DBMajorEngineVersion$ = [
      3,
      n0,
      _DBMEV,
      0,
      [_E, _MEV, _SEL],
      [0, 0, [() => SupportedEngineLifecycleList, 0]]
    ];
    var DBParameterGroup$ = [
      3,
      n0,
      _DBPG,
      0,
      [_DBPGN, _DBPGF, _D, _DBPGA],
      [0, 0, 0, 0]
    ];
    var DBParameterGroupDetails$ = [
      3,
      n0,
      _DBPGD,
      0,
      [_Pa, _Ma],
      [[() => ParametersList, 0], 0]
    ];
    var DBParameterGroupNameMessage$ = [
      3,
      n0,
      _DBPGNM,
      0,
      [_DBPGN],
      [0]
    ];
    var DBParameterGroupsMessage$ = [
      3,
      n0,
      _DBPGM,
      0,
      [_Ma, _DBPGa],
      [0, [() => DBParameterGroupList, 0]]
    ];
    var DBParameterGroupStatus$ = [
      3,
      n0,
      _DBPGS,
      0,
      [_DBPGN, _PAS],
      [0, 0]
    ];
    var DBProxy$ = [
      3,
      n0,
      _DBP,
      0,
      [_DBPN, _DBPA, _St, _EF, _VI, _VSGI, _VSI, _DAS, _A, _RA, _End, _RTLS, _ICT, _DL, _CDre, _UD, _ENT, _TCNT],
      [0, 0, 0, 0, 0, 64 | 0, 64 | 0, 0, () => UserAuthConfigInfoList, 0, 0, 2, 1, 2, 4, 4, 0, 0]
    ];
    var DBProxyEndpoint$ = [
      3,
      n0,
      _DBPE,
      0,
      [_DBPEN, _DBPEA, _DBPN, _St, _VI, _VSGI, _VSI, _End, _CDre, _TR, _ID, _ENT],
      [0, 0, 0, 0, 0, 64 | 0, 64 | 0, 0, 4, 0, 2, 0]
    ];
    var DBProxyTarget$ = [
      3,
      n0,
      _DBPT,
      0,
      [_TA, _End, _TCI, _RRId, _P, _Ty, _Ro, _TH],
      [0, 0, 0, 0, 1, 0, 0, () => TargetHealth$]
    ];
    var DBProxyTargetGroup$ = [
      3,
      n0,
      _DBPTG,
      0,
      [_DBPN, _TGN, _TGA, _ID, _St, _CPCo, _CDre, _UD],
      [0, 0, 0, 2, 0, [() => ConnectionPoolConfigurationInfo$, 0], 4, 4]
    ];
    var DBRecommendation$ = [
      3,
      n0,
      _DBR,
      0,
      [_RIe, _TIy, _Se, _RAe, _St, _CTr, _UT, _De, _Re, _D, _Rea, _RAec, _Cat, _S, _TDy, _TRy, _Imp, _AI, _L, _IDs],
      [0, 0, 0, 0, 0, 4, 4, 0, 0, 0, 0, () => RecommendedActionList, 0, 0, 0, 0, 0, 0, () => DocLinkList, () => IssueDetails$]
    ];
    var DBRecommendationMessage$ = [
      3,
      n0,
      _DBRM,
      0,
      [_DBR],
      [() => DBRecommendation$]
    ];
    var DBRecommendationsMessage$ = [
      3,
      n0,
      _DBRMe,
      0,
      [_DBRe, _Ma],
      [() => DBRecommendationList, 0]
    ];
    var DBSecurityGroup$ = [
      3,
      n0,
      _DBSG,
      0,
      [_OI, _DBSGN, _DBSGD, _VI, _ECSG, _IPR, _DBSGA],
      [0, 0, 0, 0, [() => EC2SecurityGroupList, 0], [() => IPRangeList, 0], 0]
    ];
    var DBSecurityGroupMembership$ = [
      3,
      n0,
      _DBSGM,
      0,
      [_DBSGN, _St],
      [0, 0]
    ];
    var DBSecurityGroupMessage$ = [
      3,
      n0,
      _DBSGMe,
      0,
      [_Ma, _DBSGe],
      [0, [() => DBSecurityGroups, 0]]
    ];
    var DBShardGroup$ = [
      3,
      n0,
      _DBSGh,
      0,
      [_DBSGRI, _DBSGI, _DBCI, _MACU, _MACUi, _CR, _St, _PA, _End, _DBSGAh, _TL],
      [0, 0, 0, 1, 1, 1, 0, 2, 0, 0, [() => TagList, 0]]
    ];
    var DBSnapshot$ = [
      3,
      n0,
      _DBS,
      0,
      [_DBSIn, _DBII, _SCT, _E, _AS, _St, _P, _AZ, _VI, _ICTn, _MU, _EV, _LM, _STna, _I, _ST, _OGN, _PP, _SR, _SDBSI, _STt, _TCA, _Enc, _SET, _BRP, _PBW, _KKI, _DBSA, _Ti, _IAMDAE, _PF, _DRI, _TL, _STn, _OSCT, _SDT, _DBSI, _MT, _DLV, _ASVd, _SAZ, _FSSIB],
      [0, 0, 4, 0, 1, 0, 1, 0, 0, 4, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 2, 0, 1, 0, 0, 0, 0, 2, [() => ProcessorFeatureList, 0], 0, [() => TagList, 0], 0, 4, 4, 0, 2, 2, () => AdditionalStorageVolumesList, 0, 1]
    ];
    var DBSnapshotAttribute$ = [
      3,
      n0,
      _DBSAn,
      0,
      [_AN, _AVt],
      [0, [() => AttributeValueList, 0]]
    ];
    var DBSnapshotAttributesResult$ = [
      3,
      n0,
      _DBSAR,
      0,
      [_DBSIn, _DBSAna],
      [0, [() => DBSnapshotAttributeList, 0]]
    ];
    var DBSnapshotMessage$ = [
      3,
      n0,
      _DBSM,
      0,
      [_Ma, _DBSn],
      [0, [() => DBSnapshotList, 0]]
    ];
    var DBSnapshotTenantDatabase$ = [
      3,
      n0,
      _DBSTD,
      0,
      [_DBSIn, _DBII, _DRI, _EN, _STna, _TDCT, _TDBN, _MU, _TDRI, _CSN, _DBSTDARN, _NCSN, _TL],
      [0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, [() => TagList, 0]]
    ];
    var DBSnapshotTenantDatabasesMessage$ = [
      3,
      n0,
      _DBSTDM,
      0,
      [_Ma, _DBSTDn],
      [0, [() => DBSnapshotTenantDatabasesList, 0]]
    ];
    var DBSubnetGroup$ = [
      3,
      n0,
      _DBSGu,
      0,
      [_DBSGNu, _DBSGDu, _VI, _SGS, _Su, _DBSGAu, _SNT],
      [0, 0, 0, 0, [() => SubnetList, 0], 0, 64 | 0]
    ];
    var DBSubnetGroupMessage$ = [
      3,
      n0,
      _DBSGMu,
      0,
      [_Ma, _DBSGub],
      [0, [() => DBSubnetGroups, 0]]
    ];
    var DeleteBlueGreenDeploymentRequest$ = [
      3,
      n0,
      _DBGDR,
      0,
      [_BGDI, _DTe],
      [0, 2],
      1
    ];
    var DeleteBlueGreenDeploymentResponse$ = [
      3,
      n0,
      _DBGDRe,
      0,
      [_BGD],
      [[() => BlueGreenDeployment$, 0]]
    ];
    var DeleteCustomDBEngineVersionMessage$ = [
      3,
      n0,
      _DCDBEVM,
      0,
      [_E, _EV],
      [0, 0],
      2
    ];
    var DeleteDBClusterAutomatedBackupMessage$ = [
      3,
      n0,
      _DDBCABM,
      0,
      [_DCRI],
      [0],
      1
    ];
    var DeleteDBClusterAutomatedBackupResult$ = [
      3,
      n0,
      _DDBCABR,
      0,
      [_DBCAB],
      [[() => DBClusterAutomatedBackup$, 0]]
    ];
    var DeleteDBClusterEndpointMessage$ = [
      3,
      n0,
      _DDBCEM,
      0,
      [_DBCEI],
      [0],
      1
    ];
    var DeleteDBClusterMessage$ = [
      3,
      n0,
      _DDBCM,
      0,
      [_DBCI, _SFS, _FDBSI, _DAB],
      [0, 2, 0, 2],
      1
    ];
    var DeleteDBClusterParameterGroupMessage$ = [
      3,
      n0,
      _DDBCPGM,
      0,
      [_DBCPGN],
      [0],
      1
    ];
    var DeleteDBClusterResult$ = [
      3,
      n0,
      _DDBCR,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ];
    var DeleteDBClusterSnapshotMessage$ = [
      3,
      n0,
      _DDBCSM,
      0,
      [_DBCSI],
      [0],
      1
    ];
    var DeleteDBClusterSnapshotResult$ = [
      3,
      n0,
      _DDBCSR,
      0,
      [_DBCS],
      [[() => DBClusterSnapshot$, 0]]
    ];
    var DeleteDBInstanceAutomatedBackupMessage$ = [
      3,
      n0,
      _DDBIABM,
      0,
      [_DRI, _DBIABA],
      [0, 0]
    ];
    var DeleteDBInstanceAutomatedBackupResult$ = [
      3,
      n0,
      _DDBIABR,
      0,
      [_DBIAB],
      [[() => DBInstanceAutomatedBackup$, 0]]
    ];
    var DeleteDBInstanceMessage$ = [
      3,
      n0,
      _DDBIM,
      0,
      [_DBII, _SFS, _FDBSI, _DAB],
      [0, 2, 0, 2],
      1
    ];
    var DeleteDBInstanceResult$ = [
      3,
      n0,
      _DDBIR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ];
    var DeleteDBParameterGroupMessage$ = [
      3,
      n0,
      _DDBPGM,
      0,
      [_DBPGN],
      [0],
      1
    ];
    var DeleteDBProxyEndpointRequest$ = [
      3,
      n0,
      _DDBPER,
      0,
      [_DBPEN],
      [0],
      1
    ];
    var DeleteDBProxyEndpointResponse$ = [
      3,
      n0,
      _DDBPERe,
      0,
      [_DBPE],
      [() => DBProxyEndpoint$]
    ];
    var DeleteDBProxyRequest$ = [
      3,
      n0,
      _DDBPR,
      0,
      [_DBPN],
      [0],
      1
    ];
    var DeleteDBProxyResponse$ = [
      3,
      n0,
      _DDBPRe,
      0,
      [_DBP],
      [() => DBProxy$]
    ];
    var DeleteDBSecurityGroupMessage$ = [
      3,
      n0,
      _DDBSGM,
      0,
      [_DBSGN],
      [0],
      1
    ];
    var DeleteDBShardGroupMessage$ = [
      3,
      n0,
      _DDBSGMe,
      0,
      [_DBSGI],
      [0],
      1
    ];
    var DeleteDBSnapshotMessage$ = [
      3,
      n0,
      _DDBSM,
      0,
      [_DBSIn],
      [0],
      1
    ];
    var DeleteDBSnapshotResult$ = [
      3,
      n0,
      _DDBSR,
      0,
      [_DBS],
      [[() => DBSnapshot$, 0]]
    ];
    var DeleteDBSubnetGroupMessage$ = [
      3,
      n0,
      _DDBSGMel,
      0,
      [_DBSGNu],
      [0],
      1
    ];
    var DeleteEventSubscriptionMessage$ = [
      3,
      n0,
      _DESM,
      0,
      [_SN],
      [0],
      1
    ];
    var DeleteEventSubscriptionResult$ = [
      3,
      n0,
      _DESR,
      0,
      [_ES],
      [[() => EventSubscription$, 0]]
    ];
    var DeleteGlobalClusterMessage$ = [
      3,
      n0,
      _DGCM,
      0,
      [_GCI],
      [0],
      1
    ];
    var DeleteGlobalClusterResult$ = [
      3,
      n0,
      _DGCR,
      0,
      [_GC],
      [[() => GlobalCluster$, 0]]
    ];
    var DeleteIntegrationMessage$ = [
      3,
      n0,
      _DIMe,
      0,
      [_IIn],
      [0],
      1
    ];
    var DeleteOptionGroupMessage$ = [
      3,
      n0,
      _DOGM,
      0,
      [_OGN],
      [0],
      1
    ];
    var DeleteTenantDatabaseMessage$ = [
      3,
      n0,
      _DTDM,
      0,
      [_DBII, _TDBN, _SFS, _FDBSI],
      [0, 0, 2, 0],
      2
    ];
    var DeleteTenantDatabaseResult$ = [
      3,
      n0,
      _DTDR,
      0,
      [_TD],
      [[() => TenantDatabase$, 0]]
    ];
    var DeregisterDBProxyTargetsRequest$ = [
      3,
      n0,
      _DDBPTR,
      0,
      [_DBPN, _TGN, _DBIIn, _DBCIl],
      [0, 0, 64 | 0, 64 | 0],
      1
    ];
    var DeregisterDBProxyTargetsResponse$ = [
      3,
      n0,
      _DDBPTRe,
      0,
      [],
      []
    ];
    var DescribeAccountAttributesMessage$ = [
      3,
      n0,
      _DAAM,
      0,
      [],
      []
    ];
    var DescribeBlueGreenDeploymentsRequest$ = [
      3,
      n0,
      _DBGDRes,
      0,
      [_BGDI, _Fi, _Ma, _MR],
      [0, [() => FilterList, 0], 0, 1]
    ];
    var DescribeBlueGreenDeploymentsResponse$ = [
      3,
      n0,
      _DBGDResc,
      0,
      [_BGDl, _Ma],
      [[() => BlueGreenDeploymentList, 0], 0]
    ];
    var DescribeCertificatesMessage$ = [
      3,
      n0,
      _DCM,
      0,
      [_CI, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0]
    ];
    var DescribeDBCapacityReservationsRequest$ = [
      3,
      n0,
      _DDBCRR,
      0,
      [_DBCRI, _Ma, _MR, _Fi],
      [0, 0, 1, [() => FilterList, 0]]
    ];
    var DescribeDBCapacityReservationsResponse$ = [
      3,
      n0,
      _DDBCRRe,
      0,
      [_DBCRa, _Ma],
      [[() => DBCapacityReservationList, 0], 0]
    ];
    var DescribeDBClusterAutomatedBackupsMessage$ = [
      3,
      n0,
      _DDBCABMe,
      0,
      [_DCRI, _DBCI, _Fi, _MR, _Ma],
      [0, 0, [() => FilterList, 0], 1, 0]
    ];
    var DescribeDBClusterBacktracksMessage$ = [
      3,
      n0,
      _DDBCBM,
      0,
      [_DBCI, _BI, _Fi, _MR, _Ma],
      [0, 0, [() => FilterList, 0], 1, 0],
      1
    ];
    var DescribeDBClusterEndpointsMessage$ = [
      3,
      n0,
      _DDBCEMe,
      0,
      [_DBCI, _DBCEI, _Fi, _MR, _Ma],
      [0, 0, [() => FilterList, 0], 1, 0]
    ];
    var DescribeDBClusterParameterGroupsMessage$ = [
      3,
      n0,
      _DDBCPGMe,
      0,
      [_DBCPGN, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0]
    ];
    var DescribeDBClusterParametersMessage$ = [
      3,
      n0,
      _DDBCPM,
      0,
      [_DBCPGN, _S, _Fi, _MR, _Ma],
      [0, 0, [() => FilterList, 0], 1, 0],
      1
    ];
    var DescribeDBClustersMessage$ = [
      3,
      n0,
      _DDBCMe,
      0,
      [_DBCI, _Fi, _MR, _Ma, _ISn],
      [0, [() => FilterList, 0], 1, 0, 2]
    ];
    var DescribeDBClusterSnapshotAttributesMessage$ = [
      3,
      n0,
      _DDBCSAM,
      0,
      [_DBCSI],
      [0],
      1
    ];
    var DescribeDBClusterSnapshotAttributesResult$ = [
      3,
      n0,
      _DDBCSAR,
      0,
      [_DBCSAR],
      [[() => DBClusterSnapshotAttributesResult$, 0]]
    ];
    var DescribeDBClusterSnapshotsMessage$ = [
      3,
      n0,
      _DDBCSMe,
      0,
      [_DBCI, _DBCSI, _STna, _Fi, _MR, _Ma, _ISn, _IP, _DCRI],
      [0, 0, 0, [() => FilterList, 0], 1, 0, 2, 2, 0]
    ];
    var DescribeDBEngineVersionsMessage$ = [
      3,
      n0,
      _DDBEVM,
      0,
      [_E, _EV, _DBPGF, _Fi, _MR, _Ma, _DOe, _LSCS, _LST, _IA],
      [0, 0, 0, [() => FilterList, 0], 1, 0, 2, 2, 2, 2]
    ];
    var DescribeDBInstanceAutomatedBackupsMessage$ = [
      3,
      n0,
      _DDBIABMe,
      0,
      [_DRI, _DBII, _Fi, _MR, _Ma, _DBIABA],
      [0, 0, [() => FilterList, 0], 1, 0, 0]
    ];
    var DescribeDBInstancesMessage$ = [
      3,
      n0,
      _DDBIMe,
      0,
      [_DBII, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0]
    ];
    var DescribeDBLogFilesDetails$ = [
      3,
      n0,
      _DDBLFD,
      0,
      [_LFN, _LW, _Si],
      [0, 1, 1]
    ];
    var DescribeDBLogFilesMessage$ = [
      3,
      n0,
      _DDBLFM,
      0,
      [_DBII, _FC, _FLW, _FS, _Fi, _MR, _Ma],
      [0, 0, 1, 1, [() => FilterList, 0], 1, 0],
      1
    ];
    var DescribeDBLogFilesResponse$ = [
      3,
      n0,
      _DDBLFR,
      0,
      [_DDBLF, _Ma],
      [[() => DescribeDBLogFilesList, 0], 0]
    ];
    var DescribeDBMajorEngineVersionsRequest$ = [
      3,
      n0,
      _DDBMEVR,
      0,
      [_E, _MEV, _Ma, _MR],
      [0, 0, 0, 1]
    ];
    var DescribeDBMajorEngineVersionsResponse$ = [
      3,
      n0,
      _DDBMEVRe,
      0,
      [_DBMEVa, _Ma],
      [[() => DBMajorEngineVersionsList, 0], 0]
    ];
    var DescribeDBParameterGroupsMessage$ = [
      3,
      n0,
      _DDBPGMe,
      0,
      [_DBPGN, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0]
    ];
    var DescribeDBParametersMessage$ = [
      3,
      n0,
      _DDBPM,
      0,
      [_DBPGN, _S, _Fi, _MR, _Ma],
      [0, 0, [() => FilterList, 0], 1, 0],
      1
    ];
    var DescribeDBProxiesRequest$ = [
      3,
      n0,
      _DDBPRes,
      0,
      [_DBPN, _Fi, _Ma, _MR],
      [0, [() => FilterList, 0], 0, 1]
    ];
    var DescribeDBProxiesResponse$ = [
      3,
      n0,
      _DDBPResc,
      0,
      [_DBPr, _Ma],
      [() => DBProxyList, 0]
    ];
    var DescribeDBProxyEndpointsRequest$ = [
      3,
      n0,
      _DDBPERes,
      0,
      [_DBPN, _DBPEN, _Fi, _Ma, _MR],
      [0, 0, [() => FilterList, 0], 0, 1]
    ];
    var DescribeDBProxyEndpointsResponse$ = [
      3,
      n0,
      _DDBPEResc,
      0,
      [_DBPEr, _Ma],
      [() => DBProxyEndpointList, 0]
    ];
    var DescribeDBProxyTargetGroupsRequest$ = [
      3,
      n0,
      _DDBPTGR,
      0,
      [_DBPN, _TGN, _Fi, _Ma, _MR],
      [0, 0, [() => FilterList, 0], 0, 1],
      1
    ];
    var DescribeDBProxyTargetGroupsResponse$ = [
      3,
      n0,
      _DDBPTGRe,
      0,
      [_TG, _Ma],
      [[() => TargetGroupList, 0], 0]
    ];
    var DescribeDBProxyTargetsRequest$ = [
      3,
      n0,
      _DDBPTRes,
      0,
      [_DBPN, _TGN, _Fi, _Ma, _MR],
      [0, 0, [() => FilterList, 0], 0, 1],
      1
    ];
    var DescribeDBProxyTargetsResponse$ = [
      3,
      n0,
      _DDBPTResc,
      0,
      [_Tar, _Ma],
      [() => TargetList, 0]
    ];
    var DescribeDBRecommendationsMessage$ = [
      3,
      n0,
      _DDBRM,
      0,
      [_LUA, _LUB, _Lo, _Fi, _MR, _Ma],
      [4, 4, 0, [() => FilterList, 0], 1, 0]
    ];
    var DescribeDBSecurityGroupsMessage$ = [
      3,
      n0,
      _DDBSGMes,
      0,
      [_DBSGN, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0]
    ];
    var DescribeDBShardGroupsMessage$ = [
      3,
      n0,
      _DDBSGMesc,
      0,
      [_DBSGI, _Fi, _Ma, _MR],
      [0, [() => FilterList, 0], 0, 1]
    ];
    var DescribeDBShardGroupsResponse$ = [
      3,
      n0,
      _DDBSGR,
      0,
      [_DBSGha, _Ma],
      [[() => DBShardGroupsList, 0], 0]
    ];
    var DescribeDBSnapshotAttributesMessage$ = [
      3,
      n0,
      _DDBSAM,
      0,
      [_DBSIn],
      [0],
      1
    ];
    var DescribeDBSnapshotAttributesResult$ = [
      3,
      n0,
      _DDBSAR,
      0,
      [_DBSAR],
      [[() => DBSnapshotAttributesResult$, 0]]
    ];
    var DescribeDBSnapshotsMessage$ = [
      3,
      n0,
      _DDBSMe,
      0,
      [_DBII, _DBSIn, _STna, _Fi, _MR, _Ma, _ISn, _IP, _DRI],
      [0, 0, 0, [() => FilterList, 0], 1, 0, 2, 2, 0]
    ];
    var DescribeDBSnapshotTenantDatabasesMessage$ = [
      3,
      n0,
      _DDBSTDM,
      0,
      [_DBII, _DBSIn, _STna, _Fi, _MR, _Ma, _DRI],
      [0, 0, 0, [() => FilterList, 0], 1, 0, 0]
    ];
    var DescribeDBSubnetGroupsMessage$ = [
      3,
      n0,
      _DDBSGMescr,
      0,
      [_DBSGNu, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0]
    ];
    var DescribeEngineDefaultClusterParametersMessage$ = [
      3,
      n0,
      _DEDCPM,
      0,
      [_DBPGF, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0],
      1
    ];
    var DescribeEngineDefaultClusterParametersResult$ = [
      3,
      n0,
      _DEDCPR,
      0,
      [_EDn],
      [[() => EngineDefaults$, 0]]
    ];
    var DescribeEngineDefaultParametersMessage$ = [
      3,
      n0,
      _DEDPM,
      0,
      [_DBPGF, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0],
      1
    ];
    var DescribeEngineDefaultParametersResult$ = [
      3,
      n0,
      _DEDPR,
      0,
      [_EDn],
      [[() => EngineDefaults$, 0]]
    ];
    var DescribeEventCategoriesMessage$ = [
      3,
      n0,
      _DECM,
      0,
      [_STo, _Fi],
      [0, [() => FilterList, 0]]
    ];
    var DescribeEventsMessage$ = [
      3,
      n0,
      _DEM,
      0,
      [_SI, _STo, _STtar, _ETn, _Du, _EC, _Fi, _MR, _Ma],
      [0, 0, 4, 4, 1, [() => EventCategoriesList, 0], [() => FilterList, 0], 1, 0]
    ];
    var DescribeEventSubscriptionsMessage$ = [
      3,
      n0,
      _DESMe,
      0,
      [_SN, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0]
    ];
    var DescribeExportTasksMessage$ = [
      3,
      n0,
      _DETM,
      0,
      [_ETI, _SA, _Fi, _Ma, _MR, _STo],
      [0, 0, [() => FilterList, 0], 0, 1, 0]
    ];
    var DescribeGlobalClustersMessage$ = [
      3,
      n0,
      _DGCMe,
      0,
      [_GCI, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0]
    ];
    var DescribeIntegrationsMessage$ = [
      3,
      n0,
      _DIMes,
      0,
      [_IIn, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0]
    ];
    var DescribeIntegrationsResponse$ = [
      3,
      n0,
      _DIR,
      0,
      [_Ma, _In],
      [0, [() => IntegrationList, 0]]
    ];
    var DescribeOptionGroupOptionsMessage$ = [
      3,
      n0,
      _DOGOM,
      0,
      [_EN, _MEV, _Fi, _MR, _Ma],
      [0, 0, [() => FilterList, 0], 1, 0],
      1
    ];
    var DescribeOptionGroupsMessage$ = [
      3,
      n0,
      _DOGMe,
      0,
      [_OGN, _Fi, _Ma, _MR, _EN, _MEV],
      [0, [() => FilterList, 0], 0, 1, 0, 0]
    ];
    var DescribeOrderableDBInstanceOptionsMessage$ = [
      3,
      n0,
      _DODBIOM,
      0,
      [_E, _EV, _DBIC, _LM, _AZG, _Vp, _Fi, _MR, _Ma],
      [0, 0, 0, 0, 0, 2, [() => FilterList, 0], 1, 0],
      1
    ];
    var DescribePendingMaintenanceActionsMessage$ = [
      3,
      n0,
      _DPMAM,
      0,
      [_RI, _Fi, _Ma, _MR],
      [0, [() => FilterList, 0], 0, 1]
    ];
    var DescribeReservedDBInstancesMessage$ = [
      3,
      n0,
      _DRDBIM,
      0,
      [_RDBII, _RDBIOI, _DBIC, _Du, _PD, _OT, _MAZ, _LI, _Fi, _MR, _Ma],
      [0, 0, 0, 0, 0, 0, 2, 0, [() => FilterList, 0], 1, 0]
    ];
    var DescribeReservedDBInstancesOfferingsMessage$ = [
      3,
      n0,
      _DRDBIOM,
      0,
      [_RDBIOI, _DBIC, _Du, _PD, _OT, _MAZ, _Fi, _MR, _Ma],
      [0, 0, 0, 0, 0, 2, [() => FilterList, 0], 1, 0]
    ];
    var DescribeServerlessV2PlatformVersionsMessage$ = [
      3,
      n0,
      _DSVPVM,
      0,
      [_SVPV, _E, _Fi, _DOe, _IA, _MR, _Ma],
      [0, 0, [() => FilterList, 0], 2, 2, 1, 0]
    ];
    var DescribeSourceRegionsMessage$ = [
      3,
      n0,
      _DSRM,
      0,
      [_RNe, _MR, _Ma, _Fi],
      [0, 1, 0, [() => FilterList, 0]]
    ];
    var DescribeTenantDatabasesMessage$ = [
      3,
      n0,
      _DTDMe,
      0,
      [_DBII, _TDBN, _Fi, _Ma, _MR],
      [0, 0, [() => FilterList, 0], 0, 1]
    ];
    var DescribeValidDBInstanceModificationsMessage$ = [
      3,
      n0,
      _DVDBIMM,
      0,
      [_DBII],
      [0],
      1
    ];
    var DescribeValidDBInstanceModificationsResult$ = [
      3,
      n0,
      _DVDBIMR,
      0,
      [_VDBIMM],
      [[() => ValidDBInstanceModificationsMessage$, 0]]
    ];
    var DisableHttpEndpointRequest$ = [
      3,
      n0,
      _DHER,
      0,
      [_RAe],
      [0],
      1
    ];
    var DisableHttpEndpointResponse$ = [
      3,
      n0,
      _DHERi,
      0,
      [_RAe, _HEE],
      [0, 2]
    ];
    var DocLink$ = [
      3,
      n0,
      _DLo,
      0,
      [_Te, _Ur],
      [0, 0]
    ];
    var DomainMembership$ = [
      3,
      n0,
      _DMo,
      0,
      [_Do, _St, _FQDN, _IAMRN, _OU, _ASA, _DI],
      [0, 0, 0, 0, 0, 0, 64 | 0]
    ];
    var DoubleRange$ = [
      3,
      n0,
      _DR,
      0,
      [_Fr, _To],
      [1, 1]
    ];
    var DownloadDBLogFilePortionDetails$ = [
      3,
      n0,
      _DDBLFPD,
      0,
      [_LFD, _Ma, _ADP],
      [[() => SensitiveString, 0], 0, 2]
    ];
    var DownloadDBLogFilePortionMessage$ = [
      3,
      n0,
      _DDBLFPM,
      0,
      [_DBII, _LFN, _Ma, _NOL],
      [0, 0, 0, 1],
      2
    ];
    var EC2SecurityGroup$ = [
      3,
      n0,
      _ECSGe,
      0,
      [_St, _ECSGN, _ECSGI, _ECSGOI],
      [0, 0, 0, 0]
    ];
    var EnableHttpEndpointRequest$ = [
      3,
      n0,
      _EHER,
      0,
      [_RAe],
      [0],
      1
    ];
    var EnableHttpEndpointResponse$ = [
      3,
      n0,
      _EHERn,
      0,
      [_RAe, _HEE],
      [0, 2]
    ];
    var Endpoint$ = [
      3,
      n0,
      _End,
      0,
      [_Ad, _P, _HZI],
      [0, 1, 0]
    ];
    var EngineDefaults$ = [
      3,
      n0,
      _EDn,
      0,
      [_DBPGF, _Ma, _Pa],
      [0, 0, [() => ParametersList, 0]]
    ];
    var Event$ = [
      3,
      n0,
      _Ev,
      0,
      [_SI, _STo, _Me, _EC, _Da, _SA],
      [0, 0, 0, [() => EventCategoriesList, 0], 4, 0]
    ];
    var EventCategoriesMap$ = [
      3,
      n0,
      _ECM,
      0,
      [_STo, _EC],
      [0, [() => EventCategoriesList, 0]]
    ];
    var EventCategoriesMessage$ = [
      3,
      n0,
      _ECMv,
      0,
      [_ECML],
      [[() => EventCategoriesMapList, 0]]
    ];
    var EventsMessage$ = [
      3,
      n0,
      _EMv,
      0,
      [_Ma, _Eve],
      [0, [() => EventList, 0]]
    ];
    var EventSubscription$ = [
      3,
      n0,
      _ES,
      0,
      [_CAIu, _CSI, _STA, _St, _SCTu, _STo, _SIL, _ECL, _En, _ESA],
      [0, 0, 0, 0, 0, 0, [() => SourceIdsList, 0], [() => EventCategoriesList, 0], 2, 0]
    ];
    var EventSubscriptionsMessage$ = [
      3,
      n0,
      _ESM,
      0,
      [_Ma, _ESL],
      [0, [() => EventSubscriptionsList, 0]]
    ];
    var ExportTask$ = [
      3,
      n0,
      _ETx,
      0,
      [_ETI, _SA, _EO, _STnap, _TSTas, _TET, _SBu, _SP, _IRA, _KKI, _St, _PP, _TEDIGB, _FCa, _WM, _STo],
      [0, 0, 64 | 0, 4, 4, 4, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0]
    ];
    var ExportTasksMessage$ = [
      3,
      n0,
      _ETM,
      0,
      [_Ma, _ETxp],
      [0, [() => ExportTasksList, 0]]
    ];
    var FailoverDBClusterMessage$ = [
      3,
      n0,
      _FDBCM,
      0,
      [_DBCI, _TDBII],
      [0, 0],
      1
    ];
    var FailoverDBClusterResult$ = [
      3,
      n0,
      _FDBCR,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ];
    var FailoverGlobalClusterMessage$ = [
      3,
      n0,
      _FGCM,
      0,
      [_GCI, _TDCI, _ADL, _Sw],
      [0, 0, 2, 2],
      2
    ];
    var FailoverGlobalClusterResult$ = [
      3,
      n0,
      _FGCR,
      0,
      [_GC],
      [[() => GlobalCluster$, 0]]
    ];
    var FailoverState$ = [
      3,
      n0,
      _FSa,
      0,
      [_St, _FDCA, _TDCA, _IDLA],
      [0, 0, 0, 2]
    ];
    var Filter$ = [
      3,
      n0,
      _Fil,
      0,
      [_N, _Va],
      [0, [() => FilterValueList, 0]],
      2
    ];
    var GlobalCluster$ = [
      3,
      n0,
      _GC,
      0,
      [_GCI, _GCRI, _GCA, _St, _E, _EV, _ELS, _DN, _SE, _SET, _DP, _GCM, _End, _FSa, _TL],
      [0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, [() => GlobalClusterMemberList, 0], 0, () => FailoverState$, [() => TagList, 0]]
    ];
    var GlobalClusterMember$ = [
      3,
      n0,
      _GCMl,
      0,
      [_DBCA, _Read, _IW, _GWFS, _SSy],
      [0, 64 | 0, 2, 0, 0]
    ];
    var GlobalClustersMessage$ = [
      3,
      n0,
      _GCMlo,
      0,
      [_Ma, _GCl],
      [0, [() => GlobalClusterList, 0]]
    ];
    var Integration$ = [
      3,
      n0,
      _Int,
      0,
      [_SA, _TA, _IN, _IAn, _KMSKI, _AEC, _St, _T, _DFa, _D, _CT, _Er],
      [0, 0, 0, 0, 0, 128 | 0, 0, [() => TagList, 0], 0, 0, 4, [() => IntegrationErrorList, 0]]
    ];
    var IntegrationError$ = [
      3,
      n0,
      _IE,
      0,
      [_ECr, _EMr],
      [0, 0],
      1
    ];
    var IPRange$ = [
      3,
      n0,
      _IPRa,
      0,
      [_St, _CIDRIP],
      [0, 0]
    ];
    var IssueDetails$ = [
      3,
      n0,
      _IDs,
      0,
      [_PID],
      [() => PerformanceIssueDetails$]
    ];
    var LimitlessDatabase$ = [
      3,
      n0,
      _LD,
      0,
      [_St, _MRACU],
      [0, 1]
    ];
    var ListTagsForResourceMessage$ = [
      3,
      n0,
      _LTFRM,
      0,
      [_RN, _Fi],
      [0, [() => FilterList, 0]],
      1
    ];
    var MasterUserSecret$ = [
      3,
      n0,
      _MUS,
      0,
      [_SAe, _SSe, _KKI],
      [0, 0, 0]
    ];
    var Metric$ = [
      3,
      n0,
      _Met,
      0,
      [_N, _Ref, _SDtat, _MQ],
      [0, () => MetricReferenceList, 0, () => MetricQuery$]
    ];
    var MetricQuery$ = [
      3,
      n0,
      _MQ,
      0,
      [_PIMQ],
      [() => PerformanceInsightsMetricQuery$]
    ];
    var MetricReference$ = [
      3,
      n0,
      _MRe,
      0,
      [_N, _RD],
      [0, () => ReferenceDetails$]
    ];
    var MinimumEngineVersionPerAllowedValue$ = [
      3,
      n0,
      _MEVPAV,
      0,
      [_AVl, _MEVi],
      [0, 0]
    ];
    var ModifyActivityStreamRequest$ = [
      3,
      n0,
      _MASR,
      0,
      [_RAe, _APS],
      [0, 0]
    ];
    var ModifyActivityStreamResponse$ = [
      3,
      n0,
      _MASRo,
      0,
      [_KKI, _KSN, _St, _Mo, _ENAFI, _PS],
      [0, 0, 0, 0, 2, 0]
    ];
    var ModifyAdditionalStorageVolume$ = [
      3,
      n0,
      _MASV,
      0,
      [_VN, _AS, _IOPS, _MAS, _ST, _STt, _SFD],
      [0, 1, 1, 1, 1, 0, 2],
      1
    ];
    var ModifyCertificatesMessage$ = [
      3,
      n0,
      _MCM,
      0,
      [_CI, _RCO],
      [0, 2]
    ];
    var ModifyCertificatesResult$ = [
      3,
      n0,
      _MCR,
      0,
      [_C],
      [() => Certificate$]
    ];
    var ModifyCurrentDBClusterCapacityMessage$ = [
      3,
      n0,
      _MCDBCCM,
      0,
      [_DBCI, _Ca, _SBT, _TAi],
      [0, 1, 1, 0],
      1
    ];
    var ModifyCustomDBEngineVersionMessage$ = [
      3,
      n0,
      _MCDBEVM,
      0,
      [_E, _EV, _D, _St],
      [0, 0, 0, 0],
      2
    ];
    var ModifyDBCapacityReservationRequest$ = [
      3,
      n0,
      _MDBCRR,
      0,
      [_DBCRI, _CPAZ, _EDT, _ED],
      [0, 1, 0, 4],
      1
    ];
    var ModifyDBCapacityReservationResponse$ = [
      3,
      n0,
      _MDBCRRo,
      0,
      [_DBCR],
      [[() => DBCapacityReservation$, 0]]
    ];
    var ModifyDBClusterEndpointMessage$ = [
      3,
      n0,
      _MDBCEM,
      0,
      [_DBCEI, _ET, _SM, _EM],
      [0, 0, 64 | 0, 64 | 0],
      1
    ];
    var ModifyDBClusterMessage$ = [
      3,
      n0,
      _MDBCM,
      0,
      [_DBCI, _NDBCI, _AIp, _BRP, _DBCPGN, _VSGI, _P, _MUP, _OGN, _PBW, _PMW, _EIAMDA, _BW, _CLEC, _EV, _AMVUl, _DBIPGN, _Do, _DIAMRN, _SC, _DP, _EHE, _CTTS, _EGWF, _DBCIC, _AS, _STt, _I, _AMVU, _NT, _SVSC, _MIo, _MRA, _DIM, _EPI, _PIKMSKI, _PIRP, _MMUP, _RMUP, _ELWF, _MUSKKI, _EMn, _AEMC, _ABRPA, _ELD, _CACI, _MUAT, _ELS],
      [0, 0, 2, 1, 0, [() => VpcSecurityGroupIdList, 0], 1, [() => SensitiveString, 0], 0, 0, 0, 2, 1, () => CloudwatchLogsExportConfiguration$, 0, 2, 0, 0, 0, () => ScalingConfiguration$, 2, 2, 2, 2, 0, 1, 0, 1, 2, 0, () => ServerlessV2ScalingConfiguration$, 1, 0, 0, 2, 0, 1, 2, 2, 2, 0, 0, 2, 0, 2, 0, 0, 0],
      1
    ];
    var ModifyDBClusterParameterGroupMessage$ = [
      3,
      n0,
      _MDBCPGM,
      0,
      [_DBCPGN, _Pa],
      [0, [() => ParametersList, 0]],
      2
    ];
    var ModifyDBClusterResult$ = [
      3,
      n0,
      _MDBCR,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ];
    var ModifyDBClusterSnapshotAttributeMessage$ = [
      3,
      n0,
      _MDBCSAM,
      0,
      [_DBCSI, _AN, _VTA, _VTR],
      [0, 0, [() => AttributeValueList, 0], [() => AttributeValueList, 0]],
      2
    ];
    var ModifyDBClusterSnapshotAttributeResult$ = [
      3,
      n0,
      _MDBCSAR,
      0,
      [_DBCSAR],
      [[() => DBClusterSnapshotAttributesResult$, 0]]
    ];
    var ModifyDBInstanceMessage$ = [
      3,
      n0,
      _MDBIM,
      0,
      [_DBII, _AS, _DBIC, _DBSGNu, _DBSGe, _VSGI, _AIp, _MUP, _DBPGN, _BRP, _PBW, _PMW, _MAZ, _EV, _AMVUl, _AMVU, _LM, _I, _ST, _OGN, _NDBII, _STt, _TCA, _TCP, _CACI, _Do, _DF, _DO, _DASA, _DDI, _DD, _CTTS, _MIo, _DBPNo, _PA, _MRA, _DIAMRN, _PT, _EIAMDA, _DIM, _EPI, _PIKMSKI, _PIRP, _CLEC, _PF, _UDPF, _DP, _MAS, _CRR, _RM, _AM, _RFAMM, _ECOI, _NT, _ABRPA, _MMUP, _RMUP, _MUSKKI, _MT, _DLV, _E, _ASVd, _DBCRI, _TS, _MUAT, _ELS],
      [0, 1, 0, 0, [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], 2, [() => SensitiveString, 0], 0, 1, 0, 0, 2, 0, 2, 2, 0, 1, 1, 0, 0, 0, 0, [() => SensitiveString, 0], 0, 0, 0, 0, 0, 64 | 0, 2, 2, 1, 1, 2, 0, 0, 1, 2, 0, 2, 0, 1, () => CloudwatchLogsExportConfiguration$, [() => ProcessorFeatureList, 0], 2, 2, 1, 2, 0, 0, 1, 2, 0, 0, 2, 2, 0, 2, 2, 0, () => ModifyAdditionalStorageVolumesList, 0, [() => TagSpecificationList, 0], 0, 0],
      1
    ];
    var ModifyDBInstanceResult$ = [
      3,
      n0,
      _MDBIR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ];
    var ModifyDBParameterGroupMessage$ = [
      3,
      n0,
      _MDBPGM,
      0,
      [_DBPGN, _Pa],
      [0, [() => ParametersList, 0]],
      2
    ];
    var ModifyDBProxyEndpointRequest$ = [
      3,
      n0,
      _MDBPER,
      0,
      [_DBPEN, _NDBPEN, _VSGI],
      [0, 0, 64 | 0],
      1
    ];
    var ModifyDBProxyEndpointResponse$ = [
      3,
      n0,
      _MDBPERo,
      0,
      [_DBPE],
      [() => DBProxyEndpoint$]
    ];
    var ModifyDBProxyRequest$ = [
      3,
      n0,
      _MDBPR,
      0,
      [_DBPN, _NDBPN, _DAS, _A, _RTLS, _ICT, _DL, _RA, _SG],
      [0, 0, 0, () => UserAuthConfigList, 2, 1, 2, 0, 64 | 0],
      1
    ];
    var ModifyDBProxyResponse$ = [
      3,
      n0,
      _MDBPRo,
      0,
      [_DBP],
      [() => DBProxy$]
    ];
    var ModifyDBProxyTargetGroupRequest$ = [
      3,
      n0,
      _MDBPTGR,
      0,
      [_TGN, _DBPN, _CPCo, _NN],
      [0, 0, [() => ConnectionPoolConfiguration$, 0], 0],
      2
    ];
    var ModifyDBProxyTargetGroupResponse$ = [
      3,
      n0,
      _MDBPTGRo,
      0,
      [_DBPTG],
      [[() => DBProxyTargetGroup$, 0]]
    ];
    var ModifyDBRecommendationMessage$ = [
      3,
      n0,
      _MDBRM,
      0,
      [_RIe, _Lo, _St, _RAU],
      [0, 0, 0, () => RecommendedActionUpdateList],
      1
    ];
    var ModifyDBShardGroupMessage$ = [
      3,
      n0,
      _MDBSGM,
      0,
      [_DBSGI, _MACU, _MACUi, _CR],
      [0, 1, 1, 1],
      1
    ];
    var ModifyDBSnapshotAttributeMessage$ = [
      3,
      n0,
      _MDBSAM,
      0,
      [_DBSIn, _AN, _VTA, _VTR],
      [0, 0, [() => AttributeValueList, 0], [() => AttributeValueList, 0]],
      2
    ];
    var ModifyDBSnapshotAttributeResult$ = [
      3,
      n0,
      _MDBSAR,
      0,
      [_DBSAR],
      [[() => DBSnapshotAttributesResult$, 0]]
    ];
    var ModifyDBSnapshotMessage$ = [
      3,
      n0,
      _MDBSM,
      0,
      [_DBSIn, _EV, _OGN],
      [0, 0, 0],
      1
    ];
    var ModifyDBSnapshotResult$ = [
      3,
      n0,
      _MDBSR,
      0,
      [_DBS],
      [[() => DBSnapshot$, 0]]
    ];
    var ModifyDBSubnetGroupMessage$ = [
      3,
      n0,
      _MDBSGMo,
      0,
      [_DBSGNu, _SIub, _DBSGDu],
      [0, [() => SubnetIdentifierList, 0], 0],
      2
    ];
    var ModifyDBSubnetGroupResult$ = [
      3,
      n0,
      _MDBSGR,
      0,
      [_DBSGu],
      [[() => DBSubnetGroup$, 0]]
    ];
    var ModifyEventSubscriptionMessage$ = [
      3,
      n0,
      _MESM,
      0,
      [_SN, _STA, _STo, _EC, _En],
      [0, 0, 0, [() => EventCategoriesList, 0], 2],
      1
    ];
    var ModifyEventSubscriptionResult$ = [
      3,
      n0,
      _MESR,
      0,
      [_ES],
      [[() => EventSubscription$, 0]]
    ];
    var ModifyGlobalClusterMessage$ = [
      3,
      n0,
      _MGCM,
      0,
      [_GCI, _NGCI, _DP, _EV, _AMVUl],
      [0, 0, 2, 0, 2],
      1
    ];
    var ModifyGlobalClusterResult$ = [
      3,
      n0,
      _MGCR,
      0,
      [_GC],
      [[() => GlobalCluster$, 0]]
    ];
    var ModifyIntegrationMessage$ = [
      3,
      n0,
      _MIM,
      0,
      [_IIn, _IN, _DFa, _D],
      [0, 0, 0, 0],
      1
    ];
    var ModifyOptionGroupMessage$ = [
      3,
      n0,
      _MOGM,
      0,
      [_OGN, _OTI, _OTR, _AIp],
      [0, [() => OptionConfigurationList, 0], 64 | 0, 2],
      1
    ];
    var ModifyOptionGroupResult$ = [
      3,
      n0,
      _MOGR,
      0,
      [_OG],
      [[() => OptionGroup$, 0]]
    ];
    var ModifyTenantDatabaseMessage$ = [
      3,
      n0,
      _MTDM,
      0,
      [_DBII, _TDBN, _MUP, _NTDBN, _MMUP, _RMUP, _MUSKKI],
      [0, 0, [() => SensitiveString, 0], 0, 2, 2, 0],
      2
    ];
    var ModifyTenantDatabaseResult$ = [
      3,
      n0,
      _MTDR,
      0,
      [_TD],
      [[() => TenantDatabase$, 0]]
    ];
    var Option$ = [
      3,
      n0,
      _O,
      0,
      [_ON, _OD, _Pe, _Per, _P, _OV, _OS, _DBSGMec, _VSGM],
      [0, 0, 2, 2, 1, 0, [() => OptionSettingConfigurationList, 0], [() => DBSecurityGroupMembershipList, 0], [() => VpcSecurityGroupMembershipList, 0]]
    ];
    var OptionConfiguration$ = [
      3,
      n0,
      _OC,
      0,
      [_ON, _P, _OV, _DBSGMec, _VSGM, _OS],
      [0, 1, 0, [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], [() => OptionSettingsList, 0]],
      1
    ];
    var OptionGroup$ = [
      3,
      n0,
      _OG,
      0,
      [_OGN, _OGD, _EN, _MEV, _Op, _AVANVIM, _VI, _OGA, _SOG, _SAI, _CTop, _SR],
      [0, 0, 0, 0, [() => OptionsList, 0], 2, 0, 0, 0, 0, 4, 0]
    ];
    var OptionGroupMembership$ = [
      3,
      n0,
      _OGMp,
      0,
      [_OGN, _St],
      [0, 0]
    ];
    var OptionGroupOption$ = [
      3,
      n0,
      _OGO,
      0,
      [_N, _D, _EN, _MEV, _MRMEV, _PR, _DPe, _ODO, _OCW, _Pe, _Per, _RAMEVU, _VO, _SOVD, _OGOS, _OGOV, _CCA, _CCR],
      [0, 0, 0, 0, 0, 2, 1, [() => OptionsDependedOn, 0], [() => OptionsConflictsWith, 0], 2, 2, 2, 2, 2, [() => OptionGroupOptionSettingsList, 0], [() => OptionGroupOptionVersionsList, 0], 2, 2]
    ];
    var OptionGroupOptionSetting$ = [
      3,
      n0,
      _OGOSp,
      0,
      [_SNe, _SDe, _DV, _AT, _AV, _IM, _IR, _MEVPAV],
      [0, 0, 0, 0, 0, 2, 2, [() => MinimumEngineVersionPerAllowedValueList, 0]]
    ];
    var OptionGroupOptionsMessage$ = [
      3,
      n0,
      _OGOM,
      0,
      [_OGOp, _Ma],
      [[() => OptionGroupOptionsList, 0], 0]
    ];
    var OptionGroups$ = [
      3,
      n0,
      _OGp,
      0,
      [_OGL, _Ma],
      [[() => OptionGroupsList, 0], 0]
    ];
    var OptionSetting$ = [
      3,
      n0,
      _OSp,
      0,
      [_N, _V, _DV, _D, _AT, _DTa, _AV, _IM, _IC],
      [0, [() => PotentiallySensitiveOptionSettingValue, 0], 0, 0, 0, 0, 0, 2, 2]
    ];
    var OptionVersion$ = [
      3,
      n0,
      _OV,
      0,
      [_Ve, _ID],
      [0, 2]
    ];
    var OrderableDBInstanceOption$ = [
      3,
      n0,
      _ODBIO,
      0,
      [_E, _EV, _DBIC, _LM, _AZG, _AZv, _MAZC, _RRC, _Vp, _SSE, _STt, _SIu, _SST, _SEMu, _SIAMDA, _SPI, _MSS, _MSSa, _MIPDI, _MIPDIa, _MIPG, _MIPGa, _MSTPDI, _MSTPDIa, _MSTPI, _MSTPIa, _APFv, _SEM, _SSA, _SKA, _OCu, _SASM, _SGD, _SNT, _SCu, _SDLV, _SASV, _SHE, _AASVOv],
      [0, 0, 0, 0, 0, [() => AvailabilityZoneList, 0], 2, 2, 2, 2, 0, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, [() => AvailableProcessorFeatureList, 0], 64 | 0, 2, 2, 2, 64 | 0, 2, 64 | 0, 2, 2, 2, 2, [() => AvailableAdditionalStorageVolumesOptionList, 0]]
    ];
    var OrderableDBInstanceOptionsMessage$ = [
      3,
      n0,
      _ODBIOM,
      0,
      [_ODBIOr, _Ma],
      [[() => OrderableDBInstanceOptionsList, 0], 0]
    ];
    var Outpost$ = [
      3,
      n0,
      _Ou,
      0,
      [_Ar],
      [0]
    ];
    var Parameter$ = [
      3,
      n0,
      _Par,
      0,
      [_PN, _PV, _D, _S, _AT, _DTa, _AV, _IM, _MEVi, _AMp, _SEM],
      [0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 64 | 0]
    ];
    var PendingCloudwatchLogsExports$ = [
      3,
      n0,
      _PCLE,
      0,
      [_LTTE, _LTTD],
      [64 | 0, 64 | 0]
    ];
    var PendingMaintenanceAction$ = [
      3,
      n0,
      _PMA,
      0,
      [_Ac, _AAAD, _FAD, _OIS, _CAD, _D],
      [0, 4, 4, 0, 4, 0]
    ];
    var PendingMaintenanceActionsMessage$ = [
      3,
      n0,
      _PMAM,
      0,
      [_PMAe, _Ma],
      [[() => PendingMaintenanceActions, 0], 0]
    ];
    var PendingModifiedValues$ = [
      3,
      n0,
      _PMV,
      0,
      [_DBIC, _AS, _MUP, _P, _BRP, _MAZ, _EV, _LM, _I, _ST, _DBII, _STt, _CACI, _DBSGNu, _PCLE, _PF, _AM, _RFAMT, _MT, _IAMDAE, _DLV, _E, _ASVd, _DBCRI],
      [0, 1, [() => SensitiveString, 0], 1, 1, 2, 0, 0, 1, 1, 0, 0, 0, 0, () => PendingCloudwatchLogsExports$, [() => ProcessorFeatureList, 0], 0, 4, 2, 2, 2, 0, () => AdditionalStorageVolumesList, 0]
    ];
    var PerformanceInsightsMetricDimensionGroup$ = [
      3,
      n0,
      _PIMDG,
      0,
      [_Di, _G, _Li],
      [64 | 0, 0, 1]
    ];
    var PerformanceInsightsMetricQuery$ = [
      3,
      n0,
      _PIMQ,
      0,
      [_GB, _Met],
      [() => PerformanceInsightsMetricDimensionGroup$, 0]
    ];
    var PerformanceIssueDetails$ = [
      3,
      n0,
      _PID,
      0,
      [_STtar, _ETn, _Metr, _An],
      [4, 4, () => MetricList, 0]
    ];
    var ProcessorFeature$ = [
      3,
      n0,
      _PFr,
      0,
      [_N, _V],
      [0, 0]
    ];
    var PromoteReadReplicaDBClusterMessage$ = [
      3,
      n0,
      _PRRDBCM,
      0,
      [_DBCI],
      [0],
      1
    ];
    var PromoteReadReplicaDBClusterResult$ = [
      3,
      n0,
      _PRRDBCR,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ];
    var PromoteReadReplicaMessage$ = [
      3,
      n0,
      _PRRM,
      0,
      [_DBII, _BRP, _PBW, _TS],
      [0, 1, 0, [() => TagSpecificationList, 0]],
      1
    ];
    var PromoteReadReplicaResult$ = [
      3,
      n0,
      _PRRR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ];
    var PurchaseReservedDBInstancesOfferingMessage$ = [
      3,
      n0,
      _PRDBIOM,
      0,
      [_RDBIOI, _RDBII, _DBICn, _T],
      [0, 0, 1, [() => TagList, 0]],
      1
    ];
    var PurchaseReservedDBInstancesOfferingResult$ = [
      3,
      n0,
      _PRDBIOR,
      0,
      [_RDBI],
      [[() => ReservedDBInstance$, 0]]
    ];
    var Range$ = [
      3,
      n0,
      _Ra,
      0,
      [_Fr, _To, _Ste],
      [1, 1, 1]
    ];
    var RdsCustomClusterConfiguration$ = [
      3,
      n0,
      _RCCC,
      0,
      [_ISI, _TGMDI, _RM],
      [0, 0, 0]
    ];
    var RebootDBClusterMessage$ = [
      3,
      n0,
      _RDBCM,
      0,
      [_DBCI],
      [0],
      1
    ];
    var RebootDBClusterResult$ = [
      3,
      n0,
      _RDBCR,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ];
    var RebootDBInstanceMessage$ = [
      3,
      n0,
      _RDBIM,
      0,
      [_DBII, _FF],
      [0, 2],
      1
    ];
    var RebootDBInstanceResult$ = [
      3,
      n0,
      _RDBIR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ];
    var RebootDBShardGroupMessage$ = [
      3,
      n0,
      _RDBSGM,
      0,
      [_DBSGI],
      [0],
      1
    ];
    var RecommendedAction$ = [
      3,
      n0,
      _RAeco,
      0,
      [_AIc, _Tit, _D, _Ope, _Pa, _AMpp, _St, _IDs, _CAon],
      [0, 0, 0, 0, () => RecommendedActionParameterList, 64 | 0, 0, () => IssueDetails$, () => ContextAttributeList]
    ];
    var RecommendedActionParameter$ = [
      3,
      n0,
      _RAP,
      0,
      [_K, _V],
      [0, 0]
    ];
    var RecommendedActionUpdate$ = [
      3,
      n0,
      _RAUe,
      0,
      [_AIc, _St],
      [0, 0],
      2
    ];
    var RecurringCharge$ = [
      3,
      n0,
      _RC,
      0,
      [_RCA, _RCF],
      [1, 0]
    ];
    var ReferenceDetails$ = [
      3,
      n0,
      _RD,
      0,
      [_SRD],
      [() => ScalarReferenceDetails$]
    ];
    var RegisterDBProxyTargetsRequest$ = [
      3,
      n0,
      _RDBPTR,
      0,
      [_DBPN, _TGN, _DBIIn, _DBCIl],
      [0, 0, 64 | 0, 64 | 0],
      1
    ];
    var RegisterDBProxyTargetsResponse$ = [
      3,
      n0,
      _RDBPTRe,
      0,
      [_DBPTr],
      [() => TargetList]
    ];
    var RemoveFromGlobalClusterMessage$ = [
      3,
      n0,
      _RFGCM,
      0,
      [_GCI, _DCI],
      [0, 0],
      2
    ];
    var RemoveFromGlobalClusterResult$ = [
      3,
      n0,
      _RFGCR,
      0,
      [_GC],
      [[() => GlobalCluster$, 0]]
    ];
    var RemoveRoleFromDBClusterMessage$ = [
      3,
      n0,
      _RRFDBCM,
      0,
      [_DBCI, _RA, _FN],
      [0, 0, 0],
      2
    ];
    var RemoveRoleFromDBInstanceMessage$ = [
      3,
      n0,
      _RRFDBIM,
      0,
      [_DBII, _RA, _FN],
      [0, 0, 0],
      3
    ];
    var RemoveSourceIdentifierFromSubscriptionMessage$ = [
      3,
      n0,
      _RSIFSM,
      0,
      [_SN, _SI],
      [0, 0],
      2
    ];
    var RemoveSourceIdentifierFromSubscriptionResult$ = [
      3,
      n0,
      _RSIFSR,
      0,
      [_ES],
      [[() => EventSubscription$, 0]]
    ];
    var RemoveTagsFromResourceMessage$ = [
      3,
      n0,
      _RTFRM,
      0,
      [_RN, _TK],
      [0, 64 | 0],
      2
    ];
    var ReservedDBInstance$ = [
      3,
      n0,
      _RDBI,
      0,
      [_RDBII, _RDBIOI, _DBIC, _STtar, _Du, _FP, _UP, _CCu, _DBICn, _PD, _OT, _MAZ, _Sta, _RCe, _RDBIA, _LI],
      [0, 0, 0, 4, 1, 1, 1, 0, 1, 0, 0, 2, 0, [() => RecurringChargeList, 0], 0, 0]
    ];
    var ReservedDBInstanceMessage$ = [
      3,
      n0,
      _RDBIMe,
      0,
      [_Ma, _RDBIe],
      [0, [() => ReservedDBInstanceList, 0]]
    ];
    var ReservedDBInstancesOffering$ = [
      3,
      n0,
      _RDBIO,
      0,
      [_RDBIOI, _DBIC, _Du, _FP, _UP, _CCu, _PD, _OT, _MAZ, _RCe],
      [0, 0, 1, 1, 1, 0, 0, 0, 2, [() => RecurringChargeList, 0]]
    ];
    var ReservedDBInstancesOfferingMessage$ = [
      3,
      n0,
      _RDBIOM,
      0,
      [_Ma, _RDBIOe],
      [0, [() => ReservedDBInstancesOfferingList, 0]]
    ];
    var ResetDBClusterParameterGroupMessage$ = [
      3,
      n0,
      _RDBCPGM,
      0,
      [_DBCPGN, _RAPe, _Pa],
      [0, 2, [() => ParametersList, 0]],
      1
    ];
    var ResetDBParameterGroupMessage$ = [
      3,
      n0,
      _RDBPGM,
      0,
      [_DBPGN, _RAPe, _Pa],
      [0, 2, [() => ParametersList, 0]],
      1
    ];
    var ResourcePendingMaintenanceActions$ = [
      3,
      n0,
      _RPMA,
      0,
      [_RI, _PMAD],
      [0, [() => PendingMaintenanceActionDetails, 0]]
    ];
    var RestoreDBClusterFromS3Message$ = [
      3,
      n0,
      _RDBCFSM,
      0,
      [_DBCI, _E, _MU, _SEo, _SEV, _SBN, _SIRA, _AZv, _BRP, _CSN, _DN, _DBCPGN, _VSGI, _DBSGNu, _EV, _P, _MUP, _OGN, _PBW, _PMW, _T, _SE, _KKI, _EIAMDA, _SP, _BW, _ECLE, _DP, _CTTS, _Do, _DIAMRN, _STt, _NT, _SVSC, _MMUP, _MUSKKI, _ELS, _TS, _AR],
      [0, 0, 0, 0, 0, 0, 0, [() => AvailabilityZones, 0], 1, 0, 0, 0, [() => VpcSecurityGroupIdList, 0], 0, 0, 1, [() => SensitiveString, 0], 0, 0, 0, [() => TagList, 0], 2, 0, 2, 0, 1, 64 | 0, 2, 2, 0, 0, 0, 0, () => ServerlessV2ScalingConfiguration$, 2, 0, 0, [() => TagSpecificationList, 0], [() => DBClusterAssociatedRoles, 0]],
      7
    ];
    var RestoreDBClusterFromS3Result$ = [
      3,
      n0,
      _RDBCFSR,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ];
    var RestoreDBClusterFromSnapshotMessage$ = [
      3,
      n0,
      _RDBCFSMe,
      0,
      [_DBCI, _SIn, _E, _AZv, _EV, _P, _DBSGNu, _DN, _OGN, _VSGI, _T, _KKI, _EIAMDA, _BW, _ECLE, _EMn, _SC, _DBCPGN, _DP, _CTTS, _Do, _DIAMRN, _DBCIC, _STt, _I, _PA, _NT, _SVSC, _RCCC, _MIo, _MRA, _EPI, _PIKMSKI, _PIRP, _BRP, _PBW, _ELS, _TS, _EVPCN, _EIAG, _AR],
      [0, 0, 0, [() => AvailabilityZones, 0], 0, 1, 0, 0, 0, [() => VpcSecurityGroupIdList, 0], [() => TagList, 0], 0, 2, 1, 64 | 0, 0, () => ScalingConfiguration$, 0, 2, 2, 0, 0, 0, 0, 1, 2, 0, () => ServerlessV2ScalingConfiguration$, () => RdsCustomClusterConfiguration$, 1, 0, 2, 0, 1, 1, 0, 0, [() => TagSpecificationList, 0], 2, 2, [() => DBClusterAssociatedRoles, 0]],
      3
    ];
    var RestoreDBClusterFromSnapshotResult$ = [
      3,
      n0,
      _RDBCFSRe,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ];
    var RestoreDBClusterToPointInTimeMessage$ = [
      3,
      n0,
      _RDBCTPITM,
      0,
      [_DBCI, _RT, _SDBCI, _RTT, _ULRT, _P, _DBSGNu, _OGN, _VSGI, _T, _KKI, _EIAMDA, _BW, _ECLE, _DBCPGN, _DP, _CTTS, _Do, _DIAMRN, _DBCIC, _STt, _PA, _I, _NT, _SDCRI, _SVSC, _SC, _EMn, _RCCC, _MIo, _MRA, _EPI, _PIKMSKI, _PIRP, _BRP, _PBW, _ELS, _TS, _EVPCN, _EIAG, _AR],
      [0, 0, 0, 4, 2, 1, 0, 0, [() => VpcSecurityGroupIdList, 0], [() => TagList, 0], 0, 2, 1, 64 | 0, 0, 2, 2, 0, 0, 0, 0, 2, 1, 0, 0, () => ServerlessV2ScalingConfiguration$, () => ScalingConfiguration$, 0, () => RdsCustomClusterConfiguration$, 1, 0, 2, 0, 1, 1, 0, 0, [() => TagSpecificationList, 0], 2, 2, [() => DBClusterAssociatedRoles, 0]],
      1
    ];
    var RestoreDBClusterToPointInTimeResult$ = [
      3,
      n0,
      _RDBCTPITR,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ];
    var RestoreDBInstanceFromDBSnapshotMessage$ = [
      3,
      n0,
      _RDBIFDBSM,
      0,
      [_DBII, _DBSIn, _DBIC, _P, _AZ, _DBSGNu, _MAZ, _PA, _AMVU, _LM, _DBN, _E, _I, _ST, _OGN, _T, _STt, _TCA, _TCP, _VSGI, _Do, _DF, _DO, _DASA, _DDI, _CTTS, _DIAMRN, _EIAMDA, _ECLE, _PF, _UDPF, _DBPGN, _DP, _ECOI, _NT, _BTa, _CIIP, _AS, _DBCSI, _BRP, _PBW, _DBCRI, _DLV, _CACI, _ELS, _ASVd, _TS, _MMUP, _MUSKKI],
      [0, 0, 0, 1, 0, 0, 2, 2, 2, 0, 0, 0, 1, 1, 0, [() => TagList, 0], 0, 0, [() => SensitiveString, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 64 | 0, 2, 0, 2, 64 | 0, [() => ProcessorFeatureList, 0], 2, 0, 2, 2, 0, 0, 0, 1, 0, 1, 0, 0, 2, 0, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0], 2, 0],
      1
    ];
    var RestoreDBInstanceFromDBSnapshotResult$ = [
      3,
      n0,
      _RDBIFDBSR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ];
    var RestoreDBInstanceFromS3Message$ = [
      3,
      n0,
      _RDBIFSM,
      0,
      [_DBII, _DBIC, _E, _SEo, _SEV, _SBN, _SIRA, _DBN, _AS, _MU, _MUP, _DBSGe, _VSGI, _AZ, _DBSGNu, _PMW, _DBPGN, _BRP, _PBW, _P, _MAZ, _EV, _AMVU, _LM, _I, _ST, _OGN, _PA, _T, _STt, _SE, _KKI, _CTTS, _MIo, _MRA, _EIAMDA, _SP, _DIM, _EPI, _PIKMSKI, _PIRP, _ECLE, _PF, _UDPF, _DP, _MAS, _NT, _MMUP, _MUSKKI, _DBCRI, _DLV, _CACI, _ELS, _ASVd, _TS],
      [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, [() => SensitiveString, 0], [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 1, 0, 1, 2, 0, 2, 0, 1, 1, 0, 2, [() => TagList, 0], 0, 2, 0, 2, 1, 0, 2, 0, 0, 2, 0, 1, 64 | 0, [() => ProcessorFeatureList, 0], 2, 2, 1, 0, 2, 0, 0, 2, 0, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0]],
      7
    ];
    var RestoreDBInstanceFromS3Result$ = [
      3,
      n0,
      _RDBIFSR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ];
    var RestoreDBInstanceToPointInTimeMessage$ = [
      3,
      n0,
      _RDBITPITM,
      0,
      [_TDBII, _SDBII, _RTe, _ULRT, _DBIC, _P, _AZ, _DBSGNu, _MAZ, _PA, _AMVU, _LM, _DBN, _E, _I, _ST, _OGN, _CTTS, _T, _STt, _TCA, _TCP, _VSGI, _Do, _DIAMRN, _DF, _DO, _DASA, _DDI, _EIAMDA, _ECLE, _PF, _UDPF, _DBPGN, _DP, _SDRI, _MAS, _ECOI, _NT, _SDBIABA, _BTa, _CIIP, _AS, _BRP, _PBW, _DBCRI, _DLV, _CACI, _ELS, _ASVd, _TS, _MMUP, _MUSKKI],
      [0, 0, 4, 2, 0, 1, 0, 0, 2, 2, 2, 0, 0, 0, 1, 1, 0, 2, [() => TagList, 0], 0, 0, [() => SensitiveString, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 0, 64 | 0, 2, 64 | 0, [() => ProcessorFeatureList, 0], 2, 0, 2, 0, 1, 2, 0, 0, 0, 0, 1, 1, 0, 0, 2, 0, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0], 2, 0],
      1
    ];
    var RestoreDBInstanceToPointInTimeResult$ = [
      3,
      n0,
      _RDBITPITR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ];
    var RestoreWindow$ = [
      3,
      n0,
      _RW,
      0,
      [_ETa, _LT],
      [4, 4]
    ];
    var RevokeDBSecurityGroupIngressMessage$ = [
      3,
      n0,
      _RDBSGIM,
      0,
      [_DBSGN, _CIDRIP, _ECSGN, _ECSGI, _ECSGOI],
      [0, 0, 0, 0, 0],
      1
    ];
    var RevokeDBSecurityGroupIngressResult$ = [
      3,
      n0,
      _RDBSGIR,
      0,
      [_DBSG],
      [[() => DBSecurityGroup$, 0]]
    ];
    var ScalarReferenceDetails$ = [
      3,
      n0,
      _SRD,
      0,
      [_V],
      [1]
    ];
    var ScalingConfiguration$ = [
      3,
      n0,
      _SC,
      0,
      [_MC, _MCa, _AP, _SUAP, _TAi, _SBT],
      [1, 1, 2, 1, 0, 1]
    ];
    var ScalingConfigurationInfo$ = [
      3,
      n0,
      _SCI,
      0,
      [_MC, _MCa, _AP, _SUAP, _TAi, _SBT],
      [1, 1, 2, 1, 0, 1]
    ];
    var ServerlessV2FeaturesSupport$ = [
      3,
      n0,
      _SVFS,
      0,
      [_MC, _MCa],
      [1, 1]
    ];
    var ServerlessV2PlatformVersionInfo$ = [
      3,
      n0,
      _SVPVI,
      0,
      [_SVPV, _SVPVD, _E, _SVFS, _St, _ID],
      [0, 0, 0, () => ServerlessV2FeaturesSupport$, 0, 2]
    ];
    var ServerlessV2PlatformVersionsMessage$ = [
      3,
      n0,
      _SVPVM,
      0,
      [_Ma, _SVPVe],
      [0, () => ServerlessV2PlatformVersionList]
    ];
    var ServerlessV2ScalingConfiguration$ = [
      3,
      n0,
      _SVSC,
      0,
      [_MC, _MCa, _SUAP],
      [1, 1, 1]
    ];
    var ServerlessV2ScalingConfigurationInfo$ = [
      3,
      n0,
      _SVSCI,
      0,
      [_MC, _MCa, _SUAP],
      [1, 1, 1]
    ];
    var SourceRegion$ = [
      3,
      n0,
      _SR,
      0,
      [_RNe, _End, _St, _SDBIABR],
      [0, 0, 0, 2]
    ];
    var SourceRegionMessage$ = [
      3,
      n0,
      _SRM,
      0,
      [_Ma, _SRo],
      [0, [() => SourceRegionList, 0]]
    ];
    var StartActivityStreamRequest$ = [
      3,
      n0,
      _SASR,
      0,
      [_RAe, _Mo, _KKI, _AIp, _ENAFI],
      [0, 0, 0, 2, 2],
      3
    ];
    var StartActivityStreamResponse$ = [
      3,
      n0,
      _SASRt,
      0,
      [_KKI, _KSN, _St, _Mo, _ENAFI, _AIp],
      [0, 0, 0, 0, 2, 2]
    ];
    var StartDBClusterMessage$ = [
      3,
      n0,
      _SDBCM,
      0,
      [_DBCI],
      [0],
      1
    ];
    var StartDBClusterResult$ = [
      3,
      n0,
      _SDBCR,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ];
    var StartDBInstanceAutomatedBackupsReplicationMessage$ = [
      3,
      n0,
      _SDBIABRM,
      0,
      [_SDBIA, _BRP, _KKI, _PSU, _T],
      [0, 1, 0, [() => SensitiveString, 0], [() => TagList, 0]],
      1
    ];
    var StartDBInstanceAutomatedBackupsReplicationResult$ = [
      3,
      n0,
      _SDBIABRR,
      0,
      [_DBIAB],
      [[() => DBInstanceAutomatedBackup$, 0]]
    ];
    var StartDBInstanceMessage$ = [
      3,
      n0,
      _SDBIM,
      0,
      [_DBII, _DBCRI],
      [0, 0],
      1
    ];
    var StartDBInstanceResult$ = [
      3,
      n0,
      _SDBIR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ];
    var StartExportTaskMessage$ = [
      3,
      n0,
      _SETM,
      0,
      [_ETI, _SA, _SBN, _IRA, _KKI, _SP, _EO],
      [0, 0, 0, 0, 0, 0, 64 | 0],
      5
    ];
    var StopActivityStreamRequest$ = [
      3,
      n0,
      _SASRto,
      0,
      [_RAe, _AIp],
      [0, 2],
      1
    ];
    var StopActivityStreamResponse$ = [
      3,
      n0,
      _SASRtop,
      0,
      [_KKI, _KSN, _St],
      [0, 0, 0]
    ];
    var StopDBClusterMessage$ = [
      3,
      n0,
      _SDBCMt,
      0,
      [_DBCI],
      [0],
      1
    ];
    var StopDBClusterResult$ = [
      3,
      n0,
      _SDBCRt,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ];
    var StopDBInstanceAutomatedBackupsReplicationMessage$ = [
      3,
      n0,
      _SDBIABRMt,
      0,
      [_SDBIA],
      [0],
      1
    ];
    var StopDBInstanceAutomatedBackupsReplicationResult$ = [
      3,
      n0,
      _SDBIABRRt,
      0,
      [_DBIAB],
      [[() => DBInstanceAutomatedBackup$, 0]]
    ];
    var StopDBInstanceMessage$ = [
      3,
      n0,
      _SDBIMt,
      0,
      [_DBII, _DBSIn, _DFDBCR],
      [0, 0, 2],
      1
    ];
    var StopDBInstanceResult$ = [
      3,
      n0,
      _SDBIRt,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ];
    var Subnet$ = [
      3,
      n0,
      _Sub,
      0,
      [_SIubn, _SAZu, _SO, _SSu],
      [0, () => AvailabilityZone$, () => Outpost$, 0]
    ];
    var SupportedEngineLifecycle$ = [
      3,
      n0,
      _SELu,
      0,
      [_LSN, _LSSD, _LSED],
      [0, 4, 4],
      3
    ];
    var SwitchoverBlueGreenDeploymentRequest$ = [
      3,
      n0,
      _SBGDR,
      0,
      [_BGDI, _STw],
      [0, 1],
      1
    ];
    var SwitchoverBlueGreenDeploymentResponse$ = [
      3,
      n0,
      _SBGDRw,
      0,
      [_BGD],
      [[() => BlueGreenDeployment$, 0]]
    ];
    var SwitchoverDetail$ = [
      3,
      n0,
      _SDw,
      0,
      [_SMo, _TM, _St],
      [0, 0, 0]
    ];
    var SwitchoverGlobalClusterMessage$ = [
      3,
      n0,
      _SGCM,
      0,
      [_GCI, _TDCI],
      [0, 0],
      2
    ];
    var SwitchoverGlobalClusterResult$ = [
      3,
      n0,
      _SGCR,
      0,
      [_GC],
      [[() => GlobalCluster$, 0]]
    ];
    var SwitchoverReadReplicaMessage$ = [
      3,
      n0,
      _SRRM,
      0,
      [_DBII],
      [0],
      1
    ];
    var SwitchoverReadReplicaResult$ = [
      3,
      n0,
      _SRRR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ];
    var Tag$ = [
      3,
      n0,
      _Tag,
      0,
      [_K, _V],
      [0, 0]
    ];
    var TagListMessage$ = [
      3,
      n0,
      _TLM,
      0,
      [_TL],
      [[() => TagList, 0]]
    ];
    var TagSpecification$ = [
      3,
      n0,
      _TSa,
      0,
      [_RTes, _T],
      [0, [() => TagList, 0]]
    ];
    var TargetHealth$ = [
      3,
      n0,
      _TH,
      0,
      [_Sta, _Rea, _D],
      [0, 0, 0]
    ];
    var TargetResourceConfiguration$ = [
      3,
      n0,
      _TRCa,
      0,
      [_SA, _TKKI],
      [0, 0],
      1
    ];
    var TenantDatabase$ = [
      3,
      n0,
      _TD,
      0,
      [_TDCT, _DBII, _TDBN, _St, _MU, _DRI, _TDRI, _TDARN, _CSN, _NCSN, _DP, _PMV, _MUS, _TL],
      [4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, [() => TenantDatabasePendingModifiedValues$, 0], () => MasterUserSecret$, [() => TagList, 0]]
    ];
    var TenantDatabasePendingModifiedValues$ = [
      3,
      n0,
      _TDPMV,
      0,
      [_MUP, _TDBN],
      [[() => SensitiveString, 0], 0]
    ];
    var TenantDatabasesMessage$ = [
      3,
      n0,
      _TDM,
      0,
      [_Ma, _TDe],
      [0, [() => TenantDatabasesList, 0]]
    ];
    var Timezone$ = [
      3,
      n0,
      _Ti,
      0,
      [_TN],
      [0]
    ];
    var UpgradeTarget$ = [
      3,
      n0,
      _UTp,
      0,
      [_E, _EV, _D, _AU, _IMVU, _SEM, _SPQ, _SGD, _SB, _SLD, _SLWF, _SIup],
      [0, 0, 0, 2, 2, 64 | 0, 2, 2, 2, 2, 2, 2]
    ];
    var UserAuthConfig$ = [
      3,
      n0,
      _UAC,
      0,
      [_D, _UN, _ASu, _SAe, _IAMA, _CPAT],
      [0, 0, 0, 0, 0, 0]
    ];
    var UserAuthConfigInfo$ = [
      3,
      n0,
      _UACI,
      0,
      [_D, _UN, _ASu, _SAe, _IAMA, _CPAT],
      [0, 0, 0, 0, 0, 0]
    ];
    var ValidAdditionalStorageOptions$ = [
      3,
      n0,
      _VASO,
      0,
      [_SASV, _Vo],
      [2, [() => ValidVolumeOptionsList, 0]]
    ];
    var ValidDBInstanceModificationsMessage$ = [
      3,
      n0,
      _VDBIMM,
      0,
      [_Sto, _VPF, _SDLV, _ASd],
      [[() => ValidStorageOptionsList, 0], [() => AvailableProcessorFeatureList, 0], 2, [() => ValidAdditionalStorageOptions$, 0]]
    ];
    var ValidStorageOptions$ = [
      3,
      n0,
      _VSO,
      0,
      [_STt, _SSt, _PI, _ITSR, _PST, _STTIR, _SSA],
      [0, [() => RangeList, 0], [() => RangeList, 0], [() => DoubleRangeList, 0], [() => RangeList, 0], [() => DoubleRangeList, 0], 2]
    ];
    var ValidVolumeOptions$ = [
      3,
      n0,
      _VVO,
      0,
      [_VN, _Sto],
      [0, [() => ValidStorageOptionsList, 0]]
    ];
    var VpcSecurityGroupMembership$ = [
      3,
      n0,
      _VSGMp,
      0,
      [_VSGIp, _St],
      [0, 0]
    ];
    var __Unit = "unit";
    var AccountQuotaList = [
      1,
      n0,
      _AQL,
      0,
      [
        () => AccountQuota$,
        { [_xN]: _AQc }
      ]
    ];
    var AdditionalStorageVolumesList = [
      1,
      n0,
      _ASVL,
      0,
      () => AdditionalStorageVolume$
    ];
    var AdditionalStorageVolumesOutputList = [
      1,
      n0,
      _ASVOL,
      0,
      () => AdditionalStorageVolumeOutput$
    ];
    var AttributeValueList = [
      1,
      n0,
      _AVL,
      0,
      [
        0,
        { [_xN]: _AVtt }
      ]
    ];
    var AvailabilityZoneList = [
      1,
      n0,
      _AZL,
      0,
      [
        () => AvailabilityZone$,
        { [_xN]: _AZ }
      ]
    ];
    var AvailabilityZones = [
      1,
      n0,
      _AZv,
      0,
      [
        0,
        { [_xN]: _AZ }
      ]
    ];
    var AvailableAdditionalStorageVolumesOptionList = [
      1,
      n0,
      _AASVOL,
      0,
      [
        () => AvailableAdditionalStorageVolumesOption$,
        { [_xN]: _AASVO }
      ]
    ];
    var AvailableCapacityPerAvailabilityZoneList = [
      1,
      n0,
      _ACPAZL,
      0,
      [
        () => AvailableCapacityPerAvailabilityZone$,
        { [_xN]: _ACPAZ }
      ]
    ];
    var AvailableProcessorFeatureList = [
      1,
      n0,
      _APFL,
      0,
      [
        () => AvailableProcessorFeature$,
        { [_xN]: _APF }
      ]
    ];
    var BlueGreenDeploymentList = [
      1,
      n0,
      _BGDL,
      0,
      [
        () => BlueGreenDeployment$,
        0
      ]
    ];
    var BlueGreenDeploymentTaskList = [
      1,
      n0,
      _BGDTL,
      0,
      () => BlueGreenDeploymentTask$
    ];
    var CertificateList = [
      1,
      n0,
      _CL,
      0,
      [
        () => Certificate$,
        { [_xN]: _C }
      ]
    ];
    var ContextAttributeList = [
      1,
      n0,
      _CAL,
      0,
      () => ContextAttribute$
    ];
    var DBCapacityReservationList = [
      1,
      n0,
      _DBCRL,
      0,
      [
        () => DBCapacityReservation$,
        0
      ]
    ];
    var DBClusterAssociatedRoles = [
      1,
      n0,
      _DBCARl,
      0,
      [
        () => DBClusterAssociatedRole$,
        { [_xN]: _DBCAR }
      ]
    ];
    var DBClusterAutomatedBackupList = [
      1,
      n0,
      _DBCABL,
      0,
      [
        () => DBClusterAutomatedBackup$,
        { [_xN]: _DBCAB }
      ]
    ];
    var DBClusterBacktrackList = [
      1,
      n0,
      _DBCBL,
      0,
      [
        () => DBClusterBacktrack$,
        { [_xN]: _DBCB }
      ]
    ];
    var DBClusterEndpointList = [
      1,
      n0,
      _DBCEL,
      0,
      [
        () => DBClusterEndpoint$,
        { [_xN]: _DBCEL }
      ]
    ];
    var DBClusterList = [
      1,
      n0,
      _DBCL,
      0,
      [
        () => DBCluster$,
        { [_xN]: _DBC }
      ]
    ];
    var DBClusterMemberList = [
      1,
      n0,
      _DBCML,
      0,
      [
        () => DBClusterMember$,
        { [_xN]: _DBCMl }
      ]
    ];
    var DBClusterOptionGroupMemberships = [
      1,
      n0,
      _DBCOGM,
      0,
      [
        () => DBClusterOptionGroupStatus$,
        { [_xN]: _DBCOG }
      ]
    ];
    var DBClusterParameterGroupList = [
      1,
      n0,
      _DBCPGL,
      0,
      [
        () => DBClusterParameterGroup$,
        { [_xN]: _DBCPG }
      ]
    ];
    var DBClusterRoles = [
      1,
      n0,
      _DBCRlu,
      0,
      [
        () => DBClusterRole$,
        { [_xN]: _DBCRl }
      ]
    ];
    var DBClusterSnapshotAttributeList = [
      1,
      n0,
      _DBCSAL,
      0,
      [
        () => DBClusterSnapshotAttribute$,
        { [_xN]: _DBCSAl }
      ]
    ];
    var DBClusterSnapshotList = [
      1,
      n0,
      _DBCSL,
      0,
      [
        () => DBClusterSnapshot$,
        { [_xN]: _DBCS }
      ]
    ];
    var DBClusterStatusInfoList = [
      1,
      n0,
      _DBCSIL,
      0,
      [
        () => DBClusterStatusInfo$,
        { [_xN]: _DBCSIl }
      ]
    ];
    var DBEngineVersionList = [
      1,
      n0,
      _DBEVL,
      0,
      [
        () => DBEngineVersion$,
        { [_xN]: _DBEV }
      ]
    ];
    var DBInstanceAutomatedBackupList = [
      1,
      n0,
      _DBIABL,
      0,
      [
        () => DBInstanceAutomatedBackup$,
        { [_xN]: _DBIAB }
      ]
    ];
    var DBInstanceAutomatedBackupsReplicationList = [
      1,
      n0,
      _DBIABRL,
      0,
      [
        () => DBInstanceAutomatedBackupsReplication$,
        { [_xN]: _DBIABRn }
      ]
    ];
    var DBInstanceList = [
      1,
      n0,
      _DBIL,
      0,
      [
        () => DBInstance$,
        { [_xN]: _DBI }
      ]
    ];
    var DBInstanceRoles = [
      1,
      n0,
      _DBIRn,
      0,
      [
        () => DBInstanceRole$,
        { [_xN]: _DBIR }
      ]
    ];
    var DBInstanceStatusInfoList = [
      1,
      n0,
      _DBISIL,
      0,
      [
        () => DBInstanceStatusInfo$,
        { [_xN]: _DBISI }
      ]
    ];
    var DBMajorEngineVersionsList = [
      1,
      n0,
      _DBMEVL,
      0,
      [
        () => DBMajorEngineVersion$,
        { [_xN]: _DBMEV }
      ]
    ];
    var DBParameterGroupList = [
      1,
      n0,
      _DBPGL,
      0,
      [
        () => DBParameterGroup$,
        { [_xN]: _DBPG }
      ]
    ];
    var DBParameterGroupStatusList = [
      1,
      n0,
      _DBPGSL,
      0,
      [
        () => DBParameterGroupStatus$,
        { [_xN]: _DBPG }
      ]
    ];
    var DBProxyEndpointList = [
      1,
      n0,
      _DBPEL,
      0,
      () => DBProxyEndpoint$
    ];
    var DBProxyList = [
      1,
      n0,
      _DBPL,
      0,
      () => DBProxy$
    ];
    var DBRecommendationList = [
      1,
      n0,
      _DBRL,
      0,
      () => DBRecommendation$
    ];
    var DBSecurityGroupMembershipList = [
      1,
      n0,
      _DBSGML,
      0,
      [
        () => DBSecurityGroupMembership$,
        { [_xN]: _DBSG }
      ]
    ];
    var DBSecurityGroupNameList = [
      1,
      n0,
      _DBSGNL,
      0,
      [
        0,
        { [_xN]: _DBSGN }
      ]
    ];
    var DBSecurityGroups = [
      1,
      n0,
      _DBSGe,
      0,
      [
        () => DBSecurityGroup$,
        { [_xN]: _DBSG }
      ]
    ];
    var DBShardGroupsList = [
      1,
      n0,
      _DBSGL,
      0,
      [
        () => DBShardGroup$,
        { [_xN]: _DBSGh }
      ]
    ];
    var DBSnapshotAttributeList = [
      1,
      n0,
      _DBSAL,
      0,
      [
        () => DBSnapshotAttribute$,
        { [_xN]: _DBSAn }
      ]
    ];
    var DBSnapshotList = [
      1,
      n0,
      _DBSL,
      0,
      [
        () => DBSnapshot$,
        { [_xN]: _DBS }
      ]
    ];
    var DBSnapshotTenantDatabasesList = [
      1,
      n0,
      _DBSTDL,
      0,
      [
        () => DBSnapshotTenantDatabase$,
        { [_xN]: _DBSTD }
      ]
    ];
    var DBSubnetGroups = [
      1,
      n0,
      _DBSGub,
      0,
      [
        () => DBSubnetGroup$,
        { [_xN]: _DBSGu }
      ]
    ];
    var DescribeDBLogFilesList = [
      1,
      n0,
      _DDBLFL,
      0,
      [
        () => DescribeDBLogFilesDetails$,
        { [_xN]: _DDBLFD }
      ]
    ];
    var DocLinkList = [
      1,
      n0,
      _DLL,
      0,
      () => DocLink$
    ];
    var DomainMembershipList = [
      1,
      n0,
      _DML,
      0,
      [
        () => DomainMembership$,
        { [_xN]: _DMo }
      ]
    ];
    var DoubleRangeList = [
      1,
      n0,
      _DRL,
      0,
      [
        () => DoubleRange$,
        { [_xN]: _DR }
      ]
    ];
    var EC2SecurityGroupList = [
      1,
      n0,
      _ECSGL,
      0,
      [
        () => EC2SecurityGroup$,
        { [_xN]: _ECSGe }
      ]
    ];
    var EventCategoriesList = [
      1,
      n0,
      _ECL,
      0,
      [
        0,
        { [_xN]: _ECv }
      ]
    ];
    var EventCategoriesMapList = [
      1,
      n0,
      _ECML,
      0,
      [
        () => EventCategoriesMap$,
        { [_xN]: _ECM }
      ]
    ];
    var EventList = [
      1,
      n0,
      _EL,
      0,
      [
        () => Event$,
        { [_xN]: _Ev }
      ]
    ];
    var EventSubscriptionsList = [
      1,
      n0,
      _ESL,
      0,
      [
        () => EventSubscription$,
        { [_xN]: _ES }
      ]
    ];
    var ExportTasksList = [
      1,
      n0,
      _ETL,
      0,
      [
        () => ExportTask$,
        { [_xN]: _ETx }
      ]
    ];
    var FilterList = [
      1,
      n0,
      _FL,
      0,
      [
        () => Filter$,
        { [_xN]: _Fil }
      ]
    ];
    var FilterValueList = [
      1,
      n0,
      _FVL,
      0,
      [
        0,
        { [_xN]: _V }
      ]
    ];
    var GlobalClusterList = [
      1,
      n0,
      _GCL,
      0,
      [
        () => GlobalCluster$,
        { [_xN]: _GCMl }
      ]
    ];
    var GlobalClusterMemberList = [
      1,
      n0,
      _GCML,
      0,
      [
        () => GlobalClusterMember$,
        { [_xN]: _GCMl }
      ]
    ];
    var IntegrationErrorList = [
      1,
      n0,
      _IEL,
      0,
      [
        () => IntegrationError$,
        { [_xN]: _IE }
      ]
    ];
    var IntegrationList = [
      1,
      n0,
      _IL,
      0,
      [
        () => Integration$,
        { [_xN]: _Int }
      ]
    ];
    var IPRangeList = [
      1,
      n0,
      _IPRL,
      0,
      [
        () => IPRange$,
        { [_xN]: _IPRa }
      ]
    ];
    var MetricList = [
      1,
      n0,
      _ML,
      0,
      () => Metric$
    ];
    var MetricReferenceList = [
      1,
      n0,
      _MRL,
      0,
      () => MetricReference$
    ];
    var MinimumEngineVersionPerAllowedValueList = [
      1,
      n0,
      _MEVPAVL,
      0,
      [
        () => MinimumEngineVersionPerAllowedValue$,
        { [_xN]: _MEVPAV }
      ]
    ];
    var ModifyAdditionalStorageVolumesList = [
      1,
      n0,
      _MASVL,
      0,
      () => ModifyAdditionalStorageVolume$
    ];
    var OptionConfigurationList = [
      1,
      n0,
      _OCL,
      0,
      [
        () => OptionConfiguration$,
        { [_xN]: _OC }
      ]
    ];
    var OptionGroupMembershipList = [
      1,
      n0,
      _OGML,
      0,
      [
        () => OptionGroupMembership$,
        { [_xN]: _OGMp }
      ]
    ];
    var OptionGroupOptionSettingsList = [
      1,
      n0,
      _OGOSL,
      0,
      [
        () => OptionGroupOptionSetting$,
        { [_xN]: _OGOSp }
      ]
    ];
    var OptionGroupOptionsList = [
      1,
      n0,
      _OGOL,
      0,
      [
        () => OptionGroupOption$,
        { [_xN]: _OGO }
      ]
    ];
    var OptionGroupOptionVersionsList = [
      1,
      n0,
      _OGOVL,
      0,
      [
        () => OptionVersion$,
        { [_xN]: _OV }
      ]
    ];
    var OptionGroupsList = [
      1,
      n0,
      _OGL,
      0,
      [
        () => OptionGroup$,
        { [_xN]: _OG }
      ]
    ];
    var OptionsConflictsWith = [
      1,
      n0,
      _OCW,
      0,
      [
        0,
        { [_xN]: _OCN }
      ]
    ];
    var OptionsDependedOn = [
      1,
      n0,
      _ODO,
      0,
      [
        0,
        { [_xN]: _ON }
      ]
    ];
    var OptionSettingConfigurationList = [
      1,
      n0,
      _OSCL,
      0,
      [
        () => OptionSetting$,
        { [_xN]: _OSp }
      ]
    ];
    var OptionSettingsList = [
      1,
      n0,
      _OSL,
      0,
      [
        () => OptionSetting$,
        { [_xN]: _OSp }
      ]
    ];
    var OptionsList = [
      1,
      n0,
      _OL,
      0,
      [
        () => Option$,
        { [_xN]: _O }
      ]
    ];
    var OrderableDBInstanceOptionsList = [
      1,
      n0,
      _ODBIOL,
      0,
      [
        () => OrderableDBInstanceOption$,
        { [_xN]: _ODBIO }
      ]
    ];
    var ParametersList = [
      1,
      n0,
      _PL,
      0,
      [
        () => Parameter$,
        { [_xN]: _Par }
      ]
    ];
    var PendingMaintenanceActionDetails = [
      1,
      n0,
      _PMAD,
      0,
      [
        () => PendingMaintenanceAction$,
        { [_xN]: _PMA }
      ]
    ];
    var PendingMaintenanceActions = [
      1,
      n0,
      _PMAe,
      0,
      [
        () => ResourcePendingMaintenanceActions$,
        { [_xN]: _RPMA }
      ]
    ];
    var ProcessorFeatureList = [
      1,
      n0,
      _PFL,
      0,
      [
        () => ProcessorFeature$,
        { [_xN]: _PFr }
      ]
    ];
    var RangeList = [
      1,
      n0,
      _RL,
      0,
      [
        () => Range$,
        { [_xN]: _Ra }
      ]
    ];
    var ReadReplicaDBClusterIdentifierList = [
      1,
      n0,
      _RRDBCIL,
      0,
      [
        0,
        { [_xN]: _RRDBCIe }
      ]
    ];
    var ReadReplicaDBInstanceIdentifierList = [
      1,
      n0,
      _RRDBIIL,
      0,
      [
        0,
        { [_xN]: _RRDBIIe }
      ]
    ];
    var ReadReplicaIdentifierList = [
      1,
      n0,
      _RRIL,
      0,
      [
        0,
        { [_xN]: _RRIe }
      ]
    ];
    var RecommendedActionList = [
      1,
      n0,
      _RAL,
      0,
      () => RecommendedAction$
    ];
    var RecommendedActionParameterList = [
      1,
      n0,
      _RAPL,
      0,
      () => RecommendedActionParameter$
    ];
    var RecommendedActionUpdateList = [
      1,
      n0,
      _RAUL,
      0,
      () => RecommendedActionUpdate$
    ];
    var RecurringChargeList = [
      1,
      n0,
      _RCL,
      0,
      [
        () => RecurringCharge$,
        { [_xN]: _RC }
      ]
    ];
    var ReservedDBInstanceList = [
      1,
      n0,
      _RDBIL,
      0,
      [
        () => ReservedDBInstance$,
        { [_xN]: _RDBI }
      ]
    ];
    var ReservedDBInstancesOfferingList = [
      1,
      n0,
      _RDBIOL,
      0,
      [
        () => ReservedDBInstancesOffering$,
        { [_xN]: _RDBIO }
      ]
    ];
    var ServerlessV2PlatformVersionList = [
      1,
      n0,
      _SVPVL,
      0,
      () => ServerlessV2PlatformVersionInfo$
    ];
    var SourceIdsList = [
      1,
      n0,
      _SIL,
      0,
      [
        0,
        { [_xN]: _SIou }
      ]
    ];
    var SourceRegionList = [
      1,
      n0,
      _SRL,
      0,
      [
        () => SourceRegion$,
        { [_xN]: _SR }
      ]
    ];
    var SubnetIdentifierList = [
      1,
      n0,
      _SILu,
      0,
      [
        0,
        { [_xN]: _SIubn }
      ]
    ];
    var SubnetList = [
      1,
      n0,
      _SL,
      0,
      [
        () => Subnet$,
        { [_xN]: _Sub }
      ]
    ];
    var SupportedCharacterSetsList = [
      1,
      n0,
      _SCSL,
      0,
      [
        () => CharacterSet$,
        { [_xN]: _CS }
      ]
    ];
    var SupportedEngineLifecycleList = [
      1,
      n0,
      _SELL,
      0,
      [
        () => SupportedEngineLifecycle$,
        { [_xN]: _SELu }
      ]
    ];
    var SupportedTimezonesList = [
      1,
      n0,
      _STL,
      0,
      [
        () => Timezone$,
        { [_xN]: _Ti }
      ]
    ];
    var SwitchoverDetailList = [
      1,
      n0,
      _SDL,
      0,
      () => SwitchoverDetail$
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
    var TagSpecificationList = [
      1,
      n0,
      _TSL,
      0,
      [
        () => TagSpecification$,
        { [_xN]: _i }
      ]
    ];
    var TargetGroupList = [
      1,
      n0,
      _TGL,
      0,
      [
        () => DBProxyTargetGroup$,
        0
      ]
    ];
    var TargetList = [
      1,
      n0,
      _TLa,
      0,
      () => DBProxyTarget$
    ];
    var TargetResourceConfigurationList = [
      1,
      n0,
      _TRCL,
      0,
      [
        () => TargetResourceConfiguration$,
        { [_xN]: _TRCa }
      ]
    ];
    var TenantDatabasesList = [
      1,
      n0,
      _TDL,
      0,
      [
        () => TenantDatabase$,
        { [_xN]: _TD }
      ]
    ];
    var UserAuthConfigInfoList = [
      1,
      n0,
      _UACIL,
      0,
      () => UserAuthConfigInfo$
    ];
    var UserAuthConfigList = [
      1,
      n0,
      _UACL,
      0,
      () => UserAuthConfig$
    ];
    var ValidStorageOptionsList = [
      1,
      n0,
      _VSOL,
      0,
      [
        () => ValidStorageOptions$,
        { [_xN]: _VSO }
      ]
    ];
    var ValidUpgradeTargetList = [
      1,
      n0,
      _VUTL,
      0,
      [
        () => UpgradeTarget$,
        { [_xN]: _UTp }
      ]
    ];
    var ValidVolumeOptionsList = [
      1,
      n0,
      _VVOL,
      0,
      [
        () => ValidVolumeOptions$,
        0
      ]
    ];
    var VpcSecurityGroupIdList = [
      1,
      n0,
      _VSGIL,
      0,
      [
        0,
        { [_xN]: _VSGIp }
      ]
    ];
    var VpcSecurityGroupMembershipList = [
      1,
      n0,
      _VSGML,
      0,
      [
        () => VpcSecurityGroupMembership$,
        { [_xN]: _VSGMp }
      ]
    ];
    var AddRoleToDBCluster$ = [
      9,
      n0,
      _ARTDBC,
      0,
      () => AddRoleToDBClusterMessage$,
      () => __Unit
    ];
    var AddRoleToDBInstance$ = [
      9,
      n0,
      _ARTDBI,
      0,
      () => AddRoleToDBInstanceMessage$,
      () => __Unit
    ];
    var AddSourceIdentifierToSubscription$ = [
      9,
      n0,
      _ASITS,
      0,
      () => AddSourceIdentifierToSubscriptionMessage$,
      () => AddSourceIdentifierToSubscriptionResult$
    ];
    var AddTagsToResource$ = [
      9,
      n0,
      _ATTR,
      0,
      () => AddTagsToResourceMessage$,
      () => __Unit
    ];
    var ApplyPendingMaintenanceAction$ = [
      9,
      n0,
      _APMA,
      0,
      () => ApplyPendingMaintenanceActionMessage$,
      () => ApplyPendingMaintenanceActionResult$
    ];
    var AuthorizeDBSecurityGroupIngress$ = [
      9,
      n0,
      _ADBSGI,
      0,
      () => AuthorizeDBSecurityGroupIngressMessage$,
      () => AuthorizeDBSecurityGroupIngressResult$
    ];
    var BacktrackDBCluster$ = [
      9,
      n0,
      _BDBC,
      0,
      () => BacktrackDBClusterMessage$,
      () => DBClusterBacktrack$
    ];
    var CancelDBCapacityReservation$ = [
      9,
      n0,
      _CDBCRa,
      0,
      () => CancelDBCapacityReservationRequest$,
      () => CancelDBCapacityReservationResponse$
    ];
    var CancelExportTask$ = [
      9,
      n0,
      _CETa,
      0,
      () => CancelExportTaskMessage$,
      () => ExportTask$
    ];
    var CopyDBClusterParameterGroup$ = [
      9,
      n0,
      _CDBCPG,
      0,
      () => CopyDBClusterParameterGroupMessage$,
      () => CopyDBClusterParameterGroupResult$
    ];
    var CopyDBClusterSnapshot$ = [
      9,
      n0,
      _CDBCS,
      0,
      () => CopyDBClusterSnapshotMessage$,
      () => CopyDBClusterSnapshotResult$
    ];
    var CopyDBParameterGroup$ = [
      9,
      n0,
      _CDBPG,
      0,
      () => CopyDBParameterGroupMessage$,
      () => CopyDBParameterGroupResult$
    ];
    var CopyDBSnapshot$ = [
      9,
      n0,
      _CDBS,
      0,
      () => CopyDBSnapshotMessage$,
      () => CopyDBSnapshotResult$
    ];
    var CopyOptionGroup$ = [
      9,
      n0,
      _COG,
      0,
      () => CopyOptionGroupMessage$,
      () => CopyOptionGroupResult$
    ];
    var CreateBlueGreenDeployment$ = [
      9,
      n0,
      _CBGD,
      0,
      () => CreateBlueGreenDeploymentRequest$,
      () => CreateBlueGreenDeploymentResponse$
    ];
    var CreateCustomDBEngineVersion$ = [
      9,
      n0,
      _CCDBEV,
      0,
      () => CreateCustomDBEngineVersionMessage$,
      () => DBEngineVersion$
    ];
    var CreateDBCapacityReservation$ = [
      9,
      n0,
      _CDBCRr,
      0,
      () => CreateDBCapacityReservationRequest$,
      () => CreateDBCapacityReservationResponse$
    ];
    var CreateDBCluster$ = [
      9,
      n0,
      _CDBC,
      0,
      () => CreateDBClusterMessage$,
      () => CreateDBClusterResult$
    ];
    var CreateDBClusterEndpoint$ = [
      9,
      n0,
      _CDBCE,
      0,
      () => CreateDBClusterEndpointMessage$,
      () => DBClusterEndpoint$
    ];
    var CreateDBClusterParameterGroup$ = [
      9,
      n0,
      _CDBCPGr,
      0,
      () => CreateDBClusterParameterGroupMessage$,
      () => CreateDBClusterParameterGroupResult$
    ];
    var CreateDBClusterSnapshot$ = [
      9,
      n0,
      _CDBCSr,
      0,
      () => CreateDBClusterSnapshotMessage$,
      () => CreateDBClusterSnapshotResult$
    ];
    var CreateDBInstance$ = [
      9,
      n0,
      _CDBI,
      0,
      () => CreateDBInstanceMessage$,
      () => CreateDBInstanceResult$
    ];
    var CreateDBInstanceReadReplica$ = [
      9,
      n0,
      _CDBIRR,
      0,
      () => CreateDBInstanceReadReplicaMessage$,
      () => CreateDBInstanceReadReplicaResult$
    ];
    var CreateDBParameterGroup$ = [
      9,
      n0,
      _CDBPGr,
      0,
      () => CreateDBParameterGroupMessage$,
      () => CreateDBParameterGroupResult$
    ];
    var CreateDBProxy$ = [
      9,
      n0,
      _CDBP,
      0,
      () => CreateDBProxyRequest$,
      () => CreateDBProxyResponse$
    ];
    var CreateDBProxyEndpoint$ = [
      9,
      n0,
      _CDBPE,
      0,
      () => CreateDBProxyEndpointRequest$,
      () => CreateDBProxyEndpointResponse$
    ];
    var CreateDBSecurityGroup$ = [
      9,
      n0,
      _CDBSG,
      0,
      () => CreateDBSecurityGroupMessage$,
      () => CreateDBSecurityGroupResult$
    ];
    var CreateDBShardGroup$ = [
      9,
      n0,
      _CDBSGr,
      0,
      () => CreateDBShardGroupMessage$,
      () => DBShardGroup$
    ];
    var CreateDBSnapshot$ = [
      9,
      n0,
      _CDBSr,
      0,
      () => CreateDBSnapshotMessage$,
      () => CreateDBSnapshotResult$
    ];
    var CreateDBSubnetGroup$ = [
      9,
      n0,
      _CDBSGre,
      0,
      () => CreateDBSubnetGroupMessage$,
      () => CreateDBSubnetGroupResult$
    ];
    var CreateEventSubscription$ = [
      9,
      n0,
      _CES,
      0,
      () => CreateEventSubscriptionMessage$,
      () => CreateEventSubscriptionResult$
    ];
    var CreateGlobalCluster$ = [
      9,
      n0,
      _CGC,
      0,
      () => CreateGlobalClusterMessage$,
      () => CreateGlobalClusterResult$
    ];
    var CreateIntegration$ = [
      9,
      n0,
      _CIr,
      0,
      () => CreateIntegrationMessage$,
      () => Integration$
    ];
    var CreateOptionGroup$ = [
      9,
      n0,
      _COGr,
      0,
      () => CreateOptionGroupMessage$,
      () => CreateOptionGroupResult$
    ];
    var CreateTenantDatabase$ = [
      9,
      n0,
      _CTD,
      0,
      () => CreateTenantDatabaseMessage$,
      () => CreateTenantDatabaseResult$
    ];
    var DeleteBlueGreenDeployment$ = [
      9,
      n0,
      _DBGD,
      0,
      () => DeleteBlueGreenDeploymentRequest$,
      () => DeleteBlueGreenDeploymentResponse$
    ];
    var DeleteCustomDBEngineVersion$ = [
      9,
      n0,
      _DCDBEV,
      0,
      () => DeleteCustomDBEngineVersionMessage$,
      () => DBEngineVersion$
    ];
    var DeleteDBCluster$ = [
      9,
      n0,
      _DDBC,
      0,
      () => DeleteDBClusterMessage$,
      () => DeleteDBClusterResult$
    ];
    var DeleteDBClusterAutomatedBackup$ = [
      9,
      n0,
      _DDBCAB,
      0,
      () => DeleteDBClusterAutomatedBackupMessage$,
      () => DeleteDBClusterAutomatedBackupResult$
    ];
    var DeleteDBClusterEndpoint$ = [
      9,
      n0,
      _DDBCE,
      0,
      () => DeleteDBClusterEndpointMessage$,
      () => DBClusterEndpoint$
    ];
    var DeleteDBClusterParameterGroup$ = [
      9,
      n0,
      _DDBCPG,
      0,
      () => DeleteDBClusterParameterGroupMessage$,
      () => __Unit
    ];
    var DeleteDBClusterSnapshot$ = [
      9,
      n0,
      _DDBCS,
      0,
      () => DeleteDBClusterSnapshotMessage$,
      () => DeleteDBClusterSnapshotResult$
    ];
    var DeleteDBInstance$ = [
      9,
      n0,
      _DDBI,
      0,
      () => DeleteDBInstanceMessage$,
      () => DeleteDBInstanceResult$
    ];
    var DeleteDBInstanceAutomatedBackup$ = [
      9,
      n0,
      _DDBIAB,
      0,
      () => DeleteDBInstanceAutomatedBackupMessage$,
      () => DeleteDBInstanceAutomatedBackupResult$
    ];
    var DeleteDBParameterGroup$ = [
      9,
      n0,
      _DDBPG,
      0,
      () => DeleteDBParameterGroupMessage$,
      () => __Unit
    ];
    var DeleteDBProxy$ = [
      9,
      n0,
      _DDBP,
      0,
      () => DeleteDBProxyRequest$,
      () => DeleteDBProxyResponse$
    ];
    var DeleteDBProxyEndpoint$ = [
      9,
      n0,
      _DDBPE,
      0,
      () => DeleteDBProxyEndpointRequest$,
      () => DeleteDBProxyEndpointResponse$
    ];
    var DeleteDBSecurityGroup$ = [
      9,
      n0,
      _DDBSG,
      0,
      () => DeleteDBSecurityGroupMessage$,
      () => __Unit
    ];
    var DeleteDBShardGroup$ = [
      9,
      n0,
      _DDBSGe,
      0,
      () => DeleteDBShardGroupMessage$,
      () => DBShardGroup$
    ];
    var DeleteDBSnapshot$ = [
      9,
      n0,
      _DDBS,
      0,
      () => DeleteDBSnapshotMessage$,
      () => DeleteDBSnapshotResult$
    ];
    var DeleteDBSubnetGroup$ = [
      9,
      n0,
      _DDBSGel,
      0,
      () => DeleteDBSubnetGroupMessage$,
      () => __Unit
    ];
    var DeleteEventSubscription$ = [
      9,
      n0,
      _DES,
      0,
      () => DeleteEventSubscriptionMessage$,
      () => DeleteEventSubscriptionResult$
    ];
    var DeleteGlobalCluster$ = [
      9,
      n0,
      _DGC,
      0,
      () => DeleteGlobalClusterMessage$,
      () => DeleteGlobalClusterResult$
    ];
    var DeleteIntegration$ = [
      9,
      n0,
      _DIe,
      0,
      () => DeleteIntegrationMessage$,
      () => Integration$
    ];
    var DeleteOptionGroup$ = [
      9,
      n0,
      _DOG,
      0,
      () => DeleteOptionGroupMessage$,
      () => __Unit
    ];
    var DeleteTenantDatabase$ = [
      9,
      n0,
      _DTD,
      0,
      () => DeleteTenantDatabaseMessage$,
      () => DeleteTenantDatabaseResult$
    ];
    var DeregisterDBProxyTargets$ = [
      9,
      n0,
      _DDBPT,
      0,
      () => DeregisterDBProxyTargetsRequest$,
      () => DeregisterDBProxyTargetsResponse$
    ];
    var DescribeAccountAttributes$ = [
      9,
      n0,
      _DAA,
      0,
      () => DescribeAccountAttributesMessage$,
      () => AccountAttributesMessage$
    ];
    var DescribeBlueGreenDeployments$ = [
      9,
      n0,
      _DBGDe,
      0,
      () => DescribeBlueGreenDeploymentsRequest$,
      () => DescribeBlueGreenDeploymentsResponse$
    ];
    var DescribeCertificates$ = [
      9,
      n0,
      _DC,
      0,
      () => DescribeCertificatesMessage$,
      () => CertificateMessage$
    ];
    var DescribeDBCapacityReservations$ = [
      9,
      n0,
      _DDBCRe,
      0,
      () => DescribeDBCapacityReservationsRequest$,
      () => DescribeDBCapacityReservationsResponse$
    ];
    var DescribeDBClusterAutomatedBackups$ = [
      9,
      n0,
      _DDBCABe,
      0,
      () => DescribeDBClusterAutomatedBackupsMessage$,
      () => DBClusterAutomatedBackupMessage$
    ];
    var DescribeDBClusterBacktracks$ = [
      9,
      n0,
      _DDBCB,
      0,
      () => DescribeDBClusterBacktracksMessage$,
      () => DBClusterBacktrackMessage$
    ];
    var DescribeDBClusterEndpoints$ = [
      9,
      n0,
      _DDBCEe,
      0,
      () => DescribeDBClusterEndpointsMessage$,
      () => DBClusterEndpointMessage$
    ];
    var DescribeDBClusterParameterGroups$ = [
      9,
      n0,
      _DDBCPGe,
      0,
      () => DescribeDBClusterParameterGroupsMessage$,
      () => DBClusterParameterGroupsMessage$
    ];
    var DescribeDBClusterParameters$ = [
      9,
      n0,
      _DDBCP,
      0,
      () => DescribeDBClusterParametersMessage$,
      () => DBClusterParameterGroupDetails$
    ];
    var DescribeDBClusters$ = [
      9,
      n0,
      _DDBCe,
      0,
      () => DescribeDBClustersMessage$,
      () => DBClusterMessage$
    ];
    var DescribeDBClusterSnapshotAttributes$ = [
      9,
      n0,
      _DDBCSA,
      0,
      () => DescribeDBClusterSnapshotAttributesMessage$,
      () => DescribeDBClusterSnapshotAttributesResult$
    ];
    var DescribeDBClusterSnapshots$ = [
      9,
      n0,
      _DDBCSe,
      0,
      () => DescribeDBClusterSnapshotsMessage$,
      () => DBClusterSnapshotMessage$
    ];
    var DescribeDBEngineVersions$ = [
      9,
      n0,
      _DDBEV,
      0,
      () => DescribeDBEngineVersionsMessage$,
      () => DBEngineVersionMessage$
    ];
    var DescribeDBInstanceAutomatedBackups$ = [
      9,
      n0,
      _DDBIABe,
      0,
      () => DescribeDBInstanceAutomatedBackupsMessage$,
      () => DBInstanceAutomatedBackupMessage$
    ];
    var DescribeDBInstances$ = [
      9,
      n0,
      _DDBIe,
      0,
      () => DescribeDBInstancesMessage$,
      () => DBInstanceMessage$
    ];
    var DescribeDBLogFiles$ = [
      9,
      n0,
      _DDBLF,
      0,
      () => DescribeDBLogFilesMessage$,
      () => DescribeDBLogFilesResponse$
    ];
    var DescribeDBMajorEngineVersions$ = [
      9,
      n0,
      _DDBMEV,
      0,
      () => DescribeDBMajorEngineVersionsRequest$,
      () => DescribeDBMajorEngineVersionsResponse$
    ];
    var DescribeDBParameterGroups$ = [
      9,
      n0,
      _DDBPGe,
      0,
      () => DescribeDBParameterGroupsMessage$,
      () => DBParameterGroupsMessage$
    ];
    var DescribeDBParameters$ = [
      9,
      n0,
      _DDBPe,
      0,
      () => DescribeDBParametersMessage$,
      () => DBParameterGroupDetails$
    ];
    var DescribeDBProxies$ = [
      9,
      n0,
      _DDBPes,
      0,
      () => DescribeDBProxiesRequest$,
      () => DescribeDBProxiesResponse$
    ];
    var DescribeDBProxyEndpoints$ = [
      9,
      n0,
      _DDBPEe,
      0,
      () => DescribeDBProxyEndpointsRequest$,
      () => DescribeDBProxyEndpointsResponse$
    ];
    var DescribeDBProxyTargetGroups$ = [
      9,
      n0,
      _DDBPTG,
      0,
      () => DescribeDBProxyTargetGroupsRequest$,
      () => DescribeDBProxyTargetGroupsResponse$
    ];
    var DescribeDBProxyTargets$ = [
      9,
      n0,
      _DDBPTe,
      0,
      () => DescribeDBProxyTargetsRequest$,
      () => DescribeDBProxyTargetsResponse$
    ];
    var DescribeDBRecommendations$ = [
      9,
      n0,
      _DDBR,
      0,
      () => DescribeDBRecommendationsMessage$,
      () => DBRecommendationsMessage$
    ];
    var DescribeDBSecurityGroups$ = [
      9,
      n0,
      _DDBSGes,
      0,
      () => DescribeDBSecurityGroupsMessage$,
      () => DBSecurityGroupMessage$
    ];
    var DescribeDBShardGroups$ = [
      9,
      n0,
      _DDBSGesc,
      0,
      () => DescribeDBShardGroupsMessage$,
      () => DescribeDBShardGroupsResponse$
    ];
    var DescribeDBSnapshotAttributes$ = [
      9,
      n0,
      _DDBSA,
      0,
      () => DescribeDBSnapshotAttributesMessage$,
      () => DescribeDBSnapshotAttributesResult$
    ];
    var DescribeDBSnapshots$ = [
      9,
      n0,
      _DDBSe,
      0,
      () => DescribeDBSnapshotsMessage$,
      () => DBSnapshotMessage$
    ];
    var DescribeDBSnapshotTenantDatabases$ = [
      9,
      n0,
      _DDBSTD,
      0,
      () => DescribeDBSnapshotTenantDatabasesMessage$,
      () => DBSnapshotTenantDatabasesMessage$
    ];
    var DescribeDBSubnetGroups$ = [
      9,
      n0,
      _DDBSGescr,
      0,
      () => DescribeDBSubnetGroupsMessage$,
      () => DBSubnetGroupMessage$
    ];
    var DescribeEngineDefaultClusterParameters$ = [
      9,
      n0,
      _DEDCP,
      0,
      () => DescribeEngineDefaultClusterParametersMessage$,
      () => DescribeEngineDefaultClusterParametersResult$
    ];
    var DescribeEngineDefaultParameters$ = [
      9,
      n0,
      _DEDP,
      0,
      () => DescribeEngineDefaultParametersMessage$,
      () => DescribeEngineDefaultParametersResult$
    ];
    var DescribeEventCategories$ = [
      9,
      n0,
      _DEC,
      0,
      () => DescribeEventCategoriesMessage$,
      () => EventCategoriesMessage$
    ];
    var DescribeEvents$ = [
      9,
      n0,
      _DE,
      0,
      () => DescribeEventsMessage$,
      () => EventsMessage$
    ];
    var DescribeEventSubscriptions$ = [
      9,
      n0,
      _DESe,
      0,
      () => DescribeEventSubscriptionsMessage$,
      () => EventSubscriptionsMessage$
    ];
    var DescribeExportTasks$ = [
      9,
      n0,
      _DET,
      0,
      () => DescribeExportTasksMessage$,
      () => ExportTasksMessage$
    ];
    var DescribeGlobalClusters$ = [
      9,
      n0,
      _DGCe,
      0,
      () => DescribeGlobalClustersMessage$,
      () => GlobalClustersMessage$
    ];
    var DescribeIntegrations$ = [
      9,
      n0,
      _DIes,
      0,
      () => DescribeIntegrationsMessage$,
      () => DescribeIntegrationsResponse$
    ];
    var DescribeOptionGroupOptions$ = [
      9,
      n0,
      _DOGO,
      0,
      () => DescribeOptionGroupOptionsMessage$,
      () => OptionGroupOptionsMessage$
    ];
    var DescribeOptionGroups$ = [
      9,
      n0,
      _DOGe,
      0,
      () => DescribeOptionGroupsMessage$,
      () => OptionGroups$
    ];
    var DescribeOrderableDBInstanceOptions$ = [
      9,
      n0,
      _DODBIO,
      0,
      () => DescribeOrderableDBInstanceOptionsMessage$,
      () => OrderableDBInstanceOptionsMessage$
    ];
    var DescribePendingMaintenanceActions$ = [
      9,
      n0,
      _DPMA,
      0,
      () => DescribePendingMaintenanceActionsMessage$,
      () => PendingMaintenanceActionsMessage$
    ];
    var DescribeReservedDBInstances$ = [
      9,
      n0,
      _DRDBI,
      0,
      () => DescribeReservedDBInstancesMessage$,
      () => ReservedDBInstanceMessage$
    ];
    var DescribeReservedDBInstancesOfferings$ = [
      9,
      n0,
      _DRDBIO,
      0,
      () => DescribeReservedDBInstancesOfferingsMessage$,
      () => ReservedDBInstancesOfferingMessage$
    ];
    var DescribeServerlessV2PlatformVersions$ = [
      9,
      n0,
      _DSVPV,
      0,
      () => DescribeServerlessV2PlatformVersionsMessage$,
      () => ServerlessV2PlatformVersionsMessage$
    ];
    var DescribeSourceRegions$ = [
      9,
      n0,
      _DSR,
      0,
      () => DescribeSourceRegionsMessage$,
      () => SourceRegionMessage$
    ];
    var DescribeTenantDatabases$ = [
      9,
      n0,
      _DTDe,
      0,
      () => DescribeTenantDatabasesMessage$,
      () => TenantDatabasesMessage$
    ];
    var DescribeValidDBInstanceModifications$ = [
      9,
      n0,
      _DVDBIM,
      0,
      () => DescribeValidDBInstanceModificationsMessage$,
      () => DescribeValidDBInstanceModificationsResult$
    ];
    var DisableHttpEndpoint$ = [
      9,
      n0,
      _DHE,
      0,
      () => DisableHttpEndpointRequest$,
      () => DisableHttpEndpointResponse$
    ];
    var DownloadDBLogFilePortion$ = [
      9,
      n0,
      _DDBLFP,
      0,
      () => DownloadDBLogFilePortionMessage$,
      () => DownloadDBLogFilePortionDetails$
    ];
    var EnableHttpEndpoint$ = [
      9,
      n0,
      _EHE,
      0,
      () => EnableHttpEndpointRequest$,
      () => EnableHttpEndpointResponse$
    ];
    var FailoverDBCluster$ = [
      9,
      n0,
      _FDBC,
      0,
      () => FailoverDBClusterMessage$,
      () => FailoverDBClusterResult$
    ];
    var FailoverGlobalCluster$ = [
      9,
      n0,
      _FGC,
      0,
      () => FailoverGlobalClusterMessage$,
      () => FailoverGlobalClusterResult$
    ];
    var ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      0,
      () => ListTagsForResourceMessage$,
      () => TagListMessage$
    ];
    var ModifyActivityStream$ = [
      9,
      n0,
      _MASo,
      0,
      () => ModifyActivityStreamRequest$,
      () => ModifyActivityStreamResponse$
    ];
    var ModifyCertificates$ = [
      9,
      n0,
      _MCo,
      0,
      () => ModifyCertificatesMessage$,
      () => ModifyCertificatesResult$
    ];
    var ModifyCurrentDBClusterCapacity$ = [
      9,
      n0,
      _MCDBCC,
      0,
      () => ModifyCurrentDBClusterCapacityMessage$,
      () => DBClusterCapacityInfo$
    ];
    var ModifyCustomDBEngineVersion$ = [
      9,
      n0,
      _MCDBEV,
      0,
      () => ModifyCustomDBEngineVersionMessage$,
      () => DBEngineVersion$
    ];
    var ModifyDBCapacityReservation$ = [
      9,
      n0,
      _MDBCRo,
      0,
      () => ModifyDBCapacityReservationRequest$,
      () => ModifyDBCapacityReservationResponse$
    ];
    var ModifyDBCluster$ = [
      9,
      n0,
      _MDBC,
      0,
      () => ModifyDBClusterMessage$,
      () => ModifyDBClusterResult$
    ];
    var ModifyDBClusterEndpoint$ = [
      9,
      n0,
      _MDBCE,
      0,
      () => ModifyDBClusterEndpointMessage$,
      () => DBClusterEndpoint$
    ];
    var ModifyDBClusterParameterGroup$ = [
      9,
      n0,
      _MDBCPG,
      0,
      () => ModifyDBClusterParameterGroupMessage$,
      () => DBClusterParameterGroupNameMessage$
    ];
    var ModifyDBClusterSnapshotAttribute$ = [
      9,
      n0,
      _MDBCSA,
      0,
      () => ModifyDBClusterSnapshotAttributeMessage$,
      () => ModifyDBClusterSnapshotAttributeResult$
    ];
    var ModifyDBInstance$ = [
      9,
      n0,
      _MDBI,
      0,
      () => ModifyDBInstanceMessage$,
      () => ModifyDBInstanceResult$
    ];
    var ModifyDBParameterGroup$ = [
      9,
      n0,
      _MDBPG,
      0,
      () => ModifyDBParameterGroupMessage$,
      () => DBParameterGroupNameMessage$
    ];
    var ModifyDBProxy$ = [
      9,
      n0,
      _MDBP,
      0,
      () => ModifyDBProxyRequest$,
      () => ModifyDBProxyResponse$
    ];
    var ModifyDBProxyEndpoint$ = [
      9,
      n0,
      _MDBPE,
      0,
      () => ModifyDBProxyEndpointRequest$,
      () => ModifyDBProxyEndpointResponse$
    ];
    var ModifyDBProxyTargetGroup$ = [
      9,
      n0,
      _MDBPTG,
      0,
      () => ModifyDBProxyTargetGroupRequest$,
      () => ModifyDBProxyTargetGroupResponse$
    ];
    var ModifyDBRecommendation$ = [
      9,
      n0,
      _MDBR,
      0,
      () => ModifyDBRecommendationMessage$,
      () => DBRecommendationMessage$
    ];
    var ModifyDBShardGroup$ = [
      9,
      n0,
      _MDBSG,
      0,
      () => ModifyDBShardGroupMessage$,
      () => DBShardGroup$
    ];
    var ModifyDBSnapshot$ = [
      9,
      n0,
      _MDBS,
      0,
      () => ModifyDBSnapshotMessage$,
      () => ModifyDBSnapshotResult$
    ];
    var ModifyDBSnapshotAttribute$ = [
      9,
      n0,
      _MDBSA,
      0,
      () => ModifyDBSnapshotAttributeMessage$,
      () => ModifyDBSnapshotAttributeResult$
    ];
    var ModifyDBSubnetGroup$ = [
      9,
      n0,
      _MDBSGo,
      0,
      () => ModifyDBSubnetGroupMessage$,
      () => ModifyDBSubnetGroupResult$
    ];
    var ModifyEventSubscription$ = [
      9,
      n0,
      _MES,
      0,
      () => ModifyEventSubscriptionMessage$,
      () => ModifyEventSubscriptionResult$
    ];
    var ModifyGlobalCluster$ = [
      9,
      n0,
      _MGC,
      0,
      () => ModifyGlobalClusterMessage$,
      () => ModifyGlobalClusterResult$
    ];
    var ModifyIntegration$ = [
      9,
      n0,
      _MIod,
      0,
      () => ModifyIntegrationMessage$,
      () => Integration$
    ];
    var ModifyOptionGroup$ = [
      9,
      n0,
      _MOG,
      0,
      () => ModifyOptionGroupMessage$,
      () => ModifyOptionGroupResult$
    ];
    var ModifyTenantDatabase$ = [
      9,
      n0,
      _MTD,
      0,
      () => ModifyTenantDatabaseMessage$,
      () => ModifyTenantDatabaseResult$
    ];
    var PromoteReadReplica$ = [
      9,
      n0,
      _PRR,
      0,
      () => PromoteReadReplicaMessage$,
      () => PromoteReadReplicaResult$
    ];
    var PromoteReadReplicaDBCluster$ = [
      9,
      n0,
      _PRRDBC,
      0,
      () => PromoteReadReplicaDBClusterMessage$,
      () => PromoteReadReplicaDBClusterResult$
    ];
    var PurchaseReservedDBInstancesOffering$ = [
      9,
      n0,
      _PRDBIO,
      0,
      () => PurchaseReservedDBInstancesOfferingMessage$,
      () => PurchaseReservedDBInstancesOfferingResult$
    ];
    var RebootDBCluster$ = [
      9,
      n0,
      _RDBC,
      0,
      () => RebootDBClusterMessage$,
      () => RebootDBClusterResult$
    ];
    var RebootDBInstance$ = [
      9,
      n0,
      _RDBIeb,
      0,
      () => RebootDBInstanceMessage$,
      () => RebootDBInstanceResult$
    ];
    var RebootDBShardGroup$ = [
      9,
      n0,
      _RDBSG,
      0,
      () => RebootDBShardGroupMessage$,
      () => DBShardGroup$
    ];
    var RegisterDBProxyTargets$ = [
      9,
      n0,
      _RDBPT,
      0,
      () => RegisterDBProxyTargetsRequest$,
      () => RegisterDBProxyTargetsResponse$
    ];
    var RemoveFromGlobalCluster$ = [
      9,
      n0,
      _RFGC,
      0,
      () => RemoveFromGlobalClusterMessage$,
      () => RemoveFromGlobalClusterResult$
    ];
    var RemoveRoleFromDBCluster$ = [
      9,
      n0,
      _RRFDBC,
      0,
      () => RemoveRoleFromDBClusterMessage$,
      () => __Unit
    ];
    var RemoveRoleFromDBInstance$ = [
      9,
      n0,
      _RRFDBI,
      0,
      () => RemoveRoleFromDBInstanceMessage$,
      () => __Unit
    ];
    var RemoveSourceIdentifierFromSubscription$ = [
      9,
      n0,
      _RSIFS,
      0,
      () => RemoveSourceIdentifierFromSubscriptionMessage$,
      () => RemoveSourceIdentifierFromSubscriptionResult$
    ];
    var RemoveTagsFromResource$ = [
      9,
      n0,
      _RTFR,
      0,
      () => RemoveTagsFromResourceMessage$,
      () => __Unit
    ];
    var ResetDBClusterParameterGroup$ = [
      9,
      n0,
      _RDBCPG,
      0,
      () => ResetDBClusterParameterGroupMessage$,
      () => DBClusterParameterGroupNameMessage$
    ];
    var ResetDBParameterGroup$ = [
      9,
      n0,
      _RDBPG,
      0,
      () => ResetDBParameterGroupMessage$,
      () => DBParameterGroupNameMessage$
    ];
    var RestoreDBClusterFromS3$ = [
      9,
      n0,
      _RDBCFS,
      0,
      () => RestoreDBClusterFromS3Message$,
      () => RestoreDBClusterFromS3Result$
    ];
    var RestoreDBClusterFromSnapshot$ = [
      9,
      n0,
      _RDBCFSe,
      0,
      () => RestoreDBClusterFromSnapshotMessage$,
      () => RestoreDBClusterFromSnapshotResult$
    ];
    var RestoreDBClusterToPointInTime$ = [
      9,
      n0,
      _RDBCTPIT,
      0,
      () => RestoreDBClusterToPointInTimeMessage$,
      () => RestoreDBClusterToPointInTimeResult$
    ];
    var RestoreDBInstanceFromDBSnapshot$ = [
      9,
      n0,
      _RDBIFDBS,
      0,
      () => RestoreDBInstanceFromDBSnapshotMessage$,
      () => RestoreDBInstanceFromDBSnapshotResult$
    ];
    var RestoreDBInstanceFromS3$ = [
      9,
      n0,
      _RDBIFS,
      0,
      () => RestoreDBInstanceFromS3Message$,
      () => RestoreDBInstanceFromS3Result$
    ];
    var RestoreDBInstanceToPointInTime$ = [
      9,
      n0,
      _RDBITPIT,
      0,
      () => RestoreDBInstanceToPointInTimeMessage$,
      () => RestoreDBInstanceToPointInTimeResult$
    ];
    var RevokeDBSecurityGroupIngress$ = [
      9,
      n0,
      _RDBSGI,
      0,
      () => RevokeDBSecurityGroupIngressMessage$,
      () => RevokeDBSecurityGroupIngressResult$
    ];
    var StartActivityStream$ = [
      9,
      n0,
      _SAS,
      0,
      () => StartActivityStreamRequest$,
      () => StartActivityStreamResponse$
    ];
    var StartDBCluster$ = [
      9,
      n0,
      _SDBC,
      0,
      () => StartDBClusterMessage$,
      () => StartDBClusterResult$
    ];
    var StartDBInstance$ = [
      9,
      n0,
      _SDBI,
      0,
      () => StartDBInstanceMessage$,
      () => StartDBInstanceResult$
    ];
    var StartDBInstanceAutomatedBackupsReplication$ = [
      9,
      n0,
      _SDBIABRt,
      0,
      () => StartDBInstanceAutomatedBackupsReplicationMessage$,
      () => StartDBInstanceAutomatedBackupsReplicationResult$
    ];
    var StartExportTask$ = [
      9,
      n0,
      _SETt,
      0,
      () => StartExportTaskMessage$,
      () => ExportTask$
    ];
    var StopActivityStream$ = [
      9,
      n0,
      _SASt,
      0,
      () => StopActivityStreamRequest$,
      () => StopActivityStreamResponse$
    ];
    var StopDBCluster$ = [
      9,
      n0,
      _SDBCt,
      0,
      () => StopDBClusterMessage$,
      () => StopDBClusterResult$
    ];
    var StopDBInstance$ = [
      9,
      n0,
      _SDBIt,
      0,
      () => StopDBInstanceMessage$,
      () => StopDBInstanceResult$
    ];
    var StopDBInstanceAutomatedBackupsReplication$ = [
      9,
      n0,
      _SDBIABRto,
      0,
      () => StopDBInstanceAutomatedBackupsReplicationMessage$,
      () => StopDBInstanceAutomatedBackupsReplicationResult$
    ];
    var SwitchoverBlueGreenDeployment$ = [
      9,
      n0,
      _SBGD,
      0,
      () => SwitchoverBlueGreenDeploymentRequest$,
      () => SwitchoverBlueGreenDeploymentResponse$
    ];
    var SwitchoverGlobalCluster$ = [
      9,
      n0,
      _SGC,
      0,
      () => SwitchoverGlobalClusterMessage$,
      () => SwitchoverGlobalClusterResult$
    ];
    var SwitchoverReadReplica$ = [
      9,
      n0,
      _SRRw,
      0,
      () => SwitchoverReadReplicaMessage$,
      () => SwitchoverReadReplicaResult$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2014-10-31",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultRDSHttpAuthSchemeProvider,
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
          defaultNamespace: "com.amazonaws.rds",
          errorTypeRegistries,
          xmlNamespace: "http://rds.amazonaws.com/doc/2014-10-31/",
          version: "2014-10-31",
          serviceTarget: "AmazonRDSv19"
        },
        serviceId: config?.serviceId ?? "RDS",
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
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 9e5),
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
    var RDSClient = class extends Client {
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
          httpAuthSchemeParametersProvider: defaultRDSHttpAuthSchemeParametersProvider,
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
    var command = makeBuilder(commonParams, "AmazonRDSv19", "RDSClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var _mw1 = (Command, cs, config, o) => [
      getCrossRegionPresignedUrlPlugin(config)
    ];
    var AddRoleToDBClusterCommand = class extends command(_ep0, _mw0, "AddRoleToDBCluster", AddRoleToDBCluster$) {
    };
    var AddRoleToDBInstanceCommand = class extends command(_ep0, _mw0, "AddRoleToDBInstance", AddRoleToDBInstance$) {
    };
    var AddSourceIdentifierToSubscriptionCommand = class extends command(_ep0, _mw0, "AddSourceIdentifierToSubscription", AddSourceIdentifierToSubscription$) {
    };
    var AddTagsToResourceCommand = class extends command(_ep0, _mw0, "AddTagsToResource", AddTagsToResource$) {
    };
    var ApplyPendingMaintenanceActionCommand = class extends command(_ep0, _mw0, "ApplyPendingMaintenanceAction", ApplyPendingMaintenanceAction$) {
    };
    var AuthorizeDBSecurityGroupIngressCommand = class extends command(_ep0, _mw0, "AuthorizeDBSecurityGroupIngress", AuthorizeDBSecurityGroupIngress$) {
    };
    var BacktrackDBClusterCommand = class extends command(_ep0, _mw0, "BacktrackDBCluster", BacktrackDBCluster$) {
    };
    var CancelDBCapacityReservationCommand = class extends command(_ep0, _mw0, "CancelDBCapacityReservation", CancelDBCapacityReservation$) {
    };
    var CancelExportTaskCommand = class extends command(_ep0, _mw0, "CancelExportTask", CancelExportTask$) {
    };
    var CopyDBClusterParameterGroupCommand = class extends command(_ep0, _mw0, "CopyDBClusterParameterGroup", CopyDBClusterParameterGroup$) {
    };
    var CopyDBClusterSnapshotCommand = class extends command(_ep0, _mw1, "CopyDBClusterSnapshot", CopyDBClusterSnapshot$) {
    };
    var CopyDBParameterGroupCommand = class extends command(_ep0, _mw0, "CopyDBParameterGroup", CopyDBParameterGroup$) {
    };
    var CopyDBSnapshotCommand = class extends command(_ep0, _mw1, "CopyDBSnapshot", CopyDBSnapshot$) {
    };
    var CopyOptionGroupCommand = class extends command(_ep0, _mw0, "CopyOptionGroup", CopyOptionGroup$) {
    };
    var CreateBlueGreenDeploymentCommand = class extends command(_ep0, _mw0, "CreateBlueGreenDeployment", CreateBlueGreenDeployment$) {
    };
    var CreateCustomDBEngineVersionCommand = class extends command(_ep0, _mw0, "CreateCustomDBEngineVersion", CreateCustomDBEngineVersion$) {
    };
    var CreateDBCapacityReservationCommand = class extends command(_ep0, _mw0, "CreateDBCapacityReservation", CreateDBCapacityReservation$) {
    };
    var CreateDBClusterCommand = class extends command(_ep0, _mw1, "CreateDBCluster", CreateDBCluster$) {
    };
    var CreateDBClusterEndpointCommand = class extends command(_ep0, _mw0, "CreateDBClusterEndpoint", CreateDBClusterEndpoint$) {
    };
    var CreateDBClusterParameterGroupCommand = class extends command(_ep0, _mw0, "CreateDBClusterParameterGroup", CreateDBClusterParameterGroup$) {
    };
    var CreateDBClusterSnapshotCommand = class extends command(_ep0, _mw0, "CreateDBClusterSnapshot", CreateDBClusterSnapshot$) {
    };
    var CreateDBInstanceCommand = class extends command(_ep0, _mw0, "CreateDBInstance", CreateDBInstance$) {
    };
    var CreateDBInstanceReadReplicaCommand = class extends command(_ep0, _mw1, "CreateDBInstanceReadReplica", CreateDBInstanceReadReplica$) {
    };
    var CreateDBParameterGroupCommand = class extends command(_ep0, _mw0, "CreateDBParameterGroup", CreateDBParameterGroup$) {
    };
    var CreateDBProxyCommand = class extends command(_ep0, _mw0, "CreateDBProxy", CreateDBProxy$) {
    };
    var CreateDBProxyEndpointCommand = class extends command(_ep0, _mw0, "CreateDBProxyEndpoint", CreateDBProxyEndpoint$) {
    };
    var CreateDBSecurityGroupCommand = class extends command(_ep0, _mw0, "CreateDBSecurityGroup", CreateDBSecurityGroup$) {
    };
    var CreateDBShardGroupCommand = class extends command(_ep0, _mw0, "CreateDBShardGroup", CreateDBShardGroup$) {
    };
    var CreateDBSnapshotCommand = class extends command(_ep0, _mw0, "CreateDBSnapshot", CreateDBSnapshot$) {
    };
    var CreateDBSubnetGroupCommand = class extends command(_ep0, _mw0, "CreateDBSubnetGroup", CreateDBSubnetGroup$) {
    };
    var CreateEventSubscriptionCommand = class extends command(_ep0, _mw0, "CreateEventSubscription", CreateEventSubscription$) {
    };
    var CreateGlobalClusterCommand = class extends command(_ep0, _mw0, "CreateGlobalCluster", CreateGlobalCluster$) {
    };
    var CreateIntegrationCommand = class extends command(_ep0, _mw0, "CreateIntegration", CreateIntegration$) {
    };
    var CreateOptionGroupCommand = class extends command(_ep0, _mw0, "CreateOptionGroup", CreateOptionGroup$) {
    };
    var CreateTenantDatabaseCommand = class extends command(_ep0, _mw0, "CreateTenantDatabase", CreateTenantDatabase$) {
    };
    var DeleteBlueGreenDeploymentCommand = class extends command(_ep0, _mw0, "DeleteBlueGreenDeployment", DeleteBlueGreenDeployment$) {
    };
    var DeleteCustomDBEngineVersionCommand = class extends command(_ep0, _mw0, "DeleteCustomDBEngineVersion", DeleteCustomDBEngineVersion$) {
    };
    var DeleteDBClusterAutomatedBackupCommand = class extends command(_ep0, _mw0, "DeleteDBClusterAutomatedBackup", DeleteDBClusterAutomatedBackup$) {
    };
    var DeleteDBClusterCommand = class extends command(_ep0, _mw0, "DeleteDBCluster", DeleteDBCluster$) {
    };
    var DeleteDBClusterEndpointCommand = class extends command(_ep0, _mw0, "DeleteDBClusterEndpoint", DeleteDBClusterEndpoint$) {
    };
    var DeleteDBClusterParameterGroupCommand = class extends command(_ep0, _mw0, "DeleteDBClusterParameterGroup", DeleteDBClusterParameterGroup$) {
    };
    var DeleteDBClusterSnapshotCommand = class extends command(_ep0, _mw0, "DeleteDBClusterSnapshot", DeleteDBClusterSnapshot$) {
    };
    var DeleteDBInstanceAutomatedBackupCommand = class extends command(_ep0, _mw0, "DeleteDBInstanceAutomatedBackup", DeleteDBInstanceAutomatedBackup$) {
    };
    var DeleteDBInstanceCommand = class extends command(_ep0, _mw0, "DeleteDBInstance", DeleteDBInstance$) {
    };
    var DeleteDBParameterGroupCommand = class extends command(_ep0, _mw0, "DeleteDBParameterGroup", DeleteDBParameterGroup$) {
    };
    var DeleteDBProxyCommand = class extends command(_ep0, _mw0, "DeleteDBProxy", DeleteDBProxy$) {
    };
    var DeleteDBProxyEndpointCommand = class extends command(_ep0, _mw0, "DeleteDBProxyEndpoint", DeleteDBProxyEndpoint$) {
    };
    var DeleteDBSecurityGroupCommand = class extends command(_ep0, _mw0, "DeleteDBSecurityGroup", DeleteDBSecurityGroup$) {
    };
    var DeleteDBShardGroupCommand = class extends command(_ep0, _mw0, "DeleteDBShardGroup", DeleteDBShardGroup$) {
    };
    var DeleteDBSnapshotCommand = class extends command(_ep0, _mw0, "DeleteDBSnapshot", DeleteDBSnapshot$) {
    };
    var DeleteDBSubnetGroupCommand = class extends command(_ep0, _mw0, "DeleteDBSubnetGroup", DeleteDBSubnetGroup$) {
    };
    var DeleteEventSubscriptionCommand = class extends command(_ep0, _mw0, "DeleteEventSubscription", DeleteEventSubscription$) {
    };
    var DeleteGlobalClusterCommand = class extends command(_ep0, _mw0, "DeleteGlobalCluster", DeleteGlobalCluster$) {
    };
    var DeleteIntegrationCommand = class extends command(_ep0, _mw0, "DeleteIntegration", DeleteIntegration$) {
    };
    var DeleteOptionGroupCommand = class extends command(_ep0, _mw0, "DeleteOptionGroup", DeleteOptionGroup$) {
    };
    var DeleteTenantDatabaseCommand = class extends command(_ep0, _mw0, "DeleteTenantDatabase", DeleteTenantDatabase$) {
    };
    var DeregisterDBProxyTargetsCommand = class extends command(_ep0, _mw0, "DeregisterDBProxyTargets", DeregisterDBProxyTargets$) {
    };
    var DescribeAccountAttributesCommand = class extends command(_ep0, _mw0, "DescribeAccountAttributes", DescribeAccountAttributes$) {
    };
    var DescribeBlueGreenDeploymentsCommand = class extends command(_ep0, _mw0, "DescribeBlueGreenDeployments", DescribeBlueGreenDeployments$) {
    };
    var DescribeCertificatesCommand = class extends command(_ep0, _mw0, "DescribeCertificates", DescribeCertificates$) {
    };
    var DescribeDBCapacityReservationsCommand = class extends command(_ep0, _mw0, "DescribeDBCapacityReservations", DescribeDBCapacityReservations$) {
    };
    var DescribeDBClusterAutomatedBackupsCommand = class extends command(_ep0, _mw0, "DescribeDBClusterAutomatedBackups", DescribeDBClusterAutomatedBackups$) {
    };
    var DescribeDBClusterBacktracksCommand = class extends command(_ep0, _mw0, "DescribeDBClusterBacktracks", DescribeDBClusterBacktracks$) {
    };
    var DescribeDBClusterEndpointsCommand = class extends command(_ep0, _mw0, "DescribeDBClusterEndpoints", DescribeDBClusterEndpoints$) {
    };
    var DescribeDBClusterParameterGroupsCommand = class extends command(_ep0, _mw0, "DescribeDBClusterParameterGroups", DescribeDBClusterParameterGroups$) {
    };
    var DescribeDBClusterParametersCommand = class extends command(_ep0, _mw0, "DescribeDBClusterParameters", DescribeDBClusterParameters$) {
    };
    var DescribeDBClustersCommand = class extends command(_ep0, _mw0, "DescribeDBClusters", DescribeDBClusters$) {
    };
    var DescribeDBClusterSnapshotAttributesCommand = class extends command(_ep0, _mw0, "DescribeDBClusterSnapshotAttributes", DescribeDBClusterSnapshotAttributes$) {
    };
    var DescribeDBClusterSnapshotsCommand = class extends command(_ep0, _mw0, "DescribeDBClusterSnapshots", DescribeDBClusterSnapshots$) {
    };
    var DescribeDBEngineVersionsCommand = class extends command(_ep0, _mw0, "DescribeDBEngineVersions", DescribeDBEngineVersions$) {
    };
    var DescribeDBInstanceAutomatedBackupsCommand = class extends command(_ep0, _mw0, "DescribeDBInstanceAutomatedBackups", DescribeDBInstanceAutomatedBackups$) {
    };
    var DescribeDBInstancesCommand = class extends command(_ep0, _mw0, "DescribeDBInstances", DescribeDBInstances$) {
    };
    var DescribeDBLogFilesCommand = class extends command(_ep0, _mw0, "DescribeDBLogFiles", DescribeDBLogFiles$) {
    };
    var DescribeDBMajorEngineVersionsCommand = class extends command(_ep0, _mw0, "DescribeDBMajorEngineVersions", DescribeDBMajorEngineVersions$) {
    };
    var DescribeDBParameterGroupsCommand = class extends command(_ep0, _mw0, "DescribeDBParameterGroups", DescribeDBParameterGroups$) {
    };
    var DescribeDBParametersCommand = class extends command(_ep0, _mw0, "DescribeDBParameters", DescribeDBParameters$) {
    };
    var DescribeDBProxiesCommand = class extends command(_ep0, _mw0, "DescribeDBProxies", DescribeDBProxies$) {
    };
    var DescribeDBProxyEndpointsCommand = class extends command(_ep0, _mw0, "DescribeDBProxyEndpoints", DescribeDBProxyEndpoints$) {
    };
    var DescribeDBProxyTargetGroupsCommand = class extends command(_ep0, _mw0, "DescribeDBProxyTargetGroups", DescribeDBProxyTargetGroups$) {
    };
    var DescribeDBProxyTargetsCommand = class extends command(_ep0, _mw0, "DescribeDBProxyTargets", DescribeDBProxyTargets$) {
    };
    var DescribeDBRecommendationsCommand = class extends command(_ep0, _mw0, "DescribeDBRecommendations", DescribeDBRecommendations$) {
    };
    var DescribeDBSecurityGroupsCommand = class extends command(_ep0, _mw0, "DescribeDBSecurityGroups", DescribeDBSecurityGroups$) {
    };
    var DescribeDBShardGroupsCommand = class extends command(_ep0, _mw0, "DescribeDBShardGroups", DescribeDBShardGroups$) {
    };
    var DescribeDBSnapshotAttributesCommand = class extends command(_ep0, _mw0, "DescribeDBSnapshotAttributes", DescribeDBSnapshotAttributes$) {
    };
    var DescribeDBSnapshotsCommand = class extends command(_ep0, _mw0, "DescribeDBSnapshots", DescribeDBSnapshots$) {
    };
    var DescribeDBSnapshotTenantDatabasesCommand = class extends command(_ep0, _mw0, "DescribeDBSnapshotTenantDatabases", DescribeDBSnapshotTenantDatabases$) {
    };
    var DescribeDBSubnetGroupsCommand = class extends command(_ep0, _mw0, "DescribeDBSubnetGroups", DescribeDBSubnetGroups$) {
    };
    var DescribeEngineDefaultClusterParametersCommand = class extends command(_ep0, _mw0, "DescribeEngineDefaultClusterParameters", DescribeEngineDefaultClusterParameters$) {
    };
    var DescribeEngineDefaultParametersCommand = class extends command(_ep0, _mw0, "DescribeEngineDefaultParameters", DescribeEngineDefaultParameters$) {
    };
    var DescribeEventCategoriesCommand = class extends command(_ep0, _mw0, "DescribeEventCategories", DescribeEventCategories$) {
    };
    var DescribeEventsCommand = class extends command(_ep0, _mw0, "DescribeEvents", DescribeEvents$) {
    };
    var DescribeEventSubscriptionsCommand = class extends command(_ep0, _mw0, "DescribeEventSubscriptions", DescribeEventSubscriptions$) {
    };
    var DescribeExportTasksCommand = class extends command(_ep0, _mw0, "DescribeExportTasks", DescribeExportTasks$) {
    };
    var DescribeGlobalClustersCommand = class extends command(_ep0, _mw0, "DescribeGlobalClusters", DescribeGlobalClusters$) {
    };
    var DescribeIntegrationsCommand = class extends command(_ep0, _mw0, "DescribeIntegrations", DescribeIntegrations$) {
    };
    var DescribeOptionGroupOptionsCommand = class extends command(_ep0, _mw0, "DescribeOptionGroupOptions", DescribeOptionGroupOptions$) {
    };
    var DescribeOptionGroupsCommand = class extends command(_ep0, _mw0, "DescribeOptionGroups", DescribeOptionGroups$) {
    };
    var DescribeOrderableDBInstanceOptionsCommand = class extends command(_ep0, _mw0, "DescribeOrderableDBInstanceOptions", DescribeOrderableDBInstanceOptions$) {
    };
    var DescribePendingMaintenanceActionsCommand = class extends command(_ep0, _mw0, "DescribePendingMaintenanceActions", DescribePendingMaintenanceActions$) {
    };
    var DescribeReservedDBInstancesCommand = class extends command(_ep0, _mw0, "DescribeReservedDBInstances", DescribeReservedDBInstances$) {
    };
    var DescribeReservedDBInstancesOfferingsCommand = class extends command(_ep0, _mw0, "DescribeReservedDBInstancesOfferings", DescribeReservedDBInstancesOfferings$) {
    };
    var DescribeServerlessV2PlatformVersionsCommand = class extends command(_ep0, _mw0, "DescribeServerlessV2PlatformVersions", DescribeServerlessV2PlatformVersions$) {
    };
    var DescribeSourceRegionsCommand = class extends command(_ep0, _mw0, "DescribeSourceRegions", DescribeSourceRegions$) {
    };
    var DescribeTenantDatabasesCommand = class extends command(_ep0, _mw0, "DescribeTenantDatabases", DescribeTenantDatabases$) {
    };
    var DescribeValidDBInstanceModificationsCommand = class extends command(_ep0, _mw0, "DescribeValidDBInstanceModifications", DescribeValidDBInstanceModifications$) {
    };
    var DisableHttpEndpointCommand = class extends command(_ep0, _mw0, "DisableHttpEndpoint", DisableHttpEndpoint$) {
    };
    var DownloadDBLogFilePortionCommand = class extends command(_ep0, _mw0, "DownloadDBLogFilePortion", DownloadDBLogFilePortion$) {
    };
    var EnableHttpEndpointCommand = class extends command(_ep0, _mw0, "EnableHttpEndpoint", EnableHttpEndpoint$) {
    };
    var FailoverDBClusterCommand = class extends command(_ep0, _mw0, "FailoverDBCluster", FailoverDBCluster$) {
    };
    var FailoverGlobalClusterCommand = class extends command(_ep0, _mw0, "FailoverGlobalCluster", FailoverGlobalCluster$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var ModifyActivityStreamCommand = class extends command(_ep0, _mw0, "ModifyActivityStream", ModifyActivityStream$) {
    };
    var ModifyCertificatesCommand = class extends command(_ep0, _mw0, "ModifyCertificates", ModifyCertificates$) {
    };
    var ModifyCurrentDBClusterCapacityCommand = class extends command(_ep0, _mw0, "ModifyCurrentDBClusterCapacity", ModifyCurrentDBClusterCapacity$) {
    };
    var ModifyCustomDBEngineVersionCommand = class extends command(_ep0, _mw0, "ModifyCustomDBEngineVersion", ModifyCustomDBEngineVersion$) {
    };
    var ModifyDBCapacityReservationCommand = class extends command(_ep0, _mw0, "ModifyDBCapacityReservation", ModifyDBCapacityReservation$) {
    };
    var ModifyDBClusterCommand = class extends command(_ep0, _mw0, "ModifyDBCluster", ModifyDBCluster$) {
    };
    var ModifyDBClusterEndpointCommand = class extends command(_ep0, _mw0, "ModifyDBClusterEndpoint", ModifyDBClusterEndpoint$) {
    };
    var ModifyDBClusterParameterGroupCommand = class extends command(_ep0, _mw0, "ModifyDBClusterParameterGroup", ModifyDBClusterParameterGroup$) {
    };
    var ModifyDBClusterSnapshotAttributeCommand = class extends command(_ep0, _mw0, "ModifyDBClusterSnapshotAttribute", ModifyDBClusterSnapshotAttribute$) {
    };
    var ModifyDBInstanceCommand = class extends command(_ep0, _mw0, "ModifyDBInstance", ModifyDBInstance$) {
    };
    var ModifyDBParameterGroupCommand = class extends command(_ep0, _mw0, "ModifyDBParameterGroup", ModifyDBParameterGroup$) {
    };
    var ModifyDBProxyCommand = class extends command(_ep0, _mw0, "ModifyDBProxy", ModifyDBProxy$) {
    };
    var ModifyDBProxyEndpointCommand = class extends command(_ep0, _mw0, "ModifyDBProxyEndpoint", ModifyDBProxyEndpoint$) {
    };
    var ModifyDBProxyTargetGroupCommand = class extends command(_ep0, _mw0, "ModifyDBProxyTargetGroup", ModifyDBProxyTargetGroup$) {
    };
    var ModifyDBRecommendationCommand = class extends command(_ep0, _mw0, "ModifyDBRecommendation", ModifyDBRecommendation$) {
    };
    var ModifyDBShardGroupCommand = class extends command(_ep0, _mw0, "ModifyDBShardGroup", ModifyDBShardGroup$) {
    };
    var ModifyDBSnapshotAttributeCommand = class extends command(_ep0, _mw0, "ModifyDBSnapshotAttribute", ModifyDBSnapshotAttribute$) {
    };
    var ModifyDBSnapshotCommand = class extends command(_ep0, _mw0, "ModifyDBSnapshot", ModifyDBSnapshot$) {
    };
    var ModifyDBSubnetGroupCommand = class extends command(_ep0, _mw0, "ModifyDBSubnetGroup", ModifyDBSubnetGroup$) {
    };
    var ModifyEventSubscriptionCommand = class extends command(_ep0, _mw0, "ModifyEventSubscription", ModifyEventSubscription$) {
    };
    var ModifyGlobalClusterCommand = class extends command(_ep0, _mw0, "ModifyGlobalCluster", ModifyGlobalCluster$) {
    };
    var ModifyIntegrationCommand = class extends command(_ep0, _mw0, "ModifyIntegration", ModifyIntegration$) {
    };
    var ModifyOptionGroupCommand = class extends command(_ep0, _mw0, "ModifyOptionGroup", ModifyOptionGroup$) {
    };
    var ModifyTenantDatabaseCommand = class extends command(_ep0, _mw0, "ModifyTenantDatabase", ModifyTenantDatabase$) {
    };
    var PromoteReadReplicaCommand = class extends command(_ep0, _mw0, "PromoteReadReplica", PromoteReadReplica$) {
    };
    var PromoteReadReplicaDBClusterCommand = class extends command(_ep0, _mw0, "PromoteReadReplicaDBCluster", PromoteReadReplicaDBCluster$) {
    };
    var PurchaseReservedDBInstancesOfferingCommand = class extends command(_ep0, _mw0, "PurchaseReservedDBInstancesOffering", PurchaseReservedDBInstancesOffering$) {
    };
    var RebootDBClusterCommand = class extends command(_ep0, _mw0, "RebootDBCluster", RebootDBCluster$) {
    };
    var RebootDBInstanceCommand = class extends command(_ep0, _mw0, "RebootDBInstance", RebootDBInstance$) {
    };
    var RebootDBShardGroupCommand = class extends command(_ep0, _mw0, "RebootDBShardGroup", RebootDBShardGroup$) {
    };
    var RegisterDBProxyTargetsCommand = class extends command(_ep0, _mw0, "RegisterDBProxyTargets", RegisterDBProxyTargets$) {
    };
    var RemoveFromGlobalClusterCommand = class extends command(_ep0, _mw0, "RemoveFromGlobalCluster", RemoveFromGlobalCluster$) {
    };
    var RemoveRoleFromDBClusterCommand = class extends command(_ep0, _mw0, "RemoveRoleFromDBCluster", RemoveRoleFromDBCluster$) {
    };
    var RemoveRoleFromDBInstanceCommand = class extends command(_ep0, _mw0, "RemoveRoleFromDBInstance", RemoveRoleFromDBInstance$) {
    };
    var RemoveSourceIdentifierFromSubscriptionCommand = class extends command(_ep0, _mw0, "RemoveSourceIdentifierFromSubscription", RemoveSourceIdentifierFromSubscription$) {
    };
    var RemoveTagsFromResourceCommand = class extends command(_ep0, _mw0, "RemoveTagsFromResource", RemoveTagsFromResource$) {
    };
    var ResetDBClusterParameterGroupCommand = class extends command(_ep0, _mw0, "ResetDBClusterParameterGroup", ResetDBClusterParameterGroup$) {
    };
    var ResetDBParameterGroupCommand = class extends command(_ep0, _mw0, "ResetDBParameterGroup", ResetDBParameterGroup$) {
    };
    var RestoreDBClusterFromS3Command = class extends command(_ep0, _mw0, "RestoreDBClusterFromS3", RestoreDBClusterFromS3$) {
    };
    var RestoreDBClusterFromSnapshotCommand = class extends command(_ep0, _mw0, "RestoreDBClusterFromSnapshot", RestoreDBClusterFromSnapshot$) {
    };
    var RestoreDBClusterToPointInTimeCommand = class extends command(_ep0, _mw0, "RestoreDBClusterToPointInTime", RestoreDBClusterToPointInTime$) {
    };
    var RestoreDBInstanceFromDBSnapshotCommand = class extends command(_ep0, _mw0, "RestoreDBInstanceFromDBSnapshot", RestoreDBInstanceFromDBSnapshot$) {
    };
    var RestoreDBInstanceFromS3Command = class extends command(_ep0, _mw0, "RestoreDBInstanceFromS3", RestoreDBInstanceFromS3$) {
    };
    var RestoreDBInstanceToPointInTimeCommand = class extends command(_ep0, _mw0, "RestoreDBInstanceToPointInTime", RestoreDBInstanceToPointInTime$) {
    };
    var RevokeDBSecurityGroupIngressCommand = class extends command(_ep0, _mw0, "RevokeDBSecurityGroupIngress", RevokeDBSecurityGroupIngress$) {
    };
    var StartActivityStreamCommand = class extends command(_ep0, _mw0, "StartActivityStream", StartActivityStream$) {
    };
    var StartDBClusterCommand = class extends command(_ep0, _mw0, "StartDBCluster", StartDBCluster$) {
    };
    var StartDBInstanceAutomatedBackupsReplicationCommand = class extends command(_ep0, _mw1, "StartDBInstanceAutomatedBackupsReplication", StartDBInstanceAutomatedBackupsReplication$) {
    };
    var StartDBInstanceCommand = class extends command(_ep0, _mw0, "StartDBInstance", StartDBInstance$) {
    };
    var StartExportTaskCommand = class extends command(_ep0, _mw0, "StartExportTask", StartExportTask$) {
    };
    var StopActivityStreamCommand = class extends command(_ep0, _mw0, "StopActivityStream", StopActivityStream$) {
    };
    var StopDBClusterCommand = class extends command(_ep0, _mw0, "StopDBCluster", StopDBCluster$) {
    };
    var StopDBInstanceAutomatedBackupsReplicationCommand = class extends command(_ep0, _mw0, "StopDBInstanceAutomatedBackupsReplication", StopDBInstanceAutomatedBackupsReplication$) {
    };
    var StopDBInstanceCommand = class extends command(_ep0, _mw0, "StopDBInstance", StopDBInstance$) {
    };
    var SwitchoverBlueGreenDeploymentCommand = class extends command(_ep0, _mw0, "SwitchoverBlueGreenDeployment", SwitchoverBlueGreenDeployment$) {
    };
    var SwitchoverGlobalClusterCommand = class extends command(_ep0, _mw0, "SwitchoverGlobalCluster", SwitchoverGlobalCluster$) {
    };
    var SwitchoverReadReplicaCommand = class extends command(_ep0, _mw0, "SwitchoverReadReplica", SwitchoverReadReplica$) {
    };
    var paginateDescribeBlueGreenDeployments = createPaginator(RDSClient, DescribeBlueGreenDeploymentsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeCertificates = createPaginator(RDSClient, DescribeCertificatesCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBCapacityReservations = createPaginator(RDSClient, DescribeDBCapacityReservationsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBClusterAutomatedBackups = createPaginator(RDSClient, DescribeDBClusterAutomatedBackupsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBClusterBacktracks = createPaginator(RDSClient, DescribeDBClusterBacktracksCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBClusterEndpoints = createPaginator(RDSClient, DescribeDBClusterEndpointsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBClusterParameterGroups = createPaginator(RDSClient, DescribeDBClusterParameterGroupsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBClusterParameters = createPaginator(RDSClient, DescribeDBClusterParametersCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBClusterSnapshots = createPaginator(RDSClient, DescribeDBClusterSnapshotsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBClusters = createPaginator(RDSClient, DescribeDBClustersCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBEngineVersions = createPaginator(RDSClient, DescribeDBEngineVersionsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBInstanceAutomatedBackups = createPaginator(RDSClient, DescribeDBInstanceAutomatedBackupsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBInstances = createPaginator(RDSClient, DescribeDBInstancesCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBLogFiles = createPaginator(RDSClient, DescribeDBLogFilesCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBMajorEngineVersions = createPaginator(RDSClient, DescribeDBMajorEngineVersionsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBParameterGroups = createPaginator(RDSClient, DescribeDBParameterGroupsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBParameters = createPaginator(RDSClient, DescribeDBParametersCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBProxies = createPaginator(RDSClient, DescribeDBProxiesCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBProxyEndpoints = createPaginator(RDSClient, DescribeDBProxyEndpointsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBProxyTargetGroups = createPaginator(RDSClient, DescribeDBProxyTargetGroupsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBProxyTargets = createPaginator(RDSClient, DescribeDBProxyTargetsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBRecommendations = createPaginator(RDSClient, DescribeDBRecommendationsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBSecurityGroups = createPaginator(RDSClient, DescribeDBSecurityGroupsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBSnapshots = createPaginator(RDSClient, DescribeDBSnapshotsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBSnapshotTenantDatabases = createPaginator(RDSClient, DescribeDBSnapshotTenantDatabasesCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeDBSubnetGroups = createPaginator(RDSClient, DescribeDBSubnetGroupsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeEngineDefaultClusterParameters = createPaginator(RDSClient, DescribeEngineDefaultClusterParametersCommand, "Marker", "EngineDefaults.Marker", "MaxRecords");
    var paginateDescribeEngineDefaultParameters = createPaginator(RDSClient, DescribeEngineDefaultParametersCommand, "Marker", "EngineDefaults.Marker", "MaxRecords");
    var paginateDescribeEvents = createPaginator(RDSClient, DescribeEventsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeEventSubscriptions = createPaginator(RDSClient, DescribeEventSubscriptionsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeExportTasks = createPaginator(RDSClient, DescribeExportTasksCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeGlobalClusters = createPaginator(RDSClient, DescribeGlobalClustersCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeIntegrations = createPaginator(RDSClient, DescribeIntegrationsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeOptionGroupOptions = createPaginator(RDSClient, DescribeOptionGroupOptionsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeOptionGroups = createPaginator(RDSClient, DescribeOptionGroupsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeOrderableDBInstanceOptions = createPaginator(RDSClient, DescribeOrderableDBInstanceOptionsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribePendingMaintenanceActions = createPaginator(RDSClient, DescribePendingMaintenanceActionsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeReservedDBInstancesOfferings = createPaginator(RDSClient, DescribeReservedDBInstancesOfferingsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeReservedDBInstances = createPaginator(RDSClient, DescribeReservedDBInstancesCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeServerlessV2PlatformVersions = createPaginator(RDSClient, DescribeServerlessV2PlatformVersionsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeSourceRegions = createPaginator(RDSClient, DescribeSourceRegionsCommand, "Marker", "Marker", "MaxRecords");
    var paginateDescribeTenantDatabases = createPaginator(RDSClient, DescribeTenantDatabasesCommand, "Marker", "Marker", "MaxRecords");
    var paginateDownloadDBLogFilePortion = createPaginator(RDSClient, DownloadDBLogFilePortionCommand, "Marker", "Marker", "NumberOfLines");
    var checkState$9 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDBClustersCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusters);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "available";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusters);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "deleted") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusters);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "deleting") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusters);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "failed") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusters);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "incompatible-restore") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusters);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "incompatible-parameters") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForDBClusterAvailable = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$9);
    };
    var waitUntilDBClusterAvailable = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$9);
      return checkExceptions(result);
    };
    var checkState$8 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDBClustersCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            return result.DBClusters.length == 0;
          };
          if (returnComparator() == true) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusters);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "creating") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusters);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "modifying") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusters);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "rebooting") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusters);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "resetting-master-credentials") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
        if (exception.name === "DBClusterNotFoundFault") {
          return { state: WaiterState.SUCCESS, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForDBClusterDeleted = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$8);
    };
    var waitUntilDBClusterDeleted = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$8);
      return checkExceptions(result);
    };
    var checkState$7 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDBClusterSnapshotsCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusterSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "available";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusterSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "deleted") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusterSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "deleting") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusterSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "failed") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusterSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "incompatible-restore") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusterSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "incompatible-parameters") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForDBClusterSnapshotAvailable = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$7);
    };
    var waitUntilDBClusterSnapshotAvailable = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$7);
      return checkExceptions(result);
    };
    var checkState$6 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDBClusterSnapshotsCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            return result.DBClusterSnapshots.length == 0;
          };
          if (returnComparator() == true) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusterSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "creating") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusterSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "modifying") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusterSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "rebooting") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBClusterSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "resetting-master-credentials") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
        if (exception.name === "DBClusterSnapshotNotFoundFault") {
          return { state: WaiterState.SUCCESS, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForDBClusterSnapshotDeleted = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$6);
    };
    var waitUntilDBClusterSnapshotDeleted = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$6);
      return checkExceptions(result);
    };
    var checkState$5 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDBInstancesCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBInstances);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.DBInstanceStatus;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "available";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBInstances);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.DBInstanceStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "deleted") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBInstances);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.DBInstanceStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "deleting") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBInstances);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.DBInstanceStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "failed") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBInstances);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.DBInstanceStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "incompatible-restore") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBInstances);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.DBInstanceStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "incompatible-parameters") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForDBInstanceAvailable = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$5);
    };
    var waitUntilDBInstanceAvailable = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$5);
      return checkExceptions(result);
    };
    var checkState$4 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDBInstancesCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            return result.DBInstances.length == 0;
          };
          if (returnComparator() == true) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBInstances);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.DBInstanceStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "creating") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBInstances);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.DBInstanceStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "modifying") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBInstances);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.DBInstanceStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "rebooting") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBInstances);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.DBInstanceStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "resetting-master-credentials") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
        if (exception.name === "DBInstanceNotFoundFault") {
          return { state: WaiterState.SUCCESS, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForDBInstanceDeleted = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
    };
    var waitUntilDBInstanceDeleted = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
      return checkExceptions(result);
    };
    var checkState$3 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDBSnapshotsCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "available";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "deleted") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "deleting") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "failed") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "incompatible-restore") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "incompatible-parameters") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForDBSnapshotAvailable = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
    };
    var waitUntilDBSnapshotAvailable = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
      return checkExceptions(result);
    };
    var checkState$2 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDBSnapshotsCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            return result.DBSnapshots.length == 0;
          };
          if (returnComparator() == true) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "creating") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "modifying") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "rebooting") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.DBSnapshots);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "resetting-master-credentials") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
        if (exception.name === "DBSnapshotNotFoundFault") {
          return { state: WaiterState.SUCCESS, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForDBSnapshotDeleted = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    };
    var waitUntilDBSnapshotDeleted = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
      return checkExceptions(result);
    };
    var checkState$1 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeTenantDatabasesCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.TenantDatabases);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "available";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.TenantDatabases);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "deleted") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.TenantDatabases);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "incompatible-parameters") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.TenantDatabases);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.Status;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "incompatible-restore") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForTenantDatabaseAvailable = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    };
    var waitUntilTenantDatabaseAvailable = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
      return checkExceptions(result);
    };
    var checkState = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeTenantDatabasesCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            return result.TenantDatabases.length == 0;
          };
          if (returnComparator() == true) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
        if (exception.name === "DBInstanceNotFoundFault") {
          return { state: WaiterState.SUCCESS, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForTenantDatabaseDeleted = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    };
    var waitUntilTenantDatabaseDeleted = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 1800 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
      return checkExceptions(result);
    };
    var commands = {
      AddRoleToDBClusterCommand,
      AddRoleToDBInstanceCommand,
      AddSourceIdentifierToSubscriptionCommand,
      AddTagsToResourceCommand,
      ApplyPendingMaintenanceActionCommand,
      AuthorizeDBSecurityGroupIngressCommand,
      BacktrackDBClusterCommand,
      CancelDBCapacityReservationCommand,
      CancelExportTaskCommand,
      CopyDBClusterParameterGroupCommand,
      CopyDBClusterSnapshotCommand,
      CopyDBParameterGroupCommand,
      CopyDBSnapshotCommand,
      CopyOptionGroupCommand,
      CreateBlueGreenDeploymentCommand,
      CreateCustomDBEngineVersionCommand,
      CreateDBCapacityReservationCommand,
      CreateDBClusterCommand,
      CreateDBClusterEndpointCommand,
      CreateDBClusterParameterGroupCommand,
      CreateDBClusterSnapshotCommand,
      CreateDBInstanceCommand,
      CreateDBInstanceReadReplicaCommand,
      CreateDBParameterGroupCommand,
      CreateDBProxyCommand,
      CreateDBProxyEndpointCommand,
      CreateDBSecurityGroupCommand,
      CreateDBShardGroupCommand,
      CreateDBSnapshotCommand,
      CreateDBSubnetGroupCommand,
      CreateEventSubscriptionCommand,
      CreateGlobalClusterCommand,
      CreateIntegrationCommand,
      CreateOptionGroupCommand,
      CreateTenantDatabaseCommand,
      DeleteBlueGreenDeploymentCommand,
      DeleteCustomDBEngineVersionCommand,
      DeleteDBClusterCommand,
      DeleteDBClusterAutomatedBackupCommand,
      DeleteDBClusterEndpointCommand,
      DeleteDBClusterParameterGroupCommand,
      DeleteDBClusterSnapshotCommand,
      DeleteDBInstanceCommand,
      DeleteDBInstanceAutomatedBackupCommand,
      DeleteDBParameterGroupCommand,
      DeleteDBProxyCommand,
      DeleteDBProxyEndpointCommand,
      DeleteDBSecurityGroupCommand,
      DeleteDBShardGroupCommand,
      DeleteDBSnapshotCommand,
      DeleteDBSubnetGroupCommand,
      DeleteEventSubscriptionCommand,
      DeleteGlobalClusterCommand,
      DeleteIntegrationCommand,
      DeleteOptionGroupCommand,
      DeleteTenantDatabaseCommand,
      DeregisterDBProxyTargetsCommand,
      DescribeAccountAttributesCommand,
      DescribeBlueGreenDeploymentsCommand,
      DescribeCertificatesCommand,
      DescribeDBCapacityReservationsCommand,
      DescribeDBClusterAutomatedBackupsCommand,
      DescribeDBClusterBacktracksCommand,
      DescribeDBClusterEndpointsCommand,
      DescribeDBClusterParameterGroupsCommand,
      DescribeDBClusterParametersCommand,
      DescribeDBClustersCommand,
      DescribeDBClusterSnapshotAttributesCommand,
      DescribeDBClusterSnapshotsCommand,
      DescribeDBEngineVersionsCommand,
      DescribeDBInstanceAutomatedBackupsCommand,
      DescribeDBInstancesCommand,
      DescribeDBLogFilesCommand,
      DescribeDBMajorEngineVersionsCommand,
      DescribeDBParameterGroupsCommand,
      DescribeDBParametersCommand,
      DescribeDBProxiesCommand,
      DescribeDBProxyEndpointsCommand,
      DescribeDBProxyTargetGroupsCommand,
      DescribeDBProxyTargetsCommand,
      DescribeDBRecommendationsCommand,
      DescribeDBSecurityGroupsCommand,
      DescribeDBShardGroupsCommand,
      DescribeDBSnapshotAttributesCommand,
      DescribeDBSnapshotsCommand,
      DescribeDBSnapshotTenantDatabasesCommand,
      DescribeDBSubnetGroupsCommand,
      DescribeEngineDefaultClusterParametersCommand,
      DescribeEngineDefaultParametersCommand,
      DescribeEventCategoriesCommand,
      DescribeEventsCommand,
      DescribeEventSubscriptionsCommand,
      DescribeExportTasksCommand,
      DescribeGlobalClustersCommand,
      DescribeIntegrationsCommand,
      DescribeOptionGroupOptionsCommand,
      DescribeOptionGroupsCommand,
      DescribeOrderableDBInstanceOptionsCommand,
      DescribePendingMaintenanceActionsCommand,
      DescribeReservedDBInstancesCommand,
      DescribeReservedDBInstancesOfferingsCommand,
      DescribeServerlessV2PlatformVersionsCommand,
      DescribeSourceRegionsCommand,
      DescribeTenantDatabasesCommand,
      DescribeValidDBInstanceModificationsCommand,
      DisableHttpEndpointCommand,
      DownloadDBLogFilePortionCommand,
      EnableHttpEndpointCommand,
      FailoverDBClusterCommand,
      FailoverGlobalClusterCommand,
      ListTagsForResourceCommand,
      ModifyActivityStreamCommand,
      ModifyCertificatesCommand,
      ModifyCurrentDBClusterCapacityCommand,
      ModifyCustomDBEngineVersionCommand,
      ModifyDBCapacityReservationCommand,
      ModifyDBClusterCommand,
      ModifyDBClusterEndpointCommand,
      ModifyDBClusterParameterGroupCommand,
      ModifyDBClusterSnapshotAttributeCommand,
      ModifyDBInstanceCommand,
      ModifyDBParameterGroupCommand,
      ModifyDBProxyCommand,
      ModifyDBProxyEndpointCommand,
      ModifyDBProxyTargetGroupCommand,
      ModifyDBRecommendationCommand,
      ModifyDBShardGroupCommand,
      ModifyDBSnapshotCommand,
      ModifyDBSnapshotAttributeCommand,
      ModifyDBSubnetGroupCommand,
      ModifyEventSubscriptionCommand,
      ModifyGlobalClusterCommand,
      ModifyIntegrationCommand,
      ModifyOptionGroupCommand,
      ModifyTenantDatabaseCommand,
      PromoteReadReplicaCommand,
      PromoteReadReplicaDBClusterCommand,
      PurchaseReservedDBInstancesOfferingCommand,
      RebootDBClusterCommand,
      RebootDBInstanceCommand,
      RebootDBShardGroupCommand,
      RegisterDBProxyTargetsCommand,
      RemoveFromGlobalClusterCommand,
      RemoveRoleFromDBClusterCommand,
      RemoveRoleFromDBInstanceCommand,
      RemoveSourceIdentifierFromSubscriptionCommand,
      RemoveTagsFromResourceCommand,
      ResetDBClusterParameterGroupCommand,
      ResetDBParameterGroupCommand,
      RestoreDBClusterFromS3Command,
      RestoreDBClusterFromSnapshotCommand,
      RestoreDBClusterToPointInTimeCommand,
      RestoreDBInstanceFromDBSnapshotCommand,
      RestoreDBInstanceFromS3Command,
      RestoreDBInstanceToPointInTimeCommand,
      RevokeDBSecurityGroupIngressCommand,
      StartActivityStreamCommand,
      StartDBClusterCommand,
      StartDBInstanceCommand,
      StartDBInstanceAutomatedBackupsReplicationCommand,
      StartExportTaskCommand,
      StopActivityStreamCommand,
      StopDBClusterCommand,
      StopDBInstanceCommand,
      StopDBInstanceAutomatedBackupsReplicationCommand,
      SwitchoverBlueGreenDeploymentCommand,
      SwitchoverGlobalClusterCommand,
      SwitchoverReadReplicaCommand
    };
    var paginators = {
      paginateDescribeBlueGreenDeployments,
      paginateDescribeCertificates,
      paginateDescribeDBCapacityReservations,
      paginateDescribeDBClusterAutomatedBackups,
      paginateDescribeDBClusterBacktracks,
      paginateDescribeDBClusterEndpoints,
      paginateDescribeDBClusterParameterGroups,
      paginateDescribeDBClusterParameters,
      paginateDescribeDBClusters,
      paginateDescribeDBClusterSnapshots,
      paginateDescribeDBEngineVersions,
      paginateDescribeDBInstanceAutomatedBackups,
      paginateDescribeDBInstances,
      paginateDescribeDBLogFiles,
      paginateDescribeDBMajorEngineVersions,
      paginateDescribeDBParameterGroups,
      paginateDescribeDBParameters,
      paginateDescribeDBProxies,
      paginateDescribeDBProxyEndpoints,
      paginateDescribeDBProxyTargetGroups,
      paginateDescribeDBProxyTargets,
      paginateDescribeDBRecommendations,
      paginateDescribeDBSecurityGroups,
      paginateDescribeDBSnapshots,
      paginateDescribeDBSnapshotTenantDatabases,
      paginateDescribeDBSubnetGroups,
      paginateDescribeEngineDefaultClusterParameters,
      paginateDescribeEngineDefaultParameters,
      paginateDescribeEvents,
      paginateDescribeEventSubscriptions,
      paginateDescribeExportTasks,
      paginateDescribeGlobalClusters,
      paginateDescribeIntegrations,
      paginateDescribeOptionGroupOptions,
      paginateDescribeOptionGroups,
      paginateDescribeOrderableDBInstanceOptions,
      paginateDescribePendingMaintenanceActions,
      paginateDescribeReservedDBInstances,
      paginateDescribeReservedDBInstancesOfferings,
      paginateDescribeServerlessV2PlatformVersions,
      paginateDescribeSourceRegions,
      paginateDescribeTenantDatabases,
      paginateDownloadDBLogFilePortion
    };
    var waiters = {
      waitUntilDBClusterAvailable,
      waitUntilDBClusterDeleted,
      waitUntilDBClusterSnapshotAvailable,
      waitUntilDBClusterSnapshotDeleted,
      waitUntilDBInstanceAvailable,
      waitUntilDBInstanceDeleted,
      waitUntilDBSnapshotAvailable,
      waitUntilDBSnapshotDeleted,
      waitUntilTenantDatabaseAvailable,
      waitUntilTenantDatabaseDeleted
    };
    var RDS = class extends RDSClient {
    };
    createAggregatedClient(commands, RDS, { paginators, waiters });
    var ActivityStreamMode = {
      async: "async",
      sync: "sync"
    };
    var ActivityStreamPolicyStatus = {
      locked: "locked",
      locking_policy: "locking-policy",
      unlocked: "unlocked",
      unlocking_policy: "unlocking-policy"
    };
    var ActivityStreamStatus = {
      started: "started",
      starting: "starting",
      stopped: "stopped",
      stopping: "stopping"
    };
    var DBCapacityReservationState = {
      active: "active",
      assessing: "assessing",
      cancelled: "cancelled",
      delayed: "delayed",
      expired: "expired",
      failed: "failed",
      pending: "pending",
      scheduled: "scheduled",
      unsupported: "unsupported"
    };
    var ExportSourceType = {
      CLUSTER: "CLUSTER",
      SNAPSHOT: "SNAPSHOT"
    };
    var StorageEncryptionType = {
      CMK: "sse-kms",
      SSE: "sse-rds",
      UNENCRYPTED: "none"
    };
    var ClusterScalabilityType = {
      LIMITLESS: "limitless",
      STANDARD: "standard"
    };
    var DatabaseInsightsMode = {
      ADVANCED: "advanced",
      STANDARD: "standard"
    };
    var MasterUserAuthenticationType = {
      IAM_DB_AUTH: "iam-db-auth",
      PASSWORD: "password"
    };
    var ReplicaMode = {
      MOUNTED: "mounted",
      OPEN_READ_ONLY: "open-read-only"
    };
    var WriteForwardingStatus = {
      DISABLED: "disabled",
      DISABLING: "disabling",
      ENABLED: "enabled",
      ENABLING: "enabling",
      UNKNOWN: "unknown"
    };
    var LimitlessDatabaseStatus = {
      ACTIVE: "active",
      DISABLED: "disabled",
      DISABLING: "disabling",
      ENABLED: "enabled",
      ENABLING: "enabling",
      ERROR: "error",
      MODIFYING_MAX_CAPACITY: "modifying-max-capacity",
      NOT_IN_USE: "not-in-use"
    };
    var LocalWriteForwardingStatus = {
      DISABLED: "disabled",
      DISABLING: "disabling",
      ENABLED: "enabled",
      ENABLING: "enabling",
      REQUESTED: "requested"
    };
    var UpgradeRolloutOrder = {
      FIRST: "first",
      LAST: "last",
      SECOND: "second"
    };
    var AutomationMode = {
      ALL_PAUSED: "all-paused",
      FULL: "full"
    };
    var AuthScheme = {
      SECRETS: "SECRETS"
    };
    var ClientPasswordAuthType = {
      MYSQL_CACHING_SHA2_PASSWORD: "MYSQL_CACHING_SHA2_PASSWORD",
      MYSQL_NATIVE_PASSWORD: "MYSQL_NATIVE_PASSWORD",
      POSTGRES_MD5: "POSTGRES_MD5",
      POSTGRES_SCRAM_SHA_256: "POSTGRES_SCRAM_SHA_256",
      SQL_SERVER_AUTHENTICATION: "SQL_SERVER_AUTHENTICATION"
    };
    var IAMAuthMode = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED",
      REQUIRED: "REQUIRED"
    };
    var DefaultAuthScheme = {
      IAM_AUTH: "IAM_AUTH",
      NONE: "NONE"
    };
    var EndpointNetworkType = {
      DUAL: "DUAL",
      IPV4: "IPV4",
      IPV6: "IPV6"
    };
    var EngineFamily = {
      MYSQL: "MYSQL",
      POSTGRESQL: "POSTGRESQL",
      SQLSERVER: "SQLSERVER"
    };
    var TargetConnectionNetworkType = {
      IPV4: "IPV4",
      IPV6: "IPV6"
    };
    var DBProxyStatus = {
      AVAILABLE: "available",
      CREATING: "creating",
      DELETING: "deleting",
      INCOMPATIBLE_NETWORK: "incompatible-network",
      INSUFFICIENT_RESOURCE_LIMITS: "insufficient-resource-limits",
      MODIFYING: "modifying",
      REACTIVATING: "reactivating",
      SUSPENDED: "suspended",
      SUSPENDING: "suspending"
    };
    var DBProxyEndpointTargetRole = {
      READ_ONLY: "READ_ONLY",
      READ_WRITE: "READ_WRITE"
    };
    var DBProxyEndpointStatus = {
      AVAILABLE: "available",
      CREATING: "creating",
      DELETING: "deleting",
      INCOMPATIBLE_NETWORK: "incompatible-network",
      INSUFFICIENT_RESOURCE_LIMITS: "insufficient-resource-limits",
      MODIFYING: "modifying"
    };
    var FailoverStatus = {
      CANCELLING: "cancelling",
      FAILING_OVER: "failing-over",
      PENDING: "pending"
    };
    var GlobalClusterMemberSynchronizationStatus = {
      CONNECTED: "connected",
      PENDING_RESYNC: "pending-resync"
    };
    var IntegrationStatus = {
      ACTIVE: "active",
      CREATING: "creating",
      DELETING: "deleting",
      FAILED: "failed",
      MODIFYING: "modifying",
      NEEDS_ATTENTION: "needs_attention",
      SYNCING: "syncing"
    };
    var ApplyMethod = {
      immediate: "immediate",
      pending_reboot: "pending-reboot"
    };
    var LifecycleSupportName = {
      OPEN_SOURCE_RDS_EXTENDED_SUPPORT: "open-source-rds-extended-support",
      OPEN_SOURCE_RDS_STANDARD_SUPPORT: "open-source-rds-standard-support"
    };
    var TargetRole = {
      READ_ONLY: "READ_ONLY",
      READ_WRITE: "READ_WRITE",
      UNKNOWN: "UNKNOWN"
    };
    var TargetHealthReason = {
      AUTH_FAILURE: "AUTH_FAILURE",
      CONNECTION_FAILED: "CONNECTION_FAILED",
      INVALID_REPLICATION_STATE: "INVALID_REPLICATION_STATE",
      PENDING_PROXY_CAPACITY: "PENDING_PROXY_CAPACITY",
      PROMOTED: "PROMOTED",
      UNREACHABLE: "UNREACHABLE"
    };
    var TargetState = {
      available: "AVAILABLE",
      registering: "REGISTERING",
      unavailable: "UNAVAILABLE",
      unused: "UNUSED"
    };
    var TargetType = {
      RDS_INSTANCE: "RDS_INSTANCE",
      RDS_SERVERLESS_ENDPOINT: "RDS_SERVERLESS_ENDPOINT",
      TRACKED_CLUSTER: "TRACKED_CLUSTER"
    };
    var SourceType = {
      blue_green_deployment: "blue-green-deployment",
      custom_engine_version: "custom-engine-version",
      db_cluster: "db-cluster",
      db_cluster_snapshot: "db-cluster-snapshot",
      db_instance: "db-instance",
      db_parameter_group: "db-parameter-group",
      db_proxy: "db-proxy",
      db_security_group: "db-security-group",
      db_shard_group: "db-shard-group",
      db_snapshot: "db-snapshot",
      zero_etl: "zero-etl"
    };
    var AuditPolicyState = {
      LOCKED_POLICY: "locked",
      UNLOCKED_POLICY: "unlocked"
    };
    var CustomEngineVersionStatus = {
      available: "available",
      inactive: "inactive",
      inactive_except_restore: "inactive-except-restore"
    };
    var EndDateType = {
      limited: "limited",
      unlimited: "unlimited"
    };
    exports.AccountAttributesMessage$ = AccountAttributesMessage$;
    exports.AccountQuota$ = AccountQuota$;
    exports.ActivityStreamMode = ActivityStreamMode;
    exports.ActivityStreamPolicyStatus = ActivityStreamPolicyStatus;
    exports.ActivityStreamStatus = ActivityStreamStatus;
    exports.AddRoleToDBCluster$ = AddRoleToDBCluster$;
    exports.AddRoleToDBClusterCommand = AddRoleToDBClusterCommand;
    exports.AddRoleToDBClusterMessage$ = AddRoleToDBClusterMessage$;
    exports.AddRoleToDBInstance$ = AddRoleToDBInstance$;
    exports.AddRoleToDBInstanceCommand = AddRoleToDBInstanceCommand;
    exports.AddRoleToDBInstanceMessage$ = AddRoleToDBInstanceMessage$;
    exports.AddSourceIdentifierToSubscription$ = AddSourceIdentifierToSubscription$;
    exports.AddSourceIdentifierToSubscriptionCommand = AddSourceIdentifierToSubscriptionCommand;
    exports.AddSourceIdentifierToSubscriptionMessage$ = AddSourceIdentifierToSubscriptionMessage$;
    exports.AddSourceIdentifierToSubscriptionResult$ = AddSourceIdentifierToSubscriptionResult$;
    exports.AddTagsToResource$ = AddTagsToResource$;
    exports.AddTagsToResourceCommand = AddTagsToResourceCommand;
    exports.AddTagsToResourceMessage$ = AddTagsToResourceMessage$;
    exports.AdditionalStorageVolume$ = AdditionalStorageVolume$;
    exports.AdditionalStorageVolumeOutput$ = AdditionalStorageVolumeOutput$;
    exports.ApplyMethod = ApplyMethod;
    exports.ApplyPendingMaintenanceAction$ = ApplyPendingMaintenanceAction$;
    exports.ApplyPendingMaintenanceActionCommand = ApplyPendingMaintenanceActionCommand;
    exports.ApplyPendingMaintenanceActionMessage$ = ApplyPendingMaintenanceActionMessage$;
    exports.ApplyPendingMaintenanceActionResult$ = ApplyPendingMaintenanceActionResult$;
    exports.AuditPolicyState = AuditPolicyState;
    exports.AuthScheme = AuthScheme;
    exports.AuthorizationAlreadyExistsFault = AuthorizationAlreadyExistsFault;
    exports.AuthorizationAlreadyExistsFault$ = AuthorizationAlreadyExistsFault$;
    exports.AuthorizationNotFoundFault = AuthorizationNotFoundFault;
    exports.AuthorizationNotFoundFault$ = AuthorizationNotFoundFault$;
    exports.AuthorizationQuotaExceededFault = AuthorizationQuotaExceededFault;
    exports.AuthorizationQuotaExceededFault$ = AuthorizationQuotaExceededFault$;
    exports.AuthorizeDBSecurityGroupIngress$ = AuthorizeDBSecurityGroupIngress$;
    exports.AuthorizeDBSecurityGroupIngressCommand = AuthorizeDBSecurityGroupIngressCommand;
    exports.AuthorizeDBSecurityGroupIngressMessage$ = AuthorizeDBSecurityGroupIngressMessage$;
    exports.AuthorizeDBSecurityGroupIngressResult$ = AuthorizeDBSecurityGroupIngressResult$;
    exports.AutomationMode = AutomationMode;
    exports.AvailabilityZone$ = AvailabilityZone$;
    exports.AvailableAdditionalStorageVolumesOption$ = AvailableAdditionalStorageVolumesOption$;
    exports.AvailableCapacityPerAvailabilityZone$ = AvailableCapacityPerAvailabilityZone$;
    exports.AvailableProcessorFeature$ = AvailableProcessorFeature$;
    exports.BacktrackDBCluster$ = BacktrackDBCluster$;
    exports.BacktrackDBClusterCommand = BacktrackDBClusterCommand;
    exports.BacktrackDBClusterMessage$ = BacktrackDBClusterMessage$;
    exports.BackupPolicyNotFoundFault = BackupPolicyNotFoundFault;
    exports.BackupPolicyNotFoundFault$ = BackupPolicyNotFoundFault$;
    exports.BlueGreenDeployment$ = BlueGreenDeployment$;
    exports.BlueGreenDeploymentAlreadyExistsFault = BlueGreenDeploymentAlreadyExistsFault;
    exports.BlueGreenDeploymentAlreadyExistsFault$ = BlueGreenDeploymentAlreadyExistsFault$;
    exports.BlueGreenDeploymentNotFoundFault = BlueGreenDeploymentNotFoundFault;
    exports.BlueGreenDeploymentNotFoundFault$ = BlueGreenDeploymentNotFoundFault$;
    exports.BlueGreenDeploymentTask$ = BlueGreenDeploymentTask$;
    exports.CancelDBCapacityReservation$ = CancelDBCapacityReservation$;
    exports.CancelDBCapacityReservationCommand = CancelDBCapacityReservationCommand;
    exports.CancelDBCapacityReservationRequest$ = CancelDBCapacityReservationRequest$;
    exports.CancelDBCapacityReservationResponse$ = CancelDBCapacityReservationResponse$;
    exports.CancelExportTask$ = CancelExportTask$;
    exports.CancelExportTaskCommand = CancelExportTaskCommand;
    exports.CancelExportTaskMessage$ = CancelExportTaskMessage$;
    exports.Certificate$ = Certificate$;
    exports.CertificateDetails$ = CertificateDetails$;
    exports.CertificateMessage$ = CertificateMessage$;
    exports.CertificateNotFoundFault = CertificateNotFoundFault;
    exports.CertificateNotFoundFault$ = CertificateNotFoundFault$;
    exports.CharacterSet$ = CharacterSet$;
    exports.ClientPasswordAuthType = ClientPasswordAuthType;
    exports.CloudwatchLogsExportConfiguration$ = CloudwatchLogsExportConfiguration$;
    exports.ClusterPendingModifiedValues$ = ClusterPendingModifiedValues$;
    exports.ClusterScalabilityType = ClusterScalabilityType;
    exports.ConnectionPoolConfiguration$ = ConnectionPoolConfiguration$;
    exports.ConnectionPoolConfigurationInfo$ = ConnectionPoolConfigurationInfo$;
    exports.ContextAttribute$ = ContextAttribute$;
    exports.CopyDBClusterParameterGroup$ = CopyDBClusterParameterGroup$;
    exports.CopyDBClusterParameterGroupCommand = CopyDBClusterParameterGroupCommand;
    exports.CopyDBClusterParameterGroupMessage$ = CopyDBClusterParameterGroupMessage$;
    exports.CopyDBClusterParameterGroupResult$ = CopyDBClusterParameterGroupResult$;
    exports.CopyDBClusterSnapshot$ = CopyDBClusterSnapshot$;
    exports.CopyDBClusterSnapshotCommand = CopyDBClusterSnapshotCommand;
    exports.CopyDBClusterSnapshotMessage$ = CopyDBClusterSnapshotMessage$;
    exports.CopyDBClusterSnapshotResult$ = CopyDBClusterSnapshotResult$;
    exports.CopyDBParameterGroup$ = CopyDBParameterGroup$;
    exports.CopyDBParameterGroupCommand = CopyDBParameterGroupCommand;
    exports.CopyDBParameterGroupMessage$ = CopyDBParameterGroupMessage$;
    exports.CopyDBParameterGroupResult$ = CopyDBParameterGroupResult$;
    exports.CopyDBSnapshot$ = CopyDBSnapshot$;
    exports.CopyDBSnapshotCommand = CopyDBSnapshotCommand;
    exports.CopyDBSnapshotMessage$ = CopyDBSnapshotMessage$;
    exports.CopyDBSnapshotResult$ = CopyDBSnapshotResult$;
    exports.CopyOptionGroup$ = CopyOptionGroup$;
    exports.CopyOptionGroupCommand = CopyOptionGroupCommand;
    exports.CopyOptionGroupMessage$ = CopyOptionGroupMessage$;
    exports.CopyOptionGroupResult$ = CopyOptionGroupResult$;
    exports.CreateBlueGreenDeployment$ = CreateBlueGreenDeployment$;
    exports.CreateBlueGreenDeploymentCommand = CreateBlueGreenDeploymentCommand;
    exports.CreateBlueGreenDeploymentRequest$ = CreateBlueGreenDeploymentRequest$;
    exports.CreateBlueGreenDeploymentResponse$ = CreateBlueGreenDeploymentResponse$;
    exports.CreateCustomDBEngineVersion$ = CreateCustomDBEngineVersion$;
    exports.CreateCustomDBEngineVersionCommand = CreateCustomDBEngineVersionCommand;
    exports.CreateCustomDBEngineVersionFault = CreateCustomDBEngineVersionFault;
    exports.CreateCustomDBEngineVersionFault$ = CreateCustomDBEngineVersionFault$;
    exports.CreateCustomDBEngineVersionMessage$ = CreateCustomDBEngineVersionMessage$;
    exports.CreateDBCapacityReservation$ = CreateDBCapacityReservation$;
    exports.CreateDBCapacityReservationCommand = CreateDBCapacityReservationCommand;
    exports.CreateDBCapacityReservationRequest$ = CreateDBCapacityReservationRequest$;
    exports.CreateDBCapacityReservationResponse$ = CreateDBCapacityReservationResponse$;
    exports.CreateDBCluster$ = CreateDBCluster$;
    exports.CreateDBClusterCommand = CreateDBClusterCommand;
    exports.CreateDBClusterEndpoint$ = CreateDBClusterEndpoint$;
    exports.CreateDBClusterEndpointCommand = CreateDBClusterEndpointCommand;
    exports.CreateDBClusterEndpointMessage$ = CreateDBClusterEndpointMessage$;
    exports.CreateDBClusterMessage$ = CreateDBClusterMessage$;
    exports.CreateDBClusterParameterGroup$ = CreateDBClusterParameterGroup$;
    exports.CreateDBClusterParameterGroupCommand = CreateDBClusterParameterGroupCommand;
    exports.CreateDBClusterParameterGroupMessage$ = CreateDBClusterParameterGroupMessage$;
    exports.CreateDBClusterParameterGroupResult$ = CreateDBClusterParameterGroupResult$;
    exports.CreateDBClusterResult$ = CreateDBClusterResult$;
    exports.CreateDBClusterSnapshot$ = CreateDBClusterSnapshot$;
    exports.CreateDBClusterSnapshotCommand = CreateDBClusterSnapshotCommand;
    exports.CreateDBClusterSnapshotMessage$ = CreateDBClusterSnapshotMessage$;
    exports.CreateDBClusterSnapshotResult$ = CreateDBClusterSnapshotResult$;
    exports.CreateDBInstance$ = CreateDBInstance$;
    exports.CreateDBInstanceCommand = CreateDBInstanceCommand;
    exports.CreateDBInstanceMessage$ = CreateDBInstanceMessage$;
    exports.CreateDBInstanceReadReplica$ = CreateDBInstanceReadReplica$;
    exports.CreateDBInstanceReadReplicaCommand = CreateDBInstanceReadReplicaCommand;
    exports.CreateDBInstanceReadReplicaMessage$ = CreateDBInstanceReadReplicaMessage$;
    exports.CreateDBInstanceReadReplicaResult$ = CreateDBInstanceReadReplicaResult$;
    exports.CreateDBInstanceResult$ = CreateDBInstanceResult$;
    exports.CreateDBParameterGroup$ = CreateDBParameterGroup$;
    exports.CreateDBParameterGroupCommand = CreateDBParameterGroupCommand;
    exports.CreateDBParameterGroupMessage$ = CreateDBParameterGroupMessage$;
    exports.CreateDBParameterGroupResult$ = CreateDBParameterGroupResult$;
    exports.CreateDBProxy$ = CreateDBProxy$;
    exports.CreateDBProxyCommand = CreateDBProxyCommand;
    exports.CreateDBProxyEndpoint$ = CreateDBProxyEndpoint$;
    exports.CreateDBProxyEndpointCommand = CreateDBProxyEndpointCommand;
    exports.CreateDBProxyEndpointRequest$ = CreateDBProxyEndpointRequest$;
    exports.CreateDBProxyEndpointResponse$ = CreateDBProxyEndpointResponse$;
    exports.CreateDBProxyRequest$ = CreateDBProxyRequest$;
    exports.CreateDBProxyResponse$ = CreateDBProxyResponse$;
    exports.CreateDBSecurityGroup$ = CreateDBSecurityGroup$;
    exports.CreateDBSecurityGroupCommand = CreateDBSecurityGroupCommand;
    exports.CreateDBSecurityGroupMessage$ = CreateDBSecurityGroupMessage$;
    exports.CreateDBSecurityGroupResult$ = CreateDBSecurityGroupResult$;
    exports.CreateDBShardGroup$ = CreateDBShardGroup$;
    exports.CreateDBShardGroupCommand = CreateDBShardGroupCommand;
    exports.CreateDBShardGroupMessage$ = CreateDBShardGroupMessage$;
    exports.CreateDBSnapshot$ = CreateDBSnapshot$;
    exports.CreateDBSnapshotCommand = CreateDBSnapshotCommand;
    exports.CreateDBSnapshotMessage$ = CreateDBSnapshotMessage$;
    exports.CreateDBSnapshotResult$ = CreateDBSnapshotResult$;
    exports.CreateDBSubnetGroup$ = CreateDBSubnetGroup$;
    exports.CreateDBSubnetGroupCommand = CreateDBSubnetGroupCommand;
    exports.CreateDBSubnetGroupMessage$ = CreateDBSubnetGroupMessage$;
    exports.CreateDBSubnetGroupResult$ = CreateDBSubnetGroupResult$;
    exports.CreateEventSubscription$ = CreateEventSubscription$;
    exports.CreateEventSubscriptionCommand = CreateEventSubscriptionCommand;
    exports.CreateEventSubscriptionMessage$ = CreateEventSubscriptionMessage$;
    exports.CreateEventSubscriptionResult$ = CreateEventSubscriptionResult$;
    exports.CreateGlobalCluster$ = CreateGlobalCluster$;
    exports.CreateGlobalClusterCommand = CreateGlobalClusterCommand;
    exports.CreateGlobalClusterMessage$ = CreateGlobalClusterMessage$;
    exports.CreateGlobalClusterResult$ = CreateGlobalClusterResult$;
    exports.CreateIntegration$ = CreateIntegration$;
    exports.CreateIntegrationCommand = CreateIntegrationCommand;
    exports.CreateIntegrationMessage$ = CreateIntegrationMessage$;
    exports.CreateOptionGroup$ = CreateOptionGroup$;
    exports.CreateOptionGroupCommand = CreateOptionGroupCommand;
    exports.CreateOptionGroupMessage$ = CreateOptionGroupMessage$;
    exports.CreateOptionGroupResult$ = CreateOptionGroupResult$;
    exports.CreateTenantDatabase$ = CreateTenantDatabase$;
    exports.CreateTenantDatabaseCommand = CreateTenantDatabaseCommand;
    exports.CreateTenantDatabaseMessage$ = CreateTenantDatabaseMessage$;
    exports.CreateTenantDatabaseResult$ = CreateTenantDatabaseResult$;
    exports.CustomAvailabilityZoneNotFoundFault = CustomAvailabilityZoneNotFoundFault;
    exports.CustomAvailabilityZoneNotFoundFault$ = CustomAvailabilityZoneNotFoundFault$;
    exports.CustomDBEngineVersionAMI$ = CustomDBEngineVersionAMI$;
    exports.CustomDBEngineVersionAlreadyExistsFault = CustomDBEngineVersionAlreadyExistsFault;
    exports.CustomDBEngineVersionAlreadyExistsFault$ = CustomDBEngineVersionAlreadyExistsFault$;
    exports.CustomDBEngineVersionNotFoundFault = CustomDBEngineVersionNotFoundFault;
    exports.CustomDBEngineVersionNotFoundFault$ = CustomDBEngineVersionNotFoundFault$;
    exports.CustomDBEngineVersionQuotaExceededFault = CustomDBEngineVersionQuotaExceededFault;
    exports.CustomDBEngineVersionQuotaExceededFault$ = CustomDBEngineVersionQuotaExceededFault$;
    exports.CustomEngineVersionStatus = CustomEngineVersionStatus;
    exports.DBCapacityReservation$ = DBCapacityReservation$;
    exports.DBCapacityReservationAlreadyExistsFault = DBCapacityReservationAlreadyExistsFault;
    exports.DBCapacityReservationAlreadyExistsFault$ = DBCapacityReservationAlreadyExistsFault$;
    exports.DBCapacityReservationCommitmentInfo$ = DBCapacityReservationCommitmentInfo$;
    exports.DBCapacityReservationNotFoundFault = DBCapacityReservationNotFoundFault;
    exports.DBCapacityReservationNotFoundFault$ = DBCapacityReservationNotFoundFault$;
    exports.DBCapacityReservationState = DBCapacityReservationState;
    exports.DBCapacityReservationUnsupportedFault = DBCapacityReservationUnsupportedFault;
    exports.DBCapacityReservationUnsupportedFault$ = DBCapacityReservationUnsupportedFault$;
    exports.DBCluster$ = DBCluster$;
    exports.DBClusterAlreadyExistsFault = DBClusterAlreadyExistsFault;
    exports.DBClusterAlreadyExistsFault$ = DBClusterAlreadyExistsFault$;
    exports.DBClusterAssociatedRole$ = DBClusterAssociatedRole$;
    exports.DBClusterAutomatedBackup$ = DBClusterAutomatedBackup$;
    exports.DBClusterAutomatedBackupMessage$ = DBClusterAutomatedBackupMessage$;
    exports.DBClusterAutomatedBackupNotFoundFault = DBClusterAutomatedBackupNotFoundFault;
    exports.DBClusterAutomatedBackupNotFoundFault$ = DBClusterAutomatedBackupNotFoundFault$;
    exports.DBClusterAutomatedBackupQuotaExceededFault = DBClusterAutomatedBackupQuotaExceededFault;
    exports.DBClusterAutomatedBackupQuotaExceededFault$ = DBClusterAutomatedBackupQuotaExceededFault$;
    exports.DBClusterBacktrack$ = DBClusterBacktrack$;
    exports.DBClusterBacktrackMessage$ = DBClusterBacktrackMessage$;
    exports.DBClusterBacktrackNotFoundFault = DBClusterBacktrackNotFoundFault;
    exports.DBClusterBacktrackNotFoundFault$ = DBClusterBacktrackNotFoundFault$;
    exports.DBClusterCapacityInfo$ = DBClusterCapacityInfo$;
    exports.DBClusterEndpoint$ = DBClusterEndpoint$;
    exports.DBClusterEndpointAlreadyExistsFault = DBClusterEndpointAlreadyExistsFault;
    exports.DBClusterEndpointAlreadyExistsFault$ = DBClusterEndpointAlreadyExistsFault$;
    exports.DBClusterEndpointMessage$ = DBClusterEndpointMessage$;
    exports.DBClusterEndpointNotFoundFault = DBClusterEndpointNotFoundFault;
    exports.DBClusterEndpointNotFoundFault$ = DBClusterEndpointNotFoundFault$;
    exports.DBClusterEndpointQuotaExceededFault = DBClusterEndpointQuotaExceededFault;
    exports.DBClusterEndpointQuotaExceededFault$ = DBClusterEndpointQuotaExceededFault$;
    exports.DBClusterMember$ = DBClusterMember$;
    exports.DBClusterMessage$ = DBClusterMessage$;
    exports.DBClusterNotFoundFault = DBClusterNotFoundFault;
    exports.DBClusterNotFoundFault$ = DBClusterNotFoundFault$;
    exports.DBClusterOptionGroupStatus$ = DBClusterOptionGroupStatus$;
    exports.DBClusterParameterGroup$ = DBClusterParameterGroup$;
    exports.DBClusterParameterGroupDetails$ = DBClusterParameterGroupDetails$;
    exports.DBClusterParameterGroupNameMessage$ = DBClusterParameterGroupNameMessage$;
    exports.DBClusterParameterGroupNotFoundFault = DBClusterParameterGroupNotFoundFault;
    exports.DBClusterParameterGroupNotFoundFault$ = DBClusterParameterGroupNotFoundFault$;
    exports.DBClusterParameterGroupsMessage$ = DBClusterParameterGroupsMessage$;
    exports.DBClusterQuotaExceededFault = DBClusterQuotaExceededFault;
    exports.DBClusterQuotaExceededFault$ = DBClusterQuotaExceededFault$;
    exports.DBClusterRole$ = DBClusterRole$;
    exports.DBClusterRoleAlreadyExistsFault = DBClusterRoleAlreadyExistsFault;
    exports.DBClusterRoleAlreadyExistsFault$ = DBClusterRoleAlreadyExistsFault$;
    exports.DBClusterRoleNotFoundFault = DBClusterRoleNotFoundFault;
    exports.DBClusterRoleNotFoundFault$ = DBClusterRoleNotFoundFault$;
    exports.DBClusterRoleQuotaExceededFault = DBClusterRoleQuotaExceededFault;
    exports.DBClusterRoleQuotaExceededFault$ = DBClusterRoleQuotaExceededFault$;
    exports.DBClusterSnapshot$ = DBClusterSnapshot$;
    exports.DBClusterSnapshotAlreadyExistsFault = DBClusterSnapshotAlreadyExistsFault;
    exports.DBClusterSnapshotAlreadyExistsFault$ = DBClusterSnapshotAlreadyExistsFault$;
    exports.DBClusterSnapshotAttribute$ = DBClusterSnapshotAttribute$;
    exports.DBClusterSnapshotAttributesResult$ = DBClusterSnapshotAttributesResult$;
    exports.DBClusterSnapshotMessage$ = DBClusterSnapshotMessage$;
    exports.DBClusterSnapshotNotFoundFault = DBClusterSnapshotNotFoundFault;
    exports.DBClusterSnapshotNotFoundFault$ = DBClusterSnapshotNotFoundFault$;
    exports.DBClusterStatusInfo$ = DBClusterStatusInfo$;
    exports.DBEngineVersion$ = DBEngineVersion$;
    exports.DBEngineVersionMessage$ = DBEngineVersionMessage$;
    exports.DBInstance$ = DBInstance$;
    exports.DBInstanceAlreadyExistsFault = DBInstanceAlreadyExistsFault;
    exports.DBInstanceAlreadyExistsFault$ = DBInstanceAlreadyExistsFault$;
    exports.DBInstanceAutomatedBackup$ = DBInstanceAutomatedBackup$;
    exports.DBInstanceAutomatedBackupMessage$ = DBInstanceAutomatedBackupMessage$;
    exports.DBInstanceAutomatedBackupNotFoundFault = DBInstanceAutomatedBackupNotFoundFault;
    exports.DBInstanceAutomatedBackupNotFoundFault$ = DBInstanceAutomatedBackupNotFoundFault$;
    exports.DBInstanceAutomatedBackupQuotaExceededFault = DBInstanceAutomatedBackupQuotaExceededFault;
    exports.DBInstanceAutomatedBackupQuotaExceededFault$ = DBInstanceAutomatedBackupQuotaExceededFault$;
    exports.DBInstanceAutomatedBackupsReplication$ = DBInstanceAutomatedBackupsReplication$;
    exports.DBInstanceMessage$ = DBInstanceMessage$;
    exports.DBInstanceNotFoundFault = DBInstanceNotFoundFault;
    exports.DBInstanceNotFoundFault$ = DBInstanceNotFoundFault$;
    exports.DBInstanceNotReadyFault = DBInstanceNotReadyFault;
    exports.DBInstanceNotReadyFault$ = DBInstanceNotReadyFault$;
    exports.DBInstanceRole$ = DBInstanceRole$;
    exports.DBInstanceRoleAlreadyExistsFault = DBInstanceRoleAlreadyExistsFault;
    exports.DBInstanceRoleAlreadyExistsFault$ = DBInstanceRoleAlreadyExistsFault$;
    exports.DBInstanceRoleNotFoundFault = DBInstanceRoleNotFoundFault;
    exports.DBInstanceRoleNotFoundFault$ = DBInstanceRoleNotFoundFault$;
    exports.DBInstanceRoleQuotaExceededFault = DBInstanceRoleQuotaExceededFault;
    exports.DBInstanceRoleQuotaExceededFault$ = DBInstanceRoleQuotaExceededFault$;
    exports.DBInstanceStatusInfo$ = DBInstanceStatusInfo$;
    exports.DBLogFileNotFoundFault = DBLogFileNotFoundFault;
    exports.DBLogFileNotFoundFault$ = DBLogFileNotFoundFault$;
    exports.DBMajorEngineVersion$ = DBMajorEngineVersion$;
    exports.DBParameterGroup$ = DBParameterGroup$;
    exports.DBParameterGroupAlreadyExistsFault = DBParameterGroupAlreadyExistsFault;
    exports.DBParameterGroupAlreadyExistsFault$ = DBParameterGroupAlreadyExistsFault$;
    exports.DBParameterGroupDetails$ = DBParameterGroupDetails$;
    exports.DBParameterGroupNameMessage$ = DBParameterGroupNameMessage$;
    exports.DBParameterGroupNotFoundFault = DBParameterGroupNotFoundFault;
    exports.DBParameterGroupNotFoundFault$ = DBParameterGroupNotFoundFault$;
    exports.DBParameterGroupQuotaExceededFault = DBParameterGroupQuotaExceededFault;
    exports.DBParameterGroupQuotaExceededFault$ = DBParameterGroupQuotaExceededFault$;
    exports.DBParameterGroupStatus$ = DBParameterGroupStatus$;
    exports.DBParameterGroupsMessage$ = DBParameterGroupsMessage$;
    exports.DBProxy$ = DBProxy$;
    exports.DBProxyAlreadyExistsFault = DBProxyAlreadyExistsFault;
    exports.DBProxyAlreadyExistsFault$ = DBProxyAlreadyExistsFault$;
    exports.DBProxyEndpoint$ = DBProxyEndpoint$;
    exports.DBProxyEndpointAlreadyExistsFault = DBProxyEndpointAlreadyExistsFault;
    exports.DBProxyEndpointAlreadyExistsFault$ = DBProxyEndpointAlreadyExistsFault$;
    exports.DBProxyEndpointNotFoundFault = DBProxyEndpointNotFoundFault;
    exports.DBProxyEndpointNotFoundFault$ = DBProxyEndpointNotFoundFault$;
    exports.DBProxyEndpointQuotaExceededFault = DBProxyEndpointQuotaExceededFault;
    exports.DBProxyEndpointQuotaExceededFault$ = DBProxyEndpointQuotaExceededFault$;
    exports.DBProxyEndpointStatus = DBProxyEndpointStatus;
    exports.DBProxyEndpointTargetRole = DBProxyEndpointTargetRole;
    exports.DBProxyNotFoundFault = DBProxyNotFoundFault;
    exports.DBProxyNotFoundFault$ = DBProxyNotFoundFault$;
    exports.DBProxyQuotaExceededFault = DBProxyQuotaExceededFault;
    exports.DBProxyQuotaExceededFault$ = DBProxyQuotaExceededFault$;
    exports.DBProxyStatus = DBProxyStatus;
    exports.DBProxyTarget$ = DBProxyTarget$;
    exports.DBProxyTargetAlreadyRegisteredFault = DBProxyTargetAlreadyRegisteredFault;
    exports.DBProxyTargetAlreadyRegisteredFault$ = DBProxyTargetAlreadyRegisteredFault$;
    exports.DBProxyTargetGroup$ = DBProxyTargetGroup$;
    exports.DBProxyTargetGroupNotFoundFault = DBProxyTargetGroupNotFoundFault;
    exports.DBProxyTargetGroupNotFoundFault$ = DBProxyTargetGroupNotFoundFault$;
    exports.DBProxyTargetNotFoundFault = DBProxyTargetNotFoundFault;
    exports.DBProxyTargetNotFoundFault$ = DBProxyTargetNotFoundFault$;
    exports.DBRecommendation$ = DBRecommendation$;
    exports.DBRecommendationMessage$ = DBRecommendationMessage$;
    exports.DBRecommendationsMessage$ = DBRecommendationsMessage$;
    exports.DBSecurityGroup$ = DBSecurityGroup$;
    exports.DBSecurityGroupAlreadyExistsFault = DBSecurityGroupAlreadyExistsFault;
    exports.DBSecurityGroupAlreadyExistsFault$ = DBSecurityGroupAlreadyExistsFault$;
    exports.DBSecurityGroupMembership$ = DBSecurityGroupMembership$;
    exports.DBSecurityGroupMessage$ = DBSecurityGroupMessage$;
    exports.DBSecurityGroupNotFoundFault = DBSecurityGroupNotFoundFault;
    exports.DBSecurityGroupNotFoundFault$ = DBSecurityGroupNotFoundFault$;
    exports.DBSecurityGroupNotSupportedFault = DBSecurityGroupNotSupportedFault;
    exports.DBSecurityGroupNotSupportedFault$ = DBSecurityGroupNotSupportedFault$;
    exports.DBSecurityGroupQuotaExceededFault = DBSecurityGroupQuotaExceededFault;
    exports.DBSecurityGroupQuotaExceededFault$ = DBSecurityGroupQuotaExceededFault$;
    exports.DBShardGroup$ = DBShardGroup$;
    exports.DBShardGroupAlreadyExistsFault = DBShardGroupAlreadyExistsFault;
    exports.DBShardGroupAlreadyExistsFault$ = DBShardGroupAlreadyExistsFault$;
    exports.DBShardGroupNotFoundFault = DBShardGroupNotFoundFault;
    exports.DBShardGroupNotFoundFault$ = DBShardGroupNotFoundFault$;
    exports.DBSnapshot$ = DBSnapshot$;
    exports.DBSnapshotAlreadyExistsFault = DBSnapshotAlreadyExistsFault;
    exports.DBSnapshotAlreadyExistsFault$ = DBSnapshotAlreadyExistsFault$;
    exports.DBSnapshotAttribute$ = DBSnapshotAttribute$;
    exports.DBSnapshotAttributesResult$ = DBSnapshotAttributesResult$;
    exports.DBSnapshotMessage$ = DBSnapshotMessage$;
    exports.DBSnapshotNotFoundFault = DBSnapshotNotFoundFault;
    exports.DBSnapshotNotFoundFault$ = DBSnapshotNotFoundFault$;
    exports.DBSnapshotTenantDatabase$ = DBSnapshotTenantDatabase$;
    exports.DBSnapshotTenantDatabaseNotFoundFault = DBSnapshotTenantDatabaseNotFoundFault;
    exports.DBSnapshotTenantDatabaseNotFoundFault$ = DBSnapshotTenantDatabaseNotFoundFault$;
    exports.DBSnapshotTenantDatabasesMessage$ = DBSnapshotTenantDatabasesMessage$;
    exports.DBSubnetGroup$ = DBSubnetGroup$;
    exports.DBSubnetGroupAlreadyExistsFault = DBSubnetGroupAlreadyExistsFault;
    exports.DBSubnetGroupAlreadyExistsFault$ = DBSubnetGroupAlreadyExistsFault$;
    exports.DBSubnetGroupDoesNotCoverEnoughAZs = DBSubnetGroupDoesNotCoverEnoughAZs;
    exports.DBSubnetGroupDoesNotCoverEnoughAZs$ = DBSubnetGroupDoesNotCoverEnoughAZs$;
    exports.DBSubnetGroupMessage$ = DBSubnetGroupMessage$;
    exports.DBSubnetGroupNotAllowedFault = DBSubnetGroupNotAllowedFault;
    exports.DBSubnetGroupNotAllowedFault$ = DBSubnetGroupNotAllowedFault$;
    exports.DBSubnetGroupNotFoundFault = DBSubnetGroupNotFoundFault;
    exports.DBSubnetGroupNotFoundFault$ = DBSubnetGroupNotFoundFault$;
    exports.DBSubnetGroupQuotaExceededFault = DBSubnetGroupQuotaExceededFault;
    exports.DBSubnetGroupQuotaExceededFault$ = DBSubnetGroupQuotaExceededFault$;
    exports.DBSubnetQuotaExceededFault = DBSubnetQuotaExceededFault;
    exports.DBSubnetQuotaExceededFault$ = DBSubnetQuotaExceededFault$;
    exports.DBUpgradeDependencyFailureFault = DBUpgradeDependencyFailureFault;
    exports.DBUpgradeDependencyFailureFault$ = DBUpgradeDependencyFailureFault$;
    exports.DatabaseInsightsMode = DatabaseInsightsMode;
    exports.DefaultAuthScheme = DefaultAuthScheme;
    exports.DeleteBlueGreenDeployment$ = DeleteBlueGreenDeployment$;
    exports.DeleteBlueGreenDeploymentCommand = DeleteBlueGreenDeploymentCommand;
    exports.DeleteBlueGreenDeploymentRequest$ = DeleteBlueGreenDeploymentRequest$;
    exports.DeleteBlueGreenDeploymentResponse$ = DeleteBlueGreenDeploymentResponse$;
    exports.DeleteCustomDBEngineVersion$ = DeleteCustomDBEngineVersion$;
    exports.DeleteCustomDBEngineVersionCommand = DeleteCustomDBEngineVersionCommand;
    exports.DeleteCustomDBEngineVersionMessage$ = DeleteCustomDBEngineVersionMessage$;
    exports.DeleteDBCluster$ = DeleteDBCluster$;
    exports.DeleteDBClusterAutomatedBackup$ = DeleteDBClusterAutomatedBackup$;
    exports.DeleteDBClusterAutomatedBackupCommand = DeleteDBClusterAutomatedBackupCommand;
    exports.DeleteDBClusterAutomatedBackupMessage$ = DeleteDBClusterAutomatedBackupMessage$;
    exports.DeleteDBClusterAutomatedBackupResult$ = DeleteDBClusterAutomatedBackupResult$;
    exports.DeleteDBClusterCommand = DeleteDBClusterCommand;
    exports.DeleteDBClusterEndpoint$ = DeleteDBClusterEndpoint$;
    exports.DeleteDBClusterEndpointCommand = DeleteDBClusterEndpointCommand;
    exports.DeleteDBClusterEndpointMessage$ = DeleteDBClusterEndpointMessage$;
    exports.DeleteDBClusterMessage$ = DeleteDBClusterMessage$;
    exports.DeleteDBClusterParameterGroup$ = DeleteDBClusterParameterGroup$;
    exports.DeleteDBClusterParameterGroupCommand = DeleteDBClusterParameterGroupCommand;
    exports.DeleteDBClusterParameterGroupMessage$ = DeleteDBClusterParameterGroupMessage$;
    exports.DeleteDBClusterResult$ = DeleteDBClusterResult$;
    exports.DeleteDBClusterSnapshot$ = DeleteDBClusterSnapshot$;
    exports.DeleteDBClusterSnapshotCommand = DeleteDBClusterSnapshotCommand;
    exports.DeleteDBClusterSnapshotMessage$ = DeleteDBClusterSnapshotMessage$;
    exports.DeleteDBClusterSnapshotResult$ = DeleteDBClusterSnapshotResult$;
    exports.DeleteDBInstance$ = DeleteDBInstance$;
    exports.DeleteDBInstanceAutomatedBackup$ = DeleteDBInstanceAutomatedBackup$;
    exports.DeleteDBInstanceAutomatedBackupCommand = DeleteDBInstanceAutomatedBackupCommand;
    exports.DeleteDBInstanceAutomatedBackupMessage$ = DeleteDBInstanceAutomatedBackupMessage$;
    exports.DeleteDBInstanceAutomatedBackupResult$ = DeleteDBInstanceAutomatedBackupResult$;
    exports.DeleteDBInstanceCommand = DeleteDBInstanceCommand;
    exports.DeleteDBInstanceMessage$ = DeleteDBInstanceMessage$;
    exports.DeleteDBInstanceResult$ = DeleteDBInstanceResult$;
    exports.DeleteDBParameterGroup$ = DeleteDBParameterGroup$;
    exports.DeleteDBParameterGroupCommand = DeleteDBParameterGroupCommand;
    exports.DeleteDBParameterGroupMessage$ = DeleteDBParameterGroupMessage$;
    exports.DeleteDBProxy$ = DeleteDBProxy$;
    exports.DeleteDBProxyCommand = DeleteDBProxyCommand;
    exports.DeleteDBProxyEndpoint$ = DeleteDBProxyEndpoint$;
    exports.DeleteDBProxyEndpointCommand = DeleteDBProxyEndpointCommand;
    exports.DeleteDBProxyEndpointRequest$ = DeleteDBProxyEndpointRequest$;
    exports.DeleteDBProxyEndpointResponse$ = DeleteDBProxyEndpointResponse$;
    exports.DeleteDBProxyRequest$ = DeleteDBProxyRequest$;
    exports.DeleteDBProxyResponse$ = DeleteDBProxyResponse$;
    exports.DeleteDBSecurityGroup$ = DeleteDBSecurityGroup$;
    exports.DeleteDBSecurityGroupCommand = DeleteDBSecurityGroupCommand;
    exports.DeleteDBSecurityGroupMessage$ = DeleteDBSecurityGroupMessage$;
    exports.DeleteDBShardGroup$ = DeleteDBShardGroup$;
    exports.DeleteDBShardGroupCommand = DeleteDBShardGroupCommand;
    exports.DeleteDBShardGroupMessage$ = DeleteDBShardGroupMessage$;
    exports.DeleteDBSnapshot$ = DeleteDBSnapshot$;
    exports.DeleteDBSnapshotCommand = DeleteDBSnapshotCommand;
    exports.DeleteDBSnapshotMessage$ = DeleteDBSnapshotMessage$;
    exports.DeleteDBSnapshotResult$ = DeleteDBSnapshotResult$;
    exports.DeleteDBSubnetGroup$ = DeleteDBSubnetGroup$;
    exports.DeleteDBSubnetGroupCommand = DeleteDBSubnetGroupCommand;
    exports.DeleteDBSubnetGroupMessage$ = DeleteDBSubnetGroupMessage$;
    exports.DeleteEventSubscription$ = DeleteEventSubscription$;
    exports.DeleteEventSubscriptionCommand = DeleteEventSubscriptionCommand;
    exports.DeleteEventSubscriptionMessage$ = DeleteEventSubscriptionMessage$;
    exports.DeleteEventSubscriptionResult$ = DeleteEventSubscriptionResult$;
    exports.DeleteGlobalCluster$ = DeleteGlobalCluster$;
    exports.DeleteGlobalClusterCommand = DeleteGlobalClusterCommand;
    exports.DeleteGlobalClusterMessage$ = DeleteGlobalClusterMessage$;
    exports.DeleteGlobalClusterResult$ = DeleteGlobalClusterResult$;
    exports.DeleteIntegration$ = DeleteIntegration$;
    exports.DeleteIntegrationCommand = DeleteIntegrationCommand;
    exports.DeleteIntegrationMessage$ = DeleteIntegrationMessage$;
    exports.DeleteOptionGroup$ = DeleteOptionGroup$;
    exports.DeleteOptionGroupCommand = DeleteOptionGroupCommand;
    exports.DeleteOptionGroupMessage$ = DeleteOptionGroupMessage$;
    exports.DeleteTenantDatabase$ = DeleteTenantDatabase$;
    exports.DeleteTenantDatabaseCommand = DeleteTenantDatabaseCommand;
    exports.DeleteTenantDatabaseMessage$ = DeleteTenantDatabaseMessage$;
    exports.DeleteTenantDatabaseResult$ = DeleteTenantDatabaseResult$;
    exports.DeregisterDBProxyTargets$ = DeregisterDBProxyTargets$;
    exports.DeregisterDBProxyTargetsCommand = DeregisterDBProxyTargetsCommand;
    exports.DeregisterDBProxyTargetsRequest$ = DeregisterDBProxyTargetsRequest$;
    exports.DeregisterDBProxyTargetsResponse$ = DeregisterDBProxyTargetsResponse$;
    exports.DescribeAccountAttributes$ = DescribeAccountAttributes$;
    exports.DescribeAccountAttributesCommand = DescribeAccountAttributesCommand;
    exports.DescribeAccountAttributesMessage$ = DescribeAccountAttributesMessage$;
    exports.DescribeBlueGreenDeployments$ = DescribeBlueGreenDeployments$;
    exports.DescribeBlueGreenDeploymentsCommand = DescribeBlueGreenDeploymentsCommand;
    exports.DescribeBlueGreenDeploymentsRequest$ = DescribeBlueGreenDeploymentsRequest$;
    exports.DescribeBlueGreenDeploymentsResponse$ = DescribeBlueGreenDeploymentsResponse$;
    exports.DescribeCertificates$ = DescribeCertificates$;
    exports.DescribeCertificatesCommand = DescribeCertificatesCommand;
    exports.DescribeCertificatesMessage$ = DescribeCertificatesMessage$;
    exports.DescribeDBCapacityReservations$ = DescribeDBCapacityReservations$;
    exports.DescribeDBCapacityReservationsCommand = DescribeDBCapacityReservationsCommand;
    exports.DescribeDBCapacityReservationsRequest$ = DescribeDBCapacityReservationsRequest$;
    exports.DescribeDBCapacityReservationsResponse$ = DescribeDBCapacityReservationsResponse$;
    exports.DescribeDBClusterAutomatedBackups$ = DescribeDBClusterAutomatedBackups$;
    exports.DescribeDBClusterAutomatedBackupsCommand = DescribeDBClusterAutomatedBackupsCommand;
    exports.DescribeDBClusterAutomatedBackupsMessage$ = DescribeDBClusterAutomatedBackupsMessage$;
    exports.DescribeDBClusterBacktracks$ = DescribeDBClusterBacktracks$;
    exports.DescribeDBClusterBacktracksCommand = DescribeDBClusterBacktracksCommand;
    exports.DescribeDBClusterBacktracksMessage$ = DescribeDBClusterBacktracksMessage$;
    exports.DescribeDBClusterEndpoints$ = DescribeDBClusterEndpoints$;
    exports.DescribeDBClusterEndpointsCommand = DescribeDBClusterEndpointsCommand;
    exports.DescribeDBClusterEndpointsMessage$ = DescribeDBClusterEndpointsMessage$;
    exports.DescribeDBClusterParameterGroups$ = DescribeDBClusterParameterGroups$;
    exports.DescribeDBClusterParameterGroupsCommand = DescribeDBClusterParameterGroupsCommand;
    exports.DescribeDBClusterParameterGroupsMessage$ = DescribeDBClusterParameterGroupsMessage$;
    exports.DescribeDBClusterParameters$ = DescribeDBClusterParameters$;
    exports.DescribeDBClusterParametersCommand = DescribeDBClusterParametersCommand;
    exports.DescribeDBClusterParametersMessage$ = DescribeDBClusterParametersMessage$;
    exports.DescribeDBClusterSnapshotAttributes$ = DescribeDBClusterSnapshotAttributes$;
    exports.DescribeDBClusterSnapshotAttributesCommand = DescribeDBClusterSnapshotAttributesCommand;
    exports.DescribeDBClusterSnapshotAttributesMessage$ = DescribeDBClusterSnapshotAttributesMessage$;
    exports.DescribeDBClusterSnapshotAttributesResult$ = DescribeDBClusterSnapshotAttributesResult$;
    exports.DescribeDBClusterSnapshots$ = DescribeDBClusterSnapshots$;
    exports.DescribeDBClusterSnapshotsCommand = DescribeDBClusterSnapshotsCommand;
    exports.DescribeDBClusterSnapshotsMessage$ = DescribeDBClusterSnapshotsMessage$;
    exports.DescribeDBClusters$ = DescribeDBClusters$;
    exports.DescribeDBClustersCommand = DescribeDBClustersCommand;
    exports.DescribeDBClustersMessage$ = DescribeDBClustersMessage$;
    exports.DescribeDBEngineVersions$ = DescribeDBEngineVersions$;
    exports.DescribeDBEngineVersionsCommand = DescribeDBEngineVersionsCommand;
    exports.DescribeDBEngineVersionsMessage$ = DescribeDBEngineVersionsMessage$;
    exports.DescribeDBInstanceAutomatedBackups$ = DescribeDBInstanceAutomatedBackups$;
    exports.DescribeDBInstanceAutomatedBackupsCommand = DescribeDBInstanceAutomatedBackupsCommand;
    exports.DescribeDBInstanceAutomatedBackupsMessage$ = DescribeDBInstanceAutomatedBackupsMessage$;
    exports.DescribeDBInstances$ = DescribeDBInstances$;
    exports.DescribeDBInstancesCommand = DescribeDBInstancesCommand;
    exports.DescribeDBInstancesMessage$ = DescribeDBInstancesMessage$;
    exports.DescribeDBLogFiles$ = DescribeDBLogFiles$;
    exports.DescribeDBLogFilesCommand = DescribeDBLogFilesCommand;
    exports.DescribeDBLogFilesDetails$ = DescribeDBLogFilesDetails$;
    exports.DescribeDBLogFilesMessage$ = DescribeDBLogFilesMessage$;
    exports.DescribeDBLogFilesResponse$ = DescribeDBLogFilesResponse$;
    exports.DescribeDBMajorEngineVersions$ = DescribeDBMajorEngineVersions$;
    exports.DescribeDBMajorEngineVersionsCommand = DescribeDBMajorEngineVersionsCommand;
    exports.DescribeDBMajorEngineVersionsRequest$ = DescribeDBMajorEngineVersionsRequest$;
    exports.DescribeDBMajorEngineVersionsResponse$ = DescribeDBMajorEngineVersionsResponse$;
    exports.DescribeDBParameterGroups$ = DescribeDBParameterGroups$;
    exports.DescribeDBParameterGroupsCommand = DescribeDBParameterGroupsCommand;
    exports.DescribeDBParameterGroupsMessage$ = DescribeDBParameterGroupsMessage$;
    exports.DescribeDBParameters$ = DescribeDBParameters$;
    exports.DescribeDBParametersCommand = DescribeDBParametersCommand;
    exports.DescribeDBParametersMessage$ = DescribeDBParametersMessage$;
    exports.DescribeDBProxies$ = DescribeDBProxies$;
    exports.DescribeDBProxiesCommand = DescribeDBProxiesCommand;
    exports.DescribeDBProxiesRequest$ = DescribeDBProxiesRequest$;
    exports.DescribeDBProxiesResponse$ = DescribeDBProxiesResponse$;
    exports.DescribeDBProxyEndpoints$ = DescribeDBProxyEndpoints$;
    exports.DescribeDBProxyEndpointsCommand = DescribeDBProxyEndpointsCommand;
    exports.DescribeDBProxyEndpointsRequest$ = DescribeDBProxyEndpointsRequest$;
    exports.DescribeDBProxyEndpointsResponse$ = DescribeDBProxyEndpointsResponse$;
    exports.DescribeDBProxyTargetGroups$ = DescribeDBProxyTargetGroups$;
    exports.DescribeDBProxyTargetGroupsCommand = DescribeDBProxyTargetGroupsCommand;
    exports.DescribeDBProxyTargetGroupsRequest$ = DescribeDBProxyTargetGroupsRequest$;
    exports.DescribeDBProxyTargetGroupsResponse$ = DescribeDBProxyTargetGroupsResponse$;
    exports.DescribeDBProxyTargets$ = DescribeDBProxyTargets$;
    exports.DescribeDBProxyTargetsCommand = DescribeDBProxyTargetsCommand;
    exports.DescribeDBProxyTargetsRequest$ = DescribeDBProxyTargetsRequest$;
    exports.DescribeDBProxyTargetsResponse$ = DescribeDBProxyTargetsResponse$;
    exports.DescribeDBRecommendations$ = DescribeDBRecommendations$;
    exports.DescribeDBRecommendationsCommand = DescribeDBRecommendationsCommand;
    exports.DescribeDBRecommendationsMessage$ = DescribeDBRecommendationsMessage$;
    exports.DescribeDBSecurityGroups$ = DescribeDBSecurityGroups$;
    exports.DescribeDBSecurityGroupsCommand = DescribeDBSecurityGroupsCommand;
    exports.DescribeDBSecurityGroupsMessage$ = DescribeDBSecurityGroupsMessage$;
    exports.DescribeDBShardGroups$ = DescribeDBShardGroups$;
    exports.DescribeDBShardGroupsCommand = DescribeDBShardGroupsCommand;
    exports.DescribeDBShardGroupsMessage$ = DescribeDBShardGroupsMessage$;
    exports.DescribeDBShardGroupsResponse$ = DescribeDBShardGroupsResponse$;
    exports.DescribeDBSnapshotAttributes$ = DescribeDBSnapshotAttributes$;
    exports.DescribeDBSnapshotAttributesCommand = DescribeDBSnapshotAttributesCommand;
    exports.DescribeDBSnapshotAttributesMessage$ = DescribeDBSnapshotAttributesMessage$;
    exports.DescribeDBSnapshotAttributesResult$ = DescribeDBSnapshotAttributesResult$;
    exports.DescribeDBSnapshotTenantDatabases$ = DescribeDBSnapshotTenantDatabases$;
    exports.DescribeDBSnapshotTenantDatabasesCommand = DescribeDBSnapshotTenantDatabasesCommand;
    exports.DescribeDBSnapshotTenantDatabasesMessage$ = DescribeDBSnapshotTenantDatabasesMessage$;
    exports.DescribeDBSnapshots$ = DescribeDBSnapshots$;
    exports.DescribeDBSnapshotsCommand = DescribeDBSnapshotsCommand;
    exports.DescribeDBSnapshotsMessage$ = DescribeDBSnapshotsMessage$;
    exports.DescribeDBSubnetGroups$ = DescribeDBSubnetGroups$;
    exports.DescribeDBSubnetGroupsCommand = DescribeDBSubnetGroupsCommand;
    exports.DescribeDBSubnetGroupsMessage$ = DescribeDBSubnetGroupsMessage$;
    exports.DescribeEngineDefaultClusterParameters$ = DescribeEngineDefaultClusterParameters$;
    exports.DescribeEngineDefaultClusterParametersCommand = DescribeEngineDefaultClusterParametersCommand;
    exports.DescribeEngineDefaultClusterParametersMessage$ = DescribeEngineDefaultClusterParametersMessage$;
    exports.DescribeEngineDefaultClusterParametersResult$ = DescribeEngineDefaultClusterParametersResult$;
    exports.DescribeEngineDefaultParameters$ = DescribeEngineDefaultParameters$;
    exports.DescribeEngineDefaultParametersCommand = DescribeEngineDefaultParametersCommand;
    exports.DescribeEngineDefaultParametersMessage$ = DescribeEngineDefaultParametersMessage$;
    exports.DescribeEngineDefaultParametersResult$ = DescribeEngineDefaultParametersResult$;
    exports.DescribeEventCategories$ = DescribeEventCategories$;
    exports.DescribeEventCategoriesCommand = DescribeEventCategoriesCommand;
    exports.DescribeEventCategoriesMessage$ = DescribeEventCategoriesMessage$;
    exports.DescribeEventSubscriptions$ = DescribeEventSubscriptions$;
    exports.DescribeEventSubscriptionsCommand = DescribeEventSubscriptionsCommand;
    exports.DescribeEventSubscriptionsMessage$ = DescribeEventSubscriptionsMessage$;
    exports.DescribeEvents$ = DescribeEvents$;
    exports.DescribeEventsCommand = DescribeEventsCommand;
    exports.DescribeEventsMessage$ = DescribeEventsMessage$;
    exports.DescribeExportTasks$ = DescribeExportTasks$;
    exports.DescribeExportTasksCommand = DescribeExportTasksCommand;
    exports.DescribeExportTasksMessage$ = DescribeExportTasksMessage$;
    exports.DescribeGlobalClusters$ = DescribeGlobalClusters$;
    exports.DescribeGlobalClustersCommand = DescribeGlobalClustersCommand;
    exports.DescribeGlobalClustersMessage$ = DescribeGlobalClustersMessage$;
    exports.DescribeIntegrations$ = DescribeIntegrations$;
    exports.DescribeIntegrationsCommand = DescribeIntegrationsCommand;
    exports.DescribeIntegrationsMessage$ = DescribeIntegrationsMessage$;
    exports.DescribeIntegrationsResponse$ = DescribeIntegrationsResponse$;
    exports.DescribeOptionGroupOptions$ = DescribeOptionGroupOptions$;
    exports.DescribeOptionGroupOptionsCommand = DescribeOptionGroupOptionsCommand;
    exports.DescribeOptionGroupOptionsMessage$ = DescribeOptionGroupOptionsMessage$;
    exports.DescribeOptionGroups$ = DescribeOptionGroups$;
    exports.DescribeOptionGroupsCommand = DescribeOptionGroupsCommand;
    exports.DescribeOptionGroupsMessage$ = DescribeOptionGroupsMessage$;
    exports.DescribeOrderableDBInstanceOptions$ = DescribeOrderableDBInstanceOptions$;
    exports.DescribeOrderableDBInstanceOptionsCommand = DescribeOrderableDBInstanceOptionsCommand;
    exports.DescribeOrderableDBInstanceOptionsMessage$ = DescribeOrderableDBInstanceOptionsMessage$;
    exports.DescribePendingMaintenanceActions$ = DescribePendingMaintenanceActions$;
    exports.DescribePendingMaintenanceActionsCommand = DescribePendingMaintenanceActionsCommand;
    exports.DescribePendingMaintenanceActionsMessage$ = DescribePendingMaintenanceActionsMessage$;
    exports.DescribeReservedDBInstances$ = DescribeReservedDBInstances$;
    exports.DescribeReservedDBInstancesCommand = DescribeReservedDBInstancesCommand;
    exports.DescribeReservedDBInstancesMessage$ = DescribeReservedDBInstancesMessage$;
    exports.DescribeReservedDBInstancesOfferings$ = DescribeReservedDBInstancesOfferings$;
    exports.DescribeReservedDBInstancesOfferingsCommand = DescribeReservedDBInstancesOfferingsCommand;
    exports.DescribeReservedDBInstancesOfferingsMessage$ = DescribeReservedDBInstancesOfferingsMessage$;
    exports.DescribeServerlessV2PlatformVersions$ = DescribeServerlessV2PlatformVersions$;
    exports.DescribeServerlessV2PlatformVersionsCommand = DescribeServerlessV2PlatformVersionsCommand;
    exports.DescribeServerlessV2PlatformVersionsMessage$ = DescribeServerlessV2PlatformVersionsMessage$;
    exports.DescribeSourceRegions$ = DescribeSourceRegions$;
    exports.DescribeSourceRegionsCommand = DescribeSourceRegionsCommand;
    exports.DescribeSourceRegionsMessage$ = DescribeSourceRegionsMessage$;
    exports.DescribeTenantDatabases$ = DescribeTenantDatabases$;
    exports.DescribeTenantDatabasesCommand = DescribeTenantDatabasesCommand;
    exports.DescribeTenantDatabasesMessage$ = DescribeTenantDatabasesMessage$;
    exports.DescribeValidDBInstanceModifications$ = DescribeValidDBInstanceModifications$;
    exports.DescribeValidDBInstanceModificationsCommand = DescribeValidDBInstanceModificationsCommand;
    exports.DescribeValidDBInstanceModificationsMessage$ = DescribeValidDBInstanceModificationsMessage$;
    exports.DescribeValidDBInstanceModificationsResult$ = DescribeValidDBInstanceModificationsResult$;
    exports.DisableHttpEndpoint$ = DisableHttpEndpoint$;
    exports.DisableHttpEndpointCommand = DisableHttpEndpointCommand;
    exports.DisableHttpEndpointRequest$ = DisableHttpEndpointRequest$;
    exports.DisableHttpEndpointResponse$ = DisableHttpEndpointResponse$;
    exports.DocLink$ = DocLink$;
    exports.DomainMembership$ = DomainMembership$;
    exports.DomainNotFoundFault = DomainNotFoundFault;
    exports.DomainNotFoundFault$ = DomainNotFoundFault$;
    exports.DoubleRange$ = DoubleRange$;
    exports.DownloadDBLogFilePortion$ = DownloadDBLogFilePortion$;
    exports.DownloadDBLogFilePortionCommand = DownloadDBLogFilePortionCommand;
    exports.DownloadDBLogFilePortionDetails$ = DownloadDBLogFilePortionDetails$;
    exports.DownloadDBLogFilePortionMessage$ = DownloadDBLogFilePortionMessage$;
    exports.EC2SecurityGroup$ = EC2SecurityGroup$;
    exports.Ec2ImagePropertiesNotSupportedFault = Ec2ImagePropertiesNotSupportedFault;
    exports.Ec2ImagePropertiesNotSupportedFault$ = Ec2ImagePropertiesNotSupportedFault$;
    exports.EnableHttpEndpoint$ = EnableHttpEndpoint$;
    exports.EnableHttpEndpointCommand = EnableHttpEndpointCommand;
    exports.EnableHttpEndpointRequest$ = EnableHttpEndpointRequest$;
    exports.EnableHttpEndpointResponse$ = EnableHttpEndpointResponse$;
    exports.EndDateType = EndDateType;
    exports.Endpoint$ = Endpoint$;
    exports.EndpointNetworkType = EndpointNetworkType;
    exports.EngineDefaults$ = EngineDefaults$;
    exports.EngineFamily = EngineFamily;
    exports.Event$ = Event$;
    exports.EventCategoriesMap$ = EventCategoriesMap$;
    exports.EventCategoriesMessage$ = EventCategoriesMessage$;
    exports.EventSubscription$ = EventSubscription$;
    exports.EventSubscriptionQuotaExceededFault = EventSubscriptionQuotaExceededFault;
    exports.EventSubscriptionQuotaExceededFault$ = EventSubscriptionQuotaExceededFault$;
    exports.EventSubscriptionsMessage$ = EventSubscriptionsMessage$;
    exports.EventsMessage$ = EventsMessage$;
    exports.ExportSourceType = ExportSourceType;
    exports.ExportTask$ = ExportTask$;
    exports.ExportTaskAlreadyExistsFault = ExportTaskAlreadyExistsFault;
    exports.ExportTaskAlreadyExistsFault$ = ExportTaskAlreadyExistsFault$;
    exports.ExportTaskNotFoundFault = ExportTaskNotFoundFault;
    exports.ExportTaskNotFoundFault$ = ExportTaskNotFoundFault$;
    exports.ExportTasksMessage$ = ExportTasksMessage$;
    exports.FailoverDBCluster$ = FailoverDBCluster$;
    exports.FailoverDBClusterCommand = FailoverDBClusterCommand;
    exports.FailoverDBClusterMessage$ = FailoverDBClusterMessage$;
    exports.FailoverDBClusterResult$ = FailoverDBClusterResult$;
    exports.FailoverGlobalCluster$ = FailoverGlobalCluster$;
    exports.FailoverGlobalClusterCommand = FailoverGlobalClusterCommand;
    exports.FailoverGlobalClusterMessage$ = FailoverGlobalClusterMessage$;
    exports.FailoverGlobalClusterResult$ = FailoverGlobalClusterResult$;
    exports.FailoverState$ = FailoverState$;
    exports.FailoverStatus = FailoverStatus;
    exports.Filter$ = Filter$;
    exports.GlobalCluster$ = GlobalCluster$;
    exports.GlobalClusterAlreadyExistsFault = GlobalClusterAlreadyExistsFault;
    exports.GlobalClusterAlreadyExistsFault$ = GlobalClusterAlreadyExistsFault$;
    exports.GlobalClusterMember$ = GlobalClusterMember$;
    exports.GlobalClusterMemberSynchronizationStatus = GlobalClusterMemberSynchronizationStatus;
    exports.GlobalClusterNotFoundFault = GlobalClusterNotFoundFault;
    exports.GlobalClusterNotFoundFault$ = GlobalClusterNotFoundFault$;
    exports.GlobalClusterQuotaExceededFault = GlobalClusterQuotaExceededFault;
    exports.GlobalClusterQuotaExceededFault$ = GlobalClusterQuotaExceededFault$;
    exports.GlobalClustersMessage$ = GlobalClustersMessage$;
    exports.IAMAuthMode = IAMAuthMode;
    exports.IPRange$ = IPRange$;
    exports.IamRoleMissingPermissionsFault = IamRoleMissingPermissionsFault;
    exports.IamRoleMissingPermissionsFault$ = IamRoleMissingPermissionsFault$;
    exports.IamRoleNotFoundFault = IamRoleNotFoundFault;
    exports.IamRoleNotFoundFault$ = IamRoleNotFoundFault$;
    exports.InstanceQuotaExceededFault = InstanceQuotaExceededFault;
    exports.InstanceQuotaExceededFault$ = InstanceQuotaExceededFault$;
    exports.InsufficientAvailableIPsInSubnetFault = InsufficientAvailableIPsInSubnetFault;
    exports.InsufficientAvailableIPsInSubnetFault$ = InsufficientAvailableIPsInSubnetFault$;
    exports.InsufficientDBClusterCapacityFault = InsufficientDBClusterCapacityFault;
    exports.InsufficientDBClusterCapacityFault$ = InsufficientDBClusterCapacityFault$;
    exports.InsufficientDBInstanceCapacityFault = InsufficientDBInstanceCapacityFault;
    exports.InsufficientDBInstanceCapacityFault$ = InsufficientDBInstanceCapacityFault$;
    exports.InsufficientStorageClusterCapacityFault = InsufficientStorageClusterCapacityFault;
    exports.InsufficientStorageClusterCapacityFault$ = InsufficientStorageClusterCapacityFault$;
    exports.Integration$ = Integration$;
    exports.IntegrationAlreadyExistsFault = IntegrationAlreadyExistsFault;
    exports.IntegrationAlreadyExistsFault$ = IntegrationAlreadyExistsFault$;
    exports.IntegrationConflictOperationFault = IntegrationConflictOperationFault;
    exports.IntegrationConflictOperationFault$ = IntegrationConflictOperationFault$;
    exports.IntegrationError$ = IntegrationError$;
    exports.IntegrationNotFoundFault = IntegrationNotFoundFault;
    exports.IntegrationNotFoundFault$ = IntegrationNotFoundFault$;
    exports.IntegrationQuotaExceededFault = IntegrationQuotaExceededFault;
    exports.IntegrationQuotaExceededFault$ = IntegrationQuotaExceededFault$;
    exports.IntegrationStatus = IntegrationStatus;
    exports.InvalidBlueGreenDeploymentStateFault = InvalidBlueGreenDeploymentStateFault;
    exports.InvalidBlueGreenDeploymentStateFault$ = InvalidBlueGreenDeploymentStateFault$;
    exports.InvalidCustomDBEngineVersionStateFault = InvalidCustomDBEngineVersionStateFault;
    exports.InvalidCustomDBEngineVersionStateFault$ = InvalidCustomDBEngineVersionStateFault$;
    exports.InvalidDBCapacityReservationStateFault = InvalidDBCapacityReservationStateFault;
    exports.InvalidDBCapacityReservationStateFault$ = InvalidDBCapacityReservationStateFault$;
    exports.InvalidDBClusterAutomatedBackupStateFault = InvalidDBClusterAutomatedBackupStateFault;
    exports.InvalidDBClusterAutomatedBackupStateFault$ = InvalidDBClusterAutomatedBackupStateFault$;
    exports.InvalidDBClusterCapacityFault = InvalidDBClusterCapacityFault;
    exports.InvalidDBClusterCapacityFault$ = InvalidDBClusterCapacityFault$;
    exports.InvalidDBClusterEndpointStateFault = InvalidDBClusterEndpointStateFault;
    exports.InvalidDBClusterEndpointStateFault$ = InvalidDBClusterEndpointStateFault$;
    exports.InvalidDBClusterSnapshotStateFault = InvalidDBClusterSnapshotStateFault;
    exports.InvalidDBClusterSnapshotStateFault$ = InvalidDBClusterSnapshotStateFault$;
    exports.InvalidDBClusterStateFault = InvalidDBClusterStateFault;
    exports.InvalidDBClusterStateFault$ = InvalidDBClusterStateFault$;
    exports.InvalidDBInstanceAutomatedBackupStateFault = InvalidDBInstanceAutomatedBackupStateFault;
    exports.InvalidDBInstanceAutomatedBackupStateFault$ = InvalidDBInstanceAutomatedBackupStateFault$;
    exports.InvalidDBInstanceStateFault = InvalidDBInstanceStateFault;
    exports.InvalidDBInstanceStateFault$ = InvalidDBInstanceStateFault$;
    exports.InvalidDBParameterGroupStateFault = InvalidDBParameterGroupStateFault;
    exports.InvalidDBParameterGroupStateFault$ = InvalidDBParameterGroupStateFault$;
    exports.InvalidDBProxyEndpointStateFault = InvalidDBProxyEndpointStateFault;
    exports.InvalidDBProxyEndpointStateFault$ = InvalidDBProxyEndpointStateFault$;
    exports.InvalidDBProxyStateFault = InvalidDBProxyStateFault;
    exports.InvalidDBProxyStateFault$ = InvalidDBProxyStateFault$;
    exports.InvalidDBSecurityGroupStateFault = InvalidDBSecurityGroupStateFault;
    exports.InvalidDBSecurityGroupStateFault$ = InvalidDBSecurityGroupStateFault$;
    exports.InvalidDBShardGroupStateFault = InvalidDBShardGroupStateFault;
    exports.InvalidDBShardGroupStateFault$ = InvalidDBShardGroupStateFault$;
    exports.InvalidDBSnapshotStateFault = InvalidDBSnapshotStateFault;
    exports.InvalidDBSnapshotStateFault$ = InvalidDBSnapshotStateFault$;
    exports.InvalidDBSubnetGroupFault = InvalidDBSubnetGroupFault;
    exports.InvalidDBSubnetGroupFault$ = InvalidDBSubnetGroupFault$;
    exports.InvalidDBSubnetGroupStateFault = InvalidDBSubnetGroupStateFault;
    exports.InvalidDBSubnetGroupStateFault$ = InvalidDBSubnetGroupStateFault$;
    exports.InvalidDBSubnetStateFault = InvalidDBSubnetStateFault;
    exports.InvalidDBSubnetStateFault$ = InvalidDBSubnetStateFault$;
    exports.InvalidEventSubscriptionStateFault = InvalidEventSubscriptionStateFault;
    exports.InvalidEventSubscriptionStateFault$ = InvalidEventSubscriptionStateFault$;
    exports.InvalidExportOnlyFault = InvalidExportOnlyFault;
    exports.InvalidExportOnlyFault$ = InvalidExportOnlyFault$;
    exports.InvalidExportSourceStateFault = InvalidExportSourceStateFault;
    exports.InvalidExportSourceStateFault$ = InvalidExportSourceStateFault$;
    exports.InvalidExportTaskStateFault = InvalidExportTaskStateFault;
    exports.InvalidExportTaskStateFault$ = InvalidExportTaskStateFault$;
    exports.InvalidGlobalClusterStateFault = InvalidGlobalClusterStateFault;
    exports.InvalidGlobalClusterStateFault$ = InvalidGlobalClusterStateFault$;
    exports.InvalidIntegrationStateFault = InvalidIntegrationStateFault;
    exports.InvalidIntegrationStateFault$ = InvalidIntegrationStateFault$;
    exports.InvalidOptionGroupStateFault = InvalidOptionGroupStateFault;
    exports.InvalidOptionGroupStateFault$ = InvalidOptionGroupStateFault$;
    exports.InvalidResourceStateFault = InvalidResourceStateFault;
    exports.InvalidResourceStateFault$ = InvalidResourceStateFault$;
    exports.InvalidRestoreFault = InvalidRestoreFault;
    exports.InvalidRestoreFault$ = InvalidRestoreFault$;
    exports.InvalidS3BucketFault = InvalidS3BucketFault;
    exports.InvalidS3BucketFault$ = InvalidS3BucketFault$;
    exports.InvalidSubnet = InvalidSubnet;
    exports.InvalidSubnet$ = InvalidSubnet$;
    exports.InvalidVPCNetworkStateFault = InvalidVPCNetworkStateFault;
    exports.InvalidVPCNetworkStateFault$ = InvalidVPCNetworkStateFault$;
    exports.IssueDetails$ = IssueDetails$;
    exports.KMSKeyNotAccessibleFault = KMSKeyNotAccessibleFault;
    exports.KMSKeyNotAccessibleFault$ = KMSKeyNotAccessibleFault$;
    exports.LifecycleSupportName = LifecycleSupportName;
    exports.LimitlessDatabase$ = LimitlessDatabase$;
    exports.LimitlessDatabaseStatus = LimitlessDatabaseStatus;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceMessage$ = ListTagsForResourceMessage$;
    exports.LocalWriteForwardingStatus = LocalWriteForwardingStatus;
    exports.MasterUserAuthenticationType = MasterUserAuthenticationType;
    exports.MasterUserSecret$ = MasterUserSecret$;
    exports.MaxDBShardGroupLimitReached = MaxDBShardGroupLimitReached;
    exports.MaxDBShardGroupLimitReached$ = MaxDBShardGroupLimitReached$;
    exports.Metric$ = Metric$;
    exports.MetricQuery$ = MetricQuery$;
    exports.MetricReference$ = MetricReference$;
    exports.MinimumEngineVersionPerAllowedValue$ = MinimumEngineVersionPerAllowedValue$;
    exports.ModifyActivityStream$ = ModifyActivityStream$;
    exports.ModifyActivityStreamCommand = ModifyActivityStreamCommand;
    exports.ModifyActivityStreamRequest$ = ModifyActivityStreamRequest$;
    exports.ModifyActivityStreamResponse$ = ModifyActivityStreamResponse$;
    exports.ModifyAdditionalStorageVolume$ = ModifyAdditionalStorageVolume$;
    exports.ModifyCertificates$ = ModifyCertificates$;
    exports.ModifyCertificatesCommand = ModifyCertificatesCommand;
    exports.ModifyCertificatesMessage$ = ModifyCertificatesMessage$;
    exports.ModifyCertificatesResult$ = ModifyCertificatesResult$;
    exports.ModifyCurrentDBClusterCapacity$ = ModifyCurrentDBClusterCapacity$;
    exports.ModifyCurrentDBClusterCapacityCommand = ModifyCurrentDBClusterCapacityCommand;
    exports.ModifyCurrentDBClusterCapacityMessage$ = ModifyCurrentDBClusterCapacityMessage$;
    exports.ModifyCustomDBEngineVersion$ = ModifyCustomDBEngineVersion$;
    exports.ModifyCustomDBEngineVersionCommand = ModifyCustomDBEngineVersionCommand;
    exports.ModifyCustomDBEngineVersionMessage$ = ModifyCustomDBEngineVersionMessage$;
    exports.ModifyDBCapacityReservation$ = ModifyDBCapacityReservation$;
    exports.ModifyDBCapacityReservationCommand = ModifyDBCapacityReservationCommand;
    exports.ModifyDBCapacityReservationRequest$ = ModifyDBCapacityReservationRequest$;
    exports.ModifyDBCapacityReservationResponse$ = ModifyDBCapacityReservationResponse$;
    exports.ModifyDBCluster$ = ModifyDBCluster$;
    exports.ModifyDBClusterCommand = ModifyDBClusterCommand;
    exports.ModifyDBClusterEndpoint$ = ModifyDBClusterEndpoint$;
    exports.ModifyDBClusterEndpointCommand = ModifyDBClusterEndpointCommand;
    exports.ModifyDBClusterEndpointMessage$ = ModifyDBClusterEndpointMessage$;
    exports.ModifyDBClusterMessage$ = ModifyDBClusterMessage$;
    exports.ModifyDBClusterParameterGroup$ = ModifyDBClusterParameterGroup$;
    exports.ModifyDBClusterParameterGroupCommand = ModifyDBClusterParameterGroupCommand;
    exports.ModifyDBClusterParameterGroupMessage$ = ModifyDBClusterParameterGroupMessage$;
    exports.ModifyDBClusterResult$ = ModifyDBClusterResult$;
    exports.ModifyDBClusterSnapshotAttribute$ = ModifyDBClusterSnapshotAttribute$;
    exports.ModifyDBClusterSnapshotAttributeCommand = ModifyDBClusterSnapshotAttributeCommand;
    exports.ModifyDBClusterSnapshotAttributeMessage$ = ModifyDBClusterSnapshotAttributeMessage$;
    exports.ModifyDBClusterSnapshotAttributeResult$ = ModifyDBClusterSnapshotAttributeResult$;
    exports.ModifyDBInstance$ = ModifyDBInstance$;
    exports.ModifyDBInstanceCommand = ModifyDBInstanceCommand;
    exports.ModifyDBInstanceMessage$ = ModifyDBInstanceMessage$;
    exports.ModifyDBInstanceResult$ = ModifyDBInstanceResult$;
    exports.ModifyDBParameterGroup$ = ModifyDBParameterGroup$;
    exports.ModifyDBParameterGroupCommand = ModifyDBParameterGroupCommand;
    exports.ModifyDBParameterGroupMessage$ = ModifyDBParameterGroupMessage$;
    exports.ModifyDBProxy$ = ModifyDBProxy$;
    exports.ModifyDBProxyCommand = ModifyDBProxyCommand;
    exports.ModifyDBProxyEndpoint$ = ModifyDBProxyEndpoint$;
    exports.ModifyDBProxyEndpointCommand = ModifyDBProxyEndpointCommand;
    exports.ModifyDBProxyEndpointRequest$ = ModifyDBProxyEndpointRequest$;
    exports.ModifyDBProxyEndpointResponse$ = ModifyDBProxyEndpointResponse$;
    exports.ModifyDBProxyRequest$ = ModifyDBProxyRequest$;
    exports.ModifyDBProxyResponse$ = ModifyDBProxyResponse$;
    exports.ModifyDBProxyTargetGroup$ = ModifyDBProxyTargetGroup$;
    exports.ModifyDBProxyTargetGroupCommand = ModifyDBProxyTargetGroupCommand;
    exports.ModifyDBProxyTargetGroupRequest$ = ModifyDBProxyTargetGroupRequest$;
    exports.ModifyDBProxyTargetGroupResponse$ = ModifyDBProxyTargetGroupResponse$;
    exports.ModifyDBRecommendation$ = ModifyDBRecommendation$;
    exports.ModifyDBRecommendationCommand = ModifyDBRecommendationCommand;
    exports.ModifyDBRecommendationMessage$ = ModifyDBRecommendationMessage$;
    exports.ModifyDBShardGroup$ = ModifyDBShardGroup$;
    exports.ModifyDBShardGroupCommand = ModifyDBShardGroupCommand;
    exports.ModifyDBShardGroupMessage$ = ModifyDBShardGroupMessage$;
    exports.ModifyDBSnapshot$ = ModifyDBSnapshot$;
    exports.ModifyDBSnapshotAttribute$ = ModifyDBSnapshotAttribute$;
    exports.ModifyDBSnapshotAttributeCommand = ModifyDBSnapshotAttributeCommand;
    exports.ModifyDBSnapshotAttributeMessage$ = ModifyDBSnapshotAttributeMessage$;
    exports.ModifyDBSnapshotAttributeResult$ = ModifyDBSnapshotAttributeResult$;
    exports.ModifyDBSnapshotCommand = ModifyDBSnapshotCommand;
    exports.ModifyDBSnapshotMessage$ = ModifyDBSnapshotMessage$;
    exports.ModifyDBSnapshotResult$ = ModifyDBSnapshotResult$;
    exports.ModifyDBSubnetGroup$ = ModifyDBSubnetGroup$;
    exports.ModifyDBSubnetGroupCommand = ModifyDBSubnetGroupCommand;
    exports.ModifyDBSubnetGroupMessage$ = ModifyDBSubnetGroupMessage$;
    exports.ModifyDBSubnetGroupResult$ = ModifyDBSubnetGroupResult$;
    exports.ModifyEventSubscription$ = ModifyEventSubscription$;
    exports.ModifyEventSubscriptionCommand = ModifyEventSubscriptionCommand;
    exports.ModifyEventSubscriptionMessage$ = ModifyEventSubscriptionMessage$;
    exports.ModifyEventSubscriptionResult$ = ModifyEventSubscriptionResult$;
    exports.ModifyGlobalCluster$ = ModifyGlobalCluster$;
    exports.ModifyGlobalClusterCommand = ModifyGlobalClusterCommand;
    exports.ModifyGlobalClusterMessage$ = ModifyGlobalClusterMessage$;
    exports.ModifyGlobalClusterResult$ = ModifyGlobalClusterResult$;
    exports.ModifyIntegration$ = ModifyIntegration$;
    exports.ModifyIntegrationCommand = ModifyIntegrationCommand;
    exports.ModifyIntegrationMessage$ = ModifyIntegrationMessage$;
    exports.ModifyOptionGroup$ = ModifyOptionGroup$;
    exports.ModifyOptionGroupCommand = ModifyOptionGroupCommand;
    exports.ModifyOptionGroupMessage$ = ModifyOptionGroupMessage$;
    exports.ModifyOptionGroupResult$ = ModifyOptionGroupResult$;
    exports.ModifyTenantDatabase$ = ModifyTenantDatabase$;
    exports.ModifyTenantDatabaseCommand = ModifyTenantDatabaseCommand;
    exports.ModifyTenantDatabaseMessage$ = ModifyTenantDatabaseMessage$;
    exports.ModifyTenantDatabaseResult$ = ModifyTenantDatabaseResult$;
    exports.NetworkTypeNotSupported = NetworkTypeNotSupported;
    exports.NetworkTypeNotSupported$ = NetworkTypeNotSupported$;
    exports.Option$ = Option$;
    exports.OptionConfiguration$ = OptionConfiguration$;
    exports.OptionGroup$ = OptionGroup$;
    exports.OptionGroupAlreadyExistsFault = OptionGroupAlreadyExistsFault;
    exports.OptionGroupAlreadyExistsFault$ = OptionGroupAlreadyExistsFault$;
    exports.OptionGroupMembership$ = OptionGroupMembership$;
    exports.OptionGroupNotFoundFault = OptionGroupNotFoundFault;
    exports.OptionGroupNotFoundFault$ = OptionGroupNotFoundFault$;
    exports.OptionGroupOption$ = OptionGroupOption$;
    exports.OptionGroupOptionSetting$ = OptionGroupOptionSetting$;
    exports.OptionGroupOptionsMessage$ = OptionGroupOptionsMessage$;
    exports.OptionGroupQuotaExceededFault = OptionGroupQuotaExceededFault;
    exports.OptionGroupQuotaExceededFault$ = OptionGroupQuotaExceededFault$;
    exports.OptionGroups$ = OptionGroups$;
    exports.OptionSetting$ = OptionSetting$;
    exports.OptionVersion$ = OptionVersion$;
    exports.OrderableDBInstanceOption$ = OrderableDBInstanceOption$;
    exports.OrderableDBInstanceOptionsMessage$ = OrderableDBInstanceOptionsMessage$;
    exports.Outpost$ = Outpost$;
    exports.Parameter$ = Parameter$;
    exports.PendingCloudwatchLogsExports$ = PendingCloudwatchLogsExports$;
    exports.PendingMaintenanceAction$ = PendingMaintenanceAction$;
    exports.PendingMaintenanceActionsMessage$ = PendingMaintenanceActionsMessage$;
    exports.PendingModifiedValues$ = PendingModifiedValues$;
    exports.PerformanceInsightsMetricDimensionGroup$ = PerformanceInsightsMetricDimensionGroup$;
    exports.PerformanceInsightsMetricQuery$ = PerformanceInsightsMetricQuery$;
    exports.PerformanceIssueDetails$ = PerformanceIssueDetails$;
    exports.PointInTimeRestoreNotEnabledFault = PointInTimeRestoreNotEnabledFault;
    exports.PointInTimeRestoreNotEnabledFault$ = PointInTimeRestoreNotEnabledFault$;
    exports.ProcessorFeature$ = ProcessorFeature$;
    exports.PromoteReadReplica$ = PromoteReadReplica$;
    exports.PromoteReadReplicaCommand = PromoteReadReplicaCommand;
    exports.PromoteReadReplicaDBCluster$ = PromoteReadReplicaDBCluster$;
    exports.PromoteReadReplicaDBClusterCommand = PromoteReadReplicaDBClusterCommand;
    exports.PromoteReadReplicaDBClusterMessage$ = PromoteReadReplicaDBClusterMessage$;
    exports.PromoteReadReplicaDBClusterResult$ = PromoteReadReplicaDBClusterResult$;
    exports.PromoteReadReplicaMessage$ = PromoteReadReplicaMessage$;
    exports.PromoteReadReplicaResult$ = PromoteReadReplicaResult$;
    exports.ProvisionedIopsNotAvailableInAZFault = ProvisionedIopsNotAvailableInAZFault;
    exports.ProvisionedIopsNotAvailableInAZFault$ = ProvisionedIopsNotAvailableInAZFault$;
    exports.PurchaseReservedDBInstancesOffering$ = PurchaseReservedDBInstancesOffering$;
    exports.PurchaseReservedDBInstancesOfferingCommand = PurchaseReservedDBInstancesOfferingCommand;
    exports.PurchaseReservedDBInstancesOfferingMessage$ = PurchaseReservedDBInstancesOfferingMessage$;
    exports.PurchaseReservedDBInstancesOfferingResult$ = PurchaseReservedDBInstancesOfferingResult$;
    exports.RDS = RDS;
    exports.RDSClient = RDSClient;
    exports.RDSServiceException = RDSServiceException;
    exports.RDSServiceException$ = RDSServiceException$;
    exports.Range$ = Range$;
    exports.RdsCustomClusterConfiguration$ = RdsCustomClusterConfiguration$;
    exports.RebootDBCluster$ = RebootDBCluster$;
    exports.RebootDBClusterCommand = RebootDBClusterCommand;
    exports.RebootDBClusterMessage$ = RebootDBClusterMessage$;
    exports.RebootDBClusterResult$ = RebootDBClusterResult$;
    exports.RebootDBInstance$ = RebootDBInstance$;
    exports.RebootDBInstanceCommand = RebootDBInstanceCommand;
    exports.RebootDBInstanceMessage$ = RebootDBInstanceMessage$;
    exports.RebootDBInstanceResult$ = RebootDBInstanceResult$;
    exports.RebootDBShardGroup$ = RebootDBShardGroup$;
    exports.RebootDBShardGroupCommand = RebootDBShardGroupCommand;
    exports.RebootDBShardGroupMessage$ = RebootDBShardGroupMessage$;
    exports.RecommendedAction$ = RecommendedAction$;
    exports.RecommendedActionParameter$ = RecommendedActionParameter$;
    exports.RecommendedActionUpdate$ = RecommendedActionUpdate$;
    exports.RecurringCharge$ = RecurringCharge$;
    exports.ReferenceDetails$ = ReferenceDetails$;
    exports.RegisterDBProxyTargets$ = RegisterDBProxyTargets$;
    exports.RegisterDBProxyTargetsCommand = RegisterDBProxyTargetsCommand;
    exports.RegisterDBProxyTargetsRequest$ = RegisterDBProxyTargetsRequest$;
    exports.RegisterDBProxyTargetsResponse$ = RegisterDBProxyTargetsResponse$;
    exports.RemoveFromGlobalCluster$ = RemoveFromGlobalCluster$;
    exports.RemoveFromGlobalClusterCommand = RemoveFromGlobalClusterCommand;
    exports.RemoveFromGlobalClusterMessage$ = RemoveFromGlobalClusterMessage$;
    exports.RemoveFromGlobalClusterResult$ = RemoveFromGlobalClusterResult$;
    exports.RemoveRoleFromDBCluster$ = RemoveRoleFromDBCluster$;
    exports.RemoveRoleFromDBClusterCommand = RemoveRoleFromDBClusterCommand;
    exports.RemoveRoleFromDBClusterMessage$ = RemoveRoleFromDBClusterMessage$;
    exports.RemoveRoleFromDBInstance$ = RemoveRoleFromDBInstance$;
    exports.RemoveRoleFromDBInstanceCommand = RemoveRoleFromDBInstanceCommand;
    exports.RemoveRoleFromDBInstanceMessage$ = RemoveRoleFromDBInstanceMessage$;
    exports.RemoveSourceIdentifierFromSubscription$ = RemoveSourceIdentifierFromSubscription$;
    exports.RemoveSourceIdentifierFromSubscriptionCommand = RemoveSourceIdentifierFromSubscriptionCommand;
    exports.RemoveSourceIdentifierFromSubscriptionMessage$ = RemoveSourceIdentifierFromSubscriptionMessage$;
    exports.RemoveSourceIdentifierFromSubscriptionResult$ = RemoveSourceIdentifierFromSubscriptionResult$;
    exports.RemoveTagsFromResource$ = RemoveTagsFromResource$;
    exports.RemoveTagsFromResourceCommand = RemoveTagsFromResourceCommand;
    exports.RemoveTagsFromResourceMessage$ = RemoveTagsFromResourceMessage$;
    exports.ReplicaMode = ReplicaMode;
    exports.ReservedDBInstance$ = ReservedDBInstance$;
    exports.ReservedDBInstanceAlreadyExistsFault = ReservedDBInstanceAlreadyExistsFault;
    exports.ReservedDBInstanceAlreadyExistsFault$ = ReservedDBInstanceAlreadyExistsFault$;
    exports.ReservedDBInstanceMessage$ = ReservedDBInstanceMessage$;
    exports.ReservedDBInstanceNotFoundFault = ReservedDBInstanceNotFoundFault;
    exports.ReservedDBInstanceNotFoundFault$ = ReservedDBInstanceNotFoundFault$;
    exports.ReservedDBInstanceQuotaExceededFault = ReservedDBInstanceQuotaExceededFault;
    exports.ReservedDBInstanceQuotaExceededFault$ = ReservedDBInstanceQuotaExceededFault$;
    exports.ReservedDBInstancesOffering$ = ReservedDBInstancesOffering$;
    exports.ReservedDBInstancesOfferingMessage$ = ReservedDBInstancesOfferingMessage$;
    exports.ReservedDBInstancesOfferingNotFoundFault = ReservedDBInstancesOfferingNotFoundFault;
    exports.ReservedDBInstancesOfferingNotFoundFault$ = ReservedDBInstancesOfferingNotFoundFault$;
    exports.ResetDBClusterParameterGroup$ = ResetDBClusterParameterGroup$;
    exports.ResetDBClusterParameterGroupCommand = ResetDBClusterParameterGroupCommand;
    exports.ResetDBClusterParameterGroupMessage$ = ResetDBClusterParameterGroupMessage$;
    exports.ResetDBParameterGroup$ = ResetDBParameterGroup$;
    exports.ResetDBParameterGroupCommand = ResetDBParameterGroupCommand;
    exports.ResetDBParameterGroupMessage$ = ResetDBParameterGroupMessage$;
    exports.ResourceNotFoundFault = ResourceNotFoundFault;
    exports.ResourceNotFoundFault$ = ResourceNotFoundFault$;
    exports.ResourcePendingMaintenanceActions$ = ResourcePendingMaintenanceActions$;
    exports.RestoreDBClusterFromS3$ = RestoreDBClusterFromS3$;
    exports.RestoreDBClusterFromS3Command = RestoreDBClusterFromS3Command;
    exports.RestoreDBClusterFromS3Message$ = RestoreDBClusterFromS3Message$;
    exports.RestoreDBClusterFromS3Result$ = RestoreDBClusterFromS3Result$;
    exports.RestoreDBClusterFromSnapshot$ = RestoreDBClusterFromSnapshot$;
    exports.RestoreDBClusterFromSnapshotCommand = RestoreDBClusterFromSnapshotCommand;
    exports.RestoreDBClusterFromSnapshotMessage$ = RestoreDBClusterFromSnapshotMessage$;
    exports.RestoreDBClusterFromSnapshotResult$ = RestoreDBClusterFromSnapshotResult$;
    exports.RestoreDBClusterToPointInTime$ = RestoreDBClusterToPointInTime$;
    exports.RestoreDBClusterToPointInTimeCommand = RestoreDBClusterToPointInTimeCommand;
    exports.RestoreDBClusterToPointInTimeMessage$ = RestoreDBClusterToPointInTimeMessage$;
    exports.RestoreDBClusterToPointInTimeResult$ = RestoreDBClusterToPointInTimeResult$;
    exports.RestoreDBInstanceFromDBSnapshot$ = RestoreDBInstanceFromDBSnapshot$;
    exports.RestoreDBInstanceFromDBSnapshotCommand = RestoreDBInstanceFromDBSnapshotCommand;
    exports.RestoreDBInstanceFromDBSnapshotMessage$ = RestoreDBInstanceFromDBSnapshotMessage$;
    exports.RestoreDBInstanceFromDBSnapshotResult$ = RestoreDBInstanceFromDBSnapshotResult$;
    exports.RestoreDBInstanceFromS3$ = RestoreDBInstanceFromS3$;
    exports.RestoreDBInstanceFromS3Command = RestoreDBInstanceFromS3Command;
    exports.RestoreDBInstanceFromS3Message$ = RestoreDBInstanceFromS3Message$;
    exports.RestoreDBInstanceFromS3Result$ = RestoreDBInstanceFromS3Result$;
    exports.RestoreDBInstanceToPointInTime$ = RestoreDBInstanceToPointInTime$;
    exports.RestoreDBInstanceToPointInTimeCommand = RestoreDBInstanceToPointInTimeCommand;
    exports.RestoreDBInstanceToPointInTimeMessage$ = RestoreDBInstanceToPointInTimeMessage$;
    exports.RestoreDBInstanceToPointInTimeResult$ = RestoreDBInstanceToPointInTimeResult$;
    exports.RestoreWindow$ = RestoreWindow$;
    exports.RevokeDBSecurityGroupIngress$ = RevokeDBSecurityGroupIngress$;
    exports.RevokeDBSecurityGroupIngressCommand = RevokeDBSecurityGroupIngressCommand;
    exports.RevokeDBSecurityGroupIngressMessage$ = RevokeDBSecurityGroupIngressMessage$;
    exports.RevokeDBSecurityGroupIngressResult$ = RevokeDBSecurityGroupIngressResult$;
    exports.SNSInvalidTopicFault = SNSInvalidTopicFault;
    exports.SNSInvalidTopicFault$ = SNSInvalidTopicFault$;
    exports.SNSNoAuthorizationFault = SNSNoAuthorizationFault;
    exports.SNSNoAuthorizationFault$ = SNSNoAuthorizationFault$;
    exports.SNSTopicArnNotFoundFault = SNSTopicArnNotFoundFault;
    exports.SNSTopicArnNotFoundFault$ = SNSTopicArnNotFoundFault$;
    exports.ScalarReferenceDetails$ = ScalarReferenceDetails$;
    exports.ScalingConfiguration$ = ScalingConfiguration$;
    exports.ScalingConfigurationInfo$ = ScalingConfigurationInfo$;
    exports.ServerlessV2FeaturesSupport$ = ServerlessV2FeaturesSupport$;
    exports.ServerlessV2PlatformVersionInfo$ = ServerlessV2PlatformVersionInfo$;
    exports.ServerlessV2PlatformVersionsMessage$ = ServerlessV2PlatformVersionsMessage$;
    exports.ServerlessV2ScalingConfiguration$ = ServerlessV2ScalingConfiguration$;
    exports.ServerlessV2ScalingConfigurationInfo$ = ServerlessV2ScalingConfigurationInfo$;
    exports.SharedSnapshotQuotaExceededFault = SharedSnapshotQuotaExceededFault;
    exports.SharedSnapshotQuotaExceededFault$ = SharedSnapshotQuotaExceededFault$;
    exports.SnapshotQuotaExceededFault = SnapshotQuotaExceededFault;
    exports.SnapshotQuotaExceededFault$ = SnapshotQuotaExceededFault$;
    exports.SourceClusterNotSupportedFault = SourceClusterNotSupportedFault;
    exports.SourceClusterNotSupportedFault$ = SourceClusterNotSupportedFault$;
    exports.SourceDatabaseNotSupportedFault = SourceDatabaseNotSupportedFault;
    exports.SourceDatabaseNotSupportedFault$ = SourceDatabaseNotSupportedFault$;
    exports.SourceNotFoundFault = SourceNotFoundFault;
    exports.SourceNotFoundFault$ = SourceNotFoundFault$;
    exports.SourceRegion$ = SourceRegion$;
    exports.SourceRegionMessage$ = SourceRegionMessage$;
    exports.SourceType = SourceType;
    exports.StartActivityStream$ = StartActivityStream$;
    exports.StartActivityStreamCommand = StartActivityStreamCommand;
    exports.StartActivityStreamRequest$ = StartActivityStreamRequest$;
    exports.StartActivityStreamResponse$ = StartActivityStreamResponse$;
    exports.StartDBCluster$ = StartDBCluster$;
    exports.StartDBClusterCommand = StartDBClusterCommand;
    exports.StartDBClusterMessage$ = StartDBClusterMessage$;
    exports.StartDBClusterResult$ = StartDBClusterResult$;
    exports.StartDBInstance$ = StartDBInstance$;
    exports.StartDBInstanceAutomatedBackupsReplication$ = StartDBInstanceAutomatedBackupsReplication$;
    exports.StartDBInstanceAutomatedBackupsReplicationCommand = StartDBInstanceAutomatedBackupsReplicationCommand;
    exports.StartDBInstanceAutomatedBackupsReplicationMessage$ = StartDBInstanceAutomatedBackupsReplicationMessage$;
    exports.StartDBInstanceAutomatedBackupsReplicationResult$ = StartDBInstanceAutomatedBackupsReplicationResult$;
    exports.StartDBInstanceCommand = StartDBInstanceCommand;
    exports.StartDBInstanceMessage$ = StartDBInstanceMessage$;
    exports.StartDBInstanceResult$ = StartDBInstanceResult$;
    exports.StartExportTask$ = StartExportTask$;
    exports.StartExportTaskCommand = StartExportTaskCommand;
    exports.StartExportTaskMessage$ = StartExportTaskMessage$;
    exports.StopActivityStream$ = StopActivityStream$;
    exports.StopActivityStreamCommand = StopActivityStreamCommand;
    exports.StopActivityStreamRequest$ = StopActivityStreamRequest$;
    exports.StopActivityStreamResponse$ = StopActivityStreamResponse$;
    exports.StopDBCluster$ = StopDBCluster$;
    exports.StopDBClusterCommand = StopDBClusterCommand;
    exports.StopDBClusterMessage$ = StopDBClusterMessage$;
    exports.StopDBClusterResult$ = StopDBClusterResult$;
    exports.StopDBInstance$ = StopDBInstance$;
    exports.StopDBInstanceAutomatedBackupsReplication$ = StopDBInstanceAutomatedBackupsReplication$;
    exports.StopDBInstanceAutomatedBackupsReplicationCommand = StopDBInstanceAutomatedBackupsReplicationCommand;
    exports.StopDBInstanceAutomatedBackupsReplicationMessage$ = StopDBInstanceAutomatedBackupsReplicationMessage$;
    exports.StopDBInstanceAutomatedBackupsReplicationResult$ = StopDBInstanceAutomatedBackupsReplicationResult$;
    exports.StopDBInstanceCommand = StopDBInstanceCommand;
    exports.StopDBInstanceMessage$ = StopDBInstanceMessage$;
    exports.StopDBInstanceResult$ = StopDBInstanceResult$;
    exports.StorageEncryptionType = StorageEncryptionType;
    exports.StorageQuotaExceededFault = StorageQuotaExceededFault;
    exports.StorageQuotaExceededFault$ = StorageQuotaExceededFault$;
    exports.StorageTypeNotAvailableFault = StorageTypeNotAvailableFault;
    exports.StorageTypeNotAvailableFault$ = StorageTypeNotAvailableFault$;
    exports.StorageTypeNotSupportedFault = StorageTypeNotSupportedFault;
    exports.StorageTypeNotSupportedFault$ = StorageTypeNotSupportedFault$;
    exports.Subnet$ = Subnet$;
    exports.SubnetAlreadyInUse = SubnetAlreadyInUse;
    exports.SubnetAlreadyInUse$ = SubnetAlreadyInUse$;
    exports.SubscriptionAlreadyExistFault = SubscriptionAlreadyExistFault;
    exports.SubscriptionAlreadyExistFault$ = SubscriptionAlreadyExistFault$;
    exports.SubscriptionCategoryNotFoundFault = SubscriptionCategoryNotFoundFault;
    exports.SubscriptionCategoryNotFoundFault$ = SubscriptionCategoryNotFoundFault$;
    exports.SubscriptionNotFoundFault = SubscriptionNotFoundFault;
    exports.SubscriptionNotFoundFault$ = SubscriptionNotFoundFault$;
    exports.SupportedEngineLifecycle$ = SupportedEngineLifecycle$;
    exports.SwitchoverBlueGreenDeployment$ = SwitchoverBlueGreenDeployment$;
    exports.SwitchoverBlueGreenDeploymentCommand = SwitchoverBlueGreenDeploymentCommand;
    exports.SwitchoverBlueGreenDeploymentRequest$ = SwitchoverBlueGreenDeploymentRequest$;
    exports.SwitchoverBlueGreenDeploymentResponse$ = SwitchoverBlueGreenDeploymentResponse$;
    exports.SwitchoverDetail$ = SwitchoverDetail$;
    exports.SwitchoverGlobalCluster$ = SwitchoverGlobalCluster$;
    exports.SwitchoverGlobalClusterCommand = SwitchoverGlobalClusterCommand;
    exports.SwitchoverGlobalClusterMessage$ = SwitchoverGlobalClusterMessage$;
    exports.SwitchoverGlobalClusterResult$ = SwitchoverGlobalClusterResult$;
    exports.SwitchoverReadReplica$ = SwitchoverReadReplica$;
    exports.SwitchoverReadReplicaCommand = SwitchoverReadReplicaCommand;
    exports.SwitchoverReadReplicaMessage$ = SwitchoverReadReplicaMessage$;
    exports.SwitchoverReadReplicaResult$ = SwitchoverReadReplicaResult$;
    exports.Tag$ = Tag$;
    exports.TagListMessage$ = TagListMessage$;
    exports.TagSpecification$ = TagSpecification$;
    exports.TargetConnectionNetworkType = TargetConnectionNetworkType;
    exports.TargetHealth$ = TargetHealth$;
    exports.TargetHealthReason = TargetHealthReason;
    exports.TargetResourceConfiguration$ = TargetResourceConfiguration$;
    exports.TargetRole = TargetRole;
    exports.TargetState = TargetState;
    exports.TargetType = TargetType;
    exports.TenantDatabase$ = TenantDatabase$;
    exports.TenantDatabaseAlreadyExistsFault = TenantDatabaseAlreadyExistsFault;
    exports.TenantDatabaseAlreadyExistsFault$ = TenantDatabaseAlreadyExistsFault$;
    exports.TenantDatabaseNotFoundFault = TenantDatabaseNotFoundFault;
    exports.TenantDatabaseNotFoundFault$ = TenantDatabaseNotFoundFault$;
    exports.TenantDatabasePendingModifiedValues$ = TenantDatabasePendingModifiedValues$;
    exports.TenantDatabaseQuotaExceededFault = TenantDatabaseQuotaExceededFault;
    exports.TenantDatabaseQuotaExceededFault$ = TenantDatabaseQuotaExceededFault$;
    exports.TenantDatabasesMessage$ = TenantDatabasesMessage$;
    exports.Timezone$ = Timezone$;
    exports.UnsupportedDBEngineVersionFault = UnsupportedDBEngineVersionFault;
    exports.UnsupportedDBEngineVersionFault$ = UnsupportedDBEngineVersionFault$;
    exports.UpgradeRolloutOrder = UpgradeRolloutOrder;
    exports.UpgradeTarget$ = UpgradeTarget$;
    exports.UserAuthConfig$ = UserAuthConfig$;
    exports.UserAuthConfigInfo$ = UserAuthConfigInfo$;
    exports.ValidAdditionalStorageOptions$ = ValidAdditionalStorageOptions$;
    exports.ValidDBInstanceModificationsMessage$ = ValidDBInstanceModificationsMessage$;
    exports.ValidStorageOptions$ = ValidStorageOptions$;
    exports.ValidVolumeOptions$ = ValidVolumeOptions$;
    exports.VpcEncryptionControlViolationException = VpcEncryptionControlViolationException;
    exports.VpcEncryptionControlViolationException$ = VpcEncryptionControlViolationException$;
    exports.VpcSecurityGroupMembership$ = VpcSecurityGroupMembership$;
    exports.WriteForwardingStatus = WriteForwardingStatus;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateDescribeBlueGreenDeployments = paginateDescribeBlueGreenDeployments;
    exports.paginateDescribeCertificates = paginateDescribeCertificates;
    exports.paginateDescribeDBCapacityReservations = paginateDescribeDBCapacityReservations;
    exports.paginateDescribeDBClusterAutomatedBackups = paginateDescribeDBClusterAutomatedBackups;
    exports.paginateDescribeDBClusterBacktracks = paginateDescribeDBClusterBacktracks;
    exports.paginateDescribeDBClusterEndpoints = paginateDescribeDBClusterEndpoints;
    exports.paginateDescribeDBClusterParameterGroups = paginateDescribeDBClusterParameterGroups;
    exports.paginateDescribeDBClusterParameters = paginateDescribeDBClusterParameters;
    exports.paginateDescribeDBClusterSnapshots = paginateDescribeDBClusterSnapshots;
    exports.paginateDescribeDBClusters = paginateDescribeDBClusters;
    exports.paginateDescribeDBEngineVersions = paginateDescribeDBEngineVersions;
    exports.paginateDescribeDBInstanceAutomatedBackups = paginateDescribeDBInstanceAutomatedBackups;
    exports.paginateDescribeDBInstances = paginateDescribeDBInstances;
    exports.paginateDescribeDBLogFiles = paginateDescribeDBLogFiles;
    exports.paginateDescribeDBMajorEngineVersions = paginateDescribeDBMajorEngineVersions;
    exports.paginateDescribeDBParameterGroups = paginateDescribeDBParameterGroups;
    exports.paginateDescribeDBParameters = paginateDescribeDBParameters;
    exports.paginateDescribeDBProxies = paginateDescribeDBProxies;
    exports.paginateDescribeDBProxyEndpoints = paginateDescribeDBProxyEndpoints;
    exports.paginateDescribeDBProxyTargetGroups = paginateDescribeDBProxyTargetGroups;
    exports.paginateDescribeDBProxyTargets = paginateDescribeDBProxyTargets;
    exports.paginateDescribeDBRecommendations = paginateDescribeDBRecommendations;
    exports.paginateDescribeDBSecurityGroups = paginateDescribeDBSecurityGroups;
    exports.paginateDescribeDBSnapshotTenantDatabases = paginateDescribeDBSnapshotTenantDatabases;
    exports.paginateDescribeDBSnapshots = paginateDescribeDBSnapshots;
    exports.paginateDescribeDBSubnetGroups = paginateDescribeDBSubnetGroups;
    exports.paginateDescribeEngineDefaultClusterParameters = paginateDescribeEngineDefaultClusterParameters;
    exports.paginateDescribeEngineDefaultParameters = paginateDescribeEngineDefaultParameters;
    exports.paginateDescribeEventSubscriptions = paginateDescribeEventSubscriptions;
    exports.paginateDescribeEvents = paginateDescribeEvents;
    exports.paginateDescribeExportTasks = paginateDescribeExportTasks;
    exports.paginateDescribeGlobalClusters = paginateDescribeGlobalClusters;
    exports.paginateDescribeIntegrations = paginateDescribeIntegrations;
    exports.paginateDescribeOptionGroupOptions = paginateDescribeOptionGroupOptions;
    exports.paginateDescribeOptionGroups = paginateDescribeOptionGroups;
    exports.paginateDescribeOrderableDBInstanceOptions = paginateDescribeOrderableDBInstanceOptions;
    exports.paginateDescribePendingMaintenanceActions = paginateDescribePendingMaintenanceActions;
    exports.paginateDescribeReservedDBInstances = paginateDescribeReservedDBInstances;
    exports.paginateDescribeReservedDBInstancesOfferings = paginateDescribeReservedDBInstancesOfferings;
    exports.paginateDescribeServerlessV2PlatformVersions = paginateDescribeServerlessV2PlatformVersions;
    exports.paginateDescribeSourceRegions = paginateDescribeSourceRegions;
    exports.paginateDescribeTenantDatabases = paginateDescribeTenantDatabases;
    exports.paginateDownloadDBLogFilePortion = paginateDownloadDBLogFilePortion;
    exports.waitForDBClusterAvailable = waitForDBClusterAvailable;
    exports.waitForDBClusterDeleted = waitForDBClusterDeleted;
    exports.waitForDBClusterSnapshotAvailable = waitForDBClusterSnapshotAvailable;
    exports.waitForDBClusterSnapshotDeleted = waitForDBClusterSnapshotDeleted;
    exports.waitForDBInstanceAvailable = waitForDBInstanceAvailable;
    exports.waitForDBInstanceDeleted = waitForDBInstanceDeleted;
    exports.waitForDBSnapshotAvailable = waitForDBSnapshotAvailable;
    exports.waitForDBSnapshotDeleted = waitForDBSnapshotDeleted;
    exports.waitForTenantDatabaseAvailable = waitForTenantDatabaseAvailable;
    exports.waitForTenantDatabaseDeleted = waitForTenantDatabaseDeleted;
    exports.waitUntilDBClusterAvailable = waitUntilDBClusterAvailable;
    exports.waitUntilDBClusterDeleted = waitUntilDBClusterDeleted;
    exports.waitUntilDBClusterSnapshotAvailable = waitUntilDBClusterSnapshotAvailable;
    exports.waitUntilDBClusterSnapshotDeleted = waitUntilDBClusterSnapshotDeleted;
    exports.waitUntilDBInstanceAvailable = waitUntilDBInstanceAvailable;
    exports.waitUntilDBInstanceDeleted = waitUntilDBInstanceDeleted;
    exports.waitUntilDBSnapshotAvailable = waitUntilDBSnapshotAvailable;
    exports.waitUntilDBSnapshotDeleted = waitUntilDBSnapshotDeleted;
    exports.waitUntilTenantDatabaseAvailable = waitUntilTenantDatabaseAvailable;
    exports.waitUntilTenantDatabaseDeleted = waitUntilTenantDatabaseDeleted;
  }
});

// commonjs-namespace:node_modules/@aws-sdk/client-rds/dist-cjs/index.js
var exported = require_dist_cjs5();
var dist_cjs_default = exported;
var named0 = exported["$Command"];
var named1 = exported["AccountAttributesMessage$"];
var named2 = exported["AccountQuota$"];
var named3 = exported["ActivityStreamMode"];
var named4 = exported["ActivityStreamPolicyStatus"];
var named5 = exported["ActivityStreamStatus"];
var named6 = exported["AddRoleToDBCluster$"];
var named7 = exported["AddRoleToDBClusterCommand"];
var named8 = exported["AddRoleToDBClusterMessage$"];
var named9 = exported["AddRoleToDBInstance$"];
var named10 = exported["AddRoleToDBInstanceCommand"];
var named11 = exported["AddRoleToDBInstanceMessage$"];
var named12 = exported["AddSourceIdentifierToSubscription$"];
var named13 = exported["AddSourceIdentifierToSubscriptionCommand"];
var named14 = exported["AddSourceIdentifierToSubscriptionMessage$"];
var named15 = exported["AddSourceIdentifierToSubscriptionResult$"];
var named16 = exported["AddTagsToResource$"];
var named17 = exported["AddTagsToResourceCommand"];
var named18 = exported["AddTagsToResourceMessage$"];
var named19 = exported["AdditionalStorageVolume$"];
var named20 = exported["AdditionalStorageVolumeOutput$"];
var named21 = exported["ApplyMethod"];
var named22 = exported["ApplyPendingMaintenanceAction$"];
var named23 = exported["ApplyPendingMaintenanceActionCommand"];
var named24 = exported["ApplyPendingMaintenanceActionMessage$"];
var named25 = exported["ApplyPendingMaintenanceActionResult$"];
var named26 = exported["AuditPolicyState"];
var named27 = exported["AuthScheme"];
var named28 = exported["AuthorizationAlreadyExistsFault"];
var named29 = exported["AuthorizationAlreadyExistsFault$"];
var named30 = exported["AuthorizationNotFoundFault"];
var named31 = exported["AuthorizationNotFoundFault$"];
var named32 = exported["AuthorizationQuotaExceededFault"];
var named33 = exported["AuthorizationQuotaExceededFault$"];
var named34 = exported["AuthorizeDBSecurityGroupIngress$"];
var named35 = exported["AuthorizeDBSecurityGroupIngressCommand"];
var named36 = exported["AuthorizeDBSecurityGroupIngressMessage$"];
var named37 = exported["AuthorizeDBSecurityGroupIngressResult$"];
var named38 = exported["AutomationMode"];
var named39 = exported["AvailabilityZone$"];
var named40 = exported["AvailableAdditionalStorageVolumesOption$"];
var named41 = exported["AvailableCapacityPerAvailabilityZone$"];
var named42 = exported["AvailableProcessorFeature$"];
var named43 = exported["BacktrackDBCluster$"];
var named44 = exported["BacktrackDBClusterCommand"];
var named45 = exported["BacktrackDBClusterMessage$"];
var named46 = exported["BackupPolicyNotFoundFault"];
var named47 = exported["BackupPolicyNotFoundFault$"];
var named48 = exported["BlueGreenDeployment$"];
var named49 = exported["BlueGreenDeploymentAlreadyExistsFault"];
var named50 = exported["BlueGreenDeploymentAlreadyExistsFault$"];
var named51 = exported["BlueGreenDeploymentNotFoundFault"];
var named52 = exported["BlueGreenDeploymentNotFoundFault$"];
var named53 = exported["BlueGreenDeploymentTask$"];
var named54 = exported["CancelDBCapacityReservation$"];
var named55 = exported["CancelDBCapacityReservationCommand"];
var named56 = exported["CancelDBCapacityReservationRequest$"];
var named57 = exported["CancelDBCapacityReservationResponse$"];
var named58 = exported["CancelExportTask$"];
var named59 = exported["CancelExportTaskCommand"];
var named60 = exported["CancelExportTaskMessage$"];
var named61 = exported["Certificate$"];
var named62 = exported["CertificateDetails$"];
var named63 = exported["CertificateMessage$"];
var named64 = exported["CertificateNotFoundFault"];
var named65 = exported["CertificateNotFoundFault$"];
var named66 = exported["CharacterSet$"];
var named67 = exported["ClientPasswordAuthType"];
var named68 = exported["CloudwatchLogsExportConfiguration$"];
var named69 = exported["ClusterPendingModifiedValues$"];
var named70 = exported["ClusterScalabilityType"];
var named71 = exported["ConnectionPoolConfiguration$"];
var named72 = exported["ConnectionPoolConfigurationInfo$"];
var named73 = exported["ContextAttribute$"];
var named74 = exported["CopyDBClusterParameterGroup$"];
var named75 = exported["CopyDBClusterParameterGroupCommand"];
var named76 = exported["CopyDBClusterParameterGroupMessage$"];
var named77 = exported["CopyDBClusterParameterGroupResult$"];
var named78 = exported["CopyDBClusterSnapshot$"];
var named79 = exported["CopyDBClusterSnapshotCommand"];
var named80 = exported["CopyDBClusterSnapshotMessage$"];
var named81 = exported["CopyDBClusterSnapshotResult$"];
var named82 = exported["CopyDBParameterGroup$"];
var named83 = exported["CopyDBParameterGroupCommand"];
var named84 = exported["CopyDBParameterGroupMessage$"];
var named85 = exported["CopyDBParameterGroupResult$"];
var named86 = exported["CopyDBSnapshot$"];
var named87 = exported["CopyDBSnapshotCommand"];
var named88 = exported["CopyDBSnapshotMessage$"];
var named89 = exported["CopyDBSnapshotResult$"];
var named90 = exported["CopyOptionGroup$"];
var named91 = exported["CopyOptionGroupCommand"];
var named92 = exported["CopyOptionGroupMessage$"];
var named93 = exported["CopyOptionGroupResult$"];
var named94 = exported["CreateBlueGreenDeployment$"];
var named95 = exported["CreateBlueGreenDeploymentCommand"];
var named96 = exported["CreateBlueGreenDeploymentRequest$"];
var named97 = exported["CreateBlueGreenDeploymentResponse$"];
var named98 = exported["CreateCustomDBEngineVersion$"];
var named99 = exported["CreateCustomDBEngineVersionCommand"];
var named100 = exported["CreateCustomDBEngineVersionFault"];
var named101 = exported["CreateCustomDBEngineVersionFault$"];
var named102 = exported["CreateCustomDBEngineVersionMessage$"];
var named103 = exported["CreateDBCapacityReservation$"];
var named104 = exported["CreateDBCapacityReservationCommand"];
var named105 = exported["CreateDBCapacityReservationRequest$"];
var named106 = exported["CreateDBCapacityReservationResponse$"];
var named107 = exported["CreateDBCluster$"];
var named108 = exported["CreateDBClusterCommand"];
var named109 = exported["CreateDBClusterEndpoint$"];
var named110 = exported["CreateDBClusterEndpointCommand"];
var named111 = exported["CreateDBClusterEndpointMessage$"];
var named112 = exported["CreateDBClusterMessage$"];
var named113 = exported["CreateDBClusterParameterGroup$"];
var named114 = exported["CreateDBClusterParameterGroupCommand"];
var named115 = exported["CreateDBClusterParameterGroupMessage$"];
var named116 = exported["CreateDBClusterParameterGroupResult$"];
var named117 = exported["CreateDBClusterResult$"];
var named118 = exported["CreateDBClusterSnapshot$"];
var named119 = exported["CreateDBClusterSnapshotCommand"];
var named120 = exported["CreateDBClusterSnapshotMessage$"];
var named121 = exported["CreateDBClusterSnapshotResult$"];
var named122 = exported["CreateDBInstance$"];
var named123 = exported["CreateDBInstanceCommand"];
var named124 = exported["CreateDBInstanceMessage$"];
var named125 = exported["CreateDBInstanceReadReplica$"];
var named126 = exported["CreateDBInstanceReadReplicaCommand"];
var named127 = exported["CreateDBInstanceReadReplicaMessage$"];
var named128 = exported["CreateDBInstanceReadReplicaResult$"];
var named129 = exported["CreateDBInstanceResult$"];
var named130 = exported["CreateDBParameterGroup$"];
var named131 = exported["CreateDBParameterGroupCommand"];
var named132 = exported["CreateDBParameterGroupMessage$"];
var named133 = exported["CreateDBParameterGroupResult$"];
var named134 = exported["CreateDBProxy$"];
var named135 = exported["CreateDBProxyCommand"];
var named136 = exported["CreateDBProxyEndpoint$"];
var named137 = exported["CreateDBProxyEndpointCommand"];
var named138 = exported["CreateDBProxyEndpointRequest$"];
var named139 = exported["CreateDBProxyEndpointResponse$"];
var named140 = exported["CreateDBProxyRequest$"];
var named141 = exported["CreateDBProxyResponse$"];
var named142 = exported["CreateDBSecurityGroup$"];
var named143 = exported["CreateDBSecurityGroupCommand"];
var named144 = exported["CreateDBSecurityGroupMessage$"];
var named145 = exported["CreateDBSecurityGroupResult$"];
var named146 = exported["CreateDBShardGroup$"];
var named147 = exported["CreateDBShardGroupCommand"];
var named148 = exported["CreateDBShardGroupMessage$"];
var named149 = exported["CreateDBSnapshot$"];
var named150 = exported["CreateDBSnapshotCommand"];
var named151 = exported["CreateDBSnapshotMessage$"];
var named152 = exported["CreateDBSnapshotResult$"];
var named153 = exported["CreateDBSubnetGroup$"];
var named154 = exported["CreateDBSubnetGroupCommand"];
var named155 = exported["CreateDBSubnetGroupMessage$"];
var named156 = exported["CreateDBSubnetGroupResult$"];
var named157 = exported["CreateEventSubscription$"];
var named158 = exported["CreateEventSubscriptionCommand"];
var named159 = exported["CreateEventSubscriptionMessage$"];
var named160 = exported["CreateEventSubscriptionResult$"];
var named161 = exported["CreateGlobalCluster$"];
var named162 = exported["CreateGlobalClusterCommand"];
var named163 = exported["CreateGlobalClusterMessage$"];
var named164 = exported["CreateGlobalClusterResult$"];
var named165 = exported["CreateIntegration$"];
var named166 = exported["CreateIntegrationCommand"];
var named167 = exported["CreateIntegrationMessage$"];
var named168 = exported["CreateOptionGroup$"];
var named169 = exported["CreateOptionGroupCommand"];
var named170 = exported["CreateOptionGroupMessage$"];
var named171 = exported["CreateOptionGroupResult$"];
var named172 = exported["CreateTenantDatabase$"];
var named173 = exported["CreateTenantDatabaseCommand"];
var named174 = exported["CreateTenantDatabaseMessage$"];
var named175 = exported["CreateTenantDatabaseResult$"];
var named176 = exported["CustomAvailabilityZoneNotFoundFault"];
var named177 = exported["CustomAvailabilityZoneNotFoundFault$"];
var named178 = exported["CustomDBEngineVersionAMI$"];
var named179 = exported["CustomDBEngineVersionAlreadyExistsFault"];
var named180 = exported["CustomDBEngineVersionAlreadyExistsFault$"];
var named181 = exported["CustomDBEngineVersionNotFoundFault"];
var named182 = exported["CustomDBEngineVersionNotFoundFault$"];
var named183 = exported["CustomDBEngineVersionQuotaExceededFault"];
var named184 = exported["CustomDBEngineVersionQuotaExceededFault$"];
var named185 = exported["CustomEngineVersionStatus"];
var named186 = exported["DBCapacityReservation$"];
var named187 = exported["DBCapacityReservationAlreadyExistsFault"];
var named188 = exported["DBCapacityReservationAlreadyExistsFault$"];
var named189 = exported["DBCapacityReservationCommitmentInfo$"];
var named190 = exported["DBCapacityReservationNotFoundFault"];
var named191 = exported["DBCapacityReservationNotFoundFault$"];
var named192 = exported["DBCapacityReservationState"];
var named193 = exported["DBCapacityReservationUnsupportedFault"];
var named194 = exported["DBCapacityReservationUnsupportedFault$"];
var named195 = exported["DBCluster$"];
var named196 = exported["DBClusterAlreadyExistsFault"];
var named197 = exported["DBClusterAlreadyExistsFault$"];
var named198 = exported["DBClusterAssociatedRole$"];
var named199 = exported["DBClusterAutomatedBackup$"];
var named200 = exported["DBClusterAutomatedBackupMessage$"];
var named201 = exported["DBClusterAutomatedBackupNotFoundFault"];
var named202 = exported["DBClusterAutomatedBackupNotFoundFault$"];
var named203 = exported["DBClusterAutomatedBackupQuotaExceededFault"];
var named204 = exported["DBClusterAutomatedBackupQuotaExceededFault$"];
var named205 = exported["DBClusterBacktrack$"];
var named206 = exported["DBClusterBacktrackMessage$"];
var named207 = exported["DBClusterBacktrackNotFoundFault"];
var named208 = exported["DBClusterBacktrackNotFoundFault$"];
var named209 = exported["DBClusterCapacityInfo$"];
var named210 = exported["DBClusterEndpoint$"];
var named211 = exported["DBClusterEndpointAlreadyExistsFault"];
var named212 = exported["DBClusterEndpointAlreadyExistsFault$"];
var named213 = exported["DBClusterEndpointMessage$"];
var named214 = exported["DBClusterEndpointNotFoundFault"];
var named215 = exported["DBClusterEndpointNotFoundFault$"];
var named216 = exported["DBClusterEndpointQuotaExceededFault"];
var named217 = exported["DBClusterEndpointQuotaExceededFault$"];
var named218 = exported["DBClusterMember$"];
var named219 = exported["DBClusterMessage$"];
var named220 = exported["DBClusterNotFoundFault"];
var named221 = exported["DBClusterNotFoundFault$"];
var named222 = exported["DBClusterOptionGroupStatus$"];
var named223 = exported["DBClusterParameterGroup$"];
var named224 = exported["DBClusterParameterGroupDetails$"];
var named225 = exported["DBClusterParameterGroupNameMessage$"];
var named226 = exported["DBClusterParameterGroupNotFoundFault"];
var named227 = exported["DBClusterParameterGroupNotFoundFault$"];
var named228 = exported["DBClusterParameterGroupsMessage$"];
var named229 = exported["DBClusterQuotaExceededFault"];
var named230 = exported["DBClusterQuotaExceededFault$"];
var named231 = exported["DBClusterRole$"];
var named232 = exported["DBClusterRoleAlreadyExistsFault"];
var named233 = exported["DBClusterRoleAlreadyExistsFault$"];
var named234 = exported["DBClusterRoleNotFoundFault"];
var named235 = exported["DBClusterRoleNotFoundFault$"];
var named236 = exported["DBClusterRoleQuotaExceededFault"];
var named237 = exported["DBClusterRoleQuotaExceededFault$"];
var named238 = exported["DBClusterSnapshot$"];
var named239 = exported["DBClusterSnapshotAlreadyExistsFault"];
var named240 = exported["DBClusterSnapshotAlreadyExistsFault$"];
var named241 = exported["DBClusterSnapshotAttribute$"];
var named242 = exported["DBClusterSnapshotAttributesResult$"];
var named243 = exported["DBClusterSnapshotMessage$"];
var named244 = exported["DBClusterSnapshotNotFoundFault"];
var named245 = exported["DBClusterSnapshotNotFoundFault$"];
var named246 = exported["DBClusterStatusInfo$"];
var named247 = exported["DBEngineVersion$"];
var named248 = exported["DBEngineVersionMessage$"];
var named249 = exported["DBInstance$"];
var named250 = exported["DBInstanceAlreadyExistsFault"];
var named251 = exported["DBInstanceAlreadyExistsFault$"];
var named252 = exported["DBInstanceAutomatedBackup$"];
var named253 = exported["DBInstanceAutomatedBackupMessage$"];
var named254 = exported["DBInstanceAutomatedBackupNotFoundFault"];
var named255 = exported["DBInstanceAutomatedBackupNotFoundFault$"];
var named256 = exported["DBInstanceAutomatedBackupQuotaExceededFault"];
var named257 = exported["DBInstanceAutomatedBackupQuotaExceededFault$"];
var named258 = exported["DBInstanceAutomatedBackupsReplication$"];
var named259 = exported["DBInstanceMessage$"];
var named260 = exported["DBInstanceNotFoundFault"];
var named261 = exported["DBInstanceNotFoundFault$"];
var named262 = exported["DBInstanceNotReadyFault"];
var named263 = exported["DBInstanceNotReadyFault$"];
var named264 = exported["DBInstanceRole$"];
var named265 = exported["DBInstanceRoleAlreadyExistsFault"];
var named266 = exported["DBInstanceRoleAlreadyExistsFault$"];
var named267 = exported["DBInstanceRoleNotFoundFault"];
var named268 = exported["DBInstanceRoleNotFoundFault$"];
var named269 = exported["DBInstanceRoleQuotaExceededFault"];
var named270 = exported["DBInstanceRoleQuotaExceededFault$"];
var named271 = exported["DBInstanceStatusInfo$"];
var named272 = exported["DBLogFileNotFoundFault"];
var named273 = exported["DBLogFileNotFoundFault$"];
var named274 = exported["DBMajorEngineVersion$"];
var named275 = exported["DBParameterGroup$"];
var named276 = exported["DBParameterGroupAlreadyExistsFault"];
var named277 = exported["DBParameterGroupAlreadyExistsFault$"];
var named278 = exported["DBParameterGroupDetails$"];
var named279 = exported["DBParameterGroupNameMessage$"];
var named280 = exported["DBParameterGroupNotFoundFault"];
var named281 = exported["DBParameterGroupNotFoundFault$"];
var named282 = exported["DBParameterGroupQuotaExceededFault"];
var named283 = exported["DBParameterGroupQuotaExceededFault$"];
var named284 = exported["DBParameterGroupStatus$"];
var named285 = exported["DBParameterGroupsMessage$"];
var named286 = exported["DBProxy$"];
var named287 = exported["DBProxyAlreadyExistsFault"];
var named288 = exported["DBProxyAlreadyExistsFault$"];
var named289 = exported["DBProxyEndpoint$"];
var named290 = exported["DBProxyEndpointAlreadyExistsFault"];
var named291 = exported["DBProxyEndpointAlreadyExistsFault$"];
var named292 = exported["DBProxyEndpointNotFoundFault"];
var named293 = exported["DBProxyEndpointNotFoundFault$"];
var named294 = exported["DBProxyEndpointQuotaExceededFault"];
var named295 = exported["DBProxyEndpointQuotaExceededFault$"];
var named296 = exported["DBProxyEndpointStatus"];
var named297 = exported["DBProxyEndpointTargetRole"];
var named298 = exported["DBProxyNotFoundFault"];
var named299 = exported["DBProxyNotFoundFault$"];
var named300 = exported["DBProxyQuotaExceededFault"];
var named301 = exported["DBProxyQuotaExceededFault$"];
var named302 = exported["DBProxyStatus"];
var named303 = exported["DBProxyTarget$"];
var named304 = exported["DBProxyTargetAlreadyRegisteredFault"];
var named305 = exported["DBProxyTargetAlreadyRegisteredFault$"];
var named306 = exported["DBProxyTargetGroup$"];
var named307 = exported["DBProxyTargetGroupNotFoundFault"];
var named308 = exported["DBProxyTargetGroupNotFoundFault$"];
var named309 = exported["DBProxyTargetNotFoundFault"];
var named310 = exported["DBProxyTargetNotFoundFault$"];
var named311 = exported["DBRecommendation$"];
var named312 = exported["DBRecommendationMessage$"];
var named313 = exported["DBRecommendationsMessage$"];
var named314 = exported["DBSecurityGroup$"];
var named315 = exported["DBSecurityGroupAlreadyExistsFault"];
var named316 = exported["DBSecurityGroupAlreadyExistsFault$"];
var named317 = exported["DBSecurityGroupMembership$"];
var named318 = exported["DBSecurityGroupMessage$"];
var named319 = exported["DBSecurityGroupNotFoundFault"];
var named320 = exported["DBSecurityGroupNotFoundFault$"];
var named321 = exported["DBSecurityGroupNotSupportedFault"];
var named322 = exported["DBSecurityGroupNotSupportedFault$"];
var named323 = exported["DBSecurityGroupQuotaExceededFault"];
var named324 = exported["DBSecurityGroupQuotaExceededFault$"];
var named325 = exported["DBShardGroup$"];
var named326 = exported["DBShardGroupAlreadyExistsFault"];
var named327 = exported["DBShardGroupAlreadyExistsFault$"];
var named328 = exported["DBShardGroupNotFoundFault"];
var named329 = exported["DBShardGroupNotFoundFault$"];
var named330 = exported["DBSnapshot$"];
var named331 = exported["DBSnapshotAlreadyExistsFault"];
var named332 = exported["DBSnapshotAlreadyExistsFault$"];
var named333 = exported["DBSnapshotAttribute$"];
var named334 = exported["DBSnapshotAttributesResult$"];
var named335 = exported["DBSnapshotMessage$"];
var named336 = exported["DBSnapshotNotFoundFault"];
var named337 = exported["DBSnapshotNotFoundFault$"];
var named338 = exported["DBSnapshotTenantDatabase$"];
var named339 = exported["DBSnapshotTenantDatabaseNotFoundFault"];
var named340 = exported["DBSnapshotTenantDatabaseNotFoundFault$"];
var named341 = exported["DBSnapshotTenantDatabasesMessage$"];
var named342 = exported["DBSubnetGroup$"];
var named343 = exported["DBSubnetGroupAlreadyExistsFault"];
var named344 = exported["DBSubnetGroupAlreadyExistsFault$"];
var named345 = exported["DBSubnetGroupDoesNotCoverEnoughAZs"];
var named346 = exported["DBSubnetGroupDoesNotCoverEnoughAZs$"];
var named347 = exported["DBSubnetGroupMessage$"];
var named348 = exported["DBSubnetGroupNotAllowedFault"];
var named349 = exported["DBSubnetGroupNotAllowedFault$"];
var named350 = exported["DBSubnetGroupNotFoundFault"];
var named351 = exported["DBSubnetGroupNotFoundFault$"];
var named352 = exported["DBSubnetGroupQuotaExceededFault"];
var named353 = exported["DBSubnetGroupQuotaExceededFault$"];
var named354 = exported["DBSubnetQuotaExceededFault"];
var named355 = exported["DBSubnetQuotaExceededFault$"];
var named356 = exported["DBUpgradeDependencyFailureFault"];
var named357 = exported["DBUpgradeDependencyFailureFault$"];
var named358 = exported["DatabaseInsightsMode"];
var named359 = exported["DefaultAuthScheme"];
var named360 = exported["DeleteBlueGreenDeployment$"];
var named361 = exported["DeleteBlueGreenDeploymentCommand"];
var named362 = exported["DeleteBlueGreenDeploymentRequest$"];
var named363 = exported["DeleteBlueGreenDeploymentResponse$"];
var named364 = exported["DeleteCustomDBEngineVersion$"];
var named365 = exported["DeleteCustomDBEngineVersionCommand"];
var named366 = exported["DeleteCustomDBEngineVersionMessage$"];
var named367 = exported["DeleteDBCluster$"];
var named368 = exported["DeleteDBClusterAutomatedBackup$"];
var named369 = exported["DeleteDBClusterAutomatedBackupCommand"];
var named370 = exported["DeleteDBClusterAutomatedBackupMessage$"];
var named371 = exported["DeleteDBClusterAutomatedBackupResult$"];
var named372 = exported["DeleteDBClusterCommand"];
var named373 = exported["DeleteDBClusterEndpoint$"];
var named374 = exported["DeleteDBClusterEndpointCommand"];
var named375 = exported["DeleteDBClusterEndpointMessage$"];
var named376 = exported["DeleteDBClusterMessage$"];
var named377 = exported["DeleteDBClusterParameterGroup$"];
var named378 = exported["DeleteDBClusterParameterGroupCommand"];
var named379 = exported["DeleteDBClusterParameterGroupMessage$"];
var named380 = exported["DeleteDBClusterResult$"];
var named381 = exported["DeleteDBClusterSnapshot$"];
var named382 = exported["DeleteDBClusterSnapshotCommand"];
var named383 = exported["DeleteDBClusterSnapshotMessage$"];
var named384 = exported["DeleteDBClusterSnapshotResult$"];
var named385 = exported["DeleteDBInstance$"];
var named386 = exported["DeleteDBInstanceAutomatedBackup$"];
var named387 = exported["DeleteDBInstanceAutomatedBackupCommand"];
var named388 = exported["DeleteDBInstanceAutomatedBackupMessage$"];
var named389 = exported["DeleteDBInstanceAutomatedBackupResult$"];
var named390 = exported["DeleteDBInstanceCommand"];
var named391 = exported["DeleteDBInstanceMessage$"];
var named392 = exported["DeleteDBInstanceResult$"];
var named393 = exported["DeleteDBParameterGroup$"];
var named394 = exported["DeleteDBParameterGroupCommand"];
var named395 = exported["DeleteDBParameterGroupMessage$"];
var named396 = exported["DeleteDBProxy$"];
var named397 = exported["DeleteDBProxyCommand"];
var named398 = exported["DeleteDBProxyEndpoint$"];
var named399 = exported["DeleteDBProxyEndpointCommand"];
var named400 = exported["DeleteDBProxyEndpointRequest$"];
var named401 = exported["DeleteDBProxyEndpointResponse$"];
var named402 = exported["DeleteDBProxyRequest$"];
var named403 = exported["DeleteDBProxyResponse$"];
var named404 = exported["DeleteDBSecurityGroup$"];
var named405 = exported["DeleteDBSecurityGroupCommand"];
var named406 = exported["DeleteDBSecurityGroupMessage$"];
var named407 = exported["DeleteDBShardGroup$"];
var named408 = exported["DeleteDBShardGroupCommand"];
var named409 = exported["DeleteDBShardGroupMessage$"];
var named410 = exported["DeleteDBSnapshot$"];
var named411 = exported["DeleteDBSnapshotCommand"];
var named412 = exported["DeleteDBSnapshotMessage$"];
var named413 = exported["DeleteDBSnapshotResult$"];
var named414 = exported["DeleteDBSubnetGroup$"];
var named415 = exported["DeleteDBSubnetGroupCommand"];
var named416 = exported["DeleteDBSubnetGroupMessage$"];
var named417 = exported["DeleteEventSubscription$"];
var named418 = exported["DeleteEventSubscriptionCommand"];
var named419 = exported["DeleteEventSubscriptionMessage$"];
var named420 = exported["DeleteEventSubscriptionResult$"];
var named421 = exported["DeleteGlobalCluster$"];
var named422 = exported["DeleteGlobalClusterCommand"];
var named423 = exported["DeleteGlobalClusterMessage$"];
var named424 = exported["DeleteGlobalClusterResult$"];
var named425 = exported["DeleteIntegration$"];
var named426 = exported["DeleteIntegrationCommand"];
var named427 = exported["DeleteIntegrationMessage$"];
var named428 = exported["DeleteOptionGroup$"];
var named429 = exported["DeleteOptionGroupCommand"];
var named430 = exported["DeleteOptionGroupMessage$"];
var named431 = exported["DeleteTenantDatabase$"];
var named432 = exported["DeleteTenantDatabaseCommand"];
var named433 = exported["DeleteTenantDatabaseMessage$"];
var named434 = exported["DeleteTenantDatabaseResult$"];
var named435 = exported["DeregisterDBProxyTargets$"];
var named436 = exported["DeregisterDBProxyTargetsCommand"];
var named437 = exported["DeregisterDBProxyTargetsRequest$"];
var named438 = exported["DeregisterDBProxyTargetsResponse$"];
var named439 = exported["DescribeAccountAttributes$"];
var named440 = exported["DescribeAccountAttributesCommand"];
var named441 = exported["DescribeAccountAttributesMessage$"];
var named442 = exported["DescribeBlueGreenDeployments$"];
var named443 = exported["DescribeBlueGreenDeploymentsCommand"];
var named444 = exported["DescribeBlueGreenDeploymentsRequest$"];
var named445 = exported["DescribeBlueGreenDeploymentsResponse$"];
var named446 = exported["DescribeCertificates$"];
var named447 = exported["DescribeCertificatesCommand"];
var named448 = exported["DescribeCertificatesMessage$"];
var named449 = exported["DescribeDBCapacityReservations$"];
var named450 = exported["DescribeDBCapacityReservationsCommand"];
var named451 = exported["DescribeDBCapacityReservationsRequest$"];
var named452 = exported["DescribeDBCapacityReservationsResponse$"];
var named453 = exported["DescribeDBClusterAutomatedBackups$"];
var named454 = exported["DescribeDBClusterAutomatedBackupsCommand"];
var named455 = exported["DescribeDBClusterAutomatedBackupsMessage$"];
var named456 = exported["DescribeDBClusterBacktracks$"];
var named457 = exported["DescribeDBClusterBacktracksCommand"];
var named458 = exported["DescribeDBClusterBacktracksMessage$"];
var named459 = exported["DescribeDBClusterEndpoints$"];
var named460 = exported["DescribeDBClusterEndpointsCommand"];
var named461 = exported["DescribeDBClusterEndpointsMessage$"];
var named462 = exported["DescribeDBClusterParameterGroups$"];
var named463 = exported["DescribeDBClusterParameterGroupsCommand"];
var named464 = exported["DescribeDBClusterParameterGroupsMessage$"];
var named465 = exported["DescribeDBClusterParameters$"];
var named466 = exported["DescribeDBClusterParametersCommand"];
var named467 = exported["DescribeDBClusterParametersMessage$"];
var named468 = exported["DescribeDBClusterSnapshotAttributes$"];
var named469 = exported["DescribeDBClusterSnapshotAttributesCommand"];
var named470 = exported["DescribeDBClusterSnapshotAttributesMessage$"];
var named471 = exported["DescribeDBClusterSnapshotAttributesResult$"];
var named472 = exported["DescribeDBClusterSnapshots$"];
var named473 = exported["DescribeDBClusterSnapshotsCommand"];
var named474 = exported["DescribeDBClusterSnapshotsMessage$"];
var named475 = exported["DescribeDBClusters$"];
var named476 = exported["DescribeDBClustersCommand"];
var named477 = exported["DescribeDBClustersMessage$"];
var named478 = exported["DescribeDBEngineVersions$"];
var named479 = exported["DescribeDBEngineVersionsCommand"];
var named480 = exported["DescribeDBEngineVersionsMessage$"];
var named481 = exported["DescribeDBInstanceAutomatedBackups$"];
var named482 = exported["DescribeDBInstanceAutomatedBackupsCommand"];
var named483 = exported["DescribeDBInstanceAutomatedBackupsMessage$"];
var named484 = exported["DescribeDBInstances$"];
var named485 = exported["DescribeDBInstancesCommand"];
var named486 = exported["DescribeDBInstancesMessage$"];
var named487 = exported["DescribeDBLogFiles$"];
var named488 = exported["DescribeDBLogFilesCommand"];
var named489 = exported["DescribeDBLogFilesDetails$"];
var named490 = exported["DescribeDBLogFilesMessage$"];
var named491 = exported["DescribeDBLogFilesResponse$"];
var named492 = exported["DescribeDBMajorEngineVersions$"];
var named493 = exported["DescribeDBMajorEngineVersionsCommand"];
var named494 = exported["DescribeDBMajorEngineVersionsRequest$"];
var named495 = exported["DescribeDBMajorEngineVersionsResponse$"];
var named496 = exported["DescribeDBParameterGroups$"];
var named497 = exported["DescribeDBParameterGroupsCommand"];
var named498 = exported["DescribeDBParameterGroupsMessage$"];
var named499 = exported["DescribeDBParameters$"];
var named500 = exported["DescribeDBParametersCommand"];
var named501 = exported["DescribeDBParametersMessage$"];
var named502 = exported["DescribeDBProxies$"];
var named503 = exported["DescribeDBProxiesCommand"];
var named504 = exported["DescribeDBProxiesRequest$"];
var named505 = exported["DescribeDBProxiesResponse$"];
var named506 = exported["DescribeDBProxyEndpoints$"];
var named507 = exported["DescribeDBProxyEndpointsCommand"];
var named508 = exported["DescribeDBProxyEndpointsRequest$"];
var named509 = exported["DescribeDBProxyEndpointsResponse$"];
var named510 = exported["DescribeDBProxyTargetGroups$"];
var named511 = exported["DescribeDBProxyTargetGroupsCommand"];
var named512 = exported["DescribeDBProxyTargetGroupsRequest$"];
var named513 = exported["DescribeDBProxyTargetGroupsResponse$"];
var named514 = exported["DescribeDBProxyTargets$"];
var named515 = exported["DescribeDBProxyTargetsCommand"];
var named516 = exported["DescribeDBProxyTargetsRequest$"];
var named517 = exported["DescribeDBProxyTargetsResponse$"];
var named518 = exported["DescribeDBRecommendations$"];
var named519 = exported["DescribeDBRecommendationsCommand"];
var named520 = exported["DescribeDBRecommendationsMessage$"];
var named521 = exported["DescribeDBSecurityGroups$"];
var named522 = exported["DescribeDBSecurityGroupsCommand"];
var named523 = exported["DescribeDBSecurityGroupsMessage$"];
var named524 = exported["DescribeDBShardGroups$"];
var named525 = exported["DescribeDBShardGroupsCommand"];
var named526 = exported["DescribeDBShardGroupsMessage$"];
var named527 = exported["DescribeDBShardGroupsResponse$"];
var named528 = exported["DescribeDBSnapshotAttributes$"];
var named529 = exported["DescribeDBSnapshotAttributesCommand"];
var named530 = exported["DescribeDBSnapshotAttributesMessage$"];
var named531 = exported["DescribeDBSnapshotAttributesResult$"];
var named532 = exported["DescribeDBSnapshotTenantDatabases$"];
var named533 = exported["DescribeDBSnapshotTenantDatabasesCommand"];
var named534 = exported["DescribeDBSnapshotTenantDatabasesMessage$"];
var named535 = exported["DescribeDBSnapshots$"];
var named536 = exported["DescribeDBSnapshotsCommand"];
var named537 = exported["DescribeDBSnapshotsMessage$"];
var named538 = exported["DescribeDBSubnetGroups$"];
var named539 = exported["DescribeDBSubnetGroupsCommand"];
var named540 = exported["DescribeDBSubnetGroupsMessage$"];
var named541 = exported["DescribeEngineDefaultClusterParameters$"];
var named542 = exported["DescribeEngineDefaultClusterParametersCommand"];
var named543 = exported["DescribeEngineDefaultClusterParametersMessage$"];
var named544 = exported["DescribeEngineDefaultClusterParametersResult$"];
var named545 = exported["DescribeEngineDefaultParameters$"];
var named546 = exported["DescribeEngineDefaultParametersCommand"];
var named547 = exported["DescribeEngineDefaultParametersMessage$"];
var named548 = exported["DescribeEngineDefaultParametersResult$"];
var named549 = exported["DescribeEventCategories$"];
var named550 = exported["DescribeEventCategoriesCommand"];
var named551 = exported["DescribeEventCategoriesMessage$"];
var named552 = exported["DescribeEventSubscriptions$"];
var named553 = exported["DescribeEventSubscriptionsCommand"];
var named554 = exported["DescribeEventSubscriptionsMessage$"];
var named555 = exported["DescribeEvents$"];
var named556 = exported["DescribeEventsCommand"];
var named557 = exported["DescribeEventsMessage$"];
var named558 = exported["DescribeExportTasks$"];
var named559 = exported["DescribeExportTasksCommand"];
var named560 = exported["DescribeExportTasksMessage$"];
var named561 = exported["DescribeGlobalClusters$"];
var named562 = exported["DescribeGlobalClustersCommand"];
var named563 = exported["DescribeGlobalClustersMessage$"];
var named564 = exported["DescribeIntegrations$"];
var named565 = exported["DescribeIntegrationsCommand"];
var named566 = exported["DescribeIntegrationsMessage$"];
var named567 = exported["DescribeIntegrationsResponse$"];
var named568 = exported["DescribeOptionGroupOptions$"];
var named569 = exported["DescribeOptionGroupOptionsCommand"];
var named570 = exported["DescribeOptionGroupOptionsMessage$"];
var named571 = exported["DescribeOptionGroups$"];
var named572 = exported["DescribeOptionGroupsCommand"];
var named573 = exported["DescribeOptionGroupsMessage$"];
var named574 = exported["DescribeOrderableDBInstanceOptions$"];
var named575 = exported["DescribeOrderableDBInstanceOptionsCommand"];
var named576 = exported["DescribeOrderableDBInstanceOptionsMessage$"];
var named577 = exported["DescribePendingMaintenanceActions$"];
var named578 = exported["DescribePendingMaintenanceActionsCommand"];
var named579 = exported["DescribePendingMaintenanceActionsMessage$"];
var named580 = exported["DescribeReservedDBInstances$"];
var named581 = exported["DescribeReservedDBInstancesCommand"];
var named582 = exported["DescribeReservedDBInstancesMessage$"];
var named583 = exported["DescribeReservedDBInstancesOfferings$"];
var named584 = exported["DescribeReservedDBInstancesOfferingsCommand"];
var named585 = exported["DescribeReservedDBInstancesOfferingsMessage$"];
var named586 = exported["DescribeServerlessV2PlatformVersions$"];
var named587 = exported["DescribeServerlessV2PlatformVersionsCommand"];
var named588 = exported["DescribeServerlessV2PlatformVersionsMessage$"];
var named589 = exported["DescribeSourceRegions$"];
var named590 = exported["DescribeSourceRegionsCommand"];
var named591 = exported["DescribeSourceRegionsMessage$"];
var named592 = exported["DescribeTenantDatabases$"];
var named593 = exported["DescribeTenantDatabasesCommand"];
var named594 = exported["DescribeTenantDatabasesMessage$"];
var named595 = exported["DescribeValidDBInstanceModifications$"];
var named596 = exported["DescribeValidDBInstanceModificationsCommand"];
var named597 = exported["DescribeValidDBInstanceModificationsMessage$"];
var named598 = exported["DescribeValidDBInstanceModificationsResult$"];
var named599 = exported["DisableHttpEndpoint$"];
var named600 = exported["DisableHttpEndpointCommand"];
var named601 = exported["DisableHttpEndpointRequest$"];
var named602 = exported["DisableHttpEndpointResponse$"];
var named603 = exported["DocLink$"];
var named604 = exported["DomainMembership$"];
var named605 = exported["DomainNotFoundFault"];
var named606 = exported["DomainNotFoundFault$"];
var named607 = exported["DoubleRange$"];
var named608 = exported["DownloadDBLogFilePortion$"];
var named609 = exported["DownloadDBLogFilePortionCommand"];
var named610 = exported["DownloadDBLogFilePortionDetails$"];
var named611 = exported["DownloadDBLogFilePortionMessage$"];
var named612 = exported["EC2SecurityGroup$"];
var named613 = exported["Ec2ImagePropertiesNotSupportedFault"];
var named614 = exported["Ec2ImagePropertiesNotSupportedFault$"];
var named615 = exported["EnableHttpEndpoint$"];
var named616 = exported["EnableHttpEndpointCommand"];
var named617 = exported["EnableHttpEndpointRequest$"];
var named618 = exported["EnableHttpEndpointResponse$"];
var named619 = exported["EndDateType"];
var named620 = exported["Endpoint$"];
var named621 = exported["EndpointNetworkType"];
var named622 = exported["EngineDefaults$"];
var named623 = exported["EngineFamily"];
var named624 = exported["Event$"];
var named625 = exported["EventCategoriesMap$"];
var named626 = exported["EventCategoriesMessage$"];
var named627 = exported["EventSubscription$"];
var named628 = exported["EventSubscriptionQuotaExceededFault"];
var named629 = exported["EventSubscriptionQuotaExceededFault$"];
var named630 = exported["EventSubscriptionsMessage$"];
var named631 = exported["EventsMessage$"];
var named632 = exported["ExportSourceType"];
var named633 = exported["ExportTask$"];
var named634 = exported["ExportTaskAlreadyExistsFault"];
var named635 = exported["ExportTaskAlreadyExistsFault$"];
var named636 = exported["ExportTaskNotFoundFault"];
var named637 = exported["ExportTaskNotFoundFault$"];
var named638 = exported["ExportTasksMessage$"];
var named639 = exported["FailoverDBCluster$"];
var named640 = exported["FailoverDBClusterCommand"];
var named641 = exported["FailoverDBClusterMessage$"];
var named642 = exported["FailoverDBClusterResult$"];
var named643 = exported["FailoverGlobalCluster$"];
var named644 = exported["FailoverGlobalClusterCommand"];
var named645 = exported["FailoverGlobalClusterMessage$"];
var named646 = exported["FailoverGlobalClusterResult$"];
var named647 = exported["FailoverState$"];
var named648 = exported["FailoverStatus"];
var named649 = exported["Filter$"];
var named650 = exported["GlobalCluster$"];
var named651 = exported["GlobalClusterAlreadyExistsFault"];
var named652 = exported["GlobalClusterAlreadyExistsFault$"];
var named653 = exported["GlobalClusterMember$"];
var named654 = exported["GlobalClusterMemberSynchronizationStatus"];
var named655 = exported["GlobalClusterNotFoundFault"];
var named656 = exported["GlobalClusterNotFoundFault$"];
var named657 = exported["GlobalClusterQuotaExceededFault"];
var named658 = exported["GlobalClusterQuotaExceededFault$"];
var named659 = exported["GlobalClustersMessage$"];
var named660 = exported["IAMAuthMode"];
var named661 = exported["IPRange$"];
var named662 = exported["IamRoleMissingPermissionsFault"];
var named663 = exported["IamRoleMissingPermissionsFault$"];
var named664 = exported["IamRoleNotFoundFault"];
var named665 = exported["IamRoleNotFoundFault$"];
var named666 = exported["InstanceQuotaExceededFault"];
var named667 = exported["InstanceQuotaExceededFault$"];
var named668 = exported["InsufficientAvailableIPsInSubnetFault"];
var named669 = exported["InsufficientAvailableIPsInSubnetFault$"];
var named670 = exported["InsufficientDBClusterCapacityFault"];
var named671 = exported["InsufficientDBClusterCapacityFault$"];
var named672 = exported["InsufficientDBInstanceCapacityFault"];
var named673 = exported["InsufficientDBInstanceCapacityFault$"];
var named674 = exported["InsufficientStorageClusterCapacityFault"];
var named675 = exported["InsufficientStorageClusterCapacityFault$"];
var named676 = exported["Integration$"];
var named677 = exported["IntegrationAlreadyExistsFault"];
var named678 = exported["IntegrationAlreadyExistsFault$"];
var named679 = exported["IntegrationConflictOperationFault"];
var named680 = exported["IntegrationConflictOperationFault$"];
var named681 = exported["IntegrationError$"];
var named682 = exported["IntegrationNotFoundFault"];
var named683 = exported["IntegrationNotFoundFault$"];
var named684 = exported["IntegrationQuotaExceededFault"];
var named685 = exported["IntegrationQuotaExceededFault$"];
var named686 = exported["IntegrationStatus"];
var named687 = exported["InvalidBlueGreenDeploymentStateFault"];
var named688 = exported["InvalidBlueGreenDeploymentStateFault$"];
var named689 = exported["InvalidCustomDBEngineVersionStateFault"];
var named690 = exported["InvalidCustomDBEngineVersionStateFault$"];
var named691 = exported["InvalidDBCapacityReservationStateFault"];
var named692 = exported["InvalidDBCapacityReservationStateFault$"];
var named693 = exported["InvalidDBClusterAutomatedBackupStateFault"];
var named694 = exported["InvalidDBClusterAutomatedBackupStateFault$"];
var named695 = exported["InvalidDBClusterCapacityFault"];
var named696 = exported["InvalidDBClusterCapacityFault$"];
var named697 = exported["InvalidDBClusterEndpointStateFault"];
var named698 = exported["InvalidDBClusterEndpointStateFault$"];
var named699 = exported["InvalidDBClusterSnapshotStateFault"];
var named700 = exported["InvalidDBClusterSnapshotStateFault$"];
var named701 = exported["InvalidDBClusterStateFault"];
var named702 = exported["InvalidDBClusterStateFault$"];
var named703 = exported["InvalidDBInstanceAutomatedBackupStateFault"];
var named704 = exported["InvalidDBInstanceAutomatedBackupStateFault$"];
var named705 = exported["InvalidDBInstanceStateFault"];
var named706 = exported["InvalidDBInstanceStateFault$"];
var named707 = exported["InvalidDBParameterGroupStateFault"];
var named708 = exported["InvalidDBParameterGroupStateFault$"];
var named709 = exported["InvalidDBProxyEndpointStateFault"];
var named710 = exported["InvalidDBProxyEndpointStateFault$"];
var named711 = exported["InvalidDBProxyStateFault"];
var named712 = exported["InvalidDBProxyStateFault$"];
var named713 = exported["InvalidDBSecurityGroupStateFault"];
var named714 = exported["InvalidDBSecurityGroupStateFault$"];
var named715 = exported["InvalidDBShardGroupStateFault"];
var named716 = exported["InvalidDBShardGroupStateFault$"];
var named717 = exported["InvalidDBSnapshotStateFault"];
var named718 = exported["InvalidDBSnapshotStateFault$"];
var named719 = exported["InvalidDBSubnetGroupFault"];
var named720 = exported["InvalidDBSubnetGroupFault$"];
var named721 = exported["InvalidDBSubnetGroupStateFault"];
var named722 = exported["InvalidDBSubnetGroupStateFault$"];
var named723 = exported["InvalidDBSubnetStateFault"];
var named724 = exported["InvalidDBSubnetStateFault$"];
var named725 = exported["InvalidEventSubscriptionStateFault"];
var named726 = exported["InvalidEventSubscriptionStateFault$"];
var named727 = exported["InvalidExportOnlyFault"];
var named728 = exported["InvalidExportOnlyFault$"];
var named729 = exported["InvalidExportSourceStateFault"];
var named730 = exported["InvalidExportSourceStateFault$"];
var named731 = exported["InvalidExportTaskStateFault"];
var named732 = exported["InvalidExportTaskStateFault$"];
var named733 = exported["InvalidGlobalClusterStateFault"];
var named734 = exported["InvalidGlobalClusterStateFault$"];
var named735 = exported["InvalidIntegrationStateFault"];
var named736 = exported["InvalidIntegrationStateFault$"];
var named737 = exported["InvalidOptionGroupStateFault"];
var named738 = exported["InvalidOptionGroupStateFault$"];
var named739 = exported["InvalidResourceStateFault"];
var named740 = exported["InvalidResourceStateFault$"];
var named741 = exported["InvalidRestoreFault"];
var named742 = exported["InvalidRestoreFault$"];
var named743 = exported["InvalidS3BucketFault"];
var named744 = exported["InvalidS3BucketFault$"];
var named745 = exported["InvalidSubnet"];
var named746 = exported["InvalidSubnet$"];
var named747 = exported["InvalidVPCNetworkStateFault"];
var named748 = exported["InvalidVPCNetworkStateFault$"];
var named749 = exported["IssueDetails$"];
var named750 = exported["KMSKeyNotAccessibleFault"];
var named751 = exported["KMSKeyNotAccessibleFault$"];
var named752 = exported["LifecycleSupportName"];
var named753 = exported["LimitlessDatabase$"];
var named754 = exported["LimitlessDatabaseStatus"];
var named755 = exported["ListTagsForResource$"];
var named756 = exported["ListTagsForResourceCommand"];
var named757 = exported["ListTagsForResourceMessage$"];
var named758 = exported["LocalWriteForwardingStatus"];
var named759 = exported["MasterUserAuthenticationType"];
var named760 = exported["MasterUserSecret$"];
var named761 = exported["MaxDBShardGroupLimitReached"];
var named762 = exported["MaxDBShardGroupLimitReached$"];
var named763 = exported["Metric$"];
var named764 = exported["MetricQuery$"];
var named765 = exported["MetricReference$"];
var named766 = exported["MinimumEngineVersionPerAllowedValue$"];
var named767 = exported["ModifyActivityStream$"];
var named768 = exported["ModifyActivityStreamCommand"];
var named769 = exported["ModifyActivityStreamRequest$"];
var named770 = exported["ModifyActivityStreamResponse$"];
var named771 = exported["ModifyAdditionalStorageVolume$"];
var named772 = exported["ModifyCertificates$"];
var named773 = exported["ModifyCertificatesCommand"];
var named774 = exported["ModifyCertificatesMessage$"];
var named775 = exported["ModifyCertificatesResult$"];
var named776 = exported["ModifyCurrentDBClusterCapacity$"];
var named777 = exported["ModifyCurrentDBClusterCapacityCommand"];
var named778 = exported["ModifyCurrentDBClusterCapacityMessage$"];
var named779 = exported["ModifyCustomDBEngineVersion$"];
var named780 = exported["ModifyCustomDBEngineVersionCommand"];
var named781 = exported["ModifyCustomDBEngineVersionMessage$"];
var named782 = exported["ModifyDBCapacityReservation$"];
var named783 = exported["ModifyDBCapacityReservationCommand"];
var named784 = exported["ModifyDBCapacityReservationRequest$"];
var named785 = exported["ModifyDBCapacityReservationResponse$"];
var named786 = exported["ModifyDBCluster$"];
var named787 = exported["ModifyDBClusterCommand"];
var named788 = exported["ModifyDBClusterEndpoint$"];
var named789 = exported["ModifyDBClusterEndpointCommand"];
var named790 = exported["ModifyDBClusterEndpointMessage$"];
var named791 = exported["ModifyDBClusterMessage$"];
var named792 = exported["ModifyDBClusterParameterGroup$"];
var named793 = exported["ModifyDBClusterParameterGroupCommand"];
var named794 = exported["ModifyDBClusterParameterGroupMessage$"];
var named795 = exported["ModifyDBClusterResult$"];
var named796 = exported["ModifyDBClusterSnapshotAttribute$"];
var named797 = exported["ModifyDBClusterSnapshotAttributeCommand"];
var named798 = exported["ModifyDBClusterSnapshotAttributeMessage$"];
var named799 = exported["ModifyDBClusterSnapshotAttributeResult$"];
var named800 = exported["ModifyDBInstance$"];
var named801 = exported["ModifyDBInstanceCommand"];
var named802 = exported["ModifyDBInstanceMessage$"];
var named803 = exported["ModifyDBInstanceResult$"];
var named804 = exported["ModifyDBParameterGroup$"];
var named805 = exported["ModifyDBParameterGroupCommand"];
var named806 = exported["ModifyDBParameterGroupMessage$"];
var named807 = exported["ModifyDBProxy$"];
var named808 = exported["ModifyDBProxyCommand"];
var named809 = exported["ModifyDBProxyEndpoint$"];
var named810 = exported["ModifyDBProxyEndpointCommand"];
var named811 = exported["ModifyDBProxyEndpointRequest$"];
var named812 = exported["ModifyDBProxyEndpointResponse$"];
var named813 = exported["ModifyDBProxyRequest$"];
var named814 = exported["ModifyDBProxyResponse$"];
var named815 = exported["ModifyDBProxyTargetGroup$"];
var named816 = exported["ModifyDBProxyTargetGroupCommand"];
var named817 = exported["ModifyDBProxyTargetGroupRequest$"];
var named818 = exported["ModifyDBProxyTargetGroupResponse$"];
var named819 = exported["ModifyDBRecommendation$"];
var named820 = exported["ModifyDBRecommendationCommand"];
var named821 = exported["ModifyDBRecommendationMessage$"];
var named822 = exported["ModifyDBShardGroup$"];
var named823 = exported["ModifyDBShardGroupCommand"];
var named824 = exported["ModifyDBShardGroupMessage$"];
var named825 = exported["ModifyDBSnapshot$"];
var named826 = exported["ModifyDBSnapshotAttribute$"];
var named827 = exported["ModifyDBSnapshotAttributeCommand"];
var named828 = exported["ModifyDBSnapshotAttributeMessage$"];
var named829 = exported["ModifyDBSnapshotAttributeResult$"];
var named830 = exported["ModifyDBSnapshotCommand"];
var named831 = exported["ModifyDBSnapshotMessage$"];
var named832 = exported["ModifyDBSnapshotResult$"];
var named833 = exported["ModifyDBSubnetGroup$"];
var named834 = exported["ModifyDBSubnetGroupCommand"];
var named835 = exported["ModifyDBSubnetGroupMessage$"];
var named836 = exported["ModifyDBSubnetGroupResult$"];
var named837 = exported["ModifyEventSubscription$"];
var named838 = exported["ModifyEventSubscriptionCommand"];
var named839 = exported["ModifyEventSubscriptionMessage$"];
var named840 = exported["ModifyEventSubscriptionResult$"];
var named841 = exported["ModifyGlobalCluster$"];
var named842 = exported["ModifyGlobalClusterCommand"];
var named843 = exported["ModifyGlobalClusterMessage$"];
var named844 = exported["ModifyGlobalClusterResult$"];
var named845 = exported["ModifyIntegration$"];
var named846 = exported["ModifyIntegrationCommand"];
var named847 = exported["ModifyIntegrationMessage$"];
var named848 = exported["ModifyOptionGroup$"];
var named849 = exported["ModifyOptionGroupCommand"];
var named850 = exported["ModifyOptionGroupMessage$"];
var named851 = exported["ModifyOptionGroupResult$"];
var named852 = exported["ModifyTenantDatabase$"];
var named853 = exported["ModifyTenantDatabaseCommand"];
var named854 = exported["ModifyTenantDatabaseMessage$"];
var named855 = exported["ModifyTenantDatabaseResult$"];
var named856 = exported["NetworkTypeNotSupported"];
var named857 = exported["NetworkTypeNotSupported$"];
var named858 = exported["Option$"];
var named859 = exported["OptionConfiguration$"];
var named860 = exported["OptionGroup$"];
var named861 = exported["OptionGroupAlreadyExistsFault"];
var named862 = exported["OptionGroupAlreadyExistsFault$"];
var named863 = exported["OptionGroupMembership$"];
var named864 = exported["OptionGroupNotFoundFault"];
var named865 = exported["OptionGroupNotFoundFault$"];
var named866 = exported["OptionGroupOption$"];
var named867 = exported["OptionGroupOptionSetting$"];
var named868 = exported["OptionGroupOptionsMessage$"];
var named869 = exported["OptionGroupQuotaExceededFault"];
var named870 = exported["OptionGroupQuotaExceededFault$"];
var named871 = exported["OptionGroups$"];
var named872 = exported["OptionSetting$"];
var named873 = exported["OptionVersion$"];
var named874 = exported["OrderableDBInstanceOption$"];
var named875 = exported["OrderableDBInstanceOptionsMessage$"];
var named876 = exported["Outpost$"];
var named877 = exported["Parameter$"];
var named878 = exported["PendingCloudwatchLogsExports$"];
var named879 = exported["PendingMaintenanceAction$"];
var named880 = exported["PendingMaintenanceActionsMessage$"];
var named881 = exported["PendingModifiedValues$"];
var named882 = exported["PerformanceInsightsMetricDimensionGroup$"];
var named883 = exported["PerformanceInsightsMetricQuery$"];
var named884 = exported["PerformanceIssueDetails$"];
var named885 = exported["PointInTimeRestoreNotEnabledFault"];
var named886 = exported["PointInTimeRestoreNotEnabledFault$"];
var named887 = exported["ProcessorFeature$"];
var named888 = exported["PromoteReadReplica$"];
var named889 = exported["PromoteReadReplicaCommand"];
var named890 = exported["PromoteReadReplicaDBCluster$"];
var named891 = exported["PromoteReadReplicaDBClusterCommand"];
var named892 = exported["PromoteReadReplicaDBClusterMessage$"];
var named893 = exported["PromoteReadReplicaDBClusterResult$"];
var named894 = exported["PromoteReadReplicaMessage$"];
var named895 = exported["PromoteReadReplicaResult$"];
var named896 = exported["ProvisionedIopsNotAvailableInAZFault"];
var named897 = exported["ProvisionedIopsNotAvailableInAZFault$"];
var named898 = exported["PurchaseReservedDBInstancesOffering$"];
var named899 = exported["PurchaseReservedDBInstancesOfferingCommand"];
var named900 = exported["PurchaseReservedDBInstancesOfferingMessage$"];
var named901 = exported["PurchaseReservedDBInstancesOfferingResult$"];
var named902 = exported["RDS"];
var named903 = exported["RDSClient"];
var named904 = exported["RDSServiceException"];
var named905 = exported["RDSServiceException$"];
var named906 = exported["Range$"];
var named907 = exported["RdsCustomClusterConfiguration$"];
var named908 = exported["RebootDBCluster$"];
var named909 = exported["RebootDBClusterCommand"];
var named910 = exported["RebootDBClusterMessage$"];
var named911 = exported["RebootDBClusterResult$"];
var named912 = exported["RebootDBInstance$"];
var named913 = exported["RebootDBInstanceCommand"];
var named914 = exported["RebootDBInstanceMessage$"];
var named915 = exported["RebootDBInstanceResult$"];
var named916 = exported["RebootDBShardGroup$"];
var named917 = exported["RebootDBShardGroupCommand"];
var named918 = exported["RebootDBShardGroupMessage$"];
var named919 = exported["RecommendedAction$"];
var named920 = exported["RecommendedActionParameter$"];
var named921 = exported["RecommendedActionUpdate$"];
var named922 = exported["RecurringCharge$"];
var named923 = exported["ReferenceDetails$"];
var named924 = exported["RegisterDBProxyTargets$"];
var named925 = exported["RegisterDBProxyTargetsCommand"];
var named926 = exported["RegisterDBProxyTargetsRequest$"];
var named927 = exported["RegisterDBProxyTargetsResponse$"];
var named928 = exported["RemoveFromGlobalCluster$"];
var named929 = exported["RemoveFromGlobalClusterCommand"];
var named930 = exported["RemoveFromGlobalClusterMessage$"];
var named931 = exported["RemoveFromGlobalClusterResult$"];
var named932 = exported["RemoveRoleFromDBCluster$"];
var named933 = exported["RemoveRoleFromDBClusterCommand"];
var named934 = exported["RemoveRoleFromDBClusterMessage$"];
var named935 = exported["RemoveRoleFromDBInstance$"];
var named936 = exported["RemoveRoleFromDBInstanceCommand"];
var named937 = exported["RemoveRoleFromDBInstanceMessage$"];
var named938 = exported["RemoveSourceIdentifierFromSubscription$"];
var named939 = exported["RemoveSourceIdentifierFromSubscriptionCommand"];
var named940 = exported["RemoveSourceIdentifierFromSubscriptionMessage$"];
var named941 = exported["RemoveSourceIdentifierFromSubscriptionResult$"];
var named942 = exported["RemoveTagsFromResource$"];
var named943 = exported["RemoveTagsFromResourceCommand"];
var named944 = exported["RemoveTagsFromResourceMessage$"];
var named945 = exported["ReplicaMode"];
var named946 = exported["ReservedDBInstance$"];
var named947 = exported["ReservedDBInstanceAlreadyExistsFault"];
var named948 = exported["ReservedDBInstanceAlreadyExistsFault$"];
var named949 = exported["ReservedDBInstanceMessage$"];
var named950 = exported["ReservedDBInstanceNotFoundFault"];
var named951 = exported["ReservedDBInstanceNotFoundFault$"];
var named952 = exported["ReservedDBInstanceQuotaExceededFault"];
var named953 = exported["ReservedDBInstanceQuotaExceededFault$"];
var named954 = exported["ReservedDBInstancesOffering$"];
var named955 = exported["ReservedDBInstancesOfferingMessage$"];
var named956 = exported["ReservedDBInstancesOfferingNotFoundFault"];
var named957 = exported["ReservedDBInstancesOfferingNotFoundFault$"];
var named958 = exported["ResetDBClusterParameterGroup$"];
var named959 = exported["ResetDBClusterParameterGroupCommand"];
var named960 = exported["ResetDBClusterParameterGroupMessage$"];
var named961 = exported["ResetDBParameterGroup$"];
var named962 = exported["ResetDBParameterGroupCommand"];
var named963 = exported["ResetDBParameterGroupMessage$"];
var named964 = exported["ResourceNotFoundFault"];
var named965 = exported["ResourceNotFoundFault$"];
var named966 = exported["ResourcePendingMaintenanceActions$"];
var named967 = exported["RestoreDBClusterFromS3$"];
var named968 = exported["RestoreDBClusterFromS3Command"];
var named969 = exported["RestoreDBClusterFromS3Message$"];
var named970 = exported["RestoreDBClusterFromS3Result$"];
var named971 = exported["RestoreDBClusterFromSnapshot$"];
var named972 = exported["RestoreDBClusterFromSnapshotCommand"];
var named973 = exported["RestoreDBClusterFromSnapshotMessage$"];
var named974 = exported["RestoreDBClusterFromSnapshotResult$"];
var named975 = exported["RestoreDBClusterToPointInTime$"];
var named976 = exported["RestoreDBClusterToPointInTimeCommand"];
var named977 = exported["RestoreDBClusterToPointInTimeMessage$"];
var named978 = exported["RestoreDBClusterToPointInTimeResult$"];
var named979 = exported["RestoreDBInstanceFromDBSnapshot$"];
var named980 = exported["RestoreDBInstanceFromDBSnapshotCommand"];
var named981 = exported["RestoreDBInstanceFromDBSnapshotMessage$"];
var named982 = exported["RestoreDBInstanceFromDBSnapshotResult$"];
var named983 = exported["RestoreDBInstanceFromS3$"];
var named984 = exported["RestoreDBInstanceFromS3Command"];
var named985 = exported["RestoreDBInstanceFromS3Message$"];
var named986 = exported["RestoreDBInstanceFromS3Result$"];
var named987 = exported["RestoreDBInstanceToPointInTime$"];
var named988 = exported["RestoreDBInstanceToPointInTimeCommand"];
var named989 = exported["RestoreDBInstanceToPointInTimeMessage$"];
var named990 = exported["RestoreDBInstanceToPointInTimeResult$"];
var named991 = exported["RestoreWindow$"];
var named992 = exported["RevokeDBSecurityGroupIngress$"];
var named993 = exported["RevokeDBSecurityGroupIngressCommand"];
var named994 = exported["RevokeDBSecurityGroupIngressMessage$"];
var named995 = exported["RevokeDBSecurityGroupIngressResult$"];
var named996 = exported["SNSInvalidTopicFault"];
var named997 = exported["SNSInvalidTopicFault$"];
var named998 = exported["SNSNoAuthorizationFault"];
var named999 = exported["SNSNoAuthorizationFault$"];
var named1000 = exported["SNSTopicArnNotFoundFault"];
var named1001 = exported["SNSTopicArnNotFoundFault$"];
var named1002 = exported["ScalarReferenceDetails$"];
var named1003 = exported["ScalingConfiguration$"];
var named1004 = exported["ScalingConfigurationInfo$"];
var named1005 = exported["ServerlessV2FeaturesSupport$"];
var named1006 = exported["ServerlessV2PlatformVersionInfo$"];
var named1007 = exported["ServerlessV2PlatformVersionsMessage$"];
var named1008 = exported["ServerlessV2ScalingConfiguration$"];
var named1009 = exported["ServerlessV2ScalingConfigurationInfo$"];
var named1010 = exported["SharedSnapshotQuotaExceededFault"];
var named1011 = exported["SharedSnapshotQuotaExceededFault$"];
var named1012 = exported["SnapshotQuotaExceededFault"];
var named1013 = exported["SnapshotQuotaExceededFault$"];
var named1014 = exported["SourceClusterNotSupportedFault"];
var named1015 = exported["SourceClusterNotSupportedFault$"];
var named1016 = exported["SourceDatabaseNotSupportedFault"];
var named1017 = exported["SourceDatabaseNotSupportedFault$"];
var named1018 = exported["SourceNotFoundFault"];
var named1019 = exported["SourceNotFoundFault$"];
var named1020 = exported["SourceRegion$"];
var named1021 = exported["SourceRegionMessage$"];
var named1022 = exported["SourceType"];
var named1023 = exported["StartActivityStream$"];
var named1024 = exported["StartActivityStreamCommand"];
var named1025 = exported["StartActivityStreamRequest$"];
var named1026 = exported["StartActivityStreamResponse$"];
var named1027 = exported["StartDBCluster$"];
var named1028 = exported["StartDBClusterCommand"];
var named1029 = exported["StartDBClusterMessage$"];
var named1030 = exported["StartDBClusterResult$"];
var named1031 = exported["StartDBInstance$"];
var named1032 = exported["StartDBInstanceAutomatedBackupsReplication$"];
var named1033 = exported["StartDBInstanceAutomatedBackupsReplicationCommand"];
var named1034 = exported["StartDBInstanceAutomatedBackupsReplicationMessage$"];
var named1035 = exported["StartDBInstanceAutomatedBackupsReplicationResult$"];
var named1036 = exported["StartDBInstanceCommand"];
var named1037 = exported["StartDBInstanceMessage$"];
var named1038 = exported["StartDBInstanceResult$"];
var named1039 = exported["StartExportTask$"];
var named1040 = exported["StartExportTaskCommand"];
var named1041 = exported["StartExportTaskMessage$"];
var named1042 = exported["StopActivityStream$"];
var named1043 = exported["StopActivityStreamCommand"];
var named1044 = exported["StopActivityStreamRequest$"];
var named1045 = exported["StopActivityStreamResponse$"];
var named1046 = exported["StopDBCluster$"];
var named1047 = exported["StopDBClusterCommand"];
var named1048 = exported["StopDBClusterMessage$"];
var named1049 = exported["StopDBClusterResult$"];
var named1050 = exported["StopDBInstance$"];
var named1051 = exported["StopDBInstanceAutomatedBackupsReplication$"];
var named1052 = exported["StopDBInstanceAutomatedBackupsReplicationCommand"];
var named1053 = exported["StopDBInstanceAutomatedBackupsReplicationMessage$"];
var named1054 = exported["StopDBInstanceAutomatedBackupsReplicationResult$"];
var named1055 = exported["StopDBInstanceCommand"];
var named1056 = exported["StopDBInstanceMessage$"];
var named1057 = exported["StopDBInstanceResult$"];
var named1058 = exported["StorageEncryptionType"];
var named1059 = exported["StorageQuotaExceededFault"];
var named1060 = exported["StorageQuotaExceededFault$"];
var named1061 = exported["StorageTypeNotAvailableFault"];
var named1062 = exported["StorageTypeNotAvailableFault$"];
var named1063 = exported["StorageTypeNotSupportedFault"];
var named1064 = exported["StorageTypeNotSupportedFault$"];
var named1065 = exported["Subnet$"];
var named1066 = exported["SubnetAlreadyInUse"];
var named1067 = exported["SubnetAlreadyInUse$"];
var named1068 = exported["SubscriptionAlreadyExistFault"];
var named1069 = exported["SubscriptionAlreadyExistFault$"];
var named1070 = exported["SubscriptionCategoryNotFoundFault"];
var named1071 = exported["SubscriptionCategoryNotFoundFault$"];
var named1072 = exported["SubscriptionNotFoundFault"];
var named1073 = exported["SubscriptionNotFoundFault$"];
var named1074 = exported["SupportedEngineLifecycle$"];
var named1075 = exported["SwitchoverBlueGreenDeployment$"];
var named1076 = exported["SwitchoverBlueGreenDeploymentCommand"];
var named1077 = exported["SwitchoverBlueGreenDeploymentRequest$"];
var named1078 = exported["SwitchoverBlueGreenDeploymentResponse$"];
var named1079 = exported["SwitchoverDetail$"];
var named1080 = exported["SwitchoverGlobalCluster$"];
var named1081 = exported["SwitchoverGlobalClusterCommand"];
var named1082 = exported["SwitchoverGlobalClusterMessage$"];
var named1083 = exported["SwitchoverGlobalClusterResult$"];
var named1084 = exported["SwitchoverReadReplica$"];
var named1085 = exported["SwitchoverReadReplicaCommand"];
var named1086 = exported["SwitchoverReadReplicaMessage$"];
var named1087 = exported["SwitchoverReadReplicaResult$"];
var named1088 = exported["Tag$"];
var named1089 = exported["TagListMessage$"];
var named1090 = exported["TagSpecification$"];
var named1091 = exported["TargetConnectionNetworkType"];
var named1092 = exported["TargetHealth$"];
var named1093 = exported["TargetHealthReason"];
var named1094 = exported["TargetResourceConfiguration$"];
var named1095 = exported["TargetRole"];
var named1096 = exported["TargetState"];
var named1097 = exported["TargetType"];
var named1098 = exported["TenantDatabase$"];
var named1099 = exported["TenantDatabaseAlreadyExistsFault"];
var named1100 = exported["TenantDatabaseAlreadyExistsFault$"];
var named1101 = exported["TenantDatabaseNotFoundFault"];
var named1102 = exported["TenantDatabaseNotFoundFault$"];
var named1103 = exported["TenantDatabasePendingModifiedValues$"];
var named1104 = exported["TenantDatabaseQuotaExceededFault"];
var named1105 = exported["TenantDatabaseQuotaExceededFault$"];
var named1106 = exported["TenantDatabasesMessage$"];
var named1107 = exported["Timezone$"];
var named1108 = exported["UnsupportedDBEngineVersionFault"];
var named1109 = exported["UnsupportedDBEngineVersionFault$"];
var named1110 = exported["UpgradeRolloutOrder"];
var named1111 = exported["UpgradeTarget$"];
var named1112 = exported["UserAuthConfig$"];
var named1113 = exported["UserAuthConfigInfo$"];
var named1114 = exported["ValidAdditionalStorageOptions$"];
var named1115 = exported["ValidDBInstanceModificationsMessage$"];
var named1116 = exported["ValidStorageOptions$"];
var named1117 = exported["ValidVolumeOptions$"];
var named1118 = exported["VpcEncryptionControlViolationException"];
var named1119 = exported["VpcEncryptionControlViolationException$"];
var named1120 = exported["VpcSecurityGroupMembership$"];
var named1121 = exported["WriteForwardingStatus"];
var named1122 = exported["__Client"];
var named1123 = exported["errorTypeRegistries"];
var named1124 = exported["paginateDescribeBlueGreenDeployments"];
var named1125 = exported["paginateDescribeCertificates"];
var named1126 = exported["paginateDescribeDBCapacityReservations"];
var named1127 = exported["paginateDescribeDBClusterAutomatedBackups"];
var named1128 = exported["paginateDescribeDBClusterBacktracks"];
var named1129 = exported["paginateDescribeDBClusterEndpoints"];
var named1130 = exported["paginateDescribeDBClusterParameterGroups"];
var named1131 = exported["paginateDescribeDBClusterParameters"];
var named1132 = exported["paginateDescribeDBClusterSnapshots"];
var named1133 = exported["paginateDescribeDBClusters"];
var named1134 = exported["paginateDescribeDBEngineVersions"];
var named1135 = exported["paginateDescribeDBInstanceAutomatedBackups"];
var named1136 = exported["paginateDescribeDBInstances"];
var named1137 = exported["paginateDescribeDBLogFiles"];
var named1138 = exported["paginateDescribeDBMajorEngineVersions"];
var named1139 = exported["paginateDescribeDBParameterGroups"];
var named1140 = exported["paginateDescribeDBParameters"];
var named1141 = exported["paginateDescribeDBProxies"];
var named1142 = exported["paginateDescribeDBProxyEndpoints"];
var named1143 = exported["paginateDescribeDBProxyTargetGroups"];
var named1144 = exported["paginateDescribeDBProxyTargets"];
var named1145 = exported["paginateDescribeDBRecommendations"];
var named1146 = exported["paginateDescribeDBSecurityGroups"];
var named1147 = exported["paginateDescribeDBSnapshotTenantDatabases"];
var named1148 = exported["paginateDescribeDBSnapshots"];
var named1149 = exported["paginateDescribeDBSubnetGroups"];
var named1150 = exported["paginateDescribeEngineDefaultClusterParameters"];
var named1151 = exported["paginateDescribeEngineDefaultParameters"];
var named1152 = exported["paginateDescribeEventSubscriptions"];
var named1153 = exported["paginateDescribeEvents"];
var named1154 = exported["paginateDescribeExportTasks"];
var named1155 = exported["paginateDescribeGlobalClusters"];
var named1156 = exported["paginateDescribeIntegrations"];
var named1157 = exported["paginateDescribeOptionGroupOptions"];
var named1158 = exported["paginateDescribeOptionGroups"];
var named1159 = exported["paginateDescribeOrderableDBInstanceOptions"];
var named1160 = exported["paginateDescribePendingMaintenanceActions"];
var named1161 = exported["paginateDescribeReservedDBInstances"];
var named1162 = exported["paginateDescribeReservedDBInstancesOfferings"];
var named1163 = exported["paginateDescribeServerlessV2PlatformVersions"];
var named1164 = exported["paginateDescribeSourceRegions"];
var named1165 = exported["paginateDescribeTenantDatabases"];
var named1166 = exported["paginateDownloadDBLogFilePortion"];
var named1167 = exported["waitForDBClusterAvailable"];
var named1168 = exported["waitForDBClusterDeleted"];
var named1169 = exported["waitForDBClusterSnapshotAvailable"];
var named1170 = exported["waitForDBClusterSnapshotDeleted"];
var named1171 = exported["waitForDBInstanceAvailable"];
var named1172 = exported["waitForDBInstanceDeleted"];
var named1173 = exported["waitForDBSnapshotAvailable"];
var named1174 = exported["waitForDBSnapshotDeleted"];
var named1175 = exported["waitForTenantDatabaseAvailable"];
var named1176 = exported["waitForTenantDatabaseDeleted"];
var named1177 = exported["waitUntilDBClusterAvailable"];
var named1178 = exported["waitUntilDBClusterDeleted"];
var named1179 = exported["waitUntilDBClusterSnapshotAvailable"];
var named1180 = exported["waitUntilDBClusterSnapshotDeleted"];
var named1181 = exported["waitUntilDBInstanceAvailable"];
var named1182 = exported["waitUntilDBInstanceDeleted"];
var named1183 = exported["waitUntilDBSnapshotAvailable"];
var named1184 = exported["waitUntilDBSnapshotDeleted"];
var named1185 = exported["waitUntilTenantDatabaseAvailable"];
var named1186 = exported["waitUntilTenantDatabaseDeleted"];
export {
  named0 as $Command,
  named1 as AccountAttributesMessage$,
  named2 as AccountQuota$,
  named3 as ActivityStreamMode,
  named4 as ActivityStreamPolicyStatus,
  named5 as ActivityStreamStatus,
  named6 as AddRoleToDBCluster$,
  named7 as AddRoleToDBClusterCommand,
  named8 as AddRoleToDBClusterMessage$,
  named9 as AddRoleToDBInstance$,
  named10 as AddRoleToDBInstanceCommand,
  named11 as AddRoleToDBInstanceMessage$,
  named12 as AddSourceIdentifierToSubscription$,
  named13 as AddSourceIdentifierToSubscriptionCommand,
  named14 as AddSourceIdentifierToSubscriptionMessage$,
  named15 as AddSourceIdentifierToSubscriptionResult$,
  named16 as AddTagsToResource$,
  named17 as AddTagsToResourceCommand,
  named18 as AddTagsToResourceMessage$,
  named19 as AdditionalStorageVolume$,
  named20 as AdditionalStorageVolumeOutput$,
  named21 as ApplyMethod,
  named22 as ApplyPendingMaintenanceAction$,
  named23 as ApplyPendingMaintenanceActionCommand,
  named24 as ApplyPendingMaintenanceActionMessage$,
  named25 as ApplyPendingMaintenanceActionResult$,
  named26 as AuditPolicyState,
  named27 as AuthScheme,
  named28 as AuthorizationAlreadyExistsFault,
  named29 as AuthorizationAlreadyExistsFault$,
  named30 as AuthorizationNotFoundFault,
  named31 as AuthorizationNotFoundFault$,
  named32 as AuthorizationQuotaExceededFault,
  named33 as AuthorizationQuotaExceededFault$,
  named34 as AuthorizeDBSecurityGroupIngress$,
  named35 as AuthorizeDBSecurityGroupIngressCommand,
  named36 as AuthorizeDBSecurityGroupIngressMessage$,
  named37 as AuthorizeDBSecurityGroupIngressResult$,
  named38 as AutomationMode,
  named39 as AvailabilityZone$,
  named40 as AvailableAdditionalStorageVolumesOption$,
  named41 as AvailableCapacityPerAvailabilityZone$,
  named42 as AvailableProcessorFeature$,
  named43 as BacktrackDBCluster$,
  named44 as BacktrackDBClusterCommand,
  named45 as BacktrackDBClusterMessage$,
  named46 as BackupPolicyNotFoundFault,
  named47 as BackupPolicyNotFoundFault$,
  named48 as BlueGreenDeployment$,
  named49 as BlueGreenDeploymentAlreadyExistsFault,
  named50 as BlueGreenDeploymentAlreadyExistsFault$,
  named51 as BlueGreenDeploymentNotFoundFault,
  named52 as BlueGreenDeploymentNotFoundFault$,
  named53 as BlueGreenDeploymentTask$,
  named54 as CancelDBCapacityReservation$,
  named55 as CancelDBCapacityReservationCommand,
  named56 as CancelDBCapacityReservationRequest$,
  named57 as CancelDBCapacityReservationResponse$,
  named58 as CancelExportTask$,
  named59 as CancelExportTaskCommand,
  named60 as CancelExportTaskMessage$,
  named61 as Certificate$,
  named62 as CertificateDetails$,
  named63 as CertificateMessage$,
  named64 as CertificateNotFoundFault,
  named65 as CertificateNotFoundFault$,
  named66 as CharacterSet$,
  named67 as ClientPasswordAuthType,
  named68 as CloudwatchLogsExportConfiguration$,
  named69 as ClusterPendingModifiedValues$,
  named70 as ClusterScalabilityType,
  named71 as ConnectionPoolConfiguration$,
  named72 as ConnectionPoolConfigurationInfo$,
  named73 as ContextAttribute$,
  named74 as CopyDBClusterParameterGroup$,
  named75 as CopyDBClusterParameterGroupCommand,
  named76 as CopyDBClusterParameterGroupMessage$,
  named77 as CopyDBClusterParameterGroupResult$,
  named78 as CopyDBClusterSnapshot$,
  named79 as CopyDBClusterSnapshotCommand,
  named80 as CopyDBClusterSnapshotMessage$,
  named81 as CopyDBClusterSnapshotResult$,
  named82 as CopyDBParameterGroup$,
  named83 as CopyDBParameterGroupCommand,
  named84 as CopyDBParameterGroupMessage$,
  named85 as CopyDBParameterGroupResult$,
  named86 as CopyDBSnapshot$,
  named87 as CopyDBSnapshotCommand,
  named88 as CopyDBSnapshotMessage$,
  named89 as CopyDBSnapshotResult$,
  named90 as CopyOptionGroup$,
  named91 as CopyOptionGroupCommand,
  named92 as CopyOptionGroupMessage$,
  named93 as CopyOptionGroupResult$,
  named94 as CreateBlueGreenDeployment$,
  named95 as CreateBlueGreenDeploymentCommand,
  named96 as CreateBlueGreenDeploymentRequest$,
  named97 as CreateBlueGreenDeploymentResponse$,
  named98 as CreateCustomDBEngineVersion$,
  named99 as CreateCustomDBEngineVersionCommand,
  named100 as CreateCustomDBEngineVersionFault,
  named101 as CreateCustomDBEngineVersionFault$,
  named102 as CreateCustomDBEngineVersionMessage$,
  named103 as CreateDBCapacityReservation$,
  named104 as CreateDBCapacityReservationCommand,
  named105 as CreateDBCapacityReservationRequest$,
  named106 as CreateDBCapacityReservationResponse$,
  named107 as CreateDBCluster$,
  named108 as CreateDBClusterCommand,
  named109 as CreateDBClusterEndpoint$,
  named110 as CreateDBClusterEndpointCommand,
  named111 as CreateDBClusterEndpointMessage$,
  named112 as CreateDBClusterMessage$,
  named113 as CreateDBClusterParameterGroup$,
  named114 as CreateDBClusterParameterGroupCommand,
  named115 as CreateDBClusterParameterGroupMessage$,
  named116 as CreateDBClusterParameterGroupResult$,
  named117 as CreateDBClusterResult$,
  named118 as CreateDBClusterSnapshot$,
  named119 as CreateDBClusterSnapshotCommand,
  named120 as CreateDBClusterSnapshotMessage$,
  named121 as CreateDBClusterSnapshotResult$,
  named122 as CreateDBInstance$,
  named123 as CreateDBInstanceCommand,
  named124 as CreateDBInstanceMessage$,
  named125 as CreateDBInstanceReadReplica$,
  named126 as CreateDBInstanceReadReplicaCommand,
  named127 as CreateDBInstanceReadReplicaMessage$,
  named128 as CreateDBInstanceReadReplicaResult$,
  named129 as CreateDBInstanceResult$,
  named130 as CreateDBParameterGroup$,
  named131 as CreateDBParameterGroupCommand,
  named132 as CreateDBParameterGroupMessage$,
  named133 as CreateDBParameterGroupResult$,
  named134 as CreateDBProxy$,
  named135 as CreateDBProxyCommand,
  named136 as CreateDBProxyEndpoint$,
  named137 as CreateDBProxyEndpointCommand,
  named138 as CreateDBProxyEndpointRequest$,
  named139 as CreateDBProxyEndpointResponse$,
  named140 as CreateDBProxyRequest$,
  named141 as CreateDBProxyResponse$,
  named142 as CreateDBSecurityGroup$,
  named143 as CreateDBSecurityGroupCommand,
  named144 as CreateDBSecurityGroupMessage$,
  named145 as CreateDBSecurityGroupResult$,
  named146 as CreateDBShardGroup$,
  named147 as CreateDBShardGroupCommand,
  named148 as CreateDBShardGroupMessage$,
  named149 as CreateDBSnapshot$,
  named150 as CreateDBSnapshotCommand,
  named151 as CreateDBSnapshotMessage$,
  named152 as CreateDBSnapshotResult$,
  named153 as CreateDBSubnetGroup$,
  named154 as CreateDBSubnetGroupCommand,
  named155 as CreateDBSubnetGroupMessage$,
  named156 as CreateDBSubnetGroupResult$,
  named157 as CreateEventSubscription$,
  named158 as CreateEventSubscriptionCommand,
  named159 as CreateEventSubscriptionMessage$,
  named160 as CreateEventSubscriptionResult$,
  named161 as CreateGlobalCluster$,
  named162 as CreateGlobalClusterCommand,
  named163 as CreateGlobalClusterMessage$,
  named164 as CreateGlobalClusterResult$,
  named165 as CreateIntegration$,
  named166 as CreateIntegrationCommand,
  named167 as CreateIntegrationMessage$,
  named168 as CreateOptionGroup$,
  named169 as CreateOptionGroupCommand,
  named170 as CreateOptionGroupMessage$,
  named171 as CreateOptionGroupResult$,
  named172 as CreateTenantDatabase$,
  named173 as CreateTenantDatabaseCommand,
  named174 as CreateTenantDatabaseMessage$,
  named175 as CreateTenantDatabaseResult$,
  named176 as CustomAvailabilityZoneNotFoundFault,
  named177 as CustomAvailabilityZoneNotFoundFault$,
  named178 as CustomDBEngineVersionAMI$,
  named179 as CustomDBEngineVersionAlreadyExistsFault,
  named180 as CustomDBEngineVersionAlreadyExistsFault$,
  named181 as CustomDBEngineVersionNotFoundFault,
  named182 as CustomDBEngineVersionNotFoundFault$,
  named183 as CustomDBEngineVersionQuotaExceededFault,
  named184 as CustomDBEngineVersionQuotaExceededFault$,
  named185 as CustomEngineVersionStatus,
  named186 as DBCapacityReservation$,
  named187 as DBCapacityReservationAlreadyExistsFault,
  named188 as DBCapacityReservationAlreadyExistsFault$,
  named189 as DBCapacityReservationCommitmentInfo$,
  named190 as DBCapacityReservationNotFoundFault,
  named191 as DBCapacityReservationNotFoundFault$,
  named192 as DBCapacityReservationState,
  named193 as DBCapacityReservationUnsupportedFault,
  named194 as DBCapacityReservationUnsupportedFault$,
  named195 as DBCluster$,
  named196 as DBClusterAlreadyExistsFault,
  named197 as DBClusterAlreadyExistsFault$,
  named198 as DBClusterAssociatedRole$,
  named199 as DBClusterAutomatedBackup$,
  named200 as DBClusterAutomatedBackupMessage$,
  named201 as DBClusterAutomatedBackupNotFoundFault,
  named202 as DBClusterAutomatedBackupNotFoundFault$,
  named203 as DBClusterAutomatedBackupQuotaExceededFault,
  named204 as DBClusterAutomatedBackupQuotaExceededFault$,
  named205 as DBClusterBacktrack$,
  named206 as DBClusterBacktrackMessage$,
  named207 as DBClusterBacktrackNotFoundFault,
  named208 as DBClusterBacktrackNotFoundFault$,
  named209 as DBClusterCapacityInfo$,
  named210 as DBClusterEndpoint$,
  named211 as DBClusterEndpointAlreadyExistsFault,
  named212 as DBClusterEndpointAlreadyExistsFault$,
  named213 as DBClusterEndpointMessage$,
  named214 as DBClusterEndpointNotFoundFault,
  named215 as DBClusterEndpointNotFoundFault$,
  named216 as DBClusterEndpointQuotaExceededFault,
  named217 as DBClusterEndpointQuotaExceededFault$,
  named218 as DBClusterMember$,
  named219 as DBClusterMessage$,
  named220 as DBClusterNotFoundFault,
  named221 as DBClusterNotFoundFault$,
  named222 as DBClusterOptionGroupStatus$,
  named223 as DBClusterParameterGroup$,
  named224 as DBClusterParameterGroupDetails$,
  named225 as DBClusterParameterGroupNameMessage$,
  named226 as DBClusterParameterGroupNotFoundFault,
  named227 as DBClusterParameterGroupNotFoundFault$,
  named228 as DBClusterParameterGroupsMessage$,
  named229 as DBClusterQuotaExceededFault,
  named230 as DBClusterQuotaExceededFault$,
  named231 as DBClusterRole$,
  named232 as DBClusterRoleAlreadyExistsFault,
  named233 as DBClusterRoleAlreadyExistsFault$,
  named234 as DBClusterRoleNotFoundFault,
  named235 as DBClusterRoleNotFoundFault$,
  named236 as DBClusterRoleQuotaExceededFault,
  named237 as DBClusterRoleQuotaExceededFault$,
  named238 as DBClusterSnapshot$,
  named239 as DBClusterSnapshotAlreadyExistsFault,
  named240 as DBClusterSnapshotAlreadyExistsFault$,
  named241 as DBClusterSnapshotAttribute$,
  named242 as DBClusterSnapshotAttributesResult$,
  named243 as DBClusterSnapshotMessage$,
  named244 as DBClusterSnapshotNotFoundFault,
  named245 as DBClusterSnapshotNotFoundFault$,
  named246 as DBClusterStatusInfo$,
  named247 as DBEngineVersion$,
  named248 as DBEngineVersionMessage$,
  named249 as DBInstance$,
  named250 as DBInstanceAlreadyExistsFault,
  named251 as DBInstanceAlreadyExistsFault$,
  named252 as DBInstanceAutomatedBackup$,
  named253 as DBInstanceAutomatedBackupMessage$,
  named254 as DBInstanceAutomatedBackupNotFoundFault,
  named255 as DBInstanceAutomatedBackupNotFoundFault$,
  named256 as DBInstanceAutomatedBackupQuotaExceededFault,
  named257 as DBInstanceAutomatedBackupQuotaExceededFault$,
  named258 as DBInstanceAutomatedBackupsReplication$,
  named259 as DBInstanceMessage$,
  named260 as DBInstanceNotFoundFault,
  named261 as DBInstanceNotFoundFault$,
  named262 as DBInstanceNotReadyFault,
  named263 as DBInstanceNotReadyFault$,
  named264 as DBInstanceRole$,
  named265 as DBInstanceRoleAlreadyExistsFault,
  named266 as DBInstanceRoleAlreadyExistsFault$,
  named267 as DBInstanceRoleNotFoundFault,
  named268 as DBInstanceRoleNotFoundFault$,
  named269 as DBInstanceRoleQuotaExceededFault,
  named270 as DBInstanceRoleQuotaExceededFault$,
  named271 as DBInstanceStatusInfo$,
  named272 as DBLogFileNotFoundFault,
  named273 as DBLogFileNotFoundFault$,
  named274 as DBMajorEngineVersion$,
  named275 as DBParameterGroup$,
  named276 as DBParameterGroupAlreadyExistsFault,
  named277 as DBParameterGroupAlreadyExistsFault$,
  named278 as DBParameterGroupDetails$,
  named279 as DBParameterGroupNameMessage$,
  named280 as DBParameterGroupNotFoundFault,
  named281 as DBParameterGroupNotFoundFault$,
  named282 as DBParameterGroupQuotaExceededFault,
  named283 as DBParameterGroupQuotaExceededFault$,
  named284 as DBParameterGroupStatus$,
  named285 as DBParameterGroupsMessage$,
  named286 as DBProxy$,
  named287 as DBProxyAlreadyExistsFault,
  named288 as DBProxyAlreadyExistsFault$,
  named289 as DBProxyEndpoint$,
  named290 as DBProxyEndpointAlreadyExistsFault,
  named291 as DBProxyEndpointAlreadyExistsFault$,
  named292 as DBProxyEndpointNotFoundFault,
  named293 as DBProxyEndpointNotFoundFault$,
  named294 as DBProxyEndpointQuotaExceededFault,
  named295 as DBProxyEndpointQuotaExceededFault$,
  named296 as DBProxyEndpointStatus,
  named297 as DBProxyEndpointTargetRole,
  named298 as DBProxyNotFoundFault,
  named299 as DBProxyNotFoundFault$,
  named300 as DBProxyQuotaExceededFault,
  named301 as DBProxyQuotaExceededFault$,
  named302 as DBProxyStatus,
  named303 as DBProxyTarget$,
  named304 as DBProxyTargetAlreadyRegisteredFault,
  named305 as DBProxyTargetAlreadyRegisteredFault$,
  named306 as DBProxyTargetGroup$,
  named307 as DBProxyTargetGroupNotFoundFault,
  named308 as DBProxyTargetGroupNotFoundFault$,
  named309 as DBProxyTargetNotFoundFault,
  named310 as DBProxyTargetNotFoundFault$,
  named311 as DBRecommendation$,
  named312 as DBRecommendationMessage$,
  named313 as DBRecommendationsMessage$,
  named314 as DBSecurityGroup$,
  named315 as DBSecurityGroupAlreadyExistsFault,
  named316 as DBSecurityGroupAlreadyExistsFault$,
  named317 as DBSecurityGroupMembership$,
  named318 as DBSecurityGroupMessage$,
  named319 as DBSecurityGroupNotFoundFault,
  named320 as DBSecurityGroupNotFoundFault$,
  named321 as DBSecurityGroupNotSupportedFault,
  named322 as DBSecurityGroupNotSupportedFault$,
  named323 as DBSecurityGroupQuotaExceededFault,
  named324 as DBSecurityGroupQuotaExceededFault$,
  named325 as DBShardGroup$,
  named326 as DBShardGroupAlreadyExistsFault,
  named327 as DBShardGroupAlreadyExistsFault$,
  named328 as DBShardGroupNotFoundFault,
  named329 as DBShardGroupNotFoundFault$,
  named330 as DBSnapshot$,
  named331 as DBSnapshotAlreadyExistsFault,
  named332 as DBSnapshotAlreadyExistsFault$,
  named333 as DBSnapshotAttribute$,
  named334 as DBSnapshotAttributesResult$,
  named335 as DBSnapshotMessage$,
  named336 as DBSnapshotNotFoundFault,
  named337 as DBSnapshotNotFoundFault$,
  named338 as DBSnapshotTenantDatabase$,
  named339 as DBSnapshotTenantDatabaseNotFoundFault,
  named340 as DBSnapshotTenantDatabaseNotFoundFault$,
  named341 as DBSnapshotTenantDatabasesMessage$,
  named342 as DBSubnetGroup$,
  named343 as DBSubnetGroupAlreadyExistsFault,
  named344 as DBSubnetGroupAlreadyExistsFault$,
  named345 as DBSubnetGroupDoesNotCoverEnoughAZs,
  named346 as DBSubnetGroupDoesNotCoverEnoughAZs$,
  named347 as DBSubnetGroupMessage$,
  named348 as DBSubnetGroupNotAllowedFault,
  named349 as DBSubnetGroupNotAllowedFault$,
  named350 as DBSubnetGroupNotFoundFault,
  named351 as DBSubnetGroupNotFoundFault$,
  named352 as DBSubnetGroupQuotaExceededFault,
  named353 as DBSubnetGroupQuotaExceededFault$,
  named354 as DBSubnetQuotaExceededFault,
  named355 as DBSubnetQuotaExceededFault$,
  named356 as DBUpgradeDependencyFailureFault,
  named357 as DBUpgradeDependencyFailureFault$,
  named358 as DatabaseInsightsMode,
  named359 as DefaultAuthScheme,
  named360 as DeleteBlueGreenDeployment$,
  named361 as DeleteBlueGreenDeploymentCommand,
  named362 as DeleteBlueGreenDeploymentRequest$,
  named363 as DeleteBlueGreenDeploymentResponse$,
  named364 as DeleteCustomDBEngineVersion$,
  named365 as DeleteCustomDBEngineVersionCommand,
  named366 as DeleteCustomDBEngineVersionMessage$,
  named367 as DeleteDBCluster$,
  named368 as DeleteDBClusterAutomatedBackup$,
  named369 as DeleteDBClusterAutomatedBackupCommand,
  named370 as DeleteDBClusterAutomatedBackupMessage$,
  named371 as DeleteDBClusterAutomatedBackupResult$,
  named372 as DeleteDBClusterCommand,
  named373 as DeleteDBClusterEndpoint$,
  named374 as DeleteDBClusterEndpointCommand,
  named375 as DeleteDBClusterEndpointMessage$,
  named376 as DeleteDBClusterMessage$,
  named377 as DeleteDBClusterParameterGroup$,
  named378 as DeleteDBClusterParameterGroupCommand,
  named379 as DeleteDBClusterParameterGroupMessage$,
  named380 as DeleteDBClusterResult$,
  named381 as DeleteDBClusterSnapshot$,
  named382 as DeleteDBClusterSnapshotCommand,
  named383 as DeleteDBClusterSnapshotMessage$,
  named384 as DeleteDBClusterSnapshotResult$,
  named385 as DeleteDBInstance$,
  named386 as DeleteDBInstanceAutomatedBackup$,
  named387 as DeleteDBInstanceAutomatedBackupCommand,
  named388 as DeleteDBInstanceAutomatedBackupMessage$,
  named389 as DeleteDBInstanceAutomatedBackupResult$,
  named390 as DeleteDBInstanceCommand,
  named391 as DeleteDBInstanceMessage$,
  named392 as DeleteDBInstanceResult$,
  named393 as DeleteDBParameterGroup$,
  named394 as DeleteDBParameterGroupCommand,
  named395 as DeleteDBParameterGroupMessage$,
  named396 as DeleteDBProxy$,
  named397 as DeleteDBProxyCommand,
  named398 as DeleteDBProxyEndpoint$,
  named399 as DeleteDBProxyEndpointCommand,
  named400 as DeleteDBProxyEndpointRequest$,
  named401 as DeleteDBProxyEndpointResponse$,
  named402 as DeleteDBProxyRequest$,
  named403 as DeleteDBProxyResponse$,
  named404 as DeleteDBSecurityGroup$,
  named405 as DeleteDBSecurityGroupCommand,
  named406 as DeleteDBSecurityGroupMessage$,
  named407 as DeleteDBShardGroup$,
  named408 as DeleteDBShardGroupCommand,
  named409 as DeleteDBShardGroupMessage$,
  named410 as DeleteDBSnapshot$,
  named411 as DeleteDBSnapshotCommand,
  named412 as DeleteDBSnapshotMessage$,
  named413 as DeleteDBSnapshotResult$,
  named414 as DeleteDBSubnetGroup$,
  named415 as DeleteDBSubnetGroupCommand,
  named416 as DeleteDBSubnetGroupMessage$,
  named417 as DeleteEventSubscription$,
  named418 as DeleteEventSubscriptionCommand,
  named419 as DeleteEventSubscriptionMessage$,
  named420 as DeleteEventSubscriptionResult$,
  named421 as DeleteGlobalCluster$,
  named422 as DeleteGlobalClusterCommand,
  named423 as DeleteGlobalClusterMessage$,
  named424 as DeleteGlobalClusterResult$,
  named425 as DeleteIntegration$,
  named426 as DeleteIntegrationCommand,
  named427 as DeleteIntegrationMessage$,
  named428 as DeleteOptionGroup$,
  named429 as DeleteOptionGroupCommand,
  named430 as DeleteOptionGroupMessage$,
  named431 as DeleteTenantDatabase$,
  named432 as DeleteTenantDatabaseCommand,
  named433 as DeleteTenantDatabaseMessage$,
  named434 as DeleteTenantDatabaseResult$,
  named435 as DeregisterDBProxyTargets$,
  named436 as DeregisterDBProxyTargetsCommand,
  named437 as DeregisterDBProxyTargetsRequest$,
  named438 as DeregisterDBProxyTargetsResponse$,
  named439 as DescribeAccountAttributes$,
  named440 as DescribeAccountAttributesCommand,
  named441 as DescribeAccountAttributesMessage$,
  named442 as DescribeBlueGreenDeployments$,
  named443 as DescribeBlueGreenDeploymentsCommand,
  named444 as DescribeBlueGreenDeploymentsRequest$,
  named445 as DescribeBlueGreenDeploymentsResponse$,
  named446 as DescribeCertificates$,
  named447 as DescribeCertificatesCommand,
  named448 as DescribeCertificatesMessage$,
  named449 as DescribeDBCapacityReservations$,
  named450 as DescribeDBCapacityReservationsCommand,
  named451 as DescribeDBCapacityReservationsRequest$,
  named452 as DescribeDBCapacityReservationsResponse$,
  named453 as DescribeDBClusterAutomatedBackups$,
  named454 as DescribeDBClusterAutomatedBackupsCommand,
  named455 as DescribeDBClusterAutomatedBackupsMessage$,
  named456 as DescribeDBClusterBacktracks$,
  named457 as DescribeDBClusterBacktracksCommand,
  named458 as DescribeDBClusterBacktracksMessage$,
  named459 as DescribeDBClusterEndpoints$,
  named460 as DescribeDBClusterEndpointsCommand,
  named461 as DescribeDBClusterEndpointsMessage$,
  named462 as DescribeDBClusterParameterGroups$,
  named463 as DescribeDBClusterParameterGroupsCommand,
  named464 as DescribeDBClusterParameterGroupsMessage$,
  named465 as DescribeDBClusterParameters$,
  named466 as DescribeDBClusterParametersCommand,
  named467 as DescribeDBClusterParametersMessage$,
  named468 as DescribeDBClusterSnapshotAttributes$,
  named469 as DescribeDBClusterSnapshotAttributesCommand,
  named470 as DescribeDBClusterSnapshotAttributesMessage$,
  named471 as DescribeDBClusterSnapshotAttributesResult$,
  named472 as DescribeDBClusterSnapshots$,
  named473 as DescribeDBClusterSnapshotsCommand,
  named474 as DescribeDBClusterSnapshotsMessage$,
  named475 as DescribeDBClusters$,
  named476 as DescribeDBClustersCommand,
  named477 as DescribeDBClustersMessage$,
  named478 as DescribeDBEngineVersions$,
  named479 as DescribeDBEngineVersionsCommand,
  named480 as DescribeDBEngineVersionsMessage$,
  named481 as DescribeDBInstanceAutomatedBackups$,
  named482 as DescribeDBInstanceAutomatedBackupsCommand,
  named483 as DescribeDBInstanceAutomatedBackupsMessage$,
  named484 as DescribeDBInstances$,
  named485 as DescribeDBInstancesCommand,
  named486 as DescribeDBInstancesMessage$,
  named487 as DescribeDBLogFiles$,
  named488 as DescribeDBLogFilesCommand,
  named489 as DescribeDBLogFilesDetails$,
  named490 as DescribeDBLogFilesMessage$,
  named491 as DescribeDBLogFilesResponse$,
  named492 as DescribeDBMajorEngineVersions$,
  named493 as DescribeDBMajorEngineVersionsCommand,
  named494 as DescribeDBMajorEngineVersionsRequest$,
  named495 as DescribeDBMajorEngineVersionsResponse$,
  named496 as DescribeDBParameterGroups$,
  named497 as DescribeDBParameterGroupsCommand,
  named498 as DescribeDBParameterGroupsMessage$,
  named499 as DescribeDBParameters$,
  named500 as DescribeDBParametersCommand,
  named501 as DescribeDBParametersMessage$,
  named502 as DescribeDBProxies$,
  named503 as DescribeDBProxiesCommand,
  named504 as DescribeDBProxiesRequest$,
  named505 as DescribeDBProxiesResponse$,
  named506 as DescribeDBProxyEndpoints$,
  named507 as DescribeDBProxyEndpointsCommand,
  named508 as DescribeDBProxyEndpointsRequest$,
  named509 as DescribeDBProxyEndpointsResponse$,
  named510 as DescribeDBProxyTargetGroups$,
  named511 as DescribeDBProxyTargetGroupsCommand,
  named512 as DescribeDBProxyTargetGroupsRequest$,
  named513 as DescribeDBProxyTargetGroupsResponse$,
  named514 as DescribeDBProxyTargets$,
  named515 as DescribeDBProxyTargetsCommand,
  named516 as DescribeDBProxyTargetsRequest$,
  named517 as DescribeDBProxyTargetsResponse$,
  named518 as DescribeDBRecommendations$,
  named519 as DescribeDBRecommendationsCommand,
  named520 as DescribeDBRecommendationsMessage$,
  named521 as DescribeDBSecurityGroups$,
  named522 as DescribeDBSecurityGroupsCommand,
  named523 as DescribeDBSecurityGroupsMessage$,
  named524 as DescribeDBShardGroups$,
  named525 as DescribeDBShardGroupsCommand,
  named526 as DescribeDBShardGroupsMessage$,
  named527 as DescribeDBShardGroupsResponse$,
  named528 as DescribeDBSnapshotAttributes$,
  named529 as DescribeDBSnapshotAttributesCommand,
  named530 as DescribeDBSnapshotAttributesMessage$,
  named531 as DescribeDBSnapshotAttributesResult$,
  named532 as DescribeDBSnapshotTenantDatabases$,
  named533 as DescribeDBSnapshotTenantDatabasesCommand,
  named534 as DescribeDBSnapshotTenantDatabasesMessage$,
  named535 as DescribeDBSnapshots$,
  named536 as DescribeDBSnapshotsCommand,
  named537 as DescribeDBSnapshotsMessage$,
  named538 as DescribeDBSubnetGroups$,
  named539 as DescribeDBSubnetGroupsCommand,
  named540 as DescribeDBSubnetGroupsMessage$,
  named541 as DescribeEngineDefaultClusterParameters$,
  named542 as DescribeEngineDefaultClusterParametersCommand,
  named543 as DescribeEngineDefaultClusterParametersMessage$,
  named544 as DescribeEngineDefaultClusterParametersResult$,
  named545 as DescribeEngineDefaultParameters$,
  named546 as DescribeEngineDefaultParametersCommand,
  named547 as DescribeEngineDefaultParametersMessage$,
  named548 as DescribeEngineDefaultParametersResult$,
  named549 as DescribeEventCategories$,
  named550 as DescribeEventCategoriesCommand,
  named551 as DescribeEventCategoriesMessage$,
  named552 as DescribeEventSubscriptions$,
  named553 as DescribeEventSubscriptionsCommand,
  named554 as DescribeEventSubscriptionsMessage$,
  named555 as DescribeEvents$,
  named556 as DescribeEventsCommand,
  named557 as DescribeEventsMessage$,
  named558 as DescribeExportTasks$,
  named559 as DescribeExportTasksCommand,
  named560 as DescribeExportTasksMessage$,
  named561 as DescribeGlobalClusters$,
  named562 as DescribeGlobalClustersCommand,
  named563 as DescribeGlobalClustersMessage$,
  named564 as DescribeIntegrations$,
  named565 as DescribeIntegrationsCommand,
  named566 as DescribeIntegrationsMessage$,
  named567 as DescribeIntegrationsResponse$,
  named568 as DescribeOptionGroupOptions$,
  named569 as DescribeOptionGroupOptionsCommand,
  named570 as DescribeOptionGroupOptionsMessage$,
  named571 as DescribeOptionGroups$,
  named572 as DescribeOptionGroupsCommand,
  named573 as DescribeOptionGroupsMessage$,
  named574 as DescribeOrderableDBInstanceOptions$,
  named575 as DescribeOrderableDBInstanceOptionsCommand,
  named576 as DescribeOrderableDBInstanceOptionsMessage$,
  named577 as DescribePendingMaintenanceActions$,
  named578 as DescribePendingMaintenanceActionsCommand,
  named579 as DescribePendingMaintenanceActionsMessage$,
  named580 as DescribeReservedDBInstances$,
  named581 as DescribeReservedDBInstancesCommand,
  named582 as DescribeReservedDBInstancesMessage$,
  named583 as DescribeReservedDBInstancesOfferings$,
  named584 as DescribeReservedDBInstancesOfferingsCommand,
  named585 as DescribeReservedDBInstancesOfferingsMessage$,
  named586 as DescribeServerlessV2PlatformVersions$,
  named587 as DescribeServerlessV2PlatformVersionsCommand,
  named588 as DescribeServerlessV2PlatformVersionsMessage$,
  named589 as DescribeSourceRegions$,
  named590 as DescribeSourceRegionsCommand,
  named591 as DescribeSourceRegionsMessage$,
  named592 as DescribeTenantDatabases$,
  named593 as DescribeTenantDatabasesCommand,
  named594 as DescribeTenantDatabasesMessage$,
  named595 as DescribeValidDBInstanceModifications$,
  named596 as DescribeValidDBInstanceModificationsCommand,
  named597 as DescribeValidDBInstanceModificationsMessage$,
  named598 as DescribeValidDBInstanceModificationsResult$,
  named599 as DisableHttpEndpoint$,
  named600 as DisableHttpEndpointCommand,
  named601 as DisableHttpEndpointRequest$,
  named602 as DisableHttpEndpointResponse$,
  named603 as DocLink$,
  named604 as DomainMembership$,
  named605 as DomainNotFoundFault,
  named606 as DomainNotFoundFault$,
  named607 as DoubleRange$,
  named608 as DownloadDBLogFilePortion$,
  named609 as DownloadDBLogFilePortionCommand,
  named610 as DownloadDBLogFilePortionDetails$,
  named611 as DownloadDBLogFilePortionMessage$,
  named612 as EC2SecurityGroup$,
  named613 as Ec2ImagePropertiesNotSupportedFault,
  named614 as Ec2ImagePropertiesNotSupportedFault$,
  named615 as EnableHttpEndpoint$,
  named616 as EnableHttpEndpointCommand,
  named617 as EnableHttpEndpointRequest$,
  named618 as EnableHttpEndpointResponse$,
  named619 as EndDateType,
  named620 as Endpoint$,
  named621 as EndpointNetworkType,
  named622 as EngineDefaults$,
  named623 as EngineFamily,
  named624 as Event$,
  named625 as EventCategoriesMap$,
  named626 as EventCategoriesMessage$,
  named627 as EventSubscription$,
  named628 as EventSubscriptionQuotaExceededFault,
  named629 as EventSubscriptionQuotaExceededFault$,
  named630 as EventSubscriptionsMessage$,
  named631 as EventsMessage$,
  named632 as ExportSourceType,
  named633 as ExportTask$,
  named634 as ExportTaskAlreadyExistsFault,
  named635 as ExportTaskAlreadyExistsFault$,
  named636 as ExportTaskNotFoundFault,
  named637 as ExportTaskNotFoundFault$,
  named638 as ExportTasksMessage$,
  named639 as FailoverDBCluster$,
  named640 as FailoverDBClusterCommand,
  named641 as FailoverDBClusterMessage$,
  named642 as FailoverDBClusterResult$,
  named643 as FailoverGlobalCluster$,
  named644 as FailoverGlobalClusterCommand,
  named645 as FailoverGlobalClusterMessage$,
  named646 as FailoverGlobalClusterResult$,
  named647 as FailoverState$,
  named648 as FailoverStatus,
  named649 as Filter$,
  named650 as GlobalCluster$,
  named651 as GlobalClusterAlreadyExistsFault,
  named652 as GlobalClusterAlreadyExistsFault$,
  named653 as GlobalClusterMember$,
  named654 as GlobalClusterMemberSynchronizationStatus,
  named655 as GlobalClusterNotFoundFault,
  named656 as GlobalClusterNotFoundFault$,
  named657 as GlobalClusterQuotaExceededFault,
  named658 as GlobalClusterQuotaExceededFault$,
  named659 as GlobalClustersMessage$,
  named660 as IAMAuthMode,
  named661 as IPRange$,
  named662 as IamRoleMissingPermissionsFault,
  named663 as IamRoleMissingPermissionsFault$,
  named664 as IamRoleNotFoundFault,
  named665 as IamRoleNotFoundFault$,
  named666 as InstanceQuotaExceededFault,
  named667 as InstanceQuotaExceededFault$,
  named668 as InsufficientAvailableIPsInSubnetFault,
  named669 as InsufficientAvailableIPsInSubnetFault$,
  named670 as InsufficientDBClusterCapacityFault,
  named671 as InsufficientDBClusterCapacityFault$,
  named672 as InsufficientDBInstanceCapacityFault,
  named673 as InsufficientDBInstanceCapacityFault$,
  named674 as InsufficientStorageClusterCapacityFault,
  named675 as InsufficientStorageClusterCapacityFault$,
  named676 as Integration$,
  named677 as IntegrationAlreadyExistsFault,
  named678 as IntegrationAlreadyExistsFault$,
  named679 as IntegrationConflictOperationFault,
  named680 as IntegrationConflictOperationFault$,
  named681 as IntegrationError$,
  named682 as IntegrationNotFoundFault,
  named683 as IntegrationNotFoundFault$,
  named684 as IntegrationQuotaExceededFault,
  named685 as IntegrationQuotaExceededFault$,
  named686 as IntegrationStatus,
  named687 as InvalidBlueGreenDeploymentStateFault,
  named688 as InvalidBlueGreenDeploymentStateFault$,
  named689 as InvalidCustomDBEngineVersionStateFault,
  named690 as InvalidCustomDBEngineVersionStateFault$,
  named691 as InvalidDBCapacityReservationStateFault,
  named692 as InvalidDBCapacityReservationStateFault$,
  named693 as InvalidDBClusterAutomatedBackupStateFault,
  named694 as InvalidDBClusterAutomatedBackupStateFault$,
  named695 as InvalidDBClusterCapacityFault,
  named696 as InvalidDBClusterCapacityFault$,
  named697 as InvalidDBClusterEndpointStateFault,
  named698 as InvalidDBClusterEndpointStateFault$,
  named699 as InvalidDBClusterSnapshotStateFault,
  named700 as InvalidDBClusterSnapshotStateFault$,
  named701 as InvalidDBClusterStateFault,
  named702 as InvalidDBClusterStateFault$,
  named703 as InvalidDBInstanceAutomatedBackupStateFault,
  named704 as InvalidDBInstanceAutomatedBackupStateFault$,
  named705 as InvalidDBInstanceStateFault,
  named706 as InvalidDBInstanceStateFault$,
  named707 as InvalidDBParameterGroupStateFault,
  named708 as InvalidDBParameterGroupStateFault$,
  named709 as InvalidDBProxyEndpointStateFault,
  named710 as InvalidDBProxyEndpointStateFault$,
  named711 as InvalidDBProxyStateFault,
  named712 as InvalidDBProxyStateFault$,
  named713 as InvalidDBSecurityGroupStateFault,
  named714 as InvalidDBSecurityGroupStateFault$,
  named715 as InvalidDBShardGroupStateFault,
  named716 as InvalidDBShardGroupStateFault$,
  named717 as InvalidDBSnapshotStateFault,
  named718 as InvalidDBSnapshotStateFault$,
  named719 as InvalidDBSubnetGroupFault,
  named720 as InvalidDBSubnetGroupFault$,
  named721 as InvalidDBSubnetGroupStateFault,
  named722 as InvalidDBSubnetGroupStateFault$,
  named723 as InvalidDBSubnetStateFault,
  named724 as InvalidDBSubnetStateFault$,
  named725 as InvalidEventSubscriptionStateFault,
  named726 as InvalidEventSubscriptionStateFault$,
  named727 as InvalidExportOnlyFault,
  named728 as InvalidExportOnlyFault$,
  named729 as InvalidExportSourceStateFault,
  named730 as InvalidExportSourceStateFault$,
  named731 as InvalidExportTaskStateFault,
  named732 as InvalidExportTaskStateFault$,
  named733 as InvalidGlobalClusterStateFault,
  named734 as InvalidGlobalClusterStateFault$,
  named735 as InvalidIntegrationStateFault,
  named736 as InvalidIntegrationStateFault$,
  named737 as InvalidOptionGroupStateFault,
  named738 as InvalidOptionGroupStateFault$,
  named739 as InvalidResourceStateFault,
  named740 as InvalidResourceStateFault$,
  named741 as InvalidRestoreFault,
  named742 as InvalidRestoreFault$,
  named743 as InvalidS3BucketFault,
  named744 as InvalidS3BucketFault$,
  named745 as InvalidSubnet,
  named746 as InvalidSubnet$,
  named747 as InvalidVPCNetworkStateFault,
  named748 as InvalidVPCNetworkStateFault$,
  named749 as IssueDetails$,
  named750 as KMSKeyNotAccessibleFault,
  named751 as KMSKeyNotAccessibleFault$,
  named752 as LifecycleSupportName,
  named753 as LimitlessDatabase$,
  named754 as LimitlessDatabaseStatus,
  named755 as ListTagsForResource$,
  named756 as ListTagsForResourceCommand,
  named757 as ListTagsForResourceMessage$,
  named758 as LocalWriteForwardingStatus,
  named759 as MasterUserAuthenticationType,
  named760 as MasterUserSecret$,
  named761 as MaxDBShardGroupLimitReached,
  named762 as MaxDBShardGroupLimitReached$,
  named763 as Metric$,
  named764 as MetricQuery$,
  named765 as MetricReference$,
  named766 as MinimumEngineVersionPerAllowedValue$,
  named767 as ModifyActivityStream$,
  named768 as ModifyActivityStreamCommand,
  named769 as ModifyActivityStreamRequest$,
  named770 as ModifyActivityStreamResponse$,
  named771 as ModifyAdditionalStorageVolume$,
  named772 as ModifyCertificates$,
  named773 as ModifyCertificatesCommand,
  named774 as ModifyCertificatesMessage$,
  named775 as ModifyCertificatesResult$,
  named776 as ModifyCurrentDBClusterCapacity$,
  named777 as ModifyCurrentDBClusterCapacityCommand,
  named778 as ModifyCurrentDBClusterCapacityMessage$,
  named779 as ModifyCustomDBEngineVersion$,
  named780 as ModifyCustomDBEngineVersionCommand,
  named781 as ModifyCustomDBEngineVersionMessage$,
  named782 as ModifyDBCapacityReservation$,
  named783 as ModifyDBCapacityReservationCommand,
  named784 as ModifyDBCapacityReservationRequest$,
  named785 as ModifyDBCapacityReservationResponse$,
  named786 as ModifyDBCluster$,
  named787 as ModifyDBClusterCommand,
  named788 as ModifyDBClusterEndpoint$,
  named789 as ModifyDBClusterEndpointCommand,
  named790 as ModifyDBClusterEndpointMessage$,
  named791 as ModifyDBClusterMessage$,
  named792 as ModifyDBClusterParameterGroup$,
  named793 as ModifyDBClusterParameterGroupCommand,
  named794 as ModifyDBClusterParameterGroupMessage$,
  named795 as ModifyDBClusterResult$,
  named796 as ModifyDBClusterSnapshotAttribute$,
  named797 as ModifyDBClusterSnapshotAttributeCommand,
  named798 as ModifyDBClusterSnapshotAttributeMessage$,
  named799 as ModifyDBClusterSnapshotAttributeResult$,
  named800 as ModifyDBInstance$,
  named801 as ModifyDBInstanceCommand,
  named802 as ModifyDBInstanceMessage$,
  named803 as ModifyDBInstanceResult$,
  named804 as ModifyDBParameterGroup$,
  named805 as ModifyDBParameterGroupCommand,
  named806 as ModifyDBParameterGroupMessage$,
  named807 as ModifyDBProxy$,
  named808 as ModifyDBProxyCommand,
  named809 as ModifyDBProxyEndpoint$,
  named810 as ModifyDBProxyEndpointCommand,
  named811 as ModifyDBProxyEndpointRequest$,
  named812 as ModifyDBProxyEndpointResponse$,
  named813 as ModifyDBProxyRequest$,
  named814 as ModifyDBProxyResponse$,
  named815 as ModifyDBProxyTargetGroup$,
  named816 as ModifyDBProxyTargetGroupCommand,
  named817 as ModifyDBProxyTargetGroupRequest$,
  named818 as ModifyDBProxyTargetGroupResponse$,
  named819 as ModifyDBRecommendation$,
  named820 as ModifyDBRecommendationCommand,
  named821 as ModifyDBRecommendationMessage$,
  named822 as ModifyDBShardGroup$,
  named823 as ModifyDBShardGroupCommand,
  named824 as ModifyDBShardGroupMessage$,
  named825 as ModifyDBSnapshot$,
  named826 as ModifyDBSnapshotAttribute$,
  named827 as ModifyDBSnapshotAttributeCommand,
  named828 as ModifyDBSnapshotAttributeMessage$,
  named829 as ModifyDBSnapshotAttributeResult$,
  named830 as ModifyDBSnapshotCommand,
  named831 as ModifyDBSnapshotMessage$,
  named832 as ModifyDBSnapshotResult$,
  named833 as ModifyDBSubnetGroup$,
  named834 as ModifyDBSubnetGroupCommand,
  named835 as ModifyDBSubnetGroupMessage$,
  named836 as ModifyDBSubnetGroupResult$,
  named837 as ModifyEventSubscription$,
  named838 as ModifyEventSubscriptionCommand,
  named839 as ModifyEventSubscriptionMessage$,
  named840 as ModifyEventSubscriptionResult$,
  named841 as ModifyGlobalCluster$,
  named842 as ModifyGlobalClusterCommand,
  named843 as ModifyGlobalClusterMessage$,
  named844 as ModifyGlobalClusterResult$,
  named845 as ModifyIntegration$,
  named846 as ModifyIntegrationCommand,
  named847 as ModifyIntegrationMessage$,
  named848 as ModifyOptionGroup$,
  named849 as ModifyOptionGroupCommand,
  named850 as ModifyOptionGroupMessage$,
  named851 as ModifyOptionGroupResult$,
  named852 as ModifyTenantDatabase$,
  named853 as ModifyTenantDatabaseCommand,
  named854 as ModifyTenantDatabaseMessage$,
  named855 as ModifyTenantDatabaseResult$,
  named856 as NetworkTypeNotSupported,
  named857 as NetworkTypeNotSupported$,
  named858 as Option$,
  named859 as OptionConfiguration$,
  named860 as OptionGroup$,
  named861 as OptionGroupAlreadyExistsFault,
  named862 as OptionGroupAlreadyExistsFault$,
  named863 as OptionGroupMembership$,
  named864 as OptionGroupNotFoundFault,
  named865 as OptionGroupNotFoundFault$,
  named866 as OptionGroupOption$,
  named867 as OptionGroupOptionSetting$,
  named868 as OptionGroupOptionsMessage$,
  named869 as OptionGroupQuotaExceededFault,
  named870 as OptionGroupQuotaExceededFault$,
  named871 as OptionGroups$,
  named872 as OptionSetting$,
  named873 as OptionVersion$,
  named874 as OrderableDBInstanceOption$,
  named875 as OrderableDBInstanceOptionsMessage$,
  named876 as Outpost$,
  named877 as Parameter$,
  named878 as PendingCloudwatchLogsExports$,
  named879 as PendingMaintenanceAction$,
  named880 as PendingMaintenanceActionsMessage$,
  named881 as PendingModifiedValues$,
  named882 as PerformanceInsightsMetricDimensionGroup$,
  named883 as PerformanceInsightsMetricQuery$,
  named884 as PerformanceIssueDetails$,
  named885 as PointInTimeRestoreNotEnabledFault,
  named886 as PointInTimeRestoreNotEnabledFault$,
  named887 as ProcessorFeature$,
  named888 as PromoteReadReplica$,
  named889 as PromoteReadReplicaCommand,
  named890 as PromoteReadReplicaDBCluster$,
  named891 as PromoteReadReplicaDBClusterCommand,
  named892 as PromoteReadReplicaDBClusterMessage$,
  named893 as PromoteReadReplicaDBClusterResult$,
  named894 as PromoteReadReplicaMessage$,
  named895 as PromoteReadReplicaResult$,
  named896 as ProvisionedIopsNotAvailableInAZFault,
  named897 as ProvisionedIopsNotAvailableInAZFault$,
  named898 as PurchaseReservedDBInstancesOffering$,
  named899 as PurchaseReservedDBInstancesOfferingCommand,
  named900 as PurchaseReservedDBInstancesOfferingMessage$,
  named901 as PurchaseReservedDBInstancesOfferingResult$,
  named902 as RDS,
  named903 as RDSClient,
  named904 as RDSServiceException,
  named905 as RDSServiceException$,
  named906 as Range$,
  named907 as RdsCustomClusterConfiguration$,
  named908 as RebootDBCluster$,
  named909 as RebootDBClusterCommand,
  named910 as RebootDBClusterMessage$,
  named911 as RebootDBClusterResult$,
  named912 as RebootDBInstance$,
  named913 as RebootDBInstanceCommand,
  named914 as RebootDBInstanceMessage$,
  named915 as RebootDBInstanceResult$,
  named916 as RebootDBShardGroup$,
  named917 as RebootDBShardGroupCommand,
  named918 as RebootDBShardGroupMessage$,
  named919 as RecommendedAction$,
  named920 as RecommendedActionParameter$,
  named921 as RecommendedActionUpdate$,
  named922 as RecurringCharge$,
  named923 as ReferenceDetails$,
  named924 as RegisterDBProxyTargets$,
  named925 as RegisterDBProxyTargetsCommand,
  named926 as RegisterDBProxyTargetsRequest$,
  named927 as RegisterDBProxyTargetsResponse$,
  named928 as RemoveFromGlobalCluster$,
  named929 as RemoveFromGlobalClusterCommand,
  named930 as RemoveFromGlobalClusterMessage$,
  named931 as RemoveFromGlobalClusterResult$,
  named932 as RemoveRoleFromDBCluster$,
  named933 as RemoveRoleFromDBClusterCommand,
  named934 as RemoveRoleFromDBClusterMessage$,
  named935 as RemoveRoleFromDBInstance$,
  named936 as RemoveRoleFromDBInstanceCommand,
  named937 as RemoveRoleFromDBInstanceMessage$,
  named938 as RemoveSourceIdentifierFromSubscription$,
  named939 as RemoveSourceIdentifierFromSubscriptionCommand,
  named940 as RemoveSourceIdentifierFromSubscriptionMessage$,
  named941 as RemoveSourceIdentifierFromSubscriptionResult$,
  named942 as RemoveTagsFromResource$,
  named943 as RemoveTagsFromResourceCommand,
  named944 as RemoveTagsFromResourceMessage$,
  named945 as ReplicaMode,
  named946 as ReservedDBInstance$,
  named947 as ReservedDBInstanceAlreadyExistsFault,
  named948 as ReservedDBInstanceAlreadyExistsFault$,
  named949 as ReservedDBInstanceMessage$,
  named950 as ReservedDBInstanceNotFoundFault,
  named951 as ReservedDBInstanceNotFoundFault$,
  named952 as ReservedDBInstanceQuotaExceededFault,
  named953 as ReservedDBInstanceQuotaExceededFault$,
  named954 as ReservedDBInstancesOffering$,
  named955 as ReservedDBInstancesOfferingMessage$,
  named956 as ReservedDBInstancesOfferingNotFoundFault,
  named957 as ReservedDBInstancesOfferingNotFoundFault$,
  named958 as ResetDBClusterParameterGroup$,
  named959 as ResetDBClusterParameterGroupCommand,
  named960 as ResetDBClusterParameterGroupMessage$,
  named961 as ResetDBParameterGroup$,
  named962 as ResetDBParameterGroupCommand,
  named963 as ResetDBParameterGroupMessage$,
  named964 as ResourceNotFoundFault,
  named965 as ResourceNotFoundFault$,
  named966 as ResourcePendingMaintenanceActions$,
  named967 as RestoreDBClusterFromS3$,
  named968 as RestoreDBClusterFromS3Command,
  named969 as RestoreDBClusterFromS3Message$,
  named970 as RestoreDBClusterFromS3Result$,
  named971 as RestoreDBClusterFromSnapshot$,
  named972 as RestoreDBClusterFromSnapshotCommand,
  named973 as RestoreDBClusterFromSnapshotMessage$,
  named974 as RestoreDBClusterFromSnapshotResult$,
  named975 as RestoreDBClusterToPointInTime$,
  named976 as RestoreDBClusterToPointInTimeCommand,
  named977 as RestoreDBClusterToPointInTimeMessage$,
  named978 as RestoreDBClusterToPointInTimeResult$,
  named979 as RestoreDBInstanceFromDBSnapshot$,
  named980 as RestoreDBInstanceFromDBSnapshotCommand,
  named981 as RestoreDBInstanceFromDBSnapshotMessage$,
  named982 as RestoreDBInstanceFromDBSnapshotResult$,
  named983 as RestoreDBInstanceFromS3$,
  named984 as RestoreDBInstanceFromS3Command,
  named985 as RestoreDBInstanceFromS3Message$,
  named986 as RestoreDBInstanceFromS3Result$,
  named987 as RestoreDBInstanceToPointInTime$,
  named988 as RestoreDBInstanceToPointInTimeCommand,
  named989 as RestoreDBInstanceToPointInTimeMessage$,
  named990 as RestoreDBInstanceToPointInTimeResult$,
  named991 as RestoreWindow$,
  named992 as RevokeDBSecurityGroupIngress$,
  named993 as RevokeDBSecurityGroupIngressCommand,
  named994 as RevokeDBSecurityGroupIngressMessage$,
  named995 as RevokeDBSecurityGroupIngressResult$,
  named996 as SNSInvalidTopicFault,
  named997 as SNSInvalidTopicFault$,
  named998 as SNSNoAuthorizationFault,
  named999 as SNSNoAuthorizationFault$,
  named1000 as SNSTopicArnNotFoundFault,
  named1001 as SNSTopicArnNotFoundFault$,
  named1002 as ScalarReferenceDetails$,
  named1003 as ScalingConfiguration$,
  named1004 as ScalingConfigurationInfo$,
  named1005 as ServerlessV2FeaturesSupport$,
  named1006 as ServerlessV2PlatformVersionInfo$,
  named1007 as ServerlessV2PlatformVersionsMessage$,
  named1008 as ServerlessV2ScalingConfiguration$,
  named1009 as ServerlessV2ScalingConfigurationInfo$,
  named1010 as SharedSnapshotQuotaExceededFault,
  named1011 as SharedSnapshotQuotaExceededFault$,
  named1012 as SnapshotQuotaExceededFault,
  named1013 as SnapshotQuotaExceededFault$,
  named1014 as SourceClusterNotSupportedFault,
  named1015 as SourceClusterNotSupportedFault$,
  named1016 as SourceDatabaseNotSupportedFault,
  named1017 as SourceDatabaseNotSupportedFault$,
  named1018 as SourceNotFoundFault,
  named1019 as SourceNotFoundFault$,
  named1020 as SourceRegion$,
  named1021 as SourceRegionMessage$,
  named1022 as SourceType,
  named1023 as StartActivityStream$,
  named1024 as StartActivityStreamCommand,
  named1025 as StartActivityStreamRequest$,
  named1026 as StartActivityStreamResponse$,
  named1027 as StartDBCluster$,
  named1028 as StartDBClusterCommand,
  named1029 as StartDBClusterMessage$,
  named1030 as StartDBClusterResult$,
  named1031 as StartDBInstance$,
  named1032 as StartDBInstanceAutomatedBackupsReplication$,
  named1033 as StartDBInstanceAutomatedBackupsReplicationCommand,
  named1034 as StartDBInstanceAutomatedBackupsReplicationMessage$,
  named1035 as StartDBInstanceAutomatedBackupsReplicationResult$,
  named1036 as StartDBInstanceCommand,
  named1037 as StartDBInstanceMessage$,
  named1038 as StartDBInstanceResult$,
  named1039 as StartExportTask$,
  named1040 as StartExportTaskCommand,
  named1041 as StartExportTaskMessage$,
  named1042 as StopActivityStream$,
  named1043 as StopActivityStreamCommand,
  named1044 as StopActivityStreamRequest$,
  named1045 as StopActivityStreamResponse$,
  named1046 as StopDBCluster$,
  named1047 as StopDBClusterCommand,
  named1048 as StopDBClusterMessage$,
  named1049 as StopDBClusterResult$,
  named1050 as StopDBInstance$,
  named1051 as StopDBInstanceAutomatedBackupsReplication$,
  named1052 as StopDBInstanceAutomatedBackupsReplicationCommand,
  named1053 as StopDBInstanceAutomatedBackupsReplicationMessage$,
  named1054 as StopDBInstanceAutomatedBackupsReplicationResult$,
  named1055 as StopDBInstanceCommand,
  named1056 as StopDBInstanceMessage$,
  named1057 as StopDBInstanceResult$,
  named1058 as StorageEncryptionType,
  named1059 as StorageQuotaExceededFault,
  named1060 as StorageQuotaExceededFault$,
  named1061 as StorageTypeNotAvailableFault,
  named1062 as StorageTypeNotAvailableFault$,
  named1063 as StorageTypeNotSupportedFault,
  named1064 as StorageTypeNotSupportedFault$,
  named1065 as Subnet$,
  named1066 as SubnetAlreadyInUse,
  named1067 as SubnetAlreadyInUse$,
  named1068 as SubscriptionAlreadyExistFault,
  named1069 as SubscriptionAlreadyExistFault$,
  named1070 as SubscriptionCategoryNotFoundFault,
  named1071 as SubscriptionCategoryNotFoundFault$,
  named1072 as SubscriptionNotFoundFault,
  named1073 as SubscriptionNotFoundFault$,
  named1074 as SupportedEngineLifecycle$,
  named1075 as SwitchoverBlueGreenDeployment$,
  named1076 as SwitchoverBlueGreenDeploymentCommand,
  named1077 as SwitchoverBlueGreenDeploymentRequest$,
  named1078 as SwitchoverBlueGreenDeploymentResponse$,
  named1079 as SwitchoverDetail$,
  named1080 as SwitchoverGlobalCluster$,
  named1081 as SwitchoverGlobalClusterCommand,
  named1082 as SwitchoverGlobalClusterMessage$,
  named1083 as SwitchoverGlobalClusterResult$,
  named1084 as SwitchoverReadReplica$,
  named1085 as SwitchoverReadReplicaCommand,
  named1086 as SwitchoverReadReplicaMessage$,
  named1087 as SwitchoverReadReplicaResult$,
  named1088 as Tag$,
  named1089 as TagListMessage$,
  named1090 as TagSpecification$,
  named1091 as TargetConnectionNetworkType,
  named1092 as TargetHealth$,
  named1093 as TargetHealthReason,
  named1094 as TargetResourceConfiguration$,
  named1095 as TargetRole,
  named1096 as TargetState,
  named1097 as TargetType,
  named1098 as TenantDatabase$,
  named1099 as TenantDatabaseAlreadyExistsFault,
  named1100 as TenantDatabaseAlreadyExistsFault$,
  named1101 as TenantDatabaseNotFoundFault,
  named1102 as TenantDatabaseNotFoundFault$,
  named1103 as TenantDatabasePendingModifiedValues$,
  named1104 as TenantDatabaseQuotaExceededFault,
  named1105 as TenantDatabaseQuotaExceededFault$,
  named1106 as TenantDatabasesMessage$,
  named1107 as Timezone$,
  named1108 as UnsupportedDBEngineVersionFault,
  named1109 as UnsupportedDBEngineVersionFault$,
  named1110 as UpgradeRolloutOrder,
  named1111 as UpgradeTarget$,
  named1112 as UserAuthConfig$,
  named1113 as UserAuthConfigInfo$,
  named1114 as ValidAdditionalStorageOptions$,
  named1115 as ValidDBInstanceModificationsMessage$,
  named1116 as ValidStorageOptions$,
  named1117 as ValidVolumeOptions$,
  named1118 as VpcEncryptionControlViolationException,
  named1119 as VpcEncryptionControlViolationException$,
  named1120 as VpcSecurityGroupMembership$,
  named1121 as WriteForwardingStatus,
  named1122 as __Client,
  dist_cjs_default as default,
  named1123 as errorTypeRegistries,
  named1124 as paginateDescribeBlueGreenDeployments,
  named1125 as paginateDescribeCertificates,
  named1126 as paginateDescribeDBCapacityReservations,
  named1127 as paginateDescribeDBClusterAutomatedBackups,
  named1128 as paginateDescribeDBClusterBacktracks,
  named1129 as paginateDescribeDBClusterEndpoints,
  named1130 as paginateDescribeDBClusterParameterGroups,
  named1131 as paginateDescribeDBClusterParameters,
  named1132 as paginateDescribeDBClusterSnapshots,
  named1133 as paginateDescribeDBClusters,
  named1134 as paginateDescribeDBEngineVersions,
  named1135 as paginateDescribeDBInstanceAutomatedBackups,
  named1136 as paginateDescribeDBInstances,
  named1137 as paginateDescribeDBLogFiles,
  named1138 as paginateDescribeDBMajorEngineVersions,
  named1139 as paginateDescribeDBParameterGroups,
  named1140 as paginateDescribeDBParameters,
  named1141 as paginateDescribeDBProxies,
  named1142 as paginateDescribeDBProxyEndpoints,
  named1143 as paginateDescribeDBProxyTargetGroups,
  named1144 as paginateDescribeDBProxyTargets,
  named1145 as paginateDescribeDBRecommendations,
  named1146 as paginateDescribeDBSecurityGroups,
  named1147 as paginateDescribeDBSnapshotTenantDatabases,
  named1148 as paginateDescribeDBSnapshots,
  named1149 as paginateDescribeDBSubnetGroups,
  named1150 as paginateDescribeEngineDefaultClusterParameters,
  named1151 as paginateDescribeEngineDefaultParameters,
  named1152 as paginateDescribeEventSubscriptions,
  named1153 as paginateDescribeEvents,
  named1154 as paginateDescribeExportTasks,
  named1155 as paginateDescribeGlobalClusters,
  named1156 as paginateDescribeIntegrations,
  named1157 as paginateDescribeOptionGroupOptions,
  named1158 as paginateDescribeOptionGroups,
  named1159 as paginateDescribeOrderableDBInstanceOptions,
  named1160 as paginateDescribePendingMaintenanceActions,
  named1161 as paginateDescribeReservedDBInstances,
  named1162 as paginateDescribeReservedDBInstancesOfferings,
  named1163 as paginateDescribeServerlessV2PlatformVersions,
  named1164 as paginateDescribeSourceRegions,
  named1165 as paginateDescribeTenantDatabases,
  named1166 as paginateDownloadDBLogFilePortion,
  named1167 as waitForDBClusterAvailable,
  named1168 as waitForDBClusterDeleted,
  named1169 as waitForDBClusterSnapshotAvailable,
  named1170 as waitForDBClusterSnapshotDeleted,
  named1171 as waitForDBInstanceAvailable,
  named1172 as waitForDBInstanceDeleted,
  named1173 as waitForDBSnapshotAvailable,
  named1174 as waitForDBSnapshotDeleted,
  named1175 as waitForTenantDatabaseAvailable,
  named1176 as waitForTenantDatabaseDeleted,
  named1177 as waitUntilDBClusterAvailable,
  named1178 as waitUntilDBClusterDeleted,
  named1179 as waitUntilDBClusterSnapshotAvailable,
  named1180 as waitUntilDBClusterSnapshotDeleted,
  named1181 as waitUntilDBInstanceAvailable,
  named1182 as waitUntilDBInstanceDeleted,
  named1183 as waitUntilDBSnapshotAvailable,
  named1184 as waitUntilDBSnapshotDeleted,
  named1185 as waitUntilTenantDatabaseAvailable,
  named1186 as waitUntilTenantDatabaseDeleted
};
