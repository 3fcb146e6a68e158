namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The police, the fire brigade and the hospital are bodies in every lexicon: "informó la policía",
/// "informó el hospital" mean the police or the hospital the article named; German and
/// Dutch "die Polizei", "de politie", "die Feuerwehr", "de brandweer" speak by the noun alone when
/// the article names none, as French "la police" did. A police officer is a person, never the body,
/// and the body's noun never means the person named before.
/// </summary>
public sealed class PoliceAndServiceBodyTests
{
    [Theory]
    [InlineData("Die Straße", "Ein Mann wurde am Montag festgenommen. „Die Ermittlungen laufen noch“, teilte die Polizei mit.", "Polizei")]
    [InlineData("Die Scheune", "In der Nacht brannte eine Scheune ab. „Das Feuer war schnell gelöscht“, teilte die Feuerwehr mit.", "Feuerwehr")]
    [InlineData("De weg", "Een man is maandag aangehouden. \"Het onderzoek loopt nog\", meldt de politie.", "politie")]
    [InlineData("De schuur", "In de nacht brandde een schuur af. \"Het vuur was snel geblust\", meldt de brandweer.", "brandweer")]
    public void ThePoliceOrTheFireBrigadeByItsNounAlone_Speaks(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    [Theory]
    [InlineData("La carretera", "La Policía Local de Villanueva cortó la carretera. «No hubo ningún detenido», informó la policía.", "Policía Local de Villanueva")]
    [InlineData("O hospital", "O Hospital de Porto Brando suspendeu as visitas. “Pedimos a compreensão das famílias”, informou o hospital.", "Hospital de Porto Brando")]
    [InlineData("El hospital", "El Hospital de Villanueva suspendió las visitas. «Pedimos comprensión a las familias», informó el hospital.", "Hospital de Villanueva")]
    public void ThePoliceOrTheHospitalTheArticleNamed_Speaks(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // The person the police arrested speaks for himself; an officer is no body; the body's noun
    // never means the man named before.
    [Theory]
    [InlineData("Die Straße", "Die Polizei nahm Klaus Weber am Montag fest. „Ich bin unschuldig“, sagte Weber.", "Klaus Weber")]
    [InlineData("A estrada", "A Polícia Municipal de Porto Brando deteve Rui Tavares. “Estou inocente”, disse Tavares.", "Rui Tavares")]
    public void SomeoneNamedAfterTheBody_SpeaksForHimself(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    [Theory]
    [InlineData("A fábrica", "O presidente Artur Meireles visitou a fábrica. “Não houve qualquer detenção”, informou a polícia.", "Artur Meireles")]
    [InlineData("Die Straße", "Bürgermeister Klaus Weber sperrte die Straße. „Die Lage ist ruhig“, sagte ein Polizist.", "Polizei")]
    public void APoliceNounWithNoBodyNamedOrAnOfficer_IsNotThatSpeaker(string headline, string paragraph, string notSpeaker)
        => Assert.DoesNotContain(notSpeaker, QuoteSpeakers.Under(headline, paragraph));
}
