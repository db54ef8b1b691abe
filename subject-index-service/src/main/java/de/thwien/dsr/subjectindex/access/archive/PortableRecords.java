package de.thwien.dsr.subjectindex.access.archive;

import de.thwien.dsr.connectors.identity.EmailNormaliser;
import de.thwien.dsr.connectors.spi.ExportedRecord;
import de.thwien.dsr.events.Finding;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which records the Art. 20 export holds: those the requester provided, processed on her consent or on a contract
 * with her (Art. 20(1)(a) with Art. 6(1)(a) or (b)). The basis is the one the store's mapping (or the mail
 * classification) gives the record: a record processed on a legal obligation (an invoice kept under Art. 6(1)(c)) or
 * on a legitimate interest (Art. 6(1)(f)) is not portable. A message is hers to take along only when she sent it
 * (its sender field: {@code from} of a mail, {@code email_from} of a CRM message); a record without a sender (her
 * customer account, her conference account) she provided herself.
 */
public final class PortableRecords {

    /** The fields that name a message's sender, as the connectors export them. */
    private static final List<String> SENDER_FIELDS = List.of("from", "email_from");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>,;\"']+@[^\\s<>,;\"']+");
    private static final Pattern CONSENT_OR_CONTRACT = Pattern.compile("^\\s*Art\\.\\s*6\\s*\\(1\\)\\s*\\(([ab])\\)");

    private PortableRecords() {
    }

    /** Whether the record goes into the export of the requester with this address. */
    public static boolean portable(Finding finding, ExportedRecord record, String requesterEmail) {
        return onConsentOrContract(finding.legalBasis()) && providedBy(record, requesterEmail);
    }

    /**
     * Whether the basis the record is processed on is consent or contract. Only the first basis counts: a mail
     * processed for a contract and kept under a legal obligation ("Art. 6(1)(b) GDPR (contract); kept under
     * Art. 6(1)(c) …") is still processed for the contract.
     */
    static boolean onConsentOrContract(String legalBasis) {
        return legalBasis != null && CONSENT_OR_CONTRACT.matcher(legalBasis).find();
    }

    /** A message she sent, or a record without a sender. */
    static boolean providedBy(ExportedRecord record, String requesterEmail) {
        Optional<String> requester = EmailNormaliser.canonical(requesterEmail);
        for (String field : SENDER_FIELDS) {
            if (record.fields().containsKey(field)) {
                Object sender = record.fields().get(field);
                return requester.isPresent() && sender != null && sentBy(sender.toString(), requester.get());
            }
        }
        return true;
    }

    private static boolean sentBy(String sender, String requester) {
        Matcher addresses = ADDRESS.matcher(sender);
        while (addresses.find()) {
            if (EmailNormaliser.canonical(addresses.group()).filter(requester::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
