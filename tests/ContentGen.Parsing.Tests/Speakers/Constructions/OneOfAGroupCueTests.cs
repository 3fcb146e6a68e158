namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A cue whose subject picks one person out of a group ("one of them", "l'un d'eux", "einer von
/// ihnen", "uno de ellos", "uno di loro", "um deles", "een van hen") names someone of the group whom
/// the reader cannot name: the quote is no one's, never the person quoted before going on. Inside
/// the guillemets, set off by commas, the earlier speaker took it before (fr, es, it, pt); after the
/// marks and between dashes it was read so already, kept here for every language.
/// </summary>
public sealed class OneOfAGroupCueTests
{
    [Theory]
    [InlineData("fr", "« Le port est loin, explique l'un d'eux, qui prépare une thèse. Nous n'avons qu'une voiture. »")]
    [InlineData("fr", "« Le port est loin, explique l’une d’elles. Nous n'avons qu'une voiture. »")]
    [InlineData("fr", "« Le port est loin, raconte l'une d'entre elles. Nous n'avons qu'une voiture. »")]
    [InlineData("es", "«El puerto está lejos, explica una de ellas, que prepara una tesis. Solo tenemos un coche».")]
    [InlineData("es", "«El puerto está lejos, cuenta uno de ellos. Solo tenemos un coche».")]
    [InlineData("it", "«Il porto è lontano, spiega una di loro. Abbiamo una sola auto».")]
    [InlineData("it", "«Il porto è lontano, racconta uno di loro, che prepara la tesi. Abbiamo una sola auto».")]
    [InlineData("pt", "«O porto fica longe, explica uma delas. Só temos um carro».")]
    [InlineData("pt", "«O porto fica longe, conta um deles, que prepara a tese. Só temos um carro».")]
    public void OneOfAGroupInsideTheMarks_IsNotTheEarlierSpeaker(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    [Theory]
    [InlineData("en", "\"The port is far away,\" said one of them, who is writing a thesis.")]
    [InlineData("en", "\"The port is far away,\" one of them said.")]
    [InlineData("fr", "« Le port est loin », explique l'un d'eux.")]
    [InlineData("de", "„Der Hafen ist weit weg“, sagt einer von ihnen.")]
    [InlineData("de", "„Der Hafen ist weit weg“, sagt eine von ihnen, die eine Doktorarbeit schreibt.")]
    [InlineData("es", "«El puerto está lejos», explica uno de ellos.")]
    [InlineData("it", "«Il porto è lontano», spiega uno di loro.")]
    [InlineData("pt", "«O porto fica longe», explica um deles.")]
    [InlineData("nl", "\"De haven is ver weg\", zegt een van hen.")]
    [InlineData("nl", "\"De haven is ver weg\", zegt één van hen, die een proefschrift schrijft.")]
    public void OneOfAGroupAfterTheMarks_IsNotTheEarlierSpeaker(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    // Guards: a name, or a pronoun that goes on with the earlier speaker, inside the marks reads as before.
    [Theory]
    [InlineData("fr", "« Le port est loin, explique Paul Morel. Nous n'avons qu'une voiture. »", "Paul Morel")]
    [InlineData("fr", "« Le port est loin, explique-t-elle. Nous n'avons qu'une voiture. »", "Julie Caron")]
    [InlineData("es", "«El puerto está lejos, explica Luis Pardo. Solo tenemos un coche».", "Luis Pardo")]
    [InlineData("it", "«Il porto è lontano, spiega Luigi Parodi. Abbiamo una sola auto».", "Luigi Parodi")]
    [InlineData("pt", "«O porto fica longe, explica Luís Pardal. Só temos um carro».", "Luís Pardal")]
    public void ANameOrAPronounInsideTheMarks_ReadsAsBefore(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));
}
