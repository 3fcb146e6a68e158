namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An age set off by commas between a name and its verb, written as a number and the language's word for years
/// ("Anna Rossi, 78 anni, ha raccontato", "Anne Roy, 78 ans, a raconté", "Ana Silva, 78 anos, contou", "Ute
/// Kranz, 78 Jahre alt, erzählte", "Els Smit, 78 jaar, vertelde", "Jane Roe, 78 years old, said"), is an
/// appositive as a bare number is ("Jane Roe, 78, said"): the lexicons' <c>AgeWords</c>. Before, the number
/// and its noun stopped the reading back from the verb, and the name gave no one.
/// </summary>
public sealed class AgeAppositiveTests
{
    [Theory]
    [InlineData("en", "Jane Roe, 78 years old, said: \"I saw nurses running from bed to bed.\"", "Jane Roe")]
    [InlineData("de", "Ute Kranz, 78 Jahre alt, erzählte: „Ich sah die Pflegerinnen von Bett zu Bett rennen.“", "Ute Kranz")]
    [InlineData("nl", "Els Smit, 78 jaar, vertelde: \"Ik zag de verpleegsters van bed naar bed rennen.\"", "Els Smit")]
    [InlineData("fr", "Anne Roy, 78 ans, a raconté : « J'ai vu des infirmières courir d'un lit à l'autre. »", "Anne Roy")]
    [InlineData("es", "Ana Ruiz, 78 años, ha contado: «Vi a las enfermeras correr de una cama a otra».", "Ana Ruiz")]
    [InlineData("it", "Anna Rossi, 78 anni, ha raccontato: «Ho visto infermiere correre da un letto all'altro».", "Anna Rossi")]
    [InlineData("pt", "Ana Silva, 78 anos, contou: «Vi as enfermeiras a correr de uma cama para a outra».", "Ana Silva")]
    public void AnAgeWithItsYearsBetweenNameAndVerb_LeavesTheNameTheSpeaker(string language, string sentence, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language) + " " + sentence));

    // Guards: a number with another noun is no age ("12 euros", "30 Prozent"), and a clause between the commas
    // is none either: the reading back stops there as before.
    [Theory]
    [InlineData("fr", "Anne Roy, 78 euros en poche, a raconté : « J'ai vu des infirmières courir. »")]
    [InlineData("it", "Anna Rossi, 30 per cento in meno, ha raccontato: «Ho visto infermiere correre».")]
    [InlineData("de", "Ute Kranz, 78 Prozent der Stimmen, erzählte: „Ich sah die Pflegerinnen rennen.“")]
    public void ANumberWithAnotherNoun_IsNoAge(string language, string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language) + " " + sentence));
}
