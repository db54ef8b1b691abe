package de.thwien.dsr.subjectindex.access.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void aPhoneNumberStaysAsStoredThoughItStartsWithAPlus() {
        assertThat(CsvTable.defused("+49 211 5550202")).isEqualTo("+49 211 5550202");
        assertThat(CsvTable.defused("+49 (0)2102 / 307-62-01")).isEqualTo("+49 (0)2102 / 307-62-01");
        assertThat(CsvTable.defused("02102 - 307 62 01")).isEqualTo("02102 - 307 62 01");
    }

    @Test
    void aValueASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
        assertThat(CsvTable.defused("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvTable.defused("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(CsvTable.defused("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(CsvTable.defused("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTable.defused("+49 211 555 SUM(A1)")).isEqualTo("'+49 211 555 SUM(A1)");
    }

    @Test
    void anOrdinaryValueStaysAsStored() {
        assertThat(CsvTable.defused("Jana Becker")).isEqualTo("Jana Becker");
        assertThat(CsvTable.defused("")).isEmpty();
    }
}
