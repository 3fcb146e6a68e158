namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A body an opening phrase gives as where the words come from, before a verb with no one as its
/// subject (plural, or impersonal): <c>Dal Comune fanno sapere che</c>, <c>Bei der Stadtverwaltung
/// hieß es</c>, <c>Du côté de la mairie, on assure que</c>, <c>Por parte del Ayuntamiento, se asegura
/// que</c>, <c>Na câmara, garante-se que</c>. The body speaks; the preposition is no part of its name.
/// </summary>
public sealed class OriginBodyTests
{
    [Theory]
    [InlineData("it", "Dal Comune fanno sapere che «i lavori riprenderanno a maggio».", "Comune")]
    [InlineData("it", "L'Asl Valdimonte ha chiuso il reparto. Dalla Asl spiegano che «la situazione è sotto controllo».", "Asl Valdimonte")]
    [InlineData("fr", "La mairie de Valmont a reporté les travaux. Du côté de la mairie, on assure que « tout sera prêt en juin ».", "mairie de Valmont")]
    [InlineData("fr", "La préfecture de l'Aube a ouvert une cellule de crise. À la préfecture, on précise que « la situation est sous contrôle ».", "préfecture de l'Aube")]
    [InlineData("es", "El Ayuntamiento de Valdeoro aplazó la obra. Por parte del Ayuntamiento, se asegura que «todo estará listo en junio».", "Ayuntamiento de Valdeoro")]
    [InlineData("pt", "A Câmara Municipal de Vale Fundo adiou a obra. Da parte da câmara, garante-se que «tudo estará pronto em junho».", "Câmara Municipal de Vale Fundo")]
    [InlineData("pt", "A Câmara Municipal de Vale Fundo adiou a obra. Na câmara, garante-se que «tudo estará pronto em junho».", "Câmara Municipal de Vale Fundo")]
    public void TheBodyTheWordsComeFrom_Speaks(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // "Bei der Stadtverwaltung hieß es" reads as "Aus der Stadtverwaltung hieß es" always did.
    [Fact]
    public void WhereTheWordsWereAskedFor_ReadsAsWhereTheyCameFrom()
    {
        const string Lead = "Die Stadtverwaltung Hallental prüft den Vorfall. ";
        var from = ProbeArticle.LastSpeaker("de", Lead + "Aus der Stadtverwaltung hieß es: „Wir prüfen alle Hinweise.“");
        Assert.NotNull(from);
        Assert.Equal(from, ProbeArticle.LastSpeaker("de", Lead + "Bei der Stadtverwaltung hieß es: „Wir prüfen alle Hinweise.“"));
    }

    // Guards: a subject of its own after the phrase speaks, and a place is no body.
    [Theory]
    [InlineData("fr", "À la préfecture, le directeur de cabinet Marc Petit a assuré que « la situation est sous contrôle ».", "Marc Petit")]
    [InlineData("it", "Dal Comune, il sindaco Gianni Valli ha spiegato che «i lavori riprenderanno a maggio».", "Gianni Valli")]
    public void ASubjectAfterThePhrase_Speaks(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    [Theory]
    [InlineData("de", "Aus Berlin hieß es, man prüfe „alle Optionen“.")]
    [InlineData("es", "En Madrid se asegura que «todo estará listo en junio».")]
    public void APlace_IsNoOne(string language, string paragraph)
        => Assert.Null(ProbeArticle.LastSpeaker(language, paragraph));
}
