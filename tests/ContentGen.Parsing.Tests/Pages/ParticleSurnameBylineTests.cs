using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 55: three writers in a byline, one of them with a particle in the surname ("Door Jan van Dam, Els de Wit en
/// Piet Bos"). The particles are words of the names, not of the line: the byline is as long as "By Jane Roe, Tom Fox and
/// Ann Lee", so it signs the article. A sentence of the article that names three people with particles stays prose.
/// </summary>
public sealed class ParticleSurnameBylineTests
{
    [Theory]
    [InlineData("nl", "Door Joost van Beek, Femke de Wit en Lars Vos", "Joost van Beek; Femke de Wit; Lars Vos")]
    [InlineData("nl", "Door Anouk Smit, Ruud van der Berg en Ilse Kok", "Anouk Smit; Ruud van der Berg; Ilse Kok")]
    [InlineData("de", "Von Clara von Hagen, Timo Brandt und Lea Kurz", "Clara von Hagen; Timo Brandt; Lea Kurz")]
    [InlineData("es", "Por Lucía de la Torre, Pablo Ríos y Eva Sanz", "Lucía de la Torre; Pablo Ríos; Eva Sanz")]
    [InlineData("fr", "Par Hugo Lenoir, Inès de La Motte et Théo Caron", "Hugo Lenoir; Inès de La Motte; Théo Caron")]
    [InlineData("pt", "Por Rita das Neves, Tiago Melo e Sara Luz", "Rita das Neves; Tiago Melo; Sara Luz")]
    [InlineData("en", "By Oliver de Witt, Maya Grant and Sam Hale", "Oliver de Witt; Maya Grant; Sam Hale")]
    public void ThreeWriters_OneWithAParticle_SignTheArticle(string language, string byline, string authors)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Home\nNews\nSport", p[0], byline, p[1], p[2], p[3], "© 2025 Site"));

        Assert.Equal(authors, article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text).ToArray());
    }

    // Guard: a sentence of the article that names people with particles signs nothing.
    [Theory]
    [InlineData("nl", "Volgens Joost van Beek, Femke de Wit en Lars Vos is de sluis te oud.")]
    [InlineData("es", "Por la tarde hablaron Lucía de la Torre, Pablo Ríos y Eva Sanz con los vecinos.")]
    public void ASentenceNamingThem_SignsNothing(string language, string sentence)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], sentence, p[2], p[3], "© 2025 Site"));

        Assert.Null(article.Author);
        Assert.Contains(article.Paragraphs, x => x.Text == sentence);
    }
}
