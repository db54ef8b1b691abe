package de.thwien.dsr.benchmarks;

/**
 * The synthetic people of a run, derived from their number alone so that mails, CRM rows and
 * lookups agree without keeping a list. Names repeat (40 first names × 50 surnames) like in a real
 * customer base, so name keys hit many records; addresses and phone numbers are unique.
 */
final class BenchmarkPeople {

    private static final String[] FIRST = {"Anna", "Bernd", "Claudia", "Dieter", "Elke", "Frank", "Gabi", "Heinz",
        "Ingrid", "Jürgen", "Karin", "Lutz", "Monika", "Norbert", "Olga", "Peter", "Renate", "Stefan", "Tanja", "Uwe",
        "Vera", "Werner", "Xenia", "Yvonne", "Zoran", "Jörg", "Bärbel", "Günther", "Sören", "Maik", "Ute", "Heike",
        "Klaus", "Sabine", "Thomas", "Birgit", "Michael", "Petra", "Andreas", "Susanne"};
    private static final String[] LAST = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
        "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
        "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
        "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König",
        "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn",
        "Schubert"};
    private static final String[] DOMAINS = {"example.com", "example.org", "example.net", "beispiel.de",
        "kunden.example"};

    private BenchmarkPeople() {
    }

    /** @param id 1-based, the partner id in the CRM */
    static String name(long id) {
        return FIRST[(int) (id % FIRST.length)] + " " + LAST[(int) ((id / FIRST.length) % LAST.length)];
    }

    static String email(long id) {
        return "kunde" + id + "@" + DOMAINS[(int) (id % DOMAINS.length)];
    }

    /** German national format, as customers write it; the index keeps E.164. */
    static String phone(long id) {
        return "030 " + (2_000_000 + id);
    }
}
