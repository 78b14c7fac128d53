#!/usr/bin/env bash
# End-to-end comparison of Redline's word diff with git's word diff and
# Python's difflib on the workloads W1–W4 (see Sources/RedlineWorkloads).
#
#   Benchmarks/compare.sh [WORK_DIR]
#
# Environment:
#   RUNS=10          hyperfine runs for Redline and git (difflib: DIFFLIB_RUNS=2)
#   MINIMAL=1        compute the exact minimal edit sizes (plain Myers, ~10 s on W3); 0 skips
#   DIFFLIB=1        time Python difflib too (slow: ~10 s on W2); 0 skips
#
# Every tool diffs the same plain-text files, as a whole process (start-up,
# reading, diffing, output). Edit-script sizes are all counted in git's
# word-diff tokens ([[:alnum:]]+ or one other non-space character), so the
# three tools are compared on one scale; "minimal" is the exact shortest
# script in those tokens. Redline's size is also given in its own content
# tokens (words, numbers, punctuation) against the exact minimum there.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="${1:-$(mktemp -d /tmp/redline-compare.XXXXXX)}"
RUNS="${RUNS:-10}"
DIFFLIB_RUNS="${DIFFLIB_RUNS:-2}"
MINIMAL="${MINIMAL:-1}"
DIFFLIB="${DIFFLIB:-1}"
WORD_REGEX='[[:alnum:]]+|[^[:space:][:alnum:]]'

if ! command -v hyperfine >/dev/null 2>&1; then
    echo "compare.sh: hyperfine is not installed (Debian: apt-get install hyperfine)" >&2
    exit 2
fi
for tool in git python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "compare.sh: $tool is required" >&2; exit 2; }
done

echo "== building (release, static Swift stdlib)"
(cd "$here" && swift build -c release --static-swift-stdlib --product wdiff-bench >/dev/null)
(cd "$here" && swift build -c release --product redline-workloads >/dev/null)
bin="$(cd "$here" && swift build -c release --show-bin-path)"
wdiff="$bin/wdiff-bench"
# The real command, as users run it (parse + align + diff + summary), built the way the README does.
(cd "$root" && swift build -c release --static-swift-stdlib --product redline >/dev/null)
redline="$(cd "$root" && swift build -c release --show-bin-path)/redline"

echo "== writing workloads to $work"
"$bin/redline-workloads" "$work" --corpora "$root/corpora"

cat >"$work/difflib_diff.py" <<'PY'
import difflib, os, re, sys
TOKEN = re.compile(r'[^\W_]+|[^\s\w]|_')
def tokens(words): return len(TOKEN.findall(' '.join(words)))
def diff(a_path, b_path):
    a = open(a_path, encoding='utf-8').read().split()
    b = open(b_path, encoding='utf-8').read().split()
    edited = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
        if tag != 'equal':
            edited += tokens(a[i1:i2]) + tokens(b[j1:j2])
    return edited
old, new = sys.argv[1], sys.argv[2]
if os.path.isdir(old):
    names = sorted(set(os.listdir(old)) & set(os.listdir(new)))
    print('git_tokens_edited=%d' % sum(diff(os.path.join(old, n), os.path.join(new, n)) for n in names))
else:
    print('git_tokens_edited=%d' % diff(old, new))
PY

cat >"$work/git_edit_size.py" <<'PY'
# Counts git word-diff tokens in the -/+ lines of `git diff --word-diff=porcelain` output.
import re, sys
TOKEN = re.compile(r'[^\W_]+|[^\s\w]|_')
edited, in_hunk = 0, False
for line in sys.stdin.buffer.read().decode('utf-8', 'replace').split('\n'):
    if line.startswith('diff --git'):
        in_hunk = False
    elif line.startswith('@@'):
        in_hunk = True
    elif in_hunk and line[:1] in ('-', '+'):
        edited += len(TOKEN.findall(line[1:]))
print(edited)
PY

declare -A path_old path_new flag
for w in W1 W2 W3; do path_old[$w]="$work/$w/old.txt"; path_new[$w]="$work/$w/new.txt"; flag[$w]=""; done
path_old[W4]="$work/W4/old"; path_new[W4]="$work/W4/new"; flag[W4]="--dirs"

mean_ms() { python3 -c "import json,sys; print('%.1f' % (json.load(open(sys.argv[1]))['results'][0]['mean'] * 1000))" "$1"; }
field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<" $2"; }

summary="$work/summary.txt"
: >"$summary"
for w in W1 W2 W3 W4; do
    o="${path_old[$w]}" n="${path_new[$w]}" f="${flag[$w]}"
    echo "== $w"
    ours_cmd="$wdiff $f $o $n"
    git_cmd="git diff --no-index --word-diff=porcelain --word-diff-regex='$WORD_REGEX' $o $n"
    hyperfine -N -i --style basic --warmup 2 --runs "$RUNS" --export-json "$work/$w-ours.json" "$ours_cmd" >/dev/null
    hyperfine -N -i --style basic --warmup 2 --runs "$RUNS" --export-json "$work/$w-git.json" "$git_cmd" >/dev/null
    # `redline diff` exits 1 when the files differ: -i keeps hyperfine going.
    hyperfine -N -i --style basic --warmup 2 --runs "$RUNS" --export-json "$work/$w-redline-diff.json" \
        "$redline diff $o $n" >/dev/null
    ours_ms="$(mean_ms "$work/$w-ours.json")"
    git_ms="$(mean_ms "$work/$w-git.json")"
    command_ms="$(mean_ms "$work/$w-redline-diff.json")"
    difflib_ms="-"
    difflib_size="-"
    if [[ "$DIFFLIB" == 1 ]]; then
        hyperfine -N -i --style basic --runs "$DIFFLIB_RUNS" --export-json "$work/$w-difflib.json" \
            "python3 $work/difflib_diff.py $o $n" >/dev/null
        difflib_ms="$(mean_ms "$work/$w-difflib.json")"
        difflib_size="$(field git_tokens_edited "$(python3 "$work/difflib_diff.py" "$o" "$n")")"
    fi

    # Edit-script sizes.
    clean="$("$wdiff" $f --stats "$o" "$n")"
    if [[ "$MINIMAL" == 1 ]]; then
        raw="$("$wdiff" $f --minimal --no-cleanup "$o" "$n")"
    else
        raw="$("$wdiff" $f --stats --no-cleanup "$o" "$n")"
    fi
    git_size="$(git diff --no-index --word-diff=porcelain --word-diff-regex="$WORD_REGEX" "$o" "$n" | python3 "$work/git_edit_size.py" || true)"
    ours_clean="$(field git_tokens_edited "$clean")"
    ours_raw="$(field git_tokens_edited "$raw")"
    ours_content="$(field content_tokens_edited "$raw")"
    ours_content_clean="$(field content_tokens_edited "$clean")"
    min_git="$(field minimal_git_tokens "$raw")"; min_git="${min_git:--}"
    min_content="$(field minimal_content_tokens "$raw")"; min_content="${min_content:--}"
    is_minimal="$(field minimal "$clean")"

    printf '%s\n' "$w time (mean of $RUNS): redline ${ours_ms} ms | git ${git_ms} ms | difflib ${difflib_ms} ms | redline/git = $(python3 -c "print('%.2f' % ($ours_ms / $git_ms))")" | tee -a "$summary"
    printf '%s\n' "$w whole command (mean of $RUNS): redline diff ${command_ms} ms | git ${git_ms} ms | redline diff/git = $(python3 -c "print('%.2f' % ($command_ms / $git_ms))")" | tee -a "$summary"
    printf '%s\n' "$w edit size, git tokens: redline ${ours_clean} (clean-up) / ${ours_raw} (raw) | git ${git_size} | difflib ${difflib_size} | minimal ${min_git}" | tee -a "$summary"
    printf '%s\n' "$w edit size, Redline content tokens: ${ours_content_clean} (clean-up) / ${ours_content} (raw) | minimal ${min_content} | isMinimal=${is_minimal}" | tee -a "$summary"
done

echo
echo "== summary (files in $work)"
cat "$summary"
cat <<'EOF'
Targets: W2 redline <= 0.5 x git time and edit script <= 1.01 x minimal; W3 redline <= git time;
W4 (two folders of 500 files, one process) redline <= 0.4 x git time.
Whole `redline diff` command (issue 14): W1 <= 1.0, W2 <= 0.5, W3 <= 1.0, W4 <= 0.4 x git.
EOF
