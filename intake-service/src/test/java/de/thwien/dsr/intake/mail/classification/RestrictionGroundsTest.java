package de.thwien.dsr.intake.mail.classification;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.RestrictionGround;
import org.junit.jupiter.api.Test;

class RestrictionGroundsTest {

    private final RestrictionGrounds grounds = new RestrictionGrounds();

    @Test
    void aContestedAddressIsGroundA() {
        assertThat(grounds.of("Einschränkung der Verarbeitung", "Meine Adresse bei Ihnen ist falsch. Bitte schränken"
                + " Sie die Verarbeitung ein, bis das geklärt ist.")).isEqualTo(RestrictionGround.ACCURACY_CONTESTED);
        assertThat(grounds.of("Restriction of processing", "The data you hold about me is inaccurate."))
                .isEqualTo(RestrictionGround.ACCURACY_CONTESTED);
    }

    @Test
    void unlawfulProcessingWithRestrictionInsteadOfErasureIsGroundB() {
        assertThat(grounds.of("Art. 18", "Die Verarbeitung ist unrechtmäßig. Ich möchte keine Löschung, sondern"
                + " Einschränkung.")).isEqualTo(RestrictionGround.UNLAWFUL_PROCESSING);
        assertThat(grounds.of(null, "Please restrict processing instead of deletion."))
                .isEqualTo(RestrictionGround.UNLAWFUL_PROCESSING);
    }

    @Test
    void dataNeededForALawsuitIsGroundC() {
        assertThat(grounds.of("Einschränkung der Verarbeitung", "Ich brauche die Unterlagen für einen Rechtsstreit."))
                .isEqualTo(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS);
        assertThat(grounds.of("Restriction of processing", "I need the records for a lawsuit."))
                .isEqualTo(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS);
    }

    @Test
    void aPendingObjectionIsGroundD() {
        assertThat(grounds.of("Einschränkung der Verarbeitung", "Ich habe Widerspruch eingelegt."))
                .isEqualTo(RestrictionGround.OBJECTION_PENDING);
        assertThat(grounds.of(null, "I objected to the processing last week."))
                .isEqualTo(RestrictionGround.OBJECTION_PENDING);
    }

    @Test
    void noGroundOrTwoGroundsLeaveTheChoiceToTheAssistant() {
        assertThat(grounds.of("Einschränkung der Verarbeitung", "Bitte schränken Sie die Verarbeitung ein.")).isNull();
        assertThat(grounds.of(null, "My address is wrong and I need it for a lawsuit.")).isNull();
    }

    @Test
    void quotedEarlierMailDecidesNothing() {
        assertThat(grounds.of("Re: Ihr Antrag", "Bitte einschränken.\n\n> Ihre Adresse ist falsch?")).isNull();
    }
}
