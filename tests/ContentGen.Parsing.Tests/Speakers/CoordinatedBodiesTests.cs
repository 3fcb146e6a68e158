namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Two bodies of one kind named side by side in a coordination (`X und Y`, `X y Y`, `X et Y`, `X e Y`, `X en Y`,
/// `X and Y`, lists with commas), then called back by the kind's noun (issue 10, session 63): either may be meant, and
/// a wrong speaker is worse than none, so the noun means no one. Before, the second name was recorded by no reader and
/// the noun meant the first body. Beside them, rows where only one body of the kind is named (the other of another
/// kind, or a complement's second group that is no body): the noun still means it. Invented sentences; paragraphs
/// separated by " ¶ ", "-" for no speaker.
/// </summary>
public sealed class CoordinatedBodiesTests
{
    [Theory]
    [InlineData("de", "Die Volksbank Auental und die Raiffeisenbank Hohenfeld warnen vor falschen Anrufen. ¶ „Wir fragen nie nach Passwörtern“, teilte die Bank mit.", "-")]
    [InlineData("de", "Die Kreissparkasse Talheim, die Volksbank Auental und die Raiffeisenbank Hohenfeld öffnen am Samstag. ¶ „Wir wollen näher an die Kunden“, sagte die Bank.", "-")]
    [InlineData("de", "Der Sportverein Grünwald und der Heimatverein Talheim laden zum Fest. ¶ „Alle sind willkommen“, teilte der Verein mit.", "-")]
    [InlineData("nl", "De Boerenbank Westerveen en de Spaarbank Oostmoor waarschuwen klanten. ¶ ‘Wij bellen nooit om uw pincode,’ zegt de bank.", "-")]
    [InlineData("nl", "De Stichting Groen Dorp en de Stichting Oude Molen vragen meer geld. ¶ ‘Zonder steun stoppen we,’ aldus de stichting.", "-")]
    [InlineData("es", "La Asociación de Vecinos de Valdecea y la Asociación Vecinal del Ensanche piden más autobuses. ¶ «Llevamos años esperando», señala la asociación.", "-")]
    [InlineData("es", "La Cofradía del Carmen, la Cofradía de San Roque y la Hermandad de la Vera Cruz preparan la procesión. ¶ «Saldremos a las ocho», explica la cofradía.", "-")]
    [InlineData("fr", "La Fédération des Artisans de Valbois et la Fédération des Commerçants de Morlaix dénoncent la taxe. ¶ « C'est une erreur », indique la fédération.", "-")]
    [InlineData("it", "La Fondazione Carisval e la Fondazione Monte Alto finanziano il restauro. ¶ «Il cantiere parte a maggio», fa sapere la fondazione.", "-")]
    [InlineData("pt", "A Associação de Regantes do Vale Fundo e a Associação de Agricultores de Penalva pedem apoio. ¶ Segundo a associação, a seca «já custou milhões».", "-")]
    [InlineData("en", "The Harwick Trust and the Moorland Trust will share the grant. ¶ \"We are delighted,\" the trust said.", "-")]
    [InlineData("en", "Harwick Council and Somerset County Council have agreed the plan. ¶ \"It is a good day,\" the council said.", "-")]
    [InlineData("de", "Die Volksbank Auental und die Raiffeisenbank warnen vor falschen Anrufen. ¶ „Wir fragen nie nach Passwörtern“, teilte die Bank mit.", "-")]
    public void TwoBodiesOfOneKindJoined_TheKindNounMeansNoOne(string language, string paragraphs, string expected) => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    [InlineData("de", "Die Volksbank Auental und die Stadt Talheim warnen vor falschen Anrufen. ¶ „Wir fragen nie nach Passwörtern“, teilte die Bank mit.", "Volksbank Auental")]
    [InlineData("nl", "De Boerenbank Westerveen en de gemeente Oostmoor waarschuwen klanten. ¶ ‘Wij bellen nooit om uw pincode,’ zegt de bank.", "Boerenbank Westerveen")]
    [InlineData("es", "La Asociación de Consumidores y Usuarios de Valdecea pide una ley. ¶ «Es un abuso», señala la asociación.", "Asociación de Consumidores y Usuarios de Valdecea")]
    [InlineData("es", "La Asociación de Vecinos de Valdecea y Cáritas reparten comida. ¶ «Cada semana viene más gente», señala la asociación.", "Asociación de Vecinos de Valdecea")]
    [InlineData("it", "La Fondazione Carisval e il Comune di Valdora finanziano il restauro. ¶ «Il cantiere parte a maggio», fa sapere la fondazione.", "Fondazione Carisval")]
    // After a comma, a body's noun alone describes the body before it: no second body.
    [InlineData("de", "Kessler & Partner, das Familienunternehmen aus Talheim, schließt sein Werk. ¶ „Wir hatten keine Wahl“, teilte das Unternehmen mit.", "Kessler & Partner")]
    public void OneBodyOfTheKindJoinedToAnother_TheKindNounMeansIt(string language, string paragraphs, string expected) => QuoteSpeakers.Check(language, paragraphs, expected);
}
