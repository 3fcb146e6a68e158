using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The cast: how a mention (a pronoun, a role, an organisation noun, an unnamed person, a
/// surname) becomes a speaker, and when it becomes none.
/// </summary>
public sealed class CastTests
{
    [Fact]
    public void APronoun_MeansTheLastPersonNamedAsASubject()
        => Assert.Equal(new[] { "Tom Baker" }, QuoteSpeakers.UnderHarbourPlan("Tom Baker was asked about the vote on Monday.", "\"I will back it,\" he said."));

    [Fact]
    public void ARoleNoun_MeansTheLastSpeaker()
        => Assert.Equal(
            new[] { "Jane Roe", "Jane Roe" },
            QuoteSpeakers.UnderHarbourPlan("\"The vote is lost,\" said minister Jane Roe.", "\"We will try again,\" the minister said."));

    [Fact]
    public void AnEpithet_MeansTheLastSpeaker()
        => Assert.Equal(
            new[] { "David Prentice", "David Prentice" },
            QuoteSpeakers.UnderHarbourPlan("\"We have not given up,\" said David Prentice.", "\"There are other ways,\" said the 71-year-old."));

    [Fact]
    public void AnOrganisationNoun_MeansTheLatestOrganisation_AndItToo()
        => Assert.Equal(
            new[] { "Margaret Ellison", "Harbour Rail", "Harbour Rail" },
            QuoteSpeakers.UnderHarbourPlan(
                "\"The numbers no longer add up,\" said Harbour Rail chief executive Margaret Ellison.",
                "\"Passengers will be offered alternatives,\" the company said.",
                "\"We regret the cuts,\" it said in a statement."));

    [Fact]
    public void AnOrganisationNamedByItsNoun_IsOneForLaterReferences()
        => Assert.Equal(
            new[] { "Crociere Tirrene" },
            QuoteSpeakers.UnderHarbourPlan("La società Crociere Tirrene gestirà il terminal.", "«Le navi saranno collegate alla rete», ha dichiarato la società."));

    [Fact]
    public void HeNeverMeansAnOrganisation()
        => Assert.Equal(
            new string?[] { "Harbour Rail Company", null },
            QuoteSpeakers.UnderHarbourPlan("\"We regret the cuts,\" Harbour Rail Company said.", "\"It is a disgrace,\" he said."));

    // Issue 10: someone unnamed is an entity of the cast, whose words go to the organisation named.
    [Fact]
    public void HeAfterASpokesman_IsTheSpokesman_WhoSpeaksForTheOrganisation()
        => Assert.Equal(
            new string?[] { "Harbour Rail", "Harbour Rail" },
            QuoteSpeakers.UnderHarbourPlan("\"We regret the cuts,\" a spokesman for Harbour Rail said.", "\"It is a disgrace,\" he said."));

    [Theory]
    [InlineData("\"Prices will hold,\" said one London-based broker.")]
    [InlineData("\"Prices will hold,\" an Acme analyst said.")]
    [InlineData("\"Prices will hold,\" Acme's chief executive said.")]
    public void OnlyASpokesman_SpeaksForAnOrganisation_AnyoneElseUnnamedIsNobody(string paragraph)
        => Assert.Equal(new string?[] { "Jane Roe", null }, QuoteSpeakers.UnderHarbourPlan("The market is run by Acme. \"We are calm,\" said Jane Roe.", paragraph));

    [Fact]
    public void ASurnameSharedByTwoPeople_IsAmbiguous_AndNamesNobody()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.UnderHarbourPlan("John Smith and Jane Smith both sat on the harbour board.", "\"The plan is dead,\" said Smith."));

    [Fact]
    public void ASurname_TakesTheOneFullNameTheArticleGives()
        => Assert.Equal(new[] { "Jane Smith" }, QuoteSpeakers.UnderHarbourPlan("Jane Smith sat on the harbour board.", "\"The plan is dead,\" said Smith."));

    [Theory]
    [InlineData("\"The plan is dead,\" said Laura Finch of Save the Children.", "Laura Finch")]
    [InlineData("\"Het plan is dood\", zei burgemeester Ruud Hendriks van Emmerveld.", "Ruud Hendriks")]
    [InlineData("\"The plan is dead,\" said a spokesman for the Bank of England.", "Bank of England")]
    public void AFullNameThenWhereTheyWork_IsOneRuleInEveryLanguage(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    [Theory]
    [InlineData("\"The plan is dead,\" said Acme chief executive Jane Roe.", "Jane Roe")]
    [InlineData("Nach dem Spiel trafen sich alle. Vereinspräsident Horst Albrecht kündigte an: „Wir werden in Ruhe analysieren.“", "Horst Albrecht")]
    [InlineData("\"Het plan is dood\", zei bestuursvoorzitter Anouk Smit maandag.", "Anouk Smit")]
    [InlineData("„Wir müssen sparen“, sagte Klinikchef Markus Hofer.", "Markus Hofer")]
    [InlineData("„Wir suchen eine Lösung“, sagte Landrat Peter Brandt.", "Peter Brandt")]
    [InlineData("„Ich fahre seit Jahren hier“, erzählt Kapitän Jens Möller.", "Jens Möller")]
    [InlineData("»Der Wind hat gedreht«, sagte Kreisbrandmeister Anton Kerschl am Morgen.", "Anton Kerschl")]
    [InlineData("„Das Dach war nicht zu halten“, sagte Stadtbrandmeisterin Ida Wendtner.", "Ida Wendtner")]
    [InlineData("„Wir brauchen mehr Wasser“, sagte Wehrführer Lutz Pfannkuch.", "Lutz Pfannkuch")]
    [InlineData("„Der Sud ist fertig“, sagt Braumeisterin Hanna Greindl.", "Hanna Greindl")]
    [InlineData("„Das Urteil hält nicht“, sagte Rechtsanwalt Tobias Rehm.", "Tobias Rehm")]
    [InlineData("„Wir gehen in Berufung“, sagte Fachanwältin Lea Brunnhuber am Abend.", "Lea Brunnhuber")]
    [InlineData("„Mein Mandant schweigt“, sagte Verteidiger Jonas Aumüller.", "Jonas Aumüller")]
    [InlineData("\"Wij gaan in hoger beroep\", zei advocaat Sander Kok.", "Sander Kok")]
    [InlineData("\"Het vuur was snel onder controle\", zei brandweercommandant Kees Wolters.", "Kees Wolters")]
    [InlineData("\"We bleven tot de ochtend\", zei commandante Ria Veldkamp.", "Ria Veldkamp")]
    public void TitlesAndRoleWords_AreNotPartOfTheName(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    // A subordinator that opens the sentence is capitalised there, and is no word of the name after it.
    [Theory]
    [InlineData("Si Paul Girard a dénoncé un « gâchis », il votera le texte.", "Paul Girard")]
    [InlineData("Comme Claire Vasseur l'a rappelé, « rien n'est joué ».", "Claire Vasseur")]
    [InlineData("Puisque Marc Lefort est parti, la présidente Anne Roux a tranché : « Nous votons ce soir. »", "Anne Roux")]
    public void ASubordinatorOpeningTheSentence_IsNoPartOfTheName(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    // Only the fire service's and the brewer's "-meister" are offices: a bare "Meister" and a
    // "Baumeister" are surnames as often as anything, and stay in the name.
    [Theory]
    [InlineData("„Wir bleiben dran“, sagte Jonas Meister.", "Jonas Meister")]
    [InlineData("„Wir bleiben dran“, sagte Carla Baumeister.", "Carla Baumeister")]
    [InlineData("\"We blijven\", zei Joris Meester.", "Joris Meester")]
    public void ASurnameThatIsAlsoACraftWord_StaysTheName(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    [Fact]
    public void TheDocumentsLanguage_PicksItsWords_AndNoLanguageTriesThemAll()
    {
        // The name does not close the sentence: a word no list knows right before a closing full
        // name is read as a verb in any language (AdjacentCue.UnlistedVerb.cs).
        const string paragraph = "„Wir bleiben weit auseinander“, sagte Andrea Vogt am Montag.";
        var quotes = QuoteScanner.Scan(paragraph).Quotes;
        string? Read(string? language)
        {
            var words = SpeechTables.For(language);
            var plausibility = new NamePlausibility(new[] { paragraph }, new[] { quotes[0].Inner(paragraph) }, words);
            return new SpeakerFinder(plausibility, new Cues(words)).Attribute(paragraph, quotes)[0];
        }

        Assert.Equal("Andrea Vogt", Read("de"));
        Assert.Equal("Andrea Vogt", Read(null));
        Assert.Null(Read("en"));
    }
}
