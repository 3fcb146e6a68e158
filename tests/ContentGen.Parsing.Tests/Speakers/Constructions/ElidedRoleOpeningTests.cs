namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A sentence opened by a role whose article is elided into it (<c>L'ingegnere della Provincia,
/// X, assicura …</c>): the capitalised article is no name's first word; the holder set off by
/// commas is the subject, whom a later dropped subject means.
/// </summary>
public sealed class ElidedRoleOpeningTests
{
    [Theory]
    [InlineData("it", "L'ingegnere della Provincia, Davide Rotondi, assicura che il ponte è sicuro. || «Abbiamo alzato l'impalcato», ha precisato.", "Davide Rotondi")]
    [InlineData("it", "L'assessora alla Sanità, Marta Ricciotti, ha detto: «Non possiamo più aspettare».", "Marta Ricciotti")]
    public void TheHolderAfterAnElidedRole_IsTheSubject(string language, string paragraphs, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraphs.Split(" || ")));

    // Guards: the role and its complement are never a name of their own.
    [Theory]
    [InlineData("it", "L'ingegnere della Provincia, Davide Rotondi, assicura che il ponte è sicuro. || «Abbiamo alzato l'impalcato», ha precisato.", "L'ingegnere della Provincia")]
    [InlineData("it", "L'ingegnere della Provincia ha seguito il cantiere. || «Abbiamo alzato l'impalcato», ha precisato.", "L'ingegnere della Provincia")]
    public void TheElidedRoleAndItsComplement_AreNoName(string language, string paragraphs, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, paragraphs.Split(" || ")));
}
