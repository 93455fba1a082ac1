package com.atlassian.jira.util;

import java.util.Set;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Errors and warnings, e.g. of a JQL parse.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/util/MessageSet.html
 */
public interface MessageSet {

    Set<String> getErrorMessages();

    boolean hasAnyErrors();
}
