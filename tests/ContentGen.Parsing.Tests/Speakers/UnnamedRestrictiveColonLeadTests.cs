using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed brought in by an indefinite article, a person's noun and a relative clause that follows the
/// noun at once, with no comma ("A lifeguard who had been on duty since dawn warned the swimmers: …"), in a
/// sentence that ends in a colon right before the quote: the quote is that person's, given by the noun, as it is
/// when a complement or an insert between commas follows the noun (SpeakerFinder.UnnamedColonLead.cs,
/// UnnamedColonLeadTests). Invented sentences in every language that writes such a clause without a comma; German
/// sets every relative clause off by commas, so its row was read before and stays as a check.
/// </summary>
public sealed class UnnamedRestrictiveColonLeadTests
{
    // Read at the base already (by the colon readings); kept as checks. Not read yet (no one): es "Una jubilada que …,
    // y que …, lo tiene claro:", it "Un pensionato che … la pensa diversamente:", nl "Een buurvrouw die … woont, is somber:".
    [Theory]
    [InlineData("en", "The pool reopened on Monday after repairs. A lifeguard who had been on duty since dawn warned the swimmers: \"Stay between the flags today.\"", "lifeguard")]
    [InlineData("en", "Prices rose again in March. A pensioner who shops at the market every week put it simply: \"I buy half of what I used to.\"", "pensioner")]
    [InlineData("fr", "Le service des urgences ferme la nuit. Une infirmière qui travaille dans le service depuis dix ans résume la situation : « On tient, mais jusqu’à quand ? »", "infirmière")]
    [InlineData("es", "La tienda cerrará en junio. Una cajera que lleva doce años en la caja lo cuenta así: «Antes venía todo el pueblo».", "cajera")]
    [InlineData("pt", "A urgência fecha à noite. Uma enfermeira que trabalha no turno da noite há dez anos resume assim: «Estamos no limite.»", "enfermeira")]
    // German: the clause is always set off by commas, read before as an insert.
    [InlineData("de", "Der Markt bleibt bis Mai geschlossen. Eine Rentnerin, die seit vierzig Jahren am Platz wohnt, ist skeptisch: „So still war es hier nie.“", "Rentnerin")]
    public void AnUnnamedPersonWithARelativeClauseOpeningAColonLeadIn_IsTheSpeaker(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.InLanguage(language, "Probe", paragraph)[0]);

    // The clause brings in someone else (a role, a name): the words may be theirs.
    [Theory]
    [InlineData("es", "La tienda cerrará en junio. Una cajera que leyó la carta del alcalde lo cuenta así: «Antes venía todo el pueblo».", "cajera")]
    [InlineData("it", "Il mercato resta chiuso fino a maggio. Un pensionato che conosce bene Marco Rossi la pensa diversamente: «Qui nessuno ci ha chiesto niente».", "pensionato")]
    public void AClauseThatBringsInSomeoneElse_LeavesTheUnnamedPersonAside(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.InLanguage(language, "Probe", paragraph)[0]);

    // The noun is an object, or no person's noun: not this reading.
    [Theory]
    [InlineData("en", "Prices rose again in March. She called a neighbour who shops at the market every week: \"Buy half of what you used to.\"", "neighbour")]
    [InlineData("fr", "Le service des urgences ferme la nuit. Elle a appelé une voisine qui travaille dans le service : « On tient, mais jusqu’à quand ? »", "voisine")]
    [InlineData("en", "Prices rose again in March. A notice that hangs at the market every week put it simply: \"Buy half of what you used to.\"", "notice")]
    [InlineData("es", "La tienda cerrará en junio. Un cartel que cuelga en la caja lo dice así: «Cerrado por jubilación».", "cartel")]
    public void AnObjectOrAThing_IsNotTakenByThisReading(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.InLanguage(language, "Probe", paragraph)[0]);

    // A group brought in by its plural noun: no one person is the speaker.
    [Theory]
    [InlineData("en", "Prices rose again in March. Residents who shop at the market every week put it simply: \"We buy half of what we used to.\"", "resident")]
    [InlineData("es", "La tienda cerrará en junio. Unos vecinos que compran allí desde siempre lo cuentan así: «Antes venía todo el pueblo».", "vecino")]
    public void AGroup_IsNoOnePerson(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.InLanguage(language, "Probe", paragraph)[0]);
}
