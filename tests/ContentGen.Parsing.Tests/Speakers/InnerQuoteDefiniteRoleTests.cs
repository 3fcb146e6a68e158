namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A role or a trade after a definite article, as the subject of a verb of saying right before the
/// inner mark, says the inner quote by the label convention (InnerQuoteSpeaker.DefiniteRole.cs), when
/// the article writes the noun nowhere else: a noun written again may name someone, whom the label
/// would give, so no one is given. Each row: the paragraphs (" ¶ " between), then the body quotes'
/// speakers in order ("-" for no one), the inner quote last.
/// </summary>
public sealed class InnerQuoteDefiniteRoleTests
{
    [Theory]
    [InlineData("The depot changed its rota in the spring. ¶ \"The supervisor told us: 'Nobody leaves before six,'\" said Ellen Marsh, who works nights at the depot.", "Ellen Marsh|supervisor")]
    [InlineData("Le magasin a changé ses horaires au printemps. ¶ « Le gérant nous a dit : “Personne ne part avant six heures” », raconte Hélène Marsac, qui travaille de nuit au dépôt.", "Hélène Marsac|gérant")]
    [InlineData("Das Lager hat im Frühjahr die Schichten geändert. ¶ „Der Chef hat uns gesagt: ‚Keiner geht vor sechs‘“, erzählt Helga Marx, die nachts im Lager arbeitet.", "Helga Marx|Chef")]
    [InlineData("El almacén cambió los turnos en primavera. ¶ «El jefe nos dijo: “Nadie se va antes de las seis”», cuenta Elena Marín, que trabaja de noche en el almacén.", "Elena Marín|jefe")]
    [InlineData("De loods heeft in het voorjaar de diensten veranderd. ¶ ‘De bedrijfsleider zei tegen ons: “Niemand gaat voor zessen weg”’, vertelt Hanneke Mol, die in de loods werkt.", "Hanneke Mol|bedrijfsleider")]
    public void ARoleAfterADefiniteArticle_WrittenNowhereElse_SaysTheInnerQuote(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // The article names the one who holds the role: the noun means them, not a stranger.
    [InlineData("Tom Hale, the supervisor at the depot, runs the night shift. ¶ \"The supervisor told us: 'Nobody leaves before six,'\" said Ellen Marsh, who works nights at the depot.", "Ellen Marsh|-")]
    [InlineData("Jorge Vidal, el jefe del almacén, no quiso hablar. ¶ «El jefe nos dijo: “Nadie se va antes de las seis”», cuenta Elena Marín, que trabaja de noche en el almacén.", "Elena Marín|-")]
    // A spokesman speaks for a body: left to the readings of bodies.
    [InlineData("The depot changed its rota in the spring. ¶ \"The spokesman told us: 'Nobody leaves before six,'\" said Ellen Marsh, who works nights at the depot.", "Ellen Marsh|-")]
    public void ARoleWrittenAgainOrABodysNoun_GivesNoOne(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);
}
