namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// Portuguese writes a firm's or a body's head as one hyphenated word (<c>diretor-geral</c>,
/// <c>secretária-geral</c>): a role, so the name set off by commas after it opens the sentence as
/// its subject, whose clause's quote is that person's.
/// </summary>
public sealed class HyphenatedHeadRoleTests
{
    [Theory]
    [InlineData("O diretor-geral, Paulo Sartos, avisou os trabalhadores que a empresa «não pode pagar mais este ano».", "Paulo Sartos")]
    [InlineData("A secretária-geral, Paula Sartos, garantiu que o sindicato «não vai desistir».", "Paula Sartos")]
    public void AHyphenatedHeadBeforeTheName_MakesTheNameTheSubject(string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker("pt", ConstructionProbe.EarlierSpeaker("pt"), paragraph));

    // Where it must not fire: a thing's name set off after a thing's noun is no one's, and no one
    // speaks (neither the thing's name nor the speaker before).
    [Theory]
    [InlineData("O relatório-geral, Horizonte Novo, concluiu que a empresa «não pode pagar mais».")]
    public void AThingsHyphenatedNoun_MakesNoSpeaker(string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker("pt", ConstructionProbe.EarlierSpeaker("pt"), paragraph));
}
