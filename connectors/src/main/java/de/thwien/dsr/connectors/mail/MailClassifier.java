package de.thwien.dsr.connectors.mail;

import de.thwien.dsr.connectors.mail.MailFacts.Attachment;
import de.thwien.dsr.events.RetentionCategory;
import java.util.List;
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
 *       (§147(1) Nr. 4 AO covers both). Such a mail has two parts with holds of their own
 *       ({@link #bodyCategory}): the attachment is the voucher, the body a business letter only when
 *       it concerns the transaction.</li>
 *   <li><b>commercial-letter</b>: a business letter concerns a transaction (its preparation,
 *       conclusion, performance or reversal), so a word about one is not enough; it needs a
 *       transaction signal: an invoice or order number in the operator's format
 *       ({@link MailClassificationRules#invoiceNumberPattern()}, {@link MailClassificationRules#orderNumberPattern()})
 *       or a labelled one ("Bestellnummer 4711", "order no. 7781"); or it answers a message of the same
 *       thread that was itself a commercial letter or voucher (In-Reply-To/References; the reader looks
 *       the referenced message up in the account); or it is about a transaction ({@link #TRANSACTION_WORDS})
 *       and its counterpart (the sender, or the recipient of a sent mail) is a customer with an invoice in
 *       the CRM.</li>
 *   <li><b>general-correspondence</b>: everything else, including offers that were never
 *       accepted, general questions and words about payment or complaints without any transaction.</li>
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

    /** A number labelled as an order or invoice number, in any format: "Bestellnummer 4711", "order no. A-17". */
    static final Pattern LABELLED_NUMBER = Pattern.compile("\\b(" + String.join("|",
            "(bestell|auftrags|rechnungs)(nummer|-?nr\\.?)", "(bestellung|auftrag)", "(order|invoice)( number| no\\.?|)")
            + ")\\s*[:#]?\\s*[a-z]{0,3}-?\\d{3,}", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Set<String> AUDIO_EXTENSIONS = Set.of(".mp3", ".wav", ".ogg", ".m4a");

    private final MailClassificationRules rules;

    public MailClassifier(MailClassificationRules rules) {
        this.rules = rules;
    }

    /** @param threadCategory the category of the message this one answers, if known; otherwise null */
    public String classify(MailFacts mail, String threadCategory) {
        return classify(mail, threadCategory, false);
    }

    /**
     * @param threadCategory      the category of the message this one answers, if known; otherwise null
     * @param invoicedCounterpart the sender (the recipient of a sent mail) is a customer with an invoice in the CRM
     */
    public String classify(MailFacts mail, String threadCategory, boolean invoicedCounterpart) {
        if (isVoicemail(mail)) {
            return RetentionCategory.VOICEMAIL.id();
        }
        if (carriesInvoice(mail)) {
            return RetentionCategory.ACCOUNTING_VOUCHER.id();
        }
        boolean transaction = hasTransactionNumber(mail) || isTransactional(threadCategory)
                || invoicedCounterpart && talksAboutATransaction(mail);
        return transaction ? RetentionCategory.COMMERCIAL_LETTER.id() : RetentionCategory.GENERAL_CORRESPONDENCE.id();
    }

    /**
     * The category of the mail's body alone, for a mail whose attachment is a voucher: the attached invoice is
     * the transaction, so the body is a business letter when its words concern it (or another signal shows one);
     * a bare "documents attached" is not.
     */
    public String bodyCategory(MailFacts mail, String threadCategory, boolean invoicedCounterpart) {
        boolean aboutTheInvoice = talksAboutATransaction(mail)
                || INVOICE_WORDS.matcher(lower(mail.subject())).find() || INVOICE_WORDS.matcher(lower(mail.text())).find();
        MailFacts body = new MailFacts(mail.fromAddress(), mail.subject(), mail.text(), null, mail.sentFolder());
        return aboutTheInvoice ? RetentionCategory.COMMERCIAL_LETTER.id()
                : classify(body, threadCategory, invoicedCounterpart);
    }

    /** Whether the mail carries an invoice: then it has a body and a voucher part with holds of their own. */
    public boolean carriesVoucher(MailFacts mail) {
        return !isVoicemail(mail) && carriesInvoice(mail);
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

    private boolean hasTransactionNumber(MailFacts mail) {
        for (String text : List.of(mail.subject(), mail.text())) {
            if (rules.invoiceNumberPattern().matcher(text).find() || rules.orderNumberPattern().matcher(text).find()
                    || LABELLED_NUMBER.matcher(lower(text)).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean talksAboutATransaction(MailFacts mail) {
        return TRANSACTION_WORDS.matcher(lower(mail.subject())).find()
                || TRANSACTION_WORDS.matcher(lower(mail.text())).find();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
