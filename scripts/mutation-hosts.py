#!/usr/bin/env python3
"""Which test host each mutant ran in, from Stryker's log, and the kills a mutated table may have made.

  mutation-hosts.py <stryker log> <report.json> [<filtered report.json>]

The mtp runner keeps one test host between mutants and starts a new one after each timeout. The
first mutant run in a new host is active while the host builds its static fields and cached
tables (the lexicon tables, the speech tables, the month table). If that mutant is in the code
that builds them, every later mutant in the same host runs against broken tables, and a test
may fail for them, not for the later mutant: a kill that is not one. This lists the hosts opened
by such a mutant and what ran in them after it, and, given a third path, writes a copy of the
report in which those later mutants are set to "Ignored" (neither killed nor survived: not
measured), so that `mutation-sample.py score` on the copy gives the estimate from the clean
hosts only (docs/testing.md).

Code that builds tables: anything Stryker marks static, the lexicons (Lexicons/), the word table
(Text/WordTable.cs), the word classes (Speakers/WordClass.cs), the name particles, the month
table and the byline leads.
"""
import json, re, sys
from collections import Counter

TABLE_FILES = ("Lexicons/", "Text/WordTable.cs", "Speakers/WordClass.cs", "Metadata/NameParticles.cs")
TABLE_MEMBERS = {"Metadata/DateReader.cs": ("MonthTable", "s_months"), "Metadata/AuthorReader.cs": ("Leads", "s_leads")}


def builds_tables(rel, mutant, source_lines):
    if mutant.get("static"):
        return True
    if rel.startswith(TABLE_FILES):
        return True
    names = TABLE_MEMBERS.get(rel)
    if not names:
        return False
    # The member the mutant sits in: the nearest declaration above it, four spaces in.
    for i in range(mutant["location"]["start"]["line"] - 1, -1, -1):
        line = source_lines[i]
        if re.match(r"^    [^ /\[}#\s]", line):
            return any(n in line for n in names)
    return False


def main():
    log, report_path = sys.argv[1], sys.argv[2]
    report = json.load(open(report_path))
    info = {}
    for path, f in report["files"].items():
        rel = path.split("ContentGen.Parsing/", 1)[-1]
        lines = f["source"].split("\n")
        for m in f["mutants"]:
            info[m["id"]] = (rel, m, builds_tables(rel, m, lines))
    hosts, current = [], []
    for line in open(log, errors="replace"):
        if "Test server started successfully" in line:
            hosts.append(current)
            current = []
        found = re.search(r'Testing mutant\(s\) \[(.*?)\] with active', line)
        if found:
            current.append([x.strip().strip('"') for x in found.group(1).split(",")])
    hosts.append(current)
    hosts = [h for h in hosts if h]

    suspect = set()
    by_folder = Counter()
    for h in hosts:
        first = [x for x in h[0] if x in info]
        if not any(info[x][2] for x in first):
            continue
        rel, m, _ = info[first[0]]
        later = [x for run in h[1:] for x in run if x in info and info[x][1]["status"] in ("Killed", "Timeout", "Survived")]
        kills = sum(info[x][1]["status"] != "Survived" for x in later)
        print(f"host of {sum(len(r) for r in h)} runs opened by {rel}:{m['location']['start']['line']} "
              f"{m['mutatorName']} ({m['status']}): {len(later)} later mutants set aside, {kills} of them reported killed")
        for x in later:
            suspect.add(x)
            by_folder[info[x][0].rsplit("/", 1)[0] if "/" in info[x][0] else "."] += 1
    print(f"{len(hosts)} hosts; {len(suspect)} mutants ran in a host opened by a table-building mutant: {dict(sorted(by_folder.items()))}")

    if len(sys.argv) > 3:
        for f in report["files"].values():
            for m in f["mutants"]:
                if m["id"] in suspect:
                    m["status"] = "Ignored"
        json.dump(report, open(sys.argv[3], "w"))


if __name__ == "__main__":
    main()
