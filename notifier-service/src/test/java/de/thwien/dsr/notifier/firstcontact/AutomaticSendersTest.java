package de.thwien.dsr.notifier.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AutomaticSendersTest {

    @ParameterizedTest
    @ValueSource(strings = {"voicemail@sipgate.de", "noreply@shop.example", "No-Reply@shop.example",
            "do-not-reply@bank.example", "donotreply@bank.example", "MAILER-DAEMON@mx.example",
            "postmaster@mx.example", "bounces+1234@mail.example", "users-request@lists.example",
            "owner-users@lists.example", "users-bounces@lists.example", "newsletter@shop.example"})
    void machineSenderGetsNoFirstContactNotice(String address) {
        assertThat(AutomaticSenders.isAutomatic(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"erika@example.org", "info@kunde.example", "replyto@example.org",
            "noreplyer.jones@example.org", "voice@example.org", "request@example.org"})
    void personsAddressIsNoMachineSender(String address) {
        assertThat(AutomaticSenders.isAutomatic(address)).isFalse();
    }
}
