#!/usr/bin/env bash
# Mutation testing with Stryker.NET (a local dotnet tool: `dotnet tool restore`), one source
# folder at a time, against the fast tier of its test project. Slow and CPU-heavy, so it is not
# part of CI: it runs at low priority, one test run at a time, and prints each folder's score.
#
#   scripts/mutation.sh                      every folder of src/ContentGen and src/ContentGen.Parsing
#   scripts/mutation.sh ContentGen Emit      one folder ("." for the files at the project's root)
#   scripts/mutation.sh ContentGen Emit CSharpLiteral.cs XmlDoc.cs    some files of one folder
#
# Settings (scripts/stryker-config.json): the xunit.v3 tests run on Microsoft.Testing.Platform
# (--test-runner mtp); per-test coverage is off, since capturing it takes about 10 s a test on
# two cores; instead each mutant runs the tier until a test fails. The tier comes from
# ContentGenTestTier, which the test projects read when Stryker builds them: "emit" (the
# generated-source tests) for src/ContentGen/Emit, "fast" (no corpora, fuzzing or huge inputs)
# for the rest. Reports go to artifacts/mutation/<project>/<folder>/.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet tool restore > /dev/null

run() {
  local project="$1" folder="$2" tests tier pattern files=("${@:3}")
  case "$project" in
    ContentGen) tests="tests/ContentGen.Tests/ContentGen.Tests.csproj" ;;
    ContentGen.Parsing) tests="tests/ContentGen.Parsing.Tests/ContentGen.Parsing.Tests.csproj" ;;
    *) echo "unknown project: $project" >&2; return 2 ;;
  esac
  tier=fast
  [ "$project/$folder" = "ContentGen/Emit" ] && tier=emit
  # Patterns are relative to the project under test; the root folder's files are all but the subfolders'.
  local patterns=()
  if [ "$folder" = "." ]; then
    pattern="**/*.cs"
    for sub in $(subfolders "$project"); do patterns+=(--mutate "!$sub/**/*.cs"); done
  else
    pattern="$folder/**/*.cs"
  fi
  if [ ${#files[@]} -gt 0 ]; then
    # A root file's pattern is its bare name: "./x.cs" matches nothing.
    local prefix="$folder/"
    [ "$folder" = "." ] && prefix=""
    pattern="$prefix${files[0]}"
    for file in "${files[@]:1}"; do patterns+=(--mutate "$prefix$file"); done
  fi

  local output="$root/artifacts/mutation/$project/${folder//\//_}${files[0]:+-${files[0]%.cs}}"
  rm -rf "$output"
  mkdir -p "$(dirname "$output")"
  echo "== $project/$folder (tier: $tier)"
  # Stryker's own output goes to its log; the score is read from the JSON report.
  # Run from the test project's folder: at the root, Stryker would take the solution as its context.
  (cd "$(dirname "$root/$tests")" && ContentGenTestTier="$tier" nice -n 10 dotnet stryker \
    --config-file "$root/scripts/stryker-config.json" \
    --project "$project.csproj" \
    --mutate "$pattern" "${patterns[@]}" \
    --log-to-file \
    --output "$output") > "$output.log" 2>&1 || { echo "stryker failed: see $output.log" >&2; return 1; }
  python3 - "$output/reports/mutation-report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
counts = {}
for file in report["files"].values():
    for mutant in file["mutants"]:
        counts[mutant["status"]] = counts.get(mutant["status"], 0) + 1
killed = counts.get("Killed", 0) + counts.get("Timeout", 0)
valid = killed + counts.get("Survived", 0) + counts.get("NoCoverage", 0)
score = 100.0 * killed / valid if valid else 0.0
print(f"score {score:.1f}% ({killed} of {valid} killed or timed out; " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + ")")
PY
}

subfolders() {
  (cd "src/$1" && find . -mindepth 1 -maxdepth 1 -type d ! -name bin ! -name obj | sed 's|^\./||' | sort)
}

if [ $# -ge 2 ]; then
  run "$@"
  exit
fi

for project in ContentGen ContentGen.Parsing; do
  run "$project" "."
  for folder in $(subfolders "$project"); do
    run "$project" "$folder"
  done
done
