using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A writer who took the photographs too is credited for both in one line, in every language: "Text and photos by",
/// "Texte et photo :", "Text und Fotos von", "Texto y fotos de", "Testo e foto di", "Texto e fotos de", "Tekst en foto:".
/// The name after it is the writer's.
/// </summary>
public sealed class TextAndPhotoCreditTests
{
    [Theory]
    [InlineData("Words and pictures by Jane Roe", "Jane Roe")]
    [InlineData("Text and photos by Jane Roe", "Jane Roe")]
    [InlineData("Texte et photo : Jean Dupont", "Jean Dupont")]
    [InlineData("Texte et photos de Jean Dupont", "Jean Dupont")]
    [InlineData("Text und Foto: Jürgen Albers", "Jürgen Albers")]
    [InlineData("Text und Fotos von Jürgen Albers", "Jürgen Albers")]
    [InlineData("Texto y fotos de María López", "María López")]
    [InlineData("Testo e foto di Marco Rossi", "Marco Rossi")]
    [InlineData("Testo e fotografie: Marco Rossi", "Marco Rossi")]
    [InlineData("Texto e fotos de Ana Costa", "Ana Costa")]
    [InlineData("Tekst en foto: Pieter de Vries", "Pieter de Vries")]
    [InlineData("Tekst en beeld door Pieter de Vries", "Pieter de Vries")]
    public void TextAndPhotoCredit_NamesTheWriter(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));
}
