import { TargetReadError, type InventoryReader } from '../types.js';

/**
 * The http reads of a snapshot scan: the snapshot's recording of the request when it has one
 * (`HTTP.json` in the target's folder, written by `ctrlflow snapshot`), so a recorded scan
 * runs again offline with the same answers; otherwise the live endpoint, as an http node
 * read before HTTP was recorded (a hand-written inventory beside a live ticketing API).
 */
export function recordedOrLive(snapshot: InventoryReader, live: InventoryReader): InventoryReader {
  return {
    description: `${snapshot.description} (http: recorded, else live)`,
    targets: async () => [],
    async list(target, call) {
      try {
        return await snapshot.list(target, call);
      } catch (error) {
        if (error instanceof TargetReadError && error.code === 'NotRecorded') return live.list(target, call);
        throw error;
      }
    },
  };
}
