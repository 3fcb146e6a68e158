namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A party or a list in brackets right after the name that opens a sentence ("Heike Brand (Freie
/// Liste) vindt", "Youssef Amrani (Dalmeer Lokaal) vindt") leaves the name the sentence's subject,
/// whom a pronoun after it means; before, the brackets hid the subject, and "schreef ze" went to the
/// person quoted last.
/// </summary>
public sealed class BracketedAffiliationTests
{
    [Theory]
    [InlineData("Heike Brand (Freie Liste) vindt het verbod goed. \"Handhaving, daar gaat het om\", schreef ze op sociale media.", "Heike Brand")]
    [InlineData("Youssef Amrani (Dalmeer Lokaal) vindt het verbod slecht. \"Handhaving, daar gaat het om\", schreef hij op sociale media.", "Youssef Amrani")]
    [InlineData("Gemeenteraadslid Youssef Amrani (Dalmeer Lokaal) vindt het verbod slecht. \"Handhaving, daar gaat het om\", schreef hij op sociale media.", "Youssef Amrani")]
    public void ANameBeforeABracketedParty_IsTheSubjectAPronounMeans(string paragraph, string speaker)
        => Assert.Equal(
            new[] { "Peter Jansen", speaker },
            QuoteSpeakers.Under("Vuurwerk", LanguageLeads.Dutch + " \"Mensen rijden naar de buurgemeente\", zegt Peter Jansen.", paragraph));

    // Guard: a name with its party read after the verb is the object, not the subject a later
    // "er" means.
    [Fact]
    public void ANameWithItsPartyAfterTheVerb_IsNoSubject()
        => Assert.NotEqual(
            "Heike Brand",
            QuoteSpeakers.Under("Radweg", LanguageLeads.German + " „Wir haben lange genug gewartet“, sagte Bürgermeister Paul Roth.", "Der Rat traf Heike Brand (Freie Liste) am Montag. „Wir finden eine Lösung“, schrieb er danach.")[1]);

    // "le maire (divers gauche) de Sainte-Luce, Olivier Brisset": a party in brackets inside an
    // office is an aside, and the holder after the comma still speaks.
    [Theory]
    [InlineData("« On nous avait promis une réouverture », s'agace le maire (divers gauche) de Sainte-Luce, Olivier Brisset, joint par téléphone.")]
    [InlineData("« On nous avait promis une réouverture », s'agace le maire (sans étiquette) de Sainte-Luce, Olivier Brisset.")]
    public void APartyInBracketsInsideAnOffice_IsAnAside(string paragraph)
        => Assert.Equal(new[] { "Olivier Brisset" }, QuoteSpeakers.Under("Pont", LanguageLeads.French + " " + paragraph));

    // The reach: a bracket of many words is not read through (a clause, no party).
    [Fact]
    public void ALongBracket_IsNotReadThrough()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Pont", LanguageLeads.French + " « On nous avait promis une réouverture », s'agace le maire (qui a été réélu en mars dernier) de Sainte-Luce, Olivier Brisset."));

    // An acronym of the name's own initials abbreviates it (a show, a body): the name is no
    // speaker's subject, and the quote after it goes on as before.
    [Fact]
    public void TheNamesOwnAcronym_IsNoParty()
        => Assert.NotEqual(
            "Harbour Boat Fair",
            QuoteSpeakers.Under(
                "Boat fair",
                "\"Boat sales are rising again,\" Tom Lake of the Harbour Marine Association told the Gazette. The Harbour Boat Fair (HBF) opened on Friday with two hundred stands. \"Families are buying small boats again and the season looks strong.\"")[1]);

    [Fact]
    public void APartysAcronym_LeavesThePersonTheSubject()
        => Assert.Equal(
            new[] { "Peter Jansen", "Youssef Amrani" },
            QuoteSpeakers.Under("Vuurwerk", LanguageLeads.Dutch + " \"Mensen rijden naar de buurgemeente\", zegt Peter Jansen.", "Youssef Amrani (DL) vindt het verbod slecht. \"Handhaving, daar gaat het om\", schreef hij op sociale media."));
}
