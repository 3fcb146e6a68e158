namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A verdict given after the quote as a response is: <c>"…," was the verdict of X</c>, <c>«…», fue la
/// valoración de X</c>, <c>„…“, lautete das Fazit von X</c>, and in the possessive, <c>"…," was Mr
/// Fenwick's assessment</c>. The one whose judgement it is speaks; a verdict passed on someone, or
/// a verdict no one owns, names no speaker.
/// </summary>
public sealed class VerdictAfterQuoteTests
{
    [Theory]
    [InlineData("en", "\"We have waited twenty years for this,\" was the verdict of Mark Fenwick.", "Mark Fenwick")]
    [InlineData("en", "\"We have waited twenty years for this,\" was the assessment of council leader Mark Fenwick.", "Mark Fenwick")]
    [InlineData("es", "«Es una obra que esperábamos desde hace años», fue la valoración de Mario Fuentes.", "Mario Fuentes")]
    [InlineData("de", "„Darauf haben wir zwanzig Jahre gewartet“, lautete das Fazit von Karl Steiner.", "Karl Steiner")]
    [InlineData("nl", "\"Hier hebben we twintig jaar op gewacht\", luidde het oordeel van Kees Dekker.", "Kees Dekker")]
    [InlineData("fr", "« Nous attendions cela depuis vingt ans », fut le constat de Paul Girard.", "Paul Girard")]
    [InlineData("it", "«Un'opera che aspettavamo da vent'anni», è stato il giudizio di Marco Ferri.", "Marco Ferri")]
    [InlineData("pt", "«Esperávamos por isto há vinte anos», foi a avaliação de Rui Matos.", "Rui Matos")]
    public void TheOneWhoseVerdictItIs_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    [Theory]
    [InlineData("\"It was careful, precise and deliberate,\" was Mr Fenwick's verdict.", "Fenwick")]
    [InlineData("\"A clear warning to the leadership,\" was Ann Coyle's assessment.", "Ann Coyle")]
    public void AVerdictInThePossessive_IsItsOwners(string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker("en", paragraph));

    [Theory]
    [InlineData("it", "«Un'opera che aspettavamo da vent'anni»: è il commento del sindaco Marco Ferri.", "Marco Ferri")]
    [InlineData("it", "«Nessuno ci ha chiesto niente»: questo il commento di Paolo Sala.", "Paolo Sala")]
    [InlineData("it", "«Un progetto nato vecchio», il giudizio di Anna Villa.", "Anna Villa")]
    [InlineData("es", "«Es una obra que esperábamos desde hace años»: esa fue la valoración de Mario Fuentes.", "Mario Fuentes")]
    [InlineData("en", "\"We have waited twenty years for this\": the verdict of Mark Fenwick.", "Mark Fenwick")]
    public void AVerdictAfterAColonOrWithoutItsVerb_IsItsOwners(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    [Theory]
    [InlineData("it", "«Un errore che pagheremo caro». È il commento di Lucia Berti, consigliera di opposizione.", "Lucia Berti")]
    [InlineData("it", "«Un errore che pagheremo caro». Questo il commento di Lucia Berti.", "Lucia Berti")]
    [InlineData("es", "«Es un error que pagaremos caro». Fue la valoración de Lucía Benítez.", "Lucía Benítez")]
    [InlineData("en", "\"A mistake we will pay for.\" This was the verdict of Ann Coyle.", "Ann Coyle")]
    public void AVerdictAsTheNextSentence_IsItsOwners(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    [Theory]
    [InlineData("it", "«Un errore che pagheremo caro». Il giudizio di Lucia Berti è netto.")]
    [InlineData("it", "«Un errore che pagheremo caro». Il progetto di Lucia Berti è stato approvato.")]
    [InlineData("en", "\"A mistake we will pay for.\" The verdict on Ann Coyle came later.")]
    public void ANextSentenceAboutAVerdict_NamesNoSpeaker(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraph));

    [Theory]
    // A verdict passed on someone, or one whose owner is not a person or body named.
    [InlineData("en", "\"We have waited twenty years for this,\" was the verdict on Mark Fenwick.")]
    [InlineData("en", "\"We have waited twenty years for this,\" was the verdict of the panel on Mark Fenwick's plan.")]
    [InlineData("en", "\"A clear warning,\" was Ann Coyle's plan for the leadership.")]
    [InlineData("de", "„Darauf haben wir zwanzig Jahre gewartet“, lautete das Urteil über Karl Steiner.")]
    [InlineData("es", "«Es una obra que esperábamos desde hace años», fue la valoración sobre Mario Fuentes.")]
    [InlineData("it", "«Un'opera che aspettavamo da vent'anni»: il commento sul sindaco Marco Ferri.")]
    [InlineData("it", "«Un'opera che aspettavamo da vent'anni», il progetto di Marco Ferri.")]
    [InlineData("en", "\"We have waited twenty years for this\": the plan of Mark Fenwick.")]
    public void AVerdictOnSomeone_NamesNoSpeaker(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraph));
}
