package de.thwien.dsr.erasure.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorAddressesTest {

    private final OperatorAddresses ours = new OperatorAddresses(List.of("datenschutz@thwien.de", "Info@thwien.de"));

    @Test
    void anOperatorAddressIsOursHoweverItIsWritten() {
        assertThat(ours.isOurs("datenschutz@thwien.de")).isTrue();
        assertThat(ours.isOurs(" DATENSCHUTZ@thwien.DE ")).isTrue();
        assertThat(ours.isOurs("Thomas Wien <info@thwien.de>")).isTrue();
        assertThat(ours.isOurs("info+jana@thwien.de")).isTrue();
    }

    @Test
    void otherAddressesAndNoAddressAreNotOurs() {
        assertThat(ours.isOurs("jana.becker@example.net")).isFalse();
        assertThat(ours.isOurs("info@thwien.example")).isFalse();
        assertThat(ours.isOurs("not an address")).isFalse();
        assertThat(new OperatorAddresses(List.of()).isOurs("info@thwien.de")).isFalse();
    }
}
