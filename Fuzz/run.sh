#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for a while.
# usage: Fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
#   Seeds: the project's fixtures, plus ../shared/corpus when present (read in place, never copied).
#   Crashes land in Fuzz/artifacts/; copy each into Tests/MailCoreTests/Fixtures/regressions/ as a test.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seconds=${1:-60}; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzMessage FuzzAddress FuzzDate FuzzContentType FuzzHeaderText FuzzMessageID FuzzMbox FuzzReceived FuzzDKIM FuzzDNS FuzzMMDB FuzzIntel FuzzEscape FuzzOutlook FuzzForward FuzzZip FuzzIMAP)
cd "$here"
# One build for every target: instrumentation stays consistent across the shared modules.
# (An incremental rebuild of a single product after source changes has been seen to lose the
# coverage instrumentation of the library; delete Fuzz/.build when coverage looks tiny.)
swift build -c release --sanitize=fuzzer --sanitize=address 2>&1 | grep -E "error:|Compiling|Build complete" | tail -3 || true
shared="$here/../../shared/corpus"
fixtures="$here/../Tests/MailCoreTests/Fixtures"
mkdir -p artifacts work
status=0
for t in "${targets[@]}"; do
  mkdir -p "work/$t"
  seeds=("work/$t" "$fixtures/messages")
  [ -d "$fixtures/regressions" ] && seeds+=("$fixtures/regressions")
  if [ "$t" = FuzzDKIM ]; then seeds+=("$here/../Tests/AnalysisTests/Fixtures/dkim"); fi
  if [ "$t" = FuzzMMDB ] && [ -d "$here/../../shared/data/maxmind-test-data" ]; then
    seeds+=("$here/../../shared/data/maxmind-test-data")
  fi
  if [ "$t" = FuzzMessage ] || [ "$t" = FuzzMbox ] || [ "$t" = FuzzEscape ]; then
    for d in mikel-mail japanese cpython-test-email sisimai/mailbox stalwart-mail-parser/eml/malformed; do
      [ -d "$shared/$d" ] && seeds+=("$shared/$d")
    done
  fi
  maxlen=262144
  if [ "$t" = FuzzOutlook ]; then
    seeds+=("$fixtures/msg")
    [ -d "$shared/outlook-msg" ] && seeds+=("$shared/outlook-msg")
    maxlen=1048576
  fi
  if [ "$t" = FuzzForward ]; then seeds+=("$fixtures/forwards"); fi
  if [ "$t" = FuzzIMAP ]; then
    # A server's side of a session, written here: greeting, SELECT, SEARCH, FETCH with literals.
    mkdir -p work/imap-seeds
    printf '* OK [CAPABILITY IMAP4rev1 IDLE MOVE AUTH=PLAIN] ready\r\n* 3 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\nB1 OK [READ-WRITE] done\r\n* SEARCH 1 2 3\r\n* 1 FETCH (UID 1 RFC822.SIZE 12 BODY[] {12}\r\nSubject: x\r\n)\r\n+ idling\r\n* LIST (\\HasNoChildren) "." "Processed"\r\nB2 NO [ALREADYEXISTS] exists\r\n' > work/imap-seeds/session
    # A submission server's side: greeting, EHLO, AUTH, the mail transaction.
    printf '220 mail.test ESMTP\r\n250-mail.test\r\n250-STARTTLS\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n334 VXNlcm5hbWU6\r\n235 2.7.0 ok\r\n250 2.1.0 ok\r\n354 go\r\n250 2.0.0 queued\r\n221 bye\r\n' > work/imap-seeds/smtp
    seeds=("work/$t" work/imap-seeds)
  fi
  if [ "$t" = FuzzZip ]; then
    # Archives written by Python's zipfile (a zipped Maildir, hostile entries, bombs, liars).
    mkdir -p work/zip-seeds
    python3 "$here/../Tests/MailCoreTests/zip_fixtures.py" work/zip-seeds
    seeds=("work/$t" work/zip-seeds)
  fi
  if [ "$t" = FuzzIntel ]; then seeds+=("$here/../Tests/InvestigationTests/Fixtures/evidence"); fi
  echo "fuzz: $t for ${seconds}s"
  if ! SWIFT_BACKTRACE=enable=no ".build/release/$t" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
      -max_len="$maxlen" -print_final_stats=1 -artifact_prefix="artifacts/$t-" "${seeds[@]}" 2> "work/$t.log"; then
    echo "fuzz: $t FAILED (see Fuzz/work/$t.log and Fuzz/artifacts/)"
    status=1
  fi
  grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "work/$t.log" | tail -2 || true
done
exit $status
