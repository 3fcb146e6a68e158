namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A source ("selon elle", "according to her") tells of what someone else said: a role nobody
/// holds, the subject of the verb after the source ("Selon elle, le directeur avait promis que …
/// « … »"), is not the source, whom salience alone gave the words before. No one, rather than the
/// source. A role the article gave someone still means its holder.
/// </summary>
public sealed class SourceIsNotTheRoleTests
{
    [Theory]
    [InlineData("Selon elle, le directeur avait promis que tout serait « prêt en septembre ».")]
    [InlineData("D'après elle, la directrice a reconnu que le chantier était « en retard ».")]
    [InlineData("Selon Sophie Estrade, le maire lui avait assuré en juin que tout serait prêt « à la rentrée ».")]
    public void ARoleNobodyHolds_AfterTheSource_IsNotTheSource(string sentence)
        => Assert.Equal(
            new[] { "Sophie Estrade", null },
            QuoteSpeakers.Under("Probe", LanguageLeads.French, "« On nous a menti », a dit Sophie Estrade. " + sentence));

    // Guards: a role the article gave someone is its holder's; a view with no other subject is the source's.
    [Fact]
    public void ARoleTheArticleGave_StillMeansItsHolder()
        => Assert.Equal(
            new[] { "Paul Roux" },
            QuoteSpeakers.Under("Probe", LanguageLeads.French, "Le maire Paul Roux a visité l'école lundi. Selon Sophie Estrade, le maire lui avait assuré que tout serait prêt « à la rentrée »."));

    [Fact]
    public void TheSourcesOwnView_IsStillTheSources()
        => Assert.Equal(
            new[] { "Sophie Estrade", "Sophie Estrade" },
            QuoteSpeakers.Under("Probe", LanguageLeads.French, "« On nous a menti », a dit Sophie Estrade. Selon elle, l'école est « en ruine »."));

    [Fact]
    public void ARoleNobodyHolds_WithNoSource_IsReadAsBefore()
        => Assert.Equal(
            new[] { "Sophie Estrade", "Sophie Estrade" },
            QuoteSpeakers.Under("Probe", LanguageLeads.French, "« On nous a menti », a dit Sophie Estrade. Le directeur avait promis que tout serait « prêt en septembre », a-t-elle ajouté."));
}
