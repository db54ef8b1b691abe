package de.thwien.dsr.intake.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The wellness health group of another service ({@code /q/health/well}): each store and mail server it uses, as its
 * last scheduled check found it. Built per service by {@link OtherServices} with that service's URL and timeouts.
 */
@Path("/q/health/well")
@Produces(MediaType.APPLICATION_JSON)
public interface ServiceHealth {

    /** {@code status} UP or DOWN; one check per store or mail server. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Wellness(String status, List<Check> checks) {

        public Wellness {
            checks = checks == null ? List.of() : checks;
        }
    }

    /** {@code data}: {@code error} (words, no personal data) and {@code downSince} (ISO instant) when down. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Check(String name, String status, Map<String, Object> data) {

        public Check {
            data = data == null ? Map.of() : data;
        }
    }

    @GET
    Uni<Wellness> wellness();

    /** A group with a store down answers 503 with the same body: that is an answer, not a refusal. */
    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        if (response.getStatus() == 503) {
            try {
                return new SomeDown(new ObjectMapper().readValue(response.readEntity(String.class), Wellness.class));
            } catch (Exception e) {
                // no health body (a proxy's 503): a refusal like any other
                return new ServiceRefusal(503, null, null);
            }
        }
        return ServiceRefusal.of(response);
    }

    /** The 503 answer of a group with a store down, carried to {@link OtherServices}, which makes it a value. */
    final class SomeDown extends RuntimeException {

        private final Wellness wellness;

        SomeDown(Wellness wellness) {
            super("a store is down", null, false, false);
            this.wellness = wellness;
        }

        Wellness wellness() {
            return wellness;
        }
    }
}
