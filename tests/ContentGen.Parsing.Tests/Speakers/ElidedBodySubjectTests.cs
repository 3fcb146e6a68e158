namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body's noun joined to its elided article ("l'entreprise", "l'associazione") as the subject of a
/// reporting verb that governs a quote later in its clause means the body the article named, as "la
/// société affirme que « … »" already did: at the sentence's start, after a comma or a coordinator.
/// </summary>
public sealed class ElidedBodySubjectTests
{
    [Theory]
    [InlineData("fr", "L'association Terre Vive a réagi mardi. L'association affirme que « les travaux ont trop tardé ».", "Terre Vive")]
    [InlineData("fr", "L'entreprise Lainex a fermé son atelier. Lundi matin, l'entreprise a assuré que l'usine restera « ouverte jusqu'en juin ».", "Lainex")]
    [InlineData("fr", "La société Morvan Transports a perdu le marché. L'entreprise estime que la décision est « injuste et précipitée ».", "Morvan Transports")]
    [InlineData("it", "L'azienda Ferrolux ha chiuso il reparto. L'azienda sostiene che i tempi sono «del tutto rispettati».", "Ferrolux")]
    [InlineData("it", "L'associazione Verde Lago ha scritto al sindaco. Nella serata di ieri, l'associazione ha ribadito che il progetto è «un errore».", "Verde Lago")]
    public void AnElidedBodyNoun_SpeaksForTheBody(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Notizia", LanguageLeads.For(language), paragraph));

    // Guard: after a preposition the body is the complement of whoever speaks, never the subject.
    [Theory]
    [InlineData("fr", "L'entreprise Lainex a fermé son atelier. Un salarié de l'entreprise affirme que « personne n'a été prévenu ».")]
    [InlineData("it", "L'azienda Ferrolux ha chiuso il reparto. Un operaio dell'azienda sostiene che nessuno è stato «avvisato».")]
    public void AnElidedBodyNoun_AfterAPreposition_GivesNoBody(string language, string paragraph)
    {
        var speakers = QuoteSpeakers.Under("Notizia", LanguageLeads.For(language), paragraph);
        Assert.DoesNotContain("Lainex", speakers);
        Assert.DoesNotContain("Ferrolux", speakers);
    }

    // Guard: past a capitalised word and a comma the noun may be read as that word's apposition, so a
    // weekday is never given as the body.
    [Theory]
    [InlineData("fr", "L'entreprise Lainex a fermé son atelier. Lundi, l'entreprise a assuré que l'usine restera « ouverte ».", "Lundi")]
    [InlineData("it", "L'associazione Verde Lago ha scritto al sindaco. Ieri, l'associazione ha ribadito che il progetto è «un errore».", "Ieri")]
    public void AnElidedBodyNoun_AfterACapitalisedWordAndAComma_GivesNotThatWord(string language, string paragraph, string word)
        => Assert.DoesNotContain(word, QuoteSpeakers.Under("Notizia", LanguageLeads.For(language), paragraph));
}
