namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Where the finite verb stands second, an opening adverb of time, manner or degree, never the verb's
/// subject ("So lange will Gesa Oltmanns nicht warten.", "Ähnlich argumentiert X", "Zo lang wil X niet
/// wachten"), puts the full name right after the verb: that name is the subject, whom a later pronoun
/// means before the speaker of the paragraph before. The other languages write the subject first; their
/// probes read the same person. Stops: a pronoun before the name ("Jetzt will er mit X reden"), two
/// names after the verb.
/// </summary>
public sealed class AdverbBeforeSecondVerbTests
{
    [Theory]
    [InlineData("de", "„Die Ernte ist gut“, sagt der Landwirt Karl Huber.", "So lange will Gesa Oltmanns nicht warten. „Zwei haben noch gelebt“, erzählt sie.", "Karl Huber|Gesa Oltmanns")]
    [InlineData("de", "„Die Ernte ist gut“, sagt der Landwirt Karl Huber.", "Ähnlich argumentiert Bernd Tesche. „Die Zahlen sind zu hoch“, sagt er.", "Karl Huber|Bernd Tesche")]
    [InlineData("nl", "\"De oogst is goed\", zegt boer Karel Hoekstra.", "Zo lang wil Gesa Oltmans niet wachten. \"Twee leefden nog\", vertelt ze.", "Karel Hoekstra|Gesa Oltmans")]
    [InlineData("nl", "\"De oogst is goed\", zegt boer Karel Hoekstra.", "Evenzo redeneert Bert Tesselaar. \"De cijfers zijn te hoog\", zegt hij.", "Karel Hoekstra|Bert Tesselaar")]
    [InlineData("en", "\"The harvest is good,\" said farmer Karl Hewitt.", "Gesa Oltmanns will not wait that long. \"Two of them were still alive,\" she says.", "Karl Hewitt|Gesa Oltmanns")]
    [InlineData("fr", "« La récolte est bonne », a dit l'agriculteur Karl Huet.", "Gesa Oltmanns ne veut pas attendre aussi longtemps. « Deux vivaient encore », raconte-t-elle.", "Karl Huet|Gesa Oltmanns")]
    [InlineData("es", "«La cosecha es buena», dijo el agricultor Carlos Huerta.", "Gesa Oltmanns no quiere esperar tanto. «Dos seguían vivas», cuenta ella.", "Carlos Huerta|Gesa Oltmanns")]
    [InlineData("it", "«Il raccolto è buono», ha detto l'agricoltore Carlo Uberti.", "Gesa Oltmanns non vuole aspettare tanto. «Due erano ancora vive», racconta lei.", "Carlo Uberti|Gesa Oltmanns")]
    [InlineData("pt", "«A colheita é boa», disse o agricultor Carlos Horta.", "Gesa Oltmanns não quer esperar tanto. «Duas ainda estavam vivas», conta ela.", "Carlos Horta|Gesa Oltmanns")]
    public void AFullNameAfterAnOpeningAdverbAndTheVerb_IsTheSubject(string language, string first, string second, string expected)
        => Assert.Equal(expected.Split('|'), QuoteSpeakers.Under("Probe", LanguageLeads.For(language), first, second));

    // Stops: a pronoun is the subject and the name a preposition's object; two names after the verb.
    [Theory]
    [InlineData("de", "„Die Ernte ist gut“, sagt der Landwirt Karl Huber.", "Jetzt will er mit Robin Oltmanns reden. „Schau“, sagt er.", "Karl Huber")]
    [InlineData("nl", "\"De oogst is goed\", zegt boer Karel Hoekstra.", "Nu wil hij met Robin Oltmans praten. \"Kijk\", zegt hij.", "Karel Hoekstra")]
    [InlineData("de", "„Die Ernte ist gut“, sagt der Landwirt Karl Huber.", "So lange wollen Gesa Oltmanns und Heike Brandt nicht warten. „Zwei haben noch gelebt“, erzählt sie.", null)]
    public void ANameNotRightAfterTheVerb_OrOneOfTwo_IsNoSubject(string language, string first, string second, string? expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), first, second)[1]);
}
