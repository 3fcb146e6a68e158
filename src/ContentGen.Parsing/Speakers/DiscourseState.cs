using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// Where the reading of an article stands, as one explicit record of counters and salience:
/// which paragraph and sentence, who was last the subject of a report, who was last quoted.
/// <see cref="SpeakerFinder"/> reads and moves it; nothing else about the article is remembered
/// between sentences but the <see cref="NameRegistry"/>.
/// </summary>
internal sealed partial class DiscourseState
{
    /// <summary>The paragraph being read, from 0.</summary>
    public int Paragraph { get; set; }

    /// <summary>The sentence being read, counted over the whole article.</summary>
    public int Sentence { get; set; }

    // The people a pronoun may mean, most salient first: each speaker or reporting subject as
    // it is named, with the paragraph where it was; null for someone unnamed.
    private const int MaxSalient = 4;
    // One more than kept, for the mention inserted before the oldest goes: the list never grows.
    private readonly List<(string? Name, int Paragraph)> _salient = new(MaxSalient + 1);

    /// <summary>The speaker of the last quote, or null when it had none.</summary>
    public string? LastQuoted { get; set; }

    /// <summary>The sentence of the last quote, or -1.</summary>
    public int LastQuotedSentence { get; set; }

    /// <summary>Whether the last quote asked a question: its words end on a question mark.</summary>
    public bool LastQuoteAsked { get; set; }

    /// <summary>Paragraphs since the last quote; <see cref="int.MaxValue"/> before the first.</summary>
    public int ParagraphsSinceQuoted { get; set; }

    /// <summary>Someone named as the subject of a report with no quote of their own ("Mr Dunn warned that …").</summary>
    public string? LastReporter { get; set; }

    /// <summary>The sentence of <see cref="LastReporter"/>, or -1.</summary>
    public int LastReporterSentence { get; set; }

    public DiscourseState() => Clear();

    /// <summary>Goes back to before an article: nothing read, nobody named.</summary>
    public void Clear()
    {
        Paragraph = -1;
        Sentence = 0;
        _salient.Clear();
        ClearSpeakers();
        _possessed = null;
        _spokenPossessed = null;
        LastQuoted = null;
        LastQuotedSentence = -1;
        LastQuoteAsked = false;
        ParagraphsSinceQuoted = int.MaxValue;
        LastReporter = null;
        LastReporterSentence = -1;
        OtherSubjectSinceQuoted = false;
        Interviewee = null;
        LastSubject = null;
        LastSubjectSentence = -1;
        _focus = null;
        _focusSentence = -1;
    }

    /// <summary>Moves to the next paragraph.</summary>
    public void NextParagraph()
    {
        Paragraph++;
        if (ParagraphsSinceQuoted != int.MaxValue)
        {
            ParagraphsSinceQuoted++;
        }
    }

    /// <summary>
    /// Whether a sentence since the last quote opened with someone else named as its subject
    /// ("Fox could not come, but Ann Lee read out his speech."): the next quote with no
    /// cue is no longer the last speaker's.
    /// </summary>
    public bool OtherSubjectSinceQuoted { get; set; }

    /// <summary>The guest of an interview the article gives ("X répondait aux questions de …"), or null.</summary>
    public string? Interviewee { get; set; }

    /// <summary>The person named as the subject of the last sentence with no quote, or null.</summary>
    public string? LastSubject { get; set; }

    /// <summary>The sentence of <see cref="LastSubject"/>, or -1.</summary>
    public int LastSubjectSentence { get; set; }

    /// <summary>
    /// Whether the sentence just before, after the last quote, had someone else as its subject:
    /// "Baker was asked about the vote. '…'" gives Baker the quote.
    /// </summary>
    public bool SubjectJustBefore => OtherSubjectSinceQuoted && LastSubjectSentence == Sentence - 1 && LastSubjectSentence > LastQuotedSentence;

    /// <summary>Records the quote just attributed to <paramref name="speaker"/> (or to nobody).</summary>
    public void Quoted(string? speaker)
    {
        LastQuoted = speaker;
        NoteSpeaker(speaker);
        LastQuotedSentence = Sentence;
        ParagraphsSinceQuoted = 0;
        OtherSubjectSinceQuoted = false;
    }

    // The person a sentence brought in after a possessive ("His daughter Ellen Vane stood …"),
    // while no one has been mentioned since: see Antecedent.
    private string? _possessed;

    /// <summary>Makes <paramref name="person"/>, brought in after a possessive, the most salient person.</summary>
    public void MentionedAfterPossessive(string person)
    {
        Mentioned(person);
        _possessed = person;
    }

    /// <summary>Makes <paramref name="speaker"/> who a pronoun means from here; null for someone unnamed.</summary>
    public void Mentioned(string? speaker)
    {
        _possessed = null;
        _spokenPossessed = null;
        for (var i = 0; i < _salient.Count; i++)
        {
            if (speaker is not null && string.Equals(_salient[i].Name, speaker, StringComparison.Ordinal))
            {
                _salient.RemoveAt(i);
                break;
            }
        }

        _salient.Insert(0, (speaker, Paragraph));
        if (_salient.Count > MaxSalient)
        {
            _salient.RemoveAt(MaxSalient);
        }
    }

    /// <summary>Who a pronoun would mean first: the person made salient last (null for someone unnamed, or nobody).</summary>
    public string? MostSalient => _salient.Count > 0 ? _salient[0].Name : null;

    /// <summary>The paragraph where <paramref name="name"/> was last made salient, or -1.</summary>
    public int MentionedIn(string name)
    {
        foreach (var (salient, paragraph) in _salient)
        {
            if (string.Equals(salient, name, StringComparison.Ordinal))
            {
                return paragraph;
            }
        }

        return -1;
    }

    /// <summary>
    /// The salient person whose name holds <paramref name="word"/> as a whole word ("Sir Tom"
    /// after "Tom Baker"), or null.
    /// </summary>
    public string? SalientHolding(string word)
    {
        foreach (var (name, _) in _salient)
        {
            var at = name is null ? -1 : name.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || name![at - 1] == ' ') && (at + word.Length == name!.Length || name[at + word.Length] == ' '))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// The one salient person whose full name opens with <paramref name="word"/> ("Alan Marsh" for
    /// "Alan"); null when none does, or two do (namesakes: a guess would be wrong half the time).
    /// </summary>
    public string? OnlySalientOpenedBy(string word)
    {
        string? only = null;
        foreach (var (name, _) in _salient)
        {
            if (name is not null && name.Length > word.Length && name[word.Length] == ' ' && name.StartsWith(word, StringComparison.Ordinal))
            {
                if (only is not null && !string.Equals(only, name, StringComparison.Ordinal))
                {
                    return null;
                }

                only = name;
            }
        }

        return only;
    }

    /// <summary>
    /// Who a pronoun or role noun of <paramref name="gender"/> means: the most salient person named
    /// within <paramref name="reach"/> paragraphs, unless the article shows that person to be of
    /// the other gender; then the next one the article shows to be of the pronoun's. Null when
    /// that is someone unnamed, or nobody.
    /// </summary>
    public string? Antecedent(Gender gender, Func<string, Gender> genderOf, int reach) => Antecedent(gender, genderOf, reach, null);

    /// <summary>
    /// As <see cref="Antecedent(Gender, Func{string, Gender}, int)"/>, passing over the names
    /// <paramref name="passOver"/> holds, asked with the paragraph of their last mention: someone
    /// unnamed given by a description ("directrice") is no one a role of another noun means.
    /// </summary>
    public string? Antecedent(Gender gender, Func<string, Gender> genderOf, int reach, Func<string, int, bool>? passOver)
    {
        var skipped = false;
        var from = Paragraph;
        var first = true;
        PassedToPossessor = false;
        PassedOtherGender = false;
        foreach (var (name, paragraph) in _salient)
        {
            if (from - paragraph > reach || name is null)
            {
                return null;
            }

            // "Her son Tom plays in goal. '…,' she said.": the newcomer a possessive brought in is
            // meant only by a pronoun of their gender, or of none shown; past them, the possessor
            // is meant as before. An ungendered pronoun or a dropped subject keeps to the possessor.
            var newcomer = first && string.Equals(name, _possessed, StringComparison.Ordinal);
            var spokeAfterPossessive = first && string.Equals(name, _spokenPossessed, StringComparison.Ordinal);
            first = false;
            if (newcomer && (gender == Gender.Unknown || genderOf(name) is var tie && tie != Gender.Unknown && tie != gender))
            {
                continue;
            }

            // "Seine Frau Monika Brandlmeier winkt ab: „…“ Er zeigt …": see DiscourseState.SpokenPossessed.cs.
            if (spokeAfterPossessive && PassesToPossessor(gender, genderOf(name)) is var possessor && possessor != PossessorTurn.None)
            {
                if (possessor == PossessorTurn.NoOne)
                {
                    return null;
                }

                PassedToPossessor = true;
                continue;
            }

            // Someone unnamed speaking in the scene does not take the one named before it out of
            // it: the reach runs on from where they were last mentioned.
            if (passOver is not null && passOver(name, paragraph))
            {
                from = paragraph;
                continue;
            }

            // Past someone of the other gender, only positive evidence will do: the one meant
            // may be someone the reading never recorded.
            var known = genderOf(name);
            if (gender == Gender.Unknown || known == gender || (known == Gender.Unknown && !skipped))
            {
                return PassedOtherGender && IsBehindScenePassed(paragraph) ? null : name;
            }

            skipped = true;
            PassedOver(known, paragraph);
        }

        return null;
    }

    /// <summary>
    /// The organisation that the sentence just before made its subject, naming nothing else
    /// ("But the Harbour Trust stood by the plan."), or null: whom "a spokesman" speaks for.
    /// </summary>
    public string? OrganisationJustBefore => _focusSentence == Sentence - 1 ? _focus : null;

    private string? _focus;
    private int _focusSentence;

    /// <summary>Records <paramref name="organisation"/> as this sentence's subject, the only name it gives.</summary>
    public void Focused(string organisation)
    {
        _focus = organisation;
        _focusSentence = Sentence;
    }

    /// <summary>Records <paramref name="reporter"/> as the subject of a report in this sentence.</summary>
    public void Reported(string reporter)
    {
        LastReporter = reporter;
        LastReporterSentence = Sentence;
    }

    /// <summary>Whether someone reported in the sentence just before, after the last quote.</summary>
    public bool ReporterJustBefore => LastReporterSentence > LastQuotedSentence && LastReporterSentence == Sentence - 1;
}
