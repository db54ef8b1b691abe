package de.thwien.dsr.connectors.conference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * BigBlueButton API checksum: hex digest of call name + query string + shared secret. SHA-256 by
 * default; SHA-1 for older servers that do not accept SHA-256; SHA-384 and SHA-512 where the server's
 * {@code supportedChecksumAlgorithms} is limited to them (BBB 2.6+).
 */
public enum BbbChecksum {
    SHA256("SHA-256"),
    SHA1("SHA-1"),
    SHA384("SHA-384"),
    SHA512("SHA-512");

    private final String algorithm;

    BbbChecksum(String algorithm) {
        this.algorithm = algorithm;
    }

    public String of(String callName, String queryString, String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            byte[] hash = digest.digest((callName + queryString + secret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
