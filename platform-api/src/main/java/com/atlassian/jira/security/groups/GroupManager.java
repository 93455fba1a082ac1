package com.atlassian.jira.security.groups;

import java.util.Collection;

import com.atlassian.jira.user.ApplicationUser;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Jira's group memberships.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/security/groups/GroupManager.html
 */
public interface GroupManager {

    /** The names of every group the user belongs to (nested memberships included). */
    Collection<String> getGroupNamesForUser(ApplicationUser user);

    /** Every member of the group (nested memberships included). */
    Collection<ApplicationUser> getUsersInGroup(String groupName);
}
