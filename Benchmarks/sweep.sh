#!/usr/bin/env bash
# The mailbox-sweep benchmark: `becscope investigate --mailbox` over generated mboxes of
# 10 thousand, 100 thousand and 1 million messages (Benchmarks/sweep_mbox.py), each with planted
# copies of one lure. Checks that every planted copy is found and nothing else, and prints
# messages per second and peak memory.
#   Benchmarks/sweep.sh [COUNT...]       (default: 10000 100000 1000000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${BECSCOPE:-$here/../.build/release/becscope}
work=${SWEEP_DIR:-/tmp/becscope-sweep}
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(10000 100000 1000000)
mkdir -p "$work"
for n in "${counts[@]}"; do
  [ -f "$work/mailbox-$n.mbox" ] || python3 "$here/sweep_mbox.py" "$n" "$work" >&2
  rm -rf "$work/case-$n"
  /usr/bin/time -o "$work/time-$n.txt" -f "%e %M" \
    "$bin" investigate --offline "$work/reported.eml" --mailbox "$work/mailbox-$n.mbox" --out "$work/case-$n" \
    > "$work/out-$n.txt" 2> "$work/err-$n.txt"
  python3 - "$n" "$work" <<'PY'
import json, os, sys
n, work = sys.argv[1], sys.argv[2]
seconds, rss = open(f"{work}/time-{n}.txt").read().split()[-2:]
planted = set(open(f"{work}/planted-{n}.txt").read().split())
case = json.load(open(f"{work}/case-{n}/case.json"))
found = {m["message"]["message_id"] for m in case["messages"] if m["source"].startswith(f"{work}/mailbox-")}
found = {"<" + f + ">" if not f.startswith("<") else f for f in found if f}
size = os.path.getsize(f"{work}/mailbox-{n}.mbox")
missed, extra = planted - found, found - planted
print(f"sweep: messages={n} bytes={size} seconds={float(seconds):.1f} msgs/s={int(int(n) / float(seconds))} "
      f"MB/s={size / 1e6 / float(seconds):.1f} peak_rss={int(rss) // 1024}MB planted={len(planted)} "
      f"found={len(found & planted)} missed={len(missed)} extra={len(extra)}")
sys.exit(1 if missed or extra else 0)
PY
done
