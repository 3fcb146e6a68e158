namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A participle of coming, birth or settling opens a sentence before where someone is from ("Arrivé de
/// Syrie en 2017, il a repris …"): before the particle it looked like a first name ("Arrivé de Syrie"), and the
/// pronoun of the next quote went to it. French, Spanish, Italian and Portuguese write their particles so;
/// English, German and Dutch open the phrase on a lower-case preposition ("Born in Aleppo", "Geboren in").
/// </summary>
public sealed class OpeningParticipleOfOriginTests
{
    [Theory]
    [InlineData("fr", "Ahmad Kassem tient la boulangerie depuis mars. Arrivé de Syrie en 2017, il a repris le fournil. ¶ « Les clients me corrigent encore », sourit-il.", "Ahmad Kassem")]
    [InlineData("fr", "Nadia Haddad tient l’épicerie depuis mars. Installée de longue date à Lyon, elle a repris le commerce. ¶ « Les clients me corrigent encore », sourit-elle.", "Nadia Haddad")]
    [InlineData("es", "Samir Haddad regenta la panadería desde marzo. Llegado de Siria en 2017, abrió el obrador con su hermano. ¶ «Los clientes me corrigen todavía», dice.", "Samir Haddad")]
    [InlineData("it", "Samir Haddad gestisce il forno da marzo. Arrivato da Aleppo nel 2017, ha aperto il laboratorio con il fratello. ¶ «I clienti mi correggono ancora», dice.", "Samir Haddad")]
    [InlineData("pt", "Samir Haddad gere a padaria desde março. Chegado da Síria em 2017, abriu a oficina com o irmão. ¶ «Os clientes ainda me corrigem», diz.", "Samir Haddad")]
    [InlineData("en", "Samir Haddad has run the bakery since March. Born in Aleppo, he opened the shop with his brother. ¶ \"The customers still correct me,\" he said.", "Samir Haddad")]
    [InlineData("de", "Samir Haddad führt die Bäckerei seit März. Geboren in Aleppo, eröffnete er den Laden mit seinem Bruder. ¶ „Die Kunden korrigieren mich noch“, sagt er.", "Samir Haddad")]
    [InlineData("nl", "Samir Haddad runt de bakkerij sinds maart. Geboren in Aleppo, opende hij de zaak met zijn broer. ¶ 'De klanten verbeteren me nog', zegt hij.", "Samir Haddad")]
    public void AParticipleOfOriginOpeningTheSentence_IsNoName(string language, string paragraphs, string speaker)
        => LanguageLeads.CheckSpeakers(language, paragraphs, speaker);

    // A first name spelt like no such participle keeps its particle name ("René de Vaux"), and an English
    // first name spelt like a French participle is none of them ("Venus").
    [Theory]
    [InlineData("fr", "René de Vaux, arrivé de Lyon en 2017, tient le café du quai. « Nous sommes prêts », dit-il.", "René de Vaux")]
    [InlineData("en", "Venus Williams runs the café on the quay. \"We are ready,\" she said.", "Venus Williams")]
    public void AFirstNameBeforeAParticle_StaysAName(string language, string paragraph, string speaker)
        => LanguageLeads.CheckSpeakers(language, paragraph, speaker);
}
