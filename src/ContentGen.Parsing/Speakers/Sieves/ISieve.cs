using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// One way a sentence links a quote to who said it. Sieves run in order of precision; the first
/// that finds a mention wins, and the cast then says whom the mention means.
/// </summary>
internal interface ISieve
{
    /// <summary>The mention that the quote token at <paramref name="quote"/> is attributed to, or <see cref="Subject.None"/>.</summary>
    Subject Find(IReadOnlyList<Token> sentence, int quote);
}
