package de.thwien.dsr.platform.security;

import de.thwien.dsr.platform.keyring.AddressDigestKey;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * Server-side end of the dashboard's sessions. Quarkus' form login keeps the session in an encrypted cookie only,
 * which stays valid until it expires, logout or not. So the login also hands out the user's current session key
 * (cookie {@value #COOKIE}), every request of the session must show it, and a logout replaces the key: every
 * session of that user ends, on every instance (the keys are in the service's database, table
 * {@code login_session}), including sessions whose cookies someone saved. The blocking methods are for the worker
 * thread a login is checked on.
 */
@ApplicationScoped
public class SessionKeys {

    /** The cookie that carries the session key beside Quarkus' session cookie. */
    public static final String COOKIE = "dsr-session";
    /** Where a form login leaves the key for {@link SessionKeyCookie} to set. */
    static final String ISSUED = "dsr.session-key.issued";

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    // the existing key, or a new one for a user's first login; one statement, so that two instances agree
    private static final String CURRENT = """
            insert into login_session as s (name_digest, session_key) values ($1, $2)
            on conflict (name_digest) do update set session_key = s.session_key
            returning session_key""";
    private static final String REPLACE = """
            insert into login_session (name_digest, session_key) values ($1, $2)
            on conflict (name_digest) do update set session_key = excluded.session_key""";

    private final SecureRandom random = new SecureRandom();
    private final Pool pool;
    private final AddressDigestKey digest;

    public SessionKeys(Pool pool, AddressDigestKey digest) {
        this.pool = pool;
        this.digest = digest;
    }

    /** The user's current session key, made on the first login. Blocking. */
    public String current(String username) {
        return pool.preparedQuery(CURRENT).execute(Tuple.of(digest.digestOf(username), newKey()))
                .await().atMost(PATIENCE).iterator().next().getString(0);
    }

    /** Whether {@code key} is the user's current session key. Blocking. */
    public boolean isCurrent(String username, String key) {
        RowIterator<Row> rows = pool.preparedQuery("select session_key from login_session where name_digest = $1")
                .execute(Tuple.of(digest.digestOf(username))).await().atMost(PATIENCE).iterator();
        return rows.hasNext() && MessageDigest.isEqual(rows.next().getString(0).getBytes(StandardCharsets.UTF_8),
                key.getBytes(StandardCharsets.UTF_8));
    }

    /** Ends every session of the user: the next login gets a new key. */
    public Uni<Void> endAll(String username) {
        return pool.preparedQuery(REPLACE).execute(Tuple.of(digest.digestOf(username), newKey())).replaceWithVoid();
    }

    private String newKey() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}
