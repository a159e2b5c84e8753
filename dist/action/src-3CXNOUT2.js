import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  require_src
} from "./chunk-U6UZSMUM.js";
import "./chunk-MTPZQBZJ.js";
import "./chunk-VKFPFGRN.js";

// commonjs-namespace:node_modules/google-gax/build/src/index.js
var exported = require_src();
var src_default = exported;
var named0 = exported["BundleDescriptor"];
var named1 = exported["CallSettings"];
var named2 = exported["ChannelCredentials"];
var named3 = exported["ClientStub"];
var named4 = exported["GoogleAuth"];
var named5 = exported["GoogleError"];
var named6 = exported["GoogleProtoFilesRoot"];
var named7 = exported["GrpcClient"];
var named8 = exported["IamClient"];
var named9 = exported["IamProtos"];
var named10 = exported["LocationProtos"];
var named11 = exported["LocationsClient"];
var named12 = exported["LongrunningDescriptor"];
var named13 = exported["OngoingCall"];
var named14 = exported["Operation"];
var named15 = exported["OperationsClient"];
var named16 = exported["PageDescriptor"];
var named17 = exported["PathTemplate"];
var named18 = exported["RetryOptions"];
var named19 = exported["Status"];
var named20 = exported["StreamDescriptor"];
var named21 = exported["StreamType"];
var named22 = exported["__esModule"];
var named23 = exported["constructSettings"];
var named24 = exported["createApiCall"];
var named25 = exported["createBackoffSettings"];
var named26 = exported["createBundleOptions"];
var named27 = exported["createByteLengthFunction"];
var named28 = exported["createDefaultBackoffSettings"];
var named29 = exported["createMaxRetriesBackoffSettings"];
var named30 = exported["createRetryOptions"];
var named31 = exported["decodeAnyProtosInArray"];
var named32 = exported["decodeProtobufAny"];
var named33 = exported["fallback"];
var named34 = exported["googleAuthLibrary"];
var named35 = exported["grpc"];
var named36 = exported["loggingUtils"];
var named37 = exported["lro"];
var named38 = exported["makeUUID"];
var named39 = exported["operation"];
var named40 = exported["operationsProtos"];
var named41 = exported["protobuf"];
var named42 = exported["protobufFromJSON"];
var named43 = exported["protobufMinimal"];
var named44 = exported["routingHeader"];
var named45 = exported["serializer"];
var named46 = exported["version"];
var named47 = exported["warn"];
export {
  named0 as BundleDescriptor,
  named1 as CallSettings,
  named2 as ChannelCredentials,
  named3 as ClientStub,
  named4 as GoogleAuth,
  named5 as GoogleError,
  named6 as GoogleProtoFilesRoot,
  named7 as GrpcClient,
  named8 as IamClient,
  named9 as IamProtos,
  named10 as LocationProtos,
  named11 as LocationsClient,
  named12 as LongrunningDescriptor,
  named13 as OngoingCall,
  named14 as Operation,
  named15 as OperationsClient,
  named16 as PageDescriptor,
  named17 as PathTemplate,
  named18 as RetryOptions,
  named19 as Status,
  named20 as StreamDescriptor,
  named21 as StreamType,
  named22 as __esModule,
  named23 as constructSettings,
  named24 as createApiCall,
  named25 as createBackoffSettings,
  named26 as createBundleOptions,
  named27 as createByteLengthFunction,
  named28 as createDefaultBackoffSettings,
  named29 as createMaxRetriesBackoffSettings,
  named30 as createRetryOptions,
  named31 as decodeAnyProtosInArray,
  named32 as decodeProtobufAny,
  src_default as default,
  named33 as fallback,
  named34 as googleAuthLibrary,
  named35 as grpc,
  named36 as loggingUtils,
  named37 as lro,
  named38 as makeUUID,
  named39 as operation,
  named40 as operationsProtos,
  named41 as protobuf,
  named42 as protobufFromJSON,
  named43 as protobufMinimal,
  named44 as routingHeader,
  named45 as serializer,
  named46 as version,
  named47 as warn
};
