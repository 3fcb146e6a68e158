using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A verb with its pronoun inverted inside the guillemets is the quote's cue:
/// <c>« Des moutons, je veux bien, a-t-il ajouté. Mais qui les gardera ? »</c> is his, by the
/// pronoun as after the marks. When that pronoun means no one (a woman's after a man shown to be
/// one), the quote is no one's, and not a continuation of the man's words.
/// </summary>
public sealed class InnerInvertedPronounTests
{
    [Fact]
    public void ThePronounInside_MeansTheSalientPerson()
        => Assert.Equal("Gaël Kervella", ConstructionProbe.LastSpeaker("fr",
            "Gaël Kervella défend le projet. « Des moutons, je veux bien, a-t-il ajouté. Mais qui les gardera ? »"));

    [Fact]
    public void APronounInsideOfTheOtherGender_IsNoContinuation()
        => Assert.Null(ConstructionProbe.LastSpeaker("fr",
            "« Nous voulons les deux », a dit Gaël Kervella. « Les moutons ne gênent personne », a-t-il ajouté. « Des moutons, je veux bien, a-t-elle rétorqué. Mais qui les gardera ? »"));
}
