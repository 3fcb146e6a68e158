namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A verb the lexicons do not list, in the slot of an inverted cue after a quote that opens its
/// sentence: <c>« … », grince Jean Roux.</c>, <c>“…”, atalhou Rui Matos.</c>, <c>"…", sneerde Jan
/// Bos.</c>. One unknown word between the quote's comma and a full name closing the sentence can
/// only be the verb that reports it.
/// </summary>
public sealed class UnlistedVerbTests
{
    [Theory]
    [InlineData("fr", "« Le compte n'y est pas », grince Jean Roux.", "Jean Roux")]
    [InlineData("fr", "« Le compte n'y est pas », s'écrie Claire Dumas, la présidente du club.", "Claire Dumas")]
    [InlineData("fr", "« Le compte n'y est pas », se désespère Claire Dumas.", "Claire Dumas")]
    [InlineData("pt", "“O plano não se aguenta”, atalhou Rui Matos.", "Rui Matos")]
    [InlineData("nl", "\"Het plan deugt niet\", sneerde Jan Bos.", "Jan Bos")]
    public void TheNameAfterAnUnknownWord_SaysTheQuote(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Guards: after a quote inside a sentence, the words past its comma go on with the sentence (a
    // street, a square); a gerund brings a title's credits; a name that does not close the
    // sentence may be an object.
    [Theory]
    [InlineData("fr", "Les manifestants ont crié « non à la fermeture », place Jean Jaurès.")]
    [InlineData("fr", "Les manifestants ont crié « non à la fermeture », rue Victor Hugo.")]
    [InlineData("es", "Los vecinos gritaron «no al cierre», calle Luis Pardo.")]
    [InlineData("it", "I manifestanti hanno gridato «no alla chiusura», piazza Gianni Valli.")]
    [InlineData("en", "\"Tall ships and small boats\", starring Tom Fox.")]
    [InlineData("fr", "« Le compte n'y est pas », interpelle Jean Roux devant les élus.")]
    public void NoCueOfAnUnknownWord_IsRead(string language, string paragraph)
        => Assert.Null(ProbeArticle.LastSpeaker(language, paragraph));
}
