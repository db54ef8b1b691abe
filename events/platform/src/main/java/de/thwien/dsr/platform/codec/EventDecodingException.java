package de.thwien.dsr.platform.codec;

/** A record that can never be turned into an event: retrying does not help, it goes to the DLQ. */
public class EventDecodingException extends RuntimeException {

    public EventDecodingException(String message) {
        super(message);
    }

    public EventDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
