using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone named speaks first; then a sentence opens on a phrase of being among a group and brings
/// someone unnamed in as its subject after the verb: "Among the swimmers was a widower who …", "Entre
/// los participantes caminaba un viudo …", "Parmi eux figurait un veuf qui …". The next quote's cue is a
/// pronoun or has no subject, and means the newcomer, given by their noun, not the man named before
/// (of the same gender, so no gender tells them apart). Invented sentences.
/// </summary>
public sealed class UnnamedAmongGroupTests
{
    [Theory]
    [InlineData("The coxswain, Tom Hale, started the swim with a blast on the horn. \"It is the one morning we watch,\" Hale said.",
        "Among them was a widower who swam for his late wife. \"She loved this beach,\" he said.", "widower")]
    [InlineData("Le maire, Paul Girard, a donné le départ de la course sur la place. « C’est une journée pour tous », a-t-il dit.",
        "Parmi les nageurs figurait un pêcheur retraité qui avait été sauvé par le même équipage. « Ils sont venus me chercher dans la tempête », raconte-t-il.", "pêcheur")]
    [InlineData("El alcalde, Tomás Herrero, dio la salida de la marcha en la plaza. «Es un día para todos», aseguró.",
        "Entre los participantes caminaba un viudo de 70 años con una foto de su mujer en la camiseta. «Ella estuvo allí tres semanas», cuenta.", "viudo")]
    [InlineData("El alcalde, Tomás Herrero, dio la salida de la marcha en la plaza. «Es un día para todos», aseguró.",
        "Entre los participantes estaba un viudo de 70 años con una foto de su mujer en la camiseta. «Ella estuvo allí tres semanas», cuenta.", "viudo")]
    [InlineData("Il sindaco, Paolo Gatti, ha dato il via alla corsa in piazza. «È una giornata per tutti», ha detto.",
        "Tra loro camminava un vedovo con la foto della moglie sulla maglietta. «Lei era lì per tre settimane», racconta.", "vedovo")]
    [InlineData("Il sindaco, Paolo Gatti, ha dato il via alla corsa in piazza. «È una giornata per tutti», ha detto.",
        "Tra i corridori era un pescatore in pensione che anni fa era stato salvato dallo stesso equipaggio. «Sono venuti a prendermi in una tempesta», racconta.", "pescatore")]
    [InlineData("O presidente, Paulo Garcia, deu a partida da corrida na praça central da vila. «É um dia para todos», garantiu.",
        "Entre os corredores caminhava um viúvo de 70 anos com uma foto da mulher na camisola. «Ela esteve lá três semanas», conta.", "viúvo")]
    [InlineData("Der Bürgermeister, Paul Gruber, gab auf dem Platz das Startsignal. „Es ist ein Tag für alle“, sagte er.",
        "Unter den Schwimmern war ein pensionierter Fischer, der vor Jahren von derselben Besatzung gerettet worden war. „Sie kamen im Sturm zu mir hinaus“, sagt er.", "Fischer")]
    [InlineData("De burgemeester, Paul de Graaf, gaf op het plein het startsignaal. ‘Het is een dag voor iedereen’, zei hij.",
        "Onder de zwemmers was een gepensioneerde visser die jaren geleden door dezelfde bemanning werd gered. ‘Ze kwamen me halen in een storm’, zegt hij.", "visser")]
    public void AQuoteAfterSomeoneUnnamedAmongAGroup_IsTheirs(string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // A role's noun ("fisherman", "teacher" are roles in English) is given to no one, as when it opens the
    // sentence ("A retired fisherman who …"); the one quoted before no longer speaks. Nor does he after two
    // newcomers.
    [Theory]
    [InlineData("The coxswain, Tom Hale, started the swim with a blast on the horn. \"It is the one morning we watch,\" Hale said.",
        "Among the swimmers was a retired fisherman who lives by the harbour. \"They came out for me in a storm,\" he said.")]
    [InlineData("The coxswain, Tom Hale, started the swim with a blast on the horn. \"It is the one morning we watch,\" Hale said.",
        "Among the swimmers was a teacher who came by bus. \"They came out for me in a storm,\" he said.")]
    [InlineData("The coxswain, Tom Hale, started the swim with a blast on the horn. \"It is the one morning we watch,\" Hale said.",
        "Among the swimmers were a fisherman and a farmer who came by bus. \"They came out for me in a storm,\" he said.")]
    public void AQuoteAfterARoleOrTwoNewcomersAmongAGroup_IsNoOnes(string named, string unnamed)
        => Assert.Null(QuoteSpeakers.Of(named, unnamed)[1]);

    // The article shows a woman and the pronoun a man: not the newcomer.
    [Fact]
    public void APronounOfTheOtherGender_IsNotTheNewcomers()
        => Assert.NotEqual("veuve", QuoteSpeakers.Of(
            "Le maire, Paul Girard, a donné le départ de la course sur la place. « C’est une journée pour tous », a-t-il dit.",
            "Parmi les marcheurs figurait une veuve qui marchait pour son mari disparu l’an dernier. « Il aimait cette route », raconte-t-il.")[1]);

    // Near-misses: the phrase set off by a comma before a subject of its own; a transitive verb, whose
    // indefinite is its object (with Spanish's personal "a", and without in Italian); a group.
    [Theory]
    [InlineData("The coxswain, Tom Hale, started the swim with a blast on the horn. \"It is the one morning we watch,\" Hale said.",
        "Among the swimmers, he was a neighbour to everyone. \"They came out for me in a storm,\" he said.", "neighbour")]
    [InlineData("El alcalde, Tomás Herrero, dio la salida de la marcha en la plaza. «Es un día para todos», aseguró.",
        "Entre los participantes saludó a un viudo de 70 años con una foto de su mujer en la camiseta. «Ella estuvo allí tres semanas», cuenta.", "viudo")]
    [InlineData("Il sindaco, Paolo Gatti, ha dato il via alla corsa in piazza. «È una giornata per tutti», ha detto.",
        "Tra i corridori salutò un pescatore in pensione con la maglia della squadra. «Sono venuti a prendermi in una tempesta», racconta.", "pescatore")]
    [InlineData("O presidente, Paulo Garcia, deu a partida da corrida na praça central da vila. «É um dia para todos», garantiu.",
        "Entre os corredores estava um grupo de vizinhos que veio de autocarro da aldeia. «Lembro-me de cada buraco da estrada», disse.", "vizinhos")]
    public void AnIndefiniteThatIsNotTheInvertedSubject_IsNotTheSpeaker(string named, string unnamed, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(named, unnamed)[1]);
}
