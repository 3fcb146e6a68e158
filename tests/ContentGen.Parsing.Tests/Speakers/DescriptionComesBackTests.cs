using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed is quoted and given by their noun ("said a nurse who asked not to be named");
/// a named person speaks; then a sentence opens on the definite article and the same noun ("The
/// nurse was not convinced."). A pronoun or dropped subject at the next cue means the unnamed
/// person again, not the person named in between. A name right after the noun, or another noun,
/// is left to the rules as before.
/// </summary>
public sealed class DescriptionComesBackTests
{
    [Theory]
    [InlineData("\"Nobody told us,\" said a nurse who asked not to be named.", "The director, Dr Jane Roe, defended the plan. \"It is safe,\" she said.",
        "The nurse was not convinced. \"We have heard that before,\" she said.", "nurse")]
    [InlineData("\"Nobody told us,\" said a nurse who asked not to be named.", "The director, Dr Jane Roe, defended the plan. \"It is safe,\" she said.",
        "The nurse on the night shift said staff were exhausted. \"We cannot go on,\" she added.", "nurse")]
    [InlineData("« Personne ne nous a prévenus », soupire une voisine qui préfère taire son nom.", "La directrice, Jeanne Roux, défend le projet. « C’est sûr », assure-t-elle.",
        "La voisine n’est pas convaincue. « On a déjà entendu ça », dit-elle.", "voisine")]
    [InlineData("«Nadie nos avisó», lamenta una vecina que prefiere no dar su nombre.", "La alcaldesa, Marta Suárez, defiende el plan. «Es seguro», aseguró.",
        "La vecina no se lo cree. «Eso ya lo hemos oído», dice.", "vecina")]
    [InlineData("«Nadie nos avisó», lamenta una vecina que prefiere no dar su nombre.", "La alcaldesa, Marta Suárez, defiende el plan. «Es seguro», aseguró.",
        "La vecina del tercero asegura que ya ha visto huellas. «Es un macho», advirtió.", "vecina")]
    [InlineData("«Nessuno ci ha avvisati», lamenta una vicina che preferisce restare anonima.", "La sindaca, Giovanna Rossi, difende il piano. «È sicuro», assicura.",
        "La vicina non ci crede. «L’abbiamo già sentito», dice.", "vicina")]
    [InlineData("«Ninguém nos avisou», lamenta uma vizinha que pediu anonimato.", "A presidente da junta, Marta Sousa, defende o plano. «É seguro», garante.",
        "A vizinha não acredita. «Já ouvimos isso antes», diz.", "vizinha")]
    [InlineData("„Uns hat niemand gewarnt“, klagt eine Nachbarin, die ihren Namen nicht nennen will.", "Die Bürgermeisterin, Marta Sommer, verteidigt den Plan. „Er ist sicher“, sagt sie.",
        "Die Nachbarin glaubt das nicht. „Das haben wir schon oft gehört“, sagt sie.", "Nachbarin")]
    [InlineData("‘Niemand heeft ons gewaarschuwd’, zegt een buurvrouw die anoniem wil blijven.", "De burgemeester, Marja Smit, verdedigt het plan. ‘Het is veilig’, zegt ze.",
        "De buurvrouw gelooft het niet. ‘Dat hebben we vaker gehoord’, zegt ze.", "buurvrouw")]
    public void TheSameNounAgain_AfterSomeoneNamed_IsTheUnnamedPerson(string first, string named, string back, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(first, named, back)[2]);

    // Brought in by an indefinite article without words of their own: "'…,' a nurse on the ward,
    // who asked not to be named, told the paper." (a quote the cue there leaves to no one), or a
    // sentence with no quote.
    [Theory]
    [InlineData("\"Nobody told us,\" a nurse on the ward, who asked not to be named, told the paper.", "The director, Dr Jane Roe, defended the plan. \"It is safe,\" she said.",
        "The nurse who spoke to us disagreed. \"We have heard that before,\" she said.", "nurse")]
    [InlineData("Una enfermera del turno de noche, que pidió el anonimato, denuncia la falta de personal.", "La gerente, Marta Suárez, defiende el plan. «Es seguro», aseguró.",
        "La enfermera del turno de noche no lo ve así. «Eso ya lo hemos oído», advirtió.", "enfermera")]
    [InlineData("Een verpleegkundige van de nachtdienst, die anoniem wil blijven, schreef een brief aan de krant.", "De directeur, Marja Smit, verdedigt het plan. ‘Het is veilig’, zegt ze.",
        "De verpleegkundige is daar niet gerust op. ‘Dat hebben we vaker gehoord’, zegt ze.", "verpleegkundige")]
    public void TheSameNounAgain_AfterAnIndefiniteIntroduction_IsTheUnnamedPerson(string first, string named, string back, string speaker)
    {
        var speakers = QuoteSpeakers.Of(first, named, back);
        Assert.Equal(speaker, speakers[^1]);
    }

    // "Jane Roe is a nurse": the noun says what someone named is, and brings no one in.
    [Fact]
    public void TheSameNounAgain_AfterAPredicate_IsNotAnUnnamedPerson()
        => Assert.NotEqual("nurse", QuoteSpeakers.Of("Jane Roe is a nurse on the ward. She has worked nights for ten years.", "The director, Dr Ann Lee, defended the plan. \"It is safe,\" she said.",
            "The nurse was not convinced. \"We have heard that before,\" she said.")[^1]);

    [Theory]
    [InlineData("\"Nobody told us,\" said a nurse who asked not to be named.", "The director, Dr Jane Roe, defended the plan. \"It is safe,\" she said.",
        "The nurse, Ann Lee, was not convinced. \"We have heard that before,\" she said.", "nurse")]
    [InlineData("«Nadie nos avisó», lamenta una vecina que prefiere no dar su nombre.", "La alcaldesa, Marta Suárez, defiende el plan. «Es seguro», aseguró.",
        "La vecina Rosa Gil no se lo cree. «Eso ya lo hemos oído», dice.", "vecina")]
    [InlineData("„Uns hat niemand gewarnt“, klagt eine Nachbarin, die ihren Namen nicht nennen will.", "Die Bürgermeisterin, Marta Sommer, verteidigt den Plan. „Er ist sicher“, sagt sie.",
        "Die Nachbarin, Anna Roth, glaubt das nicht. „Das haben wir schon oft gehört“, sagt sie.", "Nachbarin")]
    public void TheSameNounWithAName_IsNotTheUnnamedPerson(string first, string named, string back, string noun)
        => Assert.NotEqual(noun, QuoteSpeakers.Of(first, named, back)[2]);

    // "The partnership between artists": a noun further on is not the subject.
    [Fact]
    public void TheSameNounAfterAPreposition_IsNotTheSubject()
        => Assert.NotEqual("volunteers", QuoteSpeakers.Of("\"We love it here,\" said the volunteers.",
            "The collaboration between volunteers and the council is new, according to Ms Jane Roe. \"It works,\" she said.")[^1]);
}
