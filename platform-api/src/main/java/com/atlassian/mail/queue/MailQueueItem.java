package com.atlassian.mail.queue;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). A message waiting in Jira's mail queue.
 * Only the subject is declared.
 * Source: https://docs.atlassian.com/atlassian-mail/latest/com/atlassian/mail/queue/MailQueueItem.html
 */
public interface MailQueueItem {

    String getSubject();
}
