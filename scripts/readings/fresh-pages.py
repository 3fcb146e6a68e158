#!/usr/bin/env python3
"""The page figures of a few invented pages, such as a session's fresh ones at their first read.

    scripts/readings/fresh-pages.py REPO PAGES_TUNE_OUTPUT NAME...

NAME is a page's file name without `.txt`. Sums the per-page lines that `pages tune` prints and checks author, date
and language against each page's `.meta.tsv` (author compared as the evaluation does: case and runs of white space
aside)."""
import sys, os, re
repo, out, names = sys.argv[1], sys.argv[2], sys.argv[3:]
lines = {}
for line in open(out, encoding='utf-8'):
    m = re.match(r'\s+(\w\w)/([^:]+)\.txt: (.*)', line)
    if m: lines[m.group(2)] = (m.group(1), m.group(3))
t = dict(drop=[0,0], body=[0,0], hl=0, hf=0, ho=0, tl=0, tt=0, src=0, srcw=0, au=0, da=0, la=0, n=0)
for n in names:
    lang, s = lines[n]
    meta = open(os.path.join(repo, f'tests/ContentGen.Evaluation/Invented/Pages/{lang}/{n}.meta.tsv'), encoding='utf-8').read().splitlines()[1].split('\t')
    d = re.search(r'drop (\d+)/(\d+), body (\d+)/(\d+), headings (\d+)/(\d+)/(\d+), title lines (\w+), title (\w+) "(.*?)", source (\w+) "(.*?)", author "(.*?)", published (\S+), language (\S+?);', s)
    dk, dn, bk, bn, hl, hf, ho = map(int, d.groups()[:7])
    au_ok = d.group(13).lower().split() == meta[5].lower().split()
    da_ok = d.group(14) == meta[6]; la_ok = d.group(15) == meta[7]
    src_ok = d.group(11) == 'right'
    t['drop'][0]+=dk; t['drop'][1]+=dn; t['body'][0]+=bk; t['body'][1]+=bn; t['hl']+=hl; t['hf']+=hf; t['ho']+=ho
    t['tl'] += d.group(8)=='right'; t['tt'] += d.group(9)=='right'; t['src'] += src_ok; t['srcw'] += (not src_ok and d.group(12) != '-')
    t['au'] += au_ok; t['da'] += da_ok; t['la'] += la_ok; t['n'] += 1
    print(f'  {lang}/{n}: {s[:400]}')
    print(f'      expected author {meta[5]!r} date {meta[6]} lang {meta[7]} source {meta[4]!r}; author {"ok" if au_ok else "WRONG"} date {"ok" if da_ok else "WRONG"} lang {"ok" if la_ok else "WRONG"}')
n = t['n']
print(f"drop {t['drop'][0]}/{t['drop'][1]}, body {t['body'][0]}/{t['body'][1]}, headings labelled {t['hl']} found {t['hf']} matched {t['ho']}, "
      f"title lines {t['tl']}/{n}, title text {t['tt']}/{n}, source {t['src']}/{n} ({t['srcw']} wrong, not none), author {t['au']}/{n}, date {t['da']}/{n}, lang {t['la']}/{n}")
