namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A sentence that puts its predicate first and its subject after it, with or without a verb
/// (<c>Preoccupata anche Lucia Bernasconi, presidente dell'associazione Salute Vicina.</c>,
/// <c>Preocupada también está Lucía Bernal, …</c>): the person named is its subject, whom a dropped
/// subject or pronoun in the next sentence means. A name inside the person's appositive is what
/// the appositive names, not a second person.
/// </summary>
public sealed class PredicateFirstSubjectTests
{
    [Theory]
    [InlineData("it", "Preoccupata anche Lucia Bernasconi, presidente dell'associazione di pazienti Salute Vicina. «La gente comincerà a chiedersi se valga la pena telefonare», afferma.", "Lucia Bernasconi")]
    [InlineData("it", "Soddisfatto anche il sindaco Gianni Valli. «Il cantiere partirà a maggio», ha detto.", "Gianni Valli")]
    [InlineData("it", "Preoccupata è anche Lucia Bernasconi, presidente dell'associazione di pazienti Salute Vicina. «La gente avrà paura di telefonare», afferma.", "Lucia Bernasconi")]
    [InlineData("es", "Preocupada también está Lucía Bernal, presidenta de la asociación de pacientes Salud Cercana. «La gente empezará a dudar si llamar», afirma.", "Lucía Bernal")]
    [InlineData("es", "Satisfecho también el alcalde, Luis Pardo, presidente de la Mancomunidad del Valle. «Es una buena noticia», dijo.", "Luis Pardo")]
    [InlineData("pt", "Preocupada está também Luísa Bernardes, presidente da associação de doentes Saúde Perto. “As pessoas vão hesitar em ligar”, afirma.", "Luísa Bernardes")]
    public void ThePersonAfterThePredicate_IsWhomTheNextCueMeans(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Guards: a second person joined after the appositive, or a predicate that is a function word
    // ("Con anche …", a preposition's object), brings in no one alone.
    [Theory]
    [InlineData("it", "Presenti anche Lucia Bernasconi, presidente dell'associazione Salute Vicina, e Marco Dellavalle. «La gente avrà paura di telefonare», afferma.")]
    [InlineData("it", "Con anche Lucia Bernasconi al tavolo si è discusso a lungo. «La gente avrà paura di telefonare», afferma.")]
    public void NoSinglePersonAfterThePredicate_IsNoOne(string language, string paragraph)
        => Assert.NotEqual("Lucia Bernasconi", ProbeArticle.LastSpeaker(language, paragraph));
}
