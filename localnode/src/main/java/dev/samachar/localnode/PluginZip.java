package dev.samachar.localnode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An Elasticsearch plugin zip as far as installing it needs: the plugin's name (from its descriptor, which is
 * also the folder it gets under plugins/) and the SHA-256 of the zip, which tells whether it changed.
 */
record PluginZip(Path path, String name, String sha256) {

    static final String STABLE_DESCRIPTOR = "stable-plugin-descriptor.properties";
    static final String CLASSIC_DESCRIPTOR = "plugin-descriptor.properties";

    static PluginZip read(Path zip) {
        try {
            return new PluginZip(zip, nameOf(zip), sha256(zip));
        } catch (IOException e) {
            throw new LocalNodeException("Cannot read the plugin zip " + zip + ": " + IoErrors.describe(e), e);
        }
    }

    private static String nameOf(Path zip) throws IOException {
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            ZipEntry descriptor = zipFile.getEntry(STABLE_DESCRIPTOR);
            if (descriptor == null) {
                descriptor = zipFile.getEntry(CLASSIC_DESCRIPTOR);
            }
            if (descriptor == null) {
                throw new LocalNodeException(
                        zip + " is not an Elasticsearch plugin: it has no " + STABLE_DESCRIPTOR + " at its root.");
            }
            Properties properties = new Properties();
            try (InputStream in = zipFile.getInputStream(descriptor)) {
                properties.load(in);
            }
            String name = properties.getProperty("name", "").strip();
            // The name becomes a folder under plugins/, which must stay a single plain folder.
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                throw new LocalNodeException(zip + ": the plugin descriptor has no usable name (\"" + name + "\").");
            }
            return name;
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
