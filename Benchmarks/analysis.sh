#!/usr/bin/env bash
# What the analysis layer (findings) costs `redline diff`, as whole processes, on W1 and W2.
#
#   Benchmarks/analysis.sh [WORK_DIR]
#
# Builds the release `redline` twice: this checkout, and the same checkout with
# `DiffAnalyzer.findings` short-circuited (REDLINE_BASELINE, a copy in WORK_DIR/baseline), then
# times `redline diff` with hyperfine on both. RUNS=10 by default.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="${1:-$(mktemp -d /tmp/redline-analysis.XXXXXX)}"
RUNS="${RUNS:-10}"
command -v hyperfine >/dev/null 2>&1 || { echo "analysis.sh: hyperfine is not installed" >&2; exit 2; }

echo "== workloads in $work"
(cd "$here" && swift build -c release --product redline-workloads >/dev/null)
"$(cd "$here" && swift build -c release --show-bin-path)/redline-workloads" "$work" --corpora "$root/corpora"

echo "== building redline (with findings)"
(cd "$root" && swift build -c release --product redline >/dev/null)
with="$(cd "$root" && swift build -c release --show-bin-path)/redline"

echo "== building redline without findings (baseline copy)"
rm -rf "$work/baseline" && mkdir -p "$work/baseline"
(cd "$root" && git ls-files -z | xargs -0 -I{} cp --parents {} "$work/baseline/")
# The baseline returns no findings at once, so the rest of the command is identical.
sed -i 's|guard !diff.isEmpty else { return \[\] }|return []|' "$work/baseline/Sources/RedlineAnalysis/Changes/DiffAnalyzer.swift"
(cd "$work/baseline" && swift build -c release --product redline >/dev/null 2>&1)
without="$work/baseline/.build/release/redline"

for w in W1 W2; do
    hyperfine -N -w 2 -r "$RUNS" -i \
        -n "$w without findings" "$without diff $work/$w/old.txt $work/$w/new.txt" \
        -n "$w with findings" "$with diff $work/$w/old.txt $work/$w/new.txt"
done
