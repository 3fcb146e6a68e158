namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// Where the finite verb stands second, an adverb or a prepositional phrase opens the colon lead
/// and the role after its article follows the verb: <c>Dann sagt der Bürgermeister: „…“</c>,
/// <c>Dazu meint die Vorsitzende: „…“</c>. The role's holder speaks, as after <c>Die
/// Bürgermeisterin sagte:</c>; an opening that names someone makes the article and role the dative
/// listener, who never speaks.
/// </summary>
public sealed class ColonRoleAfterSecondVerbTests
{
    [Theory]
    [InlineData("de", "Bürgermeister Paul Berger hat die Händler eingeladen.", "Dann sagt der Bürgermeister: „Aufhören kommt nicht infrage.“", "Paul Berger")]
    [InlineData("de", "Bürgermeisterin Anna Berger hat die Händler eingeladen.", "Trotzdem sagt die Bürgermeisterin: „Aufhören kommt nicht infrage.“", "Anna Berger")]
    [InlineData("de", "Bürgermeisterin Anna Berger hat die Händler eingeladen.", "Am Ende sagt die Bürgermeisterin: „Aufhören kommt nicht infrage.“", "Anna Berger")]
    [InlineData("de", "Die Vorsitzende des Marktvereins, Anna Berger, hat die Händler eingeladen.", "Dazu meint die Vorsitzende: „Aufhören kommt nicht infrage.“", "Anna Berger")]
    [InlineData("de", "Die Vorsitzende des Marktvereins, Anna Berger, hat die Händler eingeladen.", "Nach der Sitzung sagte die Vorsitzende: „Aufhören kommt nicht infrage.“", "Anna Berger")]
    [InlineData("nl", "De voorzitter van de marktvereniging, Anna Roos, heeft de handelaren uitgenodigd.", "Daarom zegt de voorzitter: ‘Stoppen is geen optie.’", "Anna Roos")]
    [InlineData("nl", "Burgemeester Anna Roos heeft de handelaren uitgenodigd.", "Na afloop zei de burgemeester: ‘Stoppen is geen optie.’", "Anna Roos")]
    public void ARoleAfterTheSecondVerb_BeforeTheColon_Speaks(string language, string scene, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, scene, paragraph));

    // A name opening the sentence is its subject; the article and role after the verb are the one
    // spoken to (a dative), and their holder is not the speaker.
    [Theory]
    [InlineData("de", "Bürgermeisterin Anna Berger hat die Händler eingeladen.", "Paul Vogt sagt der Bürgermeisterin: „Aufhören kommt nicht infrage.“", "Anna Berger")]
    [InlineData("de", "Die Vorsitzende des Marktvereins, Anna Berger, hat die Händler eingeladen.", "Vogt antwortet der Vorsitzenden: „Aufhören kommt nicht infrage.“", "Anna Berger")]
    [InlineData("nl", "Burgemeester Anna Roos heeft de handelaren uitgenodigd.", "Kees Vogel zegt tegen de burgemeester: ‘Stoppen is geen optie.’", "Anna Roos")]
    public void ARoleSpokenTo_AfterTheVerb_DoesNotSpeak(string language, string scene, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, scene, paragraph));
}
