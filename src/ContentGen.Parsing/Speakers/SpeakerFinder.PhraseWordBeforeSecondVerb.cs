namespace ContentGen.Parsing.Speakers;

// "Vor der Filiale am Marktplatz wartet eine Rentnerin", "Bij de winkel aan de Dijkstraat haalt een vrouw":
// where the finite verb stands second, the opening phrase of place may hold a second phrase ("am Marktplatz",
// "aan de Dijkstraat"), and the reader took its preposition, or the article after it, the first lower-case word
// after a noun, for the verb: the subject's slot fell inside the phrase, and the person the sentence brings in
// after the real verb (SpeakerFinder.UnnamedAfterOpeningPhrase.cs), or the pronoun there, was not read. A
// preposition or an article is never a finite verb, so the walk reads past it to the verb. German and Dutch
// only: the languages that put the verb second after an opening phrase (SpeechWords.VerbSecond).
internal sealed partial class SpeakerFinder
{
    // Whether the lower-case word is an article or a preposition the lexicons list (an opening phrase's, a
    // place's, one that opens an epithet's tail): "am", "im", "aan", "bij", "de".
    private bool IsPhraseWordBeforeSecondVerb(Token token)
        => _cues.Is(token, WordClass.Article) || _cues.IsOpeningPreposition(token) || _cues.Words.EpithetTailPrepositions.Contains(token.Span);
}
