using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone named speaks first; then a sentence brings in someone unnamed after a presentative or
/// existential verb ("there was a baker who …", "il y avait une voisine qui …", "había un
/// camarero que …", "Vor der Halle stand ein Rentner, der …"), and the next sentence's quote has a
/// pronoun cue or none. The words are the unnamed person's, by their noun, never the named
/// person's. Invented sentences, other nouns and verbs than the articles that showed the class.
/// </summary>
public sealed class PresentativeIntroducedTests
{
    [Theory]
    [InlineData("The mayor, Tom Hale, defended the closure. \"We had no choice,\" he said.",
        "Outside the library there was a student who had queued since dawn. \"Nobody warned us,\" she said.", "student")]
    [InlineData("The mayor, Tom Hale, defended the closure. \"We had no choice,\" he said.",
        "By the door stood a cashier who had worked there for years. \"It is a sad day,\" she said.", "cashier")]
    [InlineData("Le maire, Paul Girard, défend la fermeture. « Nous n’avions pas le choix », assure-t-il.",
        "Devant la mairie, il y avait une infirmière qui attendait depuis l’aube. « Personne ne nous a prévenus », dit-elle.", "infirmière")]
    [InlineData("El alcalde, Tomás Herrero, defiende el cierre. «No teníamos otra opción», aseguró.",
        "En la puerta había una cajera que llevaba años en la tienda. «Nadie nos avisó», dice.", "cajera")]
    [InlineData("El alcalde, Tomás Herrero, defiende el cierre. «No teníamos otra opción», aseguró.",
        "Junto a la verja estaba un jubilado del barrio que no quiso dar su nombre. «Esto es una vergüenza», protesta.", "jubilado")]
    [InlineData("Il sindaco, Paolo Gatti, difende la chiusura. «Non avevamo scelta», assicura.",
        "Davanti al municipio c'era una cassiera che aspettava dall’alba. «Nessuno ci ha avvisato», racconta.", "cassiera")]
    [InlineData("O presidente da câmara, Paulo Garcia, defende o encerramento. «Não tínhamos escolha», garante.",
        "À porta estava uma enfermeira que esperava desde manhã. «Ninguém nos avisou», diz.", "enfermeira")]
    [InlineData("O presidente da câmara, Paulo Garcia, defende o encerramento. «Não tínhamos escolha», garante.",
        "No largo havia um bombeiro que ajudava os vizinhos. «Ninguém nos avisou», diz.", "bombeiro")]
    [InlineData("De burgemeester, Paul de Graaf, verdedigt de sluiting. ‘We hadden geen keus’, zegt hij.",
        "Bij de ingang stond een verpleegkundige die al uren wachtte. ‘Niemand heeft ons gewaarschuwd’, zegt ze.", "verpleegkundige")]
    [InlineData("De burgemeester, Paul de Graaf, verdedigt de sluiting. ‘We hadden geen keus’, zegt hij.",
        "Op het plein was er een caissière die boodschappen deed. ‘Niemand heeft ons gewaarschuwd’, zegt ze.", "caissière")]
    [InlineData("Der Bürgermeister, Paul Gruber, verteidigt die Schließung. „Wir hatten keine Wahl“, sagt er.",
        "Vor dem Rathaus stand eine Kassiererin, die seit dem Morgen wartete. „Uns hat keiner gewarnt“, sagt sie.", "Kassiererin")]
    [InlineData("Der Bürgermeister, Paul Gruber, verteidigt die Schließung. „Wir hatten keine Wahl“, sagt er.",
        "Im Saal gab es einen Rentner, der jede Sitzung besucht. „Uns hat keiner gewarnt“, sagt er.", "Rentner")]
    public void AQuoteAfterSomeoneBroughtInByAPresentative_IsTheirs(string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // A thing after the presentative, a named person after it, and the noun as an object (no
    // presentative before the article) bring no unnamed speaker in.
    [Theory]
    [InlineData("The mayor, Tom Hale, defended the closure. \"We had no choice,\" he said.",
        "Outside the library there was a queue that stretched round the block. \"It is a shame,\" he said.", "queue")]
    [InlineData("The mayor, Tom Hale, defended the closure. \"We had no choice,\" he said.",
        "Outside the library he met a student who had queued since dawn. \"We talked for an hour,\" he said.", "student")]
    [InlineData("El alcalde, Tomás Herrero, defiende el cierre. «No teníamos otra opción», aseguró.",
        "En la puerta había una cola que daba la vuelta a la manzana. «Es una pena», añade.", "cola")]
    [InlineData("El alcalde, Tomás Herrero, defiende el cierre. «No teníamos otra opción», aseguró.",
        "En la puerta había una cajera, Ana Ruiz, que llevaba años en la tienda. «Nadie nos avisó», dice.", "cajera")]
    [InlineData("Le maire, Paul Girard, défend la fermeture. « Nous n’avions pas le choix », assure-t-il.",
        "Devant la mairie, il a croisé une infirmière qui attendait depuis l’aube. « Nous avons parlé », raconte-t-il.", "infirmière")]
    [InlineData("Der Bürgermeister, Paul Gruber, verteidigt die Schließung. „Wir hatten keine Wahl“, sagt er.",
        "Vor dem Rathaus stand eine Schlange, die bis zur Ecke reichte. „Das ist schade“, sagt er.", "Schlange")]
    public void AThingANamedPersonOrAnObject_IsNoUnnamedSpeaker(string named, string unnamed, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(named, unnamed)[1]);
}
