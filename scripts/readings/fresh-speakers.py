#!/usr/bin/env python3
"""The speaker figures of a few invented articles, such as a session's fresh ones at their first read.

    scripts/readings/fresh-speakers.py REPO SPEAKERS_TUNE_OUTPUT [GROUP=] NAME...

NAME is an article's file name without `.txt`; `GROUP=` starts a group (a genre). The labels come from each
language's expectations.tsv, the misses and wrong speakers from the output of `speakers tune`, which lists every
invented row it does not read right. `right` counts a quote labelled `-` and given no one as right, as the
evaluation does; `attributed` counts the quotes given a speaker. V=1 lists each article's rows."""
import sys, os, glob, collections
repo, out, names = sys.argv[1], sys.argv[2], sys.argv[3:]
labels = collections.Counter(); dash = collections.Counter()
for tsv in glob.glob(os.path.join(repo, 'tests/ContentGen.Evaluation/Invented/Speakers/*/expectations.tsv')):
    for line in open(tsv, encoding='utf-8'):
        c = line.rstrip('\n').split('\t')
        if c[0] == 'file' or len(c) < 4: continue
        n = c[0][:-4]
        labels[n] += 1
        if c[3].strip() == '-': dash[n] += 1
nosp = collections.Counter(); wrong = collections.Counter(); none = collections.Counter(); rows = collections.defaultdict(list)
for line in open(out, encoding='utf-8'):
    if '/Invented/Speakers/' not in line: continue
    p = line.strip().split('\t')
    n = os.path.basename(p[0].split(':')[0])[:-4]
    kind = p[1]
    if kind == 'no speaker': nosp[n] += 1
    elif kind == 'wrong speaker': wrong[n] += 1
    elif kind.startswith('speaker where'): none[n] += 1
    else: continue
    rows[n].append(line.rstrip('\n'))
groups = collections.OrderedDict(); g = 'all'
for n in names:
    if n.endswith('='): g = n[:-1]; continue
    groups.setdefault(g, []).append(n)
tot = [0]*5
verbose = os.environ.get('V')
for g, ns in groups.items():
    s = [0]*5
    for n in ns:
        L = labels[n]; w = wrong[n] + none[n]; r = L - nosp[n] - w; att = r - (dash[n] - none[n]) + w
        v = [L, r, att, w, nosp[n]]
        s = [a+b for a, b in zip(s, v)]
        print(f'  {n:55} {r}/{L} att {att} wrong {w}')
        if verbose:
            for x in rows[n]: print('     ', x.split('Invented/Speakers/')[1])
    print(f'{g}: {s[1]}/{s[0]} ({s[1]/max(s[0],1):.2f}), {s[2]} attributed, {s[3]} wrong (precision {(s[2]-s[3])/max(s[2],1):.2f}), {s[4]} no speaker; as sessions 72-73 counted (labels less no-speaker rows): {s[0]-s[4]} attributed, precision {(s[0]-s[4]-s[3])/max(s[0]-s[4],1):.2f}')
    tot = [a+b for a, b in zip(tot, s)]
if len(groups) > 1:
    print(f'ALL: {tot[1]}/{tot[0]} ({tot[1]/max(tot[0],1):.2f}), {tot[2]} attributed, {tot[3]} wrong (precision {(tot[2]-tot[3])/max(tot[2],1):.2f})')
