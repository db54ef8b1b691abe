package de.thwien.dsr.erasure.retention.rules;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.erasure.retention.ConfiguredDeletionConcept;
import de.thwien.dsr.erasure.retention.rules.RetentionDecision.Decision;
import de.thwien.dsr.events.Finding.Part;
import de.thwien.dsr.events.Finding.PartKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LEGAL.md §3: each part of a record is kept only as long as its own hold. */
class PartHoldsTest {

    private static final List<Part> VOUCHER_MAIL = List.of(new Part(PartKind.BODY, "commercial-letter"),
            new Part(PartKind.ATTACHMENTS, "accounting-voucher"));

    private final RetentionPolicy policy = ConfiguredDeletionConcept.policy();

    @Test
    void aVoucherMailOf2018KeepsItsBodyUntilEndOf2024AndItsAttachmentUntilEndOf2026() {
        PartHolds holds = PartHolds.evaluate(policy, VOUCHER_MAIL, parse("2018-03-15"), parse("2024-06-01"));

        assertThat(holds.of(PartKind.BODY).holdUntil()).isEqualTo(parse("2024-12-31"));
        assertThat(holds.of(PartKind.BODY).erasableFrom()).isEqualTo(parse("2025-01-01"));
        assertThat(holds.of(PartKind.ATTACHMENTS).holdUntil()).isEqualTo(parse("2026-12-31"));
        assertThat(holds.of(PartKind.ATTACHMENTS).erasableFrom()).isEqualTo(parse("2027-01-01"));
        assertThat(holds.wholeRecord().holdUntil()).isEqualTo(parse("2026-12-31"));
        assertThat(holds.wholeRecord().legalBasis()).contains("§147(1) Nr. 4");
        assertThat(holds.partToEraseFirst()).contains(PartKind.BODY);
    }

    @Test
    void in2025TheBodyOfThe2018VoucherMailGoesAndTheAttachmentStays() {
        PartHolds holds = PartHolds.evaluate(policy, VOUCHER_MAIL, parse("2018-03-15"), parse("2025-03-01"));

        assertThat(holds.of(PartKind.BODY).decision()).isEqualTo(Decision.ERASE);
        assertThat(holds.of(PartKind.ATTACHMENTS).decision()).isEqualTo(Decision.RESTRICT);
        assertThat(holds.wholeRecord().decision()).isEqualTo(Decision.RESTRICT);
        assertThat(holds.partToEraseFirst()).contains(PartKind.BODY);
    }

    @Test
    void aBodyThatConcernsNoTransactionHasNoHoldAtAll() {
        PartHolds holds = PartHolds.evaluate(policy, List.of(new Part(PartKind.BODY, "general-correspondence"),
                new Part(PartKind.ATTACHMENTS, "accounting-voucher")), parse("2024-02-20"), parse("2026-11-26"));

        assertThat(holds.of(PartKind.BODY).decision()).isEqualTo(Decision.ERASE);
        assertThat(holds.wholeRecord().holdUntil()).isEqualTo(parse("2032-12-31"));
        assertThat(holds.partToEraseFirst()).contains(PartKind.BODY);
    }

    @Test
    void whenEveryHoldHasEndedTheWholeRecordGoesAndNoPartIsErasedFirst() {
        PartHolds holds = PartHolds.evaluate(policy, VOUCHER_MAIL, parse("2018-03-15"), parse("2027-01-01"));

        assertThat(holds.wholeRecord().decision()).isEqualTo(Decision.ERASE);
        assertThat(holds.partToEraseFirst()).isEmpty();
    }
}
