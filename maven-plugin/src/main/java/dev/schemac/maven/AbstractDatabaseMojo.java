package dev.schemac.maven;

import dev.schemac.ErrorCode;
import dev.schemac.Schemac;
import dev.schemac.SchemacException;
import java.io.IOException;
import java.net.URLClassLoader;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the goals that work on a database share: the connection from properties or a {@code <server>} of
 * settings.xml, the project's compiled migrations, and turning the runtime's refusals into a failed build that
 * names the error code. The goals themselves only call the runtime API an application would call.
 */
abstract class AbstractDatabaseMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    private Settings settings;

    @Component
    private SettingsDecrypter decrypter;

    /** The PostgreSQL JDBC URL, e.g. {@code jdbc:postgresql://db.example.com:5432/shop}. */
    @Parameter(property = "schemac.url")
    private String url;

    /** The database user; overrides the server's and the URL's. */
    @Parameter(property = "schemac.user")
    private String user;

    /** The password; better given through a {@code <server>} in settings.xml than on the command line. */
    @Parameter(property = "schemac.password")
    private String password;

    /** The id of a {@code <server>} in settings.xml whose username and (encrypted) password to use. */
    @Parameter(property = "schemac.serverId")
    private String serverId;

    /** The history table, {@code table} or {@code schema.table}. */
    @Parameter(property = "schemac.historyTable", defaultValue = Schemac.DEFAULT_HISTORY_TABLE)
    private String historyTable;

    /** Whether pending migrations older than the newest applied one may run. */
    @Parameter(property = "schemac.outOfOrder", defaultValue = "false")
    private boolean outOfOrder;

    /** Skips the goal. */
    @Parameter(property = "schemac.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("schemac: skipped");
            return;
        }
        try (URLClassLoader loader = ProjectClassLoader.of(project, getClass().getClassLoader(), goal())) {
            run(Schemac.configure(dataSource(needsDatabase())).historyTable(historyTable)
                    .allowOutOfOrder(outOfOrder).classLoader(loader));
        } catch (SchemacException e) {
            // The exception's message starts with its code, which the brackets already show.
            String message = e.getMessage().startsWith(e.code() + ": ")
                    ? e.getMessage().substring(e.code().name().length() + 2) : e.getMessage();
            throw new MojoFailureException("schemac " + goal() + " failed [" + e.code() + "]: " + message + hint(e),
                    e);
        } catch (IOException e) {
            throw new MojoExecutionException("schemac " + goal() + ": " + e.getMessage(), e);
        }
    }

    /** The goal's work, with the settings and the project's migrations. */
    protected abstract void run(Schemac schemac) throws MojoExecutionException, MojoFailureException;

    /** The goal's name for messages. */
    protected abstract String goal();

    /** Whether the goal connects; {@code script} of a version range does not. */
    protected boolean needsDatabase() {
        return true;
    }

    /** The configured database; a goal that needs one fails when {@code schemac.url} is not set. */
    protected DatabaseTarget target() throws MojoExecutionException {
        if (url == null || url.isBlank()) {
            throw new MojoExecutionException("schemac " + goal() + " needs a database: set -Dschemac.url="
                    + "jdbc:postgresql://host:5432/database (and schemac.user, and schemac.password or "
                    + "schemac.serverId for a <server> in settings.xml)");
        }
        String u = user;
        String p = password;
        if (serverId != null && !serverId.isBlank()) {
            Server server = server();
            u = u != null ? u : server.getUsername();
            p = p != null ? p : server.getPassword();
        }
        return new DatabaseTarget(url, u, p);
    }

    private PGSimpleDataSource dataSource(boolean connects) throws MojoExecutionException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        if (!connects && (url == null || url.isBlank())) {
            return dataSource;
        }
        DatabaseTarget target = target();
        try {
            dataSource.setUrl(target.url());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("schemac.url " + target.describe() + " is not a PostgreSQL JDBC URL: "
                    + e.getMessage());
        }
        if (target.user() != null) {
            dataSource.setUser(target.user());
        }
        if (target.password() != null) {
            dataSource.setPassword(target.password());
        }
        dataSource.setApplicationName("schemac-maven-plugin " + goal());
        getLog().info("schemac " + goal() + ": database " + target.describe()
                + (target.user() == null ? "" : " as " + target.user()));
        return dataSource;
    }

    private Server server() throws MojoExecutionException {
        Server server = settings.getServer(serverId);
        if (server == null) {
            throw new MojoExecutionException("schemac.serverId is " + serverId + " but settings.xml has no <server> "
                    + "with that id");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoExecutionException("cannot decrypt the password of <server> " + serverId + ": "
                        + problem.getMessage());
            }
        }
        return result.getServer();
    }

    private String hint(SchemacException e) {
        if (e.code() == ErrorCode.INDEX_NOT_FOUND || e.code() == ErrorCode.MIGRATION_CLASS_INVALID) {
            return "\nThe goal reads the compiled migrations from target/classes: run it after compile, e.g. mvn "
                    + "compile schemac:" + goal();
        }
        return "";
    }
}
