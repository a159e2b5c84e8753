import { ChangeMessageVisibilityCommand, DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { EventQueue, QueueMessage } from '../queue.js';

export interface SqsOptions {
  queueUrl: string;
  /** Default: the queue URL's region (sqs.REGION.amazonaws.com), else AWS_REGION, else us-east-1. */
  region?: string;
  /** Default: the queue URL's origin (so an emulator's queue URL is its endpoint). */
  endpoint?: string;
  credentials?: AwsCredentialIdentityProvider;
  /** Seconds a received message stays hidden from other consumers (default: the queue's setting). */
  visibilityTimeout?: number;
  /** A receive may wait up to 20 s for messages: the request timeout is above that. */
  requestTimeoutMs?: number;
}

/** The SQS queue an EventBridge rule targets, through the SDK's SQSClient (credentials from its default chain). */
export function openSqsQueue(options: SqsOptions): EventQueue {
  const url = new URL(options.queueUrl);
  const region = options.region ?? /^(?:sqs\.)?([a-z0-9-]+)\.(?:queue\.)?amazonaws\.com/.exec(url.host)?.[1] ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const client = new SQSClient({
    region: region === 'sqs' || region === 'queue' ? 'us-east-1' : region,
    endpoint: options.endpoint ?? url.origin,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    requestHandler: { requestTimeout: options.requestTimeoutMs ?? 30_000 },
  });
  const QueueUrl = options.queueUrl;
  return {
    url: QueueUrl,
    async receive(max: number, waitSeconds: number, signal: AbortSignal): Promise<QueueMessage[]> {
      if (signal.aborted) return [];
      try {
        const answer = await client.send(
          new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: max, WaitTimeSeconds: waitSeconds, MessageSystemAttributeNames: ['ApproximateReceiveCount'], ...(options.visibilityTimeout ? { VisibilityTimeout: options.visibilityTimeout } : {}) }),
          { abortSignal: signal },
        );
        return (answer.Messages ?? []).map((m) => ({
          messageId: m.MessageId ?? '',
          receipt: m.ReceiptHandle ?? '',
          body: m.Body ?? '',
          receiveCount: Number(m.Attributes?.ApproximateReceiveCount ?? 1),
        }));
      } catch (error) {
        if (signal.aborted) return [];
        throw error;
      }
    },
    async delete(message: QueueMessage): Promise<void> {
      await client.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: message.receipt }));
    },
    async setVisibility(message: QueueMessage, seconds: number): Promise<void> {
      await client.send(new ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: message.receipt, VisibilityTimeout: seconds }));
    },
  };
}
