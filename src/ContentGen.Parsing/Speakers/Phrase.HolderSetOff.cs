using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// After an inverted reporting verb, an article, a noun and a full name set off by a comma:
// `«…», ha contado el dueño, Esteban Guijarro, de 58 años`, `sagte der Geschäftsführer des
// Unternehmens, Georg Bell`. The appositive after the verb says who speaks, whether or not the
// lexicons know the noun as a role. A possessive may stand for the article (`said his colleague,
// Owen Marlow`, `sagte seine Kollegin, Dagmar Pfeil`, `il suo avvocato, X`), and the holder may be
// named with a title, a rank or a profession before the name (Phrase.ProfessionAfterRole.cs).
internal sealed partial class Phrase
{
    // "l'amministratore delegato della società": the noun, its adjectives and a complement.
    private const int MaxSetOffNounWords = 6;

    /// <summary>
    /// The full name set off by a comma after the article and noun at <paramref name="start"/>,
    /// where an inverted verb's subject stands; <see cref="Subject.None"/> when the words there
    /// are not an article, a noun and its complement. An object or a listener after the noun
    /// (`contó el dueño a su vecino, X`, `erzählte der Inhaber dem Nachbarn, X`), two people
    /// joined, or an organisation's or a document's noun, give no one.
    /// </summary>
    public Subject HolderSetOff(IReadOnlyList<Token> sentence, int start)
    {
        if (start >= sentence.Count || !sentence[start].IsWord || !sentence[start].IsLower)
        {
            return Subject.None;
        }

        // The noun after its article, or elided into it ("l'amministratore"), or after a
        // possessive that stands for the article ("said his fellow volunteer, X", "su patrón
        // mayor, X", "il suo avvocato, X").
        int noun;
        if (IsArticle(sentence[start]) || IsPossessiveDeterminer(sentence[start]))
        {
            noun = start + 1;
            if (noun < sentence.Count && IsArticle(sentence[start]) && IsPossessiveDeterminer(sentence[noun]))
            {
                noun++;
            }
        }
        else if (Elision.TrySplit(sentence[start].Span, out var head, out var tail) && _words.Definites.Contains(head) && tail.Length > 0 && char.IsLower(tail[0]))
        {
            noun = start;
        }
        else
        {
            return Subject.None;
        }

        if (noun >= sentence.Count || !sentence[noun].IsWord || !IsNounHead(sentence[noun], elided: noun == start)
            || _words.OrganisationNouns.Contains(Elision.Tail(sentence[noun].Span)) || _words.DocumentNouns.Contains(Elision.Tail(sentence[noun].Span)))
        {
            return Subject.None;
        }

        var linked = false;
        var afterLink = false;
        for (var k = noun + 1; k < sentence.Count && k <= noun + MaxSetOffNounWords; k++)
        {
            var word = sentence[k];
            if (word.Kind == TokenKind.Comma)
            {
                // "said the maker of the film, A Long Tide": an article opens a work's title, no
                // one's name; a holder's title may stand first ("el director, el doctor X").
                var first = AfterHolderTitle(sentence, k + 1);
                first = first == k + 1 ? AfterProfession(sentence, k + 1) : first;
                return first < sentence.Count && sentence[first].IsCapitalized && !IsArticle(sentence[first]) && NameAfterRole(sentence, k) is { Kind: SubjectKind.Name, IsOrganisation: false } name
                    && name.Text.IndexOf(' ') > 0
                    ? name
                    : Subject.None;
            }

            if (!word.IsWord || Is(word, WordClass.Coordinator | WordClass.Reporting))
            {
                return Subject.None;
            }

            // "der Leiter der Stiftung, Offene Türen", "the mother of the missing boy, Tom Hale": a
            // name after a complement may name the complement as well as the noun's holder, so a
            // link gives no one here (a role the lexicons know reads its complement as before).
            if (word.IsLower && IsComplementLink(word))
            {
                return Subject.None;
            }

            // "sagte die Vorsitzende zu ihrem Stellvertreter, X": a listener's preposition and a
            // possessive bring in the one spoken to, whom the name describes (Phrase.PossessedListener.cs).
            if (OpensPossessedListener(sentence, k))
            {
                return Subject.None;
            }

            // An article or a possessive opens another noun phrase: the complement's after a link,
            // else an object's or a listener's ("a su vecino", "dem Nachbarn", "aan de buurman").
            var opensPhrase = word.IsLower && (IsArticle(word) || IsPossessiveDeterminer(word)
                || _words.ContractedArticles.Contains(word.Span) || _words.BriefLinks.Contains(word.Span));
            if (opensPhrase && !afterLink)
            {
                return Subject.None;
            }

            // Capitals name the complement ("del Ayuntamiento de Robledal"); German writes every noun so.
            if (!word.IsLower && !(linked || _words.CapitalisesNouns))
            {
                return Subject.None;
            }

            afterLink = false;
        }

        return Subject.None;
    }

    // "his", "su", "suo", "seine": a possessive standing where the article would.
    private bool IsPossessiveDeterminer(Token word)
        => word.IsLower && (Is(word, WordClass.Possessive) || _words.OwnPossessives.Contains(word.Span));

    // The noun after the article: lower case, or capitalised where the language writes nouns so;
    // never a name's start, a pronoun or a word that is no noun.
    private bool IsNounHead(Token word, bool elided)
    {
        if (elided)
        {
            return true;
        }

        return (word.IsLower || (_words.CapitalisesNouns && word.IsCapitalized))
            && !Is(word, WordClass.Article | WordClass.Coordinator | WordClass.Reporting | WordClass.Preposition | WordClass.NotName)
            && !Is(word, WordClass.Pronoun);
    }

    // A word that joins a noun to its complement: "de", "del", "of", "van", "des", "vom", German
    // "der" (the lexicons' ComplementArticles), or "of" elided into the next word ("dell'associazione", "d'une").
    private bool IsComplementLink(Token word)
    {
        if (_words.HeadLinks.Contains(word.Span) || Is(word, WordClass.EmployerLink) || _words.OrganisationLinks.Contains(word.Span)
            || _words.GenitiveArticles.Contains(word.Span) || _words.ComplementArticles.Contains(word.Span))
        {
            return true;
        }

        return Elision.TrySplit(word.Span, out var head, out _) && _words.ElidedLinks.Contains(head);
    }
}
