namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// An attribution set off by commas inside a sentence (<c>, so Brandt,</c>, <c>, aldus X,</c>,
/// <c>, selon X,</c>, <c>, says X,</c>) covers the quotes of its sentence, a fragment quoted after
/// it included: <c>Ohne die Mühle, so Brandt, verliere das Dorf „ein Stück seiner Geschichte“.</c>
/// </summary>
public sealed class AttributionInsertTests
{
    [Theory]
    [InlineData("de", "Ohne die Mühle, so Karl Brandt, verliere das Dorf „ein Stück seiner Geschichte“.", "Karl Brandt")]
    [InlineData("de", "Die neue Umgehung sei, so die Bürgermeisterin Jana Rau, „ein teurer Irrtum“.", "Jana Rau")]
    [InlineData("de", "Das Dorf verliere ohne die Mühle, so Brandt, „ein Stück seiner Geschichte“.", "Brandt")]
    [InlineData("de", "Ohne die Mühle, sagt Karl Brandt, verliere das Dorf „ein Stück seiner Geschichte“.", "Karl Brandt")]
    [InlineData("nl", "Zonder de brouwerij, aldus Karel Vos, verliest het dorp \"een stuk van zijn ziel\".", "Karel Vos")]
    [InlineData("nl", "De nieuwe rondweg is, aldus burgemeester Anna Roos, \"een dure vergissing\".", "Anna Roos")]
    [InlineData("nl", "De nieuwe rondweg is volgens Karel Vos \"een dure vergissing\".", "Karel Vos")]
    [InlineData("fr", "Sans la brasserie, selon Karl Frison, le village perdrait « un morceau de son âme ».", "Karl Frison")]
    [InlineData("fr", "La nouvelle rocade est, selon la maire Julie Caron, « une erreur coûteuse ».", "Julie Caron")]
    [InlineData("fr", "Sans la brasserie, estime Karl Frison, le village perdrait « un morceau de son âme ».", "Karl Frison")]
    [InlineData("es", "Sin la cervecera, según Carlos Frías, el pueblo perdería «un trozo de su alma».", "Carlos Frías")]
    [InlineData("es", "La nueva variante es, según la alcaldesa Ana Ruiz, «un error caro».", "Ana Ruiz")]
    [InlineData("es", "Sin la cervecera, dice Carlos Frías, el pueblo perdería «un trozo de su alma».", "Carlos Frías")]
    [InlineData("it", "Senza il birrificio, secondo Carlo Frisone, il paese perderebbe «un pezzo della sua anima».", "Carlo Frisone")]
    [InlineData("it", "La nuova tangenziale è, secondo la sindaca Anna Rossi, «un errore costoso».", "Anna Rossi")]
    [InlineData("it", "Senza il birrificio, dice Carlo Frisone, il paese perderebbe «un pezzo della sua anima».", "Carlo Frisone")]
    [InlineData("pt", "Sem a cervejaria, segundo Carlos Frias, a vila perderia «um pedaço da sua alma».", "Carlos Frias")]
    [InlineData("pt", "A nova circular é, segundo a presidente Ana Rocha, «um erro caro».", "Ana Rocha")]
    [InlineData("pt", "Sem a cervejaria, diz Carlos Frias, a vila perderia «um pedaço da sua alma».", "Carlos Frias")]
    [InlineData("en", "Without the brewery, Carl Frost says, the village would lose \"a piece of its soul\".", "Carl Frost")]
    [InlineData("en", "Without the brewery, says Carl Frost, the village would lose \"a piece of its soul\".", "Carl Frost")]
    [InlineData("en", "The new bypass is, according to mayor Jane Roe, \"a costly mistake\".", "Jane Roe")]
    public void TheInsert_CoversTheSentencesQuote(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: German "so" and Dutch "aldus" as plain adverbs ("so groß", "und so weiter") set off
    // no attribution.
    [Theory]
    [InlineData("de", "Das Dorf sei so klein, so eng und so alt, dass keiner „ein Stück seiner Geschichte“ verlieren wolle.")]
    [InlineData("de", "Ohne die Mühle, so Karl Brandt, verliere das Dorf viel. Die Gäste sprächen von „einem Stück Geschichte“.")]
    // (An impersonal "men" after "aldus": "de gasten spraken van" would be the guests' own words, a group in the plural.)
    [InlineData("nl", "Het dorp bleef aldus zonder brouwerij, en men sprak van \"een stuk ziel\".")]
    public void AnAdverbOrAnotherSentence_CoversNothing(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraph));
}
