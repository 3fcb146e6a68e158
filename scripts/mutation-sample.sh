#!/usr/bin/env bash
# A fixed-seed sample of the parsing core's members under Stryker, for folders too large to run
# whole on a shared two-core machine (docs/testing.md, "Samples"), plus some files in full.
#
#   scripts/mutation-sample.sh <fraction> <seed> <name> <sampled file>... [-- <file run in full>...]
#
# Files are relative to src/ContentGen.Parsing. The sampled members of the code that builds the
# cached tables (the lexicons, the word table, the word classes, the name particles) run in a
# second Stryker run, after the rest: the first mutant a test host runs is active while the host
# builds its tables, and a mutant there would break them for every mutant after it in that host
# (docs/testing.md, "Samples"). The two reports are merged into
# artifacts/mutation/ContentGen.Parsing/<name>/reports/mutation-report.json; the per-folder
# estimates, with their 95% intervals, are printed at the end, then again from the clean hosts only
# (scripts/mutation-hosts.py).
#
# MUTATION_PARTS="rest" or "tables" runs one part only (the two may run at once, each in its own
# copy of the tree: Stryker builds into the tree); MUTATION_PARTS=none runs nothing and only
# merges and scores the parts found under the output folder (copy the other tree's part there).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet tool restore > /dev/null

fraction="$1" seed="$2" name="$3"
shift 3
sampled=() full=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do sampled+=("$1"); shift; done
[ $# -gt 0 ] && shift
full=("$@")

project="src/ContentGen.Parsing"
tables='^(Lexicons/|Text/WordTable\.cs|Speakers/WordClass\.cs|Metadata/NameParticles\.cs)'
rest=() table=()
add() { if [[ "$1" =~ $tables ]]; then table+=(--mutate "$1"); else rest+=(--mutate "$1"); fi; }
while read -r span; do add "$span"; done \
  < <(cd "$project" && python3 "$root/scripts/mutation-sample.py" draw . "$fraction" "$seed" "${sampled[@]}")
for file in "${full[@]}"; do add "$file"; done

output="$root/artifacts/mutation/ContentGen.Parsing/$name"
wanted="${MUTATION_PARTS-rest tables}"
[ "$wanted" = none ] || rm -rf "$output" "$output.log"
mkdir -p "$output/reports"

run() {
  local part="$1"; shift
  echo "== ContentGen.Parsing sample $name/$part: $(($# / 2)) patterns (tier: fast)" | tee -a "$output.log"
  (cd tests/ContentGen.Parsing.Tests && ContentGenTestTier=fast nice -n 10 dotnet stryker \
    --config-file "$root/scripts/stryker-config.json" \
    --project ContentGen.Parsing.csproj \
    "$@" \
    --log-to-file \
    --output "$output/$part") >> "$output.log" 2>&1 || { echo "stryker failed: see $output.log" >&2; exit 1; }
}
if [[ " $wanted " == *" rest "* ]] && [ ${#rest[@]} -gt 0 ]; then run rest "${rest[@]}"; fi
if [[ " $wanted " == *" tables "* ]] && [ ${#table[@]} -gt 0 ]; then run tables "${table[@]}"; fi
parts=()
for part in rest tables; do [ -f "$output/$part/reports/mutation-report.json" ] && parts+=("$part"); done

# One report of both runs; and one from the clean hosts only.
reports=() clean=()
for part in "${parts[@]}"; do
  echo "== hosts of $part"
  python3 scripts/mutation-hosts.py "$(ls "$output/$part"/logs/*.txt | head -1)" "$output/$part/reports/mutation-report.json" "$output/$part/clean-report.json"
  reports+=("$output/$part/reports/mutation-report.json")
  clean+=("$output/$part/clean-report.json")
done
# A part run in another copy of the tree names its files there: they are named here again.
merge() {
  python3 - "$root/$project" "$@" <<'PY'
import json, os, sys
here, out, parts = sys.argv[1], sys.argv[2], sys.argv[3:]
merged = None
for p in parts:
    report = json.load(open(p))
    files = {}
    for path, f in report["files"].items():
        files[os.path.join(here, path.split("/src/ContentGen.Parsing/", 1)[-1])] = f
    if merged is None:
        report["files"] = files
        merged = report
        continue
    for path, f in files.items():
        if path in merged["files"]:
            merged["files"][path]["mutants"].extend(f["mutants"])
        else:
            merged["files"][path] = f
json.dump(merged, open(out, "w"))
PY
}
merge "$output/reports/mutation-report.json" "${reports[@]}"
merge "$output/reports/clean-report.json" "${clean[@]}"
echo "== estimate (every mutant)"
(cd "$project" && python3 "$root/scripts/mutation-sample.py" score "$output/reports/mutation-report.json" . "$fraction" "$seed" "${sampled[@]}")
echo "== estimate (clean hosts only)"
(cd "$project" && python3 "$root/scripts/mutation-sample.py" score "$output/reports/clean-report.json" . "$fraction" "$seed" "${sampled[@]}")
