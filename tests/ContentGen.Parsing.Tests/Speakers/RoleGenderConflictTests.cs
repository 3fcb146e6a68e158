namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A role at the cue whose noun or article gives a gender ("admitió el empresario", "disse o vereador",
/// "sagte der 61-Jährige") never means a person the article shows to be of the other gender, whoever
/// is in focus: the quote is then no one's (SpeakerFinder.PersonWordGate.cs). A role of the person's
/// own gender still means them.
/// </summary>
public sealed class RoleGenderConflictTests
{
    [Fact]
    public void ASpanishMasculineRole_DoesNotMeanTheWomanInFocus()
        => Assert.Equal(
            new string?[] { "Marta Vidal", null },
            QuoteSpeakers.Under(
                "Juicio por el incendio",
                "La fiscal del caso, Marta Vidal, fue dura en su interrogatorio: «¿Dónde estaba usted aquella noche?».",
                "El acusado tardó en responder. «En mi casa, con mi familia», admitió el empresario, de 58 años."));

    [Fact]
    public void APortugueseMasculineRole_DoesNotMeanTheWomanInFocus()
        => Assert.Equal(
            new string?[] { "Sofia Ramos", null },
            QuoteSpeakers.Under(
                "Hospital fecha serviço",
                "A diretora do hospital, Sofia Ramos, defendeu a decisão. “Não havia alternativa”, afirmou à Lusa a diretora.",
                "Na região, a medida caiu mal. “Para quem vive no interior é um desastre”, disse o vereador da Saúde da câmara."));

    [Fact]
    public void AGermanAgeWithAMasculineArticle_DoesNotMeanTheWomanInFocus()
        => Assert.Equal(
            new string?[] { "Petra Kuhn", null },
            QuoteSpeakers.Under(
                "Schule wird geschlossen",
                "Bürgermeisterin Petra Kuhn verteidigte den Plan im Gemeinderat. „Wir hatten keine Wahl“, sagte die Bürgermeisterin.",
                "„Für unser Dorf ist das ein schwarzer Tag“, sagte der 61-Jährige."));

    [Fact]
    public void ASpanishRoleOfThePersonsOwnGender_StillMeansThem()
        => Assert.Equal(
            new string?[] { "Andrés Gil", "Andrés Gil" },
            QuoteSpeakers.Under(
                "Juicio por el incendio",
                "El acusado, Andrés Gil, dueño de una granja, habló al final de la sesión. «Yo no estaba allí», dijo Gil.",
                "«Aquella noche estaba en mi casa», insistió el empresario, de 58 años."));

    [Fact]
    public void APortugueseFeminineRole_StillMeansTheWomanNamed()
        => Assert.Equal(
            new string?[] { "Sofia Ramos", "Sofia Ramos" },
            QuoteSpeakers.Under(
                "Hospital fecha serviço",
                "A diretora do hospital, Sofia Ramos, defendeu a decisão. “Não havia alternativa”, afirmou.",
                "A responsável garante que a medida é provisória. “Se houver médicos, reabrimos”, disse a diretora."));
}
