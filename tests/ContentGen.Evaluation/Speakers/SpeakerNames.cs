using System.Text;

namespace ContentGen.Evaluation.Speakers;

/// <summary>Decides whether the reader's speaker is the labelled one.</summary>
public static class SpeakerNames
{
    /// <summary>
    /// Whether <paramref name="given"/> is right for <paramref name="label"/>: no speaker where the label
    /// expects nobody, else the speaker or one of the aliases, compared without regard to case, runs of
    /// white space, Unicode composition, or a typographic apostrophe for a straight one.
    /// </summary>
    public static bool IsRight(SpeakerLabel label, string? given)
    {
        if (label.ExpectsNobody)
        {
            return string.IsNullOrWhiteSpace(given);
        }

        if (string.IsNullOrWhiteSpace(given))
        {
            return false;
        }

        var answer = Normalise(given!);
        return string.Equals(answer, Normalise(label.Speaker), StringComparison.OrdinalIgnoreCase)
            || label.Aliases.Any(alias => string.Equals(answer, Normalise(alias), StringComparison.OrdinalIgnoreCase));
    }

    private static string Normalise(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c == '\u2019' ? '\'' : c);
            }
        }

        return text.ToString().TrimEnd();
    }
}
