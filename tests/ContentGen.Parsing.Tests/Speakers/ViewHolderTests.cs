using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S6, a view: "Pour le président de l'association, Jean Morel, « … »" gives the role's holder
/// named between commas, whose closing comma is the view's own.
/// </summary>
public sealed class ViewHolderTests
{
    [Theory]
    [InlineData("Pour le président de l'association, Jean Morel, « rien n'est réglé ».", "Jean Morel")]
    [InlineData("Pour la maire de Calais, Anne Morel, « rien n'est réglé ».", "Anne Morel")]
    public void AViewsRoleHolder_NamedBetweenCommas_IsTheSpeaker(string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Calais : les associations inquiètes", "Le camp a été évacué lundi matin.", sentence));

    [Fact]
    public void AViewThatRunsOnPastTheName_GivesNoOne()
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(
            "Calais : les associations inquiètes",
            "Le camp a été évacué lundi matin.",
            "Pour le président de l'association, Jean Morel, qui a visité le camp, « rien n'est réglé »."));
}
