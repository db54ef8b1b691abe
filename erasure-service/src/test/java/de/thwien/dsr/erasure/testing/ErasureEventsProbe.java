package de.thwien.dsr.erasure.testing;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.events.EventData;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.platform.keyring.SealedEvents;
import de.thwien.dsr.infra.test.TopicProbe;
import io.quarkus.arc.Arc;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Publishes {@code subject.located} as subject-index would and reads back what erasure-service emitted. */
public final class ErasureEventsProbe implements AutoCloseable {

    private final EventCodec codec = new EventCodec();
    private final TopicProbe probe;
    private final Map<String, Runnable> sentCaseEvents = new ConcurrentHashMap<>();

    public ErasureEventsProbe(String bootstrapServers) {
        this.probe = new TopicProbe(bootstrapServers);
    }

    public void subjectLocated(String caseId, RequestType type, List<Finding> findings, List<String> unavailable) {
        subjectLocated(caseId, caseId, type, findings, unavailable);
    }

    /** With an explicit record key: records of one key reach the consumer in order. */
    public void subjectLocated(String key, String caseId, RequestType type, List<Finding> findings,
            List<String> unavailable) {
        subjectLocated(key, caseId, type, new Person("kunde@example.org", "Kim Kunde"), findings, unavailable);
    }

    /** Of a given person, e.g. one registered from a letter without an e-mail address. */
    public void subjectLocated(String key, String caseId, RequestType type, Person person, List<Finding> findings,
            List<String> unavailable) {
        DiscoveryEvents.SubjectLocated located = new DiscoveryEvents.SubjectLocated(caseId, type, "de",
                List.of("mail", "crm", "conference"), unavailable, new DiscoveryEvents.Located(person, findings));
        EventEnvelope envelope = EventEnvelope.of("/dsr/subject-index-service", Instant.now(), located);
        probe.send(Topics.DISCOVERY, key, codec.headers(envelope), codec.encode(located));
    }

    /**
     * Publishes {@code request.received} as intake does when a case opens; returns the event's id, for
     * {@link #redeliver(String)}.
     */
    public String requestReceived(String caseId, RequestType type, Person person) {
        return requestReceived(caseId, type, person, null);
    }

    /** A restriction request with the ground she gave (Art. 18(1)), or null when she gave none. */
    public String requestReceived(String caseId, RequestType type, Person person, RestrictionGround ground) {
        Instant now = Instant.now();
        CaseEvents.RequestReceived received = new CaseEvents.RequestReceived(caseId, type, "de",
                CaseEvents.Channel.WEB_FORM, now, LocalDate.now(), LocalDate.now().plusMonths(1), null,
                "https://dsr.example/status", null, person, ground);
        EventEnvelope envelope = EventEnvelope.of("/dsr/intake-service", now, received);
        String id = envelope.id().toString();
        sentCaseEvents.put(id, () -> probe.send(Topics.CASES, caseId, codec.headers(envelope), codec.encode(received)));
        redeliver(id);
        return id;
    }

    /**
     * Publishes {@code request.classified} as intake does when the assistant set the kind of a request the software
     * could not assign; {@code ground} for a restriction, or null.
     */
    public String requestClassified(String caseId, RequestType type, Person person, RestrictionGround ground) {
        Instant now = Instant.now();
        CaseEvents.RequestClassified classified = new CaseEvents.RequestClassified(caseId, type, ground, "de",
                LocalDate.now(), LocalDate.now().plusMonths(1), now, person);
        EventEnvelope envelope = EventEnvelope.of("/dsr/intake-service", now, classified);
        String id = envelope.id().toString();
        sentCaseEvents.put(id, () -> probe.send(Topics.CASES, caseId, codec.headers(envelope),
                codec.encode(classified)));
        redeliver(id);
        return id;
    }

    /** Publishes {@code notice.sent} as the notifier does once a notice of the case was handed to the mail server. */
    public void noticeSent(String caseId, NoticeEvents.NoticeKind kind, Instant sentAt) {
        NoticeEvents.NoticeSent sent = new NoticeEvents.NoticeSent(caseId, kind, UUID.randomUUID(),
                "<" + UUID.randomUUID() + "@thwien.example>", sentAt, null);
        EventEnvelope envelope = EventEnvelope.of("/dsr/notifier-service", sentAt, sent);
        probe.send(Topics.NOTICES, caseId, codec.headers(envelope), codec.encode(sent));
    }

    /** The notifier prepared the notice for printing: the case's requester has no e-mail address. */
    public void noticePreparedForPrinting(String caseId, NoticeEvents.NoticeKind kind, Instant preparedAt) {
        NoticeEvents.NoticePreparedForPrinting printed = new NoticeEvents.NoticePreparedForPrinting(caseId, kind,
                UUID.randomUUID(), UUID.randomUUID(), preparedAt);
        EventEnvelope envelope = EventEnvelope.of("/dsr/notifier-service", preparedAt, printed);
        probe.send(Topics.NOTICES, caseId, codec.headers(envelope), codec.encode(printed));
    }

    /** Delivers a case event sent before once more, as Kafka may after a consumer's restart. */
    public void redeliver(String eventId) {
        sentCaseEvents.get(eventId).run();
    }

    /** Keys of the discovery records that ended in the dead-letter topic. */
    public List<String> deadLetteredDiscoveryKeys() {
        return probe.readAll(Topics.deadLetterOf(Topics.DISCOVERY)).stream().map(record -> record.key()).toList();
    }

    /** The events of one case on the erasure topic, in order. */
    public List<EventData> erasureEventsOf(String caseId) {
        return probe.readAll(Topics.ERASURE).stream()
                .filter(record -> caseId.equals(record.key()))
                .map(record -> sealed().openAndWait(record).data())
                .toList();
    }

    public <T extends EventData> List<T> erasureEventsOf(String caseId, Class<T> type) {
        return erasureEventsOf(caseId).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Opens the personal block with the case's key, as erasure-service's consumers would. */
    private static SealedEvents sealed() {
        return Arc.container().instance(SealedEvents.class).get();
    }

    @Override
    public void close() {
        probe.close();
    }
}
