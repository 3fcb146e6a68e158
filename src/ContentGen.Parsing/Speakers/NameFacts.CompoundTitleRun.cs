using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Verbundsprecher Thomas Reimold", "Marktleiterin Ute Kranz", "Fractiewoordvoerder Els Dijk": where
// titles are compounded into one word (German, Dutch), a run of three capitals whose first word ends in
// a title (SpeechTables.TitleEnds) or a trade (SpeechTables.TradeEnds) gives the full name after it.
// The compound is no list's word, so it was read as a first name, the run had three words, and the
// article's full name went unrecorded: its surname alone ("Reimold schließt nicht aus …") was then
// nobody's, and a pronoun after it went back to whoever was quoted before.
// "Klinikchef Oberle gibt sich zuversichtlich. „…“, sagte der 52-Jährige.": the same compound before a
// surname alone is no first name either. Read as one, it made a second full name of that surname, so
// the surname named no one: the sentence left nobody in focus, and the age, pronoun or epithet after it
// meant no one.
// "Schiedsrichter Tobias Lenzinger": a compound on a role noun that is no title ("Richter") too (SpeechTables.RoleEnds).
internal sealed partial class NameFacts
{
    private bool OpensOnCompoundTitle(string paragraph, List<(int Start, int Length)> words, int start)
    {
        // The tables hold no such ends for a language that does not compound titles.
        var word = paragraph.AsSpan(words[start].Start, words[start].Length);
        return _words.TitleEnds.EndsAny(word) || _words.TradeEnds.EndsAny(word) || _words.IsRoleCompound(word);
    }
}
