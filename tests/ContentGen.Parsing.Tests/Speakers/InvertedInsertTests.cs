namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A few lower-case words set off by commas right after an inverted verb say how the words were
/// said (<c>», a lancé, visiblement ému, le maire X</c>); the subject follows them.
/// </summary>
public sealed class InvertedInsertTests
{
    [Theory]
    [InlineData("Foire de printemps", "« Nous garderons la foire en ville », a lancé, visiblement ému, le maire Paul Girard.", "Paul Girard")]
    [InlineData("Foire de printemps", "« Nous garderons la foire en ville », a déclaré, la voix nouée, Paul Girard.", "Paul Girard")]
    [InlineData("Feria de primavera", "«Mantendremos la feria en el centro», dijo, visiblemente emocionado, el alcalde Pablo Ruiz.", "Pablo Ruiz")]
    [InlineData("Fiera di primavera", "«Terremo la fiera in centro», ha detto, visibilmente commosso, il sindaco Paolo Rossi.", "Paolo Rossi")]
    public void TheSubjectAfterTheInsert_SaidIt(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    [Fact]
    public void AnInsertWithACapitalisedWord_IsNoDescriptionOfHowItWasSaid()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Foire de printemps", "« Nous garderons la foire en ville », a déclaré, selon Le Courrier, un membre du conseil."));
}
