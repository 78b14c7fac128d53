#!/usr/bin/env bash
# Records the golden outputs that GoldenOutputTests compares the current build with, byte for byte.
#
#   Tests/Golden/record.sh PATH/TO/redline
#
# Run it with a build of the commit whose outputs are the truth (the goldens in the repository
# were recorded with the main branch before the performance work of issue 14), from anywhere.
# Each line of commands.tsv names a golden file and the `redline` arguments that produce it;
# stdout goes to outputs/NAME and the exit status to statuses.tsv. Re-record only when an output
# change is intended, and say so in the commit.
set -euo pipefail
binary="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
mkdir -p "$here/outputs"
rm -f "$here/outputs/"*
: >"$here/statuses.tsv"
cd "$root"
while IFS=$'\t' read -r -a fields; do
    [[ ${#fields[@]} -eq 0 || "${fields[0]}" == \#* ]] && continue
    name="${fields[0]}"
    status=0
    NO_COLOR=1 SOURCE_DATE_EPOCH=0 "$binary" "${fields[@]:1}" >"$here/outputs/$name" 2>/dev/null || status=$?
    printf '%s\t%s\n' "$name" "$status" >>"$here/statuses.tsv"
done <"$here/commands.tsv"
echo "recorded $(wc -l <"$here/statuses.tsv") outputs in $here/outputs"
