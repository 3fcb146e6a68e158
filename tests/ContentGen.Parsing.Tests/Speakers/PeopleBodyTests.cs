using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body named by its lower-case noun and the plural of the people it gathers ("il comitato dei
/// residenti", "la asociación de vecinos", "o sindicato dos servidores municipais", "l'association
/// des riverains") speaks as that body, named by the noun and its complement. A singular complement
/// ("la préfecture de police") names no body, and a complement that goes on is left to the other rules.
/// </summary>
public sealed class PeopleBodyTests
{
    [Fact]
    public void Italian_CommitteeOfResidents_SpeaksAsItself()
        => Assert.Equal(
            new[] { "comitato dei pendolari" },
            QuoteSpeakers.Under(
                "La stazione di Valtorre chiude",
                "La stazione resterà chiusa fino a giugno. Il comitato dei pendolari ha detto: «Siamo stanchi di aspettare»."));

    [Fact]
    public void Spanish_AssociationOfNeighbours_SpeaksAsItself()
        => Assert.Equal(
            new[] { "asociación de vecinos" },
            QuoteSpeakers.Under(
                "El parque de Valdeoro cierra",
                "El parque cerrará en otoño. La asociación de vecinos aseguró que «nadie les ha preguntado nada»."));

    [Fact]
    public void Portuguese_UnionWithAnAdjective_KeepsTheAdjective()
        => Assert.Equal(
            new[] { "sindicato dos motoristas urbanos" },
            QuoteSpeakers.Under(
                "Autocarros de Ribafria param",
                "Os autocarros param na segunda-feira. O sindicato dos motoristas urbanos afirmou: «Não aceitamos mais horas»."));

    [Fact]
    public void French_ElidedNounOfResidents_SpeaksAsItself()
        => Assert.Equal(
            new[] { "association des usagers" },
            QuoteSpeakers.Under(
                "Le bac de Valmont suspendu",
                "Le bac ne traversera plus la rivière en hiver. L'association des usagers a dénoncé « une décision brutale »."));

    [Fact]
    public void French_InvertedCue_NamesTheBodyAfterTheQuote()
        => Assert.Equal(
            new[] { "collectif des parents" },
            QuoteSpeakers.Under(
                "L'école de Valmont fermée",
                "L'école fermera en juin. « Nous irons jusqu'au bout », a prévenu le collectif des parents."));

    [Fact]
    public void SingularComplement_NamesNoBody()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Un vol à Valmont",
                "Une bijouterie a été cambriolée lundi. La préfecture de police a indiqué que « l'enquête continue »."));

    [Fact]
    public void ComplementGoingOn_IsNotCutAtThePlural()
        => Assert.DoesNotContain(
            "association des riverains",
            QuoteSpeakers.Under(
                "Le bac de Valmont suspendu",
                "Le bac ne traversera plus. L'association des riverains de la rue Haute a dénoncé « une décision brutale »."));

    [Fact]
    public void DocumentNoun_IsNoBody()
        => Assert.DoesNotContain(
            "rapporto dei tecnici",
            QuoteSpeakers.Under(
                "Il ponte di Valtorre",
                "Il ponte resterà chiuso. Il rapporto dei tecnici ha parlato di «danni gravi»."));
}
