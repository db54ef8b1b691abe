package de.thwien.dsr.infra.test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the service's OpenAPI document needs a login, except the ones a service lists as public:
 * an anonymous caller gets 401 problem+json with a Basic challenge (or, on form-login pages, a redirect to the
 * login page), a caller with a wrong
 * role (auditor / demo-auditor in tests) gets 403. A service's test extends it, annotated {@code @QuarkusTest}.
 * Because the operations are read from the running service, a new endpoint is checked without touching the test.
 */
public abstract class EndpointAccessContract {

    /** The test user whose only role (auditor) is allowed nowhere. */
    public static final String WRONG_ROLE_USER = "auditor";
    public static final String WRONG_ROLE_PASSWORD = "demo-auditor";

    private static final String ANY_ID = "5f0c6f4e-8a39-4c4e-9d0e-3f1c2b7a9e11";

    private final Set<String> publicOperations;
    private final Set<String> formLoginPrefixes;
    private final Map<String, String> mediaTypes = new HashMap<>();

    /**
     * @param publicOperations  "METHOD /path" as in the OpenAPI document (e.g. {@code "GET /api/status/{token}"}):
     *                          the intentional exceptions, reachable without login
     * @param formLoginPrefixes paths that log in through a form (anonymous callers are redirected to it)
     */
    protected EndpointAccessContract(Set<String> publicOperations, Set<String> formLoginPrefixes) {
        this.publicOperations = Set.copyOf(publicOperations);
        this.formLoginPrefixes = Set.copyOf(formLoginPrefixes);
    }

    /** A form-login session as the wrong-role user; only services with form login override it. */
    protected RequestSpecification formLoginAsWrongRole() {
        throw new IllegalStateException("this service has no form login");
    }

    /** Operations ("METHOD /path") of the service's OpenAPI document. */
    public static Set<String> operations() {
        return new TreeSet<>(requestMediaTypes().keySet());
    }

    /**
     * Operations ("METHOD /path") of the service's OpenAPI document with the media type of their request body
     * (the first one the operation consumes; empty where it takes no body).
     */
    @SuppressWarnings("unchecked")
    public static Map<String, String> requestMediaTypes() {
        Map<String, Map<String, Object>> paths = ServiceReadinessContract.operator().accept("application/json")
                .when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath().getMap("paths");
        Map<String, String> operations = new TreeMap<>();
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
            if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                Map<String, Object> body = (Map<String, Object>) ((Map<String, Object>) operation).get("requestBody");
                Map<String, Object> content = body == null ? null : (Map<String, Object>) body.get("content");
                operations.put(method.toUpperCase() + " " + path, content == null || content.isEmpty()
                        ? "" : content.keySet().iterator().next());
            }
        }));
        return operations;
    }

    /** The path with every template parameter filled (a UUID routes everywhere a string does). */
    public static String concretePath(String operation) {
        return operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[^}]+}", ANY_ID);
    }

    public static String method(String operation) {
        return operation.substring(0, operation.indexOf(' '));
    }

    @Test
    void theListedPublicOperationsExist() {
        Set<String> missing = new TreeSet<>(publicOperations);
        missing.removeAll(operations());
        assertEquals(Set.of(), missing, "public operations missing from the OpenAPI document");
    }

    @Test
    void anonymousCallersAreRefusedWhereALoginIsRequired() {
        List<String> protectedOperations = protectedOperations();
        assertFalse(protectedOperations.isEmpty(), "the service has operations that need a login");
        List<String> admitted = new ArrayList<>();
        for (String operation : protectedOperations) {
            Response response = send(operation, () -> given());
            boolean refused = isFormLogin(operation)
                    ? List.of(302, 303).contains(response.statusCode())
                            && String.valueOf(response.header("Location")).contains("/login")
                    : response.statusCode() == 401
                            && String.valueOf(response.header("WWW-Authenticate")).startsWith("Basic")
                            && String.valueOf(response.contentType()).startsWith("application/problem+json");
            if (!refused) {
                admitted.add(operation + " -> " + response.statusCode());
            }
        }
        assertTrue(admitted.isEmpty(), "not refused for an anonymous caller: " + admitted);
    }

    @Test
    void callersWithTheWrongRoleAreRefused() {
        List<String> admitted = new ArrayList<>();
        for (String operation : protectedOperations()) {
            Supplier<RequestSpecification> caller = isFormLogin(operation) ? this::formLoginAsWrongRole
                    : () -> given().auth().preemptive().basic(WRONG_ROLE_USER, WRONG_ROLE_PASSWORD);
            int status = send(operation, caller).statusCode();
            if (status != 403) {
                admitted.add(operation + " -> " + status);
            }
        }
        assertTrue(admitted.isEmpty(), "not refused (403) for " + WRONG_ROLE_USER + ": " + admitted);
    }

    /**
     * A wrong password is told the same way as a missing login: 401 problem+json with the Basic challenge, and a
     * wrong role 403 problem+json (form-login pages answer with their login flow instead). The name is new each
     * time, so the lockout never counts it twice.
     */
    @Test
    void aWrongPasswordOrRoleIsRefusedWithAProblemLikeAMissingLogin() {
        List<String> bodiless = new ArrayList<>();
        for (String operation : protectedOperations()) {
            if (isFormLogin(operation)) {
                continue;
            }
            Response wrongPassword = send(operation, () -> given().auth().preemptive()
                    .basic("nobody-" + java.util.UUID.randomUUID(), "not-the-password"));
            if (wrongPassword.statusCode() != 401
                    || !String.valueOf(wrongPassword.header("WWW-Authenticate")).startsWith("Basic")
                    || !String.valueOf(wrongPassword.contentType()).startsWith("application/problem+json")) {
                bodiless.add(operation + " with a wrong password -> " + wrongPassword.statusCode() + " "
                        + wrongPassword.contentType() + " " + wrongPassword.header("WWW-Authenticate"));
            }
            Response wrongRole = send(operation,
                    () -> given().auth().preemptive().basic(WRONG_ROLE_USER, WRONG_ROLE_PASSWORD));
            if (wrongRole.statusCode() != 403
                    || !String.valueOf(wrongRole.contentType()).startsWith("application/problem+json")) {
                bodiless.add(operation + " with the wrong role -> " + wrongRole.statusCode() + " "
                        + wrongRole.contentType());
            }
        }
        assertTrue(bodiless.isEmpty(), "not refused with problem+json: " + bodiless);
    }

    @Test
    void publicOperationsAnswerWithoutLogin() {
        List<String> refused = new ArrayList<>();
        for (String operation : publicOperations) {
            int status = send(operation, () -> given()).statusCode();
            if (status == 401 || status == 403) {
                refused.add(operation + " -> " + status);
            }
        }
        assertTrue(refused.isEmpty(), "public operations refused an anonymous caller: " + refused);
    }

    private List<String> protectedOperations() {
        List<String> result = new ArrayList<>(operations());
        result.removeAll(publicOperations);
        return result;
    }

    private boolean isFormLogin(String operation) {
        String path = concretePath(operation);
        return formLoginPrefixes.stream().anyMatch(path::startsWith);
    }

    /**
     * A page of another site (another port of the same host included) can make a browser send what it holds for
     * this service: a session cookie, or Basic credentials it cached from a password prompt. So every
     * state-changing operation refuses a request the browser marks as cross-site, even with the right login.
     */
    @Test
    void changesSentFromAnotherSiteAreRefusedWhateverTheLogin() {
        Map<String, String> anotherSite = Map.of("Sec-Fetch-Site: same-site", "Sec-Fetch-Site",
                "Sec-Fetch-Site: cross-site", "Sec-Fetch-Site", "Origin: http://127.0.0.1:1", "Origin",
                "Origin: null", "Origin");
        List<String> admitted = new ArrayList<>();
        for (String operation : operations()) {
            if (method(operation).equals("GET")) {
                continue;
            }
            anotherSite.forEach((statement, header) -> {
                String value = statement.substring(statement.indexOf(": ") + 2);
                Response response = send(operation, () -> ServiceReadinessContract.operator().header(header, value));
                if (response.statusCode() != 403
                        || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                    admitted.add(operation + " with " + statement + " -> " + response.statusCode());
                }
            });
        }
        assertTrue(admitted.isEmpty(), "not refused (403 problem+json) from another site: " + admitted);
    }

    private Response send(String operation, Supplier<RequestSpecification> caller) {
        // a small body of the right media type, so that nothing but the login can be the reason for a refusal
        String mediaType = mediaTypes.computeIfAbsent(operation,
                any -> requestMediaTypes().getOrDefault(operation, ""));
        RequestSpecification request = caller.get().redirects().follow(false);
        if (!mediaType.isEmpty()) {
            request = request.contentType(mediaType).body(mediaType.contains("json") ? "{}" : "x=1");
        }
        return request.when().request(method(operation), concretePath(operation));
    }
}
