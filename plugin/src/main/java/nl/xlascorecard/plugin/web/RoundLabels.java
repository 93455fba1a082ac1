package nl.xlascorecard.plugin.web;

import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.plugin.i18n.Messages;

/** How a round state looks on a page: its name and the AUI lozenge colour (same as the JS uses). */
final class RoundLabels {

    private RoundLabels() {
    }

    static String state(RoundState state, Messages text) {
        return switch (state) {
            case PLANNED -> text.text("xla.web.round.state.planned");
            case OPEN -> text.text("xla.web.round.state.open");
            case CLOSED -> text.text("xla.web.round.state.closed");
        };
    }

    static String lozenge(RoundState state) {
        return switch (state) {
            case PLANNED -> "aui-lozenge-subtle";
            case OPEN -> "aui-lozenge-inprogress";
            case CLOSED -> "aui-lozenge-success";
        };
    }
}
