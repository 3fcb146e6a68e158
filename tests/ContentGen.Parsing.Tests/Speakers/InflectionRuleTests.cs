using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The inflection rules asked directly, one lemma at a time, instead of through the speech tables
/// (which are built once per process, so a broken rule would only show in the first test to build
/// them). Each expected form is the language's own: the third person, the past, the participle
/// and the plural a newspaper writes for that verb, as the rule's documentation names them.
/// </summary>
public sealed class InflectionRuleTests
{
    private static readonly IReadOnlyDictionary<string, string[]> s_none = new Dictionary<string, string[]>(StringComparer.Ordinal);

    // Forms are compared as a sorted list: their order carries no meaning, their number does.
    private static void Forms(IEnumerable<string> actual, params string[] expected)
        => Assert.Equal(expected.OrderBy(f => f, StringComparer.Ordinal), actual.OrderBy(f => f, StringComparer.Ordinal));

    [Fact]
    public void French_FirstGroup_GivesPresentParticiplesPastAndPlural()
    {
        Forms(Inflection.French("déclarer", s_none), "déclare", "déclaré", "déclarée", "déclara", "déclarait", "déclaraient", "déclarent", "déclarèrent");

        // A c stays soft before a ("lança"), a g keeps its e ("mangea").
        Forms(Inflection.French("lancer", s_none), "lance", "lancé", "lancée", "lança", "lançait", "lançaient", "lancent", "lancèrent");
        Forms(Inflection.French("manger", s_none), "mange", "mangé", "mangée", "mangea", "mangeait", "mangeaient", "mangent", "mangèrent");
    }

    [Fact]
    public void French_ReVerbs_AndSecondGroup()
    {
        Forms(Inflection.French("défendre", s_none), "défend", "défendu", "défendue", "défendit", "défendait", "défendaient", "défendent", "défendirent");
        Forms(Inflection.French("réagir", s_none), "réagit", "réagi", "réagie", "réagissait", "réagissaient", "réagissent", "réagirent");
    }

    [Fact]
    public void Spanish_ArAndErIr()
    {
        Forms(Inflection.Spanish("declarar", s_none), "declara", "declaró", "declaraba", "declarado", "declaran", "declararon", "declaraban");
        Forms(Inflection.Spanish("responder", s_none), "responde", "respondió", "respondía", "respondido", "responden", "respondieron", "respondían");
        Forms(Inflection.Spanish("añadir", s_none), "añade", "añadió", "añadía", "añadido", "añaden", "añadieron", "añadían");
    }

    [Fact]
    public void Italian_AreIreAndEre()
    {
        Forms(Inflection.Italian("dichiarare", s_none), "dichiara", "dichiarò", "dichiarava", "dichiarato", "dichiarata", "dichiarano", "dichiararono", "dichiaravano");
        Forms(Inflection.Italian("ribadire", s_none), "ribadisce", "ribadì", "ribadiva", "ribadito", "ribadita", "ribadiscono", "ribadirono", "ribadivano");
        Forms(Inflection.Italian("ripetere", s_none), "ripete", "ripeté", "ripeteva", "ripetuto", "ripetuta", "ripetono", "ripeterono", "ripetevano");
    }

    [Fact]
    public void Portuguese_ArErAndIr()
    {
        Forms(Inflection.Portuguese("afirmar", s_none), "afirma", "afirmou", "afirmava", "afirmado", "afirmam", "afirmaram", "afirmavam");
        Forms(Inflection.Portuguese("responder", s_none), "responde", "respondeu", "respondia", "respondido", "respondem", "responderam", "respondiam");
        Forms(Inflection.Portuguese("admitir", s_none), "admite", "admitiu", "admitia", "admitido", "admitem", "admitiram", "admitiam");
    }

    [Fact]
    public void German_WeakVerbs_WithAndWithoutGe()
    {
        Forms(Inflection.German("sagen", s_none), "sagt", "sagte", "sagten", "gesagt");

        // A stem in t or d takes an e before the ending.
        Forms(Inflection.German("antworten", s_none), "antwortet", "antwortete", "antworteten", "geantwortet");

        // -ern and -eln verbs lose only the n.
        Forms(Inflection.German("schildern", s_none), "schildert", "schilderte", "schilderten", "geschildert");
        Forms(Inflection.German("wechseln", s_none), "wechselt", "wechselte", "wechselten", "gewechselt");

        // An unstressed prefix or -ieren takes no ge-: the participle is the third person's form.
        Forms(Inflection.German("erklären", s_none), "erklärt", "erklärte", "erklärten", "erklärt");
        Forms(Inflection.German("betonen", s_none), "betont", "betonte", "betonten", "betont");
        Forms(Inflection.German("kritisieren", s_none), "kritisiert", "kritisierte", "kritisierten", "kritisiert");
    }

    [Fact]
    public void German_AnMOrNAfterAConsonant_TakesALinkingE()
    {
        Forms(Inflection.German("entgegnen", s_none), "entgegnet", "entgegnete", "entgegneten", "entgegnet");
        Forms(Inflection.German("rechnen", s_none), "rechnet", "rechnete", "rechneten", "gerechnet");
        Forms(Inflection.German("atmen", s_none), "atmet", "atmete", "atmeten", "geatmet");

        // Guards: after l, r, h or a vowel the m or n takes none.
        Forms(Inflection.German("warnen", s_none), "warnt", "warnte", "warnten", "gewarnt");
        Forms(Inflection.German("mahnen", s_none), "mahnt", "mahnte", "mahnten", "gemahnt");
        Forms(Inflection.German("filmen", s_none), "filmt", "filmte", "filmten", "gefilmt");
        Forms(Inflection.German("wohnen", s_none), "wohnt", "wohnte", "wohnten", "gewohnt");
    }

    [Fact]
    public void Dutch_KofschipAndTheDoubledConsonant()
    {
        // After a voiceless consonant of 't kofschip the past takes -te, and a doubled consonant is written once.
        Forms(Inflection.Dutch("benadrukken", s_none), "benadrukt", "benadrukte", "benadrukten", "benadrukt");
        Forms(Inflection.Dutch("zetten", s_none), "zet", "zette", "zetten", "gezet");

        // After the other sounds -de; a participle whose stem ends in d or t takes no further d or t.
        Forms(Inflection.Dutch("melden", s_none), "meldt", "meldde", "meldden", "gemeld");
        Forms(Inflection.Dutch("stellen", s_none), "stelt", "stelde", "stelden", "gesteld");
        Forms(Inflection.Dutch("antwoorden", s_none), "antwoordt", "antwoordde", "antwoordden", "geantwoord");
    }

    [Fact]
    public void EveryLanguage_GivesAnIrregularVerbAsListed()
    {
        var irregular = new Dictionary<string, string[]>(StringComparer.Ordinal) { ["zzz"] = new[] { "one", "two" } };

        Forms(Inflection.French("zzz", irregular), "one", "two");
        Forms(Inflection.Spanish("zzz", irregular), "one", "two");
        Forms(Inflection.Italian("zzz", irregular), "one", "two");
        Forms(Inflection.Portuguese("zzz", irregular), "one", "two");
        Forms(Inflection.German("zzz", irregular), "one", "two");
        Forms(Inflection.Dutch("zzz", irregular), "one", "two");
    }

    [Theory]
    [InlineData("say", "saying")]
    [InlineData("argue", "arguing")]
    [InlineData("lie", "lying")]
    [InlineData("agree", "agreeing")]
    [InlineData("warn", "warning")]
    public void EnglishParticiple(string lemma, string expected) => Assert.Equal(expected, Inflection.EnglishParticiple(lemma));

    [Theory]
    [InlineData("déclarer", "ant", "ant", "issant", "déclarant")]
    [InlineData("escribir", "ando", "iendo", "iendo", "escribiendo")]
    [InlineData("responder", "ando", "iendo", "iendo", "respondiendo")]
    [InlineData("afirmar", "ando", "endo", "indo", "afirmando")]
    [InlineData("dizer", "ando", "endo", "indo", "dizendo")]
    [InlineData("réagir", "ant", "ant", "issant", "réagissant")]
    [InlineData("dire", "ando", "endo", "indo", null)]
    [InlineData("amar", "ando", "endo", "indo", "amando")]
    public void Gerund(string lemma, string ar, string er, string ir, string? expected) => Assert.Equal(expected, Inflection.Gerund(lemma, ar, er, ir));

    // English: the lemma, its third person and its past, or the listed past of an irregular verb.
    [Theory]
    [InlineData("warn", "warn warns warned")]
    [InlineData("urge", "urge urges urged")]
    [InlineData("worry", "worry worries worried")]
    [InlineData("stress", "stress stresses stressed")]
    [InlineData("wish", "wish wishes wished")]
    [InlineData("preach", "preach preaches preached")]
    [InlineData("fax", "fax faxes faxed")]
    [InlineData("convey", "convey conveys conveyed")]
    [InlineData("say", "say says said")]
    [InlineData("write", "write writes wrote written")]
    public void English_ThirdPersonAndPast(string lemma, string forms) => Forms(English.Lexicon.Inflect(lemma), forms.Split(' '));
    // "Desde la Consejería insisten en que …", "Os moradores pedem …": a body, a group or an impersonal
    // report speaks in the plural, so every Spanish and Portuguese verb of saying has its third person
    // plural, present and preterite, irregular ones as much as the rule's (an irregular verb's list
    // replaces the rule's forms, so a short list drops what the rule would have given).
    [Fact]
    public void SpanishAndPortugueseVerbsOfSaying_AllHaveTheirPlurals()
    {
        var missing = new List<string>();
        foreach (var (words, present, preterite) in new[]
        {
            (SpanishSpeech.Words, "n", "ron"),
            (PortugueseSpeech.Words, "m", "ram"),
        })
        {
            foreach (var lemma in words.ReportingLemmas.Concat(words.BesideQuoteLemmas))
            {
                var forms = words.Inflect(lemma).ToList();
                // Both plurals end in the plural's letter ("aseguran", "aseguraron"; "declaram", "declararam"),
                // the preterite in its own ending too; no singular form ends in that letter.
                if (forms.Count(f => f.EndsWith(present, StringComparison.Ordinal)) < 2
                    || !forms.Any(f => f.EndsWith(preterite, StringComparison.Ordinal)))
                {
                    missing.Add(lemma);
                }
            }
        }

        Assert.Empty(missing);
    }
}
