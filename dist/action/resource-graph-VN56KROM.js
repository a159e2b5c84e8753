import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  isDotSegment,
  sharedAnswers
} from "./chunk-BAP7XRCN.js";
import {
  armRequestPath
} from "./chunk-HDM4IHE6.js";
import {
  MAX_PAGES,
  notJsonObject,
  pageGuard
} from "./chunk-VFTUJ2G4.js";
import {
  RestError,
  ServiceClient,
  authorizeRequestOnClaimChallenge,
  bearerTokenAuthenticationPolicy,
  bearerTokenAuthenticationPolicyName,
  createHttpHeaders,
  createPipelineRequest,
  createSerializer
} from "./chunk-5FKCWC7U.js";
import "./chunk-PPWAWT6D.js";
import {
  kqlOf
} from "./chunk-GZSOM6X5.js";
import "./chunk-JF2CDZTK.js";
import {
  ActionCallError,
  ProviderSetupError,
  TargetReadError
} from "./chunk-RYR2CTGN.js";
import "./chunk-RT55AZSI.js";
import "./chunk-EODJP2HT.js";
import {
  __export
} from "./chunk-VKFPFGRN.js";

// node_modules/@azure/arm-resourcegraph/dist/esm/models/mappers.js
var mappers_exports = {};
__export(mappers_exports, {
  Column: () => Column,
  DateTimeInterval: () => DateTimeInterval,
  ErrorDetails: () => ErrorDetails,
  ErrorModel: () => ErrorModel,
  ErrorResponse: () => ErrorResponse,
  Facet: () => Facet,
  FacetError: () => FacetError,
  FacetRequest: () => FacetRequest,
  FacetRequestOptions: () => FacetRequestOptions,
  FacetResult: () => FacetResult,
  Operation: () => Operation,
  OperationDisplay: () => OperationDisplay,
  OperationListResult: () => OperationListResult,
  QueryRequest: () => QueryRequest,
  QueryRequestOptions: () => QueryRequestOptions,
  QueryResponse: () => QueryResponse,
  ResourcesHistoryRequest: () => ResourcesHistoryRequest,
  ResourcesHistoryRequestOptions: () => ResourcesHistoryRequestOptions,
  Table: () => Table,
  discriminators: () => discriminators
});
var QueryRequest = {
  type: {
    name: "Composite",
    className: "QueryRequest",
    modelProperties: {
      subscriptions: {
        serializedName: "subscriptions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      managementGroups: {
        serializedName: "managementGroups",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      query: {
        serializedName: "query",
        required: true,
        type: {
          name: "String"
        }
      },
      options: {
        serializedName: "options",
        type: {
          name: "Composite",
          className: "QueryRequestOptions"
        }
      },
      facets: {
        serializedName: "facets",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "FacetRequest"
            }
          }
        }
      }
    }
  }
};
var QueryRequestOptions = {
  type: {
    name: "Composite",
    className: "QueryRequestOptions",
    modelProperties: {
      skipToken: {
        serializedName: "$skipToken",
        type: {
          name: "String"
        }
      },
      top: {
        constraints: {
          InclusiveMaximum: 1e3,
          InclusiveMinimum: 1
        },
        serializedName: "$top",
        type: {
          name: "Number"
        }
      },
      skip: {
        constraints: {
          InclusiveMinimum: 0
        },
        serializedName: "$skip",
        type: {
          name: "Number"
        }
      },
      resultFormat: {
        serializedName: "resultFormat",
        type: {
          name: "Enum",
          allowedValues: ["table", "objectArray"]
        }
      },
      allowPartialScopes: {
        defaultValue: false,
        serializedName: "allowPartialScopes",
        type: {
          name: "Boolean"
        }
      },
      authorizationScopeFilter: {
        defaultValue: "AtScopeAndBelow",
        serializedName: "authorizationScopeFilter",
        type: {
          name: "Enum",
          allowedValues: [
            "AtScopeAndBelow",
            "AtScopeAndAbove",
            "AtScopeExact",
            "AtScopeAboveAndBelow"
          ]
        }
      }
    }
  }
};
var FacetRequest = {
  type: {
    name: "Composite",
    className: "FacetRequest",
    modelProperties: {
      expression: {
        serializedName: "expression",
        required: true,
        type: {
          name: "String"
        }
      },
      options: {
        serializedName: "options",
        type: {
          name: "Composite",
          className: "FacetRequestOptions"
        }
      }
    }
  }
};
var FacetRequestOptions = {
  type: {
    name: "Composite",
    className: "FacetRequestOptions",
    modelProperties: {
      sortBy: {
        serializedName: "sortBy",
        type: {
          name: "String"
        }
      },
      sortOrder: {
        defaultValue: "desc",
        serializedName: "sortOrder",
        type: {
          name: "Enum",
          allowedValues: ["asc", "desc"]
        }
      },
      filter: {
        serializedName: "filter",
        type: {
          name: "String"
        }
      },
      top: {
        constraints: {
          InclusiveMaximum: 1e3,
          InclusiveMinimum: 1
        },
        serializedName: "$top",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var QueryResponse = {
  type: {
    name: "Composite",
    className: "QueryResponse",
    modelProperties: {
      totalRecords: {
        serializedName: "totalRecords",
        required: true,
        type: {
          name: "Number"
        }
      },
      count: {
        serializedName: "count",
        required: true,
        type: {
          name: "Number"
        }
      },
      resultTruncated: {
        serializedName: "resultTruncated",
        required: true,
        type: {
          name: "Enum",
          allowedValues: ["true", "false"]
        }
      },
      skipToken: {
        serializedName: "$skipToken",
        type: {
          name: "String"
        }
      },
      data: {
        serializedName: "data",
        required: true,
        type: {
          name: "Dictionary",
          value: { type: { name: "any" } }
        }
      },
      facets: {
        serializedName: "facets",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Facet"
            }
          }
        }
      }
    }
  }
};
var Facet = {
  type: {
    name: "Composite",
    className: "Facet",
    uberParent: "Facet",
    polymorphicDiscriminator: {
      serializedName: "resultType",
      clientName: "resultType"
    },
    modelProperties: {
      expression: {
        serializedName: "expression",
        required: true,
        type: {
          name: "String"
        }
      },
      resultType: {
        serializedName: "resultType",
        required: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var ErrorResponse = {
  type: {
    name: "Composite",
    className: "ErrorResponse",
    modelProperties: {
      error: {
        serializedName: "error",
        type: {
          name: "Composite",
          className: "ErrorModel"
        }
      }
    }
  }
};
var ErrorModel = {
  type: {
    name: "Composite",
    className: "ErrorModel",
    modelProperties: {
      code: {
        serializedName: "code",
        required: true,
        type: {
          name: "String"
        }
      },
      message: {
        serializedName: "message",
        required: true,
        type: {
          name: "String"
        }
      },
      details: {
        serializedName: "details",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ErrorDetails"
            }
          }
        }
      }
    }
  }
};
var ErrorDetails = {
  type: {
    name: "Composite",
    className: "ErrorDetails",
    additionalProperties: { type: { name: "Object" } },
    modelProperties: {
      code: {
        serializedName: "code",
        required: true,
        type: {
          name: "String"
        }
      },
      message: {
        serializedName: "message",
        required: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var OperationListResult = {
  type: {
    name: "Composite",
    className: "OperationListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Operation"
            }
          }
        }
      }
    }
  }
};
var Operation = {
  type: {
    name: "Composite",
    className: "Operation",
    modelProperties: {
      name: {
        serializedName: "name",
        type: {
          name: "String"
        }
      },
      display: {
        serializedName: "display",
        type: {
          name: "Composite",
          className: "OperationDisplay"
        }
      },
      origin: {
        serializedName: "origin",
        type: {
          name: "String"
        }
      }
    }
  }
};
var OperationDisplay = {
  type: {
    name: "Composite",
    className: "OperationDisplay",
    modelProperties: {
      provider: {
        serializedName: "provider",
        type: {
          name: "String"
        }
      },
      resource: {
        serializedName: "resource",
        type: {
          name: "String"
        }
      },
      operation: {
        serializedName: "operation",
        type: {
          name: "String"
        }
      },
      description: {
        serializedName: "description",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ResourcesHistoryRequest = {
  type: {
    name: "Composite",
    className: "ResourcesHistoryRequest",
    modelProperties: {
      subscriptions: {
        serializedName: "subscriptions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      query: {
        serializedName: "query",
        type: {
          name: "String"
        }
      },
      options: {
        serializedName: "options",
        type: {
          name: "Composite",
          className: "ResourcesHistoryRequestOptions"
        }
      },
      managementGroups: {
        serializedName: "managementGroups",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      }
    }
  }
};
var ResourcesHistoryRequestOptions = {
  type: {
    name: "Composite",
    className: "ResourcesHistoryRequestOptions",
    modelProperties: {
      interval: {
        serializedName: "interval",
        type: {
          name: "Composite",
          className: "DateTimeInterval"
        }
      },
      top: {
        constraints: {
          InclusiveMaximum: 1e3,
          InclusiveMinimum: 1
        },
        serializedName: "$top",
        type: {
          name: "Number"
        }
      },
      skip: {
        constraints: {
          InclusiveMinimum: 0
        },
        serializedName: "$skip",
        type: {
          name: "Number"
        }
      },
      skipToken: {
        serializedName: "$skipToken",
        type: {
          name: "String"
        }
      },
      resultFormat: {
        serializedName: "resultFormat",
        type: {
          name: "Enum",
          allowedValues: ["table", "objectArray"]
        }
      }
    }
  }
};
var DateTimeInterval = {
  type: {
    name: "Composite",
    className: "DateTimeInterval",
    modelProperties: {
      start: {
        serializedName: "start",
        required: true,
        type: {
          name: "DateTime"
        }
      },
      end: {
        serializedName: "end",
        required: true,
        type: {
          name: "DateTime"
        }
      }
    }
  }
};
var Table = {
  type: {
    name: "Composite",
    className: "Table",
    modelProperties: {
      columns: {
        serializedName: "columns",
        required: true,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Column"
            }
          }
        }
      },
      rows: {
        serializedName: "rows",
        required: true,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Sequence",
              element: {
                type: {
                  name: "Dictionary",
                  value: { type: { name: "any" } }
                }
              }
            }
          }
        }
      }
    }
  }
};
var Column = {
  type: {
    name: "Composite",
    className: "Column",
    modelProperties: {
      name: {
        serializedName: "name",
        required: true,
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        required: true,
        type: {
          name: "Enum",
          allowedValues: [
            "string",
            "integer",
            "number",
            "boolean",
            "object",
            "datetime"
          ]
        }
      }
    }
  }
};
var FacetResult = {
  serializedName: "FacetResult",
  type: {
    name: "Composite",
    className: "FacetResult",
    uberParent: "Facet",
    polymorphicDiscriminator: Facet.type.polymorphicDiscriminator,
    modelProperties: {
      ...Facet.type.modelProperties,
      totalRecords: {
        serializedName: "totalRecords",
        required: true,
        type: {
          name: "Number"
        }
      },
      count: {
        serializedName: "count",
        required: true,
        type: {
          name: "Number"
        }
      },
      data: {
        serializedName: "data",
        required: true,
        type: {
          name: "Dictionary",
          value: { type: { name: "any" } }
        }
      }
    }
  }
};
var FacetError = {
  serializedName: "FacetError",
  type: {
    name: "Composite",
    className: "FacetError",
    uberParent: "Facet",
    polymorphicDiscriminator: Facet.type.polymorphicDiscriminator,
    modelProperties: {
      ...Facet.type.modelProperties,
      errors: {
        serializedName: "errors",
        required: true,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ErrorDetails"
            }
          }
        }
      }
    }
  }
};
var discriminators = {
  Facet,
  "Facet.FacetResult": FacetResult,
  "Facet.FacetError": FacetError
};

// node_modules/@azure/arm-resourcegraph/dist/esm/models/parameters.js
var contentType = {
  parameterPath: ["options", "contentType"],
  mapper: {
    defaultValue: "application/json",
    isConstant: true,
    serializedName: "Content-Type",
    type: {
      name: "String"
    }
  }
};
var query = {
  parameterPath: "query",
  mapper: QueryRequest
};
var accept = {
  parameterPath: "accept",
  mapper: {
    defaultValue: "application/json",
    isConstant: true,
    serializedName: "Accept",
    type: {
      name: "String"
    }
  }
};
var $host = {
  parameterPath: "$host",
  mapper: {
    serializedName: "$host",
    required: true,
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var apiVersion = {
  parameterPath: "apiVersion",
  mapper: {
    defaultValue: "2021-06-01-preview",
    isConstant: true,
    serializedName: "api-version",
    type: {
      name: "String"
    }
  }
};
var request = {
  parameterPath: "request",
  mapper: ResourcesHistoryRequest
};

// node_modules/@azure/arm-resourcegraph/dist/esm/operations/operations.js
var OperationsImpl = class {
  client;
  /**
   * Initialize a new instance of the class Operations class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Lists all of the available REST API operations.
   * @param options The options parameters.
   */
  list(options) {
    const iter = this.listPagingAll(options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listPagingPage(options, settings);
      }
    };
  }
  async *listPagingPage(options, _settings) {
    let result;
    result = await this._list(options);
    yield result.value || [];
  }
  async *listPagingAll(options) {
    for await (const page of this.listPagingPage(options)) {
      yield* page;
    }
  }
  /**
   * Lists all of the available REST API operations.
   * @param options The options parameters.
   */
  _list(options) {
    return this.client.sendOperationRequest({ options }, listOperationSpec);
  }
};
var serializer = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var listOperationSpec = {
  path: "/providers/Microsoft.ResourceGraph/operations",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: OperationListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [$host],
  headerParameters: [accept],
  serializer
};

// node_modules/@azure/arm-resourcegraph/dist/esm/resourceGraphClient.js
var ResourceGraphClient = class extends ServiceClient {
  $host;
  apiVersion;
  /**
   * Initializes a new instance of the ResourceGraphClient class.
   * @param credentials Subscription credentials which uniquely identify client subscription.
   * @param options The parameter options
   */
  constructor(credentials, options) {
    if (credentials === void 0) {
      throw new Error("'credentials' cannot be null");
    }
    if (!options) {
      options = {};
    }
    const defaults = {
      requestContentType: "application/json; charset=utf-8",
      credential: credentials
    };
    const packageDetails = `azsdk-js-arm-resourcegraph/5.0.0-beta.4`;
    const userAgentPrefix = options.userAgentOptions && options.userAgentOptions.userAgentPrefix ? `${options.userAgentOptions.userAgentPrefix} ${packageDetails}` : `${packageDetails}`;
    const optionsWithDefaults = {
      ...defaults,
      ...options,
      userAgentOptions: {
        userAgentPrefix
      },
      endpoint: options.endpoint ?? options.baseUri ?? "https://management.azure.com"
    };
    super(optionsWithDefaults);
    let bearerTokenAuthenticationPolicyFound = false;
    if (options?.pipeline && options.pipeline.getOrderedPolicies().length > 0) {
      const pipelinePolicies = options.pipeline.getOrderedPolicies();
      bearerTokenAuthenticationPolicyFound = pipelinePolicies.some((pipelinePolicy) => pipelinePolicy.name === bearerTokenAuthenticationPolicyName);
    }
    if (!options || !options.pipeline || options.pipeline.getOrderedPolicies().length == 0 || !bearerTokenAuthenticationPolicyFound) {
      this.pipeline.removePolicy({
        name: bearerTokenAuthenticationPolicyName
      });
      this.pipeline.addPolicy(bearerTokenAuthenticationPolicy({
        credential: credentials,
        scopes: optionsWithDefaults.credentialScopes ?? `${optionsWithDefaults.endpoint}/.default`,
        challengeCallbacks: {
          authorizeRequestOnChallenge: authorizeRequestOnClaimChallenge
        }
      }));
    }
    this.$host = options.$host || "https://management.azure.com";
    this.apiVersion = options.apiVersion || "2021-06-01-preview";
    this.operations = new OperationsImpl(this);
    this.addCustomApiVersionPolicy(options.apiVersion);
  }
  /** A function that adds a policy that sets the api-version (or equivalent) to reflect the library version. */
  addCustomApiVersionPolicy(apiVersion2) {
    if (!apiVersion2) {
      return;
    }
    const apiVersionPolicy = {
      name: "CustomApiVersionPolicy",
      async sendRequest(request2, next) {
        const param = request2.url.split("?");
        if (param.length > 1) {
          const newParams = param[1].split("&").map((item) => {
            if (item.indexOf("api-version") > -1) {
              return "api-version=" + apiVersion2;
            } else {
              return item;
            }
          });
          request2.url = param[0] + "?" + newParams.join("&");
        }
        return next(request2);
      }
    };
    this.pipeline.addPolicy(apiVersionPolicy);
  }
  /**
   * Queries the resources managed by Azure Resource Manager for scopes specified in the request.
   * @param query Request specifying query and its options.
   * @param options The options parameters.
   */
  resources(query2, options) {
    return this.sendOperationRequest({ query: query2, options }, resourcesOperationSpec);
  }
  /**
   * List all snapshots of a resource for a given time interval.
   * @param request Request specifying the query and its options.
   * @param options The options parameters.
   */
  resourcesHistory(request2, options) {
    return this.sendOperationRequest({ request: request2, options }, resourcesHistoryOperationSpec);
  }
  operations;
};
var serializer2 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var resourcesOperationSpec = {
  path: "/providers/Microsoft.ResourceGraph/resources",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: QueryResponse
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: query,
  queryParameters: [apiVersion],
  urlParameters: [$host],
  headerParameters: [contentType, accept],
  mediaType: "json",
  serializer: serializer2
};
var resourcesHistoryOperationSpec = {
  path: "/providers/Microsoft.ResourceGraph/resourcesHistory",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: {
        type: { name: "Dictionary", value: { type: { name: "any" } } }
      }
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: request,
  queryParameters: [apiVersion],
  urlParameters: [$host],
  headerParameters: [contentType, accept],
  mediaType: "json",
  serializer: serializer2
};

// src/providers/azure/resource-graph.ts
import { setTimeout as delay } from "node:timers/promises";

// src/providers/azure/rest-client.ts
function restClient(options) {
  const endpoint = options.endpoint.replace(/\/+$/, "");
  let client;
  const counting = { name: `ctrlflowCount${options.name}`, sendRequest: (request2, next) => (options.count(`${options.name}.${request2.method}`), next(request2)) };
  return {
    endpoint,
    connect: () => client ??= options.credential().then(
      (credential) => new ServiceClient({
        endpoint,
        credential,
        credentialScopes: [`${endpoint}/.default`],
        retryOptions: options.retry,
        additionalPolicies: [
          { position: "perRetry", policy: counting },
          { position: "perRetry", policy: timeoutIsRetryable }
        ]
      })
    )
  };
}
var timeoutIsRetryable = {
  name: "ctrlflowTimeoutIsRetryable",
  async sendRequest(request2, next) {
    const started = Date.now();
    try {
      return await next(request2);
    } catch (error) {
      if (request2.timeout > 0 && Date.now() - started >= request2.timeout && !request2.abortSignal?.aborted) {
        throw new RestError(`no answer within ${request2.timeout} ms`, { code: "ETIMEDOUT", request: request2 });
      }
      throw error;
    }
  }
};
async function getPages(client, path, call, options) {
  const service = await client.connect();
  const origin = new URL(client.endpoint).origin;
  const pages = [];
  const seen = /* @__PURE__ */ new Set();
  let url = `${client.endpoint}${encodeURI(path)}`;
  while (url !== void 0) {
    if (seen.has(url)) throw new TargetReadError("RepeatedPageLink", `${call.service} ${path}: the service sent the same next-page link twice; stopped rather than loop`, call);
    if (seen.size >= MAX_PAGES) throw new TargetReadError("TooManyPages", `${call.service} ${path}: more than ${MAX_PAGES} pages; stopped rather than pass on a partial list`, call);
    seen.add(url);
    const request2 = createPipelineRequest({ url, method: "GET", headers: createHttpHeaders({ accept: "application/json" }), timeout: options.timeoutMs });
    let response;
    try {
      response = await service.sendRequest(request2);
    } catch (error) {
      throw readErrorOf(error, `${call.service} ${path}`, call);
    }
    const body = parseJson(response.bodyAsText);
    if (response.status >= 400) {
      const { code, message } = armError(body, response.status, `HTTP ${response.status}`);
      throw new TargetReadError(code, message, call);
    }
    const page = Array.isArray(body) ? { value: body } : body !== null && typeof body === "object" ? body : void 0;
    if (!page) throw new TargetReadError("BadResponse", `${call.service} ${path} answered HTTP ${response.status} with ${notJsonObject(response.bodyAsText, response.headers.get("content-type")) ?? "no JSON object"}, not an answer`, call);
    pages.push(page);
    const next = page[options.nextKey];
    url = typeof next === "string" && next !== "" ? next : void 0;
    if (url !== void 0 && originOf(url) !== origin) {
      throw new TargetReadError("BadPageLink", `${call.service} ${path}: the next-page link does not lead to ${origin}; not followed`, call);
    }
  }
  return pages;
}
function readErrorOf(error, what, call) {
  const e = error;
  const status = e.response?.status ?? (typeof e.statusCode === "number" ? e.statusCode : void 0);
  if (e.code === "PARSE_ERROR") {
    if (status !== void 0 && status >= 400) return new TargetReadError(`HTTP${status}`, `${what} answered HTTP ${status}`, call);
    const body = notJsonObject(e.response?.bodyAsText, e.response?.headers?.get("content-type")) ?? "a body that is not JSON";
    return new TargetReadError("BadResponse", `${what} answered HTTP ${status ?? 200} with ${body}, not an answer`, call);
  }
  return new TargetReadError(typeof e.code === "string" ? e.code : "AzureError", String(e.message ?? error).split("\n")[0], call);
}
function originOf(url) {
  try {
    return new URL(url).origin;
  } catch {
    return void 0;
  }
}
function armError(body, status, fallback) {
  const inner = body?.error;
  const code = typeof inner?.code === "string" && inner.code !== "" ? inner.code : `HTTP${status}`;
  return { code, message: String(inner?.message ?? fallback).split("\n")[0] };
}
function parseJson(text) {
  if (!text) return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function checkRequestPath(path, call) {
  if (!path.startsWith("/") || path.includes("#") || path.split("?")[0].split("/").some(isDotSegment)) {
    throw new TargetReadError("BadPath", `${call.service} path must start with / and hold no "..", "." segment or "#": "${path}"`, call);
  }
}

// src/providers/azure/arm.ts
var METHODS = /* @__PURE__ */ new Set(["PATCH", "PUT", "POST", "DELETE"]);
function armActor(arm) {
  return async (target, call) => {
    const path = typeof call.params.path === "string" ? call.params.path : "";
    const apiVersion2 = typeof call.params.apiVersion === "string" ? call.params.apiVersion : "";
    if (call.service !== "ARM" || !METHODS.has(call.method)) throw new ActionCallError("UnsupportedCall", `Azure actions are ARM PATCH, PUT, POST or DELETE calls; ${call.service} ${call.method} is not`);
    if (!path.startsWith("/") || apiVersion2 === "") throw new ActionCallError("UnsupportedCall", `an ARM call needs a resource path starting with / and an api-version (path "${path}")`);
    const subscription = subscriptionOf(path);
    if (subscription !== void 0 && subscription.toLowerCase() !== target.account.toLowerCase()) {
      throw new ActionCallError("WrongSubscription", `${path} is not in subscription ${target.account}, where the result was found`);
    }
    const request2 = createPipelineRequest({
      url: `${arm.endpoint}${encodeURI(path)}?api-version=${encodeURIComponent(apiVersion2)}`,
      method: call.method,
      headers: createHttpHeaders({ accept: "application/json", ...call.params.body === void 0 ? {} : { "content-type": "application/json" } }),
      ...call.params.body === void 0 ? {} : { body: JSON.stringify(call.params.body) }
    });
    let response;
    try {
      response = await (await arm.connect()).sendRequest(request2);
    } catch (error) {
      const e = error;
      throw new ActionCallError(typeof e.code === "string" ? e.code : "AzureError", String(e.message ?? error).split("\n")[0]);
    }
    const body = parseJson(response.bodyAsText);
    if (response.status >= 400) {
      const { code, message } = armError(body, response.status, response.bodyAsText ?? `HTTP ${response.status}`);
      throw new ActionCallError(code, message);
    }
    const output = Array.isArray(body) ? { value: body } : body !== null && typeof body === "object" ? body : {};
    return { output, changed: true };
  };
}
function subscriptionOf(path) {
  return /^\/subscriptions\/([^/?]+)/i.exec(path)?.[1];
}

// src/providers/azure/rest-reads.ts
var GRAPH_VERSIONS = /* @__PURE__ */ new Set(["v1.0", "beta"]);
function azureRestReads(arm, graph, timeoutMs) {
  const tenantAnswers = sharedAnswers();
  const read = async (target, call) => {
    const path = typeof call.params.path === "string" ? call.params.path : "";
    checkRequestPath(path, call);
    if (call.service === "ARM") {
      const apiVersion2 = typeof call.params.apiVersion === "string" ? call.params.apiVersion : "";
      if (!/^\d{4}-\d{2}-\d{2}(-preview)?$/.test(apiVersion2)) throw new TargetReadError("UnsupportedCall", `an ARM read needs an api-version such as 2024-01-01 (got "${apiVersion2}")`, call);
      const subscription = subscriptionOf(path);
      if (subscription !== void 0 && subscription.toLowerCase() !== target.account.toLowerCase()) {
        throw new TargetReadError("WrongSubscription", `${path} is not in subscription ${target.account}`, call);
      }
      const request3 = armRequestPath(path, apiVersion2);
      if (subscription !== void 0) return getPages(arm, request3, call, { timeoutMs, nextKey: "nextLink" });
      return tenantAnswers.get(`ARM ${request3}`, call, () => getPages(arm, request3, call, { timeoutMs, nextKey: "nextLink" }));
    }
    const version = typeof call.params.version === "string" ? call.params.version : "v1.0";
    if (!GRAPH_VERSIONS.has(version)) throw new TargetReadError("UnsupportedCall", `Microsoft Graph versions are v1.0 and beta (got "${version}")`, call);
    const request2 = `/${version}${path}`;
    return tenantAnswers.get(request2, call, () => getPages(graph, request2, call, { timeoutMs, nextKey: "@odata.nextLink" }));
  };
  return { read, forget: () => tenantAnswers.clear() };
}

// src/providers/azure/resource-graph.ts
var PAGE_ROWS = 1e3;
var SUBSCRIPTIONS_PER_QUERY = 1e3;
var API_VERSION = "2024-04-01";
var SCOPE_ERRORS = /* @__PURE__ */ new Set(["AuthorizationFailed", "AccessDenied", "Forbidden", "NoValidSubscriptionsInQueryRequest", "SubscriptionNotFound", "InvalidSubscriptionId"]);
function openAzure(options = {}) {
  const requests = {};
  const count = (name) => void (requests[name] = (requests[name] ?? 0) + 1);
  let client;
  const sleep = options.sleep ?? delay;
  let quotaWaitUntil = 0;
  const retry = options.retry ?? { maxRetries: 4, retryDelayInMs: 1e3, maxRetryDelayInMs: 3e4 };
  let credential;
  const credentialOf = () => credential ??= options.credential ? Promise.resolve(options.credential) : import("./esm-K36X6WMW.js").then((identity) => new identity.DefaultAzureCredential());
  const connect = async () => {
    if (client) return client;
    client = new ResourceGraphClient(await credentialOf(), {
      apiVersion: API_VERSION,
      endpoint: options.endpoint,
      retryOptions: retry,
      // Every attempt, retries included, is a request made.
      additionalPolicies: [
        { position: "perRetry", policy: { name: "ctrlflowCount", sendRequest: (request2, next) => (count("ResourceGraph.Resources"), next(request2)) } },
        { position: "perRetry", policy: timeoutIsRetryable }
      ]
    });
    return client;
  };
  const timeoutMs = options.timeoutMs ?? 6e4;
  const arm = restClient({ credential: credentialOf, endpoint: options.endpoint ?? "https://management.azure.com", retry, count, name: "ARM" });
  const graphApi = restClient({ credential: credentialOf, endpoint: options.graphEndpoint ?? "https://graph.microsoft.com", retry, count, name: "Graph" });
  const write = armActor(arm);
  const restRead = azureRestReads(arm, graphApi, timeoutMs);
  const query2 = async (request2) => {
    const graph = await connect();
    const rows = [];
    let skipToken;
    const guard = pageGuard("Resource Graph", void 0, options.maxPages ?? MAX_PAGES);
    do {
      const wait = quotaWaitUntil - Date.now();
      if (wait > 0) await sleep(wait);
      let raw;
      let page;
      try {
        page = await graph.resources(
          { ...request2, options: { resultFormat: "objectArray", top: PAGE_ROWS, ...skipToken ? { skipToken } : {} } },
          {
            requestOptions: { timeout: timeoutMs },
            onResponse: (response) => {
              raw = response;
              noteQuota(response.headers.get("x-ms-user-quota-remaining"), response.headers.get("x-ms-user-quota-resets-after"));
            }
          }
        );
      } catch (error) {
        const e = error;
        if (e.code === "PARSE_ERROR") throw readErrorOf(error, "Resource Graph", { service: "ResourceGraph", method: "Resources", params: {} });
        throw error;
      }
      const data = page.data;
      if (data === null || typeof data !== "object") {
        const body = notJsonObject(raw?.bodyAsText, raw?.headers.get("content-type"));
        throw new TargetReadError("BadResponse", `Resource Graph answered HTTP ${raw?.status ?? 200} ${body ? `with ${body}` : 'without "data"'}, not an answer`);
      }
      for (const row of Array.isArray(data) ? data : Object.values(data)) rows.push(row);
      skipToken = page.skipToken || void 0;
      guard.next(skipToken);
    } while (skipToken);
    return rows;
  };
  const noteQuota = (remaining, resetsAfter) => {
    if (remaining !== "0" || !resetsAfter) return;
    const [h = 0, m = 0, s = 0] = resetsAfter.split(":").map(Number);
    quotaWaitUntil = Date.now() + ((h * 60 + m) * 60 + s) * 1e3;
  };
  let subscriptions;
  const knownSubscriptions = () => {
    subscriptions ??= options.subscriptions?.length ? Promise.resolve([...new Set(options.subscriptions.map((s) => s.toLowerCase()))]) : query2({
      query: "ResourceContainers | where type =~ 'microsoft.resources/subscriptions' | project subscriptionId | order by subscriptionId asc",
      ...options.managementGroup ? { managementGroups: [options.managementGroup] } : {}
    }).then(
      (rows) => rows.map((r) => String(r.subscriptionId).toLowerCase()),
      (error) => {
        const { code, message } = describe(error);
        throw new ProviderSetupError(`could not list the Azure subscriptions this identity can read (${code}: ${message}); name them with --azure-subscription`);
      }
    );
    return subscriptions;
  };
  const batches = /* @__PURE__ */ new Map();
  const fetchAll = async (kql, call) => {
    const all = await knownSubscriptions();
    const outcomes = /* @__PURE__ */ new Map();
    for (let i = 0; i < all.length; i += SUBSCRIPTIONS_PER_QUERY) {
      const chunk = all.slice(i, i + SUBSCRIPTIONS_PER_QUERY);
      for (const [subscription, outcome] of await fetchChunk(kql, chunk, call)) outcomes.set(subscription, outcome);
    }
    return outcomes;
  };
  const fetchChunk = async (kql, chunk, call) => {
    try {
      const rows = await query2({ subscriptions: chunk, query: kql });
      const bySubscription = new Map(chunk.map((s) => [s, []]));
      for (const row of rows) {
        const owner = row.subscriptionId === void 0 && chunk.length === 1 ? chunk[0] : String(row.subscriptionId).toLowerCase();
        const lists = owner === "" && call.params.query === void 0 ? [...bySubscription.values()] : [bySubscription.get(owner)];
        for (const list of lists) {
          if (!list) throw new TargetReadError("UnsplittableQuery", "the query's rows must keep subscriptionId (add it to project), so each subscription gets its own", call);
          list.push(row);
        }
      }
      return bySubscription;
    } catch (error) {
      if (error instanceof TargetReadError) return new Map(chunk.map((s) => [s, new TargetReadError(error.code, error.message, call)]));
      const { code, message } = describe(error);
      if (chunk.length > 1 && SCOPE_ERRORS.has(code)) {
        const outcomes = /* @__PURE__ */ new Map();
        for (const subscription of chunk) for (const [s, o] of await fetchChunk(kql, [subscription], call)) outcomes.set(s, o);
        return outcomes;
      }
      return new Map(chunk.map((s) => [s, new TargetReadError(code, message, call)]));
    }
  };
  return {
    description: options.managementGroup ? `azure management group ${options.managementGroup}` : "azure (Resource Graph)",
    async targets(cloud) {
      if (cloud !== "azure") return [];
      return (await knownSubscriptions()).map((account) => ({ provider: "azure", account, region: "global" }));
    },
    async list(target, call) {
      if ((call.service === "ARM" || call.service === "Graph") && call.method === "Get") return restRead.read(target, call);
      const kql = kqlOf(call);
      let batch = batches.get(kql);
      if (!batch) {
        batch = fetchAll(kql, call);
        batches.set(kql, batch);
      }
      const outcome = (await batch).get(target.account.toLowerCase()) ?? (await fetchChunk(kql, [target.account.toLowerCase()], call)).get(target.account.toLowerCase());
      if (outcome instanceof TargetReadError) throw outcome;
      return outcome;
    },
    async act(target, call) {
      const outcome = await write(target, call);
      batches.clear();
      restRead.forget();
      return outcome;
    },
    requests: () => ({ ...requests })
  };
}
function describe(error) {
  const e = error;
  const inner = e.details?.error;
  const code = inner?.details?.[0]?.code ?? inner?.code ?? (typeof e.code === "string" ? e.code : void 0) ?? (e.statusCode ? `HTTP${String(e.statusCode)}` : "AzureError");
  const message = String(inner?.message ?? e.message ?? error).split("\n")[0];
  return { code, message };
}
export {
  openAzure
};
