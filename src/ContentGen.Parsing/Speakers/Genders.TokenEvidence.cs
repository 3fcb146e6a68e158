using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// The finder cuts each paragraph into classified tokens before the gender evidence is read, and
// the evidence reader cut it into words again and looked many of them up a second time. Evidence
// is only ever a title or a pronoun that gives a gender: a paragraph none of whose words is one
// holds none, and is not read again (on BBC news, about a third of the paragraphs read).
internal sealed partial class Genders
{
    // The classes that make evidence: ReadNow records nothing in a paragraph with no word of them.
    private const WordClass EvidenceClasses = WordClass.MaleTitle | WordClass.FemaleTitle | WordClass.MaleReferent | WordClass.FemaleReferent;

    /// <summary>
    /// Takes the evidence of the next paragraph, as <see cref="Read(string)"/> does, with the
    /// paragraph's tokens: a paragraph with no quote and no word of a title or a gendered pronoun
    /// among its tokens is passed over, since reading it would record nothing.
    /// </summary>
    /// <param name="paragraph">The paragraph's text.</param>
    /// <param name="tokens">Its tokens, read with this reader's speech tables.</param>
    /// <param name="quotes">How many quotes it holds: a quote's words are one token, so only a paragraph without quotes is known by its tokens.</param>
    public void Read(string paragraph, List<Token> tokens, int quotes)
    {
        if (quotes == 0 && !HoldsEvidenceWord(tokens))
        {
            return;
        }

        Read(paragraph);
    }

    // Whether a word the evidence reader would cut from the tokens' text is a title or a gendered
    // pronoun. Outside quotes, every word it cuts lies within one word token: the tokens join
    // letters across the same apostrophes and hyphens, and more. A token it would cut the same way
    // (no full stop, apostrophe or hyphen in it) is answered by the classes read with it; any
    // other is cut and looked up as the evidence reader does.
    private bool HoldsEvidenceWord(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                continue;
            }

            if ((token.Classes & EvidenceClasses) != 0)
            {
                return true;
            }

            var span = token.Span;
            if (IsCutAlike(span))
            {
                continue;
            }

            var reader = new Text.WordReader(span);
            while (reader.Read())
            {
                if ((((WordClass)_words.Classes.Flags(reader.Word)) & EvidenceClasses) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Letters and digits only: the evidence reader's word is the token itself.
    private static bool IsCutAlike(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is '.' or '-' or '\'' or '’')
            {
                return false;
            }
        }

        return true;
    }
}
