package de.thwien.dsr.intake.dashboard;

import de.thwien.dsr.intake.deadletters.ReplayNotAcknowledged;
import de.thwien.dsr.platform.problem.Problem;
import de.thwien.dsr.platform.problem.ProblemMappers;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;

/**
 * Turns a refused action (a service's {@link de.thwien.dsr.platform.problem.Refusal}, e.g. 409 from the state
 * machine, a change at the same moment, invalid input) into a status and a sentence for the page. {@code code}: the
 * refusal's name, which {@link RefusalWording} words in the page's language; null for invalid input, whose
 * {@code invalid} holds each violated constraint's message key ({@code invalid.<key>} of the page's words) and its
 * English message, used where the page has no words for the key.
 */
record PageRefusal(int status, String message, String code, Map<String, String> invalid) {

    PageRefusal(int status, String message, String code) {
        this(status, message, code, Map.of());
    }

    /** The sentence for a page in {@code language} ("de" or "en"). */
    String worded(String language) {
        return RefusalWording.of(this, language);
    }

    static PageRefusal of(Throwable failure) {
        if (failure instanceof ConstraintViolationException invalid) {
            Map<String, String> violated = new TreeMap<>();
            invalid.getConstraintViolations().forEach(violation -> violated.put(
                    violation.getMessageTemplate().replaceAll("^\\{|\\}$", ""), violation.getMessage()));
            return new PageRefusal(400, invalid.getConstraintViolations().stream()
                    .map(violation -> violation.getMessage()).sorted().collect(Collectors.joining("; ")), null,
                    violated);
        }
        if (failure instanceof de.thwien.dsr.platform.problem.Refusal refused) {
            return new PageRefusal(refused.kind().status(), refused.getMessage(), refused.getClass().getSimpleName());
        }
        if (failure instanceof ReplayNotAcknowledged outage) {
            return new PageRefusal(503, outage.getMessage(), "ReplayNotAcknowledged");
        }
        if (failure instanceof WebApplicationException refused) {
            Object entity = refused.getResponse().getEntity();
            String detail = entity instanceof Problem problem ? problem.detail() : refused.getMessage();
            String code = entity instanceof Problem problem ? Problem.refusalCode(problem.type()) : null;
            return new PageRefusal(refused.getResponse().getStatus(), detail, code);
        }
        if (failure instanceof OptimisticLockException || failure instanceof StaleStateException) {
            return new PageRefusal(409, ProblemMappers.CONCURRENT_CHANGE, "ConcurrentChange");
        }
        return null;
    }
}
