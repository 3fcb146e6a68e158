using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// The organisations of an article's cast, apart from its people: an organisation is never
/// "he" or "she", "it" means the latest one, and an organisation noun the latest one of its kind
/// ("the council" is Marlow Vale District Council even after a committee was named). A name is
/// known as an organisation by what the article says of it: an organisation noun before it ("the
/// union Unite", "la société Crociere Tirrene") or ending it ("Marlow Vale District Council"), or
/// someone working there ("Harbour Rail chief executive X", "X of Save the Children"). A body the
/// article names only by its description ("the environment select committee") is one too.
/// </summary>
internal sealed partial class Cast
{
    // Bodies described in lower case are short: "the Commons work and pensions committee".
    private const int MaxBodyModifiers = 4;

    private readonly Cues _cues;
    // Both made at their first entry: many articles name no organisation.
    private HashSet<string>? _organisations;

    // The noun an organisation was introduced by, when its name holds none: "de vereniging X".
    private Dictionary<string, string>? _kinds;

    // The organisations named, most recent first, each with the paragraph and sentence where it was.
    // A document nobody in the cast issued ("the Lund report") is an entry without a name: "it"
    // after it means the document, so no organisation. A document whose issuer is named after it
    // ("a study by the Harbour Audit Office", "un estudio de la Cámara de Comercio") is an entry
    // holding the issuer and the document's own noun: that noun ("the study") means it, and "it"
    // does when the issuer reads as an organisation; other nouns pass it by ("the statement" may
    // be anyone's, and a person's school report is no "ze").
    private readonly List<(string? Name, int Paragraph, int Sentence, string? Document)> _recent = new();

    // The sentence being read, counted over the article.
    private int _sentence;

    private readonly Func<string, bool> _isSurname;

    /// <param name="cues">The speech words of the article's language.</param>
    /// <param name="isSurname">Whether a word is the surname of someone the article names in full.</param>
    public Cast(Cues cues, Func<string, bool> isSurname)
    {
        _cues = cues;
        _isSurname = isSurname;
        Clear();
    }

    /// <summary>The most entries any of the cast's lists, maps and sets holds.</summary>
    public int MostEntries => Math.Max(Math.Max(_organisations?.Count ?? 0, _kinds?.Count ?? 0), _recent.Count);

    /// <summary>Whether the cast holds a body named in <paramref name="paragraph"/>, by name or by its noun alone.</summary>
    public bool NamesBodyIn(int paragraph)
    {
        foreach (var (_, named, _, _) in _recent)
        {
            if (named == paragraph)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence where <paramref name="name"/> was last named, or -1.</summary>
    public int SentenceNamed(string name)
    {
        foreach (var (named, _, sentence, _) in _recent)
        {
            if (string.Equals(named, name, StringComparison.Ordinal))
            {
                return sentence;
            }
        }

        return -1;
    }

    /// <summary>Forgets the article's organisations, to read another.</summary>
    public void Clear()
    {
        _organisations?.Clear();
        _kinds?.Clear();
        ClearKindsWrittenBefore();
        _acronymHeaded?.Clear();
        _coordinated?.Clear();
        _recent.Clear();
        _sentence = -1;
        _unclassedOpening = -1;
        ClearBareSubject();
    }

    /// <summary>Whether <paramref name="name"/> is an organisation's.</summary>
    /// <remarks>"RSPCA", "IMF": one word of capitals names an organisation, never a person.</remarks>
    public bool IsOrganisation(string name) => _organisations?.Contains(name) == true || NounIn(name) is not null || LetterCase.IsAcronym(name.AsSpan()) || HoldsCompanyWord(name);

    // "Acme Ferries", "Talheimer Bau GmbH": a company's word ends the name, after its first.
    private bool HoldsCompanyWord(string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && _cues.Words.CompanyWords.Contains(name.AsSpan(space + 1));
    }

    /// <summary>Records an organisation named in <paramref name="paragraph"/>.</summary>
    public void Organisation(string name, int paragraph) => Organisation(name, paragraph, _sentence);

    private void Organisation(string name, int paragraph, int sentence)
    {
        // "Radio Talwelle, der Lokalsender …": the appositive's noun read as a name is the body it describes.
        name = ApposedOwner(name, sentence) ?? name;
        // "Der Verein Bus pour Tous": the subject's reading cut the name the noun's gave whole (Cast.NounCutName.cs).
        name = NounCutNameWhole(name, sentence) ?? name;
        // "L'associazione Amici del Borgo ha scritto": the subject's reading cut the name that the
        // noun's reading gave whole in this sentence; the whole name stays the one meant.
        if (_recent.Count > 0 && _recent[0].Sentence == sentence && _recent[0].Name is { } whole && whole.Length > name.Length + 1
            && whole[name.Length] == ' ' && whole.StartsWith(name, StringComparison.Ordinal))
        {
            // "Cairn argues it …" after "Shares in Cairn Energy": the short name is still a body's.
            (_organisations ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
            return;
        }

        (_organisations ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
        // The issuer of a document stays one when it speaks again: "the company" is never the
        // chamber whose study "the report" meant.
        string? document = null;
        for (var i = _recent.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_recent[i].Name, name, StringComparison.Ordinal))
            {
                document ??= _recent[i].Document;
                _recent.RemoveAt(i);
            }
        }

        _recent.Insert(0, (name, paragraph, sentence, document));
    }

    /// <summary>
    /// Records a body the article gives by its noun alone and cannot name ("the council
    /// responded"): "it" in a later sentence means that body, so no organisation named before.
    /// </summary>
    public void Nameless(int paragraph) => _recent.Insert(0, (null, paragraph, _sentence, null));

    /// <summary>
    /// Whom "it" (an empty <paramref name="noun"/>), "the council" or "the report" means: the
    /// latest organisation whose name holds the noun, wherever the article named it; when no
    /// name does, the latest named within <paramref name="reach"/> paragraphs ("the company" is
    /// Harbour Rail, "the report" is the committee's). Null when none is.
    /// </summary>
    public string? Resolve(string noun, int paragraph, int reach)
    {
        if (noun.Length > 0)
        {
            var (ofKind, ambiguous) = NamedByKind(noun);
            if (ambiguous)
            {
                // Two bodies of the noun's kind: it may mean either (Cast.KindNounTwoBodies.cs),
                // and no body of another kind is meant either.
                return null;
            }

            if (ofKind is not null)
            {
                return ofKind;
            }
        }

        // "het bedrijf" is no association: a noun of one kind never means an organisation named
        // by another. "It also recommends that the Commission …": "it" points back, never to a
        // name later in its own sentence.
        // "señaló el organismo", "eine Sprecherin der Behörde": a body of any kind is the one named last.
        // "a empresa" after "A Conservas Marés, a última fábrica …": a firm introduced by the noun of
        // its trade is meant within the reach, as a body named with no noun is.
        var anyKind = noun.Length == 0 || _cues.Words.DocumentNouns.Contains(noun.AsSpan()) || _cues.Words.AnyBodyNouns.Contains(noun.AsSpan());
        foreach (var (name, named, sentence, document) in _recent)
        {
            if (paragraph - named > reach)
            {
                break;
            }

            // A document's words are its issuer's: "señala el informe" after "un informe de la X",
            // and "it" after it when X is an organisation. "The statement", "la nota" after a study
            // may be someone else's, and "zegt ze" after "het rapport van Jan Smit" is not his. In
            // its own sentence the document is no one's reference back: "Het rapport van Jan Smit
            // was goed" makes no subject of him.
            if (document is not null)
            {
                if (sentence != _sentence && name is not null
                    && (noun.Length > 0 ? SameDocument(noun, document) : IsOrganisation(name)))
                {
                    return name;
                }

                continue;
            }

            if (name is null)
            {
                if (noun.Length == 0 && sentence != _sentence)
                {
                    return null;
                }

                continue;
            }

            if ((noun.Length > 0 || sentence != _sentence) && (anyKind || NounIn(name) is not { } own || IsTradeOfCompany(own, noun) || IsOnlyFirmOfTrade(name, own, noun)))
            {
                if (noun.Length > 0 && _cues.Words.AnyBodyNouns.Contains(noun.AsSpan()) && BeforeUnclassedOpening(sentence))
                {
                    return null;
                }

                return name;
            }
        }

        // "A Vialink subiu …" then "disse a operadora": see Cast.BareSubjectBody.cs.
        return OnlyFirm(noun) ?? BareSubjectOfKind(noun);
    }

    // "der Verband" after "der Bauernverband Talgrund", "de bond" after "de Fietsersbond": a
    // compound's last part means the body the compound named. So does a last part that is a
    // body's compound itself: "die Sparkasse" after "die Kreissparkasse Nordland", "der
    // Bauernverband" after "der Landesbauernverband".
    private bool IsCompoundOf(string own, string noun)
        => own.Length > noun.Length && own.EndsWith(noun, StringComparison.OrdinalIgnoreCase) && _cues.Words.IsCompoundBody(own.AsSpan())
        && (_cues.Words.CompoundBodyHeads.Contains(noun.AsSpan()) || _cues.Words.IsCompoundBody(noun.AsSpan()));

    // A firm named by another noun of its family is meant only from the sentence right after it.
    private const int MaxFamilyDistance = 1;

    // "a empresa" after "a fábrica X", "la empresa" after "la naviera X": a firm named by its trade.
    private bool IsTradeOfCompany(string own, string noun)
        => _cues.Words.TradeNouns.Contains(own.AsSpan()) && _cues.Words.CompanyNouns.Contains(noun.AsSpan());

    // "the paper" after "Harbour Post newspaper", "la compañía" after "la empresa X": nouns of one
    // family name one another.
    private static bool SameFamily(Text.WordTable family, string own, string noun)
        => family.Contains(own.AsSpan()) && family.Contains(noun.AsSpan());

    // "the study" after "a study by X", or "el informe" after "un estudio de X": one document of
    // findings names another; "the statement" or "la nota" is a document of its own.
    private bool SameDocument(string noun, string document)
        => string.Equals(noun, document, StringComparison.OrdinalIgnoreCase)
        || (_cues.Words.StudyNouns.Contains(noun) && _cues.Words.StudyNouns.Contains(document));

    /// <summary>Reads the organisations a sentence names.</summary>
    public void Read(IReadOnlyList<Token> sentence, int paragraph)
    {
        _sentence++;
        for (var i = 0; i < sentence.Count; i++)
        {
            var token = sentence[i];
            if (token.Kind == TokenKind.Comma)
            {
                ReadApposedBody(sentence, i, paragraph);
                ReadCoordinatedBody(sentence, i);
            }
            else if (token.IsLower && _cues.Is(token, WordClass.Coordinator))
            {
                // "Die Volksbank Auental und die Raiffeisenbank Hohenfeld": see Cast.CoordinatedBodies.cs.
                ReadCoordinatedBody(sentence, i);
            }

            ReadNounMention(sentence, i, paragraph);
            // "convencem a Associação de Regantes do Vale Fundo": see Cast.HeadedBodyInside.cs.
            ReadHeadedBodyInside(sentence, i, paragraph);

            // Every word passes here: the employer's link after it is asked first, mostly by its class.
            if (token.IsLower && i + 2 < sentence.Count && IsEmployerLink(sentence[i + 1])
                && (_cues.Is(token, WordClass.TitleOrRole) || _cues.Words.SpokesNouns.Contains(token.Span)
                    || _cues.Words.OfficialNouns.Contains(token.Span)))
            {
                ReadRoleEmployer(sentence, i, paragraph);
            }

            // Every word passes here: the token's classes ask for a share noun before any lookup.
            if (i + 2 < sentence.Count && sentence[i + 1].IsLower && _cues.Is(token, WordClass.ShareNoun))
            {
                ReadSharesIn(sentence, i, paragraph);
            }

            if (token.IsCapitalized && (i == 0 || !sentence[i - 1].IsCapitalized))
            {
                ReadName(sentence, i, paragraph);
                ReadSaysIt(sentence, i, paragraph);
                ReadAcronymHeadedBody(sentence, i);
            }

            if ((token.IsLower || IsCapitalisedNounAfterArticle(sentence, i)) && _cues.Is(token, WordClass.OrganisationNoun))
            {
                ReadPublication(sentence, i, paragraph);
                ReadAfterNoun(sentence, i, paragraph);
                ReadBody(sentence, i, paragraph);
                ReadBareBody(sentence, i, paragraph);
                ReadPeopleBody(sentence, i, paragraph);
                ReadDocument(sentence, i, paragraph);
                ReadGoverningPart(sentence, i, paragraph);
            }
            else if (i + 1 < sentence.Count && sentence[i + 1].IsLower && !_cues.Phrase.ElidedOrganisationNoun(token).IsEmpty)
            {
                ReadPeopleBody(sentence, i, paragraph);
            }
            else if (i + 1 < sentence.Count && sentence[i + 1].IsCapitalized && _cues.Phrase.ElidedOrganisationNoun(token) is { IsEmpty: false } elided)
            {
                // "L'association Droits Devant dénonce …": the noun joined to its elided article.
                ReadAfterNoun(sentence, i, paragraph, kind: elided.ToString());
            }
            else if (!_cues.Words.CapitalisesNouns && i + 1 < sentence.Count && sentence[i + 1].IsCapitalized
                && _cues.Phrase.CapitalisedElidedOrganisationNoun(token) is { IsEmpty: false } capitalised)
            {
                // "l'Asl Valli Orientali ha precisato": the noun capitalised as part of the name (Cast.KindWrittenWithName.cs).
                ReadAfterNoun(sentence, i, paragraph, kind: capitalised.ToString());
            }
            else if (i > 0 && token.IsCapitalized && i + 2 < sentence.Count && sentence[i + 1].IsLower && _cues.Words.GenitiveArticles.Contains(sentence[i + 1].Span)
                && _cues.Words.DocumentNouns.Contains(token.Span))
            {
                // "Ein Gutachten des Landesrechnungshofs": a document's noun written capitalised
                // (German), its issuer in the genitive.
                ReadDocument(sentence, i, paragraph);
            }
            else if (i > 0 && token.IsCapitalized && (sentence[i - 1].IsLower || i == 1) && _cues.Is(sentence[i - 1], WordClass.Definite)
                && !_cues.Words.GenitiveArticles.Contains(sentence[i - 1].Span) && (_cues.Words.IsCompoundBody(token.Span) || _cues.Words.BareBodies.Contains(token.Span)))
            {
                // "Ook de Fietsersbond is teleurgesteld", "weil der Bauernverband …": a compound
                // that ends in a body's noun names one body by itself after its article, anywhere in
                // the sentence; "de bond" later means it. Only as a bare body: inside a German
                // clause the capitalised word after it is an object, no name. A genitive's
                // complement ("ein Gutachten des Landesbauamts") is its document's issuer, read apart.
                // A bare body's own noun too: "», teilte die Polizei mit".
                ReadBareBody(sentence, i, paragraph);
            }
            else if (i == 0 && token.IsCapitalized && (_cues.Is(token, WordClass.OrganisationNoun) || _cues.Words.IsTradeFirmNoun(token.Span))
                && i + 1 < sentence.Count && sentence[i + 1].IsCapitalized)
            {
                // "Ontwikkelaar WindKracht Veldmeer laat weten": the noun opening the sentence
                // describes the name right after it, which is an organisation of any kind
                // ("Charity boss Gordon Fell" names a person). So does a trade's firm known by its
                // noun's ending (SpeechWords.TradeFirmEndings: "Rederij Harbourline Ferries laat weten").
                ReadAfterNoun(sentence, i, paragraph, describes: true);
            }

            // "La constructora Torrealba", "Der Netzbetreiber Nordstrom", and after a preposition written
            // with its article, "da operadora Ondavia", "du prestataire Calvane": see Cast.FirmOfTrade.cs.
            // Asked by the tokens' case and classes first; the noun is looked up only after an article.
            if (i > 0 && i + 1 < sentence.Count && sentence[i + 1].IsCapitalized && (token.IsLower || IsCapitalisedNounAfterArticle(sentence, i))
                && !_cues.Is(token, WordClass.OrganisationNoun)
                && (_cues.Is(sentence[i - 1], WordClass.Definite) || _cues.Words.ContractedArticles.Contains(sentence[i - 1].Span)))
            {
                ReadFirmOfTrade(sentence, i, paragraph);
            }
        }

        ReadUnclassedOpening(sentence);
        // "Nordfracht24 stellt … um": see Cast.BareSubjectBody.cs.
        ReadBareSubject(sentence);
    }

    // "Der Verein Grünes Lindau kritisierte …": in German a noun after its article has a capital
    // too. Only the phrase opening the sentence is read so: its verb comes second, so the
    // capitalised words after the noun are a name. Inside a clause the verb comes last, and the
    // next capitalised word is the object ("weil das Unternehmen Verluste gemacht hat").
    private bool IsCapitalisedNounAfterArticle(IReadOnlyList<Token> sentence, int i)
        => _cues.Words.CapitalisesNouns && i == 1 && sentence[i].IsCapitalized && _cues.Is(sentence[0], WordClass.Definite);

    // "Harbour Monthly magazine has published", "The Harbour Post newspaper claimed": a publication's name before
    // its noun, which "the magazine" or "the paper" later means.
    private void ReadPublication(IReadOnlyList<Token> sentence, int noun, int paragraph)
    {
        const int MaxNameWords = 3;
        if (noun == 0 || !sentence[noun - 1].IsCapitalized || !_cues.Words.Publications.Contains(sentence[noun].Span))
        {
            return;
        }

        var start = noun - 1;
        while (start > 0 && noun - start < MaxNameWords && sentence[start - 1].IsCapitalized && !_cues.Is(sentence[start - 1], WordClass.Definite))
        {
            start--;
        }

        // "The paper", "A Spanish newspaper": an article opens no name.
        while (start < noun && (_cues.Is(sentence[start], WordClass.Article)
            || _cues.Is(sentence[start], WordClass.NotName)))
        {
            start++;
        }

        // "Spanish newspaper", "Sunday paper": a nationality or a day describes the noun.
        if (start == noun || _cues.Is(sentence[start], WordClass.Demonym) || Lexicons.LexiconTables.Calendar.Contains(sentence[start].Span)
            || NamePlausibility.IsPossessive(sentence[noun - 1].Span))
        {
            return;
        }

        var name = Phrase.Join(sentence, start, noun);
        Organisation(name, paragraph);
        SetKind(name, sentence[noun].Text);
    }

    // "El sindicato Unión Tecnológica", "la empresa tecnológica Nubia Software": a name after the
    // noun. Past a role ("union leader Tom Baker") the name is the role holder's, a person's.
    private void ReadAfterNoun(IReadOnlyList<Token> sentence, int noun, int paragraph, bool describes = false, string? kind = null)
    {
        var start = noun + 1;
        if (start < sentence.Count && sentence[start].IsLower && start + 1 < sentence.Count && sentence[start + 1].IsCapitalized
            && !_cues.Is(sentence[start], WordClass.Preposition) && !_cues.Is(sentence[start], WordClass.EmployerLink)
            && !IsPlaceLink(sentence[start])
            && !_cues.Is(sentence[start], WordClass.Definite) && !_cues.IsReportingVerb(sentence[start])
            && !_cues.Is(sentence[start], WordClass.TitleOrRole))
        {
            start++;
        }

        // "La empresa adjudicataria, Vías del Sur, atribuye …", "la società di gestione, Funivie
        // Alto Raso.": after the noun opened by its article and a few lower-case words, the
        // organisation's name set off by commas (or ending the sentence). Not a person the
        // article names ("the firm, Tom Baker said, …" is no such name).
        const int MaxDescribingWords = 3;
        var comma = noun + 1;
        // "The company chairman, Baker, said": a role among the words describes a person, whose
        // name follows.
        while (comma < sentence.Count && comma <= noun + MaxDescribingWords && sentence[comma].IsLower && !_cues.IsReportingVerb(sentence[comma])
            && !_cues.Is(sentence[comma], WordClass.TitleOrRole) && !_cues.Words.SpokesNouns.Contains(sentence[comma].Span)
            && !_cues.Words.OfficialNouns.Contains(sentence[comma].Span))
        {
            comma++;
        }

        // Only the sentence's subject, opening it or inverted after its verb: "culpa a la empresa
        // eléctrica, Luz Norte," names the one blamed, whom a later "la empresa" does not mean.
        if (comma < sentence.Count && sentence[comma].Kind == TokenKind.Comma && !describes && kind is null
            && noun > 0 && _cues.Is(sentence[noun - 1], WordClass.Definite)
            && (noun == 1 || AfterReportingVerb(sentence, noun - 1))
            && comma + 1 < sentence.Count && sentence[comma + 1].IsCapitalized && !_cues.Is(sentence[comma + 1], WordClass.Title)
            && _cues.Phrase.ReadForward(sentence, comma + 1) is { Kind: SubjectKind.Name } apposed
            && apposed.End < sentence.Count && sentence[apposed.End].Kind is TokenKind.Comma or TokenKind.Terminal
            && !_isSurname(SpeakerFinder.LastWord(apposed.Text)))
        {
            Organisation(apposed.Text, paragraph);
            SetKind(apposed.Text, sentence[noun].Text);
            return;
        }

        // "The company said Mr Hollis would …": a verb stands between, and a title says a person.
        // "The council on Monday approved": a day or a month alone is when, never a name ("the
        // charity June Foundation" is one).
        if (start < sentence.Count && sentence[start].IsCapitalized && !_cues.Is(sentence[start], WordClass.Title)
            && !(Lexicons.LexiconTables.Calendar.Contains(sentence[start].Span) && !(start + 1 < sentence.Count && sentence[start + 1].IsCapitalized)))
        {
            var named = _cues.Phrase.ReadForward(sentence, start);
            if (named.Kind == SubjectKind.Name)
            {
                named = ThroughLinkedWords(sentence, start, named);
                Organisation(named.Text, paragraph);
                kind ??= sentence[noun].Text;
                if (!describes && !_cues.Words.DocumentNouns.Contains(kind.AsSpan()))
                {
                    SetKind(named.Text, kind);
                    // "De gemeente Tolbergen": the noun as written before the name (Cast.KindWrittenWithName.cs).
                    NoteKindWrittenBefore(sentence, noun, start, named.Text);
                }
            }
        }
    }

    // "de politie in Oost-Harderland", "la police à Valmont", "la polizia a Montelago", "the police
    // from Millbrook": a preposition of place, of origin or of whom one speaks to, between the noun and a
    // capitalised word, says where the body is; the word is a place, never the body's name (a
    // describing word, "la empresa tecnológica Nubia Software", is what may stand between).
    private bool IsPlaceLink(Token word)
        => _cues.Words.Locatives.Contains(word.Span) || _cues.Words.SourcePrepositions.Contains(word.Span)
        || _cues.Words.ListenerPrepositions.Contains(word.Span);

    // "l'associazione Amici del Borgo", "la organización Unión Campesina del Sur": after an
    // organisation's noun, a name goes on over a link ("del", "de la") to the capitalised words
    // after it, which a person's name reading stops before or leaves out as a place of origin.
    // No link after the name's words, no change.
    private Subject ThroughLinkedWords(IReadOnlyList<Token> sentence, int start, Subject named)
    {
        const int MaxWords = 8;
        var words = 1;
        foreach (var c in named.Text)
        {
            words += c == ' ' ? 1 : 0;
        }

        var end = start + words;
        if (end > sentence.Count || !string.Equals(Phrase.Join(sentence, start, end), named.Text, StringComparison.Ordinal))
        {
            return named;
        }

        var read = end;
        var k = end;
        while (k + 1 < sentence.Count && k - start < MaxWords && sentence[k].IsLower && IsBodyNameLink(sentence[k]))
        {
            var word = k + 1;
            if (word + 1 < sentence.Count && sentence[word].IsLower && IsBodyNameArticle(sentence[word]))
            {
                word++;
            }

            if (!sentence[word].IsCapitalized)
            {
                break;
            }

            while (word < sentence.Count && word - start < MaxWords && sentence[word].IsCapitalized)
            {
                word++;
            }

            end = word;
            k = word;
        }

        return end == read ? named : new Subject(SubjectKind.Name, Phrase.Join(sentence, start, end), end);
    }

    // Whether a reporting verb stands before the article at `article`, past its fillers ("ha
    // annunciato ieri la società"): the phrase is the verb's inverted subject.
    private bool AfterReportingVerb(IReadOnlyList<Token> sentence, int article)
    {
        const int MaxFillers = 3;
        var k = article - 1;
        while (k >= 0 && article - k <= MaxFillers && sentence[k].IsLower && !_cues.IsReportingVerb(sentence[k]) && _cues.Is(sentence[k], WordClass.Filler))
        {
            k--;
        }

        return k >= 0 && _cues.IsReportingVerb(sentence[k]);
    }

    // The noun an organisation was named with ("empresa"), which the same noun later means.
    private void SetKind(string name, string noun) => (_kinds ??= new Dictionary<string, string>(StringComparer.Ordinal))[name] = noun;

    // "the environment select committee said": a body named by its description alone, after
    // an article, with no name after it.
    private void ReadBody(IReadOnlyList<Token> sentence, int noun, int paragraph)
    {
        if (!_cues.Words.Bodies.Contains(sentence[noun].Span) || (noun + 1 < sentence.Count && sentence[noun + 1].IsCapitalized))
        {
            return;
        }

        var article = noun - 1;
        while (article >= 0 && noun - article <= MaxBodyModifiers + 1 && sentence[article].IsWord
            && !_cues.Is(sentence[article], WordClass.Definite))
        {
            if (_cues.IsReportingVerb(sentence[article]) || NamePlausibility.IsPossessive(sentence[article].Span))
            {
                return;
            }

            article--;
        }

        // "the Commons work and pensions committee", but not "the new and old committees".
        if (article >= 0 && noun - article >= 2 && sentence[article].IsWord && _cues.Is(sentence[article], WordClass.Definite)
            && !_cues.Is(sentence[article + 1], WordClass.NotName))
        {
            Organisation(Phrase.Join(sentence, article + 1, noun + 1), paragraph);
        }
    }

    // "La justice a estimé que …", "el gobierno aseguró que …": a body that speaks as one, named
    // by its bare noun after an article, when no organisation the article names has that noun
    // (then the noun means it, as "the council" does). Not before a name or a complement ("le
    // gouvernement Borne", "la préfecture de police"), which makes it a body of its own. After an
    // unnamed spokesperson the link fused with the article stands for the article ("un portavoz del
    // ayuntamiento": Phrase.IndefiniteSpokespersonOfContractedBody.cs).
    private void ReadBareBody(IReadOnlyList<Token> sentence, int noun, int paragraph)
    {
        // "Das Landratsamt prüft": a compound that ends in a body's noun names one body by itself.
        if (noun == 0 || !(_cues.Words.BareBodies.Contains(sentence[noun].Span) || _cues.Words.IsCompoundBody(sentence[noun].Span)) || !sentence[noun - 1].IsWord
            || !(_cues.Is(sentence[noun - 1], WordClass.Definite) || _cues.Phrase.IsIndefiniteSpokespersonOfContractedBody(sentence, noun))
            || (noun + 1 < sentence.Count && (sentence[noun + 1].IsCapitalized || _cues.Words.OrganisationLinks.Contains(sentence[noun + 1].Span))))
        {
            return;
        }

        foreach (var (name, _, _, document) in _recent)
        {
            // "die Sparkasse" after "die Kreissparkasse Nordland": the compound's last part means it too.
            if (document is null && name is not null && NounIn(name) is { } own
                && (own.AsSpan().Equals(sentence[noun].Span, StringComparison.OrdinalIgnoreCase) || IsCompoundOf(own, sentence[noun].Text)))
            {
                return;
            }
        }

        // "la polizia locale", "la police municipale": which body of that noun is part of its name.
        var qualified = noun + 1 < sentence.Count && sentence[noun + 1].IsLower && _cues.Words.BodyQualifiers.Contains(sentence[noun + 1].Span);
        Organisation(qualified ? Text.StringCache.Get(sentence[noun].Text + " " + sentence[noun + 1].Text) : sentence[noun].Text, paragraph);
    }

    // "Il comitato dei residenti", "l'association des riverains": a body the people it gathers
    // name, which "il comitato" or "l'association" later means.
    private void ReadPeopleBody(IReadOnlyList<Token> sentence, int noun, int paragraph)
    {
        if (_cues.Phrase.PeopleBody(sentence, noun) is { IsFound: true } body)
        {
            Organisation(body.Text, paragraph);
        }
    }

    // "Monsanto said it accepted …": a one-word name whose own report goes on with "it" is an
    // organisation's, and it is what that "it" means, though named in the same sentence. Not a
    // person's surname, nor a name after a title: in "Director Kitamura said it may" or
    // "Peter Voss said it was" the "it" means no one.
    private void ReadSaysIt(IReadOnlyList<Token> sentence, int start, int paragraph)
    {
        if (start + 1 >= sentence.Count || sentence[start + 1].IsCapitalized
            || (start > 0 && _cues.Is(sentence[start - 1], WordClass.TitleOrRole)))
        {
            return;
        }

        // The words after a one-word name come first: they rule out almost every name without
        // reading its phrase.
        var verb = _cues.Phrase.SkipFillers(sentence, start + 1);
        if (verb + 1 >= sentence.Count || !_cues.IsReportingVerb(sentence[verb]))
        {
            return;
        }

        var it = verb + 1;
        if (sentence[it].IsLower && _cues.Is(sentence[it], WordClass.Complementiser) && it + 1 < sentence.Count)
        {
            it++;
        }

        if (!sentence[it].IsLower || !_cues.Is(sentence[it], WordClass.OrganisationPronoun))
        {
            return;
        }

        var subject = _cues.Phrase.ReadForward(sentence, start);
        if (subject.Kind == SubjectKind.Name && subject.End == start + 1 && !_isSurname(subject.Text))
        {
            Organisation(subject.Text, paragraph, _sentence - 1);
        }
    }

    // "the Lund report recommends": a document the article names by its article, past
    // capitalised words, is what a later "it" means. "A study by the Harbour Audit Office", "un
    // rapport van het Instituut voor Havenstudies": a name right after the noun's link issued it.
    private void ReadDocument(IReadOnlyList<Token> sentence, int noun, int paragraph)
    {
        if (!_cues.Words.DocumentNouns.Contains(sentence[noun].Span))
        {
            return;
        }

        // "de la Cámara de Comercio", "van het Instituut": a definite article may open the name.
        var issuerStart = noun + 2;
        if (issuerStart + 1 < sentence.Count && sentence[issuerStart].IsLower && _cues.Is(sentence[issuerStart], WordClass.Definite))
        {
            issuerStart++;
        }

        if (issuerStart < sentence.Count && IsDocumentLink(sentence[noun + 1]) && sentence[issuerStart].IsCapitalized
            && _cues.Phrase.ReadForward(sentence, issuerStart) is { Kind: SubjectKind.Name } issuer && !Phrase.GoesOn(sentence, issuer.End))
        {
            _recent.Insert(0, (issuer.Text, paragraph, _sentence, sentence[noun].Text));

            // "by the Harbour Audit Office", "des Landesrechnungshofs": a name after an article is an
            // organisation's; after a genitive one, not a title's holder ("des Ingenieurs Klaus Weber").
            if (issuerStart > noun + 2 || (_cues.Words.GenitiveArticles.Contains(sentence[noun + 1].Span) && GenitiveName.NamesBody(issuer.Text, _cues.Words)))
            {
                (_organisations ??= new HashSet<string>(StringComparer.Ordinal)).Add(issuer.Text);
            }

            return;
        }

        var article = noun - 1;
        while (article >= 0 && noun - article <= Phrase.MaxNameWords && sentence[article].IsCapitalized)
        {
            article--;
        }

        if (article >= 0 && sentence[article].IsWord && _cues.Is(sentence[article], WordClass.Definite))
        {
            _recent.Insert(0, (null, paragraph, _sentence, null));
        }
    }

    // "by", "de", "van", "della": the words between a document and whoever issued it.
    private bool IsDocumentLink(Token token)
        => token.IsLower && (_cues.Words.PassiveAgents.Contains(token.Span) || _cues.Words.OrganisationLinks.Contains(token.Span)
            || _cues.Is(token, WordClass.EmployerLink) || _cues.Words.GenitiveArticles.Contains(token.Span));

    // "Marlow Vale District Council's planning committee": a run of capitalised words that ends
    // in an organisation noun names one.
    private void ReadName(IReadOnlyList<Token> sentence, int start, int paragraph)
    {
        var end = start;
        while (end < sentence.Count && end - start < Phrase.MaxNameWords && sentence[end].IsCapitalized
            && !NamePlausibility.IsPossessive(sentence[end].Span))
        {
            end++;
        }

        var possessive = end < sentence.Count && sentence[end].IsCapitalized && NamePlausibility.IsPossessive(sentence[end].Span);
        // The name's last word is looked at before any string is made: few runs end in an organisation noun,
        // or in a company's word as the subject opening the sentence ("A Tubalis SA, que faz …, também sente").
        if (possessive ? !_cues.Words.OrganisationNouns.Contains(Unpossessed(sentence[end].Span))
            : end == start || !(_cues.Is(sentence[end - 1], WordClass.OrganisationNoun)
                || (end - start > 1 && OpensSentence(sentence, start) && _cues.Words.CompanyWords.Contains(sentence[end - 1].Span))))
        {
            return;
        }

        // "Dalla Asl spiegano": a preposition of source opening the sentence is capitalised there, no part of the name.
        while (start < end && (_cues.Is(sentence[start], WordClass.NotName) || _cues.Words.SourcePrepositions.Contains(sentence[start].Span)))
        {
            start++;
        }

        if (start >= end)
        {
            return;
        }

        var name = possessive ? Phrase.Join(sentence, start, end) + " " + Unpossessed(sentence[end].Span).ToString() : Phrase.Join(sentence, start, end);
        if (name.IndexOf(' ') > 0)
        {
            Organisation(name, paragraph);
        }
    }

    // The organisation noun a name holds, capitalised ("Marlow Vale District Council"), or the
    // one it was introduced by, or null.
    private string? NounIn(string name)
    {
        if (_kinds is not null && _kinds.TryGetValue(name, out var kind))
        {
            return kind;
        }

        var reader = new Text.WordReader(name.AsSpan());
        string? found = null;
        while (reader.Read())
        {
            if (_cues.Words.IsOrganisationNoun(reader.Word) && (char.IsUpper(reader.Word[0]) || _organisations?.Contains(name) == true))
            {
                found = Text.StringCache.Get(reader.Word);
            }
        }

        return found;
    }

    private static ReadOnlySpan<char> Unpossessed(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("'s".AsSpan()) || word.EndsWith("’s".AsSpan()))
        {
            return word.Slice(0, word.Length - 2);
        }

        var end = word.Length;
        while (end > 0 && word[end - 1] is '\'' or '’')
        {
            end--;
        }

        return word.Slice(0, end);
    }
}
