using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Whom an organisation noun, a document or "it" means: the latest organisation of the noun's
/// kind, a body the article names only by its description, and nobody after a document.
/// </summary>
public sealed class OrganisationTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Harbour plan approved", paragraphs);

    [Fact]
    public void ABodyNamedByItsDescription_SpeaksAsThatBody()
        => Assert.Equal(
            new[] { "environment select committee", "environment select committee" },
            Speakers(
                "Sloppy wording could leave anglers facing court, the environment select committee said.",
                "\"Those who catch fish are not given carte blanche,\" the committee added. \"The bill must change,\" it said."));

    [Fact]
    public void ItOpeningASentence_MeansTheLatestOrganisation()
        => Assert.Equal(
            new[] { "Commons work and pensions committee" },
            Speakers(
                "A report by the Commons work and pensions committee called for the agency to be wound up.",
                "It warned that the agency was \"a failing organisation\" in crisis."));

    [Fact]
    public void AnOrganisationNoun_MeansTheLatestOrganisationOfItsKind_WhereverItWasNamed()
        => Assert.Equal(
            new[] { "Helen Okafor", "Marlow Vale District Council" },
            Speakers(
                "Marlow Vale District Council's planning committee voted six to three in favour.",
                "\"This wall will protect more than 900 homes,\" said committee chair Helen Okafor.",
                "Residents had campaigned against the scheme for two years.",
                "Their lawyers will meet next week to consider a challenge.",
                "The council said the design had been changed twice. \"The final plans include a public path,\" it said."));

    [Fact]
    public void AnOrganisationNoun_NeverMeansAnOrganisationOfAnotherKind_InDutch()
        => Assert.Equal(
            new string?[] { "Leefbaar Buitengebied", null },
            Speakers(
                "De vereniging Leefbaar Buitengebied diende bezwaar in. \"De molens zijn veel te hoog voor dit landschap\", zei de vereniging.",
                "\"We houden ons aan alle regels\", aldus een woordvoerder van het bedrijf."));

    [Fact]
    public void ADocument_SpeaksForWhoeverIssuedIt_InItalian()
        => Assert.Equal(
            new[] { "Crociere Tirrene" },
            Speakers("La società Crociere Tirrene ha pubblicato i conti. La nota precisa che «le navi saranno collegate alla rete»."));

    [Fact]
    public void ItAfterADocument_MeansTheDocument_NotAnOrganisationNamedBefore()
        => Assert.Equal(
            new string?[] { null },
            Speakers(
                "The Lisbon Council published its figures on Monday.",
                "That is why the Kok report recommends fewer targets. It also recommends that the European Commission rank countries, \"naming, shaming and faming\"."));

    [Fact]
    public void AnAcronym_IsAnOrganisation_SoItMeansIt()
        => Assert.Equal(
            new[] { "RSPCA" },
            Speakers(
                "The Reuters news agency reported the plan on Monday. In a statement the RSPCA said it had grave concerns.",
                "\"Animals hit but not killed would suffer,\" it said."));

    [Fact]
    public void ANameWhoseReportGoesOnWithIt_IsAnOrganisation_AndThatItMeansIt()
        => Assert.Equal(
            new[] { "Monsanto", "Tom Baker" },
            Speakers(
                "The Securities and Exchange Commission fined the firm. Monsanto said it accepted responsibility, adding that it had taken \"remedial actions\".",
                "Director Tom Baker said it may not be the last case. \"We will keep looking,\" he said."));
}
