package de.thwien.dsr.erasure.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorrectedValueCheckTest {

    @Test
    void anEmailFieldTakesAnAddressWithOrWithoutHerName() {
        assertThat(CorrectedValueCheck.problemWith("email", "erika.mustermann@example.org")).isEmpty();
        assertThat(CorrectedValueCheck.problemWith("email", "Erika Mustermann <Erika@Example.org>")).isEmpty();
        assertThat(CorrectedValueCheck.problemWith("email_from", " erika@mail.example.de ")).isEmpty();
        assertThat(CorrectedValueCheck.problemWith("email", "o'brien+dsr@müller-bau.de")).isEmpty();
    }

    @Test
    void anEmailFieldRefusesWhatIsNoAddressAndTheProblemNamesTheFieldNotTheValue() {
        for (String wrong : new String[] {"not-an-address", "erika@", "@example.org", "erika@example",
                "erika@example.org, otto@example.org", "erika mustermann@example.org",
                // Odoo's parser reads "mailto:" as a group name and mails the address after it
                "mailto:miriam.schulte@example.net", "smtp:miriam.schulte@example.net", "x:miriam@example.net",
                "miriam.schulte@example.net?subject=x", "erika@example..org", "erika@-example.org"}) {
            assertThat(CorrectedValueCheck.problemWith("email", wrong)).as(wrong)
                    .hasValue("field email: the corrected value is no e-mail address");
        }
    }

    @Test
    void aPhoneFieldTakesANumberAsPeopleWriteIt() {
        assertThat(CorrectedValueCheck.problemWith("phone", "+49 2102 123456")).isEmpty();
        assertThat(CorrectedValueCheck.problemWith("phone", "(0211) 555-02 02")).isEmpty();
        assertThat(CorrectedValueCheck.problemWith("mobile", "0171/1234567")).isEmpty();
        // a switchboard suffix is a way to write a number (the identifier check asks it with and without)
        assertThat(CorrectedValueCheck.problemWith("phone", "+49 221 5550303 / 0")).isEmpty();
        assertThat(CorrectedValueCheck.problemWith("phone", "0221 5550303-0")).isEmpty();
    }

    @Test
    void aPhoneFieldRefusesDigitsThatAreNoPhoneNumber() {
        for (String wrong : new String[] {"123456", "+49 0 000000", "00000", "0 / 0 / 0 / 0 / 0"}) {
            assertThat(CorrectedValueCheck.problemWith("phone", wrong)).as(wrong)
                    .hasValue("field phone: the corrected value is no phone number");
        }
    }

    @Test
    void aPhoneFieldRefusesLettersAndTooFewDigits() {
        assertThat(CorrectedValueCheck.problemWith("phone", "abc")).isPresent();
        assertThat(CorrectedValueCheck.problemWith("mobile", "0171 abc 123")).isPresent();
        assertThat(CorrectedValueCheck.problemWith("phone", "+49 1")).isPresent();
    }

    @Test
    void anAddressInAnotherFieldIsRefusedAsItWouldEscapeTheIdentifierCheck() {
        assertThat(CorrectedValueCheck.problemWith("name", "Dirk Kühn miriam.schulte@example.net"))
                .hasValue("field name: an e-mail address belongs in an e-mail field");
        assertThat(CorrectedValueCheck.problemWith("street2", "c/o miriam.schulte@example.net")).isPresent();
        assertThat(CorrectedValueCheck.problemWith("phone", "miriam@example.net")).isPresent();
    }

    @Test
    void otherFieldsTakeAnyValue() {
        assertThat(CorrectedValueCheck.problemWith("street", "Am Markt 46")).isEmpty();
        assertThat(CorrectedValueCheck.problemWith("zip", "40210")).isEmpty();
        assertThat(CorrectedValueCheck.problemWith("name", "Erika Mustermann-Gabler")).isEmpty();
    }
}
