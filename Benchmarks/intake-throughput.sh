#!/usr/bin/env bash
# The report mailbox's throughput: COUNT reports (employees' forwards of ../shared/corpus/
# phishing_pot messages, each a report of its own; Benchmarks/intake_fill.py) appended to a
# mailbox of the test Dovecot (bash .ci/mail-servers.sh start), then taken by
# `becscope intake --once` (release build) into a new SQLite store:
#   first   every report fetched, analysed, stored and moved to the processed folder;
#   again   the same command: nothing waits;
#   watch   the same number of files in a folder, `intake --watch --once` (Benchmarks/case_copies.py).
#   imaplib-fetch  before them, Python's imaplib fetches the same messages the same way and does
#                  nothing with them: the transfer alone, what intake is compared with.
# Prints each run's seconds, peak memory and messages per second.
#   Benchmarks/intake-throughput.sh [COUNT]      (default: 10000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${BECSCOPE:-$here/../.build/release/becscope}
work=${INTAKE_DIR:-/tmp/becscope-intake-bench}
count=${1:-10000}
corpus="$here/../../shared/corpus/phishing_pot"
server=${BECSCOPE_TEST_IMAP:-localhost:10993}
ca=${BECSCOPE_TEST_MAIL_CA:-/tmp/becscope-mail/tls/ca.pem}
[ -d "$corpus" ] || { echo "intake-throughput: $corpus is missing" >&2; exit 66; }
[ -x "$bin" ] || { echo "intake-throughput: build it first: swift build -c release --product becscope" >&2; exit 66; }
rm -rf "$work"; mkdir -p "$work"
echo becscope-test-password > "$work/password"
mailbox="BENCH-$$"
python3 "$here/intake_fill.py" "$corpus" "$count" "$mailbox" --host "${server%:*}" --port "${server##*:}" --ca "$ca"
run() {  # label, arguments...
  local label=$1; shift
  local status=0
  /usr/bin/time -o "$work/time.txt" -f "%e %M" "$bin" intake "$@" --once --json --data "$work/store-$label" \
    > "$work/out-$label.json" 2> "$work/err-$label.txt" || status=$?
  # 66: some input was not mail (named in err-LABEL.txt); the rest was taken.
  [ "$status" = 0 ] || [ "$status" = 66 ] || { cat "$work/err-$label.txt" >&2; exit 1; }
  read -r seconds rss < <(tail -1 "$work/time.txt")
  local fetched added unreadable
  unreadable=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["unreadable"]))' "$work/out-$label.json")
  fetched=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["fetched"])' "$work/out-$label.json")
  added=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["added"])' "$work/out-$label.json")
  echo "intake-throughput: $label seconds=$seconds peak_rss_mb=$((rss / 1024)) fetched=$fetched added=$added unreadable=$unreadable" \
    "messages_per_s=$(python3 -c "print(round($fetched / max($seconds, 0.01)))")"
}
python3 "$here/intake_fill.py" "$corpus" "$count" "$mailbox" --fetch --host "${server%:*}" --port "${server##*:}" \
  --ca "$ca"
imap=(--imap "imaps://security%40becscope.test@$server/$mailbox" --ca-file "$ca" --password-file "$work/password"
  --processed "$mailbox-done")
run first "${imap[@]}"
cp -r "$work/store-first" "$work/store-again"
run again "${imap[@]}"
python3 "$here/case_copies.py" "$corpus" "$count" "$work/folder"
touch -d '1 minute ago' "$work/folder"/*.eml
run watch --watch "$work/folder"
python3 "$here/../Tests/CLITests/mail_fixture.py" delete --mailbox "$mailbox" --host "${server%:*}" \
  --port "${server##*:}" --ca "$ca" > /dev/null
python3 "$here/../Tests/CLITests/mail_fixture.py" delete --mailbox "$mailbox-done" --host "${server%:*}" \
  --port "${server##*:}" --ca "$ca" > /dev/null
