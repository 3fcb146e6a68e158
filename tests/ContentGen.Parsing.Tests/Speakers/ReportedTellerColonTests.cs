namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A source that passes words on ("The Sunday Courier reports that Jon Vale told a magazine:") is
/// not their speaker: the clause the complementiser opens has its own subject and its own verb of
/// saying, and that subject spoke the quote after the colon. A clause whose verb does not report
/// ("Jane Roe warned that Britain faced a crisis:") leaves the speaker the outer subject.
/// </summary>
public sealed class ReportedTellerColonTests
{
    [Theory]
    [InlineData("Striker talks", "Jon Vale is in talks with the club. The Sunday Courier reports that Vale told a French magazine: \"I either win titles or I have an easy life.\"", "Jon Vale")]
    [InlineData("Striker talks", "Jon Vale is in talks with the club. It is understood that the striker told the board: \"I want to stay here.\"", "Jon Vale")]
    [InlineData("Transfert", "Jean Morel est en discussion avec le club. Le Courrier du Dimanche rapporte que Morel a déclaré à un magazine : « Je veux gagner des titres. »", "Jean Morel")]
    [InlineData("Fichaje", "Jon Vale negocia con el club. El Correo del Domingo informa que Vale dijo a una revista: «Quiero ganar títulos».", "Jon Vale")]
    [InlineData("Transferência", "Jon Vale negoceia com o clube. O Correio de Domingo noticia que Vale disse a uma revista: «Quero ganhar títulos».", "Jon Vale")]
    public void TheReportedClausesSubject_SpeaksTheQuote(string headline, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    [Theory]
    // Guards: the inner clause does not report, or closes an opening phrase, so the outer subject speaks.
    [InlineData("Crisis warning", "Jane Roe spoke in Leeds on Monday. She warned that Britain faced a crisis: \"We must act now.\"", "Jane Roe")]
    [InlineData("Crisis warning", "Jane Roe warned that the plan would fail: \"We must act now.\"", "Jane Roe")]
    [InlineData("Cup row", "Tom Vale met the press on Friday. Reminded that Ray Dunn called him a disgrace, Vale added: \"I do not respond to anything.\"", "Tom Vale")]
    [InlineData("Alerte", "Julie Caron a averti que la France traversait une crise : « Il faut agir. »", "Julie Caron")]
    public void AnInnerClauseThatDoesNotReport_LeavesTheOuterSubject(string headline, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under(headline, paragraph));
}
