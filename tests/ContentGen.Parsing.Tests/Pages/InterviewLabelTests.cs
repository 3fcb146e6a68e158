using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page that labels itself an interview just over its headline ("L'intervista", "Das Interview", "Entretien") asks its
/// questions of the one interviewed, however politely in the third person ("Non ha paura di restare isolata?") and
/// however its answers open: none of them heads a section. A menu's "Interviews" far above, or one question alone, makes
/// no interview.
/// </summary>
public sealed class InterviewLabelTests
{
    public static TheoryData<string, string, string[]> Pages() => new()
    {
        { "it", "L'intervista", new[] { "Perché tenere aperto d'inverno?", "La montagna non finisce a settembre, e sempre più persone salgono con le ciaspole anche a gennaio.", "Come arrivano le provviste?", "Con la motoslitta del Comune, una volta alla settimana, se il tempo lo permette e la strada è aperta." } },
        { "de", "Das Interview", new[] { "Warum bleibt die Hütte im Winter offen?", "Der Berg endet nicht im September, und immer mehr Leute kommen mit Schneeschuhen auch im Januar herauf.", "Wie kommen die Vorräte hinauf?", "Mit dem Motorschlitten der Gemeinde, einmal in der Woche, wenn das Wetter es zulässt und die Straße frei ist." } },
        { "fr", "Entretien", new[] { "Pourquoi rester ouvert l'hiver ?", "La montagne ne s'arrête pas en septembre, et de plus en plus de randonneurs montent en raquettes en janvier.", "Comment arrivent les provisions ?", "Avec la motoneige de la commune, une fois par semaine, si le temps le permet et que la route est dégagée." } },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void QuestionsUnderAnInterviewsLabel_HeadNothing(string language, string label, string[] turns)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", new[] { "Menu\nSearch\nLogin", label, p[0], p[1], "12/01/2025" }.Concat(turns));
        var article = ArticleParser.Parse(page);

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.Contains(article.Paragraphs, x => x.Text == turns[2]);
    }

    // The same page under a section's label, or with "Interviews" in the menu far above, is an explainer: its questions head sections.
    [Theory]
    [InlineData("Montagna")]
    [InlineData("Interviews\nPodcast\nVideo\nFoto\n\nMontagna")]
    public void WithoutTheLabelOverTheHeadline_QuestionsHeadSections(string above)
    {
        var p = Articles.Of("it");
        var questions = new[] { "Perché tenere aperto d'inverno?", "La montagna non finisce a settembre, e sempre più persone salgono con le ciaspole anche a gennaio.", "Come arrivano le provviste?", "Con la motoslitta del Comune, una volta alla settimana, se il tempo lo permette e la strada è aperta." };
        var page = string.Join("\n\n", new[] { "Menu\nSearch\nLogin", above, p[0], p[1], "12/01/2025" }.Concat(questions));
        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Sections, s => s.Heading == "Come arrivano le provviste?");
    }

    // One question under the label is no interview's series: it may head the page's one section.
    [Fact]
    public void OneQuestionUnderTheLabel_MayStillHeadASection()
    {
        var p = Articles.Of("it");
        var page = string.Join("\n\n", "Menu\nSearch\nLogin", "L'intervista", p[0], p[1], "12/01/2025", p[2], "Come arrivano le provviste?", "Con la motoslitta del Comune, una volta alla settimana, se il tempo lo permette e la strada è aperta.");
        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Sections, s => s.Heading == "Come arrivano le provviste?");
    }
}
