using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// Organisations in a speaker's phrase: `a spokesman for X`, `the company`, and who speaks for whom.
internal sealed partial class Phrase
{
    /// <summary>
    /// Who issued the document whose noun is at <paramref name="noun"/>, when the words after it
    /// say: "einer Mitteilung der Gewerkschaft" (the union named before), "dem Gutachten des
    /// Landesrechnungshofs". <see cref="Subject.None"/> when they do not.
    /// </summary>
    public Subject DocumentIssuer(IReadOnlyList<Token> sentence, int noun) => OrganisationAfter(sentence, noun + 1);

    /// <summary>
    /// Whether a name read up to <paramref name="end"/> goes on past it: a lower-case word, then a
    /// capitalised one ("Institut für Hafenforschung", "Instituut voor Havenstudies"), so the name
    /// was cut and is no one's.
    /// </summary>
    public static bool GoesOn(IReadOnlyList<Token> sentence, int end)
        => end + 1 < sentence.Count && sentence[end].IsLower && sentence[end + 1].IsCapitalized;

    /// <summary>
    /// The organisation that someone unnamed speaks for, named after the role: "for Acme", "de
    /// Aguas de Valdeoro", "der Stadtwerke"; or one named before, "van het bedrijf".
    /// </summary>
    private Subject OrganisationAfter(IReadOnlyList<Token> sentence, int link)
    {
        if (link < sentence.Count && BodyUnderElidedLink(sentence, link) is { IsFound: true } underLink)
        {
            return underLink;
        }

        if (link >= sentence.Count || !sentence[link].IsLower
            || !Is(sentence[link], WordClass.Preposition | WordClass.EmployerLink | WordClass.Definite))
        {
            return Subject.None;
        }

        // "un responsable de la préfecture de la Somme": a name an organisation noun heads.
        if (link + 1 < sentence.Count && _organisations.Read(sentence, link + 1) is { IsFound: true } headed)
        {
            return SpokenFor(headed);
        }

        var start = link + 1;
        if (start < sentence.Count && sentence[start].IsLower && Is(sentence[start], WordClass.Definite))
        {
            start++;
        }

        if (start >= sentence.Count)
        {
            return Subject.None;
        }

        // "un porte-parole de l'entreprise": the noun's article elided into it.
        if (start == link + 1 && ElidedBodyNoun(sentence[start], _words.Definites) is { IsFound: true } elided)
        {
            return new Subject(SubjectKind.Organisation, elided.Text, start + 1);
        }

        if (sentence[start].IsLower && Is(sentence[start], WordClass.OrganisationNoun))
        {
            return NameAfterKindNoun(sentence, PastKindAdjectives(sentence, start + 1)) is { IsFound: true } kindNamed
                ? kindNamed
                : new Subject(SubjectKind.Organisation, sentence[start].Text, start + 1);
        }

        if (!sentence[start].IsCapitalized)
        {
            return Subject.None;
        }

        // "for the SEC's Boston office", "for Harbour Rail's London branch": the office's owner speaks.
        for (var owner = start; owner < sentence.Count && owner - start < MaxNameWords && sentence[owner].IsCapitalized; owner++)
        {
            if (!NamePlausibility.IsPossessive(sentence[owner].Span))
            {
                continue;
            }

            var noun = owner + 1;
            while (noun < sentence.Count && noun - owner <= MaxRoleModifiers && sentence[noun].IsCapitalized)
            {
                noun++;
            }

            if (noun < sentence.Count && sentence[noun].IsLower && Is(sentence[noun], WordClass.OrganisationNoun))
            {
                var owned = OwnerName(sentence, owner, noun + 1);
                return new Subject(SubjectKind.Name, owned.Text, owned.End, employer: owned.Text, isOrganisation: true);
            }

            break;
        }

        var end = start + 1;
        while (end < sentence.Count && end - start < MaxNameWords && IsNamePart(sentence, end))
        {
            end++;
        }

        // "Ein Sprecher der Stadt", "des Vereins", "for the League": one noun that says what kind
        // of body it is (German capitalises every noun) is no name; it means a body of that kind
        // named before, as "the company" does, or none.
        if (end == start + 1 && IsOrganisationNounOrItsGenitive(sentence[start].Span))
        {
            // "des Unternehmens", "des Verbands": the noun the cast knows the body by, without the genitive's ending.
            return new Subject(SubjectKind.Organisation, Text.StringCache.Get(WithoutGenitiveEnding(sentence[start].Span)), start + 1);
        }

        // Someone unnamed speaks for it: the name is an organisation's, and says so. One with a
        // lower-case link ("Transport for the Vale") is read as an organisation's, not a person's.
        var name = FromRun(sentence, start, end, end);
        return name.Kind == SubjectKind.Name
            ? new Subject(SubjectKind.Name, name.Text, name.End, employer: name.Text, isOrganisation: name.IsOrganisation || HasLowerCaseLink(sentence, start, name.End))
            : Subject.None;
    }

    // "a spokesman for the regulator Ofwat", "un portavoz de la empresa Aguas del Norte": a noun
    // that says what kind of body follows, then the body's name, which speaks. Not a day or a
    // month ("the council on Monday"), nor a title (a person's name follows it).
    private Subject NameAfterKindNoun(IReadOnlyList<Token> sentence, int start)
    {
        if (start >= sentence.Count || !sentence[start].IsCapitalized || Is(sentence[start], WordClass.Title | WordClass.NotName)
            || Lexicons.LexiconTables.Calendar.Contains(sentence[start].Span))
        {
            return Subject.None;
        }

        var end = start + 1;
        while (end < sentence.Count && end - start < MaxNameWords && IsNamePart(sentence, end))
        {
            end++;
        }

        var name = FromRun(sentence, start, end, end);
        return name.Kind == SubjectKind.Name ? new Subject(SubjectKind.Name, name.Text, name.End, employer: name.Text, isOrganisation: true) : Subject.None;
    }

    // "Vereins" gives "Verein", "Landkreises" "Landkreis"; a noun with no genitive ending is itself.
    private ReadOnlySpan<char> WithoutGenitiveEnding(ReadOnlySpan<char> word)
        => _words.OrganisationNouns.Contains(word) ? word
        : word.Length > 2 && word[word.Length - 1] == 's' && _words.OrganisationNouns.Contains(word.Slice(0, word.Length - 1)) ? word.Slice(0, word.Length - 1)
        : word.Slice(0, word.Length - 2);

    // "Vereins", "Landkreises": a genitive adds -s or -es to the noun.
    private bool IsOrganisationNounOrItsGenitive(ReadOnlySpan<char> word)
        => _words.OrganisationNouns.Contains(word)
        || (word.Length > 2 && word[word.Length - 1] == 's' && _words.OrganisationNouns.Contains(word.Slice(0, word.Length - 1)))
        || (word.Length > 3 && word.EndsWith("es".AsSpan(), StringComparison.Ordinal) && _words.OrganisationNouns.Contains(word.Slice(0, word.Length - 2)));

    /// <summary>The organisation noun an elided article is joined to in <paramref name="token"/> ("l'association"), or an empty span.</summary>
    public ReadOnlySpan<char> ElidedOrganisationNoun(Token token) => _organisations.ElidedNoun(token);

    /// <summary>The capitalised organisation noun an elided article is joined to in <paramref name="token"/> ("l'Asl"), or an empty span.</summary>
    public ReadOnlySpan<char> CapitalisedElidedOrganisationNoun(Token token) => _organisations.CapitalisedElidedNoun(token);

    /// <summary>
    /// The body a lower-case noun and the people it gathers name at <paramref name="noun"/> ("il
    /// comitato dei residenti", "l'association des riverains"), or <see cref="Subject.None"/>.
    /// </summary>
    public Subject PeopleBody(IReadOnlyList<Token> sentence, int noun)
        => char.IsLower(sentence[noun].First) && _organisations.PeopleComplementEnd(sentence, noun + 1) > 0 ? _organisations.Read(sentence, noun) : Subject.None;

    // An organisation's name that someone unnamed speaks for: its employer is itself.
    private static Subject SpokenFor(Subject name)
        => name.Kind == SubjectKind.Name ? new Subject(SubjectKind.Name, name.Text, name.End, employer: name.Text, isOrganisation: name.IsOrganisation) : name;

    private Subject HolderAfterComplement(IReadOnlyList<Token> sentence, int from)
    {
        // "l'assessore all'Ambiente Marco Silvestri", "il ministro dell'Interno Marco Riva": the
        // complement elided into its link, one token, then the holder's full name.
        if (from + 2 < sentence.Count && ElidedCapital(sentence[from], afterLink: false) is not null && sentence[from + 1].IsCapitalized)
        {
            var last = from + 1;
            while (last < sentence.Count && last - from <= MaxNameWords && sentence[last].IsCapitalized && !NamePlausibility.IsPossessive(sentence[last].Span))
            {
                last++;
            }

            return last - (from + 1) >= 2 ? FromRun(sentence, from + 1, last, last) : Subject.None;
        }

        // "l'assessora alla Sanità Marta Ricci": a brief's own link ("alla", "ai") after an office
        // that takes a brief joins the complement as "du", "de la" do.
        var i = from;
        while (i < sentence.Count && i - from < 2 && sentence[i].IsLower
            && (Is(sentence[i], WordClass.NameJoiner | WordClass.Definite) || (i == from && IsBriefLink(sentence, i))))
        {
            i++;
        }

        if (i == from || i + 2 >= sentence.Count || !sentence[i].IsCapitalized)
        {
            return Subject.None;
        }

        // "for Harbour Rail's London office" is an owner's office, no complement and holder.
        var end = i + 1;
        while (end < sentence.Count && end - i < MaxNameWords && sentence[end].IsCapitalized && !NamePlausibility.IsPossessive(sentence[end - 1].Span))
        {
            end++;
        }

        return end - i >= 3 && !NamePlausibility.IsPossessive(sentence[end - 1].Span) ? FromRun(sentence, i + 1, end, end) : Subject.None;
    }

    // An article and an organisation noun, "the company", "la empresa", "das Unternehmen": `start` is the article.
    private bool IsOrganisationNounPhrase(IReadOnlyList<Token> sentence, int start)
        => start + 1 < sentence.Count && IsDefinite(sentence[start])
        && (sentence[start + 1].IsLower || (_words.CapitalisesNouns && sentence[start + 1].IsCapitalized))
        && Is(sentence[start + 1], WordClass.OrganisationNoun)
        && !(start + 2 < sentence.Count && sentence[PastKindAdjectives(sentence, start + 2)].IsCapitalized);
}
