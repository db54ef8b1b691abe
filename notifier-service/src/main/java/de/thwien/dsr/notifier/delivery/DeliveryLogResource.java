package de.thwien.dsr.notifier.delivery;

import de.thwien.dsr.platform.problem.Problem;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * The delivery log of a case, as proof of what was sent (Art. 5(2) GDPR accountability).
 *
 * <p>Only for the assistant (HTTP Basic, the users every service shares): the log holds
 * recipients' addresses and the texts sent.
 */
@Path("/api/deliveries")
@RolesAllowed({"assistant", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryLogResource {

    private final SealedNotices sealed;

    public DeliveryLogResource(SealedNotices sealed) {
        this.sealed = sealed;
    }

    /** Every notice of the case, oldest first, without the texts. */
    @GET
    @WithSession
    public Uni<List<DeliveryLogEntry>> forCase(@QueryParam("caseId") @NotBlank @Size(max = 100)
            // a NUL would fail the query itself (500) instead of finding nothing
            @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String caseId) {
        return NoticeDelivery.<NoticeDelivery>list("caseId = ?1 order by createdAt, id", caseId)
                .chain(deliveries -> Multi.createFrom().iterable(deliveries)
                        .onItem().transformToUniAndConcatenate(d -> entry(d, false))
                        .collect().asList());
    }

    /** One notice with the rendered text that was sent; its SHA-256 is in the entry. */
    @GET
    @Path("/{id}")
    @WithSession
    public Uni<Response> one(@PathParam("id") UUID id) {
        return NoticeDelivery.<NoticeDelivery>findById(id).chain(delivery -> delivery == null
                ? Uni.createFrom().item(Problem.of(404, "Delivery not found", "No notice delivery " + id).toResponse())
                : entry(delivery, true).map(entry -> Response.ok(entry).build()));
    }

    private Uni<DeliveryLogEntry> entry(NoticeDelivery delivery, boolean withText) {
        return sealed.open(delivery).chain(content -> sealed.openBounceDiagnostic(delivery)
                .map(diagnostic -> DeliveryLogEntry.of(delivery, content, diagnostic, withText)));
    }

    /**
     * A notice prepared for printing, with the full text of the letter (its status link unmasked: the requester
     * needs it); 409 for a notice that is mailed, whose text stays masked.
     */
    @GET
    @Path("/{id}/print")
    @WithSession
    public Uni<Response> printable(@PathParam("id") UUID id) {
        return NoticeDelivery.<NoticeDelivery>findById(id).chain(delivery -> {
            if (delivery == null) {
                return Uni.createFrom().item(Problem.of(404, "Delivery not found", "No notice delivery " + id)
                        .toResponse());
            }
            if (delivery.status != DeliveryStatus.PRINT) {
                return Uni.createFrom().item(Problem.of(409, "Not prepared for printing",
                        "This notice is sent by mail; its text is in the delivery log.").toResponse());
            }
            return sealed.open(delivery).map(content -> content.shredded()
                    ? Problem.of(410, "Shredded", "The case's data key was shredded; the notice cannot be read.")
                            .toResponse()
                    : Response.ok(PrintableNotice.of(delivery, content)).build());
        });
    }
}
