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
rm -rf "$output" "$output.log"
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
parts=()
[ ${#rest[@]} -gt 0 ] && { run rest "${rest[@]}"; parts+=(rest); }
[ ${#table[@]} -gt 0 ] && { run tables "${table[@]}"; parts+=(tables); }

# One report of both runs; and one from the clean hosts only.
reports=() clean=()
for part in "${parts[@]}"; do
  echo "== hosts of $part"
  python3 scripts/mutation-hosts.py "$(ls "$output/$part"/logs/*.txt | head -1)" "$output/$part/reports/mutation-report.json" "$output/$part/clean-report.json"
  reports+=("$output/$part/reports/mutation-report.json")
  clean+=("$output/$part/clean-report.json")
done
merge() {
  python3 - "$@" <<'PY'
import json, sys
out, parts = sys.argv[1], sys.argv[2:]
merged = json.load(open(parts[0]))
for p in parts[1:]:
    for path, f in json.load(open(p))["files"].items():
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
