namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body given as where the words come from, with an impersonal or plural verb of saying and no
/// person: German "heißt es aus der Behörde", Italian "spiegano dall'azienda", Spanish "Desde la
/// Consejería insisten en que", Portuguese "Da autarquia garantem que". The body speaks: a name
/// given there, or the body its noun means (the latest named organisation of that kind). A verb
/// with a person of its own keeps the words the person's, and a place is no body.
/// </summary>
public sealed class BodySpeakingFromTests
{
    [Theory]
    [InlineData("Der Hafen", "Die Gewerkschaft Hafenbund kündigte am Dienstag Proteste gegen die Pläne an. „Wir lassen uns das nicht gefallen“, hieß es aus der Gewerkschaft.", "Gewerkschaft Hafenbund")]
    [InlineData("Il cantiere", "L'azienda Edilmonti Costruzioni ha chiesto altri sei mesi per finire la palestra. «I lavori finiranno a giugno», spiegano dall'azienda.", "Edilmonti Costruzioni")]
    [InlineData("Il cantiere", "L'azienda Edilmonti Costruzioni ha chiesto altri sei mesi per finire la palestra. «I lavori finiranno a giugno», fanno sapere dall'azienda.", "Edilmonti Costruzioni")]
    [InlineData("La obra", "La empresa Obras Valdeluna pidió el lunes otros seis meses para acabar el puente. «El puente abrirá en junio», aseguran desde la empresa.", "Obras Valdeluna")]
    public void AnImpersonalVerbFromABody_AfterTheQuote_GivesTheBody(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    [Theory]
    [InlineData("El centro de salud", "El centro de salud de Valdeluna lleva tres meses sin pediatra. Desde la Consejería de Sanidad aseguran que el problema «no es de dinero».", "Consejería de Sanidad")]
    [InlineData("A escola", "A escola primária de Vale Fundo está fechada desde março. Da Câmara Municipal de Vale Fundo garantem que a obra «acaba em setembro».", "Câmara Municipal de Vale Fundo")]
    [InlineData("Der Hafen", "Die Gewerkschaft Hafenbund kündigte am Dienstag Proteste gegen die Pläne an. Aus der Gewerkschaft hieß es am Abend, die Pläne seien „nicht hinnehmbar“.", "Gewerkschaft Hafenbund")]
    public void AnOpeningFromABody_WithAPluralOrImpersonalVerb_GivesTheBody(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // A verb with a person of its own, or a singular verb whose dropped subject is the person
    // before, keeps the words that person's: the body is only where they speak from.
    [Theory]
    [InlineData("Das Bad", "Das Landesamt Nord prüft seit Wochen einen Antrag auf Fördergeld. „Die Chancen stehen nicht schlecht“, sagte Jonas Wellbrock aus der Behörde.", "Jonas Wellbrock")]
    [InlineData("La obra", "La empresa Obras Valdeluna pidió otros seis meses para acabar el puente. Desde la empresa, su gerente, Marta Ezcurra, aseguró que el puente «abrirá en junio».", "Marta Ezcurra")]
    public void APersonSpeakingFromABody_KeepsTheWords(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // "dice dall'ospedale": a singular verb's dropped subject is a person, who speaks from the hospital.
    [Fact]
    public void ASingularVerbFromABody_IsNotTheBodys()
        => Assert.DoesNotContain(
            "ospedale",
            QuoteSpeakers.Under("Il cantiere", "Marco Rinaldi è ricoverato da lunedì dopo la caduta dal ponteggio. «Sto meglio e torno presto», dice dall'ospedale."));

    // A place the words come from, or a time, is no body.
    [Theory]
    [InlineData("Die Wahl", "Die Wahl ging am Sonntag nur mit wenigen Stimmen aus, und die Partei feierte bis spät. „Das war knapp“, hieß es aus Berlin.")]
    [InlineData("La obra", "Las obras del puente siguen paradas y nadie sabe cuándo terminarán. Desde el inicio de la obra insisten los vecinos en que el ruido es «insoportable».")]
    public void APlaceOrATime_IsNoBody(string headline, string paragraph)
    {
        var speakers = QuoteSpeakers.Under(headline, paragraph);
        Assert.DoesNotContain("Berlin", speakers);
        Assert.DoesNotContain("inicio", speakers);
        Assert.DoesNotContain("obra", speakers);
    }
}
