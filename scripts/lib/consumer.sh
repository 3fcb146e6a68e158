# Shared by the measuring scripts: writes the sample-like console app that they build, in two
# variants, so that every script measures the same consumer. Source it; it defines functions only.

# The settings every ContentGen consumer in this repository builds with, outside its Directory.Build.props.
consumer_common='
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Sample</RootNamespace>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <LangVersion>latest</LangVersion>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <!-- Real corpora have duplicate titles (CG0008): warnings here, not errors. -->
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>'

consumer_program='namespace Sample;

internal static class Program
{
    private static void Main()
    {
        var quotes = 0;
        foreach (var article in Articles.Catalog.All)
        {
            quotes += article.Quotes.Count;
        }

        System.Console.WriteLine(Articles.Catalog.All.Count + " articles, " + quotes + " quotes");
    }
}'

# write_generated_consumer FOLDER GENERATOR_FOLDER CORPUS_FOLDER [WRITE_SOURCES]
# The app built through ContentGen from every .txt under the corpus; it writes its generated
# sources to obj/GeneratedFiles unless WRITE_SOURCES is false.
write_generated_consumer() {
    mkdir -p "$1"
    cat > "$1/Sample.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>$consumer_common
    <EmitCompilerGeneratedFiles>${4:-true}</EmitCompilerGeneratedFiles>
    <CompilerGeneratedFilesOutputPath>obj/GeneratedFiles</CompilerGeneratedFilesOutputPath>
  </PropertyGroup>
  <ItemGroup>
    <Analyzer Include="$2/ContentGen.dll" />
    <Analyzer Include="$2/ContentGen.Parsing.dll" />
    <Analyzer Include="$2/YamlDotNet.dll" />
    <Analyzer Include="$2/Markdig.dll" />
    <AdditionalFiles Include="$3/**/*.txt" />
    <CompilerVisibleProperty Include="RootNamespace" />
  </ItemGroup>
</Project>
XML
    echo "$consumer_program" > "$1/Program.cs"
}

# write_plain_consumer FOLDER GENERATED_CONSUMER_FOLDER
# The same app with the generated consumer's sources checked in and no generator: build the
# generated consumer first.
write_plain_consumer() {
    mkdir -p "$1/Generated"
    cat > "$1/Sample.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>$consumer_common
  </PropertyGroup>
</Project>
XML
    echo "$consumer_program" > "$1/Program.cs"
    find "$2/obj/GeneratedFiles" -name '*.g.cs' -exec cp {} "$1/Generated/" \;
}

# build_generator ROOT FOLDER: builds the generator in Release and copies its assemblies, and the
# two libraries the package carries beside them (front matter, Markdown), to FOLDER, so that a
# later build of the checkout cannot change them during a measurement.
build_generator() {
    local project="$1/src/ContentGen/ContentGen.csproj"
    quiet dotnet build "$project" -c Release -v q -nologo
    mkdir -p "$2"
    cp "$1/src/ContentGen/bin/Release/netstandard2.0/ContentGen.dll" "$1/src/ContentGen/bin/Release/netstandard2.0/ContentGen.Parsing.dll" "$2/"
    cp "$(dotnet msbuild "$project" -getProperty:PkgYamlDotNet)/lib/netstandard2.0/YamlDotNet.dll" "$2/"
    cp "$(dotnet msbuild "$project" -getProperty:PkgMarkdig)/lib/netstandard2.0/Markdig.dll" "$2/"
}

# quiet COMMAND...: runs the command with its output kept back, and shows that output only if it
# fails, so that a failed build says why instead of ending the script without a word.
quiet() {
    local log
    log=$(mktemp)
    if ! "$@" >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        return 1
    fi
    rm -f "$log"
}

# cpu_seconds COMMAND...: runs the command quietly and prints "WALL CPU": its wall-clock seconds
# and the processor seconds (user + system) that it and every process it waited for used. On a
# shared machine the wall clock moves with other people's work; processor time barely does, so
# the scripts compare processor time and print the wall clock beside it. Run builds with
# --disable-build-servers, so that the compiler and MSBuild's nodes are this command's children
# and their time is counted.
cpu_seconds() {
    local report
    report=$(mktemp)
    /usr/bin/time -f '%e %U %S' -o "$report" "$@" >/dev/null || { rm -f "$report"; return 1; }
    awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$report"
    rm -f "$report"
}
