package de.thwien.dsr.connectors.identity;

import java.util.LinkedHashSet;
import java.util.Set;

/** Builds the index keys of raw values; unusable values give no key rather than a bad one. */
public final class Identifiers {

    private Identifiers() {
    }

    public static Set<Identifier> ofEmail(String address) {
        Set<Identifier> identifiers = new LinkedHashSet<>();
        EmailNormaliser.canonical(address).ifPresent(key -> identifiers.add(new Identifier(IdentifierKind.EMAIL, key)));
        return identifiers;
    }

    public static Set<Identifier> ofPhone(String number) {
        Set<Identifier> identifiers = new LinkedHashSet<>();
        PhoneNormaliser.e164(number).ifPresent(key -> identifiers.add(new Identifier(IdentifierKind.PHONE, key)));
        return identifiers;
    }

    public static Set<Identifier> ofName(String name) {
        Set<Identifier> identifiers = new LinkedHashSet<>();
        NameNormaliser.folded(name).ifPresent(key -> identifiers.add(new Identifier(IdentifierKind.NAME, key)));
        NameNormaliser.phonetic(name)
                .ifPresent(key -> identifiers.add(new Identifier(IdentifierKind.NAME_PHONETIC, key)));
        return identifiers;
    }

    /** All keys of a search or a verified subject; any argument may be null. */
    public static Set<Identifier> of(String email, String phone, String name) {
        Set<Identifier> identifiers = new LinkedHashSet<>(ofEmail(email));
        identifiers.addAll(ofPhone(phone));
        identifiers.addAll(ofName(name));
        return identifiers;
    }
}
