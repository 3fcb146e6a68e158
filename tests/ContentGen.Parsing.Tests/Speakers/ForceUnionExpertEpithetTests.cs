namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Reporters call the person just named by the body they serve or the knowledge they bring, as
/// they do by a profession (<see cref="ProfessionEpithetTests"/>): an officer of a force, a trade
/// unionist, an expert. "« … », alertou o oficial", "atirou a sindicalista", "aseguró el edil",
/// "fügte der Experte hinzu". After a definite article with the sentence ending there, the subject
/// of the sentence just before; an indefinite one is someone unnamed, a quote's speaker just before
/// is never meant.
/// </summary>
public sealed class ForceUnionExpertEpithetTests
{
    [Theory]
    [InlineData("Ponte fica pronta na primavera", LanguageLeads.Portuguese, "Rui Sampaio coordena as buscas desde domingo. “As próximas horas são decisivas”, alertou o oficial.", "Rui Sampaio")]
    [InlineData("Ponte fica pronta na primavera", LanguageLeads.Portuguese, "Nuno Bastos patrulha a estrada há dez anos. “Não é uma estrada fácil”, admitiu o militar.", "Nuno Bastos")]
    [InlineData("Ponte fica pronta na primavera", LanguageLeads.Portuguese, "Marta Ribeiro dirige o sindicato dos têxteis desde 2019. “Não vamos recuar”, atirou a sindicalista.", "Marta Ribeiro")]
    [InlineData("Ponte fica pronta na primavera", LanguageLeads.Portuguese, "Jorge Almada estuda pontes há vinte anos. “O betão está bom”, resume o especialista.", "Jorge Almada")]
    [InlineData("El puente estará listo en primavera", LanguageLeads.Spanish, "Ramiro Cuesta defendió el proyecto en el pleno. «Se consultó a todos», aseguró el edil.", "Ramiro Cuesta")]
    [InlineData("El puente estará listo en primavera", LanguageLeads.Spanish, "Lucía Prados lidera el sindicato de estibadores. «No vamos a ceder», advirtió la sindicalista.", "Lucía Prados")]
    [InlineData("El puente estará listo en primavera", LanguageLeads.Spanish, "Íñigo Laza estudia los incendios desde hace años. «El monte está seco», explicó el experto.", "Íñigo Laza")]
    [InlineData("Il ponte sarà pronto in primavera", LanguageLeads.Italian, "Carla Fumagalli guida il sindacato dei metalmeccanici. «Non ci fermeremo», ha avvertito la sindacalista.", "Carla Fumagalli")]
    [InlineData("Il ponte sarà pronto in primavera", LanguageLeads.Italian, "Piero Landi studia le frane da vent'anni. «Il versante si muove», ha spiegato l'esperto.", "Piero Landi")]
    [InlineData("Le pont sera fini au printemps", LanguageLeads.French, "Sylvain Caradec dirige la section locale depuis 2015. « Nous ne lâcherons rien », prévient le syndicaliste.", "Sylvain Caradec")]
    [InlineData("Le pont sera fini au printemps", LanguageLeads.French, "Hélène Morvan étudie les digues depuis vingt ans. « La brèche est profonde », explique l'experte.", "Hélène Morvan")]
    [InlineData("Die Brücke wird im Frühling fertig", LanguageLeads.German, "Jochen Wendt leitet die Ortsgruppe seit 2015. „Wir geben nicht nach“, sagte der Gewerkschafter.", "Jochen Wendt")]
    [InlineData("Die Brücke wird im Frühling fertig", LanguageLeads.German, "Ute Kramer untersucht Brücken seit zwanzig Jahren. „Der Beton ist marode“, sagte die Expertin.", "Ute Kramer")]
    [InlineData("De brug is in het voorjaar klaar", LanguageLeads.Dutch, "Karel Wijnands onderzoekt bruggen al twintig jaar. \"Het beton is op\", zei de deskundige.", "Karel Wijnands")]
    public void AForceUnionOrExpertNoun_MeansThePersonJustNamed(string headline, string lead, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, lead, paragraph)[^1]);

    // A rank, an office or a trade the article gave the person does not keep the epithet from them.
    [Theory]
    [InlineData("Ponte fica pronta na primavera", LanguageLeads.Portuguese, "O capitão Rui Sampaio coordena as buscas desde domingo. “As próximas horas são decisivas”, alertou o oficial.", "Rui Sampaio")]
    [InlineData("Ponte fica pronta na primavera", LanguageLeads.Portuguese, "O professor Jorge Almada estuda pontes há vinte anos. “O betão está bom”, resume o especialista.", "Jorge Almada")]
    [InlineData("El puente estará listo en primavera", LanguageLeads.Spanish, "El concejal Ramiro Cuesta defendió el proyecto en el pleno. «Se consultó a todos», aseguró el edil.", "Ramiro Cuesta")]
    [InlineData("Il ponte sarà pronto in primavera", LanguageLeads.Italian, "La segretaria Carla Fumagalli guida la protesta. «Non ci fermeremo», ha avvertito la sindacalista.", "Carla Fumagalli")]
    [InlineData("Le pont sera fini au printemps", LanguageLeads.French, "Le délégué Sylvain Caradec mène la grève depuis lundi. « Nous ne lâcherons rien », prévient le syndicaliste.", "Sylvain Caradec")]
    public void AForceUnionOrExpertNoun_MeansTheRoleHolderJustNamed(string headline, string lead, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, lead, paragraph)[^1]);

    // A trade is no epithet for someone named by an office: the mayor is no engineer.
    [Fact]
    public void ATrade_StillNeverMeansAnOfficeHolder()
        => Assert.Null(QuoteSpeakers.Under("El puente estará listo en primavera", LanguageLeads.Spanish, "El concejal Ramiro Cuesta defendió el proyecto en el pleno. «Se consultó a todos», aseguró el ingeniero.")[^1]);

    // Not whom the sentence before does not name, not the speaker just before, not an unnamed one.
    [Theory]
    [InlineData("Ponte fica pronta na primavera", LanguageLeads.Portuguese, "A ponte abriu na segunda-feira. “As próximas horas são decisivas”, alertou o oficial.")]
    [InlineData("Ponte fica pronta na primavera", LanguageLeads.Portuguese, "“Vamos bem”, disse Rui Sampaio. “Não é verdade”, respondeu o sindicalista.")]
    [InlineData("El puente estará listo en primavera", LanguageLeads.Spanish, "Ramiro Cuesta habló con Lucía Prados. «Se consultó a todos», aseguró el edil.")]
    public void AForceUnionOrExpertNoun_NamesNoOneElse(string headline, string lead, string paragraph)
        => Assert.Null(QuoteSpeakers.Under(headline, lead, paragraph)[^1]);

    [Fact]
    public void AnIndefiniteUnionist_IsSomeoneUnnamed()
        => Assert.NotEqual(
            "Marta Ribeiro",
            QuoteSpeakers.Under("Ponte fica pronta na primavera", LanguageLeads.Portuguese, "Marta Ribeiro dirige a fábrica desde 2019. “Não vamos recuar”, atirou um sindicalista.")[^1]);
}
