package de.thwien.dsr.platform.keyring;

import de.thwien.dsr.platform.crypto.DataKey;
import de.thwien.dsr.platform.crypto.PersonalDataCipher;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Personal data at rest in a service's own tables (a case's requester, a notice's text), sealed with the same
 * per-scope data key as the scope's events. Shredding the scope's key therefore makes the rows unreadable
 * together with every copy in Kafka. Each value is bound to its scope and field (the associated data), so a
 * sealed value copied into another row or column does not open.
 *
 * <p>Runs in the caller's Hibernate Reactive session, like {@link KeyRing}.
 */
@ApplicationScoped
public class SealedFields {

    private final KeyRing keyRing;

    public SealedFields(KeyRing keyRing) {
        this.keyRing = keyRing;
    }

    /** A cipher that seals the scope's fields; creates the scope's key if it has none. */
    public Uni<ScopeCipher> forSealing(String scope) {
        return keyRing.keyForSealing(scope).map(key -> new ScopeCipher(scope, key));
    }

    /** A cipher that opens the scope's fields; {@link ScopeCipher#shredded()} once its key is destroyed. */
    public Uni<ScopeCipher> forOpening(String scope) {
        return keyRing.find(scope).map(key -> new ScopeCipher(scope, key));
    }

    /** Seals and opens the fields of one scope with its key; no I/O. */
    public static final class ScopeCipher {

        private final String scope;
        private final DataKey key;

        ScopeCipher(String scope, DataKey key) {
            this.scope = scope;
            this.key = key;
        }

        /** True when the scope's key was shredded: its fields open to nothing. */
        public boolean shredded() {
            return key instanceof DataKey.Destroyed;
        }

        /** The sealed form of a value; null stays null. */
        public String seal(String field, String value) {
            if (value == null) {
                return null;
            }
            return PersonalDataCipher.seal(activeKey(), value.getBytes(StandardCharsets.UTF_8), context(field));
        }

        /**
         * The value of a sealed field; empty when it was null or its scope is shredded.
         *
         * @throws PersonalDataCipher.UnreadableException when the value was changed or belongs elsewhere
         */
        public Optional<String> open(String field, String sealed) {
            if (sealed == null || shredded()) {
                return Optional.empty();
            }
            return Optional.of(new String(PersonalDataCipher.open(activeKey(), sealed, context(field)),
                    StandardCharsets.UTF_8));
        }

        private SecretKey activeKey() {
            if (key instanceof DataKey.Active active) {
                return active.key();
            }
            throw new IllegalStateException("no usable data key for " + scope + ": " + key);
        }

        private String context(String field) {
            return scope + "/" + field;
        }
    }
}
