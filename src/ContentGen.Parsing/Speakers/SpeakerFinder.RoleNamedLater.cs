using System.Collections.Generic;
using ContentGen.Parsing.Quotes;

namespace ContentGen.Parsing.Speakers;

// "Pour le maire, c'est « une chance unique »." in a standfirst, then "Le maire, Jean-Luc Morvan,
// défend le projet …": a role given words before the article names anyone, when no one is in view
// yet, means the role's one holder the article names later. The quote is read in its turn and
// left no one's; once the article is read, the quote reader asks for the holder. A role the article
// gives two people, or no one, stays no one's.
internal sealed partial class SpeakerFinder
{
    // An article leaves few quotes to a role nobody held yet; past this many, no more are kept.
    private const int MaxRolesNamedLater = 8;

    // Each quote left no one's for a role with no holder and no one in view: its paragraph (the
    // count of paragraphs this finder attributed before it), its index there, and the role.
    private readonly List<(int Paragraph, int Quote, Subject Role)> _rolesNamedLater = new(MaxRolesNamedLater);

    // The role the quote being read asked for when nobody held it and no one was in view, if any.
    private Subject _roleNobodyHeld;

    // Paragraphs attributed so far in this article: the index of the one being read.
    private int _paragraphsAttributed;

    // After a quote's chain: keep its role for the end of the article when it found no one, and
    // the sentence names no one in full ("Paul Myers, chief executive of Wippit - … - believes …"
    // gives the role to the name beside it, whoever the article names later).
    private void NoteRoleNamedLater(IReadOnlyList<Token> sentence, int paragraph, int quote, string? speaker, Subject subject)
    {
        if ((speaker is null || string.Equals(speaker, _rankBesideOtherRole, System.StringComparison.Ordinal)) && subject.Kind == SubjectKind.Role && _roleNobodyHeld.IsFound
            && RoleHolders.IsFormOf(_roleNobodyHeld.Text, subject.Text) && _rolesNamedLater.Count < MaxRolesNamedLater && !NamesSomeoneInFull(sentence))
        {
            _rolesNamedLater.Add((paragraph, quote, subject));
        }

        _roleNobodyHeld = Subject.None;
        _rankBesideOtherRole = null;
    }

    // Whether a person's name of two words or more stands in the sentence, outside its quotes; a
    // body's ("La Cofradía de San Telmo suspende …"), or a name after a link or a preposition (a
    // place, a body's complement), leaves the role to whoever holds it.
    private bool NamesSomeoneInFull(IReadOnlyList<Token> sentence)
    {
        for (var i = 0; i + 1 < sentence.Count; i++)
        {
            // "La Cofradía …": a capitalised article opens a body's name or a noun phrase, no person's.
            if (!sentence[i].IsCapitalized || !sentence[i + 1].IsCapitalized || (i > 0 && sentence[i - 1].IsCapitalized)
                || _cues.Is(sentence[i], WordClass.Article))
            {
                continue;
            }

            if (i > 0 && sentence[i - 1].IsLower && (_cues.Is(sentence[i - 1], WordClass.Preposition) || _cues.Words.ContractedArticles.Contains(sentence[i - 1].Span)
                || _cues.Is(sentence[i - 1], WordClass.EmployerLink)))
            {
                continue;
            }

            var run = _cues.Phrase.ReadForward(sentence, i);
            if (run.Kind == SubjectKind.Name && !run.IsOrganisation && !run.IsBody && run.Text.IndexOf(' ') > 0
                && !_cast.IsOrganisation(run.Text) && IsPersonNamed(_names.Complete(run.Text) ?? run.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whom the quote <paramref name="quote"/> of the paragraph <paramref name="paragraph"/> (both
    /// counted from 0 over what this finder attributed) means by a role nobody held when it was read,
    /// now the article is read: the role's one holder, or null.
    /// </summary>
    public string? HolderNamedLater(int paragraph, int quote)
    {
        foreach (var (p, q, role) in _rolesNamedLater)
        {
            if (p == paragraph && q == quote)
            {
                return OneHolder(role);
            }
        }

        return null;
    }

    // The one person the article gave the role, under any of its forms ("sindaco|sindaca"), or null.
    private string? OneHolder(Subject role)
    {
        string? one = null;
        foreach (var form in role.Text.Split('|'))
        {
            var holder = _roles.Holder(form, role.Complement, null, _complete, out var decided);
            if (!decided)
            {
                continue;
            }

            if (holder is null || IsNoPersonsName(holder) || (one is not null && !string.Equals(one, holder, System.StringComparison.Ordinal)))
            {
                return null;
            }

            one = holder;
        }

        return one;
    }

    /// <summary>
    /// Reads the role holders a paragraph after the last that quotes names ("Le maire, Jean-Luc
    /// Morvan, défend le projet."), for the quotes that wait for them; it attributes nothing.
    /// </summary>
    public void ReadRoleHolders(string paragraph)
    {
        var tokens = RentTokens(paragraph.Length / CharactersPerToken);
        var spare = Sentences.SpareForThread;
        var sentences = t_sentences ?? new List<TokenRange>();
        t_sentences = null;
        Sentences.Split(Token.Read(paragraph, System.Array.Empty<QuoteSpan>(), tokens, _cues.Words), sentences, spare);
        foreach (var sentence in sentences)
        {
            _roles.Read(sentence);
        }

        Sentences.Recycle(sentences, spare);
        if (sentences.Capacity <= MaxKeptTokens)
        {
            t_sentences = sentences;
        }

        ReturnTokens(tokens);
    }

    /// <summary>Whether any quote waits for a role's holder named later.</summary>
    public bool AwaitsRoleHolders => _rolesNamedLater.Count > 0;
}
