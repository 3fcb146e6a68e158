namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A document opening its sentence ("Em comunicado,", "In una nota,") makes a quote in its clause
/// the words of the body that is the clause's subject, whatever its verb, so that a dropped-subject
/// cue after it reaches the body and not a person quoted before
/// (Speakers/Sieves/ColonCue.StatementOpenedBody.cs). Stops: a passive after the body; another
/// name between the body and the quote.
/// </summary>
public sealed class StatementOpenedBodyTests
{
    [Fact]
    public void APortugueseComunicado_GivesTheBodyAndItsAddedWords()
        => Assert.Equal(
            new[] { "Marta Quelhas", "Associação de Produtores do Vale", "Associação de Produtores do Vale" },
            QuoteSpeakers.Under(
                "Cooperativas juntam-se",
                "A presidente da cooperativa, Marta Quelhas, falou aos sócios. “Foi uma decisão difícil”, disse.",
                "Em comunicado, a Associação de Produtores do Vale saudou a fusão como “um passo necessário”. E acrescenta: “Ninguém fica para trás.”"));

    [Fact]
    public void AnItalianNota_GivesTheBodyForBothItsQuotes()
        => Assert.Equal(
            new[] { "Elena Quintavalle", "Associazione dei produttori della Valle", "Associazione dei produttori della Valle" },
            QuoteSpeakers.Under(
                "Fusione delle cooperative",
                "La presidente della cooperativa, Elena Quintavalle, ha parlato ai soci. «È stata una decisione difficile», ha detto.",
                "In una nota, l'Associazione dei produttori della Valle ha salutato la fusione come «un passo necessario». E aggiunge: «Nessuno resta indietro»."));

    [Fact]
    public void APassiveAfterTheBody_GivesNoOne()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Fábrica fecha",
                "A fábrica fecha em março. Em comunicado, a Associação Comercial do Vale foi acusada de “esconder os números”."));

    [Fact]
    public void ANameBetweenTheBodyAndTheQuote_IsNotTheBody()
        => Assert.Equal(
            new[] { "Mario Rossi" },
            QuoteSpeakers.Under(
                "Chiude la piscina",
                "Chiude la piscina. In una nota, l'Associazione dei genitori del Colle ricorda che Mario Rossi aveva parlato di «una scelta miope»."));
}
