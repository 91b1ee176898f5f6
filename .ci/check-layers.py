#!/usr/bin/env python3
"""Fails when a module reaches up the data flow, in its `import` lines or in Package.swift.

The flow: MailCore -> Analysis -> Intelligence -> Investigation -> Reporting -> (becscope, the
server). SQLiteStore sits beside MailCore (it imports only CSQLite), so does IMAPClient (a transport that
imports none of ours), ReportIntake beside Reporting (the report mailbox, on the case service), and DNSClient between
MailCore and Analysis (it sees only MailCore), and so does CaseStorage, the case store seam. A module may import only modules of a lower rank; the same holds for its target's
dependencies in Package.swift. Test targets must depend on exactly the project modules their
files import (TestSupport apart).

    python3 .ci/check-layers.py        # from the package root; exit 1 with every violation listed
"""
import os
import re
import sys

RANK = {"CSQLite": 0, "CZlib": 0, "MailCore": 1, "SQLiteStore": 1, "IMAPProtocol": 1, "IMAPClient": 2, "DNSClient": 2, "CaseStorage": 2,
        "PostgresStorage": 3, "Analysis": 3, "Intelligence": 4, "Investigation": 5, "Reporting": 6, "ReportIntake": 6,
        "Workbench": 7, "becscope": 8}
ALLOWED_SAME_RANK = {("SQLiteStore", "CSQLite")}
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
problems = []


def imports(folder):
    found = {}
    for base, _, files in os.walk(folder):
        for name in files:
            if not name.endswith(".swift"):
                continue
            path = os.path.join(base, name)
            for n, line in enumerate(open(path, encoding="utf-8"), 1):
                m = re.match(r"\s*(?:@testable\s+)?import\s+(\w+)", line)
                if m:
                    found.setdefault(m.group(1), f"{os.path.relpath(path, root)}:{n}")
    return found


def allowed(module, other):
    return RANK[other] < RANK[module] or (module, other) in ALLOWED_SAME_RANK


for module in sorted(RANK):
    folder = os.path.join(root, "Sources", module)
    if not os.path.isdir(folder):
        continue
    for other, where in sorted(imports(folder).items()):
        if other in RANK and other != module and not allowed(module, other):
            problems.append(f"{where}: {module} imports {other}, which is not below it in the flow")

package = open(os.path.join(root, "Package.swift"), encoding="utf-8").read()
targets = re.findall(r'\.(target|testTarget|executableTarget)\(\s*name:\s*"(\w+)"(.*?)\n    \)', package, re.S)
for kind, name, body in targets:
    deps = set(re.findall(r'"(\w+)"', (re.search(r"dependencies:\s*\[(.*?)\]", body, re.S) or [None, ""])[1]))
    deps &= set(RANK) | {"TestSupport"}
    if kind != "testTarget" and name in RANK:
        for other in sorted(deps):
            if other in RANK and not allowed(name, other):
                problems.append(f"Package.swift: target {name} depends on {other}, which is not below it in the flow")
    if kind == "testTarget":
        used = {m for m in imports(os.path.join(root, "Tests", name)) if m in RANK}
        # The CLI tests run the executable: they depend on it to have it built, not to import it.
        declared = deps - {"TestSupport", "becscope"}
        for m in sorted(used - declared):
            problems.append(f"Package.swift: test target {name} imports {m} without depending on it")
        for m in sorted(declared - used):
            problems.append(f"Package.swift: test target {name} depends on {m} but imports it nowhere")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print(f"layers: {len([t for t in targets if t[1] in RANK])} targets and their imports follow the flow")
