namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A person the quote's own words name, spoken of or spoken to, is not the one saying them: a
/// pronoun, a role or an epithet the cast would resolve to that person has passed over the speaker,
/// and the quote is left to no one rather than to the person talked about. A name in the cue, and an
/// organisation naming itself, stand.
/// </summary>
public sealed class NamedInOwnWordsTests
{
    [Fact]
    public void APronoun_MeaningThePersonTheQuoteSpeaksOf_GivesNoOne()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Harbour coach leaves",
                "Tom Harker left Harbour Athletic in May after six seasons.",
                "\"Tom was the best coach this club ever had,\" he said."));

    [Fact]
    public void ARole_MeaningTheHolderTheQuoteSpeaksOf_GivesNoOne_Dutch()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Architectenbureau stopt",
                "Het bureau van Els van Dam sluit in juni. De jonge architect Pieter Smit neemt het niet over. Van Dam begrijpt het.",
                "“Pieter heeft gelijk. Hier valt weinig te verdienen”, zegt de architect."));

    [Fact]
    public void ARole_MeaningTheCoachTheQuoteSpeaksOf_GivesNoOne_Spanish()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "El Valdemar despide a su entrenador",
                "El entrenador Julio Ramos dejó el club en mayo tras seis temporadas.",
                "«Julio ha sido el mejor técnico que ha tenido este club», dijo el presidente."));

    [Fact]
    public void APronoun_MeaningThePersonTheQuoteSpeaksOf_GivesNoOne_German()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Trainer verlässt den Verein",
                "Trainer Uwe Brand verließ den SV Talheim im Mai nach sechs Jahren.",
                "„Uwe war der beste Trainer, den dieser Verein je hatte“, sagte er."));

    [Fact]
    public void APronoun_WhoseQuoteNamesSomeoneElse_StillMeansThePerson()
        => Assert.Equal(
            new string?[] { "Tom Harker" },
            QuoteSpeakers.Under(
                "Harbour coach leaves",
                "Tom Harker left Harbour Athletic in May after six seasons.",
                "\"Ann Vale gave me my first job here,\" he said."));

    [Fact]
    public void ASurnameTwoPeopleShare_InTheQuote_TellsNothing_Spanish()
        => Assert.Equal(
            new string?[] { "Carmen Vidal", "Tomás Vidal", "Tomás Vidal" },
            QuoteSpeakers.Under(
                "El puente de Robledal",
                "La alcaldesa, Carmen Vidal, afirmó: «Las obras empiezan el lunes».",
                "Tomás Vidal, zapatero en la plaza y sin parentesco con la alcaldesa, lo ve de otra manera. «Mis clientes vienen andando», dice Tomás Vidal.",
                "«Vidal nos prometió una pasarela y ahora dice que no hay dinero», se queja."));

    [Fact]
    public void TheSpeakersOwnName_AfterAnArticle_IsTheSpeakerSpeakingOfThemselves()
        => Assert.Equal(
            new string?[] { "Tom Harker", "Tom Harker" },
            QuoteSpeakers.Under(
                "Harbour coach leaves",
                "\"I have loved every season here,\" said Tom Harker. \"The young Tom Harker would never have believed it,\" he added."));

    [Fact]
    public void ANameInTheCue_StandsThoughTheQuoteNamesThem()
        => Assert.Equal(
            new string?[] { "Tom Harker" },
            QuoteSpeakers.Under(
                "Harbour coach leaves",
                "\"Everyone says Harker is finished. Harker is not finished,\" said Tom Harker."));

    [Fact]
    public void AnOrganisation_NamingItself_StillSpeaks()
        => Assert.Equal(
            new string?[] { "Acme Ferries" },
            QuoteSpeakers.Under(
                "Ferry firm stays",
                "Acme Ferries said on Monday that it would keep the island route.",
                "\"Acme Ferries is here to stay,\" it said."));
}
