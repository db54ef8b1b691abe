package de.thwien.dsr.platform.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Art. 15(1)(c): an access answer and its copy name the recipients her records went to, from one place: those that
 * receive or hold a record of a store or category found, and the data centres of our own servers (hosting), where the
 * request itself is kept too. Every recipient when what was found is not known.
 */
class RecipientsOfFoundRecordsTest {

    @Test
    void lettersGoToTheDataCentresOfOurServersOnlyAndAVoicemailToTheTelephoneProviderToo() throws IOException {
        NoticeFactsCatalog facts = new NoticeFactsCatalog(PrivacyFactsOverrideTest.config(Map.of(), Map.of()));

        assertThat(facts.forFound("de", Map.of("mail", List.of("general-correspondence"))).recipients())
                .extracting(ProcessingRecipient::name)
                .containsExactly("Hetzner Online GmbH", "Hetzner Finland Oy", "Symgenius GmbH & Co. KG");
        assertThat(facts.forFound("en", Map.of("mail", List.of("voicemail"))).recipients())
                .extracting(ProcessingRecipient::name).contains("sipgate GmbH", "Hetzner Online GmbH");
        assertThat(facts.forFound("de", null).recipients()).hasSize(4);
    }
}
