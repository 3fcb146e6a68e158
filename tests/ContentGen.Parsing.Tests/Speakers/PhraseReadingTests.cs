using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The noun phrase that names a speaker, read alone on one invented sentence: before the verb
/// (past fillers, an employer's preposition, an appositive, a relative clause left open), after
/// it (an age, a nationality, a titled name, a spokesman and whom he speaks for), and where the
/// phrase ends, the token just past it.
/// </summary>
public sealed class PhraseReadingTests
{
    private static Phrase Phrase => OneSentence.Cues.Phrase;

    private static List<Token> Tokens(string sentence)
        => Token.Read(sentence, QuoteScanner.Scan(sentence).Quotes, new List<Token>());

    private static int IndexOf(List<Token> tokens, string text) => tokens.FindIndex(token => token.Text == text);

    private static Subject Before(string sentence, string verb = "said")
    {
        var tokens = Tokens(sentence);
        return Phrase.ReadBackward(tokens, IndexOf(tokens, verb));
    }

    private static Subject After(string sentence, string verb = "said")
    {
        var tokens = Tokens(sentence);
        return Phrase.ReadForward(tokens, IndexOf(tokens, verb) + 1);
    }

    [Fact]
    public void OnlyFillersBeforeTheVerb_NameNobody()
        => Assert.False(Before("also said it would").IsFound);

    [Fact]
    public void ANameBeforeAnEmployerLink_IsTheSpeaker()
    {
        var subject = Before("John Smith of the Liberal Democrats said it would");

        Assert.Equal((SubjectKind.Name, "John Smith"), (subject.Kind, subject.Text));
    }

    [Fact]
    public void ASpokesmanForAnOrganisation_GivesTheOrganisation_AChairmanGivesHisRole()
    {
        Assert.Equal("Harbour Office", Before("A spokesman for the Harbour Office said it would").Text);

        var chairman = Before("The chairman of the Harbour Trust said it would");
        Assert.Equal(SubjectKind.Role, chairman.Kind);
        Assert.NotEqual("Harbour Trust", chairman.Text);
    }

    [Fact]
    public void AnOrganisationAfterAnyOtherWordsPreposition_IsNoSpeaker()
        => Assert.False(Before("Most supporters of the Harbour Trust said it would").IsFound);

    [Fact]
    public void ARunInsideAnAppositive_GivesTheAppositivesHead()
        => Assert.Equal("Lisa Crane", Before("Lisa Crane, head of policy at the Aids charity Trust said it would").Text);

    [Theory]
    [InlineData("Earlier Tom Hale, whose party calls the plan \"deeply flawed\" said it would", "Tom Hale")]
    [InlineData("Hale, whose party calls the plan \"deeply flawed\" said it would", "Hale")]
    [InlineData("Earlier the plan, which critics call \"deeply flawed\" said it would", null)]
    [InlineData("Earlier Tom Hale, and his party call the plan \"deeply flawed\" said it would", null)]
    [InlineData("Earlier Tom Hale, whose party calls the plan deeply flawed, said it would", null)]
    [InlineData("Earlier Tom Hale, whose party: calls the plan \"deeply flawed\" said it would", null)]
    public void ARelativeClauseLeftOpen_BeforeAQuote_LeadsBackToTheNameBeforeIt(string sentence, string? subject)
    {
        var tokens = Tokens(sentence);
        var found = Phrase.BeforeUnclosedRelativeClause(tokens, IndexOf(tokens, "said"));

        Assert.Equal(subject, found.IsFound ? found.Text : null);
    }

    [Theory]
    [InlineData("Joseph Varga, general secretary of the forum, said it would", "said")]
    [InlineData("Joseph Varga, \"general secretary\", said it would", null)]
    [InlineData("Joseph Varga, general secretary of the forum said it would", null)]
    public void AnAppositive_EndsAtItsSecondComma(string sentence, string? after)
    {
        var tokens = Tokens(sentence);

        Assert.Equal(after is null ? -1 : IndexOf(tokens, after), Phrase.AfterAppositive(tokens, IndexOf(tokens, ",")));
    }

    [Fact]
    public void AnAppositive_IsTwentyTokensAtMost()
    {
        static string Sentence(int forums) => "Joseph Varga, secretary of the forum" + string.Concat(Enumerable.Repeat(" and the forum", forums)) + ", said it would";

        // The second comma comes 1 + 4 + 3 tokens a forum after the first: 20 tokens for five forums, 23 for six.
        var within = Tokens(Sentence(5));
        var beyond = Tokens(Sentence(6));

        Assert.Equal(IndexOf(within, "said"), Phrase.AfterAppositive(within, IndexOf(within, ",")));
        Assert.Equal(-1, Phrase.AfterAppositive(beyond, IndexOf(beyond, ",")));
    }

    [Theory]
    [InlineData("said the 71-year-old.", "Role", "71-year-old", 3)]
    [InlineData("said a 71-year-old.", "Unnamed", "71-year-old", 3)]
    [InlineData("said the American.", "Role", "American", 3)]
    [InlineData("said the spokeswoman for Acme.", "Role", "spokeswoman", 3)]
    [InlineData("said the Acme spokesman.", "Role", "spokesman", 4)]
    [InlineData("said the foreign minister Sergei Riabkov.", "Name", "Sergei Riabkov", 6)]
    public void AfterTheVerb_ARoleOrAnAge_NamesWhoeverItMeans_AndEndsAfterIt(string sentence, string kind, string text, int end)
    {
        var subject = After(sentence);

        Assert.Equal((kind, text, end), (subject.Kind.ToString(), subject.Text, subject.End));
    }

    // A sentence may end on the phrase itself, without a final mark (a headline, a last line).
    [Theory]
    [InlineData("said the American", "Role", "American", 3)]
    [InlineData("said the 71-year-old", "Role", "71-year-old", 3)]
    [InlineData("said a Department for Transport spokesman", "Name", "Department for Transport", 6)]
    [InlineData("said Rover's spokesman", "Name", "Rover", 3)]
    [InlineData("said Rover's", "None", "", 0)]
    [InlineData("said the", "None", "", 0)]
    [InlineData("said a", "None", "", 0)]
    public void APhraseThatEndsTheSentence_IsReadToItsLastWord(string sentence, string kind, string text, int end)
    {
        var subject = After(sentence);

        Assert.Equal((kind, text, end), (subject.Kind.ToString(), subject.Text ?? "", subject.End));
    }

    [Fact]
    public void ANationalityBeforeAName_IsNoRole()
    {
        var subject = After("said the American Jane Doe.");

        Assert.NotEqual((SubjectKind.Role, "American"), (subject.Kind, subject.Text));
    }

    [Theory]
    [InlineData("said a spokeswoman for Acme.", "Acme")]
    [InlineData("said an Acme spokesman.", "Acme")]
    [InlineData("said a Department for Transport spokesman.", "Department for Transport")]
    public void AnUnnamedSpokesman_GivesTheOrganisationHeSpeaksFor(string sentence, string organisation)
    {
        var subject = After(sentence);

        // A named organisation is a name; SubjectKind.Organisation is "the company", one named before.
        Assert.Equal((SubjectKind.Name, organisation), (subject.Kind, subject.Text));
    }

    [Theory]
    [InlineData("said Rover's spokesman.", "Rover", 3)]
    [InlineData("said Rover’s spokesman.", "Rover", 3)]
    [InlineData("said an Acme spokesman.", "Acme", 4)]
    public void ASpokesmansOwner_SpeaksThroughHim_AndThePhraseEndsAfterHim(string sentence, string organisation, int end)
    {
        var subject = After(sentence);

        Assert.Equal((SubjectKind.Name, organisation, end), (subject.Kind, subject.Text, subject.End));
    }

    [Fact]
    public void ATitledNameAfterAnArticleAndAnAdjective_IsTheName()
    {
        var subject = After("said a crestfallen Mr Lim.");

        Assert.Equal(SubjectKind.Name, subject.Kind);
        Assert.EndsWith("Lim", subject.Text);
    }

    [Theory]
    [InlineData("de son côté la députée", 0, 3)]
    [InlineData("pour sa part la députée", 0, 3)]
    [InlineData("la députée", 0, 0)]
    public void AFillerOfSeveralWords_EndsAfterItsLastWord(string words, int start, int end)
        => Assert.Equal(end, Phrase.FillerPhraseEnd(Tokens(words), start));

    [Theory]
    [InlineData("ensuite de son côté la députée", 4)]
    [InlineData("ensuite aussi la députée", 2)]
    [InlineData("la députée", 0)]
    public void Fillers_AreSkipped_OneWordOrSeveralAtATime(string words, int end)
        => Assert.Equal(end, Phrase.SkipFillers(Tokens(words), 0));
}
