namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A court report gives words to a role that means only its holder (a prosecutor, a judge) while
/// someone else is in view (the accused), and names the role's holder only after the quote ("The
/// prosecutor, Helen Marsh, …"): the quote is that holder's. With two holders named later, a role
/// never named, or a holder named only inside another quote, it is no one's. Invented sentences,
/// one or more per language, in other words than the articles that showed the construction.
/// Portuguese "afirmou a procuradora" is not read: the cue gives the quote to an unnamed
/// "procuradora" there, before the role is resolved (listed in docs/speakers.md, session 58).
/// </summary>
public sealed class CourtRoleNamedLaterTests
{
    [Theory]
    [InlineData("Tom Reed, 42, denies stealing the van. ¶ \"He had the keys all along,\" the prosecutor told the jury. ¶ The prosecutor, Helen Marsh, then called the first witness.", "Helen Marsh")]
    [InlineData("Marc Rivière, 42 ans, nie le vol. ¶ « Il avait les clés depuis le début », a affirmé la procureure devant le tribunal. ¶ La procureure, Claire Vasseur, a ensuite appelé le premier témoin.", "Claire Vasseur")]
    [InlineData("Thomas Brenner (42) bestreitet den Diebstahl. ¶ „Er hatte die Schlüssel die ganze Zeit“, sagte die Richterin. ¶ Die Richterin, Anna Kolb, vertagte den Prozess auf Freitag.", "Anna Kolb")]
    [InlineData("Kees Post (42) ontkent de diefstal. ¶ “Hij had de sleutels de hele tijd”, zei de rechter. ¶ De rechter, Anke Smit, schorste de zaak tot vrijdag.", "Anke Smit")]
    [InlineData("Jorge Salas, de 42 años, niega el robo. ¶ «Tenía las llaves desde el principio», afirmó la fiscal ante el jurado. ¶ La fiscal, Marta Gil, llamó después al primer testigo.", "Marta Gil")]
    [InlineData("Marco Vitale, 42 anni, nega il furto. ¶ «Aveva le chiavi fin dall'inizio», ha detto il giudice in aula. ¶ Il giudice, Paolo Neri, ha rinviato il processo a venerdì.", "Paolo Neri")]
    public void ACourtRoleAtTheCue_IsTheHolderNamedAfterIt(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    // Guard: two people take the role after the quote; no one knows which spoke.
    [Theory]
    [InlineData("Tom Reed, 42, denies stealing the van. ¶ \"He had the keys all along,\" the prosecutor told the jury. ¶ The prosecutor, Helen Marsh, called a witness. A second prosecutor, Ian Cole, read the charges.", "-")]
    [InlineData("Marc Rivière, 42 ans, nie le vol. ¶ « Il avait les clés depuis le début », a affirmé la procureure devant le tribunal. ¶ La procureure, Claire Vasseur, a appelé un témoin. Une autre procureure, Lise Morel, a lu l'acte.", "-")]
    [InlineData("Jorge Salas, de 42 años, niega el robo. ¶ «Tenía las llaves desde el principio», afirmó la fiscal ante el jurado. ¶ La fiscal, Marta Gil, llamó a un testigo. Otra fiscal, Rosa Vidal, leyó la acusación.", "-")]
    public void ACourtRoleTwoPeopleTakeLater_IsNoOnes(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    // Guard: the role is never given a name; not the accused in view.
    [Theory]
    [InlineData("Tom Reed, 42, denies stealing the van. ¶ \"He had the keys all along,\" the prosecutor told the jury. ¶ The trial continues on Friday.", "-")]
    [InlineData("Marc Rivière, 42 ans, nie le vol. ¶ « Il avait les clés depuis le début », a affirmé la procureure devant le tribunal. ¶ Le procès reprend vendredi.", "-")]
    [InlineData("Rui Pestana, de 42 anos, nega o furto. ¶ «Tinha as chaves desde o início», afirmou a juíza perante os jurados. ¶ O julgamento continua na sexta-feira.", "-")]
    public void ACourtRoleNeverNamed_IsNoOnes(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    // Guard: the holder is named only inside another speaker's quote.
    [Theory]
    [InlineData("Tom Reed, 42, denies stealing the van. ¶ \"He had the keys all along,\" the prosecutor told the jury. ¶ \"The prosecutor, Helen Marsh, is wrong,\" said the defence lawyer Ian Cole.", "-|Ian Cole")]
    [InlineData("Marc Rivière, 42 ans, nie le vol. ¶ « Il avait les clés depuis le début », a affirmé la procureure devant le tribunal. ¶ « La procureure, Claire Vasseur, se trompe », a répondu l'avocat Paul Roux.", "-|Paul Roux")]
    public void ACourtRoleNamedOnlyInsideAQuote_IsNoOnes(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);
}
