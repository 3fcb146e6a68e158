namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German may open a main clause with its object ("Den Hof hat 1898 sein Urgroßvater X gegründet") or an
/// adverbial phrase ("Im letzten Wort bat sie …", "Beim Hinausgehen gab sich X zuversichtlich:"): their
/// nouns are no subject a later pronoun means (SpeakerFinder.ObjectOpening.cs, ColonCue.StanceAfterOpening.cs).
/// </summary>
public sealed class ObjectOpeningTests
{
    [Fact]
    public void AnObjectOpeningTheSentence_IsNotWhomALaterPronounMeans()
        => Assert.Equal(
            new[] { "Karl Vogt" },
            QuoteSpeakers.Under(
                "Gärtnerei Vogt feiert",
                "Karl Vogt führt die Gärtnerei am Stadtrand.",
                "Den Betrieb hat 1952 sein Großvater Emil Vogt gegründet, damals mit zwei Gewächshäusern. „Hier hat sich nie viel verändert“, sagt er."));

    [Fact]
    public void AnObjectOpeningWithAnIndefinite_LeavesThePronounToItsSubject()
        => Assert.Equal(
            new[] { "Karl Vogt" },
            QuoteSpeakers.Under(
                "Gärtnerei Vogt sucht Nachfolger",
                "Karl Vogt führt die Gärtnerei am Stadtrand. Einen Nachfolger hat er noch nicht gefunden. „Meine Kinder wollen nicht“, sagt er."));

    [Fact]
    public void AStanceVerbAfterAnOpeningPhrase_HasItsSubjectAfterTheVerb()
        => Assert.Equal(
            new[] { "Klaus Reiter" },
            QuoteSpeakers.Under(
                "Dorfladen vor dem Aus",
                "Der Vorstand traf sich am Abend im Gasthaus.",
                "Beim Hinausgehen gab sich Klaus Reiter zuversichtlich: „Das schaffen wir.“"));

    [Fact]
    public void ADutchStanceVerbAfterAnOpeningPhrase_HasItsSubjectAfterTheVerb()
        => Assert.Equal(
            new[] { "Ineke Vos" },
            QuoteSpeakers.Under(
                "Brug gaat open",
                "De raad vergaderde lang.",
                "Na afloop toonde wethouder Ineke Vos zich tevreden: “Dit is een goede dag.”"));

    [Fact]
    public void ANounBeforeTheParticipleOfACueAfterTheQuote_IsNoOnesName()
    {
        // "hatte sie unter Tränen gesagt": the noun after "unter" is no subject for a later "sie" to mean.
        var speakers = QuoteSpeakers.Under(
            "Urteil im Betrugsprozess",
            "Die Angeklagte hatte gestanden. „Ich habe mir etwas vorgemacht“, hatte sie unter Tränen gesagt.",
            "„Es tut mir leid“, sagte sie.");
        Assert.DoesNotContain("Tränen", speakers);
    }
}
