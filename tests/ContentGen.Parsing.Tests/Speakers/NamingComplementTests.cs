namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A verb of naming, describing or speaking of whose complement is the quote: the name in marks is
/// the word of the subject opening the sentence, "Councillor X called the report "…"", "Stadträtin X
/// bezeichnete den Plan als „…“", "Wethouder X sprak van ‘…’", and a predicate of naming coordinated
/// with the subject's first one, "Il sindaco X ha ringraziato … e ha definito gli arresti «…»"
/// (Cues.NamingComplement.cs). A passive (the one named is no namer), a title in capitals, a
/// preposition the verb does not take, a new subject after the coordinator and words going on after
/// the quote give the subject nothing.
/// </summary>
public sealed class NamingComplementTests
{
    [Theory]
    [InlineData("en", "Councillor Jane Roe called the report \"a white flag on a spreadsheet\".", "Jane Roe")]
    [InlineData("en", "Councillor Jane Roe has called the closure \"a betrayal of the valley\".", "Jane Roe")]
    [InlineData("en", "Councillor Jane Roe described the plan as \"reckless and rushed\".", "Jane Roe")]
    [InlineData("en", "Councillor Jane Roe spoke of \"a betrayal\".", "Jane Roe")]
    [InlineData("de", "Stadträtin Anna Roth nannte die Schließung „einen schwarzen Tag für das Tal“.", "Anna Roth")]
    [InlineData("de", "Stadträtin Anna Roth bezeichnete den Plan als „völlig überhastet“.", "Anna Roth")]
    [InlineData("de", "Stadträtin Anna Roth sprach von „einem Schlag ins Gesicht der Familien“.", "Anna Roth")]
    [InlineData("nl", "Wethouder Jan de Wit noemde het besluit ‘een klap voor de gezinnen’.", "Jan de Wit")]
    [InlineData("nl", "Wethouder Jan de Wit sprak van ‘een voorzichtige omslag’.", "Jan de Wit")]
    [InlineData("nl", "Wethouder Jan de Wit omschreef het plan als ‘een pleister op een open wond’.", "Jan de Wit")]
    [InlineData("fr", "Le maire Jean Roux a qualifié le projet de « pure folie ».", "Jean Roux")]
    [InlineData("fr", "Le maire Jean Roux décrit le chantier comme « un puits sans fond ».", "Jean Roux")]
    [InlineData("es", "La alcaldesa Ana Ruiz calificó la decisión de «comprensible, pero inaceptable».", "Ana Ruiz")]
    [InlineData("es", "La alcaldesa Ana Ruiz definió el plan como «un parche».", "Ana Ruiz")]
    [InlineData("it", "Il sindaco Carlo Neri ha definito gli arresti «una risposta concreta».", "Carlo Neri")]
    [InlineData("pt", "O autarca Rui Lemos classificou a decisão como “tardia, mas necessária”.", "Rui Lemos")]
    [InlineData("pt", "O autarca Rui Lemos descreveu o plano como “um remendo”.", "Rui Lemos")]
    public void NamingQuoted_IsTheSubjects(string language, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Bridge", LanguageLeads.For(language) + " " + sentence));

    // The subject's second predicate, after a coordinator, names the thing: the subject is shared.
    [Theory]
    [InlineData("en", "Councillor Jane Roe thanked the volunteers and called the result \"a small miracle\".", "Jane Roe")]
    [InlineData("de", "Stadträtin Anna Roth dankte den Helfern und nannte das Ergebnis „ein kleines Wunder“.", "Anna Roth")]
    [InlineData("nl", "Wethouder Jan de Wit bedankte de vrijwilligers en noemde de uitslag ‘een klein wonder’.", "Jan de Wit")]
    [InlineData("fr", "Le maire Jean Roux a remercié les bénévoles et a qualifié le résultat de « petit miracle ».", "Jean Roux")]
    [InlineData("es", "La alcaldesa Ana Ruiz agradeció la ayuda y definió el resultado como «un pequeño milagro».", "Ana Ruiz")]
    [InlineData("it", "Il sindaco Carlo Neri ha ringraziato i carabinieri e ha definito gli arresti «una risposta concreta».", "Carlo Neri")]
    [InlineData("pt", "O autarca Rui Lemos agradeceu aos bombeiros e descreveu o resultado como “um pequeno milagre”.", "Rui Lemos")]
    public void NamingInTheSubjectsSecondPredicate_IsTheSubjects(string language, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Bridge", LanguageLeads.For(language) + " " + sentence));

    // Speaking of a thing the quote completes after its article and noun ("parla di una misura «…»"),
    // and a second predicate of saying after the quote ("… and said …").
    [Theory]
    [InlineData("it", "L'Associazione utenti del porto parla di una misura «tardiva e insufficiente».", "Associazione utenti del porto")]
    [InlineData("de", "Stadträtin Anna Roth sprach von einer „bitteren Stunde für das Tal“.", "Anna Roth")]
    [InlineData("en", "Councillor Jane Roe described the vote as \"reckless\" and said the group would appeal.", "Jane Roe")]
    public void NamingBesideItsArticleOrASecondPredicate_IsTheSubjects(string language, string sentence, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Bridge", LanguageLeads.For(language) + " " + sentence)[0]);

    // Guards: a passive, whose subject is the one named, not the namer; a title in capitals after a
    // verb that needs no preposition.
    [Theory]
    [InlineData("de", "Stadträtin Anna Roth sprach nach der Abstimmung. Sie wurde als „Verräterin“ bezeichnet.")]
    [InlineData("nl", "Wethouder Jan de Wit sprak na de stemming. Hij werd ‘een held’ genoemd.")]
    [InlineData("fr", "Le maire Jean Roux a pris la parole après le vote. Il a été qualifié de « traître ».")]
    [InlineData("es", "La alcaldesa Ana Ruiz habló tras la votación. Fue calificada de «traidora».")]
    [InlineData("it", "Il sindaco Carlo Neri ha parlato dopo il voto. È stato definito «un eroe».")]
    [InlineData("pt", "O autarca Rui Lemos falou depois da votação. Foi classificado como “um herói”.")]
    [InlineData("de", "Stadträtin Anna Roth dankte den Helfern und nannte ihren Roman „Der lange Weg“.")]
    public void NoNamer_IsNoOnes(string language, string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Bridge", LanguageLeads.For(language) + " " + sentence));

    // "… e il prefetto ha definito …": a new subject after the coordinator names the arrests, not
    // the one whose predicate came first.
    [Theory]
    [InlineData("it", "Il sindaco Carlo Neri ha ringraziato i carabinieri e il prefetto ha definito gli arresti «una risposta concreta».", "Carlo Neri")]
    [InlineData("en", "Councillor Jane Roe thanked the volunteers and the mayor called the result \"a small miracle\".", "Jane Roe")]
    [InlineData("de", "Stadträtin Anna Roth dankte den Helfern und der Bürgermeister nannte das Ergebnis „ein kleines Wunder“.", "Anna Roth")]
    public void NewSubjectAfterCoordinator_IsNotTheFirsts(string language, string sentence, string first)
        => Assert.DoesNotContain(first, QuoteSpeakers.Under("Bridge", LanguageLeads.For(language) + " " + sentence));
}
