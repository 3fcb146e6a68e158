using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Skyline Air, a regional airline based in Harwick, …", "Valmont, une entreprise installée à
// Brienne, …", "Tubalis, una empresa radicada en Soria, …", "Vlotman, een bedrijf gevestigd in
// Harwijk, …": the body's noun heads the appositive when a participle that places or dates the
// body (the lexicons' SeatParticiples) goes on after it, as it does before a preposition; the
// appositive's noun is then the body's kind, which "the airline", "l'entreprise", "la empresa"
// later mean (Cast.NamedByKind).
// Stops: only a listed participle, and only before a preposition or a number ("based in Leeds",
// "founded in 1990", "fondée en 1990"). Any preposition passes, not only a place's (the lexicons'
// Locatives): the noun before the participle is still the body's kind, whatever follows. "An
// airline hit by strikes" (no listed participle) and "a council member based in Leeds" (a
// person's role, which ApposedNoun turns away before the noun) are read as before.
internal sealed partial class Cast
{
    private bool SeatedAfter(IReadOnlyList<Token> sentence, int participle)
    {
        if (!_cues.Words.SeatParticiples.Contains(sentence[participle].Span) || participle + 1 >= sentence.Count)
        {
            return false;
        }

        var next = sentence[participle + 1];
        return char.IsDigit(next.First)
            || (next.IsWord && next.IsLower && (_cues.Words.Locatives.Contains(next.Span) || _cues.Is(next, WordClass.Preposition)));
    }
}
