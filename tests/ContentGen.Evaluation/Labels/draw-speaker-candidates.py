#!/usr/bin/env python3
"""Draws speech-quote candidates from ../shared/corpus for Labels/speakers.tsv.

Independent of ContentGen's parser on purpose: a quote candidate is an opening quotation
mark found by a plain scan of each line. Guillemets and curly or low double marks open by
their shape. A straight double mark opens when it stands after the line's start, a space or an
opening bracket and before a character that is not a space; where its neighbours do not tell
(a space on both sides, or on neither), it opens when it is the first, third, fifth...
straight mark of its paragraph (a block between blank lines). The neighbours matter because a
BBC line often holds several paragraphs of one speech, each reopened without a close:
`"A. "B." he said`. Single marks are left out: in these files they are almost all apostrophes.

Prints one row per drawn candidate: half, file, line, column, offset (UTF-16, as the text is
decoded by .NET's File.ReadAllText: UTF-8, BOM dropped, a bad byte read as one U+FFFD).
It prints positions only, never text.

usage: draw-speaker-candidates.py CORPUS_DIR [SEED]
       draw-speaker-candidates.py CORPUS_DIR SEED --half NAME --exclude LABELS.tsv [--exclude ...]
           [--skip-files-of LABELS.tsv=HALF[,HALF...] ...] [--only-files-of LABELS.tsv=HALF[,HALF...] ...]
           FOLDER=COUNT...

The first form draws Labels/speakers.tsv (tune and blind). The second draws a further half: the
candidates already in each LABELS file (same file and offset) leave the pool, each folder's pool is
shuffled with the seeded generator (folders in the order given), and the first COUNT of each are
printed in that order, all in half NAME. Because the whole pool is shuffled, the first COUNT are
the same whatever COUNT is, so a labeller can read down the list until enough speech is labelled.
`--skip-files-of LABELS.tsv=blind,blind2` also takes out of the pool every candidate of every file
that LABELS names in a row of one of those halves, so that labelling the new half never reads a
blind quote's context. `--only-files-of LABELS.tsv=tune,tune2` keeps in the pool only the files
that LABELS names in a row of one of those halves (several such options add up: a file named by any
of them stays), for a folder whose files are all labelled already (session 15's French tune3).
"""
import os
import random
import sys

SEED = 20261130
DRAWS = {"bbc": 130, "fr-immigration": 70}
OPENERS = {"\u00ab", "\u201c", "\u201e"}  # « “ „
STRAIGHT = '"'


def utf16_len(text):
    return len(text.encode("utf-16-le")) // 2


def candidates(path):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = data.decode("utf-8", errors="replace")
    lines = text.split("\n")  # the corpus has no CR (checked in both SOURCE.md files)
    found = []
    straight_seen = 0
    offset = 0
    for number, line in enumerate(lines, start=1):
        if line.strip() == "":
            straight_seen = 0
        for index, char in enumerate(line):
            opens = char in OPENERS
            if char == STRAIGHT:
                before = line[index - 1] if index > 0 else " "
                after = line[index + 1] if index + 1 < len(line) else " "
                open_before = before.isspace() or before in "([{\u2014\u2013"
                space_after = after.isspace()
                if open_before and not space_after:
                    opens = True
                elif not open_before and space_after or not open_before and after in ".,;:!?)]}":
                    opens = False
                else:
                    opens = straight_seen % 2 == 0
                straight_seen += 1
            if opens:
                column = utf16_len(line[:index]) + 1
                found.append((number, column, offset + column - 1))
        offset += utf16_len(line) + 1
    return found


def pool_of(corpus, folder, excluded=frozenset(), skipped_files=frozenset(), only_files=None):
    pool = []
    for root, _, files in sorted(os.walk(os.path.join(corpus, folder))):
        for name in sorted(files):
            if name.endswith(".txt"):
                path = os.path.join(root, name)
                relative = os.path.relpath(path, corpus).replace(os.sep, "/")
                if relative in skipped_files or only_files is not None and relative not in only_files:
                    continue
                pool.extend((relative,) + c for c in candidates(path) if (relative, c[2]) not in excluded)
    return pool


def labelled(path):
    with open(path, encoding="utf-8") as labels:
        header = labels.readline().rstrip("\n").split("\t")
        file, offset = header.index("file"), header.index("offset")
        return {(cells[file], int(cells[offset])) for cells in (line.rstrip("\n").split("\t") for line in labels) if len(cells) > offset}


def files_of_halves(argument):
    """The files a label file names in rows of the given halves (`LABELS.tsv=blind,blind2`)."""
    path, halves = argument.rsplit("=", 1)
    wanted = set(halves.split(","))
    with open(path, encoding="utf-8") as labels:
        header = labels.readline().rstrip("\n").split("\t")
        half, file = header.index("half"), header.index("file")
        return {cells[file] for cells in (line.rstrip("\n").split("\t") for line in labels) if len(cells) > file and cells[half] in wanted}


def further_half(argv):
    corpus, seed, rest = argv[1], int(argv[2]), argv[3:]
    half, excluded, skipped_files, only_files, counts = None, set(), set(), None, []
    while rest:
        if rest[0] == "--half":
            half, rest = rest[1], rest[2:]
        elif rest[0] == "--exclude":
            excluded |= labelled(rest[1])
            rest = rest[2:]
        elif rest[0] == "--skip-files-of":
            skipped_files |= files_of_halves(rest[1])
            rest = rest[2:]
        elif rest[0] == "--only-files-of":
            only_files = (only_files or set()) | files_of_halves(rest[1])
            rest = rest[2:]
        else:
            folder, count = rest[0].split("=")
            counts.append((folder, int(count)))
            rest = rest[1:]
    rng = random.Random(seed)
    for folder, count in counts:
        pool = pool_of(corpus, folder, excluded, skipped_files, only_files)
        rng.shuffle(pool)
        for file, line, column, offset in pool[:count]:
            print(f"{half}\t{file}\t{line}\t{column}\t{offset}")


def main():
    if len(sys.argv) > 3:
        further_half(sys.argv)
        return
    corpus = sys.argv[1]
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else SEED
    rng = random.Random(seed)
    rows = []
    for folder, count in DRAWS.items():
        pool = pool_of(corpus, folder)
        drawn = rng.sample(pool, count)
        halves = ["tune"] * (count // 2) + ["blind"] * (count - count // 2)
        rng.shuffle(halves)
        rows.extend((half,) + row for half, row in zip(halves, drawn))
    for half, file, line, column, offset in rows:
        print(f"{half}\t{file}\t{line}\t{column}\t{offset}")


if __name__ == "__main__":
    main()
