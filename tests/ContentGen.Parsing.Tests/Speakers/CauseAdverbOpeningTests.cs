namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Deshalb sagt er:", "Daarom zegt hij:", "Por eso insiste:": an adverb or phrase of cause or
/// concession opens the clause before its verb of saying, whose subject (a pronoun after the verb,
/// or dropped) is the person just quoted, as after "Dann sagt er:" or "Luego insiste:".
/// </summary>
public sealed class CauseAdverbOpeningTests
{
    [Theory]
    [InlineData("Zecken", "Paolo Ferri ist Doktorand. „Hier hat man es unterschätzt“, sagt Ferri.", "Deshalb sagt er: „Wer im Wald arbeitet, sollte sich impfen lassen.“", "Paolo Ferri")]
    [InlineData("Zecken", "Paolo Ferri ist Doktorand. „Hier hat man es unterschätzt“, sagt Ferri.", "Trotzdem sagt er: „Angst habe ich keine.“", "Paolo Ferri")]
    [InlineData("Zwembad", "Pieter Smit is badmeester. \"Hier zwemt iedereen\", zegt Smit.", "Daarom zegt hij: \"Het bad moet openblijven.\"", "Pieter Smit")]
    [InlineData("Taller", "Encarna Lobo guarda las cartas. «Se fue tranquilo», contó Lobo.", "Por eso insiste: «A él no le interesaba el dinero».", "Encarna Lobo")]
    [InlineData("Forno", "Piero Galli apre il forno alle quattro. «È la mia vita», racconta Galli.", "Per questo insiste: «Non chiuderò mai».", "Piero Galli")]
    [InlineData("Padaria", "Rosa Lima abre a padaria às quatro. «É a minha vida», conta Lima.", "Por isso insiste: «Nunca vou fechar».", "Rosa Lima")]
    public void ACauseAdverbBeforeTheVerb_KeepsTheSpeakerInFocus(string headline, string first, string second, string speaker)
        => Assert.Equal(new[] { speaker, speaker }, QuoteSpeakers.Under(headline, first, second));

    // Guard: a name after the verb is the subject, not the person in focus.
    [Fact]
    public void ANameAfterTheVerb_IsTheSubject()
        => Assert.Equal(
            new[] { "Encarna Lobo", "Pedro Gil" },
            QuoteSpeakers.Under(
                "Taller",
                "Encarna Lobo guarda las cartas. «Se fue tranquilo», contó Lobo. Su vecino Pedro Gil la escucha.",
                "Por eso insiste Pedro Gil: «Él nunca vendió nada»."));
}
