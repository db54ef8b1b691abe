package de.thwien.dsr.connectors.conference;

/** The BBB API could not be called or answered {@code FAILED}; {@link #messageKey()} is BBB's reason. */
public class BbbApiException extends Exception {

    private final String messageKey;

    public BbbApiException(String messageKey, String message, Throwable cause) {
        super(message, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
