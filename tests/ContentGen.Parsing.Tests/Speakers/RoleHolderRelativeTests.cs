using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An inverted cue whose subject is a role and its holder named after a comma, the name going on
/// into a relative clause: "», observe l'ancien candidat écologiste aux municipales, Luc
/// Moreau qui dirige …". The relative pronoun ends the name as a comma would.
/// </summary>
public sealed class RoleHolderRelativeTests
{
    [Fact]
    public void AHolderNamedBeforeARelativeClause_IsTheSpeaker()
        => Assert.Equal("Luc Moreau", QuoteSpeakers.Under(
            "Pêche : l'ancien candidat critique la loi",
            "« Aucun des ports qui ont fermé leurs quais n'a empêché la pêche de changer de visage », observe l'ancien candidat écologiste aux municipales, Luc Moreau qui dirige aujourd'hui une fondation.")[0]);

    [Fact]
    public void AHolderNamedBeforeWho_IsTheSpeaker()
        => Assert.Equal("Jane Harbour", QuoteSpeakers.Under(
            "Harbour plan criticised",
            "\"No harbour that closed its quays stopped fishing from changing,\" said the former party leader, Jane Harbour who now runs a charity.")[0]);
}
