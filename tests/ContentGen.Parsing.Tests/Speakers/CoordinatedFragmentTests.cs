namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A partial quote in a clause coordinated with the clause of the partial quote before it, after
/// an according-to source ("Según el alcalde, la obra fue «…» y costó «…»"): the source governs
/// both (Sieves/AccordingTo.CoordinatedFragment.cs). Session 59, issue 10.
/// </summary>
public sealed class CoordinatedFragmentTests
{
    [Theory]
    [InlineData("en", "According to Jane Moore, the play is \"far too long\" and \"oddly flat\".", "Jane Moore")]
    [InlineData("fr", "Selon le maire Paul Roux, le chantier a été « un désastre » et a coûté « bien trop cher ».", "Paul Roux")]
    [InlineData("es", "Según el alcalde Pedro Ruiz, la obra fue «un desastre» y costó «demasiado dinero».", "Pedro Ruiz")]
    [InlineData("it", "Secondo il sindaco Paolo Neri, il ponte è «un pericolo» e va chiuso «al più presto».", "Paolo Neri")]
    [InlineData("pt", "Segundo o autarca Rui Costa, a obra foi «um desastre» e custou «demasiado dinheiro».", "Rui Costa")]
    [InlineData("nl", "Volgens burgemeester Jan Visser is de brug ‘een gevaar’ en moet ze ‘zo snel mogelijk’ dicht.", "Jan Visser")]
    [InlineData("es", "De acuerdo con la jueza Marta Soler, el acusado actuó «con frialdad» y sin «el menor remordimiento».", "Marta Soler")]
    public void ASecondFragmentAfterACoordinator_IsTheSourcesToo(string language, string sentence, string speaker)
        => Assert.Equal(new[] { speaker, speaker }, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), sentence));

    // The source named by surname alone in the sentence before's full name.
    [Theory]
    [InlineData("it", "Ivano Rossetti guida la squadra di soccorso.", "Secondo Rossetti, la cresta era «una trappola» e la discesa sarebbe finita «molto male».", "Ivano Rossetti")]
    [InlineData("fr", "Le capitaine des pompiers, Luc Vidal, est arrivé à trois heures.", "Selon Vidal, la vieille dame a fait « exactement ce qu'il fallait » et a gardé « tout son calme ».", "Luc Vidal")]
    public void ASurnameSource_GovernsBothFragments(string language, string before, string sentence, string speaker)
        => Assert.Equal(new[] { speaker, speaker }, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), before, sentence));

    // Guards: after a comma, a name, someone else's verb of saying, or a quote opening with a
    // capital (a title as often as words), the second quote is not the source's.
    [Theory]
    [InlineData("en", "According to Jane Moore, the play is \"far too long\" and her editor thinks it \"oddly flat\".", "Jane Moore")]
    [InlineData("fr", "Selon le maire Paul Roux, le chantier a été « un désastre », et le préfet parle d'« un simple retard ».", "Paul Roux")]
    [InlineData("es", "Según el alcalde Pedro Ruiz, la obra fue «un desastre» y el proyecto «Puerto Nuevo» se abandonará.", "Pedro Ruiz")]
    [InlineData("it", "Secondo il sindaco Paolo Neri, il ponte è «un pericolo» e Marta Galli lo trova «sicurissimo».", "Paolo Neri")]
    [InlineData("nl", "Volgens burgemeester Jan Visser is de brug ‘een gevaar’ en zegt wethouder Kees Bos dat ze ‘veilig’ is.", "Jan Visser")]
    [InlineData("pt", "Segundo o autarca Rui Costa, a obra foi «um desastre» e o ministro disse que foi «um êxito».", "Rui Costa")]
    public void ASecondFragmentPastAnotherVoiceOrATitle_IsNotTheSources(string language, string sentence, string source)
        => Assert.NotEqual(source, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), sentence)[1]);
}
