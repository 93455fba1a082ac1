package nl.xlascorecard.plugin.jsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.atlassian.servicedesk.api.ExceptionMessage;
import com.atlassian.servicedesk.api.ServerException;

import nl.xlascorecard.core.organisation.domain.OrganisationRef;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.plugin.jira.FakeJira;

/**
 * The mapping rules of {@link JsmOrganisationDirectory}, against a {@link FakeJsm} that implements
 * the JSM interfaces declared in {@code platform-api}. Compiled and unit-tested against those
 * declarations only: NOT verified in a running JSM.
 */
@DisplayName("JsmOrganisationDirectory (against platform-api declarations, not a running JSM)")
class JsmOrganisationDirectoryTest {

    private final FakeJira.User agent = new FakeJira.User("JIRAUSER10100");
    private FakeJsm jsm;
    private JsmOrganisationDirectory directory;

    @BeforeEach
    void tenOrganisations() {
        jsm = new FakeJsm().agentLicence(agent.getKey());
        // Inserted out of name order: JSM lists by name.
        String[] names = {"Jeroen Bosch Ziekenhuis", "Amphia", "Catharina Ziekenhuis", "Isala", "Bravis",
            "Gelre", "Elkerliek", "Deventer Ziekenhuis", "Franciscus", "Haga"};
        for (int i = 0; i < names.length; i++) {
            jsm.organisation(i + 1, names[i]);
        }
        jsm.pageCap = 3;
        directory = new JsmOrganisationDirectory(jsm, () -> agent);
    }

    @Test
    void findMapsIdAndName() {
        assertThat(directory.find(4)).contains(new OrganisationRef(4, "Isala"));
    }

    @Test
    void findOfAnUnknownOrganisationIsEmpty() {
        assertThat(directory.find(99)).isEmpty();
    }

    @Test
    void findOfAnOrganisationTheActingUserMayNotSeeIsEmptyLikeAMissingOne() {
        FakeJira.User customer = new FakeJira.User("customer");
        jsm.customerOf(customer.getKey(), 1);
        JsmOrganisationDirectory asCustomer = new JsmOrganisationDirectory(jsm, () -> customer);

        assertThat(asCustomer.find(2)).isEmpty();
        assertThat(asCustomer.find(1)).contains(new OrganisationRef(1, "Jeroen Bosch Ziekenhuis"));
    }

    @Test
    void idsThatCannotBeJsmIdsAreEmptyWithoutAskingJsm() {
        assertThat(directory.find(0)).isEmpty();
        assertThat(directory.find(-4)).isEmpty();
        assertThat(directory.find(Integer.MAX_VALUE + 5L)).isEmpty();
        assertThat(jsm.organisationCalls()).isZero();
    }

    @Test
    void otherJsmErrorsBecomeADirectoryErrorKeepingTheCause() {
        ServerException broken = new ServerException(new ExceptionMessage("sd.error", "database down"));
        jsm.failure = broken;

        assertThatThrownBy(() -> directory.find(4)).isInstanceOf(JsmDirectoryException.class).hasCause(broken);
        assertThatThrownBy(() -> directory.list(PageRequest.first(5))).isInstanceOf(JsmDirectoryException.class).hasCause(broken);
        assertThatThrownBy(() -> directory.findAll(List.of(1L, 2L))).isInstanceOf(JsmDirectoryException.class).hasCause(broken);
    }

    @Test
    void listReturnsJsmsPageByNameWithTheExactTotalEvenWhenJsmCapsThePage() {
        Page<OrganisationRef> page = directory.list(new PageRequest(0, 5));

        // JSM capped the page at 3 of the 5 asked for; the rest was counted, not guessed.
        assertThat(page.items()).extracting(OrganisationRef::name).containsExactly("Amphia", "Bravis", "Catharina Ziekenhuis");
        assertThat(page.start()).isZero();
        assertThat(page.limit()).isEqualTo(5);
        assertThat(page.total()).isEqualTo(10);
        assertThat(page.isLastPage()).isFalse();
    }

    @Test
    void theLastPageNeedsOneCallAndKnowsItIsLast() {
        Page<OrganisationRef> page = directory.list(new PageRequest(9, 5));

        assertThat(page.items()).extracting(OrganisationRef::name).containsExactly("Jeroen Bosch Ziekenhuis");
        assertThat(page.total()).isEqualTo(10);
        assertThat(page.isLastPage()).isTrue();
        assertThat(jsm.getOrganizationsCalls).isEqualTo(1);
    }

    @Test
    void aPageBeyondTheEndIsEmptyWithTheRealTotal() {
        Page<OrganisationRef> page = directory.list(new PageRequest(40, 5));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(10);
    }

    @Test
    void findAllWalksThePagesOnceSortedByNameAndSkipsUnknownIds() {
        List<OrganisationRef> found = directory.findAll(List.of(1L, 10L, 2L, 77L, 6L, 1L));

        assertThat(found).extracting(OrganisationRef::name)
                .containsExactly("Amphia", "Gelre", "Haga", "Jeroen Bosch Ziekenhuis");
        // 10 organisations in pages of at most 3: 4 calls at most, whatever the number of ids.
        assertThat(jsm.getOrganizationsCalls).isLessThanOrEqualTo(4);
        assertThat(jsm.getByIdCalls).isZero();
    }

    @Test
    void findAllStopsAsSoonAsEveryIdWasFound() {
        List<OrganisationRef> found = directory.findAll(List.of(2L, 5L)); // Amphia and Bravis: the first page

        assertThat(found).extracting(OrganisationRef::id).containsExactly(2L, 5L);
        assertThat(jsm.getOrganizationsCalls).isEqualTo(1);
    }

    @Test
    void findAllOfOneIdIsOneLookUp() {
        assertThat(directory.findAll(List.of(3L))).containsExactly(new OrganisationRef(3, "Catharina Ziekenhuis"));
        assertThat(jsm.getByIdCalls).isEqualTo(1);
        assertThat(jsm.getOrganizationsCalls).isZero();
    }

    @Test
    void findAllOfNothingAsksJsmNothing() {
        assertThat(directory.findAll(List.of())).isEmpty();
        assertThat(directory.findAll(Arrays.asList(null, 0L, -1L))).isEmpty();
        assertThat(jsm.organisationCalls()).isZero();
    }
}
