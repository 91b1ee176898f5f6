#!/usr/bin/env bash
# The IOC-export benchmark: `becscope investigate` over MESSAGES lures of URLS distinct links
# each (Benchmarks/ioc_case.py), then over ../shared/corpus/phishing_pot when present. Prints the
# whole run's seconds and peak memory, and the export step's own seconds (the status line
# "wrote the report and N indicator(s) in S s").
#   Benchmarks/ioc-export.sh [MESSAGES] [URLS]      (default: 80 1000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${BECSCOPE:-$here/../.build/release/becscope}
work=${IOC_DIR:-/tmp/becscope-ioc}
messages=${1:-80}
urls=${2:-1000}
run() {  # name, inputs...
  local name=$1; shift
  rm -rf "$work/case-$name"
  /usr/bin/time -o "$work/time-$name.txt" -f "%e %M" "$bin" investigate --offline "$@" --out "$work/case-$name" \
    > /dev/null 2> "$work/err-$name.txt" || true
  read -r seconds rss < <(tail -1 "$work/time-$name.txt")
  local export
  export=$(grep -o "wrote the report and [0-9]* indicator(s) in [0-9.]* s (the indicator exports took [0-9.]* s of it)" "$work/err-$name.txt" || echo "no export line")
  echo "ioc-export: $name seconds=$seconds peak_rss_mb=$((rss / 1024)) ($export)"
}
rm -rf "$work/lures"; mkdir -p "$work/lures"
python3 "$here/ioc_case.py" "$messages" "$urls" "$work/lures"
run "${messages}x${urls}" "$work/lures"
corpus="$here/../../shared/corpus/phishing_pot"
if [ -d "$corpus" ]; then run phishing_pot "$corpus"; fi
