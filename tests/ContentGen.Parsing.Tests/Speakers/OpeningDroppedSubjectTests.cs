namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// In a language that drops its subjects, a reporting verb that opens its sentence, written with a
/// capital, then a link that opens its clause (<c>Dice di essere «…»</c>, <c>Racconta di aver
/// temuto «…»</c>) governs the quote, and its subject is whom a pronoun would mean. An article or
/// name after the verb may be its own subject, so it gives no one that way.
/// </summary>
public sealed class OpeningDroppedSubjectTests
{
    private const string Market = "Il mercato coperto di Roccabella riaprirà a giugno dopo due anni di lavori. «È stata una lunga attesa», ha detto la commerciante Lucia Ferri.";

    [Theory]
    [InlineData(Market + " Dice di essere «pronta a ripartire».")]
    [InlineData(Market + " Racconta di aver temuto «di non rivedere più i clienti».")]
    public void AnOpeningVerbWithItsSubjectDropped_GoesOnWithTheSpeaker(string paragraph)
        => Assert.Equal(new[] { "Lucia Ferri", "Lucia Ferri" }, QuoteSpeakers.Under("Mercato", paragraph));

    // "Dice il presidente …": the verb's subject follows it, and is no pronoun's.
    [Fact]
    public void AnOpeningVerbBeforeItsOwnSubject_IsNotTheSpeakersTurn()
        => Assert.Equal(
            new[] { "Lucia Ferri", null },
            QuoteSpeakers.Under("Mercato", Market + " Dice il presidente della Regione Marco Neri che il mercato è «troppo piccolo»."));

    // Portuguese "Conta" is an account as well as "tells": a noun opening the sentence opens no report.
    [Fact]
    public void ANounWrittenLikeAVerb_OpensNoReport()
        => Assert.Equal(
            new[] { "João Mota", null },
            QuoteSpeakers.Under(
                "Seca",
                "O presidente da câmara, João Mota, está preocupado com a seca. “Perdemos metade da colheita”, disse Mota. Conta bancária do município está «no vermelho»."));

    // "Conta de água", a water bill: "de" and a noun after the verb's form open no clause; only an infinitive does.
    [Theory]
    [InlineData("A ponte", "A nova ponte sobre o rio fica pronta no fim do ano, segundo a câmara e a região. “Será uma ponte para todos”, disse a vereadora Ana Lopes. Conta de água sobe «sem aviso» para os moradores do bairro.", "Ana Lopes")]
    [InlineData("El libro", "La nueva novela de Ana Gil cuenta la vida de un pueblo de montaña en los años cincuenta. «Es mi libro más personal», dijo la autora Ana Gil. Cuenta de un invierno «sin final» y de una familia rota.", "Ana Gil")]
    public void AVerbsFormBeforeDeAndANoun_OpensNoReport(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker, null }, QuoteSpeakers.Under(headline, paragraph));
}
