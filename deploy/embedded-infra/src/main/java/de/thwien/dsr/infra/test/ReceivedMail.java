package de.thwien.dsr.infra.test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One message as a mailbox user sees it over IMAP.
 *
 * @param text    the text/plain body (the text/plain part of a multipart message) with \n line ends,
 *                empty if there is none
 * @param headers every header by name as sent (repeated headers keep their order)
 */
public record ReceivedMail(
        String subject,
        String from,
        List<String> to,
        String text,
        Optional<String> messageId,
        Optional<String> inReplyTo,
        Map<String, List<String>> headers) {

    /** First value of a header, matched case-insensitively like mail headers are. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst();
    }
}
