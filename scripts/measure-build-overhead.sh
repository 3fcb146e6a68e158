#!/usr/bin/env bash
# What the generator adds to a build: builds, side by side and alternately, a sample-like console
# app (scripts/lib/consumer.sh) whose articles come from a corpus through ContentGen, and the same
# app with the generated .cs files checked in as plain sources and the generator removed. Prints
# each build's processor time (and wall clock), and the medians' ratio: processor time is what
# a shared machine's load barely moves. Everything happens in a temporary folder: no corpus
# text or generated corpus code enters the repository.
#
#   scripts/measure-build-overhead.sh [corpus folder] [rounds]
#
# The corpus defaults to ../shared/corpus/bbc beside the repository (not openly licensed, so
# never copied into it); rounds defaults to 5.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/lib/consumer.sh"
corpus="$(cd "${1:-$root/../shared/corpus/bbc}" && pwd)"
rounds="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
generator="$work/generator"

echo "Corpus: $corpus ($(find "$corpus" -name '*.txt' | wc -l) files, $(du -sh "$corpus" | cut -f1))"
build_generator "$root" "$generator"

# The generated variant writes out its sources once; the plain variant checks them in.
write_generated_consumer "$work/generated" "$generator" "$corpus"
quiet dotnet build "$work/generated" -v q -nologo
write_plain_consumer "$work/plain" "$work/generated"
quiet dotnet build "$work/plain" -v q -nologo
echo "Generated sources: $(ls "$work/plain/Generated" | wc -l) files, $(du -sh "$work/plain/Generated" | cut -f1)"
dotnet run --project "$work/generated" --no-build
dotnet run --project "$work/plain" --no-build

# Full rebuilds (the compiler runs every time), alternating so that both see the same noise; no
# build servers, so that the compiler's processor time is counted (scripts/lib/consumer.sh).
build() { cpu_seconds dotnet build "$1" --no-restore --no-incremental --disable-build-servers -v q -nologo; }
generated_wall=(); generated_cpu=(); plain_wall=(); plain_cpu=()
for round in $(seq 1 "$rounds"); do
    generated=$(build "$work/generated")
    plain=$(build "$work/plain")
    read -r gw gc <<< "$generated"
    read -r pw pc <<< "$plain"
    generated_wall+=("$gw"); generated_cpu+=("$gc"); plain_wall+=("$pw"); plain_cpu+=("$pc")
    printf 'round %d: through ContentGen %.2f s cpu (%.2f s wall), checked-in sources %.2f s cpu (%.2f s wall), cpu ratio %.3f\n' \
        "$round" "$gc" "$gw" "$pc" "$pw" "$(echo "$gc / $pc" | bc -l)"
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
mgc=$(median "${generated_cpu[@]}"); mpc=$(median "${plain_cpu[@]}")
mgw=$(median "${generated_wall[@]}"); mpw=$(median "${plain_wall[@]}")
printf 'median cpu: through ContentGen %.2f s, checked-in sources %.2f s, ratio %.3f\n' "$mgc" "$mpc" "$(echo "$mgc / $mpc" | bc -l)"
printf 'median wall: through ContentGen %.2f s, checked-in sources %.2f s, ratio %.3f\n' "$mgw" "$mpw" "$(echo "$mgw / $mpw" | bc -l)"
