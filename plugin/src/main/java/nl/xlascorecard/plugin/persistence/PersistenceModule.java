package nl.xlascorecard.plugin.persistence;

import java.util.List;
import java.util.function.Supplier;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;

import net.java.ao.RawEntity;

import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.plugin.persistence.ao.AppSettingsAo;
import nl.xlascorecard.plugin.persistence.ao.FollowUpAo;
import nl.xlascorecard.plugin.persistence.ao.FollowUpSettingsAo;
import nl.xlascorecard.plugin.persistence.ao.ImprovementActionAo;
import nl.xlascorecard.plugin.persistence.ao.OrgProfileAo;
import nl.xlascorecard.plugin.persistence.ao.RatingOrgAo;
import nl.xlascorecard.plugin.persistence.ao.ReconCheckpointAo;
import nl.xlascorecard.plugin.persistence.ao.ResponseAo;
import nl.xlascorecard.plugin.persistence.ao.RoundAo;
import nl.xlascorecard.plugin.persistence.ao.SlaSnapshotAo;
import nl.xlascorecard.plugin.persistence.ao.TargetHistoryAo;
import nl.xlascorecard.plugin.persistence.ao.TargetStatusAo;
import nl.xlascorecard.plugin.persistence.ao.TemplateVersionAo;
import nl.xlascorecard.plugin.persistence.ao.TicketRatingAo;
import nl.xlascorecard.plugin.persistence.ao.XlaTargetAo;
import nl.xlascorecard.plugin.persistence.upgrade.UpgradeTask001SeedDefaultTemplate;
import nl.xlascorecard.plugin.persistence.upgrade.UpgradeTask002SeedDefaultTargets;

/**
 * The app's Active Objects module in code, for the hosts that wire it: the sandbox (through the
 * ao-host) and the Jira configuration. Must list what the {@code <ao>} module of
 * {@code atlassian-plugin.xml} lists (a test compares them).
 */
public final class PersistenceModule {

    /** The {@code namespace} of the {@code <ao>} module: it fixes the {@code AO_xxxxxx_} table prefix. */
    public static final String NAMESPACE = "nl.xlascorecard.xla-scorecard";

    private PersistenceModule() {
    }

    /** Every current entity, in the descriptor's order. */
    public static List<Class<? extends RawEntity<?>>> entities() {
        return List.of(OrgProfileAo.class, AppSettingsAo.class, TemplateVersionAo.class, RoundAo.class, ResponseAo.class,
                ImprovementActionAo.class, TicketRatingAo.class, RatingOrgAo.class, FollowUpAo.class,
                FollowUpSettingsAo.class, ReconCheckpointAo.class,
                // XLA targets
                XlaTargetAo.class, TargetStatusAo.class, TargetHistoryAo.class, SlaSnapshotAo.class);
    }

    /** Every upgrade task, in model-version order. */
    public static List<ActiveObjectsUpgradeTask> upgradeTasks(Supplier<ScorecardTemplate> defaultTemplate) {
        return List.of(new UpgradeTask001SeedDefaultTemplate(defaultTemplate),
                // XLA targets
                new UpgradeTask002SeedDefaultTargets());
    }

    /** The repositories over one {@link ActiveObjects}, sharing one transaction runner. */
    public static Repositories repositories(ActiveObjects ao) {
        AoTransactionRunner tx = new AoTransactionRunner(ao);
        return new Repositories(tx, new AoOrganisationProfileRepository(ao, tx), new AoAppSettingsRepository(ao, tx),
                new AoTemplateRepository(ao, tx), new AoRoundRepository(ao, tx), new AoResponseRepository(ao, tx),
                new AoImprovementActionRepository(ao, tx), new AoTicketRatingRepository(ao, tx),
                new AoFollowUpRepository(ao, tx), new AoFollowUpSettingsRepository(ao, tx),
                new AoReconciliationCheckpoint(ao, tx),
                // XLA targets
                new AoXlaTargetRepository(ao, tx), new AoTargetStatusRepository(ao, tx), new AoSlaSnapshotRepository(ao, tx));
    }

    /** The core's out-ports implemented on Active Objects. */
    public record Repositories(AoTransactionRunner transactions, AoOrganisationProfileRepository profiles,
                               AoAppSettingsRepository settings, AoTemplateRepository templates, AoRoundRepository rounds,
                               AoResponseRepository responses, AoImprovementActionRepository actions,
                               AoTicketRatingRepository ticketRatings, AoFollowUpRepository followUps,
                               AoFollowUpSettingsRepository followUpSettings,
                               AoReconciliationCheckpoint reconciliationCheckpoint,
                               // XLA targets
                               AoXlaTargetRepository targets, AoTargetStatusRepository targetStatuses,
                               AoSlaSnapshotRepository slaSnapshots) {
    }
}
