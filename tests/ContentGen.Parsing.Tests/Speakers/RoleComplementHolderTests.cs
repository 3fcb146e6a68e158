namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// After a role noun, lower-case words and then two capitalised ones name no holder: the words may
/// say where, when, to whom or while doing what the role holder spoke (<c>dijo el alcalde en Radio
/// Norte</c>, <c>said the mayor quoting …</c>, <c>dijo el alcalde durante …</c>, <c>zei de wethouder
/// namens …</c>), and the capitals may be a place, a feast, an organisation or someone quoted.
/// </summary>
public sealed class RoleComplementHolderTests
{
    private const string Feria = "La feria del libro abrirá en mayo en el antiguo almacén del puerto, con cuarenta editoriales.";
    private const string Muelle = "El nuevo muelle abrirá en junio después de tres años de obras y una inversión de veinte millones.";
    private const string Rassegna = "Il comune ha presentato ieri il programma della rassegna, che si aprirà sabato nel teatro della città. Il sindaco ha ringraziato i volontari e gli sponsor della manifestazione.";
    private const string Festival = "Het poëziefestival begint zaterdag in de stadsschouwburg met voordrachten en concerten voor het hele gezin.";

    [Theory]
    [InlineData("Obras", "Las obras del centro se alargarán hasta el verano por las lluvias del invierno pasado. «No hay otra opción», dijo el alcalde en Radio Norte.")]
    [InlineData("Travaux", "Les travaux du centre dureront jusqu’à l’été à cause des pluies de l’hiver dernier. « Il n’y a pas d’autre choix », a déclaré le maire sur France Bleu.")]
    [InlineData("Travaux", "Les travaux du centre dureront jusqu’à l’été à cause des pluies de l’hiver dernier. « Il n’y a pas d’autre choix », a déclaré le maire devant Jean Dupont.")]
    [InlineData("Feria", Feria + " «Será una fiesta para toda la ciudad», dijo el alcalde a los periodistas Lunes Santo.")]
    public void APlaceAListenerOrADay_AfterTheRole_IsNoHolder(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, paragraph));

    // A gerund, an adverb or a preposition between the role and two capitalised words.
    [Theory]
    [InlineData("Culture", "Le festival de poésie ouvre samedi au théâtre municipal avec des lectures et des concerts pour toute la famille. « La poésie sauve », a déclaré le maire citant Victor Hugo.")]
    [InlineData("Poetry week", "The poetry festival opens on Saturday at the town theatre with readings and concerts for the whole family. \"Poetry saves us,\" said the mayor quoting Seamus Heaney.")]
    [InlineData("Cultura", "O festival de poesia abre no sábado no teatro municipal com leituras e concertos para toda a família. “A poesia salva”, disse o presidente citando Fernando Pessoa.")]
    [InlineData("Puerto", Muelle + " «Es un día histórico», dijo el presidente inaugurando Puerto Norte.")]
    [InlineData("Puerto", Muelle + " «Es un día histórico», dijo el alcalde tras Semana Santa.")]
    [InlineData("Puerto", Muelle + " «Es un día histórico», dijo el alcalde durante Fiesta Mayor.")]
    [InlineData("Cultuur", Festival + " “We zijn er klaar voor”, zei de wethouder namens Stichting Poëzie.")]
    [InlineData("Cultuur", Festival + " “Poëzie redt ons”, zei de burgemeester glimlachend Jan Smit.")]
    [InlineData("La rassegna", Rassegna + " «La poesia ci salva», ha detto il sindaco citando Dante Alighieri.")]
    [InlineData("La rassegna", Rassegna + " «Saremo pronti», ha detto il sindaco durante Porta Aperta.")]
    [InlineData("La rassegna", Rassegna + " «Grazie a tutti», ha detto il sindaco ringraziando Marta Bianchi.")]
    public void AGerundAnAdverbOrAPreposition_AfterTheRole_NamesNoHolder(string headline, string paragraph)
        => Assert.All(QuoteSpeakers.Under(headline, paragraph), speaker => Assert.Null(speaker));
}
