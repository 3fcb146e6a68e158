using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S2 with the verb before its subject: German and Dutch put the verb second, after an opening
/// adverb or time phrase ("Am Montag sagte Bürgermeister X:", "Später ergänzte er:", "Later zei
/// hij:"), and Romance news may open with the verb ("Ha spiegato il sindaco X:"). The subject runs
/// from the verb to the colon. A subject before the verb keeps the quote, and whoever the verb
/// addresses after it (after a preposition, or after a verb of telling: "X told Valley News:")
/// never takes it.
/// </summary>
public sealed class InvertedColonCueTests
{
    [Theory]
    [InlineData("Stadtrat beschließt Brücke", LanguageLeads.German, "Am Montag sagte Bürgermeister Jürgen Albers: „Niemand soll länger warten müssen.“", "Jürgen Albers")]
    [InlineData("Stadtrat beschließt Brücke", LanguageLeads.German, "Jürgen Albers besuchte die Baustelle. Später ergänzte er: „Niemand soll länger warten müssen.“", "Jürgen Albers")]
    [InlineData("Gemeenteraad kiest voor brug", LanguageLeads.Dutch, "Sanne de Vries bezocht de bouwplaats. Later zei ze: \"Niemand hoeft nog langer te wachten.\"", "Sanne de Vries")]
    [InlineData("Il consiglio approva il ponte", LanguageLeads.Italian, "Ha spiegato il sindaco Marco Bellini: «Nessuno dovrà aspettare ancora».", "Marco Bellini")]
    public void AReportingVerbBeforeItsSubject_GivesTheSubjectUpToTheColon(string headline, string lead, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, lead, sentence));

    [Theory]
    [InlineData("Stadtrat beschließt Brücke", LanguageLeads.German, "Bürgermeister Jürgen Albers sagte den Anwohnern: „Niemand soll länger warten müssen.“", "Jürgen Albers")]
    [InlineData("Stadtrat beschließt Brücke", LanguageLeads.German, "Katrin Vogel leitet den Bauausschuss. Vogel fragte Albers: „Wer soll das bezahlen?“", "Katrin Vogel")]
    [InlineData("Il consiglio approva il ponte", "La sindaca Giulia Ferraro ha incontrato i pescatori lunedì mattina, poi il consiglio comunale ha approvato la costruzione del nuovo ponte sul fiume.", "La sindaca ha criticato il ministro Paolo Greco: «Nessuno ci ha ascoltato».", "Giulia Ferraro")]
    [InlineData("Gemeenteraad kiest voor brug", "Burgemeester Sanne de Vries sprak maandag met de vissers, daarna heeft de gemeenteraad ingestemd met de bouw van een nieuwe brug over de rivier.", "De burgemeester vroeg Jan Smit: \"Wie gaat dat betalen?\"", "Sanne de Vries")]
    public void TheSubjectBeforeTheListener_KeepsTheQuote(string headline, string lead, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, lead, sentence));

    [Theory]
    [InlineData("Le conseil vote le pont", LanguageLeads.French, "Dupont a répondu au ministre Paul Roux : « Nous verrons bien. »", "Paul Roux")]
    [InlineData("Il consiglio approva il ponte", LanguageLeads.Italian, "Rossi ha risposto al sindaco Marco Bellini: «Vedremo».", "Marco Bellini")]
    [InlineData("El ayuntamiento aprueba el puente", LanguageLeads.Spanish, "Molina respondió a la alcaldesa María Ruiz: «Ya veremos».", "María Ruiz")]
    [InlineData("Il porto chiude d'inverno", LanguageLeads.Italian, "Rossi ha criticato il sindaco Marco Bellini: «Nessuno ci ha ascoltato».", "Marco Bellini")]
    [InlineData("Porto fecha no inverno", LanguageLeads.Portuguese, "O autarca criticou o ministro Paulo Matos: “Ninguém nos ouviu.”", "Paulo Matos")]
    [InlineData("Porto fecha no inverno", LanguageLeads.Portuguese, "Costa criticou o ministro Rui Sousa: “Ninguém nos ouviu.”", "Rui Sousa")]
    [InlineData("Stadtrat beschließt Brücke", LanguageLeads.German, "Vogel fragte Jürgen Albers: „Wer soll das bezahlen?“", "Jürgen Albers")]
    [InlineData("Stadtrat beschließt Brücke", LanguageLeads.German, "Acme lobte Bürgermeisterin Katrin Vogel: „Ohne sie wäre nichts gegangen.“", "Katrin Vogel")]
    [InlineData("Night buses reach the villages", "The council will run night buses to the villages from May, its transport committee decided on Monday.", "Speaking on Monday, Hale told Valley News: \"The drivers are ready.\"", "Valley News")]
    public void WhomTheVerbAddresses_AfterItsSubject_IsNeverTheSpeaker(string headline, string lead, string sentence, string listener)
        => Assert.NotEqual(listener, QuoteSpeakers.Under(headline, lead, sentence)[0]);

    [Fact]
    public void AListenerAfterTheInvertedSubject_IsNeverTheSpeaker()
        => Assert.Contains(
            QuoteSpeakers.Under("Stadtrat beschließt Brücke", LanguageLeads.German, "Am Montag fragte Bürgermeister Jürgen Albers die Anwohner: „Wer soll das bezahlen?“")[0],
            new[] { null, "Jürgen Albers" });

    [Theory]
    [InlineData("Stadtrat beschließt Brücke", LanguageLeads.German, "Am Montag lobte der Stadtrat Jürgen Albers: „Niemand soll länger warten müssen.“")]
    [InlineData("Stadtrat beschließt Brücke", LanguageLeads.German, "Auf dem Plakat an der Baustelle steht: „Niemand soll länger warten müssen.“")]
    public void AVerbThatDoesNotReport_OrNoSubjectAfterIt_GivesNoOneFromThisRule(string headline, string lead, string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, lead, sentence));
}
