import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Heap in use (live and not yet collected) above which a finished target is followed by a
 * full collection. Below it (the demo, most scans) nothing is forced: a forced collection
 * per target cost the demo 12% of its time.
 */
const LARGE_HEAP = 256 * 1024 * 1024;

let collect: (() => void) | undefined;
/** Heap in use right after the last forced collection: about what was live then. */
let liveAfterCollection = 0;
let bounded = false;

/**
 * Lets the old space grow to twice what a collection left live, not V8's up to four times when
 * collecting is cheap next to the work: set once, when a scan starts. Twenty storage-account
 * flows over one Azure target of 150,000 accounts peaked at 0.95–1.03 GB against 1.09–1.18 GB,
 * in the same time (three runs each); every bundled control over the bench's 1M inventory at
 * 0.91 against 1.13 GB. Set at run time as --expose-gc is below: V8 reads it each time it sizes
 * the heap after a collection.
 */
export function boundHeapGrowth(): void {
  if (bounded) return;
  bounded = true;
  setFlagsFromString('--heap-growing-percent=100');
}

/**
 * A full garbage collection once a large target is done. Its recordings and results are
 * garbage then, but V8 lets the old space grow to several times what is live before it
 * collects, and sizes the next growth from there: a million-resource scan peaked at
 * 1.1–1.4 GB with about 250 MB live, and at 0.74–0.82 GB collecting here, in the same time.
 * `gc` is taken as jest's leak detector takes it: --expose-gc set at run time, read from a
 * new context.
 */
export function collectIfLarge(): void {
  if (getHeapStatistics().used_heap_size > LARGE_HEAP) collectNow();
}

/**
 * The same within a target, between its flows: a full collection once the heap in use is
 * large and twice what was live after the last one. One target can be most of a scan (an
 * Azure subscription's 150,000 storage accounts read by twenty flows, each leaving its items
 * behind): V8 sized the next growth from a flow's peak. That scan peaked at 1.21 GB without
 * these collections, 1.03 GB with them.
 */
export function collectIfGrown(): void {
  const used = getHeapStatistics().used_heap_size;
  if (used > LARGE_HEAP && used > 2 * liveAfterCollection) collectNow();
}

function collectNow(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
  liveAfterCollection = getHeapStatistics().used_heap_size;
}
