namespace ContentGen.Parsing.Tests.Speakers.Vocabulary;

/// <summary>
/// A role or title written before a name is no part of it, in every language and whatever the
/// office: "sagte Kreisrätin X", "said Treasurer X", "zei wethouder X", "a déclaré la rectrice X".
/// German and Dutch build offices as compounds (<c>Betriebsratsvorsitzende</c>,
/// <c>fractievoorzitter</c>), read by their last part.
/// </summary>
public sealed class RoleBeforeNameMatrixTests
{
    public static TheoryData<string, string> Roles => new()
    {
        { "de", "Kreisrätin" }, { "de", "Wahlleiterin" }, { "de", "Betriebsratsvorsitzende" }, { "de", "Stadtkämmerin" },
        { "de", "Rektorin" }, { "de", "Landesvorsitzende" }, { "de", "Fraktionschefin" }, { "de", "Schulleiterin" },
        { "de", "Pressesprecherin" }, { "de", "Polizeisprecherin" }, { "de", "Klinikgeschäftsführerin" }, { "de", "Ortsvorsteherin" },
        { "de", "Amtsärztin" }, { "de", "Bundestagsabgeordnete" }, { "de", "Kämmerin" }, { "de", "Richterin" },
        { "de", "Staatssekretärin" }, { "de", "Professorin" }, { "de", "Intendantin" }, { "de", "Pfarrerin" },
        { "nl", "wethouder" }, { "nl", "fractievoorzitter" }, { "nl", "woordvoerder" }, { "nl", "gedeputeerde" },
        { "nl", "raadslid" }, { "nl", "voorzitter" }, { "nl", "schooldirecteur" }, { "nl", "projectleider" },
        { "nl", "hoogleraar" }, { "nl", "Kamerlid" }, { "nl", "recreatieondernemer" }, { "nl", "buurtbewoonster" },
        { "nl", "Wethouder" }, { "nl", "Burgemeester" }, { "nl", "Directeur" }, { "nl", "Bewoner" },
        { "en", "Treasurer" }, { "en", "Councillor" }, { "en", "Headteacher" }, { "en", "Coach" }, { "en", "Inspector" },
        { "en", "Professor" }, { "en", "Superintendent" }, { "en", "Sergeant" }, { "en", "Governor" }, { "en", "Senator" },
        { "en", "Mayor" }, { "en", "Commissioner" }, { "en", "Director" }, { "en", "Chairwoman" }, { "en", "Constable" },
        { "fr", "la députée" }, { "fr", "la sénatrice" }, { "fr", "la préfète" }, { "fr", "la rectrice" }, { "fr", "la procureure" },
{ "fr", "la maire" }, { "fr", "la ministre" }, { "fr", "la directrice" }, { "fr", "la présidente" },
        { "fr", "la conseillère municipale" }, { "fr", "la commissaire" }, { "fr", "la syndicaliste" },
        { "es", "la alcaldesa" }, { "es", "la concejala" }, { "es", "la consejera" }, { "es", "la portavoz" }, { "es", "la jueza" },
        { "es", "la fiscal" }, { "es", "la diputada" }, { "es", "la senadora" }, { "es", "la catedrática" }, { "es", "la presidenta" },
        { "es", "la directora" }, { "es", "la delegada" }, { "es", "la edil" }, { "es", "la sindicalista" },
        { "it", "la sindaca" }, { "it", "l'assessora" }, { "it", "la consigliera" }, { "it", "la deputata" }, { "it", "la senatrice" },
        { "it", "la presidente" }, { "it", "la direttrice" }, { "it", "la procuratrice" }, { "it", "la giudice" },
        { "it", "la rettrice" }, { "it", "la preside" }, { "it", "la portavoce" }, { "it", "la sindacalista" }, { "it", "la ministra" },
        { "pt", "a vereadora" }, { "pt", "a presidente" }, { "pt", "a ministra" }, { "pt", "a deputada" }, { "pt", "a diretora" },
        { "pt", "a procuradora" }, { "pt", "a juíza" }, { "pt", "a porta-voz" }, { "pt", "a autarca" }, { "pt", "a sindicalista" },
        { "pt", "a coordenadora" }, { "pt", "a inspetora" }, { "pt", "a comandante" }, { "pt", "a investigadora" },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public void ARoleBeforeTheName_IsNoPartOfIt(string language, string role)
    {
        var speech = VerbShapes.Speech.For(language);
        var said = language switch
        {
            "de" => "sagte {S}",
            "nl" => "zei {S}",
            "fr" => "a déclaré {S}",
            "es" => "dijo {S}",
            "it" => "ha detto {S}",
            "pt" => "disse {S}",
            _ => "{S} said",
        };
        var subject = role + " " + speech.Name;
        var opening = char.ToUpperInvariant(subject[0]) + subject.Substring(1);
        var after = ConstructionProbe(language, VerbShapes.After(speech, said.Replace("{S}", subject)));
        var colon = ConstructionProbe(language, opening + " " + said.Replace("{S}", string.Empty).Trim() + speech.ColonSpace + ": " + speech.Open + speech.Quote + "." + speech.Close);
        Assert.Equal((speech.Name, speech.Name), (after, colon));
    }

    private static string? ConstructionProbe(string language, string paragraph)
        => Constructions.ConstructionProbe.LastSpeaker(language, paragraph);
}
