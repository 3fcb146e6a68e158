using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// After an inverted cue, a clause that hangs on the cue's subject (a relative pronoun, or an
/// infinitive or gerund after "avant de", "before", "antes de", "prima di") says more of what the
/// same person said: a later quote in it is that person's, whatever adverb, time or medium stands
/// in the cue and whatever complement the role holds. A clause that brings in someone else, or
/// one that is no hanging clause ("before the council voted"), is not.
/// </summary>
public sealed class CueClauseGoesOnTests
{
    private static string?[] Speakers(string language, params string[] paragraphs)
        => QuoteSpeakers.InLanguage(language, "Crue de la Sorle", paragraphs);

    [Theory]
    [InlineData("La préfète, Claire Montaubert, est venue jeudi. « Nous avons été trop lents », a toutefois reconnu la préfète, avant de promettre que les dossiers seraient traités « en quelques semaines ».", "Claire Montaubert")]
    [InlineData("Le maire, Gérard Pellissier, était là. « Ces permis, c'est l'État qui les a signés », a répliqué le maire de Val-d'Ambre, qui dit ne pas vouloir « de procès ».", "Gérard Pellissier")]
    [InlineData("« Ces permis, c'est l'État qui les a signés », a répliqué vendredi sur France Bleu Gérard Pellissier, qui dit ne pas vouloir « de procès ».", "Gérard Pellissier")]
    public void ALaterQuoteInTheCuesHangingClause_IsTheCueSubjects(string paragraph, string speaker)
        => Assert.All(Speakers("fr", paragraph), s => Assert.Equal(speaker, s));

    [Fact]
    public void EveryQuoteOfTheHangingClause_IsTheCueSubjects()
        => Assert.Equal(
            new[] { "Gérard Pellissier", "Gérard Pellissier", "Gérard Pellissier" },
            Speakers("fr", "Le maire, Gérard Pellissier, était là. « Ces permis, c'est l'État qui les a signés », a répliqué le maire de Val-d'Ambre, qui dit ne pas vouloir « de procès » mais « des digues »."));

    [Theory]
    [InlineData("es", "«Esos permisos los firmó el Estado», replicó el viernes en Radio Sur Luis Prado, quien dice no querer «pleitos».", "Luis Prado")]
    [InlineData("it", "«Quei permessi li ha firmati lo Stato», ha replicato venerdì sera Luca Prati, che dice di non volere «processi».", "Luca Prati")]
    [InlineData("en", "\"The state signed those permits,\" said on Friday on Radio Vale the mayor, Tom Vale, before calling the claims \"nonsense\".", "Tom Vale")]
    public void InOtherLanguages_TheHangingClauseGoesOnToo(string language, string paragraph, string speaker)
        => Assert.All(Speakers(language, paragraph), s => Assert.Equal(speaker, s));

    [Theory]
    [InlineData("fr", "Le maire, Gérard Pellissier, était là. « Ces permis, c'est l'État qui les a signés », a répliqué le maire, qui cite Anne Roy, pour qui c'est « un malentendu ».")]
    [InlineData("en", "Mayor Tom Vale was there. \"The state signed those permits,\" said the mayor, before the council voted the plan \"a disgrace\".")]
    public void AClauseThatBringsInSomeoneElse_DoesNotGoOn(string language, string paragraph)
        => Assert.NotEqual(Speakers(language, paragraph)[0], Speakers(language, paragraph)[1]);
}
