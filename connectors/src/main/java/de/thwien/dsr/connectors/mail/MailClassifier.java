package de.thwien.dsr.connectors.mail;

import de.thwien.dsr.connectors.mail.MailFacts.Attachment;
import de.thwien.dsr.events.RetentionCategory;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Retention category of a mail (LEGAL.md §3). The rules, first match wins:
 * <ol>
 *   <li><b>voicemail</b>: an MP3 (or other audio) attachment from one of the configured phone
 *       provider sender domains ({@link MailClassificationRules#voicemailSenderDomains()}).</li>
 *   <li><b>accounting-voucher</b>: an invoice is attached (an attachment whose name says
 *       Rechnung/Invoice/Gutschrift/Credit note/Beleg/Quittung/Receipt, or an XRechnung/ZUGFeRD XML),
 *       or the subject says it is an invoice and a PDF or XML is attached — sent or received alike
 *       (§147(1) Nr. 4 AO covers both).</li>
 *   <li><b>commercial-letter</b>: subject or text is about a transaction — order, order
 *       confirmation, contract, an accepted offer, delivery, complaint, payment, dunning,
 *       cancellation or refund (German and English keywords, {@link #TRANSACTION_WORDS}) — or it
 *       names an invoice number in the operator's format
 *       ({@link MailClassificationRules#invoiceNumberPattern()}), which links it to a CRM invoice;
 *       or it answers a message of the same thread that was itself a commercial letter or voucher
 *       (In-Reply-To/References; the reader looks the referenced message up in the account).</li>
 *   <li><b>general-correspondence</b>: everything else, including offers that were never
 *       accepted and general questions.</li>
 * </ol>
 * The rules decide a default; the assistant can reclassify a message later.
 */
public final class MailClassifier {

    static final Pattern INVOICE_WORDS = Pattern.compile(
            "rechnung|invoice|gutschrift|credit[ _-]?note|beleg|quittung|receipt|xrechnung|zugferd|factur-x");

    /** Whole words (or word starts), so that "border" is no order and "im Auftrag" in a signature no contract. */
    static final Pattern TRANSACTION_WORDS = Pattern.compile("\\b(" + String.join("|",
            "bestellung", "bestellnummer", "bestellt", "auftragsbestätigung", "auftragsnummer", "ihr(en)? auftrag",
            "vertrag", "vertrags", "kündigung", "angebot angenommen", "nehme(n)? (ich |wir )?(ihr |das )?angebot an",
            "annahme (ihres |des )?angebots", "lieferung", "lieferschein", "lieferdatum", "versand",
            "reklamation", "beschwerde", "mängel", "mangelhaft", "zahlung", "überweisung", "zahlungserinnerung",
            "mahnung", "storno", "stornierung", "rückerstattung",
            "your order", "order confirmation", "order number", "purchase order", "contract", "offer accepted",
            "accept(ed)? (your |the )?offer", "delivery", "shipment", "complaint", "defect(ive)?", "payment",
            "refund", "cancellation") + ")", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Set<String> AUDIO_EXTENSIONS = Set.of(".mp3", ".wav", ".ogg", ".m4a");

    private final MailClassificationRules rules;

    public MailClassifier(MailClassificationRules rules) {
        this.rules = rules;
    }

    /** @param threadCategory the category of the message this one answers, if known; otherwise null */
    public String classify(MailFacts mail, String threadCategory) {
        if (isVoicemail(mail)) {
            return RetentionCategory.VOICEMAIL.id();
        }
        if (carriesInvoice(mail)) {
            return RetentionCategory.ACCOUNTING_VOUCHER.id();
        }
        if (isAboutTransaction(mail) || isTransactional(threadCategory)) {
            return RetentionCategory.COMMERCIAL_LETTER.id();
        }
        return RetentionCategory.GENERAL_CORRESPONDENCE.id();
    }

    static boolean isTransactional(String category) {
        return RetentionCategory.COMMERCIAL_LETTER.id().equals(category)
                || RetentionCategory.ACCOUNTING_VOUCHER.id().equals(category);
    }

    private boolean isVoicemail(MailFacts mail) {
        String from = mail.fromAddress() == null ? "" : mail.fromAddress();
        String domain = from.substring(from.indexOf('@') + 1);
        boolean fromProvider = rules.voicemailSenderDomains().stream()
                .anyMatch(provider -> domain.equals(provider) || domain.endsWith("." + provider));
        return fromProvider && mail.attachments().stream().anyMatch(MailClassifier::isAudio);
    }

    private static boolean isAudio(Attachment attachment) {
        String name = lower(attachment.fileName());
        return lower(attachment.contentType()).startsWith("audio/")
                || AUDIO_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static boolean carriesInvoice(MailFacts mail) {
        boolean invoiceNamed = mail.attachments().stream()
                .anyMatch(attachment -> INVOICE_WORDS.matcher(lower(attachment.fileName())).find());
        boolean documentAttached = mail.attachments().stream().anyMatch(MailClassifier::isDocument);
        return invoiceNamed || documentAttached && INVOICE_WORDS.matcher(lower(mail.subject())).find();
    }

    private static boolean isDocument(Attachment attachment) {
        String name = lower(attachment.fileName());
        String type = lower(attachment.contentType());
        return name.endsWith(".pdf") || name.endsWith(".xml") || type.startsWith("application/pdf")
                || type.contains("xml");
    }

    private boolean isAboutTransaction(MailFacts mail) {
        String subject = lower(mail.subject());
        String text = lower(mail.text());
        return TRANSACTION_WORDS.matcher(subject).find() || TRANSACTION_WORDS.matcher(text).find()
                || rules.invoiceNumberPattern().matcher(mail.subject()).find()
                || rules.invoiceNumberPattern().matcher(mail.text()).find();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
