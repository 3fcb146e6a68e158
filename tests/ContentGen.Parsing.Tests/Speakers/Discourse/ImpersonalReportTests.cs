namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A verb of saying whose subject is an impersonal pronoun (<c>Se asegura que «…»</c>, <c>Si spiega
/// che «…»</c>, <c>Garante-se que «…»</c>, <c>On assure que « … »</c>) reports words no one in the
/// sentence owns: read as a dropped subject, they went to whoever spoke before. A pronoun that is
/// the verb's object (<c>Se queja de que</c>, a verb of stance) is no impersonal subject.
/// </summary>
public sealed class ImpersonalReportTests
{
    [Theory]
    [InlineData("es", "Se asegura que «todo estará listo en junio».")]
    [InlineData("es", "En la comarca se dice que «el pantano no aguantará otro verano».")]
    [InlineData("it", "Si spiega che «tutto sarà pronto a giugno».")]
    [InlineData("pt", "Garante-se que «tudo estará pronto em junho».")]
    [InlineData("pt", "Na vila, diz-se que «a obra nunca vai acabar».")]
    [InlineData("fr", "On assure que « tout sera prêt en juin ».")]
    public void AnImpersonalReport_IsNotTheEarlierSpeakers(string language, string paragraph)
        => Assert.Null(ProbeArticle.LastSpeaker(language, paragraph));

    // Guards: a pronominal verb's own pronoun, and a reflexive verb of stance, keep their subject.
    [Theory]
    [InlineData("it", "Si è detto «preoccupato».")]
    [InlineData("pt", "Queixa-se de que «ninguém nos consultou».")]
    public void APronounThatIsTheVerbsObject_LeavesTheDroppedSubject(string language, string paragraph)
        => Assert.Equal(ProbeArticle.EarlierSpeakerName(language), ProbeArticle.LastSpeaker(language, paragraph));
}
