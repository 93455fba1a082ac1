package nl.xlascorecard.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Role;
import nl.xlascorecard.plugin.i18n.BundleMessages;
import nl.xlascorecard.plugin.jsm.FakeJsm;
import nl.xlascorecard.plugin.jsm.FakeJsmRequests;
import nl.xlascorecard.plugin.jsm.FakeJsmRequests.Request;
import nl.xlascorecard.plugin.jsm.JsmRequestFields;
import nl.xlascorecard.plugin.web.panel.ExperiencePanel;
import nl.xlascorecard.plugin.web.panel.ExperiencePanelCondition;
import nl.xlascorecard.plugin.web.panel.ExperiencePanelContextProvider;
import nl.xlascorecard.plugin.web.panel.PanelContext;

/**
 * The experience panel as Jira builds it: the render context holds only Jira's issue, so the
 * request's organisations come from JSM's Organizations field. A request of an organisation that has
 * no rating yet still gets the panel with its organisation; a request without an organisation gets
 * no panel (the condition says no). Real app on HSQLDB; only Jira and JSM are faked, at their
 * declared API.
 */
class ExperiencePanelInJiraTest {

    private static final Instant NOW = Instant.parse("2026-03-11T09:00:00Z");
    private static final long ORGANISATION = RatingsOnHsqldb.ORGANISATION.id();
    private static final Caller AGENT = new Caller("agent", Set.of(Role.AGENT), Set.of(ORGANISATION), Set.of());

    private final FakeJsmRequests jsm = new FakeJsmRequests();
    private final JsmRequestFields fields = new JsmRequestFields(jsm);
    private final RatingsOnHsqldb app = new RatingsOnHsqldb((rating, since, page) -> {
        throw new AssertionError("not used");
    }, notice -> { }, Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<String> required = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private ExperiencePanelContextProvider provider() {
        return new ExperiencePanelContextProvider(() -> Optional.of(AGENT), new BundleMessages(Locale.ENGLISH), pageBuilder(),
                app.app.ratings(), app.app.followUps(), app.app.results(), app.app.organisations(), app.app.targets(), fields,
                new JiraUserNames(userKey -> null));
    }

    private PageBuilderService pageBuilder() {
        RequiredResources resources = new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                required.add(moduleCompleteKey);
                return this;
            }

            @Override
            public RequiredResources requireContext(String context) {
                throw new AssertionError("the panel asks for its web resource, not a context");
            }
        };
        WebResourceAssembler assembler = () -> resources;
        return () -> assembler;
    }

    private static Request request(String key, long id) {
        return new Request(id, key, new FakeJira.User("cust-1"));
    }

    @Test
    void anUnratedRequestOfAnOrganisationShowsItsOrganisation() {
        Request request = request("ITSM-1", 10001)
                .inOrganisations(List.of(new FakeJsm.Org((int) ORGANISATION, RatingsOnHsqldb.ORGANISATION.name())));
        Map<String, Object> context = Map.of(PanelContext.ISSUE, request);

        assertThat(new ExperiencePanelCondition(fields).shouldDisplay(context)).isTrue();
        ExperiencePanel panel = (ExperiencePanel) provider().getContextMap(context).get(ExperiencePanelContextProvider.PANEL);

        assertThat(panel.isShown()).isTrue();
        assertThat(panel.getMessage()).isNull();
        assertThat(panel.getRating()).isNull();
        assertThat(panel.getOrganisations()).extracting(o -> o.getName()).containsExactly(RatingsOnHsqldb.ORGANISATION.name());
        assertThat(required).hasSize(1);
    }

    @Test
    void aRequestWithoutAnOrganisationGetsNoPanel() {
        Map<String, Object> context = Map.of(PanelContext.ISSUE, request("ITSM-2", 10002).inOrganisations(List.of()));

        assertThat(new ExperiencePanelCondition(fields).shouldDisplay(context)).isFalse();
        ExperiencePanel panel = (ExperiencePanel) provider().getContextMap(context).get(ExperiencePanelContextProvider.PANEL);
        assertThat(panel.isShown()).isFalse();
        assertThat(required).isEmpty();
    }

    @Test
    void withoutJsmFieldsTheConditionLeavesItToTheProvider() {
        Map<String, Object> context = Map.of(PanelContext.ISSUE, request("ITSM-3", 10003).inOrganisations(List.of()));

        assertThat(new ExperiencePanelCondition().shouldDisplay(context)).isTrue();
        assertThat(new ExperiencePanelCondition().shouldDisplay(Map.of(PanelContext.REQUEST_KEY, "ITSM-3",
                PanelContext.ORGANISATION_IDS, List.of()))).isFalse();
    }
}
