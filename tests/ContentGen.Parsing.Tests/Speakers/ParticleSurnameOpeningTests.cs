namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A Dutch or German surname keeps its particles, and a sentence that opens on it capitalises the
/// first ("De Groot schudt zijn hoofd.", "Van den Berg …", "Von Brandt …"): it is the person the
/// article named in full with those particles in lower case ("wethouder Martin de Groot"), so a
/// bare quote after that sentence is theirs. Before, "De Groot" read as a name of its own or as
/// an article before "Groot", and the quote went to no one or to the speaker before.
/// English writes such particles capitalised inside the name too ("Robert De Niro"), so there is
/// no lower-case full name to meet; an English guard shows nothing changes there.
/// </summary>
public sealed class ParticleSurnameOpeningTests
{
    private const string DutchBefore = "\"We stoppen ermee\", zei bakker Henk Brouwer. Ook wethouder Martin de Groot kwam kijken.";

    [Theory]
    [InlineData("De Groot schudt zijn hoofd. \"Dat is een verlies voor het hele dorp.\"")]
    [InlineData("De Groot is teleurgesteld. \"Dat is een verlies voor het hele dorp.\"")]
    public void ADutchSurnameOpeningOnItsArticleParticle_IsThePersonNamedInFull(string paragraph)
        => Assert.Equal(new[] { "Henk Brouwer", "Martin de Groot" }, QuoteSpeakers.Under("Bakkerij", DutchBefore, paragraph));

    [Fact]
    public void ADutchSurnameOpeningOnTwoParticles_IsThePersonNamedInFull()
        => Assert.Equal(
            new[] { "Henk Brouwer", "Martin van den Berg" },
            QuoteSpeakers.Under("Bakkerij", "\"We stoppen ermee\", zei bakker Henk Brouwer. Ook wethouder Martin van den Berg kwam kijken.",
                "Van den Berg schudt zijn hoofd. \"Dat is een verlies voor het hele dorp.\""));

    [Fact]
    public void AGermanSurnameOpeningOnItsParticle_IsThePersonNamedInFull()
        => Assert.Equal(
            new[] { "Jens Moor", "Ursula von Brandt" },
            QuoteSpeakers.Under("Werk", "„Wir waren schnell da“, sagte Betriebsleiter Jens Moor. Auch Bürgermeisterin Ursula von Brandt kam.",
                "Von Brandt schüttelt den Kopf. „Wir brauchen eine Lösung.“"));

    // Guards: a capitalised article before a word that ends no full name with that particle (a
    // school, a club) names no one, and the quote after it is not the speaker's before either.
    [Fact]
    public void AnArticleBeforeANameNoFullNameEndsWithTheParticle_NamesNoOne()
        => Assert.NotEqual(
            "Martin de Groot",
            QuoteSpeakers.Under("Bakkerij", DutchBefore, "De Linde sluit ook. \"Dat is een verlies voor het hele dorp.\"")[1]);

    // Two people with the surname: "De Groot" is neither.
    [Fact]
    public void ASurnameTwoPeopleShare_NamesNoOne()
        => Assert.Null(QuoteSpeakers.Under(
            "Bakkerij",
            "\"We stoppen ermee\", zei bakker Martin de Groot. Ook wethouder Els de Groot kwam kijken, zei Martin de Groot.",
            "\"Het is jammer\", zei Els de Groot.",
            "Nog iets later kwam Piet Kramer.",
            "De Groot schudt zijn hoofd. \"Dat is een verlies voor het hele dorp.\"")[^1]);

    // A full name whose particle is capitalised inside it ("Martin De Groot") has no lower-case
    // particle to meet: read as before.
    [Fact]
    public void AnEnglishNameWithACapitalisedParticle_ReadsAsBefore()
        => Assert.Equal(
            new[] { "Robert De Niro" },
            QuoteSpeakers.Under("Film", "\"It was a long shoot,\" said Robert De Niro."));

    // Guards of the language gate: only German and Dutch particles count. In Spanish, Italian,
    // French and Portuguese a capitalised article or contraction opening a sentence before a noun is
    // as often a place or a thing ("La Fuente mana …", "Do Porto chegam …"), so a sentence that opens
    // so is not the person whose full name ends in those words, and the bare quote after it is not theirs.
    [Theory]
    [InlineData("Noticias", "\"Vamos a cerrar\", dijo el panadero Luis Mora. También el concejal Pedro la Fuente vino a verlo.",
        "La Fuente ya no mana desde el verano. \"Es una pérdida para el pueblo.\"", "Pedro la Fuente")]
    [InlineData("Notizie", "\"Chiudiamo\", ha detto il fornaio Luca Mori. Anche l'assessore Piero la Torre è venuto.",
        "La Torre è chiusa da anni. \"È una perdita per il paese.\"", "Piero la Torre")]
    [InlineData("Nouvelles", "\"Nous fermons\", a dit le boulanger Luc Morin. Le maire Jean le Moulin est aussi venu.",
        "Le Moulin ferme ses portes en juin. \"C'est une perte pour le village.\"", "Jean le Moulin")]
    [InlineData("Notícias", "\"Vamos fechar\", disse o padeiro Luís Moura. Também o vereador Rui do Porto veio ver.",
        "Do Porto chegam os camiões todas as manhãs. \"É uma perda para a vila.\"", "Rui do Porto")]
    public void ARomanceSentenceOpeningOnAnArticleBeforeAPlace_IsNotThePersonNamedSo(string title, string before, string paragraph, string person)
        => Assert.NotEqual(person, QuoteSpeakers.Under(title, before, paragraph)[1]);
}
