package de.thwien.dsr.erasure.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.erasure.rectification.CorrectedIdentifierRule.Kind;
import de.thwien.dsr.erasure.rectification.CorrectedIdentifierRule.Outcome;
import de.thwien.dsr.erasure.rectification.CorrectedIdentifierRule.StoredRecord;
import de.thwien.dsr.erasure.rectification.CorrectedIdentifierRule.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorrectedIdentifierRuleTest {

    private static final StoredRecord HER_PARTNER = new StoredRecord("crm", "res_partner/1");
    private static final StoredRecord HER_LEAD = new StoredRecord("crm", "crm_lead/1");
    private static final StoredRecord HIS_PARTNER = new StoredRecord("crm", "res_partner/3");
    private static final StoredRecord HIS_MAIL = new StoredRecord("mail", "imap://info/INBOX;7");
    private static final Set<StoredRecord> HER_CASE = Set.of(HER_PARTNER, HER_LEAD);

    @Test
    void aValueNobodyHoldsIsAccepted() {
        assertThat(CorrectedIdentifierRule.decide(Optional.of(List.of()), HER_CASE, false))
                .isEqualTo(new Verdict(Outcome.ACCEPTED, Set.of()));
    }

    @Test
    void aValueOnlyRecordsOfHerOwnCaseHoldIsAccepted() {
        assertThat(CorrectedIdentifierRule.decide(Optional.of(List.of(HER_LEAD, HER_PARTNER)), HER_CASE, false)
                .outcome()).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void anotherPersonsIdentifierIsRefusedNamingHisStoresOnce() {
        Verdict verdict = CorrectedIdentifierRule.decide(Optional.of(List.of(HIS_MAIL, HER_LEAD, HIS_PARTNER,
                new StoredRecord("crm", "account_move/4"))), HER_CASE, false);

        assertThat(verdict.outcome()).isEqualTo(Outcome.REFUSED_HELD_BY_OTHERS);
        assertThat(verdict.storesOfOthers()).containsExactly("crm", "mail");
    }

    @Test
    void anotherPersonsIdentifierIsAcceptedOnlyWithTheAssistantsConfirmation() {
        Verdict verdict = CorrectedIdentifierRule.decide(Optional.of(List.of(HIS_PARTNER)), HER_CASE, true);

        assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED_AS_CONFIRMED);
        assertThat(verdict.storesOfOthers()).containsExactly("crm");
    }

    @Test
    void aValueTheIndexCouldNotBeAskedAboutIsNotTrustedWithoutConfirmation() {
        assertThat(CorrectedIdentifierRule.decide(Optional.empty(), HER_CASE, false))
                .isEqualTo(new Verdict(Outcome.REFUSED_UNCHECKED, Set.of()));
        assertThat(CorrectedIdentifierRule.decide(Optional.empty(), HER_CASE, true))
                .isEqualTo(new Verdict(Outcome.ACCEPTED_AS_CONFIRMED, Set.of()));
    }

    @Test
    void emailPhoneAndMobileFieldsAreIdentifiersAndAnAddressLineIsNot() {
        assertThat(Kind.of("email")).isEqualTo(Kind.EMAIL);
        assertThat(Kind.of("email_from")).isEqualTo(Kind.EMAIL);
        assertThat(Kind.of("phone")).isEqualTo(Kind.PHONE);
        assertThat(Kind.of("mobile")).isEqualTo(Kind.PHONE);
        assertThat(Kind.of("street")).isEqualTo(Kind.NONE);
        assertThat(Kind.of("name")).isEqualTo(Kind.NONE);
    }
}
