using ContentGen.Tests.Infrastructure;

namespace ContentGen.Tests;

/// <summary>
/// Without ContentGen's build files (a project listing AdditionalFiles itself), an AdditionalFile
/// is a seed by its extension, in any case: text, or Markdown as <c>.md</c> or <c>.markdown</c>.
/// </summary>
public sealed class UnmarkedSeedTests
{
    [Fact]
    public void TextAndMarkdownExtensions_InAnyCase_AreSeeds_AndOtherFilesAreNot()
    {
        var outcome = GeneratorHarness.Run(
        [
            ("seeds/story.TXT", "Harbour library opens\n\nThe harbour library opens on Saturday morning.\n"),
            ("seeds/notes.Md", "# Ferry timetable changes\n\nFerries leave earlier from Monday.\n"),
            ("seeds/post.markdown", "# Market moves indoors\n\nThe market moves into the old hall.\n"),
            ("seeds/data.csv", "name,size\nferry,large\n"),
        ]);

        // A seed is named after its file (docs: Names).
        Assert.Equal(
            ["Articles.Notes.g.cs", "Articles.Post.g.cs", "Articles.Story.g.cs"],
            outcome.Sources.Select(s => s.HintName).Where(h => h != "Articles.g.cs"));
    }
}
