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
        + "El sindicato dijo que la empresa, según la portavoz y el señor García, negó todo; ha detto il sindaco, zei de woordvoerder.";

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

    private static List<Token> Read(string text, SpeechTables words)
        => Token.Read(text, QuoteScanner.Scan(text).Quotes, new List<Token>(), words);
}
