using System;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A word elided into the next (Speakers/Elision.cs): the tail after the last apostrophe, the split
/// at the first, with either apostrophe, and no split where the apostrophe has no letter on one side.
/// The search is a plain loop since session 71; these pin what it finds.
/// </summary>
public sealed class ElisionTests
{
    [Theory]
    [InlineData("l'ingénieure", "ingénieure")]
    [InlineData("l’ingénieure", "ingénieure")]
    [InlineData("dell'Interno", "Interno")]
    [InlineData("d'água", "água")]
    [InlineData("z'n", "n")]
    [InlineData("qu'aujourd'hui", "hui")]
    [InlineData("qu’aujourd'hui", "hui")]
    [InlineData("maire", "maire")]
    [InlineData("Kranz'", "")]
    [InlineData("'t", "t")]
    [InlineData("", "")]
    public void Tail_IsTheWordAfterTheLastApostrophe(string word, string expected)
        => Assert.Equal(expected, Elision.Tail(word.AsSpan()).ToString());

    [Theory]
    [InlineData("qu'a", "qu'", "a")]
    [InlineData("d’une", "d’", "une")]
    [InlineData("dell'Interno", "dell'", "Interno")]
    [InlineData("qu'aujourd'hui", "qu'", "aujourd'hui")]
    [InlineData("qu’aujourd'hui", "qu’", "aujourd'hui")]
    public void TrySplit_CutsAtTheFirstApostrophe_KeepingItInTheHead(string word, string head, string tail)
    {
        Assert.True(Elision.TrySplit(word.AsSpan(), out var readHead, out var readTail));
        Assert.Equal(head, readHead.ToString());
        Assert.Equal(tail, readTail.ToString());
    }

    [Theory]
    [InlineData("maire")]
    [InlineData("'t")]
    [InlineData("’s")]
    [InlineData("Kranz'")]
    [InlineData("l'")]
    [InlineData("")]
    public void TrySplit_SplitsNoWordWithoutLettersOnBothSides(string word)
        => Assert.False(Elision.TrySplit(word.AsSpan(), out _, out _));
}
