package de.thwien.dsr.intake.mail.classification;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.platform.mail.AutomaticMail;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MailReferenceTest {

    @Test
    void inReplyToComesFirstThenTheReferencesFromTheNewest() {
        MailReference reference = MailReference.of(headers(Map.of("In-Reply-To", "<c@thwien.de>",
                "References", "<a@thwien.de> <b@thwien.de>\t<c@thwien.de>")), null);

        assertThat(reference.messageIds()).containsExactly("<c@thwien.de>", "<b@thwien.de>", "<a@thwien.de>");
    }

    @Test
    void thousandsOfReferencesCostAtMostTwentyLookups() {
        StringBuilder references = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            references.append("<").append(i).append("@example.org> ");
        }

        MailReference reference = MailReference.of(headers(Map.of("References", references.toString())), null);

        assertThat(reference.messageIds()).hasSize(MailReference.MAX_MESSAGE_IDS).first()
                .isEqualTo("<4999@example.org>");
    }

    @Test
    void caseReferenceInTheSubjectIsFoundInAnyLetterCaseButNotInsideALongerWord() {
        assertThat(MailReference.of(headers(Map.of()), "AW: Re: Ihre Anfrage (Vorgang dsr-0A1b2C3d)").casePrefixes())
                .containsExactly("0a1b2c3d");
        assertThat(MailReference.of(headers(Map.of()), "XDSR-0a1b2c3d and DSR-0a1b2c3d9 and DSR-0a1b2c3").isEmpty())
                .isTrue();
    }

    @Test
    void aMailNeverNamesItsOwnMessageId() {
        MailReference reference = MailReference.of(headers(Map.of("Message-ID", " <self@requester.example>",
                "References", "<first@requester.example> <self@requester.example>")), null);

        assertThat(reference.messageIds()).containsExactly("<first@requester.example>");
    }

    @Test
    void mailWithoutReplyHeadersOrReferenceNamesNothing() {
        assertThat(MailReference.of(headers(Map.of("In-Reply-To", "not an id")), "Auskunft nach Art. 15").isEmpty())
                .isTrue();
    }

    private static AutomaticMail.Headers headers(Map<String, String> values) {
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        values.forEach((name, value) -> byName.computeIfAbsent(name, key -> new ArrayList<>()).add(value));
        return name -> byName.getOrDefault(name, List.of());
    }
}
