package com.atlassian.mail.queue;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). Jira's outgoing mail queue (a Jira
 * component, sent by a scheduled job).
 * Source: https://docs.atlassian.com/atlassian-mail/latest/com/atlassian/mail/queue/MailQueue.html
 */
public interface MailQueue {

    void addItem(MailQueueItem item);
}
