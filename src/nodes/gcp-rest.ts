import { checkJsonPaths, compileJsonPath } from '../lib/json-path.js';
import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import type { Problem } from '../model/problem.js';
import type { Item } from '../providers/types.js';
import { perItemJoinProperties, type PerItemJoin } from './per-item.js';
import { absentOnProperty, checkReadShape, perItemRead, renderCall, targetRead, type PickItems } from './reads/rest-read.js';
import type { NodeKind } from './types.js';
import { append } from '../model/append.js';
import { schemaFor } from '../model/schema-type.js';

/**
 * A GET of any Google REST API with the scan's GCP credentials, for what Cloud Asset does not
 * hold (project metadata, log sinks and metrics, alert policies, API keys, essential contacts
 * …): once for the project (`url` with `{{@account}}`), or once per input item
 * (`perItem.url`). Pages by `nextPageToken`. Items by `items:` (a JSONPath into each page),
 * else the page's one list, else the answer itself.
 */
export interface GcpRestConfig extends NodeConfig {
  url?: string;
  items?: string;
  absentOn?: string[];
  perItem?: PerItemJoin & { url: string; items?: string };
}

const GOOGLE_API = /^https:\/\/[a-z0-9.-]+\.googleapis\.com\//;
const url = { type: 'string', minLength: 1 } as const;
const items = { type: 'string', minLength: 1 } as const;

export const gcpRest: NodeKind<GcpRestConfig> = {
  type: 'gcp.rest',
  summary: 'GCP REST GET (url) for the project, or per input item (perItem); pages by nextPageToken; items by JSONPath, the one list, or the object',
  role: 'source',
  outputs: ['out'],
  inputs: 'optional',
  schema: schemaFor<GcpRestConfig>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type'],
    properties: {
      ...commonNodeProperties,
      url,
      items,
      absentOn: absentOnProperty,
      perItem: { type: 'object', additionalProperties: false, required: ['url', 'into'], properties: { url, items, ...perItemJoinProperties } },
    },
  }),
  check(config) {
    const problems: Problem[] = checkReadShape(config, ['url', 'items', 'absentOn'], ['url']);
    const at = config.perItem ? ['perItem'] : [];
    const written = config.perItem?.url ?? config.url;
    // The credential goes only to Google APIs; a URL from a template ({{selfLink}}) is checked when it is made.
    if (written !== undefined && !written.startsWith('{{') && !GOOGLE_API.test(written)) {
      problems.push({ path: [...at, 'url'], code: 'bad-value', message: `a GCP REST url is https://<service>.googleapis.com/… (got "${written}")` });
    }
    const pick = config.perItem?.items ?? config.items;
    if (pick !== undefined) append(problems, checkJsonPaths([[[...at, 'items'], pick]]));
    if (config.perItem?.single && config.perItem.items !== undefined) {
      problems.push({ path: ['perItem', 'items'], code: 'bad-value', message: 'single: true joins the answer object as it is; items: picks a list out of it: use one of them' });
    }
    return problems;
  },
  compile(config) {
    if (config.perItem) {
      const { url: u, items: i, ...join } = config.perItem;
      return perItemRead(join, renderCall('REST', { url: u }), picker(i));
    }
    const callOf = renderCall('REST', { url: config.url });
    return targetRead((ctx) => callOf({}, ctx), picker(config.items), config.absentOn);
  },
};

/** Keys of a Google answer that are paging or metadata, never the items. */
const META = new Set(['nextPageToken', 'unreachable', 'kind', 'etag', 'id', 'selfLink', 'warning', 'totalSize', 'header']);

function picker(path: string | undefined): PickItems {
  if (path !== undefined) {
    const read = compileJsonPath(path);
    // As the http node: a list found is its elements (`$.sinks` or `$.sinks[*]`), a plain value becomes `{ value }`.
    return (pages) =>
      pages
        .flatMap((page) => read(page).flatMap((v) => (Array.isArray(v) ? (v as unknown[]) : [v])))
        .map((v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Item) : { value: v }));
  }
  return (pages) => pages.flatMap(defaultItems);
}

/**
 * A list answer (`{ sinks: [...], nextPageToken }`) gives its one list; Google leaves an
 * empty list out, so an answer with nothing but metadata is no items; anything else (a Get)
 * is one item. Name the list with `items:` where this could guess wrong.
 */
function defaultItems(page: Item): Item[] {
  const data = Object.entries(page).filter(([k]) => !META.has(k));
  const lists = data.filter(([, v]) => Array.isArray(v));
  if (data.length === 0) return [];
  if (lists.length === 1 && data.length === 1) return lists[0]![1] as Item[];
  return [page];
}
