using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Every reporting lemma of a language has the third person plurals a reporter writes for a group,
/// a body or a dropped plural subject ("sostengono i residenti", "die Anwohner sagten", "de
/// bewoners zeiden", "les riverains dénoncèrent"): the present and the narrative past. An
/// irregular verb's list replaces its rule's forms, so a short list drops what the rule gives;
/// each test names the lemmas that lack a form.
/// </summary>
public sealed class PluralInflectionAuditTests
{
    private static IEnumerable<string> Lemmas(SpeechWords words)
        => words.ReportingLemmas.Concat(words.BesideQuoteLemmas).Concat(words.PersonObjectLemmas).Distinct(StringComparer.Ordinal);

    private static List<string> Lacking(SpeechWords words, params Func<string, string, bool>[] plurals)
        => Lacking(words, [], plurals);

    private static List<string> Lacking(SpeechWords words, string[] presentOnly, params Func<string, string, bool>[] plurals)
    {
        var missing = new List<string>();
        foreach (var lemma in Lemmas(words).Except(presentOnly, StringComparer.Ordinal))
        {
            var forms = words.Inflect(lemma).ToList();
            for (var i = 0; i < plurals.Length; i++)
            {
                if (!forms.Any(form => plurals[i](lemma, form)))
                {
                    missing.Add(lemma + " (" + i + ")");
                }
            }
        }

        return missing;
    }

    private static bool Ends(string form, string ending) => form.EndsWith(ending, StringComparison.Ordinal);

    // "sostengono", "ribadiscono", "spiegano"; "dissero", "spiegarono", "ribadirono".
    [Fact]
    public void ItalianVerbsOfSaying_AllHaveTheirPlurals()
        => Assert.Empty(Lacking(
            ItalianSpeech.Words,
            (_, form) => Ends(form, "ano") || Ends(form, "ono"),
            (_, form) => Ends(form, "rono") || Ends(form, "ero")));

    // "disent", "dénoncent"; "dirent", "dénoncèrent", "réagirent" (the passé simple of agency copy).
    [Fact]
    public void FrenchVerbsOfSaying_AllHaveTheirPlurals()
        => Assert.Empty(Lacking(
            FrenchSpeech.Words,
            (lemma, form) => Ends(form, "ent") && !Ends(form, "aient") && !IsFrenchSingularInEnt(lemma, form),
            (_, form) => Ends(form, "rent")));

    // "sagten", "betonten", "schrieben": the preterite plural, which is never the lemma (the present
    // plural) nor a participle in ge- ("geschrieben"), unless the verb itself starts so ("gestanden").
    [Fact]
    public void GermanVerbsOfSaying_AllHaveTheirPastPlural()
        => Assert.Empty(Lacking(
            GermanSpeech.Words,
            (lemma, form) => Ends(form, "en") && form != lemma && !IsGeParticiple(lemma, form)));

    // "zeiden", "benadrukten", "schreven"; a stem in t has its past plural spelt as its lemma ("spotten").
    // "vinden" reports in the present only: "vond" and "vonden" also find things.
    [Fact]
    public void DutchVerbsOfSaying_AllHaveTheirPastPlural()
        => Assert.Empty(Lacking(
            DutchSpeech.Words,
            ["vinden"],
            (lemma, form) => Ends(form, "en") && (form != lemma || Ends(lemma, "tten")) && !IsGeParticiple(lemma, form)));

    // "dément" (démentir), "prévient" (prévenir): singulars that end as a plural does.
    private static bool IsFrenchSingularInEnt(string lemma, string form)
        => form == lemma.Substring(0, lemma.Length - 3) + "t" || (Ends(form, "ient") && Ends(lemma, "enir"));

    private static bool IsGeParticiple(string lemma, string form)
        => form.StartsWith("ge", StringComparison.Ordinal) && !lemma.StartsWith("ge", StringComparison.Ordinal);
}
