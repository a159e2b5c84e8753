#!/usr/bin/env bash
# The packed-tarball install test (.ci/run runs it after the build): `npm pack` the checkout as
# it is built, install the tarball globally into a temporary prefix, and run the installed
# `ctrlflow` from a directory that is not the checkout: --version, `list controls`, the demo
# scan with the bundled controls, and the user's own controls in ./controls beside them.
# Dependencies come from npm's cache when it has them (npm ci filled it), else the registry.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/ctrlflow-install-XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "install-test: $*" >&2; exit 1; }

test -f "$repo/dist/cli/bin.js" || fail "build first (npm ci or npm run build)"
version="$(node -p "require('$repo/package.json').version")"
# --ignore-scripts: pack the build that is there; `prepare` would build it again.
tarball="$(cd "$repo" && npm pack --ignore-scripts --silent --pack-destination "$work" | tail -n 1)"
echo "install-test: packed $tarball"
npm install --global --prefix "$work/prefix" --prefer-offline --no-audit --no-fund --loglevel error "$work/$tarball"
ctrlflow="$work/prefix/bin/ctrlflow"
test -x "$ctrlflow" || fail "no bin/ctrlflow in the prefix"

mkdir -p "$work/elsewhere" && cd "$work/elsewhere"
[ "$("$ctrlflow" --version)" = "$version" ] || fail "--version is not $version"

"$ctrlflow" list controls > controls.txt
grep -q '^AWS-RDS-001 ' controls.txt || fail "list controls does not show the bundled AWS-RDS-001"
[ "$(wc -l < controls.txt)" -ge 200 ] || fail "list controls shows $(wc -l < controls.txt) controls"

# The README's demo, from here: the bundled controls and flows against the checkout's demo inventory.
"$ctrlflow" scan --inventory "$repo/examples/demo-inventory" --out reports --fail-on none > scan.txt 2> scan.err \
  || { tail -n 5 scan.txt scan.err >&2; fail "the demo scan failed"; }
for ext in json csv sarif html md; do test -s "reports/ctrlflow.$ext" || fail "the demo scan wrote no ctrlflow.$ext"; done
grep -q '^Exit 0 (--fail-on none)\.$' scan.txt || fail "the demo scan did not end with its exit line"
node -e '
  const r = JSON.parse(require("fs").readFileSync("reports/ctrlflow.json", "utf8"));
  if (r.controls.length < 200 || r.totals.FAIL === 0 || r.totals.ERROR !== 0) { console.error(r.controls.length, r.totals); process.exit(1); }
' || fail "the demo scan's results are not the bundled controls' results"

# The user's own control beside the bundled ones, on a bundled flow; and one that replaces a bundled id.
mkdir -p controls
sed 's/^id: AWS-RDS-001$/id: MY-RDS-001/' "$repo/controls/aws/rds/AWS-RDS-001.yaml" | grep -v '^  cis-aws-7.0:' > controls/MY-RDS-001.yaml
sed 's/^title: .*/title: Our own take on public RDS/' "$repo/controls/aws/rds/AWS-RDS-002.yaml" > controls/AWS-RDS-002.yaml
"$ctrlflow" scan --inventory "$repo/examples/demo-inventory" --only 'MY-RDS-*' AWS-RDS-001 AWS-RDS-002 --out mine --format json --fail-on none > mine.txt 2> mine.err \
  || { tail -n 5 mine.txt mine.err >&2; fail "the scan of own and bundled controls failed"; }
grep -q 'AWS-RDS-002 replaces the bundled control' mine.err || fail "no warning for the replaced AWS-RDS-002"
node -e '
  const r = JSON.parse(require("fs").readFileSync("mine/ctrlflow.json", "utf8"));
  const ids = r.controls.map((c) => c.id + ":" + c.title).sort().join("\n");
  if (!/^AWS-RDS-001:/m.test(ids) || !/^AWS-RDS-002:Our own take on public RDS$/m.test(ids) || !/^MY-RDS-001:/m.test(ids)) { console.error(ids); process.exit(1); }
' || fail "own and bundled controls did not run together"
"$ctrlflow" scan --no-bundled --inventory "$repo/examples/demo-inventory" --out only-mine --format json --fail-on none > only-mine.txt 2>&1 \
  || { tail -n 5 only-mine.txt >&2; fail "the --no-bundled scan failed"; }
node -e '
  const r = JSON.parse(require("fs").readFileSync("only-mine/ctrlflow.json", "utf8"));
  if (r.controls.map((c) => c.id).sort().join() !== "AWS-RDS-002,MY-RDS-001") { console.error(r.controls.map((c) => c.id)); process.exit(1); }
' || fail "--no-bundled ran more than the own controls"
echo "install-test: ok (ctrlflow $version installed from $tarball, run from $work/elsewhere)"
