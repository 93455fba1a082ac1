package nl.xlascorecard.core.target.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.xlascorecard.core.target.domain.TargetState;
import nl.xlascorecard.core.target.domain.TargetView;
import nl.xlascorecard.core.target.domain.XlaTarget;

/**
 * An organisation's effective targets: its own, plus each default whose subject (metric and
 * category) it does not set itself, marked inherited. Ordered by metric, then category, so every
 * screen lists them alike.
 */
final class EffectiveTargets {

    static final Comparator<XlaTarget> ORDER = Comparator.comparing(XlaTarget::metric)
            .thenComparing(t -> t.category() == null ? -1 : t.category().ordinal())
            .thenComparingLong(XlaTarget::id);

    private EffectiveTargets() {
    }

    /** @param own the organisation's own targets only */
    static List<TargetView> of(Collection<XlaTarget> own, Collection<XlaTarget> defaults, Map<Long, TargetState> states) {
        Set<XlaTarget.Subject> overridden = new HashSet<>();
        own.forEach(t -> overridden.add(t.subject()));
        List<XlaTarget> all = new ArrayList<>(own);
        defaults.stream().filter(d -> !overridden.contains(d.subject())).forEach(all::add);
        all.sort(ORDER);
        return all.stream().map(t -> new TargetView(t, t.isDefault(), states.get(t.id()))).toList();
    }

    /** As {@link #of(Collection, Collection, Map)} from one list holding defaults and own targets. */
    static List<TargetView> of(Collection<XlaTarget> defaultsAndOwn, Map<Long, TargetState> states) {
        return of(defaultsAndOwn.stream().filter(t -> !t.isDefault()).toList(),
                defaultsAndOwn.stream().filter(XlaTarget::isDefault).toList(), states);
    }

    /** The own targets of many organisations, by organisation. */
    static Map<Long, List<XlaTarget>> byOrganisation(Collection<XlaTarget> own) {
        Map<Long, List<XlaTarget>> map = new HashMap<>();
        own.forEach(t -> map.computeIfAbsent(t.organisationId(), k -> new ArrayList<>()).add(t));
        return map;
    }

    /** Stored statuses of many organisations, by organisation and target. */
    static Map<Long, Map<Long, TargetState>> statesByOrganisation(Collection<TargetState> states) {
        Map<Long, Map<Long, TargetState>> map = new HashMap<>();
        states.forEach(s -> map.computeIfAbsent(s.organisationId(), k -> new HashMap<>()).put(s.targetId(), s));
        return map;
    }
}
