using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Lists documented as a part of another ("of the organisation nouns, a business's") hold no word
/// the larger list lacks: a word only in the part would never be read as an organisation's noun,
/// so the part's rule would never see it.
/// </summary>
public sealed class SpeechListNestingTests
{
    public static TheoryData<string> Languages()
    {
        var data = new TheoryData<string>();
        foreach (var lexicon in Lexicon.All)
        {
            data.Add(lexicon.Language);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryCompanyNoun_IsAnOrganisationNoun(string language)
    {
        var speech = Lexicon.All.Single(lexicon => lexicon.Language == language).Speech;
        var nouns = new HashSet<string>(speech.OrganisationNouns, StringComparer.OrdinalIgnoreCase);
        var missing = speech.CompanyNouns.Where(word => !nouns.Contains(word));
        Assert.Empty(missing);
    }
}
