package de.thwien.dsr.platform.codec;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.ErasureEvents.ProcessingBasis;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionEnd;
import de.thwien.dsr.events.Finding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErasureEventsTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void processingBasesAreReadFromEnglishAndGermanCitations() {
        assertThat(ProcessingBasis.namedIn("Art. 6(1)(b) GDPR")).containsExactly(ProcessingBasis.CONTRACT);
        assertThat(ProcessingBasis.namedIn("Art. 6 Abs. 1 lit. c DSGVO"))
                .containsExactly(ProcessingBasis.LEGAL_OBLIGATION);
        assertThat(ProcessingBasis.namedIn("Art. 6 (1)(a) GDPR")).containsExactly(ProcessingBasis.CONSENT);
        assertThat(ProcessingBasis.namedIn("Art. 6 Abs. 1 S. 1 lit. f DSGVO"))
                .containsExactly(ProcessingBasis.LEGITIMATE_INTERESTS);
    }

    @Test
    void everyBasisOfACombinedCitationIsNamedOnce() {
        assertThat(ProcessingBasis.namedIn(
                "Art. 6(1)(b) GDPR (contract); kept under Art. 6(1)(c) GDPR (§147 AO, §257 HGB); Art. 6(1)(b)"))
                .containsExactly(ProcessingBasis.CONTRACT, ProcessingBasis.LEGAL_OBLIGATION);
    }

    @Test
    void aRecordHeldByLawIsKeptUnderTheLegalObligationWhateverItsStoreStates() {
        // a business letter in the CRM states the contract it was written for; kept for 6 years, it is kept under (c)
        assertThat(ProcessingBasis.ofRecord("Art. 6(1)(b) GDPR (contract)", true))
                .containsExactly(ProcessingBasis.CONTRACT, ProcessingBasis.LEGAL_OBLIGATION);
        assertThat(ProcessingBasis.ofRecord("Art. 6(1)(b) GDPR (contract); kept under Art. 6(1)(c) GDPR (§147 AO)",
                true)).containsExactly(ProcessingBasis.CONTRACT, ProcessingBasis.LEGAL_OBLIGATION);
        assertThat(ProcessingBasis.ofRecord(null, true)).containsExactly(ProcessingBasis.LEGAL_OBLIGATION);
        assertThat(ProcessingBasis.ofRecord("Art. 6(1)(b) GDPR (contract)", false))
                .containsExactly(ProcessingBasis.CONTRACT);
    }

    @Test
    void textWithoutAnArticle6BasisNamesNone() {
        assertThat(ProcessingBasis.namedIn("another legal basis")).isEmpty();
        assertThat(ProcessingBasis.namedIn("§147(1) Nr. 4, (3) AO; Art. 17(3)(b) GDPR")).isEmpty();
        assertThat(ProcessingBasis.namedIn(null)).isEmpty();
    }

    @Test
    void confirmationWrittenBeforeTheCodesExistedStillDecodes() {
        String json = """
                {"caseId":"case-1","requestType":"CONSENT_WITHDRAWAL","language":"de","records":[],
                 "restricted":[{"store":"crm","reference":"invoices/1","retentionCategory":"accounting-voucher",
                   "legalBasis":"§147 AO","holdUntil":"2027-12-31","erasableFrom":"2028-01-01"}],
                 "kept":[{"store":"crm","reference":"invoices/2","retentionCategory":"accounting-voucher",
                   "action":"KEEP","legalBasis":"Art. 6(1)(b) GDPR","reason":"not processed on consent",
                   "needsApproval":false}],
                 "continuing":[{"purpose":"accounting vouchers","legalBasis":"Art. 6(1)(b) GDPR"}],
                 "recipientsInformed":[],"personal":null}""";
        Map<String, String> headers = codec.headers(EventEnvelope.of("/dsr/test", Instant.now(),
                new ErasureEvents.RecordsErased("case-1", RequestType.CONSENT_WITHDRAWAL, "de", null, null, null, null,
                        null, null)));

        ErasureEvents.RecordsErased decoded = (ErasureEvents.RecordsErased) codec.decode(headers, json).data();

        assertThat(decoded.kept().get(0).reasonCode()).isNull();
        assertThat(decoded.kept().get(0).processingBases()).isNull();
        assertThat(decoded.restricted().get(0).reasonCode()).isNull();
        assertThat(decoded.continuing().get(0).purposeId()).isNull();
        assertThat(decoded.continuing().get(0).purpose()).isEqualTo("accounting vouchers");
    }

    @Test
    void restrictedRecordWrittenBeforePartsExistedDecodesAsOneWhole() {
        String json = """
                {"caseId":"case-1","requestType":"ERASURE","language":"de","records":[],
                 "restricted":[{"store":"crm","reference":"invoices/1","retentionCategory":"accounting-voucher",
                   "legalBasis":"§147 AO","holdUntil":"2027-12-31","erasableFrom":"2028-01-01"}],
                 "kept":[],"continuing":[],"recipientsInformed":[],"personal":null}""";

        ErasureEvents.RecordsErased decoded = (ErasureEvents.RecordsErased) codec.decode(headersOfRecordsErased(),
                json).data();

        assertThat(decoded.restricted().get(0).parts()).isEmpty();
    }

    @Test
    void eachPartOfARestrictedMailIsCarriedWithItsCategoryAndDate() {
        ErasureEvents.RecordsErased sent = new ErasureEvents.RecordsErased("case-1", RequestType.ERASURE, "de",
                List.of(), List.of(new ErasureEvents.RestrictedRecord("mail", "imap://info/INBOX;UIDVALIDITY=1/;UID=9",
                        "accounting-voucher", "§147 AO", LocalDate.parse("2026-12-31"), LocalDate.parse("2027-01-01"),
                        LocalDate.parse("2018-03-12"), ErasureEvents.ReasonCode.RETENTION_HOLD, List.of(
                                new ErasureEvents.RestrictedPart(Finding.PartKind.BODY, "commercial-letter",
                                        LocalDate.parse("2025-01-01"), null),
                                new ErasureEvents.RestrictedPart(Finding.PartKind.ATTACHMENTS, "accounting-voucher",
                                        LocalDate.parse("2027-01-01"), null)))),
                List.of(), List.of(), List.of(), null);

        ErasureEvents.RecordsErased decoded = (ErasureEvents.RecordsErased) codec.decode(headersOfRecordsErased(),
                codec.encode(sent)).data();

        assertThat(decoded.restricted().get(0).parts()).isEqualTo(sent.restricted().get(0).parts());
    }

    private Map<String, String> headersOfRecordsErased() {
        return codec.headers(EventEnvelope.of("/dsr/test", Instant.now(),
                new ErasureEvents.RecordsErased("case-1", RequestType.ERASURE, "de", null, null, null, null, null,
                        null)));
    }

    @Test
    void aLiftAnnouncementWrittenBeforeItsReasonToEndExistedStillDecodesWithTheAccuracyChecksResultAsItsEnd() {
        String json = """
                {"caseId":"case-2","language":"de","ground":"ACCURACY_CONTESTED","accuracyCheck":"RECTIFIED",
                 "records":[],"requestedBy":"assistant","requestedAt":"2026-11-01T09:00:00Z",
                 "personal":{"email":"erika@example.org","name":"Erika Mustermann"}}""";
        Map<String, String> headers = codec.headers(EventEnvelope.of("/dsr/test", Instant.now(),
                new ErasureEvents.RestrictionLiftAnnounced("case-2", "de", null, null, null, null, null, null)));

        ErasureEvents.RestrictionLiftAnnounced decoded =
                (ErasureEvents.RestrictionLiftAnnounced) codec.decode(headers, json).data();

        assertThat(decoded.end()).isEqualTo(RestrictionEnd.RECTIFIED);
        assertThat(decoded.personal().person()).isEqualTo(new Person("erika@example.org", "Erika Mustermann"));
        assertThat(decoded.personal().overridingGrounds()).isNull();
    }

    @Test
    void aLiftAnnouncementOfAnotherGroundWrittenBeforeItsReasonToEndExistedDecodesWithoutOne() {
        String json = """
                {"caseId":"case-3","language":"en","ground":"OBJECTION_PENDING","accuracyCheck":null,"records":[],
                 "requestedBy":"assistant","requestedAt":"2026-11-01T09:00:00Z","personal":null}""";
        Map<String, String> headers = codec.headers(EventEnvelope.of("/dsr/test", Instant.now(),
                new ErasureEvents.RestrictionLiftAnnounced("case-3", "en", null, null, null, null, null, null)));

        ErasureEvents.RestrictionLiftAnnounced decoded =
                (ErasureEvents.RestrictionLiftAnnounced) codec.decode(headers, json).data();

        assertThat(decoded.end()).as("the notice then claims no reason it cannot know").isNull();
        assertThat(decoded.records()).isEmpty();
    }
}
