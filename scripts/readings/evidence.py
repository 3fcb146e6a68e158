#!/usr/bin/env python3
"""The project's evidence in a snapshot made with `snapshot.sh OUT --blind`: the BBC blind halves' speakers (every
label), the French blind halves' (labels in the article), the held-out invented articles, `tune11`, the French blind
pages and the held-out invented pages. For the lead's report only; no rule is tuned on these.

    scripts/readings/evidence.py SNAPSHOT"""
import re, sys, os
d = sys.argv[1]
def rows(text, header):
    i = text.find(header)
    if i < 0: return {}
    out = {}
    for line in text[i:].split('\n')[2:]:
        if not line.strip(): break
        c = line.split()
        out[c[0]] = c
    return out
def frac(s): a, b = s.split('/'); return int(a), int(b)
bbc = [0, 0, 0, 0]; fr = [0, 0, 0, 0]
for half in ['blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6']:
    p = os.path.join(d, f'speakers-{half}.txt')
    if not os.path.exists(p): continue
    t = open(p, encoding='utf-8').read()
    every = rows(t, 'every label'); inart = rows(t, 'in the article')
    for acc, group, src in ((bbc, 'bbc', every), (fr, 'fr', inart)):
        if group in src:
            c = src[group]
            r, n = frac(c[6]); ra, a = frac(c[-2])
            acc[0] += r; acc[1] += n; acc[2] += ra; acc[3] += a
print(f'BBC blind halves: {bbc[0]}/{bbc[1]}, precision {bbc[2]}/{bbc[3]}')
print(f'French blind halves, in the article: {fr[0]}/{fr[1]}, precision {fr[2]}/{fr[3]}')
t = open(os.path.join(d, 'speakers-blind.txt'), encoding='utf-8').read()
h = rows(t, 'held out from tuning')['all']
print(f'held-out invented speakers: {h[6]}, precision {h[-2]}')
t = open(os.path.join(d, 'speakers-tune11.txt'), encoding='utf-8').read()
b = rows(t, 'every label').get('bbc')
if b: print(f'tune11 BBC: {b[6]}, precision {b[-2]}')
print(open(os.path.join(d, 'pages-blind.txt'), encoding='utf-8').read()[:2500])
t = open(os.path.join(d, 'pages-blind.txt'), encoding='utf-8').read()
i = t.find('Invented pages held out'); block = t[i:].split('\n\n')[0]
print(block)
tl = src = 0
for line in block.split('\n')[2:]:
    c = line.split()
    tl += int(c[5]); src += int(c[11])
print(f'held-out pages: title lines {tl}/42, source {src}/42')
