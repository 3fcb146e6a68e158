namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote whose speaker is only carried from before (a quote with no cue that goes on with the
/// last speaker, a pronoun, a dropped subject) after a sentence of its paragraph that names someone
/// else, in a shape the subject reader does not know (a verb-second inversion, an opening phrase,
/// a family tie): that person, when the paragraph brought in one; no one when it brought in two.
/// Kept: a sentence that names the speaker too, one that opens on a pronoun, a preposition's
/// object, and a newcomer of the other gender than the pronoun's.
/// </summary>
public sealed class NewcomerBeforeCarriedQuoteTests
{
    [Fact]
    public void ACueLessQuote_AfterAnInvertedNewcomer_IsTheNewcomers_German()
        => Assert.Equal(
            new string?[] { "Stadtbauamt", "Hildegard Brunner" },
            QuoteSpeakers.Under(
                "Streit um die Ortsumfahrung in Weilerbach",
                "Die Anwohnerin Hildegard Brunner hat im Frühjahr Unterschriften gesammelt.",
                "Das Stadtbauamt verwies auf ein Gutachten. „Wir warten die Zählung im Herbst ab“, teilte das Stadtbauamt mit.",
                "Das lässt Brunner nicht gelten. „Gezählt wurde schon dreimal. Was soll eine vierte Zählung ändern?“"));

    [Fact]
    public void ACueLessQuote_AfterANewcomerAfterTheVerb_IsTheNewcomers_Portuguese()
        => Assert.Equal(
            new string?[] { "Rui Barbosa", "Manuel Rocha" },
            QuoteSpeakers.Under(
                "Lota de Vila Seca fecha ao fim de semana",
                "“A lota não abre ao sábado a partir de junho”, disse o presidente da junta, Rui Barbosa.",
                "À porta da lota, ao sol, está sentado Manuel Rocha, pescador reformado. “Vendi aqui peixe cinquenta anos. Agora nem ao sábado.”"));

    [Fact]
    public void APronoun_AfterAFamilyTie_IsTheRelative_Dutch()
        => Assert.Equal(
            new string?[] { "Gerda Smit", "Femke" },
            QuoteSpeakers.Under(
                "Bakkerij Smit sluit na zestig jaar",
                "“Ik heb hier elke ochtend om vier uur gestaan”, zegt bakker Gerda Smit.",
                "Haar dochter Femke woont in Zwolle en komt zaterdag helpen. “Mijn moeder heeft nooit een dag vrij genomen”, zegt ze."));

    // Dutch "ze" is she or they, never he: after "Zijn dochter Femke", not the father.
    [Fact]
    public void SheOrThey_AfterADaughterOfAMan_IsTheDaughter_Dutch()
        => Assert.Equal(
            new string?[] { "Joop Kuipers", "Femke" },
            QuoteSpeakers.Under(
                "Oplichters beroven gepensioneerde in Veldhoek",
                "\"Ik schaamde me\", zei Joop Kuipers.",
                "Zijn dochter Femke stond naast hem. \"Hij is er nog niet overheen\", zei ze."));

    [Fact]
    public void APronoun_AfterAFamilyTie_IsTheRelative_English()
        => Assert.Equal(
            new string?[] { "Walter Pryce", "Ruth" },
            QuoteSpeakers.Under(
                "Last cobbler in Haverley shuts his door",
                "\"I have mended shoes on this street since 1971,\" said Walter Pryce.",
                "His daughter Ruth works as a nurse in Carlow and came home for the last day. \"He never once took a holiday,\" she said."));

    [Fact]
    public void ASurnameTwoPeopleShare_WithAnotherFirstName_IsSomeoneElse_Portuguese()
        => Assert.Equal(
            new string?[] { "Cleide Ramos", "Antônio Ramos" },
            QuoteSpeakers.Under(
                "Chuva alaga bairro de Vila Esperança",
                "A dona de casa Cleide Ramos passou a noite no telhado. “Eu só pensava nas crianças”, contou.",
                "Ao lado, o marido Antônio Ramos perdeu a oficina. “É a terceira vez que perdemos tudo”, reclamou."));

    [Fact]
    public void APronoun_AfterASentenceNamingTheSpeakerToo_IsStillTheSpeakers_English()
        => Assert.Equal(
            new string?[] { "Jane Orwin", "Jane Orwin" },
            QuoteSpeakers.Under(
                "Haverley market to move",
                "\"The square is too small for forty stalls,\" said councillor Jane Orwin.",
                "Orwin criticised Tom Baxley over the delay. \"We have waited two years for a decision,\" she said."));

    [Fact]
    public void APronoun_AfterASentenceOpeningOnAPronoun_IsStillTheSpeakers_Spanish()
        => Assert.Equal(
            new string?[] { "Carmen Olmos", "Carmen Olmos" },
            QuoteSpeakers.Under(
                "El mercado de Valdeluz se traslada",
                "«La plaza se queda pequeña para cuarenta puestos», dijo la concejala Carmen Olmos.",
                "Ella culpó a Tomás Barrio del retraso. «Llevamos dos años esperando», añadió."));

    [Fact]
    public void APronoun_AfterANewcomerOfTheOtherGender_IsStillTheSpeakers_Dutch()
        => Assert.Equal(
            new string?[] { "Gerda Smit", "Gerda Smit" },
            QuoteSpeakers.Under(
                "Bakkerij Smit sluit na zestig jaar",
                "“Ik heb hier elke ochtend om vier uur gestaan”, zegt bakker Gerda Smit.",
                "Haar zoon Bart woont in Zwolle. “Ik heb nooit een dag vrij genomen”, zegt ze."));

    [Fact]
    public void ACueLessQuote_AfterAPrepositionsObject_IsStillTheSpeakers_English()
        => Assert.Equal(
            new string?[] { "Jane Orwin", "Jane Orwin" },
            QuoteSpeakers.Under(
                "Haverley bakery to close",
                "Baker Tom Baxley retires in May after forty years.",
                "\"We have spoken to two other bakers,\" said councillor Jane Orwin. For decades half the town bought its bread from Baxley. \"One of them is interested.\""));
}
