using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An inverted cue whose subject is a role and its holder named after a comma, the name going on
/// into a relative clause: "», observe l'ancien candidat socialiste à la présidentielle, Benoît
/// Hamon qui dirige …". The relative pronoun ends the name as a comma would.
/// </summary>
public sealed class RoleHolderRelativeTests
{
    [Fact]
    public void AHolderNamedBeforeARelativeClause_IsTheSpeaker()
        => Assert.Equal("Benoît Hamon", QuoteSpeakers.Under(
            "Immigration : l'ancien candidat critique la loi",
            "« Tous les pays qui ont fermé leurs frontières n'ont pas empêché l'immigration de changer d'échelle », observe l'ancien candidat socialiste à la présidentielle, Benoît Hamon qui dirige aujourd'hui une association.")[0]);

    [Fact]
    public void AHolderNamedBeforeWho_IsTheSpeaker()
        => Assert.Equal("Jane Harbour", QuoteSpeakers.Under(
            "Harbour plan criticised",
            "\"No country that closed its borders stopped migration from changing,\" said the former party leader, Jane Harbour who now runs a charity.")[0]);
}
