package de.thwien.dsr.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.platform.address.MailAddressRule;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

    @Test
    void plainMessageIdIsKept() {
        assertThat(MessageIds.safe(" <CAF=abc.123@mail.example.org> ")).contains("<CAF=abc.123@mail.example.org>");
    }

    @Test
    void messageIdWithLineBreakOrSpaceOrSecondIdIsDropped() {
        assertThat(MessageIds.safe("<a@b>\r\nBcc: x@y")).isEmpty();
        assertThat(MessageIds.safe("<a b@c>")).isEmpty();
        assertThat(MessageIds.safe("<a@b> <c@d>")).isEmpty();
        assertThat(MessageIds.safe("a@b")).isEmpty();
        assertThat(MessageIds.safe(null)).isEmpty();
    }

    @Test
    void recipientMustBeOnePlainAddress() {
        assertThat(deliverable("erika.mustermann+dsr@example.org")).isTrue();
        assertThat(deliverable("a@b.de\r\nBcc: x@y")).isFalse();
        assertThat(deliverable("a@b.de, x@y.de")).isFalse();
        assertThat(deliverable("Erika <a@b.de>")).isFalse();
        assertThat(deliverable(null)).isFalse();
    }

    private static boolean deliverable(String address) {
        return MailAddressRule.check(address).deliverable();
    }
}
