namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// An organisation's noun as the subject of a cue, after a sentence that named the organisation:
/// a noun of the same family (<c>la empresa X … «…», indicó la compañía</c>) means the firm the
/// sentence just before named; a noun of a body of any kind (<c>señaló el organismo</c>, <c>a
/// précisé l'organisme</c>, <c>aldus de instantie</c>) means the organisation named last.
/// </summary>
public sealed class OrganisationNounFamilyTests
{
    [Theory]
    [InlineData("es", "La empresa Vías del Sur atribuye el retraso a las lluvias. «Hemos perdido seis semanas», indicó la compañía en un comunicado.", "Vías del Sur")]
    [InlineData("it", "L'azienda Funivie Alto Lago ha chiuso l'impianto. «Le funi vanno cambiate», ha spiegato la società.", "Funivie Alto Lago")]
    [InlineData("pt", "A empresa Metro Norte adiou a obra. «Faltam peças», afirmou a companhia.", "Metro Norte")]
    [InlineData("fr", "L'entreprise Valtex a fermé son usine. « Nous n'avions pas le choix », a indiqué la société.", "Valtex")]
    [InlineData("nl", "Het bedrijf Noordkade stelt de bouw uit. \"We hebben geen keus\", aldus de onderneming.", "Noordkade")]
    public void ACompanysOtherNoun_MeansTheFirmJustNamed(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    [Theory]
    [InlineData("es", "La Consejería de Pesca defendió el recorte. «Las cuotas son necesarias», indicó un portavoz del departamento.", "Consejería de Pesca")]
    [InlineData("es", "La Fundación Mar Limpio publicó los datos. «Los embalses están al 28 %», señaló el organismo.", "Fundación Mar Limpio")]
    [InlineData("fr", "L'Agence régionale de santé a publié un avis. « La situation est stable », a précisé l'organisme.", "Agence régionale de santé")]
    [InlineData("nl", "De Omgevingsdienst Noordveld heeft metingen gedaan. \"De lucht is schoon\", aldus de instantie.", "Omgevingsdienst Noordveld")]
    [InlineData("en", "The Harbour Wildlife Foundation published the figures on Monday. \"The decline is clear,\" the body said.", "Harbour Wildlife Foundation")]
    public void ABodyOfAnyKind_MeansTheOrganisationNamedLast(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: a firm named further back than the sentence before, or an organisation of another
    // kind, is not what a company's other noun means; a body's noun with no organisation named
    // means no one.
    [Theory]
    [InlineData("es", "La empresa Vías del Sur atribuye el retraso a las lluvias. Las obras siguen paradas. Los vecinos protestan. «Hemos perdido seis semanas», indicó la compañía.")]
    [InlineData("es", "El sindicato Mar Abierto criticó el plan. «Hemos perdido seis semanas», indicó la compañía.")]
    [InlineData("es", "Las obras siguen paradas. «Hemos perdido seis semanas», señaló el organismo.")]
    [InlineData("fr", "Le syndicat Force Ouvrière a critiqué le plan. « Nous n'avions pas le choix », a indiqué la société.")]
    public void AnotherKindAFirmFurtherBackOrNoOrganisation_GivesNoOne(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraph));
}
