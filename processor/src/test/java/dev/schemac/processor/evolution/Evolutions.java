package dev.schemac.processor.evolution;

import dev.schemac.processor.evolution.Model.EntitySpec;
import dev.schemac.processor.evolution.Model.FieldSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/** Random evolutions of a model: each picks one kind of change a developer makes, where the model allows it. */
final class Evolutions {
    /** The value a new NOT NULL text column gets for existing rows: schemac knows no zero for text. */
    static final String TEXT_DEFAULT = "'n/a'";

    private final Random random;

    Evolutions(Random random) {
        this.random = random;
    }

    /** A first model: one or two entities. */
    Model initial() {
        Model model = Model.empty();
        int entities = 1 + random.nextInt(2);
        for (int i = 0; i < entities; i++) {
            model = addEntity(model).next();
        }
        return model;
    }

    Evolution next(Model model) {
        List<Supplier<Evolution>> possible = new ArrayList<>();
        if (model.entities().size() < 4) {
            possible.add(() -> addEntity(model));
        }
        if (model.entities().size() > 1) {
            possible.add(() -> removeEntity(model));
        }
        for (int i = 0; i < 3; i++) {
            possible.add(() -> addField(model));
        }
        if (hasFields(model)) {
            possible.add(() -> removeField(model));
            possible.add(() -> changeType(model, true));
            possible.add(() -> changeType(model, true));
            possible.add(() -> changeType(model, false));
            possible.add(() -> toggleNullable(model));
            possible.add(() -> toggleNullable(model));
            possible.add(() -> renameField(model));
            possible.add(() -> renameField(model));
        }
        possible.add(() -> renameEntity(model));
        if (model.retainedColumns().entrySet().stream()
                .anyMatch(e -> !e.getValue().isEmpty() && entityOf(model, e.getKey()) != null)) {
            possible.add(() -> dropColumn(model));
            possible.add(() -> dropColumn(model));
        }
        if (!model.retainedTables().isEmpty()) {
            possible.add(() -> dropTable(model));
            possible.add(() -> dropTable(model));
        }
        Evolution evolution = possible.get(random.nextInt(possible.size())).get();
        return evolution != null ? evolution : addField(model);
    }

    private Evolution addEntity(Model model) {
        Model named = model.withNameUsed();
        int fields = 1 + random.nextInt(3);
        EntitySpec entity = new EntitySpec(named.lastName(), List.of(), List.of());
        for (int i = 0; i < fields; i++) {
            named = named.withNameUsed();
            entity = entity.with(new FieldSpec(named.lastName(), FieldType.random(random), random.nextBoolean(),
                    List.of()));
        }
        return Evolution.safe("add entity " + entity.className() + " " + entity.fields(), named.with(entity));
    }

    private Evolution removeEntity(Model model) {
        EntitySpec entity = pick(model.entities());
        return Evolution.safe("remove entity " + entity.className(), model.without(entity));
    }

    private Evolution addField(Model model) {
        EntitySpec entity = pick(model.entities());
        Model named = model.withNameUsed();
        FieldType type = FieldType.random(random);
        boolean nullable = random.nextBoolean();
        List<String> annotations = List.of();
        String fill = null;
        if (!nullable) {
            fill = type.zero();
            if (fill == null) {
                annotations = List.of(valueForExistingRows());
                fill = TEXT_DEFAULT;
            }
        }
        FieldSpec field = new FieldSpec(named.lastName(), type, nullable, annotations);
        Model next = named.replace(entity, e -> e.with(field));
        String description = "add " + (nullable ? "nullable " : "NOT NULL ") + entity.table() + "." + field.column()
                + " " + type;
        return fill == null ? Evolution.safe(description, next)
                : Evolution.safe(description, next, new Evolution.Fill(entity.table(), field.column(), fill));
    }

    private Evolution removeField(Model model) {
        EntitySpec entity = pickWithFields(model);
        FieldSpec field = pick(entity.fields());
        return Evolution.safe("remove " + entity.table() + "." + field.column(),
                model.replace(entity, e -> e.without(field)).retaining(entity.table(), field.column()));
    }

    private Evolution changeType(Model model, boolean widen) {
        EntitySpec entity = pickWithFields(model);
        FieldSpec field = pick(entity.fields());
        List<FieldType> types = widen ? field.type().widenings() : field.type().narrowings();
        if (types.isEmpty()) {
            return null;
        }
        FieldType type = pick(types);
        Model next = model.replace(entity, e -> e.replace(field, field.withType(type)));
        String description = (widen ? "widen " : "narrow ") + entity.table() + "." + field.column() + " from "
                + field.type() + " to " + type;
        return widen ? Evolution.safe(description, next) : Evolution.undecided(description, next);
    }

    private Evolution toggleNullable(Model model) {
        EntitySpec entity = pickWithFields(model);
        FieldSpec field = pick(entity.fields());
        String where = entity.table() + "." + field.column();
        if (!field.nullable()) {
            return Evolution.safe("allow NULL in " + where,
                    model.replace(entity, e -> e.replace(field, field.withNullable(true, field.annotations()))));
        }
        String fill = field.type().zero();
        List<String> annotations = field.annotations();
        if (fill == null) {
            annotations = new ArrayList<>(annotations.stream().filter(a -> !a.contains("Default")
                    && !a.contains("Backfill")).toList());
            annotations.add(valueForExistingRows());
            fill = TEXT_DEFAULT;
        }
        FieldSpec required = field.withNullable(false, annotations);
        return Evolution.safe("require " + where, model.replace(entity, e -> e.replace(field, required)),
                new Evolution.Fill(entity.table(), field.column(), fill));
    }

    /** schemac knows no value for a text column's existing rows: a default, or a one-off backfill, gives it. */
    private String valueForExistingRows() {
        return random.nextBoolean() ? "@org.hibernate.annotations.ColumnDefault(\"" + TEXT_DEFAULT + "\")"
                : "@dev.schemac.annotation.Backfill(\"" + TEXT_DEFAULT + "\")";
    }

    private Evolution renameField(Model model) {
        EntitySpec entity = pickWithFields(model);
        FieldSpec field = pick(entity.fields());
        Model named = model.withNameUsed();
        FieldSpec renamed = field.renamed(named.lastName());
        return Evolution.safe("rename " + entity.table() + "." + field.column() + " to " + renamed.column(),
                named.replace(entity, e -> e.replace(field, renamed)),
                new Evolution.RenameColumn(entity.table(), field.column(), renamed.column()));
    }

    private Evolution renameEntity(Model model) {
        EntitySpec entity = pick(model.entities());
        Model named = model.withNameUsed();
        List<String> annotations = new ArrayList<>(entity.annotations().stream()
                .filter(a -> !a.contains("RenamedFrom")).toList());
        annotations.add("@dev.schemac.annotation.RenamedFrom(\"" + entity.table() + "\")");
        EntitySpec renamed = new EntitySpec(named.lastName(), entity.fields(), annotations);
        Model next = named.without(entity).dropped(entity.table(), null).with(renamed)
                .renamedTable(entity.table(), renamed.table());
        return Evolution.safe("rename " + entity.table() + " to " + renamed.table(), next,
                new Evolution.RenameTable(entity.table(), renamed.table()));
    }

    private Evolution dropColumn(Model model) {
        var retained = pick(model.retainedColumns().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty() && entityOf(model, e.getKey()) != null).toList());
        String column = pick(retained.getValue());
        EntitySpec entity = entityOf(model, retained.getKey());
        Model next = model.replace(entity, e -> e.annotated("@dev.schemac.annotation.DropColumn(name = \"" + column
                + "\", reason = \"the evolution test decided so\")")).dropped(entity.table(), column);
        return Evolution.decided("drop " + entity.table() + "." + column, next,
                new Evolution.Drop(entity.table(), column));
    }

    private Evolution dropTable(Model model) {
        String table = pick(model.retainedTables());
        EntitySpec entity = pick(model.entities());
        Model next = model.replace(entity, e -> e.annotated("@dev.schemac.annotation.DropTable(name = \"" + table
                + "\", reason = \"the evolution test decided so\")")).dropped(table, null);
        return Evolution.decided("drop table " + table, next, new Evolution.Drop(table, null));
    }

    private static EntitySpec entityOf(Model model, String table) {
        return model.entities().stream().filter(e -> e.table().equals(table)).findFirst().orElse(null);
    }

    private static boolean hasFields(Model model) {
        return model.entities().stream().anyMatch(e -> !e.fields().isEmpty());
    }

    private EntitySpec pickWithFields(Model model) {
        return pick(model.entities().stream().filter(e -> !e.fields().isEmpty()).toList());
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
