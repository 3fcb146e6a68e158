using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An organisation's word joined to its elided article and followed by a name ("l'association
/// Droits Devant") introduces that name as an organisation's, as "le syndicat SUD Santé" does:
/// it speaks after "selon" and "pour", and "l'association" later points back to it.
/// </summary>
public sealed class ElidedOrganisationNounTests
{
    private static ContentGen.Parsing.Quote[] Quotes(params string[] paragraphs)
        => ArticleParser.Parse("Les familles à la rue\n\n" + string.Join("\n\n", paragraphs)).Quotes.ToArray();

    [Theory]
    [InlineData("Selon l'association Droits Devant, « des familles dorment dehors ».")]
    [InlineData("Pour l'association Droits Devant, « des familles dorment dehors ».")]
    [InlineData("Pour l’association Droits Devant, « des familles dorment dehors ».")]
    [InlineData("L'association Droits Devant dénonce la situation. « Des familles dorment dehors », déplore l'association.")]
    [InlineData("L'association Droits Devant dénonce la situation. « Des familles dorment dehors », déplore l'association dans un communiqué.")]
    public void AnElidedOrganisationNoun_IntroducesTheNameAfterIt(string paragraph)
    {
        var quote = Quotes(paragraph)[0];
        Assert.Equal(("Droits Devant", SpeakerKind.Organisation), (quote.Speaker, quote.SpeakerKind));
    }

    [Theory]
    // An organisation of another kind is no association.
    [InlineData("Le syndicat SUD Santé dénonce la situation. « Des familles dorment dehors », déplore l'association.")]
    // The name after the noun is the association's, not the one quoted.
    [InlineData("L'association Droits Devant a reçu Marie Leroy. « Des familles dorment dehors », déplore l'agence.")]
    public void AnElidedOrganisationNoun_OfAnotherKind_IsNoOne(string paragraph)
        => Assert.Null(Quotes(paragraph)[0].Speaker);
}
