namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "The Acme spokeswoman said": after "the" as after "an", the organisation named between the
/// article and the spokes noun is whom the spokesperson speaks for, not the organisation named
/// last; a spokesperson named after the noun speaks as themselves.
/// </summary>
public sealed class DefiniteSpokespersonTests
{
    private const string Deal = "The harbour board has yet to sign off the plan for a second berth at Eastport.";

    [Theory]
    [InlineData(Deal + " The Acme spokeswoman said: \"We will not comment on the talks.\"")]
    [InlineData(Deal + " \"The berth is bad news for Acme\", the Coastal Gazette said. The Acme spokeswoman said: \"We will not comment on the talks.\"")]
    [InlineData(Deal + " \"We will not comment on the talks,\" the Acme spokeswoman said.")]
    public void TheOrganisationBeforeTheSpokesNoun_Speaks(string paragraph)
        => Assert.Equal("Acme", QuoteSpeakers.Under("Berth deal", paragraph)[^1]);

    // "la portavoz de Acme", "the spokeswoman for Acme": the organisation after the noun, when no
    // one holds the role, not the body named last.
    [Theory]
    [InlineData("Berth deal", Deal + " \"We will not comment on the talks,\" said the spokeswoman for Acme.")]
    [InlineData("Acuerdo portuario", "La Autoridad Portuaria de Valdeoro no aprobó el acuerdo con la naviera el año pasado. Los estibadores del puerto temen perder sus empleos y piden una reunión urgente con el Gobierno regional. «No tenemos nada que añadir», dijo la portavoz de Acme.")]
    [InlineData("Porto", "A Autoridade Portuária não aprovou o acordo. Os estivadores protestaram na segunda-feira. “Não temos nada a acrescentar”, disse a porta-voz da Acme.")]
    [InlineData("Haven", "Het havenbedrijf keurde de deal niet goed. De vakbond protesteerde maandag bij het stadhuis. “We hebben niets toe te voegen”, zei de woordvoerster van Acme.")]
    public void TheOrganisationAfterTheSpokesNoun_Speaks(string headline, string paragraph)
        => Assert.Equal("Acme", QuoteSpeakers.Under(headline, paragraph)[^1]);

    // Guards: a spokesperson named after the noun, or named before as the organisation's; other
    // languages' spokespeople with their names; a star after a comma that closes an opening phrase
    // holds no role for the publication before it.
    [Theory]
    [InlineData("Berth deal", Deal + " The Acme spokeswoman, Jane Roe, said: \"We will not comment on the talks.\"", "Jane Roe")]
    [InlineData("Berth deal", Deal + " \"We will not comment on the talks,\" said the Acme spokeswoman Jane Roe.", "Jane Roe")]
    [InlineData("Berth deal", "Jane Roe, an Acme spokeswoman, said the berth plan was fair. " + Deal + " \"We will not comment on the talks,\" the Acme spokeswoman said.", "Jane Roe")]
    [InlineData("Berth deal", "Acme spokeswoman Jane Roe said the berth plan was fair. " + Deal + " \"We will not comment on the talks,\" the Acme spokeswoman said.", "Jane Roe")]
    [InlineData("Berth deal", "Jane Roe, a spokeswoman for Acme, said the berth plan was fair. " + Deal + " \"We will not comment on the talks,\" said the spokeswoman for Acme.", "Jane Roe")]
    [InlineData("Acuerdo", "La portavoz de Acme, Ana Gil, defendió el acuerdo. La Autoridad Portuaria no lo aprobó. «No tenemos nada que añadir», dijo la portavoz de Acme.", "Ana Gil")]
    [InlineData("Stage return", "In an interview with the Coastal Gazette, the Tidewater Players veteran said the stage had lost its way. \"Nobody rehearses any more,\" he said.", null)]
    [InlineData("Le quai", "La capitainerie n'a pas validé l'accord. « Nous n'avons rien à ajouter », a déclaré le porte-parole d'Acme, Jean Dupont.", "Jean Dupont")]
    [InlineData("Il molo", "L'autorità portuale non ha approvato l'accordo. «Non abbiamo nulla da aggiungere», ha detto il portavoce Marco Neri.", "Marco Neri")]
    public void ANamedSpokesperson_SpeaksAsThemselves(string headline, string paragraph, string? speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, paragraph)[^1]);
}
