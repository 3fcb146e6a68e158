using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An office asked with its complement ("la ministre de l'Intérieur") when the article named
/// another office's holder by title but no one with this one: the salient person may hold it,
/// unless they hold another office of that noun or any role the article gave them.
/// </summary>
public sealed class OfficeWithoutTitledHolderTests
{
    private static string? LastSpeaker(params string[] paragraphs)
        => ArticleParser.Parse("La réforme de Valmont\n\n" + string.Join("\n\n", paragraphs)).Quotes[^1].Speaker;

    [Fact]
    public void TheSalientPersonWithNoTitle_HoldsTheOfficeAsked()
        => Assert.Equal("Claire Dumas", LastSpeaker(
            "Le ministre du Travail Jean Morel et Claire Dumas ont présenté la réforme lundi.",
            "La réforme veut durcir les contrôles, a affirmé Claire Dumas.",
            "« Nous serons fermes », a expliqué la ministre de l'Intérieur."));

    [Fact]
    public void TheHolderOfAnotherOffice_DoesNotHoldTheOfficeAsked()
        => Assert.Null(LastSpeaker(
            "Le ministre du Travail Jean Morel a défendu la réforme lundi.",
            "« Les hôpitaux manquent de bras », a reconnu le ministre de la Santé mardi."));

    [Fact]
    public void SomeoneGivenAnotherRole_DoesNotHoldTheOfficeAsked()
        => Assert.Null(LastSpeaker(
            "Le ministre du Travail Jean Morel a défendu la réforme lundi. Le syndicaliste Marc Petit a dénoncé le texte.",
            "« Les hôpitaux manquent de bras », a reconnu le ministre de la Santé mardi."));
}
