namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Italian writes "to the" elided into a brief as one token ("l'assessore all'ambiente Marco
/// Silvestri"), as it does "of the" ("dell'opposizione"): the lexicons' ElidedLinks hold "all'" too,
/// so the name after the brief is the holder's. Before, the bare role went to the most salient
/// person, a spokeswoman quoted just before.
/// </summary>
public sealed class ElidedBriefLinkTests
{
    private const string Before = "«Nessuno ha visto la valutazione», denuncia la portavoce del comitato, Chiara Lodi.";

    [Theory]
    [InlineData("Secondo l'assessore all'ambiente Marco Silvestri, i lavori partiranno «entro la primavera».")]
    [InlineData("Secondo quanto riferito dall'assessore all'ambiente Marco Silvestri, i lavori partiranno «entro la primavera».")]
    [InlineData("«I lavori partiranno entro la primavera», ha detto l'assessore all'ambiente Marco Silvestri.")]
    public void ANameAfterAnElidedBrief_IsTheHolders(string paragraph)
        => Assert.Equal(new[] { "Chiara Lodi", "Marco Silvestri" }, QuoteSpeakers.Under("Porto", LanguageLeads.Italian + " " + Before, paragraph));

    // A capitalised portfolio elided into its link ("all'Ambiente", "dell'Interno") is the office's
    // complement, and the full name after it its holder.
    [Theory]
    [InlineData("«I lavori partiranno entro la primavera», ha detto l'assessore all'Ambiente Marco Silvestri.")]
    [InlineData("Secondo l'assessore all'Urbanistica Marco Silvestri, i lavori partiranno «entro la primavera».")]
    public void ANameAfterACapitalisedElidedBrief_IsTheHolders(string paragraph)
        => Assert.Equal(new[] { "Chiara Lodi", "Marco Silvestri" }, QuoteSpeakers.Under("Porto", LanguageLeads.Italian + " " + Before, paragraph));
}
