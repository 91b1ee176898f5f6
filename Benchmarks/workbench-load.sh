#!/usr/bin/env bash
# The workbench benchmark: N reported messages (Benchmarks/workbench_mbox.py, default 100,000)
# taken into cases of 5,000 in a fresh SQLite workbench store by `becscope investigate --store`, then
# `becscope serve` (release build) analyses its queue; wrk on loopback measures the inbox page
# (signed in), /api/v1/reports and a search, with latency percentiles; then upload-to-verdict
# time for one message through the API into a new case (five times).
#   Benchmarks/workbench-load.sh [N]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${BECSCOPE:-$here/../.build/release/becscope}
work=${WORKBENCH_DIR:-/tmp/becscope-workbench-bench}
n=${1:-100000}
port=${PORT:-18900}
base=http://127.0.0.1:$port
org=$here/../Tests/InvestigationTests/Fixtures/case/org.yaml
rm -rf "$work"; mkdir -p "$work/data"
export BECSCOPE_PASSWORD='correct horse battery staple'
"$bin" user add ana --role admin --data "$work/data" 2>/dev/null
token=$("$bin" token add ana --label bench --scope read --data "$work/data" 2>/dev/null)
writer=$("$bin" token add ana --label bench-write --scope write --data "$work/data" 2>/dev/null)
# The reports spread over cases of 5,000 (a team's inbox spans many cases), each taken in by
# `investigate --store`.
per=5000
cases=$(( (n + per - 1) / per ))
start=$(date +%s.%N)
for k in $(seq 0 $((cases - 1))); do
  python3 "$here/workbench_mbox.py" $(( n - k * per < per ? n - k * per : per )) "$work/reports.mbox" $((k * per))
  "$bin" investigate --offline --org "$org" --store "$work/data/workbench.sqlite" --case "bench-$k" \
    "$work/reports.mbox" --out "$work/out" > /dev/null 2>> "$work/investigate.log" || true
done
echo "workbench-load: took in $n messages in $cases cases with investigate --store in $(echo "$(date +%s.%N) - $start" | bc) s"
"$bin" serve --data "$work/data" --listen 127.0.0.1:$port --org "$org" 2> "$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf "$base/healthz" > /dev/null; do sleep 0.2; done
start=$(date +%s.%N)
while :; do
  left=$(python3 -c "import sqlite3;print(sqlite3.connect('$work/data/workbench.sqlite').execute(\"SELECT COUNT(*) FROM caseMessages WHERE state != 'done'\").fetchone()[0])")
  [ "$left" = 0 ] && break
  sleep 1
done
echo "workbench-load: the server's queue of $n messages drained in $(echo "$(date +%s.%N) - $start" | bc) s"
# Then every case's campaigns recorded for the inbox (the server is idle after that).
until [ "$(python3 -c "import sqlite3;print(sqlite3.connect('$work/data/workbench.sqlite').execute(\"SELECT COUNT(DISTINCT caseID) FROM caseMessages WHERE campaign IS NOT NULL\").fetchone()[0])")" = "$cases" ]; do sleep 1; done
echo "workbench-load: the campaigns of $cases cases recorded $(echo "$(date +%s.%N) - $start" | bc) s after the server started"
sleep 2
# A signed-in session for the inbox page.
jar=$work/cookies.txt
csrf=$(curl -s -c "$jar" "$base/login" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -b "$jar" -c "$jar" -o /dev/null -d "csrf=$csrf&name=ana&password=correct+horse+battery+staple" "$base/login"
session=$(awk '$6 == "becscope_session" {print $7}' "$jar")
measure() {  # name, url, header
  local out
  out=$(wrk -t2 -c16 -d10s --latency -H "$3" "$2")
  echo "workbench-load: $1 $(echo "$out" | awk '/Requests\/sec/ {print "requests/s=" $2}') $(echo "$out" | awk '$1 == "50%" {print "p50=" $2} $1 == "99%" {print "p99=" $2}' | tr '\n' ' ')$(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ')"
}
measure "inbox page (/, 50 of $n)" "$base/" "Cookie: becscope_session=$session"
measure "/api/v1/reports (50 of $n)" "$base/api/v1/reports" "Authorization: Bearer $token"
measure "/api/v1/reports?verdict=bec" "$base/api/v1/reports?verdict=bec" "Authorization: Bearer $token"
measure "/api/v1/reports?q=partner42 (search)" "$base/api/v1/reports?q=partner42" "Authorization: Bearer $token"
measure "inbox page, search (/?q=partner42)" "$base/?q=partner42" "Cookie: becscope_session=$session"
# Upload to verdict: one new message, until the queue has analysed it.
case=$(curl -s -H "Authorization: Bearer $writer" -H 'Content-Type: application/json' -d '{"title":"probe"}' "$base/api/v1/cases" | python3 -c "import json,sys;print(json.load(sys.stdin)['id'])")
for i in 1 2 3 4 5; do
  mark=probe$RANDOM$i
  printf 'From: "CEO" <ceo.%s@gmail.com>\r\nTo: a@hisui-denki.example\r\nSubject: Wire %s\r\nMessage-ID: <%s@gmail.com>\r\n\r\nPlease wire the funds today.\r\n' "$mark" "$mark" "$mark" > "$work/one.eml"
  start=$(date +%s.%N)
  curl -s -o /dev/null -H "Authorization: Bearer $writer" -F "files=@$work/one.eml" "$base/api/v1/cases/$case/messages"
  until curl -s -H "Authorization: Bearer $token" "$base/api/v1/reports?q=$mark" | grep -q '"state":"done"'; do sleep 0.02; done
  echo "workbench-load: upload to verdict $(echo "($(date +%s.%N) - $start) * 1000" | bc | cut -d. -f1) ms"
done
