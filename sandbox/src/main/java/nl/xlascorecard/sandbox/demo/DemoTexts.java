package nl.xlascorecard.sandbox.demo;

import java.util.List;
import java.util.Map;

import nl.xlascorecard.core.scorecard.domain.Category;

/**
 * Dutch texts respondents of healthcare organisations might write: comments per category (praise,
 * neutral, complaint) and answers to "what would make it one point better?". Demo data only.
 */
final class DemoTexts {

    static final Map<Category, List<String>> PRAISE = Map.of(
            Category.RELIABILITY, List.of(
                    "Afspraken worden nagekomen, ook als het druk is.",
                    "Storingen aan het ECD worden snel en volgens afspraak opgelost.",
                    "De onderhoudsvensters worden netjes buiten de zorgdiensten gepland."),
            Category.ASSURANCE, List.of(
                    "De mensen aan de telefoon weten waar ze het over hebben.",
                    "Bij de migratie van de zorgtelefonie zat er echt kennis aan tafel.",
                    "Complexe problemen met inloggen op de tablets werden grondig uitgezocht."),
            Category.PARTNERSHIP, List.of(
                    "Ze denken mee over onze plannen voor domotica op de afdelingen.",
                    "Voelt als een partner, niet als een leverancier.",
                    "Komen zelf met verbetervoorstellen voor onze werkplekken."),
            Category.EMPATHY, List.of(
                    "Ze begrijpen dat een zorgmedewerker geen tijd heeft om lang te wachten.",
                    "Er wordt rekening gehouden met nachtdiensten en weekendroosters.",
                    "Vriendelijk en geduldig, ook bij collega's die minder digitaal vaardig zijn."),
            Category.COMMUNICATION, List.of(
                    "Duidelijke berichten bij storingen, ook over wat we zelf kunnen doen.",
                    "De maandrapportage is helder en eerlijk.",
                    "Als iets misgaat, hoor je dat meteen en zonder omwegen."));

    static final Map<Category, List<String>> NEUTRAL = Map.of(
            Category.RELIABILITY, List.of("Meestal goed, soms duurt een wijziging langer dan toegezegd."),
            Category.ASSURANCE, List.of("Wisselend: de ene collega weet meer van onze applicaties dan de andere."),
            Category.PARTNERSHIP, List.of("Prima samenwerking, maar we merken weinig van eigen initiatief."),
            Category.EMPATHY, List.of("Correct, maar de werkdruk op de afdelingen wordt niet altijd gezien."),
            Category.COMMUNICATION, List.of("Informatie komt wel, maar vaak pas als we er zelf om vragen."));

    static final Map<Category, List<String>> COMPLAINTS = Map.of(
            Category.RELIABILITY, List.of(
                    "Tickets blijven te lang liggen, terwijl de medicatietoediening erop wacht.",
                    "Toegezegde oplossingen voor het roosterprogramma komen er niet.",
                    "Al drie keer dit kwartaal uitval van het wifi-netwerk op de verpleegafdeling."),
            Category.ASSURANCE, List.of(
                    "We moeten ons verhaal steeds opnieuw uitleggen aan een nieuwe medewerker.",
                    "Bij problemen met het ECD wordt te snel naar de leverancier verwezen."),
            Category.PARTNERSHIP, List.of(
                    "Het voelt steeds meer als een loket in plaats van een partner.",
                    "Onze vragen over de vervanging van de laptops blijven liggen."),
            Category.EMPATHY, List.of(
                    "Er is weinig begrip dat een storing in de nacht directe gevolgen heeft voor cliënten.",
                    "We worden afgescheept met standaardantwoorden."),
            Category.COMMUNICATION, List.of(
                    "We horen pas achteraf dat er onderhoud was.",
                    "Bij de laatste grote storing wisten we urenlang niet wat er aan de hand was."));

    static final List<String> ONE_POINT_BETTER = List.of(
            "Een vast aanspreekpunt voor onze locatie.",
            "Na het oplossen van een melding even terugbellen of het echt werkt.",
            "Storingsmeldingen ook per sms naar de teamleiders sturen.",
            "Vaker langskomen op de afdelingen om te zien hoe wij werken.",
            "Een korte uitleg bij wijzigingen, in gewone taal.",
            "Sneller reageren op meldingen van de nachtdienst.",
            "Proactief melden als een oplossing later komt dan afgesproken.",
            "Samen een planning maken voor de vervanging van de werkplekken.",
            "De kennisbank bijwerken, zodat we eenvoudige dingen zelf kunnen oplossen.",
            "Bij grote wijzigingen eerst met een paar zorgmedewerkers testen.",
            "Een maandelijks overleg met onze ICT-coördinator.",
            "Zorgen dat de telefoon sneller wordt opgenomen in het ochtendspitsuur.");

    /** Per category the improvement action a service manager would write after poor scores. */
    static final Map<Category, String> ACTIONS = Map.of(
            Category.RELIABILITY, "Wekelijkse review van openstaande meldingen ouder dan vijf werkdagen met de teamleider servicedesk.",
            Category.ASSURANCE, "Kennissessie over het ECD en de zorgtelefonie voor alle servicedeskmedewerkers.",
            Category.PARTNERSHIP, "Kwartaaloverleg met de ICT-coördinator over plannen en verbetervoorstellen.",
            Category.EMPATHY, "Servicedeskmedewerkers lopen een dagdeel mee op een zorgafdeling.",
            Category.COMMUNICATION, "Storingen en onderhoud voortaan actief melden via de statuspagina en sms aan teamleiders.");

    static final List<String> NAMES = List.of(
            "Jeroen de Boer", "Marloes Visser", "Ahmed Benali", "Ingrid Smit", "Kees Mulder", "Sanne Bos",
            "Hatice Demir", "Wouter Jansen", "Priya Ramdin", "Gerrit Hendriks", "Anouk Peters", "Bram van Dijk");

    private DemoTexts() {
    }
}
