package dev.schemac.processor;

import dev.schemac.internal.index.IndexEntry;
import dev.schemac.internal.index.MigrationIndex;
import dev.schemac.processor.Options.Mode;
import dev.schemac.processor.diag.Diagnostics;
import dev.schemac.processor.diag.Message;
import dev.schemac.processor.diff.Change;
import dev.schemac.processor.diff.DiffResult;
import dev.schemac.processor.diff.SchemaDiff;
import dev.schemac.processor.lineage.Lineage;
import dev.schemac.processor.lineage.MigrationParent;
import dev.schemac.processor.lint.MigrationLint;
import dev.schemac.processor.read.DecisionReader;
import dev.schemac.processor.read.EntityReader;
import dev.schemac.processor.read.Origins;
import dev.schemac.processor.read.Origins.Origin;
import dev.schemac.processor.read.ReadResult;
import dev.schemac.processor.snapshot.Snapshot;
import dev.schemac.processor.snapshot.SnapshotJson;
import dev.schemac.processor.write.MigrationNames;
import dev.schemac.processor.write.MigrationSource;
import dev.schemac.processor.write.MigrationSpec;
import dev.schemac.processor.write.MigrationWriter;
import dev.schemac.processor.write.SourceChecksum;
import dev.schemac.processor.write.SourceTree;
import dev.schemac.schema.ColumnRef;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * One run of schemac over a compilation: read, compare, then generate or check, then write the index. The same for
 * the annotation processor and for the launcher's own javac run.
 */
public final class SchemacRun {
    static final String INDEX_FILE = "META-INF/schemac/migrations.idx";

    private final ProcessingEnvironment env;
    private final Options options;
    private final Diagnostics diagnostics;

    SchemacRun(ProcessingEnvironment env, Options options, Diagnostics diagnostics) {
        this.env = env;
        this.options = options;
        this.diagnostics = diagnostics;
    }

    /**
     * Runs schemac on the entities of a compilation with the options of {@code env}; every outcome, a failure of
     * schemac included, is reported through {@code env}'s messager, never thrown.
     */
    public static void execute(ProcessingEnvironment env, List<TypeElement> entities,
            List<TypeElement> javaxEntities, List<TypeElement> converters) {
        execute(env, entities, javaxEntities, converters, ProjectFiles::read);
    }

    /**
     * Like {@link #execute(ProcessingEnvironment, List, List, List)}, with the project's files from {@code files},
     * for a caller that read them already or is reading them.
     *
     * @param converters the {@code @Converter} classes of the compilation, of which the auto-applied ones count
     */
    public static void execute(ProcessingEnvironment env, List<TypeElement> entities,
            List<TypeElement> javaxEntities, List<TypeElement> converters, Function<Options, ProjectFiles> files) {
        Diagnostics diagnostics = new Diagnostics(env.getMessager());
        try {
            Options options = Options.parse(env.getOptions(), System.getenv());
            new SchemacRun(env, options, diagnostics).run(entities, javaxEntities, converters, files);
        } catch (IllegalArgumentException e) {
            diagnostics.report(Message.OPTION_INVALID, null, e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            StackTraceElement[] trace = e.getStackTrace();
            diagnostics.report(Message.INTERNAL_ERROR, null, e + (trace.length > 0 ? " at " + trace[0] : ""));
        }
    }

    void run(List<TypeElement> entities, List<TypeElement> javaxEntities, List<TypeElement> converters,
            Function<Options, ProjectFiles> projectFiles) {
        ReadResult read = new EntityReader(env, options.naming(), diagnostics).read(entities, javaxEntities,
                converters);
        if (diagnostics.hasErrors()) {
            return;
        }
        DecisionReader.Decided decided = DecisionReader.read(entities, read.origins(), diagnostics);
        if (diagnostics.hasErrors()) {
            return;
        }
        ProjectFiles project = projectFiles.apply(options);
        Optional<List<MigrationSource>> known = project.migrations(options, diagnostics);
        if (known.isEmpty()) {
            return;
        }
        List<MigrationSource> migrations = known.get();
        Optional<Snapshot> before = project.snapshot(options, diagnostics, migrations);
        if (before.isEmpty()) {
            return;
        }
        DiffResult diff = SchemaDiff.compare(before.get(), read.model(), decided.decisions());
        reportRetained(diff, read.origins());
        new AdviceReport(diagnostics, read.origins(), decided.tableDropSources()).report(diff.advice());
        for (ColumnRef column : diff.backfills()) {
            diagnostics.report(Message.BACKFILL_MISSING, origins(read.origins(), column), column);
        }
        if (diagnostics.hasErrors()) {
            return;
        }
        // Everything this run writes is committed together: a migration never without its snapshot and index.
        SourceTree files = new SourceTree();
        MigrationSpec generated = null;
        if (diff.needsMigration()) {
            if (options.mode() == Mode.CHECK) {
                reportPending(diff, read.origins());
                MigrationLint.check(diff.up(), read.origins(), decided.tableDropSources(), diagnostics);
                return;
            }
            generated = generate(diff, before.get(), migrations, files);
            if (generated == null) {
                return;
            }
            migrations = new ArrayList<>(migrations);
            migrations.add(written(generated, files));
        }
        if (!index(migrations, files)) {
            return;
        }
        try {
            files.commit();
        } catch (IOException e) {
            diagnostics.report(Message.WRITE_FAILED, null, files.describePending(options.baseDir()), e.toString());
            return;
        }
        if (generated != null) {
            reportGenerated(generated, read.origins());
            MigrationLint.check(diff.up(), read.origins(), decided.tableDropSources(), diagnostics);
        }
    }

    private void reportRetained(DiffResult diff, Origins origins) {
        for (Change change : diff.changes()) {
            if (change.kind() != Change.Kind.RETAINED) {
                continue;
            }
            if (change.subject() instanceof Change.OfColumn column) {
                Element entity = origins.ofTable(column.column().table()).map(Origin::element).orElse(null);
                diagnostics.report(Message.RETAINED_COLUMN, entity, column.column(), column.column().column());
            } else if (change.subject() instanceof Change.OfTable table) {
                diagnostics.report(Message.RETAINED_TABLE, null, table.table(), table.table());
            } else if (change.subject() instanceof Change.OfSequence sequence) {
                diagnostics.report(Message.RETAINED_SEQUENCE, null, sequence.sequence());
            }
        }
    }

    private void reportPending(DiffResult diff, Origins origins) {
        for (Change change : diff.changes()) {
            if (change.kind().needsMigration()) {
                diagnostics.report(Message.PENDING_CHANGE, element(change, origins), change.description(),
                        relative(options.snapshot()));
            }
        }
    }

    /** Puts the new migration and snapshot into {@code files}; null after reporting why it cannot. */
    private MigrationSpec generate(DiffResult diff, Snapshot before, List<MigrationSource> existing,
            SourceTree files) {
        String version = options.version() != null ? options.version()
                : MigrationNames.nextVersion(Instant.now(), existing);
        MigrationSource newest = existing.isEmpty() ? null : existing.get(existing.size() - 1);
        if (newest != null && IndexEntry.VERSION_ORDER.compare(version, newest.version()) <= 0) {
            // Only a forced version can be here; checked before writing, since a second migration of that version
            // would break the index and the next build.
            diagnostics.report(Message.OPTION_INVALID, null, "-A" + Options.VERSION + "=" + version + " is not after"
                    + " the newest migration, " + newest.file().getFileName() + ": a new migration must sort last");
            return null;
        }
        String parent = Lineage.parentOfNext(before, existing);
        if (!parent.equals(MigrationParent.NONE) && IndexEntry.VERSION_ORDER.compare(version, parent) <= 0) {
            // The snapshot records a migration whose file is gone; the new one must still sort after it.
            if (options.version() != null) {
                diagnostics.report(Message.OPTION_INVALID, null, "-A" + Options.VERSION + "=" + version + " is not"
                        + " after the snapshot's newest migration, " + parent + ": a new migration must sort last");
                return null;
            }
            version = new BigInteger(parent).add(BigInteger.ONE).toString();
        }
        String description = options.migrationName() != null ? MigrationNames.toIdentifier(options.migrationName())
                : MigrationNames.describe(diff);
        MigrationSpec spec = new MigrationSpec(options.migrationPackage(), version, description, diff);
        // The migration names the snapshot state it was generated from, and the snapshot records it: what a later
        // build compares to find two branches that each generated a migration (see Lineage).
        files.put(migrationFile(spec), MigrationParent.comment(parent) + MigrationWriter.write(spec))
                .put(options.snapshot(), SnapshotJson.write(diff.next()
                        .withMigrations(Lineage.after(before, existing, version))));
        return spec;
    }

    private MigrationSource written(MigrationSpec spec, SourceTree files) {
        Path file = migrationFile(spec);
        return new MigrationSource(file, spec.version(), spec.description(),
                options.migrationPackage() + "." + spec.className(), SourceChecksum.of(files.pending(file)));
    }

    private Path migrationFile(MigrationSpec spec) {
        return options.migrationDir().resolve(spec.className() + ".java");
    }

    private void reportGenerated(MigrationSpec spec, Origins origins) {
        DiffResult diff = spec.diff();
        diagnostics.report(Message.MIGRATION_WRITTEN, null, relative(migrationFile(spec)), diff.up().size(),
                relative(options.snapshot()));
        for (Change change : diff.changes()) {
            if (change.kind() == Change.Kind.NEEDS_APPROVAL) {
                diagnostics.report(Message.DATA_LOSS_NEEDS_APPROVAL, element(change, origins), change.description(),
                        spec.className());
            }
        }
    }

    /** Puts the migration index into {@code files}; false after reporting why it cannot. */
    private boolean index(List<MigrationSource> migrations, SourceTree files) {
        List<IndexEntry> entries = migrations.stream()
                .map(m -> new IndexEntry(m.version(), m.description(), m.checksum(), m.className()))
                .toList();
        try {
            files.put(options.indexDir().resolve(INDEX_FILE), new MigrationIndex(entries).format());
            return true;
        } catch (IllegalArgumentException e) {
            diagnostics.report(Message.MIGRATION_SOURCE_INVALID, null, options.migrationDir(), e.getMessage());
            return false;
        }
    }

    private static Element origins(Origins origins, ColumnRef column) {
        return origins.ofColumn(column).map(Origin::element).orElse(null);
    }

    private static Element element(Change change, Origins origins) {
        Optional<Origin> origin;
        if (change.subject() instanceof Change.OfColumn c) {
            origin = origins.ofColumn(c.column());
        } else if (change.subject() instanceof Change.OfTable t) {
            origin = origins.ofTable(t.table());
        } else {
            origin = origins.ofSequence(((Change.OfSequence) change.subject()).sequence());
        }
        return origin.map(Origin::element).orElse(null);
    }

    private String relative(Path file) {
        return file.startsWith(options.baseDir()) ? options.baseDir().relativize(file).toString() : file.toString();
    }
}
