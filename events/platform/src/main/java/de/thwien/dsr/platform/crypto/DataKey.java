package de.thwien.dsr.platform.crypto;

import java.util.Objects;
import javax.crypto.SecretKey;

/** What the keyring knows about the data key of one scope (a case or a contact). */
public sealed interface DataKey {

    String scope();

    /** The key exists: personal data of the scope can be sealed and opened. */
    record Active(String scope, SecretKey key) implements DataKey {
        public Active {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String toString() {
            return "Active[" + scope + "]";
        }
    }

    /** The key was shredded: every copy of the scope's personal data is unreadable for good. */
    record Destroyed(String scope) implements DataKey {
    }

    /** The keyring has no entry for the scope: sealed data of it cannot have come from this system. */
    record Unknown(String scope) implements DataKey {
    }
}
