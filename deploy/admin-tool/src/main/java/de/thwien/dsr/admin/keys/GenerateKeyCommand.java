package de.thwien.dsr.admin.keys;

import de.thwien.dsr.platform.crypto.MasterKeys;
import java.security.SecureRandom;
import java.util.Base64;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** New keys in the form the services read them: base64 of 32 random bytes. */
@Command(name = "generate-key", mixinStandardHelpOptions = true,
        description = "Prints a new key (base64 of 32 random bytes) on standard output.",
        subcommands = {GenerateKeyCommand.Master.class, GenerateKeyCommand.AccessPackage.class})
public class GenerateKeyCommand {

    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    static String newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Command(name = "master", mixinStandardHelpOptions = true,
            description = {"The keyring's master key: DSR_KEYRING_MASTER_KEY (dsr.keyring.master-key), the same in"
                    + " every service.",
                    "Its id (what the keyring records beside each key it wraps) is printed on standard error."})
    static class Master implements Runnable {

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            String key = newKey();
            spec.commandLine().getOut().println(key);
            spec.commandLine().getErr().println("DSR_KEYRING_MASTER_KEY, id " + MasterKeys.idOf(key)
                    + ". Replacing a key in use: README, \"Crypto-shredding\", master-key rotation.");
        }
    }

    @Command(name = "access-package", mixinStandardHelpOptions = true,
            description = {"The key of the Art. 15 access packages: DSR_ACCESS_PACKAGE_KEY (dsr.access-package.key,"
                    + " subject-index-service).",
                    "Packages written under the old key no longer open after a change."})
    static class AccessPackage implements Runnable {

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().getOut().println(newKey());
            spec.commandLine().getErr().println("DSR_ACCESS_PACKAGE_KEY (subject-index-service)");
        }
    }
}
