using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Session 70 (names): the name registry keeps a name from the words glued to it. An unlisted trade
/// before a full name ("Schäfer Matthias Brenninger") is the person's trade where the article shows it
/// is a noun, and a firm named after a family ("Brauerei Hallhuber") is no second person with the
/// surname (NameFacts.UnlistedTradeRun.cs, NameFacts.FirmBeforeSurname.cs).
/// </summary>
public sealed class NameFactsTradeAndFirmRunTests
{
    // A trade by its ending before a full name, where the article writes it as a common noun elsewhere
    // (after a determiner where nouns are capitalised, in lower case where they are not), or in a woman's form.
    [Theory]
    [InlineData("de", "Was Schäfer Matthias Wendlinger sah, war schlimm.", "„Mehr geht nicht“, sagt der Schäfer.", "Wendlinger", "Matthias Wendlinger")]
    [InlineData("de", "Am Abend rannte Trainer Holger Bramsteiner aufs Feld.", "Ein Trainer muss das aushalten.", "Bramsteiner", "Holger Bramsteiner")]
    [InlineData("de", "Das sieht Geigerin Ruth Hallerbrunn anders.", "Sie spielt seit Jahren.", "Hallerbrunn", "Ruth Hallerbrunn")]
    [InlineData("de", "Das bestätigte Glaziologin Chiara Dalmonte.", "Sie misst seit Jahren.", "Dalmonte", "Chiara Dalmonte")]
    [InlineData("nl", "Veearts Anouk Smitveld kwam direct.", "Volgens de veearts was het te laat.", "Smitveld", "Anouk Smitveld")]
    [InlineData("nl", "Trainer Kees Brakveld was blij.", "De trainer bleef rustig.", "Brakveld", "Kees Brakveld")]
    public void AnUnlistedTrade_BeforeAFullName_IsNoPartOfIt(string language, string first, string second, string surname, string expected)
    {
        var facts = new NameFacts(new[] { first, second }, SpeechTables.For(language));

        facts.EndsFullName(surname, out var full);

        Assert.Equal(expected, full);
    }

    // Near misses: a man's "-er" first name before a double name, where the article never writes the word
    // as a noun ("Rainer Maria Wilke", "Pieter Jan Smit"), keeps its three words: no full name of two.
    [Theory]
    [InlineData("de", "Das schrieb Rainer Maria Wilkendorf damals.", "Später schrieb er mehr.", "Wilkendorf")]
    [InlineData("de", "Gestern kam Walter Frank Oberrieder.", "Er blieb lange.", "Oberrieder")]
    [InlineData("nl", "Pieter Jan Smitveld kwam direct.", "Hij bleef lang.", "Smitveld")]
    [InlineData("es", "Ayer llegó Walter José Ordásquez.", "Se quedó mucho.", "Ordásquez")]
    [InlineData("de", "Das sagte Kessler Bernd Wohlgemuth.", "Der Kessler Verlag schweigt.", "Wohlgemuth")]
    [InlineData("de", "Hessler Natursteine GmbH schweigt.", "Das sagte der Hessler.", "GmbH")]
    public void AFirstNameOnAnAgentsEnding_KeepsItsRunOfThree(string language, string first, string second, string surname)
    {
        var facts = new NameFacts(new[] { first, second }, SpeechTables.For(language));

        Assert.False(facts.EndsAnyFullName(surname));
    }

    // A firm named after a family, its kind's noun before the surname, leaves the surname to the one person.
    [Theory]
    [InlineData("de", "Die Brauerei Hallhofer gibt es seit 1870.", "Georg Hallhofer braut dort.", "Hallhofer", "Georg Hallhofer")]
    [InlineData("de", "Georg Hallhofer führt das Autohaus Hallhofer.", "Hallhofer überlegt lange.", "Hallhofer", "Georg Hallhofer")]
    [InlineData("nl", "Warenhuis Brakeling sluit.", "Joost Brakeling is verdrietig.", "Brakeling", "Joost Brakeling")]
    [InlineData("nl", "Bakkerij Brakeling sluit.", "Joost Brakeling is verdrietig.", "Brakeling", "Joost Brakeling")]
    [InlineData("es", "La Panadería Ordásquez cierra.", "Lucía Ordásquez lo lamenta.", "Ordásquez", "Lucía Ordásquez")]
    [InlineData("it", "Il Mobilificio Ferlanti chiude.", "Paolo Ferlanti è triste.", "Ferlanti", "Paolo Ferlanti")]
    [InlineData("pt", "A Padaria Sousela fecha.", "Rui Sousela está triste.", "Sousela", "Rui Sousela")]
    [InlineData("fr", "La Boulangerie Vernaude ferme.", "Paul Vernaude est triste.", "Vernaude", "Paul Vernaude")]
    public void AFirmNamedAfterAFamily_IsNoSecondPersonOfTheSurname(string language, string first, string second, string surname, string expected)
    {
        var facts = new NameFacts(new[] { first, second }, SpeechTables.For(language));

        facts.EndsFullName(surname, out var full);

        Assert.Equal(expected, full);
    }

    // Near misses: two people who share a surname stay two ("Georg" and "Resi"), and a person's first name
    // that is no firm's noun is kept ("Doktor Schiwago" aside, a name the registry reads as it did).
    [Theory]
    [InlineData("de", "Georg Hallhofer braut.", "Resi Hallhofer rechnet.", "Hallhofer")]
    [InlineData("en", "Tom Askeworth spoke.", "Carol Askeworth agreed.", "Askeworth")]
    [InlineData("es", "Lucía Ordásquez habló.", "Ramón Ordásquez calló.", "Ordásquez")]
    public void TwoPeopleOfASurname_StayTwo(string language, string first, string second, string surname)
    {
        var facts = new NameFacts(new[] { first, second }, SpeechTables.For(language));

        Assert.True(facts.EndsAnyFullName(surname));
        facts.EndsFullName(surname, out var full);
        Assert.Null(full);
    }

    // The register: a speaker read with the trade glued on ("Schäfer Matthias Brenninger", whole from a cue's
    // phrase) is the person the article names in full; a first name on "-er" before a double name stays whole.
    [Theory]
    [InlineData("de", "Schäfer Matthias Wendlinger", "Matthias Wendlinger")]
    [InlineData("de", "Was Schäfer Matthias Wendlinger", "Matthias Wendlinger")]
    [InlineData("de", "Rainer Maria Wendlinger", "Rainer Maria Wendlinger")]
    public void TheRegister_CompletesATradeGluedName_ToTheFullName(string language, string read, string expected)
    {
        var registry = Registry(language, "Was Schäfer Matthias Wendlinger sah, war schlimm.", "„Mehr geht nicht“, sagt der Schäfer.");

        Assert.Equal(expected, registry.Complete(read));
    }

    // The register: a firm named after a family, read as a speaker, keeps no surname from the person.
    [Theory]
    [InlineData("nl", "Warenhuis Brakeling sluit.", "Dat zei directeur Joost Brakeling.", "Warenhuis Brakeling", "Brakeling", "Joost Brakeling")]
    [InlineData("de", "Die Brauerei Hallhofer schließt.", "Das sagt Georg Hallhofer.", "Brauerei Hallhofer", "Hallhofer", "Georg Hallhofer")]
    public void TheRegister_KeepsNoSurnameForAFirm(string language, string first, string second, string firm, string surname, string expected)
    {
        var registry = Registry(language, first, second);

        registry.Complete(firm);

        Assert.Equal(expected, registry.Complete(surname));
    }

    // The register asks whether a name is a firm only where its answer changes the register: the person
    // registered first keeps the surname when the firm is read after them, and again and again.
    [Theory]
    [InlineData("nl", "Warenhuis Brakeling sluit.", "Dat zei directeur Joost Brakeling.", "Warenhuis Brakeling", "Joost Brakeling", "Brakeling")]
    [InlineData("de", "Die Brauerei Hallhofer schließt.", "Das sagt Georg Hallhofer.", "Brauerei Hallhofer", "Georg Hallhofer", "Hallhofer")]
    public void TheRegister_KeepsThePersonsSurname_WhenTheFirmIsReadAfterThePerson(string language, string first, string second, string firm, string person, string surname)
    {
        var registry = Registry(language, first, second);

        Assert.Equal(person, registry.Complete(person));
        registry.Complete(firm);
        registry.Complete(firm);
        Assert.Equal(person, registry.Complete(person));

        Assert.Equal(person, registry.Complete(surname));
    }

    private static NameRegistry Registry(string language, params string[] paragraphs)
    {
        var registry = new NameRegistry();
        registry.Begin(new NamePlausibility(paragraphs, [], SpeechTables.For(language)));
        return registry;
    }
}
