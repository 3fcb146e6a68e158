using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A split sentence keeps the subjects the phrase reader read in it (<see cref="TokenRange.TryGetSubject"/>):
/// a rule asking again at the same place gets what a fresh reading gives, and a range set to
/// the next paragraph's sentence forgets the last one's.
/// </summary>
public sealed class KeptSubjectTests
{
    private static Phrase Phrase => OneSentence.Cues.Phrase;

    private static List<Token> Tokens(string text, List<Token> tokens)
        => Token.Read(text, QuoteScanner.Scan(text).Quotes, tokens, SpeechTables.All);

    private static List<TokenRange> Split(string text, List<Token> tokens, List<TokenRange> sentences, List<TokenRange> spare)
        => Sentences.Split(Tokens(text, tokens), sentences, spare);

    // A list is no split sentence, so the phrase reader reads it afresh every time it is asked.
    private static Subject Fresh(TokenRange sentence, int start) => Phrase.ReadForward(sentence.ToList(), start);

    [Theory]
    [InlineData("The bridge will open, said Tom Vale, the mayor.", "Vale")]
    [InlineData("Le pont ouvrira, a déclaré le maire Paul Girard.", "Girard")]
    [InlineData("Die Brücke öffnet, sagte Bürgermeister Jan Krause.", "Krause")]
    [InlineData("El puente abrirá, dijo el alcalde Luis Ortega.", "Ortega")]
    [InlineData("Il ponte aprirà, ha detto il sindaco Marco Rinaldi.", "Rinaldi")]
    [InlineData("A ponte vai abrir, disse o presidente João Matos.", "Matos")]
    [InlineData("De brug gaat open, zei burgemeester Koen Verhoeven.", "Verhoeven")]
    [InlineData("Tom Vale, the mayor, said the bridge would open.", "Vale")]
    [InlineData("Paul Girard, le maire, a déclaré que le pont ouvrira.", "Girard")]
    public void AskedAgainAtEachPlace_GivesWhatAFreshReadingGives(string text, string surname)
    {
        var sentence = Assert.Single(Split(text, new List<Token>(), new List<TokenRange>(), new List<TokenRange>()));

        // Every place asked twice, the opening between them: the kept opening and the kept
        // later place must each answer for their own place only.
        var fresh = Enumerable.Range(0, sentence.Count).Select(start => Fresh(sentence, start)).ToList();
        for (var start = 0; start < sentence.Count; start++)
        {
            Assert.Equal(fresh[start], Phrase.ReadForward(sentence, start));
            Assert.Equal(fresh[0], Phrase.ReadForward(sentence, 0));
            Assert.Equal(fresh[start], Phrase.ReadForward(sentence, start));
        }

        Assert.Contains(fresh, subject => subject.Text?.Contains(surname, StringComparison.Ordinal) == true);
    }

    // Rules take turns at the places after a sentence's verbs: every place asked once going forward,
    // then going back, then each with the one two places on between them, so that more places are
    // kept than the range has room for and the oldest is let go while a later one is asked again.
    [Theory]
    [InlineData("The bridge, said Tom Vale, the mayor, will open, the council's engineer Anna Berg told reporters.")]
    [InlineData("Le pont, a déclaré le maire Paul Girard, ouvrira, a précisé l'ingénieure Claire Dumas aux journalistes.")]
    [InlineData("Die Brücke, sagte Bürgermeister Jan Krause, öffnet, erklärte die Ingenieurin Eva Lorenz den Reportern.")]
    [InlineData("El puente, dijo el alcalde Luis Ortega, abrirá, explicó la ingeniera Ana Ruiz a los periodistas.")]
    [InlineData("Il ponte, ha detto il sindaco Marco Rinaldi, aprirà, ha spiegato l'ingegnera Anna Berti ai giornalisti.")]
    [InlineData("A ponte, disse o presidente João Matos, vai abrir, explicou a engenheira Ana Lopes aos jornalistas.")]
    [InlineData("De brug, zei burgemeester Koen Verhoeven, gaat open, legde ingenieur Els Claes de pers uit.")]
    public void AskedInTurnAtManyPlaces_GivesWhatAFreshReadingGives(string text)
    {
        var sentence = Assert.Single(Split(text, new List<Token>(), new List<TokenRange>(), new List<TokenRange>()));
        var fresh = Enumerable.Range(0, sentence.Count).Select(start => Fresh(sentence, start)).ToList();

        for (var start = 1; start < sentence.Count; start++)
        {
            Assert.Equal(fresh[start], Phrase.ReadForward(sentence, start));
        }

        for (var start = sentence.Count - 1; start > 0; start--)
        {
            Assert.Equal(fresh[start], Phrase.ReadForward(sentence, start));
        }

        for (var start = 1; start + 2 < sentence.Count; start++)
        {
            Assert.Equal(fresh[start], Phrase.ReadForward(sentence, start));
            Assert.Equal(fresh[start + 2], Phrase.ReadForward(sentence, start + 2));
            Assert.Equal(fresh[start], Phrase.ReadForward(sentence, start));
        }

        Assert.Contains(fresh, subject => subject.Kind == SubjectKind.Name);
    }

    // The later places kept for one paragraph's sentence are let go with it: the next paragraph's
    // sentence, set in the same range, is read afresh at each of them.
    [Theory]
    [InlineData("The road will close, said Tom Vale, the mayor.", "The road will close, said Anna Berg, the engineer.", "Anna Berg")]
    [InlineData("La route fermera, a déclaré Paul Girard, le maire.", "La route fermera, a déclaré Claire Dumas, l'ingénieure.", "Claire Dumas")]
    [InlineData("Die Straße schließt, sagte Jan Krause, der Bürgermeister.", "Die Straße schließt, sagte Eva Lorenz, die Ingenieurin.", "Eva Lorenz")]
    public void ARangeSetToTheNextParagraph_ForgetsTheLastOnesLaterPlaces(string first, string second, string name)
    {
        var tokens = new List<Token>();
        var sentences = new List<TokenRange>();
        var spare = new List<TokenRange>();
        var range = Assert.Single(Split(first, tokens, sentences, spare));
        var read = Enumerable.Range(1, range.Count - 1).Select(start => Phrase.ReadForward(range, start)).ToList();
        Sentences.Recycle(sentences, spare);

        var again = Assert.Single(Split(second, tokens, sentences, spare));

        Assert.Same(range, again);
        for (var start = 1; start < again.Count; start++)
        {
            Assert.Equal(Fresh(again, start), Phrase.ReadForward(again, start));
        }

        Assert.Contains(Enumerable.Range(1, again.Count - 1), start => Phrase.ReadForward(again, start).Text == name);
        Assert.DoesNotContain(read, subject => subject.Text == name);
    }

    [Theory]
    [InlineData("Tom Vale said the bridge would open.", "Anna Berg said the road would close.", "Anna Berg")]
    [InlineData("Paul Girard a déclaré que le pont ouvrira.", "Claire Dumas a déclaré que la route fermera.", "Claire Dumas")]
    [InlineData("Jan Krause sagte, die Brücke öffnet.", "Eva Lorenz sagte, die Straße schließt.", "Eva Lorenz")]
    public void ARangeSetToTheNextParagraph_ForgetsTheLastOnesSubjects(string first, string second, string name)
    {
        var tokens = new List<Token>();
        var sentences = new List<TokenRange>();
        var spare = new List<TokenRange>();
        var range = Assert.Single(Split(first, tokens, sentences, spare));
        var before = Phrase.ReadForward(range, 0);
        _ = Phrase.ReadForward(range, 1);
        Sentences.Recycle(sentences, spare);

        var again = Assert.Single(Split(second, tokens, sentences, spare));

        Assert.Same(range, again);
        Assert.Equal(name, Phrase.ReadForward(again, 0).Text);
        Assert.NotEqual(before.Text, Phrase.ReadForward(again, 0).Text);
        Assert.Equal(Fresh(again, 1), Phrase.ReadForward(again, 1));
    }
}
