package de.thwien.dsr.connectors.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredFormTest {

    @Test
    void aNormalizedEmailIsTheBareAddressInLowerCase() {
        assertThat(StoredForm.NORMALIZED_EMAIL.of(" Jana.Becker@Example.NET ")).isEqualTo("jana.becker@example.net");
        assertThat(StoredForm.NORMALIZED_EMAIL.of("Jana Becker <Jana@Example.org>")).isEqualTo("jana@example.org");
    }

    @Test
    void aSanitizedPhoneIsE164WithGermanyForANationalNumber() {
        assertThat(StoredForm.SANITIZED_PHONE.of("0221 98765432")).isEqualTo("+4922198765432");
        assertThat(StoredForm.SANITIZED_PHONE.of("+49 (89) 123-4567")).isEqualTo("+49891234567");
        assertThat(StoredForm.SANITIZED_PHONE.of("0043 1 5550101")).isEqualTo("+4315550101");
    }

    @Test
    void aPhoneWithTooFewDigitsIsKeptAsTyped() {
        assertThat(StoredForm.SANITIZED_PHONE.of("110")).isEqualTo("110");
    }
}
