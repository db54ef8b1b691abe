package de.thwien.dsr.intake.pages;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like client for page tests: keeps cookies (session, CSRF, language) and reads the CSRF field. */
public final class FormSession {

    private static final Pattern CSRF_FIELD = Pattern.compile(
            "name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();

    /** Logs in through the login form; the session cookie is kept. */
    public static FormSession loggedInAs(String user, String password) {
        FormSession session = new FormSession();
        Response response = given().redirects().follow(false).formParam("j_username", user)
                .formParam("j_password", password)
                .when().post("/j_security_check");
        if (response.getCookie("quarkus-credential") == null) {
            throw new AssertionError("login as " + user + " failed: " + response.getStatusCode() + " "
                    + response.getHeader("Location"));
        }
        session.keep(response);
        return session;
    }

    public static FormSession anonymous() {
        return new FormSession();
    }

    /** Another client with a copy of this browser's cookies, as someone who saved them would replay them. */
    public FormSession savedCopy() {
        FormSession copy = new FormSession();
        copy.cookies.putAll(cookies);
        return copy;
    }

    public Response get(String path) {
        return keep(request().when().get(path));
    }

    /** Posts a form with the CSRF token of the page {@code formPage}, as the browser would. */
    public Response submit(String formPage, String action, Map<String, String> fields) {
        Map<String, String> withToken = new HashMap<>(fields);
        withToken.put("csrf-token", csrfToken(formPage));
        return post(action, withToken);
    }

    /** The CSRF field's value on a page (and its cookie kept). */
    public String csrfToken(String formPage) {
        Matcher matcher = CSRF_FIELD.matcher(get(formPage).asString());
        if (!matcher.find()) {
            throw new AssertionError("no CSRF field on " + formPage);
        }
        return matcher.group(1);
    }

    /** Posts a form as given: without the CSRF field unless the caller adds it. */
    public Response post(String action, Map<String, String> fields) {
        return post(request(), action, fields);
    }

    /** Posts a form with one extra header, e.g. a CSRF token where scripts would send it. */
    public Response postWithHeader(String action, String header, String value, Map<String, String> fields) {
        return post(request().header(header, value), action, fields);
    }

    private Response post(RequestSpecification request, String action, Map<String, String> fields) {
        request.contentType("application/x-www-form-urlencoded; charset=UTF-8");
        fields.forEach(request::formParam);
        return keep(request.when().post(action));
    }

    /** Drops a cookie, as the browser does once it expired. */
    public void forgetCookie(String name) {
        cookies.remove(name);
    }

    /** Sets a cookie as a tampering client would. */
    public void replaceCookie(String name, String value) {
        cookies.put(name, value);
    }

    /** A request of this browser (its cookies, no redirects followed) for callers that build their own. */
    public RequestSpecification request() {
        // as a browser: pages first (some paths also answer JSON)
        return given().redirects().follow(false).cookies(cookies).accept("text/html,application/xhtml+xml,*/*;q=0.8");
    }

    /** The cookies as a {@code Cookie} header, for clients other than REST Assured (which adds a content type). */
    public String cookieHeader() {
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=')
                .append(value));
        return header.toString();
    }

    private Response keep(Response response) {
        response.getCookies().forEach((name, value) -> {
            if (value == null || value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        });
        return response;
    }
}
