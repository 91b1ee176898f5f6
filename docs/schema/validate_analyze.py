#!/usr/bin/env python3
"""Validate `becscope analyze --format json` output against a JSON Schema.

Usage:
    becscope analyze --offline --format json INPUT... \
        | python3 docs/schema/validate_analyze.py docs/schema/analyze.schema.json

Reads JSON Lines (one object per line; blank lines ignored) from standard input,
checks the schema itself, validates every object with JSON Schema draft 2020-12,
then checks what a schema cannot express: hop numbering, the origin's rule and
IP agreeing with each other and with the documented skip ranges, the origin IP
being listed as an indicator, authentication sources matching the results,
the verdict's rules each having a `rule:` finding (and `clean` meaning no rule),
and each indicator's defanged form following the documented rules.
Prints one line per problem and a summary on standard error.

Exit status: 0 when every object is valid, 1 when any is not (or the input held
no object at all), 2 for a usage error or an unusable schema.

Needs the `jsonschema` package (pip install jsonschema).
"""

import ipaddress
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import validate  # noqa: E402  (the shared reader and reporter)



# The ranges IPAddress.isNonPublic (Sources/Analysis/Headers/IPAddress.swift) never
# accepts as an origin, as documented in docs/analysis.md.
NON_PUBLIC = [
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8", "10.0.0.0/8", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
        "192.168.0.0/16", "100.64.0.0/10", "192.0.2.0/24", "198.51.100.0/24",
        "203.0.113.0/24", "198.18.0.0/15", "224.0.0.0/3",
        "::/128", "::1/128", "fc00::/7", "fe80::/10", "2001:db8::/32", "ff00::/8",
    )
]


def defang(value, kind):
    """The defanged form as Sources/Analysis/Indicators/IOC.swift writes it."""
    if kind in ("ipv4", "domain"):
        return value.replace(".", "[.]")
    if kind == "ipv6":
        return value.replace(":", "[:]")
    if kind == "email":
        at = value.rfind("@")
        if at < 0:
            return value
        return value[:at] + "@" + value[at + 1:].replace(".", "[.]")
    if kind == "url":
        rest, scheme = value, ""
        if "://" in rest:
            scheme, rest = rest.split("://", 1)
            scheme = scheme.lower()
        elif rest.startswith("//"):
            rest, scheme = rest[2:], "//"
        end = len(rest)
        for i, c in enumerate(rest):
            if c in "/?#":
                end = i
                break
        host = rest[:end].replace(".", "[.]")
        prefix = "//" if scheme == "//" else (scheme.replace("t", "x") + "://" if scheme else "")
        return prefix + host + rest[end:]
    return value


def consistency(report):
    """Problems the schema cannot see."""
    problems = []
    origin = report["origin"]
    hops = origin["hops"]
    for index, hop in enumerate(hops):
        if hop["number"] != index + 1:
            problems.append("origin.hops[%d].number is %d" % (index, hop["number"]))
    if hops and hops[0]["delay_seconds"] is not None:
        problems.append("origin.hops[0] has a delay, but there is no older hop")
    if origin["hop"] is not None and not 1 <= origin["hop"] <= len(hops):
        problems.append("origin.hop %d is not one of the %d hops" % (origin["hop"], len(hops)))
    if (origin["ip"] is None) != (origin["rule"] is None):
        problems.append("origin.ip and origin.rule must be both null or both set")
    if origin["ip"] is not None:
        try:
            ip = ipaddress.ip_address(origin["ip"])
        except ValueError:
            problems.append("origin.ip %r is not an IP address" % origin["ip"])
        else:
            if any(ip in net for net in NON_PUBLIC if net.version == ip.version):
                problems.append("origin.ip %s is in a range that is never the origin" % ip)
            kind = "ipv6" if ip.version == 6 else "ipv4"
            if not any(i["type"] == kind and i["value"] == origin["ip"] for i in report["iocs"]):
                problems.append("origin.ip %s is not listed in iocs" % origin["ip"])

    auth = report["authentication"]
    for method in ("spf", "dkim", "dmarc"):
        if (auth[method] is None) == (method in auth["sources"]):
            problems.append("authentication.%s and authentication.sources.%s disagree" % (method, method))
    if auth["dkim_verification"] != "checked" and auth["dkim_signatures"]:
        problems.append("authentication.dkim_signatures is not empty, but DKIM was not checked")
    source = auth["sources"].get("dkim")
    if source and source["authserv_id"] == "becscope" and not auth["dkim_signatures"]:
        problems.append("the DKIM result is becscope's own, but no signature was checked")

    sender, author = report["sender"], report["message"]["from"]
    expected = author["address"].lower() if author and author["address"] else None
    actual = sender["address"].lower() if sender["address"] is not None else None
    if actual != expected:
        problems.append("sender.address %r is not the From address" % sender["address"])

    verdict = report["verdict"]
    ids = {f["id"] for f in report["findings"]}
    for rule in verdict["rules"]:
        if "rule:" + rule not in ids:
            problems.append("verdict.rules names %s, but there is no finding rule:%s" % (rule, rule))
    if verdict["label"] is not None and (verdict["label"] == "clean") != (not verdict["rules"]):
        problems.append("verdict.label is %r with %d matching rules" % (verdict["label"], len(verdict["rules"])))

    seen = set()
    for i, ioc in enumerate(report["iocs"]):
        key = (ioc["type"], ioc["value"])
        if key in seen:
            problems.append("iocs[%d] repeats %s %s" % (i, ioc["type"], ioc["value"]))
        seen.add(key)
        if ioc["defanged"] != defang(ioc["value"], ioc["type"]):
            problems.append("iocs[%d].defanged %r is not the documented form" % (i, ioc["defanged"]))
        if ioc["type"] in ("ipv4", "ipv6"):
            try:
                version = ipaddress.ip_address(ioc["value"]).version
            except ValueError:
                version = None
            if version != (4 if ioc["type"] == "ipv4" else 6):
                problems.append("iocs[%d] %r is not an %s address" % (i, ioc["value"], ioc["type"]))
    return problems


if __name__ == "__main__":
    sys.exit(validate.main(sys.argv, check=consistency, name="validate_analyze.py"))
