package de.thwien.dsr.admin.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import de.thwien.dsr.admin.console.ServiceApi;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * erasure-service's restore-check API (README, "Backups"): the tool calls it, so a run after a restore goes through
 * the same store operations, proof and audit trail as the daily run and the dashboard's button.
 */
public final class ErasureApi {

    /** A check lists every record of every store: on a large mailbox it takes minutes. */
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final ServiceApi api;

    public ErasureApi(URI base, String user, String password) {
        this.api = new ServiceApi("erasure-service", base, user, password, TIMEOUT);
    }

    /** Runs the restore check now; its report. */
    public JsonNode runRestoreCheck() {
        return api.send("POST", "/api/restore-check");
    }

    /** The last run's report; empty when the check has never run (erasure-service answers 404). */
    public Optional<JsonNode> lastRestoreCheck() {
        return api.sendOrEmptyIfNotFound("GET", "/api/restore-check/last");
    }
}
