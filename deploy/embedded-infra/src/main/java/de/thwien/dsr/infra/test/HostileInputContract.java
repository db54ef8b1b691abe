package de.thwien.dsr.infra.test;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.thwien.dsr.events.EventTypes;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hostile input against every operation of the service's OpenAPI document (as a caller with every role, so that
 * the input, not the login, is what gets judged) and poison records on every topic the service consumes.
 * Expected: 4xx (problem+json on the API), or an accepted request whose text is kept as data; never a 5xx, never
 * a stack trace in a body, every poison record in its topic's .dlq, and the service ready afterwards. The cases
 * are generated from one list of payloads per kind (JSON body, form body, path segment, query value, Content-Type
 * header), so a new endpoint is covered without touching the test. Prints the count per outcome.
 */
public abstract class HostileInputContract {

    private static final Logger LOG = LoggerFactory.getLogger(HostileInputContract.class);

    /** Outcomes that pass. */
    public static final String REFUSED_PROBLEM = "4xx problem+json";
    public static final String REFUSED_PAGE = "4xx page (text/html)";
    public static final String ACCEPTED_AS_DATA = "2xx/3xx (input kept as data)";
    public static final String DEAD_LETTERED = "poison record in .dlq";
    /** Outcomes that fail. */
    public static final String SERVER_ERROR = "5xx";
    public static final String STACK_TRACE = "stack trace in body";
    public static final String REFUSED_WITHOUT_PROBLEM = "4xx on the API without problem+json";
    public static final String NOT_DEAD_LETTERED = "poison record not in .dlq";

    private static final Set<String> FAILING = Set.of(SERVER_ERROR, STACK_TRACE, REFUSED_WITHOUT_PROBLEM,
            NOT_DEAD_LETTERED);
    private static final Pattern STACK = Pattern.compile(
            "(\\tat |\\bat [a-z]+\\.[a-z]+\\.[A-Za-z.$]+\\(|Exception:|\\bjava\\.lang\\.|\\bio\\.vertx\\.)");

    private final List<String> consumedTopics;
    private final AtomicInteger clients = new AtomicInteger();

    protected HostileInputContract(List<String> consumedTopics) {
        this.consumedTopics = List.copyOf(consumedTopics);
    }

    /** One hostile input and what it is. */
    public record HostileCase(String kind, String description, Supplier<Response> send) {
    }

    /**
     * The caller for an operation: HTTP Basic with the roles assistant and admin (every role check passes) unless a
     * service overrides. The %test user hostile-input has a cheap bcrypt hash, so hundreds of logins take seconds.
     */
    protected RequestSpecification authorized(String operation) {
        return given().auth().preemptive().basic("hostile-input", "demo-hostile");
    }

    /** Whether a refusal of this path answers with a page instead of problem+json (browser pages). */
    protected boolean isPage(String path) {
        return false;
    }

    /** Cases a service adds of its own (e.g. mails into its mailbox); judged by the same rules. */
    protected List<HostileCase> serviceSpecificCases() {
        return List.of();
    }

    // ---- payloads ---------------------------------------------------------------------------------------------

    static final Map<String, String> JSON_BODIES = new LinkedHashMap<>();
    static final Map<String, String> FORM_BODIES = new LinkedHashMap<>();
    static final Map<String, String> PATH_SEGMENTS = new LinkedHashMap<>();
    static final Map<String, String> QUERY_VALUES = new LinkedHashMap<>();
    /**
     * Content-Type headers for an operation whose own media type is the argument ("" where it takes no body;
     * application/json is used then); null: no Content-Type header at all. Media types are case-insensitive
     * (RFC 9110): the upper- and mixed-case ones must be taken like the lower-case one.
     */
    static final Map<String, java.util.function.UnaryOperator<String>> CONTENT_TYPES = new LinkedHashMap<>();

    static {
        String allFields = "\"type\":%1$s,\"email\":%2$s,\"name\":%3$s,\"language\":%4$s,\"message\":%3$s,"
                + "\"note\":%3$s,\"reason\":%3$s,\"category\":%3$s,\"documentDate\":%5$s,\"asOf\":%5$s,"
                + "\"query\":%3$s,\"phone\":%3$s,\"decision\":%3$s,\"retentionCategory\":%3$s,\"pinned\":%3$s";
        JSON_BODIES.put("malformed JSON", "{\"type\":");
        JSON_BODIES.put("unbalanced braces", "{{{}");
        JSON_BODIES.put("trailing garbage", "{} tail");
        JSON_BODIES.put("deeply nested arrays", "[".repeat(5000) + "]".repeat(5000));
        JSON_BODIES.put("deeply nested objects", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));
        JSON_BODIES.put("huge body (over 64 KiB)", "{\"note\":\"" + "x".repeat(70_000) + "\"}");
        JSON_BODIES.put("long strings under the size limit",
                "{" + String.format(allFields, "\"ACCESS\"", "\"" + "a".repeat(3000) + "@example.org\"",
                        "\"" + "n".repeat(9000) + "\"", "\"de\"", "\"2026-01-01\"") + "}");
        JSON_BODIES.put("array instead of object", "[]");
        JSON_BODIES.put("null body", "null");
        JSON_BODIES.put("string body", "\"text\"");
        JSON_BODIES.put("number body", "12345");
        JSON_BODIES.put("wrong types", "{" + String.format(allFields, "123", "[\"x\"]", "{\"a\":1}", "true", "[]")
                + "}");
        JSON_BODIES.put("unknown enum value", "{" + String.format(allFields, "\"DROP_ALL\"", "\"x@example.org\"",
                "\"x\"", "\"xx\"", "\"2026-13-45\"") + "}");
        JSON_BODIES.put("NUL characters", "{" + String.format(allFields, "\"ACC\\u0000ESS\"",
                "\"a\\u0000b@example.org\"", "\"nul\\u0000value\"", "\"d\\u0000e\"", "\"2026-01-01\\u0000\"") + "}");
        JSON_BODIES.put("NUL in free text of an otherwise valid body", "{\"type\":\"ACCESS\","
                + "\"email\":\"nul-text@example.org\",\"language\":\"de\",\"message\":\"Auskunft\\u0000bitte\","
                + "\"note\":\"n\\u0000\",\"reason\":\"r\\u0000\",\"category\":\"c\\u0000\","
                + "\"documentDate\":\"2026-01-01\"}");
        JSON_BODIES.put("RTL override and homoglyph address", "{" + String.format(allFields, "\"ACCESS\"",
                "\"\u0430dmin@ex\u0430mple.org\"", "\"\u202Egnp.exe\u202C Max\"", "\"en\"", "\"2026-01-01\"") + "}");
        JSON_BODIES.put("zero-width and BOM characters", "{" + String.format(allFields, "\"ACCESS\"",
                "\"z\u200Bw@example.org\"", "\"\u200B\u200D\uFEFF\"", "\"de\"", "\"2026-01-01\"") + "}");
        JSON_BODIES.put("CR/LF header injection", "{" + String.format(allFields, "\"ACCESS\"",
                "\"x@example.org\\r\\nBcc: victim@example.org\"", "\"Max\\r\\nBcc: victim@example.org\\r\\n\"",
                "\"de\"", "\"2026-01-01\"") + "}");
        JSON_BODIES.put("HTML and script in free text", "{" + String.format(allFields, "\"ACCESS\"",
                "\"html@example.org\"", "\"<script>alert(1)</script><img src=x onerror=alert(2)>\"", "\"en\"",
                "\"2026-01-01\"") + "}");
        JSON_BODIES.put("SQL metacharacters", "{" + String.format(allFields, "\"ACCESS\"",
                "\"x'; DROP TABLE dsr_case;--@example.org\"", "\"' OR '1'='1' --\"", "\"de\"",
                "\"2026-01-01'; --\"") + "}");
        JSON_BODIES.put("IMAP search metacharacters", "{" + String.format(allFields, "\"ACCESS\"",
                "\"\\\"*\\\" OR ALL@example.org\"", "\"\\\"} OR (FROM \\\"\\\") {5}\\r\\nA1 LOGOUT\"", "\"de\"",
                "\"2026-01-01\"") + "}");
        JSON_BODIES.put("lone surrogate escape", "{" + String.format(allFields, "\"ACCESS\"",
                "\"s\\ud800@example.org\"", "\"\\udfff\"", "\"de\"", "\"2026-01-01\"") + "}");
        JSON_BODIES.put("extreme numbers", "{\"documentDate\":1e400,\"asOf\":-99999999999999999999999,"
                + "\"type\":1.5e308,\"days\":-1}");

        FORM_BODIES.put("HTML and script in every field", form("<script>alert(1)</script>"));
        FORM_BODIES.put("CR/LF header injection", form("Max\r\nBcc: victim@example.org"));
        FORM_BODIES.put("NUL characters", form("nul\u0000value"));
        FORM_BODIES.put("RTL override and homoglyph address", form("\u202Eevil \u0430dmin@ex\u0430mple.org"));
        FORM_BODIES.put("SQL metacharacters", form("' OR '1'='1' --"));
        FORM_BODIES.put("long values", form("v".repeat(20_000)));
        FORM_BODIES.put("broken percent encoding", "type=%ZZ&email=%&name=%E2%82&message=%00%");
        FORM_BODIES.put("repeated fields", "type=ACCESS&type=ERASURE&email=a@example.org&email=b@example.org");

        PATH_SEGMENTS.put("path traversal", "..%2F..%2F..%2Fetc%2Fpasswd");
        PATH_SEGMENTS.put("double-encoded traversal", "..%252F..%252Fetc%252Fpasswd");
        PATH_SEGMENTS.put("NUL byte", "abc%00def");
        PATH_SEGMENTS.put("SQL metacharacters", "%27%20OR%20%271%27%3D%271");
        PATH_SEGMENTS.put("IMAP search metacharacters", "%22*%22%20OR%20ALL");
        PATH_SEGMENTS.put("RTL override", "%E2%80%AEtxt.exe");
        PATH_SEGMENTS.put("HTML and script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        PATH_SEGMENTS.put("invalid UTF-8", "%C3%28%FF");
        PATH_SEGMENTS.put("CR/LF injection", "x%0D%0ASet-Cookie:%20injected=1");
        PATH_SEGMENTS.put("very long segment", "a".repeat(1000));

        QUERY_VALUES.put("SQL metacharacters", "%27%20OR%201%3D1--");
        QUERY_VALUES.put("HTML and script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        QUERY_VALUES.put("NUL byte", "%00");
        QUERY_VALUES.put("wrong type", "not-a-value-of-the-right-type");
        QUERY_VALUES.put("invalid UTF-8", "%C3%28");
        QUERY_VALUES.put("very long value", "9".repeat(2000));

        CONTENT_TYPES.put("Content-Type absent", type -> null);
        CONTENT_TYPES.put("Content-Type empty", type -> "");
        CONTENT_TYPES.put("Content-Type blank", type -> "   ");
        CONTENT_TYPES.put("Content-Type upper case", type -> type.toUpperCase(java.util.Locale.ROOT));
        CONTENT_TYPES.put("Content-Type mixed case with charset", type -> mixedCase(type) + "; Charset=UTF-8");
        CONTENT_TYPES.put("Content-Type unknown charset", type -> type + "; charset=x-unknown-999");
        CONTENT_TYPES.put("Content-Type odd parameters", type -> type + ";;; =; charset; q=\"unterminated");
        CONTENT_TYPES.put("Content-Type parameters only", type -> "; charset=UTF-8");
        CONTENT_TYPES.put("Content-Type without subtype", type -> type.substring(0, type.indexOf('/')));
        CONTENT_TYPES.put("Content-Type wildcard", type -> "*/*");
        CONTENT_TYPES.put("Content-Type garbage", type -> "%%/;;\u00e4");
        CONTENT_TYPES.put("Content-Type of another kind", type -> type.contains("json")
                ? "application/x-www-form-urlencoded" : "application/json");
    }

    private static String mixedCase(String type) {
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            mixed.append(i % 2 == 0 ? Character.toUpperCase(c) : c);
        }
        return mixed.toString();
    }

    /**
     * Internationalized, quoted and otherwise unusual requester addresses. Each one must either be refused at intake
     * (4xx) or be accepted in a form the notifier delivers to, so that a notice arrives: never accepted and then
     * lost. Intake's and the notifier's hostile-input tests both run the list.
     */
    public static final Map<String, String> UNUSUAL_ADDRESSES = new LinkedHashMap<>();

    static {
        UNUSUAL_ADDRESSES.put("umlaut in the local part", "j\u00FCrgen@example.org");
        UNUSUAL_ADDRESSES.put("internationalized domain", "info@b\u00FCcher.example");
        UNUSUAL_ADDRESSES.put("internationalized domain in upper case", "Info@B\u00DCCHER.example");
        UNUSUAL_ADDRESSES.put("punycode domain", "info@xn--bcher-kva.example");
        UNUSUAL_ADDRESSES.put("non-Latin domain", "info@\u4F8B\u3048.example");
        UNUSUAL_ADDRESSES.put("sharp s in the domain (IDNA2003 maps it to ss)", "info@stra\u00DFe.example");
        UNUSUAL_ADDRESSES.put("quoted local part with a space", "\"a b\"@example.org");
        UNUSUAL_ADDRESSES.put("quoted local part with an @", "\"a@b\"@example.org");
        UNUSUAL_ADDRESSES.put("IPv4 address literal", "x@[127.0.0.1]");
        UNUSUAL_ADDRESSES.put("IPv6 address literal", "x@[IPv6:::1]");
        UNUSUAL_ADDRESSES.put("zero-width space", "z\u200Bw@example.org");
        UNUSUAL_ADDRESSES.put("bidi override", "\u202Eevil@example.org");
        UNUSUAL_ADDRESSES.put("byte-order mark", "\uFEFFbom@example.org");
        UNUSUAL_ADDRESSES.put("replacement character of invalid UTF-8", "s\uFFFD@example.org");
        UNUSUAL_ADDRESSES.put("plus address", "anna+dsr@example.org");
        UNUSUAL_ADDRESSES.put("every special character a dot-atom allows", "a!#$%&'*+/=?^_`{|}~-z@example.org");
        UNUSUAL_ADDRESSES.put("trailing dot of the domain", "a@example.org.");
        UNUSUAL_ADDRESSES.put("domain without a dot", "a@localhost");
    }

    /** The address with {@code tag} before its last @, so that each run (and each channel) has its own mailbox. */
    public static String tagged(String address, String tag) {
        int at = address.lastIndexOf('@');
        return address.substring(0, at) + "-" + tag + address.substring(at);
    }

    private static String form(String value) {
        String encoded = java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
        StringBuilder body = new StringBuilder();
        for (String field : List.of("type", "email", "name", "message", "note", "reason", "website", "lang",
                "csrf-token")) {
            body.append(body.length() == 0 ? "" : "&").append(field).append('=').append(encoded);
        }
        return body.toString();
    }

    // ---- the suite -------------------------------------------------------------------------------------------

    @Test
    void hostileInputIsRefusedOrKeptAsDataNeverA5xxAndTheServiceStaysReady() {
        List<HostileCase> cases = new ArrayList<>(httpCases());
        cases.addAll(serviceSpecificCases());
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        Map<String, Long> millisByKind = new TreeMap<>();
        Map<String, Integer> inputsByKind = new TreeMap<>();
        for (HostileCase hostile : cases) {
            inputsByKind.merge(hostile.kind().replaceFirst(" (GET|POST|PUT|PATCH|DELETE) .*$", ""), 1, Integer::sum);
            long start = System.nanoTime();
            String outcome = judge(hostile);
            millisByKind.merge(hostile.kind(), (System.nanoTime() - start) / 1_000_000, Long::sum);
            outcomes.merge(outcome, 1, Integer::sum);
            if (FAILING.contains(outcome)) {
                failures.add(hostile.kind() + " / " + hostile.description() + ": " + outcome);
            }
        }
        long kafkaStart = System.nanoTime();
        judgePoisonRecords(outcomes, failures);
        millisByKind.put("Kafka poison records", (System.nanoTime() - kafkaStart) / 1_000_000);
        millisByKind.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .forEach(slow -> LOG.info("slowest: {} {} ms", slow.getKey(), slow.getValue()));
        inputsByKind.put("Kafka poison records", consumedTopics.size() * POISON_RECORDS.size());
        printTable(getClass().getSimpleName() + " input kind", inputsByKind);
        printTable(getClass().getSimpleName() + " outcome", outcomes);

        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/q/health/ready").statusCode() == 200);
        assertTrue(failures.isEmpty(), failures.size() + " hostile inputs not handled:\n" + String.join("\n",
                failures));
        assertTrue(outcomes.values().stream().mapToInt(Integer::intValue).sum() >= 30,
                "at least 30 hostile inputs per service");
    }

    private List<HostileCase> httpCases() {
        List<HostileCase> cases = new ArrayList<>();
        Map<String, String> operations = EndpointAccessContract.requestMediaTypes();
        Map<String, List<String>> queries = queryParameters();
        operations.forEach((operation, mediaType) -> {
            String method = EndpointAccessContract.method(operation);
            String template = operation.substring(operation.indexOf(' ') + 1);
            String path = EndpointAccessContract.concretePath(operation);
            if (template.contains("{")) {
                PATH_SEGMENTS.forEach((description, segment) -> cases.add(new HostileCase(
                        "path " + operation, description, () -> request(operation, mediaType, sampleBody(mediaType))
                                .request(method, template.replaceAll("\\{[^}]+}", segment)))));
            }
            if (mediaType.contains("json")) {
                JSON_BODIES.forEach((description, body) -> cases.add(new HostileCase("JSON " + operation, description,
                        () -> request(operation, mediaType, body).request(method, path))));
                cases.add(new HostileCase("JSON " + operation, "invalid UTF-8 bytes", () -> authorized(operation)
                        .urlEncodingEnabled(false).redirects().follow(false).header("X-Forwarded-For", nextClient())
                        .contentType(mediaType).body(new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xC3, 0x28,
                                (byte) 0xFF, '"', '}'}).request(method, path)));
                cases.add(new HostileCase("JSON " + operation, "JSON sent as text/plain",
                        () -> request(operation, "text/plain", "{}").request(method, path)));
            } else if (mediaType.contains("form")) {
                FORM_BODIES.forEach((description, body) -> cases.add(new HostileCase("form " + operation, description,
                        () -> request(operation, mediaType, body).request(method, path))));
            }
            String ownType = mediaType.isEmpty() ? "application/json" : mediaType;
            CONTENT_TYPES.forEach((description, header) -> cases.add(new HostileCase("content type " + operation,
                    description, () -> withContentType(authorized(operation).urlEncodingEnabled(false).redirects()
                            .follow(false).header("X-Forwarded-For", nextClient()), header.apply(ownType),
                            mediaType.isEmpty() ? null : sampleBody(mediaType)).request(method, path))));
            for (String query : queries.getOrDefault(operation, List.of())) {
                QUERY_VALUES.forEach((description, value) -> cases.add(new HostileCase("query " + operation + " "
                        + query, description, () -> request(operation, mediaType, sampleBody(mediaType))
                                .request(method, path + "?" + query + "=" + value))));
            }
        });
        return cases;
    }

    private RequestSpecification request(String operation, String mediaType, String body) {
        // every case is its own client, so per-address limits answer for the case, not for earlier ones
        RequestSpecification request = authorized(operation).urlEncodingEnabled(false).redirects().follow(false)
                .header("X-Forwarded-For", nextClient());
        return mediaType.isEmpty() ? request : request.contentType(mediaType).body(body);
    }

    /** A request with exactly this Content-Type header (none for null) and body (none for null). */
    protected static RequestSpecification withContentType(RequestSpecification request, String contentType,
            String body) {
        // REST Assured picks an encoder by the content type; bytes through its binary encoder are sent as they are
        RequestSpecification sent = contentType == null ? request.noContentType()
                : request.config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                        .encodeContentTypeAs(contentType, ContentType.BINARY)
                        .encodeContentTypeAs(contentType.split(";", -1)[0].trim(), ContentType.BINARY)))
                        .header("Content-Type", contentType);
        return body == null ? sent : sent.body(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String sampleBody(String mediaType) {
        return mediaType.contains("json") ? "{}" : "x=1";
    }

    private String nextClient() {
        int n = clients.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> queryParameters() {
        Map<String, Map<String, Object>> paths = ServiceReadinessContract.operator().accept("application/json")
                .when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath().getMap("paths");
        Map<String, List<String>> result = new TreeMap<>();
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
            if (!(operation instanceof Map<?, ?> details) || !(details.get("parameters") instanceof List<?> list)) {
                return;
            }
            for (Object parameter : list) {
                Map<String, Object> p = (Map<String, Object>) parameter;
                if ("query".equals(p.get("in"))) {
                    result.computeIfAbsent(method.toUpperCase() + " " + path, any -> new ArrayList<>())
                            .add((String) p.get("name"));
                }
            }
        }));
        return result;
    }

    private String judge(HostileCase hostile) {
        Response response = hostile.send().get();
        String body = response.asString();
        int status = response.statusCode();
        if (status >= 500) {
            return SERVER_ERROR;
        }
        if (body != null && STACK.matcher(body).find()) {
            return STACK_TRACE;
        }
        if (status < 400) {
            return ACCEPTED_AS_DATA;
        }
        String contentType = String.valueOf(response.contentType());
        if (contentType.startsWith("application/problem+json")) {
            return REFUSED_PROBLEM;
        }
        if (contentType.startsWith("text/html") && isPage(hostile.kind())) {
            return REFUSED_PAGE;
        }
        return REFUSED_WITHOUT_PROBLEM;
    }

    // ---- poison records --------------------------------------------------------------------------------------

    static final Map<String, String> POISON_RECORDS = new LinkedHashMap<>();
    private static final Map<String, String> KNOWN_TYPES = Map.of(
            "dsr.cases", EventTypes.IDENTITY_VERIFIED, "dsr.discovery", EventTypes.SUBJECT_LOCATED,
            "dsr.erasure", EventTypes.RECORDS_ERASED, "dsr.notices", EventTypes.NOTICE_SENT);

    static {
        POISON_RECORDS.put("not JSON", "this is not an event");
        POISON_RECORDS.put("empty object", "{}");
        POISON_RECORDS.put("JSON array", "[1,2,3]");
        POISON_RECORDS.put("NUL and control characters", "\u0000\u0001\u0002");
        POISON_RECORDS.put("deeply nested", "[".repeat(5000) + "]".repeat(5000));
        POISON_RECORDS.put("wrong field types", "{\"caseId\":123,\"personal\":\"x\",\"findings\":7}");
    }

    private void judgePoisonRecords(Map<String, Integer> outcomes, List<String> failures) {
        if (consumedTopics.isEmpty()) {
            return;
        }
        String bootstrapServers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            Map<String, String> sentKeys = new LinkedHashMap<>();
            for (String topic : consumedTopics) {
                for (Map.Entry<String, String> poison : POISON_RECORDS.entrySet()) {
                    String key = "poison-" + UUID.randomUUID();
                    // a real event type of the topic, so that the value itself is what gets decoded
                    probe.send(topic, key, Map.of("ce_type", KNOWN_TYPES.getOrDefault(topic, "unknown.v1"),
                            "ce_id", UUID.randomUUID().toString(), "ce_specversion", "1.0",
                            "ce_source", "hostile-input", "ce_subject", UUID.randomUUID().toString(),
                            "ce_time", "2026-11-27T10:00:00Z"), poison.getValue());
                    sentKeys.put(key, topic + " / " + poison.getKey());
                }
            }
            Set<String> dlqKeys = new java.util.HashSet<>();
            try {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                    for (String topic : consumedTopics) {
                        probe.readAll(topic + ".dlq").forEach(record -> dlqKeys.add(record.key()));
                    }
                    return dlqKeys.containsAll(sentKeys.keySet());
                });
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                // judged record by record below
            }
            sentKeys.forEach((key, description) -> {
                String outcome = dlqKeys.contains(key) ? DEAD_LETTERED : NOT_DEAD_LETTERED;
                outcomes.merge(outcome, 1, Integer::sum);
                if (FAILING.contains(outcome)) {
                    failures.add("Kafka " + description + ": " + outcome);
                }
            });
        }
    }

    private static void printTable(String heading, Map<String, Integer> outcomes) {
        StringBuilder table = new StringBuilder("\n| " + heading + " | count |\n|---|---:|\n");
        outcomes.forEach((outcome, count) -> table.append("| ").append(outcome).append(" | ").append(count)
                .append(" |\n"));
        table.append("| total | ").append(outcomes.values().stream().mapToInt(Integer::intValue).sum())
                .append(" |\n");
        System.out.println(table);
    }
}
