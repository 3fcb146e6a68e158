using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A wire story closes on who did what ("Reporting by Jane Roe and Tom Poe; Editing by Ann Lee"): each part after a
/// semicolon opens with its role and a byline's word, so the whole line is a byline, set aside under the article, and
/// its writers are the reporters, not the editor's role word.
/// </summary>
public sealed class CreditRoleLineTests
{
    [Theory]
    [InlineData("en", "Reporting by Helen Marsh and Tom Okafor; Editing by Kate Lindqvist")]
    [InlineData("fr", "Par Claire Aubert et Julien Roche ; Édité par Paul Girard")]
    [InlineData("de", "Von Lena Brandt und Tobias Kern; Redigiert von Tom Vogt")]
    [InlineData("es", "Por Nerea Olano y Unai Ibarra; Editado por Ana Roca")]
    [InlineData("it", "Di Marco Neri e Paolo Riva; Revisione di Anna Costa")]
    public void ACreditLineWithRoles_UnderTheArticle_IsSetAside(string language, string credit)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Wire", "World | Business | Markets", p[0], "12/03/2024 08:15", p[1], p[2], p[3], credit, "© 2024 Coastal Wire");
        var article = ArticleParser.Parse(page);

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == credit && b.Kind == BoilerplateKind.Byline);
    }

    [Theory]
    [InlineData("Reporting by Helen Marsh and Tom Okafor; Editing by Kate Lindqvist", "Helen Marsh; Tom Okafor")]
    [InlineData("Von Lena Brandt; Redigiert von Tom Vogt", "Lena Brandt")]
    [InlineData("By Jane Roe; Tom Poe", "Jane Roe; Tom Poe")]
    // A co-author whose surname opens with a particle that is also a byline's word ("von", "di") is a writer, not a role.
    [InlineData("Von Lena Brandt; Jonas von Hagen", "Lena Brandt; Jonas von Hagen")]
    [InlineData("Di Marco Neri; Paola Di Lauro", "Marco Neri; Paola Di Lauro")]
    [InlineData("Door Eva Smit; Joris van Dam", "Eva Smit; Joris van Dam")]
    [InlineData("Por Nerea Olano; Luis de Prado", "Nerea Olano; Luis de Prado")]
    // The place before the semicolon is where the writers file from, not a third writer.
    [InlineData("Von Lena Brandt und Tobias Kern, Kiel; Redigiert von Tom Vogt", "Lena Brandt; Tobias Kern")]
    public void TheRoleAfterTheSemicolon_IsNoWriter(string line, string expected) => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    // A sentence with a semicolon stays the article's.
    [Theory]
    [InlineData("en", "Reporting by the local paper drew crowds; editing by volunteers kept the archive alive for years.")]
    public void ASentenceWithASemicolon_Stays(string language, string sentence)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], sentence, p[2], p[3]));

        Assert.Contains(sentence, article.Paragraphs.Select(x => x.Text));
    }
}
