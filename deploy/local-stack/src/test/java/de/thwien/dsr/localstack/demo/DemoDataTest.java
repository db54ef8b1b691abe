package de.thwien.dsr.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.connectors.identity.NameFinder;
import de.thwien.dsr.localstack.demo.DemoData.ConferenceUser;
import de.thwien.dsr.localstack.demo.DemoData.Customer;
import de.thwien.dsr.localstack.demo.DemoData.DemoMail;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final DemoData data = DemoData.generate(TODAY);

    @Test
    void sameSeedAndDayGiveTheSameData() {
        DemoData again = DemoData.generate(TODAY);
        assertThat(again.customers()).isEqualTo(data.customers());
        assertThat(again.invoices()).isEqualTo(data.invoices());
        assertThat(again.recordings()).isEqualTo(data.recordings());
        assertThat(again.crmFiles()).isEqualTo(data.crmFiles());
        assertThat(again.conferenceFiles()).isEqualTo(data.conferenceFiles());
        assertThat(again.mails().stream().map(mail -> mail.subject() + mail.date() + mail.to()).toList())
                .isEqualTo(data.mails().stream().map(mail -> mail.subject() + mail.date() + mail.to()).toList());
    }

    @Test
    void aboutFiftyCustomersFrom2015To2026WithInvoices() {
        assertThat(data.customers()).hasSize(50);
        assertThat(data.customers()).extracting(customer -> customer.since().getYear())
                .allMatch(year -> year >= 2015 && year <= 2026)
                .contains(2015, 2019, 2024);
        assertThat(data.invoices()).hasSizeGreaterThan(50)
                .anyMatch(invoice -> invoice.state().equals("posted"))
                .anyMatch(invoice -> invoice.state().equals("draft"));
        assertThat(data.crmMessages()).hasSizeGreaterThan(data.customers().size());
    }

    @Test
    void oliverBrandtsInquiryOfferAndOrderConfirmationAreOneThreadAndHisCallToArrangeIsNone() {
        List<DemoMail> his = data.mails().stream()
                .filter(mail -> mail.from().contains(DemoData.OLIVER_BRANDT.email())
                        || mail.to().contains(DemoData.OLIVER_BRANDT.email()))
                .filter(mail -> mail.subject().endsWith("Webhosting Jahrespaket") || mail.subject().equals("Kurze Frage"))
                .toList();

        assertThat(his).extracting(DemoMail::subject).containsExactly("Anfrage Webhosting Jahrespaket",
                "Angebot Webhosting Jahrespaket", "Auftragsbestätigung Webhosting Jahrespaket", "Kurze Frage");
        assertThat(his.get(1).references()).containsExactly(his.get(0).messageId());
        assertThat(his.get(2).references()).containsExactly(his.get(0).messageId(), his.get(1).messageId());
        assertThat(his.get(3).references()).isEmpty();
        // his first contact in the CRM, the same day as his inquiry, is a lead that was won: it led to the order
        assertThat(data.leads()).filteredOn(lead -> lead.partnerId() == DemoData.OLIVER_BRANDT.partnerId())
                .singleElement().satisfies(lead -> {
                    assertThat(lead.won()).isTrue();
                    assertThat(lead.createdAt().toLocalDate()).isEqualTo(his.get(0).date().toLocalDate());
                });
        assertThat(data.crmMessages()).filteredOn(message -> message.subject().equals("Kontaktanfrage")
                        && message.authorId() == DemoData.OLIVER_BRANDT.partnerId())
                .singleElement().satisfies(message -> assertThat(message.model()).isEqualTo("crm.lead"));
    }

    @Test
    void hannaBergerWroteFromHerOwnAddressAndFromAFormerOneThatNoOtherPersonUses() {
        assertThat(data.mails()).filteredOn(mail -> mail.from().contains(DemoData.HANNA_BERGER_NAME))
                .extracting(DemoMail::from)
                .containsExactlyInAnyOrder("\"Hanna Berger\" <" + DemoData.HANNA_BERGER_EMAIL + ">",
                        "\"Hanna Berger\" <" + DemoData.HANNA_BERGER_FORMER_EMAIL + ">");
        assertThat(data.customers()).noneMatch(customer -> customer.name().equals(DemoData.HANNA_BERGER_NAME)
                || customer.email().equals(DemoData.HANNA_BERGER_EMAIL));
    }

    @Test
    void miriamSchulteIsNamedInTheTextOfSomeoneElsesMailThatCarriesNoAddressOrNameOfHersInItsHeaders() {
        Customer miriam = DemoData.MIRIAM_SCHULTE;
        List<DemoMail> namingHer = data.mails().stream()
                .filter(mail -> NameFinder.findInText(mail.text()).contains(miriam.name()))
                .filter(mail -> Stream.of(mail.from(), mail.to(), mail.cc()).filter(Objects::nonNull)
                        .noneMatch(header -> header.contains(miriam.email()) || header.contains(miriam.lastName())))
                .toList();

        assertThat(namingHer).singleElement().satisfies(mail -> {
            assertThat(mail.account()).isEqualTo(DemoData.THOMAS);
            assertThat(mail.folder()).isEqualTo("INBOX");
            assertThat(mail.from()).isEqualTo(DemoData.NAMED_IN_TEXT_FROM).endsWith("@example.com>");
            assertThat(mail.subject()).isEqualTo(DemoData.NAMED_IN_TEXT_SUBJECT);
            assertThat(mail.text()).contains("wie mit Frau Miriam Schulte besprochen");
        });
        assertThat(data.customers()).as("no namesake").filteredOn(customer -> customer.name().equals(miriam.name()))
                .hasSize(1);
    }

    @Test
    void everyPersonIsFictitiousWithAnAddressUnderAReservedDomain() {
        assertThat(data.customers()).extracting(Customer::email)
                .allMatch(email -> email.endsWith("@example.org") || email.endsWith("@example.com")
                        || email.endsWith("@example.net") || email.endsWith(".example"));
        assertThat(data.customers()).extracting(Customer::email).doesNotHaveDuplicates();
        assertThat(data.conferenceUsers()).allMatch(user -> data.customers().stream()
                .anyMatch(customer -> customer.email().equals(user.email())));
    }

    @Test
    void operatorMailboxesHoldInboxAndSentWithCcAndInvoiceAttachments() {
        List<DemoMail> operator = data.mails().stream().filter(mail -> !mail.account().equals(DemoData.PRIVACY))
                .toList();
        assertThat(operator).extracting(DemoMail::folder).contains("INBOX", "Sent");
        assertThat(operator).extracting(DemoMail::account).contains(DemoData.INFO, DemoData.THOMAS);
        assertThat(operator).anyMatch(mail -> mail.cc() != null);
        assertThat(operator).anyMatch(mail -> mail.folder().equals("Sent") && mail.attachment() != null
                && mail.attachment().fileName().startsWith("Rechnung_INV-"));
        assertThat(operator).extracting(mail -> mail.date().getYear()).contains(2015, 2026);
    }

    @Test
    void aFewVoicemailsComeFromThePhoneProviderWithAnMp3() {
        List<DemoMail> voicemails = data.mails().stream()
                .filter(mail -> mail.from().contains(DemoData.VOICEMAIL_SENDER)).toList();
        assertThat(voicemails).hasSizeBetween(2, 12)
                .allMatch(mail -> mail.attachment() != null && mail.attachment().contentType().equals("audio/mpeg"));
    }

    @Test
    void greenlightHasRoomsAndRecordingsSomeOlderThanFourteenDays() {
        assertThat(data.rooms()).isNotEmpty();
        var fourteenDaysAgo = TODAY.minusDays(14).atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant();
        assertThat(data.recordings()).anyMatch(recording -> recording.startedAt().isBefore(fourteenDaysAgo))
                .anyMatch(recording -> recording.startedAt().isAfter(fourteenDaysAgo));
        assertThat(data.recordings()).allMatch(recording -> data.rooms().stream()
                .anyMatch(room -> room.id().equals(recording.roomId()) && room.meetingId().equals(recording.meetingId())));
    }

    @Test
    void katrinVogelsInvoiceDraftHasAPdfInOdoosFilestoreAndHerGreenlightAccountAnAvatarSoHerErasureLeavesFileTasks() {
        Customer katrin = DemoData.KATRIN_VOGEL;
        ConferenceUser account = data.conferenceUsers().stream()
                .filter(user -> user.email().equals(katrin.email())).findFirst().orElseThrow();

        // a draft never issued: no voucher, no hold, so the PDF goes with her (and leaves its file to the operator)
        assertThat(data.crmFiles()).singleElement().satisfies(pdf -> {
            assertThat(pdf.model()).isEqualTo("account.move");
            assertThat(data.invoices()).filteredOn(invoice -> invoice.id() == pdf.resId()).singleElement()
                    .satisfies(invoice -> {
                        assertThat(invoice.partnerId()).isEqualTo(katrin.partnerId());
                        assertThat(invoice.state()).isEqualTo("draft");
                    });
            assertThat(pdf.mimetype()).isEqualTo("application/pdf");
            assertThat(pdf.checksum()).matches("[0-9a-f]{40}");
            assertThat(pdf.storeFname()).isEqualTo(pdf.checksum().substring(0, 2) + "/" + pdf.checksum());
        });
        assertThat(data.conferenceFiles()).singleElement().satisfies(avatar -> {
            assertThat(avatar.name()).isEqualTo("avatar");
            assertThat(avatar.recordType()).isEqualTo("User");
            assertThat(avatar.recordId()).isEqualTo(account.id());
            assertThat(avatar.serviceName()).isEqualTo("local");
            assertThat(avatar.key()).hasSize(28).matches("[0-9a-z]+");
            assertThat(avatar.blobId()).isNotEqualTo(avatar.attachmentId());
        });
    }

    @Test
    void katrinsDraftIsAddedLastNumberedAfterEveryOtherInvoiceOfItsYear() {
        DemoData.Invoice draft = data.invoices().get(data.invoices().size() - 1);

        assertThat(draft.partnerId()).isEqualTo(DemoData.KATRIN_VOGEL.partnerId());
        assertThat(data.crmFiles()).extracting(DemoData.CrmFile::resId).containsExactly(draft.id());
        // her draft is numbered after every other invoice of its year
        assertThat(data.invoices()).filteredOn(invoice -> invoice.date().getYear() == draft.date().getYear())
                .extracting(DemoData.Invoice::name).allMatch(name -> name.compareTo(draft.name()) <= 0);
    }

    @Test
    void privacyMailboxHoldsPendingRequestsInGermanAndEnglish() {
        List<DemoMail> requests = data.mails().stream().filter(mail -> mail.account().equals(DemoData.PRIVACY))
                .toList();
        assertThat(requests).hasSizeGreaterThanOrEqualTo(4).allMatch(mail -> mail.folder().equals("INBOX"));
        assertThat(requests).anyMatch(mail -> mail.text().contains("bitte löschen Sie alle meine Daten"))
                .anyMatch(mail -> mail.text().contains("please send me a copy"));
    }
}
