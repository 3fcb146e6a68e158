using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The gender evidence of the paragraph the finder reads now takes its words' classes from the tokens the
/// finder lends (<see cref="Genders.LendTokens"/>), which were looked up in the same table as they were read,
/// instead of looking each word up again. The evidence must be the same as without them: a word the tokens
/// hold otherwise (inside a quote, cut differently), tokens read without the tables, and tokens of another
/// paragraph are looked up as before.
/// </summary>
public sealed class GendersFromTokensTests
{
    private static List<Token> TokensOf(string paragraph, SpeechTables tables)
        => Token.Read(paragraph, QuoteScanner.Scan(paragraph).Quotes, new List<Token>(), tables);

    private static Genders Looked(string language, string paragraph)
    {
        var genders = new Genders(SpeechTables.For(language));
        genders.Read(paragraph);
        return genders;
    }

    private static Genders Lent(string language, string paragraph, List<Token> tokens)
    {
        var genders = new Genders(SpeechTables.For(language));
        genders.Read(paragraph);
        genders.LendTokens(tokens);
        return genders;
    }

    // Every question the finder asks of the evidence, of every word of the paragraph.
    private static void AssertSameEvidence(string paragraph, Genders looked, Genders lent)
    {
        var reader = new WordReader(paragraph.AsSpan());
        while (reader.Read())
        {
            var word = reader.Word.ToString();
            Assert.Equal(looked.Of(word), lent.Of(word));
            Assert.Equal(looked.IsTitled(word), lent.IsTitled(word));
            Assert.Equal(looked.IsTitledSurname(word), lent.IsTitledSurname(word));
            Assert.Equal(looked.IsTitledFirstName(word), lent.IsTitledFirstName(word));
        }
    }

    [Theory]
    // A title before a name, a pronoun after the sentence's opening name, a title inside a quote (one token:
    // its words are looked up), a title before a first name.
    [InlineData("en", "Mr Vale met Mrs Roe at the port. Ann Lee said she was pleased. \"Ms Kay Brandt will come,\" said Sir Alan.",
        "Vale:Male Roe:Female Lee:Female Brandt:Female Alan:Male")]
    // "Hier M. Girard": the tokeniser keeps the stop with the initial it takes "M" for ("M."), the word is "M".
    [InlineData("fr", "Hier M. Girard a reçu Mme Vautrin. Anne Morel est arrivée à midi. « Mme Claire Dumas viendra », a-t-elle dit.",
        "Girard:Male Vautrin:Female Morel:Female Dumas:Female")]
    [InlineData("de", "Frau Vogt traf Herr Berger am Hafen. „Frau Anke Roth kommt“, sagte Bürgermeisterin Gisela Pfaffinger (Freie Wähler).",
        "Vogt:Female Berger:Male Roth:Female Pfaffinger:Female Wähler:Unknown")]
    [InlineData("es", "La señora Pardo habló con el señor Ruiz. Ana Gil fue elegida alcaldesa en junio. «Doña Marta Soler vendrá», dijo.",
        "Pardo:Female Ruiz:Male Gil:Female Soler:Female")]
    [InlineData("it", "La signora Neri ha incontrato il signor Bassi. Lea Conti è stata eletta sindaca. «La sindaca Marta Ferri arriverà», ha detto.",
        "Neri:Female Bassi:Male Conti:Female Ferri:Female")]
    [InlineData("pt", "A senhora Lobo falou com o senhor Costa. Ana Reis foi eleita presidente. «A ministra Rita Sousa virá», disse.",
        "Lobo:Female Costa:Male Reis:Female Sousa:Female")]
    [InlineData("nl", "Mevrouw Jansen sprak met meneer Bakker bij de haven. „Mevrouw Els Visser komt”, zei hij.",
        "Jansen:Female Bakker:Male Visser:Female")]
    public void TheParagraphsTokens_GiveTheSameEvidence_AsLookingEachWordUp(string language, string paragraph, string expected)
    {
        var looked = Looked(language, paragraph);
        var lent = Lent(language, paragraph, TokensOf(paragraph, SpeechTables.For(language)));

        foreach (var pair in expected.Split(' '))
        {
            var (surname, gender) = (pair.Split(':')[0], pair.Split(':')[1]);
            Assert.Equal(gender, looked.Of(surname).ToString());
            Assert.Equal(gender, lent.Of(surname).ToString());
        }

        AssertSameEvidence(paragraph, looked, lent);
    }

    [Theory]
    [InlineData("en", "Mr Vale left.", "Al Kerr left.", "Vale", "Male")]
    [InlineData("fr", "M. Girard est parti.", "À Paris il pleut.", "Girard", "Male")]
    [InlineData("de", "Frau Vogt ging.", "Jens Hahn ging.", "Vogt", "Female")]
    public void TokensOfAnotherParagraph_AreNotRead_ForTheParagraphBefore(string language, string first, string second, string surname, string gender)
    {
        // The finder lends the tokens of the paragraph it reads now; the evidence of the one before, read
        // with it when first asked for, is looked up (its words stand at the same places as other words).
        var genders = new Genders(SpeechTables.For(language));
        genders.Read(first);
        genders.Read(second);
        genders.LendTokens(TokensOf(second, SpeechTables.For(language)));

        Assert.Equal(gender, genders.Of(surname).ToString());
    }

    [Theory]
    [InlineData("en", "Mr Vale left.", "Vale", "Male")]
    [InlineData("nl", "Mevrouw Jansen ging.", "Jansen", "Female")]
    [InlineData("pt", "Ana Reis foi eleita ontem.", "Reis", "Female")]
    public void TokensReadWithoutTheTables_AreLookedUp(string language, string paragraph, string surname, string gender)
    {
        var genders = new Genders(SpeechTables.For(language));
        genders.Read(paragraph);
        genders.LendTokens(Token.Read(paragraph, QuoteScanner.Scan(paragraph).Quotes, new List<Token>()));

        Assert.Equal(gender, genders.Of(surname).ToString());
    }

    [Fact]
    public void TokensTakenBack_AreNotRead()
    {
        // Lent, then taken back (the finder hands them back at the paragraph's end): the evidence read
        // afterwards is looked up, whatever the list holds by then.
        var paragraph = "Mrs Roe left.";
        var tokens = TokensOf(paragraph, SpeechTables.For("en"));
        var genders = new Genders(SpeechTables.For("en"));
        genders.Read(paragraph);
        genders.LendTokens(tokens);
        genders.LendTokens(null);
        tokens.Clear();

        Assert.Equal(Gender.Female, genders.Of("Roe"));
    }
}
