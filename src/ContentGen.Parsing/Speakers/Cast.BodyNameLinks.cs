using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

// "L'association Bus pour Tous a lancé une pétition", "The charity Amigos del Parque has written":
// right after the noun that introduces a body, its name goes on over what a body's name holds
// between its capitalised words: any language's links ("des", "del"), with their article, and the
// prepositions of what the body is for or against (SpeechWords.BodyNameLinks: "pour", "against"),
// as a foreign body's name is written in its own language in any article. Read only there
// (Cast.ThroughLinkedWords): after a person's name "pour France Bleu" is whom they spoke to, and
// it stays outside the name. A link before a lower-case word ("Vélos Libres pour le climat") or a
// place's preposition ("Unite at Kelbridge") ends the name.
internal sealed partial class Cast
{
    // Every language's links and prepositions hold the document language's own: "der Verein Bus pour
    // Tous", "de vereniging Parents against Potholes" keep their own language's words in any article.
    private static bool IsBodyNameLink(Token token)
        => SpeechTables.All.BodyNameLinks.Contains(token.Span) || SpeechTables.All.OrganisationLinks.Contains(token.Span);

    // The article after a link, of the document's language or any other: "de la", "de los".
    private static bool IsBodyNameArticle(Token token) => SpeechTables.All.Definites.Contains(token.Span);
}
