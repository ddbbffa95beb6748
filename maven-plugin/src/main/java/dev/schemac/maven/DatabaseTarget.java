package dev.schemac.maven;

import java.util.Properties;
import org.postgresql.Driver;

/**
 * The database a goal works on: a PostgreSQL JDBC URL and the credentials, with a description that is safe to log
 * (no password, also none given as a URL parameter).
 *
 * @param url the JDBC URL as configured
 * @param user the user, or {@code null} to take it from the URL
 * @param password the password, or {@code null} to take it from the URL
 */
record DatabaseTarget(String url, String user, String password) {
    /** The URL with the value of any {@code password} parameter replaced, for logs and messages. */
    String describe() {
        return url.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
    }

    /** The host list, port list, database name, user and password, as the PostgreSQL driver reads the URL. */
    Properties parsed() {
        Properties defaults = new Properties();
        if (user != null) {
            defaults.setProperty("user", user);
        }
        if (password != null) {
            defaults.setProperty("password", password);
        }
        Properties parsed = Driver.parseURL(url, defaults);
        if (parsed == null) {
            throw new IllegalArgumentException("schemac.url " + describe() + " is not a PostgreSQL JDBC URL; write "
                    + "jdbc:postgresql://host:5432/database");
        }
        return parsed;
    }

    /** The database's name as the URL gives it, which a production run's confirmation must repeat. */
    String databaseName() {
        return parsed().getProperty("PGDBNAME");
    }
}
