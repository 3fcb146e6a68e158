#!/usr/bin/env bash
# Mutation testing with Stryker.NET (a local dotnet tool: `dotnet tool restore`), against the fast
# tier of the project's tests. Slow and CPU-heavy, so it is not part of CI: it runs at low
# priority, one test run at a time, and prints the score of each folder it mutated.
#
#   scripts/mutation.sh                      each project whole, one run a project
#   scripts/mutation.sh ContentGen all       one project whole
#   scripts/mutation.sh ContentGen Emit      one folder ("." for the files at the project's root)
#   scripts/mutation.sh ContentGen Naming,Model    several folders in one run
#   scripts/mutation.sh ContentGen Emit CSharpLiteral.cs XmlDoc.cs    some files of one folder
#
# Settings (scripts/stryker-config.json): the xunit.v3 tests run on Microsoft.Testing.Platform
# (--test-runner mtp), with per-test coverage, so each mutant runs only the tests that reach it.
# The tier comes from ContentGenTestTier, which the test projects read when Stryker builds them:
# "emit" (the generated-source tests) for src/ContentGen/Emit alone, "fast" (no corpora, fuzzing
# or huge inputs) for the rest. The lexicons' word lists are data, not logic, and are left out
# (see docs/testing.md). Reports go to artifacts/mutation/<project>/<folder>/.
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
  if [ "$folder" = "all" ]; then
    pattern="**/*.cs"
  elif [ "$folder" = "." ]; then
    pattern="**/*.cs"
    for sub in $(subfolders "$project"); do patterns+=(--mutate "!$sub/**/*.cs"); done
  else
    # Several folders at once, one run: "Naming,Model".
    local first="${folder%%,*}"
    pattern="$first/**/*.cs"
    if [ "$first" != "$folder" ]; then
      local rest="${folder#*,}"
      for more in ${rest//,/ }; do patterns+=(--mutate "$more/**/*.cs"); done
    fi
  fi
  if [ ${#files[@]} -gt 0 ]; then
    # A root file's pattern is its bare name: "./x.cs" matches nothing.
    local prefix="$folder/"
    [ "$folder" = "." ] && prefix=""
    pattern="$prefix${files[0]}"
    for file in "${files[@]:1}"; do patterns+=(--mutate "$prefix$file"); done
  fi

  # Word lists are data: the languages' lexicon files hold nothing else (English.cs marks its
  # lists with Stryker comments, since it also holds the English inflection).
  if [ "$project" = "ContentGen.Parsing" ]; then
    for data in $(data_files); do patterns+=(--mutate "!$data"); done
  fi

  local name="${folder//\//_}"
  [ "$name" = "." ] && name=root
  local output="$root/artifacts/mutation/$project/${name//,/+}${files[0]:+-${files[0]%.cs}}"
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
import json, os, sys
report = json.load(open(sys.argv[1]))
paths = list(report["files"])
base = os.path.commonpath(paths) if len(paths) > 1 else os.path.dirname(paths[0]) if paths else ""
folders = {}
for path, file in report["files"].items():
    folder = os.path.dirname(os.path.relpath(path, base)) or "."
    for mutant in file["mutants"]:
        for key in (folder, "total"):
            counts = folders.setdefault(key, {})
            counts[mutant["status"]] = counts.get(mutant["status"], 0) + 1
def line(name, counts):
    killed = counts.get("Killed", 0) + counts.get("Timeout", 0)
    valid = killed + counts.get("Survived", 0) + counts.get("NoCoverage", 0)
    score = 100.0 * killed / valid if valid else 0.0
    print(f"{name}: score {score:.1f}% ({killed} of {valid} killed or timed out; " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + ")")
for name in sorted(k for k in folders if k != "total"):
    if any(folders[name].get(s) for s in ("Killed", "Timeout", "Survived", "NoCoverage")):
        line(name, folders[name])
line("total", folders["total"])
PY
}

data_files() {
  (cd src/ContentGen.Parsing && ls Lexicons/{Dutch,French,German,Italian,Portuguese,Spanish}.cs Lexicons/Speech/*Speech.cs)
}

subfolders() {
  (cd "src/$1" && find . -mindepth 1 -maxdepth 1 -type d ! -name bin ! -name obj | sed 's|^\./||' | sort)
}

if [ $# -ge 2 ]; then
  run "$@"
  exit
fi

for project in ContentGen ContentGen.Parsing; do
  run "$project" all
done
