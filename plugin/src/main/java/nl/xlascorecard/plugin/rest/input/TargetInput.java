package nl.xlascorecard.plugin.rest.input;

import java.io.InputStream;
import java.util.Set;

import nl.xlascorecard.core.target.port.in.ManageTargets.TargetCommand;

/**
 * Body of a target, for {@code POST}/{@code PUT} of an organisation's targets and of the defaults:
 * <pre>{"metric":"CSAT_PERCENT","category":null,"comparison":"AT_LEAST","threshold":90,
 *  "warningMargin":3,"window":{"kind":"ROLLING_DAYS","days":90},"minimumDataPoints":10}</pre>
 * Only the JSON shape is checked here (types, unknown fields); which values are allowed is the core's
 * rule, so both are reported with the field named.
 */
public final class TargetInput {

    static final Set<String> FIELDS = Set.of("metric", "category", "comparison", "threshold", "warningMargin", "window",
            "minimumDataPoints");
    static final Set<String> WINDOW_FIELDS = Set.of("kind", "days");

    private TargetInput() {
    }

    public static TargetCommand read(InputStream body) {
        JsonObjectReader json = JsonBody.read(body, FIELDS);
        String metric = json.optionalText("metric");
        String category = json.optionalText("category");
        String comparison = json.optionalText("comparison");
        Double threshold = json.optionalNumber("threshold");
        Double margin = json.optionalNumber("warningMargin");
        JsonObjectReader window = json.optionalObject("window", WINDOW_FIELDS);
        String kind = window == null ? null : window.optionalText("kind");
        Integer days = window == null ? null : window.optionalInt("days");
        Integer minimum = json.optionalInt("minimumDataPoints");
        json.validate();
        return new TargetCommand(metric, category, comparison, threshold, margin, kind, days, minimum);
    }
}
