namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A gendered pronoun whose antecedent shows no gender, while an earlier sentence of its paragraph
/// names someone the article shows to be of the pronoun's gender: the reader cannot tell whom the
/// writer meant (given names say nothing), so the quote is no one's rather than the subject's.
/// </summary>
public sealed class PronounRivalTests
{
    [Fact]
    public void WomanNamedBesideUngenderedSubject_SheMeansNoOne_English()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Town hall vote",
                "Mark Fenton came to the meeting with Mrs Laura Pike. \"We will not give up,\" she said."));

    [Fact]
    public void WomanNamedBesideUngenderedSubject_ElleMeansNoOne_French()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Vote au conseil",
                "Dominique Marchand est venu avec la maire, Sophie Lenoir. « Nous ne céderons pas », a-t-elle dit."));

    [Fact]
    public void WomanNamedBesideUngenderedSubject_SieMeansNoOne_German()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Abstimmung im Rat",
                "Paul Berger kam mit Frau Anna Roth zur Sitzung. „Wir geben nicht auf“, sagte sie."));

    [Fact]
    public void WomanNamedBesideUngenderedSubject_EllaMeansNoOne_Spanish()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Votación en el pleno",
                "Alex Ortega llegó con la alcaldesa, Marta Gil. «No vamos a ceder», dijo ella."));

    [Fact]
    public void WomanNamedBesideUngenderedSubject_LeiMeansNoOne_Italian()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Voto in consiglio",
                "Paolo Neri è arrivato con la sindaca Giulia Sala. «Non cederemo», ha detto lei."));

    [Fact]
    public void WomanNamedBesideUngenderedSubject_ElaMeansNoOne_Portuguese()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Votação na câmara",
                "Paulo Neves chegou à reunião com a vereadora Ana Lopes. «Não vamos desistir», disse ela."));

    [Fact]
    public void RivalOfTheOtherGender_IsNoRival_English()
        => Assert.Equal(
            new string?[] { "Laura Pike" },
            QuoteSpeakers.Under(
                "Town hall vote",
                "Laura Pike came to the meeting with Mr Tom Cole. \"We will not give up,\" she said."));

    [Fact]
    public void PronounOfTheOtherGender_KeepsTheSubject_English()
        => Assert.Equal(
            new string?[] { "Mark Fenton" },
            QuoteSpeakers.Under(
                "Town hall vote",
                "Mark Fenton came to the meeting with Mrs Laura Pike. \"We will not give up,\" he said."));

    [Fact]
    public void AntecedentShownOfThePronounsGender_IsMeant_English()
        => Assert.Equal(
            new string?[] { "Laura Pike" },
            QuoteSpeakers.Under(
                "Town hall vote",
                "Mrs Laura Pike came to the meeting with Mrs Jane Cole. \"We will not give up,\" she said."));

    // Guard: someone named in the sentence before but not brought in beside the subject (a
    // possessor, an object) is no rival; the subject keeps the pronoun, as reporters write it.
    [Fact]
    public void TitledManNamedAsAPossessor_IsNoRival_English()
        => Assert.Equal(
            new string?[] { "Tom Reed" },
            QuoteSpeakers.Under(
                "Club rejects claims",
                "Spokesman Tom Reed rejected Mr Tom Hale's claims about the accounts. \"We stand by our figures,\" he added."));

    [Fact]
    public void RivalInAnEarlierParagraph_IsNoRival_French()
        => Assert.Equal(
            new string?[] { "Claire Dumas" },
            QuoteSpeakers.Under(
                "Vote au conseil",
                "Claire Dumas est venue avec la maire, Sophie Lenoir.",
                "« Nous ne céderons pas », a-t-elle dit."));

    [Fact]
    public void BracketAfterTitledName_ClosesTheName_German()
        => Assert.Equal(
            new string?[] { "Gisela Pfaffinger" },
            QuoteSpeakers.Under(
                "Molkerei schließt",
                "Bürgermeisterin Gisela Pfaffinger (Freie Wähler) erfuhr am Montag von den Plänen. „Das ist ein schwarzer Tag“, sagte sie."));
}
