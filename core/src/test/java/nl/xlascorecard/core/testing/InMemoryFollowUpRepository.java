package nl.xlascorecard.core.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.xlascorecard.core.followup.domain.FollowUp;
import nl.xlascorecard.core.followup.port.out.FollowUpRepository;
import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/** Follow-ups unique by request key; claims are compare-and-set like the conditional UPDATE of the database. */
public final class InMemoryFollowUpRepository implements FollowUpRepository {

    private static final Comparator<FollowUp> BY_DUE = Comparator.comparing(FollowUp::dueAt).thenComparing(FollowUp::id);

    private final Map<Long, FollowUp> followUps = new LinkedHashMap<>();
    private final FakeTransactions transactions;
    private long nextId = 1;
    private int claimAttempts;

    public InMemoryFollowUpRepository(FakeTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized Optional<FollowUp> insertIfAbsent(FollowUp f) {
        transactions.requireActive();
        if (findByRequestKey(f.requestKey()).isPresent()) {
            return Optional.empty();
        }
        FollowUp stored = copy(f, nextId++, f.reminderSentAt(), f.escalatedAt(), 0);
        followUps.put(stored.id(), stored);
        return Optional.of(stored);
    }

    @Override
    public synchronized Optional<FollowUp> find(long followUpId) {
        return Optional.ofNullable(followUps.get(followUpId));
    }

    @Override
    public synchronized Optional<FollowUp> findByRequestKey(String requestKey) {
        return followUps.values().stream().filter(f -> f.requestKey().equals(requestKey)).findFirst();
    }

    @Override
    public synchronized FollowUp update(FollowUp f) {
        transactions.requireActive();
        FollowUp stored = followUps.get(f.id());
        if (stored == null || stored.version() != f.version()) {
            throw ConflictException.staleVersion("follow-up " + f.id());
        }
        FollowUp updated = copy(f, f.id(), stored.reminderSentAt(), stored.escalatedAt(), f.version() + 1);
        followUps.put(updated.id(), updated);
        return updated;
    }

    @Override
    public synchronized Page<FollowUp> listOpen(Set<Long> organisationIds, AssigneeFilter assignee, PageRequest page) {
        return Pages.slice(followUps.values().stream()
                .filter(FollowUp::isOpen)
                .filter(f -> organisationIds == null || organisationIds.contains(f.organisationId()))
                .filter(f -> assignee.unassigned() ? f.assigneeKey() == null
                        : assignee.userKey() == null || assignee.userKey().equals(f.assigneeKey()))
                .sorted(BY_DUE).toList(), page);
    }

    @Override
    public synchronized List<FollowUp> awaitingReminder(Instant after, Instant until, int limit) {
        return followUps.values().stream()
                .filter(f -> f.isOpen() && f.reminderSentAt() == null)
                .filter(f -> f.dueAt().isAfter(after) && !f.dueAt().isAfter(until))
                .sorted(BY_DUE).limit(limit).toList();
    }

    @Override
    public synchronized List<FollowUp> awaitingEscalation(Instant now, int limit) {
        return followUps.values().stream()
                .filter(f -> f.isOpen() && f.escalatedAt() == null && f.dueAt().isBefore(now))
                .sorted(BY_DUE).limit(limit).toList();
    }

    @Override
    public synchronized boolean claimReminder(long followUpId, Instant at) {
        transactions.requireActive();
        claimAttempts++;
        FollowUp f = followUps.get(followUpId);
        if (f == null || !f.isOpen() || f.reminderSentAt() != null) {
            return false;
        }
        followUps.put(f.id(), copy(f, f.id(), at, f.escalatedAt(), f.version()));
        return true;
    }

    @Override
    public synchronized boolean claimEscalation(long followUpId, Instant at) {
        transactions.requireActive();
        claimAttempts++;
        FollowUp f = followUps.get(followUpId);
        if (f == null || !f.isOpen() || f.escalatedAt() != null) {
            return false;
        }
        followUps.put(f.id(), copy(f, f.id(), f.reminderSentAt(), at, f.version()));
        return true;
    }

    @Override
    public synchronized List<FollowUp> createdSince(long organisationId, Instant since, int limit) {
        return followUps.values().stream()
                .filter(f -> f.organisationId() == organisationId && !f.createdAt().isBefore(since))
                .sorted(Comparator.comparing(FollowUp::createdAt).reversed().thenComparing(FollowUp::id))
                .limit(limit).toList();
    }

    @Override
    public synchronized OpenCounts countOpen(long organisationId, Instant now) {
        List<FollowUp> open = followUps.values().stream()
                .filter(f -> f.organisationId() == organisationId && f.isOpen()).toList();
        return new OpenCounts(open.size(), open.stream().filter(f -> f.dueAt().isBefore(now)).count());
    }

    /** Test setup: store a follow-up as it is (id given), outside any service. */
    public synchronized FollowUp put(FollowUp f) {
        followUps.put(f.id(), f);
        nextId = Math.max(nextId, f.id() + 1);
        return f;
    }

    public synchronized List<FollowUp> all() {
        return List.copyOf(followUps.values());
    }

    public synchronized int claimAttempts() {
        return claimAttempts;
    }

    private static FollowUp copy(FollowUp f, long id, Instant reminderSentAt, Instant escalatedAt, long version) {
        return new FollowUp(id, f.requestKey(), f.organisationId(), f.assigneeKey(), f.rating(), f.ratedAt(),
                f.createdAt(), f.dueAt(), f.state(), f.outcome(), f.attempts(), f.notes(), f.agreement(),
                f.contactedAt(), f.doneAt(), f.improvementActionId(), f.ratingRaisedAboveThreshold(), reminderSentAt,
                escalatedAt, version);
    }
}
