#!/usr/bin/env python3
"""scripts/readings/check-page-labels.py PAGE.txt... : for a writer of invented pages; checks each page's .lines.tsv and .meta.tsv by format alone
(every non-blank line labelled exactly once, no range past the end or over a blank-only edge,
labels from the four fates, title lines matching the meta row). Never runs the reader."""
import sys, os
ok = True
for page in sys.argv[1:]:
    base = page[:-4]; name = os.path.basename(page)
    text = open(page, encoding='utf-8-sig').read().replace('\r\n', '\n')
    lines = text.split('\n')
    if lines and lines[-1] == '': lines = lines[:-1]
    seen = {}
    rows = open(base + '.lines.tsv', encoding='utf-8').read().splitlines()
    if rows[0].split('\t') != ['half', 'file', 'first_line', 'last_line', 'label']: print(page, 'bad lines header'); ok = False
    title = []
    for r in rows[1:]:
        c = r.split('\t')
        if len(c) != 5 or c[0] != 'invented' or c[1] != name or c[4] not in ('title', 'body', 'heading', 'drop'):
            print(page, 'bad row', r); ok = False; continue
        a, b = int(c[2]), int(c[3])
        if a < 1 or b < a or b > len(lines): print(page, 'range out of page', r); ok = False; continue
        for i in range(a, b + 1):
            if lines[i-1].strip() == '': continue
            if i in seen: print(page, f'line {i} labelled twice'); ok = False
            seen[i] = c[4]
            if c[4] == 'title': title.append(i)
    for i, l in enumerate(lines, 1):
        if l.strip() and i not in seen: print(page, f'line {i} not labelled: {l[:60]!r}'); ok = False
    meta = open(base + '.meta.tsv', encoding='utf-8').read().splitlines()
    if meta[0].split('\t') != ['file', 'title_first_line', 'title_last_line', 'title', 'source_or_-', 'author_or_-', 'published_or_-', 'language']:
        print(page, 'bad meta header'); ok = False
    m = meta[1].split('\t')
    if len(m) != 8 or m[0] != name: print(page, 'bad meta row'); ok = False
    elif title and (int(m[1]), int(m[2])) != (min(title), max(title)): print(page, 'meta title lines differ from the title fates', m[1:3], (min(title), max(title))); ok = False
print('all good' if ok else 'PROBLEMS'); sys.exit(0 if ok else 1)
