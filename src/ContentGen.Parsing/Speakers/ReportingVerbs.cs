using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// Verbs that report speech, in every form a news sentence uses. The English lemmas are the
/// union of textacy's reporting verbs and the Gender Gap Tracker's quote verbs; French forms
/// are listed as written, since French news is part of what seeds are made of.
/// </summary>
internal static class ReportingVerbs
{
    private const string EnglishLemmas =
        "accept accuse acknowledge add address admit advise agree allege announce answer argue ask assert assure confide " +
        "condemn denounce hail " +
        "believe blame boast call caution charge cite claim comment complain concede conclude confess confirm " +
        "contend continue criticise criticize cry declare decline demand deny describe disagree disclose dismiss " +
        "emphasise emphasize estimate exclaim explain express fear feel forecast guess highlight hint hope " +
        "indicate inform insist instruct joke lament maintain mention muse note notice object observe order " +
        "plead point praise predict proclaim promise propose protest question quip reason recall reckon recommend " +
        "reflect refuse reiterate reject remark remember remind repeat reply report respond reveal rule say " +
        "scream shout signal speak state stress suggest swear tell testify thank think threaten tweet underline " +
        "urge vow warn welcome whisper wonder worry write yell";

    private static readonly Dictionary<string, string[]> s_irregular = new(StringComparer.Ordinal)
    {
        ["say"] = new[] { "said" },
        ["tell"] = new[] { "told" },
        ["think"] = new[] { "thought" },
        ["feel"] = new[] { "felt" },
        ["speak"] = new[] { "spoke" },
        ["swear"] = new[] { "swore" },
        ["write"] = new[] { "wrote", "written" },
        ["admit"] = new[] { "admitted" },
        ["plead"] = new[] { "pleaded", "pled" },
        ["forecast"] = new[] { "forecast" },
        ["cry"] = new[] { "cried", "cries" },
        ["reply"] = new[] { "replied", "replies" },
        ["quip"] = new[] { "quipped" },
    };

    private const string FrenchForms =
        "dit dire déclare déclaré affirme affirmé ajoute ajouté explique expliqué souligne souligné estime estimé " +
        "assure assuré indique indiqué précise précisé rappelle rappelé insiste insisté martèle martelé lance lancé " +
        "confie confié raconte raconté dénonce dénoncé regrette regretté avertit averti reconnaît reconnu " +
        "annonce annoncé prévient prévenu répond répondu juge jugé plaide plaidé déplore déploré commente commenté " +
        "écrit poursuit poursuivi conclut conclu note noté observe observé admet admis confirme confirmé " +
        "interroge interrogé fustige fustigé tonne tonné résume résumé témoigne témoigné glisse glissé " +
        "assène asséné réagit réagi s'indigne s'insurge s'inquiète s'étonne s'emporte s'agace s'exclame appelle appelé salue salué";

    private static readonly HashSet<string> s_forms = Build();

    /// <summary>Whether <paramref name="word"/> is a form of a reporting verb.</summary>
    public static bool Contains(string word) => s_forms.Contains(word);

    private static HashSet<string> Build()
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var lemma in EnglishLemmas.Split(' '))
        {
            forms.Add(lemma);
            forms.Add(ThirdPerson(lemma));
            if (s_irregular.TryGetValue(lemma, out var irregular))
            {
                forms.UnionWith(irregular);
            }
            else
            {
                forms.Add(Past(lemma));
            }
        }

        forms.UnionWith(FrenchForms.Split(' '));
        return forms;
    }

    private static string ThirdPerson(string lemma)
    {
        if (lemma.EndsWith("s", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal)
            || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith("x", StringComparison.Ordinal))
        {
            return lemma + "es";
        }

        return EndsWithConsonantY(lemma) ? lemma.Substring(0, lemma.Length - 1) + "ies" : lemma + "s";
    }

    private static string Past(string lemma)
    {
        if (lemma.EndsWith("e", StringComparison.Ordinal))
        {
            return lemma + "d";
        }

        return EndsWithConsonantY(lemma) ? lemma.Substring(0, lemma.Length - 1) + "ied" : lemma + "ed";
    }

    private static bool EndsWithConsonantY(string word)
        => word.Length > 1 && word[word.Length - 1] == 'y' && "aeiou".IndexOf(word[word.Length - 2]) < 0;
}
