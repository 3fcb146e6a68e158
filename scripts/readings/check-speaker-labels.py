#!/usr/bin/env python3
"""scripts/readings/check-speaker-labels.py FOLDER NAME.txt... : for a writer of invented articles; checks expectations.tsv rows of the named articles by format
alone: each (line, column) (1-based, UTF-16 code units) must be an opening quotation mark, and it
lists every opening mark of the article that has no row. Never runs the reader."""
import sys, os
folder, names = sys.argv[1], sys.argv[2:]
OPEN = '“„«‘‚"\'‹'
def u16col(line, col):  # 1-based UTF-16 column -> python index
    n = 0
    for i, ch in enumerate(line):
        if n == col - 1: return i
        n += 2 if ord(ch) > 0xFFFF else 1
    return None
rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(folder, 'expectations.tsv'), encoding='utf-8')]
if rows[0][:4] != ['file', 'line', 'column', 'speaker']: print('bad header'); sys.exit(1)
ok = True
for name in names:
    lines = open(os.path.join(folder, name), encoding='utf-8-sig').read().replace('\r\n', '\n').split('\n')
    mine = [r for r in rows[1:] if r[0] == name]
    if not mine: print(name, 'has no rows'); ok = False
    at = set()
    for r in mine:
        if len(r) < 4 or not r[3].strip(): print(name, 'bad row', r); ok = False; continue
        ln, col = int(r[1]), int(r[2]); i = u16col(lines[ln-1], col) if ln <= len(lines) else None
        if i is None or lines[ln-1][i] not in OPEN: print(name, 'row does not point at an opening mark', r); ok = False; continue
        at.add((ln, i))
    for ln, l in enumerate(lines, 1):
        for i, ch in enumerate(l):
            if ch in '“„«' and (ln, i) not in at:
                print(name, f'line {ln} col(py) {i}: opening {ch} has no row (fine only if it closes a German/other pair or is not a quote)')
print('all good' if ok else 'PROBLEMS'); sys.exit(0 if ok else 1)
