package de.thwien.dsr.subjectindex.access.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Art. 15(3), (4): only a published recording she alone took part in is linked; an unpublished one is sent on
 * request, one with others (or with nobody known to have taken part) only after their rights are weighed.
 */
class RecordingCopyTest {

    @Test
    void aPublishedRecordingOfHersAloneIsLinked() {
        assertThat(RecordingCopy.of("recordings", Map.of("participants", "1", "bbbPublished", "true",
                "bbbState", "published"))).isEqualTo(RecordingCopy.LINKED);
    }

    @Test
    void anUnpublishedRecordingOfHersAloneIsSentOnRequest() {
        assertThat(RecordingCopy.of("recordings", Map.of("participants", "1", "bbbPublished", "false",
                "bbbState", "unpublished"))).isEqualTo(RecordingCopy.ON_REQUEST);
        assertThat(RecordingCopy.of("recordings", Map.of("participants", "1",
                "bigBlueButton", "not on BigBlueButton any more"))).isEqualTo(RecordingCopy.ON_REQUEST);
    }

    @Test
    void aRecordingWithOthersOrWithoutAKnownNumberOfParticipantsWaitsForTheWeighingOfTheirRights() {
        assertThat(RecordingCopy.of("recordings", Map.of("participants", "3", "bbbPublished", "true",
                "bbbState", "published"))).isEqualTo(RecordingCopy.AFTER_WEIGHING_OTHERS_RIGHTS);
        assertThat(RecordingCopy.of("recordings", Map.of("bbbPublished", "true")))
                .isEqualTo(RecordingCopy.AFTER_WEIGHING_OTHERS_RIGHTS);
    }

    @Test
    void theLinkIsLeftOutOfTheFieldsUnlessTheRecordingIsLinked() {
        Map<String, Object> unpublished = Map.of("participants", "1", "bbbPublished", "false",
                "bbbPlaybackUrl", "https://bbb.example/playback/4");

        assertThat(RecordingCopy.withoutLinkUnlessLinked("recordings", unpublished))
                .doesNotContainKey("bbbPlaybackUrl").containsEntry("participants", "1");
        assertThat(RecordingCopy.of("rooms", Map.of("name", "Beratung"))).isNull();
    }
}
