package nl.xlascorecard.core.scorecard.domain;

import java.time.Instant;
import java.util.List;

/**
 * The scorecard the app ships with (template version 1): five statements per category, written for
 * an IT managed-service provider whose customers are Dutch healthcare organisations. The statements
 * work for all three respondent roles: care workers who use the systems, the customer's ICT manager
 * and its executives; a respondent skips what they cannot judge ("no opinion").
 *
 * <p>The Dutch uses the formal register and the words of Dutch healthcare ICT ("melding",
 * "storing", "cliëntdossier"); "the service provider" is the neutral subject so that the same text
 * fits every provider that installs the app.
 */
public final class DefaultTemplate {

    public static final int VERSION = 1;

    private DefaultTemplate() {
    }

    /** The shipped template as version 1, created at {@code createdAt} by nobody (the app itself). */
    public static ScorecardTemplate asVersion1(Instant createdAt) {
        return new ScorecardTemplate(VERSION, createdAt, null, categories());
    }

    public static List<TemplateCategory> categories() {
        return List.of(reliability(), assurance(), partnership(), empathy(), communication());
    }

    private static TemplateCategory reliability() {
        return category(Category.RELIABILITY,
                text("Reliability", "Betrouwbaarheid"),
                text("Keeping agreements: we do what we promised, when we promised it.",
                        "Afspraken nakomen: we doen wat we hebben toegezegd, wanneer we het hebben toegezegd."),
                statement("REL_1",
                        "Agreements are kept: what has been promised actually happens.",
                        "Afspraken worden nagekomen: wat is toegezegd, gebeurt ook echt."),
                statement("REL_2",
                        "Incidents and requests are resolved within the agreed time.",
                        "Storingen en verzoeken worden binnen de afgesproken tijd opgelost."),
                statement("REL_3",
                        "The systems care workers depend on, such as the electronic client record, are available when they are needed.",
                        "De systemen waar zorgmedewerkers op rekenen, zoals het elektronisch cliëntdossier, zijn beschikbaar wanneer dat nodig is."),
                statement("REL_4",
                        "Planned changes and maintenance take place at the agreed moment, without disrupting care.",
                        "Gepland onderhoud en wijzigingen vinden plaats op het afgesproken moment, zonder de zorg te verstoren."),
                statement("REL_5",
                        "When I report a problem, I can count on it being followed up without having to chase it.",
                        "Als ik een probleem meld, kan ik erop rekenen dat het wordt opgepakt zonder dat ik erachteraan hoef te gaan."));
    }

    private static TemplateCategory assurance() {
        return category(Category.ASSURANCE,
                text("Assurance", "Zekerheid"),
                text("The competence and problem-solving power of our service staff.",
                        "De deskundigheid en het probleemoplossend vermogen van onze servicemedewerkers."),
                statement("ASS_1",
                        "The service desk staff know what they are talking about.",
                        "De medewerkers van de servicedesk weten waar ze het over hebben."),
                statement("ASS_2",
                        "Problems are usually solved in one go, without being passed from one person to the next.",
                        "Problemen worden meestal in één keer opgelost, zonder van de een naar de ander te worden doorgeschoven."),
                statement("ASS_3",
                        "The staff know the applications we use in our care processes.",
                        "De medewerkers kennen de applicaties die wij in onze zorgprocessen gebruiken."),
                statement("ASS_4",
                        "I trust that our data, including client and patient data, is handled securely and with care.",
                        "Ik vertrouw erop dat onze gegevens, ook cliënt- en patiëntgegevens, veilig en zorgvuldig worden behandeld."),
                statement("ASS_5",
                        "With complex or recurring problems the cause is found and dealt with, not just the symptom.",
                        "Bij complexe of terugkerende problemen wordt de oorzaak gevonden en aangepakt, niet alleen het symptoom."));
    }

    private static TemplateCategory partnership() {
        return category(Category.PARTNERSHIP,
                text("Partnership", "Partnership"),
                text("Doing our best for you, and getting a step better each time.",
                        "We doen ons best voor u en worden elke keer een stap beter."),
                statement("PAR_1",
                        "The service provider goes the extra mile when it really matters.",
                        "De dienstverlener doet een stapje extra wanneer het er echt op aankomt."),
                statement("PAR_2",
                        "The service noticeably gets a step better over time.",
                        "De dienstverlening wordt merkbaar steeds een stap beter."),
                statement("PAR_3",
                        "The service provider comes up with ideas of its own that help our organisation forward.",
                        "De dienstverlener komt uit zichzelf met ideeën die onze organisatie verder helpen."),
                statement("PAR_4",
                        "Feedback we give is taken seriously and leads to visible improvements.",
                        "Feedback die wij geven, wordt serieus genomen en leidt tot zichtbare verbeteringen."),
                statement("PAR_5",
                        "The service provider thinks along with our ICT plans and the future of our care organisation.",
                        "De dienstverlener denkt mee over onze ICT-plannen en de toekomst van onze zorgorganisatie."));
    }

    private static TemplateCategory empathy() {
        return category(Category.EMPATHY,
                text("Empathy", "Empathie"),
                text("The way we work together, and how well we understand your situation.",
                        "De manier waarop we samenwerken en hoe goed we uw situatie begrijpen."),
                statement("EMP_1",
                        "The staff understand what working in care is like and what an ICT problem means for clients and colleagues.",
                        "De medewerkers begrijpen hoe het is om in de zorg te werken en wat een ICT-probleem betekent voor cliënten en collega's."),
                statement("EMP_2",
                        "Priorities take account of what is urgent for care, such as a night shift or an emergency.",
                        "Bij het bepalen van prioriteiten wordt rekening gehouden met wat voor de zorg urgent is, zoals een nachtdienst of een spoedsituatie."),
                statement("EMP_3",
                        "I am helped in a friendly and patient way, also when I am not an ICT expert.",
                        "Ik word vriendelijk en geduldig geholpen, ook als ik geen ICT-deskundige ben."),
                statement("EMP_4",
                        "Working with the service provider feels like working with colleagues.",
                        "De samenwerking met de dienstverlener voelt als samenwerken met collega's."),
                statement("EMP_5",
                        "Solutions fit the way we work, rather than us having to adapt to the technology.",
                        "Oplossingen passen bij onze manier van werken, in plaats van dat wij ons aan de techniek moeten aanpassen."));
    }

    private static TemplateCategory communication() {
        return category(Category.COMMUNICATION,
                text("Communication", "Communicatie"),
                text("Transparent and honest, also when there is a conflict.",
                        "Transparant en eerlijk, ook als het schuurt."),
                statement("COM_1",
                        "I am kept informed about the progress of my requests without having to ask.",
                        "Ik word op de hoogte gehouden van de voortgang van mijn meldingen zonder dat ik ernaar hoef te vragen."),
                statement("COM_2",
                        "Information is clear and free of unnecessary jargon.",
                        "Informatie is duidelijk en vrij van onnodig vakjargon."),
                statement("COM_3",
                        "When something goes wrong, the service provider says so openly and honestly.",
                        "Als er iets misgaat, zegt de dienstverlener dat open en eerlijk."),
                statement("COM_4",
                        "Disagreements are discussed openly and resolved together.",
                        "Meningsverschillen worden open besproken en samen opgelost."),
                statement("COM_5",
                        "During a disruption we are told in time what the impact is and when a solution is expected.",
                        "Bij een verstoring horen we op tijd wat de gevolgen zijn en wanneer een oplossing te verwachten is."));
    }

    private static TemplateCategory category(Category category, LocalizedText name, LocalizedText description,
                                             TemplateStatement... statements) {
        return new TemplateCategory(category, name, description, List.of(statements));
    }

    private static TemplateStatement statement(String key, String en, String nl) {
        return new TemplateStatement(key, text(en, nl));
    }

    private static LocalizedText text(String en, String nl) {
        return new LocalizedText(en, nl);
    }
}
