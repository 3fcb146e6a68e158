namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A presentative opening the sentence brings in the person whose case the article tells, and the
/// quote after the colon is theirs ("C'est le cas de Marie Vallet, mère de deux enfants : « … »").
/// A name alone of one word, a body, a verb of saying in the apposition or the presentative
/// anywhere but at the start give no one.
/// </summary>
public sealed class PresentedCaseColonTests
{
    [Theory]
    [InlineData("Piscine fermée", "Plusieurs familles attendent une réponse. C'est le cas de Marie Vallet, mère de deux enfants : « Nous n'avons plus rien pour l'été. »", "Marie Vallet")]
    [InlineData("Piscine fermée", "Plusieurs familles attendent une réponse. C'est notamment le cas de Paul Roux, retraité : « Je nageais ici chaque matin. »", "Paul Roux")]
    [InlineData("Piscina cerrada", "Varias familias esperan una respuesta. Es el caso de Ana Ruiz, de 34 años: «No tenemos nada para el verano».", "Ana Ruiz")]
    [InlineData("Piscina chiusa", "Molte famiglie aspettano una risposta. È il caso di Marco Rossi, padre di due figli: «Non abbiamo niente per l'estate».", "Marco Rossi")]
    [InlineData("Piscina fechada", "Várias famílias esperam uma resposta. É o caso de Ana Costa, mãe de dois filhos: «Não temos nada para o verão».", "Ana Costa")]
    public void APresentedPerson_SaysTheColonsQuote(string headline, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under(headline, "La ville ferme la piscine.", paragraph));

    [Theory]
    // One word alone: a place as well as a person.
    [InlineData("Piscine fermée", "Plusieurs villes attendent une réponse. C'est le cas de Vernoux : « Nous n'avons plus rien pour l'été. »")]
    // A verb of saying in the apposition: a clause of its own, whose subject is read elsewhere.
    [InlineData("Piscine fermée", "Plusieurs familles attendent une réponse. C'est le cas de Marie Vallet, dont le voisin déclare : « Nous n'avons plus rien. »")]
    // The presentative not at the sentence's start.
    [InlineData("Piscine fermée", "Plusieurs familles attendent, et c'est le cas de Marie Vallet : « Nous n'avons plus rien. »")]
    public void NoPersonPresentedAtTheStart_NoOne(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, "La ville ferme la piscine.", paragraph));

    [Theory]
    // A place of two capitalised words is no person's name: a name with nothing after it must have a gender.
    [InlineData("Pueblos olvidados", "La provincia cierra escuelas.", "Varios municipios protestan. Es el caso de San Esteban: «Nos han olvidado».")]
    [InlineData("Paesi dimenticati", "La regione chiude le scuole.", "Molte città protestano. È il caso di Reggio Emilia: «Ci hanno dimenticati».")]
    [InlineData("Vilas esquecidas", "O governo fecha escolas.", "Várias vilas protestam. É o caso de Vila Real: «Esqueceram-nos».")]
    // A source in the apposition: the words are the source's, not the person's.
    [InlineData("Piscine fermée", "La ville ferme la piscine.", "Plusieurs familles attendent une réponse. C'est le cas de Marie Vallet, selon son avocat : « Rien n'a été fait. »")]
    public void APlaceOrASourceAfterThePresentative_NoOne(string headline, string first, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, first, paragraph));
}
