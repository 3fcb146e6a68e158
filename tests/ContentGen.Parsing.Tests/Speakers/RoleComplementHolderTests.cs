namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An office said in lower-case words after its role noun, then its holder's first name and
/// surname: <c>ha detto l'assessore alla cultura Franca Melis</c>, <c>dijo el consejero
/// autonómico Luis Pardo</c>. A preposition or article right before the capitals says where or to
/// whom (<c>dijo el alcalde en Radio Norte</c>), and a day's name is nobody's.
/// </summary>
public sealed class RoleComplementHolderTests
{
    [Theory]
    [InlineData("Mostra", "La mostra sulle ferrovie di montagna aprirà a maggio nel vecchio deposito dei treni. «Sarà una festa per tutta la valle», ha detto l’assessore alla cultura Franca Melis.", "Franca Melis")]
    [InlineData("Funivia", "La funivia resterà chiusa da gennaio ad aprile per lavori di manutenzione straordinaria sulla linea. «Non possiamo rinviare», ha spiegato la consigliera comunale Anna Neri.", "Anna Neri")]
    [InlineData("Funivia", "La funivia resterà chiusa da gennaio ad aprile per lavori di manutenzione straordinaria sulla linea. «Non possiamo rinviare», ha spiegato l'amministratore delegato della società, Giorgio Bellandi.", "Giorgio Bellandi")]
    [InlineData("Obras", "Las obras del centro se alargarán hasta el verano por las lluvias del invierno pasado. «No hay otra opción», dijo el consejero autonómico Luis Pardo.", "Luis Pardo")]
    [InlineData("Obras", "As obras no centro vão durar até ao verão por causa das chuvas do inverno passado. “Não há alternativa”, disse o deputado municipal Rui Costa.", "Rui Costa")]
    public void TheHolderAfterTheOfficesComplement_Speaks(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    [Theory]
    [InlineData("Obras", "Las obras del centro se alargarán hasta el verano por las lluvias del invierno pasado. «No hay otra opción», dijo el alcalde en Radio Norte.")]
    [InlineData("Travaux", "Les travaux du centre dureront jusqu’à l’été à cause des pluies de l’hiver dernier. « Il n’y a pas d’autre choix », a déclaré le maire sur France Bleu.")]
    [InlineData("Travaux", "Les travaux du centre dureront jusqu’à l’été à cause des pluies de l’hiver dernier. « Il n’y a pas d’autre choix », a déclaré le maire devant Jean Dupont.")]
    [InlineData("Feria", "La feria del libro abrirá en mayo en el antiguo almacén del puerto, con cuarenta editoriales. «Será una fiesta para toda la ciudad», dijo el alcalde a los periodistas Lunes Santo.")]
    public void APlaceAListenerOrADay_AfterTheRole_IsNoHolder(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, paragraph));
}
