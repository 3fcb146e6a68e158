namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote broken by a cue between commas goes on after it: the half after the cue is said by
/// whoever said the half before (<c>« … », craint-il, « … »</c>), unless a cue of its own follows it.
/// </summary>
public sealed class InterruptedQuoteTests
{
    [Theory]
    [InlineData("Le port en grève", "La réunion « vient trop tard », regrette Paul Girard, du collectif des usagers. « On ne pourra parler que des détails », craint-il, « d’autant qu’on ne connaît pas le projet ».", "Paul Girard")]
    [InlineData("Huelga en el puerto", "La reunión «llega tarde», lamenta Pablo Ruiz, del colectivo de usuarios. «Solo podremos hablar de detalles», advirtió, «porque nadie conoce el plan».", "Pablo Ruiz")]
    [InlineData("Sciopero al porto", "La riunione «arriva tardi», lamenta Paolo Rossi, del comitato degli utenti. «Potremo parlare solo di dettagli», ha avvertito, «perché nessuno conosce il piano».", "Paolo Rossi")]
    [InlineData("Greve no porto", "A reunião «chega tarde», lamenta Paulo Costa, do coletivo de utentes. «Só poderemos falar de detalhes», disse ele, «porque ninguém conhece o plano».", "Paulo Costa")]
    [InlineData("Staking in de haven", "Het overleg komt \"te laat\", zegt Paul de Vries van het havencollectief. \"We kunnen alleen over details praten\", waarschuwde hij, \"omdat niemand het plan kent.\"", "Paul de Vries")]
    [InlineData("Hafenverein kritisiert das neue Treffen im Rathaus", "Das Treffen komme „zu spät“, kritisiert Paul Berger vom Hafenverein. „Wir können nur über Details reden“, sagte er, „weil niemand den Plan kennt.“", "Paul Berger")]
    public void TheHalfAfterTheCue_IsSaidByWhoeverSaidTheHalfBefore(string headline, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, paragraph)[^1]);

    [Theory]
    [InlineData("D'après Anne Morel, « le quai est trop petit », tandis que selon le maire, « tout est prévu ».")]
    [InlineData("Según Ana Gil, «el muelle es pequeño», mientras que para el alcalde, «todo está previsto».")]
    public void WordsBetweenThatAreNoCueOfTheFirst_BreakNothing(string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Le quai", paragraph)[^1]);

    [Fact]
    public void AHalfWithACueOfItsOwn_KeepsItsOwnSpeaker()
        => Assert.Equal(
            new[] { "Jane Roe", "Tom Baker" },
            QuoteSpeakers.Under("Harbour vote", "\"We will vote for the plan,\" said Jane Roe, \"and so will the others,\" replied Tom Baker."));
}
