using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A title before a surname ("Mr Penhallow", "M. Kerlo") gives that surname's bearer a gender. When
/// the article names two people of that surname in full (a father and his daughter), the title
/// says nothing of the other: "she" may still mean the daughter. A surname one person holds keeps
/// its gender.
/// </summary>
public sealed class SharedSurnameGenderTests
{
    [Fact]
    public void ATitledSurname_SaysNothingOfAnotherBearer_InEnglish()
        => Assert.Equal(
            "Tamsin Penhallow",
            QuoteSpeakers.Under(
                "Tributes to a coxswain",
                "Tributes have been paid to Alun Penhallow, who died at home on Sunday.",
                "Derek Hosken said he had visited Mr Penhallow every Christmas.",
                "His daughter, Tamsin Penhallow, said the family was proud. \"He never talked about that night,\" she said.")[0]);

    [Fact]
    public void ATitledSurname_SaysNothingOfAnotherBearer_InFrench()
        => Assert.Equal(
            "Tamsin Kerlo",
            QuoteSpeakers.Under(
                "Hommage à un patron de pêche",
                "Un hommage a été rendu à Alain Kerlo, mort dimanche à son domicile.",
                "Pierre Hosken a raconté qu'il rendait visite à M. Kerlo chaque année.",
                "Sa fille, Tamsin Kerlo, a dit que la famille était fière. « Il ne parlait jamais de cette nuit », a-t-elle confié.")[0]);

    [Fact]
    public void ATitledSurnameOnePersonHolds_KeepsItsGender()
        => Assert.Null(
            QuoteSpeakers.Under(
                "Tributes to a coxswain",
                "Tributes have been paid to Alun Penhallow, who died at home on Sunday. Mr Penhallow was 81.",
                "\"He never talked about that night,\" she said.")[0]);
}
