#!/usr/bin/env bash
# The case-store benchmark: `becscope investigate --offline` over COUNT distinct messages (copies
# of ../shared/corpus/phishing_pot with Message-IDs of their own, Benchmarks/case_copies.py), then
# the same case again with no inputs (built from the store: every analysis read back), on SQLite
# and, when BECSCOPE_BENCH_POSTGRES names a server (postgres://user@host:port/db), on PostgreSQL.
# Prints each run's seconds, peak memory and the store's line "N message(s), R analysis(es) read
# back from the store, A analysed".
#   Benchmarks/case-rerun.sh [COUNT]      (default: 10000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${BECSCOPE:-$here/../.build/release/becscope}
work=${CASE_DIR:-/tmp/becscope-case-bench}
count=${1:-10000}
corpus="$here/../../shared/corpus/phishing_pot"
[ -d "$corpus" ] || { echo "case-rerun: $corpus is missing" >&2; exit 66; }
rm -rf "$work"; mkdir -p "$work"
python3 "$here/case_copies.py" "$corpus" "$count" "$work/messages"
run() {  # label, store, inputs...
  local label=$1 store=$2; shift 2
  /usr/bin/time -o "$work/time.txt" -f "%e %M" "$bin" investigate --offline --store "$store" --case bench \
    "$@" --out "$work/out-$label" > /dev/null 2> "$work/err-$label.txt" || { cat "$work/err-$label.txt" >&2; exit 1; }
  read -r seconds rss < <(tail -1 "$work/time.txt")
  local line
  line=$(grep -o "[0-9]* message(s), [0-9]* analysis(es) read back from the store, [0-9]* analysed" "$work/err-$label.txt")
  echo "case-rerun: $label seconds=$seconds peak_rss_mb=$((rss / 1024)) ($line)"
}
run sqlite-first "$work/case.sqlite" "$work/messages"
run sqlite-rerun "$work/case.sqlite"
if [ -n "${BECSCOPE_BENCH_POSTGRES:-}" ]; then
  run postgres-first "$BECSCOPE_BENCH_POSTGRES"  "$work/messages"
  run postgres-rerun "$BECSCOPE_BENCH_POSTGRES"
fi
