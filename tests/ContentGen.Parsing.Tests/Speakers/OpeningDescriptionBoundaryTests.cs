using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The name set off by commas after a short description that opens the sentence ("One woman,
/// Victoria Calvi, found …"), at each edge: the sentence opens in capitals; the description is
/// someone brought in or a role, its first word and at most three lower-case words, none a
/// reporting verb; the name is two capitalised words or more, closed by a comma with a lower-case
/// word (its verb) after it.
/// </summary>
public sealed class OpeningDescriptionBoundaryTests
{
    private static string? Named(string sentence, string? language = null)
    {
        var tables = language is null ? SpeechTables.All : SpeechTables.For(language);
        var tokens = Token.Read(sentence, QuoteScanner.Scan(sentence).Quotes, new List<Token>(), tables);
        var subject = Cues.For(tables).Phrase.ReadNamedAfterOpeningDescription(tokens);
        return subject.IsFound ? subject.Text : null;
    }

    [Theory]
    [InlineData("One woman, Victoria Calvi, found her sister")]
    [InlineData("One young local woman, Victoria Calvi, found her sister")]
    [InlineData("The chief, Victoria Calvi, found her sister")]
    [InlineData("The young chief, Victoria Calvi, found her sister")]
    [InlineData("The chief executive, Victoria Calvi, found her sister")]
    public void ANameBetweenCommas_AfterSomeoneDescribed_IsNamed(string sentence)
        => Assert.Equal("Victoria Calvi", Named(sentence));

    // A definite article or a possessive and a noun for someone ordinary ("the victim", "her
    // mother") describe a person as well as "one woman" does, in every language.
    [Theory]
    [InlineData("The neighbour, Anna Visser, lived on the third floor", "Anna Visser")]
    [InlineData("Her mother, Els Visser, sat in the front row", "Els Visser")]
    [InlineData("The victim, Anna Visser, lived on the third floor", "Anna Visser")]
    [InlineData("Het slachtoffer, Anouk Visser, woonde op de derde verdieping", "Anouk Visser")]
    [InlineData("Het slachtoffer, Anouk Visser (29), woonde op de derde verdieping", "Anouk Visser")]
    [InlineData("Haar moeder, Els Visser, zat op de eerste rij", "Els Visser")]
    [InlineData("La víctima, Ana Ruiz, vivía en el tercer piso", "Ana Ruiz")]
    [InlineData("Su madre, Elena Ruiz, estaba en primera fila", "Elena Ruiz")]
    [InlineData("La vittima, Anna Rossi, viveva al terzo piano", "Anna Rossi")]
    [InlineData("A vítima, Ana Silva, vivia no terceiro andar", "Ana Silva")]
    [InlineData("La victime, Anne Morel, habitait au troisième étage", "Anne Morel")]
    public void ANameBetweenCommas_AfterTheOrdinaryPersonDescribed_IsNamed(string sentence, string name)
        => Assert.Equal(name, Named(sentence));

    // Where every noun is capitalised, the noun of the description is too.
    [Theory]
    [InlineData("Das Opfer, Anna Weber, wohnte im dritten Stock", "Anna Weber")]
    [InlineData("Ihre Mutter, Eva Weber, saß in der ersten Reihe", "Eva Weber")]
    [InlineData("Der Trainer, Jan Vogt, lobte die Mannschaft", "Jan Vogt")]
    public void InGerman_TheCapitalisedNounOfTheDescription_IsNoPartOfTheName(string sentence, string name)
        => Assert.Equal(name, Named(sentence, "de"));

    [Theory]
    [InlineData("Das Schiff, Anna Maria, verließ den Hafen")]
    [InlineData("Der Verein, Blau Weiß, verlor das Spiel")]
    public void InGerman_AThingDescribed_NamesNoOne(string sentence)
        => Assert.Null(Named(sentence, "de"));

    [Theory]
    [InlineData("one woman, Victoria Calvi, found her sister")]
    [InlineData("One very young local woman, Victoria Calvi, found her sister")]
    [InlineData("The film, Victoria Calvi, found her sister")]
    [InlineData("The mother ship, Victoria Calvi, found her sister")]
    [InlineData("Her book, Anna Karenina, tells of a marriage")]
    [InlineData("Het schip, Anna Maria, voer de haven uit")]
    [InlineData("One, Victoria Calvi, found her sister")]
    [InlineData("One woman said, Victoria Calvi, found her sister")]
    [InlineData("One woman, Calvi, found her sister")]
    [InlineData("One woman, Victoria Calvi found her sister")]
    [InlineData("One woman, Victoria Calvi, Found her sister")]
    [InlineData("One woman, Victoria Calvi,")]
    [InlineData("Het slachtoffer, Anouk Visser (29) woonde op de derde verdieping")]
    [InlineData("One woman, Victoria Calvi, and her son found her sister")]
    [InlineData("Sa fille, Maëlle Kerlidou, et son fils se tenaient à côté de lui")]
    [InlineData("Het slachtoffer, Anouk Visser (dertig), woonde op de derde verdieping")]
    public void AnythingElse_NamesNoOne(string sentence)
        => Assert.Null(Named(sentence));
}
