package nl.xlascorecard.sandbox.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.xlascorecard.core.action.domain.ActionState;
import nl.xlascorecard.core.action.domain.ImprovementAction;
import nl.xlascorecard.core.action.port.in.ManageImprovementActions;
import nl.xlascorecard.core.action.port.in.ManageImprovementActions.ActionCommand;
import nl.xlascorecard.core.organisation.domain.Language;
import nl.xlascorecard.core.organisation.domain.Organisation;
import nl.xlascorecard.core.organisation.domain.OrganisationProfile;
import nl.xlascorecard.core.organisation.port.in.ManageOrganisations;
import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.core.scorecard.domain.TemplateStatement;
import nl.xlascorecard.core.scorecard.port.in.ManageRounds;
import nl.xlascorecard.core.scorecard.port.in.ManageRounds.PlanRoundCommand;
import nl.xlascorecard.core.scorecard.port.in.ManageTemplate;
import nl.xlascorecard.core.scorecard.port.in.RecordResponses;
import nl.xlascorecard.core.scorecard.port.in.RecordResponses.SubmitResponseCommand;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.sandbox.auth.DemoUsers;
import nl.xlascorecard.sandbox.servicedesk.DemoOrganisations;

/**
 * Fills an empty sandbox with a believable history, through the app's own use cases (as the
 * service manager would enter it): per organisation a closed baseline and three closed periodic
 * rounds about four months apart, the last one ending recently, and for some an open current round;
 * 8 to 25 respondents per round in the three roles, scores around a profile per organisation and
 * category, some "no opinion", Dutch comments and "one point better" answers; a few improvement
 * actions. Zorggroep Noorderlicht clearly improves, Stichting Thuiszorg Rivierenland clearly
 * declines, and Revalidatiecentrum Het Baken has too few respondents to show breakdowns. A fixed
 * random seed makes the data the same on every machine. Does nothing when any round exists.
 *
 * <p>NPS: every response also answers the relationship question (0..10, sometimes with a comment),
 * following the respondent's own scores, so an improving organisation's NPS rises and a declining
 * one's falls. Those answers come from a random stream of their own ({@link DemoRecommendations}),
 * so the scores, comments and everything else stay exactly as they were before NPS existed.
 */
public final class DemoDataGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataGenerator.class);
    private static final long SEED = 20260301L;
    private static final int ROUND_DAYS = 21;
    private static final int DAYS_BETWEEN_ROUNDS = 122;

    /** How an organisation's experience develops over the rounds (points per round) and how many answer. */
    private record Profile(long organisationId, int base, int trendPerRound, int minRespondents, int maxRespondents,
                           boolean openRound, Map<Category, Integer> categoryOffsets) {
    }

    private final ManageOrganisations organisations;
    private final ManageRounds rounds;
    private final RecordResponses responses;
    private final ManageTemplate template;
    private final ManageImprovementActions actions;
    private final AdjustableClock clock;
    private final Caller serviceManager = DemoUsers.find(DemoUsers.SERVICE_MANAGER).orElseThrow().caller();
    private final Caller administrator = DemoUsers.find(DemoUsers.ADMIN).orElseThrow().caller();
    private final Random random = new Random(SEED);
    private final DemoRecommendations recommendations = new DemoRecommendations();

    public DemoDataGenerator(ManageOrganisations organisations, ManageRounds rounds, RecordResponses responses,
                             ManageTemplate template, ManageImprovementActions actions, AdjustableClock clock) {
        this.organisations = organisations;
        this.rounds = rounds;
        this.responses = responses;
        this.template = template;
        this.actions = actions;
        this.clock = clock;
    }

    /** Generates the demo data unless the database already has rounds; returns whether it did. */
    public boolean generateIfEmpty() {
        boolean anyRound = DemoOrganisations.ALL.stream()
                .anyMatch(o -> rounds.list(serviceManager, o.id(), PageRequest.first(1)).total() > 0);
        if (anyRound) {
            return false;
        }
        LOG.info("Generating demo data (rounds, responses, improvement actions) for {} organisations", DemoOrganisations.ALL.size());
        try {
            ScorecardTemplate current = template.current(serviceManager);
            LocalDate today = LocalDate.ofInstant(clock.realInstant(), zone());
            for (Profile profile : profiles()) {
                setUpProfile(profile.organisationId());
                generate(profile, current, today);
            }
        } finally {
            clock.reset();
        }
        return true;
    }

    private List<Profile> profiles() {
        return List.of(
                new Profile(DemoOrganisations.NOORDERLICHT, 52, 7, 12, 22, true, offsets(-4, 2, -6, 5, 0)),
                new Profile(DemoOrganisations.RIVIERENLAND, 78, -7, 10, 18, true, offsets(2, 4, -3, 0, -5)),
                new Profile(DemoOrganisations.DE_LINDE, 70, 1, 15, 25, true, offsets(5, 3, -4, -2, -8)),
                new Profile(DemoOrganisations.OOSTERVAART, 64, 0, 9, 16, false, offsets(-3, 6, 0, 8, -6)),
                new Profile(DemoOrganisations.HOGE_WEIDE, 74, 2, 8, 14, false, offsets(4, -2, 3, 6, -4)),
                new Profile(DemoOrganisations.HET_BAKEN, 66, 0, 3, 4, false, offsets(0, 2, -2, 3, -3)),
                new Profile(DemoOrganisations.DE_MEERPAAL, 61, -1, 8, 15, false, offsets(-6, 0, 4, 2, 1)),
                new Profile(DemoOrganisations.WATERLAND, 69, 1, 10, 20, true, offsets(3, -5, 2, -1, -2)));
    }

    private static Map<Category, Integer> offsets(int reliability, int assurance, int partnership, int empathy, int communication) {
        Map<Category, Integer> offsets = new EnumMap<>(Category.class);
        offsets.put(Category.RELIABILITY, reliability);
        offsets.put(Category.ASSURANCE, assurance);
        offsets.put(Category.PARTNERSHIP, partnership);
        offsets.put(Category.EMPATHY, empathy);
        offsets.put(Category.COMMUNICATION, communication);
        return offsets;
    }

    /** Dutch, a customer since a few years, and service managers (sm.limited for two organisations). */
    private void setUpProfile(long organisationId) {
        Organisation organisation = organisations.get(administrator, organisationId);
        List<String> managers = DemoUsers.SM_LIMITED_ORGANISATIONS.contains(organisationId)
                ? List.of(DemoUsers.SERVICE_MANAGER, DemoUsers.SERVICE_MANAGER_LIMITED)
                : List.of(DemoUsers.SERVICE_MANAGER);
        LocalDate since = LocalDate.of(2019 + (int) (organisationId % 4), 1 + (int) (organisationId % 12), 1);
        organisations.updateProfile(administrator, new OrganisationProfile(organisationId, Language.NL, since, managers,
                OrganisationProfile.DEFAULT_ROUNDS_PER_YEAR, organisation.profile().version()));
    }

    private void generate(Profile profile, ScorecardTemplate current, LocalDate today) {
        LocalDate lastCloses = today.minusDays(14 + random.nextInt(14));
        List<Round> closed = new ArrayList<>();
        for (int index = 0; index < 4; index++) {
            LocalDate closes = lastCloses.minusDays((long) (3 - index) * DAYS_BETWEEN_ROUNDS);
            LocalDate opens = closes.minusDays(ROUND_DAYS);
            RoundKind kind = index == 0 ? RoundKind.BASELINE : RoundKind.PERIODIC;
            String title = index == 0 ? "0-meting " + opens.getYear() : seasonTitle(opens);
            Round round = runRound(profile, current, index, kind, title, opens, closes, true);
            closed.add(round);
        }
        if (profile.openRound()) {
            LocalDate opens = today.minusDays(5 + random.nextInt(5));
            runRound(profile, current, 4, RoundKind.PERIODIC, seasonTitle(opens), opens, opens.plusDays(ROUND_DAYS), false);
        }
        createActions(profile, closed, current, today);
    }

    private static String seasonTitle(LocalDate date) {
        String season = switch (date.getMonthValue()) {
            case 12, 1, 2 -> "Winter";
            case 3, 4, 5 -> "Voorjaar";
            case 6, 7, 8 -> "Zomer";
            default -> "Najaar";
        };
        return season + " " + date.getYear();
    }

    private Round runRound(Profile profile, ScorecardTemplate current, int index, RoundKind kind, String title,
                           LocalDate opens, LocalDate closes, boolean close) {
        int respondents = profile.minRespondents() + random.nextInt(profile.maxRespondents() - profile.minRespondents() + 1);
        if (!close) {
            respondents = Math.max(1, respondents / 2);
        }
        clock.set(at(opens.minusDays(7), 10));
        Round round = rounds.plan(serviceManager, new PlanRoundCommand(profile.organisationId(), kind, title, opens, closes,
                false, respondents + 3 + random.nextInt(10)));
        clock.set(at(opens, 8));
        round = rounds.open(serviceManager, round.id(), round.version());
        long answeringDays = Math.max(1, close ? ROUND_DAYS : 5);
        for (int n = 1; n <= respondents; n++) {
            clock.set(at(opens.plusDays(random.nextLong(answeringDays)), 9 + random.nextInt(8)));
            responses.submit(serviceManager, round.id(), response(profile, current, index, round.id(), n));
        }
        if (close) {
            clock.set(at(closes, 17));
            round = rounds.close(serviceManager, round.id(), round.version());
        }
        return round;
    }

    private SubmitResponseCommand response(Profile profile, ScorecardTemplate current, int roundIndex, long roundId, int number) {
        RespondentRole role = role();
        int roleOffset = switch (role) {
            case ICT_MANAGER -> 3;
            case END_USER -> -4;
            case EXECUTIVE -> 5;
        };
        double personal = random.nextGaussian() * 8;
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<Category, Double> categoryMeans = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            List<TemplateStatement> statements = current.category(category).map(c -> c.statements()).orElse(List.of());
            double sum = 0;
            int count = 0;
            for (int s = 0; s < statements.size(); s++) {
                double noOpinion = role == RespondentRole.END_USER ? 0.10 : 0.05;
                if (random.nextDouble() < noOpinion) {
                    continue;
                }
                double expected = profile.base() + profile.trendPerRound() * roundIndex + profile.categoryOffsets().get(category)
                        + roleOffset + statementOffset(s) + personal;
                int score = (int) Math.round(Math.max(1, Math.min(100, expected + random.nextGaussian() * 9)));
                scores.put(statements.get(s).key(), score);
                sum += score;
                count++;
            }
            if (count > 0) {
                categoryMeans.put(category, sum / count);
            }
        }
        Map<Category, String> comments = new EnumMap<>(Category.class);
        categoryMeans.forEach((category, mean) -> {
            if (random.nextDouble() < 0.3) {
                comments.put(category, pick(mean < 55 ? DemoTexts.COMPLAINTS.get(category)
                        : mean > 74 ? DemoTexts.PRAISE.get(category) : DemoTexts.NEUTRAL.get(category)));
            }
        });
        String onePointBetter = random.nextDouble() < 0.6 ? pick(DemoTexts.ONE_POINT_BETTER) : null;
        String name = role == RespondentRole.END_USER ? null : pick(DemoTexts.NAMES);
        DemoRecommendations.Answer nps = recommendations.answer(scores.values());
        return new SubmitResponseCommand(role.name(), "FORM-" + roundId + "-" + number, name, scores, comments, onePointBetter,
                nps.recommendation(), nps.comment());
    }

    private RespondentRole role() {
        double draw = random.nextDouble();
        return draw < 0.5 ? RespondentRole.END_USER : draw < 0.8 ? RespondentRole.ICT_MANAGER : RespondentRole.EXECUTIVE;
    }

    /** Statements within a category differ a little, the same way in every round. */
    private static int statementOffset(int statementIndex) {
        return new int[] {2, -3, 1, -1, 3}[statementIndex % 5];
    }

    private void createActions(Profile profile, List<Round> closed, ScorecardTemplate current, LocalDate today) {
        Round latest = closed.getLast();
        List<Category> weakest = profile.categoryOffsets().entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .limit(2 + random.nextInt(2))
                .toList();
        Set<Integer> doneIndexes = Set.of(0);
        for (int i = 0; i < weakest.size(); i++) {
            Category category = weakest.get(i);
            String statementKey = current.category(category).map(c -> c.statements().getFirst().key()).orElse(null);
            clock.set(at(latest.closes().plusDays(3 + i), 11));
            ImprovementAction action = actions.create(serviceManager, new ActionCommand(profile.organisationId(), latest.id(),
                    category.name(), i == 0 ? statementKey : null, DemoTexts.ACTIONS.get(category), DemoUsers.SERVICE_MANAGER,
                    today.plusDays(30L + 14L * i), i == 1 ? "ITSM-" + (120 + profile.organisationId() * 7) : null));
            if (doneIndexes.contains(i) && profile.trendPerRound() >= 0) {
                clock.set(at(today.minusDays(2), 15));
                actions.setState(serviceManager, action.id(), action.version(), ActionState.DONE);
            }
        }
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private java.time.Instant at(LocalDate date, int hour) {
        return date.atTime(LocalTime.of(hour, random.nextInt(60))).atZone(zone()).toInstant();
    }

    private ZoneId zone() {
        return ZoneId.of("Europe/Amsterdam");
    }
}
