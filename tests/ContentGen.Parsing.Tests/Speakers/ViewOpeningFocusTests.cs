namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A sentence that opens on a view's preposition (for, pour, für, para, per, voor) and names one person in
/// that phrase puts them in focus (SpeakerFinder.ViewHolderFocus.cs): the pronoun or dropped subject of
/// the quote that follows means them, with or without a speaker before. Not taken: a body named in the
/// phrase, a phrase of time, a name after the phrase (the verb's object or the sentence's own subject), a
/// pronoun of the other gender than the holder's role shows, and an "according to" source (left to
/// <see cref="MentionedNewcomerTests"/>). Each row: the paragraphs (" ¶ " between) read in the language
/// given, then the body quotes' speakers in order ("-" for no one).
/// </summary>
public sealed class ViewOpeningFocusTests
{
    [Theory]
    [InlineData("es", "La huelga sigue en los hoteles de la costa. ¶ Para la investigadora Carmen Lozoya, el conflicto era previsible. «El modelo se sostiene sobre salarios bajos», explica.", "Carmen Lozoya")]
    [InlineData("pt", "As vendas caem nas lojas da vila. ¶ Para o economista Henrique Pais, o caso reflete a pressão sobre as vendas. «As operadoras ganham pouco», explica.", "Henrique Pais")]
    [InlineData("it", "Lo sciopero continua negli alberghi della costa. ¶ Per la ricercatrice Carmen Lozzi, il conflitto era prevedibile. «Il modello si regge su salari bassi», spiega.", "Carmen Lozzi")]
    [InlineData("de", "Der Bach ist seit Wochen verschmutzt. ¶ Für den Umweltschützer Vasco Tavares liegt das Problem woanders. „Seit zwanzig Jahren wird hier gebaut“, sagte er.", "Vasco Tavares")]
    [InlineData("de", "Der Stausee ist fast leer. ¶ Für Tobias Rainer vom Verein Klares Wasser liegt das Problem nicht allein am Regen. „Hier wird seit Jahren zu viel bewässert“, sagte er.", "Tobias Rainer")]
    public void APronounOrDroppedSubject_AfterAViewPhraseNamingOnePerson_MeansThem(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    [InlineData("fr", "« Il manque des clients », a déclaré le président de la coopérative, Paul Garnier. ¶ Pour la caissière Anne Ferrand, le problème est ailleurs. « Les gens vont au discount », a-t-elle expliqué.", "Paul Garnier|Anne Ferrand")]
    [InlineData("es", "El alcalde, Pedro Gil, defendió el plan. «Es necesario», dijo. ¶ Para el economista Luis Soto, el plan llega tarde. «Debió aprobarse hace años», explica.", "Pedro Gil|Luis Soto")]
    [InlineData("it", "Il sindaco, Paolo Ferri, ha difeso il piano. «È necessario», ha detto. ¶ Per l'economista Luigi Sotti, il piano arriva tardi. «Andava approvato anni fa», spiega.", "Paolo Ferri|Luigi Sotti")]
    [InlineData("pt", "O presidente da câmara, Pedro Gil, defendeu o plano. «É necessário», disse. ¶ Para o economista Luís Sousa, o plano chega tarde. «Devia ter sido aprovado há anos», explica.", "Pedro Gil|Luís Sousa")]
    [InlineData("nl", "Burgemeester Peter Gall verdedigde het plan. ‘Het is nodig’, zei hij. ¶ Voor econoom Luuk van Dam komt het plan te laat. ‘Het had jaren geleden moeten komen’, zegt hij.", "Peter Gall|Luuk van Dam")]
    [InlineData("de", "„Der See ist nur zu einem Drittel voll“, sagte der Landwirt Armin Kessler. ¶ Für den Umweltschützer Tobias Rainer liegt das Problem nicht allein am Regen. „Hier wird seit Jahren zu viel bewässert“, sagte er.", "Armin Kessler|Tobias Rainer")]
    [InlineData("en", "\"We lack customers,\" said the chairman of the co-operative, Carl Bright. ¶ For the economist Luke Soames, the shop came too late. \"It should have opened years ago,\" he said.", "Carl Bright|Luke Soames")]
    public void AViewPhraseNamingSomeoneNew_TurnsThePronounFromTheSpeakerBefore(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    // A phrase of time, a body named by its kind: no one is the view's holder, the speaker before stays.
    [InlineData("es", "El alcalde, Pedro Gil, defendió el plan. «Es necesario», dijo. ¶ Para el próximo año, el ayuntamiento prevé más obras. «Habrá más calles cortadas», explica.", "Pedro Gil|Pedro Gil")]
    [InlineData("pt", "O presidente da câmara, Pedro Gil, defendeu o plano. «É necessário», disse. ¶ Para a associação Viver Aqui, o plano chega tarde. «Devia ter sido aprovado antes», disse.", "Pedro Gil|Pedro Gil")]
    [InlineData("fr", "Le maire, Pierre Gall, a défendu le plan. « Il est nécessaire », a-t-il dit. ¶ Pour l'association Vivre Ici, le plan arrive trop tard. « Il fallait le faire avant », a-t-il ajouté.", "Pierre Gall|Pierre Gall")]
    [InlineData("nl", "Burgemeester Peter Gall verdedigde het plan. ‘Het is nodig’, zei hij. ¶ Voor de bewoners van de Lindestraat komt het plan te laat. ‘Het had jaren geleden moeten komen’, zegt hij.", "Peter Gall|Peter Gall")]
    // A name after the phrase, the verb's object: no view given.
    [InlineData("it", "Il sindaco, Paolo Ferri, ha difeso il piano. «È necessario», ha detto. ¶ Per tre giorni il comune ha cercato Marco Neri nei boschi. «Lo abbiamo trovato», ha detto.", "Paolo Ferri|Paolo Ferri")]
    // The sentence's own subject named after the phrase is read as before, never the view's holder.
    [InlineData("es", "La huelga sigue en los hoteles de la costa. ¶ Para Carmen Lozoya, Pedro Gil tiene razón. «El modelo se sostiene sobre salarios bajos», explica.", "Pedro Gil")]
    [InlineData("en", "The strike goes on in the hotels. ¶ For Carmen Lowe, Sam Gall was right. \"The model rests on low wages,\" she said.", "Sam Gall")]
    // A pronoun of the other gender than the holder's role shows.
    [InlineData("es", "La huelga sigue en los hoteles de la costa. ¶ Para la alcaldesa Carmen Lozoya, el conflicto era previsible. «El modelo se sostiene sobre salarios bajos», dice él.", "-")]
    [InlineData("de", "Der Bach ist seit Wochen verschmutzt. ¶ Für die Biologin Vera Tavares liegt das Problem woanders. „Seit zwanzig Jahren wird hier gebaut“, sagte er.", "-")]
    // An "according to" source may give figures, not words: left no one's (MentionedNewcomer), as before.
    [InlineData("it", "Il sindaco, Paolo Ferri, ha difeso il piano. «È necessario», ha detto. ¶ Secondo i conti di Anna Rota, il comune perde mille euro al mese. «La gente va al discount», ha spiegato.", "Paolo Ferri|-")]
    public void AViewPhraseNamingNoOneItsHolder_LeavesTheReadingAsBefore(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    // "For example", "Per esempio" and their kin open an example, no view: the place named after them is no holder.
    [InlineData("en", "Mr Gall said the law might let parties reserve seats. For example in Kingsmoor Vale, this might allow only women to stand. \"We cannot go on the same way,\" he said.", "Gall")]
    [InlineData("it", "Il sindaco Paolo Ferri ha difeso il piano. Per esempio a Borgo Alto, le scuole resteranno aperte. «Non possiamo andare avanti così», ha detto.", "Paolo Ferri")]
    [InlineData("es", "El alcalde Pedro Gil defendió el plan. Por ejemplo en Villa Alta, las escuelas seguirán abiertas. «No podemos seguir así», dijo.", "Pedro Gil")]
    [InlineData("pt", "O presidente da câmara, Pedro Gil, defendeu o plano. Por exemplo em Vila Alta, as escolas vão continuar abertas. «Não podemos continuar assim», disse.", "Pedro Gil")]
    [InlineData("fr", "Le maire, Pierre Gall, a défendu le plan. Par exemple à Villeneuve-Haute, les écoles resteront ouvertes. « On ne peut pas continuer ainsi », a-t-il dit.", "Pierre Gall")]
    [InlineData("de", "Der Bürgermeister Peter Gall verteidigte den Plan. Zum Beispiel in Oberhagen bleiben die Schulen offen. „So kann es nicht weitergehen“, sagte er.", "Peter Gall")]
    [InlineData("nl", "Burgemeester Peter Gall verdedigde het plan. Bijvoorbeeld in Hoogeveld blijven de scholen open. ‘Zo kan het niet verder’, zei hij.", "Peter Gall")]
    // A place with no role, trade or gender to show a person: no holder. The speaker before stays in
    // a sentence of their own; across a paragraph the quote stays no one's (MentionedNewcomer's doubt), as before.
    [InlineData("en", "Mr Gall said the plan was needed. For Kingsmoor Vale, the plan comes too late. \"It should have come years ago,\" he said.", "Gall")]
    [InlineData("es", "El alcalde, Pedro Gil, defendió el plan. «Es necesario», dijo. ¶ Para Villa Alta, el plan llega tarde. «Debió aprobarse hace años», explica.", "Pedro Gil|-")]
    [InlineData("it", "Il sindaco, Paolo Ferri, ha difeso il piano. «È necessario», ha detto. ¶ Per Borgo Alto, il piano arriva tardi. «Andava approvato anni fa», ha spiegato.", "Paolo Ferri|-")]
    // A bare name the article shows as no person (no role, trade or people noun before it, no gender, not
    // named before), or a role in a compound no list holds ("zeebioloog"): no holder, no one, as on the base.
    [InlineData("nl", "De kade in de haven wordt langer. ¶ Voor zeebioloog Jelmer de Vries is de uitbreiding vooral een risico. ‘Die plaat is een rustplek’, zegt hij.", "-")]
    [InlineData("en", "The strike goes on in the hotels. ¶ For Carmen Lowe, the conflict was predictable. \"The model rests on low wages,\" she said.", "-")]
    [InlineData("es", "La huelga sigue en los hoteles de la costa. ¶ Para Andrea Lozoya, el conflicto era previsible. «El modelo se sostiene sobre salarios bajos», dice ella.", "-")]
    [InlineData("it", "Lo sciopero continua negli alberghi della costa. ¶ Per Carmen Lozzi, il conflitto era prevedibile. «Il modello si regge su salari bassi», spiega.", "-")]
    public void AViewPrepositionBeforeAPlaceOrAnExample_GivesNoHolder(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);
}
