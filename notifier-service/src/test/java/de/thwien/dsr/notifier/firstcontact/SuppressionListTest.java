package de.thwien.dsr.notifier.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionListTest {

    private final SuppressionList list = new SuppressionList(List.of("@thwien.de", "noreply@", " Boss@Example.org "));

    @Test
    void domainEntrySuppressesEveryAddressOfThatDomainOnly() {
        assertThat(list.contains("kollege@thwien.de")).isTrue();
        assertThat(list.contains("KOLLEGE@THWIEN.DE")).isTrue();
        assertThat(list.contains("kollege@sub.thwien.de")).isFalse();
        assertThat(list.contains("thwien.de@example.org")).isFalse();
    }

    @Test
    void localPartEntrySuppressesThatSenderAtAnyDomain() {
        assertThat(list.contains("noreply@shop.example")).isTrue();
        assertThat(list.contains("no-reply@shop.example")).isFalse();
        assertThat(list.contains("sales-noreply@shop.example")).isFalse();
    }

    @Test
    void addressEntryIgnoresCaseAndSurroundingSpaces() {
        assertThat(list.contains("boss@example.org")).isTrue();
        assertThat(list.contains("boss2@example.org")).isFalse();
    }
}
