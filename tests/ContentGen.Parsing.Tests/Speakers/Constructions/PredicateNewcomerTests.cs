namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A short opening that describes someone and a copula, then a first name with its age
/// (<c>Ältestes Mitglied ist Jonas, 81, …</c>, <c>La plus jeune est Léa, 17 ans, …</c>): the name
/// is the person the writer turns to, whom the next pronoun or dropped subject means, and the
/// opening words, capitalised as German writes nouns, are no one's name.
/// </summary>
public sealed class PredicateNewcomerTests
{
    [Theory]
    [InlineData("de", "Ältestes Mitglied ist Jonas, 81, der im Bass singt. „Ich komme, solange die Stimme hält“, sagt er.")]
    [InlineData("fr", "La plus jeune est Léa, 17 ans, qui chante depuis ses dix ans. « Je n'ai jamais eu peur de la scène », raconte-t-elle.")]
    [InlineData("es", "La más joven es Lucía, de 17 años, que canta desde los diez. «Nunca he tenido miedo al escenario», cuenta.")]
    [InlineData("it", "La più giovane è Chiara, 17 anni, che canta da quando ne aveva dieci. «Non ho mai avuto paura del palco», racconta.")]
    [InlineData("pt", "A mais nova é Rita, 17 anos, que canta desde os dez. «Nunca tive medo do palco», conta.")]
    public void AFirstNameWithItsAgeAfterADescribingOpeningAndACopula_IsWhomThePronounMeans(string language, string paragraph)
    {
        var copula = paragraph.IndexOf(" ist ", System.StringComparison.Ordinal) is var de and > 0 ? de + 5 : paragraph.IndexOfAny(['é', 'è']) is var e and > 0 && paragraph[e + 1] == ' ' ? e + 2 : paragraph.IndexOf(" es ", System.StringComparison.Ordinal) is var es and > 0 ? es + 4 : paragraph.IndexOf(" est ", System.StringComparison.Ordinal) + 5;
        var name = paragraph.Substring(copula, paragraph.IndexOf(',', copula) - copula);
        Assert.Equal(name, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));
    }

    // Where it must not fire: an opening with a preposition makes the name an object (read by
    // other rules, not this one), and a number with no word for years after a link is no age.
    [Theory]
    [InlineData("de", "Mit dem Chor ist Jonas, 81, oft unterwegs gewesen. „Wir singen weiter“, sagte Karl Weidner.", "Karl Weidner")]
    [InlineData("es", "La más joven es Lucía, de 17 euros al mes. «Nunca hemos subido la cuota», dijo Pedro Gil.", "Pedro Gil")]
    public void AnOpeningThatIsNoDescription_LeavesTheNamedSpeaker(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));
}
