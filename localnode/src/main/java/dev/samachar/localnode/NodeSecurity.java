package dev.samachar.localnode;

import co.elastic.clients.transport.TransportUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.net.ssl.SSLContext;

/**
 * The local node with x-pack security on: TLS on HTTP with a CA of its own, and the {@code elastic} superuser's
 * password. Asked for with {@value #ENV_SECURITY}=on (or {@code samachar es start --secure}); it then stays on
 * for that home until {@value #ENV_SECURITY}=off.
 *
 * <p>Everything lives in {@code $SAMACHAR_HOME/es/security/}: the CA ({@code ca.crt}, and its key, 0600) and the
 * node's HTTP certificate, made once with {@code bin/elasticsearch-certutil}, and {@code elastic.password} (0600),
 * a generated password. The password reaches Elasticsearch as {@code bootstrap.password} in its keystore, written
 * through the standard input of {@code elasticsearch-keystore add -x}: never on a command line.
 *
 * <p>The minimal distribution lacks analysis components that the .security index needs, so the
 * samachar-security-analysis plugin is installed alongside (see es-security-analysis/).
 */
public final class NodeSecurity {

    public static final String ENV_SECURITY = "SAMACHAR_ES_SECURITY";
    /** The built-in superuser whose password Samachar sets. */
    public static final String SUPERUSER = "elastic";

    private static final Duration CLI_TIMEOUT = Duration.ofMinutes(2);
    private static final String CERTS = "certs";

    /** What a client needs to talk to the secure local node; the password is read from its file when asked. */
    public record ClientAccess(Path caCertificate, String user, Path passwordFile) {
        public String password() {
            try {
                return Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new LocalNodeException(
                        "Cannot read the local node's password file " + passwordFile + ": " + IoErrors.describe(e), e);
            }
        }

        /** SHA-256 of the CA certificate, as SAMACHAR_ES_CA_FINGERPRINT takes it (public, like the CA itself). */
        public String caFingerprint() {
            try (InputStream in = Files.newInputStream(caCertificate)) {
                byte[] der = CertificateFactory.getInstance("X.509")
                        .generateCertificate(in)
                        .getEncoded();
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(der));
            } catch (IOException | GeneralSecurityException e) {
                throw new LocalNodeException(
                        "Cannot read the CA certificate " + caCertificate + ": " + e.getMessage(), e);
            }
        }
    }

    private final NodeLayout layout;
    private final Map<String, String> env;
    private final PrintStream progress;

    NodeSecurity(NodeLayout layout, Map<String, String> env, PrintStream progress) {
        this.layout = layout;
        this.env = env;
        this.progress = progress;
    }

    Path dir() {
        return layout.esDir().resolve("security");
    }

    Path caCertificate() {
        return dir().resolve("ca.crt");
    }

    private Path caKey() {
        return dir().resolve("ca.key");
    }

    private Path httpCertificate() {
        return dir().resolve("http.crt");
    }

    private Path httpKey() {
        return dir().resolve("http.key");
    }

    Path passwordFile() {
        return dir().resolve("elastic.password");
    }

    /** Present while the node was last launched with security on. */
    private Path enabledMarker() {
        return dir().resolve("enabled");
    }

    /** Whether the node was last launched with security on (and so must be spoken to over TLS). */
    boolean launchedSecure() {
        return Files.isRegularFile(enabledMarker());
    }

    /** What the next launch should do: what {@value #ENV_SECURITY} says, else whatever the last launch did. */
    boolean wanted() {
        String value = env.getOrDefault(ENV_SECURITY, "").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "on", "true", "1", "yes" -> true;
            case "off", "false", "0", "no" -> false;
            case "" -> launchedSecure();
            default -> throw new LocalNodeException(ENV_SECURITY + " must be on or off, not \"" + value + "\".");
        };
    }

    /** True when a running node must be restarted to switch security on or off. */
    boolean changeRequested() {
        return wanted() != launchedSecure();
    }

    String scheme() {
        return launchedSecure() ? "https" : "http";
    }

    /** Credentials and trust for the running node, when it runs with security on. */
    Optional<ClientAccess> clientAccess() {
        return launchedSecure()
                ? Optional.of(new ClientAccess(caCertificate(), SUPERUSER, passwordFile()))
                : Optional.empty();
    }

    /** TLS context trusting only the local CA, for the health checks. */
    SSLContext sslContext() {
        try {
            return TransportUtils.sslContextFromHttpCaCrt(caCertificate().toFile());
        } catch (IOException e) {
            throw new LocalNodeException("Cannot read " + caCertificate() + ": " + IoErrors.describe(e), e);
        }
    }

    /** The Authorization header value for the superuser. */
    String authorization() {
        ClientAccess access = clientAccess().orElseThrow();
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((access.user() + ":" + access.password()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Before a launch with security on: makes the CA, certificate and password once, copies the certificate into
     * the node's config dir (Elasticsearch reads TLS files only from there) and puts the password in its keystore.
     */
    void prepare(Path javaHome) {
        if (!wanted()) {
            return;
        }
        createSecureDir(dir());
        if (!Files.isRegularFile(caCertificate()) || !Files.isRegularFile(caKey())) {
            progress.println("Creating a certificate authority for the local node in " + dir() + " ...");
            Path zip = dir().resolve("ca.zip");
            certutil(javaHome, List.of("ca", "--pem", "--silent", "--out", zip.toString()));
            extract(zip, Map.of("ca/ca.crt", caCertificate(), "ca/ca.key", caKey()));
            deleteHttpCertificate();
        }
        if (!Files.isRegularFile(httpCertificate()) || !Files.isRegularFile(httpKey())) {
            Path zip = dir().resolve("http.zip");
            certutil(
                    javaHome,
                    List.of(
                            "cert",
                            "--pem",
                            "--silent",
                            "--ca-cert",
                            caCertificate().toString(),
                            "--ca-key",
                            caKey().toString(),
                            "--name",
                            "http",
                            "--dns",
                            "localhost",
                            "--ip",
                            "127.0.0.1",
                            "--out",
                            zip.toString()));
            extract(zip, Map.of("http/http.crt", httpCertificate(), "http/http.key", httpKey()));
        }
        if (!Files.isRegularFile(passwordFile())) {
            writeSecret(passwordFile(), generatePassword());
            progress.println("Generated the password of user " + SUPERUSER + " in " + passwordFile() + ".");
        }
        Path certs = layout.configDir().resolve(CERTS);
        try {
            Files.createDirectories(certs);
            // Leaf then CA: clients that pin the CA by fingerprint find it at the end of the chain the node sends.
            Files.writeString(
                    certs.resolve("http-chain.crt"),
                    Files.readString(httpCertificate()) + Files.readString(caCertificate()),
                    StandardCharsets.US_ASCII);
            Files.copy(httpKey(), certs.resolve("http.key"), StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(certs.resolve("http.key"), PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new LocalNodeException(
                    "Cannot copy the node's certificate into " + certs + ": " + IoErrors.describe(e), e);
        }
    }

    /**
     * Puts the password in the node's keystore as bootstrap.password, after {@link ServiceAccount#prepare} and as
     * the node's user: elasticsearch-keystore refuses to rewrite a keystore that another user owns.
     */
    void storePassword(ServiceAccount account, Path javaHome) {
        if (!wanted()) {
            return;
        }
        Commands.Result result = Commands.run(
                account.wrap(List.of(
                        layout.installDir()
                                .resolve("bin")
                                .resolve("elasticsearch-keystore")
                                .toString(),
                        "add",
                        "-x",
                        "-f",
                        "bootstrap.password")),
                toolEnvironment(javaHome),
                CLI_TIMEOUT,
                new ClientAccess(caCertificate(), SUPERUSER, passwordFile())
                        .password()
                        .getBytes(StandardCharsets.UTF_8));
        if (!result.ok()) {
            throw new LocalNodeException("Cannot store the " + SUPERUSER + " password in the node's keystore:"
                    + " elasticsearch-keystore exited with " + result.exitCode() + ":\n" + result.output());
        }
    }

    /** Records the mode of the launch about to happen, so later commands speak TLS to the node or not. */
    void recordLaunchMode() {
        try {
            if (wanted()) {
                Files.writeString(enabledMarker(), "Written by Samachar: the node runs with security on.\n");
            } else {
                Files.deleteIfExists(enabledMarker());
            }
        } catch (IOException e) {
            throw new LocalNodeException("Cannot write " + enabledMarker() + ": " + IoErrors.describe(e), e);
        }
    }

    /** The elasticsearch.yml lines for the mode about to be launched. */
    String settings() {
        if (!wanted()) {
            // Loopback only (NodeConfig), so a node without security is not reachable from the network.
            return "xpack.security.enabled: false\n";
        }
        return String.join(
                "\n",
                "xpack.security.enabled: true",
                "xpack.security.http.ssl.enabled: true",
                "xpack.security.http.ssl.certificate: " + CERTS + "/http-chain.crt",
                "xpack.security.http.ssl.key: " + CERTS + "/http.key",
                "");
    }

    /** Appends {@link #settings()} to the elasticsearch.yml NodeConfig just wrote. */
    void appendSettingsTo(Path configFile) {
        try {
            Files.writeString(configFile, settings(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new LocalNodeException("Cannot write " + configFile + ": " + IoErrors.describe(e), e);
        }
    }

    private void certutil(Path javaHome, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(layout.installDir()
                .resolve("bin")
                .resolve("elasticsearch-certutil")
                .toString());
        command.addAll(arguments);
        String out = arguments.get(arguments.indexOf("--out") + 1);
        try {
            Files.deleteIfExists(Path.of(out));
        } catch (IOException e) {
            throw new LocalNodeException("Cannot delete " + out + ": " + IoErrors.describe(e), e);
        }
        Commands.Result result = Commands.run(command, toolEnvironment(javaHome), CLI_TIMEOUT);
        if (!result.ok()) {
            throw new LocalNodeException("Cannot create the local node's certificates: `" + String.join(" ", command)
                    + "` exited with " + result.exitCode() + ":\n" + result.output());
        }
    }

    private Map<String, String> toolEnvironment(Path javaHome) {
        Map<String, String> environment = new HashMap<>();
        environment.put("ES_JAVA_HOME", javaHome.toString());
        environment.put("ES_PATH_CONF", layout.configDir().toString());
        environment.put("JAVA_HOME", null);
        return environment;
    }

    /** Copies entries of a certutil zip to their places (keys 0600), then deletes the zip. */
    private static void extract(Path zip, Map<String, Path> entries) {
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            for (Map.Entry<String, Path> entry : entries.entrySet()) {
                ZipEntry zipEntry = zipFile.getEntry(entry.getKey());
                if (zipEntry == null) {
                    throw new LocalNodeException(zip + " has no " + entry.getKey());
                }
                try (InputStream in = zipFile.getInputStream(zipEntry)) {
                    byte[] content = in.readAllBytes();
                    if (entry.getValue().getFileName().toString().endsWith(".key")) {
                        writeSecret(entry.getValue(), new String(content, StandardCharsets.US_ASCII));
                    } else {
                        Files.write(entry.getValue(), content);
                    }
                }
            }
        } catch (IOException e) {
            throw new LocalNodeException("Cannot unpack " + zip + ": " + IoErrors.describe(e), e);
        }
        try {
            Files.delete(zip);
        } catch (IOException e) {
            throw new LocalNodeException("Cannot delete " + zip + ": " + IoErrors.describe(e), e);
        }
    }

    private void deleteHttpCertificate() {
        try {
            Files.deleteIfExists(httpCertificate());
            Files.deleteIfExists(httpKey());
        } catch (IOException e) {
            throw new LocalNodeException(
                    "Cannot delete the old certificate in " + dir() + ": " + IoErrors.describe(e), e);
        }
    }

    /** Writes a file only its owner can read, created with those permissions (never briefly world-readable). */
    static void writeSecret(Path file, String content) {
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LocalNodeException("Cannot write " + file + ": " + IoErrors.describe(e), e);
        }
    }

    private static void createSecureDir(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir.getParent());
                Files.createDirectory(
                        dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
        } catch (IOException e) {
            throw new LocalNodeException("Cannot create " + dir + ": " + IoErrors.describe(e), e);
        }
    }

    /** 24 characters from [A-Za-z0-9]: about 143 bits, and nothing a shell or YAML would misread. */
    private static String generatePassword() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
