namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// The probe matrices' one article: a lead paragraph in the probe's language (so that the reader
/// knows it), a paragraph in which a man speaks, then the probe's paragraphs. The probes ask who
/// says the last quote, which must not be the earlier speaker by default.
/// </summary>
internal static class ProbeArticle
{
    /// <summary>The speaker of the last body quote of the probe article in <paramref name="language"/>.</summary>
    public static string? LastSpeaker(string language, params string[] paragraphs)
        => All(language, paragraphs).Last();

    /// <summary>Every body quote's speaker, in order, the earlier speaker's first.</summary>
    public static string?[] All(string language, params string[] paragraphs)
        => QuoteSpeakers.Under("Probe", new[] { LanguageLeads.For(language), EarlierSpeaker(language) }.Concat(paragraphs).ToArray());

    /// <summary>Who speaks in the paragraph before the probe's.</summary>
    public static string EarlierSpeakerName(string language) => language switch
    {
        "fr" => "Paul Morel",
        "de" => "Paul Wendt",
        "es" => "Pablo Ruiz",
        "it" => "Paolo Rossi",
        "pt" => "Paulo Reis",
        "nl" => "Paul de Wit",
        _ => "Tom Baker",
    };

    private static string EarlierSpeaker(string language) => language switch
    {
        "fr" => "« Nous ferons appel », a déclaré Paul Morel.",
        "de" => "„Wir geben nicht auf“, sagte Paul Wendt am Mittwoch.",
        "es" => "«No nos rendimos», dijo Pablo Ruiz.",
        "it" => "«Non ci arrendiamo», ha detto Paolo Rossi.",
        "pt" => "“Não desistimos”, disse Paulo Reis.",
        "nl" => "\"We geven niet op\", zei Paul de Wit.",
        _ => "\"We will appeal,\" said Tom Baker on Monday.",
    };
}
