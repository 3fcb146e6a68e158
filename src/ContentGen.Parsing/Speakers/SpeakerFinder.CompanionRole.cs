using System;

namespace ContentGen.Parsing.Speakers;

// "Mark Fenton came with the chairwoman, Laura Pike.", "Paul Berger kam mit der Lehrerin Anna Roth.",
// "Paulo Neves chegou com a presidente da câmara, Ana Lopes.": the companion's own role shows her
// gender as a title would ("with Mrs Laura Pike"), either by its form (FemaleRoleNouns, MaleRoleNouns,
// the titles) or by the article that shows a gender before it (EpithetFeminineArticles, "a
// presidente"). The role-holder reading never sees it: a role after a preposition's article may be
// someone else's ("the husband of the chairwoman"), so it shows nothing there.
//
// Stops: only the role that opens the companion phrase counts (the companion word, an article at
// most, then the role), so "with the husband of the chairwoman, Tom Pike" shows nothing of Tom Pike;
// the name must follow within a few words and commas, as in PronounRival.
internal sealed partial class SpeakerFinder
{
    // "com a presidente da câmara, Ana Lopes": companion word, article, role, a link and its body, a
    // comma, the given name, the surname.
    private const int CompanionRoleReach = 8;

    // The gender the role opening the companion phrase before `surname` in `sentence` shows, or
    // unknown when `surname` is no companion or its role shows none. Bounded as IsCompanion.
    private Gender CompanionRoleGender(TokenRange sentence, string surname)
    {
        for (var i = 1; i < sentence.Count && i < Cues.MaxReach; i++)
        {
            if (!sentence[i].IsCapitalized || !sentence[i].Span.Equals(surname.AsSpan(), StringComparison.Ordinal))
            {
                continue;
            }

            for (var k = i - 1; k >= 0 && k >= i - CompanionRoleReach && (sentence[k].IsWord || sentence[k].Kind == TokenKind.Comma); k--)
            {
                if (sentence[k].IsWord && sentence[k].IsLower && _cues.Words.CompanionWords.Contains(sentence[k].Span))
                {
                    return RoleGenderAt(sentence, k + 1, i);
                }
            }
        }

        return Gender.Unknown;
    }

    // The gender shown by the role at `at` (or after an article there), before the name at `name`.
    private Gender RoleGenderAt(TokenRange sentence, int at, int name)
    {
        if (at >= name || !sentence[at].IsWord)
        {
            return Gender.Unknown;
        }

        var article = ArticleGender(sentence[at].Span);
        var role = article != Gender.Unknown || _cues.Is(sentence[at], WordClass.Article) ? at + 1 : at;

        if (role >= name || !sentence[role].IsWord)
        {
            return Gender.Unknown;
        }

        var noun = Elision.Tail(sentence[role].Span);
        if (_cues.Words.FemaleRoleNouns.Contains(noun) || _cues.Words.FemaleTitles.Contains(noun))
        {
            return Gender.Female;
        }

        if (_cues.Words.MaleRoleNouns.Contains(noun) || _cues.Words.MaleTitles.Contains(noun))
        {
            return Gender.Male;
        }

        return article != Gender.Unknown && _cues.Words.RoleNouns.Contains(noun) ? article : Gender.Unknown;
    }
}
