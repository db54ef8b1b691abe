package de.thwien.dsr.intake.dashboard;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * Where the dashboard finds the other services it shows, and the service login it uses there; their typed clients
 * ({@link OtherServices}) take the URLs from here (quarkus.rest-client.*.url in application.properties).
 */
@ConfigMapping(prefix = "dsr.dashboard")
public interface DashboardConfig {

    /** erasure-service (erasure plans, deferred erasures); absent: those parts say "not available". */
    Optional<String> erasureBaseUrl();

    /** subject-index-service (index status per store). */
    Optional<String> indexBaseUrl();

    /** notifier-service (the notices of a case with their rendered texts); absent: the timeline's notice entries. */
    Optional<String> notifierBaseUrl();

    /**
     * HTTP Basic login of the dashboard at those services: role assistant to read, role service to decide on behalf
     * of the logged-in assistant (the audit trails name her).
     */
    Optional<String> serviceUsername();

    Optional<String> servicePassword();
}
