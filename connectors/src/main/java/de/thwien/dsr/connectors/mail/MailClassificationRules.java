package de.thwien.dsr.connectors.mail;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The operator-specific parts of {@link MailClassifier}.
 *
 * @param voicemailSenderDomains domains the phone provider sends voicemail from (e.g. {@code sipgate.de})
 * @param invoiceNumberPattern   the operator's invoice numbers, as in the CRM (Odoo: {@code INV/2024/0007})
 * @param orderNumberPattern     the operator's order numbers, as in the CRM (Odoo: {@code S00042}, {@code P00017})
 */
public record MailClassificationRules(List<String> voicemailSenderDomains, Pattern invoiceNumberPattern,
        Pattern orderNumberPattern) {

    /** Odoo's default invoice and vendor-bill numbering. */
    public static final Pattern ODOO_INVOICE_NUMBERS = Pattern.compile("\\b(INV|BILL|RINV|RBILL)/\\d{4}/\\d{2,}\\b");
    /** The voicemail sender domains when none are configured ({@code dsr.stores.mail.voicemail-sender-domains}). */
    public static final List<String> DEFAULT_VOICEMAIL_SENDER_DOMAINS = List.of("sipgate.de");

    /** Odoo's default sale and purchase order numbering. */
    public static final Pattern ODOO_ORDER_NUMBERS = Pattern.compile("\\b[SP]\\d{5,}\\b");

    public MailClassificationRules {
        voicemailSenderDomains = List.copyOf(voicemailSenderDomains);
    }

    public static MailClassificationRules defaults(List<String> voicemailSenderDomains) {
        return new MailClassificationRules(voicemailSenderDomains, ODOO_INVOICE_NUMBERS, ODOO_ORDER_NUMBERS);
    }
}
