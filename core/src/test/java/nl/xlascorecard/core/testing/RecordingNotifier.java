package nl.xlascorecard.core.testing;

import java.util.ArrayList;
import java.util.List;

import nl.xlascorecard.core.followup.domain.FollowUpNotice;
import nl.xlascorecard.core.followup.port.out.FollowUpNotifier;

/** Keeps every notice it is given; optionally fails, like a mail server that is down. */
public final class RecordingNotifier implements FollowUpNotifier {

    private final List<FollowUpNotice> sent = new ArrayList<>();
    private final FakeTransactions transactions;
    private boolean failing;

    public RecordingNotifier(FakeTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized void send(FollowUpNotice notice) {
        if (insideTransaction()) {
            throw new IllegalStateException("notifier called inside a transaction");
        }
        if (failing) {
            throw new IllegalStateException("mail server down");
        }
        sent.add(notice);
    }

    public synchronized List<FollowUpNotice> sent() {
        return List.copyOf(sent);
    }

    private boolean insideTransaction() {
        try {
            transactions.requireActive();
            return true;
        } catch (IllegalStateException outside) {
            return false;
        }
    }

    public void failing(boolean fail) {
        this.failing = fail;
    }
}
