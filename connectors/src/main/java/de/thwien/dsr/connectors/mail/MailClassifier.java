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
 *       transaction signal ({@link #signalsATransaction}): in the mail itself, or in another mail of its
 *       thread ({@link MailThreads}), so that the inquiry and the offer that led to an order are business
 *       letters as much as the order confirmation.</li>
 *   <li><b>general-correspondence</b>: everything else, including offers that were never
 *       accepted, general questions and words about payment or complaints without any transaction, and a
 *       customer's mails that are not about a transaction (a greeting, a call to arrange).</li>
 * </ol>
 * The rules decide a default; the assistant can reclassify a message later.
 */
public final class MailClassifier {

    static final Pattern INVOICE_WORDS = Pattern.compile(
            "rechnung|invoice|gutschrift|credit[ _-]?note|beleg|quittung|receipt|xrechnung|zugferd|factur-x");

    /** Whole words (or word starts), so that "border" is no order and "im Auftrag" in a signature no contract. */
    static final Pattern TRANSACTION_WORDS = Pattern.compile("\\b(" + String.join("|",
            "bestellung", "bestellnummer", "bestellt", "auftragsnummer", "ihr(en)? auftrag",
            "vertrag", "vertrags", "kündigung", "lieferung", "lieferschein", "lieferdatum", "versand",
            "reklamation", "beschwerde", "mängel", "mangelhaft", "zahlung", "überweisung", "zahlungserinnerung",
            "mahnung", "storno", "stornierung", "rückerstattung",
            "your order", "order number", "contract", "delivery", "shipment", "complaint", "defect(ive)?", "payment",
            "refund", "cancellation") + ")", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * The conclusion of a contract in so many words: an order confirmed, an order placed, an offer accepted. Such
     * a mail shows a transaction by itself, from anyone; an offer alone does not (LEGAL.md §3: offers never
     * accepted are general correspondence).
     */
    static final Pattern CONCLUSION_WORDS = Pattern.compile("\\b(" + String.join("|",
            "auftragsbestätigung", "bestellbestätigung", "bestätigen (wir |ich )?(hiermit )?(den|ihren|unseren) auftrag",
            "hiermit (bestätigen|erteilen) (wir|ich) (ihnen )?(den )?auftrag", "auftrag erteilt",
            "hiermit bestelle(n)? (wir|ich)", "bestelle(n)? (wir|ich) hiermit", "angebot angenommen",
            "nehme(n)? (ich |wir )?(ihr |das |unser )?angebot an", "annahme (ihres |des |unseres )?angebots",
            "order confirmation", "confirm(ing)? (your|the|our) order", "offer accepted",
            "accept(ed)? (your |the |our )?offer", "(we|i) hereby order", "purchase order") + ")",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** A number labelled as an order or invoice number, in any format: "Bestellnummer 4711", "order no. A-17". */
    static final Pattern LABELLED_NUMBER = Pattern.compile("\\b(" + String.join("|",
            "(bestell|auftrags|rechnungs)(nummer|-?nr\\.?)", "(bestellung|auftrag)", "(order|invoice)( number| no\\.?|)")
            + ")\\s*[:#]?\\s*[a-z]{0,3}-?\\d{3,}", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Set<String> AUDIO_EXTENSIONS = Set.of(".mp3", ".wav", ".ogg", ".m4a");

    private final MailClassificationRules rules;

    public MailClassifier(MailClassificationRules rules) {
        this.rules = rules;
    }

    /** A mail seen alone, without its thread and without knowing whether its counterpart is a customer. */
    public String classify(MailFacts mail) {
        return classify(mail, false, false);
    }

    /**
     * @param transactionInThread another mail of its thread shows a transaction ({@link MailThreads})
     * @param invoicedCounterpart the sender (the recipient of a sent mail) is a customer with an invoice in the CRM
     */
    public String classify(MailFacts mail, boolean transactionInThread, boolean invoicedCounterpart) {
        if (isVoicemail(mail)) {
            return RetentionCategory.VOICEMAIL.id();
        }
        if (carriesInvoice(mail)) {
            return RetentionCategory.ACCOUNTING_VOUCHER.id();
        }
        return transactionInThread || signalsATransaction(mail, invoicedCounterpart)
                ? RetentionCategory.COMMERCIAL_LETTER.id() : RetentionCategory.GENERAL_CORRESPONDENCE.id();
    }

    /**
     * Whether the mail by itself shows a transaction: an invoice attached; an invoice or order number in the
     * operator's format ({@link MailClassificationRules#invoiceNumberPattern()},
     * {@link MailClassificationRules#orderNumberPattern()}) or a labelled one ("Bestellnummer 4711", "order no.
     * 7781"); the conclusion of a contract in words ({@link #CONCLUSION_WORDS}); or words about a transaction
     * ({@link #TRANSACTION_WORDS}: a delivery, a payment, a complaint) between us and a customer with an invoice in
     * the CRM. A customer's mail about anything else is no business letter (LEGAL.md §3: only letters about a
     * transaction are), however good a customer he is. A voicemail shows none.
     *
     * @param invoicedCounterpart the sender (the recipient of a sent mail) is a customer with an invoice in the CRM
     */
    public boolean signalsATransaction(MailFacts mail, boolean invoicedCounterpart) {
        if (isVoicemail(mail)) {
            return false;
        }
        return carriesInvoice(mail) || hasTransactionNumber(mail) || says(mail, CONCLUSION_WORDS)
                || invoicedCounterpart && says(mail, TRANSACTION_WORDS);
    }

    /**
     * The category of the mail's body alone, for a mail whose attachment is a voucher: the attached invoice is
     * the transaction, so the body is a business letter when its words concern it (or another signal shows one);
     * a bare "documents attached" is not.
     *
     * @param transactionInThread another mail of its thread shows a transaction (its own voucher not counted)
     */
    public String bodyCategory(MailFacts mail, boolean transactionInThread, boolean invoicedCounterpart) {
        boolean aboutTheInvoice = says(mail, TRANSACTION_WORDS) || says(mail, INVOICE_WORDS);
        MailFacts body = new MailFacts(mail.fromAddress(), mail.subject(), mail.text(), null, mail.sentFolder());
        return aboutTheInvoice ? RetentionCategory.COMMERCIAL_LETTER.id()
                : classify(body, transactionInThread, invoicedCounterpart);
    }

    /** Whether the mail carries an invoice: then it has a body and a voucher part with holds of their own. */
    public boolean carriesVoucher(MailFacts mail) {
        return !isVoicemail(mail) && carriesInvoice(mail);
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

    private static boolean says(MailFacts mail, Pattern words) {
        return words.matcher(lower(mail.subject())).find() || words.matcher(lower(mail.text())).find();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
