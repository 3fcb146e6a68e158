using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An organisation introduced by its elided word and its name (<c>L'association Terres Vives a
/// dénoncé …</c>) is an organisation named <c>Terres Vives</c>, whatever capital opens the
/// sentence, and its name may hold a lower-case link (<c>Jardins sans Frontières</c>). Where a
/// language keeps no pronoun for things, the next <c>elle</c> may mean that organisation: it no
/// longer means the person named before.
/// </summary>
public sealed class OrganisationSubjectPronounTests
{
    private const string Mayor = "La maire Claire Fontaine a présenté le budget des jardins mardi.";

    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Jardins partagés à Valmont", paragraphs);

    [Fact]
    public void AnOrganisationsNameWithALowerCaseLink_IsWhole()
        => Assert.Equal(
            new[] { "Jardins sans Frontières" },
            Speakers(Mayor, "L'association Jardins sans Frontières a ouvert trois parcelles. « Nous avons déjà cent familles inscrites », se félicite l'association."));

    // "sans" joins an organisation's name; "pour" names whom a person speaks to, or works for.
    [Fact]
    public void AnOutletAfterPour_IsNoPartOfTheSpeakersName()
        => Assert.Equal(
            new[] { "Paul Morel" },
            Speakers(Mayor, "« Les premières récoltes viendront en juin », a expliqué Paul Morel pour Radio Littoral."));

    [Theory]
    [InlineData("L'association Terres Vives a dénoncé le projet. Elle estime que « les parcelles sont trop petites pour nourrir une famille ».")]
    [InlineData("L’association Terres Vives a publié un avis. Elle juge que « les parcelles sont trop petites pour nourrir une famille ».")]
    public void ElleAfterAnOrganisationOpeningTheSentence_IsNotThePersonNamedBefore(string paragraph)
        => Assert.Equal(new string?[] { null }, Speakers(Mayor, paragraph));

    [Fact]
    public void AnOrganisationOpeningTheSentence_IsNoPersonNamedWithItsWord()
        => Assert.DoesNotContain(
            ArticleParser.Parse("Jardins partagés à Valmont\n\nL'association Terres Vives a dénoncé le projet. Elle estime que « les parcelles sont trop petites pour une famille ».\n").Speakers,
            speaker => speaker.Name.StartsWith("L'association", StringComparison.Ordinal));
}
