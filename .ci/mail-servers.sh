#!/usr/bin/env bash
# Real Dovecot (IMAP + LMTP) and Postfix (SMTP + submission) on 127.0.0.1, for the integration tests
# of the IMAP intake and the SMTP answering feature. Debian 12 packages, no systemd: the daemons are
# started directly. Everything the servers write lives under /tmp/becscope-mail.
#
#   bash .ci/mail-servers.sh install        # apt-get the packages when missing (quiet, non-interactive)
#   bash .ci/mail-servers.sh start [--keep] # configure and start both; fresh mailboxes unless --keep
#   bash .ci/mail-servers.sh stop           # stop both; succeeds quietly when nothing runs
#   bash .ci/mail-servers.sh status         # what runs and which ports listen (exit 3 when not all up)
# `bash .ci/mail-servers.sh help` lists ports, users, paths and the --sdbox option.
set -euo pipefail

readonly STATE=/tmp/becscope-mail
readonly TLS=$STATE/tls
readonly LOGS=$STATE/log
readonly MAIL=$STATE/mail
readonly DOVECOT_CONF=$STATE/dovecot.conf
readonly DOVECOT_USERS=$STATE/dovecot-users
readonly DOVECOT_BASE=$STATE/run/dovecot          # Dovecot's base_dir: sockets, master.pid
readonly POSTFIX_CONF=$STATE/postfix/etc          # postfix -c: main.cf, master.cf (not /etc/postfix)
readonly POSTFIX_QUEUE=$STATE/postfix/queue
readonly POSTFIX_DATA=$STATE/postfix/data

readonly DOMAIN=becscope.test
readonly PASSWORD=becscope-test-password
readonly USERS=(security hana taro alice bob)
readonly REPORT_USER=security@$DOMAIN
readonly REPORT_FOLDERS=(Processed)

readonly IMAP_PORT=10143 IMAPS_PORT=10993 SMTP_PORT=10025 SUBMISSION_PORT=10587 SUBMISSIONS_PORT=10465
readonly ALL_PORTS=("$IMAP_PORT" "$IMAPS_PORT" "$SMTP_PORT" "$SUBMISSION_PORT" "$SUBMISSIONS_PORT")

# Maildir by default. `start --sdbox` switches to Dovecot's single-dbox: in Maildir every APPEND
# re-reads and often rewrites the mailbox's dovecot-uidlist, so APPEND slows as the mailbox grows
# (about 700/s empty, under 200/s at 10,000 messages); sdbox stays above 1,000/s.
MAIL_FORMAT=maildir

# The mailboxes belong to Debian's stock `mail` user (uid 8, from base-passwd): virtual users need
# some non-root uid, and this one exists on every Debian system, so nothing is added to /etc/passwd.
readonly VMAIL_USER=mail

usage() {
  cat <<EOF
Usage: bash .ci/mail-servers.sh COMMAND [--keep] [--sdbox]

Real Dovecot and Postfix on 127.0.0.1 for becscope's IMAP/SMTP integration tests.

Commands:
  install        apt-get install dovecot-imapd, dovecot-lmtpd, postfix and openssl when missing
                 (non-interactive; no service is started by the packages)
  start [--keep] [--sdbox]
                 install if needed, write the configuration, start both servers and wait until
                 every port listens; mailboxes and the Postfix queue are wiped first unless --keep.
                 Mailboxes are Maildir, in $MAIL/$DOMAIN/USER/Maildir;
                 --sdbox stores them as Dovecot sdbox instead (faster APPEND to big mailboxes)
  stop           stop both servers (quietly succeeds when they are not running)
  status         show whether the servers run and which ports listen (exit 3 if not all are up)
  help           this text

Ports (127.0.0.1 only):
  $IMAP_PORT  IMAP, STARTTLS available        $IMAPS_PORT  IMAPS (implicit TLS)
  $SMTP_PORT  SMTP, no AUTH, only to @$DOMAIN   $SUBMISSION_PORT  submission, STARTTLS + AUTH required
  $SUBMISSIONS_PORT  submissions (implicit TLS) + AUTH required

Users (login = full address, password $PASSWORD):
  $(printf "%s@$DOMAIN " "${USERS[@]}")
  $REPORT_USER also has the folder: ${REPORT_FOLDERS[*]}

TLS trust root: $TLS/ca.pem (server cert $TLS/cert.pem for DNS:localhost and IP:127.0.0.1)
Logs: $LOGS/dovecot.log, $LOGS/postfix.log
EOF
}

log() { echo "mail-servers: $*" >&2; }

# die MESSAGE [LOGFILE...]: the message, then the tail of each log that explains it.
die() {
  local msg=$1
  shift
  log "ERROR: $msg"
  local f
  for f in "$@"; do
    if [ -s "$f" ]; then
      echo "---- last lines of $f ----" >&2
      tail -n 40 "$f" >&2
    fi
  done
  exit 1
}

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# Is something listening on TCP port $1? ss asks the kernel without connecting, so the servers'
# logs get no "disconnected before auth" / "SSL_accept error" noise from our probes.
port_listening() {
  if command -v ss >/dev/null 2>&1; then
    ss -Hltn "sport = :$1" 2>/dev/null | grep -q .
  else
    timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
  fi
}

# pid_alive PIDFILE COMMAND: the pid file names a live process whose command is COMMAND. Checking
# the command means a stale pid file whose number was reused never gets another process killed.
pid_alive() {
  [ -s "$1" ] || return 1
  local pid
  pid=$(tr -d ' \n' <"$1")
  [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$2" ]
}
pid_of() { tr -d ' \n' <"$1"; }

# ---------------------------------------------------------------------------------------------------
cmd_install() {
  local missing=() p
  for p in dovecot-imapd dovecot-lmtpd postfix openssl; do
    installed "$p" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  log "installing ${missing[*]}"

  # Postfix's debconf questions, answered ahead: "No configuration" leaves /etc/postfix without a
  # main.cf (we use our own config dir) and never asks anything.
  debconf-set-selections <<EOF
postfix postfix/main_mailer_type select No configuration
postfix postfix/mailname string $DOMAIN
EOF

  # Without systemd, invoke-rc.d would start the stock Dovecot (ports 143/993) from the package's
  # postinst. A policy-rc.d that answers 101 forbids that; we add one only for the install and only
  # if the image (as Docker images usually do) does not already have one.
  local policy_added=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    policy_added=1
  fi

  mkdir -p "$LOGS"
  local apt_log=$LOGS/apt.log
  local apt_opts=(-y -qq --no-install-recommends -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
  local ok=1
  # The package lists may be missing or stale on a fresh machine: update once and retry.
  if ! DEBIAN_FRONTEND=noninteractive apt-get install "${apt_opts[@]}" "${missing[@]}" >"$apt_log" 2>&1; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install "${apt_opts[@]}" "${missing[@]}"; } \
      >>"$apt_log" 2>&1 || ok=
  fi
  if [ -n "$policy_added" ]; then rm -f /usr/sbin/policy-rc.d; fi
  [ -n "$ok" ] || die "apt-get install ${missing[*]} failed" "$apt_log"
  for p in "${missing[@]}"; do
    installed "$p" || die "package $p is still not installed" "$apt_log"
  done
}

# ---------------------------------------------------------------------------------------------------
# A tiny CA and a server certificate signed by it, kept across starts (clients may hold ca.pem) and
# made anew only when missing, about to expire, or not matching the CA.
ensure_tls() {
  mkdir -p "$TLS"
  if [ -s "$TLS/ca.pem" ] && [ -s "$TLS/cert.pem" ] && [ -s "$TLS/key.pem" ] \
    && openssl x509 -in "$TLS/cert.pem" -noout -checkend 86400 >/dev/null 2>&1 \
    && openssl verify -CAfile "$TLS/ca.pem" "$TLS/cert.pem" >/dev/null 2>&1; then
    return 0
  fi
  local tlslog=$LOGS/openssl.log
  (
    set -e
    cd "$TLS"
    rm -f ./*.pem ./*.csr ./*.cnf
    # The CA: basicConstraints and keyUsage marked critical, and key identifiers, so that strict
    # verifiers (Python 3.13's VERIFY_X509_STRICT, Apple's, BoringSSL) accept it as a trust root.
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 \
      -keyout ca-key.pem -out ca.pem -subj "/CN=becscope test mail CA" \
      -addext "basicConstraints=critical,CA:TRUE" \
      -addext "keyUsage=critical,keyCertSign,cRLSign" \
      -addext "subjectKeyIdentifier=hash"
    openssl req -newkey rsa:2048 -nodes -sha256 -keyout key.pem -out server.csr -subj "/CN=localhost"
    # 397 days: the longest validity Apple platforms accept for a TLS server certificate.
    cat >server-ext.cnf <<'EOF'
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost,IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
EOF
    openssl x509 -req -sha256 -days 397 -in server.csr -CA ca.pem -CAkey ca-key.pem \
      -set_serial "0x$(openssl rand -hex 12)" -extfile server-ext.cnf -out cert.pem
    rm -f server.csr server-ext.cnf
    chmod 600 key.pem ca-key.pem
    chmod 644 ca.pem cert.pem
  ) >"$tlslog" 2>&1 || die "could not make the test certificates" "$tlslog"
}

# ---------------------------------------------------------------------------------------------------
write_dovecot_conf() {
  local uid gid u
  uid=$(id -u "$VMAIL_USER")
  gid=$(id -g "$VMAIL_USER")

  # passwd-file, used as passdb and userdb: user:password:uid:gid:gecos:home:shell:extra
  : >"$DOVECOT_USERS"
  for u in "${USERS[@]}"; do
    echo "$u@$DOMAIN:{PLAIN}$PASSWORD:$uid:$gid::$MAIL/$DOMAIN/$u::" >>"$DOVECOT_USERS"
  done
  # The auth process reads it as the `dovecot` user.
  chown root:dovecot "$DOVECOT_USERS"
  chmod 640 "$DOVECOT_USERS"

  local location="maildir:~/Maildir"
  if [ "$MAIL_FORMAT" = sdbox ]; then location="sdbox:~/sdbox"; fi

  local dh=
  if [ -s /usr/share/dovecot/dh.pem ]; then dh="ssl_dh = </usr/share/dovecot/dh.pem"; fi

  cat >"$DOVECOT_CONF" <<EOF
# Written by .ci/mail-servers.sh, rewritten at every start: edit the script, not this file.
# A Dovecot instance of its own (base_dir, state_dir, instance_name) beside any system one.
instance_name = becscope-mail
base_dir = $DOVECOT_BASE
state_dir = $STATE/state/dovecot
protocols = imap lmtp
listen = 127.0.0.1
log_path = $LOGS/dovecot.log
info_log_path = $LOGS/dovecot.log
hostname = mail.$DOMAIN
postmaster_address = postmaster@$DOMAIN

ssl = yes
ssl_cert = <$TLS/cert.pem
ssl_key = <$TLS/key.pem
ssl_min_protocol = TLSv1.2
$dh

# Loopback only, so plaintext LOGIN / AUTHENTICATE PLAIN are allowed before STARTTLS as well.
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_username_format = %Lu
# Tests that try a wrong password should not wait the default 2 s (Dovecot still answers a
# failed login after about 0.5 s: it sends failures in batches).
auth_failure_delay = 0
first_valid_uid = $uid
first_valid_gid = $gid

passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%Lu $DOVECOT_USERS
}
userdb {
  driver = passwd-file
  args = username_format=%Lu $DOVECOT_USERS
}

mail_location = $location
namespace inbox {
  inbox = yes
  separator = /
}
# Speed over durability: these mailboxes live for one test run (APPEND of 10,000 messages).
mail_fsync = never
maildir_very_dirty_syncs = yes

protocol imap {
  # Tests open many connections for one user at once (the default 10 is too few).
  mail_max_userip_connections = 50
}
protocol lmtp {
  mail_max_userip_connections = 50
}

service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $IMAPS_PORT
    ssl = yes
  }
  process_min_avail = 2
}
service imap {
  process_limit = 256
}
# No auth penalty: after a failed login Dovecot would otherwise make every later login from the
# same IP (all tests are 127.0.0.1) wait 2, 4, ... up to 15 s. An unusable anvil socket turns it off.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
# Postfix hands mail for @$DOMAIN to this socket (its lmtp client runs as postfix).
service lmtp {
  unix_listener lmtp {
    mode = 0600
    user = postfix
    group = postfix
  }
}
# Postfix's smtpd asks this socket for SMTP AUTH (smtpd_sasl_type = dovecot).
service auth {
  unix_listener auth-postfix {
    mode = 0600
    user = postfix
    group = postfix
  }
  unix_listener auth-userdb {
    mode = 0600
  }
}
EOF
}

# ---------------------------------------------------------------------------------------------------
# Postfix gets its own config dir (postfix -c), so /etc/postfix stays as the package left it, and its
# queue, data dir and log under $STATE. No service is chrooted, so socket paths can be absolute.
write_postfix_conf() {
  # Postfix's own checks want the queue dir owned by root and the data dir by postfix.
  mkdir -p "$POSTFIX_CONF" "$POSTFIX_QUEUE" "$POSTFIX_DATA"
  chown root:root "$POSTFIX_QUEUE"
  chown postfix:postfix "$POSTFIX_DATA"
  local u
  : >"$POSTFIX_CONF/vmailbox"
  for u in "${USERS[@]}"; do
    echo "$u@$DOMAIN $DOMAIN/$u/" >>"$POSTFIX_CONF/vmailbox"
  done

  cat >"$POSTFIX_CONF/main.cf" <<EOF
# Written by .ci/mail-servers.sh, rewritten at every start: edit the script, not this file.
compatibility_level = 3.6
queue_directory = $POSTFIX_QUEUE
data_directory = $POSTFIX_DATA
# Debian keeps postfix-files and dynamicmaps.cf here; postfix check and map loading need them.
meta_directory = /etc/postfix
maillog_file = $LOGS/postfix.log
maillog_file_prefixes = /var, /dev/stdout, $LOGS

myhostname = mail.$DOMAIN
mydomain = $DOMAIN
myorigin = \$mydomain
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
relayhost =
smtpd_banner = \$myhostname ESMTP Postfix (becscope test)
biff = no
append_dot_mydomain = no
readme_directory = no
alias_maps =
alias_database =
local_recipient_maps =
smtputf8_enable = yes

# Every user is virtual: Postfix knows who exists (unknown users are refused at RCPT TO) and hands
# the mail to Dovecot over LMTP, which writes the Maildir.
virtual_mailbox_domains = $DOMAIN
virtual_mailbox_maps = texthash:$POSTFIX_CONF/vmailbox
virtual_transport = lmtp:unix:$DOVECOT_BASE/lmtp
local_transport = error:5.1.1 local delivery is disabled here
# There is no outside world here: mail that authenticated users send to other domains is accepted
# and thrown away (never queued, never bounced back into a test mailbox).
default_transport = discard:outside domains are not delivered in becscope tests
relay_transport = \$default_transport
smtp_dns_support_level = disabled

# TLS: STARTTLS offered on every plain port; required on submission.
smtpd_tls_chain_files = $TLS/key.pem, $TLS/cert.pem
smtpd_tls_security_level = may
smtpd_tls_loglevel = 1

# AUTH through Dovecot; switched on per service in master.cf (submission ports only).
smtpd_sasl_type = dovecot
smtpd_sasl_path = $DOVECOT_BASE/auth-postfix
smtpd_sasl_auth_enable = no
smtpd_sasl_security_options = noanonymous

# Port $SMTP_PORT (no AUTH) takes mail only for @$DOMAIN: no relaying, not even from loopback.
smtpd_relay_restrictions = reject_unauth_destination
# Tests should not wait: no tarpit on errors, no flow-control delay, immediate delivery.
smtpd_error_sleep_time = 0
smtpd_soft_error_limit = 1000
smtpd_hard_error_limit = 1000
in_flow_delay = 0
smtpd_client_connection_count_limit = 0
smtpd_client_connection_rate_limit = 0
smtpd_client_message_rate_limit = 0
EOF

  # No service is chrooted (column 5 = n) so the absolute socket paths above work.
  cat >"$POSTFIX_CONF/master.cf" <<EOF
# Written by .ci/mail-servers.sh. service type private unpriv chroot wakeup maxproc command
127.0.0.1:$SMTP_PORT inet n - n - - smtpd
  -o syslog_name=postfix/smtp-$SMTP_PORT
127.0.0.1:$SUBMISSION_PORT inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
127.0.0.1:$SUBMISSIONS_PORT inet n - n - - smtpd
  -o syslog_name=postfix/submissions
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
pickup     unix  n - n 60   1 pickup
cleanup    unix  n - n -    0 cleanup
qmgr       unix  n - n 300  1 qmgr
tlsmgr     unix  - - n 1000? 1 tlsmgr
rewrite    unix  - - n -    - trivial-rewrite
bounce     unix  - - n -    0 bounce
defer      unix  - - n -    0 bounce
trace      unix  - - n -    0 bounce
verify     unix  - - n -    1 verify
flush      unix  n - n 1000? 0 flush
proxymap   unix  - - n -    - proxymap
proxywrite unix  - - n -    1 proxymap
smtp       unix  - - n -    - smtp
relay      unix  - - n -    - smtp
showq      unix  n - n -    - showq
error      unix  - - n -    - error
retry      unix  - - n -    - error
discard    unix  - - n -    - discard
local      unix  - n n -    - local
virtual    unix  - n n -    - virtual
lmtp       unix  - - n -    - lmtp
anvil      unix  - - n -    1 anvil
scache     unix  - - n -    1 scache
postlog    unix-dgram n - n - 1 postlogd
EOF
}

# ---------------------------------------------------------------------------------------------------
dovecot_running() { pid_alive "$DOVECOT_BASE/master.pid" dovecot; }
postfix_running() { [ -f "$POSTFIX_CONF/main.cf" ] && postfix -c "$POSTFIX_CONF" status >/dev/null 2>&1; }

stop_postfix() {
  if postfix_running; then
    postfix -c "$POSTFIX_CONF" stop >/dev/null 2>&1 || true
  fi
  # `postfix stop` only signals the master: wait until it is gone.
  local _
  for _ in $(seq 1 50); do
    pid_alive "$POSTFIX_QUEUE/pid/master.pid" master || return 0
    sleep 0.1
  done
  kill -9 "$(pid_of "$POSTFIX_QUEUE/pid/master.pid")" 2>/dev/null || true
}

stop_dovecot() {
  if dovecot_running; then
    dovecot -c "$DOVECOT_CONF" stop >/dev/null 2>&1 || kill "$(pid_of "$DOVECOT_BASE/master.pid")" 2>/dev/null || true
  fi
  local _
  for _ in $(seq 1 50); do
    dovecot_running || return 0
    sleep 0.1
  done
  kill -9 "$(pid_of "$DOVECOT_BASE/master.pid")" 2>/dev/null || true
}

cmd_stop() {
  # In parallel: Dovecot's master alone takes about 2.5 s to exit (it sleeps while its children
  # drain), Postfix's about 1 s.
  if command -v postfix >/dev/null 2>&1; then stop_postfix & fi
  if command -v dovecot >/dev/null 2>&1; then stop_dovecot & fi
  wait
  # The listening sockets close with the masters; wait so that a following start finds them free.
  local p _
  for p in "${ALL_PORTS[@]}"; do
    for _ in $(seq 1 50); do
      port_listening "$p" || break
      sleep 0.1
    done
  done
}

cmd_start() {
  local keep='' arg
  for arg in "$@"; do
    case "$arg" in
      --keep) keep=1 ;;
      --sdbox) MAIL_FORMAT=sdbox ;;
      *) usage >&2; die "unknown option for start: $arg" ;;
    esac
  done

  cmd_install
  # Our own earlier instance (start twice in a row) is replaced, not an error.
  cmd_stop

  local p busy=()
  for p in "${ALL_PORTS[@]}"; do
    port_listening "$p" && busy+=("$p")
  done
  if [ ${#busy[@]} -gt 0 ]; then
    ss -ltnp 2>/dev/null | grep -E ":($(IFS='|'; echo "${busy[*]}"))\b" >&2 || true
    die "port(s) ${busy[*]} on 127.0.0.1 already in use by something else"
  fi

  mkdir -p "$STATE" "$LOGS" "$STATE/state/dovecot" "$STATE/run"
  chmod 755 "$STATE" "$STATE/run"
  if [ -z "$keep" ]; then
    # Fresh mailboxes and an empty queue, so each test run starts from a known state. The queue's
    # directories stay: making them anew costs `postfix start` one to three seconds.
    rm -rf "$MAIL"
    local q
    for q in incoming active deferred defer bounce hold corrupt maildrop trace saved flush; do
      if [ -d "$POSTFIX_QUEUE/$q" ]; then find "$POSTFIX_QUEUE/$q" -type f -delete; fi
    done
    : >"$LOGS/dovecot.log"
    : >"$LOGS/postfix.log"
  fi
  mkdir -p "$MAIL"
  chown "$VMAIL_USER:$VMAIL_USER" "$MAIL"
  chmod 700 "$MAIL"

  ensure_tls
  write_dovecot_conf
  write_postfix_conf

  # Dovecot first: Postfix needs its auth and LMTP sockets.
  local dlog=$LOGS/dovecot.log
  doveconf -c "$DOVECOT_CONF" -n >"$LOGS/doveconf.out" 2>&1 ||
    die "Dovecot rejects its configuration $DOVECOT_CONF" "$LOGS/doveconf.out"
  dovecot -c "$DOVECOT_CONF" >"$LOGS/dovecot-start.out" 2>&1 ||
    die "dovecot did not start" "$LOGS/dovecot-start.out" "$dlog"
  for p in $IMAP_PORT $IMAPS_PORT; do
    wait_port "$p" || die "Dovecot does not answer on 127.0.0.1:$p" "$LOGS/dovecot-start.out" "$dlog"
  done
  local _
  for _ in $(seq 1 50); do
    [ -S "$DOVECOT_BASE/lmtp" ] && [ -S "$DOVECOT_BASE/auth-postfix" ] && break
    sleep 0.1
  done
  [ -S "$DOVECOT_BASE/lmtp" ] || die "Dovecot made no LMTP socket" "$dlog"

  # The report mailbox's folders, created (and subscribed) through Dovecot itself.
  local f
  for f in "${REPORT_FOLDERS[@]}"; do
    if ! doveadm -c "$DOVECOT_CONF" mailbox status -u "$REPORT_USER" messages "$f" >/dev/null 2>&1; then
      doveadm -c "$DOVECOT_CONF" mailbox create -s -u "$REPORT_USER" "$f" >>"$LOGS/doveadm.out" 2>&1 ||
        die "could not create $f for $REPORT_USER" "$LOGS/doveadm.out" "$dlog"
    fi
  done

  local plog=$LOGS/postfix.log
  touch "$plog"
  # `postfix start` runs Postfix's own checks and makes the missing queue directories.
  postfix -c "$POSTFIX_CONF" start >"$LOGS/postfix-start.out" 2>&1 ||
    die "postfix did not start" "$LOGS/postfix-start.out" "$plog"
  for p in $SMTP_PORT $SUBMISSION_PORT $SUBMISSIONS_PORT; do
    wait_port "$p" || die "Postfix does not answer on 127.0.0.1:$p" "$LOGS/postfix-start.out" "$plog"
  done

  echo "mail servers up on 127.0.0.1: IMAP+STARTTLS $IMAP_PORT, IMAPS $IMAPS_PORT," \
    "SMTP $SMTP_PORT, submission+STARTTLS $SUBMISSION_PORT, submissions $SUBMISSIONS_PORT;" \
    "users {$(IFS=,; echo "${USERS[*]}")}@$DOMAIN / $PASSWORD; CA $TLS/ca.pem"
}

wait_port() {
  local _
  for _ in $(seq 1 100); do
    port_listening "$1" && return 0
    sleep 0.1
  done
  return 1
}

cmd_status() {
  local rc=0 p
  if command -v dovecot >/dev/null 2>&1 && dovecot_running; then
    echo "dovecot: running (pid $(pid_of "$DOVECOT_BASE/master.pid"))"
  else
    echo "dovecot: not running"
    rc=3
  fi
  if command -v postfix >/dev/null 2>&1 && postfix_running; then
    echo "postfix: running (pid $(pid_of "$POSTFIX_QUEUE/pid/master.pid"))"
  else
    echo "postfix: not running"
    rc=3
  fi
  for p in "${ALL_PORTS[@]}"; do
    if port_listening "$p"; then
      echo "127.0.0.1:$p listening"
    else
      echo "127.0.0.1:$p closed"
      rc=3
    fi
  done
  return $rc
}

# ---------------------------------------------------------------------------------------------------
[ "$(id -u)" = 0 ] || die "must run as root (it installs packages and starts the mail daemons)"

case "${1:-}" in
  install) cmd_install ;;
  start) shift; cmd_start "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  help | -h | --help) usage ;;
  *) usage >&2; exit 2 ;;
esac
