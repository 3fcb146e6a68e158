namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An emphatic pronoun between a subject and its verb ("Jane Roe herself called", "Er selbst nennt", "Els Smit
/// zelf noemde", "Anne Roy elle-même a qualifié", "Ella misma calificó", "Anna Rossi stessa ha definito", "Ela
/// própria classificou") is stepped over as a filler is (the lexicons' <c>Intensifiers</c>). Before, the reader
/// stopped at it and the subject was lost, in every language; after the quote (`said Jane Roe herself`) it read.
/// </summary>
public sealed class IntensifierAfterSubjectTests
{
    [Theory]
    [InlineData("en", "Jane Roe herself called the plan \"a disgrace\".", "Jane Roe")]
    [InlineData("en", "\"It is a disgrace,\" Jane Roe herself said.", "Jane Roe")]
    [InlineData("de", "Anna Roth selbst nannte den Plan „eine Schande“.", "Anna Roth")]
    [InlineData("nl", "Els Smit zelf noemde het plan \"een schande\".", "Els Smit")]
    [InlineData("fr", "Anne Roy elle-même a qualifié le projet de « honte ».", "Anne Roy")]
    [InlineData("es", "Ana Ruiz misma calificó el plan de «vergüenza».", "Ana Ruiz")]
    [InlineData("it", "Anna Rossi stessa ha definito il piano «una vergogna».", "Anna Rossi")]
    [InlineData("pt", "Ana Silva própria classificou o plano de «vergonha».", "Ana Silva")]
    public void ANameWithAnIntensifierBeforeTheVerb_IsTheSpeaker(string language, string sentence, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language) + " " + sentence));

    // A pronoun with its intensifier means the person the sentence before named.
    [Theory]
    [InlineData("en", "Mayor Tom Kerr called a meeting on Monday. He himself calls the brewery \"the living room of the village\".", "Tom Kerr")]
    [InlineData("de", "Bürgermeister Anton Kranz hat einen Runden Tisch einberufen. Er selbst nennt die Brauerei „das Wohnzimmer des Ortes“.", "Anton Kranz")]
    [InlineData("es", "La alcaldesa Ana Ruiz convocó una reunión el lunes. Ella misma calificó el plan de «vergüenza».", "Ana Ruiz")]
    [InlineData("it", "La sindaca Anna Rossi ha convocato una riunione lunedì. Lei stessa ha definito il piano «una vergogna».", "Anna Rossi")]
    [InlineData("pt", "A presidente Ana Silva convocou uma reunião na segunda-feira. Ela própria classificou o plano de «vergonha».", "Ana Silva")]
    public void APronounWithAnIntensifier_IsThePersonNamedBefore(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language) + " " + paragraph));

    // Guards: an intensifier after a thing makes no speaker of it, and reaches no further back than the thing.
    [Theory]
    [InlineData("en", "Jane Roe visited the site on Monday. The plan itself was called \"a disgrace\" in the report.")]
    [InlineData("de", "Anna Roth besuchte am Montag die Baustelle. Der Plan selbst wurde im Bericht „eine Schande“ genannt.")]
    [InlineData("es", "Ana Ruiz visitó la obra el lunes. El plan mismo fue calificado de «vergüenza» en el informe.")]
    [InlineData("it", "Anna Rossi ha visitato il cantiere lunedì. Il piano stesso è stato definito «una vergogna» nel rapporto.")]
    public void AnIntensifierAfterAThing_GivesNoOne(string language, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language) + " " + paragraph));

    // "el mismo día", "lo stesso giorno": the word as "same" before a noun opens no subject.
    [Theory]
    [InlineData("es", "Ese mismo día, el plan fue calificado de «vergüenza» en el informe.")]
    [InlineData("it", "Lo stesso giorno il piano è stato definito «una vergogna» nel rapporto.")]
    public void TheWordAsSameBeforeANoun_GivesNoOne(string language, string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language) + " " + sentence));
}
