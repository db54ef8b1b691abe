package de.thwien.dsr.notifier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.events.EventData;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.Mailbox;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.infra.test.TopicProbe;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Publishing trigger events and looking at what arrived, for the notifier's GreenMail tests. */
public final class NotifierTestKit {

    public static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The technical references in {@link #recordsErased}: none of them may reach a requester. */
    public static final String MAIL_REFERENCE = "imap://info/INBOX;UIDVALIDITY=17/;UID=4711";
    public static final String INVOICE_REFERENCE = "account_move/42";
    public static final String MASTER_DATA_REFERENCE = "res_partner/7";

    private final EventCodec codec = new EventCodec();
    private final String bootstrapServers;
    private final Mailbox mailbox;
    private final Pool pool;

    public NotifierTestKit(Pool pool) {
        var config = ConfigProvider.getConfig();
        this.bootstrapServers = config.getValue("kafka.bootstrap.servers", String.class);
        this.mailbox = new Mailbox(config.getValue("dsr.mail.host", String.class),
                config.getValue("dsr.mail.imap-port", Integer.class));
        this.pool = pool;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public static EventEnvelope envelope(EventData data) {
        return EventEnvelope.of("/dsr/test", Instant.now(), data);
    }

    public EventEnvelope publish(EventData data) {
        EventEnvelope envelope = envelope(data);
        publish(envelope);
        return envelope;
    }

    public void publish(EventEnvelope envelope) {
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            probe.send(envelope.topic(), envelope.subject(), codec.headers(envelope), codec.encode(envelope.data()));
        }
    }

    public static String uniqueAddress() {
        return "requester-" + UUID.randomUUID() + "@example.org";
    }

    public static String newCaseId() {
        return UUID.randomUUID().toString();
    }

    /** A request for {@code caseId}; by email (threaded) when {@code originalMessageId} is given. */
    public static CaseEvents.RequestReceived requestReceived(String caseId, RequestType type, String address,
            String language, String originalMessageId) {
        return new CaseEvents.RequestReceived(caseId, type, language,
                originalMessageId == null ? CaseEvents.Channel.WEB_FORM : CaseEvents.Channel.EMAIL,
                Instant.parse("2026-03-04T23:30:00Z"), LocalDate.parse("2026-03-05"), LocalDate.parse("2026-04-07"),
                LocalDate.parse("2026-06-05"), "http://localhost/status/token-abc", originalMessageId,
                new Person(address, "Erika Mustermann"));
    }

    /**
     * An erasure outcome: a mail of 12 Mar 2024 and a conference recording erased; an invoice of 10 Jun 2019
     * restricted until 2027 (erasable from 2028) with the customer master data alongside, each with the legal
     * basis as the erasure-service states it; the conference server kept because it could not be searched; one
     * recipient informed under Art. 19. For an erasure a mail of 2 Feb 2025 matching by name only is kept for
     * review; for a consent withdrawal a business letter of 1 Mar 2022 is kept as it is not processed on consent,
     * and order handling (Art. 6(1)(b), (c)) and invoicing (Art. 6(1)(c)) continue. Reasons, bases and purposes
     * carry the codes and the English words the erasure-service writes. {@code language} null means "the case's
     * language".
     */
    public static ErasureEvents.RecordsErased recordsErased(String caseId, RequestType type, String language,
            String address) {
        Instant erasedAt = Instant.parse("2026-03-20T09:00:00Z");
        return new ErasureEvents.RecordsErased(caseId, type, language,
                List.of(new ErasureEvents.ErasedRecord("mail", MAIL_REFERENCE, "general-correspondence", erasedAt,
                                LocalDate.parse("2024-03-12")),
                        new ErasureEvents.ErasedRecord("conference", "recordings/rec-9", "conference-recording",
                                erasedAt, LocalDate.parse("2026-03-03"))),
                List.of(new ErasureEvents.RestrictedRecord("crm", INVOICE_REFERENCE, "accounting-voucher",
                                "§147(1) Nr. 4, (3) AO; §257(1) Nr. 4, (4) HGB; §14b(1) UStG (8 years since 1 Jan 2025,"
                                        + " BEG IV)", LocalDate.parse("2027-12-31"), LocalDate.parse("2028-01-01"),
                                LocalDate.parse("2019-06-10"), ErasureEvents.ReasonCode.RETENTION_HOLD),
                        new ErasureEvents.RestrictedRecord("crm", MASTER_DATA_REFERENCE, "customer-master-data",
                                "Art. 17(3)(b), 18 GDPR: customer master data is kept while other records of the"
                                        + " person are on hold (§147(1) Nr. 4, (3) AO)",
                                LocalDate.parse("2027-12-31"), LocalDate.parse("2028-01-01"),
                                LocalDate.parse("2018-01-01"), ErasureEvents.ReasonCode.MASTER_DATA_WHILE_HELD)),
                type == RequestType.CONSENT_WITHDRAWAL
                        ? List.of(KEPT_NOT_ON_CONSENT, KEPT_STORE_UNAVAILABLE)
                        : List.of(KEPT_WEAK_MATCH, KEPT_STORE_UNAVAILABLE),
                type == RequestType.CONSENT_WITHDRAWAL ? CONTINUING : List.of(),
                List.of("Steuerberatung Beispiel GmbH"),
                new Person(address, "Erika Mustermann"));
    }

    /** How the mail connector states the basis of a business letter. */
    public static final String LETTER_BASIS =
            "Art. 6(1)(b) GDPR (contract); kept under Art. 6(1)(c) GDPR (§147 AO, §257 HGB)";

    /**
     * The erasure-service's English words in {@link #recordsErased}: the notifier words reasons, bases and
     * purposes itself, so none of them may reach a notice in either language.
     */
    public static final List<String> ERASURE_SERVICE_WORDS = List.of("weak match", "awaiting review",
            "store unavailable", "its records are handled", "not processed on consent", "processing continues on",
            "business letters and emails about a transaction",
            "accounting vouchers, including invoices issued and received", "(contract)", "kept under");

    private static final ErasureEvents.PlanItem KEPT_WEAK_MATCH = new ErasureEvents.PlanItem("mail",
            "imap://info/INBOX;UIDVALIDITY=17/;UID=4800", "general-correspondence", ErasureEvents.PlannedAction.KEEP,
            null, null, "weak match (name only) awaiting review; if it is the person: ERASE", true,
            LocalDate.parse("2025-02-02"), ErasureEvents.ReasonCode.WEAK_MATCH_AWAITING_REVIEW,
            List.of(ErasureEvents.ProcessingBasis.CONTRACT));

    private static final ErasureEvents.PlanItem KEPT_STORE_UNAVAILABLE = new ErasureEvents.PlanItem("conference",
            null, null, ErasureEvents.PlannedAction.KEEP, null, null,
            "store unavailable: it could not be searched, its records are handled when it is reachable again", false,
            null, ErasureEvents.ReasonCode.STORE_UNAVAILABLE, List.of());

    private static final ErasureEvents.PlanItem KEPT_NOT_ON_CONSENT = new ErasureEvents.PlanItem("mail",
            "imap://info/INBOX;UIDVALIDITY=17/;UID=4100", "commercial-letter", ErasureEvents.PlannedAction.KEEP,
            LocalDate.parse("2028-12-31"), LETTER_BASIS, "not processed on consent: processing continues on "
                    + LETTER_BASIS + " until 2028-12-31 when its storage period ends, erased from 2029-01-01"
                    + " (Art. 7(3), 17(1)(b) GDPR)", false, LocalDate.parse("2022-03-01"),
            ErasureEvents.ReasonCode.NOT_PROCESSED_ON_CONSENT,
            List.of(ErasureEvents.ProcessingBasis.CONTRACT, ErasureEvents.ProcessingBasis.LEGAL_OBLIGATION));

    private static final List<ErasureEvents.ContinuingProcessing> CONTINUING = List.of(
            new ErasureEvents.ContinuingProcessing("business letters and emails about a transaction", LETTER_BASIS,
                    "commercial-letter",
                    List.of(ErasureEvents.ProcessingBasis.CONTRACT, ErasureEvents.ProcessingBasis.LEGAL_OBLIGATION)),
            new ErasureEvents.ContinuingProcessing("accounting vouchers, including invoices issued and received",
                    "Art. 6(1)(c) GDPR", "accounting-voucher",
                    List.of(ErasureEvents.ProcessingBasis.LEGAL_OBLIGATION)));

    /**
     * {@link #recordsErased} as erasure-services before the codes wrote it: no reason codes, bases or purpose
     * ids, only their English words.
     */
    public static ErasureEvents.RecordsErased recordsErasedWithoutCodes(String caseId, RequestType type,
            String language, String address) {
        ErasureEvents.RecordsErased current = recordsErased(caseId, type, language, address);
        return new ErasureEvents.RecordsErased(caseId, type, language, current.records(),
                current.restricted().stream().map(r -> new ErasureEvents.RestrictedRecord(r.store(), r.reference(),
                        r.retentionCategory(), r.legalBasis(), r.holdUntil(), r.erasableFrom(), r.retentionStart(),
                        null)).toList(),
                current.kept().stream().map(k -> new ErasureEvents.PlanItem(k.store(), k.reference(),
                        k.retentionCategory(), k.action(), k.holdUntil(), k.legalBasis(), k.reason(),
                        k.needsApproval(), k.retentionStart(), null, null)).toList(),
                current.continuing().stream().map(c -> new ErasureEvents.ContinuingProcessing(c.purpose(),
                        c.legalBasis(), null, null)).toList(),
                current.recipientsInformed(), current.personal());
    }

    /** Waits until {@code count} mails arrived for the address, then returns what is there. */
    public List<ReceivedMail> awaitMails(String address, int count) {
        await().atMost(PATIENCE).until(() -> mailbox.messagesFor(address).size() >= count);
        return mailbox.messagesFor(address);
    }

    public List<ReceivedMail> mailsFor(String address) {
        return mailbox.messagesFor(address);
    }

    /** The one mail whose subject starts with the prefix; fails if there are more. */
    public static ReceivedMail single(List<ReceivedMail> mails, String subjectPrefix) {
        List<ReceivedMail> matching = mails.stream().filter(m -> m.subject().startsWith(subjectPrefix)).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one mail starting with '" + subjectPrefix + "' but got "
                    + mails.stream().map(ReceivedMail::subject).toList());
        }
        return matching.get(0);
    }

    /** Waits until the notifier has applied the event (its inbox recorded it). */
    public void awaitApplied(EventEnvelope envelope) {
        await().atMost(PATIENCE).until(() -> pool.preparedQuery(
                        "select count(*) from processed_event where consumer = 'notifier-service' and event_id = $1")
                .execute(Tuple.of(envelope.id())).await().indefinitely().iterator().next().getLong(0) == 1L);
    }

    /** How many events the notifier's outbox holds for the subject (case id, contact id ...). */
    public long outboxEventsFor(String subject) {
        return pool.preparedQuery("select count(*) from outbox_event where record_key = $1")
                .execute(Tuple.of(subject)).await().indefinitely().iterator().next().getLong(0);
    }

    /** A request with the assistant's demo login. */
    public static io.restassured.specification.RequestSpecification asAssistant() {
        return given().auth().preemptive().basic("assistant", "demo-assistant");
    }

    /** The case's delivery log through the REST endpoint. */
    public static List<Map<String, Object>> deliveries(String caseId) {
        return asAssistant().queryParam("caseId", caseId).when().get("/api/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** Waits until every notice of the case is sent, and returns the log. */
    public static List<Map<String, Object>> awaitAllSent(String caseId, int count) {
        await().atMost(PATIENCE).until(() -> {
            List<Map<String, Object>> log = deliveries(caseId);
            return log.size() == count && log.stream().allMatch(entry -> "SENT".equals(entry.get("status")));
        });
        return deliveries(caseId);
    }
}
