namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A person named in full after the verb and at once said to be someone, by a noun for a person
/// right after the name's comma, to the sentence's end or to a relative clause that ends it ("That
/// claim angers Ann Lee, chair of the yacht club."), is brought in: the next pronoun or dropped
/// subject means them, not whoever spoke in the paragraph before (SpeakerFinder.DescribedAfterName.cs).
/// A person who opens the sentence and acts on the name, a clause that goes on after the
/// description, or a description by a noun for a thing leave the pronoun as it was.
/// </summary>
public sealed class DescribedAfterNameTests
{
    [Theory]
    [InlineData("en", "That claim angers Ann Lee, chair of the yacht owners' association. \"We were never consulted,\" she said.", "Ann Lee")]
    [InlineData("fr", "Une annonce qui fait bondir Lucie Vernet, présidente de l'association des plaisanciers. « Nous n'avons jamais été consultés », lance-t-elle.", "Lucie Vernet")]
    [InlineData("de", "Entdeckt hat den Riss Jan Vogt, pensionierter Lehrer aus Nordheim, der seit Jahren am Kai angelt. „Ich dachte zuerst an einen Schatten“, erzählt er.", "Jan Vogt")]
    [InlineData("es", "Una versión que no comparte Ana Gil, bióloga de la Universidad de Valmar. «El muelle es peligroso», explica.", "Ana Gil")]
    [InlineData("it", "Di parere opposto Lucia Neri, biologa dell'Università di Valmara. «Il molo è pericoloso», spiega.", "Lucia Neri")]
    [InlineData("pt", "Uma versão que não convence Rita Lopes, bióloga da Universidade de Valmar. “O cais é perigoso”, explica.", "Rita Lopes")]
    [InlineData("nl", "Op de kade staat ook Anja Veldkamp (44), voorzitter van de vissersvereniging. \"De kade is gevaarlijk\", zegt ze.", "Anja Veldkamp")]
    [InlineData("en", "The crack was found by Ann Lee, a retired teacher from Eastham, who has sailed here for years. \"The quay is not safe,\" she said.", "Ann Lee")]
    public void ANameDescribedAfterItsComma_IsWhomTheNextPronounMeans(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // The experts a report quotes include psychiatrists and hydrogeologists, in each language's
    // professions (both genders where the noun has two forms).
    [Theory]
    [InlineData("fr", "Une annonce qui fait bondir Lucie Vernet, psychiatre à l'hôpital de Valmer. « Nous n'avons jamais été consultés », lance-t-elle.", "Lucie Vernet")]
    [InlineData("de", "Entdeckt hat den Riss Jan Vogt, Hydrogeologe aus Nordheim. „Ich dachte zuerst an einen Schatten“, erzählt er.", "Jan Vogt")]
    [InlineData("es", "Una versión que no comparte Ana Gil, hidrogeóloga de la Universidad de Valmar. «El muelle es peligroso», explica.", "Ana Gil")]
    [InlineData("it", "Di parere opposto Lucia Neri, idrogeologa dell'Università di Valmara. «Il molo è pericoloso», spiega.", "Lucia Neri")]
    [InlineData("it", "Più cauto Marco Dondi, psichiatra all'ospedale di Valmara. «Il molo è pericoloso», osserva.", "Marco Dondi")]
    [InlineData("pt", "Uma versão que não convence Rita Lopes, psiquiatra no hospital de Valmar. “O cais é perigoso”, explica.", "Rita Lopes")]
    [InlineData("nl", "Dat bestrijdt Anja Veldkamp, hydrogeoloog aan de universiteit. \"De kade is gevaarlijk\", zegt ze.", "Anja Veldkamp")]
    public void APsychiatristOrHydrogeologistDescribedAfterTheName_IsWhomTheNextPronounMeans(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Dutch news puts the age in brackets between the name and the comma of its relative clause.
    [Theory]
    [InlineData("nl", "Dat bestrijdt Anja Veldkamp (44), die al twintig jaar een kraam heeft op de kade. \"De kade is gevaarlijk\", zegt ze.", "Anja Veldkamp")]
    [InlineData("nl", "Een van de nieuwe spelers is Yusuf Demir (22), die vorig jaar uit Syrië vluchtte. \"Hier ren je\", zegt hij.", "Yusuf Demir")]
    public void ARelativeClauseAfterABracketedAge_BringsThePersonIn(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Guards: a person opens the sentence and acts on the name, or a pronoun does: the paragraph
    // stays with them, and the pronoun with the earlier speaker.
    [Theory]
    [InlineData("en", "The mayor thanked Sam Lee, chair of the yacht owners' association. \"We were never consulted,\" he said.")]
    [InlineData("en", "He spoke after meeting Ann Lee, chair of the club. \"We were never consulted,\" he said.")]
    [InlineData("fr", "Le maire a remercié Lucie Vernet, présidente de l'association. « Nous n'avons jamais été consultés », lance-t-elle.")]
    [InlineData("it", "Il sindaco ha ringraziato Lucia Neri, biologa dell'Università. «Il molo è pericoloso», ha detto.")]
    [InlineData("es", "El alcalde felicitó a Ana Gil, bióloga de la Universidad de Valmar. «El muelle es peligroso», explica.")]
    [InlineData("pt", "O presidente da câmara agradeceu a Rita Lopes, bióloga da Universidade de Valmar. “O cais é perigoso”, explica.")]
    [InlineData("nl", "De burgemeester bedankte Anja Veldkamp (44), die al twintig jaar een kraam heeft. \"De kade is gevaarlijk\", zegt ze.")]
    [InlineData("de", "Er verwies auf Jan Vogt, Lehrer aus Nordheim. „Ich dachte zuerst an einen Schatten“, erzählt er.")]
    public void APersonOrPronounActingOnTheName_KeepsTheEarlierSpeaker(string language, string paragraph)
        => Assert.Equal(ProbeArticle.EarlierSpeakerName(language), ProbeArticle.LastSpeaker(language, paragraph));

    // Guards: a clause goes on after the description (the name was an object or stood in an opening
    // phrase), or the description's noun is a thing's.
    [Theory]
    [InlineData("en", "The club thanked Sam Lee, its chair, for his work. \"We were never consulted,\" he said.")]
    [InlineData("en", "The ferry sails on to Port Vale, a town in the north. \"We were never consulted,\" he said.")]
    [InlineData("it", "Il club ha premiato Lucia Neri, biologa dell'Università, per il suo lavoro. «Il molo è pericoloso», ha detto.")]
    [InlineData("fr", "Le bateau rejoint ensuite Port-Vendres, une ville du sud. « Nous n'avons jamais été consultés », a-t-il ajouté.")]
    [InlineData("es", "El barco sigue hasta Puerto Valle, un pueblo del norte. «El muelle es peligroso», añadió.")]
    [InlineData("pt", "O barco segue até Porto Vale, uma vila do norte. “O cais é perigoso”, acrescentou.")]
    [InlineData("de", "Die Fähre fährt weiter nach Bergheim, einem Ort im Norden. „Ich dachte zuerst an einen Schatten“, sagte er.")]
    [InlineData("nl", "De veerboot vaart door naar Westkapelle, een dorp in het noorden. \"De kade is gevaarlijk\", zei hij.")]
    public void AClauseGoingOnAListOrAThing_KeepsTheEarlierSpeaker(string language, string paragraph)
        => Assert.Equal(ProbeArticle.EarlierSpeakerName(language), ProbeArticle.LastSpeaker(language, paragraph));
}
