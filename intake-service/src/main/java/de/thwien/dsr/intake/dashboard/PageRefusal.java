package de.thwien.dsr.intake.dashboard;

import de.thwien.dsr.intake.deadletters.ReplayNotAcknowledged;
import de.thwien.dsr.platform.problem.Problem;
import de.thwien.dsr.platform.problem.ProblemMappers;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;

/**
 * Turns a refused action (a service's {@link de.thwien.dsr.platform.problem.Refusal}, e.g. 409 from the state
 * machine, a change at the same moment, invalid input) into a status and a sentence for the page.
 */
record PageRefusal(int status, String message) {

    static PageRefusal of(Throwable failure) {
        if (failure instanceof ConstraintViolationException invalid) {
            return new PageRefusal(400, invalid.getConstraintViolations().stream()
                    .map(violation -> violation.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        if (failure instanceof de.thwien.dsr.platform.problem.Refusal refused) {
            return new PageRefusal(refused.kind().status(), refused.getMessage());
        }
        if (failure instanceof ReplayNotAcknowledged outage) {
            return new PageRefusal(503, outage.getMessage());
        }
        if (failure instanceof WebApplicationException refused) {
            Object entity = refused.getResponse().getEntity();
            String detail = entity instanceof Problem problem ? problem.detail() : refused.getMessage();
            return new PageRefusal(refused.getResponse().getStatus(), detail);
        }
        if (failure instanceof OptimisticLockException || failure instanceof StaleStateException) {
            return new PageRefusal(409, ProblemMappers.CONCURRENT_CHANGE);
        }
        return null;
    }
}
