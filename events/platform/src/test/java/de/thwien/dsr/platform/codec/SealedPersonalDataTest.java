package de.thwien.dsr.platform.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.platform.crypto.DataKey;
import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.crypto.PersonalDataCipher;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The codec's side of crypto-shredding: the personal block sealed per case, everything else in clear. */
class SealedPersonalDataTest {

    private final EventCodec codec = new EventCodec();
    private final DataKey.Active caseKey = new DataKey.Active(KeyScopes.ofCase("case-1"), PersonalDataCipher.newKey());
    private final EventEnvelope received = EventEnvelope.of("/dsr/test", Instant.parse("2026-03-04T23:30:01Z"),
            new CaseEvents.RequestReceived("case-1", RequestType.ACCESS, "de", CaseEvents.Channel.WEB_FORM,
                    Instant.parse("2026-03-04T23:30:00Z"), LocalDate.parse("2026-03-05"),
                    LocalDate.parse("2026-04-07"), LocalDate.parse("2026-06-05"), "http://localhost/status/abc", null,
                    new Person("erika@example.org", "Erika Mustermann")));

    @Test
    void sealedEventRoundTripsWithTheCaseKey() {
        String json = codec.encode(received, caseKey);

        EventEnvelope decoded = codec.decode(codec.headers(received), json, caseKey);

        assertThat(decoded).isEqualTo(received);
        assertThat(decoded.personalShredded()).isFalse();
    }

    @Test
    void sealedEventShowsNoPersonalDataButTheRestInClear() {
        String json = codec.encode(received, caseKey);

        assertThat(json).doesNotContain("erika").doesNotContain("Mustermann")
                .contains("\"caseId\":\"case-1\"").contains("\"personal\":\"v1.");
    }

    @Test
    void aShreddedCaseDecodesWithoutItsPersonalData() {
        String json = codec.encode(received, caseKey);

        EventEnvelope decoded = codec.decode(codec.headers(received), json, new DataKey.Destroyed(caseKey.scope()));

        assertThat(((CaseEvents.RequestReceived) decoded.data()).personal()).isNull();
        assertThat(decoded.personalShredded()).isTrue();
        assertThat(((CaseEvents.RequestReceived) decoded.data()).dueOn()).isEqualTo(LocalDate.parse("2026-04-07"));
    }

    @Test
    void anEventOfAShreddedCaseIsWrittenWithoutItsPersonalData() {
        String json = codec.encode(received, new DataKey.Destroyed(caseKey.scope()));

        assertThat(json).contains("\"personal\":\"shredded\"").doesNotContain("erika");
        EventEnvelope decoded = codec.decode(codec.headers(received), json);
        assertThat(((CaseEvents.RequestReceived) decoded.data()).personal()).isNull();
        assertThat(decoded.personalShredded()).isTrue();
    }

    @Test
    void anotherCasesKeyDoesNotOpenTheEvent() {
        String json = codec.encode(received, caseKey);
        DataKey.Active otherKey = new DataKey.Active(caseKey.scope(), PersonalDataCipher.newKey());

        assertThatThrownBy(() -> codec.decode(codec.headers(received), json, otherKey))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("cannot be opened");
    }

    @Test
    void aSealedBlockCopiedIntoAnotherEventDoesNotOpen() throws Exception {
        String json = codec.encode(received, caseKey);
        Map<String, String> headers = new HashMap<>(codec.headers(received));
        headers.put("ce_id", UUID.randomUUID().toString());

        assertThatThrownBy(() -> codec.decode(headers, json, caseKey))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("cannot be opened");
    }

    @Test
    void aChangedSealedBlockIsRefused() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode tree = (ObjectNode) mapper.readTree(codec.encode(received, caseKey));
        String sealed = tree.get("personal").textValue();
        tree.put("personal", sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("AA") ? "BB" : "AA"));

        assertThatThrownBy(() -> codec.decode(codec.headers(received), mapper.writeValueAsString(tree), caseKey))
                .isInstanceOf(EventDecodingException.class).hasMessageNotContaining("erika");
    }

    @Test
    void aSealedEventWithoutAKnownKeyIsRefused() {
        String json = codec.encode(received, caseKey);

        assertThatThrownBy(() -> codec.decode(codec.headers(received), json))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("no data key");
        assertThatThrownBy(() -> codec.decode(codec.headers(received), json, new DataKey.Unknown(caseKey.scope())))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("no data key");
    }

    @Test
    void anEventInClearIsStillRead() {
        String json = codec.encode(received.data());

        assertThat(codec.decode(codec.headers(received), json, caseKey)).isEqualTo(received);
    }

    @Test
    void firstContactIsSealedUnderItsContactsKeyNotACase() {
        EventEnvelope seen = EventEnvelope.of("/dsr/test", Instant.now(), new DiscoveryEvents.ContactFirstSeen(
                "contact-7", "de", Instant.now(), new Person("new@example.org", null)));
        DataKey.Active contactKey = new DataKey.Active(KeyScopes.ofContact("contact-7"), PersonalDataCipher.newKey());

        String json = codec.encode(seen, contactKey);

        assertThat(codec.decode(codec.headers(seen), json, contactKey)).isEqualTo(seen);
        assertThatThrownBy(() -> codec.encode(seen, new DataKey.Active(KeyScopes.ofCase("contact-7"), contactKey.key())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventsWithoutPersonalDataNeedNoKey() {
        CaseEvents.CaseClosed closed = new CaseEvents.CaseClosed("case-1", "ANSWERED", Instant.now());

        assertThat(codec.carriesPersonalData(closed)).isFalse();
        assertThat(codec.carriesPersonalData(received.data())).isTrue();
    }
}
