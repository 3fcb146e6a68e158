using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

// A line of the page's controls has a name's shape: two to five capitalised words alone ("Oui Non" under "Cette page
// vous a-t-elle été utile ?", "Teilen Drucken" under the article). It names nobody, wherever it stands.
internal static partial class AuthorReader
{
    /// <summary>
    /// Whether every word of <paramref name="name"/> is a control's: an answer a feedback question's buttons give
    /// (<c>AnswerWords</c>: "Oui Non", "Ja Nein", "Sim Não") or a share bar's or menu's button (<c>MenuWords</c>:
    /// "Teilen Drucken", "Facebook Twitter"). A person's name holds such a word at most beside a name's word
    /// ("Ana Sim", "Marco Stampa"), never only such words.
    /// </summary>
    private static bool IsControlsLine(ReadOnlySpan<char> name)
    {
        var reader = new WordReader(name);
        while (reader.Read())
        {
            if (!LexiconTables.AnswerWords.Contains(reader.Word) && !LexiconTables.MenuWords.Contains(reader.Word))
            {
                return false;
            }
        }

        return true;
    }
}
