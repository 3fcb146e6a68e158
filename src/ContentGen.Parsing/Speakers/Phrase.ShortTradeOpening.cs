namespace ContentGen.Parsing.Speakers;

// "Wadgids Bert Oosterhuis is minder luchtig. Hij vreest …: “…”", "Imker Jan Vos zegt …": a trade
// of four or five letters (SpeechTables.ShortTradeEnds: "gids", "imker", "wirt"), alone or ending a
// compound, opening the sentence before a full name is the person's trade, as a longer one is
// (Phrase.PersonNounBeforeName.cs). The longer ones alone were read, a shorter one ending too many
// surnames; at a sentence's start before two capitalised words no surname stands, and the one word
// there that may end in a trade is a given name ("Hermann", "Ober…"), which the lexicons list and
// which is left in the name. German and Dutch only, as the longer trades: they write the trade
// before a name with no article.
internal sealed partial class Phrase
{
    private bool IsShortTradeOpening(Token word)
        => _words.ShortTradeEnds.EndsAny(word.Span) && !_words.MaleGivenNames.Contains(word.Span) && !_words.FemaleGivenNames.Contains(word.Span);
}
