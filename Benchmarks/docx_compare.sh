#!/usr/bin/env bash
# Whole-process timing and peak memory of `redline compare OLD.docx NEW.docx -o R.docx` on the
# W1 (~2,000 words, 5 % edits) and W2 (~100,000 words, 2 % edits, 3 moved articles) workloads
# written as Word files, side by side with Docxodus (bundled by python-redlines 2.0.0).
#
#   Benchmarks/docx_compare.sh [WORK_DIR]
#
# Needs: /usr/bin/time (GNU time), python3; for Docxodus: pip install python-redlines==2.0.0
# python-redlines-docxodus==2.0.0 (skipped with a note when missing). RUNS=N repeats each command
# (default 3) and reports the fastest wall time and the largest peak RSS.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="${1:-$(mktemp -d /tmp/redline-docx.XXXXXX)}"
RUNS="${RUNS:-3}"

echo "== building (release, static Swift stdlib)"
(cd "$root" && swift build -c release --static-swift-stdlib --product redline >/dev/null)
(cd "$here" && swift build -c release --product redline-workloads >/dev/null)
redline="$(cd "$root" && swift build -c release --show-bin-path)/redline"
workloads="$(cd "$here" && swift build -c release --show-bin-path)/redline-workloads"

echo "== writing workloads to $work"
"$workloads" "$work" --corpora "$root/corpora" >/dev/null
for w in W1 W2; do
    python3 - "$root/corpora/tools" "$work/$w" <<'PY'
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from build_docx_pairs import write_text_docx
folder = Path(sys.argv[2])
for side in ("old", "new"):
    write_text_docx((folder / f"{side}.txt").read_text(encoding="utf-8"), folder / f"{side}.docx", side)
PY
done

docxodus="$(python3 -c 'from python_redlines.engines import DocxodusEngine; print(DocxodusEngine().extracted_binaries_path)' 2>/dev/null || true)"

# measure NAME COMMAND...: prints "NAME  best-seconds  peak-MiB" over RUNS runs.
measure() {
    local name="$1"; shift
    local best="" peak=0
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
            status=$?
            # redline exits 1 when the versions differ.
            [ "$status" -eq 1 ] || { echo "$name failed ($status):"; cat "$work/stderr.txt"; return; }
        }
        read -r seconds kib < <(tail -n 1 "$work/time.txt")
        if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best="$seconds"; fi
        [ "$kib" -gt "$peak" ] && peak="$kib"
    done
    printf "%-28s %8.2f s %9.1f MiB\n" "$name" "$best" "$(awk "BEGIN{print $peak/1024}")"
}

for w in W1 W2; do
    words=$(cat "$work/$w/new.txt" | wc -w)
    echo "== $w ($words words in NEW)"
    measure "redline compare" "$redline" compare "$work/$w/old.docx" "$work/$w/new.docx" -o "$work/$w/redline.docx"
    if [ -n "$docxodus" ]; then
        measure "Docxodus (python-redlines)" "$docxodus" "$work/$w/old.docx" "$work/$w/new.docx" "$work/$w/docxodus.docx" --author=Bench
    else
        echo "Docxodus: not installed (pip install python-redlines==2.0.0 python-redlines-docxodus==2.0.0)"
    fi
done
