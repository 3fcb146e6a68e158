namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// Someone unnamed whose noun the writer sets in quote marks, as reportage does with an
/// administration's word for a person ("un « retenu »", "one \"returnee\""): the noun inside the
/// marks is the speaker, as it is without them.
/// </summary>
public sealed class ScareQuotedPersonNounTests
{
    [Theory]
    [InlineData("fr", "« On attend depuis trois semaines », alerte ainsi un « retenu » dans le couloir.", "retenu")]
    [InlineData("fr", "« Personne ne nous écoute », regrette une « riveraine » du chantier.", "riveraine")]
    [InlineData("en", "\"We have waited three weeks,\" said one \"detainee\" in the corridor.", "detainee")]
    [InlineData("en", "\"Nobody listens to us,\" said a \"neighbour\" of the site.", "neighbour")]
    public void TheNounInsideTheMarks_IsTheSpeaker(string language, string paragraph, string expected)
    {
        // The probe's quote, then the quoted noun, which is nobody's words.
        var speakers = ProbeArticle.All(language, paragraph);
        Assert.Equal(new[] { expected, null }, speakers[^2..]);
    }

    // The quoted noun is no quote in between: the words after it go on with the one it named.
    [Theory]
    [InlineData("fr", "« On attend depuis trois semaines », alerte ainsi un « retenu » dans le couloir. Avant de poursuivre : « On veut partir. »", "retenu")]
    [InlineData("en", "\"We have waited three weeks,\" said one \"detainee\" in the corridor. \"We want to leave.\"", "detainee")]
    public void TheQuoteAfter_GoesOnWithTheNoun(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Guards: a quoted word that is no person's noun, or quoted words that are more than the noun
    // (someone's phrase, not the writer's name for a person), bring in no one.
    [Theory]
    [InlineData("fr", "« On attend depuis trois semaines », dénonce un « collectif » du centre.")]
    [InlineData("fr", "« On attend depuis trois semaines », dénonce un « voisin de toujours » du centre.")]
    [InlineData("en", "\"We have waited three weeks,\" read a \"notice\" in the corridor.")]
    [InlineData("en", "\"We have waited three weeks,\" said a \"neighbour from hell\" in the corridor.")]
    public void AQuotedThingOrPhrase_GivesNoOne(string language, string paragraph)
        => Assert.Equal(new string?[] { null, null }, ProbeArticle.All(language, paragraph)[^2..]);

    // Stop: a spokesman's noun in marks speaks for someone else, never as the unnamed speaker.
    [Fact]
    public void AQuotedSpokesmansNoun_GivesNoOne()
        => Assert.Equal(new string?[] { null, null }, ProbeArticle.All("fr", "« On attend depuis trois semaines », explique un « porte-parole » du centre.")[^2..]);

    // Stop: a name after the quoted noun means the person is named, so the noun is not read as the
    // speaker (the name is left to the readings of names, none of which reads it here).
    [Fact]
    public void ANameAfterTheQuotedNoun_IsNotReadAsTheNoun()
        => Assert.Null(ProbeArticle.All("fr", "« On attend depuis trois semaines », confie un « riverain », Karim Bel, devant le chantier.")[^2]);
}
