using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Zum Vorschlag von Verkehrsplaner X, eine Brücke zu bauen, sagte Bürgermeisterin Y:", "Zum Antrag
// von Stadtrat X, den er im Mai stellte, sagte Y:", "Op het verzoek van raadslid X, om de bus te
// schrappen, antwoordde wethouder Y:": the opening phrase of a verb-second clause may hold an
// infinitive clause or a relative clause set off by commas, as it holds one that "ob" or "dass"
// opens. The phrase's nouns, a name among them, are then no subject: it stands after the verb.
internal sealed partial class Cues
{
    /// <summary>
    /// Whether the tokens from <paramref name="from"/> up to <paramref name="comma"/> are words only and
    /// make a clause of the opening phrase: opened by a relative pronoun ("der", "den", "die", "dat") in
    /// lower case, or closed by an infinitive marker ("zu", "te") and a lower-case word, the infinitive.
    /// </summary>
    private bool ClosesPhraseClause(IReadOnlyList<Token> sentence, int from, int comma)
    {
        if (from + 1 >= comma || !AllWords(sentence, from, comma))
        {
            return false;
        }

        if (sentence[from].IsLower && (Words.RelativePronouns.Contains(sentence[from].Span) || Words.ObjectArticles.Contains(sentence[from].Span)))
        {
            return true;
        }

        var marker = comma - 2;
        return sentence[marker].IsLower && Words.InfinitiveMarkers.Contains(sentence[marker].Span)
            && sentence[comma - 1].IsLower && !IsReportingVerb(sentence[comma - 1]);
    }

    /// <summary>
    /// Whether the sentence opens with an article that marks its noun as an object (German "Den", "Dem",
    /// "Einen", "Einem"): "Den Hof hat 1898 sein Urgroßvater X gegründet." Its words are no subject.
    /// </summary>
    public bool OpensWithObjectArticle(IReadOnlyList<Token> sentence)
        => sentence.Count > 1 && sentence[0].IsWord && sentence[0].IsCapitalized && Words.ObjectArticles.Contains(sentence[0].Span);
}
