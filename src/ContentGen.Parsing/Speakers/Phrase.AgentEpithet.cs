namespace ContentGen.Parsing.Speakers;

// "„…“, sagt der Schäfer.", "„…“, meint die Imkerin.", "\"…\", zegt de imker.": a definite article and
// one agent noun the lexicon does not list (AgentNouns), read as a listed trade is (see
// ProfessionEpithetEnd): the same end of the phrase, and the same reading of whom it means
// (SpeakerFinder.ProfessionMeant: the person the sentence before named alone as its subject).
// Stopped where the article and the ending disagree: German "die" before a man's form is the plural
// ("sagen die Schäfer"), and "der" never stands before a woman's form in the subject.
internal sealed partial class Phrase
{
    private bool IsAgentEpithet(Token article, Token noun)
    {
        if (!IsDefinite(article) || !AgentNouns.Is(_words, noun.Span, out var gender))
        {
            return false;
        }

        var masculine = _words.MasculineArticles.Contains(article.Span);
        return gender switch
        {
            Gender.Male => masculine,
            Gender.Female => !masculine,
            _ => true,
        };
    }
}
