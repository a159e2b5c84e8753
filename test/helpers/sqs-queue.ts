import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';

/**
 * An SQS queue the way the real SQSClient sees it (AWS JSON 1.0: `x-amz-target:
 * AmazonSQS.<Action>`): messages with visibility timeouts, receive counts and receipt handles,
 * every call recorded. Served by nock (in-process tests) or by a loopback HTTP server (a child
 * process), where a long poll waits for messages and is not answered once the client hung up.
 */
export const QUEUE_URL = 'https://sqs.us-east-1.amazonaws.com/111111111111/ctrlflow-events';

export interface Message {
  id: string;
  body: string;
  receiveCount: number;
  visibleAt: number;
  receipt?: string;
}

export interface Call {
  action: string;
  input: Record<string, unknown>;
}

export class FakeQueue {
  readonly messages: Message[] = [];
  readonly calls: Call[] = [];
  /** Deleted message ids, in order. */
  readonly deleted: string[] = [];
  private failDeletes = 0;
  private sent = 0;

  send(body: string): string {
    const id = `m-${++this.sent}`;
    this.messages.push({ id, body, receiveCount: 0, visibleAt: 0 });
    return id;
  }

  /** The next `n` DeleteMessage requests fail (500; the SDK retries 3 times), and the message shows again at once, as after its visibility timeout. */
  failNextDeletes(n: number): void {
    this.failDeletes = n;
  }

  visible(now = Date.now()): Message[] {
    return this.messages.filter((m) => m.visibleAt <= now);
  }

  /** One call; `[status, body]`. */
  answer(action: string, input: Record<string, unknown>, now = Date.now()): [number, Record<string, unknown>] {
    this.calls.push({ action, input });
    switch (action) {
      case 'ReceiveMessage': {
        const max = Number(input.MaxNumberOfMessages ?? 1);
        const hide = Number(input.VisibilityTimeout ?? 30) * 1000;
        const taken = this.visible(now).slice(0, max);
        for (const m of taken) {
          m.receiveCount += 1;
          m.visibleAt = now + hide;
          m.receipt = `${m.id}#${m.receiveCount}`;
        }
        if (taken.length === 0) return [200, {}];
        return [
          200,
          {
            Messages: taken.map((m) => ({
              MessageId: m.id,
              ReceiptHandle: m.receipt,
              MD5OfBody: createHash('md5').update(m.body).digest('hex'),
              Body: m.body,
              Attributes: { ApproximateReceiveCount: String(m.receiveCount) },
            })),
          },
        ];
      }
      case 'DeleteMessage': {
        const m = this.byReceipt(input.ReceiptHandle);
        if (!m) return [400, { __type: 'com.amazonaws.sqs#ReceiptHandleIsInvalid', message: 'The input receipt handle is invalid.' }];
        if (this.failDeletes > 0) {
          this.failDeletes -= 1;
          m.visibleAt = 0;
          return [500, { __type: 'com.amazonaws.sqs#InternalError', message: 'We encountered an internal error. Please try again.' }];
        }
        this.messages.splice(this.messages.indexOf(m), 1);
        this.deleted.push(m.id);
        return [200, {}];
      }
      case 'ChangeMessageVisibility': {
        const m = this.byReceipt(input.ReceiptHandle);
        if (!m) return [400, { __type: 'com.amazonaws.sqs#ReceiptHandleIsInvalid', message: 'The input receipt handle is invalid.' }];
        m.visibleAt = now + Number(input.VisibilityTimeout) * 1000;
        return [200, {}];
      }
      default:
        return [400, { __type: 'com.amazonaws.sqs#InvalidAction', message: `the fake does not know ${action}` }];
    }
  }

  private byReceipt(receipt: unknown): Message | undefined {
    return this.messages.find((m) => m.receipt === receipt);
  }
}

const JSON_1_0 = { 'content-type': 'application/x-amz-json-1.0' };

/** The queue behind nock at its regional endpoint (the SDK's real client, retries and all; no long polling). */
export function nockQueue(queue: FakeQueue, url = QUEUE_URL): void {
  nock(new URL(url).origin)
    .persist()
    .post('/')
    .reply(async (request: unknown) => {
      const req = request as Request;
      const action = (req.headers.get('x-amz-target') ?? '').replace(/^AmazonSQS\./, '');
      const [status, body] = queue.answer(action, (await req.json()) as Record<string, unknown>);
      return [status, JSON.stringify(body), JSON_1_0];
    });
}

/** The queue on a loopback server, with real long polling; `url` is the queue URL to hand the client. */
export async function serveQueue(queue: FakeQueue): Promise<{ url: string; polls(): number; close(): Promise<void> }> {
  let polls = 0;
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    const action = String(req.headers['x-amz-target'] ?? '').replace(/^AmazonSQS\./, '');
    let gone = false;
    res.on('close', () => (gone = true));
    if (action === 'ReceiveMessage') {
      polls += 1;
      const until = Date.now() + Number(input.WaitTimeSeconds ?? 0) * 1000;
      while (!gone && queue.visible().length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      // A client that hung up (an aborted long poll) is given nothing: no message is lost in the wire.
      if (gone) return;
    }
    const [status, body] = queue.answer(action, input);
    res.writeHead(status, JSON_1_0).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/111111111111/ctrlflow-events`,
    polls: () => polls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
