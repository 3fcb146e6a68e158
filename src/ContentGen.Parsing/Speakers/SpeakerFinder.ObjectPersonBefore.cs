using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Pourtant, ces critiques n'ont pas découragé Lucien Ferrand. En mars, le socialiste confiait :
// « … »": a sentence whose subject is a thing (see OpensWithThing) and that names one person in
// full, its object or an agent after a preposition, is about that person as much as one that
// opens with the name. An epithet in the very next sentence (an office's, "le social-démocrate",
// or a profession's, "l'ingénieure") means them, as it means a subject named alone just before.
// Only when that person is the one capitalised name in the sentence: a second person, a body or
// a place ("les critiques du Parti radical", "à Lille") leaves whom the epithet describes unsure;
// and not when a quote stood in that sentence. Pronouns and plain role nouns read as before.
internal sealed partial class SpeakerFinder
{
    // The person a sentence named alone as its object, and the sentence it did so in.
    private string? _objectPerson;
    private int _objectPersonSentence = -1;

    // Records the person the sentence names alone after a thing as its subject, or no one.
    private void NoteObjectPerson(IReadOnlyList<Token> sentence, string? sentenceSpeaker)
    {
        _objectPerson = sentenceSpeaker is null ? ObjectPersonAlone(sentence) : null;
        _objectPersonSentence = _state.Sentence;
    }

    // The person the sentence just before named alone as its object, when no one was quoted in it; or null.
    private string? ObjectPersonJustBefore()
        => _objectPerson is not null && _objectPersonSentence == _state.Sentence - 1 && _state.LastQuotedSentence != _objectPersonSentence
            && !_cast.IsOrganisation(_objectPerson)
            ? _objectPerson
            : null;

    // The one person named in full in a sentence whose subject is a thing, no body's noun among
    // its words, and whose every other word past its opening is in lower case; or null.
    private string? ObjectPersonAlone(IReadOnlyList<Token> sentence)
    {
        if (!OpensWithThing(sentence, plural: true))
        {
            return null;
        }

        // The words alone first: a body's noun, or a second run of capitals, and no name is read
        // (reading one registers it with the article's names).
        var first = sentence.Count > 2 && sentence[0].IsWord && sentence[1].Kind == TokenKind.Comma ? 2 : 0;
        var run = -1;
        for (var i = first + 1; i < sentence.Count; i++)
        {
            var token = sentence[i];
            if (token.IsWord && token.IsLower && IsBodysNoun(token))
            {
                // "les critiques du syndicat", "la mairie a reçu …": a body in reach.
                return null;
            }

            if (!token.IsCapitalized || sentence[i - 1].IsCapitalized)
            {
                continue;
            }

            if (run >= 0)
            {
                // "… Lucien Ferrand et Marc Vidal", "… à Lille": another person, a place or a body.
                return null;
            }

            run = i;
        }

        if (run < 0 || run + 1 >= sentence.Count || !sentence[run + 1].IsCapitalized)
        {
            return null;
        }

        return FullPersonNamedAt(sentence, run);
    }

    // "mairie", "syndicat", "gouvernement": a noun that names a body, its article elided or not.
    private bool IsBodysNoun(Token token)
    {
        var word = Elision.Tail(token.Span);
        return _cues.Words.OrganisationNouns.Contains(word) || _cues.Words.BodyNouns.Contains(word) || _cues.Words.AnyBodyNouns.Contains(word);
    }
}
