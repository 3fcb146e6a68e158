namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The police speak as a body by their bare noun in every language ("ha fatto sapere la polizia",
/// "informó la policía", "disse a polícia"), and a word that says which police they are, after the
/// noun where the language puts it there ("la polizia locale", "la policía local", "a polícia
/// municipal", "la police municipale"), is part of the body's name. A name or a place after the
/// noun makes it a body of its own, read as before.
/// </summary>
public sealed class PoliceBodyTests
{
    [Theory]
    [InlineData("Chiusa la provinciale dopo l'incendio",
        "Per consentire il lavoro dei soccorsi è stata chiusa la strada provinciale tra Ponte Alvino e Caselle, e i residenti sono rimasti in casa per tutta la giornata.",
        "«La strada resterà chiusa fino a stasera», ha fatto sapere la polizia locale.", "polizia locale")]
    [InlineData("Chiusa la provinciale dopo l'incendio",
        "Per consentire il lavoro dei soccorsi è stata chiusa la strada provinciale tra Ponte Alvino e Caselle, e i residenti sono rimasti in casa per tutta la giornata.",
        "«La strada resterà chiusa fino a stasera», ha detto la polizia.", "polizia")]
    [InlineData("Cortada la carretera tras el incendio",
        "Para permitir el trabajo de los bomberos se cortó la carretera entre Valdeoro y Navaluenga, y los vecinos se quedaron en casa durante todo el día.",
        "«La carretera seguirá cortada hasta la noche», informó la policía local.", "policía local")]
    [InlineData("Estrada cortada depois do incêndio",
        "Para permitir o trabalho dos bombeiros foi cortada a estrada entre Porto Brando e Vila Nova, e os moradores ficaram em casa durante todo o dia.",
        "«A estrada vai continuar cortada até à noite», disse a polícia municipal.", "polícia municipal")]
    [InlineData("La départementale fermée après l'incendie",
        "Pour permettre le travail des pompiers, la route départementale entre Valmont et Saint-Aubin a été fermée, et les habitants sont restés chez eux toute la journée.",
        "« La route restera fermée jusqu'à ce soir », a indiqué la police municipale.", "police municipale")]
    public void ThePoliceByTheirNoun_SpeakAsABody(string headline, string lead, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, lead, paragraph));

    [Fact]
    public void APoliceNamedInFull_StaysTheBodyNamed()
        => Assert.Equal(
            new[] { "Polícia Municipal de Porto Brando" },
            QuoteSpeakers.Under(
                "Estrada cortada depois do incêndio",
                "A Polícia Municipal de Porto Brando cortou a estrada entre Porto Brando e Vila Nova, e os moradores ficaram em casa durante todo o dia.",
                "«A estrada vai continuar cortada até à noite», disse a polícia."));
}
