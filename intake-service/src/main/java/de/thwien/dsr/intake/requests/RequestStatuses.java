package de.thwien.dsr.intake.requests;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.cases.DsrCase;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import de.thwien.dsr.intake.links.StatusTokens;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/** What the requester's status link shows: the token from the link is the only key. */
@ApplicationScoped
public class RequestStatuses {

    /** Type, status and dates; nothing else, in particular nothing personal. */
    public record RequestStatus(RequestType type, CaseStatus status, LocalDate receivedOn, LocalDate dueOn) {
    }

    /** The status of the case the link belongs to, or {@link UnknownStatusLink} (also for a malformed token). */
    @WithSession
    public Uni<RequestStatus> of(String token) {
        if (token == null || token.length() > 100) {
            return Uni.createFrom().failure(new UnknownStatusLink());
        }
        return DsrCase.<DsrCase>find("statusTokenHash", StatusTokens.hash(token)).firstResult()
                .onItem().ifNull().failWith(UnknownStatusLink::new)
                .map(dsrCase -> new RequestStatus(dsrCase.requestType, dsrCase.status, dsrCase.receivedOn,
                        dsrCase.currentDueOn));
    }
}
