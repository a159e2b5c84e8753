import { validateSchema } from './validate.js';

/**
 * A cloud event in EventBridge's envelope: CloudTrail API calls arrive as
 * `detail-type: AWS API Call via CloudTrail` with the call under `detail`. `account` and
 * `region` say where it happened: the target its flows run on.
 */
export interface CloudEvent {
  id: string;
  source: string;
  'detail-type': string;
  account: string;
  region: string;
  time?: string;
  resources?: string[];
  detail?: Record<string, unknown>;
  [key: string]: unknown;
}

export const cloudEventSchema = {
  type: 'object',
  required: ['id', 'source', 'detail-type', 'account', 'region'],
  properties: {
    id: { type: 'string', minLength: 1 },
    source: { type: 'string', minLength: 1 },
    'detail-type': { type: 'string', minLength: 1 },
    account: { type: 'string', minLength: 1 },
    region: { type: 'string', minLength: 1 },
    time: { type: 'string' },
    resources: { type: 'array', items: { type: 'string' } },
    detail: { type: 'object' },
  },
} as const;

/**
 * One event or a batch: a JSON object, a JSON list of them, or JSON lines (one object a line).
 * An event delivered through SNS (`{ Type: Notification, Message: "<event>" }`) is unwrapped.
 * Any mistake makes the whole input malformed: nothing of it runs.
 */
export function parseEvents(text: string): { events: CloudEvent[]; errors: string[] } {
  const docs = parseDocuments(text);
  if ('error' in docs) return { events: [], errors: [docs.error] };
  const events: CloudEvent[] = [];
  const errors: string[] = [];
  docs.values.forEach((doc, i) => {
    const where = docs.values.length > 1 ? `event ${i + 1}: ` : '';
    const checked = checkEvent(doc);
    if (typeof checked === 'string') errors.push(`${where}${checked}`);
    else events.push(checked);
  });
  if (events.length === 0 && errors.length === 0) errors.push('no event in the input');
  return { events, errors };
}

/** One parsed document as an event, or what is wrong with it. */
export function checkEvent(doc: unknown): CloudEvent | string {
  const event = unwrapSns(doc);
  const problems = validateSchema(cloudEventSchema, event);
  if (problems.length === 0) return event as CloudEvent;
  return `not an EventBridge event: ${problems.map((p) => (p.path.length > 0 ? `${p.path.join('.')}: ${p.message}` : p.message)).join('; ')}`;
}

function unwrapSns(doc: unknown): unknown {
  const d = doc as { Type?: unknown; Message?: unknown } | null;
  if (d && typeof d === 'object' && d.Type === 'Notification' && typeof d.Message === 'string') {
    try {
      return JSON.parse(d.Message) as unknown;
    } catch {
      return doc;
    }
  }
  return doc;
}

function parseDocuments(text: string): { values: unknown[] } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { error: 'the input is empty' };
  try {
    const value = JSON.parse(trimmed) as unknown;
    return { values: Array.isArray(value) ? value : [value] };
  } catch (whole) {
    // JSON lines: every non-blank line one document.
    const lines = trimmed.split('\n').filter((l) => l.trim() !== '');
    if (lines.length < 2) return { error: `not JSON: ${(whole as Error).message}` };
    const values: unknown[] = [];
    for (const [i, line] of lines.entries()) {
      try {
        values.push(JSON.parse(line) as unknown);
      } catch (error) {
        return { error: `not JSON (line ${i + 1}): ${(error as Error).message}` };
      }
    }
    return { values };
  }
}
