using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "A cashier at the store, who asked not to be named, said prices had doubled. '…,' she said.",
// "Una auxiliar de enfermería que prefiere no dar su nombre describe otra realidad. «…», explica.",
// "Een melkveehouder die liever anoniem blijft, heeft voer moeten bijkopen. '…', vertelt hij.":
// a sentence with no quote opens on an indefinite article and a person's noun, and a relative
// clause describes that person (the writer's way of bringing in someone who stays unnamed). They
// are the subject, so a pronoun or a dropped subject in the quotes that follow means them, as it
// does when the article comes back to them under a definite article (SpeakerFinder.DescriptionComesBack.cs);
// before, only the turn of the person quoted before was ended (SpeakerFinder.UnnamedWitness.cs),
// and the next pronoun reached back past the newcomer to the person named before. The speaker is
// the noun, by the folder's label convention for someone unnamed. Not read: a noun that is the
// object ("met a driver who …": the article is not the sentence's first word), a thing ("A depot
// which …": no person's noun), a sentence that names someone (a capitalised word after its first
// in a language that writes nouns in lower case, two in a row in German: "A driver who works with
// Ann Lee"), a spokesperson or an official (who speaks for a body), a noun the article gave to
// someone named. One pass over the sentence's first words, only when it opens on an indefinite.
internal sealed partial class SpeakerFinder
{
    private const int MaxWordsBeforeRelative = 6;

    // The noun of the unnamed person the sentence brings in as its subject, or null; `article` is where
    // the indefinite article that brings them in stands.
    private string? UnnamedBroughtIn(IReadOnlyList<Token> sentence, out int article)
    {
        // The article opens the sentence, or follows a presentative verb (SpeakerFinder.PresentativeBroughtIn.cs).
        article = ArticleBringingIn(sentence);
        if (article < 0
            || PersonNounAfterArticle(sentence, article, sentence.Count, out var end) is not { } noun || end <= 0)
        {
            return null;
        }

        var words = _cues.Words;
        var head = sentence[end - 1];
        // A role ("One ward manager, who asked not to be named, …") is someone the article leaves
        // unnamed on purpose, whose words the labels give to no one (RoleHolders.UnnamedIntroductions.cs);
        // only a noun for someone ordinary is given.
        if (words.SpokesNouns.Contains(head.Span) || words.OfficialNouns.Contains(head.Span) || (_cues.Is(head, WordClass.RoleNoun) && !words.PeopleNouns.Contains(head.Span))
            || _roles.Gave(noun) || !(RelativeClauseFollows(sentence, end) || WithholdsName(sentence, end) || OpensOnPeopleNounSubject(sentence, article, head, end)))
        {
            return null;
        }

        for (var k = 1; k < sentence.Count; k++)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Quote)
            {
                return null;
            }

            // "bâtiment A": a single capital letter names no one.
            if (token.IsWord && token.IsCapitalized && token.Span.Length > 1
                && (!words.CapitalisesNouns || (k + 1 < sentence.Count && sentence[k + 1].IsWord && sentence[k + 1].IsCapitalized)))
            {
                // "En Villa Rosales, un pescador …": the place an opening preposition of place names (SpeakerFinder.OpeningPlace.cs).
                if (k < article && IsOpeningPlace(sentence, k))
                {
                    continue;
                }

                // A place of several words ("de Villanueva de la Sierra que"): past its last word
                // (SpeakerFinder.UnnamedFromPlaceOfSeveralWords.cs).
                if (PlaceOfSeveralWordsEnd(sentence, end, k) is > 0 and var last)
                {
                    k = last;
                    continue;
                }

                // "Sous la halle des Tanneurs, une retraitée …", "A farmer from Dunmore …": a place a preposition
                // or an article governs (SpeakerFinder.UnnamedPlaceAfterPreposition.cs).
                if (PlaceAfterPrepositionEnd(sentence, k) is > 0 and var placeEnd)
                {
                    k = placeEnd;
                    continue;
                }

                if (!IsPlaceOfUnnamed(sentence, end, k) && !IsVenueInUnnamedsRelative(sentence, end, k))
                {
                    return null;
                }
            }
        }

        return noun;
    }

    // A relative pronoun within a few words after the noun, at once or after a comma ("a cashier
    // at the store, who …", "un jubilado del bloque de enfrente que …", "Een verkoopster van 19,
    // die …"), with no other comma, verb of reporting or full stop before it.
    private bool RelativeClauseFollows(IReadOnlyList<Token> sentence, int end)
    {
        var commas = 0;
        for (var k = end; k < sentence.Count && k - end <= MaxWordsBeforeRelative; k++)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Comma)
            {
                if (++commas > 1)
                {
                    return false;
                }

                continue;
            }

            if (!token.IsWord || _cues.IsReportingVerb(token))
            {
                return false;
            }

            // Where every noun is capitalised a relative clause is always set off by a comma, and
            // "der" before it is a genitive's article ("eine Studentin der Pflege, die …"), read past.
            if (token.IsLower && _cues.Words.RelativePronouns.Contains(token.Span))
            {
                if (commas == 1 || !_cues.Words.CapitalisesNouns)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
