package de.thwien.dsr.notifier.delivery;

/** A notice ready to send: a one-line subject, a plain-text body and its HTML alternative. */
public record RenderedNotice(String subject, String text, String html) {

    public RenderedNotice {
        // a subject is a header: line breaks in it could forge further headers
        subject = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
