using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed brought in by a sentence that says, with no relative clause, that they keep their
/// name back ("A lifeguard on the beach asked not to be named.", "Un saisonnier … a requis
/// l'anonymat."): the quote after is theirs (SpeakerFinder.UnnamedWithholdsName.cs; docs/speakers.md,
/// "Session 64 (unnamed)"). Invented sentences, in other nouns and verbs than the article that showed it.
/// </summary>
public sealed class UnnamedWithholdsNameTests
{
    // Someone named speaks; then someone unnamed comes in by their noun, the sentence ending on their
    // keeping their name back; the quote after (a pronoun's cue or none) is theirs.
    [Theory]
    [InlineData("The mayor, Tom Hale, defended the closure. \"We had no choice,\" he said.",
        "A lifeguard on the beach asked not to be named. \"Nobody told us anything,\" she said.", "lifeguard")]
    [InlineData("The mayor, Tom Hale, defended the closure. \"We had no choice,\" he said.",
        "A passenger on the ferry requested anonymity. \"Nobody told us anything.\"", "passenger")]
    [InlineData("Le maire, Paul Girard, défend la fermeture. « Nous n’avions pas le choix », assure-t-il.",
        "Une caissière du supermarché a requis l’anonymat. « Personne ne nous a prévenus. »", "caissière")]
    [InlineData("Le maire, Paul Girard, défend la fermeture. « Nous n’avions pas le choix », assure-t-il.",
        "Un pompier de la caserne a demandé à ne pas être nommé. « Personne ne nous a prévenus », dit-il.", "pompier")]
    [InlineData("Der Bürgermeister, Paul Gruber, verteidigt die Schließung. „Wir hatten keine Wahl“, sagt er.",
        "Eine Kassiererin aus dem Markt möchte anonym bleiben. „Uns hat keiner gewarnt.“", "Kassiererin")]
    [InlineData("El alcalde, Tomás Herrero, defiende el cierre. «No teníamos otra opción», aseguró.",
        "Una cajera del mercado prefiere no dar su nombre. «Nadie nos avisó», dice.", "cajera")]
    [InlineData("Il sindaco, Paolo Gatti, difende la chiusura. «Non avevamo scelta», assicura.",
        "Un pescatore del porto chiede di non essere citato per nome. «Nessuno ci ha avvisato», racconta.", "pescatore")]
    [InlineData("O presidente da câmara, Paulo Garcia, defende o encerramento. «Não tínhamos escolha», garante.",
        "Um bombeiro do quartel pediu anonimato. «Ninguém nos avisou», diz.", "bombeiro")]
    [InlineData("De burgemeester, Paul de Graaf, verdedigt de sluiting. ‘We hadden geen keus’, zegt hij.",
        "Een boer uit de polder wil niet met naam in de krant. ‘Niemand heeft ons gewaarschuwd’, zegt hij.", "boer")]
    public void SomeoneUnnamedWhoKeepsTheirNameBack_SpeaksNext(string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // A sentence where "named" says someone was named, or a word of it stands far from the sentence's
    // end: no one is brought in, and the quote after is not the noun's.
    [Theory]
    [InlineData("The mayor, Tom Hale, defended the closure. \"We had no choice,\" he said.",
        "A teenager has been named by police. \"We are asking for witnesses to come forward.\"", "teenager")]
    [InlineData("The mayor, Tom Hale, defended the closure. \"We had no choice,\" he said.",
        "A man named in the report was charged on Friday. \"We are asking for witnesses to come forward.\"", "man")]
    [InlineData("Le maire, Paul Girard, défend la fermeture. « Nous n’avions pas le choix », assure-t-il.",
        "Il a remercié un pompier qui a requis l’anonymat. « Ils ont été formidables », dit-il.", "pompier")]
    public void NamingOrAnObject_BringsNoOneIn(string named, string unnamed, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(named, unnamed)[1]);
}
