namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "C’est Monique qui a inventé ça", "C’era Carla con me": a word elided before a lower-case one
/// ("C’est", "Qu’il", "L’ha") is a pronoun and a verb, capitalised because it opens a sentence or a
/// quote. No name is written so ("O’Brien", "D’Alema", "Dell’Acqua" capitalise after the mark):
/// read into the name after it, it made a full name ("C’est Monique") that the first name then
/// stood for, and a later quote went to it (fresh articles of session 56).
/// </summary>
public sealed class ElidedOpeningBeforeNameTests
{
    [Theory]
    [InlineData("fr", "Sa sœur, Odile, tient la caisse. « Ici tout le monde paie comptant », dit Odile.", "« C’est Odile qui a eu l’idée », sourit Bernard Lacombe.", "Odile")]
    [InlineData("fr", "Son associé, Lucien, répare les moteurs. « On ne jette rien », dit Lucien.", "« Qu’il pleuve ou non, Lucien ouvre à six heures », raconte Paul Ferrand.", "Lucien")]
    [InlineData("it", "Sua moglie, Carla, porta il caffè. «Qui si paga in contanti», dice Carla.", "«C’era Carla con me quella notte», racconta Aldo Ferri.", "Carla")]
    public void AnElidedOpening_IsNoPartOfTheNameAfterIt(string language, string first, string second, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), first, second)[0]);

    // Negative: a name elided after a capital stays whole.
    [Theory]
    [InlineData("en", "\"We will appeal,\" said Sean O'Brien.", "Sean O'Brien")]
    [InlineData("it", "«Ricorreremo», ha detto Massimo D’Alema.", "Massimo D’Alema")]
    public void ANameWithAnElisionBeforeACapital_StaysWhole(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), paragraph)[0]);
}
