namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German and Dutch glue an office to its field ("Vereinsvorsitzender Klaus Obermaier", "die
/// Feuerwehrkommandantin Petra Lenz", "sportwethouder Anouk de Wit"); a later cue calls the holder by
/// the compound's last part alone ("sagte der Vorsitzende", "sagte die Kommandantin", "zei de
/// wethouder"), which means the one person given a compound on that role. Each positive names another
/// officeholder between, so that the person in focus is no safe guess. The other languages write the
/// field after the office ("el presidente del club X … dijo el presidente"), read as the role itself.
/// Near-misses: a deputy's compound ("Vizepräsident", "vicevoorzitter", "oud-wethouder") holds another
/// office; two people given compounds on the same role, with someone else in focus, give no one.
/// </summary>
public sealed class CompoundRoleHeadTests
{
    [Theory]
    [InlineData("de", "Vereinsvorsitzender Klaus Obermaier kündigte einen größeren Etat an. Bürgermeister Karl Hahn gratulierte der Mannschaft. „Die Liga heißt auch Fahrten bis an den Bodensee“, sagte der Vorsitzende.", "Klaus Obermaier")]
    [InlineData("de", "Die Feuerwehrkommandantin Petra Lenz leitete den Einsatz bis zum Morgen. Bürgermeister Karl Hahn kam gegen Mitternacht. „Das Dach war nicht mehr zu retten“, sagte die Kommandantin.", "Petra Lenz")]
    [InlineData("de", "Am Abend sprach auch Kreisgeschäftsführer Jan Roth vor den Mitgliedern. Landrat Peter Wolf hörte zu. „Wir brauchen mehr Geld für die Busse“, sagte der Geschäftsführer.", "Jan Roth")]
    [InlineData("nl", "De brug werd dinsdag geopend door sportwethouder Anouk de Wit. Burgemeester Karel Smit knipte het lint door. \"Dit heeft veel te lang geduurd\", zei de wethouder.", "Anouk de Wit")]
    [InlineData("nl", "Clubvoorzitter Henk Bakker sprak de leden toe in de kantine. Burgemeester Karel Smit was ook aanwezig. \"We gaan de tribune zelf bouwen\", zei de voorzitter.", "Henk Bakker")]
    public void ACompoundsLastPartAtTheCue_MeansTheOnePersonGivenTheCompound(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Headline", LanguageLeads.For(language), paragraph));

    // The languages that write the field after the office read its holder by the role itself.
    [Theory]
    [InlineData("en", "Club chairman Ken Baker told members the stand would be rebuilt. Mayor Karen Smith also attended. \"We will build it ourselves,\" the chairman said.", "Ken Baker")]
    [InlineData("es", "El presidente del club, Fermín Robles, habló ante los socios. El alcalde, Sergio Villalta, también asistió. «La grada la haremos nosotros», dijo el presidente.", "Fermín Robles")]
    [InlineData("fr", "Le président du club, Marc Dury, a parlé devant les adhérents. Le maire, Paul Girard, était présent. « Nous construirons la tribune nous-mêmes », a dit le président.", "Marc Dury")]
    [InlineData("it", "Il presidente del club, Marco Riva, ha parlato ai soci. Il sindaco Carlo Bassi era presente. «La tribuna la costruiremo noi», ha detto il presidente.", "Marco Riva")]
    [InlineData("pt", "O presidente do clube, Rui Sousa, falou aos sócios. O vereador Paulo Lima também esteve presente. «A bancada vamos construí-la nós», disse o presidente.", "Rui Sousa")]
    public void TheFieldWrittenAfterTheOffice_IsReadAsTheRoleItself(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Headline", LanguageLeads.For(language), paragraph));

    // Near-misses: a deputy's compound is another office than its last part: its holder is not
    // the role's, whoever else the cue may mean.
    [Theory]
    [InlineData("de", "Vizepräsident Jan Roth eröffnete die Sitzung. Bürgermeister Karl Hahn gratulierte dem Verein. „Wir bauen die Tribüne selbst“, sagte der Präsident.", "Jan Roth")]
    [InlineData("de", "Altbürgermeister Jan Roth eröffnete die Sitzung. Landrat Peter Wolf gratulierte dem Verein. „Wir bauen die Tribüne selbst“, sagte der Bürgermeister.", "Jan Roth")]
    [InlineData("de", "Der stellvertretende Vereinsvorsitzende Jan Roth eröffnete die Sitzung. Bürgermeister Karl Hahn gratulierte. „Die Liga heißt auch Fahrten bis an den Bodensee“, sagte der Vorsitzende.", "Jan Roth")]
    [InlineData("nl", "Vicevoorzitter Henk Bakker sprak de leden toe in de kantine. Burgemeester Karel Smit was ook aanwezig. \"We gaan de tribune zelf bouwen\", zei de voorzitter.", "Henk Bakker")]
    [InlineData("nl", "Oud-wethouder Anouk de Wit opende dinsdag de brug. Burgemeester Karel Smit knipte het lint door. \"Dit heeft veel te lang geduurd\", zei de wethouder.", "Anouk de Wit")]
    public void ADeputysCompound_IsNoHolderOfItsLastPart(string language, string paragraph, string holder)
        => Assert.NotEqual(holder, QuoteSpeakers.Under("Headline", LanguageLeads.For(language), paragraph)[^1]);

    // Two people given compounds on the role, with someone else in focus: no one.
    [Theory]
    [InlineData("de", "Vereinsvorsitzender Klaus Obermaier und Kreisvorsitzender Jan Roth eröffneten die Sitzung. Bürgermeister Karl Hahn gratulierte. „Die Liga heißt auch Fahrten bis an den Bodensee“, sagte der Vorsitzende.")]
    [InlineData("nl", "Sportwethouder Anouk de Wit en onderwijswethouder Ria Bos openden de school. Burgemeester Karel Smit knipte het lint door. \"Dit heeft veel te lang geduurd\", zei de wethouder.")]
    public void TwoHoldersOfCompoundsOnTheRole_MeanNoOne(string language, string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Headline", LanguageLeads.For(language), paragraph)[^1]);
}
