using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A token read with the speech tables answers from its class bits; one read without them (as the
/// single-sieve tests read theirs) looks each list up. Both must give the same answer, word for word.
/// </summary>
public sealed class WordClassTests
{
    // Words of every class and of none, in several cases, with inverted pronouns and possessives.
    private const string Probe =
        "Mr Howard said it was late, but the council told Mrs Lee that the spokesman, a minister and Dr Ann Roux denied it. "
        + "« C'est fini », a-t-il dit, ajoute-t-elle, mais la députée Anne Roux et M. Dupont, porte-parole de la société, estiment que non. "
        + "Frau Vogt sagte, aber der Verband und Herr Becker erklärten: es sei falsch. SAID BUT COUNCIL Council's Acme's "
        + "El sindicato dijo que la empresa, según la portavoz y el señor García, negó todo; ha detto il sindaco, zei de woordvoerder. "
        + "A Labour councillor or a Briton told a British daily on Sunday, he and she said.";

    private static readonly (WordClass Class, Func<SpeechTables, WordTable> List)[] s_lists =
    {
        (WordClass.Contrast, w => w.Contrasts),
        (WordClass.OrganisationNoun, w => w.OrganisationNouns),
        (WordClass.MaleTitle, w => w.MaleTitles),
        (WordClass.FemaleTitle, w => w.FemaleTitles),
        (WordClass.Title, w => w.Titles),
        (WordClass.RoleNoun, w => w.RoleNouns),
        (WordClass.NotName, w => w.NotNames),
        (WordClass.Complementiser, w => w.Complementisers),
        (WordClass.OrganisationPronoun, w => w.OrganisationPronouns),
        (WordClass.Definite, w => w.Definites),
        (WordClass.Indefinite, w => w.Indefinites),
        (WordClass.NameJoiner, w => w.NameJoiners),
        (WordClass.EmployerLink, w => w.EmployerLinks),
        (WordClass.MaleReferent, w => w.MaleReferents),
        (WordClass.FemaleReferent, w => w.FemaleReferents),
        (WordClass.Demonym, w => w.Demonyms),
        (WordClass.NationalityNoun, w => w.NationalityNouns),
        (WordClass.Affiliation, w => w.Affiliations),
        (WordClass.Preposition, w => w.Prepositions),
        (WordClass.Medium, w => w.Media),
        (WordClass.Coordinator, w => w.Coordinators),
    };

    public static TheoryData<string> Languages()
    {
        var data = new TheoryData<string> { "all" };
        foreach (var lexicon in Lexicon.All)
        {
            data.Add(lexicon.Language);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryClassBit_AnswersAsItsList(string language)
    {
        var words = SpeechTables.For(language == "all" ? null : language);
        var tokens = Read(Probe, words);
        Assert.Contains(tokens, t => t.IsWord);
        foreach (var token in tokens.Where(t => t.IsWord))
        {
            Assert.True((token.Classes & WordClass.Classified) != 0, token.Text);
            foreach (var (cls, list) in s_lists)
            {
                Assert.True(list(words).Contains(token.Span) == ((token.Classes & cls) != 0), $"{language} {cls} {token.Text}");
            }
        }
    }

    // The probe sentence reaches a few words of each list; every word any lexicon holds, in
    // either case, must answer alike too. The reporting bit of the table itself (not of a token,
    // which adds inverted verbs) is the list's.
    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryClassBit_AnswersAsItsList_ForEveryLexiconWord(string language)
    {
        var words = SpeechTables.For(language == "all" ? null : language);
        foreach (var word in EveryLexiconWord())
        {
            foreach (var form in new[] { word, word.ToUpperInvariant() })
            {
                foreach (var (cls, list) in s_lists.Append((WordClass.Reporting, w => w.ReportingVerbs)))
                {
                    Assert.True(list(words).Contains(form.AsSpan()) == words.IsAny(form.AsSpan(), cls), $"{language} {cls} {form}");
                }
            }
        }
    }

    [Fact]
    public void EveryClass_IsHeldBySomeProbeWord_SoTheComparisonAbovePasses()
    {
        var tokens = Read(Probe, SpeechTables.All);
        foreach (var (cls, _) in s_lists.Append((WordClass.Reporting, w => w.ReportingVerbs)))
        {
            Assert.Contains(tokens, t => (t.Classes & cls) != 0);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void ReadWithTables_AndWithout_AnswerEveryQuestionAlike(string language)
    {
        var words = SpeechTables.For(language == "all" ? null : language);
        var cues = new Cues(words);
        var classified = Read(Probe, words);
        var plain = Token.Read(Probe, QuoteScanner.Scan(Probe).Quotes, new List<Token>());
        Assert.Equal(plain.Count, classified.Count);
        for (var i = 0; i < plain.Count; i++)
        {
            Assert.Equal(WordClass.None, plain[i].Classes);
            Assert.Equal(plain[i].Kind, classified[i].Kind);
            Assert.Equal(plain[i].QuoteIndex, classified[i].QuoteIndex);
            Assert.Equal(cues.IsReportingVerb(plain[i]), cues.IsReportingVerb(classified[i]));
            foreach (var (cls, _) in s_lists)
            {
                Assert.Equal(cues.Is(plain[i], cls), cues.Is(classified[i], cls));
            }
        }
    }

    // "était l'invité", "answered questions": the interview phrases are looked up only from a word
    // that can start one, so every phrase's first word must carry the bit, read as the tokeniser reads.
    [Theory]
    [InlineData("all")]
    [InlineData("en")]
    [InlineData("fr")]
    public void EveryInterviewCue_OpensWithAWordMarkedAsItsStart(string language)
    {
        var words = SpeechTables.For(language == "all" ? null : language);
        var cues = Lexicon.All.Where(l => language == "all" || l.Language == language).SelectMany(l => l.Speech.InterviewCues).ToList();
        Assert.NotEmpty(cues);
        foreach (var cue in cues)
        {
            var first = Read(cue, words)[0];
            Assert.True((first.Classes & WordClass.InterviewStart) != 0, $"{language} {cue}");
            Assert.True((Read(cue.ToUpperInvariant(), words)[0].Classes & WordClass.InterviewStart) != 0, $"{language} {cue} in capitals");
        }

        Assert.Equal(WordClass.None, Read("questions guest interviewed", words).Aggregate(WordClass.None, (all, t) => all | (t.Classes & WordClass.InterviewStart)));
    }

    // "selon", "according to": the same holds for the phrases that give a view's source.
    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryAccordingToPhrase_OpensWithAWordMarkedAsItsStart(string language)
    {
        var words = SpeechTables.For(language == "all" ? null : language);
        var phrases = Lexicon.All.Where(l => language == "all" || l.Language == language).SelectMany(l => l.Speech.AccordingTo).ToList();
        Assert.NotEmpty(phrases);
        foreach (var phrase in phrases)
        {
            Assert.True((Read(phrase, words)[0].Classes & WordClass.AccordingToStart) != 0, $"{language} {phrase}");
            Assert.True((Read(phrase.ToUpperInvariant(), words)[0].Classes & WordClass.AccordingToStart) != 0, $"{language} {phrase} in capitals");
        }

        Assert.Equal(WordClass.None, Read("accord to the harbour", words).Aggregate(WordClass.None, (all, t) => all | (t.Classes & WordClass.AccordingToStart)));
    }

    [Theory]
    [InlineData("a-t-il", true)]
    [InlineData("ajoute-t-elle", true)]
    [InlineData("dit-elle", true)]
    [InlineData("said", true)]
    [InlineData("porte-parole", false)]
    [InlineData("Kilroy-Silk", false)]
    [InlineData("table", false)]
    public void AReportingVerb_InvertedOrNot_IsReporting(string word, bool expected)
    {
        Assert.Equal(expected, (WordClasses.Of(SpeechTables.All, word.AsSpan()) & WordClass.Reporting) != 0);
        var token = Read(word, SpeechTables.All).Single();
        Assert.Equal(expected, OneSentence.Cues.IsReportingVerb(token));
    }

    private static SortedSet<string> EveryLexiconWord()
    {
        var all = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var lexicon in Lexicon.All)
        {
            foreach (var property in typeof(SpeechWords).GetProperties())
            {
                if (property.GetValue(lexicon.Speech) is string[] list)
                {
                    foreach (var entry in list)
                    {
                        all.Add(entry);
                        all.UnionWith(entry.Split(' '));
                    }
                }
            }
        }

        return all;
    }

    private static List<Token> Read(string text, SpeechTables words)
        => Token.Read(text, QuoteScanner.Scan(text).Quotes, new List<Token>(), words);
}
