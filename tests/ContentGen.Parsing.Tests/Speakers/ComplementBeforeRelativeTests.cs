namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Owen Treloar, the member for Carnbrea North, who told the chamber that …": the capitals right before a relative
/// clause's comma follow a link inside an apposition set off after a name. They are the apposition's complement (a
/// seat, a town), and the clause, with the quote it reports, is the named person's. The reader gave such quotes to
/// the seat ("Carnbrea North", "Vienne-Nord", "Valle Norte") in six languages. Dutch ("Otto Trel, Kamerlid
/// voor Noord-Veen, die in het debat zei dat …") reads no one there, before and after. The name before the
/// apposition is its capitals, with a joiner between two of them outside German ("von" after "die Revolte" would
/// take the noun in). Negatives: a name after a link with no apposition before it, and a person named after "by"
/// (no link of a seat) inside an apposition.
/// </summary>
public sealed class ComplementBeforeRelativeTests
{
    [Theory]
    [InlineData("en", "The government lost a vote on Tuesday night. ¶ The revolt was led by Owen Treloar, the member for Carnbrea North, who told the chamber that the bill “takes money from villages”.", "Owen Treloar")]
    [InlineData("en", "The government lost a vote on Tuesday night. ¶ The revolt was led by Owen Treloar, a councillor in West Harlow, who told the chamber that the bill “takes money from villages”.", "Owen Treloar")]
    [InlineData("fr", "Le gouvernement a perdu un vote mardi soir. ¶ La fronde était menée par Olivier Trélat, député de Vienne-Nord, qui a lancé dans l'hémicycle que le texte « prend l'argent des villages ».", "Olivier Trélat")]
    [InlineData("de", "Die Regierung hat am Dienstag eine Abstimmung verloren. ¶ Angeführt wurde die Revolte von Otto Treller, dem Abgeordneten für Nordheim-Süd, der im Plenum sagte, das Gesetz „nimmt den Dörfern Geld weg“.", "Otto Treller")]
    [InlineData("es", "El Gobierno perdió una votación el martes por la noche. ¶ La rebelión la encabezó Raúl Treviño, diputado de Valle Norte, quien dijo en el pleno que la ley «quita dinero a los pueblos».", "Raúl Treviño")]
    [InlineData("it", "Il governo ha perso un voto martedì sera. ¶ La rivolta è stata guidata da Ottavio Trevisan, deputato di Valle Nord, che ha detto in aula che la legge «toglie soldi ai paesi».", "Ottavio Trevisan")]
    [InlineData("pt", "O Governo perdeu uma votação na terça-feira à noite. ¶ A revolta foi liderada por Otávio Trindade, deputado pelo círculo de Vale Norte, que disse no plenário que a lei “tira dinheiro às aldeias”.", "Otávio Trindade")]
    public void TheRelativeAfterAnApposedComplement_DescribesTheNamedPerson(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    // No apposition: the name after the link is the one the clause describes.
    [InlineData("en", "The government lost a vote on Tuesday night. ¶ The revolt was led by Owen Treloar, who told the chamber that the bill “takes money from villages”.", "Owen Treloar")]
    [InlineData("fr", "Le gouvernement a perdu un vote mardi soir. ¶ La fronde était menée par Olivier Trélat, qui a lancé dans l'hémicycle que le texte « prend l'argent des villages ».", "Olivier Trélat")]
    [InlineData("it", "Il governo ha perso un voto martedì sera. ¶ La rivolta è stata guidata da Ottavio Trevisan, che ha detto in aula che la legge «toglie soldi ai paesi».", "Ottavio Trevisan")]
    // A person named after the apposition's link is the one described: "by" is no link of a seat.
    [InlineData("en", "The government lost a vote on Tuesday night. ¶ The amendment, a text drafted by Owen Treloar, who told the chamber that the bill “takes money from villages”, fell by six votes.", "Owen Treloar")]
    public void ANameWithNoApposedComplementBeforeIt_StaysTheOneDescribed(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);
}
