using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers.Vocabulary;

/// <summary>
/// Puts one reporting verb of a language into the shapes that language's news writes it in, with
/// an invented speaker: after the quote with the name (<c>„…“, räumte X ein.</c>), the name before
/// a colon (<c>X räumte ein: „…“</c>) and a pronoun or a dropped subject after a sentence that
/// names her (<c>„…“, räumte sie ein.</c>, <c>«…», admitió.</c>). A verb is written as a template
/// whose <c>{S}</c> marks where its subject stands after the quote.
/// </summary>
internal static class VerbShapes
{
    /// <summary>The shapes' names, in the order <see cref="Misread"/> reads them.</summary>
    public static readonly string[] Names = ["after the quote", "name before a colon", "pronoun"];

    /// <summary>The shapes in which <paramref name="template"/> does not give the speaker, each with what was read; empty when all do.</summary>
    public static string[] Misread(string language, string template)
    {
        var speech = Speech.For(language);
        var misread = new List<string>();
        Check(Names[0], ConstructionProbe.Speakers(language, After(speech, template.Replace("{S}", speech.Name))));
        Check(Names[1], ConstructionProbe.Speakers(language, Colon(speech, template)));
        Check(Names[2], ConstructionProbe.Speakers(language, speech.Scene + " " + After(speech, PronounPhrase(speech, template))));
        return misread.ToArray();

        void Check(string shape, string?[] speakers)
        {
            var last = speakers.Length == 0 ? "(no quote)" : speakers[speakers.Length - 1] ?? "(none)";
            if (!string.Equals(last, speech.Name, StringComparison.Ordinal))
            {
                misread.Add(shape + " -> " + last);
            }
        }
    }

    /// <summary>The quote, then <paramref name="phrase"/>: its verb and subject (English writes the quote's comma inside its marks).</summary>
    public static string After(Speech speech, string phrase)
        => speech.Language == "en"
            ? speech.Open + speech.Quote + "," + speech.Close + " " + Tidy(phrase) + "."
            : speech.Open + speech.Quote + speech.Close + ", " + Tidy(phrase) + ".";

    /// <summary>The name, the verb, a colon and the quote: <c>X räumte ein: „…“</c>.</summary>
    public static string Colon(Speech speech, string template)
        => speech.Name + " " + Tidy(template.Replace("{S}", string.Empty)) + speech.ColonSpace + ": " + speech.Open + speech.Quote + "." + speech.Close;

    // The pronoun's place: German puts it before a reflexive "sich" that a name follows, French joins it to
    // the verb's first word ("a-t-elle reconnu", "dit-elle", "s'est-elle félicitée"), Spanish, Italian and
    // Portuguese drop it.
    private static string PronounPhrase(Speech speech, string template)
    {
        switch (speech.Language)
        {
            case "de":
                return template.Contains("sich {S}", StringComparison.Ordinal)
                    ? template.Replace("sich {S}", speech.Pronoun + " sich")
                    : template.Replace("{S}", speech.Pronoun);
            case "fr":
                var space = template.IndexOf(' ');
                var first = space < 0 ? template : template.Substring(0, space);
                var rest = space < 0 ? string.Empty : template.Substring(space).Replace("{S}", string.Empty);
                var link = first.EndsWith('a') || first.EndsWith('e') ? "-t-" : "-";
                return first + link + speech.Pronoun + rest;
            case "es" or "it" or "pt":
                return template.Replace("{S}", string.Empty);
            default:
                return template.Replace("{S}", speech.Pronoun);
        }
    }

    private static string Tidy(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" ", words);
    }

    /// <summary>A language's invented speaker, her pronoun, a scene that names her and a quote.</summary>
    internal sealed record Speech(string Language, string Name, string Pronoun, string Scene, string Quote, string Open, string Close, string ColonSpace)
    {
        public static Speech For(string language) => language switch
        {
            "de" => new("de", "Katrin Lohse", "sie", "Katrin Lohse besuchte am Montag den Markt.", "Wir haben lange genug gewartet", "„", "“", string.Empty),
            "fr" => new("fr", "Claire Maury", "elle", "Claire Maury a visité le marché lundi.", "Nous avons assez attendu", "« ", " »", " "),
            "es" => new("es", "Lucía Ferrer", "ella", "Lucía Ferrer visitó el mercado el lunes.", "Hemos esperado bastante", "«", "»", string.Empty),
            "it" => new("it", "Giulia Conti", "lei", "Giulia Conti ha visitato il mercato lunedì.", "Abbiamo aspettato abbastanza", "«", "»", string.Empty),
            "pt" => new("pt", "Marta Lobo", "ela", "Marta Lobo visitou o mercado na segunda-feira.", "Já esperámos tempo suficiente", "«", "»", string.Empty),
            "nl" => new("nl", "Sanne Visser", "ze", "Sanne Visser bezocht maandag de markt.", "We hebben lang genoeg gewacht", "\"", "\"", string.Empty),
            _ => new("en", "Ruth Alder", "she", "Ruth Alder visited the market on Monday.", "We have waited long enough", "\"", "\"", string.Empty),
        };
    }
}
