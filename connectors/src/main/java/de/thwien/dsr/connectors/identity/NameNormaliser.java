package de.thwien.dsr.connectors.identity;

import org.apache.commons.codec.language.ColognePhonetic;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Name keys. {@link #folded} folds case and German umlauts (ä→ae, ö→oe, ü→ue, ß→ss), strips other
 * accents and punctuation and sorts the tokens, so "Müller, Hans" and "hans mueller" meet.
 * {@link #phonetic} is the sorted Kölner Phonetik codes of those tokens ("Meier" ≈ "Maier" ≈ "Mayer").
 * A single token (a first name alone) gives no key: it would match far too many strangers.
 */
public final class NameNormaliser {

    private static final ColognePhonetic COLOGNE = new ColognePhonetic();
    // compiled once: the mail crawl folds every display name and every name found in a text
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private NameNormaliser() {
    }

    public static Optional<String> folded(String name) {
        List<String> tokens = tokens(name);
        return tokens.size() < 2 ? Optional.empty() : Optional.of(String.join(" ", tokens));
    }

    public static Optional<String> phonetic(String name) {
        List<String> codes = tokens(name).stream()
                .map(COLOGNE::colognePhonetic)
                .filter(code -> !code.isEmpty())
                .sorted()
                .toList();
        return codes.size() < 2 ? Optional.empty() : Optional.of(String.join(" ", codes));
    }

    static List<String> tokens(String name) {
        if (name == null) {
            return List.of();
        }
        String folded = name.toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        // the umlauts are spelled out above; any other accent (é, ø is no accent) is dropped
        String withoutAccents = ACCENTS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        return Arrays.stream(NON_LETTERS.split(withoutAccents))
                .filter(token -> token.length() > 1)
                .sorted()
                .collect(Collectors.toList());
    }
}
