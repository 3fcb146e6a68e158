namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Minister voor Jeugdzorg Anouk Verhulst heeft …. Verhulst gaf toe …": a role, a link and a one-word portfolio run
/// on into the name. Three capitals were no full name, so the surname alone later stayed bare ("Verhulst") in German
/// and Dutch; the portfolio is the role's complement, and the last two words are the name. English and the Romance
/// languages read the shape already (kept here so that they stay read). Negatives: a body's three words after a role's
/// link (no given name in the middle) make no person.
/// </summary>
public sealed class PortfolioBeforeNameTests
{
    [Theory]
    [InlineData("nl", "Minister voor Jeugdzorg Anouk Verhulst heeft donderdagavond een motie overleefd. ¶ Verhulst gaf toe dat ze “te optimistisch” was geweest. “Ik had de cijfers eerder moeten delen”, zei ze.", "Anouk Verhulst|Anouk Verhulst")]
    [InlineData("de", "Ministerin für Bildung Anna Vogtmann hat am Donnerstag ein Misstrauensvotum überstanden. ¶ Vogtmann räumte ein, sie sei „zu optimistisch“ gewesen. „Ich hätte die Zahlen früher vorlegen müssen“, sagte sie.", "Anna Vogtmann|Anna Vogtmann")]
    [InlineData("en", "Minister for Transport Helen Marbury survived a confidence vote on Thursday night. ¶ Marbury admitted she had been “too optimistic”. “I should have shared the figures sooner,” she said.", "Helen Marbury|Helen Marbury")]
    [InlineData("es", "La ministra de Sanidad Ana Villaverde superó el jueves una moción de censura. ¶ Villaverde admitió que había sido «demasiado optimista». «Debí compartir las cifras antes», dijo.", "Ana Villaverde|Ana Villaverde")]
    [InlineData("it", "La ministra della Salute Anna Villaresi ha superato giovedì una mozione di sfiducia. ¶ Villaresi ha ammesso di essere stata «troppo ottimista». «Avrei dovuto condividere i dati prima», ha detto.", "Anna Villaresi|Anna Villaresi")]
    [InlineData("pt", "A ministra da Saúde Ana Vilaverde sobreviveu na quinta-feira a uma moção de censura. ¶ Vilaverde admitiu ter sido “demasiado otimista”. “Devia ter partilhado os números mais cedo”, disse.", "Ana Vilaverde|Ana Vilaverde")]
    [InlineData("fr", "La ministre de la Culture Anne Vallerand a survécu jeudi à une motion de censure. ¶ Vallerand a reconnu avoir été « trop optimiste ». « J'aurais dû partager les chiffres plus tôt », a-t-elle dit.", "Anne Vallerand|Anne Vallerand")]
    public void APortfolioBetweenARolesLinkAndAName_IsNoFirstName(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    // A body's three words after a role's link: no given name in the middle, so no person is made of its last two.
    [InlineData("de", "Der Vorsitzende von Verein Grüne Mitte nannte den Plan am Mittwoch einen Fortschritt. ¶ „Wir bleiben kritisch“, sagte Mitte.", "-")]
    public void ABodysNameAfterARolesLink_MakesNoPerson(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);
}
