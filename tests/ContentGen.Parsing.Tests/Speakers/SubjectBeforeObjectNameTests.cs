using static ContentGen.Parsing.Tests.QuoteSpeakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Where the verb stands second, a person given by an article and a role after the verb ("empfing der Landrat",
/// "ontving de wethouder") is the subject, and a name further on past an adverb ("heute Jana Weber", "gisteren
/// minister Joost Visser") the object: a later pronoun means the subject's holder named before, not the object
/// (docs/speakers.md, session 57, "An object after the subject and an adverb"). A name after the verb and adverbs
/// alone, or after an opening phrase whose article a preposition governs, is still the subject. The rule does not
/// check that the word before the name is an adverb (the lexicons list none): see SpeakerFinder.SubjectBeforeObjectName.cs.
/// </summary>
public sealed class SubjectBeforeObjectNameTests
{
    [Theory]
    [InlineData("„Wir brauchen mehr Busse“, sagt Landrat Otto Brandt. ¶ In Kiel empfing der Landrat heute Jana Weber. „Das Gespräch war gut“, sagt er.", "Otto Brandt|Otto Brandt")]
    [InlineData("„Wir brauchen eine neue Brücke“, sagt Bürgermeisterin Petra Lindner. ¶ In Mainz hat die Bürgermeisterin gestern Landrat Klaus Möller herumgeführt. „Er hat gesehen, wie marode sie ist“, sagt sie.", "Petra Lindner|Petra Lindner")]
    [InlineData("„Wir brauchen eine neue Brücke“, sagt Bürgermeisterin Petra Lindner. ¶ Im Rathaus begrüßte die Bürgermeisterin später Staatssekretär Jonas Falk. „Das Treffen war gut“, sagte sie.", "Petra Lindner|Petra Lindner")]
    [InlineData("‘De brug moet open’, zegt wethouder Pieter Smit. ¶ In de haven ontving de wethouder gisteren minister Joost Visser. ‘Het was een goed bezoek’, zegt hij.", "Pieter Smit|Pieter Smit")]
    [InlineData("‘De brug moet open’, zegt wethouder Pieter Smit. ¶ In het stadhuis heeft de wethouder gisteren minister Joost Visser ontvangen. ‘Het was een goed bezoek’, zegt hij.", "Pieter Smit|Pieter Smit")]
    // Not read yet: Dutch with no role before the name ("Op het plein begroette de wethouder later Joost Visser")
    // gives Joost Visser through another reading, and "liet de wethouder de inspecteur X alles zien" through the
    // reporting subject (FindMainReportingSubject reads "liet" as reporting).
    public void ANameAfterTheSubjectAndAnAdverb_IsTheObject(string paragraphs, string expected) => Check(paragraphs, expected);

    // Negatives: no person before the name ("vor allem"), or an article a preposition governs ("In der Halle").
    [Theory]
    [InlineData("„Wir brauchen mehr Busse“, sagt Landrat Otto Brandt. ¶ In der Halle jubelte am Ende Jonas Falk. „Das Spiel war gut“, sagt er.", "Otto Brandt|Jonas Falk")]
    [InlineData("„Wir brauchen mehr Busse“, sagt Landrat Otto Brandt. ¶ Vorne traf vor allem Jonas Falk. „Das Spiel war gut“, sagt er.", "Otto Brandt|Jonas Falk")]
    public void ANameAfterTheVerbAndAdverbsAlone_IsStillTheSubject(string paragraphs, string expected) => Check(paragraphs, expected);
}
