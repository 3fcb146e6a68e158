namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A sentence whose subject is a thing but that names one person in full, with a relative clause
/// of their own ("The loudest cheer was kept for Tom Vale, who waited in the rain."), brings that
/// person in: a pronoun in the next sentence's cue means them. Before, the quote had no speaker.
/// A person as the sentence's subject, or a second person named, keeps the pronoun from them.
/// </summary>
public sealed class PersonBeforeRelativeTests
{
    [Fact]
    public void APronounAfterAPersonWithARelativeClause_MeansThem_InEnglish()
        => Assert.Equal(
            new[] { "Tomas Brindle" },
            QuoteSpeakers.Under(
                "Harbour reopens",
                "The loudest cheer of the morning was kept for fisherman Tomas Brindle, who waited in the cold rain to shake hands. He said the welcome was \"unlike anything in forty years\"."));

    [Theory]
    [InlineData("for Tomas Brindle")]
    [InlineData("for The Harbour Tales star Tomas Brindle")]
    public void ANameRightAfterThePreposition_OrAfterATitledDescription_IsBroughtIn(string named)
        => Assert.Equal(
            new[] { "Tomas Brindle" },
            QuoteSpeakers.Under(
                "Harbour reopens",
                "The loudest cheer of the morning was kept " + named + ", who waited in the cold rain. He said the welcome was \"unlike anything in forty years\"."));

    [Fact]
    public void APronounAfterAPersonWithARelativeClause_MeansThem_InFrench()
        => Assert.Equal(
            new[] { "Odile Marchand" },
            QuoteSpeakers.Under(
                "Le port rouvre",
                LanguageLeads.French,
                "Les applaudissements les plus forts étaient pour la pêcheuse Odile Marchand, qui attendait sous la pluie depuis l'aube. « Je n'ai jamais vu une telle foule », a-t-elle dit."));

    [Fact]
    public void APronounAfterAPersonWithARelativeClause_MeansThem_InSpanish()
        => Assert.Equal(
            new[] { "Tomás Berrocal" },
            QuoteSpeakers.Under(
                "El puerto reabre",
                LanguageLeads.Spanish,
                "El aplauso más fuerte fue para el pescador Tomás Berrocal, quien esperó bajo la lluvia desde el alba. «Nunca vi tanta gente en el muelle», dijo él."));

    // Guards: a person as the sentence's subject is whom the pronoun means; two people named leave it unsure.
    [Fact]
    public void APersonAsSubject_KeepsThePronoun()
        => Assert.Equal(
            new[] { "Janet Ollerby" },
            QuoteSpeakers.Under(
                "Harbour reopens",
                "Mayor Janet Ollerby thanked the fisherman Tomas Brindle, who waited in the cold rain to shake hands. She said the welcome was \"unlike anything in forty years\"."));

    [Fact]
    public void TwoPeopleNamed_LeaveThePronounUnsure()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Harbour reopens",
                "The loudest cheer was kept for fisherman Tomas Brindle, who waited in the rain with skipper Owen Pargeter. He said the welcome was \"unlike anything in forty years\"."));

    [Theory]
    [InlineData("Brindle also paid tribute to the skipper Owen Pargeter, who steered the first boat in.")]
    [InlineData("The mayor's office paid tribute to the skipper Owen Pargeter, who steered the first boat in.")]
    public void APersonOrRoleAsSubject_KeepsThePronoun(string sentence)
        => Assert.Equal(
            new[] { "Tomas Brindle", "Tomas Brindle" },
            QuoteSpeakers.Under(
                "Harbour reopens",
                "Fisherman Tomas Brindle said: \"The quay is ours again.\" " + sentence + " \"He did really well,\" he said."));

    // A named object, not after a preposition: the sentence's subject may be a person no list knows.
    [Fact]
    public void ANamedObject_BringsInNoPerson()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Harbour reopens",
                "The harbour master thanked the skipper Owen Pargeter, who steered the first boat in. He said the day was \"a fine start\"."));

    [Fact]
    public void WhichAfterAName_BringsInNoPerson()
        => Assert.Equal(
            new[] { "Janet Ollerby", "Janet Ollerby" },
            QuoteSpeakers.Under(
                "Harbour reopens",
                "Mayor Janet Ollerby said: \"The quay is ours again.\" Two motions were passed by the Harbour Board, which meets monthly. She said the vote was \"a fair result\"."));
}
