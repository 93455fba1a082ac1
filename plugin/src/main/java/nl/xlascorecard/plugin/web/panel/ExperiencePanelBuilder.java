package nl.xlascorecard.plugin.web.panel;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.xlascorecard.core.followup.domain.CallOutcome;
import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpView;
import nl.xlascorecard.core.followup.port.in.WorkFollowUps;
import nl.xlascorecard.core.organisation.domain.Organisation;
import nl.xlascorecard.core.organisation.port.in.ManageOrganisations;
import nl.xlascorecard.core.rating.domain.CsatFigures;
import nl.xlascorecard.core.rating.domain.TicketRating;
import nl.xlascorecard.core.rating.port.in.ReadTicketRatings;
import nl.xlascorecard.core.scorecard.domain.Delta;
import nl.xlascorecard.core.scorecard.domain.RoundResult;
import nl.xlascorecard.core.scorecard.port.in.ReadRoundResults;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.ForbiddenException;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.target.domain.XlaTarget;
import nl.xlascorecard.core.target.port.in.ManageTargets;
import nl.xlascorecard.plugin.i18n.Messages;
import nl.xlascorecard.plugin.users.UserNames;

/**
 * Builds the experience panel of one request from the core's in-ports, as the viewer may see it
 * (every read goes through the core with the viewer's {@link Caller}, so an organisation the viewer
 * has no access to never appears). Bounded work per request: at most {@value #MAX_ORGANISATIONS}
 * organisations and {@value #OPEN_SHOWN} open follow-ups each.
 */
final class ExperiencePanelBuilder {

    static final int CSAT_DAYS = ReadTicketRatings.DEFAULT_DAYS;
    static final int MAX_ORGANISATIONS = 3;
    static final int OPEN_SHOWN = 5;
    /** Changes smaller than this (half the shown precision) read as "unchanged". */
    private static final double SAME = 0.05;

    /** The in-ports the panel reads; {@code targets} is {@code null} for a host without XLA targets. */
    record Ports(ReadTicketRatings ratings, WorkFollowUps followUps, ReadRoundResults results,
                 ManageOrganisations organisations, ManageTargets targets) {

        Ports(ReadTicketRatings ratings, WorkFollowUps followUps, ReadRoundResults results,
              ManageOrganisations organisations) {
            this(ratings, followUps, results, organisations, null);
        }
    }

    private final Ports ports;
    private final UserNames names;
    private final Messages messages;
    private final TimeText time;

    /** Owners shown by their user keys (a host without a user directory). */
    ExperiencePanelBuilder(Ports ports, Messages messages, ZoneId zone) {
        this(ports, UserNames.KEYS, messages, zone);
    }

    /** @param names display names of the follow-ups' owners */
    ExperiencePanelBuilder(Ports ports, UserNames names, Messages messages, ZoneId zone) {
        this.ports = ports;
        this.names = names;
        this.messages = messages;
        this.time = new TimeText(messages, zone);
    }

    ExperiencePanel build(Optional<Caller> viewer, Map<String, Object> context) {
        Optional<String> requestKey = PanelContext.requestKey(context);
        if (requestKey.isEmpty() || viewer.isEmpty()) {
            return ExperiencePanel.hidden();
        }
        Caller caller = viewer.get();
        String key = requestKey.get();
        String contextPath = PanelContext.contextPath(context);
        Optional<TicketRating> rating = ports.ratings().forRequest(caller, key);
        Optional<FollowUpView> followUp = ports.followUps().forRequest(caller, key);

        Set<Long> organisationIds = new LinkedHashSet<>(PanelContext.organisationIds(context));
        rating.ifPresent(r -> organisationIds.addAll(r.organisationIds()));
        followUp.ifPresent(f -> organisationIds.add(f.followUp().organisationId()));
        List<PanelOrganisation> organisations = new ArrayList<>();
        for (long id : organisationIds) {
            if (organisations.size() == MAX_ORGANISATIONS) {
                break;
            }
            organisation(caller, id, contextPath).ifPresent(organisations::add);
        }
        if (organisations.isEmpty() && rating.isEmpty() && followUp.isEmpty()) {
            return ExperiencePanel.hidden();
        }
        return ExperiencePanel.shown(key, rating.map(this::rating).orElse(null),
                followUp.map(f -> followUp(f, names.displayName(f.followUp().assigneeKey()), contextPath)).orElse(null),
                organisations,
                contextPath, "nl".equals(messages.locale().getLanguage()) ? "nl" : "en", caller.isServiceManager());
    }

    private PanelRating rating(TicketRating rating) {
        String comment = rating.comment() == null || rating.comment().isBlank() ? null : rating.comment();
        return new PanelRating(rating.rating(), messages.text("xla.web.panel.rating.stars", rating.rating()), comment,
                time.instant(rating.ratedAt()));
    }

    /** @param assigneeName the owner's display name; {@code null} for the service-manager group */
    PanelFollowUp followUp(FollowUpView view, String assigneeName, String contextPath) {
        FollowUp followUp = view.followUp();
        String outcome = followUp.outcome() == null ? ""
                : messages.text(followUp.outcome() == CallOutcome.REACHED
                        ? "xla.web.followup.outcome.reached" : "xla.web.followup.outcome.notreached") + " \u00B7 "
                + messages.text("xla.web.followup.attempts", followUp.attempts());
        String timeText = followUp.isOpen() ? time.timeLeft(view.timeLeft(), view.overdue())
                : messages.text(view.overdue() ? "xla.web.followup.closedlate" : "xla.web.followup.closedintime");
        return new PanelFollowUp(followUp.id(), followUp.version(), followUp.requestKey(),
                contextPath + "/browse/" + followUp.requestKey(), followUp.isOpen(),
                messages.text(followUp.isOpen() ? "xla.web.followup.state.open" : "xla.web.followup.state.done"), view.overdue(), timeText,
                Math.floorDiv(view.timeLeft().toSeconds(), 60), view.clockRunning(),
                messages.text("xla.web.followup.due", time.instant(followUp.dueAt())), outcome,
                messages.text("xla.web.panel.followup.owner", assigneeName == null
                        ? messages.text("xla.web.queue.owner.group") : assigneeName));
    }

    private Optional<PanelOrganisation> organisation(Caller caller, long id, String contextPath) {
        Organisation organisation;
        try {
            organisation = ports.organisations().get(caller, id);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        CsatFigures csat = ports.ratings().csat(caller, id, CSAT_DAYS);
        RoundResult latest = ports.results().latestClosed(caller, id);
        List<PanelFollowUp> open = new ArrayList<>();
        long openTotal = 0;
        try {
            var queue = ports.followUps().queue(caller, new WorkFollowUps.QueueFilter(id, null, false),
                    PageRequest.first(OPEN_SHOWN));
            // One look-up of the owners' names for the page.
            Map<String, String> owners = names.displayNames(queue.items().stream()
                    .map(view -> view.followUp().assigneeKey()).filter(Objects::nonNull).toList());
            queue.items().forEach(view -> open.add(followUp(view, owner(owners, view), contextPath)));
            openTotal = queue.total();
        } catch (ForbiddenException e) {
            // The viewer sees the organisation but no queue (not an agent of it): no list, no error.
            openTotal = 0;
        }
        return Optional.of(new PanelOrganisation(id, organisation.name(),
                contextPath + "/plugins/servlet/xla/organisation?id=" + id, csatText(csat), scorecardText(latest),
                trend(latest), trendText(latest), open, openTotal == 0 ? messages.text("xla.web.panel.open.none")
                : messages.text("xla.web.panel.open", openTotal), targetStatuses(caller, id)));
    }

    /** The owner's name from a page's look-up; {@code null} for the group (no map need hold a null key). */
    private static String owner(Map<String, String> owners, FollowUpView view) {
        String key = view.followUp().assigneeKey();
        return key == null ? null : owners.get(key);
    }

    /** XLA targets: the stored statuses (read, never measured here: a few indexed queries). */
    private List<PanelTargetStatus> targetStatuses(Caller caller, long organisationId) {
        if (ports.targets() == null) {
            return List.of();
        }
        return ports.targets().effective(caller, organisationId).stream().map(view -> {
            XlaTarget target = view.target();
            String name = TargetTexts.metric(messages, target.metric())
                    + (target.category() == null ? "" : ": " + TargetTexts.category(messages, target.category()));
            return new PanelTargetStatus(view.status().name(), TargetTexts.status(messages, view.status()),
                    TargetTexts.lozenge(view.status()), name);
        }).toList();
    }

    private String csatText(CsatFigures csat) {
        if (csat.csatPercent() == null) {
            return messages.text("xla.web.panel.csat.none", CSAT_DAYS);
        }
        NumberFormat percent = NumberFormat.getIntegerInstance(messages.locale());
        return messages.text("xla.web.panel.csat", percent.format(Math.round(csat.csatPercent())), csat.n(), CSAT_DAYS);
    }

    private String scorecardText(RoundResult latest) {
        if (latest == null) {
            return messages.text("xla.web.panel.scorecard.none");
        }
        if (!latest.overall().hasMean()) {
            return messages.text("xla.web.panel.scorecard.suppressed");
        }
        return messages.text("xla.web.panel.scorecard", score(latest.overall().mean()));
    }

    private static PanelOrganisation.Trend trend(RoundResult latest) {
        Double delta = delta(latest);
        if (delta == null) {
            return PanelOrganisation.Trend.NONE;
        }
        if (Math.abs(delta) < SAME) {
            return PanelOrganisation.Trend.SAME;
        }
        return delta > 0 ? PanelOrganisation.Trend.UP : PanelOrganisation.Trend.DOWN;
    }

    private String trendText(RoundResult latest) {
        Double delta = delta(latest);
        if (latest == null) {
            return "";
        }
        if (delta == null) {
            return messages.text("xla.web.panel.trend.none");
        }
        return switch (trend(latest)) {
            case UP -> messages.text("xla.web.panel.trend.up", score(Math.abs(delta)));
            case DOWN -> messages.text("xla.web.panel.trend.down", score(Math.abs(delta)));
            default -> messages.text("xla.web.panel.trend.same");
        };
    }

    private static Double delta(RoundResult latest) {
        if (latest == null) {
            return null;
        }
        Delta previous = latest.overallVsPrevious();
        return previous == null ? null : previous.delta();
    }

    private String score(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
