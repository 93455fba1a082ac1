package nl.xlascorecard.sandbox.web.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.atlassian.webresource.api.assembler.PageBuilderService;

import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpState;
import nl.xlascorecard.core.followup.domain.FollowUpView;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps;
import nl.xlascorecard.core.organisation.domain.Organisation;
import nl.xlascorecard.core.organisation.domain.OrganisationProfile;
import nl.xlascorecard.core.organisation.domain.OrganisationRef;
import nl.xlascorecard.core.organisation.port.in.ManageOrganisations;
import nl.xlascorecard.core.rating.domain.CsatFigures;
import nl.xlascorecard.core.rating.domain.TicketRating;
import nl.xlascorecard.core.rating.port.in.ReadTicketRatings;
import nl.xlascorecard.core.scorecard.domain.RoundResult;
import nl.xlascorecard.core.scorecard.port.in.ReadRoundResults;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.shared.Role;
import nl.xlascorecard.plugin.i18n.BundleMessages;
import nl.xlascorecard.plugin.users.UserNames;
import nl.xlascorecard.plugin.web.PageText;
import nl.xlascorecard.plugin.web.panel.ExperiencePanelContextProvider;
import nl.xlascorecard.plugin.web.panel.PanelContext;
import nl.xlascorecard.sandbox.descriptor.PluginDescriptor;
import nl.xlascorecard.sandbox.velocity.JdkMethods;
import nl.xlascorecard.sandbox.velocity.MethodAllowlist;
import nl.xlascorecard.sandbox.velocity.SandboxTemplateRenderer;

/**
 * The owners of follow-ups in the experience panel, from the context provider through the real
 * template (the sandbox's Velocity with Jira's auto-escaping and the plugin's allowlist): a display
 * name that is markup stays text, an unknown user shows the key, the group its name; the page's
 * owners are looked up in one call. The in-ports only hand the provider fixed data at their
 * interface; the names come through {@link UserNames#lookingUp}, as in Jira and the sandbox.
 */
class PanelOwnerNamesTest {

    private static final String HOSTILE = "<script>alert(1)</script>\"'><img src=x onerror=alert(1)>";
    private static final String HOSTILE_ESCAPED =
            "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;";
    private static final Caller AGENT = new Caller("agent", Set.of(Role.AGENT), Set.of(5L), Set.of());
    private static final Instant RATED = Instant.parse("2026-03-03T09:00:00Z");

    private static FollowUpView view(long id, String requestKey, String assigneeKey) {
        FollowUp f = new FollowUp(id, requestKey, 5, assigneeKey, 1, RATED, RATED, RATED.plus(Duration.ofDays(1)),
                FollowUpState.OPEN, null, 0, null, null, null, null, null, false,
                null, null, 0);
        return new FollowUpView(f, Duration.ofMinutes(200), false, true);
    }

    private static final class Ratings implements ReadTicketRatings {
        @Override public Page<TicketRating> listByOrganisation(Caller c, long id, PageRequest p) { throw new AssertionError(); }
        @Override public Optional<TicketRating> forRequest(Caller c, String key) { return Optional.empty(); }
        @Override public CsatFigures csat(Caller c, long id, int days) {
            return new CsatFigures(id, days, RATED, 0, null, null, null);
        }
        @Override public RatingExport export(Caller c, long id, int days) { throw new AssertionError(); }
    }

    /** The request's own follow-up is the hostile user's; the organisation's page holds all three kinds of owner. */
    private static final class FollowUps implements WorkFollowUps {
        @Override public Page<FollowUpView> queue(Caller c, QueueFilter f, PageRequest p) {
            return new Page<>(List.of(view(11, "ITSM-7", "evil"), view(12, "ITSM-8", "gone.user"),
                    view(13, "ITSM-9", null)), 0, p.limit(), 3);
        }
        @Override public FollowUpView get(Caller c, long id) { throw new AssertionError(); }
        @Override public Optional<FollowUpView> forRequest(Caller c, String key) { return Optional.of(view(11, key, "evil")); }
        @Override public FollowUpView logCall(Caller c, long id, long v, CallLog call) { throw new AssertionError(); }
        @Override public FollowUpView reassign(Caller c, long id, long v, String a) { throw new AssertionError(); }
    }

    private static final class Results implements ReadRoundResults {
        @Override public RoundResult result(Caller c, long id) { throw new AssertionError(); }
        @Override public RoundResult latestClosed(Caller c, long id) { return null; }
    }

    private static final class Organisations implements ManageOrganisations {
        @Override public Page<Organisation> list(Caller c, PageRequest p) { throw new AssertionError(); }
        @Override public Organisation get(Caller c, long id) {
            return new Organisation(new OrganisationRef(id, "Zorggroep Noorderlicht"), null);
        }
        @Override public Organisation updateProfile(Caller c, OrganisationProfile p) { throw new AssertionError(); }
        @Override public boolean canManage(Caller c, long id) { return false; }
    }

    /** Jira's page builder, doing nothing: the provider asks it for the panel's script and styles. */
    @SuppressWarnings("unchecked")
    private static <T> T nothing(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                method.getReturnType().isInterface() ? nothing(method.getReturnType()) : null);
    }

    @Test
    void aHostileDisplayNameStaysTextAnUnknownUserShowsTheKeyAndTheGroupItsName() throws IOException {
        List<List<String>> lookUps = new ArrayList<>();
        UserNames names = UserNames.lookingUp(key -> key.equals("evil") ? HOSTILE : null);
        UserNames counting = keys -> {
            lookUps.add(new ArrayList<>(keys));
            return names.displayNames(keys);
        };
        BundleMessages messages = new BundleMessages(Locale.ENGLISH);
        ExperiencePanelContextProvider provider = new ExperiencePanelContextProvider(() -> Optional.of(AGENT), messages,
                nothing(PageBuilderService.class), new Ratings(), new FollowUps(), new Results(), new Organisations(),
                counting);

        Map<String, Object> context = new HashMap<>(provider.getContextMap(Map.of(PanelContext.REQUEST_KEY, "ITSM-7",
                PanelContext.ORGANISATION_IDS, List.of(5L), PanelContext.CONTEXT_PATH, "/jira")));
        context.put("text", new PageText(messages));
        StringWriter html = new StringWriter();
        new SandboxTemplateRenderer(new MethodAllowlist(JdkMethods.ALLOWED).plus(PluginDescriptor
                .load(getClass().getClassLoader(), PluginDescriptor.RESOURCE).allowedMethods()))
                .render("templates/web/experience-panel.vm", context, html);

        assertThat(html.toString()).doesNotContain("<script").doesNotContain("<img")
                .contains("<p id=\"xla-panel-followup-owner\" class=\"xla-panel-meta xla-panel-owner\">Owner: "
                        + HOSTILE_ESCAPED + "</p>")
                .contains("<span class=\"xla-panel-meta xla-panel-owner\">Owner: " + HOSTILE_ESCAPED + "</span>")
                .contains("<span class=\"xla-panel-meta xla-panel-owner\">Owner: gone.user</span>")
                .contains("<span class=\"xla-panel-meta xla-panel-owner\">Owner: Service-manager group</span>");
        // The organisation's page in one look-up (without the group's null), and the request's own follow-up.
        assertThat(lookUps).containsExactlyInAnyOrder(List.of("evil", "gone.user"), List.of("evil"));
    }
}
