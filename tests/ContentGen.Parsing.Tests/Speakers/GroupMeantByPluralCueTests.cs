namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A plural pronoun or a dropped plural subject after a quote ("insistono", "betonen sie",
/// "insistent-ils") means the group of people the sentence before opened on, a complement after
/// its noun or not, when no other plural group or second subject stands between.
/// </summary>
public sealed class GroupMeantByPluralCueTests
{
    private static string?[] Speakers(string headline, params string[] paragraphs) => QuoteSpeakers.Under(headline, paragraphs);

    [Theory]
    [InlineData("La depuradora de Valdeoro", "Los vecinos del barrio alto aseguran que el problema viene de lejos. «Cada invierno pasa lo mismo», denuncian.", "vecinos")]
    [InlineData("Il depuratore di Valpiana", "I pescatori della riserva del Tarno ribadiscono che il problema sono gli scarichi. «Ogni estate troviamo pesci morti», insistono.", "pescatori")]
    [InlineData("A estação de Ribafria", "Os moradores do bairro garantem que o problema é antigo. «Todos os invernos é a mesma coisa», afirmam.", "moradores")]
    [InlineData("La station de Valmont", "Les riverains de la rue Haute dénoncent une gêne ancienne. « Chaque hiver, c'est la même chose », insistent-ils.", "riverains")]
    [InlineData("Kläranlage Hollbach", "Die Anwohner des Ortsteils Weiler sehen das Problem woanders. „Jeden Winter ist es dasselbe“, betonen sie.", "Anwohner")]
    [InlineData("Zuivering Heemsterdijk", "De bewoners van de wijk zien het probleem elders. ‘Elke winter is het hetzelfde’, benadrukken ze.", "bewoners")]
    [InlineData("Ferry timetable", "The villagers of the north shore say the problem is an old one. \"Every winter it is the same,\" they insist.", "villagers")]
    public void APluralCue_MeansTheGroupTheSentenceBeforeOpenedOn(string headline, string paragraph, string group)
        => Assert.Equal(group, Speakers(headline, paragraph)[^1]);

    // Guards: a second group or a second subject joined to the first may be meant as well; a
    // singular cue is someone else's; a group with no plural verb after it ("die", "de", "i") is none.
    [Theory]
    [InlineData("La depuradora de Valdeoro", "Los vecinos del barrio alto aseguran que los técnicos no vienen. «Cada invierno pasa lo mismo», denuncian.")]
    [InlineData("Il depuratore di Valpiana", "I pescatori della riserva e il sindaco ribadiscono che il problema sono gli scarichi. «Ogni estate troviamo pesci morti», insistono.")]
    [InlineData("La station de Valmont", "Les riverains de la rue Haute dénoncent une gêne ancienne. « Chaque hiver, c'est la même chose », insiste-t-il.")]
    [InlineData("Kläranlage Hollbach", "Die Stadt sieht das Problem woanders. „Jeden Winter ist es dasselbe“, betonen sie.")]
    [InlineData("Zuivering Heemsterdijk", "De bewoners van de wijk zien het probleem elders. ‘Elke winter is het hetzelfde’, benadrukt hij.")]
    public void NoLoneGroupBefore_OrASingularCue_GivesNoGroup(string headline, string paragraph)
        => Assert.DoesNotContain(Speakers(headline, paragraph)[^1] ?? string.Empty, new[] { "vecinos", "pescatori", "riverains", "Stadt", "bewoners" });
}
