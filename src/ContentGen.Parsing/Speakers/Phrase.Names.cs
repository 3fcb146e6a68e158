using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A run of capitalised words made a name: titles, roles, employers and affiliations cut off.
internal sealed partial class Phrase
{
    // A run of capitalised words (with joiners such as "of") becomes a name once titles are cut:
    // "Russian Deputy Foreign Minister Sergei Riabkov" gives "Sergei Riabkov". After a genitive
    // article the name's first word loses its ending: "des Fördervereins Lesezeit".
    private Subject FromRun(IReadOnlyList<Token> sentence, int start, int end, int subjectEnd)
    {
        // "Said Tom Ashby: …", "Afirmó Lucía Benítez: …": a verb of saying that opens the sentence
        // before its subject is capitalised, and no part of the name after it.
        // "Dal Comune fanno sapere", "Desde Aguas Claras insisten": a preposition of source that
        // opens the sentence is capitalised there, and no part of the body's name after it.
        if (start == 0 && end >= 2 && (_words.ReportingVerbs.Contains(sentence[0].Span) || IsSourcePreposition(sentence[0])))
        {
            start = 1;
        }

        // "Weil Kranz krank war", "Ob Kranz kommt": see Phrase.OpeningSubordinator.cs.
        start = PastOpeningSubordinator(sentence, start, end);
        if (start < 0)
        {
            return Subject.None;
        }

        var read = ReadRun(sentence, start, end, subjectEnd);
        if (SourcesOf(sentence, start, read) is { } spokenFor)
        {
            // "Fuentes de Navieras Sur han asegurado": unnamed sources speak for the organisation.
            return new Subject(SubjectKind.Name, spokenFor, read.End, employer: spokenFor, isOrganisation: true);
        }

        if (AfterNamelessArticle(sentence, start, read))
        {
            // "the Harbour Isles announced", "the RHCT said": no person is written after
            // "the"; the run names a place or a body, which speaks as one and is never "he".
            return new Subject(SubjectKind.Name, read.Text, read.End, employer: read.Employer, isBody: true);
        }

        if (AfterCapitalisedArticle(sentence, start, end, read))
        {
            // "basisschool De Linde", "zei De Vries", "l'association Le Phare": a capitalised
            // article opens a name of a thing (a school, a club, a lighthouse), or a surname that
            // keeps it; a person only as someone the article names in full ("Jan de Vries").
            return new Subject(SubjectKind.Name, read.Text, read.End, employer: read.Employer, isEpithet: true);
        }

        if (read.Kind != SubjectKind.Name || start == 0 || start >= end || !sentence[start - 1].IsLower
            || !_words.GenitiveArticles.Contains(sentence[start - 1].Span)
            || !read.Text.AsSpan().StartsWith(sentence[start].Span, StringComparison.Ordinal))
        {
            return read;
        }

        var text = GenitiveName.Unmarked(read.Text, _words);
        return ReferenceEquals(text, read.Text)
            ? read
            : new Subject(SubjectKind.Name, text, read.End, employer: string.Equals(read.Employer, read.Text, StringComparison.Ordinal) ? text : read.Employer,
                isOrganisation: read.IsOrganisation, isDocumentOwner: read.IsDocumentOwner);
    }

    // The organisation after a source's noun and its link that open the run ("Fuentes de Navieras
    // Sur", "Fonte da Câmara de Comércio"), as read, or null.
    private string? SourcesOf(IReadOnlyList<Token> sentence, int start, Subject read)
    {
        if (read.Kind != SubjectKind.Name || start + 2 >= sentence.Count || !sentence[start].IsCapitalized || !_words.SourceNouns.Contains(sentence[start].Span)
            || !sentence[start + 1].IsLower || !(Is(sentence[start + 1], WordClass.NameJoiner | WordClass.EmployerLink | WordClass.Preposition) || _words.OrganisationLinks.Contains(sentence[start + 1].Span))
            || !read.Text.AsSpan().StartsWith(sentence[start].Span, StringComparison.Ordinal))
        {
            return null;
        }

        var first = read.Text.IndexOf(' ');
        var second = first < 0 ? -1 : read.Text.IndexOf(' ', first + 1);
        return second > 0 && second + 1 < read.Text.Length && char.IsUpper(read.Text[second + 1]) ? read.Text.Substring(second + 1) : null;
    }

    // Whether the run at `start` opens with a capitalised article that the name read leaves out:
    // the name is the rest of a thing's name, or a surname cut from its article. English "The"
    // is read apart (a body after it speaks: "The Tories said"); so is German, whose article opens
    // every noun ("Die Gewerkschaft Verdi"), and an organisation's noun or a role after the article.
    private bool AfterCapitalisedArticle(IReadOnlyList<Token> sentence, int start, int end, Subject read)
        => read.Kind == SubjectKind.Name && !read.IsOrganisation && !read.IsDocumentOwner && !read.IsBody && !read.IsEpithet
            && start + 1 < end && end <= sentence.Count && sentence[start].IsCapitalized && Is(sentence[start], WordClass.Definite)
            && !_words.NamelessArticles.Contains(sentence[start].Span) && !_words.CapitalisesNouns
            && !Is(sentence[start + 1], WordClass.OrganisationNoun) && !IsTitleOrRole(sentence[start + 1])
            && read.Text.AsSpan().StartsWith(sentence[start + 1].Span, StringComparison.Ordinal);

    // "sagte Sabine Roth der Zeitung": a noun of those who listen closes the name before its
    // article, unless a name goes on after it ("des Verbands der Sender Nord"). The noun may come
    // after adjectives that a language writing every noun's head last capitalises in a name ("der
    // Deutschen Presse-Agentur", "dem Bayerischen Rundfunk"): it then ends the capitalised run.
    private bool IsListenerAfter(IReadOnlyList<Token> sentence, int noun)
    {
        var last = noun;
        while (last + 1 < sentence.Count && sentence[last + 1].IsCapitalized && last - noun < MaxListenerAdjectives)
        {
            last++;
        }

        return _words.ListenerNouns.Contains(sentence[last].Span) && !(last + 1 < sentence.Count && sentence[last + 1].IsCapitalized);
    }

    // Adjectives before a listener's noun in one name: "der Deutschen Presse-Agentur" has one.
    private const int MaxListenerAdjectives = 2;

    // Whether `read`, a plain name read from the run at `start`, stands right after an article that
    // no person's name follows ("and the Harbour Isles", or "The RHCT" opening the run), the name's
    // first word right after the article (no title or role between: "the Acme chief Jane Roe" names her).
    private bool AfterNamelessArticle(IReadOnlyList<Token> sentence, int start, Subject read)
    {
        if (read.Kind != SubjectKind.Name || read.IsOrganisation || read.IsDocumentOwner || start >= sentence.Count)
        {
            return false;
        }

        var first = start;
        if (_words.NamelessArticles.Contains(sentence[start].Span))
        {
            first = start + 1;
        }
        else if (start == 0 || !sentence[start - 1].IsLower || !_words.NamelessArticles.Contains(sentence[start - 1].Span))
        {
            return false;
        }

        return first < sentence.Count && read.Text.AsSpan().StartsWith(sentence[first].Span, StringComparison.Ordinal) && IsBodyOrPlaceName(read.Text);
    }

    // One word in capitals ("RHCT"), or a run of capitalised words one of which is an
    // organisation's or a place's noun ("Harbour Trust", "Harbour Isles", "Department for Ports").
    // Other runs after "the" are left as they were: a title of a place ("the Duke of Eastport"), an
    // honorific ("the Aga Khan"), a stage name ("the Heron") or an age ("the 31-year-old") names
    // a person, and a newspaper's name names no one who spoke.
    private bool IsBodyOrPlaceName(string name)
    {
        if (name.Length < 2 || !char.IsUpper(name[0]))
        {
            return false;
        }

        if (name.IndexOf(' ') < 0)
        {
            foreach (var c in name)
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }

        var words = name.AsSpan();
        while (words.Length > 0)
        {
            var space = words.IndexOf(' ');
            var word = space < 0 ? words : words.Slice(0, space);
            if (_words.IsOrganisationNoun(word) || _words.Bodies.Contains(word) || _words.BodyNouns.Contains(word))
            {
                return true;
            }

            words = space < 0 ? ReadOnlySpan<char>.Empty : words.Slice(space + 1);
        }

        return false;
    }

    private Subject ReadRun(IReadOnlyList<Token> sentence, int start, int end, int subjectEnd)
    {
        // "Ein Sprecher sagte": a run that opens with an indefinite article and ends in a title
        // (German capitalises nouns) brings in someone unnamed, no holder named before.
        var indefinite = start < end && Is(sentence[start], WordClass.Indefinite);
        start = PastCleftCopula(sentence, start, end);
        // "Fly-half Charlie Dunn", "Man-of-the-match Stephen Lowe", "Newport-based": a
        // compound whose last part is lower case describes the name after it, and is none itself.
        // "D'après Dr Paul Martin": a word that opens an "according to" phrase opens no name.
        while (start < end && (Is(sentence[start], WordClass.NotName | WordClass.AccordingToStart) || IsLowerCaseCompound(sentence[start].Span)))
        {
            start++;
        }

        // "Ihr Nachbar Klaus Wendt": where every noun is capitalised, the word after a possessive
        // opening the sentence is a noun that says who the name is to someone, not a first name.
        // After a verb "ihr" is as often the dative "(to) her" ("versprach ihr Klaus Wendt"), so
        // there only a run of three words or more is read so.
        if (_words.CapitalisesNouns && start == 0 && end > 1 && Is(sentence[0], WordClass.Possessive))
        {
            if (end == 2)
            {
                return Subject.None;
            }

            start = 2;
        }
        else if (_words.CapitalisesNouns && start > 0 && end - start > 2 && sentence[start - 1].IsLower && Is(sentence[start - 1], WordClass.Possessive))
        {
            start++;
        }

        // "L'association Vélos Libres a lancé": an organisation's word joined to its elided
        // article opens the run (capitalised at the sentence's start); the name after it is the
        // organisation's, never a person called "L'association Vélos Libres".
        if (end - start > 1 && !_organisations.ElidedNoun(sentence[start]).IsEmpty && FromRun(sentence, start + 1, end, subjectEnd) is { Kind: SubjectKind.Name } introduced)
        {
            return new Subject(SubjectKind.Name, introduced.Text, subjectEnd, employer: introduced.Text, isOrganisation: true);
        }

        // "Rederij Harbourline Ferries laat weten", "Reederei Harbourline Ferries teilte mit": a
        // trade's firm by its noun's ending (SpeechWords.TradeFirmEndings), opening the sentence
        // before a name, describes the firm the name is; it is no part of the name. Only opening
        // the sentence, where the noun is capitalised in every language, or after the definite
        // article opening it where every noun is ("Das Plattenlabel Nordlicht Records teilte mit").
        if ((start == 0 || (start == 1 && _words.CapitalisesNouns && Is(sentence[0], WordClass.Definite)))
            && end - start > 1 && _words.IsTradeFirmNoun(sentence[start].Span)
            && FromRun(sentence, start + 1, end, subjectEnd) is { Kind: SubjectKind.Name } firm)
        {
            return new Subject(SubjectKind.Name, firm.Text, subjectEnd, employer: firm.Text, isOrganisation: true);
        }

        // "Andrew Hale MP": a post-nominal title ends the name, it does not start it; but "the
        // Glasgow Kelvin MP", "a senior Tory MP" describe someone by seat or party.
        while (end - start > 2 && IsPostNominal(sentence[end - 1].Span) && !HasArticleBefore(sentence, start))
        {
            end--;
        }

        var runStart = start;
        var hadTitle = false;
        var owned = false;
        string? employer = null;
        for (var i = end - 1; i >= start; i--)
        {
            // "Deutsche Bank's Mark Champion": the name follows the possessive. A run that ends
            // in one ("Boeing's") names an owner, not a speaker. "Erik Lund of Respond's
            // partner": a possessive after an employer link is the employer's; the name is before it.
            if (NamePlausibility.IsPossessive(sentence[i].Span))
            {
                var link = EmployerLinkBetween(sentence, start + 2, i);
                if (link > 0)
                {
                    return new Subject(SubjectKind.Name, Join(sentence, start, link), subjectEnd);
                }

                if (i == end - 1)
                {
                    return Subject.None;
                }

                // "the Harbour Registrar's Office": a possessive before an organisation's
                // noun that ends the run is part of the organisation's name.
                if (i == end - 2 && Is(sentence[end - 1], WordClass.OrganisationNoun))
                {
                    owned = true;
                    break;
                }

                start = i + 1;
                break;
            }

            // "Owen King, chief network engineer at Acme": a title word that ends a run after
            // a plain capitalised word, with a role after the comma, is a surname.
            if (i == end - 1 && i > start && IsSurnameBeforeRole(sentence, i, end))
            {
                continue;
            }

            // "Minister Maria Lopez", "Wallabies coach Eddie Marsh", "Guitarist Brian Vale"
            // "Treasury Under-Secretary John Taylor": a compound title in capitals.
            // "Der Kunsthistoriker Martin Vogler", "Supermarkteigenaar Erik Jansma": a compound
            // trade opening a run, two capitalised words after it, describes the name they make
            // (see SpeechTables.CompoundTradeEnds); "Die Schülerin des Gymnasiums" is no such run.
            // A trade alone does too ("Der Historiker Jan Vogt von der Hochschule"); a person's noun
            // alone ("die Nachbarin Rosa Bellmann") is read by Phrase.ArticleNounName.cs, which
            // knows "die Nachbarin Kindern Süßigkeiten zu geben" names no one. "Schiedsrichter Tobias Lenzinger":
            // a compound on a role noun that is no title, as "Richter" is not (SpeechTables.RoleEnds).
            if ((Is(sentence[i], WordClass.Title) && !_words.TitleModifiers.Contains(sentence[i].Span))
                || (i == start && i < end - 2 && sentence[i].IsCapitalized && sentence[i + 1].IsCapitalized && sentence[i + 2].IsCapitalized
                    && _words.TradeEnds.EndsAny(sentence[i].Span)
                    && (!_words.TradeEnds.Contains(sentence[i].Span) || _words.ProfessionEpithets.Contains(sentence[i].Span)))
                || IsUnlistedFemaleTradeBeforeName(sentence, i, start, end)
                || IsPersonNounBeforeName(sentence, i, start, end)
                || (sentence[i].IsCapitalized && i < end - 1 && (_words.TitleEnds.EndsAny(sentence[i].Span) || (sentence[i].Span.IndexOf('-') > 0 && IsRoleNoun(sentence[i]))
                    || _words.IsRoleCompound(sentence[i].Span)))
                || ((sentence[i].IsLower || i == start) && i < end - 1 && IsRoleNoun(sentence[i])))
            {
                // "Eastport fisherman Tom Lake": before a role anyone may hold the word is a
                // place or a club, not an employer that speaks.
                employer = _words.HolderOnlyRoles.Contains(sentence[i].Span) ? null : EmployerBefore(sentence, start, i);
                start = i + 1;
                hadTitle = true;
                break;
            }
        }

        // "the Labour MP for Birkenhead", "the minister for Europe": a title's complement is a
        // place or a brief, not a name; with a name after it the name is the last two words.
        if (hadTitle && start < end && sentence[start].IsLower && IsComplement(sentence, start + 1, end))
        {
            // "Eine Sprecherin der Reederei Nordlicht sagte": someone unnamed speaks for the
            // name after the link. German capitalises every noun, so one word there ("des
            // Landkreises", "der Stadt") is a body's common noun, and names no one; an acronym does.
            if (indefinite && IsSpokesNoun(sentence[start - 1]))
            {
                return NamesABody(sentence, start + 1, end)
                    ? SpokenFor(FromRun(sentence, start + 1, end, subjectEnd))
                    : new Subject(SubjectKind.Unnamed, sentence[start - 1].Text, subjectEnd);
            }

            if (end - start - 1 <= 2)
            {
                return new Subject(SubjectKind.Role, string.Empty, subjectEnd);
            }

            start = end - 2;
        }

        // "Wethouder Onderwijs Karin Bos", "zei wethouder Onderwijs Karin Bos": a portfolio after
        // the office, before a name of two words or more.
        if ((hadTitle || (start > 0 && sentence[start - 1].IsLower && IsTitleOrRole(sentence[start - 1])))
            && end - start >= 3 && sentence[start].IsCapitalized && _words.Portfolios.Contains(sentence[start].Span))
        {
            start++;
        }

        while (start < end && sentence[start].IsLower)
        {
            start++;
        }

        if (start >= end)
        {
            return !hadTitle ? Subject.None
                : indefinite ? new Subject(SubjectKind.Unnamed, sentence[start - 1].Text, subjectEnd)
                : new Subject(SubjectKind.Role, string.Empty, subjectEnd);
        }

        // "sagte die Vorsitzende Richterin", "der Vorsitzende Richter": after a role declined as an adjective (its
        // other declined form is a role too: "vorsitzende", "vorsitzender"), a capitalised role noun alone is the
        // office's own noun, not a surname ("Richter" is both); the phrase names the office's holder.
        if (hadTitle && end - start == 1 && start > 0 && _words.CapitalisesNouns && IsRoleNoun(sentence[start]) && IsAdjectivalRole(sentence[start - 1].Span))
        {
            return new Subject(SubjectKind.Role, sentence[start].Text, subjectEnd);
        }

        // "Mr English": after a title, a nationality is a surname.
        if (AllDemonyms(sentence, start, end) && !(hadTitle && end - start == 1 && start > 0 && sentence[start - 1].IsCapitalized))
        {
            return Subject.None;
        }

        // "The Conservative Party Co-Chairman said": a run that ends in a compound role names the
        // role's holder, someone named before, not a person called so.
        if (end - start > 1 && sentence[end - 1].Span.IndexOf('-') > 0 && IsRoleNoun(sentence[end - 1]))
        {
            return new Subject(SubjectKind.Role, sentence[end - 1].Text, subjectEnd);
        }

        // "Liberal Democrat Alan Roe", "Spaniard Rafael Nadal": a party or a nationality
        // before a name describes the person; it is no part of the name.
        // "the American Film Institute": before an organisation's noun that ends the run, the
        // nationality is part of the organisation's name.
        // "L'Italienne Giulia Ferraro": the article elided into the nationality changes nothing.
        while (end - start > 2 && IsAffiliation(WithoutElidedDefinite(sentence[start].Span)) && !EndsInOrganisationNoun(sentence, end))
        {
            start++;
        }

        // "The Spaniard believed": a nationality alone is an epithet for someone named before.
        if (end - start == 1 && start == runStart && Is(sentence[start], WordClass.NationalityNoun))
        {
            return new Subject(SubjectKind.Role, sentence[start].Text, subjectEnd);
        }

        // "Brian Taylor of Harbour Savings", "Laura Finch of Save the Children", "Ruud Hendriks van
        // Emmerveld": a person's full name, then where they work. The one rule for every language:
        // only capitalised words before the link make a person ("Bank of England", "Asociación de
        // Regantes del Alto Duero" stay whole).
        for (var i = start + 1; i < end - 1; i++)
        {
            // "Ilse van den Berg van de Fietsersbond": the name's own particles, then the link.
            if (IsJoinerPair(sentence, i))
            {
                i++;
                continue;
            }

            if (!sentence[i].IsCapitalized)
            {
                // "the Harbour Council of Valmont": after an organisation's noun the link goes on with its name.
                if (i >= start + 2 && sentence[i].IsLower && Is(sentence[i], WordClass.EmployerLink)
                    && !HoldsOrganisationNoun(sentence, start, i) && !IsElidedBodyLink(sentence, i + 1))
                {
                    employer = Join(sentence, SkipArticles(sentence, i + 1, end), end);
                    end = i;
                }

                break;
            }
        }

        return new Subject(SubjectKind.Name, Join(sentence, start, end), subjectEnd, employer, isOrganisation: owned);
    }

    private bool EndsInOrganisationNoun(IReadOnlyList<Token> sentence, int end)
        => Is(sentence[end - 1], WordClass.OrganisationNoun) || _words.BodyNouns.Contains(sentence[end - 1].Span);

    // "the Harbour Council of Valmont", "Secretaria Estadual do Meio Ambiente": an organisation's
    // noun right before the link, or opening the run as the name's head, makes the words after
    // the link part of the same name. One in the middle of a name is a surname spelt like one
    // ("Rui Câmara Lopes da Cerrado Vivo" is Rui Câmara Lopes).
    private bool HoldsOrganisationNoun(IReadOnlyList<Token> sentence, int start, int end)
        => Is(sentence[end - 1], WordClass.OrganisationNoun) || Is(sentence[start], WordClass.OrganisationNoun);

    // "Harbour Rail chief executive": the capitalised words before the first title or role word
    // of a run, when they are not titles, demonyms or the like themselves, name an employer.
    private string? EmployerBefore(IReadOnlyList<Token> sentence, int start, int title)
    {
        var end = start;
        while (end < title && sentence[end].IsCapitalized && !IsTitleOrRole(sentence[end]) && !Is(sentence[end], WordClass.Demonym)
            && !Is(sentence[end], WordClass.NotName) && !NamePlausibility.IsPossessive(sentence[end].Span))
        {
            end++;
        }

        return end > start && (end == title || sentence[end].IsLower) ? Join(sentence, start, end) : null;
    }

    private int SkipArticles(IReadOnlyList<Token> sentence, int start, int end)
    {
        while (start < end - 1 && sentence[start].IsLower && Is(sentence[start], WordClass.Definite))
        {
            start++;
        }

        return start;
    }

    // The first lower-case employer link ("of", "van") from `from` to `to`, or -1.
    private int EmployerLinkBetween(IReadOnlyList<Token> sentence, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (sentence[j].IsLower && Is(sentence[j], WordClass.EmployerLink))
            {
                return j;
            }
        }

        return -1;
    }

    private bool IsNamePart(IReadOnlyList<Token> sentence, int i)
    {
        var token = sentence[i];
        if (token.IsCapitalized)
        {
            return !IsWeekdayAfterName(sentence, i);
        }

        // A joiner counts only between capitalised words: "Secretary of State"; so does a
        // lower-case role, which the name then follows: "Arts minister Ann Lee".
        if (!token.IsLower || i == 0)
        {
            // "Brink & Voskuil": see Phrase.AmpersandName.cs.
            return !token.IsWord && IsAmpersandInName(sentence, i);
        }

        // "Conseil Supérieur de l'Audiovisuel", "Conseil d'État": see Phrase.ElidedBodyLink.cs.
        if (IsElidedBodyLink(sentence, i) || IsElidedBodyLink(sentence, i + 1))
        {
            return true;
        }

        // A joiner counts only between capitalised words ("Secretary of State"), or before an
        // article that is ("Save the Children", "of the Liberal Democrats"). Before those who
        // listen it brings them in (see IsListenerAfter), where an article is read as Dutch "der"
        // when every language is tried.
        var next = i + 1 < sentence.Count ? sentence[i + 1] : default;

        // "sagte Max Brandt den Zuhörern", "dem Gemeinderat": a dative article after a name
        // brings in whoever listened, whatever their noun; no German name holds one.
        if (sentence[i - 1].IsCapitalized && IsListenersArticle(token))
        {
            return false;
        }

        if (Is(token, WordClass.NameJoiner) && (sentence[i - 1].IsCapitalized || !IsTitleOrRole(sentence[i - 1])))
        {
            // "Ilse van den Berg", "Peter Jansen van de Vereniging Oost": two joiners in a row
            // between capitalised words, the second read as the first's own.
            if (sentence[i - 1].IsLower)
            {
                return (IsJoinerPair(sentence, i - 1) || IsEmployersArticle(sentence, i)) && !IsListenerAfter(sentence, i + 1);
            }

            return sentence[i - 1].IsCapitalized
                && ((next.IsCapitalized && !IsListenerAfter(sentence, i + 1))
                    || (next.IsLower && Is(next, WordClass.Definite) && i + 2 < sentence.Count && sentence[i + 2].IsCapitalized)
                    || IsJoinerPair(sentence, i));
        }

        // "sagte Sabine Roth der Zeitung": an article before those who listen brings them in.
        if (Is(token, WordClass.Definite) && next.IsCapitalized)
        {
            return (sentence[i - 1].IsCapitalized && !IsListenerAfter(sentence, i + 1))
                || (i > 1 && sentence[i - 1].IsLower && Is(sentence[i - 1], WordClass.NameJoiner) && sentence[i - 2].IsCapitalized);
        }

        // "Harbour Rail chief executive Margaret Ellison", "Acme press officer Jane Roe": lower-case
        // words between two capitalised ones, the last of them a title.
        var first = i;
        while (first > 0 && i - first < MaxRoleModifiers && sentence[first - 1].IsLower)
        {
            first--;
        }

        return first > 0 && sentence[first - 1].IsCapitalized && RoleChainEnd(sentence, first) is var end and > 0 && end > i;
    }

    // Whether the lower-case joiner at `first` follows a capitalised word and another joiner, no
    // article, follows it before a capitalised word: "van den Berg", "van der Meer". Not after a
    // role or an elided article ("L'élue de la Lière-Atlantique" is a seat); "van de", "de la"
    // before a capital are a link and its article as often ("Bakker van de Rabobank", "Vidal de la
    // CGT"); and a pair after a name that already holds one is a link ("Ilse van den Berg van den
    // Bosch" is read to "Berg").
    private bool IsJoinerPair(IReadOnlyList<Token> sentence, int first)
        => first > 0 && first + 2 < sentence.Count && sentence[first - 1].IsCapitalized
            && !IsTitleOrRole(sentence[first - 1]) && sentence[first - 1].Span.IndexOfAny('\'', '’') < 0
            && !(first > 1 && sentence[first - 2].IsLower && Is(sentence[first - 2], WordClass.NameJoiner))
            && sentence[first].IsLower && Is(sentence[first], WordClass.NameJoiner)
            && sentence[first + 1].IsLower && Is(sentence[first + 1], WordClass.NameJoiner) && !Is(sentence[first + 1], WordClass.Definite)
            && sentence[first + 2].IsCapitalized;

    // "Peter Jansen van de Vereniging Oost", "Ilse van den Berg van de Fietsersbond": after a name
    // of two words or more (a first name and a surname, or a surname after its particles), a link
    // and its article before capitals bring in the employer, which the phrase then splits off.
    private bool IsEmployersArticle(IReadOnlyList<Token> sentence, int i)
        => i > 2 && i + 1 < sentence.Count && sentence[i].IsLower && Is(sentence[i], WordClass.Definite) && sentence[i + 1].IsCapitalized
            && sentence[i - 1].IsLower && Is(sentence[i - 1], WordClass.EmployerLink) && sentence[i - 2].IsCapitalized
            && ((sentence[i - 3].IsCapitalized && !Is(sentence[i - 3], WordClass.NotName | WordClass.AccordingToStart | WordClass.TitleOrRole))
                || (sentence[i - 3].IsLower && Is(sentence[i - 3], WordClass.NameJoiner)));

    // The index of the capitalised word that ends a run of lower-case title and role words
    // starting at `role` ("chief executive Margaret"), or -1.
    // "chief technology officer Marc": lower-case words between, the last of them a title.
    private int RoleChainEnd(IReadOnlyList<Token> sentence, int role)
    {
        if (_words.ReportingVerbs.Contains(sentence[role].Span) || Is(sentence[role], WordClass.NameJoiner))
        {
            return -1;
        }

        // "director of rugby Rob", "minister for sport Richard": a role's link and its
        // lower-case brief go before the name as well. A brief may take a noun and its adjective
        // ("l'assessore ai lavori pubblici Stefano", "el concejal de obras públicas Luis"), one
        // word more than the role's own modifiers.
        const int MaxBriefReach = MaxRoleModifiers + 1;
        var brief = false;
        for (var j = role + 1; j < sentence.Count && j <= role + (brief ? MaxBriefReach : MaxRoleModifiers); j++)
        {
            if (sentence[j].IsCapitalized)
            {
                return brief || IsTitleOrRole(sentence[j - 1]) ? j : -1;
            }

            if (!brief && j + 1 < sentence.Count && (IsRoleLink(sentence[j]) || IsBriefLink(sentence, j)) && IsTitleOrRole(sentence[j - 1]) && sentence[j + 1].IsLower)
            {
                brief = true;
                continue;
            }

            // "il consigliere dell'opposizione Marco Riva": the link and its brief in one token; not
            // a role there ("l'avvocato dell'imprenditore Marco Riva" is the businessman's lawyer).
            if (!brief && j == role + 1 && IsElidedLinkWord(sentence[j]) && IsTitleOrRole(sentence[j - 1]) && !IsRoleNoun(sentence[j]))
            {
                brief = true;
                continue;
            }

            // "l'avvocato dell'ex sindaco Marco Riva": a role inside the brief holds the name after it.
            // "le ministre de l'Intérieur et Olivier Dussopt": a coordinator joins someone else.
            if (!sentence[j].IsLower || _words.ReportingVerbs.Contains(sentence[j].Span) || Is(sentence[j], WordClass.NameJoiner)
                || (brief && (IsArticle(sentence[j]) || IsRoleLink(sentence[j]) || Is(sentence[j], WordClass.Coordinator))))
            {
                return -1;
            }
        }

        return -1;
    }

    // "Harbour physio Mark Dale", "Tory shadow local transport secretary Jane Roe":
    // after a short capitalised run (a place, a party, a body), lower-case words that describe
    // (no function word, link, reporting verb or participle) and then a name of two words or more
    // that ends the phrase: the person is that name. A lone capitalised word ending the phrase
    // is a surname ("Ulster man Humphreys"), which the cast completes or not. Returns where the
    // name starts and ends, or (-1, -1).
    private (int Start, int End) DescribedName(IReadOnlyList<Token> sentence, int runStart, int runEnd)
    {
        // "Harbour", "Evening Courier": a run that holds a title or role is a name phrase itself
        // ("sagte Geschäftsführerin Andrea Vogt am Montag").
        const int MaxRunWords = 2;
        const int MaxDescriptionWords = 4;
        if (runEnd - runStart > MaxRunWords)
        {
            return (-1, -1);
        }

        for (var k = runStart; k < runEnd; k++)
        {
            if (IsTitleOrRole(sentence[k]))
            {
                return (-1, -1);
            }
        }

        var j = runEnd;
        while (j < sentence.Count && j - runEnd < MaxDescriptionWords && sentence[j].IsLower && IsDescriptionWord(sentence[j].Span))
        {
            j++;
        }

        if (j == runEnd || j >= sentence.Count || !sentence[j].IsCapitalized || Is(sentence[j], WordClass.Title)
            || Lexicons.LexiconTables.Calendar.Contains(sentence[j].Span))
        {
            return (-1, -1);
        }

        var end = j;
        while (end < sentence.Count && end - j < MaxNameWords && sentence[end].IsCapitalized)
        {
            end++;
        }

        // The name ends the phrase, or is the subject of a reporting verb right after it ("Tory
        // backbencher Tom Vale told"); "Valmont beat Harbour in" is no description.
        if (end < sentence.Count && sentence[end].IsWord && !IsRelativePronoun(sentence[end])
            && !(sentence[end].IsLower && _words.ReportingVerbs.Contains(sentence[end].Span)))
        {
            return (-1, -1);
        }

        // "sagte Paul Wendt vor Anhängern.", "gegenüber Wählern.", "vor rund vierzig Anhängern.": one
        // capitalised word closing the sentence after a preposition of where, when or to whom, with at
        // most a count or an adjective between, is the noun it governs (German writes a plural without
        // its article and capitalises it), a listener group and never a surname the description leads to.
        if (end - j == 1 && (end >= sentence.Count || sentence[end].Kind == TokenKind.Terminal) && HoldsPlacePreposition(sentence, runEnd, j))
        {
            return (-1, -1);
        }

        return (j, end);
    }

    // A description never holds a preposition of where, when or to whom ("vor", "gegenüber"): a phrase
    // opened by one is a complement of the verb, and the words after it are the noun it governs.
    private bool HoldsPlacePreposition(IReadOnlyList<Token> sentence, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (_words.EpithetTailPrepositions.Contains(sentence[k].Span) || _words.OpeningPrepositions.Contains(sentence[k].Span))
            {
                return true;
            }
        }

        return false;
    }

    // "Jean Morel à Ouest-France": a medium's preposition says whom the name spoke to; it describes nothing.
    private bool IsDescriptionWord(ReadOnlySpan<char> word)
        => !Structure.Stopwords.IsStopword(word)
        && !_words.IsAny(word, WordClass.Preposition | WordClass.Medium | WordClass.Reporting | WordClass.EmployerLink | WordClass.NameJoiner | WordClass.Coordinator)
        && !word.EndsWith("ing".AsSpan(), StringComparison.Ordinal) && !word.EndsWith("ed".AsSpan(), StringComparison.Ordinal);

    private bool IsSurnameBeforeRole(IReadOnlyList<Token> sentence, int title, int end)
    {
        const int MaxReach = 4;
        var before = sentence[title - 1];
        if (!Is(sentence[title], WordClass.Title) || !before.IsCapitalized || IsTitleOrRole(before) || _words.TitleModifiers.Contains(before.Span)
            || IsAffiliation(before.Span) || Is(before, WordClass.Demonym) || end >= sentence.Count - 1 || sentence[end].Kind != TokenKind.Comma)
        {
            return false;
        }

        for (var j = end + 1; j < sentence.Count && j <= end + MaxReach && sentence[j].IsWord; j++)
        {
            if (sentence[j].IsLower && IsTitleOrRole(sentence[j]))
            {
                return true;
            }
        }

        return false;
    }

    private int RunStart(IReadOnlyList<Token> sentence, int last)
    {
        var start = last;
        while (start > 0 && last - start < MaxNameWords && IsNamePart(sentence, start - 1))
        {
            start--;
        }

        return start;
    }

    private static bool HasLowerCaseLink(IReadOnlyList<Token> sentence, int start, int end)
    {
        for (var k = start + 1; k < end - 1; k++)
        {
            if (sentence[k].IsLower)
            {
                return true;
            }
        }

        return false;
    }

    // Two capitalised words or more ("Reederei Nordlicht"), or one in capitals ("BVG").
    private static bool NamesABody(IReadOnlyList<Token> sentence, int from, int end)
    {
        var capitalised = 0;
        for (var i = from; i < end; i++)
        {
            capitalised += sentence[i].IsCapitalized ? 1 : 0;
        }

        return capitalised >= 2 || (end - from == 1 && IsAcronym(sentence[from]));
    }
}
