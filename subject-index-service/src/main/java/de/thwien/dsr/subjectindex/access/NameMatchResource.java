package de.thwien.dsr.subjectindex.access;

import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.platform.security.OnBehalfOf;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/**
 * The assistant's review of a case's name matches before its access answer: each match with the words around the
 * name (personal data, for her eyes only), and her decision on each (audited: who, when). Case ids are UUIDs: any
 * other text is 404 before it reaches the database.
 */
@Path("/api/cases/{caseId}/name-matches")
@RolesAllowed({"assistant", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class NameMatchResource {

    /** {@code reasonCode} is needed for a rejection: {@code NOT_THE_REQUESTER}. */
    public record DecisionBody(@NotNull NameMatchReviews.Decision decision, ReasonCode reasonCode) {
    }

    private final NameMatchReviews reviews;
    private final ReviewedAnswers answers;
    private final SecurityIdentity identity;

    public NameMatchResource(NameMatchReviews reviews, ReviewedAnswers answers, SecurityIdentity identity) {
        this.reviews = reviews;
        this.answers = answers;
        this.identity = identity;
    }

    /** {@code language}: the excerpts' field names in the asking page's language ("de", "en"), else the request's. */
    @GET
    public Uni<NameMatchReviews.ReviewView> get(@PathParam("caseId") UUID caseId,
            @QueryParam("language") String language) {
        return reviews.view(caseId.toString(), language);
    }

    @POST
    @Path("/{matchId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<NameMatchReviews.ReviewView> decide(@PathParam("caseId") UUID caseId,
            @PathParam("matchId") long matchId, @HeaderParam(OnBehalfOf.HEADER) String onBehalfOf,
            @NotNull DecisionBody body) {
        String actor = OnBehalfOf.actor(identity, onBehalfOf);
        // the decision has committed when decide emits; the package is built after it, not inside this request
        return reviews.decide(caseId.toString(), matchId, body.decision(), body.reasonCode(), actor)
                .invoke(due -> {
                    if (due) {
                        answers.buildSoon(caseId.toString());
                    }
                })
                .chain(() -> reviews.view(caseId.toString()));
    }
}
