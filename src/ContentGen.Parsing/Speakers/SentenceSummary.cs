using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// What a sentence's tokens hold between them: the union of their word classes, read once as the
/// sentence is split (<see cref="Sentences.Split"/>), where every token already passes.
/// </summary>
/// <remarks>
/// Well over a hundred rules are asked of every sentence, each doing lookups and branches before it
/// finds that the sentence lacks what it reads (a reporting verb, a role noun …). A rule that needs a
/// class asks <see cref="Lacks"/> first and returns before its first read. The summary is a field of
/// the sentence's <see cref="TokenRange"/>, so it allocates nothing. A sentence whose words were read
/// without the speech tables (their classes unknown) has every class: no rule is turned away.
/// </remarks>
internal readonly struct SentenceSummary
{
    private readonly WordClass _classes;

    private SentenceSummary(WordClass classes) => _classes = classes;

    /// <summary>A summary that turns no rule away: for a sentence whose tokens were not summed.</summary>
    public static SentenceSummary Unknown => new((WordClass)~0);

    /// <summary>Whether no token of the sentence has any class of <paramref name="classes"/>: a rule that needs one need not read it.</summary>
    public bool Lacks(WordClass classes) => (_classes & classes) == 0;

    /// <summary>The summary of <paramref name="sentence"/>, or <see cref="Unknown"/> for a list that is no split sentence.</summary>
    public static SentenceSummary Of(IReadOnlyList<Token> sentence) => sentence is TokenRange range ? range.Summary : Unknown;

    /// <summary>The summary of a sentence whose tokens' <see cref="ClassesOf"/> together are <paramref name="classes"/>.</summary>
    public static SentenceSummary Of(WordClass classes) => new(classes);

    /// <summary>
    /// What <paramref name="token"/> adds to its sentence's summary: a word's classes; for a word read
    /// without the tables, which every rule looks up, every class.
    /// </summary>
    public static WordClass ClassesOf(Token token)
        => !token.IsWord ? WordClass.None : (token.Classes & WordClass.Classified) != 0 ? token.Classes : (WordClass)~0;
}
