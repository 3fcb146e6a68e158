using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone named speaks; the next paragraph brings in someone unnamed from a place whose name is several capitalised
/// words joined by a preposition or an article ("Villanueva de la Sierra", "the Isle of Wight"), with a relative clause
/// after the place. The place names no one, so the newcomer is the sentence's subject and the quote right after is
/// theirs (SpeakerFinder.UnnamedFromPlaceOfSeveralWords.cs). Invented sentences, in other nouns and places than the
/// article that showed the class.
/// </summary>
public sealed class UnnamedFromPlaceOfSeveralWordsTests
{
    // At the base each gave the person named before. (Not read: German, where "aus Neustadt an der Weinstraße, die"
    // puts "der", also a relative pronoun, before the comma, and the relative clause's reading stops there; Dutch
    // "uit Bergen op Zoom die", whose lexicon lists no preposition to join the place's words; "de Ponte de Lima, que
    // pediu …", which another reading gives to the place itself; two capitalised words in a row, "Vila Nova de
    // Gaia", which may be a person.)
    [Theory]
    [InlineData("en", "The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "A retiree from the Isle of Wight who lives on the square lost her savings. \"I trusted them completely.\"", "retiree")]
    [InlineData("es", "El gerente, Tomás Herrero, defiende el nuevo horario. «No teníamos otra opción», aseguró.",
        "Un panadero de Villanueva de la Sierra que abrió su horno hace treinta años perdió sus ahorros. «Confiaba en ellos».", "panadero")]
    [InlineData("it", "Il direttore, Paolo Gatti, difende il nuovo orario. «Non avevamo scelta», assicura.",
        "Una cassiera di Castel di Sangro, che lavora in centro da vent'anni, ha perso i risparmi. «Mi fidavo di loro».", "cassiera")]
    [InlineData("pt", "O diretor, Paulo Matos, defende o novo horário. «Não tínhamos escolha», garantiu.",
        "Um bombeiro de Ponte de Lima que trabalha na vila há vinte anos perdeu as poupanças. «Confiava neles e perdi tudo o que tinha.»", "bombeiro")]
    public void AQuoteRightAfterSomeoneUnnamedFromAPlaceOfSeveralWords_IsTheirs(string language, string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.InLanguage(language, "Probe", named, unnamed)[1]);

    // Not this reading: a person named in the relative clause after the place, a place with no relative clause after
    // it (the sentence may go on to someone else), a person's name with a particle set off after the noun.
    [Theory]
    [InlineData("es", "Un panadero de Villanueva de la Sierra que trabaja con Ana Ruiz perdió sus ahorros. «Confiaba en ellos».", "panadero")]
    [InlineData("nl", "Een buurvrouw uit Bergen op Zoom belde met wethouder Jan Smit. ‘Ik vertrouwde ze.’", "buurvrouw")]
    [InlineData("it", "Una cassiera, Maria De Luca, che lavora in centro da vent'anni, ha perso i risparmi. «Mi fidavo di loro».", "cassiera")]
    public void APlaceOfSeveralWordsThatDoesNotBringSomeoneUnnamedIn_GivesNoNoun(string language, string unnamed, string notSpeaker)
    {
        var speakers = QuoteSpeakers.InLanguage(language, "Probe", "The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.", unnamed);
        Assert.NotEqual(notSpeaker, speakers[1]);
    }
}
