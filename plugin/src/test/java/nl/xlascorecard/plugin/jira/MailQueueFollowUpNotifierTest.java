package nl.xlascorecard.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;

import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.domain.FollowUpNotice;
import nl.xlascorecard.core.followup.domain.FollowUpNotice.Kind;
import nl.xlascorecard.plugin.i18n.BundleMessages;

/**
 * Reminder and escalation mail through Jira's mail queue. Compiled and tested against the declared
 * Jira API with hand-written fakes, not in a running Jira.
 */
class MailQueueFollowUpNotifierTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Thursday 12 March 2026, 09:58 in Amsterdam. */
    private static final Instant DUE = Instant.parse("2026-03-12T08:58:00Z");

    record Person(String getKey, String getEmailAddress, String getDisplayName, boolean isActive, Locale language)
            implements ApplicationUser {
    }

    /** Jira's users, groups and mail queue as their javadoc describes them. */
    static final class FakeMailJira implements UserManager, GroupManager, MailQueue {

        final Map<String, Person> users = new HashMap<>();
        final Map<String, List<String>> groups = new HashMap<>();
        final List<MailQueueItem> queue = new ArrayList<>();

        FakeMailJira person(String key, String email, boolean active, Locale language, String... memberOf) {
            users.put(key, new Person(key, email, key, active, language));
            for (String group : memberOf) {
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(key);
            }
            return this;
        }

        @Override
        public ApplicationUser getUserByKey(String userKey) {
            return users.get(userKey);
        }

        @Override
        public Collection<String> getGroupNamesForUser(ApplicationUser user) {
            return groups.entrySet().stream().filter(e -> e.getValue().contains(user.getKey())).map(Map.Entry::getKey).toList();
        }

        @Override
        public Collection<ApplicationUser> getUsersInGroup(String groupName) {
            return groups.getOrDefault(groupName, List.of()).stream().<ApplicationUser>map(users::get).toList();
        }

        @Override
        public void addItem(MailQueueItem item) {
            queue.add(item);
        }
    }

    private final FakeMailJira jira = new FakeMailJira()
            .person("sm-anna", "anna@zorg.example", true, Locale.of("nl"), "xla-service-managers")
            .person("sm-bob", "bob@zorg.example", true, Locale.ENGLISH, "xla-service-managers")
            .person("sm-gone", "gone@zorg.example", false, Locale.ENGLISH, "xla-service-managers")
            .person("sm-nomail", null, true, Locale.ENGLISH, "xla-service-managers");

    private final MailQueueFollowUpNotifier notifier = new MailQueueFollowUpNotifier(jira, jira, jira,
            user -> ((Person) user).language(), BundleMessages::new, () -> AMSTERDAM);

    private static FollowUpNotice notice(Kind kind, String assignee, String group, String organisation) {
        FollowUp f = FollowUp.open("ITSM-42", 7, assignee, 1, DUE.minusSeconds(86_400), DUE.minusSeconds(86_000), DUE);
        return new FollowUpNotice(kind, f, organisation, assignee == null ? List.of() : List.of(assignee), group);
    }

    /** The due time as the JDK writes it in that language (CLDR data differs between JDK versions), in Amsterdam time. */
    private static String due(Locale language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language)
                .withZone(AMSTERDAM).format(DUE);
    }

    @Test
    void aReminderGoesToTheAssigneeInTheirLanguage() {
        notifier.send(notice(Kind.REMINDER, "sm-anna", null, "Ziekenhuis Oost"));

        String due = due(Locale.of("nl"));
        assertThat(due).contains("09:58");
        assertThat(jira.queue).singleElement().extracting(MailQueueItem::getSubject)
                .isEqualTo("Bel Ziekenhuis Oost terug over ITSM-42 v\u00f3\u00f3r " + due);
    }

    @Test
    void anEscalationGoesToTheAssigneeAndEveryActiveGroupMemberWithAnAddressOnce() {
        notifier.send(notice(Kind.ESCALATION, "sm-anna", "xla-service-managers", "Ziekenhuis Oost"));

        assertThat(jira.queue).extracting(MailQueueItem::getSubject).containsExactly(
                "Te laat: terugbelverzoek van Ziekenhuis Oost over ITSM-42",
                "Overdue: call-back to Ziekenhuis Oost about ITSM-42");
    }

    @Test
    void noRecipientQueuesNothing() {
        notifier.send(notice(Kind.REMINDER, "sm-gone", "nobody-here", "Ziekenhuis Oost"));

        assertThat(jira.queue).isEmpty();
    }

    @Test
    void theMessageIsPlainTextWithTheDataAsTextAndNoMarkupOfItsOwn() {
        Email email = MailQueueFollowUpNotifier.email(notice(Kind.REMINDER, "sm-bob", null, "<b>Oost</b> & \"West\""),
                "bob@zorg.example", new BundleMessages(Locale.ENGLISH), AMSTERDAM);

        assertThat(email.getTo()).isEqualTo("bob@zorg.example");
        assertThat(email.getMimeType()).isEqualTo("text/plain");
        assertThat(due(Locale.ENGLISH)).contains("9:58");
        assertThat(email.getSubject()).isEqualTo("Call back <b>Oost</b> & \"West\" about ITSM-42 before " + due(Locale.ENGLISH));
        assertThat(email.getBody())
                .startsWith("The customer of request ITSM-42 (<b>Oost</b> & \"West\") gave an unhappy rating.")
                .contains("Rating: 1 out of 5 stars.")
                .doesNotContain("raised the rating")
                .endsWith("member of the service-manager group.")
                .doesNotContain("xla.followup");
    }

    @Test
    void aRaisedRatingIsMentioned() {
        FollowUpNotice reminder = notice(Kind.REMINDER, "sm-anna", null, "Oost");
        FollowUpNotice raised = new FollowUpNotice(Kind.REMINDER, reminder.followUp().withRating(4, true), "Oost",
                List.of("sm-anna"), null);

        Email email = MailQueueFollowUpNotifier.email(raised, "anna@zorg.example", new BundleMessages(Locale.of("nl")), AMSTERDAM);

        assertThat(email.getBody()).contains("Beoordeling: 4 van de 5 sterren.").contains("inmiddels verhoogd");
    }
}
