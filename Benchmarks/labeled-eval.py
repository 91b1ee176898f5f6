#!/usr/bin/env python3
"""Scores `becscope analyze` on a labeled set (a folder with labels.json, org.yaml and the
messages): BEC precision and recall, verdicts equal to the label, clean messages called BEC,
BEC found per scenario, and whether the scenario named matches the set's. Prints every
disagreement.

    Benchmarks/labeled-eval.py Tests/AnalysisTests/Fixtures/labeled4 [--json]

BECSCOPE names the binary (default .build/release/becscope). Analysis is offline.
"""
import collections
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
binary = os.environ.get("BECSCOPE", os.path.join(here, "..", ".build", "release", "becscope"))
folder = sys.argv[1]
labels = json.load(open(os.path.join(folder, "labels.json")))
files = [os.path.join(folder, e["file"]) for e in labels]
run = subprocess.run(
    [binary, "analyze", "--offline", "--org", os.path.join(folder, "org.yaml"), "--format", "json", *files],
    capture_output=True, text=True)
verdicts = {}
for line in run.stdout.splitlines():
    if not line.strip():
        continue
    doc = json.loads(line)
    verdicts[os.path.basename(doc["source"])] = doc["verdict"]
tp = fp = fn = agree = clean_bec = 0
by_scenario = collections.defaultdict(lambda: [0, 0])
scenario_named = 0
rows = []
for e in labels:
    v = verdicts.get(e["file"], {"label": "missing", "rules": [], "scenario": None})
    label, got = e["label"], v["label"]
    agree += label == got
    if label == "bec":
        by_scenario[e.get("scenario", "?")][1] += 1
        if got == "bec":
            tp += 1
            by_scenario[e.get("scenario", "?")][0] += 1
            scenario_named += v.get("scenario") == e.get("scenario")
        else:
            fn += 1
    elif got == "bec":
        fp += 1
        clean_bec += label == "clean"
    if label != got or (label == "bec" and v.get("scenario") != e.get("scenario")):
        rows.append(f"  {e['file']} ({label}/{e.get('scenario', '')}) → {got}/{v.get('scenario')}: {v.get('rules')}")
precision = tp / max(1, tp + fp)
recall = tp / max(1, tp + fn)
print(f"{folder}: {len(labels)} messages")
print(f"BEC precision {precision:.3f} ({tp} of {tp + fp} BEC calls)")
print(f"BEC recall    {recall:.3f} ({tp} of {tp + fn})")
print(f"verdict equals label: {agree} of {len(labels)}; clean called BEC: {clean_bec}")
print(f"scenario named as labeled: {scenario_named} of {tp} correct BEC calls")
for s, (found, total) in sorted(by_scenario.items()):
    print(f"  {s}: {found}/{total}")
print("disagreements:")
print("\n".join(rows))
if run.returncode not in (0, 65, 66):
    print(f"becscope exited {run.returncode}: {run.stderr[-500:]}", file=sys.stderr)
