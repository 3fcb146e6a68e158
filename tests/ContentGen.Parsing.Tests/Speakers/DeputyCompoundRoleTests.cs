namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A role joined by a hyphen to a word of the lexicons' DeputyWords, all in lower case
/// ("maire-adjoint", "directrice-adjointe"), is a role: as an appositive it lets the name before it
/// be the verb's subject. As a bare subject it is a holder-only role: never the salient person, who
/// is most often the holder of the office it deputises (the article's holders of the compound are
/// not recorded yet, so it is no one).
/// </summary>
public sealed class DeputyCompoundRoleTests
{
    private const string Before = "« Les travaux du port ont pris du retard », a reconnu Paul Girard devant le conseil.";

    [Theory]
    [InlineData("Mardi, Lise Vautier, maire-adjointe chargée du port, a réclamé un « calendrier enfin tenu » pour les quais.")]
    [InlineData("Mardi, Lise Vautier, maire-adjointe à Valmont, a réclamé un « calendrier enfin tenu ».")]
    public void ADeputysCompoundRole_LetsTheNameBeforeItSpeak(string paragraph)
        => Assert.Equal(new[] { "Paul Girard", "Lise Vautier" }, QuoteSpeakers.Under("Port", LanguageLeads.French + " " + Before, paragraph));

    // A bare deputy's role with no holder given is no one: not the mayor, the director or the
    // last speaker.
    [Theory]
    [InlineData("Le maire Paul Roux a ouvert la séance.", "« Il faut attendre », a dit le maire-adjoint.")]
    [InlineData("Le directeur Paul Roux a ouvert la séance.", "« Tout est prêt », a assuré le directeur-adjoint.")]
    [InlineData("« Il faut attendre », a dit Paul Roux.", "« Tout est prêt », a assuré le maire-adjoint.")]
    public void ABareDeputysRole_WithNoHolder_IsNoOne(string before, string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Port", LanguageLeads.French + " " + before, paragraph)[^1]);

    // Guard: a hyphenated word that is no deputy's ("chef-lieu") is no role.
    [Fact]
    public void AnotherCompound_IsNoRole()
        => Assert.Equal(
            new string?[] { "Paul Girard", null },
            QuoteSpeakers.Under("Port", LanguageLeads.French + " " + Before, "Lundi, Valmont, chef-lieu du canton, a connu une « journée sans fin ».", "La ville était calme."));
}
