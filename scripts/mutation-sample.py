#!/usr/bin/env python3
"""Draw a fixed-seed random sample of members (methods, properties, fields, nested types) from
source files, for a mutation run too large to do whole on this machine, and estimate the score
from the run's report.

  mutation-sample.py draw <project dir> <fraction> <seed> <file>...   prints one --mutate span a member
  mutation-sample.py score <report.json> <project dir> <fraction> <seed> <file>...

A member is a cluster: every mutant inside it is tested. The score of a folder is the ratio
estimator (killed over valid, summed over the sampled members), and its 95% interval the
normal one for a one-stage cluster sample with a finite population correction.
"""
import json, math, os, random, re, sys
from collections import defaultdict

DECL = re.compile(r"^    [^ /\[}#\s]")


def members(path):
    """Each member of a file as (first line, last line, start offset, end offset) in UTF-16 units."""
    text = open(path, encoding="utf-8-sig").read()
    lines = text.split("\n")
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line.encode("utf-16-le")) // 2 + 1
    heads = [i for i, line in enumerate(lines) if DECL.match(line)]
    result = []
    for k, head in enumerate(heads):
        last = heads[k + 1] - 1 if k + 1 < len(heads) else len(lines) - 1
        # The member ends before the type's closing brace at column 0, if that comes first.
        for j in range(head + 1, last + 1):
            if lines[j].startswith("}"):
                last = j - 1
                break
        end = starts[last] + len(lines[last].encode("utf-16-le")) // 2
        result.append((head + 1, last + 1, starts[head], end))
    return result


def draw(project, fraction, seed, files):
    """The sampled members, by folder: each folder's members shuffled with the seed, the first ceil(fraction * n) taken."""
    by_folder = defaultdict(list)
    for f in sorted(files):
        for m in members(os.path.join(project, f)):
            by_folder[os.path.dirname(f) or "."].append((f,) + m)
    sample, population = {}, {}
    for folder, ms in sorted(by_folder.items()):
        rng = random.Random(f"{seed}:{folder}")
        shuffled = ms[:]
        rng.shuffle(shuffled)
        take = max(2, math.ceil(fraction * len(ms)))
        sample[folder] = sorted(shuffled[:take])
        population[folder] = ms
    return sample, population


def main():
    mode = sys.argv[1]
    if mode == "draw":
        project, fraction, seed, files = sys.argv[2], float(sys.argv[3]), sys.argv[4], sys.argv[5:]
        sample, _ = draw(project, fraction, seed, files)
        for folder, ms in sample.items():
            for f, first, last, start, end in ms:
                print(f"{f}{{{start}..{end}}}")
        return
    report, project, fraction, seed, files = sys.argv[2], sys.argv[3], float(sys.argv[4]), sys.argv[5], sys.argv[6:]
    sample, population = draw(project, fraction, seed, files)
    data = json.load(open(report))
    # Each mutant to its member by its first line.
    mutants = defaultdict(list)
    for path, f in data["files"].items():
        rel = os.path.relpath(path, os.path.abspath(project))
        for m in f["mutants"]:
            mutants[rel].append((m["location"]["start"]["line"], m["status"]))
    total_k = total_n = 0.0
    total_var = 0.0
    for folder, ms in sample.items():
        big_n, m = len(population[folder]), len(ms)
        ks, ns = [], []
        for f, first, last, start, end in ms:
            statuses = [s for line, s in mutants.get(f, []) if first <= line <= last]
            k = sum(s in ("Killed", "Timeout") for s in statuses)
            n = k + sum(s in ("Survived", "NoCoverage") for s in statuses)
            ks.append(k); ns.append(n)
        sk, sn = sum(ks), sum(ns)
        if sn == 0:
            print(f"{folder}: {m} of {big_n} members, no valid mutant"); continue
        p = sk / sn
        nbar = sn / m
        s2 = sum((k - p * n) ** 2 for k, n in zip(ks, ns)) / (m - 1) if m > 1 else 0.0
        var = (1 - m / big_n) * s2 / (m * nbar ** 2)
        half = 1.96 * math.sqrt(var)
        est_n = big_n * nbar  # estimated valid mutants in the folder
        print(f"{folder}: {m} of {big_n} members, {sk:.0f} / {sn:.0f} killed, {100*p:.1f}% "
              f"(95% CI {100*max(0,p-half):.1f}-{100*min(1,p+half):.1f}%), about {est_n:.0f} valid mutants in all")
        total_k += big_n / m * sk
        total_n += big_n / m * sn
        # Variance of the stratified ratio: sum of the strata's, weighted by their share of the mutants.
        total_var += (est_n ** 2) * var
    if total_n:
        p = total_k / total_n
        half = 1.96 * math.sqrt(total_var) / total_n
        print(f"all: {100*p:.1f}% (95% CI {100*(p-half):.1f}-{100*(p+half):.1f}%), about {total_n:.0f} valid mutants in all")


if __name__ == "__main__":
    main()
