namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// Probe matrix, shape 2: a definite role noun as a cue's subject means the holder the article
/// named with that role before: the same noun, or a synonym from the language's one closed list
/// (Spanish "la alcaldesa" and "la regidora", Italian "il sindaco" and "il primo cittadino"), in
/// an inverted cue, a cue before the quote, or a verb that governs an embedded quote. The noun's
/// gender must agree with what the article shows of the holder.
/// </summary>
public sealed class RoleNounBackReferenceTests
{
    [Theory]
    [InlineData("en", "The mayor of Northbay, Ruth Kemp, defended the plan on Monday. \"We cannot wait any longer,\" the mayor said.", "Ruth Kemp")]
    [InlineData("en", "The works councillor, David Marsh, opened the debate. \"The bridge is safe,\" said the councillor, who has held the post since 2019.", "David Marsh")]
    [InlineData("en", "The mayor of Northbay, Ruth Kemp, defended the plan on Monday. The mayor replied that the figures were \"perfectly clear\".", "Ruth Kemp")]
    [InlineData("fr", "La maire de Valmont, Claire Roussel, a défendu le projet. « Nous ne pouvons plus attendre », a souligné l'édile.", "Claire Roussel")]
    [InlineData("fr", "Le préfet de la Somme, Jean Vasseur, a ouvert la réunion. « Le pont est sûr », a assuré le préfet.", "Jean Vasseur")]
    [InlineData("fr", "La maire de Valmont, Claire Roussel, a défendu le projet. La maire lui a répondu que les chiffres étaient « parfaitement clairs ».", "Claire Roussel")]
    [InlineData("de", "Die Bürgermeisterin von Talheim, Ruth Keller, verteidigte den Plan. „Wir können nicht länger warten“, betonte die Bürgermeisterin.", "Ruth Keller")]
    [InlineData("de", "Der Bürgermeister von Talheim, Jan Vogt, eröffnete die Sitzung. „Die Brücke ist sicher“, sagte der Rathauschef.", "Jan Vogt")]
    [InlineData("es", "La alcaldesa de Villanueva, Rocío Benítez, ha defendido el proyecto. «No podemos esperar más», ha subrayado la regidora.", "Rocío Benítez")]
    [InlineData("es", "El concejal de Obras, David Marín, abrió el debate. «El puente es seguro», afirmó el concejal.", "David Marín")]
    [InlineData("it", "L'assessora all'Ambiente, Chiara Fontana, ha presentato il piano. «Non possiamo più aspettare», ha assicurato l'assessora in apertura di seduta.", "Chiara Fontana")]
    [InlineData("it", "Il sindaco di Valdora, Marco Ferri, ha difeso il progetto. «Il ponte è sicuro», ha sottolineato il primo cittadino.", "Marco Ferri")]
    [InlineData("it", "Il sindaco di Valdora, Marco Ferri, ha difeso il progetto. Il sindaco ha replicato che i numeri sono «molto chiari».", "Marco Ferri")]
    [InlineData("pt", "A presidente da câmara de Vila Nova, Alice Moura, defendeu o projeto. “Não podemos esperar mais”, sublinhou a autarca.", "Alice Moura")]
    [InlineData("pt", "O vereador das Obras, David Martins, abriu o debate. “A ponte é segura”, afirmou o vereador.", "David Martins")]
    [InlineData("pt", "A presidente da câmara de Vila Nova, Alice Moura, defendeu o projeto. A autarca respondeu que os números são “muito claros”.", "Alice Moura")]
    [InlineData("nl", "De burgemeester van Veendam, Ruth Bakker, verdedigde het plan. \"We kunnen niet langer wachten\", benadrukte de burgemeester.", "Ruth Bakker")]
    [InlineData("nl", "De wethouder van Financiën, David Mertens, opende het debat. \"De brug is veilig\", zei de wethouder.", "David Mertens")]
    [InlineData("nl", "De burgemeester van Veendam, Ruth Bakker, verdedigde het plan. De burgemeester antwoordde dat de cijfers \"heel duidelijk\" zijn.", "Ruth Bakker")]
    public void ADefiniteRoleNoun_MeansTheHolderNamedBefore(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Guards: a word for the office of another gender than the holder's ("der Rathauschef" after
    // "die Bürgermeisterin" Ruth Keller) means no one the article named with the role; a role the
    // article gave no one, after a verb that the quote comes before, is not whoever spoke last.
    [Theory]
    [InlineData("de", "Die Bürgermeisterin von Talheim, Ruth Keller, verteidigte den Plan. „Wir können nicht länger warten“, sagte der Rathauschef.", "Ruth Keller")]
    [InlineData("de", "Die Bürgermeisterin von Talheim, Ruth Keller, verteidigte den Plan. „Wir können nicht länger warten“, sagte der Trainer.", "Ruth Keller")]
    [InlineData("de", "Der Plan wurde am Montag vorgestellt. „Wir können nicht länger warten“, sagte der Trainer.", "Paul Wendt")]
    [InlineData("de", "Bürgermeister Jan Vogt verteidigte den Plan. „Das ist ein Fehler“, sagte der Bürgermeister der Nachbarstadt.", "Jan Vogt")]
    [InlineData("de", "Bürgermeister Jan Vogt verteidigte den Plan. „Das ist ein Fehler“, sagte der Bürgermeister von Neudorf.", "Jan Vogt")]
    public void AnotherOfficeOrARoleNoOneWasGiven_DoesNotMeanTheHolderOrTheLastSpeaker(string language, string paragraph, string holder)
        => Assert.NotEqual(holder, ProbeArticle.LastSpeaker(language, paragraph));
}
