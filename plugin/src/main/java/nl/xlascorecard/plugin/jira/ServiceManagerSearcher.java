package nl.xlascorecard.plugin.jira;

import java.util.Comparator;
import java.util.Objects;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;

/**
 * The user the reconciliation searches JSM as: a scheduled job has no logged-in user, and Jira's
 * issue search applies the searcher's permissions. The service managers are the people follow-ups
 * are for and must see the requests of the organisations they call back, so the searcher is the
 * active member of the configured service-manager group with the lowest user key (the same user on
 * every node and every run). The group is read on every call, because an administrator may change
 * it on another node. Requests that user may not browse are not reconciled (the administrator
 * guide says to give the group Browse Projects on every service desk).
 */
public final class ServiceManagerSearcher implements Supplier<ApplicationUser> {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceManagerSearcher.class);

    private final GroupManager groups;
    private final Supplier<String> serviceManagerGroup;

    public ServiceManagerSearcher(GroupManager groups, Supplier<String> serviceManagerGroup) {
        this.groups = Objects.requireNonNull(groups, "groups");
        this.serviceManagerGroup = Objects.requireNonNull(serviceManagerGroup, "serviceManagerGroup");
    }

    /** @return the searcher, or {@code null} (anonymous: finds nothing private) when the group has no active member */
    @Override
    public ApplicationUser get() {
        String group = serviceManagerGroup.get();
        ApplicationUser searcher = groups.getUsersInGroup(group).stream()
                .filter(u -> u != null && u.isActive() && u.getKey() != null)
                .min(Comparator.comparing(ApplicationUser::getKey))
                .orElse(null);
        if (searcher == null) {
            LOG.warn("The service-manager group {} has no active member; ratings cannot be reconciled", group);
        }
        return searcher;
    }
}
