namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A German sentence that opens on a definite article and a role's capitalised noun, then its verb,
/// and ends in a colon before the quote ("Die Bürgermeisterin zeigte sich zuversichtlich: „…“"):
/// the role's holder says it, whatever the verb, as "De burgemeester bleef kalm: “…”" and "The
/// mayor stayed calm: '…'" already read (Sieves/ColonCue.ArticleRoleOpening.cs). German capitalises
/// its nouns, so the clause reading took the role for a name it could not find. Not a role with a
/// complement, not a clause with a comma before the colon, and no one when no one holds the role.
/// </summary>
public sealed class ArticleRoleColonTests
{
    private const string GermanPeople =
        "Bürgermeisterin Hanna Kesselring stellte den Plan am Montag vor. Stadtrat Jörg Pfannmüller hält ihn für zu teuer.";

    private const string DutchPeople =
        "Burgemeester Hanna Kesselaar presenteerde maandag het plan. Raadslid Joris Pannekoek vindt het te duur.";

    [Theory]
    [InlineData("Die Bürgermeisterin zeigte sich dennoch zuversichtlich: „Wir finden eine Lösung.“")]
    [InlineData("Die Bürgermeisterin blieb gelassen: „Wir finden eine Lösung.“")]
    [InlineData("Die Bürgermeisterin winkt ab: „Wir finden eine Lösung.“")]
    public void AGermanRoleOpeningAColonLeadIn_IsItsHolders(string sentence)
        => Assert.Equal(new[] { "Hanna Kesselring" }, QuoteSpeakers.Under("Streit um die Brücke", GermanPeople, sentence));

    // Regression guard: Dutch writes the role in lower case, so the clause reading already read it; the new rule does not reach it.
    [Fact]
    public void ADutchRoleOpeningAColonLeadIn_StillReadsAsBefore()
        => Assert.Equal(
            new[] { "Hanna Kesselaar" },
            QuoteSpeakers.Under("Ruzie over de brug", DutchPeople, "De burgemeester bleef kalm: \"We vinden een oplossing.\""));

    // Stops: a role with a complement may be another town's; a comma opens a clause whose subject
    // may be another's; a role the article gave no one is no one's here.
    [Theory]
    [InlineData("Die Bürgermeisterin von Talheim blieb gelassen: „Wir finden eine Lösung.“")]
    [InlineData("Die Bürgermeisterin der Nachbargemeinde blieb gelassen: „Wir finden eine Lösung.“")]
    [InlineData("Die Bürgermeisterin blieb gelassen, doch ein Anwohner rief: „Wir finden eine Lösung.“")]
    public void AComplementOrASecondClause_IsNotTheHolders(string sentence)
        => Assert.DoesNotContain("Hanna Kesselring", QuoteSpeakers.Under("Streit um die Brücke", GermanPeople, sentence));

    [Fact]
    public void ARoleNoOneHolds_GivesNoOne()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Streit um die Brücke", "Stadtrat Jörg Pfannmüller hält den Plan für zu teuer.", "Die Bürgermeisterin blieb gelassen: „Wir finden eine Lösung.“"));

    // A fronted object ("Der Bürgermeisterin" in the dative) is not the subject: the words are the
    // opposition's, which the inverted subject after the verb names.
    [Theory]
    [InlineData(GermanPeople, "Der Bürgermeisterin widerspricht die Opposition: „Sie hat uns belogen.“", "Hanna Kesselring")]
    public void AFrontedObject_IsNotTheHolders(string people, string sentence, string holder)
        => Assert.DoesNotContain(holder, QuoteSpeakers.Under("Streit um die Brücke", people, sentence));

    // A name read from an article that opens no subject ("Den Plan") is a fronted object, no one.
    [Fact]
    public void ANameAfterAnObjectArticle_IsNoOnes()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Streit um die Brücke", GermanPeople, "Den Plan unterstützt die Opposition nicht: „Er hat uns belogen.“"));

    // Bound: a colon past the clause reading's reach is not read back to the sentence's start.
    [Fact]
    public void AColonFarIntoTheSentence_IsNotTheHolders()
        => Assert.DoesNotContain(
            "Hanna Kesselring",
            QuoteSpeakers.Under("Streit um die Brücke", GermanPeople,
                "Die Bürgermeisterin blieb " + string.Concat(Enumerable.Repeat("sehr ", 45)) + "gelassen: „Wir finden eine Lösung.“"));
}
