using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A cue written inside the guillemets (« …, se désole le pêcheur Marc Lenoir. … ») says who speaks
/// better than a continuation of the last speaker's words; commas around words that are no cue
/// (« …, en riant, … », « …, dit-on, … », « …, et je le crois, … ») give no one. A role's holder
/// recorded as a party's acronym (« député Nupes-EELV de Valmont ») is no one's name.
/// </summary>
public sealed class InnerCueTests
{
    private static Article Read(string title, params string[] paragraphs) => ArticleParser.Parse(title + "\n\n" + string.Join("\n\n", paragraphs));

    [Theory]
    [InlineData("Le port de Valmont", "La maire Julie Caron a visité le port lundi. « Nous aurons des quais neufs », a-t-elle promis.", "« Ça ne peut plus durer, se désole le pêcheur Marc Lenoir. Il faut agir vite. »", "Marc Lenoir")]
    [InlineData("El puerto de Robledal", "La alcaldesa Ana Ruiz visitó el puerto el lunes. «Tendremos muelles nuevos», prometió.", "«No podemos más, lamenta el pescador Luis Gómez. Hay que actuar ya.»", "Luis Gómez")]
    public void ACueInsideTheMarks_GivesTheSpeaker(string title, string first, string second, string speaker)
        => Assert.Equal(speaker, Read(title, first, second).Quotes[1].Speaker);

    [Theory]
    [InlineData("« Il m'a dit, en riant, que tout irait bien. »")]
    [InlineData("« Les prix, dit-on, vont encore monter. »")]
    [InlineData("« Le maire a promis, et je le crois, que tout irait bien. »")]
    public void CommasAroundNoCue_GiveNoOne(string quoted)
        => Assert.Null(Assert.Single(Read("Le port de Valmont", "Les prix ont encore augmenté vendredi.", "Un pêcheur se plaint. " + quoted).Quotes).Speaker);

    [Fact]
    public void APartysAcronymAfterARole_IsNoHolder()
    {
        var article = Read("Le centre de Valmont", "Ici Paul Rocher, député Nupes-EELV de Valmont, parle aux agents.", "« Ça fait mal », se désole le député.");

        Assert.NotEqual("Nupes-EELV de Valmont", Assert.Single(article.Quotes).Speaker);
    }
}
