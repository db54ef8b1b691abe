package de.thwien.dsr.subjectindex.cases;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.EventData;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.platform.keyring.SealedEvents;

import java.time.Instant;
import java.util.List;

/** A case's events on the topics as the case tests send and read them: a verification in, discovery events out. */
final class CaseTopics {

    private static final EventCodec CODEC = new EventCodec();

    private CaseTopics() {
    }

    /** Announces the case verified, as intake would. */
    static void sendVerified(TopicProbe probe, String caseId, RequestType type, CaseEvents.VerificationMethod method,
            Person person) {
        EventEnvelope verified = EventEnvelope.of("/dsr/test", Instant.now(), new CaseEvents.IdentityVerified(caseId,
                type, "de", method, Instant.now(), person));
        probe.send(Topics.CASES, caseId, CODEC.headers(verified), CODEC.encode(verified.data()));
    }

    /** The case's discovery events of one type so far, their sealed personal data opened. */
    static <T extends EventData> List<T> discovery(TopicProbe probe, SealedEvents sealed, String caseId,
            Class<T> type) {
        return probe.readAll(Topics.DISCOVERY).stream()
                .filter(record -> caseId.equals(record.key()))
                .map(record -> sealed.openAndWait(record).data())
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}
