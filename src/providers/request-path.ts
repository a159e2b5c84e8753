/**
 * `.` and `..` path segments, also percent-encoded (URL parsing resolves `%2e%2e` as `..`):
 * a REST read whose path is a template over cloud data refuses them, so a hostile resource
 * name cannot steer the credentialed request to another path.
 */
export function isDotSegment(segment: string): boolean {
  const plain = segment.toLowerCase().replaceAll('%2e', '.');
  return plain === '.' || plain === '..';
}
