#!/usr/bin/env bash
# Checks a running workbench's REST API against its OpenAPI document with schemathesis
# (pinned in .ci/requirements.txt): every operation, every default check, a fixed seed, a
# bounded number of examples and a bounded time. It starts no server: the caller does.
#
#   BASE_URL=http://127.0.0.1:PORT BECSCOPE_API_TOKEN=bsk_… Tests/CLITests/openapi_check.sh [SPEC]
#
# SPEC defaults to Sources/Workbench/Data/openapi.json (the source of the served copy). The token
# must be an admin's `write` token (the run reaches every route, the admin-only ones too).
# Before the run it makes a case and uploads a fixture message with attachments, so that the
# message, verdict and attachment routes are reached with real identifiers part of the time.
#
# Optional:
#   OPENAPI_CHECK_EXAMPLES   test cases per operation and phase (default 50)
#   OPENAPI_CHECK_SEED       the seed (default 20261203): the same inputs every run
#   OPENAPI_CHECK_TIMEOUT    seconds before the run is stopped and failed (default 300)
#   OPENAPI_CHECK_REPORT_DIR where the JUnit, NDJSON and log files go (default: a new temporary folder)
#   BECSCOPE_API_SPARE_TOKEN_ID  the id of another token of the same user that the run may revoke
#                                (DELETE /api/v1/tokens/{token} then reaches its 204 too)
#
# Exit status: 0 when every check passed, 1 on any failure (or a run that timed out, or a token
# revoked under it), 2 on a usage error, 77 when schemathesis is not installed.
# POST /api/v1/tokens answers 403 to any token (a token is made only from a signed-in session):
# it is run, and checked against its documented 403, but its 201 is not reached here.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
spec=${1:-${OPENAPI_SPEC:-$root/Sources/Workbench/Data/openapi.json}}
examples=${OPENAPI_CHECK_EXAMPLES:-50}
seed=${OPENAPI_CHECK_SEED:-20261203}
limit=${OPENAPI_CHECK_TIMEOUT:-300}
fixture=$root/Tests/MailCoreTests/Fixtures/messages/attachments-pdf-docx-png.eml

say() { echo "openapi_check: $*"; }

if [ -z "${BASE_URL:-}" ] || [ -z "${BECSCOPE_API_TOKEN:-}" ]; then
  say "set BASE_URL (http://host:port of a running 'becscope serve') and BECSCOPE_API_TOKEN" >&2
  exit 2
fi
if [ ! -f "$spec" ]; then
  say "no OpenAPI document at $spec" >&2
  exit 2
fi
for n in "$examples" "$seed" "$limit"; do
  case $n in '' | *[!0-9]*) say "OPENAPI_CHECK_EXAMPLES, _SEED and _TIMEOUT are whole numbers" >&2; exit 2 ;; esac
done
BASE_URL=${BASE_URL%/}

if command -v schemathesis >/dev/null 2>&1; then
  st=(schemathesis)
elif python3 -c 'import schemathesis.cli' >/dev/null 2>&1; then
  st=(python3 -m schemathesis.cli)
else
  say "schemathesis is not installed (python3 -m pip install -r .ci/requirements.txt); skipped" >&2
  exit 77
fi
version=$("${st[@]}" --version 2>/dev/null | sed -n 's/.*version //p')
pinned=$(sed -n 's/^schemathesis==//p' "$root/.ci/requirements.txt" 2>/dev/null)
if [ -n "$pinned" ] && [ "$version" != "$pinned" ]; then
  say "note: schemathesis $version is installed, .ci/requirements.txt pins $pinned"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/openapi-check.XXXXXX")
reports=${OPENAPI_CHECK_REPORT_DIR:-$work/reports}
mkdir -p "$reports"
# The reports stay (in $work unless OPENAPI_CHECK_REPORT_DIR says elsewhere); the rest goes.
trap 'rm -rf "$work/config.toml" "$work/.hypothesis" "$work/.schemathesis"; rmdir "$work/reports" "$work" 2>/dev/null' EXIT

# The seed data, through the API itself; its identifiers go into the run's dictionaries.
if ! BASE_URL=$BASE_URL FIXTURE=$fixture SPARE=${BECSCOPE_API_SPARE_TOKEN_ID:-} python3 - >"$work/config.toml" <<'PY'; then
import json, os, re, sys, uuid, urllib.error, urllib.request

base, token = os.environ["BASE_URL"] + "/api/v1", os.environ["BECSCOPE_API_TOKEN"]


def call(method, path, body=None, content_type="application/json"):
    headers = {"Authorization": "Bearer " + token}
    if body is not None:
        headers["Content-Type"] = content_type
    request = urllib.request.Request(base + path, data=body, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except OSError as error:
        sys.exit(f"openapi_check: {base} cannot be reached: {error}")


def must(what, status, body, expected):
    if status != expected:
        sys.exit(f"openapi_check: {what} answered {status}, not {expected}: {body[:300]!r}")
    return json.loads(body) if body else None


status, body = call("GET", "/openapi.json")
must("GET /api/v1/openapi.json (is the token valid?)", status, body, 200)
tokens = must("GET /api/v1/tokens", *call("GET", "/tokens"), 200)["tokens"]
status, body = call("GET", "/users")
must("GET /api/v1/users (the token must be an admin's)", status, body, 200)
case = must(
    "POST /api/v1/cases (the token must be a write token)",
    *call("POST", "/cases", json.dumps({"title": "openapi check seed"}).encode()),
    201,
)
messages, parts = [], []
fixture = os.environ["FIXTURE"]
if os.path.isfile(fixture):
    boundary = uuid.uuid4().hex
    with open(fixture, "rb") as f:
        data = f.read()
    form = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="seed.eml"\r\n'
        f"Content-Type: message/rfc822\r\n\r\n"
    ).encode() + data + f"\r\n--{boundary}--\r\n".encode()
    must(
        "POST /api/v1/cases/{id}/messages",
        *call("POST", f"/cases/{case['id']}/messages", form, f"multipart/form-data; boundary={boundary}"),
        201,
    )
    listed = must("GET /api/v1/cases/{id}/messages", *call("GET", f"/cases/{case['id']}/messages"), 200)
    messages = [m["sha256"] for m in listed["messages"]]
    # The message's JSON does not give part numbers: the attachments are found by asking.
    for sha in messages[:1]:
        parts = [p for p in range(16) if call("GET", f"/cases/{case['id']}/messages/{sha}/attachments/{p}")[0] == 200]
else:
    print(f"openapi_check: no fixture at {fixture}; the message routes get no real identifiers", file=sys.stderr)

# The caller (the owner of a case must be an analyst or admin; "" is nobody).
owners = [""] + sorted({t["user"] for t in tokens if re.fullmatch(r"[A-Za-z0-9._@-]{1,64}", t["user"])})[:1]


def toml(values):
    return "[" + ", ".join(json.dumps(v) for v in values) + "]"


print('headers = { Authorization = "Bearer ${BECSCOPE_API_TOKEN}" }')
# No state from an earlier run (schemathesis replays the failures it saw before): the seed alone decides.
print("[cache]\nenabled = false")
bind = {"path.id": ("case", [case["id"]], 0.5), "body.owner": ("owner", owners, 1.0)}
if messages:
    bind["path.sha256"] = ("message", messages, 0.5)
if parts:
    bind["path.part"] = ("part", parts, 0.5)
spare = os.environ.get("SPARE", "")
if re.fullmatch(r"[0-9a-f]{16}", spare):
    bind["path.token"] = ("token", [spare], 0.5)
for name, values, _ in bind.values():
    print(f"[dictionaries.{name}]\nvalues = {toml(values)}")
print("[parameters]")
for key, (name, _, probability) in bind.items():
    print(f'"{key}" = {{ dictionary = "{name}", probability = {probability} }}')
print(f"seeded case {case['id']}, {len(messages)} message(s), attachment parts {parts}", file=sys.stderr)
PY
  say "FAILED: the seed data could not be made (see above)"
  exit 1
fi

own_token_id=$(printf '%s' "$BECSCOPE_API_TOKEN" | sed -n 's/^bsk_\([0-9a-f]\{16\}\)_.*/\1/p')
say "schemathesis $version against $BASE_URL: $spec, seed $seed, $examples examples, at most $limit s"
started=$(date +%s)
(
  cd "$work" || exit 2
  exec timeout --kill-after=15 "$limit" "${st[@]}" --config-file "$work/config.toml" run "$spec" \
    --url "$BASE_URL" --checks all --max-examples "$examples" --seed "$seed" --workers 1 \
    --generation-database none --request-timeout 60 --no-color --report junit,ndjson \
    --report-dir "$reports"
) 2>&1 | tee "$reports/schemathesis.log"
status=${PIPESTATUS[0]}
elapsed=$(($(date +%s) - started))

# A run that revoked its own token would have seen only 401s after that: it proves nothing.
if [ -n "$own_token_id" ] && [ "${BECSCOPE_API_SPARE_TOKEN_ID:-}" != "$own_token_id" ]; then
  revoked=$(BASE_URL=$BASE_URL python3 -c '
import os, urllib.request, urllib.error
r = urllib.request.Request(os.environ["BASE_URL"] + "/api/v1/cases", headers={"Authorization": "Bearer " + os.environ["BECSCOPE_API_TOKEN"]})
try:
    urllib.request.urlopen(r, timeout=30)
    print("no")
except urllib.error.HTTPError as e:
    print("yes" if e.code == 401 else "no")
except OSError:
    print("no")
')
  if [ "$revoked" = yes ]; then
    say "the run's own token was revoked during the run; its results are not trustworthy"
    status=1
  fi
fi

summary=$(grep -E '^=+ .* in [0-9.]+s =+$' "$reports/schemathesis.log" | tail -1 | sed -E 's/^=+ //; s/ =+$//')
case $status in
  0) say "passed — ${summary:-no failures} (schemathesis $version, seed $seed, $examples examples, ${elapsed}s); reports in $reports" ;;
  124 | 137) say "FAILED — the run took more than $limit s and was stopped; reports in $reports"; exit 1 ;;
  *) say "FAILED — ${summary:-schemathesis exited $status} (schemathesis $version, seed $seed, $examples examples, ${elapsed}s); reports in $reports"; exit 1 ;;
esac
