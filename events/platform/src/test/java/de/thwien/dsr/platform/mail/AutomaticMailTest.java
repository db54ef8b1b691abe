package de.thwien.dsr.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.platform.mail.AutomaticMail.Reason;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AutomaticMailTest {

    private static final String PERSON = "anna@requester.example";
    private static final String PLAIN = "text/plain; charset=UTF-8";

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Auto-Submitted | auto-replied | AUTO_SUBMITTED",
            "Auto-Submitted | auto-generated | AUTO_SUBMITTED",
            "Auto-Submitted | Auto-Replied; owner-email=\"anna@requester.example\" | AUTO_SUBMITTED",
            "auto-submitted | auto-notified (vacation) | AUTO_SUBMITTED",
            "X-Autoreply | yes | AUTO_REPLY_HEADER",
            "X-Autorespond | anything | AUTO_REPLY_HEADER",
            "Precedence | bulk | BULK_PRECEDENCE",
            "Precedence | List | BULK_PRECEDENCE",
            "Precedence | junk | BULK_PRECEDENCE",
            "List-Id | Verein <verein.lists.example> | MAILING_LIST",
            "List-Unsubscribe | <mailto:leave@lists.example> | MAILING_LIST"})
    void headerMarksTheMailAsAutomatic(String name, String value, Reason reason) {
        assertThat(AutomaticMail.reasonOf(headers(Map.of(name, value)), PLAIN, PERSON)).contains(reason);
    }

    @Test
    void autoSubmittedNoIsAMailAPersonSent() {
        assertThat(AutomaticMail.reasonOf(headers(Map.of("Auto-Submitted", " No ")), PLAIN, PERSON)).isEmpty();
    }

    @Test
    void precedenceOtherThanBulkListOrJunkIsAMailAPersonMaySend() {
        assertThat(AutomaticMail.reasonOf(headers(Map.of("Precedence", "first-class")), PLAIN, PERSON)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"MAILER-DAEMON@mx.example", "mailer-daemon@mx.example", "Postmaster@thwien.example",
            "noreply@shop.example", "No-Reply@shop.example", "do-not-reply@bank.example"})
    void senderNoPersonReadsMarksTheMailAsAutomatic(String sender) {
        assertThat(AutomaticMail.reasonOf(headers(Map.of()), PLAIN, sender)).contains(Reason.MACHINE_SENDER);
    }

    @ParameterizedTest
    @CsvSource({"noreply.fan@requester.example", "anna.postmaster@requester.example", "reply@requester.example"})
    void senderWhoseNameOnlyContainsAMachineWordIsAPerson(String sender) {
        assertThat(AutomaticMail.reasonOf(headers(Map.of()), PLAIN, sender)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "multipart/report; report-type=delivery-status; boundary=\"b1\"",
            "Multipart/Report; boundary=b1; Report-Type=\"Delivery-Status\""})
    void deliveryStatusReportIsAutomaticWhateverItsSender(String contentType) {
        assertThat(AutomaticMail.reasonOf(headers(Map.of()), contentType, PERSON))
                .contains(Reason.DELIVERY_REPORT);
    }

    @Test
    void readReceiptIsAutomatic() {
        assertThat(AutomaticMail.reasonOf(headers(Map.of()),
                "multipart/report; report-type=disposition-notification; boundary=b1", PERSON))
                .contains(Reason.READ_RECEIPT);
    }

    @Test
    void reportOfAnUnknownTypeIsNotAutomaticByItsContentType() {
        assertThat(AutomaticMail.reasonOf(headers(Map.of()), "multipart/report; report-type=x-other; boundary=b1",
                PERSON)).isEmpty();
    }

    @Test
    void mailWithTheNullReturnPathIsAutomatic() {
        assertThat(AutomaticMail.reasonOf(headers(Map.of("Return-Path", "< >")), PLAIN, PERSON))
                .contains(Reason.NULL_RETURN_PATH);
        assertThat(AutomaticMail.reasonOf(headers(Map.of("Return-Path", "<anna@example.org>")), PLAIN, PERSON))
                .isEmpty();
    }

    @Test
    void ordinaryRequestWithoutSenderOrContentTypeIsNotAutomatic() {
        assertThat(AutomaticMail.reasonOf(headers(Map.of("Subject", "Auskunft")), null, null)).isEmpty();
        assertThat(AutomaticMail.reasonOf(headers(Map.of()), PLAIN, PERSON)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest(name = "Return-Path {0}, From {1}")
    @CsvSource(delimiter = '|', value = {
            "<>                         | anna@requester.example",
            "< >                        | anna@requester.example",
            "<MAILER-DAEMON@mx.example> | anna@requester.example",
            "<postmaster@mx.example>    | anna@requester.example",
            "<anna@requester.example>   | MAILER-DAEMON@mx.example",
            "<anna@requester.example>   | Postmaster@mx.example"})
    void aMailFromTheNullSenderOrADaemonComesFromAMailSystem(String returnPath, String from) {
        assertThat(AutomaticMail.fromMailSystem(headers(Map.of("Return-Path", returnPath)), from)).isTrue();
    }

    @ParameterizedTest(name = "Return-Path {0}, From {1}")
    @CsvSource(delimiter = '|', value = {
            "<mallory@attacker.example> | mallory@attacker.example",
            "<noreply@shop.example>     | noreply@shop.example",
            "<anna.postmaster@mx.example> | anna.postmaster@mx.example"})
    void aMailFromAPersonOrAnotherMachineDoesNotComeFromAMailSystem(String returnPath, String from) {
        assertThat(AutomaticMail.fromMailSystem(headers(Map.of("Return-Path", returnPath)), from)).isFalse();
    }

    @Test
    void onlyTheReturnPathTheReceivingServerWroteCounts() {
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.put("Return-Path", List.of("<mallory@attacker.example>", "<>"));
        AutomaticMail.Headers headers = name -> byName.getOrDefault(name, List.of());

        assertThat(AutomaticMail.fromMailSystem(headers, "mallory@attacker.example")).isFalse();
    }

    private static AutomaticMail.Headers headers(Map<String, String> values) {
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        values.forEach((name, value) -> byName.put(name, List.of(value)));
        return name -> byName.getOrDefault(name, List.of());
    }
}
