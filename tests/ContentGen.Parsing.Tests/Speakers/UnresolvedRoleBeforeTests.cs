namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A pronoun or a dropped subject right after a role's quote goes on about the role's holder: when the
/// role meant no one the reader could name, the pronoun's quote is no one's too, rather than the words
/// of whoever was in focus before the role's paragraph (SpeakerFinder.UnresolvedRoleBefore.cs). Someone
/// the role's own paragraph named is still meant, and so is the person a role did mean (the Italian and
/// Portuguese shapes of the French case, where the reader gives the role to the councillor named).
/// </summary>
public sealed class UnresolvedRoleBeforeTests
{
    [Fact]
    public void AFrenchPronounAfterARoleThatMeantNoOne_IsNotTheBodyQuotedBefore()
        => Assert.Null(
            QuoteSpeakers.Under(
                "Cantines de Brévanne : le bio repoussé, « une promesse trahie » pour les parents",
                "La mairie a annoncé lundi que les repas bio ne seraient servis qu'en 2028. L'association Brévanne Parents Unis dénonce « une promesse trahie ».",
                "C'est dans un courrier adressé aux familles lundi que la nouvelle est tombée. L'adjointe chargée de l'éducation, Nadia Berthon, y explique que le prestataire « ne peut pas garantir un approvisionnement bio local ».",
                "Interrogée mardi lors d'un point presse, l'élue a reconnu un « raté de communication ». « Nous aurions dû prévenir plus tôt, c'est vrai », a-t-elle expliqué.")[^1]);

    [Fact]
    public void AnItalianDroppedSubjectAfterARoleThatMeantTheWomanNamed_StillMeansHer()
        => Assert.Equal(
            "Nadia Bertoni",
            QuoteSpeakers.Under(
                "Mense di Brevana, il biologico slitta al 2028: «Una promessa tradita» per i genitori",
                "Il Comune ha annunciato lunedì che i pasti biologici arriveranno solo nel 2028. L'associazione Genitori Uniti di Brevana denuncia «una promessa tradita».",
                "La notizia è arrivata con una lettera alle famiglie. L'assessora all'istruzione, Nadia Bertoni, vi spiega che il fornitore «non può garantire prodotti biologici locali».",
                "Interpellata martedì in conferenza stampa, l'eletta ha ammesso un «errore di comunicazione». «Avremmo dovuto avvisare prima, è vero», ha spiegato.")[^1]);

    [Fact]
    public void APortugueseDroppedSubjectAfterARoleThatMeantTheWomanNamed_StillMeansHer()
        => Assert.Equal(
            "Nádia Bertão",
            QuoteSpeakers.Under(
                "Cantinas de Brevana: o biológico fica para 2028, «uma promessa traída» para os pais",
                "A câmara anunciou na segunda-feira que as refeições biológicas só chegam em 2028. A associação Pais Unidos de Brevana denuncia «uma promessa traída».",
                "A notícia chegou numa carta às famílias. A vereadora da Educação, Nádia Bertão, explica nela que o fornecedor «não consegue garantir produtos biológicos locais».",
                "Questionada na terça-feira numa conferência de imprensa, a eleita admitiu uma «falha de comunicação». «Devíamos ter avisado antes, é verdade», explicou.")[^1]);

    [Fact]
    public void APronounAfterARoleThatMeantNoOne_StillMeansWhomTheRolesParagraphNamed()
        => Assert.Equal(
            "Koldo Urrutia",
            QuoteSpeakers.Under(
                "El Almadía remonta",
                "El Almadía ganó por dos a uno en un partido muy disputado.",
                "En el banquillo visitante, Koldo Urrutia lamentó la expulsión. «Con diez es muy difícil defender durante media hora», explicó el entrenador del Peñaserra.",
                "«No voy a buscar excusas en el árbitro, el que ha fallado he sido yo», continuó.")[^1]);
}
