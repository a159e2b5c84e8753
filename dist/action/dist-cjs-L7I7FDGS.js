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

// node_modules/@aws-sdk/client-account/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-account/dist-cjs/index.js"(exports) {
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
    var { AwsRestJsonProtocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultAccountHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
          name: "account",
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
    var defaultAccountHttpAuthSchemeProvider = (authParameters) => {
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
        defaultSigningName: "account"
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
    var i = { "authSchemes": [{ "name": "sigv4", "signingRegion": "{PartitionResult#implicitGlobalRegion}" }] };
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
        [g, {}],
        ["https://account-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://account-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://account.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://account.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", i],
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
    var AccountServiceException = class _AccountServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.account#AccountServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _AccountServiceException.prototype);
      }
    };
    var AccessDeniedException = class _AccessDeniedException extends AccountServiceException {
      static shapeId = "com.amazonaws.account#AccessDeniedException";
      name = "AccessDeniedException";
      $fault = "client";
      errorType;
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccessDeniedException.prototype);
        this.errorType = opts.errorType;
      }
    };
    var ConflictException = class _ConflictException extends AccountServiceException {
      static shapeId = "com.amazonaws.account#ConflictException";
      name = "ConflictException";
      $fault = "client";
      errorType;
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConflictException.prototype);
        this.errorType = opts.errorType;
      }
    };
    var InternalServerException = class _InternalServerException extends AccountServiceException {
      static shapeId = "com.amazonaws.account#InternalServerException";
      name = "InternalServerException";
      $fault = "server";
      $retryable = {};
      errorType;
      constructor(opts) {
        super({
          name: "InternalServerException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _InternalServerException.prototype);
        this.errorType = opts.errorType;
      }
    };
    var ResourceNotFoundException = class _ResourceNotFoundException extends AccountServiceException {
      static shapeId = "com.amazonaws.account#ResourceNotFoundException";
      name = "ResourceNotFoundException";
      $fault = "client";
      errorType;
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
        this.errorType = opts.errorType;
      }
    };
    var TooManyRequestsException = class _TooManyRequestsException extends AccountServiceException {
      static shapeId = "com.amazonaws.account#TooManyRequestsException";
      name = "TooManyRequestsException";
      $fault = "client";
      $retryable = {
        throttling: true
      };
      errorType;
      constructor(opts) {
        super({
          name: "TooManyRequestsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
        this.errorType = opts.errorType;
      }
    };
    var ValidationException = class _ValidationException extends AccountServiceException {
      static shapeId = "com.amazonaws.account#ValidationException";
      name = "ValidationException";
      $fault = "client";
      reason;
      fieldList;
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ValidationException.prototype);
        this.reason = opts.reason;
        this.fieldList = opts.fieldList;
      }
    };
    var ResourceUnavailableException = class _ResourceUnavailableException extends AccountServiceException {
      static shapeId = "com.amazonaws.account#ResourceUnavailableException";
      name = "ResourceUnavailableException";
      $fault = "client";
      errorType;
      constructor(opts) {
        super({
          name: "ResourceUnavailableException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceUnavailableException.prototype);
        this.errorType = opts.errorType;
      }
    };
    var _AC = "AlternateContact";
    var _ACD = "AccountCreatedDate";
    var _ACT = "AlternateContactType";
    var _ADE = "AccessDeniedException";
    var _AI = "AccountId";
    var _AL = "AddressLine";
    var _ALd = "AddressLine1";
    var _ALdd = "AddressLine2";
    var _ALddr = "AddressLine3";
    var _AN = "AccountName";
    var _APEU = "AcceptPrimaryEmailUpdate";
    var _APEUR = "AcceptPrimaryEmailUpdateRequest";
    var _APEURc = "AcceptPrimaryEmailUpdateResponse";
    var _AS = "AccountState";
    var _C = "City";
    var _CC = "CountryCode";
    var _CE = "ConflictException";
    var _CI = "ContactInformation";
    var _CIPN = "ContactInformationPhoneNumber";
    var _CN = "CompanyName";
    var _DAC = "DeleteAlternateContact";
    var _DACR = "DeleteAlternateContactRequest";
    var _DOC = "DistrictOrCounty";
    var _DR = "DisableRegion";
    var _DRR = "DisableRegionRequest";
    var _EA = "EmailAddress";
    var _ER = "EnableRegion";
    var _ERR = "EnableRegionRequest";
    var _FN = "FullName";
    var _GAC = "GetAlternateContact";
    var _GACR = "GetAlternateContactRequest";
    var _GACRe = "GetAlternateContactResponse";
    var _GAI = "GetAccountInformation";
    var _GAIR = "GetAccountInformationRequest";
    var _GAIRe = "GetAccountInformationResponse";
    var _GCAI = "GovCloudAccountId";
    var _GCI = "GetContactInformation";
    var _GCIR = "GetContactInformationRequest";
    var _GCIRe = "GetContactInformationResponse";
    var _GGCAI = "GetGovCloudAccountInformation";
    var _GGCAIR = "GetGovCloudAccountInformationRequest";
    var _GGCAIRe = "GetGovCloudAccountInformationResponse";
    var _GPE = "GetPrimaryEmail";
    var _GPER = "GetPrimaryEmailRequest";
    var _GPERe = "GetPrimaryEmailResponse";
    var _GPEUS = "GetPrimaryEmailUpdateStatus";
    var _GPEUSR = "GetPrimaryEmailUpdateStatusRequest";
    var _GPEUSRe = "GetPrimaryEmailUpdateStatusResponse";
    var _GROS = "GetRegionOptStatus";
    var _GROSR = "GetRegionOptStatusRequest";
    var _GROSRe = "GetRegionOptStatusResponse";
    var _ISE = "InternalServerException";
    var _LR = "ListRegions";
    var _LRR = "ListRegionsRequest";
    var _LRRi = "ListRegionsResponse";
    var _MR = "MaxResults";
    var _N = "Name";
    var _NT = "NextToken";
    var _O = "Otp";
    var _PAC = "PutAlternateContact";
    var _PACR = "PutAlternateContactRequest";
    var _PAN = "PutAccountName";
    var _PANR = "PutAccountNameRequest";
    var _PC = "PostalCode";
    var _PCI = "PutContactInformation";
    var _PCIR = "PutContactInformationRequest";
    var _PE = "PrimaryEmail";
    var _PEA = "PrimaryEmailAddress";
    var _PN = "PhoneNumber";
    var _R = "Regions";
    var _RN = "RegionName";
    var _RNFE = "ResourceNotFoundException";
    var _ROL = "RegionOptList";
    var _ROS = "RegionOptStatus";
    var _ROSC = "RegionOptStatusContains";
    var _RUE = "ResourceUnavailableException";
    var _Re = "Region";
    var _S = "Status";
    var _SAI = "StandardAccountId";
    var _SOR = "StateOrRegion";
    var _SPEU = "StartPrimaryEmailUpdate";
    var _SPEUR = "StartPrimaryEmailUpdateRequest";
    var _SPEURt = "StartPrimaryEmailUpdateResponse";
    var _SPNV = "SendPhoneNumberVerification";
    var _SPNVR = "SendPhoneNumberVerificationRequest";
    var _SPNVRe = "SendPhoneNumberVerificationResponse";
    var _SS = "SensitiveString";
    var _T = "Title";
    var _TMRE = "TooManyRequestsException";
    var _UA = "UpdatedAt";
    var _VE = "ValidationException";
    var _VEF = "ValidationExceptionField";
    var _VEFL = "ValidationExceptionFieldList";
    var _VPN = "VerifyPhoneNumber";
    var _VPNR = "VerifyPhoneNumberRequest";
    var _VPNRe = "VerifyPhoneNumberResponse";
    var _VS = "VerificationStatus";
    var _WU = "WebsiteUrl";
    var _c = "client";
    var _e = "error";
    var _eT = "errorType";
    var _fL = "fieldList";
    var _h = "http";
    var _hE = "httpError";
    var _hH = "httpHeader";
    var _m = "message";
    var _n = "name";
    var _r = "reason";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.account";
    var _se = "server";
    var _xaE = "x-amzn-ErrorType";
    var n0 = "com.amazonaws.account";
    var _s_registry = new TypeRegistry(_s);
    var AccountServiceException$ = [-3, _s, "AccountServiceException", 0, [], []];
    _s_registry.registerError(AccountServiceException$, AccountServiceException);
    var n0_registry = new TypeRegistry(n0);
    var AccessDeniedException$ = [
      -3,
      n0,
      _ADE,
      { [_e]: _c, [_hE]: 403 },
      [_m, _eT],
      [0, [0, { [_hH]: _xaE }]],
      1
    ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var ConflictException$ = [
      -3,
      n0,
      _CE,
      { [_e]: _c, [_hE]: 409 },
      [_m, _eT],
      [0, [0, { [_hH]: _xaE }]],
      1
    ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var InternalServerException$ = [
      -3,
      n0,
      _ISE,
      { [_e]: _se, [_hE]: 500 },
      [_m, _eT],
      [0, [0, { [_hH]: _xaE }]],
      1
    ];
    n0_registry.registerError(InternalServerException$, InternalServerException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c, [_hE]: 404 },
      [_m, _eT],
      [0, [0, { [_hH]: _xaE }]],
      1
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var ResourceUnavailableException$ = [
      -3,
      n0,
      _RUE,
      { [_e]: _c, [_hE]: 424 },
      [_m, _eT],
      [0, [0, { [_hH]: _xaE }]],
      1
    ];
    n0_registry.registerError(ResourceUnavailableException$, ResourceUnavailableException);
    var TooManyRequestsException$ = [
      -3,
      n0,
      _TMRE,
      { [_e]: _c, [_hE]: 429 },
      [_m, _eT],
      [0, [0, { [_hH]: _xaE }]],
      1
    ];
    n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
    var ValidationException$ = [
      -3,
      n0,
      _VE,
      { [_e]: _c, [_hE]: 400 },
      [_m, _r, _fL],
      [[() => SensitiveString, 0], 0, [() => ValidationExceptionFieldList, 0]],
      1
    ];
    n0_registry.registerError(ValidationException$, ValidationException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var AccountName = [0, n0, _AN, 8, 0];
    var AddressLine = [0, n0, _AL, 8, 0];
    var City = [0, n0, _C, 8, 0];
    var CompanyName = [0, n0, _CN, 8, 0];
    var ContactInformationPhoneNumber = [0, n0, _CIPN, 8, 0];
    var CountryCode = [0, n0, _CC, 8, 0];
    var DistrictOrCounty = [0, n0, _DOC, 8, 0];
    var EmailAddress = [0, n0, _EA, 8, 0];
    var FullName = [0, n0, _FN, 8, 0];
    var Name = [0, n0, _N, 8, 0];
    var Otp = [0, n0, _O, 8, 0];
    var PhoneNumber = [0, n0, _PN, 8, 0];
    var PostalCode = [0, n0, _PC, 8, 0];
    var PrimaryEmailAddress = [0, n0, _PEA, 8, 0];
    var SensitiveString = [0, n0, _SS, 8, 0];
    var StateOrRegion = [0, n0, _SOR, 8, 0];
    var Title = [0, n0, _T, 8, 0];
    var WebsiteUrl = [0, n0, _WU, 8, 0];
    var AcceptPrimaryEmailUpdateRequest$ = [
      3,
      n0,
      _APEUR,
      0,
      [_AI, _PE, _O],
      [0, [() => PrimaryEmailAddress, 0], [() => Otp, 0]],
      3
    ];
    var AcceptPrimaryEmailUpdateResponse$ = [
      3,
      n0,
      _APEURc,
      0,
      [_S],
      [0]
    ];
    var AlternateContact$ = [
      3,
      n0,
      _AC,
      0,
      [_N, _T, _EA, _PN, _ACT],
      [[() => Name, 0], [() => Title, 0], [() => EmailAddress, 0], [() => PhoneNumber, 0], 0]
    ];
    var ContactInformation$ = [
      3,
      n0,
      _CI,
      0,
      [_FN, _ALd, _C, _PC, _CC, _PN, _ALdd, _ALddr, _SOR, _DOC, _CN, _WU],
      [[() => FullName, 0], [() => AddressLine, 0], [() => City, 0], [() => PostalCode, 0], [() => CountryCode, 0], [() => ContactInformationPhoneNumber, 0], [() => AddressLine, 0], [() => AddressLine, 0], [() => StateOrRegion, 0], [() => DistrictOrCounty, 0], [() => CompanyName, 0], [() => WebsiteUrl, 0]],
      6
    ];
    var DeleteAlternateContactRequest$ = [
      3,
      n0,
      _DACR,
      0,
      [_ACT, _AI],
      [0, 0],
      1
    ];
    var DisableRegionRequest$ = [
      3,
      n0,
      _DRR,
      0,
      [_RN, _AI],
      [0, 0],
      1
    ];
    var EnableRegionRequest$ = [
      3,
      n0,
      _ERR,
      0,
      [_RN, _AI],
      [0, 0],
      1
    ];
    var GetAccountInformationRequest$ = [
      3,
      n0,
      _GAIR,
      0,
      [_AI],
      [0]
    ];
    var GetAccountInformationResponse$ = [
      3,
      n0,
      _GAIRe,
      0,
      [_AI, _AN, _ACD, _AS],
      [0, [() => AccountName, 0], 5, 0]
    ];
    var GetAlternateContactRequest$ = [
      3,
      n0,
      _GACR,
      0,
      [_ACT, _AI],
      [0, 0],
      1
    ];
    var GetAlternateContactResponse$ = [
      3,
      n0,
      _GACRe,
      0,
      [_AC],
      [[() => AlternateContact$, 0]]
    ];
    var GetContactInformationRequest$ = [
      3,
      n0,
      _GCIR,
      0,
      [_AI],
      [0]
    ];
    var GetContactInformationResponse$ = [
      3,
      n0,
      _GCIRe,
      0,
      [_CI, _VS],
      [[() => ContactInformation$, 0], 0]
    ];
    var GetGovCloudAccountInformationRequest$ = [
      3,
      n0,
      _GGCAIR,
      0,
      [_SAI],
      [0]
    ];
    var GetGovCloudAccountInformationResponse$ = [
      3,
      n0,
      _GGCAIRe,
      0,
      [_GCAI, _AS],
      [0, 0],
      2
    ];
    var GetPrimaryEmailRequest$ = [
      3,
      n0,
      _GPER,
      0,
      [_AI],
      [0],
      1
    ];
    var GetPrimaryEmailResponse$ = [
      3,
      n0,
      _GPERe,
      0,
      [_PE],
      [[() => PrimaryEmailAddress, 0]]
    ];
    var GetPrimaryEmailUpdateStatusRequest$ = [
      3,
      n0,
      _GPEUSR,
      0,
      [_AI],
      [0]
    ];
    var GetPrimaryEmailUpdateStatusResponse$ = [
      3,
      n0,
      _GPEUSRe,
      0,
      [_S, _UA],
      [0, 4],
      1
    ];
    var GetRegionOptStatusRequest$ = [
      3,
      n0,
      _GROSR,
      0,
      [_RN, _AI],
      [0, 0],
      1
    ];
    var GetRegionOptStatusResponse$ = [
      3,
      n0,
      _GROSRe,
      0,
      [_RN, _ROS],
      [0, 0]
    ];
    var ListRegionsRequest$ = [
      3,
      n0,
      _LRR,
      0,
      [_AI, _MR, _NT, _ROSC],
      [0, 1, 0, 64 | 0]
    ];
    var ListRegionsResponse$ = [
      3,
      n0,
      _LRRi,
      0,
      [_NT, _R],
      [0, () => RegionOptList]
    ];
    var PutAccountNameRequest$ = [
      3,
      n0,
      _PANR,
      0,
      [_AN, _AI],
      [[() => AccountName, 0], 0],
      1
    ];
    var PutAlternateContactRequest$ = [
      3,
      n0,
      _PACR,
      0,
      [_N, _T, _EA, _PN, _ACT, _AI],
      [[() => Name, 0], [() => Title, 0], [() => EmailAddress, 0], [() => PhoneNumber, 0], 0, 0],
      5
    ];
    var PutContactInformationRequest$ = [
      3,
      n0,
      _PCIR,
      0,
      [_CI, _AI],
      [[() => ContactInformation$, 0], 0],
      1
    ];
    var Region$ = [
      3,
      n0,
      _Re,
      0,
      [_RN, _ROS],
      [0, 0]
    ];
    var SendPhoneNumberVerificationRequest$ = [
      3,
      n0,
      _SPNVR,
      0,
      [_AI],
      [0]
    ];
    var SendPhoneNumberVerificationResponse$ = [
      3,
      n0,
      _SPNVRe,
      0,
      [_S],
      [0]
    ];
    var StartPrimaryEmailUpdateRequest$ = [
      3,
      n0,
      _SPEUR,
      0,
      [_AI, _PE],
      [0, [() => PrimaryEmailAddress, 0]],
      2
    ];
    var StartPrimaryEmailUpdateResponse$ = [
      3,
      n0,
      _SPEURt,
      0,
      [_S],
      [0]
    ];
    var ValidationExceptionField$ = [
      3,
      n0,
      _VEF,
      0,
      [_n, _m],
      [0, [() => SensitiveString, 0]],
      2
    ];
    var VerifyPhoneNumberRequest$ = [
      3,
      n0,
      _VPNR,
      0,
      [_O, _AI],
      [[() => Otp, 0], 0],
      1
    ];
    var VerifyPhoneNumberResponse$ = [
      3,
      n0,
      _VPNRe,
      0,
      [_S],
      [0]
    ];
    var __Unit = "unit";
    var RegionOptList = [
      1,
      n0,
      _ROL,
      0,
      () => Region$
    ];
    var ValidationExceptionFieldList = [
      1,
      n0,
      _VEFL,
      0,
      [
        () => ValidationExceptionField$,
        0
      ]
    ];
    var AcceptPrimaryEmailUpdate$ = [
      9,
      n0,
      _APEU,
      { [_h]: ["POST", "/acceptPrimaryEmailUpdate", 200] },
      () => AcceptPrimaryEmailUpdateRequest$,
      () => AcceptPrimaryEmailUpdateResponse$
    ];
    var DeleteAlternateContact$ = [
      9,
      n0,
      _DAC,
      { [_h]: ["POST", "/deleteAlternateContact", 200] },
      () => DeleteAlternateContactRequest$,
      () => __Unit
    ];
    var DisableRegion$ = [
      9,
      n0,
      _DR,
      { [_h]: ["POST", "/disableRegion", 200] },
      () => DisableRegionRequest$,
      () => __Unit
    ];
    var EnableRegion$ = [
      9,
      n0,
      _ER,
      { [_h]: ["POST", "/enableRegion", 200] },
      () => EnableRegionRequest$,
      () => __Unit
    ];
    var GetAccountInformation$ = [
      9,
      n0,
      _GAI,
      { [_h]: ["POST", "/getAccountInformation", 200] },
      () => GetAccountInformationRequest$,
      () => GetAccountInformationResponse$
    ];
    var GetAlternateContact$ = [
      9,
      n0,
      _GAC,
      { [_h]: ["POST", "/getAlternateContact", 200] },
      () => GetAlternateContactRequest$,
      () => GetAlternateContactResponse$
    ];
    var GetContactInformation$ = [
      9,
      n0,
      _GCI,
      { [_h]: ["POST", "/getContactInformation", 200] },
      () => GetContactInformationRequest$,
      () => GetContactInformationResponse$
    ];
    var GetGovCloudAccountInformation$ = [
      9,
      n0,
      _GGCAI,
      { [_h]: ["POST", "/getGovCloudAccountInformation", 200] },
      () => GetGovCloudAccountInformationRequest$,
      () => GetGovCloudAccountInformationResponse$
    ];
    var GetPrimaryEmail$ = [
      9,
      n0,
      _GPE,
      { [_h]: ["POST", "/getPrimaryEmail", 200] },
      () => GetPrimaryEmailRequest$,
      () => GetPrimaryEmailResponse$
    ];
    var GetPrimaryEmailUpdateStatus$ = [
      9,
      n0,
      _GPEUS,
      { [_h]: ["POST", "/getPrimaryEmailUpdateStatus", 200] },
      () => GetPrimaryEmailUpdateStatusRequest$,
      () => GetPrimaryEmailUpdateStatusResponse$
    ];
    var GetRegionOptStatus$ = [
      9,
      n0,
      _GROS,
      { [_h]: ["POST", "/getRegionOptStatus", 200] },
      () => GetRegionOptStatusRequest$,
      () => GetRegionOptStatusResponse$
    ];
    var ListRegions$ = [
      9,
      n0,
      _LR,
      { [_h]: ["POST", "/listRegions", 200] },
      () => ListRegionsRequest$,
      () => ListRegionsResponse$
    ];
    var PutAccountName$ = [
      9,
      n0,
      _PAN,
      { [_h]: ["POST", "/putAccountName", 200] },
      () => PutAccountNameRequest$,
      () => __Unit
    ];
    var PutAlternateContact$ = [
      9,
      n0,
      _PAC,
      { [_h]: ["POST", "/putAlternateContact", 200] },
      () => PutAlternateContactRequest$,
      () => __Unit
    ];
    var PutContactInformation$ = [
      9,
      n0,
      _PCI,
      { [_h]: ["POST", "/putContactInformation", 200] },
      () => PutContactInformationRequest$,
      () => __Unit
    ];
    var SendPhoneNumberVerification$ = [
      9,
      n0,
      _SPNV,
      { [_h]: ["POST", "/sendPhoneNumberVerification", 200] },
      () => SendPhoneNumberVerificationRequest$,
      () => SendPhoneNumberVerificationResponse$
    ];
    var StartPrimaryEmailUpdate$ = [
      9,
      n0,
      _SPEU,
      { [_h]: ["POST", "/startPrimaryEmailUpdate", 200] },
      () => StartPrimaryEmailUpdateRequest$,
      () => StartPrimaryEmailUpdateResponse$
    ];
    var VerifyPhoneNumber$ = [
      9,
      n0,
      _VPN,
      { [_h]: ["POST", "/verifyPhoneNumber", 200] },
      () => VerifyPhoneNumberRequest$,
      () => VerifyPhoneNumberResponse$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2021-02-01",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultAccountHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.account",
          errorTypeRegistries,
          version: "2021-02-01",
          serviceTarget: "Account"
        },
        serviceId: config?.serviceId ?? "Account",
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
    var AccountClient = class extends Client {
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
          httpAuthSchemeParametersProvider: defaultAccountHttpAuthSchemeParametersProvider,
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
    var command = makeBuilder(commonParams, "Account", "AccountClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var AcceptPrimaryEmailUpdateCommand = class extends command(_ep0, _mw0, "AcceptPrimaryEmailUpdate", AcceptPrimaryEmailUpdate$) {
    };
    var DeleteAlternateContactCommand = class extends command(_ep0, _mw0, "DeleteAlternateContact", DeleteAlternateContact$) {
    };
    var DisableRegionCommand = class extends command(_ep0, _mw0, "DisableRegion", DisableRegion$) {
    };
    var EnableRegionCommand = class extends command(_ep0, _mw0, "EnableRegion", EnableRegion$) {
    };
    var GetAccountInformationCommand = class extends command(_ep0, _mw0, "GetAccountInformation", GetAccountInformation$) {
    };
    var GetAlternateContactCommand = class extends command(_ep0, _mw0, "GetAlternateContact", GetAlternateContact$) {
    };
    var GetContactInformationCommand = class extends command(_ep0, _mw0, "GetContactInformation", GetContactInformation$) {
    };
    var GetGovCloudAccountInformationCommand = class extends command(_ep0, _mw0, "GetGovCloudAccountInformation", GetGovCloudAccountInformation$) {
    };
    var GetPrimaryEmailCommand = class extends command(_ep0, _mw0, "GetPrimaryEmail", GetPrimaryEmail$) {
    };
    var GetPrimaryEmailUpdateStatusCommand = class extends command(_ep0, _mw0, "GetPrimaryEmailUpdateStatus", GetPrimaryEmailUpdateStatus$) {
    };
    var GetRegionOptStatusCommand = class extends command(_ep0, _mw0, "GetRegionOptStatus", GetRegionOptStatus$) {
    };
    var ListRegionsCommand = class extends command(_ep0, _mw0, "ListRegions", ListRegions$) {
    };
    var PutAccountNameCommand = class extends command(_ep0, _mw0, "PutAccountName", PutAccountName$) {
    };
    var PutAlternateContactCommand = class extends command(_ep0, _mw0, "PutAlternateContact", PutAlternateContact$) {
    };
    var PutContactInformationCommand = class extends command(_ep0, _mw0, "PutContactInformation", PutContactInformation$) {
    };
    var SendPhoneNumberVerificationCommand = class extends command(_ep0, _mw0, "SendPhoneNumberVerification", SendPhoneNumberVerification$) {
    };
    var StartPrimaryEmailUpdateCommand = class extends command(_ep0, _mw0, "StartPrimaryEmailUpdate", StartPrimaryEmailUpdate$) {
    };
    var VerifyPhoneNumberCommand = class extends command(_ep0, _mw0, "VerifyPhoneNumber", VerifyPhoneNumber$) {
    };
    var paginateListRegions = createPaginator(AccountClient, ListRegionsCommand, "NextToken", "NextToken", "MaxResults");
    var commands = {
      AcceptPrimaryEmailUpdateCommand,
      DeleteAlternateContactCommand,
      DisableRegionCommand,
      EnableRegionCommand,
      GetAccountInformationCommand,
      GetAlternateContactCommand,
      GetContactInformationCommand,
      GetGovCloudAccountInformationCommand,
      GetPrimaryEmailCommand,
      GetPrimaryEmailUpdateStatusCommand,
      GetRegionOptStatusCommand,
      ListRegionsCommand,
      PutAccountNameCommand,
      PutAlternateContactCommand,
      PutContactInformationCommand,
      SendPhoneNumberVerificationCommand,
      StartPrimaryEmailUpdateCommand,
      VerifyPhoneNumberCommand
    };
    var paginators = {
      paginateListRegions
    };
    var Account = class extends AccountClient {
    };
    createAggregatedClient(commands, Account, { paginators });
    var PrimaryEmailUpdateStatus = {
      ACCEPTED: "ACCEPTED",
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      PENDING: "PENDING"
    };
    var ValidationExceptionReason = {
      FIELD_VALIDATION_FAILED: "fieldValidationFailed",
      INVALID_REGION_OPT_TARGET: "invalidRegionOptTarget"
    };
    var AccountState = {
      ACTIVE: "ACTIVE",
      CLOSED: "CLOSED",
      PENDING_ACTIVATION: "PENDING_ACTIVATION",
      SUSPENDED: "SUSPENDED"
    };
    var AlternateContactType = {
      BILLING: "BILLING",
      OPERATIONS: "OPERATIONS",
      SECURITY: "SECURITY"
    };
    var AwsAccountState = {
      ACTIVE: "ACTIVE",
      CLOSED: "CLOSED",
      PENDING_ACTIVATION: "PENDING_ACTIVATION",
      SUSPENDED: "SUSPENDED"
    };
    var PhoneNumberVerificationStatus = {
      NOT_SUPPORTED: "NOT_SUPPORTED",
      PENDING: "PENDING",
      UNVERIFIED: "UNVERIFIED",
      VERIFIED: "VERIFIED"
    };
    var RegionOptStatus = {
      DISABLED: "DISABLED",
      DISABLING: "DISABLING",
      ENABLED: "ENABLED",
      ENABLED_BY_DEFAULT: "ENABLED_BY_DEFAULT",
      ENABLING: "ENABLING"
    };
    exports.AcceptPrimaryEmailUpdate$ = AcceptPrimaryEmailUpdate$;
    exports.AcceptPrimaryEmailUpdateCommand = AcceptPrimaryEmailUpdateCommand;
    exports.AcceptPrimaryEmailUpdateRequest$ = AcceptPrimaryEmailUpdateRequest$;
    exports.AcceptPrimaryEmailUpdateResponse$ = AcceptPrimaryEmailUpdateResponse$;
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.Account = Account;
    exports.AccountClient = AccountClient;
    exports.AccountServiceException = AccountServiceException;
    exports.AccountServiceException$ = AccountServiceException$;
    exports.AccountState = AccountState;
    exports.AlternateContact$ = AlternateContact$;
    exports.AlternateContactType = AlternateContactType;
    exports.AwsAccountState = AwsAccountState;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.ContactInformation$ = ContactInformation$;
    exports.DeleteAlternateContact$ = DeleteAlternateContact$;
    exports.DeleteAlternateContactCommand = DeleteAlternateContactCommand;
    exports.DeleteAlternateContactRequest$ = DeleteAlternateContactRequest$;
    exports.DisableRegion$ = DisableRegion$;
    exports.DisableRegionCommand = DisableRegionCommand;
    exports.DisableRegionRequest$ = DisableRegionRequest$;
    exports.EnableRegion$ = EnableRegion$;
    exports.EnableRegionCommand = EnableRegionCommand;
    exports.EnableRegionRequest$ = EnableRegionRequest$;
    exports.GetAccountInformation$ = GetAccountInformation$;
    exports.GetAccountInformationCommand = GetAccountInformationCommand;
    exports.GetAccountInformationRequest$ = GetAccountInformationRequest$;
    exports.GetAccountInformationResponse$ = GetAccountInformationResponse$;
    exports.GetAlternateContact$ = GetAlternateContact$;
    exports.GetAlternateContactCommand = GetAlternateContactCommand;
    exports.GetAlternateContactRequest$ = GetAlternateContactRequest$;
    exports.GetAlternateContactResponse$ = GetAlternateContactResponse$;
    exports.GetContactInformation$ = GetContactInformation$;
    exports.GetContactInformationCommand = GetContactInformationCommand;
    exports.GetContactInformationRequest$ = GetContactInformationRequest$;
    exports.GetContactInformationResponse$ = GetContactInformationResponse$;
    exports.GetGovCloudAccountInformation$ = GetGovCloudAccountInformation$;
    exports.GetGovCloudAccountInformationCommand = GetGovCloudAccountInformationCommand;
    exports.GetGovCloudAccountInformationRequest$ = GetGovCloudAccountInformationRequest$;
    exports.GetGovCloudAccountInformationResponse$ = GetGovCloudAccountInformationResponse$;
    exports.GetPrimaryEmail$ = GetPrimaryEmail$;
    exports.GetPrimaryEmailCommand = GetPrimaryEmailCommand;
    exports.GetPrimaryEmailRequest$ = GetPrimaryEmailRequest$;
    exports.GetPrimaryEmailResponse$ = GetPrimaryEmailResponse$;
    exports.GetPrimaryEmailUpdateStatus$ = GetPrimaryEmailUpdateStatus$;
    exports.GetPrimaryEmailUpdateStatusCommand = GetPrimaryEmailUpdateStatusCommand;
    exports.GetPrimaryEmailUpdateStatusRequest$ = GetPrimaryEmailUpdateStatusRequest$;
    exports.GetPrimaryEmailUpdateStatusResponse$ = GetPrimaryEmailUpdateStatusResponse$;
    exports.GetRegionOptStatus$ = GetRegionOptStatus$;
    exports.GetRegionOptStatusCommand = GetRegionOptStatusCommand;
    exports.GetRegionOptStatusRequest$ = GetRegionOptStatusRequest$;
    exports.GetRegionOptStatusResponse$ = GetRegionOptStatusResponse$;
    exports.InternalServerException = InternalServerException;
    exports.InternalServerException$ = InternalServerException$;
    exports.ListRegions$ = ListRegions$;
    exports.ListRegionsCommand = ListRegionsCommand;
    exports.ListRegionsRequest$ = ListRegionsRequest$;
    exports.ListRegionsResponse$ = ListRegionsResponse$;
    exports.PhoneNumberVerificationStatus = PhoneNumberVerificationStatus;
    exports.PrimaryEmailUpdateStatus = PrimaryEmailUpdateStatus;
    exports.PutAccountName$ = PutAccountName$;
    exports.PutAccountNameCommand = PutAccountNameCommand;
    exports.PutAccountNameRequest$ = PutAccountNameRequest$;
    exports.PutAlternateContact$ = PutAlternateContact$;
    exports.PutAlternateContactCommand = PutAlternateContactCommand;
    exports.PutAlternateContactRequest$ = PutAlternateContactRequest$;
    exports.PutContactInformation$ = PutContactInformation$;
    exports.PutContactInformationCommand = PutContactInformationCommand;
    exports.PutContactInformationRequest$ = PutContactInformationRequest$;
    exports.Region$ = Region$;
    exports.RegionOptStatus = RegionOptStatus;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.ResourceUnavailableException = ResourceUnavailableException;
    exports.ResourceUnavailableException$ = ResourceUnavailableException$;
    exports.SendPhoneNumberVerification$ = SendPhoneNumberVerification$;
    exports.SendPhoneNumberVerificationCommand = SendPhoneNumberVerificationCommand;
    exports.SendPhoneNumberVerificationRequest$ = SendPhoneNumberVerificationRequest$;
    exports.SendPhoneNumberVerificationResponse$ = SendPhoneNumberVerificationResponse$;
    exports.StartPrimaryEmailUpdate$ = StartPrimaryEmailUpdate$;
    exports.StartPrimaryEmailUpdateCommand = StartPrimaryEmailUpdateCommand;
    exports.StartPrimaryEmailUpdateRequest$ = StartPrimaryEmailUpdateRequest$;
    exports.StartPrimaryEmailUpdateResponse$ = StartPrimaryEmailUpdateResponse$;
    exports.TooManyRequestsException = TooManyRequestsException;
    exports.TooManyRequestsException$ = TooManyRequestsException$;
    exports.ValidationException = ValidationException;
    exports.ValidationException$ = ValidationException$;
    exports.ValidationExceptionField$ = ValidationExceptionField$;
    exports.ValidationExceptionReason = ValidationExceptionReason;
    exports.VerifyPhoneNumber$ = VerifyPhoneNumber$;
    exports.VerifyPhoneNumberCommand = VerifyPhoneNumberCommand;
    exports.VerifyPhoneNumberRequest$ = VerifyPhoneNumberRequest$;
    exports.VerifyPhoneNumberResponse$ = VerifyPhoneNumberResponse$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateListRegions = paginateListRegions;
  }
});

// commonjs-namespace:node_modules/@aws-sdk/client-account/dist-cjs/index.js
var exported = require_dist_cjs3();
var dist_cjs_default = exported;
var named0 = exported["$Command"];
var named1 = exported["AcceptPrimaryEmailUpdate$"];
var named2 = exported["AcceptPrimaryEmailUpdateCommand"];
var named3 = exported["AcceptPrimaryEmailUpdateRequest$"];
var named4 = exported["AcceptPrimaryEmailUpdateResponse$"];
var named5 = exported["AccessDeniedException"];
var named6 = exported["AccessDeniedException$"];
var named7 = exported["Account"];
var named8 = exported["AccountClient"];
var named9 = exported["AccountServiceException"];
var named10 = exported["AccountServiceException$"];
var named11 = exported["AccountState"];
var named12 = exported["AlternateContact$"];
var named13 = exported["AlternateContactType"];
var named14 = exported["AwsAccountState"];
var named15 = exported["ConflictException"];
var named16 = exported["ConflictException$"];
var named17 = exported["ContactInformation$"];
var named18 = exported["DeleteAlternateContact$"];
var named19 = exported["DeleteAlternateContactCommand"];
var named20 = exported["DeleteAlternateContactRequest$"];
var named21 = exported["DisableRegion$"];
var named22 = exported["DisableRegionCommand"];
var named23 = exported["DisableRegionRequest$"];
var named24 = exported["EnableRegion$"];
var named25 = exported["EnableRegionCommand"];
var named26 = exported["EnableRegionRequest$"];
var named27 = exported["GetAccountInformation$"];
var named28 = exported["GetAccountInformationCommand"];
var named29 = exported["GetAccountInformationRequest$"];
var named30 = exported["GetAccountInformationResponse$"];
var named31 = exported["GetAlternateContact$"];
var named32 = exported["GetAlternateContactCommand"];
var named33 = exported["GetAlternateContactRequest$"];
var named34 = exported["GetAlternateContactResponse$"];
var named35 = exported["GetContactInformation$"];
var named36 = exported["GetContactInformationCommand"];
var named37 = exported["GetContactInformationRequest$"];
var named38 = exported["GetContactInformationResponse$"];
var named39 = exported["GetGovCloudAccountInformation$"];
var named40 = exported["GetGovCloudAccountInformationCommand"];
var named41 = exported["GetGovCloudAccountInformationRequest$"];
var named42 = exported["GetGovCloudAccountInformationResponse$"];
var named43 = exported["GetPrimaryEmail$"];
var named44 = exported["GetPrimaryEmailCommand"];
var named45 = exported["GetPrimaryEmailRequest$"];
var named46 = exported["GetPrimaryEmailResponse$"];
var named47 = exported["GetPrimaryEmailUpdateStatus$"];
var named48 = exported["GetPrimaryEmailUpdateStatusCommand"];
var named49 = exported["GetPrimaryEmailUpdateStatusRequest$"];
var named50 = exported["GetPrimaryEmailUpdateStatusResponse$"];
var named51 = exported["GetRegionOptStatus$"];
var named52 = exported["GetRegionOptStatusCommand"];
var named53 = exported["GetRegionOptStatusRequest$"];
var named54 = exported["GetRegionOptStatusResponse$"];
var named55 = exported["InternalServerException"];
var named56 = exported["InternalServerException$"];
var named57 = exported["ListRegions$"];
var named58 = exported["ListRegionsCommand"];
var named59 = exported["ListRegionsRequest$"];
var named60 = exported["ListRegionsResponse$"];
var named61 = exported["PhoneNumberVerificationStatus"];
var named62 = exported["PrimaryEmailUpdateStatus"];
var named63 = exported["PutAccountName$"];
var named64 = exported["PutAccountNameCommand"];
var named65 = exported["PutAccountNameRequest$"];
var named66 = exported["PutAlternateContact$"];
var named67 = exported["PutAlternateContactCommand"];
var named68 = exported["PutAlternateContactRequest$"];
var named69 = exported["PutContactInformation$"];
var named70 = exported["PutContactInformationCommand"];
var named71 = exported["PutContactInformationRequest$"];
var named72 = exported["Region$"];
var named73 = exported["RegionOptStatus"];
var named74 = exported["ResourceNotFoundException"];
var named75 = exported["ResourceNotFoundException$"];
var named76 = exported["ResourceUnavailableException"];
var named77 = exported["ResourceUnavailableException$"];
var named78 = exported["SendPhoneNumberVerification$"];
var named79 = exported["SendPhoneNumberVerificationCommand"];
var named80 = exported["SendPhoneNumberVerificationRequest$"];
var named81 = exported["SendPhoneNumberVerificationResponse$"];
var named82 = exported["StartPrimaryEmailUpdate$"];
var named83 = exported["StartPrimaryEmailUpdateCommand"];
var named84 = exported["StartPrimaryEmailUpdateRequest$"];
var named85 = exported["StartPrimaryEmailUpdateResponse$"];
var named86 = exported["TooManyRequestsException"];
var named87 = exported["TooManyRequestsException$"];
var named88 = exported["ValidationException"];
var named89 = exported["ValidationException$"];
var named90 = exported["ValidationExceptionField$"];
var named91 = exported["ValidationExceptionReason"];
var named92 = exported["VerifyPhoneNumber$"];
var named93 = exported["VerifyPhoneNumberCommand"];
var named94 = exported["VerifyPhoneNumberRequest$"];
var named95 = exported["VerifyPhoneNumberResponse$"];
var named96 = exported["__Client"];
var named97 = exported["errorTypeRegistries"];
var named98 = exported["paginateListRegions"];
export {
  named0 as $Command,
  named1 as AcceptPrimaryEmailUpdate$,
  named2 as AcceptPrimaryEmailUpdateCommand,
  named3 as AcceptPrimaryEmailUpdateRequest$,
  named4 as AcceptPrimaryEmailUpdateResponse$,
  named5 as AccessDeniedException,
  named6 as AccessDeniedException$,
  named7 as Account,
  named8 as AccountClient,
  named9 as AccountServiceException,
  named10 as AccountServiceException$,
  named11 as AccountState,
  named12 as AlternateContact$,
  named13 as AlternateContactType,
  named14 as AwsAccountState,
  named15 as ConflictException,
  named16 as ConflictException$,
  named17 as ContactInformation$,
  named18 as DeleteAlternateContact$,
  named19 as DeleteAlternateContactCommand,
  named20 as DeleteAlternateContactRequest$,
  named21 as DisableRegion$,
  named22 as DisableRegionCommand,
  named23 as DisableRegionRequest$,
  named24 as EnableRegion$,
  named25 as EnableRegionCommand,
  named26 as EnableRegionRequest$,
  named27 as GetAccountInformation$,
  named28 as GetAccountInformationCommand,
  named29 as GetAccountInformationRequest$,
  named30 as GetAccountInformationResponse$,
  named31 as GetAlternateContact$,
  named32 as GetAlternateContactCommand,
  named33 as GetAlternateContactRequest$,
  named34 as GetAlternateContactResponse$,
  named35 as GetContactInformation$,
  named36 as GetContactInformationCommand,
  named37 as GetContactInformationRequest$,
  named38 as GetContactInformationResponse$,
  named39 as GetGovCloudAccountInformation$,
  named40 as GetGovCloudAccountInformationCommand,
  named41 as GetGovCloudAccountInformationRequest$,
  named42 as GetGovCloudAccountInformationResponse$,
  named43 as GetPrimaryEmail$,
  named44 as GetPrimaryEmailCommand,
  named45 as GetPrimaryEmailRequest$,
  named46 as GetPrimaryEmailResponse$,
  named47 as GetPrimaryEmailUpdateStatus$,
  named48 as GetPrimaryEmailUpdateStatusCommand,
  named49 as GetPrimaryEmailUpdateStatusRequest$,
  named50 as GetPrimaryEmailUpdateStatusResponse$,
  named51 as GetRegionOptStatus$,
  named52 as GetRegionOptStatusCommand,
  named53 as GetRegionOptStatusRequest$,
  named54 as GetRegionOptStatusResponse$,
  named55 as InternalServerException,
  named56 as InternalServerException$,
  named57 as ListRegions$,
  named58 as ListRegionsCommand,
  named59 as ListRegionsRequest$,
  named60 as ListRegionsResponse$,
  named61 as PhoneNumberVerificationStatus,
  named62 as PrimaryEmailUpdateStatus,
  named63 as PutAccountName$,
  named64 as PutAccountNameCommand,
  named65 as PutAccountNameRequest$,
  named66 as PutAlternateContact$,
  named67 as PutAlternateContactCommand,
  named68 as PutAlternateContactRequest$,
  named69 as PutContactInformation$,
  named70 as PutContactInformationCommand,
  named71 as PutContactInformationRequest$,
  named72 as Region$,
  named73 as RegionOptStatus,
  named74 as ResourceNotFoundException,
  named75 as ResourceNotFoundException$,
  named76 as ResourceUnavailableException,
  named77 as ResourceUnavailableException$,
  named78 as SendPhoneNumberVerification$,
  named79 as SendPhoneNumberVerificationCommand,
  named80 as SendPhoneNumberVerificationRequest$,
  named81 as SendPhoneNumberVerificationResponse$,
  named82 as StartPrimaryEmailUpdate$,
  named83 as StartPrimaryEmailUpdateCommand,
  named84 as StartPrimaryEmailUpdateRequest$,
  named85 as StartPrimaryEmailUpdateResponse$,
  named86 as TooManyRequestsException,
  named87 as TooManyRequestsException$,
  named88 as ValidationException,
  named89 as ValidationException$,
  named90 as ValidationExceptionField$,
  named91 as ValidationExceptionReason,
  named92 as VerifyPhoneNumber$,
  named93 as VerifyPhoneNumberCommand,
  named94 as VerifyPhoneNumberRequest$,
  named95 as VerifyPhoneNumberResponse$,
  named96 as __Client,
  dist_cjs_default as default,
  named97 as errorTypeRegistries,
  named98 as paginateListRegions
};
