namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Dem Gutachter X zufolge": German puts the source before its "according to" in the dative, and a
/// person's noun with its article may stand before the name. The noun must name a person and two or
/// three words after it the name; a document's, a poll's or a body's noun with its article is no
/// person, and a noun alone names no one.
/// </summary>
public sealed class PostposedAccordingToNounNameTests
{
    [Theory]
    [InlineData("Dem Ingenieur Tobias Lang zufolge ist der Damm „kaum noch zu retten“.", "Tobias Lang")]
    [InlineData("Der Försterin Maren Hoff zufolge sind die Fichten „nicht mehr zu retten“.", "Maren Hoff")]
    [InlineData("Die Fichten sind der Försterin Maren Hoff zufolge „nicht mehr zu retten“.", "Maren Hoff")]
    [InlineData("Dem Bürgermeister Jan Peter Roth zufolge fehlt „jeder Cent“.", "Jan Peter Roth")]
    [InlineData("Einer Nachbarin Ilse Brandt zufolge war der Hund „schon immer laut“.", "Ilse Brandt")]
    public void APersonsNounAndName_BeforeZufolge_IsTheName(string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " " + sentence));

    // Guards: a document, a poll, a body's agent noun, a firm; a noun alone; a date after the noun.
    [Theory]
    [InlineData("Dem Gutachten Ende März zufolge ist der Damm „kaum noch zu retten“.")]
    [InlineData("Dem Betreiber Acme Solar zufolge ist der Park „wirtschaftlich“.")]
    [InlineData("Dem Unternehmen Acme Solar zufolge ist der Park „wirtschaftlich“.")]
    [InlineData("Dem Ingenieur zufolge ist der Damm „kaum noch zu retten“.")]
    [InlineData("Dem Ingenieur Anfang März zufolge war der Damm „kaum noch zu retten“.")]
    [InlineData("Dem Bericht der Firma Acme zufolge ist der Park „wirtschaftlich“.")]
    public void ANounThatNamesNoPerson_GivesNoName(string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " " + sentence));
}
