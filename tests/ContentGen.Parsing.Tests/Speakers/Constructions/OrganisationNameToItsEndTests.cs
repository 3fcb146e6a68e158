namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// An organisation's name that its noun heads runs to its end through capitalised words that
/// qualify the noun before the first link ("l'Association Sportive de Valmont", "la Unión Comarcal
/// de Regantes del Alto Jalón", "l'Associazione Nazionale dei Pescatori"). The union nouns
/// ("unión", "unione", "união") head a body's name as the French "union" does. Before, the name
/// stopped at its first capitalised qualifier ("Unión Comarcal", "Associazione Nazionale").
/// </summary>
public sealed class OrganisationNameToItsEndTests
{
    [Theory]
    [InlineData("Le club", "« Nous irons jusqu'au bout », a affirmé l'Union Régionale des Pêcheurs de la Lière.", "Union Régionale des Pêcheurs de la Lière")]
    [InlineData("Il raccolto", "«Siamo pronti», ha dichiarato l'Unione Agricoltori della Valle Scura.", "Unione Agricoltori della Valle Scura")]
    [InlineData("La pesca", "«Siamo pronti», ha dichiarato l'Associazione Nazionale dei Pescatori.", "Associazione Nazionale dei Pescatori")]
    [InlineData("El riego", "«Estamos listos», declaró la Unión Comarcal de Regantes del Alto Jalón.", "Unión Comarcal de Regantes del Alto Jalón")]
    [InlineData("A rega", "“Estamos prontos”, declarou a União Regional de Agricultores do Alto Minho.", "União Regional de Agricultores do Alto Minho")]
    [InlineData("Le club", "« Nous irons jusqu'au bout », a affirmé l'Association Sportive de Valmont.", "Association Sportive de Valmont")]
    [InlineData("El riego", "La Unión Comarcal de Regantes del Alto Jalón ha pedido una reunión, hablando de «una crisis anunciada».", "Unión Comarcal de Regantes del Alto Jalón")]
    [InlineData("A rega", "A União Regional de Agricultores do Alto Minho pediu uma reunião, falando de “uma crise anunciada”.", "União Regional de Agricultores do Alto Minho")]
    public void AHeadedNameRunsToItsEnd(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // Stop: a capitalised word after the noun with no link after it adds no complement; the reading
    // of such a run is left to the other rules, as before ("la Asociación Vecinal" alone is no name
    // this reader gives).
    [Theory]
    [InlineData("El barrio", "«No vamos a parar», aseguró Marta Gil, de la Asociación Vecinal.", "Marta Gil")]
    [InlineData("Il quartiere", "«Non ci fermiamo», ha detto Marta Galli, dell'Associazione Inquilini.", "Marta Galli")]
    public void APersonBeforeAnUnlinkedBody_StaysTheSpeaker(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));
}
