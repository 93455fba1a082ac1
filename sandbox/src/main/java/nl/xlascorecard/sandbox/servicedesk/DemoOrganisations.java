package nl.xlascorecard.sandbox.servicedesk;

import java.util.List;

import nl.xlascorecard.core.organisation.domain.OrganisationRef;

/**
 * The JSM customer organisations of the simulated service desk: Dutch healthcare providers, with
 * fixed ids so demo users and tests can refer to them.
 */
public final class DemoOrganisations {

    public static final long NOORDERLICHT = 1;
    public static final long RIVIERENLAND = 2;
    public static final long DE_LINDE = 3;
    public static final long OOSTERVAART = 4;
    public static final long HOGE_WEIDE = 5;
    public static final long HET_BAKEN = 6;
    public static final long DE_MEERPAAL = 7;
    public static final long WATERLAND = 8;

    public static final List<OrganisationRef> ALL = List.of(
            new OrganisationRef(NOORDERLICHT, "Zorggroep Noorderlicht"),
            new OrganisationRef(RIVIERENLAND, "Stichting Thuiszorg Rivierenland"),
            new OrganisationRef(DE_LINDE, "Ziekenhuis De Linde"),
            new OrganisationRef(OOSTERVAART, "GGZ Oostervaart"),
            new OrganisationRef(HOGE_WEIDE, "Woonzorgcentrum De Hoge Weide"),
            new OrganisationRef(HET_BAKEN, "Revalidatiecentrum Het Baken"),
            new OrganisationRef(DE_MEERPAAL, "Verpleeghuis De Meerpaal"),
            new OrganisationRef(WATERLAND, "Stichting Jeugdzorg Waterland"));

    private DemoOrganisations() {
    }
}
