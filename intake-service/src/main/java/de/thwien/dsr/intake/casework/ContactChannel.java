package de.thwien.dsr.intake.casework;

/** How the assistant reaches a requester whom mail does not reach. */
public enum ContactChannel {
    LETTER("channelLetter"),
    PHONE("channelPhone"),
    OTHER("channelOther");

    private final String messageKey;

    ContactChannel(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Its name in the page texts (OTHER alone is taken there by the rejection reason). */
    public String messageKey() {
        return messageKey;
    }
}
