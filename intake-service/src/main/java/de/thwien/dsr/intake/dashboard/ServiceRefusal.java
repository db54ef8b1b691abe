package de.thwien.dsr.intake.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;

/** Another service answered a dashboard call with an error status; {@code detail}: its problem+json detail, if any. */
public class ServiceRefusal extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final String detail;

    ServiceRefusal(int status, String detail) {
        super("HTTP " + status, null, false, false);
        this.status = status;
        this.detail = detail;
    }

    static ServiceRefusal of(Response response) {
        return new ServiceRefusal(response.getStatus(), detail(response));
    }

    private static String detail(Response response) {
        try {
            String body = response.readEntity(String.class);
            if (body == null || body.isBlank()) {
                return null;
            }
            JsonNode detail = JSON.readTree(body).path("detail");
            return detail.isMissingNode() || detail.isNull() ? null : detail.asText();
        } catch (Exception e) {
            // no body or not JSON: the status only
            return null;
        }
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }
}
