package de.thwien.dsr.erasure.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorrectedValueCheckTest {

    @Test
    void anEmailFieldTakesAnAddressWithOrWithoutHerName() {
        assertThat(CorrectedValueCheck.problemWith("email", "erika.mustermann@example.org")).isEmpty();
        assertThat(CorrectedValueCheck.problemWith("email", "Erika Mustermann <Erika@Example.org>")).isEmpty();
        assertThat(CorrectedValueCheck.problemWith("email_from", " erika@mail.example.de ")).isEmpty();
    }

    @Test
    void anEmailFieldRefusesWhatIsNoAddressAndTheProblemNamesTheFieldNotTheValue() {
        for (String wrong : new String[] {"not-an-address", "erika@", "@example.org", "erika@example",
                "erika@example.org, otto@example.org", "erika mustermann@example.org"}) {
            assertThat(CorrectedValueCheck.problemWith("email", wrong)).as(wrong)
                    .hasValue("field email: the corrected value is no e-mail address");
        }
    }

    @Test
    void aPhoneFieldTakesANumberAsPeopleWriteIt() {
        assertThat(CorrectedValueCheck.problemWith("phone", "+49 2102 123456")).isEmpty();
        assertThat(CorrectedValueCheck.problemWith("phone", "(0211) 555-02 02")).isEmpty();
        assertThat(CorrectedValueCheck.problemWith("mobile", "0171/1234567")).isEmpty();
    }

    @Test
    void aPhoneFieldRefusesLettersAndTooFewDigits() {
        assertThat(CorrectedValueCheck.problemWith("phone", "abc")).isPresent();
        assertThat(CorrectedValueCheck.problemWith("mobile", "0171 abc 123")).isPresent();
        assertThat(CorrectedValueCheck.problemWith("phone", "+49 1")).isPresent();
    }

    @Test
    void otherFieldsTakeAnyValue() {
        assertThat(CorrectedValueCheck.problemWith("street", "Am Markt 46")).isEmpty();
        assertThat(CorrectedValueCheck.problemWith("zip", "40210")).isEmpty();
        assertThat(CorrectedValueCheck.problemWith("name", "Erika Mustermann-Gabler")).isEmpty();
    }
}
