namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// An inverted reporting verb, then an office with its complements (links, articles, where it is
/// held, the body's capitalised name) up to a comma, and the full name of its holder:
/// <c>«…», ha asegurado el patrón mayor de la cofradía de pescadores, X</c>; or a role whose brief
/// takes a noun and its adjective before the holder, with no comma:
/// <c>«…», ha spiegato l'assessore ai lavori pubblici X</c>. The holder speaks.
/// </summary>
public sealed class OfficeWithComplementsHolderTests
{
    [Theory]
    [InlineData("es", "«Llevábamos años esperando», ha asegurado el patrón mayor de la cofradía de pescadores, Ramiro Lestón, que celebró la noticia.", "Ramiro Lestón")]
    [InlineData("es", "«No habrá cierres», dijo el encargado de mantenimiento de la estación de Robledal, Julio Sarria.", "Julio Sarria")]
    [InlineData("pt", "«As chamas estão controladas», disse o comandante dos bombeiros de Valmar, Rui Teixeira, aos jornalistas.", "Rui Teixeira")]
    [InlineData("pt", "«O cais abre em maio», garantiu o chefe de operações do porto de Alvor, Tiago Lameiras.", "Tiago Lameiras")]
    [InlineData("it", "«Le funi vanno cambiate», ha spiegato il custode dell'impianto di risalita, Carlo Venturelli.", "Carlo Venturelli")]
    [InlineData("it", "«Non possiamo rinviare», ha detto il capostazione della funivia del Lago Nero, Paola Ferrandi.", "Paola Ferrandi")]
    [InlineData("fr", "« Le quai rouvrira en mai », a assuré le chef d'exploitation du port de Valmont, Lucien Garrec.", "Lucien Garrec")]
    [InlineData("en", "\"The line will reopen in May,\" said the head of maintenance at the Valmont depot, Gareth Pryce.", "Gareth Pryce")]
    [InlineData("nl", "\"De kade gaat in mei open\", zei de hoofd operaties van de haven van Marlo, Joost Verbeek.", "Joost Verbeek")]
    public void TheHolderAfterAnOfficeWithComplements_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    [Theory]
    [InlineData("it", "«La copertura non è più sicura», ha spiegato l'assessore ai lavori pubblici Sergio Ranieri.", "Sergio Ranieri")]
    [InlineData("it", "«Ridurremo i disagi», ha aggiunto l'assessora alle politiche sociali Laura Benedetti.", "Laura Benedetti")]
    [InlineData("it", "«Nessun reparto chiuderà», ha assicurato l'assessora alla Sanità Giulia Fabbri.", "Giulia Fabbri")]
    public void TheHolderAfterARolesBriefOfTwoWords_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // The body's capitalised name may run long ("de la Asociación de Regantes del Valle de X"): its
    // words name one body, and the office around it stays short.
    [Theory]
    [InlineData("es", "«La presa está a mínimos», afirmó el presidente de la Asociación de Regantes del Valle de Ribera Alta, Armando Cuaresma.", "Armando Cuaresma")]
    [InlineData("es", "«La presa está a mínimos», afirmó a este periódico el presidente de la Asociación de Regantes del Valle de Ribera Alta, Armando Cuaresma.", "Armando Cuaresma")]
    [InlineData("pt", "«A albufeira está quase vazia», afirmou à Lusa o presidente da Associação de Regantes do Vale de Fonte Seca, Albano Quintela.", "Albano Quintela")]
    [InlineData("it", "«Il lago è ai minimi», ha detto all'ANSA il presidente del Consorzio di Bonifica della Val di Rosco Alta, Arnaldo Quercioli.", "Arnaldo Quercioli")]
    [InlineData("fr", "« Le barrage est presque vide », a déclaré le président de l'Association des Irrigants du Val de Roche Haute, Armand Quercy.", "Armand Quercy")]
    [InlineData("en", "\"The reservoir is almost empty,\" said the chairman of the Upper Valley of Stone Cross Irrigation Association, Arthur Quenby.", "Arthur Quenby")]
    public void TheHolderAfterAnOfficeOfALongBodyName_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: after a long body's name, a comma that opens a list of places, not a holder.
    [Theory]
    [InlineData("es", "«La presa está a mínimos», afirmó el presidente de la Asociación de Regantes del Valle de Ribera Alta, Fuente Seca y Campo Llano.")]
    [InlineData("pt", "«A albufeira está quase vazia», afirmou o presidente da Associação de Regantes do Vale de Fonte Seca, Ribeira Alta e Campo Largo.")]
    [InlineData("it", "«Il lago è ai minimi», ha detto il presidente del Consorzio di Bonifica della Val di Rosco Alta, Pian Grande e Colle Basso.")]
    public void AListOfPlacesAfterALongBodyName_GivesNoOne(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraph));

    // Guard: a capitalised place inside an object's words opens no body's name, so the office's
    // reach stays short and the college after the comma is no holder.
    [Fact]
    public void ACapitalInsideAnObject_DoesNotStretchTheOffice()
        => Assert.NotEqual("Fenwick College", ConstructionProbe.LastSpeaker("en", "The director urged students at his old Valmont university, Fenwick College, to aim for \"jobs behind the scenes\"."));

    // Guards: a listener or an object after the noun, a work's title after the comma, and a name
    // after a complement of a noun the lexicons do not know as a role, elided into its article.
    [Theory]
    [InlineData("es", "«Llevábamos años esperando», contó el patrón mayor a su vecino de la cofradía, Ramiro Lestón.")]
    [InlineData("es", "«Nos llevó cuatro años», dijo el autor del libro de viajes, La Costa Perdida.")]
    [InlineData("it", "«È andato bene», ha detto l'editore del romanzo di esordio, Porto Quieto.")]
    [InlineData("pt", "«Foi um bom ano», disse o autor do livro de contos, A Casa Azul.")]
    [InlineData("it", "«La copertura non è più sicura», ha spiegato l'assessore ai lavori pubblici.")]
    public void AListenerAWorkOrAnUnknownNounsComplement_GivesNoOne(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: a coordinator in the brief joins someone else, who is not the office's holder.
    [Theory]
    [InlineData("it", "«La copertura non è più sicura», hanno spiegato l'assessore ai lavori e Sergio Ranieri.", "Sergio Ranieri")]
    [InlineData("fr", "« Il faut être clair », ont expliqué le ministre de l'emploi et Olivier Castaing.", "Olivier Castaing")]
    [InlineData("en", "\"We must be clear,\" said the minister for health and Ann Whitlow.", "Ann Whitlow")]
    public void ANameJoinedAfterTheBrief_IsNotTheHolder(string language, string paragraph, string joined)
        => Assert.NotEqual(joined, ConstructionProbe.LastSpeaker(language, paragraph));
}
