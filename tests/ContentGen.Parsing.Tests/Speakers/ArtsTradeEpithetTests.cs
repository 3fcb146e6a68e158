namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Session 59: the arts' trades join the Romance lexicons' ProfessionEpithets ("la fotógrafa", "lo scultore",
/// "a poeta", "le sculpteur"), so that the trade at the cue means the one person the article gave it, as any
/// listed trade does, past an age and a manner after it. Two people given it, or none (a mayor named, then
/// "the photographer"), and it means no one. Paragraphs are separated by " ¶ "; "-" is no one.
/// </summary>
public sealed class ArtsTradeEpithetTests
{
    [Theory]
    [InlineData("es", "La fotógrafa Marta Gil expone en el ayuntamiento. «Nunca pensé que esto le importara a nadie», cuenta la fotógrafa, de 58 años, mientras recorre la sala.", "Marta Gil")]
    [InlineData("it", "La fotografa Lia Ferrante espone in municipio. «Non pensavo che interessassero a qualcuno», ha detto la fotografa, 81 anni, prima di entrare.", "Lia Ferrante")]
    [InlineData("pt", "A poeta Inês Lima esteve na biblioteca. «Nunca tive tanta gente a ouvir-me», disse a poeta, de 63 anos.", "Inês Lima")]
    [InlineData("fr", "Le sculpteur Marc Delorme expose à la mairie. « Je n'aurais jamais cru que cela intéresse quelqu'un », raconte le sculpteur.", "Marc Delorme")]
    [InlineData("it", "Il pittore Carlo Bassi e la scultrice Anna Riva espongono insieme. «Lavoriamo da vent'anni», ha detto la scultrice.", "Anna Riva")]
    [InlineData("pt", "O pintor Rui Costa e o escultor Nuno Reis expõem juntos. «Trabalhamos há vinte anos», disse o escultor.", "Nuno Reis")]
    public void AnArtsTrade_TheOnePersonGivenIt(string language, string paragraphs, string expected)
        => LanguageLeads.CheckSpeakers(language, paragraphs, expected);

    [Theory]
    [InlineData("es", "El pintor Luis Mora y el pintor Juan Gil exponen juntos. «Trabajamos desde hace veinte años», dijo el pintor.", "-")]
    [InlineData("fr", "Le maire Paul Roux a inauguré l'exposition. « C'est un grand jour », a dit la photographe.", "-")]
    [InlineData("it", "Il sindaco Paolo Neri ha inaugurato la mostra. «È un grande giorno», ha detto la fotografa.", "-")]
    [InlineData("es", "El alcalde Juan Gil inauguró la muestra. «Es un gran día», dijo la artista.", "-")]
    [InlineData("pt", "O presidente da câmara Rui Costa inaugurou a exposição. «É um grande dia», disse o fotógrafo.", "-")]
    public void AnArtsTrade_GivenTwoOrNoOne_IsNoOne(string language, string paragraphs, string expected)
        => LanguageLeads.CheckSpeakers(language, paragraphs, expected);
}
