#!/usr/bin/env python3
"""Compares two snapshots of scripts/readings/snapshot.sh.

    scripts/readings/compare.py BEFORE AFTER [-v]

Evaluation outputs are compared byte for byte; each JSON dump file by file, keyed by the path
under the repository (or under the corpus) and with the path itself left out, so snapshots of two
worktrees, or of a relative and an absolute path, compare. READMEs are left out: they are docs
that the reader happens to read. -v lists the files whose reading moved.
Exits 1 when anything moved.
"""
import json
import os
import sys


def key(path):
    """The file's path from its set folder on, so that two checkouts' dumps line up."""
    parts = path.replace('\\', '/').split('/')
    for anchor in ('Invented', 'corpus', 'seeds'):
        if anchor in parts:
            return '/'.join(parts[parts.index(anchor):])
    return '/'.join(parts[-3:])


def readings(path):
    """Each file's reading by its key, without the path it was read at: two checkouts' readings compare."""
    with open(path, encoding='utf-8') as stream:
        return {key(item['file']): {k: v for k, v in item.items() if k != 'file'}
                for item in json.load(stream) if not item['file'].endswith('README.md')}


def main(before, after, verbose):
    moved = 0
    for name in sorted(os.listdir(before)):
        other = os.path.join(after, name)
        if not os.path.exists(other):
            print(f'{name}: missing from {after}')
            moved += 1
            continue
        if name.endswith('.txt'):
            with open(os.path.join(before, name), 'rb') as a, open(other, 'rb') as b:
                same = a.read() == b.read()
            print(f'{name}: {"same" if same else "DIFFERS"}')
            moved += not same
        elif name.endswith('.json'):
            a, b = readings(os.path.join(before, name)), readings(other)
            changed = sorted(k for k in a.keys() | b.keys()
                             if json.dumps(a.get(k), sort_keys=True) != json.dumps(b.get(k), sort_keys=True))
            print(f'{name}: {len(changed)} of {len(a)} files read differently')
            moved += len(changed)
            if verbose:
                for k in changed:
                    print(f'    {k}')
    return 1 if moved else 0


if __name__ == '__main__':
    arguments = [a for a in sys.argv[1:] if a != '-v']
    if len(arguments) != 2:
        sys.exit(__doc__)
    sys.exit(main(arguments[0], arguments[1], '-v' in sys.argv))
