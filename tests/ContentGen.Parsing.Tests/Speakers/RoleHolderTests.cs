using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A role's holder named after it, read alone after an inverted verb: between commas ("the health
/// minister, Carmen Alonso,", an office of six words at most, a name of two words at least that
/// closes the clause), or after the office's one-word complement ("le ministre du Travail Olivier
/// Lenoir"), and where the phrase ends.
/// </summary>
public sealed class RoleHolderTests
{
    private static (string Kind, string Text, int End) After(string sentence)
    {
        var tokens = Token.Read(sentence, QuoteScanner.Scan(sentence).Quotes, new List<Token>());
        var subject = OneSentence.Cues.Phrase.ReadForward(tokens, 1);
        return (subject.Kind.ToString(), subject.Text ?? "", subject.End);
    }

    [Theory]
    [InlineData("said the health minister, Carmen Alonso, on Monday.", "Carmen Alonso", 8)]
    [InlineData("said the health minister, Carmen Alonso.", "Carmen Alonso", 7)]
    [InlineData("said la directrice générale de la régie, Sophie Marchand.", "Sophie Marchand", 10)]
    [InlineData("said le ministre du Travail Marc Lenoir.", "Marc Lenoir", 7)]
    [InlineData("said la ministre de la Santé Élise Garnier.", "Élise Garnier", 8)]
    // The phrase ends after the comma that closes the name ("on" at 8), or at the full stop (7).
    public void TheHolderNamedAfterARole_IsTheSpeaker(string sentence, string name, int end)
        => Assert.Equal(("Name", name, end), After(sentence));

    [Theory]
    [InlineData("said the minister of health and social care for the region, Carmen Alonso.")]
    [InlineData("said the health minister, Alonso, on Monday.")]
    [InlineData("said the health minister, Carmen Alonso and others.")]
    [InlineData("said the health minister (acting), Carmen Alonso.")]
    [InlineData("said le ministre du Travail Lenoir.")]
    public void ALongOffice_AOneWordName_OrANameThatRunsOn_IsNoHolder(string sentence)
        => Assert.NotEqual("Name", After(sentence).Kind);
}
