namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Right after the noun that introduces a body, its name goes on over what a body's name holds
/// between capitalised words: a preposition of what the body is for or against ("l'association Bus
/// pour Tous"), and a link of the body's own language, whatever the article's ("the charity Amigos
/// del Parque"). Cut at the link, the body spoke as a name of one word that is no one's.
/// </summary>
public sealed class BodyNameLinkTests
{
    [Theory]
    [InlineData("fr", "L'association Vélos pour Tous a lancé une pétition. « Nous avons déjà mille signatures », se félicite l'association.", "Vélos pour Tous")]
    [InlineData("fr", "Le collectif Parents contre le Bruit a écrit au maire. « Nous attendons une réponse », insiste le collectif.", "Parents contre le Bruit")]
    [InlineData("en", "The charity Amigos del Parque has written to the council. \"We want an answer,\" the charity said.", "Amigos del Parque")]
    [InlineData("en", "The company Banco de la Meseta has closed its branch. \"It was a hard choice,\" the company said.", "Banco de la Meseta")]
    [InlineData("en", "The charity Parents against Potholes has written to the council. \"We want an answer,\" the charity said.", "Parents against Potholes")]
    // A foreign body's name keeps its own language's prepositions in an article of any language.
    [InlineData("nl", "De vereniging Parents against Potholes heeft de gemeente een brief gestuurd. \"We willen een antwoord\", zegt de vereniging.", "Parents against Potholes")]
    // German capitalises the noun: the subject "Verein Vélos", cut at the link, is the body named whole.
    [InlineData("de", "Der Verein Vélos pour Tous hat eine Petition gestartet. „Wir haben schon tausend Unterschriften“, freut sich der Verein.", "Vélos pour Tous")]
    [InlineData("de", "Das Bündnis Eltern gegen Lärm hat dem Bürgermeister geschrieben. „Wir warten auf eine Antwort“, betont das Bündnis.", "Eltern gegen Lärm")]
    [InlineData("nl", "De vereniging Ouders tegen Lawaai heeft de burgemeester geschreven. \"We wachten op een antwoord\", zegt de vereniging.", "Ouders tegen Lawaai")]
    public void ABodysNameAfterItsNoun_GoesOnOverWhatItHolds(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // Stops: a link before a lower-case word, or a place's preposition, ends the body's name; after a
    // person's name, "pour" and a capitalised word are whom they spoke to, no part of the name.
    [Theory]
    [InlineData("fr", "L'association Vélos Libres pour le climat a lancé une pétition. « Nous avons mille signatures », se félicite l'association.", "Vélos Libres")]
    [InlineData("fr", "« Nous attendons une réponse », a déclaré Paul Roux pour France Bleu.", "Paul Roux")]
    [InlineData("en", "The union Unite at Kelbridge Docks has called a strike. \"We had no choice,\" the union said.", "Unite")]
    [InlineData("nl", "De vereniging Vélos Libres pour le climat heeft een petitie gestart. \"We hebben al duizend handtekeningen\", zegt de vereniging.", "Vélos Libres")]
    // A German name read with no link after the noun is no cut one, and stays as the subject read it.
    [InlineData("de", "Der Verein Grüne Wiese hat eine Petition gestartet. „Wir haben schon tausend Unterschriften“, freut sich der Verein.", "Verein Grüne Wiese")]
    public void ALinkOutsideABodysName_EndsIt(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));
}
