package de.thwien.dsr.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void namedAndNumericEntitiesAreDecoded() {
        assertThat(HtmlText.of("Bitte um L&ouml;schung, J&#228;rgen &amp; Gr&#xFC;&szlig;e &euro; &lt;b&gt;"))
                .isEqualTo("Bitte um Löschung, Järgen & Grüße € <b>");
    }

    @Test
    void lineBreaksParagraphsDivisionsAndListItemsBecomeLines() {
        assertThat(HtmlText.of("<p>Sehr geehrte Damen und Herren,</p><div>ich bitte um<br>Auskunft:</div>"
                + "<ul><li>Kontaktdaten</li><li>Aufnahmen</li></ul>Gruß"))
                .isEqualTo("Sehr geehrte Damen und Herren,\nich bitte um\nAuskunft:\nKontaktdaten\nAufnahmen\nGruß");
    }

    @Test
    void nestedMarkupReadsAsItsTextWithSingleSpaces() {
        assertThat(HtmlText.of("<div><span>Bitte   <b><i>l&ouml;schen</i></b></span>\n Sie <a href=\"x\">alles</a></div>"))
                .isEqualTo("Bitte löschen Sie alles");
    }

    @Test
    void scriptsStylesAndTheHeadAreDropped() {
        assertThat(HtmlText.of("<html><head><title>Mail</title><style>p{color:red}</style></head>"
                + "<body><script>alert('löschen')</script><p>Bitte um Auskunft</p></body></html>"))
                .isEqualTo("Bitte um Auskunft");
    }

    @Test
    void textWithoutMarkupStaysAsItIsApartFromBlanks() {
        assertThat(HtmlText.of("  Bitte um Auskunft  ")).isEqualTo("Bitte um Auskunft");
    }
}
