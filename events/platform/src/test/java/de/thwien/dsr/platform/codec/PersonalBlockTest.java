package de.thwien.dsr.platform.codec;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.platform.crypto.DataKey;
import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.crypto.PersonalDataCipher;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a record's personal block travels, told without a key. */
class PersonalBlockTest {

    private final EventCodec codec = new EventCodec();
    private final EventEnvelope notice = EventEnvelope.of("/dsr/test", Instant.parse("2026-03-04T10:00:00Z"),
            new NoticeEvents.NoticeSent("case-7", NoticeEvents.NoticeKind.ACKNOWLEDGEMENT, UUID.randomUUID(),
                    "<m@test>", Instant.parse("2026-03-04T10:00:00Z"), new Person("erika@example.org", "Erika")));

    @Test
    void aSealedBlockIsSealedAShreddedOneShreddedAndOneInClearInClear() {
        DataKey.Active key = new DataKey.Active(KeyScopes.ofCase("case-7"), PersonalDataCipher.newKey());

        assertThat(PersonalBlock.of(codec.encode(notice, key))).isEqualTo(PersonalBlock.SEALED);
        assertThat(PersonalBlock.of(codec.encode(notice, new DataKey.Destroyed(key.scope()))))
                .isEqualTo(PersonalBlock.SHREDDED);
        assertThat(PersonalBlock.of(codec.encode(notice.data()))).isEqualTo(PersonalBlock.IN_CLEAR);
    }

    @Test
    void anEventWithoutPersonalDataHasNoneAndAPoisonValueIsUnreadable() {
        assertThat(PersonalBlock.of("{\"caseId\":\"case-7\",\"personal\":null}")).isEqualTo(PersonalBlock.NONE);
        assertThat(PersonalBlock.of("{\"caseId\":\"case-7\"}")).isEqualTo(PersonalBlock.NONE);
        assertThat(PersonalBlock.of("not json")).isEqualTo(PersonalBlock.UNREADABLE);
        assertThat(PersonalBlock.of("[1]")).isEqualTo(PersonalBlock.UNREADABLE);
        assertThat(PersonalBlock.of(null)).isEqualTo(PersonalBlock.UNREADABLE);
    }
}
