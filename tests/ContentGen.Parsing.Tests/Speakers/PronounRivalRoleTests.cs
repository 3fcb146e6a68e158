namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A companion brought in beside an ungendered subject whose role noun, or the article before it,
/// shows the pronoun's gender ("with the chairwoman, Laura Pike", "mit der Lehrerin Anna Roth",
/// "com a presidente da câmara, Ana Lopes"): a rival as a title would make her, so the pronoun is no one's.
/// </summary>
public sealed class PronounRivalRoleTests
{
    [Fact]
    public void CompanionsGenderedRoleNoun_MakesARival_English()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Town hall vote",
                "Mark Fenton came with the chairwoman, Laura Pike. \"We will not give up,\" she said."));

    [Fact]
    public void CompanionsGenderedRoleNoun_MakesARival_German()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Abstimmung im Rat",
                "Paul Berger kam mit der Lehrerin Anna Roth. „Wir geben nicht auf“, sagte sie."));

    [Fact]
    public void CompanionsFeminineArticle_MakesARival_Portuguese()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Votação na câmara",
                "Alex Neves chegou com a presidente da câmara, Ana Lopes. «Não vamos desistir», disse ela."));

    [Fact]
    public void CompanionsFeminineArticle_MakesARival_Spanish()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Votación en el pleno",
                "Alex Ortega llegó con la presidente del club, Marta Gil. «No vamos a ceder», dijo ella."));

    [Fact]
    public void CompanionsFeminineArticle_MakesARival_French()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Vote au conseil",
                "Dominique Marchand est venu avec la présidente du club, Sophie Lenoir. « Nous ne céderons pas », a-t-elle dit."));

    // Stops: a companion of the other gender is no rival; a role that does not head the companion
    // phrase ("the husband of the chairwoman") shows nothing of the companion.
    [Fact]
    public void CompanionOfTheOtherGender_KeepsTheSubject_German()
        => Assert.Equal(
            new string?[] { "Paul Berger" },
            QuoteSpeakers.Under(
                "Abstimmung im Rat",
                "Paul Berger kam mit der Lehrerin Anna Roth. „Wir geben nicht auf“, sagte er."));

    [Fact]
    public void CompanionsMasculineArticle_IsNoRivalForEla_Portuguese()
        => Assert.Equal(
            new string?[] { "Paula Neves" },
            QuoteSpeakers.Under(
                "Votação na câmara",
                "A vereadora Paula Neves chegou com o presidente da câmara, Rui Lopes. «Não vamos desistir», disse ela."));

    [Fact]
    public void RoleNotHeadingTheCompanion_ShowsNothing_English()
        => Assert.Equal(
            new string?[] { "Mark Fenton" },
            QuoteSpeakers.Under(
                "Town hall vote",
                "Mark Fenton came with the husband of the chairwoman, Tom Pike. \"We will not give up,\" she said."));
}
