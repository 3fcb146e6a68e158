using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// French inverted cues as the press writes them: common reporting verbs ("rapporte", "pointe",
/// "concède"), an object pronoun before the auxiliary ("nous a confié"), a date with its article
/// ("a expliqué le 3 mars X"), and a medium named in capitals before the subject ("a réagi sur
/// Twitter X", "a déclaré dans le Journal du dimanche X") or after it ("confie X à Ouest-France"),
/// whose words are never the speaker.
/// Each cue follows a paragraph about someone else, so carrying the last speaker on cannot pass.
/// </summary>
public sealed class FrenchInvertedSlotTests
{
    private static string? Speaker(string cue)
        => QuoteSpeakers.Under(
            "Calais : les associations inquiètes",
            "La préfète Anne Roux a visité le camp lundi. « La situation est maîtrisée », a-t-elle assuré.",
            "Les bénévoles distribuent des repas chaque soir depuis le mois d'octobre.",
            "« Nous sommes à bout de forces »" + cue)[1];

    [Theory]
    [InlineData(", rapporte Jean Morel, bénévole.")]
    [InlineData(", rapportait en octobre Jean Morel.")]
    [InlineData(", pointe Jean Morel.")]
    [InlineData(", concède Jean Morel.")]
    [InlineData(", tacle Jean Morel.")]
    [InlineData(", signale Jean Morel.")]
    [InlineData(", raille Jean Morel.")]
    [InlineData(", avoue Jean Morel.")]
    [InlineData(", constate Jean Morel.")]
    public void ACommonReportingVerb_Inverted_GivesItsSubject(string cue)
        => Assert.Equal("Jean Morel", Speaker(cue));

    [Theory]
    [InlineData(", nous a confié Jean Morel.")]
    [InlineData(", m'a expliqué Jean Morel.")]
    [InlineData(", nous explique Jean Morel.")]
    public void AnObjectPronounBeforeTheVerb_IsSteppedOver(string cue)
        => Assert.Equal("Jean Morel", Speaker(cue));

    [Theory]
    [InlineData(", a expliqué le 3 mars Jean Morel.")]
    [InlineData(", a déclaré le 12 décembre le bénévole Jean Morel.")]
    public void ADateWithItsArticle_IsATimeSlot(string cue)
        => Assert.Equal("Jean Morel", Speaker(cue));

    [Theory]
    [InlineData(", a réagi sur Twitter Jean Morel.")]
    [InlineData(", a indiqué au Parisien Jean Morel.")]
    [InlineData(", a déclaré mardi sur France Inter Jean Morel.")]
    [InlineData(", a déclaré dimanche dans le Journal du dimanche Jean Morel.")]
    public void AMediumInCapitals_StandsBeforeTheSubject(string cue)
        => Assert.Equal("Jean Morel", Speaker(cue));

    // "Me", maître, is a lawyer's title, as "M." is a man's.
    [Theory]
    [InlineData(", souligne Me Jean Morel, avocat de la famille.")]
    [InlineData(", a plaidé Me Jean Morel.")]
    public void ALawyersTitle_IsNoPartOfTheName(string cue)
        => Assert.Equal("Jean Morel", Speaker(cue));

    // "X à Ouest-France": the medium after the subject is whom it spoke to, not a name the
    // subject's words describe ("said Wales physio Mark Dale").
    [Theory]
    [InlineData(", confie Jean Morel à Ouest-France.")]
    [InlineData(", explique Jean Morel à BFMTV.")]
    [InlineData(", a raconté Jean Morel au Parisien Libéré.")]
    public void AMediumAfterTheSubject_IsNotTheSpeaker(string cue)
        => Assert.Equal("Jean Morel", Speaker(cue));

    [Theory]
    [InlineData(", a déclaré sur France Inter.")]
    [InlineData(", a précisé dans le Journal du dimanche.")]
    [InlineData(", a réagi sur BFMTV.")]
    public void AMediumAlone_IsNoSpeaker(string cue)
        => Assert.Null(Speaker(cue));

    // Someone unnamed after the time, not the medium who asked them, speaks: given by their noun.
    [Fact]
    public void SomeoneUnnamedAfterATime_IsGivenByTheirNoun_NotTheMedium()
        => Assert.Equal("bénévole", Speaker(", rapportait en mars une bénévole interrogée par Le Courrier."));
}
