#!/usr/bin/env bash
# A snapshot of everything the reader reads, to compare two builds: the tuning evaluations
# (speakers, pages, both shape grids) and `contentgen inspect --json` of the corpora beside the
# repository and of every invented set, one file each, in OUTDIR.
#
#   scripts/readings/snapshot.sh OUTDIR [--blind]
#
# --blind adds the blind halves and the held-out figures: the project's evidence, for the lead's
# report only; a rule is never tuned on them. Builds the evaluation and the CLI in Release first.
# Compare two snapshots with scripts/readings/compare.py.
set -euo pipefail
out=$1; blind=${2:-}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
corpus="$repo/../shared/corpus"
mkdir -p "$out"; out=$(cd "$out" && pwd)
cd "$repo"
for project in tests/ContentGen.Evaluation src/ContentGen.Cli; do
  dotnet build -c Release "$project" -v q --nologo >/dev/null
done
evaluation="tests/ContentGen.Evaluation/bin/Release/net10.0/ContentGen.Evaluation"
cli="src/ContentGen.Cli/bin/Release/net10.0/ContentGen.Cli.dll"

"$evaluation" shapes >"$out/shapes.txt"
"$evaluation" metadata-shapes >"$out/metadata-shapes.txt"
if [ -d "$corpus" ]; then
  "$evaluation" speakers tune >"$out/speakers-tune.txt"
  "$evaluation" pages tune >"$out/pages-tune.txt"
  if [ "$blind" = --blind ]; then
    for half in blind blind2 blind3 blind4 blind5 blind6 tune11; do
      "$evaluation" speakers "$half" >"$out/speakers-$half.txt"
    done
    "$evaluation" pages blind >"$out/pages-blind.txt"
  fi
  dotnet "$cli" inspect --json "$corpus/bbc" >"$out/bbc.json"
  dotnet "$cli" inspect --json "$corpus/fr-immigration" >"$out/fr-immigration.json"
else
  echo "../shared/corpus is absent: the corpus evaluations and dumps are skipped" >&2
fi
for set in Speakers SpeakersHeldOut Pages PagesHeldOut; do
  dotnet "$cli" inspect --json "tests/ContentGen.Evaluation/Invented/$set" >"$out/invented-$set.json"
done
dotnet "$cli" inspect --json seeds >"$out/seeds.json"
echo "snapshot in $out"
