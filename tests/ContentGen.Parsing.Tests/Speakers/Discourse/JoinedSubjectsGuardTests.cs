namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// Guards for two people joined as a sentence's subject (which leave a later pronoun or quote with
/// no cue to no one): people joined as the object, after another subject, or one person with a
/// first name shared are read as before.
/// </summary>
public sealed class JoinedSubjectsGuardTests
{
    // The subject is one person; the two joined are whom they met.
    [Theory]
    [InlineData("en", "Ruth Kemp met Jon Vale and Tim Hale on Monday. \"We agreed on nothing,\" she said.", "Ruth Kemp")]
    [InlineData("es", "Rosa Gil recibió a Juan Vidal y Luis Pardo el lunes. «No acordamos nada», dijo.", "Rosa Gil")]
    [InlineData("de", "Anna Huber traf Jan Vogt und Tim Hahn am Montag. „Wir haben uns auf nichts geeinigt“, sagte sie.", "Anna Huber")]
    public void PeopleJoinedAsTheObject_LeaveTheSubject(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // A person joined with a thing is one person in the scene.
    [Theory]
    [InlineData("en", "Ruth Kemp and her dog walk along the quay every morning. \"No, not this year, maybe never.\"", "Ruth Kemp")]
    [InlineData("it", "Rosa Bianchi e il suo cane passeggiano sul molo ogni mattina. «No, quest'anno no, forse mai.»", "Rosa Bianchi")]
    public void APersonJoinedWithAThing_IsStillTheSubject(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // A person joined with a body named by its noun: "he" can only mean the person.
    [Fact]
    public void APersonJoinedWithABody_IsWhomHeMeans()
        => Assert.Equal("Jon Vale", ProbeArticle.LastSpeaker("en", "The mayor Jon Vale and the Harbour Trust signed the lease on Monday. \"It was worth the wait,\" he said."));

    // A person given a role joined with a place: "he" or a dropped subject can only mean the person.
    [Theory]
    [InlineData("en", "The mayor Jon Vale and North Haven signed a pact. \"It was worth the wait,\" he said.", "Jon Vale")]
    [InlineData("fr", "Le maire Jean Vasseur et Saint Malo ont signé un pacte. « Cela valait la peine d'attendre », a-t-il dit.", "Jean Vasseur")]
    [InlineData("de", "Bürgermeister Jan Vogt und Bad Ems unterzeichneten einen Pakt. „Das Warten hat sich gelohnt“, sagte er.", "Jan Vogt")]
    [InlineData("es", "El alcalde Juan Vidal y Villa Nueva firmaron un pacto. «Valió la pena esperar», dijo.", "Juan Vidal")]
    [InlineData("it", "Il sindaco Marco Ferri e San Vito hanno firmato un patto. «Valeva la pena aspettare», ha detto.", "Marco Ferri")]
    [InlineData("pt", "O presidente João Vieira e Vila Real assinaram um pacto. “Valeu a pena esperar”, disse.", "João Vieira")]
    [InlineData("nl", "Burgemeester Jan Visser en Den Helder tekenden een pact. \"Het wachten was het waard\", zei hij.", "Jan Visser")]
    public void APersonJoinedWithAPlace_IsWhomThePronounMeans(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));
}
