namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A cue that ends the sentence may be followed by its subject's name, an apposition or a
/// relative clause, each after a comma ("…, a assuré la ministre des Sports, Claire Dubois, qui
/// visitera le stade."): the commas before them are tried until the cue, within a short reach. What
/// else follows a comma (a lower-case phrase, no cue at all) still ends the search.
/// </summary>
public sealed class SentenceEndCueTrailTests
{
    [Theory]
    [InlineData("Réforme du stade", "Le texte sera « équilibré » pour tous les clubs, a assuré mardi la ministre des Sports, Claire Dubois.", "Claire Dubois")]
    [InlineData("Réforme du stade", "Le texte sera « équilibré » pour tous les clubs, a assuré mardi la ministre des Sports, Claire Dubois, qui visitera le stade avec le maire.", "Claire Dubois")]
    [InlineData("Reforma del estadio", "El texto será «equilibrado» para todos los clubes, aseguró el martes la ministra de Deportes, Ana Ruiz, que visitará el estadio.", "Ana Ruiz")]
    [InlineData("Stadium reform", "The new rules are a \"fair deal\" for small clubs, said Tom Lake, Acme's chief executive.", "Tom Lake")]
    public void ACueFollowedByItsSubjectsTrail_GivesTheSubject(string headline, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under(headline, "La ville prépare la réforme.", paragraph));

    [Theory]
    // Innocent neighbours: a list of places after the comma and no cue; places before the cue.
    [InlineData("Stadium reform", "The new rules are a \"fair deal\" for small clubs, Eastport and Westport included.", null)]
    [InlineData("Réforme du stade", "Le texte sera « équilibré » pour tous les clubs, Valmont et Lorient compris, a dit Jeanne Roux.", "Jeanne Roux")]
    public void NoCueBeforeTheTrail_OrACueAfterIt_ReadsAsBefore(string headline, string paragraph, string? speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under(headline, "La ville prépare la réforme.", paragraph));
}
