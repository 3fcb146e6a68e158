using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Two more ways a page says its questions are an interview's, not its subheadings: a byline under the headline that
/// credits an interview ("Propos recueillis par …", "Das Gespräch führte …", "Interview by …"), and a question answered
/// by a bare yes or no ("Blijft de toegang gratis?" / "Ja."). Explainers head sections with the same questions, under
/// a plain byline, and answer them in sentences, even when the sentence opens on a yes or a no.
/// </summary>
public sealed class InterviewCreditAndAnswerTests
{
    // Two questions asked in the third person, answered in the third person: nothing but the page says they are an interview's.
    private static string[] Turns(string language) => language switch
    {
        "fr" => new[] { "Pourquoi un tel retard ?", "Une fuite a été découverte sous le grand bassin, et il a fallu casser la dalle puis attendre que le béton sèche.", "Qu'est-ce qui change pour les nageurs ?", "Le bassin d'apprentissage sera chauffé à trente degrés, et les vestiaires seront enfin accessibles aux fauteuils roulants." },
        "de" => new[] { "Warum dauert es so lange?", "Unter dem großen Becken wurde ein Leck entdeckt, und die Bodenplatte musste aufgebrochen und neu gegossen werden.", "Was ändert sich für die Schwimmer?", "Das Lehrschwimmbecken wird auf dreißig Grad geheizt, und die Umkleiden werden endlich für Rollstühle zugänglich sein." },
        "en" => new[] { "Why the delay?", "A leak was found under the main pool, and the floor slab had to be broken up and poured again before the tiles could go back.", "What changes for swimmers?", "The learner pool will be heated to thirty degrees, and the changing rooms will at last be open to wheelchair users." },
        "es" => new[] { "¿Por qué el retraso?", "Se descubrió una fuga bajo el vaso grande, y hubo que romper la losa y esperar a que el hormigón nuevo se secara.", "¿Qué cambia para los nadadores?", "La piscina de aprendizaje estará climatizada a treinta grados, y los vestuarios serán por fin accesibles en silla de ruedas." },
        "it" => new[] { "Perché il ritardo?", "Sotto la vasca grande è stata scoperta una perdita, e la soletta è stata demolita e gettata di nuovo prima delle piastrelle.", "Cosa cambia per i nuotatori?", "La vasca per i corsi sarà riscaldata a trenta gradi, e gli spogliatoi saranno finalmente accessibili in sedia a rotelle." },
        "pt" => new[] { "Porquê o atraso?", "Foi descoberta uma fuga debaixo do tanque grande, e a laje teve de ser partida e betonada de novo antes dos azulejos.", "O que muda para os nadadores?", "O tanque de aprendizagem vai ser aquecido a trinta graus, e os balneários vão finalmente ser acessíveis a cadeiras de rodas." },
        _ => new[] { "Waarom duurt het zo lang?", "Onder het grote bad werd een lek gevonden, en de vloerplaat moest worden opengebroken en opnieuw gestort.", "Wat verandert er voor de zwemmers?", "Het instructiebad wordt verwarmd tot dertig graden, en de kleedkamers worden eindelijk toegankelijk voor rolstoelen." },
    };

    private static string PlainByline(string language) => language switch
    {
        "fr" => "Par Élodie Marchand",
        "de" => "Von Korbinian Steinle",
        "en" => "By Harriet Coombes",
        "es" => "Por Inmaculada Ferreras",
        "it" => "di Martina Iannace",
        "pt" => "Por Joaquim Meireles",
        _ => "Door Sander van Gils",
    };

    private static string Page(string language, string byline, params string[] turns)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", new[] { "Menu\nSearch\nLogin", p[0], p[1], byline, "12/01/2025", p[2] }.Concat(turns).Append(p[3]));
    }

    [Theory]
    [InlineData("fr", "Propos recueillis par Élodie Marchand")]
    [InlineData("de", "Das Gespräch führte Korbinian Steinle")]
    [InlineData("en", "Interview by Harriet Coombes")]
    [InlineData("es", "Entrevista realizada por Inmaculada Ferreras")]
    [InlineData("nl", "Interview door Sander van Gils")]
    public void QuestionsUnderAnInterviewCredit_HeadNothing(string language, string credit)
    {
        var turns = Turns(language);
        var article = ArticleParser.Parse(Page(language, credit, turns));

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.Contains(article.Paragraphs, x => x.Text == turns[0]);
        Assert.Contains(article.Paragraphs, x => x.Text == turns[2]);
    }

    // The same questions under a plain byline are an explainer's: they still head sections.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void QuestionsUnderAPlainByline_StillHeadSections(string language)
    {
        var turns = Turns(language);
        var article = ArticleParser.Parse(Page(language, PlainByline(language), turns));

        Assert.Contains(article.Sections, s => s.Heading == turns[0] || s.Heading == turns[2]);
    }

    [Theory]
    [InlineData("nl", "Ja.")]
    [InlineData("de", "Nein.")]
    [InlineData("en", "Yes.")]
    [InlineData("fr", "Non !")]
    [InlineData("pt", "Sim.")]
    [InlineData("it", "Sì.")]
    [InlineData("es", "No.")]
    public void AQuestionAnsweredByYesOrNoAlone_MakesAnInterview(string language, string answer)
    {
        var turns = Turns(language);
        var article = ArticleParser.Parse(Page(language, PlainByline(language), turns[0], turns[1], turns[2], answer));

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.Contains(article.Paragraphs, x => x.Text == turns[0]);
        Assert.Contains(article.Paragraphs, x => x.Text == answer);
    }

    // An explainer answers in a sentence that may open on yes or no ("Nee. Mensen met …"), and "Ja?" asks back: no interview.
    [Theory]
    [InlineData("nl", "Nee. Mensen met een gehandicaptenparkeerkaart blijven gratis parkeren, net als bewoners met een vergunning.")]
    [InlineData("de", "Ja, wer selbst kompostiert, kann sich von der Biotonne befreien lassen, wenn der Garten groß genug ist.")]
    [InlineData("en", "No. Holders of a disabled parking badge will still park for free, as will residents who hold a permit.")]
    [InlineData("pt", "Sim?")]
    public void AnAnswerInASentence_MakesNoInterview(string language, string answer)
    {
        var turns = Turns(language);
        var article = ArticleParser.Parse(Page(language, PlainByline(language), turns[0], turns[1], turns[2], answer));

        Assert.Contains(article.Sections, s => s.Heading == turns[0] || s.Heading == turns[2]);
    }
}
