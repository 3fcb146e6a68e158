using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// Two people of one family share a surname: a new subject named in full ("Matteo Bevilacqua")
/// after the last speaker named in full ("Lucia Bevilacqua") is someone else, whose sentence ends
/// her turn, not a second mention of her.
/// </summary>
public sealed class SharedSurnameTurnTests
{
    [Theory]
    [InlineData("it", "«Gli aiuti arrivano sempre tardi», ha detto Lucia Bevilacqua. Matteo Bevilacqua guida la cantina di famiglia da due anni. «Quest'anno il vino lo faremo lo stesso, anche se poco.»", "Matteo Bevilacqua")]
    [InlineData("es", "«La ayuda siempre llega tarde», dijo Lucía Barbastro. Marcos Barbastro dirige la granja familiar desde hace dos años. «Este año haremos la vendimia igual, aunque sea poca.»", "Marcos Barbastro")]
    [InlineData("en", "\"The help always comes late,\" said Lucy Hartland. Mark Hartland has run the family farm for two years. \"We will bring the harvest in this year, whatever it costs us.\"", "Mark Hartland")]
    [InlineData("fr", "« Les aides arrivent toujours trop tard », a dit Lucie Garnier. Marc Garnier dirige l'exploitation familiale depuis deux ans. « Cette année, nous ferons le vin quand même, même s'il y en a peu. »", "Marc Garnier")]
    public void ANewSubjectSharingTheLastSpeakersSurname_EndsTheirTurn(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guard: the last speaker's surname alone, her full name again, or a title and her surname,
    // is still her.
    [Theory]
    [InlineData("en", "\"The help always comes late,\" said Lucy Hartland. Ms Hartland has run the family farm for two years. \"We will bring the harvest in this year, whatever it costs us.\"", "Lucy Hartland")]
    [InlineData("es", "«La ayuda siempre llega tarde», dijo Lucía Barbastro. Barbastro dirige la granja familiar desde hace dos años. «Este año haremos la vendimia igual, aunque sea poca.»", "Lucía Barbastro")]
    [InlineData("it", "«Gli aiuti arrivano sempre tardi», ha detto Lucia Bevilacqua. Bevilacqua guida la cantina di famiglia da due anni. «Quest'anno il vino lo faremo lo stesso, anche se poco.»", "Lucia Bevilacqua")]
    [InlineData("en", "\"The help always comes late,\" said Lucy Hartland. Lucy Hartland has run the family farm for two years. \"We will bring the harvest in this year, whatever it costs us.\"", "Lucy Hartland")]
    public void TheLastSpeakerNamedAgain_KeepsTheTurn(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));
}
