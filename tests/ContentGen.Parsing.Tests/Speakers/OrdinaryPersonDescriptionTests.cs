namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A sentence's subject given first as someone ordinary (a relative, a colleague, a neighbour: an
/// article or a possessive and a people noun), then by a full name set off by commas, then a verb of
/// saying whose clause holds the quote: "His wife, Mary Ellison, said the house was "…"". The name
/// is the subject, as after a role ("The treasurer, Sam Kellett, said …"). Before, the description
/// held no role, so its verb gave no one. The description is read by its last word ("the mother
/// ship" is a ship); a list after the name names no one subject.
/// </summary>
public sealed class OrdinaryPersonDescriptionTests
{
    [Theory]
    [InlineData("en", "His wife, Mary Ellison, said the house had been \"far too cold\" all winter.", "Mary Ellison")]
    [InlineData("en", "Her ward colleague, Councillor Sam Kellett, said he would back the closure \"with a heavy heart\".", "Sam Kellett")]
    [InlineData("fr", "Sa fille, Marie Dorval, explique que la maison était « bien trop froide » tout l'hiver.", "Marie Dorval")]
    [InlineData("es", "Su hermana, Ana Ruizarán, asegura que la casa estaba «demasiado fría» todo el invierno.", "Ana Ruizarán")]
    [InlineData("it", "La sua collega, Anna Rossetti, dice che la casa era «troppo fredda» per tutto l'inverno.", "Anna Rossetti")]
    [InlineData("pt", "Sua colega, Lurdes Silvestre, diz que a casa estava «fria demais» durante todo o inverno.", "Lurdes Silvestre")]
    [InlineData("nl", "Zijn vrouw, Anja Rotterveel, zegt dat het huis de hele winter ‘veel te koud’ was.", "Anja Rotterveel")]
    [InlineData("de", "Seine Frau, Anna Rothmann, sagte, das Haus sei den ganzen Winter „viel zu kalt“ gewesen.", "Anna Rothmann")]
    public void TheNameAfterAnOrdinaryPersonsDescription_SaysTheQuoteInItsClause(string language, string paragraph, string speaker)
        => LanguageLeads.CheckSpeakers(language, paragraph, speaker);

    [Theory]
    // A list: the name and someone else say it together, neither alone.
    [InlineData("en", "His wife, Mary Ellison, and their son said the house had been \"far too cold\" all winter.")]
    [InlineData("fr", "Sa fille, Marie Dorval, et son gendre expliquent que la maison était « bien trop froide » tout l'hiver.")]
    [InlineData("nl", "Zijn vrouw, Anja Rotterveel, en haar broer zeggen dat het huis de hele winter ‘veel te koud’ was.")]
    // A thing's description, not a person's: the name after it is the thing's.
    [InlineData("en", "Their house, Rose Cottage, was described as \"far too cold\" by the inspectors.")]
    [InlineData("it", "La loro casa, Villa Rosetta, è stata giudicata «troppo fredda» dai tecnici.")]
    public void NoOrdinaryPersonsDescription_GivesNoOne(string language, string paragraph)
        => LanguageLeads.CheckSpeakers(language, paragraph, "-");
}
