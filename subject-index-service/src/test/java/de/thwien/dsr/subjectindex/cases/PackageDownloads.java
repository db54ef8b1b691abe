package de.thwien.dsr.subjectindex.cases;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The requester's side of an access package: fetched behind its link, opened as the ZIP she gets. */
final class PackageDownloads {

    private PackageDownloads() {
    }

    /** The package behind {@code url}, which must answer 200 with a ZIP. */
    static byte[] download(String url) {
        return given().when().get(URI.create(url).getPath())
                .then().statusCode(200).contentType("application/zip")
                .extract().asByteArray();
    }

    /** As {@link #download(String)}, checking the file name her browser saves it under. */
    static byte[] download(String url, String fileName) {
        return given().when().get(URI.create(url).getPath())
                .then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .extract().asByteArray();
    }

        /** Every file of the ZIP by its name. */
    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
