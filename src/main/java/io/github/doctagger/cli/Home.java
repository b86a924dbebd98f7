package io.github.doctagger.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the defaults live: the doctagger home (the repository, set by {@code bin/doctagger}
 * through {@code -Ddoctagger.home}, or the environment variable {@code DOCTAGGER_HOME}, else the
 * current folder). Paths given on the command line are relative to the current folder as usual.
 */
final class Home {
    private Home() {
    }

    static Path dir() {
        String home = System.getProperty("doctagger.home");
        if (home == null || home.isBlank()) {
            home = System.getenv("DOCTAGGER_HOME");
        }
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    static Path seeds() {
        return dir().resolve("seeds");
    }

    static Path labels() {
        return dir().resolve("labels");
    }

    static Path models() {
        return dir().resolve("models");
    }

    static Path reports() {
        return dir().resolve("reports");
    }

    static Path sampleIncoming() {
        return dir().resolve("samples").resolve("incoming");
    }

    /** "doctagger 0.1.0" */
    static String tool() {
        return "doctagger " + version();
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = Home.class.getResourceAsStream("/doctagger.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "dev");
    }
}
