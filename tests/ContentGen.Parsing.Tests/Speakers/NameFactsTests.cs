using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The facts about an article's words that tell a name from a common word: whether it writes a word
/// in lower case and capitalises it inside a sentence are answered by searching the text for the
/// word asked about, or, past a reading budget, from sets of every word. Both ways must answer
/// alike, word for word, and a flood of questions must fall back to the sets so that the reading
/// stays linear. Full names are read whole either way, and asked alongside.
/// </summary>
public sealed class NameFactsTests
{
    // Names in full and alone, possessives, apostrophes inside names, hyphens, initials, titles
    // and nationalities before names, sentence starts, quotes, colons, two people sharing a surname.
    private static readonly string[] s_article =
    [
        "British number one Tim Hollis beat Fennimore. Hollis's coach, Paul Arden, said: Arden was pleased.",
        "India's Priya Rao and O'Brien met Mr O'Brien's Boss at the U.S.-based Acme Corp. The office opened. Office staff cheered.",
        "\"Rao played well,\" said John Smith, and Jane Smith agreed. Top-seeded Jean-Luc Picard lost to the arts council's Arts Editor.",
        "Christmas. Cairn Gorm stood. They went to Jones' house, met Boeing's chief and asked Jones... Then Okafor left; okafor is also a bird.",
        "L'entraîneur Hervé Renard a dit : « Renard est content », et l’ONU, l'Élysée et Élise Lucet ont répondu. ÉLISE parla.",
    ];

    [Fact]
    public void SearchingTheText_AnswersAsTheSetsOfEveryWordDo()
    {
        var sets = new NameFacts(s_article, SpeechTables.All, searchesPerSet: 0);
        var answered = 0;
        foreach (var word in Questions())
        {
            // A fresh reader per word, so that each answer is searched for, not taken from a set.
            var asked = new NameFacts(s_article, SpeechTables.All);
            answered += Compare(sets, asked, word) ? 1 : 0;
            Assert.False(asked.ReadsFromSets);
        }

        Assert.True(sets.ReadsFromSets);
        Assert.True(answered >= 5, "the probe names several surnames");
    }

    // One reader for every question: the budget runs out part way.
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(40)]
    public void AnswersStayTheSame_WhenTheBudgetRunsOutPartWay(int searchesPerSet)
    {
        var sets = new NameFacts(s_article, SpeechTables.All, searchesPerSet: 0);
        var asked = new NameFacts(s_article, SpeechTables.All, searchesPerSet);
        foreach (var word in Questions())
        {
            Compare(sets, asked, word);
        }

        Assert.True(asked.ReadsFromSets);
    }

    // Asks both readers the three questions about the word; whether it ends a full name.
    private static bool Compare(NameFacts sets, NameFacts asked, string word)
    {
        var lower = word.ToLowerInvariant();
        Assert.True(sets.WritesInLowerCase(lower.AsSpan()) == asked.WritesInLowerCase(lower.AsSpan()), "lower case: " + word);
        Assert.True(sets.CapitalisesInside(word.AsSpan()) == asked.CapitalisesInside(word.AsSpan()), "inside: " + word);
        var inSets = sets.EndsFullName(word, out var full);
        Assert.True(inSets == asked.EndsFullName(word, out var fullAsked), "surname: " + word);
        Assert.Equal(full, fullAsked);
        return inSets;
    }

    [Fact]
    public void TheProbe_HoldsEachKindOfAnswer_SoTheComparisonAboveCanFail()
    {
        var facts = new NameFacts(s_article, SpeechTables.All);
        Assert.True(facts.WritesInLowerCase("office".AsSpan()));
        Assert.True(facts.WritesInLowerCase("okafor".AsSpan()));
        Assert.False(facts.WritesInLowerCase("hollis".AsSpan()));
        Assert.True(facts.CapitalisesInside("Fennimore".AsSpan()));
        Assert.True(facts.CapitalisesInside("Hollis".AsSpan()));
        Assert.True(facts.CapitalisesInside("Jones".AsSpan()));
        Assert.True(facts.CapitalisesInside("Boeing".AsSpan()));
        Assert.False(facts.CapitalisesInside("Christmas".AsSpan()));
        Assert.True(facts.EndsFullName("Hollis", out var hollis));
        Assert.Equal("Tim Hollis", hollis);
        Assert.True(facts.EndsFullName("Smith", out var smith));
        Assert.Null(smith);
        Assert.True(facts.EndsFullName("Lucet", out var lucet));
        Assert.Equal("Élise Lucet", lucet);
        Assert.False(facts.EndsFullName("Fennimore", out _));
        Assert.False(facts.ReadsFromSets);
    }

    // The full-name reader skips to the next capitalised word while no run is open: a capital
    // inside a word ("McDonald", "x-Ray", "l'Europe") starts no name.
    [Theory]
    [InlineData("He met McDonald Jones at the port.", "Jones", "McDonald Jones")]
    [InlineData("She read “Anna Karenina” twice.", "Karenina", "Anna Karenina")]
    [InlineData("-- Marie Curie spoke.", "Curie", "Marie Curie")]
    [InlineData("then x-Ray Smith scanners failed.", "Smith", null)]
    [InlineData("talks in l'Europe Dupont were long.", "Dupont", null)]
    [InlineData("in the sub-Saharan Okafor family.", "Okafor", null)]
    [InlineData("with the iPhone Smith case.", "Smith", null)]
    public void AFullName_StartsAtAWordsCapital_NotAtOneInsideAWord(string paragraph, string surname, string? expected)
    {
        var facts = new NameFacts(new[] { paragraph }, SpeechTables.All);

        var found = facts.EndsFullName(surname, out var full);

        Assert.Equal(expected is not null, found);
        Assert.Equal(expected, full);
    }

    // A lone capitalised word, a sentence's first or a surname alone, is no one's full name, so the
    // full-name reader asks nothing of a run of one word; a full name given elsewhere in the article
    // still stands for the surname alone.
    [Theory]
    [InlineData("en", "Hollis said he was tired.", "Hollis", null)]
    [InlineData("en", "Tim Hollis won. Hollis said he was tired.", "Hollis", "Tim Hollis")]
    [InlineData("fr", "Roux a parlé. Puis Claire Roux est partie.", "Roux", "Claire Roux")]
    [InlineData("fr", "Roux a parlé. Puis elle est partie.", "Roux", null)]
    [InlineData("de", "Gestern sprach Vogt. Vogt blieb ruhig.", "Vogt", null)]
    public void ALoneCapitalisedWord_EndsNoFullName(string language, string paragraph, string surname, string? expected)
    {
        var facts = new NameFacts(new[] { paragraph }, SpeechTables.For(language));

        var found = facts.EndsFullName(surname, out var full);

        Assert.Equal(expected is not null, found);
        Assert.Equal(expected, full);
    }

    // "Midfielder Edo Vance": a role word opening a run is cut from the name; before an organisation's
    // noun it stays in the name ("Premier League"). The run's last word is looked up as an
    // organisation's noun only when a word before it is no part of a name.
    [Theory]
    [InlineData("The Premier League will hear the appeal.", "League", "Premier League")]
    [InlineData("Midfielder Edo Vance scored twice.", "Vance", "Edo Vance")]
    [InlineData("Coach Ann Lee said the Premier League was fair.", "Lee", "Ann Lee")]
    public void ARoleWord_IsCutBeforeASurname_ButStaysBeforeAnOrganisationsNoun(string paragraph, string last, string expected)
    {
        var facts = new NameFacts(new[] { paragraph }, SpeechTables.For("en"));

        facts.EndsFullName(last, out var full);

        Assert.Equal(expected, full);
    }

    // "Verbundsprecher Thomas Reimold": a compound ending in a title or a trade, where a language
    // writes them as one word, is no first name; the full name is the two words after it. A first
    // word that ends in neither leaves the run of three unread, as before.
    [Theory]
    [InlineData("de", "„Das ist zu teuer“, sagte Verbundsprecher Thomas Reimold.", "Reimold", "Thomas Reimold")]
    [InlineData("de", "„Wir prüfen alles“, sagte Marktleiterin Ute Kranzberg.", "Kranzberg", "Ute Kranzberg")]
    [InlineData("nl", "Fractiewoordvoerder Els Dijkstra wil meer geld.", "Dijkstra", "Els Dijkstra")]
    [InlineData("de", "Am Marktplatz Klaus Weber getroffen.", "Weber", null)]
    public void ACompoundTitle_OpensNoFullName(string language, string paragraph, string surname, string? expected)
    {
        var facts = new NameFacts(new[] { paragraph }, SpeechTables.For(language));

        facts.EndsFullName(surname, out var full);

        Assert.Equal(expected, full);
    }

    // "Klinikchef Weller" after "Direktor Hans Weller": the compound title before the surname alone
    // is no first name, so it makes no second full name of the surname, which still names the person
    // given it in full. A first name before the surname ("Bernd Weller") does make a second one.
    [Theory]
    [InlineData("de", "Das teilte Direktor Hans Weller mit.", "Klinikchef Weller gibt sich gelassen.", "Hans Weller")]
    [InlineData("de", "„Wir warten“, sagte Landrätin Petra Sommer.", "Landrätin Sommer blieb ruhig.", "Petra Sommer")]
    [InlineData("nl", "Dat zei directeur Els Dijkstra.", "Fractievoorzitter Dijkstra bleef kalm.", "Els Dijkstra")]
    [InlineData("de", "Das teilte Direktor Hans Weller mit.", "Bernd Weller gibt sich gelassen.", null)]
    public void ACompoundTitle_BeforeASurname_MakesNoSecondFullName(string language, string first, string second, string? expected)
    {
        var facts = new NameFacts(new[] { first, second }, SpeechTables.For(language));

        facts.EndsFullName(expected?.Split(' ')[1] ?? "Weller", out var full);

        Assert.Equal(expected, full);
    }

    [Fact]
    public void ManyQuestions_TurnToTheSets_OnceTheSearchesHaveReadTheArticleTheBudgetsTimesOver()
    {
        var facts = new NameFacts(s_article, SpeechTables.All, searchesPerSet: 2);
        var questions = 0;
        while (!facts.ReadsFromSets && questions < 100)
        {
            facts.CapitalisesInside(("Nobody" + questions).AsSpan());
            questions++;
        }

        // Each question reads the whole article once: after two, the budget is spent, and the
        // next answer comes from the sets.
        Assert.Equal(2, questions);
        Assert.True(facts.CapitalisesInside("Fennimore".AsSpan()));
        Assert.False(facts.CapitalisesInside("Christmas".AsSpan()));
    }

    // Every word of the article as the readers cut it, with and without its possessive or full
    // stop, its lower-case and upper-case forms, and pieces of words.
    private static IEnumerable<string> Questions()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in s_article)
        {
            foreach (var piece in paragraph.Split(' ', ',', ';', ':', '"', '«', '»'))
            {
                var word = piece.Trim('.', '!', '?');
                if (word.Length == 0)
                {
                    continue;
                }

                words.Add(word);
                words.Add(word.TrimEnd('s', '\'', '’'));
                words.Add(word.ToUpperInvariant());
                words.Add(word.Substring(0, (word.Length + 1) / 2));
                foreach (var part in word.Split('-', '\'', '’', '.'))
                {
                    words.Add(part);
                }
            }
        }

        words.Remove(string.Empty);
        return words.OrderBy(w => w, StringComparer.Ordinal);
    }

    [Fact]
    public void AFullNameRepeated_IsReadInPlace_AndMadeOnceWhenAskedFor()
    {
        const int Repeats = 2_000;
        var paragraphs = Enumerable.Repeat("Yesterday Cyril Mercier spoke, and then Cyril Mercier left.", Repeats / 2).ToArray();
        var facts = new NameFacts(paragraphs, SpeechTables.All);
        _ = new NameFacts(paragraphs.Take(2).ToArray(), SpeechTables.All).EndsFullName("Mercier", out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(facts.EndsFullName("Mercier", out var full));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("Cyril Mercier", full);
        Assert.True(facts.EndsFullName("Mercier", out var again));
        Assert.Same(full, again);

        // A copy of the surname per repeat would be 36 bytes each, 72 KB in all; the map and
        // one full name are a few hundred bytes.
        Assert.True(allocated < Repeats * 4, $"{allocated} bytes for {Repeats} repeats");
    }
}
