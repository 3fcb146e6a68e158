using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed from a named place who keeps their name back with no relative clause ("Una camarera
/// de Villaseca prefiere no dar su nombre."): the town names no one, and the quote after is theirs
/// (SpeakerFinder.UnnamedFromPlace.cs; docs/speakers.md, "Session 64 (unnamed2)"). Invented sentences.
/// </summary>
public sealed class UnnamedFromPlaceWithholdsNameTests
{
    [Theory]
    [InlineData("The mayor, Tom Hale, defended the closure. \"We had no choice,\" he said.",
        "A passenger from Harwick asked not to be named. \"Nobody told us anything,\" she said.", "passenger")]
    [InlineData("Le maire, Paul Girard, défend la fermeture. « Nous n’avions pas le choix », assure-t-il.",
        "Une serveuse de Montrelle a requis l’anonymat. « Personne ne nous a prévenus. »", "serveuse")]
    [InlineData("Der Bürgermeister, Paul Gruber, verteidigt die Schließung. „Wir hatten keine Wahl“, sagt er.",
        "Eine Kellnerin aus Altbrunn möchte anonym bleiben. „Uns hat keiner gewarnt.“", "Kellnerin")]
    [InlineData("El alcalde, Tomás Herrero, defiende el cierre. «No teníamos otra opción», aseguró.",
        "Una camarera de Villaseca prefiere no dar su nombre. «Nadie nos avisó», dice.", "camarera")]
    [InlineData("Il sindaco, Paolo Gatti, difende la chiusura. «Non avevamo scelta», assicura.",
        "Una cameriera di Roccaforte chiede di non essere citata per nome. «Nessuno ci ha avvisato», racconta.", "cameriera")]
    [InlineData("O presidente da câmara, Paulo Garcia, defende o encerramento. «Não tínhamos escolha», garante.",
        "Uma empregada de Vilarinho pediu anonimato. «Ninguém nos avisou», diz.", "empregada")]
    [InlineData("De burgemeester, Paul de Graaf, verdedigt de sluiting. ‘We hadden geen keus’, zegt hij.",
        "Een serveerster uit Zandwijk wil anoniem blijven. ‘Niemand heeft ons gewaarschuwd’, zegt ze.", "serveerster")]
    public void SomeoneFromAPlaceWhoKeepsTheirNameBack_SpeaksNext(string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // Two capitalised words may be a person the noun is linked to: the sentence still names someone.
    [Theory]
    [InlineData("El alcalde, Tomás Herrero, defiende el cierre. «No teníamos otra opción», aseguró.",
        "Una camarera de Ana Ruiz prefiere no dar su nombre. «Nadie nos avisó», dice.", "camarera")]
    public void APersonsName_StillNamesSomeone(string named, string unnamed, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(named, unnamed)[1]);
}
