#!/usr/bin/env bash
# Two becscope binaries' `analyze` throughput over one list, alternated ROUNDS times so that
# both see the same machine, then each one's median. For "within N% of before" figures; it
# runs under ../shared/peers/compare.sh beside the peers:
#   OLD=/path/to/old/becscope NEW=.build/release/becscope ROUNDS=5 \
#     ../shared/peers/compare.sh LIST -- Benchmarks/ab-throughput.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
list=${!#}
old=${OLD:?set OLD to the earlier binary}
new=${NEW:-$here/../.build/release/becscope}
rounds=${ROUNDS:-5}
results=$(mktemp)
for ((i = 1; i <= rounds; i++)); do
  for side in old new; do
    bin=$old
    [ "$side" = new ] && bin=$new
    line=$(BECSCOPE=$bin "$here/analyze-throughput.sh" "$list")
    echo "$side $line" | tee -a "$results" >&2
  done
done
python3 - "$results" <<'PY'
import re, statistics, sys
rate = {"old": [], "new": []}
for line in open(sys.argv[1]):
    side = line.split()[0]
    rate[side].append(float(re.search(r"MB/s=([0-9.]+)", line).group(1)))
old, new = statistics.median(rate["old"]), statistics.median(rate["new"])
print(f"becscope-ab: old median MB/s={old:.1f} new median MB/s={new:.1f} new/old={new / old:.3f} "
      f"(rounds={len(rate['new'])}, old {min(rate['old']):.1f}-{max(rate['old']):.1f}, new {min(rate['new']):.1f}-{max(rate['new']):.1f})")
PY
rm -f "$results"
