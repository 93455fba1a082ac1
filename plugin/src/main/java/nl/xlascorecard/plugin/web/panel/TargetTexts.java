package nl.xlascorecard.plugin.web.panel;

import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.target.domain.TargetStatus;
import nl.xlascorecard.core.target.domain.XlaMetric;
import nl.xlascorecard.plugin.i18n.Messages;

/**
 * Names of XLA target measures, categories and statuses, with the same texts as the targets page
 * ({@code xla.web.targets.*}), and the AUI lozenge of each status.
 */
final class TargetTexts {

    private TargetTexts() {
    }

    static String metric(Messages messages, XlaMetric metric) {
        return messages.text(switch (metric) {
            case CSAT_PERCENT -> "xla.web.targets.metric.csat";
            case MEAN_RATING -> "xla.web.targets.metric.mean";
            case NPS -> "xla.web.targets.metric.nps";
            case SCORECARD_OVERALL -> "xla.web.targets.metric.overall";
            case SCORECARD_CATEGORY -> "xla.web.targets.metric.category";
            case FOLLOW_UPS_IN_WINDOW_PERCENT -> "xla.web.targets.metric.followups";
            case RESPONSE_RATE -> "xla.web.targets.metric.responserate";
        });
    }

    static String category(Messages messages, Category category) {
        return messages.text(switch (category) {
            case RELIABILITY -> "xla.web.targets.category.reliability";
            case ASSURANCE -> "xla.web.targets.category.assurance";
            case PARTNERSHIP -> "xla.web.targets.category.partnership";
            case EMPATHY -> "xla.web.targets.category.empathy";
            case COMMUNICATION -> "xla.web.targets.category.communication";
        });
    }

    static String status(Messages messages, TargetStatus status) {
        return messages.text(switch (status) {
            case MET -> "xla.web.targets.status.met";
            case AT_RISK -> "xla.web.targets.status.atrisk";
            case BREACHED -> "xla.web.targets.status.breached";
            case NO_DATA -> "xla.web.targets.status.nodata";
        });
    }

    /** Green met, yellow at risk, red breached, grey no data: as the targets page. */
    static String lozenge(TargetStatus status) {
        return switch (status) {
            case MET -> "aui-lozenge-success";
            case AT_RISK -> "aui-lozenge-current";
            case BREACHED -> "aui-lozenge-removed";
            case NO_DATA -> "aui-lozenge-subtle";
        };
    }
}
