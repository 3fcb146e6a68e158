namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A trade of four or five letters, alone or ending a compound ("Imker", "Berggids", "Wattführerin", "Reeder"),
/// opening its sentence before a full name, is the person's trade and no part of the name: a pronoun after it means
/// the name (Speakers/Phrase.ShortTradeOpening.cs). German and Dutch write a trade so, with no article; the Romance
/// languages write its article ("L'apiculteur Jean Vasseur"), and English reads its own by its role nouns. Near-misses:
/// a name of three words whose first is a given name, and a trade before a first name alone (left as read).
/// Invented sentences; paragraphs separated by " ¶ ".
/// </summary>
public sealed class ShortTradeOpeningTests
{
    [Theory]
    [InlineData("de", "Imker Bernd Osterhus ist weniger gelassen. Er fürchtet, dass eine Bohrung die Vögel vertreibt: „Hier brüten jedes Frühjahr Tausende Säbelschnäbler.“", "Bernd Osterhus")]
    [InlineData("de", "Reeder Jan Harms ist weniger gelassen. Er fürchtet, dass eine Bohrung die Vögel vertreibt: „Hier brüten jedes Frühjahr Tausende Säbelschnäbler.“", "Jan Harms")]
    [InlineData("de", "Wattführerin Anke Osterhus ist weniger gelassen. Sie fürchtet, dass eine Bohrung die Vögel vertreibt: „Hier brüten jedes Frühjahr Tausende Säbelschnäbler.“", "Anke Osterhus")]
    [InlineData("nl", "Berggids Sanne Velders is minder luchtig. Ze vreest dat een boring de vogels verjaagt: ‘Hier broeden elk voorjaar duizenden kluten.’", "Sanne Velders")]
    [InlineData("nl", "Imker Jan Vos is minder luchtig. Hij vreest dat een boring de vogels verjaagt: ‘Hier broeden elk voorjaar duizenden kluten.’", "Jan Vos")]
    [InlineData("nl", "Reder Kees Brand is minder luchtig. Hij vreest dat een boring de vogels verjaagt: ‘Hier broeden elk voorjaar duizenden kluten.’", "Kees Brand")]
    [InlineData("en", "Beekeeper Tom Vale is less relaxed. He fears a drilling will drive the birds away: \"Thousands of avocets nest here.\"", "Tom Vale")]
    [InlineData("fr", "L'apiculteur Jean Vasseur est moins serein. Il craint qu'un forage fasse fuir les oiseaux : « Des milliers d'avocettes nichent ici. »", "Jean Vasseur")]
    [InlineData("es", "El guía Juan Vidal está menos tranquilo. «Aquí anidan miles de avocetas», dice.", "Juan Vidal")]
    [InlineData("it", "La guida Gianni Vitali è meno tranquilla. «Qui nidificano migliaia di avocette», dice.", "Gianni Vitali")]
    [InlineData("pt", "O guia João Vidal está menos tranquilo. “Aqui fazem ninho milhares de alfaiates”, diz.", "João Vidal")]
    public void AShortTradeBeforeAFullName_IsNoPartOfIt(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    [InlineData("de", "Hans Peter Osterhus ist weniger gelassen. Er fürchtet, dass eine Bohrung die Vögel vertreibt: „Hier brüten jedes Frühjahr Tausende Säbelschnäbler.“", "Hans Peter Osterhus")]
    [InlineData("nl", "Jan Pieter Vos is minder luchtig. Hij vreest dat een boring de vogels verjaagt: ‘Hier broeden elk voorjaar duizenden kluten.’", "Jan Pieter Vos")]
    [InlineData("de", "Imker Bernd ist weniger gelassen. Er fürchtet, dass eine Bohrung die Vögel vertreibt: „Hier brüten jedes Frühjahr Tausende Säbelschnäbler.“", "Imker Bernd")]
    public void AGivenNameOrAFirstNameAlone_IsReadAsBefore(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);
}
