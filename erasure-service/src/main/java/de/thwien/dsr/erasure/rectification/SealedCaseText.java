package de.thwien.dsr.erasure.rectification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.crypto.PersonalDataCipher;
import de.thwien.dsr.platform.keyring.SealedFields;
import de.thwien.dsr.platform.keyring.SealedFields.ScopeCipher;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The personal data of a rectification plan at rest (the requester, a record's summary, corrected values, reasons and
 * statements), sealed with the case's data key like the case's events: shredding the case makes them unreadable. Each
 * text is bound to its record (store and reference), so a sealed value copied to another row does not open.
 */
@ApplicationScoped
public class SealedCaseText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() {
    };

    private final SealedFields sealedFields;

    public SealedCaseText(SealedFields sealedFields) {
        this.sealedFields = sealedFields;
    }

    Uni<ScopeCipher> forSealing(UUID caseId) {
        return sealedFields.forSealing(KeyScopes.ofCase(caseId.toString()));
    }

    Uni<ScopeCipher> forOpening(UUID caseId) {
        return sealedFields.forOpening(KeyScopes.ofCase(caseId.toString()));
    }

    static String field(String what, String store, String reference) {
        return "rectification." + what + "|" + store + "|" + reference;
    }

    static String sealValues(ScopeCipher cipher, String field, Map<String, String> values) {
        try {
            return cipher.seal(field, JSON.writeValueAsString(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrected values not writable as JSON", e);
        }
    }

    /** The text; empty when none, shredded, or not openable (changed in the table, copied from another row). */
    static Optional<String> open(ScopeCipher cipher, String field, String sealed) {
        try {
            return cipher.open(field, sealed);
        } catch (PersonalDataCipher.UnreadableException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    static Map<String, String> openValues(ScopeCipher cipher, String field, String sealed) {
        return open(cipher, field, sealed).map(json -> {
            try {
                return (Map<String, String>) JSON.readValue(json, VALUES);
            } catch (JsonProcessingException e) {
                return Map.<String, String>of();
            }
        }).orElse(Map.of());
    }
}
