package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.notifier.wording.NoticeLanguage;

/** What a test expects a notice to say, written out in both languages (the product reads its words from files). */
final class ExpectedWords {

    private ExpectedWords() {
    }

    /** The German or the English of two expected texts, as the notice's language is. */
    static String inEither(NoticeLanguage language, String german, String english) {
        return language == NoticeLanguage.DE ? german : english;
    }
}
