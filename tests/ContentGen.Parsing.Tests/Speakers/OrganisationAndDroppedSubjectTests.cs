using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Organisations described by an appositive or by the noun that opens a sentence, or spoken
/// for under a name with a lower-case link; an auxiliary opening a sentence whose subject is
/// dropped; and a clause after a comma that opens with "and" or "with".
/// </summary>
public sealed class OrganisationAndDroppedSubjectTests
{
    private static string?[] Speakers(string language, params string[] paragraphs)
        => ArticleParser.Parse("Harbour news\n\n" + string.Join("\n\n", paragraphs), language).Quotes.Select(q => q.Speaker).ToArray();

    [Fact]
    public void AnOrganisationsAppositive_GoesOnWithItsName()
        => Assert.Equal(
            "Transport for the Vale",
            Speakers("en", "A spokeswoman for Transport for the Vale, the regional authority, said: \"We are in close contact with the operator.\"")[0]);

    [Fact]
    public void AnOrganisationsAppositive_InSpanish_GoesOnWithItsName()
        => Assert.Equal(
            "Aguas de Valdeoro",
            Speakers("es", "Un portavoz de Aguas de Valdeoro, la empresa pública que gestiona el suministro, aseguró que el abastecimiento «está garantizado hasta el otoño».")[0]);

    [Fact]
    public void AnAuxiliaryOpeningTheSentence_DropsItsSubject_WhichIsTheLastSpeaker()
        => Assert.Equal(
            new[] { "Francesca De Luca", "Francesca De Luca" },
            Speakers("it", "La portavoce del comitato, Francesca De Luca, ha detto: «Nessuno ha studiato l’impatto dei fumi delle navi.» Ha poi aggiunto che il comitato è pronto a «raccogliere firme casa per casa»."));

    [Fact]
    public void AnOrganisationNounOpeningTheSentence_DescribesTheNameAfterIt()
        => Assert.Equal(
            new[] { "Marieke de Vries", "WindKracht Veldmeer" },
            Speakers(
                "nl",
                "“Dit is een belangrijke stap”, zei wethouder Marieke de Vries na afloop van het debat.",
                "Ontwikkelaar WindKracht Veldmeer laat weten dat omwonenden kunnen meeprofiteren. “Iedereen binnen twee kilometer krijgt korting”, aldus een woordvoerder van het bedrijf."));

    [Fact]
    public void AnOrganisationNounOpeningTheSentence_BeforeARole_LeavesAPerson()
        => Assert.Equal(
            new[] { "Glen Harbour", "Glen Harbour" },
            Speakers(
                "en",
                "Parties must not ignore young renters, says Shelter Vale.",
                "Charity boss Glen Harbour said if the vote was \"won or lost\" it would be by young renters.",
                "He also called for rules to \"keep rents within reach of every worker\"."));

    [Theory]
    [InlineData("Dale came in fourth behind the Dane in Valmont, and Lund Harbour said: \"I had heard of her, she runs so well.\"", "Lund Harbour")]
    [InlineData("However Valmont was calmer, with finance minister Henri Harbour telling parliament: \"We will stay on this road.\"", "Henri Harbour")]
    public void AClauseAfterACommaOpeningWithAndOrWith_NamesItsSubject(string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers("en", paragraph)[0]);
}
