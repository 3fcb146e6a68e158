using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Un portavoz del ayuntamiento explicó que «…»", "un portavoce della prefettura ha detto", "um
// porta-voz da câmara disse", "un porte-parole du ministère a déclaré": read back from the verb, a
// spokesperson brought in by an indefinite article, then the link fused with the body noun's article
// (SpeechWords.ContractedArticles), then that noun. No one is named, and the spokesperson speaks for
// the body, so the body speaks, as with the link and the article apart ("una portavoz de la policía
// aseguró", Phrase.Backward.cs, IsOrganisationNounPhrase). A definite spokesperson ("el portavoz del
// ministerio", Portuguese "a porta-voz da câmara", "a" being English's indefinite) may be one the
// article named, and is left as before; so are other role nouns ("un
// director del ministerio" is a person) and a complement that is no body's noun ("del barrio").
internal sealed partial class Phrase
{
    /// <summary>
    /// Whether the lower-case body noun at <paramref name="noun"/> ends "indefinite article, spokes
    /// noun, contracted article" ("un portavoz del ayuntamiento"). The cast reads the same words to
    /// record a bare body (Cast.cs, ReadBareBody), so the subject read here resolves to it.
    /// </summary>
    public bool IsIndefiniteSpokespersonOfContractedBody(IReadOnlyList<Token> sentence, int noun)
    {
        var contracted = noun - 1;
        var spokes = noun - 2;
        var article = noun - 3;
        return article >= 0 && sentence[noun].IsLower && Is(sentence[noun], WordClass.OrganisationNoun)
            && sentence[contracted].IsWord && sentence[contracted].IsLower && _words.ContractedArticles.Contains(sentence[contracted].Span)
            && sentence[spokes].IsWord && sentence[spokes].IsLower && _words.SpokesNouns.Contains(sentence[spokes].Span)
            && sentence[article].IsWord && Is(sentence[article], WordClass.Indefinite) && !Is(sentence[article], WordClass.Definite);
    }
}
