package de.thwien.dsr.connectors.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Logged-in IMAP sessions kept per account between confirmations and exports, so that a locate or an access package
 * does not log in once per record. A session is lent to one caller at a time; before it is lent again it is checked
 * (IMAP {@code NOOP}, {@link Store#isConnected()}) and replaced by a new login when the server has dropped it or it
 * sat idle longer than {@link #MAX_IDLE} (servers log idle sessions out after about 30 minutes). Work that fails on a
 * session taken from the pool is tried once more on a fresh login: the server may have closed it right after the
 * check. At most {@link #IDLE_PER_ACCOUNT} sessions wait per account; more callers at once get their own login, which
 * is closed afterwards.
 */
final class ImapSessions {

    static final int IDLE_PER_ACCOUNT = 4;
    static final Duration MAX_IDLE = Duration.ofMinutes(5);

    /** What runs on a lent session. */
    @FunctionalInterface
    interface Work<T> {
        T run(Store store) throws MessagingException, IOException;
    }

    private record Idle(Store store, Instant since) {
    }

    private final Session session;
    private final Clock clock;
    private final Map<String, Deque<Idle>> idle = new HashMap<>();

    ImapSessions(Session session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    /** Runs the work on a session of the account; the session goes back to the pool unless the work failed. */
    <T> T with(MailAccount account, Work<T> work) throws MessagingException, IOException {
        Store pooled = takeIdle(account);
        if (pooled != null) {
            try {
                T result = work.run(pooled);
                giveBack(account, pooled);
                return result;
            } catch (MessagingException | IOException e) {
                closeQuietly(pooled); // a dropped session: once more on a fresh login
            }
        }
        Store fresh = connect(account);
        try {
            T result = work.run(fresh);
            giveBack(account, fresh);
            return result;
        } catch (MessagingException | IOException | RuntimeException e) {
            closeQuietly(fresh);
            throw e;
        }
    }

    /** Logs out of every idle session. */
    void closeAll() {
        synchronized (idle) {
            idle.values().forEach(sessions -> sessions.forEach(entry -> closeQuietly(entry.store())));
            idle.clear();
        }
    }

    private Store takeIdle(MailAccount account) {
        while (true) {
            Idle entry;
            synchronized (idle) {
                Deque<Idle> sessions = idle.get(key(account));
                entry = sessions == null ? null : sessions.pollFirst();
            }
            if (entry == null) {
                return null;
            }
            if (Duration.between(entry.since(), clock.instant()).compareTo(MAX_IDLE) <= 0
                    && entry.store().isConnected()) {
                return entry.store();
            }
            closeQuietly(entry.store());
        }
    }

    private void giveBack(MailAccount account, Store store) {
        synchronized (idle) {
            Deque<Idle> sessions = idle.computeIfAbsent(key(account), name -> new ArrayDeque<>());
            if (sessions.size() < IDLE_PER_ACCOUNT) {
                sessions.addFirst(new Idle(store, clock.instant()));
                return;
            }
        }
        closeQuietly(store);
    }

    private Store connect(MailAccount account) throws MessagingException {
        Store store = session.getStore(account.ssl() ? "imaps" : "imap");
        store.connect(account.host(), account.port(), account.login(), account.password());
        return store;
    }

    /** One pool per server and login: two accounts configured alike share their sessions. */
    private static String key(MailAccount account) {
        return account.host() + ":" + account.port() + ":" + account.ssl() + ":" + account.login();
    }

    private static void closeQuietly(Store store) {
        try {
            store.close();
        } catch (MessagingException | RuntimeException e) {
            // a session already gone: nothing left to close
        }
    }
}
