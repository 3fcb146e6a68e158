namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A source that tells of what someone else said ("Selon lui, le directeur avait promis en
/// septembre « … »"): the clause after the source's comma has its own subject and reporting
/// verb, which takes the quote as its object, so the words are not the source's, whatever the
/// cast makes of the role (a role given to someone else, or used before, no longer lets salience
/// give it the source). And a demonstrative opens a description as an article does, past an
/// opening phrase that names a medium ("Interrogé par Radio Sud, ce directeur, Luc Bernard, dément").
/// </summary>
public sealed class SourceTellsOfOthersTests
{
    private const string Letter = "Dans une lettre signée du directeur général du groupe, Pierre Marin, la direction annonce la fermeture du site.";
    private const string Union = "« On nous a menti », dénonce Marc Henon, délégué syndical.";

    [Fact]
    public void ARoleAfterTheSource_WithItsOwnVerbAndQuote_IsNotTheSource()
        => Assert.Equal(
            new string?[] { "Marc Henon", null },
            QuoteSpeakers.Under("Probe", LanguageLeads.French, Letter, Union, "Selon lui, le directeur de la criée avait promis en mai « des quais neufs pour l'été »."));

    [Fact]
    public void ADemonstrativeDescriptionAfterAMedium_MakesTheNameTheSubject()
        => Assert.Equal(
            new[] { "Marc Henon", "Luc Bernard" },
            QuoteSpeakers.Under("Probe", LanguageLeads.French, Union, "Interrogé par Radio Sud, ce directeur, Luc Bernard, dément cette version. « Rien n'a été promis », affirme-t-il."));

    // Guards: the source's own view, a thing described with a copula, a participle after an adverb.
    [Theory]
    [InlineData("Selon lui, le site est « condamné ».", "Marc Henon")]
    [InlineData("Selon lui, le plan annoncé en mai était « mort-né ».", "Marc Henon")]
    [InlineData("Selon lui, le calendrier déjà annoncé « ne tient pas debout ».", "Marc Henon")]
    public void TheSourcesOwnWords_StayTheSources(string sentence, string speaker)
        => Assert.Equal(new[] { "Marc Henon", speaker }, QuoteSpeakers.Under("Probe", LanguageLeads.French, Union, sentence));

    [Fact]
    public void AParticipleAfterAnAdverb_LeavesTheSourcesView_InSpanish()
        => Assert.Equal(
            new[] { "Marcos Lara", "Marcos Lara" },
            QuoteSpeakers.Under("Probe", LanguageLeads.Spanish, "«Nos han mentido», denuncia Marcos Lara, presidente de la asociación de vecinos.", "Según él, el calendario ya anunciado «no tiene ningún sentido»."));
}
