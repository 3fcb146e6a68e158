namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Il viceministro degli Esteri Massimo Cardarelli … ha dichiarato Cardarelli": a deputy's part glued to the office
/// ("vice|ministro", "Vize|minister") before a portfolio and a name is as much a role as the office itself, so the
/// portfolio is no first name and the surname later means the full name. Italian, Spanish and German gave the bare
/// surname; Dutch, Portuguese, French and English (hyphenated or read otherwise) are kept here so that they stay read.
/// Negative: a body's three words after a deputy role's link make no person.
/// </summary>
public sealed class DeputyRoleBeforePortfolioTests
{
    [Theory]
    [InlineData("it", "Il viceministro degli Esteri Massimo Cardarelli ha incontrato giovedì la delegazione elvetica a Berna. ¶ «Oggi diamo regole chiare alle famiglie», ha dichiarato Cardarelli in conferenza stampa. ¶ Alla domanda sui tempi, Cardarelli ha risposto con un sorriso: «Il Parlamento farà la sua parte».", "Massimo Cardarelli|Massimo Cardarelli")]
    [InlineData("es", "El viceministro de Exteriores Tomás Garrido se reunió el jueves con la delegación suiza en Berna. ¶ «Hoy damos reglas claras a las familias», declaró Garrido en rueda de prensa.", "Tomás Garrido")]
    [InlineData("de", "Der Vizeminister für Verkehr Thomas Gerber traf am Donnerstag die Schweizer Delegation in Bern. ¶ „Wir geben den Familien klare Regeln“, sagte Gerber auf der Pressekonferenz.", "Thomas Gerber")]
    [InlineData("nl", "Viceminister van Verkeer Thomas Gerritsen ontmoette donderdag de Zwitserse delegatie in Bern. ¶ “Wij geven de gezinnen duidelijke regels”, zei Gerritsen op de persconferentie.", "Thomas Gerritsen")]
    [InlineData("pt", "O vice-ministro da Economia Tomás Garrido reuniu-se na quinta-feira com a delegação suíça em Berna. ¶ “Hoje damos regras claras às famílias”, declarou Garrido na conferência de imprensa.", "Tomás Garrido")]
    [InlineData("fr", "Le vice-ministre de l'Économie Thomas Garnier a rencontré jeudi la délégation suisse à Berne. ¶ « Nous donnons des règles claires aux familles », a déclaré Garnier en conférence de presse.", "Thomas Garnier")]
    [InlineData("en", "The vice-minister for Transport Thomas Garner met the Swiss delegation in Bern on Thursday. ¶ \"We give families clear rules,\" Garner told reporters.", "Thomas Garner")]
    public void ADeputysRoleBeforeAPortfolio_LeavesTheNameWhole(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    // A body's three words after a deputy role's link: no given name in the middle, so no person is made of its last two.
    [InlineData("de", "Der Vizepräsident von Verein Grüne Mitte nannte den Plan am Mittwoch einen Fortschritt. ¶ „Wir bleiben kritisch“, sagte Mitte.", "-")]
    public void ABodysNameAfterADeputysLink_MakesNoPerson(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);
}
