#!/usr/bin/env bash
# Throughput of `becscope analyze --offline --format json` over a list of messages, printed in
# the peers' format so ../shared/peers/compare.sh can run it beside them:
#   ../shared/peers/compare.sh LIST -- Benchmarks/analyze-throughput.sh
set -euo pipefail
list=${!#}
bin=${BECSCOPE:-$(cd "$(dirname "$0")/.." && pwd)/.build/release/becscope}
bytes=$(tr '\n' '\0' < "$list" | xargs -0 cat -- 2>/dev/null | wc -c)
files=$(grep -c . "$list")
start=$(date +%s.%N)
# Exit 66 means some input held no message to judge (an empty file in phishing_pot): still a run.
status=0
"$bin" analyze --offline --format json --list "$list" > /dev/null 2>&1 || status=$?
end=$(date +%s.%N)
if [ "$status" -ne 0 ] && [ "$status" -ne 66 ]; then echo "becscope-analyze: exit $status" >&2; exit "$status"; fi
python3 - "$files" "$bytes" "$start" "$end" <<'PY'
import sys
files, size, start, end = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
secs = end - start
print(f"becscope-analyze: files={files} failed=0 bytes={size} seconds={secs:.3f} MB/s={size / 1e6 / secs:.1f}")
PY
