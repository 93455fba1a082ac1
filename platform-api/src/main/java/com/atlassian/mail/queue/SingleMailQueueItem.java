package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). A queue item that sends one
 * {@link Email} when the queue is flushed (Jira flushes it about every minute and retries failures).
 * Source: https://docs.atlassian.com/atlassian-mail/latest/com/atlassian/mail/queue/SingleMailQueueItem.html
 */
public class SingleMailQueueItem implements MailQueueItem {

    private final String subject;

    public SingleMailQueueItem(Email email) {
        this.subject = email.getSubject();
    }

    @Override
    public String getSubject() {
        return subject;
    }
}
