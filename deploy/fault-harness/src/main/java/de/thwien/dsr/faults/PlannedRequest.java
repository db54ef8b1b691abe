package de.thwien.dsr.faults;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.localstack.demo.DemoData;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** One request the harness sends, and who sends it how. */
public record PlannedRequest(int number, RequestType type, Channel channel, String email, String name, String language) {

    enum Channel { WEB_FORM, MAIL }

    private static final List<RequestType> TYPES = List.of(RequestType.ERASURE, RequestType.ACCESS,
            RequestType.CONSENT_WITHDRAWAL);

    /**
     * {@code count} requests, types in turn, every third by mail. The demo customers (who have data in
     * every store) come first, each once, so erasures really erase; then fresh addresses of this run.
     * Customers who already wrote to the privacy mailbox in the demo data are left out: the harness
     * confirms every verification link sent to its requesters, so they would get a second case.
     */
    public static List<PlannedRequest> plan(int count, DemoData demo, long seed) {
        Random random = new Random(seed);
        String run = Long.toString(seed, 36) + Integer.toString(random.nextInt(1 << 20), 36);
        List<DemoData.Customer> customers = demo.customers().stream()
                .filter(customer -> demo.mails().stream().noneMatch(mail -> DemoData.PRIVACY.equals(mail.account())
                        && mail.from().contains("<" + customer.email() + ">")))
                .toList();
        List<PlannedRequest> plan = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RequestType type = TYPES.get(i % TYPES.size());
            Channel channel = i % 3 == 2 ? Channel.MAIL : Channel.WEB_FORM;
            String language = random.nextBoolean() ? "de" : "en";
            if (i < customers.size()) {
                DemoData.Customer c = customers.get(i);
                plan.add(new PlannedRequest(i, type, channel, c.email(), c.name(), language));
            } else {
                plan.add(new PlannedRequest(i, type, channel, "requester-" + run + "-" + i + "@example.org",
                        "Requester " + i, language));
            }
        }
        return plan;
    }

    /** Subject and text of the request mail; each names exactly one request type for the classifier. */
    String mailSubject() {
        return switch (type) {
            case ERASURE -> "de".equals(language) ? "Löschung meiner Daten" : "Request for erasure";
            case ACCESS -> "de".equals(language) ? "Auskunft nach Art. 15 DSGVO" : "Data access request";
            case CONSENT_WITHDRAWAL -> "de".equals(language) ? "Widerruf meiner Einwilligung"
                    : "I withdraw my consent";
            case PORTABILITY -> "de".equals(language) ? "Datenübertragbarkeit nach Art. 20 DSGVO"
                    : "Data portability request";
            default -> throw new IllegalStateException(type.name());
        };
    }

    String mailText() {
        return switch (type) {
            case ERASURE -> "de".equals(language) ? "Bitte löschen Sie alle meine Daten.\n\n" + name
                    : "Please delete all my data.\n\n" + name;
            case ACCESS -> "de".equals(language) ? "Bitte senden Sie mir eine Auskunft.\n\n" + name
                    : "Please send me a copy of my data.\n\n" + name;
            case CONSENT_WITHDRAWAL -> "de".equals(language)
                    ? "Ich widerrufe meine Einwilligung in die Aufzeichnung von Videokonferenzen.\n\n" + name
                    : "I withdraw my consent to the recording of video conferences.\n\n" + name;
            case PORTABILITY -> "de".equals(language)
                    ? "Bitte schicken Sie mir meine Daten in einem maschinenlesbaren Format.\n\n" + name
                    : "Please export my data in a machine-readable format.\n\n" + name;
            default -> throw new IllegalStateException(type.name());
        };
    }
}
