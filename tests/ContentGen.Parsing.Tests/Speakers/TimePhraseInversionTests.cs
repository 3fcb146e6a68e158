namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A time phrase of a few words ("la semaine dernière", "el martes", "na semana passada") between
/// an inverted reporting verb and its subject is stepped over as a one-word time adverb is.
/// </summary>
public sealed class TimePhraseInversionTests
{
    [Theory]
    [InlineData("Les Jeux de Valmont", "« Le budget est bouclé », avait expliqué la semaine dernière la secrétaire d'État chargée des Sports, Claire Dubois.", "Claire Dubois")]
    [InlineData("Los Juegos de Valdeoro", "«El presupuesto está cerrado», explicó el martes a EFE la ministra de Deportes, Ana Ruiz.", "Ana Ruiz")]
    [InlineData("Os Jogos de Vila Nova", "«O orçamento está fechado», explicou na semana passada a ministra do Desporto, Ana Costa.", "Ana Costa")]
    // Innocent neighbours: the same office with no time phrase, a time phrase opening the sentence.
    [InlineData("Les Jeux de Valmont", "« Le budget est bouclé », a expliqué la secrétaire d'État, Claire Dubois.", "Claire Dubois")]
    public void ATimePhraseAfterTheVerb_KeepsTheSubjectAfterIt(string headline, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under(headline, "La ville prépare les Jeux régionaux.", paragraph));

    [Fact]
    public void ATimePhraseOpeningTheSentence_ChangesNothing()
        => Assert.Equal(
            new string?[] { "Claire Dubois" },
            QuoteSpeakers.Under("Les Jeux de Valmont", "La semaine dernière, Claire Dubois a visité le stade. La semaine dernière la ville a voté le budget.", "« Le budget est bouclé », a-t-elle dit."));
}
