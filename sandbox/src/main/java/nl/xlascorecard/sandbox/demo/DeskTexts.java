package nl.xlascorecard.sandbox.demo;

import java.util.List;
import java.util.Map;

import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;

/**
 * Dutch texts of the simulated service desk: request summaries, customers per organisation, rating
 * comments and the notes of follow-up calls. Demo data only.
 */
final class DeskTexts {

    /** The service project key of each organisation's requests. */
    static final Map<Long, String> PROJECT_KEYS = Map.of(
            DemoOrganisations.NOORDERLICHT, "ZNL",
            DemoOrganisations.RIVIERENLAND, "STR",
            DemoOrganisations.DE_LINDE, "ZDL",
            DemoOrganisations.OOSTERVAART, "GGZO",
            DemoOrganisations.HOGE_WEIDE, "WHW",
            DemoOrganisations.HET_BAKEN, "RHB",
            DemoOrganisations.DE_MEERPAAL, "VDM",
            DemoOrganisations.WATERLAND, "SJW");

    static final List<String> SUMMARIES = List.of(
            "Printer op de verpleegpost print niet meer",
            "Wachtwoord voor het ECD verlopen",
            "VPN-verbinding valt steeds weg bij thuiswerken",
            "Account aanmaken voor nieuwe medewerker",
            "Tablet van het wijkteam synchroniseert niet",
            "ECD traag bij het openen van een dossier",
            "Doorschakelen van de zorgtelefoon werkt niet",
            "Scanner op de poli leest polsbandjes niet",
            "Geen toegang tot de gedeelde map Kwaliteit",
            "Geen geluid in Teams-overleg op de vergaderzaal",
            "Agenda niet gedeeld met het secretariaat",
            "Beeldscherm flikkert op de werkplek",
            "Zorgmail komt niet binnen",
            "Laptop start niet op na update",
            "Rechten in het roosterpakket aanpassen",
            "Wifi in het restaurant werkt niet",
            "Pieper van de nachtdienst geeft geen melding",
            "Medicatieoverzicht print zonder logo",
            "Nieuwe smartphone instellen voor teamleider",
            "Inloggen met pas werkt niet op werkplek 12");

    /** Customers (reporters) per organisation: user key and display name. */
    static final Map<Long, List<String[]>> CUSTOMERS = Map.of(
            DemoOrganisations.NOORDERLICHT, List.of(new String[] {"j.devries", "Johan de Vries"}, new String[] {"m.bos", "Marieke Bos"}),
            DemoOrganisations.RIVIERENLAND, List.of(new String[] {"h.smit", "Henk Smit"}, new String[] {"a.mulder", "Anouk Mulder"}),
            DemoOrganisations.DE_LINDE, List.of(new String[] {"r.visser", "Rob Visser"}, new String[] {"s.dekker", "Sandra Dekker"}),
            DemoOrganisations.OOSTERVAART, List.of(new String[] {"k.meijer", "Karin Meijer"}, new String[] {"t.jansen", "Tom Jansen"}),
            DemoOrganisations.HOGE_WEIDE, List.of(new String[] {"e.vandijk", "Els van Dijk"}, new String[] {"b.kok", "Bram Kok"}),
            DemoOrganisations.HET_BAKEN, List.of(new String[] {"n.peters", "Nadia Peters"}, new String[] {"w.hendriks", "Wim Hendriks"}),
            DemoOrganisations.DE_MEERPAAL, List.of(new String[] {"l.vanleeuwen", "Lotte van Leeuwen"}, new String[] {"g.bakker", "Gert Bakker"}),
            DemoOrganisations.WATERLAND, List.of(new String[] {"f.dejong", "Fleur de Jong"}, new String[] {"p.vermeulen", "Paul Vermeulen"}));

    static final List<String> UNHAPPY_COMMENTS = List.of(
            "Het duurde veel te lang voordat iemand reageerde.",
            "Het probleem was de volgende dag gewoon weer terug.",
            "Niemand liet weten dat het was opgelost; ik heb zelf moeten bellen.",
            "Midden in de avonddienst zonder werkende printer, dat kan echt niet.");

    static final List<String> NEUTRAL_COMMENTS = List.of(
            "Uiteindelijk opgelost, maar de communicatie kon beter.",
            "Het werkt weer, al snap ik niet goed wat er mis was.");

    static final List<String> HAPPY_COMMENTS = List.of(
            "Snel en vriendelijk geholpen, dank!",
            "Prima opgelost, precies wat we nodig hadden.",
            "Fijn dat jullie even terugbelden om het uit te leggen.");

    static final List<String> CALL_NOTES = List.of(
            "Klant teruggebeld. Excuses gemaakt voor de lange doorlooptijd en de oorzaak uitgelegd.",
            "Gesproken met de teamleider; de storing raakte de hele avonddienst.",
            "Klant gaf aan dat terugkoppeling ontbrak. Afgesproken dat we voortaan bellen bij oplossen.");

    static final List<String> AGREEMENTS = List.of(
            "Bij storingen op de verpleegpost bellen we binnen een uur terug.",
            "Volgende week controleren we samen of het probleem niet terugkomt.",
            "We sturen na elke oplossing een korte uitleg per mail.");

    private DeskTexts() {
    }
}
