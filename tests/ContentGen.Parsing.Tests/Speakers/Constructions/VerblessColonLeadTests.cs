namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A colon after a short lead-in with no reporting verb that names one person or organisation
/// (<c>Soddisfatto anche il sindaco Enrico Fabiani: «…»</c>, <c>Pronta la replica di Federica
/// Montagnani: «…»</c>, <c>Also pleased was mayor Henry Fabb: "…"</c>): the one named speaks. A
/// lead-in naming a listener, a place or two people, or a colon inside a longer sentence, names
/// no one.
/// </summary>
public sealed class VerblessColonLeadTests
{
    [Theory]
    [InlineData("en", "Also pleased was mayor Henry Fabb: \"It is a result we waited years for.\"", "Henry Fabb")]
    [InlineData("en", "Quick to reply was the harbour master, Tom Wade: \"These figures do not tell the whole story.\"", "Tom Wade")]
    [InlineData("en", "Less happy was the Green Valley Society: \"The harbour does not need it.\"", "Green Valley Society")]
    [InlineData("fr", "Satisfait aussi, le maire Henri Fabre : « C'est un résultat que nous attendions depuis des années. »", "Henri Fabre")]
    [InlineData("fr", "Réponse immédiate de Frédérique Montagne : « Ces chiffres ne disent pas tout. »", "Frédérique Montagne")]
    [InlineData("fr", "Contre, en revanche, l'association écologiste Colline Vive : « Le port n'en a pas besoin. »", "Colline Vive")]
    [InlineData("de", "Zufrieden zeigte sich auch Bürgermeister Heinrich Fabel: „Auf dieses Ergebnis haben wir Jahre gewartet.“", "Heinrich Fabel")]
    [InlineData("de", "Prompt kam die Antwort von Friederike Mont: „Diese Zahlen sagen nicht alles.“", "Friederike Mont")]
    [InlineData("de", "Ganz anders die Vorsitzende des Vereins, Frida Mohn: „Der Hafen braucht das nicht.“", "Frida Mohn")]
    [InlineData("es", "Satisfecho también el alcalde Enrique Fábregas: «Es un resultado que esperábamos desde hace años».", "Enrique Fábregas")]
    [InlineData("es", "Rápida la respuesta de Federica Montaña: «Son cifras que no lo dicen todo».", "Federica Montaña")]
    [InlineData("es", "En contra, en cambio, la asociación ecologista Colina Viva: «El puerto no lo necesita».", "Colina Viva")]
    [InlineData("it", "Soddisfatto anche il sindaco Enrico Fabiani: «È un risultato che aspettavamo da anni».", "Enrico Fabiani")]
    [InlineData("it", "Pronta la replica di Federica Montecchi: «Sono numeri che non dicono tutto».", "Federica Montecchi")]
    [InlineData("it", "Contraria invece l'associazione ambientalista Collina Viva: «Il porto non ne ha bisogno».", "Collina Viva")]
    [InlineData("pt", "Satisfeito também o presidente da câmara Henrique Fabião: «É um resultado que esperávamos há anos».", "Henrique Fabião")]
    [InlineData("pt", "Pronta a resposta de Frederica Montanha: «São números que não dizem tudo».", "Frederica Montanha")]
    [InlineData("pt", "Contra, pelo contrário, a associação ambientalista Colina Viva: «O porto não precisa disso».", "Colina Viva")]
    [InlineData("nl", "Tevreden was ook burgemeester Hendrik Faber: \"Op dit resultaat hebben we jaren gewacht.\"", "Hendrik Faber")]
    [InlineData("nl", "Snel kwam de reactie van Frederike Mont: \"Deze cijfers zeggen niet alles.\"", "Frederike Mont")]
    [InlineData("nl", "Minder blij was de voorzitter van de vereniging, Frida Mol: \"De haven heeft dit niet nodig.\"", "Frida Mol")]
    public void TheOneNamedBeforeTheColon_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // The name may be described after its comma, in lower-case words up to the colon.
    [Theory]
    [InlineData("en", "Also pleased was mayor Henry Fabb, in office since May: \"It is a result we waited years for.\"", "Henry Fabb")]
    [InlineData("fr", "Réponse immédiate de Frédérique Montagne, candidate de l'opposition : « Ces chiffres ne disent pas tout. »", "Frédérique Montagne")]
    [InlineData("de", "Zufrieden zeigte sich auch Bürgermeister Heinrich Fabel, seit Mai im Amt: „Auf dieses Ergebnis haben wir Jahre gewartet.“", "Heinrich Fabel")]
    [InlineData("es", "Rápida la respuesta de Federica Montaña, candidata de la oposición: «Son cifras que no lo dicen todo».", "Federica Montaña")]
    [InlineData("it", "Pronta la replica di Federica Montanari, candidata della lista civica: «Sono numeri che non dicono tutto».", "Federica Montanari")]
    [InlineData("pt", "Pronta a resposta de Frederica Montanha, candidata da oposição: «São números que não dizem tudo».", "Frederica Montanha")]
    [InlineData("nl", "Tevreden was ook burgemeester Hendrik Faber, sinds mei in functie: \"Op dit resultaat hebben we jaren gewacht.\"", "Hendrik Faber")]
    public void TheOneNamedAndDescribedBeforeTheColon_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: a listener, a place, what something is for or against, two people, a thing's
    // owner, a verb that takes the name as its object, a lead-in that tells what was done to the
    // one named (no stance or response in it), or a colon late in a longer sentence name no one.
    [Theory]
    [InlineData("it", "Una lettera al sindaco Enrico Fabiani: «Ci avete dimenticati».")]
    [InlineData("it", "Tensione anche a Porto Valdora: «Ci avete dimenticati».")]
    [InlineData("it", "Soddisfatti il sindaco Enrico Fabiani e l'assessore Gino Rossi: «È un risultato storico».")]
    [InlineData("it", "Il consiglio ha discusso a lungo la proposta del sindaco Enrico Fabiani, poi è arrivato il verdetto: «Si farà».")]
    [InlineData("es", "Una carta al alcalde Enrique Fábregas: «Nos habéis olvidado».")]
    [InlineData("es", "Tensión también en Puerto Valdeoro: «Nos habéis olvidado».")]
    [InlineData("en", "A letter to mayor Henry Fabb: \"You have forgotten us.\"")]
    [InlineData("en", "Tension also in Port Valmont: \"You have forgotten us.\"")]
    [InlineData("fr", "Une lettre au maire Henri Fabre : « Vous nous avez oubliés. »")]
    [InlineData("de", "Ein Brief an Bürgermeister Heinrich Fabel: „Ihr habt uns vergessen.“")]
    [InlineData("nl", "Een brief aan burgemeester Hendrik Faber: \"Jullie zijn ons vergeten.\"")]
    [InlineData("pt", "Uma carta ao presidente da câmara Henrique Fabião: «Esqueceram-se de nós».")]
    [InlineData("it", "Critiche anche contro il sindaco Enrico Fabiani: «Ci avete dimenticati».")]
    [InlineData("it", "Nel mirino anche il sindaco Enrico Fabiani: «Ci avete dimenticati».")]
    [InlineData("es", "En el punto de mira también el alcalde Enrique Fábregas: «Nos habéis olvidado».")]
    [InlineData("en", "In the spotlight again was mayor Henry Fabb: \"You have forgotten us.\"")]
    [InlineData("en", "The driver was later named as Henry Fabb: \"He never stood a chance.\"")]
    [InlineData("en", "Fans cheered mayor Henry Fabb: \"You have forgotten us.\"")]
    [InlineData("it", "Indagato anche il sindaco Enrico Fabiani: «Ha preso soldi dalle imprese».")]
    [InlineData("es", "Imputado también el alcalde Enrique Fabra: «Ha cobrado sobornos».")]
    [InlineData("es", "Muere el piloto Marco Nieto: «Era un grande».")]
    [InlineData("fr", "Arrêté lundi, le maire Henri Fabre : « Il a pris de l'argent. »")]
    [InlineData("fr", "Mis en examen aussi, le maire Henri Fabre : « Il a pris de l'argent. »")]
    [InlineData("de", "Ebenfalls angeklagt ist Bürgermeister Heinrich Fabel: „Er hat Geld genommen.“")]
    [InlineData("de", "Festgenommen wurde Bürgermeister Heinrich Fabel: „Er hat Geld genommen.“")]
    [InlineData("nl", "Gearresteerd is burgemeester Hendrik Faber: \"Hij nam geld aan.\"")]
    [InlineData("nl", "Ook aangeklaagd is burgemeester Hendrik Faber: \"Hij nam geld aan.\"")]
    [InlineData("pt", "Também acusado o presidente da câmara Henrique Fabião: «Recebeu dinheiro».")]
    [InlineData("en", "Sacked after two seasons, coach Mark Nash: \"It was the only choice.\"")]
    [InlineData("it", "Elettori bocciano il sindaco Enrico Fabiani: «Ci avete dimenticati».")]
    [InlineData("es", "Vecinos abuchean el alcalde Enrique Fabra: «Nos habéis olvidado».")]
    [InlineData("de", "Anwohner beschimpfen Bürgermeister Heinrich Fabel: „Ihr habt uns vergessen.“")]
    [InlineData("nl", "Bewoners bekritiseren burgemeester Hendrik Faber: \"Jullie zijn ons vergeten.\"")]
    [InlineData("pt", "Moradores vaiam o presidente Henrique Fabião: «Esqueceram-se de nós».")]
    [InlineData("de", "Als neuer Leiter vorgestellt wurde Heinrich Fabel: „Er hatte keine Chance.“")]
    [InlineData("it", "Indicato come nuovo direttore Enrico Fabiani: «Non aveva scampo».")]
    [InlineData("it", "Bocciata la proposta del sindaco Enrico Fabiani: «Ci avete dimenticati».")]
    [InlineData("en", "Growing anger over mayor Henry Fabb: \"You have forgotten us.\"")]
    [InlineData("es", "Protestas también contra el alcalde Enrique Fábregas: «Nos habéis olvidado».")]
    [InlineData("fr", "Colère aussi contre le maire Henri Fabre : « Vous nous avez oubliés. »")]
    [InlineData("de", "Es gibt auch viel Protest gegen Bürgermeister Heinrich Fabel: „Ihr habt uns vergessen.“")]
    [InlineData("nl", "Veel kritiek op burgemeester Hendrik Faber: \"Jullie zijn ons vergeten.\"")]
    public void AListenerAPlaceOrTwoPeople_NameNoOne(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraph));
}
