#!/usr/bin/env bash
# Build time by corpus size: builds and runs the sample-like console app (scripts/lib/consumer.sh)
# over 1, 5, 10 and 20 copies of a corpus (the BBC corpus: about 5, 25, 50 and 100 MB), each copy
# in its own folder so that every file keeps its text and gets its own type (the copies' equal
# titles are told apart by CG0008 suffixes). Copies go to a temporary folder, removed at the end:
# no corpus text enters the repository.
#
#   scripts/measure-scale.sh [--no-analyzers] [corpus folder] [copies]...
#
# --no-analyzers builds with RunAnalyzers=false: the generator still runs, the analyzers do not,
# so the two series together show the generator's own scaling and the analyzers' cost (see
# docs/performance.md).
#
# The corpus defaults to ../shared/corpus/bbc beside the repository (not openly licensed, so never
# copied into it). Slow: at 100 MB the compiler reads some 400 MB of generated C#; on 2 shared
# cores the whole run takes about an hour. Prints, per size: files, input bytes, the build's
# processor and wall-clock seconds (restore excluded: generator and compiler, one full build),
# processor seconds per MB, and the app's output.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/lib/consumer.sh"
build_options=()
if [ "${1:-}" = "--no-analyzers" ]; then
    build_options+=(-p:RunAnalyzers=false)
    shift
fi
corpus="$(cd "${1:-$root/../shared/corpus/bbc}" && pwd)"
shift || true
if [ "$#" -eq 0 ]; then
    set -- 1 5 10 20
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
generator="$work/generator"
build_generator "$root" "$generator"

for copies in "$@"; do
    rm -rf "$work/corpus" "$work/app"
    for copy in $(seq 1 "$copies"); do
        mkdir -p "$work/corpus/copy$copy"
        cp -r "$corpus/." "$work/corpus/copy$copy/"
    done

    # The generated sources are not written out: the compiler takes them from memory.
    write_generated_consumer "$work/app" "$generator" "$work/corpus" false
    quiet dotnet restore "$work/app" -v q -nologo
    # No build servers: a 400 MB compilation must not sit in a server that other builds on the
    # machine use, and the compiler's processor time is counted only when it is a child.
    build=$(cpu_seconds dotnet build "$work/app" --no-restore --disable-build-servers -v q -nologo -p:NoWarn=CG0008 "${build_options[@]}")
    read -r wall cpu <<< "$build"
    output=$(dotnet run --project "$work/app" --no-build)
    files=$(find "$work/corpus" -name '*.txt' | wc -l)
    bytes=$(find "$work/corpus" -name '*.txt' -print0 | xargs -0 cat | wc -c)
    printf '%2d copies: %6d files, %10d bytes (%.1f MB), build %.1f s cpu (%.1f s wall), %.2f cpu s/MB; %s\n' \
        "$copies" "$files" "$bytes" "$(echo "$bytes / 1000000" | bc -l)" "$cpu" "$wall" "$(echo "$cpu / ($bytes / 1000000)" | bc -l)" "$output"
done
