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
 * machine, a change at the same moment, invalid input) into a status and a sentence for the page. {@code code}: the
 * refusal's name, which {@link RefusalWording} words in the page's language; for invalid input the key of its one
 * message ({@code dsr.…} of {@code ValidationMessages.properties}) if it has one, else null: its {@code message} is
 * then the page's own words.
 */
record PageRefusal(int status, String message, String code) {

    /** The sentence for a page in {@code language} ("de" or "en"). */
    String worded(String language) {
        return RefusalWording.of(this, language);
    }

    static PageRefusal of(Throwable failure) {
        if (failure instanceof ConstraintViolationException invalid) {
            var violations = invalid.getConstraintViolations();
            String template = violations.size() == 1 ? violations.iterator().next().getMessageTemplate() : "";
            return new PageRefusal(400, violations.stream()
                    .map(violation -> violation.getMessage()).sorted().collect(Collectors.joining("; ")),
                    template.startsWith("{dsr.") && template.endsWith("}")
                            ? template.substring(1, template.length() - 1) : null);
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
