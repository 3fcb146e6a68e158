#!/usr/bin/env bash
# What the generator adds to a build: builds, side by side and alternately, a sample-like console
# app whose articles come from a corpus through ContentGen, and the same app with the generated
# .cs files checked in as plain sources and the generator removed. Prints each build's time and
# the medians' ratio. Everything happens in a temporary folder: no corpus text or generated
# corpus code enters the repository.
#
#   scripts/measure-build-overhead.sh [corpus folder] [rounds]
#
# The corpus defaults to ../shared/corpus/bbc beside the repository (not openly licensed, so
# never copied into it); rounds defaults to 3.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$(cd "${1:-$root/../shared/corpus/bbc}" && pwd)"
rounds="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "Corpus: $corpus ($(find "$corpus" -name '*.txt' | wc -l) files, $(du -sh "$corpus" | cut -f1))"
dotnet build "$root/src/ContentGen/ContentGen.csproj" -c Release -v q -nologo >/dev/null
generator="$root/src/ContentGen/bin/Release/netstandard2.0"

# The settings every ContentGen consumer in this repository builds with, outside its Directory.Build.props.
common='
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Sample</RootNamespace>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <LangVersion>latest</LangVersion>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <!-- Real corpora have duplicate titles (CG0008): warnings here, not errors. -->
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>'

program='namespace Sample;

internal static class Program
{
    private static void Main()
    {
        var quotes = 0;
        foreach (var article in Articles.All)
        {
            quotes += article.Quotes.Count;
        }

        System.Console.WriteLine(Articles.All.Count + " articles, " + quotes + " quotes");
    }
}'

mkdir -p "$work/generated" "$work/plain/Generated"
cat > "$work/generated/Sample.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>$common
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <CompilerGeneratedFilesOutputPath>obj/GeneratedFiles</CompilerGeneratedFilesOutputPath>
  </PropertyGroup>
  <ItemGroup>
    <Analyzer Include="$generator/ContentGen.dll" />
    <Analyzer Include="$generator/ContentGen.Parsing.dll" />
    <AdditionalFiles Include="$corpus/**/*.txt" />
    <CompilerVisibleProperty Include="RootNamespace" />
  </ItemGroup>
</Project>
XML
cat > "$work/plain/Sample.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>$common
  </PropertyGroup>
</Project>
XML
echo "$program" > "$work/generated/Program.cs"
echo "$program" > "$work/plain/Program.cs"

# The generated variant writes out its sources once; the plain variant checks them in.
dotnet build "$work/generated" -v q -nologo >/dev/null
find "$work/generated/obj/GeneratedFiles" -name '*.g.cs' -exec cp {} "$work/plain/Generated/" \;
dotnet build "$work/plain" -v q -nologo >/dev/null
echo "Generated sources: $(ls "$work/plain/Generated" | wc -l) files, $(du -sh "$work/plain/Generated" | cut -f1)"
dotnet run --project "$work/generated" --no-build
dotnet run --project "$work/plain" --no-build

# Full rebuilds (the compiler runs every time), alternating so that both see the same noise.
time_build() {
    local start end
    start=$(date +%s.%N)
    dotnet build "$1" --no-restore --no-incremental -v q -nologo >/dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

generated_times=()
plain_times=()
for round in $(seq 1 "$rounds"); do
    g=$(time_build "$work/generated")
    p=$(time_build "$work/plain")
    generated_times+=("$g")
    plain_times+=("$p")
    printf 'round %d: through ContentGen %.2f s, checked-in sources %.2f s\n' "$round" "$g" "$p"
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
mg=$(median "${generated_times[@]}")
mp=$(median "${plain_times[@]}")
printf 'median: through ContentGen %.2f s, checked-in sources %.2f s, ratio %.2f\n' "$mg" "$mp" "$(echo "$mg / $mp" | bc -l)"
