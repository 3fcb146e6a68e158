using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Accanto a lui, una ragazza incolla i risguardi. Si chiama Sara Rota, ha 24 anni. «…», racconta.", "Ao balcão
// espera uma senhora. Chama-se Rosa Tavares", "En la puerta espera una mujer. Se llama Rosa Tamayo", "À côté de
// lui travaille un garçon. Il s'appelle Luc Tavernier", "An der Theke wartet ein Mann. Er heißt Lukas Tanner",
// "Aan de toonbank wacht een man. Hij heet Luuk Tammes", "At the counter waits a man. He is called Luke Tanner":
// a sentence whose subject is dropped or a personal pronoun, and whose verb gives a name, names the person the
// sentence before brought in, unnamed, as its subject: the writer turns to them, and the next dropped subject,
// pronoun or cue-less quote means them. Without this the name, after a verb, read as no one's subject, and the
// next "racconta" went back to the speaker before (a wrong speaker).
// Only after such a newcomer: in a feature the naming sentence as often names a relative or a thing the speaker
// has just spoken of ("Ha un figlio che vive all'estero. Si chiama Luca Lenzi e lavora …", "Sie hat einen Sohn …
// Er heißt Jonas Lenz", "La sua barca ha quarant'anni … Si chiama Stella Marina"), and the speaker goes on.
// Stops: a subject of its own before the verb ("Il suo cane si chiama Bruno", "The dog is called Bruno": a thing
// or an animal named), a name of one word (a first name alone may be a pet's or a boat's), a name that is an
// organisation's, that a second person joins, or that a clause goes on after with no comma or coordinator.
internal sealed partial class SpeakerFinder
{
    // The sentence that last brought in an unnamed person as its subject ("Al banco aspetta una signora."), or -1.
    private int _unnamedPersonSentence = -1;

    // After a sentence: the person its naming verb names, when the sentence right before brought that person in and
    // the sentence gave no one else a quote.
    private void TrackNamingVerbNewcomer(IReadOnlyList<Token> sentence, string? sentenceSpeaker)
    {
        var afterNewcomer = _unnamedPersonSentence >= 0 && _unnamedPersonSentence == _state.Sentence - 1;
        if (BringsInUnnamedPerson(sentence))
        {
            _unnamedPersonSentence = _state.Sentence;
        }

        if (!afterNewcomer || NamingVerbNewcomer(sentence) is not { } person
            || (sentenceSpeaker is not null && !string.Equals(sentenceSpeaker, person, StringComparison.Ordinal)))
        {
            return;
        }

        _state.OtherSubjectSinceQuoted = true;
        NewSubject(person);
    }

    private string? NamingVerbNewcomer(IReadOnlyList<Token> sentence)
    {
        if (sentence.Count < 3 || !sentence[0].IsWord || !sentence[0].IsCapitalized)
        {
            return null;
        }

        var start = NameAfterNamingOpening(sentence);
        if (start < 0 || start >= sentence.Count || !sentence[start].IsWord || !sentence[start].IsCapitalized)
        {
            return null;
        }

        var end = start;
        while (end < sentence.Count && end - start < Phrase.MaxNameWords && sentence[end].IsWord && sentence[end].IsCapitalized)
        {
            end++;
        }

        if (end - start < 2
            || (end < sentence.Count && sentence[end].Kind is not (TokenKind.Comma or TokenKind.Terminal)
                && !(sentence[end].IsLower && _cues.Is(sentence[end], WordClass.Coordinator))))
        {
            return null;
        }

        var name = Phrase.Join(sentence, start, end);
        return !IsPersonNamed(name) || _cast.IsOrganisation(name) || NamesSecondPerson(sentence, end) ? null : _names.Complete(name);
    }

    // Where the name starts after the sentence's naming opening, or -1: "Si chiama", "Chama-se", "Lei si chiama",
    // "Il s'appelle", "Er heißt", "He is called", "His name is".
    private int NameAfterNamingOpening(IReadOnlyList<Token> sentence)
    {
        var words = _cues.Words;
        var k = 0;

        // "His name is", "Il suo nome è", "Sein Name ist": a possessive (after its article where the language
        // writes one), the noun "name" and a copula.
        var possessive = _cues.Is(sentence[0], WordClass.Possessive) ? 0
            : _cues.Is(sentence[0], WordClass.Definite) && sentence[1].IsWord && _cues.Is(sentence[1], WordClass.Possessive) ? 1 : -1;
        if (possessive >= 0)
        {
            var noun = possessive + 1;
            return noun + 2 < sentence.Count && sentence[noun].IsWord && words.NameNouns.Contains(sentence[noun].Span)
                && sentence[noun + 1].IsWord && sentence[noun + 1].IsLower && words.NameCopulas.Contains(sentence[noun + 1].Span) ? noun + 2 : -1;
        }

        // "Lei si chiama", "Il s'appelle", "He is called": a personal pronoun of one person first.
        if (_cues.IsPronounOfOne(sentence[0]))
        {
            k = 1;
        }

        if (k + 1 >= sentence.Count || !sentence[k].IsWord)
        {
            return -1;
        }

        // "Er heißt", "Hij heet": the verb alone only right after the pronoun, where the verb takes no reflexive
        // (German, Dutch); "Lui chiama Marco Bellini" calls him.
        var name = NameAfterNamingVerb(sentence, k, verbAlone: k == 1 && words.VerbSecond);
        if (name >= 0)
        {
            return name;
        }

        // "He is called", "She was called": a copula, then the verb.
        var word = sentence[k];
        return k == 1 && word.IsLower && words.NameCopulas.Contains(word.Span) && sentence[k + 1].IsWord && sentence[k + 1].IsLower
            && words.NameGivingVerbs.Contains(sentence[k + 1].Span) ? k + 2 : -1;
    }

    // Where the name starts after a naming verb at `k`, or -1: "Chama-se", "s'appelle", "s'appelait" (the reflexive
    // written into the verb's word), "si chiama", "se llama" (the reflexive, then the verb), and where `verbAlone`
    // allows it the verb in lower case with no reflexive ("heißt", "heet", "chama"). The one reader of the naming
    // verb, for the newcomer named here and the thing named (SpeakerFinder.ThingNamed.cs); each says where the verb
    // may stand.
    private int NameAfterNamingVerb(IReadOnlyList<Token> sentence, int k, bool verbAlone)
    {
        var words = _cues.Words;
        var word = sentence[k];
        if (!word.IsWord)
        {
            return -1;
        }

        if (words.NameGivingVerbs.Contains(word.Span) && (word.Span.IndexOf('-') > 0 || (verbAlone && word.IsLower)))
        {
            return k + 1;
        }

        if (Elision.TrySplit(word.Span, out var head, out var tail) && words.Reflexives.Contains(head) && words.NameGivingVerbs.Contains(tail))
        {
            return k + 1;
        }

        return k + 1 < sentence.Count && words.Reflexives.Contains(word.Span) && sentence[k + 1].IsWord && sentence[k + 1].IsLower
            && words.NameGivingVerbs.Contains(sentence[k + 1].Span) ? k + 2 : -1;
    }

    // "Una signora aspetta al banco.", "Al banco aspetta una signora con il cappotto verde.", "At the counter waits a
    // man": an indefinite article and a person's noun (past one describing word), opening the sentence or right
    // after the verb that an opening phrase put first. Not the object of a verb whose subject is dropped or comes
    // first ("Ha un figlio", "Tiene una hija", "Sie hat einen Sohn", "Carmen tiene un socio"). The sentence's
    // summary turns away at once the many sentences with no indefinite.
    private bool BringsInUnnamedPerson(IReadOnlyList<Token> sentence)
    {
        if (SentenceSummary.Of(sentence).Lacks(WordClass.Indefinite))
        {
            return false;
        }

        for (var p = 0; p + 1 < sentence.Count && p < Cues.MaxReach; p++)
        {
            if (!sentence[p].IsWord || !_cues.Is(sentence[p], WordClass.Indefinite))
            {
                continue;
            }

            var noun = p + 1;
            if (!IsUnnamedPersonsNoun(sentence[noun]) && noun + 1 < sentence.Count && sentence[noun].IsWord && IsDescribingWord(sentence, noun))
            {
                noun++;
            }

            var person = sentence[noun];
            if (!person.IsWord || !IsUnnamedPersonsNoun(person))
            {
                continue;
            }

            return p == 0 || AfterOpeningPhraseAndVerb(sentence, p);
        }

        return false;
    }

    // "Al banco aspetta una", "An der Theke wartet ein", "Accanto a lui lavora un": an opening phrase, then a
    // lower-case verb right before the indefinite at `indefinite`, which is no auxiliary of having ("Oggi ha un").
    // A pronoun or a name first ("Sie hat einen", "Maria Lenzi ha un", "Carmen tiene una"), or the verb itself
    // ("Tem um", fewer words than an opening phrase takes), make the person the verb's object.
    private bool AfterOpeningPhraseAndVerb(IReadOnlyList<Token> sentence, int indefinite)
    {
        const int MinOpeningWords = 2;
        var first = sentence[0];
        var verb = sentence[indefinite - 1];
        var words = _cues.Words;
        if (indefinite <= MinOpeningWords || !first.IsWord || sentence[1].IsCapitalized || _cues.Is(first, WordClass.Pronoun)
            || _cues.IsPronounOfOne(first))
        {
            return false;
        }

        // "Accanto a lui, una ragazza …", "Na cadeira de espera, um homem de boné, …": the opening phrase closed by a
        // comma, the indefinite opening the clause as its subject.
        if (verb.Kind == TokenKind.Comma)
        {
            return _genderOf(Text.StringCache.Get(first.Span)) == Gender.Unknown;
        }

        return verb.IsWord && verb.IsLower && !words.PerfectAuxiliaries.Contains(verb.Span) && !_cues.IsReportingVerb(verb)
            && !_cues.Is(verb, WordClass.Preposition | WordClass.Coordinator | WordClass.Definite | WordClass.Pronoun | WordClass.Possessive)
            && !words.RelativePronouns.Contains(verb.Span)
            && _genderOf(Text.StringCache.Get(first.Span)) == Gender.Unknown;
    }
}
