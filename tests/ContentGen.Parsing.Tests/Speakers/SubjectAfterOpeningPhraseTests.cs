namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote with no cue after a sentence about a person named in full goes on with that person; so it does when an
/// opening phrase stands before the name: after its comma ("At her side, Jane Roe nods.", "A seu lado, Patrícia
/// Antunes acena com a cabeça.") or, where the finite verb stands second, before the verb and the subject ("Neben
/// ihr nickt Ute Kranz.", "Naast haar knikt Els Smit."). Before, only a sentence that opened with the name did.
/// Only a sentence that reports nothing counts, and only a person.
/// </summary>
public sealed class SubjectAfterOpeningPhraseTests
{
    [Theory]
    [InlineData("en", "At her side, Jane Roe nods slowly. \"My youngest is six.\"", "Jane Roe")]
    [InlineData("fr", "À côté d'elle, Anne Roy hoche la tête. « Mon plus jeune a six ans. »", "Anne Roy")]
    [InlineData("es", "A su lado, Ana Ruiz asiente con la cabeza. «Mi hijo pequeño tiene seis años».", "Ana Ruiz")]
    [InlineData("it", "Accanto a lei, Anna Rossi scuote la testa. «Il mio più piccolo ha sei anni».", "Anna Rossi")]
    [InlineData("pt", "A seu lado, Ana Silva acena com a cabeça. «O meu mais novo tem seis anos».", "Ana Silva")]
    [InlineData("de", "Neben ihr nickt Ute Kranz langsam. „Mein Jüngster ist sechs.“", "Ute Kranz")]
    [InlineData("nl", "Naast haar knikt Els Smit langzaam. \"Mijn jongste is zes.\"", "Els Smit")]
    public void AQuoteAfterAPersonNamedPastAnOpeningPhrase_IsTheirs(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language) + " " + paragraph));

    // Guards: a name inside the German phrase, after its article, is no subject; a body after the phrase is no person.
    [Theory]
    [InlineData("de", "Mit der neuen Chefin Ute Kranz kam die Wende. „Mein Jüngster ist sechs.“")]
    [InlineData("es", "A su lado, el Ayuntamiento de Valmonte ha instalado una carpa. «Mi hijo pequeño tiene seis años».")]
    public void ANameInsideThePhraseOrABody_GivesNoOne(string language, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language) + " " + paragraph));

    // "he says" makes the sentence the last speaker's account of what a tribunal did: the quote after it is not the tribunal's.
    [Fact]
    public void ABodyAfterTheOpeningPhraseOfAReport_IsNotTheNextQuotesSpeaker()
        => Assert.Equal(
            new[] { "Carlos Baez", null },
            QuoteSpeakers.Under(
                "Probe",
                LanguageLeads.For("en") + " \"We sold the boats in spring,\" said Carlos Baez. At times, the Harbour Tribunal has sided with the"
                + " owners, he says, adding that the courts cannot help the crews. \"Nobody here keeps savings in a drawer any more.\""));
}
