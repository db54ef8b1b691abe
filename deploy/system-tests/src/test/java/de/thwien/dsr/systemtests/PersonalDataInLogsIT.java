package de.thwien.dsr.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.EventTypes;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.localstack.LocalStack;
import de.thwien.dsr.localstack.demo.DemoData;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * No personal data in the service logs (issue 8): ordered last (junit-platform.properties orders classes by
 * {@link Order}), so every other system test class has run its scenarios on the shared {@link RunningSystem}
 * before this class submits one more request with a marker identity and then greps every service log for the
 * email address, name and phone number of the marker, of every requester the scenarios created (read back from
 * the sealed request.received events) and of every demo person.
 */
@Order(Integer.MAX_VALUE)
class PersonalDataInLogsIT {

    /** Distinctive enough that any hit is this test's data, never a coincidence. */
    private static final String MARKER_NAME = "Quirin Protokollfahnder";
    private static final String MARKER_EMAIL = "quirin.protokollfahnder@logscan.example";
    private static final String MARKER_PHONE = "+49 30 5559 8642";

    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\\-/().]");

    private record Identity(String group, String field, String value) {
    }

    private record Row(String file, String group, String field, int hits, Set<String> values) {
    }

    @Test
    void noServiceLogContainsAnEmailANameOrAPhoneNumberOfAnyPersonTheScenariosUsed() throws IOException {
        LocalStack system = RunningSystem.shared();
        String caseId = submitMarkerRequestAndAwaitItsNotice(system);

        List<Identity> identities = new ArrayList<>();
        addPerson(identities, "marker", MARKER_EMAIL, MARKER_NAME, MARKER_PHONE);
        for (DemoData.Customer person : DemoData.generate(LocalDate.now()).customers()) {
            addPerson(identities, "demo people", person.email(), person.name(), person.phone());
        }
        addPerson(identities, "demo people", DemoData.HANNA_BERGER_EMAIL, DemoData.HANNA_BERGER_NAME, null);
        addPerson(identities, "demo people", DemoData.HANNA_BERGER_FORMER_EMAIL, null, null);
        int requesters = addRequesters(identities, system);

        Path logDirectory = system.services().get(0).logFile().getParent();
        List<Path> logs;
        try (Stream<Path> files = Files.walk(logDirectory)) {
            logs = files.filter(Files::isRegularFile).sorted().toList();
        }
        List<Row> rows = new ArrayList<>();
        for (Path log : logs) {
            String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            // a phone number may be written with any separators: compared without them
            String compact = PHONE_SEPARATORS.matcher(text).replaceAll("");
            for (String group : List.of("marker", "scenario requesters", "demo people")) {
                for (String field : List.of("email", "name", "phone")) {
                    int hits = 0;
                    Set<String> found = new LinkedHashSet<>();
                    for (Identity identity : identities) {
                        if (identity.group().equals(group) && identity.field().equals(field)) {
                            int count = field.equals("phone") ? occurrences(compact, identity.value())
                                    : occurrences(text, identity.value().toLowerCase(Locale.ROOT));
                            if (count > 0) {
                                hits += count;
                                found.add(identity.value());
                            }
                        }
                    }
                    rows.add(new Row(logDirectory.relativize(log).toString(), group, field, hits, found));
                }
            }
        }
        print(rows, identities.size(), requesters);

        assertThat(logs).as("service logs in " + logDirectory).hasSizeGreaterThanOrEqualTo(4);
        assertThat(String.join("\n", Files.readAllLines(system.service("intake-service").logFile())))
                .as("the logs name the case instead").contains(caseId);
        assertThat(rows).as("log lines with personal data (file, identity field, values)")
                .filteredOn(row -> row.hits() > 0)
                .extracting(row -> row.file() + " " + row.group() + " " + row.field() + " " + row.values())
                .isEmpty();
    }

    private static String submitMarkerRequestAndAwaitItsNotice(LocalStack system) {
        String caseId = given().baseUri(system.service("intake-service").service().baseUrl())
                .contentType(ContentType.JSON)
                .body("{\"type\":\"ERASURE\",\"email\":\"" + MARKER_EMAIL + "\",\"name\":\"" + MARKER_NAME
                        + "\",\"message\":\"Bitte alles löschen. Rückfragen gern unter " + MARKER_PHONE + "\"}")
                .when().post("/api/requests")
                .then().statusCode(202).extract().path("caseId");
        try (TopicProbe probe = new TopicProbe(system.infra().kafkaBootstrapServers())) {
            await().atMost(SystemProbes.PATIENCE).until(() -> probe.readAll(Topics.NOTICES).stream()
                    .anyMatch(record -> caseId.equals(record.key())));
        }
        return caseId;
    }

    /** Every requester of a request.received event whose case key still exists (shredded ones cannot be read). */
    private static int addRequesters(List<Identity> identities, LocalStack system) {
        SealedEventsProbe sealed = new SealedEventsProbe(system.infra());
        Set<String> seen = new LinkedHashSet<>();
        seen.add(MARKER_EMAIL); // counted as the marker
        try (TopicProbe probe = new TopicProbe(system.infra().kafkaBootstrapServers())) {
            for (ConsumerRecord<String, String> record : probe.readAll(Topics.CASES)) {
                if (!EventTypes.REQUEST_RECEIVED.equals(TopicProbe.header(record, "ce_type"))) {
                    continue;
                }
                CaseEvents.RequestReceived received;
                try {
                    received = (CaseEvents.RequestReceived) sealed.open(record).data();
                } catch (RuntimeException unreadable) {
                    continue;
                }
                if (received.personal() != null && received.personal().email() != null
                        && seen.add(received.personal().email().toLowerCase(Locale.ROOT))) {
                    addPerson(identities, "scenario requesters", received.personal().email(),
                            received.personal().name(), null);
                }
            }
        }
        return seen.size() - 1;
    }

    private static void addPerson(List<Identity> identities, String group, String email, String name, String phone) {
        if (email != null && !email.isBlank()) {
            identities.add(new Identity(group, "email", email));
        }
        if (name != null && !name.isBlank()) {
            identities.add(new Identity(group, "name", name));
        }
        if (phone != null && !phone.isBlank()) {
            String international = PHONE_SEPARATORS.matcher(phone).replaceAll("");
            identities.add(new Identity(group, "phone", international));
            if (international.startsWith("+49")) {
                identities.add(new Identity(group, "phone", "0" + international.substring(3)));
            }
        }
    }

    private static int occurrences(String text, String value) {
        int count = 0;
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length())) {
            count++;
        }
        return count;
    }

    private static void print(List<Row> rows, int values, int requesters) {
        StringBuilder table = new StringBuilder("\nPersonal data in service logs (" + values + " values: the marker, "
                + requesters + " scenario requesters, the demo people)\n");
        table.append(String.format("%-28s %-30s %6s%n", "file", "identity field", "hits"));
        for (Row row : rows) {
            table.append(String.format("%-28s %-30s %6d%n", row.file(), row.group() + " " + row.field(), row.hits()));
        }
        System.out.println(table);
    }
}
