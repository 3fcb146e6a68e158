#!/usr/bin/env python3
"""Scores the code that builds the cached tables, one mutant at a time, each in a fresh process.

Stryker.NET 5.1.0's MTP runner keeps its test host between mutants, so a mutant in code that only
runs while a cached table is built (the lexicon code, Text/WordTable.cs, Speakers/WordClass.cs,
Metadata/NameParticles.cs) is either never switched on or taints the host for every mutant after it
(docs/testing.md, "Words as data"). This script takes the mutants Stryker created in those files, as
its log lists them, draws a fixed-seed random sample, and for each one: applies it alone to a copy of
the tree, builds and runs the parser's whole fast tier in a new process, and restores the file.

    scripts/mutation-fresh-sample.py <stryker-log-folder> <tree-copy> <seed> <count>

<stryker-log-folder> is the `logs` folder of any Stryker run over ContentGen.Parsing (Stryker creates
and logs every file's mutants before it filters them). <tree-copy> is a copy of the repository
(`git archive HEAD | tar -x -C <tree-copy>`): its files are changed while the script runs. One line per
mutant goes to stdout: id, status (Killed, Survived, Timeout; CompileError is not counted), place,
mutator, and the change; then the score with its 95% (Wilson) interval.
"""
import glob
import math
import random
import re
import subprocess
import sys
import time

TABLES = re.compile(r'ContentGen\.Parsing/(Lexicons/[^/]+\.cs|Lexicons/Speech/(Inflection|SpeechTables|SpeechWords)\.cs'
                    r'|Text/WordTable\.cs|Speakers/WordClass\.cs|Metadata/NameParticles\.cs)$')
# Word lists are data, not logic (docs/testing.md): the languages' list files, and English.cs's lists
# between its "Stryker disable all" and "Stryker restore all" comments.
DATA_FILES = re.compile(r'Lexicons/(Dutch|French|German|Italian|Portuguese|Spanish)\.cs$')
TIMEOUT_SECONDS = 900


def created_mutants(log_folder):
    text = "".join(open(p, errors="replace").read() for p in sorted(glob.glob(log_folder + "/*.txt")))
    current, mutants = None, []
    pattern = r'Mutating "([^"]+)"|Mutant (\d+) created "(.*?)" -> "(.*?)" using "Stryker\.Core\.Mutators\.(\w+)"'
    for match in re.finditer(pattern, text, re.S):
        if match.group(1):
            current = match.group(1)
        elif current and TABLES.search(current) and not DATA_FILES.search(current):
            unescape = lambda s: s.replace('\\"', '"')
            mutants.append(dict(file=current.split('ContentGen.Parsing/')[-1], id=int(match.group(2)),
                                original=unescape(match.group(3)), replacement=unescape(match.group(4)),
                                mutator=match.group(5)))
    return mutants


def in_disabled_region(source, offset):
    before = source[:offset]
    return before.rfind("Stryker disable all") > before.rfind("Stryker restore all")


def run_fast_tier(tree):
    try:
        result = subprocess.run("ContentGenTestTier=fast nice -n 15 dotnet test --project tests/ContentGen.Parsing.Tests",
                                shell=True, cwd=tree, capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return "Timeout"
    output = result.stdout + result.stderr
    if re.search(r'error CS\d+', output):
        return "CompileError"
    failed = re.search(r'failed: (\d+)', output)
    if failed and int(failed.group(1)) > 0:
        return "Killed"
    return "Survived" if re.search(r'succeeded: \d+', output) else "Unknown"


def main(log_folder, tree, seed, count):
    mutants = created_mutants(log_folder)
    order = list(range(len(mutants)))
    random.Random(seed).shuffle(order)
    tally = {}
    for index in order:
        if sum(tally.get(s, 0) for s in ("Killed", "Survived", "Timeout")) >= count:
            break
        mutant = mutants[index]
        path = f"{tree}/src/ContentGen.Parsing/{mutant['file']}"
        source = open(path, encoding="utf-8").read()
        # Mutants are logged in source order: the k-th mutant of a file with the same original text
        # stands at that text's k-th place.
        earlier = sum(1 for m in mutants if m['file'] == mutant['file'] and m['original'] == mutant['original'] and m['id'] < mutant['id'])
        places = [m.start() for m in re.finditer(re.escape(mutant['original']), source)]
        if not places:
            print(f"{mutant['id']}\tNotFound\t{mutant['file']}", flush=True)
            continue
        offset = places[min(earlier, len(places) - 1)]
        line = source.count("\n", 0, offset) + 1
        if in_disabled_region(source, offset):
            print(f"{mutant['id']}\tData\t{mutant['file']}:{line}", flush=True)
            continue
        open(path, "w", encoding="utf-8").write(source[:offset] + mutant['replacement'] + source[offset + len(mutant['original']):])
        started = time.time()
        try:
            status = run_fast_tier(tree)
        finally:
            open(path, "w", encoding="utf-8").write(source)
        tally[status] = tally.get(status, 0) + 1
        change = f"{mutant['original'][:60]!r} -> {mutant['replacement'][:60]!r}"
        print(f"{mutant['id']}\t{status}\t{mutant['file']}:{line}\t{mutant['mutator']}\t{change}\t{time.time() - started:.0f}s", flush=True)

    killed = tally.get("Killed", 0) + tally.get("Timeout", 0)
    valid = killed + tally.get("Survived", 0)
    if valid:
        p, z = killed / valid, 1.96
        centre = (p + z * z / (2 * valid)) / (1 + z * z / valid)
        half = z * math.sqrt(p * (1 - p) / valid + z * z / (4 * valid * valid)) / (1 + z * z / valid)
        print(f"score {100 * p:.1f}% ({killed} / {valid}; 95% interval {100 * (centre - half):.1f}–{100 * (centre + half):.1f}%); {tally}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
