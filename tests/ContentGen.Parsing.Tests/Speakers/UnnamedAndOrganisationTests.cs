using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed speaking for an organisation, organisations' names with a link inside, role
/// nouns with a prefix, and a cue that reports words of its own: each a wrong speaker before.
/// </summary>
public sealed class UnnamedAndOrganisationTests
{
    [Fact]
    public void APronounAfterASpokesperson_MeansTheSpokesperson_WhoSpeaksForTheOrganisation()
        => Assert.Equal(
            new[] { "John Ashby", "Harbour Trust", "Harbour Trust" },
            QuoteSpeakers.UnderHarbourPlan("\"The college will close,\" said John Ashby. A spokeswoman for the Harbour Trust said the plan had been \"ambitious\". She added: \"It was not the only one to lose out.\""));

    [Fact]
    public void AnOrganisationCutShortBeforeItsSpokesperson_NamesNoOne()
        => Assert.Equal(
            new string?[] { null, null },
            QuoteSpeakers.UnderHarbourPlan("John Ashby said the college would close. A Department for Harbours and Ports spokeswoman said the plan had been \"ambitious\". She added: \"It was not the only one to lose out.\""));

    [Theory]
    [InlineData("The Harbour Council of Marlow said in a statement: \"We are deeply worried about the quays.\"", "Harbour Council of Marlow")]
    [InlineData("The National Union of Dockers argued the plan was \"likely to make things worse\".", "National Union of Dockers")]
    public void AnOrganisationNounBeforeALink_KeepsTheNameWhole(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    [Theory]
    [InlineData("\"Construction has started without approval,\" said agency vice-director Lu Wen.", "Lu Wen")]
    [InlineData("The board met. Harbour co-chairman Tom Fox opened the meeting. The plan was \"a failure\", he told the board.", "Tom Fox")]
    public void ARoleNounWithAPrefix_IsARole(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    [Fact]
    public void AVerbGoingOnWithThat_AfterAQuoteEndingItsSentence_ReportsWordsOfItsOwn()
        => Assert.Equal(
            new[] { "Ann Lee", "Tom Baker" },
            QuoteSpeakers.UnderHarbourPlan("Ann Lee said: \"How is anyone supposed to know?\" Harbour board member Tom Baker, another co-chairman of the group, said that the law was \"so loosely written nobody knows what it means\"."));

    [Fact]
    public void AVerbGoingOnWithThat_AfterAQuoteInsideItsClause_StillReportsIt()
        => Assert.Equal(
            new[] { "Tom Baker" },
            QuoteSpeakers.UnderHarbourPlan("Tom Baker spoke to the committee. While sales are rising at a \"steady enough rate\" he warned that costs were climbing too."));
}
