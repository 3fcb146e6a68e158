using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// Who holds which role in an article, as it says so: "Le ministre de l'Intérieur Jean Dupont",
/// "Paul Girard, maire de Lorient,", "Home Office minister Jane Roe". A role noun as a
/// speaker ("a défendu le ministre", "the minister said") means its holder, however far back the
/// article named them and whoever it named since: salience alone would give the last person named.
/// </summary>
internal sealed partial class RoleHolders
{
    private readonly Cues _cues;

    // Each role noun, by its bare lower-case form ("l'élue" is "élue"), with the names that held it,
    // in order, each with the complement of office it was given with ("du Travail": "Travail"), if any.
    private readonly Dictionary<string, List<(string Name, string? Complement)>> _holders = new(StringComparer.Ordinal);

    // Each role noun with the complements the article gave it, held by someone named or not ("le
    // ministre de l'Intérieur a dit"): a bare "le ministre" may then be any of them.
    private readonly Dictionary<string, List<string>> _complements = new(StringComparer.Ordinal);

    // A role an article gives with more complements than this is read as several offices already.
    private const int MaxComplementsPerRole = 8;

    // Each role noun the article used, in lower case, with the sentence it first stood in: a role
    // used before ("was named minister") points back; one first used now may bring someone new in.
    private readonly Dictionary<string, int> _firstUse = new(StringComparer.Ordinal);

    // Each role noun a deputy's word made another office, with the name that held that office
    // ("Deputy Mayor Jane Rowe": "mayor", "Jane Rowe"). Made at the first such office: most
    // articles name none.
    private List<(string Role, string Name)>? _deputies;
    private const int MaxDeputies = 16;

    // The gender a role heading its phrase showed for the name after it (see ShowGender).
    private Dictionary<string, Gender>? _shownGenders;

    // At most this many people's genders are kept, by a role (_shownGenders) or by a masculine article (_maleByArticle).
    private const int MaxShown = 64;
    private const int MaxRolesUsed = 64;
    private int _sentences;

    // Every question about a role reads all its holders: a role given to more people than any
    // article names for it is a list of names, not a post, and keeping them all would make a long
    // list of them quadratic to read.
    private const int MaxHoldersPerRole = 64;

    public RoleHolders(Cues cues) => _cues = cues;

    /// <summary>How many role holders the article gave.</summary>
    public int Count => _holders.Count;

    /// <summary>Whether the article named anyone as holding <paramref name="role"/>.</summary>
    public bool Gave(string role) => _holders.Count > 0 && _holders.ContainsKey(BareCached(role.AsSpan()));

    /// <summary>Whether the article used <paramref name="role"/> in a sentence before the one read last.</summary>
    public bool UsedBefore(string role) => _firstUse.TryGetValue(BareCached(role.AsSpan()), out var first) && first < _sentences;

    /// <summary>Forgets the article's role holders, to read another.</summary>
    public void Clear()
    {
        _holders.Clear();
        _complements.Clear();
        _firstUse.Clear();
        _shownGenders?.Clear();
        _maleByArticle?.Clear();
        _deputies?.Clear();
        _compoundHolders?.Clear();
        ForgetUnnamed();
        ForgetHoldersInOneSentence();
        _spokesBodies?.Clear();
        _sentences = 0;
    }

    /// <summary>Records the role holders a sentence names, outside its quotes.</summary>
    public void Read(IReadOnlyList<Token> sentence)
    {
        _sentences++;
        for (var i = 0; i < sentence.Count && i < Cues.MaxReach; i++)
        {
            // "Horne's son Stephen", "sa fille Anne": a family tie is a role its relative holds,
            // which "his son said" later means (Phrase.KinTie.cs).
            // "Su madre, Rocío Benítez, relató …": the possessive opening the sentence is capitalised.
            if ((IsOwner(sentence[i]) || (i == 0 && IsOpeningOwner(sentence[i]))) && _cues.Phrase.RelativeAfter(sentence, i) is { Kind: SubjectKind.Name } relative)
            {
                Add(sentence[i + 1].Span, relative.Text, null);
                ShowKinGender(sentence, i + 1, relative.Text);
                continue;
            }

            // "Mayor Ann Lee opened the bridge": a role written as a title, then a full name. Not a
            // title made another office by a word before it ("Deputy Prime Minister X" holds no
            // post that "the prime minister" means), nor a name that goes on in lower case ("X of
            // Eastland"), unless an employer link splits off where the holder serves
            // ("Burgemeester Annelies Koster van Dalmeer").
            // The role's class is asked before the words before it are looked up: most capitalised
            // words followed by another are a name's, no role.
            if (sentence[i].IsCapitalized && i + 2 < sentence.Count && sentence[i + 1].IsCapitalized && _cues.Is(sentence[i], WordClass.RoleNoun)
                && AfterDeputyWord(sentence, i))
            {
                Deputy(sentence, i);
                continue;
            }

            if (sentence[i].IsCapitalized && i + 2 < sentence.Count && sentence[i + 1].IsCapitalized
                && _cues.Is(sentence[i], WordClass.RoleNoun))
            {
                var titled = _cues.Phrase.ReadForward(sentence, i);
                if (titled.Kind == SubjectKind.Name && !titled.IsOrganisation && titled.Text.IndexOf(' ') > 0 && IsNamedAfter(sentence, i + 1, titled.Text)
                    && (AllCapitalised(sentence, i + 1, titled.End) || IsNameThenEmployer(sentence, i + 1, titled)))
                {
                    Add(sentence[i].Span, titled.Text, null);
                }
                else if (FirstOfJoinedPair(sentence, i + 1, out var secondRole) is { } first)
                {
                    // "Rechter Albert Peeters en rechter Marco Claes": the first of the pair (RoleHolders.HoldersInOneSentence.cs).
                    Add(sentence[i].Span, first, null);
                    AddSecondOfPair(sentence, i, secondRole, null);
                }

                continue;
            }

            // "Vereinsvorsitzender Klaus Obermaier": a compound on a role (RoleHolders.CompoundHead.cs).
            if (ReadCompoundRole(sentence, i))
            {
                continue;
            }

            // "Die Bürgermeisterin von Talheim, Ruth Keller,": where every noun is capitalised, a
            // role after its article is read as a lower-case role is elsewhere.
            if ((!(sentence[i].IsLower || IsCapitalisedNounAfterArticle(sentence, i)) || !_cues.Is(sentence[i], WordClass.RoleNoun)) && !IsElidedRole(sentence, i))
            {
                continue;
            }

            // "l'ancien Premier ministre Gérard Pellissier", "the former minister Ann Lee": a word
            // of the lexicons' DeputyWords just before makes the role another office, which the bare
            // role does not mean.
            if (DeputyWordJustBefore(sentence, i))
            {
                Deputy(sentence, i);
                continue;
            }

            var used = BareCached(sentence[i].Span);
            if (_firstUse.Count < MaxRolesUsed && !_firstUse.ContainsKey(used))
            {
                _firstUse[used] = _sentences;
            }

            var complement = _cues.Phrase.ComplementsOf(sentence, i, out var second, out var third);
            if (complement is not null)
            {
                Seen(sentence[i].Span, complement);
            }

            // "le ministre de l'Intérieur Jean Dupont", "the minister, Jane Roe,": the name after the role.
            // "sagt der Landwirt.": where nouns are capitalised, the role ending its sentence may be
            // read as a one-word name, its own; it holds itself no more than "der Landwirt" names anyone.
            // "el juez Alberto Prieto y el juez Marcos Colina": the phrase reads the pair as one
            // subject; the role is the first's (RoleHolders.HoldersInOneSentence.cs).
            if (FirstOfJoinedPair(sentence, i + 1, out var roleOfSecond) is { } firstOfPair)
            {
                Add(sentence[i].Span, firstOfPair, complement, second, third);
                ShowGender(sentence, i, firstOfPair);
                AddSecondOfPair(sentence, i, roleOfSecond, complement);
                continue;
            }

            var after = _cues.Phrase.ReadForward(sentence, i);
            if (after.Kind == SubjectKind.Name && !after.IsOrganisation && !sentence[i].Span.SequenceEqual(after.Text.AsSpan())
                && !IsOfficesOwnWord(sentence, i, after))
            {
                Add(sentence[i].Span, after.Text, complement, second, third);
                ShowGender(sentence, i, after.Text);
                NoteSpokesBody(sentence, i, used, after.Text);
                continue;
            }

            ReadUnnamedIntroduction(sentence, i, used);

            // "Die Bürgermeisterin von Talheim, Ruth Keller,": where nouns are capitalised, the
            // holder set off by commas after the role's complement.
            if (IsCapitalisedNounAfterArticle(sentence, i) && HolderAfterComplement(sentence, i) is { } holder)
            {
                Add(sentence[i].Span, holder, complement, second, third);
                ShowGender(sentence, i, holder);
                continue;
            }

            // "Paul Girard, maire de Lorient,", "Ann Lee, the mayor,", "Jane Roe, an Acme
            // spokeswoman,": the name before the comma that opens the role, with or without its article.
            var comma = CommaBeforeRole(sentence, i);
            if (comma >= 1 && sentence[comma].Kind == TokenKind.Comma && sentence[comma - 1].IsCapitalized)
            {
                var start = comma - 1;
                while (start > 0 && comma - 1 - start < Phrase.MaxNameWords && sentence[start - 1].IsCapitalized)
                {
                    start--;
                }

                // With an article or an organisation between ("Ann Lee, the mayor,"), a list ("went to
                // Tom Baker, the mayor and two engineers") or a fronted clause ("After thanking Tom
                // Baker, the mayor cut the ribbon") reads the same: only a name that opens its clause,
                // and a role closed by its comma with no coordinator after, is an apposition.
                var before = _cues.Phrase.ReadForward(sentence, start);
                if (before.Kind == SubjectKind.Name && !before.IsOrganisation && before.Text.IndexOf(' ') > 0 && before.End >= comma
                    && (comma == i - 1 || (OpensClause(sentence, start) && ClosedApposition(sentence, i))))
                {
                    Add(sentence[i].Span, before.Text, complement, second, third);
                }
            }
        }
    }

    // "dirigente del servizio Difesa del suolo", "jefe del área de Medio Ambiente de la ciudad": one
    // capitalised word reached past the role's lower-case complement, with a link and a lower-case
    // word after it, names the office the role is held in, not its holder. Stops: a name right
    // after the role ("il sindaco Sguazzin"), a name of two words or more ("le ministre de
    // l'Intérieur Jean Dupont"), a word that ends the phrase.
    private bool IsOfficesOwnWord(IReadOnlyList<Token> sentence, int role, Subject name)
        => name.Text.IndexOf(' ') < 0 && name.End - 1 > role + 1 && sentence[role + 1].IsLower
        && name.End + 1 < sentence.Count && sentence[name.End].IsLower && _cues.Words.OrganisationLinks.Contains(sentence[name.End].Span) && sentence[name.End + 1].IsWord && sentence[name.End + 1].IsLower;

    // The full name set off by commas after the role at `role` and its complement of a few words
    // opened by a link ("von Talheim", "der Gemeinde Talheim"), if any, or null.
    private string? HolderAfterComplement(IReadOnlyList<Token> sentence, int role)
    {
        const int MaxComplementTokens = 4;
        // "die Präfektin, Claire Montaubert,": with no complement, the name set off right after the role.
        if (role + 2 >= sentence.Count || !(sentence[role + 1].IsLower || sentence[role + 1].Kind == TokenKind.Comma))
        {
            return null;
        }

        var comma = role + 1;
        while (comma < sentence.Count && comma <= role + MaxComplementTokens && sentence[comma].IsWord)
        {
            comma++;
        }

        if (comma >= sentence.Count || sentence[comma].Kind != TokenKind.Comma)
        {
            return null;
        }

        var end = comma + 1;
        while (end < sentence.Count && end - comma <= Phrase.MaxNameWords && sentence[end].IsCapitalized)
        {
            end++;
        }

        return end - comma > 2 && end < sentence.Count && sentence[end].Kind == TokenKind.Comma
            && _cues.Phrase.ReadForward(sentence, comma + 1) is { Kind: SubjectKind.Name, IsOrganisation: false } name && name.End == end
            ? name.Text
            : null;
    }

    private bool IsCapitalisedNounAfterArticle(IReadOnlyList<Token> sentence, int i)
        => _cues.Words.CapitalisesNouns && i > 0 && sentence[i].IsCapitalized && sentence[i - 1].IsWord
        && _cues.Is(sentence[i - 1], WordClass.Article);

    /// <summary>
    /// Whom <paramref name="role"/> means, given the person salience alone would give: the role's
    /// one holder; with several, the salient person if one of them, else no one (null, and
    /// <paramref name="decided"/> true). A role the article gave no one is not decided here.
    /// With a <paramref name="complement"/> ("le ministre de la Santé"), a holder named with
    /// another ("le ministre du Travail Jean Morel") is no holder; without one, a role the article
    /// gave several complements means one holder only as the salient person.
    /// </summary>
    public string? Holder(string role, string? complement, string? salient, Func<string, string?> complete, out bool decided)
    {
        decided = false;
        var bare = BareCached(role.AsSpan());
        if (_holders.Count == 0 || !_holders.TryGetValue(bare, out var names))
        {
            return null;
        }

        decided = true;
        if (complement is not null && OnlyHolderGiven(names, complement, complete) is { } exact)
        {
            return exact;
        }

        string? only = null;
        var several = complement is null && _complements.TryGetValue(bare, out var offices) && offices.Count > 1;
        var salientHoldsAnother = false;
        var otherInFocus = false;
        foreach (var (name, given) in names)
        {
            if (complement is not null && given is not null && !string.Equals(complement, given, StringComparison.Ordinal))
            {
                salientHoldsAnother |= salient is not null && SamePerson(complete(name) ?? name, salient);
                continue;
            }

            var full = complete(name) ?? name;

            // "El entrenador local, Julio Campos, … Koldo Urrutia lamentó la expulsión. «…», explicó
            // el entrenador del Peñaserra": a role said with a complement ("del Peñaserra") that the
            // holder was not given it with, while someone else who holds no role is in focus, may be
            // that person's as well as the holder's; no one.
            if (complement is not null && given is null && salient is not null && !SamePerson(full, salient) && !HoldsAnyRole(salient, complete))
            {
                otherInFocus = true;
                continue;
            }
            if (salient is not null && string.Equals(full, salient, StringComparison.Ordinal))
            {
                // "El juez A y el juez B …": salience alone chose one of two people given the role
                // in one sentence (RoleHolders.HoldersInOneSentence.cs); no one.
                return GivenWithAnotherInASentence(bare, salient, complete) ? null : salient;
            }

            several |= only is not null && !string.Equals(only, full, StringComparison.Ordinal);
            only = full;
        }

        // "le ministre de l'Intérieur" when the article named only the minister of labour: the
        // office's holder was not made known by a title, so the salient person may hold it,
        // unless they hold another office of the same noun, or any role the article gave them
        // ("le syndicaliste Marc Petit" is no minister).
        if (only is null && otherInFocus)
        {
            return null;
        }

        if (only is null && complement is not null && salient is not null && !salientHoldsAnother && !HoldsAnyRole(salient, complete))
        {
            return salient;
        }

        return several ? null : only;
    }

    /// <summary>
    /// The gender the roles the article gave <paramref name="person"/> show ("A prefeita de Serra
    /// Verde, Joana Albuquerque," is a woman): a role of the lexicons' FemaleTitles or MaleTitles
    /// that heads its phrase, the name after it; unknown when none does, or both do.
    /// </summary>
    public Gender GenderOfHolder(string person)
    {
        if (_shownGenders is null)
        {
            return Gender.Unknown;
        }

        foreach (var pair in _shownGenders)
        {
            if (SamePerson(pair.Key, person))
            {
                return pair.Value;
            }
        }

        return Gender.Unknown;
    }

    // "A prefeita de Serra Verde, Joana Albuquerque,": a gendered role that heads its phrase (its
    // article opens it) shows the gender of the name after it. "O marido da prefeita, Rui Pestana,"
    // names the husband: a role after a link and its article, or a contracted one, shows nothing.
    private void ShowGender(IReadOnlyList<Token> sentence, int role, string name)
    {
        if (ShownByTitleRole(sentence, role, name) is var titled && titled != Gender.Unknown)
        {
            Show(name, titled);
            return;
        }

        if (role < 1)
        {
            return;
        }

        // "la maire Alice Moreau": a feminine article before a role of either gender shows a woman too.
        // "The chairwoman, Anna Fenn,": a feminine role noun heading its phrase (RoleHolders.TitleRoleGender.cs);
        // a masculine one may be generic ("chairman Petrina Holdsworth").
        var article = sentence[role - 1];
        var noun = Elision.Tail(sentence[role].Span);
        var maleNoun = _cues.Words.MaleTitles.Contains(noun);
        var female = _cues.Words.FemaleTitles.Contains(noun) || _cues.Words.FemaleRoleNouns.Contains(noun)
            || (article.IsWord && _cues.Words.FeminineArticles.Contains(article.Span) && !maleNoun);
        if (!female && !maleNoun)
        {
            // "El director Jorge Sanz": see RoleHolders.MasculineArticleRole.cs.
            NoteMasculineArticleHolder(sentence, role, article, name);
            return;
        }

        if (!ArticleHeadsRole(sentence, role, article, openingPrepositionMayFrame: true))
        {
            return;
        }

        Show(name, female ? Gender.Female : Gender.Male);
    }

    // Whether `article`, the word before the role at `role`, heads the role's phrase: an article, not one contracted with a
    // preposition, and no link, joiner or preposition before it ("la mujer del director, Ana Gil," names her, not him);
    // where asked, a preposition that opens the sentence frames the phrase instead (RoleHolders.OpeningPrepositionRole.cs).
    private bool ArticleHeadsRole(IReadOnlyList<Token> sentence, int role, Token article, bool openingPrepositionMayFrame = false)
        => article.IsWord && _cues.Is(article, WordClass.Article) && !_cues.Words.ContractedArticles.Contains(article.Span)
           && !(role > 1 && sentence[role - 2].IsWord && _cues.Is(sentence[role - 2], WordClass.EmployerLink | WordClass.NameJoiner | WordClass.Preposition)
                && !(openingPrepositionMayFrame && OpeningPrepositionFrames(sentence, role)));

    private void Show(string name, Gender shown)
    {
        _shownGenders ??= new Dictionary<string, Gender>(StringComparer.Ordinal);
        if (_shownGenders.TryGetValue(name, out var known))
        {
            _shownGenders[name] = known == shown ? known : Gender.Unknown;
        }
        else if (_shownGenders.Count < MaxShown)
        {
            _shownGenders[name] = shown;
        }
    }

    /// <summary>
    /// Whether the article named someone as holding another office of <paramref name="role"/>'s
    /// noun, made so by a deputy's word ("Deputy Mayor Jane Rowe", "l'adjoint au maire Paul
    /// Girard"), and <paramref name="inFocus"/> says that deputy is still in focus: the bare role
    /// ("the mayor") is then someone else, whom the article has not named.
    /// </summary>
    public bool DeputyInFocus(string role, Func<string, string?> complete, Func<string, bool> inFocus)
    {
        if (_deputies is null || _deputies.Count == 0)
        {
            return false;
        }

        var key = BareCached(role.AsSpan());
        foreach (var (office, name) in _deputies)
        {
            if (string.Equals(office, key, StringComparison.Ordinal) && inFocus(complete(name) ?? name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> writes <paramref name="role"/> after a deputy's word
    /// ("said the deputy mayor"): then the role read from it is the deputy's office.
    /// </summary>
    public bool WritesDeputyOffice(IReadOnlyList<Token> sentence, string role)
    {
        for (var i = 1; i < sentence.Count && i < Cues.MaxReach; i++)
        {
            if (sentence[i].IsWord && sentence[i].Span.Equals(role.AsSpan(), StringComparison.OrdinalIgnoreCase)
                && (DeputyWordJustBefore(sentence, i) || AfterDeputyWord(sentence, i)))
            {
                return true;
            }
        }

        return false;
    }

    // Records the name after a role a deputy's word made another office, if a name follows it.
    private void Deputy(IReadOnlyList<Token> sentence, int role)
    {
        var after = _cues.Phrase.ReadForward(sentence, role);
        if (after.Kind != SubjectKind.Name || after.IsOrganisation || after.Text.IndexOf(' ') < 0)
        {
            return;
        }

        _deputies ??= new List<(string, string)>();
        if (_deputies.Count < MaxDeputies)
        {
            _deputies.Add((Bare(sentence[role].Span), after.Text));
        }
    }

    /// <summary>Whether the article gave <paramref name="person"/> any role: a bounded look through every holder kept.</summary>
    public bool HoldsAnyRole(string person, Func<string, string?> complete) => HoldsRoleIn(person, roles: null, complete);

    // Whether two names are one person's, one the other's end ("Travail Jean Morel", a run that
    // kept the office's complement, is Jean Morel).
    private static bool SamePerson(string a, string b)
        => string.Equals(a, b, StringComparison.Ordinal) || EndsWithName(a, b) || EndsWithName(b, a);

    private static bool EndsWithName(string longer, string shorter)
        => longer.Length > shorter.Length + 1 && longer.EndsWith(shorter, StringComparison.Ordinal) && longer[longer.Length - shorter.Length - 1] == ' ';

    // The comma that opens the role at `role`: right before it, or before its article, and for a
    // spokesperson the organisation's capitalised words ("Jane Roe, an Acme spokeswoman,"); -1 if none.
    private int CommaBeforeRole(IReadOnlyList<Token> sentence, int role)
    {
        // Only a spokesperson's organisation goes between: "the Two Ronnies star" after a comma
        // that closes an opening phrase names no holder.
        var words = _cues.Words;
        var k = role - 1;
        while (k > 0 && role - k <= Phrase.MaxNameWords && sentence[k].IsCapitalized && words.SpokesNouns.Contains(sentence[role].Span))
        {
            k--;
        }

        if (k >= 1 && sentence[k].IsLower && WordClasses.Has(words, sentence[k], WordClass.Article))
        {
            k--;
        }
        else if (k != role - 1)
        {
            return -1;
        }

        return k;
    }

    // Whether the name at `start` opens the sentence or a clause after a comma: not after a
    // preposition or a verb ("went to Tom Baker", "après avoir remercié Jean Morel").
    private static bool OpensClause(IReadOnlyList<Token> sentence, int start)
        => start == 0 || sentence[start - 1].Kind == TokenKind.Comma;

    // Whether the role at `role` is closed by a comma ("the mayor,", "the mayor of Eastland,") that
    // no coordinator follows, within a few words that start with the comma or a preposition, and
    // with no coordinator before it ("the mayor and two engineers").
    private bool ClosedApposition(IReadOnlyList<Token> sentence, int role)
    {
        var words = _cues.Words;
        var next = role + 1;
        if (next < sentence.Count && sentence[next].Kind != TokenKind.Comma && !WordClasses.Has(words, sentence[next], WordClass.Preposition))
        {
            return false;
        }

        for (var k = next; k < sentence.Count && k - role <= Phrase.MaxNameWords + 2; k++)
        {
            if (sentence[k].Kind == TokenKind.Comma)
            {
                return k + 1 < sentence.Count && !WordClasses.Has(words, sentence[k + 1], WordClass.Coordinator);
            }

            if (WordClasses.Has(words, sentence[k], WordClass.Coordinator) || (sentence[k].Kind != TokenKind.Word))
            {
                return false;
            }
        }

        return false;
    }

    // A word of the capitalised title before `role` that makes it another office: "Deputy Prime Minister".
    // Right before the role, or before a capitalised word of its title ("l'ancien Premier ministre",
    // "the former Labour minister"), or before the link that makes the role its complement
    // ("l'adjoint au maire"); "under the mayor" is a preposition, no deputy's word.
    private bool DeputyWordJustBefore(IReadOnlyList<Token> sentence, int role)
    {
        if (role < 1 || !sentence[role - 1].IsWord)
        {
            return false;
        }

        var before = role - 1;
        if (sentence[before].IsCapitalized && before > 0 && sentence[before - 1].IsWord)
        {
            before--;
        }
        else if (before > 0 && sentence[before - 1].IsWord && sentence[before].IsLower
            && (_cues.Words.ContractedArticles.Contains(sentence[before].Span) || _cues.Words.HeadLinks.Contains(sentence[before].Span)))
        {
            before--;
        }

        return _cues.Words.DeputyWords.Contains(Elision.Tail(sentence[before].Span)) || DeputyWordBeforeModifier(sentence, role);
    }

    // "Shadow home secretary David Davis", "the former foreign minister Ann Lee": a deputy word
    // before the one lower-case word that modifies the role makes it another office too; at the
    // sentence's start the deputy word is capitalised. Only before a name: "a former senior
    // manager at the contractor" brings someone unnamed in, whom "the manager" later means.
    private bool DeputyWordBeforeModifier(IReadOnlyList<Token> sentence, int role)
    {
        const int MaxWordLength = 32;
        var modifier = role - 1;
        if (modifier < 1 || role + 1 >= sentence.Count || !sentence[role + 1].IsCapitalized || !sentence[modifier].IsLower || !sentence[modifier - 1].IsWord || _cues.Is(sentence[modifier], WordClass.Article))
        {
            return false;
        }

        var word = Elision.Tail(sentence[modifier - 1].Span);
        if (_cues.Words.DeputyWords.Contains(word))
        {
            return true;
        }

        if (modifier - 1 != 0 || word.Length > MaxWordLength)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _cues.Words.DeputyWords.Contains(lower);
    }

    private bool AfterDeputyWord(IReadOnlyList<Token> sentence, int role)
    {
        for (var k = role - 1; k >= 0 && role - k <= Phrase.MaxNameWords && sentence[k].IsCapitalized; k--)
        {
            if (_cues.Words.DeputyWords.Contains(sentence[k].Span))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the name read from `start` is all capitalised words and an employer link follows it,
    // which the phrase split off as where the holder serves.
    private bool IsNameThenEmployer(IReadOnlyList<Token> sentence, int start, Subject titled)
    {
        if (titled.Employer is null)
        {
            return false;
        }

        var nameEnd = start + 1;
        foreach (var c in titled.Text)
        {
            nameEnd += c == ' ' ? 1 : 0;
        }

        return nameEnd < sentence.Count && AllCapitalised(sentence, start, nameEnd)
            && sentence[nameEnd].IsLower && _cues.Is(sentence[nameEnd], WordClass.EmployerLink);
    }

    private static bool AllCapitalised(IReadOnlyList<Token> sentence, int start, int end)
    {
        for (var k = start; k < end && k < sentence.Count; k++)
        {
            if (!sentence[k].IsCapitalized)
            {
                return false;
            }
        }

        return true;
    }

    // Whether the name read after a title starts right after it: "Mayor Ann Lee", not a title
    // inside an organisation's name read as someone else.
    private static bool IsNamedAfter(IReadOnlyList<Token> sentence, int first, string name)
        => name.AsSpan().StartsWith(sentence[first].Span, StringComparison.Ordinal);

    // A title that joins several complements ("Economía y Hacienda") is one office, held under each.
    // "his", "sa", "Horne's": a word a family tie may be counted from.
    private bool IsOwner(Token token)
        => token.IsWord && (token.IsLower ? _cues.Is(token, WordClass.Possessive) : NamePlausibility.IsPossessive(token.Span));

    // "Su", "Sa", "His" opening the sentence: a possessive word, capitalised as the sentence's first.
    private bool IsOpeningOwner(Token token)
        => token.IsWord && token.IsCapitalized && _cues.Is(token, WordClass.Possessive);

    private void Add(ReadOnlySpan<char> role, string name, string? complement, string? second, string? third)
    {
        Add(role, name, complement);
        if (second is not null)
        {
            Add(role, name, second);
        }

        if (third is not null)
        {
            Add(role, name, third);
        }
    }

    private void Add(ReadOnlySpan<char> role, string name, string? complement)
    {
        var key = BareCached(role);
        if (!_holders.TryGetValue(key, out var names))
        {
            names = new List<(string, string?)>();
            _holders[key] = names;
        }

        if (names.Count < MaxHoldersPerRole && !names.Contains((name, complement)))
        {
            names.Add((name, complement));
        }

        NoteGivenInSentence(key, name, complement);
    }

    private void Seen(ReadOnlySpan<char> role, string complement)
    {
        var key = BareCached(role);
        if (!_complements.TryGetValue(key, out var given))
        {
            given = new List<string>();
            _complements[key] = given;
        }

        if (given.Count < MaxComplementsPerRole && !given.Contains(complement))
        {
            given.Add(complement);
        }
    }

    // A plain lower-case role noun, as Bare gives it, from the thread's string cache: read for
    // every role noun of every sentence, and the key every store by role is asked by, it is made
    // into a string once.
    private static string BareCached(ReadOnlySpan<char> role)
    {
        foreach (var c in role)
        {
            if (!char.IsLower(c))
            {
                return Bare(role);
            }
        }

        return Text.StringCache.Get(role);
    }

    // "l'élue" and "L’élue" are "élue": the role without its elided article, in lower case.
    private static string Bare(ReadOnlySpan<char> role)
    {
        var apostrophe = role.LastIndexOfAny('\'', '’');
        return role.Slice(apostrophe + 1).ToString().ToLowerInvariant();
    }
}
