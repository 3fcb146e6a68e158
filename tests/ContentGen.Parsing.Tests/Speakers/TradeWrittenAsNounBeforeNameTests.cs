namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Session 70 (describe): a trade no list holds, read by its ending ("Schäfer", "Imker", "Förster"), before a
/// full name of two words, is the trade and not the name's first word when the article writes the same word as
/// a common noun elsewhere: after an article or a count where nouns are capitalised ("ein Schäfer", "sagt der
/// Schäfer"), in lower case where they are not ("zegt de imker"). The full name is then the one the surname and
/// the trade at the cue take up. Only German (anywhere) and Dutch (opening a sentence) write a bare trade before
/// a name; French, Spanish, Italian and Portuguese put an article before it, which the readings of a listed
/// trade read, and English lists no agent endings. Negatives: a first name with an agent's ending that the
/// article never writes as a noun ("Walter", "Günter", "Pieter", "Salvador") keeps the name whole.
/// Paragraphs are separated by " ¶ "; the expected speakers by "|", "-" for no one.
/// </summary>
public sealed class TradeWrittenAsNounBeforeNameTests
{
    [Theory]
    // The trade at the cue right after: its article makes it a noun.
    [InlineData("de", "Schäfer Anton Brucker fand am Morgen zwölf tote Tiere auf der Weide. „So etwas habe ich nie erlebt“, sagt der Schäfer.", "Anton Brucker")]
    [InlineData("de", "Imker Anton Brucker fand am Morgen zwölf leere Kästen. „So etwas habe ich nie erlebt“, sagt der Imker.", "Anton Brucker")]
    [InlineData("nl", "Imker Jan Bakker vond vanochtend twaalf lege kasten. “Zoiets heb ik nog nooit gezien”, zegt de imker.", "Jan Bakker")]
    // Inside a sentence, the noun written after an article elsewhere: the pronoun and the surname take up the name.
    [InlineData("de", "Was Förster Lukas Brandt am Dienstag im Wald fand, beschäftigt das ganze Tal. Ein Förster sieht so etwas selten. „Die Fichten sterben“, sagte Brandt.", "Lukas Brandt")]
    [InlineData("de", "„Die Tiere lagen überall“, sagte Züchter Lukas Brandt am Dienstag. Mehr könne ein Züchter kaum tun.", "Lukas Brandt")]
    public void AnUnlistedTradeWrittenAsANoun_BeforeAName_IsNoPartOfIt(string language, string paragraphs, string expected)
        => LanguageLeads.CheckSpeakers(language, paragraphs, expected);

    // The person named with the trade long before, in focus again when the trade comes back at the cue.
    [Theory]
    [InlineData("de", "Was Schäfer Anton Brucker am Dienstag auf seiner Weide fand, beschäftigt das ganze Tal. ¶ Bürgermeister Uwe Kranz lädt zu einer Versammlung ein. „Wir nehmen das ernst“, sagte Kranz. ¶ Brucker hat seine Schafe in den Stall geholt. „Ich mache weiter“, sagt der Schäfer.", "Uwe Kranz|Anton Brucker")]
    [InlineData("nl", "Imker Jan Hoekstra vond vanochtend twaalf lege kasten. ¶ Burgemeester Anouk de Vries komt vrijdag kijken. “We nemen het serieus”, zegt De Vries. ¶ Hoekstra heeft zijn kasten binnengezet. “Ik ga door”, zegt de imker.", "Anouk de Vries|Jan Hoekstra")]
    public void TheTradeAtALaterCue_MeansThePersonItWasGivenTo(string language, string paragraphs, string expected)
        => LanguageLeads.CheckSpeakers(language, paragraphs, expected);

    // A first name with an agent's ending, which the article never writes as a noun: the name stays whole.
    [Theory]
    [InlineData("de", "Walter Hans Brucker fand am Morgen zwölf tote Tiere auf der Weide. „So etwas habe ich nie erlebt“, sagte er.", "Walter Hans Brucker")]
    [InlineData("de", "Günter Paul Hahn fand am Morgen zwölf tote Tiere auf der Weide. „So etwas habe ich nie erlebt“, sagte Hahn.", "Günter Paul Hahn")]
    [InlineData("nl", "Pieter Jan Bakker vond vanochtend twaalf lege kasten. “Zoiets heb ik nog nooit gezien”, zegt hij.", "Pieter Jan Bakker")]
    [InlineData("es", "«Nunca había visto algo así», dice Salvador Gil Romero, que encontró esta mañana doce colmenas vacías.", "Salvador Gil Romero")]
    public void AFirstNameWithAnAgentsEnding_NeverWrittenAsANoun_KeepsTheNameWhole(string language, string paragraphs, string expected)
        => LanguageLeads.CheckSpeakers(language, paragraphs, expected);
}
