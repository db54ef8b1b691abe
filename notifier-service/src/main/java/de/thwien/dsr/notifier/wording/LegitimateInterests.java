package de.thwien.dsr.notifier.wording;

/**
 * The legitimate interest behind processing on Art. 6(1)(f) GDPR, which a notice must name (Art. 13(1)(d) GDPR),
 * per retention category of the records, in the notice's language. The interests are the ones the operator's
 * privacy policy states; an unknown category refers to it.
 */
public final class LegitimateInterests {

    private LegitimateInterests() {
    }

    public static String of(String category, NoticeLanguage language) {
        String known = category == null ? "" : category;
        return switch (known) {
            case "general-correspondence", "voicemail" -> language.pick(
                    "Ihre Nachrichten zu beantworten und unseren Schriftverkehr mit Ihnen nachvollziehen zu können",
                    "answering your messages and keeping track of our correspondence with you");
            case "conference-account" -> language.pick(
                    "unseren Nutzerinnen und Nutzern zu ermöglichen, Teilnehmende zu ihren Web-Konferenzen einzuladen",
                    "letting our users invite participants to their web conferences");
            case "conference-log", "web-server-log" -> language.pick(
                    "die technische Verfügbarkeit unserer Internetdienste und die Abwehr von Angriffsversuchen",
                    "keeping our internet services available and fending off attacks");
            default -> language.pick("wie in unserer Datenschutzerklärung beschrieben",
                    "as described in our privacy policy");
        };
    }
}
