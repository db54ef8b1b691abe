package de.thwien.dsr.intake.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.platform.problem.Problem;
import jakarta.ws.rs.core.Response;

/**
 * Another service answered a dashboard call with an error status; {@code detail}: its problem+json detail, if any;
 * {@code code}: the refusal it named in the problem type ({@code Problem.refusalCode}), if any.
 */
public class ServiceRefusal extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final String detail;
    private final String code;

    ServiceRefusal(int status, String detail, String code) {
        super("HTTP " + status, null, false, false);
        this.status = status;
        this.detail = detail;
        this.code = code;
    }

    static ServiceRefusal of(Response response) {
        JsonNode problem = problem(response);
        return new ServiceRefusal(response.getStatus(), text(problem, "detail"),
                Problem.refusalCode(text(problem, "type")));
    }

    private static JsonNode problem(Response response) {
        try {
            String body = response.readEntity(String.class);
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (Exception e) {
            // no body or not JSON: the status only
            return null;
        }
    }

    private static String text(JsonNode problem, String field) {
        JsonNode value = problem == null ? null : problem.path(field);
        return value == null || value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public String code() {
        return code;
    }
}
