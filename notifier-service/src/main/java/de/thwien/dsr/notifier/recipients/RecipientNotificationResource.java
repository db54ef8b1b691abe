package de.thwien.dsr.notifier.recipients;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The Art. 19 notifications of a case for the assistant's dashboard, and her confirmation that she told a manual
 * recipient (or one whose instruction mail failed): on which day and how. Under the delivery log's path: they are
 * deliveries to recipients of the data, and the dashboard's typed client reaches both there.
 */
@Path("/api/deliveries/recipient-notifications")
@RolesAllowed({"assistant", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class RecipientNotificationResource {

    private final RecipientNotifications notifications;

    public RecipientNotificationResource(RecipientNotifications notifications) {
        this.notifications = notifications;
    }

    /** What the assistant confirms: the day she told the recipient and how (letter, phone, portal …). */
    public record Confirmation(@NotNull @PastOrPresent LocalDate informedOn,
            @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*",
                    message = "must not contain control characters") String channel) {
    }

    @GET
    @WithSession
    public Uni<List<RecipientStatus>> ofCase(@QueryParam("caseId") @NotBlank @Size(max = 100)
            @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String caseId) {
        return notifications.statusOf(caseId);
    }

    @POST
    @Path("/{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    public Uni<RecipientStatus> confirm(@PathParam("id") UUID id, @Valid @NotNull Confirmation confirmation) {
        return notifications.confirm(id, confirmation.informedOn(), confirmation.channel().strip());
    }
}
