using ContentGen.Naming;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Tests.Robustness;

/// <summary>Type names are valid C# identifiers whatever the title, file name or metadata.</summary>
public sealed class IdentifierTests
{
    [Theory]
    [MemberData(nameof(NastyStrings.Names), MemberType = typeof(NastyStrings))]
    public void RequestedName_IsAValidIdentifier_ForAnyTitleFileNameOrMetadata(string name)
    {
        var text = NastyStrings.Get(name);
        AssertValid(TypeNames.Request("seeds/001.txt", text, null));
        AssertValid(TypeNames.Request("seeds/" + text + ".txt", "Plain title", null));
        AssertValid(TypeNames.Request("seeds/001.txt", "Plain title", text));
    }

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("string", "@string")]
    [InlineData("2024", "_2024")]
    [InlineData("Name", "Name")]
    [InlineData("Bad\u202EName", "BadName")]
    [InlineData("Zero\u200BWidth", "ZeroWidth")]
    [InlineData("not valid", "")]
    public void MakeValid_PrefixesKeywordsAndDigits_AndDropsFormatCharacters(string input, string expected)
        => Assert.Equal(expected, Identifier.MakeValid(input));

    private static void AssertValid(string identifier)
    {
        Assert.True(SyntaxFacts.IsValidIdentifier(identifier.TrimStart('@')), $"'{identifier}' is not an identifier");
        Assert.Equal(
            identifier.StartsWith('@'),
            SyntaxFacts.GetKeywordKind(identifier.TrimStart('@')) != SyntaxKind.None);

        // Format characters are legal in identifiers but invisible (and C# ignores them when it
        // compares names), so a name with one could hide a reordering or collide unseen.
        Assert.DoesNotContain(identifier, c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
    }
}
