/** One message of the queue an EventBridge rule targets. */
export interface QueueMessage {
  messageId: string;
  /** Needed to delete it or change its visibility; valid for this receive only. */
  receipt: string;
  body: string;
  /** How many times it was received, this time included (SQS ApproximateReceiveCount). */
  receiveCount: number;
}

/**
 * The queue as `listen` sees it: the SQS consumer behind it lives in src/providers/aws/sqs.ts
 * (the only place that imports the SDK), tests may give another.
 */
export interface EventQueue {
  readonly url: string;
  /** Long-polls for up to `max` messages (1–10) for up to `waitSeconds`; [] when none came or `signal` aborted. */
  receive(max: number, waitSeconds: number, signal: AbortSignal): Promise<QueueMessage[]>;
  /** Gone for good: only after its event was handled (reports and audit log written). */
  delete(message: QueueMessage): Promise<void>;
  /** Visible again after `seconds` (0: at once): a failure retried later, or a lease extended while it runs. */
  setVisibility(message: QueueMessage, seconds: number): Promise<void>;
}
