using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Whom a pronoun or epithet means: the most salient person named, never one the article shows
/// to be of the other gender, and a sentence's subject counts even past an insert between commas.
/// </summary>
public sealed class SalienceTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Harbour plan approved", paragraphs);

    [Fact]
    public void She_SkipsTheLatestPerson_WhenTheArticleShowsHimToBeAMan()
        => Assert.Equal(
            new[] { "Jane Roe", "Jane Roe" },
            Speakers(
                "Jane Roe and Tom Baker met on Monday. Ms Roe chairs the board and Mr Baker runs the union.",
                "\"We remain far apart on pay,\" said Jane Roe.",
                "Tom Baker was asked about the vote on Tuesday.",
                "\"It will not pass this week,\" she said."));

    [Fact]
    public void Elle_SkipsTheLatestPerson_WhenTheArticleShowsHimToBeAMan()
        => Assert.Equal(
            new[] { "Anne Roux", "Anne Roux" },
            Speakers(
                "Anne Roux et Paul Marin se sont rencontrés lundi. Mme Roux préside le conseil et M. Marin dirige le syndicat.",
                "« Nous restons très loin sur les salaires », a déclaré Anne Roux.",
                "Paul Marin a été interrogé mardi sur le vote.",
                "« Il ne passera pas cette semaine », a-t-elle ajouté."));

    [Fact]
    public void APronoun_OfTheOtherGenderThanEveryoneSalient_GivesNoSpeaker()
        => Assert.Equal(
            new string?[] { null },
            Speakers("Tom Baker was asked about the vote on Tuesday. Mr Baker declined to answer.", "\"It will not pass this week,\" she said."));

    [Fact]
    public void PastSomeoneOfTheOtherGender_OnlyKnownGenderWill_Do()
        => Assert.Equal(
            new string?[] { "Bob Wellington", "Sue Essex", null },
            Speakers(
                "\"The councils will cope with the settlement,\" said Bob Wellington.",
                "Finance minister Sue Essex agreed. Ms Essex said: \"This is a good deal for local government.\"",
                "The Plaid spokesman called the announcement disappointing. He said: \"Wales has been short changed yet again.\""));

    [Fact]
    public void ASentenceSubject_PastAnInsertBetweenCommas_IsWhomAPronounMeans()
        => Assert.Equal(
            new[] { "Sania Mirza" },
            Speakers(
                "Conchita Martinez and India's Sania Mirza reached the second round. Martinez, 32, beat Ann Cole in two sets. "
                + "Mirza, the youngest player in the draw, will now face Lena Berg.",
                "But she is confident. \"She is a great player but everyone is beatable,\" she said."));

    [Fact]
    public void ASentenceSubject_PastAnInsertBetweenCommas_IsWhomARoleNounMeans_InSpanish()
        => Assert.Equal(
            new[] { "Elena Castaño", "Javier Montero" },
            Speakers(
                "El consejero delegado, Javier Montero, presentó el plan en Madrid.",
                "«Una compañía con ayudas públicas tiene una responsabilidad especial», sostuvo la ministra Elena Castaño.",
                "Montero, de 47 años, fundó la empresa en 2011. «No es el día más fácil de mi vida», reconoció el empresario."));
}
