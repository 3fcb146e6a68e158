namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// French, Spanish, Portuguese and Italian reporters call the person they have just named by a
/// profession (the lexicons' <c>ProfessionEpithets</c>): "« … », a expliqué l'ingénieur", "dijo el
/// ingeniero". After a definite article, with the sentence ending there, it means the subject of
/// the sentence just before when that sentence names no one else, and no one else: the speaker of
/// a quote just before, an unnamed engineer, a person the article gave a role, someone named
/// further back, an organisation or a man called by a feminine form is never meant. English occupations are left as they are (<see cref="OccupationRoleTests"/>).
/// </summary>
public sealed class ProfessionEpithetTests
{
    [Theory]
    [InlineData("Le pont sera fini au printemps", LanguageLeads.French, "Jean-Marc Rivière dirige le chantier depuis dix ans. « Les travaux seront terminés en mai », a expliqué l'ingénieur.", "Jean-Marc Rivière")]
    [InlineData("Le pont sera fini au printemps", LanguageLeads.French, "Claire Dumont dirige le chantier depuis dix ans. « Les travaux seront terminés en mai », explique l’ingénieure.", "Claire Dumont")]
    [InlineData("El puente estará listo en primavera", LanguageLeads.Spanish, "Andrés Molina dirige las obras desde hace diez años. «Las obras terminarán en mayo», dijo el ingeniero.", "Andrés Molina")]
    [InlineData("El puente estará listo en primavera", LanguageLeads.Spanish, "María Gil vive del mar desde niña. «No podemos salir a faenar», lamentó la pescadora.", "María Gil")]
    [InlineData("Ponte fica pronta na primavera", LanguageLeads.Portuguese, "João Pedro Matos dirige as obras há dez anos. “As obras vão terminar em maio”, disse o engenheiro.", "João Pedro Matos")]
    [InlineData("Ponte fica pronta na primavera", LanguageLeads.Portuguese, "Ana Rita Costa dirige as obras há dez anos. “As obras vão terminar em maio”, disse a engenheira.", "Ana Rita Costa")]
    [InlineData("Il ponte sarà pronto in primavera", LanguageLeads.Italian, "Marco Bellini dirige il cantiere da dieci anni. «I lavori finiranno a maggio», ha spiegato l'ingegnere.", "Marco Bellini")]
    public void AProfessionAfterTheArticle_MeansThePersonJustNamed(string headline, string lead, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, lead, paragraph));

    // The speaker of the quote just before is not meant: someone may be answering them.
    [Fact]
    public void AProfession_DoesNotMeanTheSpeakerJustBefore()
        => Assert.Equal(
            new string?[] { "Paul Roux", null },
            QuoteSpeakers.Under(
                "Le pont sera fini au printemps",
                LanguageLeads.French,
                "« Le béton est coulé », a déclaré Paul Roux. « Il reste les rambardes », a répondu l'ingénieur."));

    // Guards: whom the sentence just before does not name, or cannot be an engineer, is not meant.
    [Theory]
    [InlineData("«El puente es seguro», afirmó un ingeniero del proyecto. «No hay riesgo», añadió el ingeniero.")]
    [InlineData("El alcalde Pedro Gil presentó el plan el lunes. «Las obras terminarán en mayo», dijo la ingeniera.")]
    [InlineData("Andrés Molina dirige las obras desde hace diez años. La grúa llegó el martes. «Las obras terminarán en mayo», dijo el ingeniero.")]
    [InlineData("La empresa Aguas del Sur dirige las obras desde hace diez años. «Las obras terminarán en mayo», dijo el ingeniero.")]
    [InlineData("Andrés Molina visitó las obras con una arquitecta. «Las obras terminarán en mayo», dijo la arquitecta.")]
    [InlineData("Andrés Molina habló con Ana Ruiz. «Las obras terminarán en mayo», dijo la arquitecta.")]
    [InlineData("Andrés Molina dirige las obras desde hace diez años. «Las obras terminarán en mayo», dijo el ingeniero de la empresa.")]
    public void AProfession_NamesNoOneElse(string paragraph)
    {
        var speakers = QuoteSpeakers.Under("El puente estará listo en primavera", LanguageLeads.Spanish, paragraph);
        Assert.Null(speakers[^1]);
    }

    // An indefinite engineer is someone unnamed, given by the noun, not the person just named.
    [Fact]
    public void AnIndefiniteProfession_IsSomeoneUnnamed()
        => Assert.Equal(
            "ingeniero",
            QuoteSpeakers.Under("El puente estará listo en primavera", LanguageLeads.Spanish, "Andrés Molina dirige las obras desde hace diez años. «Las obras terminarán en mayo», dijo un ingeniero.")[^1]);

    [Fact]
    public void AFeminineProfession_NeverMeansAMan()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Le pont sera fini au printemps",
                LanguageLeads.French,
                "M. Paul Roux dirige le chantier depuis dix ans. « Les travaux seront terminés en mai », a expliqué l'ingénieure."));

    [Fact]
    public void AProfessionBeforeAName_GivesTheName()
        => Assert.Equal(
            new[] { "Luis Pardo" },
            QuoteSpeakers.Under(
                "El puente estará listo en primavera",
                LanguageLeads.Spanish,
                "Andrés Molina dirige las obras desde hace diez años. «Las obras terminarán en mayo», dijo el ingeniero Luis Pardo."));

    [Fact]
    public void AnEnglishOccupation_StillMeansOnlyWhomTheArticleNamedSo()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Farm plan", "Tom Baker spoke at the meeting. \"The plan is badly drawn,\" said the farmer."));

    // Review guards: a pronoun's sentence naming another engineer; a masculine form and a woman;
    // a reply; a profession given to someone else before.
    [Theory]
    [InlineData("El puente estará listo en primavera", LanguageLeads.Spanish, "«Vamos bien», dijo Andrés Molina. «No es verdad», respondió el ingeniero.")]
    [InlineData("El puente estará listo en primavera", LanguageLeads.Spanish, "La ingeniera Ana Gil dirige las obras. Ana Gil vive en el pueblo. «Terminaremos en mayo», dijo el ingeniero.")]
    public void TheLastQuote_HasNoProfessionSpeaker(string headline, string lead, string paragraph)
        => Assert.Null(QuoteSpeakers.Under(headline, lead, paragraph)[^1]);

    // The subject of the sentence before is not meant when it names another with the profession:
    // that one is (see ProfessionHolderTests), the engineer or architect named, as the article says.
    [Theory]
    [InlineData("Le pont sera fini au printemps", LanguageLeads.French, "Paul Roux dirige le chantier depuis dix ans. Il a visité le site mardi avec l'ingénieur Marc Lenoir. « Le béton est coulé », a expliqué l'ingénieur.", "Marc Lenoir")]
    [InlineData("Il ponte sarà pronto in primavera", LanguageLeads.Italian, "Marco Bellini dirige il cantiere da dieci anni. Lui ha visitato il sito con l'architetto Luca Neri. «Il progetto è pronto», ha detto l'architetto.", "Luca Neri")]
    [InlineData("Le pont sera fini au printemps", LanguageLeads.French, "« Tout va bien », a déclaré Paul Girard en présence de l'architecte Anne Morel. « Le chantier avance », a précisé l'architecte.", "Anne Morel")]
    public void AProfessionGivenToAnother_MeansThatOne(string headline, string lead, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, lead, paragraph)[^1]);
}
