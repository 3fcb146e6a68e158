namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "After the hearing, her son, Mark Bellamy, said the family was relieved.", "À la sortie de l'audience, son frère,
/// Daniel Hubert, a déclaré …": a phrase of time or place fronted before a relative's noun and the relative's name set
/// off by commas is the sentence's subject; the next pronoun of his gender means him, not the woman quoted before.
/// </summary>
public sealed class FrontedSetOffRelativeTests
{
    [Theory]
    [InlineData("Verdict",
        "'This was a cruel and planned attack,' said Judge Sarah Collins.",
        "After the hearing, her son, Mark Bellamy, said the family was relieved. 'We can finally grieve,' he said.",
        "Mark Bellamy")]
    [InlineData("Urteil",
        "„Das war ein grausamer und geplanter Angriff“, sagte Richterin Sarah Kolb.",
        "Nach der Verhandlung sagte ihr Bruder, Daniel Hoffmann, die Familie sei erleichtert. „Jetzt können wir endlich trauern“, sagte er.",
        "Daniel Hoffmann")]
    [InlineData("Urteil",
        "„Das war ein grausamer und geplanter Angriff“, sagte Richterin Sarah Kolb.",
        "Vor dem Gericht erklärte ihr Sohn Markus Bauer, das Urteil sei zu mild. „Das reicht nie“, sagte er.",
        "Markus Bauer")]
    [InlineData("Verdict",
        "« C'était une attaque cruelle et préméditée », a déclaré la juge Sarah Colin.",
        "À la sortie de l'audience, son frère, Daniel Hubert, a déclaré que la famille était soulagée. « Nous pouvons enfin faire notre deuil », a-t-il dit.",
        "Daniel Hubert")]
    [InlineData("Vonnis",
        "“Het was een wrede en geplande aanval”, zei rechter Sara Kok.",
        "Na de zitting zei haar broer, Daan Visser, dat de familie opgelucht is. “Eindelijk kunnen we rouwen”, zei hij.",
        "Daan Visser")]
    public void APronounAfterAFrontedRelativeSubject_IsTheRelatives(string headline, string before, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, before, paragraph)[1]);
}
