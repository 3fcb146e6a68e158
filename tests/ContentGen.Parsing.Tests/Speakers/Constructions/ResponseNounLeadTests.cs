namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A response's noun with the one who gives it before a colon (<c>Reply from X: "…"</c>,
/// <c>Réponse de X : « … »</c>, <c>Antwort von X: „…“</c>, <c>La respuesta de X: «…»</c>): the one
/// named speaks, whether the noun opens the sentence alone, with its article or with an adjective.
/// A noun whose form a verb shares ("Reply", "Risposta") is still the noun there. A reply given
/// to someone ("Reply to X:", "Réponse à X :") names its listener, who does not speak.
/// </summary>
public sealed class ResponseNounLeadTests
{
    [Theory]
    [InlineData("en", "Reply from Ann Lee: \"We are still waiting.\"", "Ann Lee")]
    [InlineData("en", "The reply from Ann Lee: \"We are still waiting.\"", "Ann Lee")]
    [InlineData("fr", "Réponse de Anne Roy : « Nous attendons toujours. »", "Anne Roy")]
    [InlineData("fr", "La réponse de Anne Roy : « Nous attendons toujours. »", "Anne Roy")]
    [InlineData("de", "Antwort von Ute Kranz: „Wir warten noch immer.“", "Ute Kranz")]
    [InlineData("de", "Die Antwort von Ute Kranz: „Wir warten noch immer.“", "Ute Kranz")]
    [InlineData("es", "Respuesta de Ana Ruiz: «Seguimos esperando».", "Ana Ruiz")]
    [InlineData("es", "La respuesta de Ana Ruiz: «Seguimos esperando».", "Ana Ruiz")]
    [InlineData("it", "Risposta di Anna Rossi: «Stiamo ancora aspettando».", "Anna Rossi")]
    [InlineData("it", "La risposta di Anna Rossi: «Stiamo ancora aspettando».", "Anna Rossi")]
    [InlineData("pt", "Resposta de Ana Rocha: «Continuamos à espera».", "Ana Rocha")]
    [InlineData("pt", "A resposta de Ana Rocha: «Continuamos à espera».", "Ana Rocha")]
    [InlineData("nl", "Antwoord van Els Smit: \"We wachten nog steeds.\"", "Els Smit")]
    [InlineData("nl", "Het antwoord van Els Smit: \"We wachten nog steeds.\"", "Els Smit")]
    public void TheOneWhoseResponseItIs_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    [Theory]
    [InlineData("en", "Reply to Ann Lee: \"We are still waiting.\"")]
    [InlineData("fr", "Réponse à Anne Roy : « Nous attendons toujours. »")]
    [InlineData("de", "Antwort an Ute Kranz: „Wir warten noch immer.“")]
    [InlineData("es", "Respuesta a Ana Ruiz: «Seguimos esperando».")]
    [InlineData("it", "Risposta a Anna Rossi: «Stiamo ancora aspettando».")]
    [InlineData("pt", "Resposta a Ana Rocha: «Continuamos à espera».")]
    [InlineData("nl", "Antwoord aan Els Smit: \"We wachten nog steeds.\"")]
    public void AResponseToSomeone_NamesNoSpeaker(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraph));
}
