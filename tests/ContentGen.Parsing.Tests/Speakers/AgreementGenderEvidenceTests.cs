using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Gender evidence from agreement: in the languages whose participles agree with their subject (fr, it, es,
/// pt), the participle or adjective right after a copula that follows the sentence's opening name gives that
/// name's gender ("Lea Neri è stata", "Ana Lobo foi eleita"), so that a pronoun of the other gender passes that
/// person by, wherever in the article the agreement stands. English, German and Dutch participles do not agree.
/// </summary>
public sealed class AgreementGenderEvidenceTests
{
    private static Gender GenderOf(string language, string surname, params string[] paragraphs)
    {
        var genders = new Genders(SpeechTables.For(language));
        foreach (var paragraph in paragraphs)
        {
            genders.Read(paragraph);
        }

        return genders.Of(surname);
    }

    [Theory]
    [InlineData("fr", "Anne Morel est arrivée à la mairie vers midi.", "Morel", "Female")]
    [InlineData("fr", "Paul Morel est arrivé à la mairie vers midi.", "Morel", "Male")]
    [InlineData("it", "Lea Neri è stata eletta sindaca a giugno.", "Neri", "Female")]
    [InlineData("it", "Luca Neri è stato eletto sindaco a giugno.", "Neri", "Male")]
    [InlineData("it", "Lea Neri è partita per Roma.", "Neri", "Female")]
    [InlineData("es", "Ana Pardo fue elegida alcaldesa en junio.", "Pardo", "Female")]
    [InlineData("es", "Luis Pardo fue elegido alcalde en junio.", "Pardo", "Male")]
    [InlineData("pt", "Ana Lobo foi eleita presidente da junta.", "Lobo", "Female")]
    [InlineData("pt", "Rui Lobo está cansado depois da reunião.", "Lobo", "Male")]
    // A negation or an adverb before the copula leaves it the name's own verb.
    [InlineData("es", "Ana Pardo no fue elegida en junio.", "Pardo", "Female")]
    [InlineData("it", "Lea Neri ieri è stata ricevuta dal sindaco.", "Neri", "Female")]
    public void AnAgreeingWordAfterTheCopula_GivesTheOpeningNamesGender(string language, string paragraph, string surname, string expected)
        => Assert.Equal(expected, GenderOf(language, surname, paragraph).ToString());

    [Theory]
    // Not right after the copula: an adverb stands between.
    [InlineData("it", "Lea Neri è subito tornata a casa.", "Neri")]
    // The copula of a later clause agrees with that clause's subject.
    [InlineData("es", "Luis Pardo dijo que su casa fue vendida.", "Pardo")]
    [InlineData("fr", "Paul Morel pense que sa voiture est abîmée.", "Morel")]
    [InlineData("it", "Luca Neri spiega che la sua casa è stata venduta.", "Neri")]
    // Too short to be read by its ending ("nada"), or an Italian adverb of a masculine form ("subito").
    [InlineData("pt", "Rui Lobo foi nada menos que genial.", "Lobo")]
    [InlineData("it", "Luca Neri è subito tornato a casa.", "Neri")]
    // The name does not open the sentence: the participle may agree with someone else.
    [InlineData("fr", "Selon Paul Morel, la réunion est annulée.", "Morel")]
    [InlineData("es", "La hermana de Luis Pardo fue elegida en junio.", "Pardo")]
    // A comma after the name: an insert may name whom the participle agrees with.
    [InlineData("it", "Luca Neri, con la moglie, è stata invitata.", "Neri")]
    // Another name between: the participle agrees with it.
    [InlineData("pt", "Rui Lobo e Ana Costa foi eleita.", "Lobo")]
    // A noun after the copula, not a participle or an adjective.
    [InlineData("fr", "Paul Morel est maire depuis 2014.", "Morel")]
    // Languages whose participles do not agree.
    [InlineData("en", "Ann Lee was elected in June.", "Lee")]
    [InlineData("de", "Anna Vogt ist gewählt worden.", "Vogt")]
    [InlineData("nl", "Anna de Vries is gekozen.", "Vries")]
    public void NoAgreementRightAfterTheOpeningNamesCopula_GivesNoGender(string language, string paragraph, string surname)
        => Assert.Equal(Gender.Unknown, GenderOf(language, surname, paragraph));

    [Fact]
    public void AgreementOfBothGenders_LeavesTheNameUnknown()
        => Assert.Equal(Gender.Unknown, GenderOf("it", "Neri", "Luca Neri è stato eletto.", "Lea Neri è stata eletta."));

    [Fact]
    public void UnIl_NeRejointPasUneFemmeQueLAccordMontrePlusLoin_French()
    {
        var speakers = QuoteSpeakers.Under(
            "Le marché couvert menacé",
            "« Nous ne laisserons pas fermer ce marché », a déclaré Claire Vidal, qui préside l'association des commerçants.",
            "« La charpente est trop abîmée », a-t-il ajouté.",
            "Claire Vidal est arrivée à la réunion avec une pétition.");
        Assert.Equal("Claire Vidal", speakers[0]);
        Assert.NotEqual("Claire Vidal", speakers[1]);
    }

    [Fact]
    public void UnLui_NonRaggiungeUnaDonnaCheLAccordoMostraDopo_Italian()
    {
        var speakers = QuoteSpeakers.Under(
            "Il mercato coperto a rischio",
            "«Non lasceremo chiudere questo mercato», ha dichiarato Chiara Valli, che presiede l'associazione dei commercianti.",
            "«Il tetto non si può più salvare», ha aggiunto lui.",
            "Chiara Valli è stata ricevuta dal sindaco giovedì.");
        Assert.Equal("Chiara Valli", speakers[0]);
        Assert.NotEqual("Chiara Valli", speakers[1]);
    }

    [Fact]
    public void UnEl_NoLlegaAUnaMujerQueLaConcordanciaMuestraDespues_Spanish()
    {
        var speakers = QuoteSpeakers.Under(
            "Cierre del mercado",
            "«No vamos a permitir que cierren el mercado», dijo Lucía Ferrer, que preside la asociación de comerciantes.",
            "«El tejado ya no se puede salvar», añadió él.",
            "Lucía Ferrer fue recibida por el alcalde el jueves.");
        Assert.Equal("Lucía Ferrer", speakers[0]);
        Assert.NotEqual("Lucía Ferrer", speakers[1]);
    }

    [Fact]
    public void UmEle_NaoChegaAUmaMulherQueAConcordanciaMostraDepois_Portuguese()
    {
        var speakers = QuoteSpeakers.Under(
            "Mercado em risco",
            "“Não vamos deixar fechar este mercado”, disse Marta Pires, que preside a associação de comerciantes.",
            "“O telhado já não tem salvação”, acrescentou ele.",
            "Marta Pires foi recebida pelo presidente da câmara na quinta-feira.");
        Assert.Equal("Marta Pires", speakers[0]);
        Assert.NotEqual("Marta Pires", speakers[1]);
    }

    [Fact]
    public void AgreementOfThePronounsOwnGender_StillLetsItReachThePerson_Italian()
        => Assert.Equal(new[] { "Marco Valli", "Marco Valli" }, QuoteSpeakers.Under(
            "Il mercato coperto a rischio",
            "«Non lasceremo chiudere questo mercato», ha dichiarato Marco Valli, che presiede l'associazione dei commercianti.",
            "«Il tetto non si può più salvare», ha aggiunto lui.",
            "Marco Valli è stato ricevuto dal sindaco giovedì."));
}
