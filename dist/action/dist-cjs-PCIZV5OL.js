import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  require_dist_cjs
} from "./chunk-BM63IKKR.js";
import "./chunk-DFX7IK7V.js";
import "./chunk-C3EO7UAI.js";
import "./chunk-5BGUTQJE.js";
import "./chunk-VKFPFGRN.js";

// commonjs-namespace:node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var exported = require_dist_cjs();
var dist_cjs_default = exported;
var named0 = exported["$Command"];
var named1 = exported["AssumeRole$"];
var named2 = exported["AssumeRoleCommand"];
var named3 = exported["AssumeRoleRequest$"];
var named4 = exported["AssumeRoleResponse$"];
var named5 = exported["AssumeRoleWithSAML$"];
var named6 = exported["AssumeRoleWithSAMLCommand"];
var named7 = exported["AssumeRoleWithSAMLRequest$"];
var named8 = exported["AssumeRoleWithSAMLResponse$"];
var named9 = exported["AssumeRoleWithWebIdentity$"];
var named10 = exported["AssumeRoleWithWebIdentityCommand"];
var named11 = exported["AssumeRoleWithWebIdentityRequest$"];
var named12 = exported["AssumeRoleWithWebIdentityResponse$"];
var named13 = exported["AssumeRoot$"];
var named14 = exported["AssumeRootCommand"];
var named15 = exported["AssumeRootRequest$"];
var named16 = exported["AssumeRootResponse$"];
var named17 = exported["AssumedRoleUser$"];
var named18 = exported["Credentials$"];
var named19 = exported["DecodeAuthorizationMessage$"];
var named20 = exported["DecodeAuthorizationMessageCommand"];
var named21 = exported["DecodeAuthorizationMessageRequest$"];
var named22 = exported["DecodeAuthorizationMessageResponse$"];
var named23 = exported["ExpiredTokenException"];
var named24 = exported["ExpiredTokenException$"];
var named25 = exported["ExpiredTradeInTokenException"];
var named26 = exported["ExpiredTradeInTokenException$"];
var named27 = exported["FederatedUser$"];
var named28 = exported["GetAccessKeyInfo$"];
var named29 = exported["GetAccessKeyInfoCommand"];
var named30 = exported["GetAccessKeyInfoRequest$"];
var named31 = exported["GetAccessKeyInfoResponse$"];
var named32 = exported["GetCallerIdentity$"];
var named33 = exported["GetCallerIdentityCommand"];
var named34 = exported["GetCallerIdentityRequest$"];
var named35 = exported["GetCallerIdentityResponse$"];
var named36 = exported["GetDelegatedAccessToken$"];
var named37 = exported["GetDelegatedAccessTokenCommand"];
var named38 = exported["GetDelegatedAccessTokenRequest$"];
var named39 = exported["GetDelegatedAccessTokenResponse$"];
var named40 = exported["GetFederationToken$"];
var named41 = exported["GetFederationTokenCommand"];
var named42 = exported["GetFederationTokenRequest$"];
var named43 = exported["GetFederationTokenResponse$"];
var named44 = exported["GetScopedCredentials$"];
var named45 = exported["GetScopedCredentialsCommand"];
var named46 = exported["GetScopedCredentialsRequest$"];
var named47 = exported["GetScopedCredentialsResponse$"];
var named48 = exported["GetSessionToken$"];
var named49 = exported["GetSessionTokenCommand"];
var named50 = exported["GetSessionTokenRequest$"];
var named51 = exported["GetSessionTokenResponse$"];
var named52 = exported["GetWebIdentityToken$"];
var named53 = exported["GetWebIdentityTokenCommand"];
var named54 = exported["GetWebIdentityTokenRequest$"];
var named55 = exported["GetWebIdentityTokenResponse$"];
var named56 = exported["IDPCommunicationErrorException"];
var named57 = exported["IDPCommunicationErrorException$"];
var named58 = exported["IDPRejectedClaimException"];
var named59 = exported["IDPRejectedClaimException$"];
var named60 = exported["InsufficientSessionLifetimeException"];
var named61 = exported["InsufficientSessionLifetimeException$"];
var named62 = exported["InvalidAuthorizationMessageException"];
var named63 = exported["InvalidAuthorizationMessageException$"];
var named64 = exported["InvalidContextAssertionException"];
var named65 = exported["InvalidContextAssertionException$"];
var named66 = exported["InvalidIdentityTokenException"];
var named67 = exported["InvalidIdentityTokenException$"];
var named68 = exported["InvalidSubjectCredentialsException"];
var named69 = exported["InvalidSubjectCredentialsException$"];
var named70 = exported["JWTPayloadSizeExceededException"];
var named71 = exported["JWTPayloadSizeExceededException$"];
var named72 = exported["MalformedPolicyDocumentException"];
var named73 = exported["MalformedPolicyDocumentException$"];
var named74 = exported["OriginIdentity$"];
var named75 = exported["OutboundWebIdentityFederationDisabledException"];
var named76 = exported["OutboundWebIdentityFederationDisabledException$"];
var named77 = exported["PackedPolicyTooLargeException"];
var named78 = exported["PackedPolicyTooLargeException$"];
var named79 = exported["PolicyDescriptorType$"];
var named80 = exported["ProvidedContext$"];
var named81 = exported["RegionDisabledException"];
var named82 = exported["RegionDisabledException$"];
var named83 = exported["STS"];
var named84 = exported["STSClient"];
var named85 = exported["STSServiceException"];
var named86 = exported["STSServiceException$"];
var named87 = exported["ScopedSession$"];
var named88 = exported["SessionDurationEscalationException"];
var named89 = exported["SessionDurationEscalationException$"];
var named90 = exported["Tag$"];
var named91 = exported["TransactionContext$"];
var named92 = exported["TrustedIdentityPropagationContext$"];
var named93 = exported["WebIdentityTokenSubjectModeType"];
var named94 = exported["__Client"];
var named95 = exported["decorateDefaultCredentialProvider"];
var named96 = exported["errorTypeRegistries"];
var named97 = exported["getDefaultRoleAssumer"];
var named98 = exported["getDefaultRoleAssumerWithWebIdentity"];
export {
  named0 as $Command,
  named1 as AssumeRole$,
  named2 as AssumeRoleCommand,
  named3 as AssumeRoleRequest$,
  named4 as AssumeRoleResponse$,
  named5 as AssumeRoleWithSAML$,
  named6 as AssumeRoleWithSAMLCommand,
  named7 as AssumeRoleWithSAMLRequest$,
  named8 as AssumeRoleWithSAMLResponse$,
  named9 as AssumeRoleWithWebIdentity$,
  named10 as AssumeRoleWithWebIdentityCommand,
  named11 as AssumeRoleWithWebIdentityRequest$,
  named12 as AssumeRoleWithWebIdentityResponse$,
  named13 as AssumeRoot$,
  named14 as AssumeRootCommand,
  named15 as AssumeRootRequest$,
  named16 as AssumeRootResponse$,
  named17 as AssumedRoleUser$,
  named18 as Credentials$,
  named19 as DecodeAuthorizationMessage$,
  named20 as DecodeAuthorizationMessageCommand,
  named21 as DecodeAuthorizationMessageRequest$,
  named22 as DecodeAuthorizationMessageResponse$,
  named23 as ExpiredTokenException,
  named24 as ExpiredTokenException$,
  named25 as ExpiredTradeInTokenException,
  named26 as ExpiredTradeInTokenException$,
  named27 as FederatedUser$,
  named28 as GetAccessKeyInfo$,
  named29 as GetAccessKeyInfoCommand,
  named30 as GetAccessKeyInfoRequest$,
  named31 as GetAccessKeyInfoResponse$,
  named32 as GetCallerIdentity$,
  named33 as GetCallerIdentityCommand,
  named34 as GetCallerIdentityRequest$,
  named35 as GetCallerIdentityResponse$,
  named36 as GetDelegatedAccessToken$,
  named37 as GetDelegatedAccessTokenCommand,
  named38 as GetDelegatedAccessTokenRequest$,
  named39 as GetDelegatedAccessTokenResponse$,
  named40 as GetFederationToken$,
  named41 as GetFederationTokenCommand,
  named42 as GetFederationTokenRequest$,
  named43 as GetFederationTokenResponse$,
  named44 as GetScopedCredentials$,
  named45 as GetScopedCredentialsCommand,
  named46 as GetScopedCredentialsRequest$,
  named47 as GetScopedCredentialsResponse$,
  named48 as GetSessionToken$,
  named49 as GetSessionTokenCommand,
  named50 as GetSessionTokenRequest$,
  named51 as GetSessionTokenResponse$,
  named52 as GetWebIdentityToken$,
  named53 as GetWebIdentityTokenCommand,
  named54 as GetWebIdentityTokenRequest$,
  named55 as GetWebIdentityTokenResponse$,
  named56 as IDPCommunicationErrorException,
  named57 as IDPCommunicationErrorException$,
  named58 as IDPRejectedClaimException,
  named59 as IDPRejectedClaimException$,
  named60 as InsufficientSessionLifetimeException,
  named61 as InsufficientSessionLifetimeException$,
  named62 as InvalidAuthorizationMessageException,
  named63 as InvalidAuthorizationMessageException$,
  named64 as InvalidContextAssertionException,
  named65 as InvalidContextAssertionException$,
  named66 as InvalidIdentityTokenException,
  named67 as InvalidIdentityTokenException$,
  named68 as InvalidSubjectCredentialsException,
  named69 as InvalidSubjectCredentialsException$,
  named70 as JWTPayloadSizeExceededException,
  named71 as JWTPayloadSizeExceededException$,
  named72 as MalformedPolicyDocumentException,
  named73 as MalformedPolicyDocumentException$,
  named74 as OriginIdentity$,
  named75 as OutboundWebIdentityFederationDisabledException,
  named76 as OutboundWebIdentityFederationDisabledException$,
  named77 as PackedPolicyTooLargeException,
  named78 as PackedPolicyTooLargeException$,
  named79 as PolicyDescriptorType$,
  named80 as ProvidedContext$,
  named81 as RegionDisabledException,
  named82 as RegionDisabledException$,
  named83 as STS,
  named84 as STSClient,
  named85 as STSServiceException,
  named86 as STSServiceException$,
  named87 as ScopedSession$,
  named88 as SessionDurationEscalationException,
  named89 as SessionDurationEscalationException$,
  named90 as Tag$,
  named91 as TransactionContext$,
  named92 as TrustedIdentityPropagationContext$,
  named93 as WebIdentityTokenSubjectModeType,
  named94 as __Client,
  named95 as decorateDefaultCredentialProvider,
  dist_cjs_default as default,
  named96 as errorTypeRegistries,
  named97 as getDefaultRoleAssumer,
  named98 as getDefaultRoleAssumerWithWebIdentity
};
