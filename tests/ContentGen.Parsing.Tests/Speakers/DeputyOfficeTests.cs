namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A role a deputy's word makes another office ("Deputy Mayor Jane Rowe", "l'adjoint au maire
/// Paul Girard") is the deputy's: the bare role after it ("The mayor accused …"), whose holder the
/// article has not named, is no one while the deputy is in focus, rather than the deputy or
/// whoever was named since. A holder the article named, the deputy's own office in the cue, and a
/// plain role and its holder are read as before.
/// </summary>
public sealed class DeputyOfficeTests
{
    [Theory]
    [InlineData("On Sunday, Deputy Mayor Jane Rowe told reporters she believed the mayor would apologise. The mayor accused a reporter of \"chasing\" him at a private event.")]
    [InlineData("On Sunday, deputy mayor Jane Rowe told reporters she believed the mayor would apologise. The mayor said the row was \"a storm in a teacup\".")]
    public void TheBareRoleAfterItsDeputy_IsNoOne_English(string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Harbour mayor under fire", paragraph));

    [Fact]
    public void TheBareRoleAfterItsDeputy_IsNoOne_French()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Le maire de Valbonne critiqué", "Dimanche, le premier adjoint au maire Paul Girard a dit qu'il attendait des excuses. Le maire a accusé un journaliste de l'avoir « harcelé » lors d'une fête privée."));

    [Theory]
    [InlineData("Mayor Tom Hill opened the new bridge on Monday. On Sunday, Deputy Mayor Jane Rowe told reporters she believed the mayor would apologise. The mayor said the row was \"a storm in a teacup\".", "Tom Hill")]
    [InlineData("On Sunday, Deputy Mayor Jane Rowe told reporters she would stand in May. \"It is time for a change,\" the deputy mayor said.", "Jane Rowe")]
    [InlineData("The mayor, Jane Rowe, opened the new bridge on Monday. The mayor said the row was \"a storm in a teacup\".", "Jane Rowe")]
    public void OtherRoles_AreReadAsBefore_English(string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Harbour mayor under fire", paragraph));

    [Fact]
    public void TheMayorNamedBeforeTheDeputy_IsTheMayor_French()
        => Assert.Equal(
            new[] { "Jacques Roux" },
            QuoteSpeakers.Under("Le maire de Valbonne critiqué", "Le maire Jacques Roux a inauguré le pont lundi. Dimanche, le premier adjoint au maire Paul Girard a dit qu'il attendait des excuses. Le maire a assuré que la polémique était « une tempête dans un verre d'eau »."));

    // Guard: a deputy named two paragraphs back is out of the scene; the epithet goes on meaning
    // the person in focus.
    [Fact]
    public void ADeputyNamedLongBefore_LeavesTheEpithetToThePersonInFocus()
        => Assert.Equal(
            new[] { "Tom Hill" },
            QuoteSpeakers.Under(
                "Harbour mayor under fire",
                "Deputy Mayor Jane Rowe opened the new library on Monday.",
                "The harbour will close for two months while the quay is repaired.",
                "Tom Hill, who has led the council since 2019, spoke to fishermen on the quay. The mayor said the closure was \"the only safe choice\"."));
}
