using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// The organisations of an article's cast, apart from its people: an organisation is never
/// "he" or "she", and "the company", "la empresa" or "it" mean the latest one. A name is known
/// as an organisation by what the article says of it: an organisation noun before it ("the
/// union Unite", "la société Crociere Tirrene") or inside it ("Marlow Vale District Council"),
/// or someone working there ("Harbour Rail chief executive X", "X of Save the Children").
/// </summary>
internal sealed class Cast
{
    private readonly Cues _cues;
    private readonly HashSet<string> _organisations = new(StringComparer.Ordinal);

    public Cast(Cues cues)
    {
        _cues = cues;
    }

    /// <summary>The organisation named last, or null.</summary>
    public string? LastOrganisation { get; private set; }

    /// <summary>The paragraph where <see cref="LastOrganisation"/> was named.</summary>
    public int LastOrganisationParagraph { get; private set; }

    /// <summary>Whether <paramref name="name"/> is an organisation's.</summary>
    public bool IsOrganisation(string name)
    {
        if (_organisations.Contains(name))
        {
            return true;
        }

        var reader = new Text.WordReader(name.AsSpan());
        while (reader.Read())
        {
            if (char.IsUpper(reader.Word[0]) && _cues.Words.OrganisationNouns.Contains(reader.Word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records an organisation named in <paramref name="paragraph"/>.</summary>
    public void Organisation(string name, int paragraph)
    {
        _organisations.Add(name);
        LastOrganisation = name;
        LastOrganisationParagraph = paragraph;
    }

    /// <summary>Reads the organisations a sentence names: an organisation noun, then a name.</summary>
    public void Read(IReadOnlyList<Token> sentence, int paragraph)
    {
        for (var i = 0; i + 1 < sentence.Count; i++)
        {
            var token = sentence[i];
            if (!token.IsLower || !_cues.Words.OrganisationNouns.Contains(token.Span))
            {
                continue;
            }

            // "El sindicato Unión Tecnológica", "la empresa tecnológica Nubia Software"
            var start = i + 1;
            if (start < sentence.Count && sentence[start].IsLower && start + 1 < sentence.Count && sentence[start + 1].IsCapitalized
                && !_cues.Words.Prepositions.Contains(sentence[start].Span) && !_cues.Words.EmployerLinks.Contains(sentence[start].Span)
                && !_cues.Words.Definites.Contains(sentence[start].Span) && !_cues.IsReportingVerb(sentence[start]))
            {
                start++;
            }

            // "The company said Mr Patterson would …": a verb stands between, and a title says a person.
            if (start < sentence.Count && sentence[start].IsCapitalized && !_cues.Words.Titles.Contains(sentence[start].Span))
            {
                var named = _cues.Phrase.ReadForward(sentence, start);
                if (named.Kind == SubjectKind.Name)
                {
                    Organisation(named.Text, paragraph);
                }
            }
        }
    }
}
