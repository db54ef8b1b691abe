package de.thwien.dsr.subjectindex.access.archive;

import java.util.regex.Pattern;

/**
 * Names of files in the package from what a record says (a subject, an attachment's name): a number first, so names
 * never collide; only letters, digits and a few marks, never a path, so a hostile name cannot leave its folder.
 */
final class FileNames {

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N} ._()+-]+");
    private static final int MAX = 80;

    private FileNames() {
    }

    static String numbered(int number, String name) {
        return String.format("%03d %s", number, safe(name));
    }

    static String numbered(int number, int part, String name) {
        return String.format("%03d-%d %s", number, part, safe(name));
    }

    static String safe(String name) {
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        String cleaned = UNSAFE.matcher(last).replaceAll("_").strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        if (cleaned.length() > MAX) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
            cleaned = cleaned.substring(0, MAX - extension.length()) + extension;
        }
        return cleaned.isBlank() ? "file" : cleaned;
    }
}
