package de.thwien.dsr.erasure.retention.rules;

/** The deletion concept has no rule for the category asked about. */
public class UnknownRetentionCategoryException extends RuntimeException {

    private final String category;

    public UnknownRetentionCategoryException(String category) {
        super("no deletion rule for category '" + category + "'");
        this.category = category;
    }

    public String category() {
        return category;
    }
}
