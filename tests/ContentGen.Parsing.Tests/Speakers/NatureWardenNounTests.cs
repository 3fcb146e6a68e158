namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Those who guard a park, a forest or its game ("ranger", "guarda forestal", "guardaparco", "garde forestier",
/// "Förster", "boswachter", "guarda florestal") are people described by their trade: an unnamed one brought in by
/// the noun speaks the quote the cue after gives them, never the person the paragraph named before.
/// </summary>
public sealed class NatureWardenNounTests
{
    [Theory]
    [InlineData("Bear seen near Hollin",
        "The mayor, Ruth Calder, asked people to stay calm. A ranger who did not want to be named said cameras had been put up near the village. \"It is a young male and he is hungry,\" he said.",
        "ranger")]
    [InlineData("Un oso en Peñalta",
        "La alcaldesa, Marta Ruiz Olmedo, pidió calma a los vecinos. Un guarda forestal que prefirió no dar su nombre explicó que ya hay cámaras en los accesos al pueblo. «Es un macho joven y tiene hambre», dijo.",
        "guarda forestal|guarda|agente")]
    [InlineData("Un orso a Valmora",
        "La sindaca, Paola Ferri, ha chiesto calma ai cittadini. Un guardaparco che ha chiesto di non essere nominato ha spiegato che ci sono telecamere vicino al paese. «È un maschio giovane e ha fame», ha detto.",
        "guardaparco")]
    [InlineData("Un ours à Montrelay",
        "La maire, Claire Dumas, a appelé les habitants au calme. Un garde-chasse qui n'a pas voulu être nommé a expliqué que des caméras ont été posées près du village. « C'est un jeune mâle et il a faim », a-t-il dit.",
        "garde-chasse")]
    [InlineData("Ein Bär bei Hollbach",
        "Die Bürgermeisterin Anna Keller rief die Bewohner zur Ruhe auf. Ein Förster, der nicht genannt werden wollte, erklärte, dass Kameras am Ortsrand hängen. „Es ist ein junges Männchen und es hat Hunger“, sagte er.",
        "Förster")]
    [InlineData("Een beer bij Weerdijk",
        "Burgemeester Ria de Wit vroeg de inwoners kalm te blijven. Een boswachter die niet met naam genoemd wil worden, legt uit dat er camera's bij het dorp hangen. ‘Het is een jong mannetje en hij heeft honger’, zei hij.",
        "boswachter")]
    [InlineData("Um urso em Vilar Seco",
        "A presidente da câmara, Rita Sousa, pediu calma aos moradores. Um guarda florestal que pediu para não ser identificado explicou que já há câmaras junto à aldeia. «É um macho jovem e tem fome», disse.",
        "guarda florestal|guarda")]
    public void UnnamedWarden_IsNotThePersonNamedBefore(string headline, string paragraph, string expected)
    {
        var got = QuoteSpeakers.Under(headline, paragraph);
        Assert.Single(got);
        Assert.True(got[0] is null || System.Array.IndexOf(expected.Split('|'), got[0]) >= 0, $"given {got[0]}");
    }

    [Fact]
    public void UnnamedWarden_SpeaksAfterTheCue_German()
        => Assert.Equal(
            new string?[] { "Förster" },
            QuoteSpeakers.Under(
                "Ein Bär bei Hollbach",
                "Die Bürgermeisterin Anna Keller rief die Bewohner zur Ruhe auf. Ein Förster, der nicht genannt werden wollte, erklärte, dass Kameras am Ortsrand hängen. „Es ist ein junges Männchen und es hat Hunger“, sagte er."));
}
