using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A relative clause set off by commas between the role at the cue and its holder's name
/// ("sagte der Direktor, der den Hafen seit 2004 leitet, Helmut Brandt") describes the holder: the
/// name after the clause's closing comma is the speaker's, as it is with no clause between. A name
/// inside the clause, or after a clause that closes on a person's noun ("who met the minister, Anna
/// Berg": the minister's apposition), is not the role's holder.
/// </summary>
public sealed class RelativeInsideRoleTests
{
    private static readonly Dictionary<string, (string Title, string Lead, string Quote)> Frames = new(StringComparer.Ordinal)
    {
        ["en"] = ("The harbour reopens", "The gates of the harbour will open again on Monday, after a month of repairs.", "\"We will open the gate at noon and not a minute later,\" "),
        ["fr"] = ("Le port rouvre", "Les portes du port rouvriront lundi, après un mois de travaux.", "« Nous ouvrirons la porte à midi et pas une minute plus tard », "),
        ["de"] = ("Der Hafen öffnet wieder", "Die Tore des Hafens öffnen am Montag wieder, nach einem Monat Arbeit.", "„Wir öffnen das Tor um zwölf Uhr und keine Minute später“, "),
        ["es"] = ("El puerto reabre", "Las puertas del puerto volverán a abrirse el lunes, tras un mes de obras.", "«Abriremos la puerta a mediodía y ni un minuto más tarde», "),
        ["it"] = ("Il porto riapre", "Le porte del porto riapriranno lunedì, dopo un mese di lavori.", "«Apriremo il cancello a mezzogiorno e non un minuto dopo», "),
        ["pt"] = ("O porto reabre", "As portas do porto voltam a abrir na segunda-feira, depois de um mês de obras.", "“Vamos abrir o portão ao meio-dia e nem um minuto mais tarde”, "),
        ["nl"] = ("De haven gaat weer open", "De sluisdeuren van de haven gaan maandag weer open, na een maand werk.", "\"We openen de poort om twaalf uur en geen minuut later\", "),
    };

    private static string? SpeakerOf(string language, string cue)
    {
        var (title, lead, quote) = Frames[language];
        return ArticleParser.Parse(title + "\n\n" + lead + "\n\n" + quote + cue + "\n").Quotes[^1].Speaker;
    }

    [Theory]
    [InlineData("en", "said the chairman, who has led the port since 2004, Peter Alsop.", "Peter Alsop")]
    [InlineData("fr", "a expliqué le directeur, qui dirige le port depuis 2004, Paul Girard.", "Paul Girard")]
    [InlineData("de", "sagte der Direktor, der den Hafen seit 2004 leitet, Helmut Brandt.", "Helmut Brandt")]
    [InlineData("de", "sagte die Ingenieurin, die die Arbeiten leitete, Eva Brandt.", "Eva Brandt")]
    [InlineData("es", "explicó el director, que dirige el puerto desde 2004, Andrés Peral.", "Andrés Peral")]
    [InlineData("it", "ha spiegato il direttore, che guida il porto dal 2004, Paolo Ricci.", "Paolo Ricci")]
    [InlineData("pt", "explicou o diretor, que dirige o porto desde 2004, Carlos Neves.", "Carlos Neves")]
    [InlineData("nl", "zei de directeur, die de haven sinds 2004 leidt, Hendrik Smit.", "Hendrik Smit")]
    public void ANameAfterARelativeClauseSetOffInsideTheRole_IsTheHolders(string language, string cue, string expected)
        => Assert.Equal(expected, SpeakerOf(language, cue));

    // A name inside the clause is someone the holder met or replaced, not the holder.
    [Theory]
    [InlineData("en", "said the chairman, who thanked Anna Berg.", "Anna Berg")]
    [InlineData("fr", "a expliqué le directeur, qui a remercié Anne Berg.", "Anne Berg")]
    [InlineData("de", "sagte der Direktor, der Helmut Brandt ersetzt hatte, am Montag.", "Helmut Brandt")]
    [InlineData("es", "explicó el director, que sustituyó a Ana Berg.", "Ana Berg")]
    [InlineData("it", "ha spiegato il direttore, che ha sostituito Anna Berg.", "Anna Berg")]
    [InlineData("pt", "explicou o diretor, que substituiu Ana Berg.", "Ana Berg")]
    [InlineData("nl", "zei de directeur, die met minister Anna Berg sprak.", "Anna Berg")]
    public void ANameInsideTheClause_IsNotTheHolder(string language, string cue, string named)
        => Assert.NotEqual(named, SpeakerOf(language, cue));

    // A clause closing on a person's noun takes the name after it as that person's apposition.
    [Theory]
    [InlineData("en", "said the chairman, who met the minister, Anna Berg.", "Anna Berg")]
    [InlineData("fr", "a expliqué le directeur, qui a reçu la ministre, Anne Berg.", "Anne Berg")]
    [InlineData("es", "explicó el director, que recibió a la ministra, Ana Berg.", "Ana Berg")]
    [InlineData("it", "ha spiegato il direttore, che ha ricevuto la ministra, Anna Berg.", "Anna Berg")]
    [InlineData("pt", "explicou o diretor, que recebeu a ministra, Ana Berg.", "Ana Berg")]
    public void ANameAfterAClauseClosingOnAPersonsNoun_IsNotTheHolder(string language, string cue, string named)
        => Assert.NotEqual(named, SpeakerOf(language, cue));
}
