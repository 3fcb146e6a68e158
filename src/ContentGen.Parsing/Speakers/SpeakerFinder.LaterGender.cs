using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

// "“…,” said Ailsa Brodie." … "A spokesman for the port said … “…,” he said." … "Ms Brodie said …": the
// article shows Ailsa Brodie to be a woman, but only after the pronoun. Read in order, her gender is
// still unknown when "he" is asked for, and "he" reaches her. A title or a linked pronoun anywhere in
// the article ("Ms Brodie", "Herr Brandt", "Mme Roux") is what the article shows of that person, in
// every language: a pronoun of the other gender never reaches them.
//
// As the linked pronouns (SpeakerFinder.PronounGender.cs), this evidence only ever excludes: it never
// makes someone a pronoun's antecedent, so that a title read ahead changes no choice between people
// of the pronoun's own gender.
internal sealed partial class SpeakerFinder
{
    // The article's paragraphs up to its last quoting one, given before the first is read; null when not given.
    private IReadOnlyList<TextBlock>? _aheadParagraphs;
    private int _aheadLast = -1;
    // The gender evidence of all those paragraphs, read at the first pronoun that asks for it, when
    // the paragraphs given to Attribute are not their first (the finder's own evidence reads them else).
    private Genders? _aheadGenders;
    private bool _aheadRead;

    /// <summary>
    /// Gives the article's paragraphs before the first is attributed, so that a gender the article shows
    /// only later ("Ms Brodie" after "he said") still keeps a pronoun of the other gender from that person.
    /// </summary>
    /// <param name="paragraphs">The article's paragraphs.</param>
    /// <param name="last">The index of the last paragraph whose evidence counts.</param>
    public void ReadAhead(IReadOnlyList<TextBlock> paragraphs, int last)
    {
        _aheadParagraphs = paragraphs;
        _aheadLast = System.Math.Min(last, paragraphs.Count - 1);
        _aheadRead = false;
    }

    private void ClearAhead()
    {
        _aheadParagraphs = null;
        _aheadLast = -1;
        _aheadRead = false;
        _aheadGenders?.Clear();
    }

    // The gender the whole article shows `name` to be of, by a title before its last word or a pronoun
    // linked to it; unknown when the paragraphs were not given, or the surname is shared by two people.
    private Gender LaterGenderOf(string name)
    {
        if (_aheadParagraphs is null || IsAmbiguousLater(name))
        {
            return Gender.Unknown;
        }

        // The paragraphs given so far are the article's first: the finder's own evidence reads on
        // past them, and one reading of each paragraph serves both questions.
        if (_genders.ReadsAhead || (!_aheadRead && _genders.ReadAhead(_aheadParagraphs, _aheadLast)))
        {
            return _genders.OfWholeArticle(name);
        }

        if (!_aheadRead)
        {
            _aheadRead = true;
            _aheadGenders ??= new Genders(_cues.Words);
            _aheadGenders.Clear();
            for (var p = 0; p <= _aheadLast; p++)
            {
                _aheadGenders.Read(_aheadParagraphs[p].Text);
            }
        }

        return _aheadGenders!.Of(name);
    }

    private bool IsAmbiguousLater(string name)
        => name.LastIndexOf(' ') is var space and > 0 && _plausibility.IsAmbiguousSurname(name.Substring(space + 1));
}
