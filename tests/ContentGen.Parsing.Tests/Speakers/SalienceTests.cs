using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Whom a pronoun or epithet means: the most salient person named, never one the article shows
/// to be of the other gender, and a sentence's subject counts even past an insert between commas.
/// </summary>
public sealed class SalienceTests
{
    [Fact]
    public void She_SkipsTheLatestPerson_WhenTheArticleShowsHimToBeAMan()
        => Assert.Equal(
            new[] { "Jane Roe", "Jane Roe" },
            QuoteSpeakers.UnderHarbourPlan(
                "Jane Roe and Tom Baker met on Monday. Ms Roe chairs the board and Mr Baker runs the union.",
                "\"We remain far apart on pay,\" said Jane Roe.",
                "Tom Baker was asked about the vote on Tuesday.",
                "\"It will not pass this week,\" she said."));

    [Fact]
    public void Elle_SkipsTheLatestPerson_WhenTheArticleShowsHimToBeAMan()
        => Assert.Equal(
            new[] { "Anne Roux", "Anne Roux" },
            QuoteSpeakers.UnderHarbourPlan(
                "Anne Roux et Paul Marin se sont rencontrés lundi. Mme Roux préside le conseil et M. Marin dirige le syndicat.",
                "« Nous restons très loin sur les salaires », a déclaré Anne Roux.",
                "Paul Marin a été interrogé mardi sur le vote.",
                "« Il ne passera pas cette semaine », a-t-elle ajouté."));

    [Fact]
    public void APronoun_OfTheOtherGenderThanEveryoneSalient_GivesNoSpeaker()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.UnderHarbourPlan("Tom Baker was asked about the vote on Tuesday. Mr Baker declined to answer.", "\"It will not pass this week,\" she said."));

    [Fact]
    public void PastSomeoneOfTheOtherGender_OnlyKnownGenderWill_Do()
        => Assert.Equal(
            new string?[] { "Bob Hartley", "Sue Marsh", null },
            QuoteSpeakers.UnderHarbourPlan(
                "\"The towns can live with this money,\" said Bob Hartley.",
                "Finance minister Sue Marsh agreed. Ms Marsh said: \"It is a fair share for every town hall.\"",
                "The Plaid spokesman called the deal a let-down. He said: \"The valleys have lost out once more.\""));

    [Fact]
    public void ASentenceSubject_PastAnInsertBetweenCommas_IsWhomAPronounMeans()
        => Assert.Equal(
            new[] { "Priya Rao" },
            QuoteSpeakers.UnderHarbourPlan(
                "Rosa Ortega and India's Priya Rao reached the second round. Ortega, 31, beat Ann Cole in two sets. "
                + "Rao, the youngest player in the draw, will now face Lena Berg.",
                "But she is calm. \"She hits hard but nobody is unbeatable,\" she said."));

    [Fact]
    public void ASentenceSubject_PastAnInsertBetweenCommas_IsWhomARoleNounMeans_InSpanish()
        => Assert.Equal(
            new[] { "Elena Castaño", "Javier Montero" },
            QuoteSpeakers.UnderHarbourPlan(
                "El consejero delegado, Javier Montero, presentó el plan en Madrid.",
                "«Una compañía con ayudas públicas tiene una responsabilidad especial», sostuvo la ministra Elena Castaño.",
                "Montero, de 47 años, fundó la empresa en 2011. «No es el día más fácil de mi vida», reconoció el empresario."));
}
