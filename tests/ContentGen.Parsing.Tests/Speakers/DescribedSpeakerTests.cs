using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed with no organisation to speak for ("said one trader", "a confié une habitante")
/// is given by the description the text gives, without its article, as a speaker of the kind
/// <see cref="SpeakerKind.Description"/>; someone unnamed speaking for an organisation is still
/// that organisation, and a spokesman for no one named is still no one.
/// </summary>
public sealed class DescribedSpeakerTests
{
    private static Article Read(params string[] paragraphs)
        => ArticleParser.Parse("Harbour prices climb again\n\n" + string.Join("\n\n", paragraphs));

    [Fact]
    public void AnUnnamedRoleHolder_IsGivenByTheRole_AsADescription()
    {
        var article = Read(
            "Fish prices at the harbour market rose for the third week in a row on Friday.",
            "\"Prices will keep rising until the boats can go out again,\" said one trader.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("trader", quote.Speaker);
        Assert.Equal(SpeakerKind.Description, quote.SpeakerKind);
        Assert.Equal(new[] { new Speaker("trader", SpeakerKind.Description) }, article.Speakers.ToArray());
    }

    // In French too an unnamed role holder is given by the role; a spokesman for a named
    // organisation is still that organisation.
    [Theory]
    [InlineData("Les prix du poisson ont encore augmenté vendredi sur le marché du port de Valmont.", "« On ne sait plus comment nourrir nos familles », a confié une habitante.", "habitante", SpeakerKind.Description)]
    [InlineData("Fish prices at the harbour market rose for the third week in a row on Friday.", "\"We are watching prices closely,\" said a spokesman for Harbour Foods.", "Harbour Foods", SpeakerKind.Organisation)]
    public void AnUnnamedSpeaker_IsGivenByTheRoleOrTheOrganisation(string context, string quoted, string speaker, SpeakerKind kind)
    {
        var quote = Assert.Single(Read(context, quoted).Quotes);

        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(kind, quote.SpeakerKind);
    }

    [Fact]
    public void ASpokesmanForNoOneNamed_IsNoOne()
    {
        var article = Read(
            "Fish prices at the harbour market rose for the third week in a row on Friday.",
            "\"We are watching prices closely,\" said a spokesman.");

        Assert.Null(Assert.Single(article.Quotes).Speaker);
    }
}
