package nl.xlascorecard.plugin.rest.input;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;

import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.port.in.ManageRounds.PlanRoundCommand;

/**
 * Body of {@code POST /organisations/{id}/rounds}. {@code anonymous} defaults to false and
 * {@code invitations} to 0 (unknown); dates and the one-baseline rule are checked by the core.
 */
public final class PlanRoundInput {

    static final Set<String> FIELDS = Set.of("kind", "title", "opens", "closes", "anonymous", "invitations");

    private PlanRoundInput() {
    }

    public static PlanRoundCommand read(InputStream body, long organisationId) {
        JsonObjectReader json = JsonBody.read(body, FIELDS);
        RoundKind kind = json.requiredEnum("kind", RoundKind.class);
        String title = json.optionalText("title");
        LocalDate opens = json.requiredDate("opens");
        LocalDate closes = json.requiredDate("closes");
        Boolean anonymous = json.optionalBoolean("anonymous");
        Integer invitations = json.optionalInt("invitations");
        json.validate();
        return new PlanRoundCommand(organisationId, kind, title, opens, closes,
                Boolean.TRUE.equals(anonymous), invitations == null ? 0 : invitations);
    }
}
