using System;
using System.Collections.Generic;
using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons.Speech;

/// <summary>Spanish speech words: "declaró el consejero X", "ha señalado la portavoz", "según X", "calificada de «…» por".</summary>
internal static class SpanishSpeech
{
    private static readonly Dictionary<string, string[]> s_irregular = new(StringComparer.Ordinal)
    {
        ["decir"] = new[] { "dice", "dijo", "decía", "dicho", "dicen", "dijeron" },
        ["sostener"] = new[] { "sostiene", "sostuvo", "sostenía", "sostenido", "sostienen", "sostuvieron" },
        ["advertir"] = new[] { "advierte", "advirtió", "advertía", "advertido", "advierten", "advirtieron" },
        ["reconocer"] = new[] { "reconoce", "reconoció", "reconocía", "reconocido", "reconocen", "reconocieron" },
        ["escribir"] = new[] { "escribe", "escribió", "escribía", "escrito", "escriben", "escribieron" },
        ["pedir"] = new[] { "pide", "pidió", "pedía", "pedido", "piden", "pidieron" },
        ["mantener"] = new[] { "mantiene", "mantuvo", "mantenía", "mantenido", "mantienen", "mantuvieron" },
        ["insistir"] = new[] { "insiste", "insistió", "insistía", "insistido", "insisten", "insistieron" },
        ["añadir"] = new[] { "añade", "añadió", "añadía", "añadido", "añaden", "añadieron" },
        ["admitir"] = new[] { "admite", "admitió", "admitía", "admitido", "admiten", "admitieron" },
        ["concluir"] = new[] { "concluye", "concluyó", "concluía", "concluido", "concluyen", "concluyeron" },
        // "», recuerda el apicultor", "», cuenta la dueña": a stem that changes in the present.
        ["recordar"] = new[] { "recuerda", "recordó", "recordaba", "recordado", "recuerdan", "recordaron" },
        ["contar"] = new[] { "cuenta", "contó", "contaba", "contado", "cuentan", "contaron" },
        // Verbs of belief and avowal, as English "believe", "confess": "cree que …", "confesaba el base X".
        ["creer"] = new[] { "cree", "creyó", "creía", "creído", "creen", "creyeron" },
        ["confesar"] = new[] { "confiesa", "confesó", "confesaba", "confesado", "confiesan", "confesaron" },
        // The wider inventory's verbs whose stem changes or takes an accent.
        ["desmentir"] = new[] { "desmiente", "desmintió", "desmentía", "desmentido", "desmienten", "desmintieron" },
        ["confiar"] = new[] { "confía", "confió", "confiaba", "confiado", "confían", "confiaron" },
        ["recomendar"] = new[] { "recomienda", "recomendó", "recomendaba", "recomendado", "recomiendan", "recomendaron" },
        ["negar"] = new[] { "niega", "negó", "negaba", "negado", "niegan", "negaron" },
        ["sonreír"] = new[] { "sonríe", "sonrió", "sonreía", "sonreído", "sonríen", "sonrieron" },
        ["sugerir"] = new[] { "sugiere", "sugirió", "sugería", "sugerido", "sugieren", "sugirieron" },
        ["predecir"] = new[] { "predice", "predijo", "predecía", "predicho", "predicen", "predijeron" },
        ["proponer"] = new[] { "propone", "propuso", "proponía", "propuesto", "proponen", "propusieron" },
        ["mostrar"] = new[] { "muestra", "mostró", "mostraba", "mostrado", "muestran", "mostraron" },
        // Saying again and going on: a stem that changes.
        // Describing: "describió la noche como «…»".
        ["describir"] = new[] { "describe", "describió", "describía", "descrito", "describen", "describieron" },
        ["repetir"] = new[] { "repite", "repitió", "repetía", "repetido", "repiten", "repitieron" },
        ["proseguir"] = new[] { "prosigue", "prosiguió", "proseguía", "proseguido", "prosiguen", "prosiguieron" },
        ["continuar"] = new[] { "continúa", "continuó", "continuaba", "continuado", "continúan", "continuaron" },
        // No participle: "el acusado" is the one on trial, no verb of saying ("La versión del acusado:").
        // Correcting and taking leave, beside the quote only: "«…», le corrige.", "«…», se despidió." (a stem that changes).
        ["corregir"] = new[] { "corrige", "corrigió", "corregía", "corregido", "corrigen", "corrigieron" },
        ["despedir"] = new[] { "despide", "despidió", "despedía", "despedido", "despiden", "despidieron" },
        ["acusar"] = new[] { "acusa", "acusó", "acusaba", "acusan", "acusaron", "acusaban" },
        // Defending a view: "La alcaldesa defiende que el pueblo «…»" (a stem that changes in the present;
        // the regular forms "defende", "defenden" are no Spanish).
        ["defender"] = new[] { "defiende", "defendió", "defendía", "defendido", "defienden", "defendieron" },
    };

    private static readonly Dictionary<string, string> s_irregularParticiples = new(StringComparer.Ordinal)
    {
        ["decir"] = "diciendo",
        ["advertir"] = "advirtiendo",
        ["pedir"] = "pidiendo",
        ["concluir"] = "concluyendo",
        ["repetir"] = "repitiendo",
        ["proseguir"] = "prosiguiendo",
    };

    public static SpeechWords Words { get; } = new()
    {
        InsertOpeners = Words("tras durante pese"),
        PredicateLinks = Words("son eran sigue siendo como"),
        EpithetArticles = Words("un una"),
        PersonObjectLemmas = Words("criticar advertir recordar pedir defender instar acusar"),
        ReportingLemmas = Words(
            "decir declarar afirmar explicar señalar indicar añadir agregar asegurar sostener reconocer advertir subrayar " +
            "destacar apuntar insistir admitir lamentar criticar denunciar anunciar comentar responder replicar precisar " +
            "recordar escribir manifestar expresar aclarar defender concluir mantener pedir reclamar confirmar contar relatar " +
            "opinar valorar calificar tildar definir prometer considerar recalcar zanjar remachar sentenciar resumir puntualizar reiterar " +
            "enfatizar alertar argumentar ironizar exclamar matizar avisar suspirar reivindicar creer confesar " +
            // The wider inventory of a news desk: statements, denials, judgements, guesses, fears, hopes and demands.
            "preguntar desmentir estimar objetar confiar instar recomendar comprometer congratular sincerar negar augurar " +
            "exigir justificar rebatir temer narrar " +
            "detallar sugerir revelar garantizar vaticinar aseverar jurar predecir proponer " +
            "contestar pronosticar deplorar tuitear " +
            // Saying again, stressing, adding a rider, arguing, reproaching, disclosing, recalling and going on:
            // "reafirmó X", "apostilló X", "incidió X", "espetó X", "razonó X", "desveló X", "prosiguió X".
            "reafirmar ratificar repetir proclamar apostillar incidir resaltar remarcar espetar reprochar desvelar " +
            "informar razonar alegar observar mencionar constatar reflexionar rememorar evocar proseguir " +
            // Accusing: "acusó al Gobierno de «…»" reports the subject's words, whom the object is accused by.
            "acusar " +
            // Describing and recounting ("contar", "relatar", "narrar" above): "describió la noche como «…»".
            "describir"),
        // "«…», sonrió X": verbs of manner and of common plain senses report only beside the quote.
        // Verbs of praise and blame too: before a name they act on it ("prees de raad wethouder X", "felicitó al alcalde");
        // and verbs one of whose forms is a common word ("la queja", "urge una solución", "una nota", "la stima").
        BesideQuoteLemmas = Words("protestar amenazar quejar urgir felicitar elogiar censurar celebrar sonreír esperar gritar susurrar bromear calcular avanzar anticipar " +
            // Going on: "«…», continuó." (before a noun, "continuó la obra", it reports nothing).
            "continuar " +
            // Correcting someone and taking one's leave: "«…», le corrige.", "«…», se despidió X." (before a noun they
            // correct an exam or dismiss a worker, so they report only beside the quote).
            "corregir despedir"),
        Inflect = lemma => Inflection.Spanish(lemma, s_irregular),
        // "se mostró optimista X".
        StanceLemmas = Words("mostrar"),
        Reflexives = Words("se"),
        VerbsInvert = true,
        WritesKindBeforePlace = true,
        Pronouns = Words("él ella"),
        MalePronouns = Words("él"),
        DeputyWords = Words("vice ex"),
        ContinuationOpeners = Words("antes y"),
        InfinitiveLinks = Words("de"),
        FemalePronouns = Words("ella"),
        // A person's given name: the weakest evidence of their gender (Speakers/GivenNameGender.cs).
        MaleGivenNames = Words(SpanishGivenNames.Male),
        FemaleGivenNames = Words(SpanishGivenNames.Female),
        MaleTitles = Words(
            "señor sr don ingeniero arquitecto enfermero agricultor pescador sociólogo politólogo historiador escritor " +
            "biólogo geólogo hidrogeólogo veterinario farmacéutico psicólogo panadero frutero carnicero pescadero tendero librero zapatero peluquero ganadero catedrático delantero"),
        MasculineArticles = Words("el"),
        FemaleTitles = Words(
            "señora sra doña ministra consejera alcaldesa presidenta ingeniera arquitecta enfermera agricultora pescadora " +
            "socióloga politóloga historiadora escritora bióloga geóloga hidrogeóloga veterinaria farmacéutica psicóloga panadera frutera carnicera pescadera tendera librera zapatera peluquera ganadera catedrática delantera"),
        // "zijn vrouw Ineke", "his husband Tom Vane": a family tie that gives the person's gender.
        MaleKinNouns = Words("marido esposo hijo padre hermano abuelo nieto tío sobrino viudo novio suegro cuñado"),
        FemaleKinNouns = Words("esposa mujer hija madre hermana abuela nieta tía sobrina viuda novia suegra cuñada"),
        SpokesNouns = Words("portavoz"),
        OfficialNouns = Words("responsable representante"),
        SourceNouns = Words("fuentes fuente"),
        Demonstratives = Words("este esta ese esa aquel aquella"),
        PluralDemonstratives = Words("estos estas esos esas aquellos aquellas"),
        Negations = Words("no nunca"),
        PerfectAuxiliaries = Words("ha había han habían"),
        QuoteLabels = Words("pregunta respuesta nota aviso advertencia aclaración"),
        AdverbSuffixes = Words("mente"),
        Titles = Words(
            "señor señora sr sra don doña ministro ministra consejero consejera alcalde alcaldesa presidente presidenta " +
            "director directora portavoz secretario secretaria gerente delegado delegada diputado diputada senador senadora " +
            "entrenador entrenadora jefe jefa fiscal juez jueza magistrado magistrada técnico técnica doctor doctora " +
            // A team's goalkeeper before the name: "el portero Iván Gil" (a captain is a harbour's too, and pages read
            // "X es el nuevo capitán del puerto" as no writer's note).
            "portero portera"),
        FeminineArticles = Words("la una"),
        // "A defender el proyecto salió el concejal X": an infinitive's preposition opening a cleft.
        CleftOpeners = Words("a"),
        // "ha subrayado la regidora": the mayor, of the noun's own gender.
        OfficeEpithets = ["regidora=alcaldesa", "regidor=alcalde", "letrada=abogada", "letrado=abogado",
            // "reconoció el técnico": the team's coach, whom the article called its "entrenador".
            "técnico=entrenador|entrenadora", "técnica=entrenadora|entrenador", "míster=entrenador|entrenadora",
            // "aseguró el mandatario" is a club's or a body's president, "la primera edil" the mayor.
            "mandatario=presidente|presidenta", "mandataria=presidenta|presidente", "primer edil=alcalde|alcaldesa", "primera edil=alcaldesa|alcalde"],
        // "el mandatario" is also a head of state or of any body, so it means only the president
        // the article named, never the person in focus.
        HolderOnlyEpithets = Words("técnico técnica míster mandatario mandataria"),
        // "sighed a mother at the gate": someone ordinary, unnamed, described by the noun.
        PeopleNouns = Words(
            // Those who guard a park, a forest or its game, unnamed: "un guarda forestal que prefirió no dar su nombre".
            "guarda guardabosques guardaparques agente " +
            // Those who watch over a building by night or a museum's rooms by day, unnamed (session 65); not "sereno", calm too.
            "vigilante " +
            // Those who look after children or fish a river, speaking as a group of their own.
            "monitor monitora educador educadora " +
            "hombre mujer madre padre abuela abuelo vecino vecina transeúnte cliente clienta comerciante jubilado " +
            "jubilada conductor conductora estudiante visitante turista votante inquilino inquilina propietario " +
            "propietaria voluntario voluntaria manifestante paciente pasajero pasajera aficionado aficionada " +
            "trabajador trabajadora vendedor vendedora joven chico chica hijo hija hermano hermana esposa esposo " +
            "marido nieta tía tío viuda viudo amigo amiga compañero compañera colega residente testigo empleado " +
            "empleada obrero obrera alumno alumna peatón hincha seguidor seguidora espectador espectadora víctima " +
            // Those who live on an island or in a village, speaking as a group: "Los isleños aseguran …".
            "isleño isleña aldeano aldeana lugareño lugareña " +
            // Who study or learn a trade (session 62).
            "aprendiz aprendiza becario becaria " +
            // Whom an event befalls or who were there: passengers, survivors, witnesses (session 62).
            "superviviente usuario usuaria viajero viajera habitante" +
            // Who stay on holiday, at a hotel or a campsite, or bathe at a beach (session 64).
            " veraneante huésped bañista campista" +
            // Children, whose words a parent, a guide or a teacher tells (session 64).
            " niño niña adolescente" +
            // Activists (session 64, trades).
            " activista" +
            // A party's or a union's members, who speak for themselves (session 65, unnamed): "lamenta un afiliado".
            " afiliado afiliada" +
            // Who work in a government, a party or a ministry, quoted unnamed in political and crime copy (session 72, fresh2): "explica un funcionario",
            // "admite una asesora del Gobierno", "un colaborador del ministro".
            " funcionario funcionaria asesor asesora colaborador colaboradora " +
            // Who hold the same office in another country or body, the diplomacy copy's word for a minister's opposite number
            // "Su homóloga alemana Ana Roca".
            "homólogo homóloga"),
        // People nouns that are past participles too: right after the article the person ("un afectado que"), past
        // another noun a description ("un edificio afectado que") that brings in no one (session 62).
        ParticiplePeopleNouns = Words("afectado afectada damnificado damnificada desalojado desalojada evacuado evacuada" +
            // Also adjectives after a noun ("un pueblo marinero que", "un sistema informático que", "el personal administrativo que"): a person right after the article only (session 64, trades).
            " marinero marinera informático informática administrativo administrativa"),
        PresidingOffices = Words("alcalde alcaldesa"),
        CommandRanks = Words("capitán capitana comandante comandanta coronel coronela teniente tenienta sargento sargenta almirante almiranta"),
        // A court's offices mean only a holder the article named: an unnamed judge may be speaking.
        HolderOnlyRoles = Words("fiscal fiscala juez jueza"),
        RoleNouns = Words(
            "fiscal fiscala juez jueza ministro ministra consejero consejera concejal concejala alcalde alcaldesa presidente presidenta director directora portavoz " +
            "secretario secretaria gerente empresario empresaria diputado diputada entrenador entrenadora jefe jefa experto " +
            "experta abogado abogada responsable representante " +
            // Offices of clubs, firms, courts and services, as standing before a name set off by commas ("The treasurer, X, said").
            "tesorero tesorera coordinador coordinadora administrador administradora comisario comisaria interventor interventora" +
            // Ranks at sea and in command: "el capitán del puerto Juan Vidal".
            " comandante" +
            // "el líder de la oposición, X,": the head of a party, a group or a bench.
            " líder" +
            // A team's or a game's player and a museum's curator, before a name or set off by commas (session 67): "el jugador Luis Roe",
            // "la conservadora del museo, Ana Roe,".
            " jugador jugadora conservador conservadora"),
        // "dijo el ingeniero": nouns only, never adjectives ("el equipo médico", "el sector ganadero").
        // Of those, the ones a person holding a rank or an office is called by (see SpeechWords.HolderEpithets).
        HolderEpithets = Words("edil edila militar sindicalista especialista experto experta perito perita"),
        ProfessionEpithets = Words(
            // A parish's priest, called by the office alone ("explicó el párroco").
            "párroco " +
            // Who make cheese, quoted by their trade (session 68, fnames). A jury's member is left out: "el jurado" is the jury too.
            "quesero quesera " +
            "ingeniero ingeniera arquitecto arquitecta enfermero enfermera agricultor agricultora pescador pescadora " +
            "sociólogo socióloga politólogo politóloga historiador historiadora urbanista escritor escritora economista " +
            // The experts a report quotes: life and earth scientists (hydrogeologists too), vets, pharmacists, psychologists and psychiatrists.
            "biólogo bióloga geólogo geóloga hidrogeólogo hidrogeóloga veterinario veterinaria farmacéutico farmacéutica psicólogo psicóloga psiquiatra " +
            // A university's chair and a team's forwards: "explica la catedrática", "contó el delantero".
            "catedrático catedrática delantero delantera centrocampista " +
            // Those who serve a council, a force or a union, and experts: "aseguró el edil", "advirtió la sindicalista".
            "edil edila militar sindicalista especialista experto experta perito perita panadero panadera frutero frutera carnicero carnicera pescadero pescadera tendero tendera librero librera zapatero zapatera peluquero peluquera ganadero ganadera " +
            // A nationality the article gave a person it named: "el quesero francés X", "X, un ecuatoriano de 27 años" … "aseguró el francés".
            "japonés japonesa chino china francés francesa portugués portuguesa italiano italiana alemán alemana británico británica inglés inglesa " +
            "irlandés irlandesa holandés holandesa belga suizo suiza sueco sueca danés danesa noruego noruega polaco polaca rumano rumana búlgaro búlgara " +
            "ucraniano ucraniana ruso rusa griego griega turco turca marroquí argelino argelina senegalés senegalesa estadounidense mexicano mexicana " +
            "cubano cubana dominicano dominicana colombiano colombiana venezolano venezolana ecuatoriano ecuatoriana peruano peruana boliviano boliviana " +
            "chileno chilena argentino argentina uruguayo uruguaya paraguayo paraguaya brasileño brasileña" +
            // Field scientists a study quotes by their science (Phrase.ProfessionAfterRole.cs).
            " ecólogo ecóloga entomólogo entomóloga zoólogo zoóloga" +
            // The arts' trades, for a feature on an exhibition, a reading or a concert: "cuenta la fotógrafa", "dijo el escultor"; not "música", the music as often.
            " artista pintor pintora escultor escultora fotógrafo fotógrafa poeta poetisa músico cantante actor actriz bailarín bailarina compositor compositora " +
            // Who serve in a shop, a bar or a café (session 62).
            "cajero cajera dependiente dependienta camarero camarera reponedor reponedora florista " +
            // Who care for the old, the sick and children, at home or on a ward (session 62).
            "auxiliar cuidador cuidadora gerocultor gerocultora celador celadora matrona comadrona " +
            // Who work the land, vines, hives and herds (session 62).
            "viticultor viticultora pastor pastora apicultor apicultora olivarero olivarera jornalero jornalera temporero temporera " +
            // Who build and mend houses (session 62).
            "albañil carpintero carpintera fontanero fontanera electricista peón " +
            // Who drive, conduct or deliver (session 62).
            "camionero camionera taxista repartidor repartidora maquinista chófer revisor revisora " +
            // Firefighters and rescuers, quoted unnamed at a fire or a flood (session 62).
            "bombero bombera socorrista rescatista brigadista" +
            // Who keep or serve in hotels, restaurants and bars (session 64).
            " hotelero hotelera hostelero hostelera mesero mesera cocinero cocinera recepcionista" +
            // Who teach at a school (session 64).
            " profesor profesora maestro maestra docente" +
            // Who load ships; who write software or keep an office; who carry messages and parcels (session 64, trades).
            " estibador estibadora programador programadora desarrollador oficinista mensajero mensajera" +
            // Who shoe horses and sew clothes, and who lead a gang of workers on a site or a quay (session 65, unnamed): "lamenta una costurera";
            // "sastre" stays out: it is as often a surname.
            " herrador herradora costurera costurero capataz capataza encargado encargada" +
            // Who fit and mend machines, engines and cars, unnamed or before a name (session 67): "cuenta el mecánico".
            " mecánico mecánica" +
            // The trades of a family an editor calls them by, and the families' nouns (SpeechWords.FemaleTradeFamilies; session 71, trades).
            " ceramista grabadora ilustradora soprano mezzosoprano cantaora médica pediatra cirujana cardióloga anestesista traumatóloga grabador ilustrador tenor barítono cantaor pianista violinista guitarrista acordeonista organista violonchelista médico cirujano cardiólogo traumatólogo"),
        // A trade's family, the noun an editor calls its holder by at the cue: "la escultora Ana Gil" … "cuenta la artista", "el pediatra Luis Mora" … "explica el médico"
        // (SpeakerFinder.TradeFamily.cs). Only families no editor would doubt; the members are the gender's forms and the forms of either.
        FemaleTradeFamilies =
        [
            "artista=pintora|escultora|ceramista|grabadora|ilustradora",
            "cantante=soprano|mezzosoprano|cantaora",
            "médica=pediatra|cirujana|cardióloga|anestesista|traumatóloga",
        ],
        MaleTradeFamilies =
        [
            "artista=pintor|escultor|ceramista|grabador|ilustrador",
            "cantante=tenor|barítono|cantaor",
            "músico=pianista|violinista|guitarrista|acordeonista|organista|violonchelista",
            "médico=pediatra|cirujano|cardiólogo|anestesista|traumatólogo",
        ],
        DocumentNouns = Words("texto carta declaración nota comunicado informe estudio encuesta sondeo"),
        DocumentRelatives = ["en el que", "en la que", "en el cual", "en la cual"],
        // "Así contó ayer X …": the manner alone points back as "así lo" does.
        BackReferences = ["lo", "así lo", "eso", "así"],
        // "«…». Con estas palabras se defendió X": any verb after them says the quote before.
        WithTheseWords = ["con estas palabras", "con esas palabras", "con esta frase", "con esa frase"],
        StudyNouns = Words("informe estudio"),
        CompanyNouns = Words("empresa compañía sociedad"),
        TradeNouns = Words("fábrica naviera aerolínea " +
            // Session 70 (names): the shops and workshops a family's firm is named as ("Panadería Ordás", NameFacts.FirmBeforeSurname.cs).
            "panadería sombrerería carnicería ferretería pastelería bodega"),
        CompanyWords = Words("sa sl"),
        // Session 65: the masculine of the distributor, the supplier in both genders, the firms that sell and supply energy, and the
        // young firm; not the masculine "operador", a worker as often ("Luis Robles, un operador de grúa," would become a firm).
        FirmNouns = Words("fabricante concesionaria operadora distribuidora tecnológica eléctrica energética constructora distribuidor proveedor proveedora suministradora comercializadora startup"),
        SeatParticiples = Words("fundado fundada establecido establecida creado creada nacido nacida ubicado ubicada situado situada localizado localizada radicado radicada instalado instalada asentado asentada afincado afincada basado basada domiciliado domiciliada"),
        ShareNouns = Words("acciones"),
        AnyBodyNouns = Words("organización organismo entidad institución departamento dirección"),
        GoverningNouns = Words("dirección"),
        ClauseAuxiliaries = Words("ser estar haber tener"),
        OrganisationNouns = Words("consorcio red texto carta declaración nota organización banco agencia autoridad comisión comité instituto coalición aerolínea naviera sociedad organismo entidad institución departamento empresa compañía consejería sindicato patronal gobierno ministerio ayuntamiento junta partido club asociación mancomunidad cooperativa fundación federación confederación comunicado informe estudio justicia regulador aseguradora universidad policía hospital fábrica emisora dirección servicio diputación fiscalía tribunal cabildo unión " +
            // A church's bodies speak as bodies: "fa sapere la diocesi", "señala la hermandad" (session 61).
            "diócesis archidiócesis obispado arzobispado cofradía hermandad " +
            // A profession's college speaks as a body, its whole name read with its qualifier and complements: "El Colegio
            // Oficial de Médicos de X lamentó" (session 67; "el colegio" alone is a school, a body as well).
            "colegio"),
        PluralDefinites = Words("los las"),
        BareBodies = Words("gobierno justicia ayuntamiento policía " +
            // One per place, speaking as one by its noun alone: a diocese, and the office above the town
            // where the language's news names it bare ("Volgens de provincie", "fa sapere la prefettura"; session 61).
            "diócesis archidiócesis obispado arzobispado diputación fiscalía"),
        BodyQualifiers = Words("local municipal nacional autonómica"),
        Indefinites = Words("un una otro otra"),
        Definites = Words("el la los las"),
        Prepositions = Words("de del para"),
        NotNames = Words("el la los las un una pero y también además ayer hoy en con por para sin tras desde según mientras cuando " +
            // A participle of coming, birth or settling that opens a sentence before where from ("Llegado de Siria en 2017, abrió …") is no
            // first name before a particle (session 68, fnames); the participles of birth and settling are SeatParticiples.
            "llegado llegada llegados llegadas"),
        // "», se quejó X", "», se ha mostrado X": the reflexive pronoun before a pronominal verb.
        AgeWords = Words("años"),
        // "la octogenaria", an age in words: whom the article named, as "the 71-year-old" in figures.
        AgeNouns = Words(
            "veinteañero veinteañera treintañero treintañera cuarentón cuarentona cincuentón cincuentona " +
            "quincuagenario quincuagenaria sexagenario sexagenaria septuagenario septuagenaria octogenario octogenaria " +
            "nonagenario nonagenaria " +
            // "dice la anciana": old age without a figure, read as an age past sixty (SpeakerFinder.AgeGiven.cs).
            "anciano anciana"),
        Intensifiers = Words("mismo misma mismos mismas"),
        // Answering: whoever asked the question just quoted does not answer it (SpeakerFinder.AnswerToQuestion.cs).
        AnsweringVerbs = Words("respondió responde respondía contestó contesta contestaba replicó replica"),
        Fillers = [.. Words("ha había han habían también además luego después ayer hoy ya se"), "la semana pasada", "el mes pasado", "el año pasado", "el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "el sábado", "el domingo",
            // "contaba por la tarde X": the part of the day it was said, between the verb and its subject.
            "por la mañana", "por la tarde", "por la noche", "esta mañana", "esta tarde", "esta noche", "anoche",
            // Phrases of cause and concession opening the clause: "Por eso insiste:", "Aun así dijo:".
            "por eso", "por ello", "aun así"],
        AccordingTo = new[] { "según", "de acuerdo con", "en palabras de", "a juicio de", "en opinión de", "a criterio de", "a decir de" },
        ViewPrepositions = Words("para"),
        // "se limitó a señalar que …", "«…», se ha limitado a decir X": a verb that limits what was said.
        // "», llegó a decir X", "», volvió a insistir": how far or how often, before a reporting infinitive.
        WillVerbs = ["llegó a", "llegaron a", "llega a", "llegan a", "llegado a", "llegada a", "volvió a", "volvieron a", "vuelve a", "vuelven a", "vuelto a", "vuelta a", "quiso", "quisieron", "quiere", "querido"],
        LimitingVerbs = ["limitó a", "limitaron a", "limita a", "limitan a", "limitaba a", "limitaban a", "limitado a", "limitada a", "limitados a", "limitadas a"],
        ReportingPhrases = ["hace saber", "hacen saber", "hizo saber", "hicieron saber", "hacía saber", "hecho saber"],
        // "habla de «un cierre anunciado»": see SpeechWords.SpeakingOfPhrases.
        SpeakingOfPhrases = ["habla de", "habló de", "hablaba de", "hablan de", "hablaron de", "hablaban de", "hablado de"],
        Locatives = Words("en"),
        // "el comunicado difundido por la empresa": a participle before the document's issuer and its agent.
        IssuingParticiples = Words("difundido difundida publicado publicada emitido emitida enviado enviada remitido remitida firmado firmada"),
        PassiveAgents = Words("por"),
        // "Tras la reunión, él", "Al llegar, ella": prepositions opening a phrase of time or place before a comma and
        // the subject, besides the Prepositions and Locatives ("En el mercado, él").
        CommaOpeningPrepositions = Words("tras durante después antes al ante sobre desde delante detrás"),
        // "Preguntada por ello, ella": a participle of being asked opening such a phrase, agreeing with the pronoun.
        AskedParticiples = Words("preguntado preguntada interrogado interrogada consultado consultada cuestionado cuestionada"),
        Media = Words("en a al desde"),
        // "the director of a firm": a role's link to what it heads, before an indefinite; a manner noun there is no body ("d'une voix").
        HeadLinks = Words("de del"),
        // One picked out of a group, "explica uno de ellos", "una de ellas": someone of the group, never the one quoted before.
        PartitiveOnes = Words("uno una"),
        PartitivePronouns = Words("ellos ellas nosotros nosotras"),
        MannerNouns = Words("voz tono aire sonrisa suspiro modo manera forma edad"),
        MannerPrepositions = Words("con"),
        // "«…», dijo entre aplausos.": a phrase of when or how after a verb whose subject is dropped.
        PhrasePrepositions = Words("entre ante"),
        // "the so-called "…"": the words name a term, quoted from nobody.
        TermMarkers = Words("llamado llamada llamados llamadas denominado denominada denominados denominadas autodenominado autodenominada"),
        // "known as «…»", "nicknamed «…»": the quote is what something is called (SpeakerFinder.CalledByName.cs).
        NamingWords = Words("apodado apodada apodados apodadas bautizado bautizada bautizados bautizadas rebautizado rebautizada llaman llamaban rebautizar renombrar"),
        KnownAsWords = Words("conocido conocida conocidos conocidas"),
        // "under the name «…»": the quote right after the noun is what something is called (SpeakerFinder.NameNounBeforeQuote.cs).
        NameNouns = Words("nombre"),
        // "Se llama Rosa Tamayo", "Se llamaba Pablo Nieto": the verb that gives a person's name (SpeakerFinder.NamingVerbNewcomer.cs).
        NameGivingVerbs = Words("llama llamaba"),
        CircleNouns = Words("entorno allegados"),
        ContractedArticles = Words("al del"),
        PartyAdjectiveEndings = Words("ista istas"),
        NotPartyAdjectives = Words("lista listas vista revista entrevista conquista"),
        OfficeTierAdjectives = Words("municipal municipales regional regionales provincial provinciales autonómico autonómica autonómicos autonómicas"),
        EmployerLinks = Words("de del"),
        ListenerPrepositions = Words("a"),
        ResponseNouns = Words("respuesta réplica reacción comentario valoración conclusión veredicto"),
        ResponseVerbs = Words("llegó vino"),
        StanceWords = Words("satisfecho satisfecha satisfechos contento contenta crítico crítica contrario contraria cauto cauta escéptico escéptica"),
        ObjectPrepositions = Words("contra con sobre hacia como"),
        OrganisationLinks = Words("de del"),
        // "el Sindicato de Trabajadores en la Industria del Calzado": the field its members work in (OrganisationName.SectorLink.cs).
        SectorNouns = Words("industria industrias comercio enseñanza educación sanidad construcción metalurgia agricultura"),
        ImpersonalReadings = Words("lee leía leen"),
        ReadingClitics = Words("se"),
        // "X lo anunció", "X les explicó que": the object pronoun before the verb.
        ObjectClitics = Words("lo le les me nos"),
        NameJoiners = Words("de"),
        DropsSubjects = true,
        // "«…», dijeron.": third-person plural endings of a verb whose subject is dropped.
        SourcePrepositions = Words("desde"),
        SourceSides = Words("parte"),
        PluralVerbEndings = Words("-ron -an -en"),
        // "los vecinos" from "vecino", "los profesores" from "profesor".
        PluralNounEndings = ["s>", "es>"],
        // A view, a version, criticism, or a view "different" from the last, given as a sentence of its own (with the ResponseNouns and StanceWords).
        ViewWords = Words("opinión versión críticas visión distinta distinto diferente"),
        Participle = Inflection.Participles(s_irregularParticiples, lemma => Inflection.Gerund(lemma, "ando", "iendo", "iendo")),
        Possessives = Words("su sus"),
        FirstPersonPossessives = Words("mi mis nuestro nuestra nuestros nuestras"),
        ComparisonOpeners = Words("como"),
        FirstPersonDroppingWords = Words("yo nosotros nosotras he hemos"),
        // "yo les digo siempre a mis hijos: “…”" ("cuento" is a story too).
        FirstPersonSayingForms = Words("digo pregunto respondo contesto repito explico"),
        // "Luego, dirigiéndose a su marido: «…»", "volviéndose hacia la sala".
        TurningWords = Words("dirigiéndose volviéndose girándose"),
        // "Pour X, ce choix est « … »": a view's clause that says what something is.
        Copulas = ["es", "era", "fue", "será", "sería", "está", "estaba", "estuvo"],
        // "Luis Pardo fue elegido", "Ana Pardo fue elegida", "está cansada": a participle after a form of "ser" or
        // "estar" agrees with its subject.
        MaleAgreementEndings = ["ado", "ido"],
        FemaleAgreementEndings = ["ada", "ida"],
        Coordinators = Words("y o e"),
        Contrasts = Words("pero sino"),
        Subordinators = Words("cuando aunque mientras porque"),
        // "Ana Ruiz respondió a nuestras preguntas": an interview's guest (SpeakerFinder.Tracking.cs).
        InterviewCues = ["respondió a nuestras preguntas", "responde a nuestras preguntas", "respondió a las preguntas", "fue el invitado", "fue la invitada"],
        RelativePronouns = Words("que quien quienes cuyo cuya"),
        PersonRelativePronouns = Words("quien quienes"),
        InfinitiveTimeLinks = ["antes de", "después de"],
        AdditiveAdverbs = Words("también"),
        AdjectiveEndings = Words("aria ario ica ico al ar ana ano ense ese esa iva ivo ista ble ea eo és"),
        // "… came with Y": someone brought in beside the subject (SpeakerFinder.PronounRival.cs).
        CompanionWords = Words("con"),
        // "Ruiz tacha el plan de «…»", "Ruiz cifra los daños en «…»" (Cues.JudgingComplement.cs).
        JudgingVerbs = ["tacha de", "tachan de", "tachó de", "tacharon de", "cifra en", "cifran en", "cifró en", "cifraron en"],
        // "Ruiz calificó la decisión de «…»", "Ruiz tildó el plan de «…»", "Ruiz definió el plan como «…»" (Cues.NamingComplement.cs);
        // "habló de «…»" is read as speaking of (SpeakingOfPhrases).
        NamingVerbs = ["califica de", "califican de", "calificó de", "calificaron de", "calificado de", "tilda de", "tildan de", "tildó de", "tildaron de", "tildado de",
            "define como", "definen como", "definió como", "definieron como", "definido como", "describe como", "describen como", "describió como",
            "describieron como", "descrito como"],
        // "según sus propias palabras" (Cues.OwnWords.cs).
        OwnWordsPhrases = ["según sus propias palabras", "en sus propias palabras", "según él mismo", "según ella misma"],
        // "la dirigente" / "il dirigente": whom a bare role noun meant, by its article's gender (SpeakerFinder.EpithetMeantBefore.cs).
        EpithetFeminineArticles = Words("la"),
        EpithetMasculineArticles = Words("el"),
        // The indefinite's gender is its noun's person's: "una vecina" is a woman, "un vecino" a man.
        FeminineIndefinites = Words("una otra"),
        MasculineIndefinites = Words("un otro"),
        // Professions and clerical or academic titles before a full name: "Obispo Carlos Mena", "Sacerdote Luis Vidal" opening a sentence (SpeechWords.NameProfessions).
        NameProfessions = Words("sacerdote obispo arzobispo diácono"),
        // "Luego la directora añadió:": time or sequence before the subject, with no comma (Sieves/ColonCue.SequenceOpener.cs).
        SequenceOpeners = ["después", "luego", "poco después", "justo después", "más tarde"],
        // "«…», dijo la mujer.": ties that also mean anyone, no tie at the cue (Speakers/Phrase.KinEpithet.cs).
        LooseKinNouns = Words("mujer"),
        // A body's statement named again by its family's noun or as its text (SpeakerFinder.BroughtDocument.cs).
        StatementNouns = Words("comunicado nota declaración"),
        // "«…», dijo sonriendo.", "», dijo levantándose …": the endings of a gerund, alone or with "se" joined, a how that closes a cue after the verb (SpeakerFinder.GerundAfterDroppingVerb.cs).
        GerundSuffixes = Words("ando iendo yendo ándose iéndose yéndose"),
        // "Enfin Marc Lefort a dit", "Finalmente Ana Gómez dijo": an adverb opening the sentence is no first name (SpeechWords.SentenceAdverbs).
        SentenceAdverbs = Words("finalmente entonces luego después ahora posteriormente"),
        // "C'est Marc Lefort qui …", "Fueron Ana Gómez y Luis Pardo quienes …": a form of "to be" opening a cleft that Copulas lacks (SpeechWords.CleftCopulas).
        CleftCopulas = Words("fueron"),
        // "leyó el mensaje del alcalde: «…»": reading a text out brings in its words, not the reader's (SpeakerFinder.ReadAloud.cs).
        ReadAloudVerbs = Words("leyó lee leía releyó"),
        ReadAloudTexts = Words("mensaje misiva correo discurso"),
        // "…, añadió Pedro Sanz, el lunes.": words of when the words were said, a trail after a closing cue's subject (SpeechWords.CueTrailTimes).
        CueTrailTimes = Words("ayer hoy anoche anteayer mañana tarde noche semana mes"),
        // "Es el caso de Ana Ruiz, madre de dos hijos: «…»": a presentative bringing in the person whose case is told, before a colon (SpeechWords.CasePresentatives).
        CasePresentatives = ["es el caso de", "es también el caso de"],
        // "», insistió la inspectora", "», explicó el aparejador": a trade the lists leave out, read by its
        // ending (AgentNouns). An ending in both lists ("-ista") is either gender's form; the article says
        // which. Only endings no thing that speaks wears: not "-tor" ("el sector"), "-ico" ("el periódico"),
        // "-ario" ("el diario"), "-ente" ("el expediente").
        AgentNounEndings = Words("-ador -edor -idor -ero -ista -ólogo -atario -etario"),
        FemaleAgentNounEndings = Words("-adora -edora -idora -ectora -itora -era -ista -óloga -ataria -etaria"),
        ThingAgentNouns = Words("vista pista lista conquista"),
        // "X quiere un edificio «…»": verbs of wanting and hoping that report nothing
        // alone, whose partial quote in the subject's own clause is the subject's words (SpeechWords.WishingVerbs).
        WishingVerbs = Words("quiere quieren quería querían quiso quisieron querido espera esperan esperaba esperaban desea desean deseaba deseaban"),
        // "«…», lamentó el ganadero ante los periodistas": prepositions opening where, when or to whom an epithet at a cue spoke (SpeechWords.EpithetTailPrepositions).
        EpithetTailPrepositions = Words("a al ante en entre tras desde durante con sin"),
        // "«…», dijo ella" after two people in the sentence before: a subject pronoun written out sets one person
        // against another, so either may be meant (SpeakerFinder.ObjectRival.cs).
        ContrastingPronouns = Words("él ella"),
        // "un informe titulado «…»", "bajo el lema «…»": a work's title or a slogan, quoted from nobody (SpeakerFinder.TitleBeforeQuote.cs).
        TitlingWords = Words("titulado titulada titulados tituladas intitulado intitulada intitulados intituladas subtitulado subtitulada subtitulados subtituladas"),
        TitleNouns = Words("título lema eslogan consigna"),
        TitlePrepositions = Words("bajo con"),
        // "En la puerta había una vecina que …": a presentative or existential verb (with its expletive) that brings in the unnamed person
        // after it as the one a later pronoun means (SpeechWords.PresentativePhrases).
        PresentativePhrases = ["hay", "había", "hubo", "estaba", "está", "se encontraba", "se encuentra"],
        // "Entre los participantes caminaba un viudo …": the preposition of being one of a group, and the verbs after which the subject then stands (SpeechWords.AmongPrepositions, SpeechWords.AmongVerbs).
        AmongPrepositions = Words("entre"),
        AmongVerbs = Words("era eran es son estaba estaban está están figuraba figuraban figura caminaba caminaban camina marchaba corría"),
        // "Una camarera del bar prefiere no dar su nombre.": words that say someone unnamed keeps their name back, alone or after a negation near them
        // (SpeechWords.AnonymityWords, SpeechWords.WithheldNameWords; session 64).
        AnonymityWords = Words("anonimato anónimo anónima anónimamente"),
        WithheldNameWords = Words("identificado identificada identificarse nombre nombrado nombrada"),
        // A verb of adding at a second quote's cue («…», añade el ganadero): the words go on from whoever
        // was quoted just before, not an answer to them (SpeakerFinder.AddedToOwnQuote.cs).
        AddingVerbs = Words("añade añadió añadía agrega agregó agregaba"),
        // Session 71 (firm): the words of a firm's trade that stand in its name and in no person's ("Severnmoor Water",
        // "Transalpina Distribuzione"); a company's noun at the next cue then means it (SpeechWords.FirmNameWords).
        FirmNameWords = Words("residencial logística distribución construcciones transportes energía servicios inversiones seguros inmobiliaria telecomunicaciones"),
    };
}
