using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// Someone unnamed brought in as a sentence's subject and described between commas: "Devant la
// criée, une avocate du port, qui plaide depuis vingt ans, fait ses calculs.", "Een
// advocaat, al dertig jaar aan het hof, twijfelt aan het plan." A quote or a
// dropped subject after it may be theirs: no longer the last speaker's.
internal sealed partial class SpeakerFinder
{
    private const int MaxWitnessNounWords = 6;
    private const int MaxWitnessInsertTokens = 16;

    private bool IsPersonsNoun(Token noun)
        => _cues.Is(noun, WordClass.TitleOrRole) || _cues.Words.ProfessionEpithets.Contains(noun.Span)
        || _cues.Words.SpokesNouns.Contains(noun.Span) || _cues.Words.OfficialNouns.Contains(noun.Span);

    // "A father who had come with his daughter shook his head.", "Eine Rentnerin wartete vor dem
    // Rathaus.": an indefinite article, at most two describing words and a person's noun open the
    // sentence, and a verb or a relative clause follows. "A father of three himself, he …"
    // describes the subject still to come, and "A week later" gives a time. The article may also stand
    // inverted after a phrase of being among a group ("Among the swimmers was a retired fisherman …":
    // SpeakerFinder.UnnamedAmongGroup.cs), where the inversion already makes the noun the subject.
    private bool OpensWithUnnamedPerson(IReadOnlyList<Token> sentence)
    {
        const int MaxDescribingWords = 2;
        if (sentence.Count < 4 || !sentence[0].IsWord)
        {
            return false;
        }

        var article = _cues.Is(sentence[0], WordClass.Indefinite) ? 0 : ArticleAfterAmongPhrase(sentence);
        if (article < 0)
        {
            return false;
        }

        var noun = article + 1;
        while (noun < sentence.Count && noun - article <= MaxDescribingWords && sentence[noun].IsWord && !IsUnnamedPersonsNoun(sentence[noun]) && IsDescribingWord(sentence, noun))
        {
            noun++;
        }

        if (noun + 2 >= sentence.Count || !sentence[noun].IsWord || !IsUnnamedPersonsNoun(sentence[noun]))
        {
            return false;
        }

        if (article > 0)
        {
            return true;
        }

        var next = sentence[noun + 1];
        if (next.Kind == TokenKind.Comma)
        {
            return sentence[noun + 2].IsWord && _cues.Words.RelativePronouns.Contains(sentence[noun + 2].Span);
        }

        return next.IsWord && next.IsLower && !_cues.Is(next, WordClass.Preposition) && !_cues.Words.HeadLinks.Contains(next.Span)
            && !_cues.Words.GenitiveArticles.Contains(next.Span) && !_cues.Is(next, WordClass.EmployerLink)
            && !_cues.Is(next, WordClass.Coordinator | WordClass.Article);
    }

    // Where the subject starts past one or two opening phrases of lower-case words, each closed by
    // a comma ("Sur le parking, …", "À saída do turno, ao início da tarde, …"), stopping at a word
    // of `opener`'s class; -1 when the sentence does not open so.
    private int AfterOpeningPhrases(IReadOnlyList<Token> sentence, WordClass opener)
    {
        var start = 0;
        for (var phrases = 0; phrases < 2 && start < sentence.Count && !_cues.Is(sentence[start], opener); phrases++)
        {
            var comma = start;
            while (comma < sentence.Count && comma - start <= MaxWitnessInsertTokens && sentence[comma].IsWord && (comma == 0 || sentence[comma].IsLower))
            {
                comma++;
            }

            if (comma >= sentence.Count || sentence[comma].Kind != TokenKind.Comma || comma == start)
            {
                return -1;
            }

            start = comma + 1;
        }

        return start;
    }

    private bool IsUnnamedPersonsNoun(Token noun) => IsPersonsNoun(noun) || _cues.Words.PeopleNouns.Contains(noun.Span);

    // A lower-case word or a number; where every noun is capitalised ("Ein Stammgast, seit dreißig
    // Jahren am selben Tisch, …"), also a capitalised word that no other follows (two in a row may
    // be a name).
    private bool IsDescribingWord(IReadOnlyList<Token> sentence, int k)
        => !sentence[k].IsCapitalized
        || (_cues.Words.CapitalisesNouns && !(k + 1 < sentence.Count && sentence[k + 1].IsCapitalized) && !(sentence[k - 1].IsCapitalized && k - 1 > 0));

    // Whether the sentence, past an opening phrase closed by a comma, opens with an indefinite
    // article, a noun and at most a few lower-case words or numbers ("um advogado com 40 anos de
    // tribunal"), then an insert of lower-case words
    // between commas, then a lower-case verb (no pronoun, article or conjunction: "Un jour, il a
    // dit" has a time, not a person). No name or capital may stand in it: a person named there is
    // read by the rules for names.
    private bool OpensWithDescribedUnnamed(IReadOnlyList<Token> sentence) => OpensWithDescribedIndefinite(sentence, personsNounOnly: true);

    // The same shape whatever the noun, or an indefinite article and its words up to a relative
    // pronoun that only a person takes ("a forklift driver who …"): see SpeakerFinder.DescribedNewcomer.cs.
    private bool OpensWithDescribedNewcomer(IReadOnlyList<Token> sentence) => OpensWithDescribedIndefinite(sentence, personsNounOnly: false);

    private bool OpensWithDescribedIndefinite(IReadOnlyList<Token> sentence, bool personsNounOnly)
    {
        var start = sentence.Count > 0 && _cues.Is(sentence[0], WordClass.Indefinite) ? 0 : AfterOpeningPhrases(sentence, WordClass.Indefinite);
        if (start < 0)
        {
            return false;
        }

        // The noun must be a person's by the lexicons (a role, a title, a profession): "a report,
        // published by the council, found …" describes a thing, and the turn goes on.
        if (start + 2 >= sentence.Count || !sentence[start].IsWord || !_cues.Is(sentence[start], WordClass.Indefinite)
            || !sentence[start + 1].IsWord || !IsDescribingWord(sentence, start + 1) || (personsNounOnly && !IsPersonsNoun(sentence[start + 1])))
        {
            return false;
        }

        var open = start + 2;
        while (open < sentence.Count && open - start <= MaxWitnessNounWords && sentence[open].IsWord && IsDescribingWord(sentence, open))
        {
            if (!personsNounOnly && _cues.Words.PersonRelativePronouns.Contains(sentence[open].Span))
            {
                return true;
            }

            open++;
        }

        if (open >= sentence.Count || sentence[open].Kind != TokenKind.Comma)
        {
            return false;
        }

        // The insert describes someone; a pronoun there reports or names someone else ("Un jour,
        // disait-elle, tout irait mieux").
        var close = open + 1;
        while (close < sentence.Count && close - open <= MaxWitnessInsertTokens && sentence[close].IsWord && IsDescribingWord(sentence, close))
        {
            var word = sentence[close].Span;
            var hyphen = word.LastIndexOf('-');
            if (_cues.Words.Pronouns.Contains(word) || (hyphen > 0 && _cues.Words.Pronouns.Contains(word.Slice(hyphen + 1))))
            {
                return false;
            }

            close++;
        }

        // "Une semaine plus tard, le maire, interrogé, a répondu": an article opening what follows
        // the first comma makes it the subject, and the words before it a time.
        if (close == open + 1 || close + 1 >= sentence.Count || sentence[close].Kind != TokenKind.Comma || _cues.Is(sentence[open + 1], WordClass.Definite))
        {
            return false;
        }

        var verb = sentence[close + 1];
        return verb.IsWord && verb.IsLower && !_cues.Is(verb, WordClass.Pronoun) && !_cues.Is(verb, WordClass.Article | WordClass.Coordinator)
            && !_cues.Is(verb, WordClass.Preposition) && !_cues.Words.RelativePronouns.Contains(verb.Span);
    }
}
