namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Session 63 (fresh): a quote whose cue is a pronoun of the other sex than the last speaker, whose sex the article's
/// own words showed (a gendered role heading the phrase that names her, "Pour la présidente du syndicat, Odile
/// Maréchal,"), is not that speaker's. Invented, in other words than the fresh articles that showed it; with nobody
/// else of that sex quoted before, the quote is nobody's. The role shows the gender after a sentence-opening
/// preposition too (RoleHolders.OpeningPrepositionRole.cs).
/// </summary>
public sealed class OtherSexTurnProbeTests
{
    // The speaker's sex is shown by a gendered role heading the opening phrase that names her or him; the next
    // quote's cue (or its sentence's opening) is a pronoun of the other sex.
    [Theory]
    [InlineData("Pour la présidente du syndicat des eaux, Odile Maréchal, « le calendrier est intenable ». « Personne ne nous a consultés », ajoute-t-elle. ¶ Sur le chantier, il a déjà compté trois semaines de retard. « On attend toujours les tuyaux », soupire-t-il.", "Odile Maréchal|Odile Maréchal|-")]
    [InlineData("Para a vereadora do Ambiente, Amélia Castro, «o prazo é impossível». «Ninguém nos ouviu», disse. ¶ Ele reconhece, contudo, que as obras atrasaram. «Esperamos pelos tubos há um mês», admite.", "Amélia Castro|Amélia Castro|-")]
    [InlineData("Para la presidenta de la cooperativa, Elvira Montes, «el plazo es imposible». «Nadie nos escuchó», afirmó. ¶ Él reconoce, sin embargo, que las obras van con retraso. «Esperamos los tubos desde hace un mes», admite.", "Elvira Montes|Elvira Montes|-")]
    [InlineData("Per la sindaca del paese, Carla Ferri, «i tempi sono impossibili». «Nessuno ci ha ascoltati», ha detto. ¶ Lui ammette, però, che i lavori sono in ritardo. «Aspettiamo i tubi da un mese», riconosce.", "Carla Ferri|Carla Ferri|-")]
    public void APronounOfTheOtherSex_AfterASpeakerARoleShowed_IsNotThatSpeakers(string paragraphs, string speakers)
        => QuoteSpeakers.Check(paragraphs, speakers);

    // Not read (Portuguese lists no feminine definite article, "a" being a preposition too): "Para a presidente da
    // junta, Amélia Castro," with a role of both genders shows no gender; listed in docs/speakers.md (Session 63, fresh).

    // Negatives: the speaker going on under a pronoun of her own sex keeps her.
    [Theory]
    [InlineData("Pour la présidente du syndicat des eaux, Odile Maréchal, « le calendrier est intenable ». « Personne ne nous a consultés », ajoute-t-elle. ¶ Sur le chantier, elle a déjà compté trois semaines de retard. « On attend toujours les tuyaux », soupire-t-elle.", "Odile Maréchal|Odile Maréchal|Odile Maréchal")]
    [InlineData("Para a vereadora do Ambiente, Amélia Castro, «o prazo é impossível». «Ninguém nos ouviu», disse. ¶ Ela reconhece, contudo, que as obras atrasaram. «Esperamos pelos tubos há um mês», admite.", "Amélia Castro|Amélia Castro|Amélia Castro")]
    public void ThePronounOfTheSpeakersOwnSex_KeepsHer(string paragraphs, string speakers)
        => QuoteSpeakers.Check(paragraphs, speakers);
}
