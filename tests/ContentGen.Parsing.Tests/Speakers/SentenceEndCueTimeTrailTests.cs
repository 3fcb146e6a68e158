namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A cue that ends the sentence, away from the quote, may be followed by when the words were said,
/// after a comma ("…, added Paul Marsh, on Monday.", "…, a ajouté Paul Marchand, ce lundi."): the
/// time is a trail, as a name or a relative clause is, and the cue before it gives the speaker. A
/// longer phrase, a capitalised word that is no day, a conjunction or a phrase with no word of time
/// is no such trail.
/// </summary>
public sealed class SentenceEndCueTimeTrailTests
{
    [Theory]
    [InlineData("Piscine fermée", "Certains clubs « ne pourront pas s'entraîner » sans le bassin, a ajouté Paul Marchand, ce lundi.", "Paul Marchand")]
    [InlineData("Piscine fermée", "Les écoles « perdront leurs cours » cet été, a estimé Claire Benoît, hier soir.", "Claire Benoît")]
    [InlineData("Piscine fermée", "Certains clubs « ne pourront pas ramer » sans le lac, a ajouté le président du club, Paul Marchand, mercredi.", "Paul Marchand")]
    [InlineData("Pool shut", "Some clubs \"simply cannot train\" without the pool, added Paul Marsh, on Monday.", "Paul Marsh")]
    [InlineData("Pool shut", "Schools \"will lose their lessons\" this summer, said Claire Bennett, last week.", "Claire Bennett")]
    [InlineData("Pool shut", "Some clubs \"cannot row\" without the lake, added the head of the sports union, Paul Marsh, yesterday.", "Paul Marsh")]
    [InlineData("Piscina cerrada", "Algunos clubes «no podrán entrenar» sin la piscina, añadió Ana Ruiz, el lunes.", "Ana Ruiz")]
    [InlineData("Piscina chiusa", "Alcune società «non potranno allenarsi» senza la vasca, ha aggiunto Marco Rossi, ieri sera.", "Marco Rossi")]
    [InlineData("Piscina fechada", "Alguns clubes «não vão poder treinar» sem a piscina, acrescentou Ana Costa, na segunda-feira.", "Ana Costa")]
    public void ATimeAfterTheCuesSubject_IsATrail(string headline, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under(headline, "La ville ferme la piscine.", paragraph));

    [Theory]
    // A fourth word: a phrase of its own, not a time.
    [InlineData("Pool shut", "Some clubs \"simply cannot train\" without the pool, added Paul Marsh, on a windy Monday.")]
    // A capitalised word that is no day: a place, no time.
    [InlineData("Pool shut", "Some clubs \"simply cannot train\" without the pool, added Paul Marsh, in Leeds.")]
    // A conjunction: a clause of its own.
    [InlineData("Piscine fermée", "Certains clubs « ne pourront pas s'entraîner » sans le bassin, a ajouté Paul Marchand, et lundi.")]
    // No word of time.
    [InlineData("Piscine fermée", "Certains clubs « ne pourront pas s'entraîner » sans le bassin, a ajouté Paul Marchand, sans détour.")]
    public void NoTime_NoTrail(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, "La ville ferme la piscine.", paragraph));
}
