namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote brought in as what something is called ("known locally as "the hut"", "conocido en el
/// pueblo como «el Chiringuito»", "che in paese tutti chiamano “il bancomat”") is a name for a
/// thing, quoted from nobody, even when a person is the sentence's subject; a quote after "como" or
/// "as" that no naming word brings in is still someone's words.
/// </summary>
public sealed class CalledByNameTests
{
    [Fact]
    public void KnownAsWithAPlaceBetween_NamesAThing_Spanish()
        => Assert.Equal(
            new string?[] { "Julia Marín", null },
            QuoteSpeakers.Under(
                "El bar de la plaza cumple treinta años",
                "«Aquí viene todo el pueblo», dice Julia Marín, que regenta desde 1995 el bar de la plaza, conocido en el barrio como «el casino de los jubilados»."));

    [Fact]
    public void EveryoneCallsIt_NamesAThing_Italian()
        => Assert.Equal(
            new string?[] { "Franco Rossi", null },
            QuoteSpeakers.Under(
                "La corriera compie vent'anni",
                "«Lo guido da vent'anni», racconta Franco Rossi, al volante del pullman giallo che in paese ormai tutti chiamano “la corriera dei nonni”."));

    [Fact]
    public void KnownAs_NamesAThing_Portuguese()
        => Assert.Equal(
            new string?[] { "Manuel Sousa", null },
            QuoteSpeakers.Under(
                "A taberna do cais fecha portas",
                "«Aqui comeu a vila inteira», conta Manuel Sousa, há trinta anos dono da taberna do cais, conhecida na vila como «a cantina dos pescadores»."));

    [Fact]
    public void Nicknamed_NamesAThing_Portuguese()
        => Assert.Equal(
            new string?[] { "Joaquim Neves", null },
            QuoteSpeakers.Under(
                "O autocarro da serra",
                "“Ainda anda bem”, garante Joaquim Neves, que conduz o autocarro da serra, apelidado pelos alunos de “a lata velha”."));

    [Fact]
    public void KnownAs_NamesAThing_English()
        => Assert.Equal(
            new string?[] { "Mary Holt", null },
            QuoteSpeakers.Under(
                "Quay stall marks thirty years",
                "\"Everybody stops here\", said Mary Holt, who has run the tea stall on the quay, known locally as \"the hut\", since 1994."));

    [Fact]
    public void KnownAs_NamesAThing_French()
        => Assert.Equal(
            new string?[] { "Paul Girard", null },
            QuoteSpeakers.Under(
                "La buvette du port fête ses trente ans",
                "« Tout le port passe ici », raconte Paul Girard, qui tient depuis 1994 la buvette du port, connue de tous comme « la cabane à Paulo »."));

    [Fact]
    public void KnownAs_NamesAThing_German()
        => Assert.Equal(
            new string?[] { "Bernd Vogt", null },
            QuoteSpeakers.Under(
                "Der Kiosk am Hafen wird dreißig",
                "„Hier kommt jeder vorbei“, sagt Bernd Vogt, der seit 1994 den Kiosk am Hafen betreibt, im Ort nur bekannt als „die alte Bude“."));

    [Fact]
    public void Nicknamed_NamesAThing_Dutch()
        => Assert.Equal(
            new string?[] { "Kees de Wit", null },
            QuoteSpeakers.Under(
                "Kiosk aan de haven bestaat dertig jaar",
                "\"Iedereen komt hier langs\", zegt Kees de Wit, die al dertig jaar de kiosk aan de haven runt, in het dorp bijgenaamd \"de oude keet\"."));

    [Fact]
    public void AsWithNoNamingWord_IsStillSomeonesWords_Spanish()
        => Assert.Equal(
            new string?[] { "Rosario Gimeno" },
            QuoteSpeakers.Under(
                "El cierre del paritorio indigna a la comarca",
                "La alcaldesa, Rosario Gimeno, calificó el cierre como «un atropello a la comarca entera»."));

    [Fact]
    public void KnownForWithNoLink_IsStillSomeonesWords_English()
        => Assert.Equal(
            new string?[] { "Tom Reade" },
            QuoteSpeakers.Under(
                "Harbour master retires",
                "Harbour master Tom Reade, known for his blunt notices, said: \"The tide waits for nobody.\""));
}
