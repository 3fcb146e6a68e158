using System;

namespace ContentGen.Parsing.Speakers;

// "il viceministro degli Esteri Massimo Cardarelli", "el viceministro de Exteriores Tomás Garrido", "der Vizeminister
// für Verkehr Thomas Gerber": Italian, Spanish, German and Dutch glue a deputy's part to the office it changes, and no
// list holds every compound. Before a portfolio the compound is as much a role as the office itself, so the portfolio
// is no first name there either (NameFacts.PortfolioBeforeName.cs). French, Portuguese and English hyphenate the part
// ("vice-ministre", "vice-ministro", "vice-minister") and are read by the same test.
internal sealed partial class NameFacts
{
    // The office after the deputy's part is a word of its own: "vice|sindaco", "Vize|kanzler", "vice|premier".
    private const int MinOfficeAfterDeputyPart = 5;

    // The longest deputy's part the lexicons list ("adjunct", SpeechWords.DeputyCompoundParts).
    private const int MaxDeputyPart = 7;

    // Whether `word` is a role or a title whole, or a deputy's part ("vice", "Vize", "ex", "oud") glued or hyphenated
    // to one.
    private bool IsRoleOrDeputyRole(ReadOnlySpan<char> word)
    {
        if (_words.RoleNouns.Contains(word) || _words.Titles.Contains(word))
        {
            return true;
        }

        for (var split = 2; split <= MaxDeputyPart && split <= word.Length - MinOfficeAfterDeputyPart; split++)
        {
            var part = word.Slice(0, split);
            if (!(_words.DeputyCompoundParts.Contains(part) || _words.DeputyWords.Contains(part)))
            {
                continue;
            }

            var office = word[split] == '-' ? word.Slice(split + 1) : word.Slice(split);
            if (office.Length >= MinOfficeAfterDeputyPart && (_words.RoleNouns.Contains(office) || _words.Titles.Contains(office)))
            {
                return true;
            }
        }

        return false;
    }
}
