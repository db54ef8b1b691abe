package de.thwien.dsr.connectors.mail;

import de.thwien.dsr.connectors.spi.StoreUnavailableException;

/**
 * Whether an address belongs to a customer with an invoice in the CRM: one of the signals that a mail about a
 * transaction is a business letter ({@link MailClassifier}).
 */
@FunctionalInterface
public interface InvoicedCustomers {

    /** Without a CRM nobody counts as an invoiced customer: the other signals decide. */
    InvoicedCustomers NONE = address -> false;

    /** @param address a canonical e-mail address ({@code EmailNormaliser}) */
    boolean hasInvoice(String address) throws StoreUnavailableException;
}
