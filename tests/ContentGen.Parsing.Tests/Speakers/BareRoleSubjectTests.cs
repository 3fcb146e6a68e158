namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Der Angeklagte stand auf. »…«" after his lawyer's quote: a person's noun alone, given to no one
/// the article names, opening a sentence with no quote while the person quoted last holds a role of
/// their own, is someone else; the quote after it is not the lawyer's.
/// </summary>
public sealed class BareRoleSubjectTests
{
    [Theory]
    [InlineData("Prozess", "Staatsanwältin Julia Vernon forderte drei Jahre Haft. »Er hat mit System gehandelt«, sagte Vernon.", "Der Angeklagte stand auf. »Es tut mir leid.«")]
    [InlineData("Trial", "Defence lawyer Mark Hale asked for a suspended sentence. \"He made a mistake,\" said Hale.", "The defendant stood up. \"I am sorry.\"")]
    [InlineData("Proces", "Advocaat Mark Hals vroeg om een voorwaardelijke straf. \"Hij heeft een fout gemaakt\", zei Hals.", "De verdachte stond op. \"Het spijt me.\"")]
    public void ABareRoleNounOfNoOne_EndsTheTurnBefore(string headline, string first, string second)
        => Assert.Equal(new[] { QuoteSpeakers.Under(headline, first)[0], null }, QuoteSpeakers.Under(headline, first, second));

    // Guard: the speaker before holds no role, and may be the noun.
    [Theory]
    [InlineData("Trial", "Mark Hale runs the butchery on Mill Street. \"Trade is slow,\" said Hale.", "The butcher smiled. \"But we carry on.\"", "Mark Hale")]
    public void ABareRoleNoun_KeepsTheTurnWhereItMayBeTheSpeaker(string headline, string first, string second, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, first, second)[1]);
}
