using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A transcript's speaker labels ("ANNA BERG" above each answer) come back again and again: they are no
/// headings and no page chrome, but stay in the body with what each speaker says.
/// </summary>
public sealed class SpeakerLabelTests
{
    [Theory]
    [InlineData("en", "\n\n")]
    [InlineData("fr", "\n")]
    [InlineData("de", "\n\n")]
    [InlineData("es", "\n")]
    [InlineData("it", "\n\n")]
    [InlineData("pt", "\n")]
    [InlineData("nl", "\n\n")]
    public void LabelsAboveEachAnswer_StayInTheBody_AsParagraphs(string language, string afterLabel)
    {
        var p = Articles.Of(language);
        var turns = new[] { ("ANNA BERG", p[1]), ("JAN KOOL", p[2]), ("ANNA BERG", p[3]), ("JAN KOOL", Articles.Closing(language)) };
        var page = p[0] + "\n\n" + string.Join("\n\n", turns.Select(t => t.Item1 + afterLabel + t.Item2));

        var article = ArticleParser.Parse(page);

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.Empty(article.Boilerplate);
        Assert.Equal(turns.SelectMany(t => new[] { t.Item1, t.Item2 }), article.Paragraphs.Select(x => x.Text));
    }

    [Fact]
    public void ShortLineSaidOnce_IsStillAHeading()
    {
        var p = Articles.Of("en");
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], "ANNA BERG", p[2], p[3]));

        Assert.Equal("ANNA BERG", article.Sections[^1].Heading);
    }
    // A transcript spells a speaker's label with or without its accents ("GERALD MARTIN", once
    // "GÉRALD MARTIN"): it is the same label, never a heading.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void ALabelSpelledOnceWithItsAccents_IsTheSameLabel(string language)
    {
        var p = Articles.Of(language);
        var turns = new[] { ("GERALD MARTIN", p[1]), ("ANNA BERG", p[2]), ("GÉRALD MARTIN", p[3]), ("ANNA BERG", Articles.Closing(language)), ("GERALD MARTIN", p[1] + " " + p[2]) };
        var page = p[0] + "\n\n" + string.Join("\n\n", turns.Select(t => t.Item1 + "\n" + t.Item2));

        var article = ArticleParser.Parse(page);

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.Equal(turns.SelectMany(t => new[] { t.Item1, t.Item2 }), article.Paragraphs.Select(x => x.Text));
    }
    // The accent typed as a letter and a combining mark ("E" and U+0301) is the same label as the
    // letter that carries it, and as the label without it: Latin-1 labels are folded apart from others.
    [Fact]
    public void ALabelWithACombiningAccent_IsTheSameLabel()
    {
        var p = Articles.Of("fr");
        var turns = new[] { ("GE\u0301RALD MARTIN", p[1]), ("ANNA BERG", p[2]), ("GÉRALD MARTIN", p[3]), ("ANNA BERG", Articles.Closing("fr")), ("GERALD MARTIN", p[1] + " " + p[2]) };
        var page = p[0] + "\n\n" + string.Join("\n\n", turns.Select(t => t.Item1 + "\n" + t.Item2));

        var article = ArticleParser.Parse(page);

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.Equal(turns.SelectMany(t => new[] { t.Item1, t.Item2 }), article.Paragraphs.Select(x => x.Text));
    }

    // A speaker who asks the same short question twice: the second time, right under the label, it
    // is still what the speaker says, not a repeated line of page chrome.
    [Theory]
    [InlineData("en", "Right. Is the permit renewable or not?")]
    [InlineData("fr", "Bien. Le titre est-il renouvelable ou pas ?")]
    [InlineData("de", "Gut. Ist der Titel verlängerbar oder nicht?")]
    [InlineData("es", "Bien. ¿El permiso es renovable o no?")]
    [InlineData("it", "Bene. Il permesso è rinnovabile o no?")]
    [InlineData("pt", "Bem. A licença é renovável ou não?")]
    [InlineData("nl", "Goed. Is de vergunning verlengbaar of niet?")]
    public void AQuestionAskedTwiceUnderTheLabel_StaysInTheBody(string language, string question)
    {
        var p = Articles.Of(language);
        var asked = question;
        var turns = new[]
        {
            ("ANNA BERG", p[1]), ("JAN KOOL", asked), ("ANNA BERG", p[2]), ("JAN KOOL", Articles.Closing(language)),
            ("ANNA BERG", p[3]), ("JAN KOOL", asked), ("ANNA BERG", p[1] + " " + p[3]),
        };
        var lines = new List<string> { p[0] };
        foreach (var (label, words) in turns)
        {
            lines.Add(label + "\n" + words);
        }

        var article = ArticleParser.Parse(string.Join("\n\n", lines));

        Assert.Equal(2, article.Paragraphs.Count(x => x.Text == asked));
        Assert.DoesNotContain(article.Boilerplate, b => b.Kind == BoilerplateKind.Repeated);
    }
    // A label holding a lone surrogate and an accent cannot be normalised: it is compared as it is, and reading goes on.
    [Fact]
    public void ALabelWithALoneSurrogate_IsReadWithoutFailing()
    {
        var p = Articles.Of("fr");
        var label = "GÉRALD \uD800";
        var turns = new[] { (label, p[1]), ("ANNA BERG", p[2]), (label, p[3]), ("ANNA BERG", Articles.Closing("fr")) };
        var page = p[0] + "\n\n" + string.Join("\n\n", turns.Select(t => t.Item1 + "\n" + t.Item2));

        var article = ArticleParser.Parse(page);

        Assert.Equal(turns.SelectMany(t => new[] { t.Item1, t.Item2 }), article.Paragraphs.Select(x => x.Text));
    }
}
