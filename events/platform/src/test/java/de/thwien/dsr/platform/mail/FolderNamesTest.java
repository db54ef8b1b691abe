package de.thwien.dsr.platform.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FolderNamesTest {

    @Test
    void aSlashIsRefusedOnAServerThatSeparatesWithADotAndFineOnOneThatSeparatesWithASlash() {
        assertThat(FolderNames.problem("Archiv/Gesperrt", '.')).get().asString().contains("'/'").contains("'.'");
        assertThat(FolderNames.problem("Archiv/Gesperrt", '/')).isEmpty();
    }

    @Test
    void anEmptyLevelIsRefusedWhateverTheSeparator() {
        assertThat(FolderNames.problem("Archiv..Gesperrt", '.')).isPresent();
        assertThat(FolderNames.problem(".Gesperrt", '.')).isPresent();
        assertThat(FolderNames.problem("Gesperrt/", '/')).isPresent();
        assertThat(FolderNames.problem(" ", '.')).isPresent();
    }

    @Test
    void longAndNonAsciiNamesAndSubfoldersInTheServersOwnNotationAreFine() {
        assertThat(FolderNames.problem("DSR-Restricted", '.')).isEmpty();
        assertThat(FolderNames.problem("Archiv.Gesperrt nach Art. 18 DSGVO", '/')).isEmpty();
        assertThat(FolderNames.problem("Archiv.Geschäftsbriefe gesperrt", '.')).isEmpty();
    }
}
