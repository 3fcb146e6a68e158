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
            new[] { "Gordon Harbour", "Gordon Harbour" },
            Speakers(
                "en",
                "Parties cannot take older voters for granted, says Age Concern.",
                "Charity boss Gordon Harbour said if a \"decisive blow\" was struck it would be by older voters.",
                "He also called for measures to \"support us all in an ageing society\"."));

    [Theory]
    [InlineData("Sotherton finished third behind the Swede in Athens, and Kluft Harbour said: \"I knew about her, she is a great girl.\"", "Kluft Harbour")]
    [InlineData("However Paris was more subdued, with finance minister Herve Harbour telling parliament: \"We must continue along this path.\"", "Herve Harbour")]
    public void AClauseAfterACommaOpeningWithAndOrWith_NamesItsSubject(string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers("en", paragraph)[0]);
}
