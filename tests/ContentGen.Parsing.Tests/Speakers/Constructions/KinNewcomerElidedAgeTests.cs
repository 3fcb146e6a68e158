namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A kin noun and a first name with an age whose word for years is left out (<c>Su hijo Javi, de
/// 27, ha vuelto …</c>): the kin noun says the name is a person's, so the number after the link is
/// the age, the newcomer is the sentence's subject and a quote with no cue after it is theirs, not
/// the earlier speaker's.
/// </summary>
public sealed class KinNewcomerElidedAgeTests
{
    [Theory]
    [InlineData("es", "Su hija Lucía, de 31, ha vuelto de Sevilla para echar una mano. «Aquí faltan brazos, aunque haya menos trabajo».", "Lucía")]
    [InlineData("pt", "O filho Rui, de 27, voltou de Lisboa para dar uma mão. «Aqui faltam braços, mesmo com menos trabalho».", "Rui")]
    public void AKinNounBeforeAFirstNameWithAnElidedAge_MakesTheNewcomerSpeak(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    // Without the kin noun a link and a number say nothing of a person ("de 31" may be anything).
    [Theory]
    [InlineData("es", "Lucía, de 31, ha vuelto de Sevilla para echar una mano. «Aquí faltan brazos, aunque haya menos trabajo».", "Lucía")]
    [InlineData("pt", "Rui, de 27, voltou de Lisboa para dar uma mão. «Aqui faltam braços, mesmo com menos trabalho».", "Rui")]
    public void AnElidedAgeWithNoKinNoun_MakesNoNewcomer(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));
}
