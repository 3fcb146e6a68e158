using System.Reflection;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Tests;

/// <summary>
/// The overlap and duplicate checks in <see cref="LexiconTests"/> and the speech words' tests see
/// a language's lists through <c>Lists()</c>: a list left out of it would escape them, so every
/// word list a lexicon or its speech words declare must be there, once.
/// </summary>
public sealed class ListCompletenessTests
{
    [Fact]
    public void EveryWordListOfALexicon_IsChecked()
        => Assert.Equal(Declared(typeof(Lexicon)), Lexicon.All[0].Lists().Select(list => list.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void EveryWordListOfTheSpeechWords_IsChecked()
        => Assert.Equal(Declared(typeof(SpeechWords)), Lexicon.All[0].Speech.Lists().Select(list => list.Name).Order(StringComparer.Ordinal));

    private static IEnumerable<string> Declared(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.PropertyType == typeof(string[]))
            .Select(property => property.Name)
            .Order(StringComparer.Ordinal);
}
