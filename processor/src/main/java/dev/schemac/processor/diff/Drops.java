package dev.schemac.processor.diff;

import dev.schemac.operation.AddColumn;
import dev.schemac.operation.AddForeignKey;
import dev.schemac.operation.Approval;
import dev.schemac.operation.CreateTable;
import dev.schemac.operation.DropColumn;
import dev.schemac.operation.DropTable;
import dev.schemac.operation.Operation;
import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnRef;
import dev.schemac.schema.ForeignKey;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The drops people decided with {@code @DropColumn} and {@code @DropTable}: the only drops of data schemac writes,
 * each approved with the reason the person gave. Their constraints and indexes go first, as for any constraint the
 * next schema no longer has; undoing a drop brings the column or table back empty.
 */
final class Drops {
    private Drops() {
    }

    static void plan(SchemaModel before, SchemaModel model, Decisions decisions, OperationPlan plan,
            ChangeLog changes, List<Advice> advice) {
        Map<QualifiedName, Table> old = Names.tables(before.tables());
        Map<QualifiedName, Table> mapped = Names.tables(model.tables());
        decisions.columnDrops().forEach((ref, reason) -> {
            Table now = mapped.get(ref.table());
            Table was = old.get(ref.table());
            Column column = was == null ? null : Names.columnsByName(was).get(ref.column());
            if (now != null && Names.columns(now).contains(ref.column())) {
                advice.add(new Advice(Advice.Kind.DROP_STILL_MAPPED, new Change.OfColumn(ref), null));
            } else if (column == null || now == null) {
                advice.add(new Advice(Advice.Kind.DROP_DONE, new Change.OfColumn(ref), null));
            } else {
                Column restored = new Column(column.name(), column.type(), true, column.defaultValue(), false);
                plan.add(Phase.DROP_DATA, new DropColumn(ref.table(), ref.column(), new Approval(reason)),
                        new AddColumn(ref.table(), restored));
                changes.columnDropped(ref, reason);
            }
        });
        decisions.tableDrops().forEach((name, reason) -> {
            Table was = old.get(name);
            if (mapped.containsKey(name)) {
                advice.add(new Advice(Advice.Kind.DROP_STILL_MAPPED, new Change.OfTable(name), null));
            } else if (was == null) {
                advice.add(new Advice(Advice.Kind.DROP_DONE, new Change.OfTable(name), null));
            } else {
                List<Operation> restore = new ArrayList<>();
                restore.add(new CreateTable(was.withForeignKeys(List.of())));
                for (ForeignKey key : was.foreignKeys()) {
                    restore.add(new AddForeignKey(name, key));
                }
                plan.add(Phase.DROP_DATA, List.of(new DropTable(name, new Approval(reason))), restore);
                changes.tableDropped(name, reason);
            }
        });
    }
}
