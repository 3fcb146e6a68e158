#!/usr/bin/env bash
# A fixed-seed sample of the parsing core's members under Stryker, for folders too large to run
# whole on a shared two-core machine (docs/testing.md, "Samples"), plus some files in full.
#
#   scripts/mutation-sample.sh <fraction> <seed> <name> <sampled file>... [-- <file run in full>...]
#
# Files are relative to src/ContentGen.Parsing. The report goes to artifacts/mutation/ContentGen.Parsing/<name>/;
# the per-folder estimates, with their 95% intervals, are printed at the end.
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
patterns=()
while read -r span; do patterns+=(--mutate "$span"); done \
  < <(cd "$project" && python3 "$root/scripts/mutation-sample.py" draw . "$fraction" "$seed" "${sampled[@]}")
for file in "${full[@]}"; do patterns+=(--mutate "$file"); done

output="$root/artifacts/mutation/ContentGen.Parsing/$name"
rm -rf "$output"
mkdir -p "$(dirname "$output")"
echo "== ContentGen.Parsing sample $name: ${#patterns[@]} patterns (tier: fast)"
(cd tests/ContentGen.Parsing.Tests && ContentGenTestTier=fast nice -n 10 dotnet stryker \
  --config-file "$root/scripts/stryker-config.json" \
  --project ContentGen.Parsing.csproj \
  "${patterns[@]}" \
  --log-to-file \
  --output "$output") > "$output.log" 2>&1 || { echo "stryker failed: see $output.log" >&2; exit 1; }
(cd "$project" && python3 "$root/scripts/mutation-sample.py" score "$output/reports/mutation-report.json" . "$fraction" "$seed" "${sampled[@]}")
