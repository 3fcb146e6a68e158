using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Whom an organisation noun, a document or "it" means: the latest organisation of the noun's
/// kind, a body the article names only by its description, and nobody after a document.
/// </summary>
public sealed class OrganisationTests
{
    [Fact]
    public void ABodyNamedByItsDescription_SpeaksAsThatBody()
        => Assert.Equal(
            new[] { "transport select committee", "transport select committee" },
            QuoteSpeakers.UnderHarbourPlan(
                "Loose drafting could leave cyclists facing fines, the transport select committee said.",
                "\"Riders are not being handed a free pass,\" the committee added. \"The bill must change,\" it said."));

    [Fact]
    public void ItOpeningASentence_MeansTheLatestOrganisation()
        => Assert.Equal(
            new[] { "Commons harbours and fisheries committee" },
            QuoteSpeakers.UnderHarbourPlan(
                "A report by the Commons harbours and fisheries committee called for the board to be closed.",
                "It warned that the board was \"out of its depth\" and losing staff."));

    [Fact]
    public void AnOrganisationNoun_MeansTheLatestOrganisationOfItsKind_WhereverItWasNamed()
        => Assert.Equal(
            new[] { "Helen Okafor", "Marlow Vale District Council" },
            QuoteSpeakers.UnderHarbourPlan(
                "Marlow Vale District Council's planning committee voted six to three in favour.",
                "\"This wall will protect more than 900 homes,\" said committee chair Helen Okafor.",
                "Residents had campaigned against the scheme for two years.",
                "Their lawyers will meet next week to consider a challenge.",
                "The council said the design had been changed twice. \"The final plans include a public path,\" it said."));

    [Fact]
    public void AnOrganisationNoun_NeverMeansAnOrganisationOfAnotherKind_InDutch()
        => Assert.Equal(
            new string?[] { "Leefbaar Buitengebied", null },
            QuoteSpeakers.UnderHarbourPlan(
                "De vereniging Leefbaar Buitengebied diende bezwaar in. \"De molens zijn veel te hoog voor dit landschap\", zei de vereniging.",
                "\"We houden ons aan alle regels\", aldus een woordvoerder van het bedrijf."));

    [Fact]
    public void ADocument_SpeaksForWhoeverIssuedIt_InItalian()
        => Assert.Equal(
            new[] { "Crociere Tirrene" },
            QuoteSpeakers.UnderHarbourPlan("La società Crociere Tirrene ha pubblicato i conti. La nota precisa che «le navi saranno collegate alla rete»."));

    [Fact]
    public void ItAfterADocument_MeansTheDocument_NotAnOrganisationNamedBefore()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.UnderHarbourPlan(
                "The Harbour Forum published its figures on Monday.",
                "That is why the Lund report recommends fewer goals. It also recommends that the Harbour Union rank its ports, \"praising, blaming and naming\"."));

    [Fact]
    public void AnAcronym_IsAnOrganisation_SoItMeansIt()
        => Assert.Equal(
            new[] { "HSPA" },
            QuoteSpeakers.UnderHarbourPlan(
                "The Reuters news agency reported the plan on Monday. In a statement the HSPA said it had serious doubts.",
                "\"Birds that are hurt but not killed would suffer,\" it said."));

    [Fact]
    public void ANameWhoseReportGoesOnWithIt_IsAnOrganisation_AndThatItMeansIt()
        => Assert.Equal(
            new[] { "Agrivale", "Tom Baker" },
            QuoteSpeakers.UnderHarbourPlan(
                "The Harbour Markets Commission fined the firm. Agrivale said it accepted the blame, adding that it had taken \"corrective steps\".",
                "Director Tom Baker said it may not be the last case. \"We will keep looking,\" he said."));
}
