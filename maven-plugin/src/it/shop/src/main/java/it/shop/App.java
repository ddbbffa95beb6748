package it.shop;

import dev.schemac.MigrationReport;
import dev.schemac.Schemac;
import org.postgresql.ds.PGSimpleDataSource;

/** Applies the shop's migrations to the database at the JDBC URL given, and says what it did. */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(args[0]);
        MigrationReport report = Schemac.migrate(dataSource);
        System.out.println("applied " + report.applied().size() + ", already applied " + report.alreadyApplied());
    }
}
