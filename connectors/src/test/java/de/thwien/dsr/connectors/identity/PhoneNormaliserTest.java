package de.thwien.dsr.connectors.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNormaliserTest {

    @Test
    void germanNationalNumbersBecomeE164() {
        assertThat(PhoneNormaliser.e164("0221 / 123 456 78")).contains("+4922112345678");
        assertThat(PhoneNormaliser.e164("+49 (221) 12345678")).contains("+4922112345678");
        assertThat(PhoneNormaliser.e164("0049 221 12345678")).contains("+4922112345678");
    }

    @Test
    void foreignNumbersKeepTheirCountry() {
        assertThat(PhoneNormaliser.e164("+43 1 5880000")).contains("+4315880000");
    }

    @Test
    void mobileNumbersWithDashes() {
        assertThat(PhoneNormaliser.e164("0171-2345678")).contains("+491712345678");
    }

    @Test
    void invalidNumbersGiveNoKey() {
        assertThat(PhoneNormaliser.e164("12")).isEmpty();
        assertThat(PhoneNormaliser.e164("call me")).isEmpty();
        assertThat(PhoneNormaliser.e164("")).isEmpty();
        assertThat(PhoneNormaliser.e164(null)).isEmpty();
    }

    @Test
    void numbersInASignatureAreFound() {
        String body = "Viele Grüße\nAnna Schmidt\nTel. 0221 12345678\nMobil: +49 171 2345678\nKundennr. 4711";

        assertThat(PhoneNormaliser.findInText(body)).containsExactly("+4922112345678", "+491712345678");
    }

    /** Issue #18: "+49 221 5550303 / 0" is his number +49 221 5550303 with the switchboard's "0" written after it. */
    @Test
    void aNumberWithASwitchboardOrDirectDialSuffixReadsAlsoAsTheNumberWithoutIt() {
        for (String written : new String[] {"+49 221 5550303 / 0", "+49 221 5550303-0", "+49 221 5550303 – 0",
                "0221 5550303/0", "+49 221 5550303 ext. 0", "0221 5550303 Durchwahl 0"}) {
            assertThat(PhoneNormaliser.e164Readings(written)).as(written).contains("+492215550303");
        }
        assertThat(PhoneNormaliser.e164Readings("+49 221 5550303 / 0")).containsExactly("+4922155503030",
                "+492215550303");
    }

    @Test
    void aNumberWithoutSuffixHasOneReadingAndNoNumberNone() {
        assertThat(PhoneNormaliser.e164Readings("0221 / 555 03 03")).containsExactly("+492215550303");
        assertThat(PhoneNormaliser.e164Readings("0171-2345678")).containsExactly("+491712345678");
        assertThat(PhoneNormaliser.e164Readings("call me")).isEmpty();
        assertThat(PhoneNormaliser.e164Readings("123456")).isEmpty();
        assertThat(PhoneNormaliser.e164Readings(null)).isEmpty();
    }
}
