package de.thwien.dsr.intake.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * notifier-service as the dashboard calls it (quarkus.rest-client.notifier-service.*): the notices of a case, one
 * notice with the text that was sent, a notice prepared for printing, and the case's Art. 19 recipient notifications
 * with the assistant's confirmation of a manual one.
 */
@RegisterRestClient(configKey = "notifier-service")
@RegisterClientHeaders(ServiceLogin.class)
@Path("/api/deliveries")
@Produces(MediaType.APPLICATION_JSON)
public interface NotifierService {

    /** A line of the delivery log; {@code text} only in a single delivery. Timestamps as ISO text. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Delivery(UUID id, String kind, String subject, String status, String sentAt, String recipient,
            String bounceStatus, String bounceDiagnostic, String bouncedAt, String text) {
    }

    /** A notice prepared for printing, with the full text of the letter. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PrintableNotice(String caseId, String language, String createdAt, String subject, String text) {
    }

    /**
     * An Art. 19 notification of a recipient: {@code channel} MAIL, MANUAL or HOSTING; {@code state} OPEN, PENDING,
     * INFORMED, FAILED or COVERED; {@code informedOn} an ISO date once told.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RecipientNotification(UUID id, String recipient, String channel, String state, String informedOn,
            String informedVia) {
    }

    /** The assistant told the recipient on {@code informedOn} (ISO date), by {@code channel} (her words). */
    record RecipientConfirmation(String informedOn, String channel) {
    }

    @GET
    Uni<List<Delivery>> ofCase(@QueryParam("caseId") UUID caseId);

    @GET
    @Path("/recipient-notifications")
    Uni<List<RecipientNotification>> recipientNotifications(@QueryParam("caseId") UUID caseId);

    @POST
    @Path("/recipient-notifications/{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<RecipientNotification> confirmRecipientNotification(@PathParam("id") UUID id,
            RecipientConfirmation confirmation);

    @GET
    @Path("/{id}")
    Uni<Delivery> delivery(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/print")
    Uni<PrintableNotice> printable(@PathParam("id") UUID id);

    @ClientExceptionMapper
    static ServiceRefusal refused(Response response) {
        return ServiceRefusal.of(response);
    }
}
