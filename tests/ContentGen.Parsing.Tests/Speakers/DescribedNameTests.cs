namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An indefinite article, one adjective and a name ("a tearful Lee told", "una emocionada Gil") is
/// the person the article named, described: given when the article gives the full name. A club,
/// a town or a group is described the same way ("a revived Eastport"), so a name the article never
/// gives in full is no one, and so is a name of several words (a company: "a defiant Acme
/// Holdings"). German is left out: its nouns are capitalised ("ein junger Mann").
/// </summary>
public sealed class DescribedNameTests
{
    [Theory]
    [InlineData("Ann Lee won the sprint on Sunday. \"I'm thrilled,\" a tearful Lee told reporters. \"It has been a long year.\"", "Ann Lee")]
    [InlineData("Ana Gil ganó la carrera el domingo. «Estoy feliz», dijo una emocionada Gil. «Ha sido un año largo.»", "Ana Gil")]
    [InlineData("Anna Rossi ha vinto la gara domenica. «Sono felice», ha detto una commossa Rossi. «È stato un anno lungo.»", "Anna Rossi")]
    public void ANameAfterAnArticleAndAnAdjective_IsThePersonNamedInFull(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker, speaker }, QuoteSpeakers.Under("Sprint", paragraph));

    // An adverb may stand between the described name and its verb, as after any subject.
    [Theory]
    [InlineData("Ann Lee won the sprint on Sunday. \"I'm thrilled,\" a tearful Lee later told reporters.", "Ann Lee")]
    [InlineData("Tom Baker was sent off on Saturday. An angry Baker initially said: \"He would have stayed down much longer.\"", "Tom Baker")]
    public void AnAdverbBeforeTheVerb_KeepsTheDescribedName(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Sprint", paragraph)[^1]);

    // Guards: past the adverb too, a name the article never gives in full, or a town, is no one.
    [Theory]
    [InlineData("The final was close. \"I'm thrilled,\" a tearful Lee later told reporters.")]
    [InlineData("Tom Baker spoke first. \"We will vote no,\" a revived Eastport later said.")]
    public void AnAdverbBeforeTheVerb_GivesNoOneNew(string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Sprint", paragraph)[^1]);

    // Guards: a group, a town or a club described so, and German nouns after an adjective, are no one.
    [Theory]
    [InlineData("Tom Baker leads the party. \"We will vote no,\" a dozen Tories said in a letter.")]
    [InlineData("Tom Baker spoke first. \"We will vote no,\" a revived Eastport said.")]
    [InlineData("Tom Baker spoke first. \"We will vote no,\" a few Tories said.")]
    [InlineData("Anna Weber gewann am Sonntag das Rennen. „Ich bin glücklich“, sagte ein junger Mann am Rand.")]
    [InlineData("Acme Holdings reported a loss. \"We will recover,\" a defiant Acme Holdings said.")]
    [InlineData("Veel inwoners kwamen naar de zaal. \"We zijn boos,\" zei een boze Harbour Stad.")]
    public void ADescribedGroupPlaceOrNoun_IsNoSpeaker(string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Vote", paragraph));

    // Guard: a role and a name after the adjective still name the person.
    [Fact]
    public void ARoleAndNameAfterTheAdjective_IsThePerson()
        => Assert.Equal(new[] { "Jane Roe" }, QuoteSpeakers.Under("Vote", "Tom Baker spoke first. \"We will vote no,\" said a former Acme chief Jane Roe."));
}
