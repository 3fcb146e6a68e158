namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote carried on from a speaker of the paragraph before (no cue, a pronoun or a dropped
/// subject) in a paragraph that, before it, gives someone else's view in an opening phrase
/// ("according to X") and never names the speaker: no one, where the speaker before was given; after
/// a view's preposition ("for X", "pour X", "für X"), the one person it names. Kept: a paragraph that names the speaker too, one whose role word stands for someone not
/// named after it (the speaker under a role noun), a name of the other gender than the pronoun's,
/// a name that is only an object outside a view phrase, and a paragraph that names no one.
/// </summary>
public sealed class MentionedNewcomerTests
{
    [Fact]
    public void ADroppedSubject_AfterANameInAnOpeningPhrase_IsNoOnes_Italian()
        => Assert.Equal(
            new string?[] { "Carlo Bassi", null },
            QuoteSpeakers.Under(
                "Il mercato chiude",
                "«Non ci sono clienti», ha detto il presidente della cooperativa, Carlo Bassi.",
                "Secondo i conti di Anna Ferri, che tiene la cassa, il negozio perde mille euro al mese. «La gente va al discount», ha spiegato."));

    // A view's preposition names the one whose view the sentence gives, whom the pronoun after means
    // (ViewOpeningFocusTests); an "according to" source stays no one's.
    [Fact]
    public void APronoun_AfterANameInAnOpeningViewPhrase_IsTheViewsHolder_French()
        => Assert.Equal(
            new string?[] { "Paul Garnier", "Anne Ferrand" },
            QuoteSpeakers.Under(
                "Le marché ferme",
                "« Il manque des clients », a déclaré le président de la coopérative, Paul Garnier.",
                "Pour la caissière Anne Ferrand, le problème est ailleurs. « Les gens vont au discount », a-t-elle expliqué."));

    // A role and name followed by the body they work for ("vom Verein …") are still read as no one's:
    // the view's holder is not taken there (see ViewOpeningFocusTests, docs/speakers.md, session 70).
    [Fact]
    public void APronoun_AfterARoleAndNameInAnOpeningPhrase_IsNoOnes_German()
        => Assert.Equal(
            new string?[] { "Armin Kessler", null },
            QuoteSpeakers.Under(
                "Stausee fast leer",
                "„Der See ist nur zu einem Drittel voll“, sagte der Landwirt Armin Kessler.",
                "Für den Umweltschützer Tobias Rainer vom Verein Klares Wasser liegt das Problem nicht allein am Regen. „Hier wird seit Jahren zu viel bewässert“, sagte er."));

    [Fact]
    public void APronoun_AfterANameInAnAccordingToPhrase_IsNoOnes_English()
        => Assert.Equal(
            new string?[] { "Carl Bright", null },
            QuoteSpeakers.Under(
                "Shop closes",
                "\"We lack customers,\" said the chairman of the co-operative, Carl Bright.",
                "According to figures kept by Anna Fenn, who runs the till, the shop loses a thousand pounds a month. \"People go to the supermarket,\" she said."));

    [Fact]
    public void ADroppedSubject_AfterANameInAnOpeningPhrase_IsNoOnes_Spanish()
        => Assert.Equal(
            new string?[] { "Carlos Bermejo", null },
            QuoteSpeakers.Under(
                "El mercado cierra",
                "«Faltan clientes», dijo el presidente de la cooperativa, Carlos Bermejo.",
                "Según las cuentas de Ana Ferrer, que lleva la caja, la tienda pierde mil euros al mes. «La gente se va al supermercado», explicó."));

    [Fact]
    public void ADroppedSubject_AfterANameInAnOpeningPhrase_IsNoOnes_Portuguese()
        => Assert.Equal(
            new string?[] { "Carlos Bento", null },
            QuoteSpeakers.Under(
                "O mercado fecha",
                "«Faltam clientes», disse o presidente da cooperativa, Carlos Bento.",
                "Segundo as contas de Ana Ferraz, que está na caixa, a loja perde mil euros por mês. «As pessoas vão ao hipermercado», explicou."));

    [Fact]
    public void APronoun_AfterANameInAnOpeningPhrase_IsNoOnes_Dutch()
        => Assert.Equal(
            new string?[] { "Karel Bos", null },
            QuoteSpeakers.Under(
                "Winkel sluit",
                "‘Er zijn te weinig klanten’, zei voorzitter Karel Bos van de coöperatie.",
                "Volgens de cijfers van Anna Visser, die de kassa doet, verliest de winkel duizend euro per maand. ‘De mensen gaan naar de supermarkt’, zegt ze."));

    [Fact]
    public void AQuoteWithNoCue_AfterANameInAnAccordingToPhrase_IsNoOnes_English()
        => Assert.Equal(
            new string?[] { "Carl Bright", null },
            QuoteSpeakers.Under(
                "Shop closes",
                "\"We lack customers,\" said the chairman of the co-operative, Carl Bright.",
                "According to Anna Fenn, who runs the till, the shop loses a thousand pounds a month. \"People go to the supermarket.\""));

    [Fact]
    public void ARoleNotIntroducingTheName_KeepsTheSpeaker_Italian()
        => Assert.Equal(
            new string?[] { "Carlo Bassi", "Carlo Bassi" },
            QuoteSpeakers.Under(
                "Il mercato chiude",
                "«Non ci sono clienti», ha detto il presidente della cooperativa, Carlo Bassi.",
                "Il presidente ha parlato a lungo con Anna Ferri, che tiene la cassa. «La gente va al discount», ha spiegato."));

    [Fact]
    public void ARoleNotIntroducingTheName_KeepsTheSpeaker_French()
        => Assert.Equal(
            new string?[] { "Paul Garnier", "Paul Garnier" },
            QuoteSpeakers.Under(
                "Le marché ferme",
                "« Il manque des clients », a déclaré le président de la coopérative, Paul Garnier.",
                "Le président a longtemps parlé avec Anne Ferrand. « Les gens vont au discount », a-t-il expliqué."));

    [Fact]
    public void AParagraphNamingTheSpeakerToo_KeepsTheSpeaker_English()
        => Assert.Equal(
            new string?[] { "Carl Bright", "Carl Bright" },
            QuoteSpeakers.Under(
                "Shop closes",
                "\"We lack customers,\" said the chairman of the co-operative, Carl Bright.",
                "The shop was opened by Anna Fenn in 1990. Bright has run it since 2010. \"People go to the supermarket,\" he said."));

    [Fact]
    public void AParagraphNamingNoOne_KeepsTheSpeaker_Italian()
        => Assert.Equal(
            new string?[] { "Carlo Bassi", "Carlo Bassi" },
            QuoteSpeakers.Under(
                "Il mercato chiude",
                "«Non ci sono clienti», ha detto il presidente della cooperativa, Carlo Bassi.",
                "Il negozio perde mille euro al mese. «La gente va al discount», ha spiegato."));

    [Fact]
    public void ANameOfTheOtherGender_KeepsTheSpeaker_French()
        => Assert.Equal(
            new string?[] { "Paul Garnier", "Paul Garnier" },
            QuoteSpeakers.Under(
                "Le marché ferme",
                "« Il manque des clients », a déclaré le président de la coopérative, Paul Garnier.",
                "Selon les comptes de la directrice Anne Ferrand, le magasin perd mille euros par mois. « Les gens vont au discount », a-t-il expliqué."));

    [Fact]
    public void ANameOfTheOtherGender_KeepsTheSpeaker_English()
        => Assert.Equal(
            new string?[] { "Carl Bright", "Carl Bright" },
            QuoteSpeakers.Under(
                "Shop closes",
                "\"We lack customers,\" said the chairman of the co-operative, Carl Bright.",
                "According to figures kept by the chairwoman Anna Fenn, the shop loses a thousand pounds a month. \"People go to the supermarket,\" he said."));

    [Fact]
    public void ANameOnlyAnObject_KeepsTheSpeaker_English()
        => Assert.Equal(
            new string?[] { "Carl Bright", "Carl Bright" },
            QuoteSpeakers.Under(
                "Shop closes",
                "\"We lack customers,\" said the chairman of the co-operative, Carl Bright.",
                "The shop was opened by Anna Fenn in 1990. It loses a thousand pounds a month. \"People go to the supermarket.\""));

    // A view preposition opening a sentence reaches only its own phrase: a name the sentence's verb
    // takes as its object later on is no view given.
    [Fact]
    public void ANameAfterTheVerbOfASentenceOpeningOnAViewPreposition_KeepsTheSpeaker_Italian()
        => Assert.Equal(
            new string?[] { "Carlo Bassi", "Carlo Bassi" },
            QuoteSpeakers.Under(
                "Il mercato chiude",
                "«Non ci sono clienti», ha detto Carlo Bassi.",
                "Per tre giorni il comune ha cercato Marco Neri. «La gente va al discount», ha spiegato."));

    [Fact]
    public void ANameAfterTheVerbOfASentenceOpeningOnAViewPreposition_KeepsTheSpeaker_English()
        => Assert.Equal(
            new string?[] { "Carl Bright", "Carl Bright" },
            QuoteSpeakers.Under(
                "Regatta returns",
                "\"We lack sailors,\" said the chairman of the club, Carl Bright.",
                "For the regatta the town hired Tom Vale. \"People will come back,\" he said."));

    // A role word in the view phrase that introduces no one named after it may stand for the
    // speaker kept ("for the president, …" of the president who spoke before).
    [Fact]
    public void ARoleIntroducingNoOneInAViewPhrase_KeepsTheSpeaker_French()
        => Assert.Equal(
            new string?[] { "Paul Garnier", "Paul Garnier" },
            QuoteSpeakers.Under(
                "Le marché ferme",
                "« Il manque des clients », a déclaré le président de la coopérative, Paul Garnier.",
                "Pour le président, le problème vient de Anne Ferrand. « Les gens vont au discount », a-t-il expliqué."));
}
