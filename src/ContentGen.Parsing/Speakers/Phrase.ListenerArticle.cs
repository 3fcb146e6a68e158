namespace ContentGen.Parsing.Speakers;

// "„…“, sagte Max Brandt den Zuhörern", "sagte Anna Roth dem Gemeinderat": in a language that
// capitalises every noun, an object's article after a name (the lexicon's ObjectArticles that are
// definite: "den", "dem") brings in those spoken to. Dutch "den" ("Joop den Uyl") is a name's, and
// Dutch writes its nouns in lower case, so the reading is German's alone.
internal sealed partial class Phrase
{
    private bool IsListenersArticle(Token token)
        => _words.CapitalisesNouns && token.IsLower && _words.ObjectArticles.Contains(token.Span);
}
