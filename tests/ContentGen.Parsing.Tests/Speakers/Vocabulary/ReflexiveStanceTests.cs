using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers.Vocabulary;

/// <summary>
/// A verb of showing or giving reports with its reflexive pronoun and a word of stance
/// (<c>„…“, zeigte sich X zuversichtlich</c>, <c>«…», se mostró tajante X</c>); without the
/// pronoun it shows something to someone, and reports nothing.
/// </summary>
public sealed class ReflexiveStanceTests
{
    [Theory]
    [InlineData("de", "„Das wird klappen“, gab sich Jonas Brehm am Abend optimistisch.", "Jonas Brehm")]
    [InlineData("nl", "\"Dat gaat lukken\", toonde Joris Peeters zich strijdbaar.", "Joris Peeters")]
    [InlineData("es", "«Esto saldrá bien», se mostró rotunda Pilar Osorio.", "Pilar Osorio")]
    [InlineData("it", "«Andrà bene», si è detto certo Paolo Greco.", "Paolo Greco")]
    [InlineData("pt", "«Vai correr bem», mostrou-se otimista Rui Tavares.", "Rui Tavares")]
    [InlineData("fr", "« Ça va marcher », s'est montré optimiste Hugo Ferrand.", "Hugo Ferrand")]
    public void AReflexiveVerbOfStance_Reports(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: the same verbs with no reflexive pronoun show or give something; the quote is no one's.
    [Theory]
    [InlineData("de", "„Willkommen“, zeigte Jonas Brehm den Gästen.")]
    [InlineData("de", "„Willkommen“, gab Jonas Brehm den Gästen mit.")]
    [InlineData("nl", "\"Welkom\", toonde Joris Peeters de gasten.")]
    [InlineData("es", "«Bienvenidos», mostró Pilar Osorio a los visitantes.")]
    [InlineData("pt", "«Bem-vindos», mostrou Rui Tavares aos visitantes.")]
    [InlineData("fr", "« Bienvenue », a montré Hugo Ferrand aux visiteurs.")]
    public void TheVerbWithoutItsReflexive_ReportsNothing(string language, string paragraph)
        => Assert.All(ConstructionProbe.Speakers(language, paragraph), Assert.Null);

    // Guards: verbs of praise that report only beside the quote act on a name before one.
    [Theory]
    [InlineData("nl", "Joris Peeters prees het boek \"Thuis\" in de krant.")]
    [InlineData("es", "El alcalde felicitó a la peña «Los Amigos» por su aniversario.")]
    [InlineData("it", "Paolo Greco ha lodato il coro «Voci del Lago» per il concerto.")]
    [InlineData("pt", "Rui Tavares saudou o clube «Estrela» pelo centenário.")]
    public void APraiseVerbBeforeANamedThing_GivesNoOneTheName(string language, string paragraph)
        => Assert.All(ConstructionProbe.Speakers(language, paragraph), Assert.Null);
}
