package de.thwien.dsr.admin.intake;

import com.fasterxml.jackson.databind.JsonNode;
import de.thwien.dsr.admin.console.ServiceApi;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * intake-service's owner API (README, "Dead letters" and "Crypto-shredding"): the tool calls it instead of touching
 * topics or tables itself, so a replay or a rotation goes through the same checks (once only, recorded, audited) as
 * from curl.
 */
public final class IntakeApi {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final ServiceApi api;

    public IntakeApi(URI base, String user, String password) {
        this.api = new ServiceApi("intake-service", base, user, password, TIMEOUT);
    }

    /** Dead letters, newest first (at most 500); {@code status} null for all. */
    public List<JsonNode> deadLetters(String status) {
        JsonNode list = send("GET", "/api/dead-letters" + (status == null ? "" : "?status=" + status));
        List<JsonNode> letters = new ArrayList<>();
        list.forEach(letters::add);
        return letters;
    }

    public JsonNode replay(long deadLetterId) {
        return send("POST", "/api/dead-letters/" + deadLetterId + "/replay");
    }

    /** Counts of keys per master key id. */
    public JsonNode keyringStatus() {
        return send("GET", "/api/admin/keyring");
    }

    /** @param batches null for all keys */
    public JsonNode rotateMasterKey(Integer batches) {
        return send("POST", "/api/admin/keyring/rotate" + (batches == null ? "" : "?batches=" + batches));
    }

    private JsonNode send(String method, String path) {
        return api.send(method, path);
    }
}
