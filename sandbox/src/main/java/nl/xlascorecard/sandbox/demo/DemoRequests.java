package nl.xlascorecard.sandbox.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.xlascorecard.core.organisation.domain.OrganisationRef;
import nl.xlascorecard.sandbox.auth.DemoUser;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;
import nl.xlascorecard.sandbox.servicedesk.RequestStatus;
import nl.xlascorecard.sandbox.servicedesk.ServiceRequest;
import nl.xlascorecard.sandbox.servicedesk.ServiceRequest.Feedback;
import nl.xlascorecard.sandbox.servicedesk.SlaOutcome;
import nl.xlascorecard.sandbox.servicedesk.SlaOutcome.SlaMetric;
import nl.xlascorecard.sandbox.web.SandboxPage;

/**
 * The simulated service desk's history: per organisation 20 to 60 requests over the last 120 days,
 * most resolved, with SLA results (mostly met) and customer ratings (mostly 4 or 5 stars, some 1 or
 * 2; Rivierenland clearly less happy, although every SLA of it is met: the demo's watermelon). Three recent unhappy ratings are scripted so the follow-up
 * queue always has open calls and exactly one overdue one, whatever day the sandbox starts. The
 * demo customer has resolved requests of Noorderlicht to rate. A fixed seed gives the same data
 * relative to the start time on every machine.
 */
final class DemoRequests {

    static final Duration FIRST_RESPONSE_GOAL = Duration.ofHours(4);
    static final Duration RESOLUTION_GOAL = Duration.ofHours(16);
    private static final long SEED = 20260302L;
    private static final int HISTORY_DAYS = 120;

    /** Percentages of 1..5 stars per organisation; the rest of the organisations use {@link #USUAL}. */
    private static final int[] USUAL = {3, 4, 8, 35, 50};
    private static final Map<Long, int[]> RATING_MIX = Map.of(
            DemoOrganisations.RIVIERENLAND, new int[] {12, 12, 18, 30, 28},
            DemoOrganisations.NOORDERLICHT, new int[] {5, 6, 12, 37, 40});

    /** Requests whose rating the demo leaves for a follow-up still to be called (the last one overdue). */
    record Scripted(String key, boolean overdue) {
    }

    private final Random random = new Random(SEED);
    private final Instant now;
    private final List<Scripted> scripted = new ArrayList<>();

    DemoRequests(Instant now) {
        this.now = now.truncatedTo(ChronoUnit.MILLIS);
    }

    List<Scripted> scripted() {
        return List.copyOf(scripted);
    }

    List<ServiceRequest> generate() {
        List<ServiceRequest> requests = new ArrayList<>();
        for (OrganisationRef organisation : DemoOrganisations.ALL) {
            long id = organisation.id();
            String project = DeskTexts.PROJECT_KEYS.get(id);
            int count = 20 + random.nextInt(41);
            List<String[]> customers = DeskTexts.CUSTOMERS.get(id);
            for (int n = 0; n < count; n++) {
                String[] reporter = customers.get(random.nextInt(customers.size()));
                requests.add(historic(organisation, project, 101 + n, reporter[0], reporter[1]));
            }
            int next = 101 + count;
            if (id == DemoUsers.CUSTOMER_ORGANISATION) {
                DemoUser customer = DemoUsers.find(DemoUsers.CUSTOMER).orElseThrow();
                for (int n = 0; n < 6; n++) {
                    ServiceRequest own = resolved(historic(organisation, project, next++, customer.username(), customer.displayName()));
                    // The demo customer's requests are resolved, and only two rated, so there is something left to rate.
                    requests.add(n % 3 == 0 ? withFeedback(own, 4 + n % 2) : own);
                }
            }
            if (id == DemoOrganisations.NOORDERLICHT) {
                requests.add(scripted(organisation, project, next, customers.getFirst(), 2, Duration.ofHours(3), false));
            } else if (id == DemoOrganisations.DE_LINDE) {
                requests.add(scripted(organisation, project, next, customers.getLast(), 1, Duration.ofHours(5), false));
            } else if (id == DemoOrganisations.RIVIERENLAND) {
                requests.add(scripted(organisation, project, next, customers.getFirst(), 1, Duration.ofDays(7), true));
            }
        }
        return requests;
    }

    private ServiceRequest historic(OrganisationRef organisation, String project, int number, String reporterKey, String reporterName) {
        Instant created = workingTime(now.minus(Duration.ofDays(random.nextInt(HISTORY_DAYS))));
        if (created.isAfter(now)) {
            created = now.minus(Duration.ofHours(1 + random.nextInt(3)));
        }
        Duration firstResponse = minutes(random.nextDouble() < 0.88 ? 10 + random.nextInt(200) : 250 + random.nextInt(300));
        Duration resolution = minutes(random.nextDouble() < 0.8 ? 60 + random.nextInt(880) : 980 + random.nextInt(1500));
        if (organisation.id() == DemoOrganisations.RIVIERENLAND) {
            // The watermelon of the demo: every SLA met (after the same draws, so the other organisations'
            // data stay as they were) while the ratings stay the unhappiest (XLA targets breached).
            firstResponse = withinGoal(firstResponse, FIRST_RESPONSE_GOAL);
            resolution = withinGoal(resolution, RESOLUTION_GOAL);
        }
        Instant resolved = created.plus(resolution.multipliedBy(2 + random.nextInt(3)));
        RequestStatus status;
        boolean respondedYet = true;
        if (resolved.isBefore(now.minus(Duration.ofHours(2)))) {
            status = RequestStatus.RESOLVED;
        } else {
            boolean waiting = random.nextBoolean();
            status = waiting ? RequestStatus.WAITING_FOR_SUPPORT : RequestStatus.IN_PROGRESS;
            respondedYet = !waiting;
            resolved = null;
            Duration open = Duration.between(created, now).dividedBy(3);
            resolution = open;
            if (!respondedYet) {
                firstResponse = open;
            }
        }
        List<SlaOutcome> slas = List.of(new SlaOutcome(SlaMetric.TIME_TO_FIRST_RESPONSE, FIRST_RESPONSE_GOAL, firstResponse, respondedYet),
                new SlaOutcome(SlaMetric.TIME_TO_RESOLUTION, RESOLUTION_GOAL, resolution, resolved != null));
        Feedback feedback = null;
        if (resolved != null && random.nextDouble() < 0.65) {
            int stars = stars(organisation.id(), !slas.get(1).breached());
            Instant ratedAt = resolved.plus(Duration.ofMinutes(20 + random.nextInt(36 * 60)));
            if (ratedAt.isAfter(now)) {
                ratedAt = now.minus(Duration.ofMinutes(5));
            }
            feedback = new Feedback(stars, comment(stars), ratedAt.truncatedTo(ChronoUnit.MILLIS));
        }
        return new ServiceRequest(project + "-" + number, organisation.id() * 10_000 + number,
                DeskTexts.SUMMARIES.get(random.nextInt(DeskTexts.SUMMARIES.size())), reporterKey, reporterName,
                List.of(organisation.id()), status, created.truncatedTo(ChronoUnit.MILLIS),
                resolved == null ? null : resolved.truncatedTo(ChronoUnit.MILLIS), slas, feedback);
    }

    /** The same request, resolved an hour or more ago, without feedback. */
    private ServiceRequest resolved(ServiceRequest request) {
        if (request.status().isResolved()) {
            return new ServiceRequest(request.key(), request.id(), request.summary(), request.reporterKey(), request.reporterName(),
                    request.organisationIds(), request.status(), request.createdAt(), request.resolvedAt(), request.slas(), null);
        }
        Instant created = now.minus(Duration.ofDays(3));
        Instant resolved = now.minus(Duration.ofHours(1));
        List<SlaOutcome> slas = List.of(new SlaOutcome(SlaMetric.TIME_TO_FIRST_RESPONSE, FIRST_RESPONSE_GOAL, minutes(45), true),
                new SlaOutcome(SlaMetric.TIME_TO_RESOLUTION, RESOLUTION_GOAL, minutes(600), true));
        return new ServiceRequest(request.key(), request.id(), request.summary(), request.reporterKey(), request.reporterName(),
                request.organisationIds(), RequestStatus.RESOLVED, created.truncatedTo(ChronoUnit.MILLIS),
                resolved.truncatedTo(ChronoUnit.MILLIS), slas, null);
    }

    /** The resolved request rated {@code stars} an hour after it was resolved (at the latest five minutes ago). */
    private ServiceRequest withFeedback(ServiceRequest request, int stars) {
        Instant rated = request.resolvedAt().plus(Duration.ofHours(1));
        Instant latest = now.minus(Duration.ofMinutes(5));
        Feedback feedback = new Feedback(stars, DeskTexts.HAPPY_COMMENTS.get(stars % DeskTexts.HAPPY_COMMENTS.size()),
                rated.isAfter(latest) ? latest : rated);
        return new ServiceRequest(request.key(), request.id(), request.summary(), request.reporterKey(), request.reporterName(),
                request.organisationIds(), request.status(), request.createdAt(), request.resolvedAt(), request.slas(), feedback);
    }

    /** An unhappy rating given {@code ago}, whose follow-up the demo leaves uncalled. */
    private ServiceRequest scripted(OrganisationRef organisation, String project, int number, String[] reporter, int stars,
                                    Duration ago, boolean overdue) {
        Instant rated = now.minus(ago).truncatedTo(ChronoUnit.MILLIS);
        Instant resolved = rated.minus(Duration.ofMinutes(40));
        Instant created = resolved.minus(Duration.ofHours(30));
        String key = project + "-" + number;
        scripted.add(new Scripted(key, overdue));
        boolean watermelon = organisation.id() == DemoOrganisations.RIVIERENLAND;
        List<SlaOutcome> slas = List.of(new SlaOutcome(SlaMetric.TIME_TO_FIRST_RESPONSE, FIRST_RESPONSE_GOAL,
                        minutes(watermelon ? 190 : 310), true),
                new SlaOutcome(SlaMetric.TIME_TO_RESOLUTION, RESOLUTION_GOAL, minutes(watermelon ? 900 : 1260), true));
        return new ServiceRequest(key, organisation.id() * 10_000 + number, DeskTexts.SUMMARIES.get(number % DeskTexts.SUMMARIES.size()),
                reporter[0], reporter[1], List.of(organisation.id()), RequestStatus.RESOLVED, created, resolved, slas,
                new Feedback(stars, DeskTexts.UNHAPPY_COMMENTS.get(number % DeskTexts.UNHAPPY_COMMENTS.size()), rated));
    }

    /** Breached resolution makes a low rating likelier. */
    private int stars(long organisationId, boolean resolvedInTime) {
        int[] mix = RATING_MIX.getOrDefault(organisationId, USUAL);
        int draw = random.nextInt(100) - (resolvedInTime ? 0 : 15);
        int cumulative = 0;
        for (int stars = 1; stars <= 5; stars++) {
            cumulative += mix[stars - 1];
            if (draw < cumulative) {
                return stars;
            }
        }
        return 5;
    }

    private String comment(int stars) {
        if (random.nextDouble() < 0.4) {
            return null;
        }
        List<String> options = stars <= 2 ? DeskTexts.UNHAPPY_COMMENTS : stars == 3 ? DeskTexts.NEUTRAL_COMMENTS : DeskTexts.HAPPY_COMMENTS;
        return options.get(random.nextInt(options.size()));
    }

    /** The moment moved to a weekday between 08:30 and 17:00, Dutch time (when people report problems). */
    private Instant workingTime(Instant moment) {
        ZonedDateTime local = moment.atZone(SandboxPage.ZONE);
        LocalDate day = local.toLocalDate();
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        LocalTime time = LocalTime.of(8, 30).plusMinutes(random.nextInt(510));
        return day.atTime(time).atZone(SandboxPage.ZONE).toInstant();
    }

    /** The duration if it is within the goal, else one just inside it (a minute or more, by the same draw). */
    private static Duration withinGoal(Duration drawn, Duration goal) {
        return drawn.compareTo(goal) <= 0 ? drawn : goal.minusMinutes(1 + drawn.toMinutes() % 60);
    }

        private static Duration minutes(int minutes) {
        return Duration.ofMinutes(minutes);
    }
}
