/**
 * Appends every item of `items` to `target`, one by one. `target.push(...items)` passes each
 * item as an argument and overflows the stack at about 120k items (a page of cloud answers,
 * a folder of files, a list of problems), so it is never used on a list of unknown length.
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
