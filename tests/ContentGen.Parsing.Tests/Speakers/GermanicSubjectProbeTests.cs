using static ContentGen.Parsing.Tests.QuoteSpeakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Session 57 (germanic2): probes of two ways a German or Dutch sentence gave a quote to the wrong
/// person, each in other words than the probe that showed it, with negatives. Paragraphs are
/// separated by " ¶ "; the expected speakers by "|", "-" for no one.
/// </summary>
public sealed class GermanicSubjectProbeTests
{
    // The inverted subject is a role with its article, then an adverb, then a named object
    // ("In Assen ontving de gedeputeerde maandag minister X"): the name is the object, the pronoun
    // after it is not theirs. The German rows after "gestern", "später", "heute", with or without
    // a role, which session 57 left unread, are read since session 58 (SpeakerFinder.SubjectBeforeObjectName.cs,
    // its own rows in SubjectBeforeObjectNameTests; two more here). Still not read, and so no row
    // here (docs/speakers.md, session 58, precision): Dutch "liet de wethouder de inspecteur X
    // alles zien" (the reporting subject reads "liet").
    [Theory]
    [InlineData("‘De brug moet open’, zegt wethouder Pieter Smit. ¶ In Assen heeft de wethouder gisteren Henk de Boer rondgeleid. ‘Hij heeft gezien hoe slecht de brug is’, zegt hij.", "Pieter Smit|Pieter Smit")]
    [InlineData("„Wir brauchen mehr Busse“, sagt Landrätin Heike Sommer. ¶ Am Hafen hat die Landrätin am Montag Ministerin Jana Weber empfangen. „Das Gespräch war gut“, sagt sie.", "Heike Sommer|Heike Sommer")]
    [InlineData("‘We hebben meer bussen nodig’, zegt gedeputeerde Marloes Dijkstra. ¶ In Assen ontving de gedeputeerde maandag minister Henk de Boer. ‘Het was een goed gesprek’, zegt ze.", "Marloes Dijkstra|Marloes Dijkstra")]
    [InlineData("„Wir brauchen mehr Busse“, sagt Landrätin Heike Sommer. ¶ In Kiel hat die Landrätin heute Jana Weber empfangen. „Das Gespräch war gut“, sagt sie.", "Heike Sommer|Heike Sommer")]
    [InlineData("„Die Brücke muss bleiben“, sagt Bürgermeister Peter Schmitt. ¶ In Mainz hat der Bürgermeister gestern Klaus Möller herumgeführt. „Er hat gesehen, wie marode sie ist“, sagt er.", "Peter Schmitt|Peter Schmitt")]
    // Negatives: the name right after the inverted verb, a role before it, is the subject ("In
    // Kiel hat Landrätin X am Montag …", "In Assen heeft gedeputeerde X maandag …").
    [InlineData("„Die Brücke muss offen bleiben“, sagt Bürgermeister Peter Schmitt. ¶ In Kiel hat Landrätin Heike von Aschen am Montag einen Brief verschickt. „So geht es nicht weiter“, schreibt sie.", "Peter Schmitt|Heike von Aschen")]
    [InlineData("‘De brug moet open’, zegt wethouder Pieter Smit. ¶ In Assen heeft gedeputeerde Marloes Dijkstra maandag een brief gestuurd. ‘Zo kan het niet langer’, schrijft ze.", "Pieter Smit|Marloes Dijkstra")]
    public void ANameAfterTheInvertedSubjectAndAnAdverb_IsTheObject(string paragraphs, string expected) => Check(paragraphs, expected);

    // German capitalises every noun: "der jeden Morgen Bus fährt", "die jeden Abend Klavier spielt"
    // are nouns after a determiner in a relative clause, not a name; the quote after is the
    // newcomer's (read by first name and age) or no one's, never "Morgen Bus".
    [Theory]
    [InlineData("Bürgermeister Hans Vogt verteidigt den Plan. „Es muss sein.“ ¶ Auch Klaus (71), der jeden Morgen Bus fährt, ist verärgert. „Uns fragt keiner.“")]
    [InlineData("Bürgermeisterin Ute Rahn verteidigt den Plan. „Es muss sein.“ ¶ Auch Erika (68), die jeden Abend Klavier spielt, ist verärgert. „Uns fragt keiner.“")]
    [InlineData("Landrat Peter Vogt verteidigt den Plan. „Es muss sein.“ ¶ Auch Jonas (19), der einen Tag Urlaub nimmt, ist verärgert. „Uns fragt keiner.“")]
    [InlineData("Landrat Peter Vogt verteidigt den Plan. „Es muss sein.“ ¶ Auch Jonas (19), der mit seinem Hund Gassi geht, ist verärgert. „Uns fragt keiner.“")]
    public void NounsAfterADeterminerInARelativeClause_AreNoName(string paragraphs)
    {
        var got = Under("Probe", paragraphs.Split(" ¶ "));
        Assert.Equal(2, got.Length);
        Assert.DoesNotContain(got, s => s is not null && (s.Contains("Morgen", StringComparison.Ordinal) || s.Contains("Abend", StringComparison.Ordinal)
            || s.Contains("Tag", StringComparison.Ordinal) || s.Contains("Hund", StringComparison.Ordinal)));
    }
}
