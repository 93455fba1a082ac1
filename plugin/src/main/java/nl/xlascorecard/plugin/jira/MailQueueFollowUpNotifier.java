package nl.xlascorecard.plugin.jira;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;

import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpNotice;
import nl.xlascorecard.core.followup.port.out.FollowUpNotifier;
import nl.xlascorecard.plugin.i18n.Messages;

/**
 * {@link FollowUpNotifier} on Jira's mail queue: one plain-text {@link Email} per recipient, in that
 * recipient's language, handed to the {@link MailQueue} as a {@link SingleMailQueueItem}. Jira sends
 * the queue from its own job and retries failed messages, so a notice claimed once is delivered
 * without this app ever sending it twice.
 *
 * <p>Plain text on purpose: the customer's organisation name and the request key go into the
 * message, and plain text cannot carry markup, so no escaping can be forgotten. Every sentence
 * comes from the i18n bundle with the data as {@link java.text.MessageFormat} arguments.
 *
 * <p>Recipients: the notice's users and the members of its group, each once, active and with an
 * e-mail address only.
 *
 * <p>Compiled and tested against the declarations in {@code platform-api}; not verified in a running Jira.
 */
public final class MailQueueFollowUpNotifier implements FollowUpNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(MailQueueFollowUpNotifier.class);
    static final String MIME_TYPE = "text/plain";

    private final MailQueue mailQueue;
    private final UserManager users;
    private final GroupManager groups;
    private final Function<ApplicationUser, Locale> languageOf;
    private final Function<Locale, Messages> messages;
    private final Supplier<ZoneId> businessZone;

    /**
     * @param languageOf   the language a user reads Jira in
     * @param messages     the app's texts in a language
     * @param businessZone time zone of the business calendar, in which due times are written
     */
    public MailQueueFollowUpNotifier(MailQueue mailQueue, UserManager users, GroupManager groups,
                                     Function<ApplicationUser, Locale> languageOf, Function<Locale, Messages> messages,
                                     Supplier<ZoneId> businessZone) {
        this.mailQueue = Objects.requireNonNull(mailQueue, "mailQueue");
        this.users = Objects.requireNonNull(users, "users");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.languageOf = Objects.requireNonNull(languageOf, "languageOf");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.businessZone = Objects.requireNonNull(businessZone, "businessZone");
    }

    @Override
    public void send(FollowUpNotice notice) {
        List<ApplicationUser> recipients = recipients(notice);
        if (recipients.isEmpty()) {
            LOG.warn("{} of follow-up {} ({}) has no recipient with an e-mail address", notice.kind(),
                    notice.followUp().id(), notice.followUp().requestKey());
            return;
        }
        ZoneId zone = businessZone.get();
        for (ApplicationUser recipient : recipients) {
            Email email = email(notice, recipient.getEmailAddress(), messages.apply(languageOf.apply(recipient)), zone);
            mailQueue.addItem(new SingleMailQueueItem(email));
        }
    }

    /** Active users with an e-mail address, each once, in the order: named users, then group members. */
    List<ApplicationUser> recipients(FollowUpNotice notice) {
        Map<String, ApplicationUser> byKey = new LinkedHashMap<>();
        for (String key : notice.recipientKeys()) {
            add(byKey, users.getUserByKey(key));
        }
        if (notice.recipientGroup() != null) {
            groups.getUsersInGroup(notice.recipientGroup()).forEach(user -> add(byKey, user));
        }
        return new ArrayList<>(byKey.values());
    }

    private static void add(Map<String, ApplicationUser> byKey, ApplicationUser user) {
        if (user != null && user.isActive() && user.getEmailAddress() != null && !user.getEmailAddress().isBlank()) {
            byKey.putIfAbsent(user.getKey(), user);
        }
    }

    /** The message for one recipient: subject and plain-text body from the bundle, data as arguments. */
    static Email email(FollowUpNotice notice, String to, Messages text, ZoneId zone) {
        FollowUp f = notice.followUp();
        String due = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(text.locale()).withZone(zone).format(f.dueAt());
        String kind = notice.kind() == FollowUpNotice.Kind.REMINDER ? "reminder" : "escalation";
        StringBuilder body = new StringBuilder()
                .append(text.text("xla.followup.mail." + kind + ".body", f.requestKey(), notice.organisationName(), due))
                .append("\n\n")
                .append(text.text("xla.followup.mail.rating", f.rating()));
        if (f.ratingRaisedAboveThreshold()) {
            body.append('\n').append(text.text("xla.followup.mail.raised"));
        }
        body.append("\n\n").append(text.text("xla.followup.mail.footer"));
        return new Email(to)
                .setSubject(text.text("xla.followup.mail." + kind + ".subject", f.requestKey(), notice.organisationName(), due))
                .setBody(body.toString())
                .setMimeType(MIME_TYPE)
                .setEncoding("UTF-8");
    }
}
