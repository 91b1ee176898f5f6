#!/usr/bin/env bash
# The case-store benchmark: `becscope investigate --offline` over COUNT distinct messages (copies
# of ../shared/corpus/phishing_pot with Message-IDs of their own, Benchmarks/case_copies.py), on
# SQLite and, when BECSCOPE_BENCH_POSTGRES names an empty database (postgres://user@host:port/db),
# on PostgreSQL. Four runs a store:
#   first   the inputs into a new case, written to DIR;
#   again   the same command again: every input already held (not analysed), the case unchanged;
#   store   no inputs, the same DIR: the case as the store holds it, unchanged;
#   rebuild no inputs, a new DIR: every analysis read back from the store, the report written.
# Prints each run's seconds, peak memory and what it said about the case.
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
run() {  # label, out, store, inputs...
  local label=$1 out=$2 store=$3; shift 3
  /usr/bin/time -o "$work/time.txt" -f "%e %M" "$bin" investigate --offline --store "$store" --case bench \
    "$@" --out "$work/$out" > /dev/null 2> "$work/err-$label.txt" || { cat "$work/err-$label.txt" >&2; exit 1; }
  read -r seconds rss < <(tail -1 "$work/time.txt")
  local line
  line=$(grep -o "[0-9]* message(s), [0-9]* analysis(es) read back from the store, [0-9]* analysed\|unchanged since\|[0-9]* reported message(s) added to the case, [0-9]* already in it" "$work/err-$label.txt" | paste -sd ';' -)
  echo "case-rerun: $label seconds=$seconds peak_rss_mb=$((rss / 1024)) ($line)"
}
bench() {  # name, store
  run "$1-first" "out-$1" "$2" "$work/messages"
  run "$1-again" "out-$1" "$2" "$work/messages"
  run "$1-store" "out-$1" "$2"
  run "$1-rebuild" "out-$1-rebuild" "$2"
}
bench sqlite "$work/case.sqlite"
if [ -n "${BECSCOPE_BENCH_POSTGRES:-}" ]; then bench postgres "$BECSCOPE_BENCH_POSTGRES"; fi
