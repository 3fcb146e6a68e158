using System;
using ContentGen.Parsing.Quotes;

namespace ContentGen.Parsing.Speakers;

// The headline is read before the article: whom it names saying something, and whom it is about,
// which a quote in the standfirst may take as its speaker (S10).
internal sealed partial class SpeakerFinder
{
    // The headline's one person, the article's first mention, whom a role or pronoun of the
    // opening paragraphs means if the body has named no one before it.
    private void ReadHeadline(string? headline)
    {
        if (headline is null)
        {
            return;
        }

        var tokens = RentTokens(headline.Length / CharactersPerToken);
        Token.Read(headline, QuoteScanner.Scan(headline).Quotes, tokens, _cues.Words);

        // Read as a range, as a sentence is: the phrase readers' calls through IReadOnlyList<Token>
        // then meet one type, which the compiler calls directly instead of through the interface.
        _headlineRange.Reset(tokens, 0, tokens.Count);
        var person = HeadlinePerson.Find(_headlineRange, _cues, _isPersonNamed, out var start, out var afterTopic, out var afterSlash);

        // "Jean Dupont veut « … »": one verb between the name and the quote says the words;
        // "Singer Jane Roe 'in gig row'" puts a claim about her next to her name, and
        // "Roe défend sa loi « … »" quotes what the verb's object is called. Read before the
        // tokens go back.
        var said = -1;
        var verb = person is null ? -1 : start + Text.Words.Count(person.AsSpan(), int.MaxValue);
        if (verb >= 0 && verb + 1 < tokens.Count && tokens[verb].IsLower && tokens[verb + 1].Kind == TokenKind.Quote)
        {
            said = tokens[verb + 1].QuoteIndex;
        }

        ReturnTokens(tokens);
        if (person is null)
        {
            return;
        }

        // "Logement / Girard : le projet …", "Logement : Girard défend …": after a topic, a surname
        // alone is the one full name the body gives for it; opening the headline it may be an
        // adjective's neighbour or anyone's, and after a verb its object ("Le maire critique
        // Girard"), so it is not read there.
        if (person.IndexOf(' ') < 0)
        {
            if (!afterTopic || _plausibility.FullNameOf(person) is not { } surnamed)
            {
                return;
            }

            _state.Mentioned(surnamed);
            _headlinePerson = surnamed;
            _headlineSaid = said;
            return;
        }

        // "Furious Hollis blasts referees": a headline's first word may be an adjective, so a
        // name opening it counts only as the full name the body gives for its surname; a name
        // after a topic or a verb ("Immigration : Jean Dupont défend …") counts as it stands.
        // A surname alone is not read, and nothing is registered as a name: the headline's
        // "Classy Hollis" would make "Hollis" ambiguous.
        // After a slash an agency puts places and clubs as often as people ("Football / Saint
        // Brieuc :"): there, only the full name the body gives.
        var mentioned = _plausibility.FullNameOf(LastWord(person)) ?? (start > 0 && !afterSlash ? person : null);
        if (mentioned is not null)
        {
            _state.Mentioned(mentioned);
            _headlinePerson = mentioned;
            _headlineSaid = said;
        }
    }

    // The headline's opening name, by its last word: "Moss begins pre-election tour" gives
    // Moss. Null when the headline opens with anything else.
    private static string? HeadlineSubject(string? headline, Cues cues)
    {
        if (headline is null)
        {
            return null;
        }

        string? last = null;
        var end = 0;
        var reader = new Text.WordReader(headline.AsSpan());
        while (reader.Read() && char.IsUpper(reader.Word[0]) && (last is null || IsOnlySpace(headline, end, reader.Start)))
        {
            if (cues.Words.NotNames.Contains(reader.Word) || Structure.Stopwords.IsStopword(reader.Word))
            {
                return null;
            }

            last = reader.Word.ToString();
            end = reader.Start + reader.Length;
        }

        return last;
    }

    /// <summary>
    /// The person the headline this finder was given names as its subject, when the headline's
    /// quote numbered <paramref name="quote"/> follows that name after one lower-case word (a
    /// verb: "veut", "urges"); otherwise null.
    /// </summary>
    public string? HeadlinePersonBefore(int quote) => quote == _headlineSaid ? _headlinePerson : null;
}
