namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "aseguró el francés" after "el quesero francés Luc Moreau": a nationality the article gave a
/// person it named, before the name or set off after it, means that person, as a trade does
/// ("dijo la ingeniera"). Nobody given it, or two people given it, and it means no one.
/// </summary>
public sealed class NationalityEpithetTests
{
    [Theory]
    [InlineData("Feria", "El quesero francés Luc Moreau vende en la feria. «Aquí la gente pregunta», aseguró el francés.", "Luc Moreau")]
    [InlineData("Finca", "Jairo Mendoza, un colombiano de 30 años, trabajaba en la finca. «Los arneses estaban rotos», relató el colombiano.", "Jairo Mendoza")]
    [InlineData("Fiera", "La portoghese Inês Barros vende formaggi alla fiera. «Il viaggio costa caro», ha detto la portoghese.", "Inês Barros")]
    [InlineData("Feira", "O queijeiro francês Luc Moreau vende na feira. «Aqui as pessoas perguntam», garantiu o francês.", "Luc Moreau")]
    public void ANationalityGivenToANamedPerson_MeansThatPerson(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // Guards: the person just named holds an office and was given no nationality; two people were given it.
    [Theory]
    [InlineData("Feria", "La alcaldesa Ana Gil visitó la feria. «Aquí la gente pregunta», aseguró el francés.")]
    [InlineData("Feria", "El quesero francés Luc Moreau y el panadero francés Paul Roux venden en la feria. «Aquí la gente pregunta», aseguró el francés.")]
    public void ANationalityNobodyOrTwoWereGiven_MeansNoOne(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, paragraph));
}
